"""seed export runs its --jobs workers and writes the same files as one process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from process_tree_support import descendants, needs_proc

from seeder.config import build_run_config
from seeder.generate.plan import build_plan
from seeder.pipeline.child import can_fork_producer
from seeder.pipeline.run import export_files
from seeder.sinks.export import ExportFormat

TICKETS = 9_000  # three ticket chunks: enough for two workers to share


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@needs_proc
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_with_two_jobs_runs_two_workers_and_writes_the_same_files(
    tmp_path: Path, fmt: ExportFormat
) -> None:
    one = build_run_config(tickets=TICKETS, seed=5, jobs=1)
    two = build_run_config(tickets=TICKETS, seed=5, jobs=2)
    assert len(build_plan(two).ticket_chunks) >= 2
    # A Parquet export forks its generator, whose children the workers are, where it can.
    generator = 1 if fmt == "parquet" and can_fork_producer() else 0
    workers: list[int] = []
    already = descendants(os.getpid())  # an embedded server, a Dask cluster, ...

    def count_workers(table: str, done: int, expected: int) -> None:
        theirs = set().union(*(descendants(pid) for pid in already))  # a server's backends
        workers.append(len(descendants(os.getpid()) - already - theirs) - generator)

    export_files(one, tmp_path / "one", fmt=fmt)
    export_files(two, tmp_path / "two", fmt=fmt, progress=count_workers)
    assert max(workers) == 2
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
