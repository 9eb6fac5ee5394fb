"""Running a generation into a sink: the forked child, prefetching."""
