"""Killed with SIGKILL, `seed` leaves no process behind: its generating child and its workers
exit with it.

The generating child would also stop at its next write into the broken relay pipe, but only
once its workers have finished the chunks they hold; the parent-death signal ends them all.
"""

from __future__ import annotations

from pathlib import Path

from process_tree_support import (
    assert_children_exit_when_killed,
    descendants,
    needs_proc,
    start_seed,
    wait_until,
)

from seeder.processes import remove_orphaned_folders

pytestmark = needs_proc


def test_load_children_exit_when_seed_is_killed(fresh_database_url: str, tmp_path: Path) -> None:
    load = start_seed(
        "--database-url", fresh_database_url, "--tickets", "2000000", "--jobs", "2", tmpdir=tmp_path
    )
    try:
        # The generating child and its two workers.
        wait_until(lambda: len(descendants(load.pid)) == 3, "the workers to start")
        children = descendants(load.pid)
        assert_children_exit_when_killed(load, children)
    finally:
        load.kill()
        load.wait()
    # The generating child's spill folder is left; the next run's sweep knows it as orphaned.
    left = list(tmp_path.iterdir())
    assert len(left) <= 1 and all(p.name.startswith("seeder-spill-") for p in left), left
    remove_orphaned_folders(str(tmp_path))
    assert list(tmp_path.iterdir()) == []
