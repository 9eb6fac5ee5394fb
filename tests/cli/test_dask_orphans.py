"""Killed with SIGKILL, `seed export --dask` leaves no worker of its local cluster behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from process_tree_support import (
    assert_children_exit_when_killed,
    descendants,
    needs_proc,
    start_seed,
    wait_until,
)

pytestmark = [needs_proc, pytest.mark.slow]


def _shards(folder: Path) -> int:
    return sum(1 for path in folder.rglob("tickets-*.parquet"))


def test_local_cluster_workers_exit_when_the_export_is_killed(tmp_path: Path) -> None:
    out = tmp_path / "shards"
    export = start_seed(
        "export", "--tickets", "2000000", "--format", "parquet", "--dask", "--jobs", "2",
        "-o", str(out),
    )  # fmt: skip
    try:
        # Shards are reaching the temporary folder: the workers are generating and writing.
        wait_until(lambda: _shards(tmp_path) > 0, "the workers to write a shard", timeout=120)
        workers = descendants(export.pid)
        assert len(workers) >= 2, workers
        assert_children_exit_when_killed(export, workers)
    finally:
        export.kill()
        export.wait()
