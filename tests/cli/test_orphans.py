"""Killed with SIGKILL, `seed dump` and the library's worker pools leave no process behind.

A --jobs worker is not told when its parent dies: it holds both ends of the pool's pipes, so
it blocks forever on a full one, holding its memory and the temporary file open. Each must
notice and exit within seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from process_tree_support import (
    assert_children_exit_when_killed,
    descendants,
    needs_proc,
    start_seed,
    wait_until,
)

pytestmark = needs_proc


def _written_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir())


def test_dump_workers_exit_when_the_dump_is_killed(tmp_path: Path) -> None:
    output, temporary = tmp_path / "out", tmp_path / "tmp"
    output.mkdir()
    temporary.mkdir()
    dump = start_seed(
        "dump", "--tickets", "2000000", "--jobs", "2", "-o", str(output / "x.sql"), tmpdir=temporary
    )
    try:
        # Rows are reaching the file: the workers are generating chunks and handing them over.
        wait_until(lambda: _written_bytes(output) > 1 << 20, "the dump to write rows")
        workers = descendants(dump.pid)
        assert len(workers) == 2, workers
        assert_children_exit_when_killed(dump, workers)
    finally:
        dump.kill()
        dump.wait()
    # The killed run's spill folder cannot remove itself; the next parallel run removes it.
    left = [p.name for p in temporary.iterdir()]
    assert len(left) == 1 and left[0].startswith(f"seeder-spill-{dump.pid}-"), left
    again = start_seed(
        "dump", "--tickets", "20000", "--jobs", "2", "-o", str(output / "y.sql"), tmpdir=temporary
    )
    assert again.wait(timeout=120) == 0
    assert list(temporary.iterdir()) == []


# A process that runs a second thread gets its workers from a forkserver, so they are not its
# children: they watch it through their multiprocessing parent's sentinel instead.
THREADED_CALLER = """
import sys, threading
from seeder.config import build_run_config
from seeder.encode.text import encode_copy_text
from seeder.generate.workers import encoded_blocks
from seeder.generate.plan import build_plan

threading.Thread(target=threading.Event().wait, daemon=True).start()
plan = build_plan(build_run_config(tickets=int(sys.argv[1]), jobs=2))
for block in encoded_blocks(plan, encode_copy_text, 10_000, jobs=2):
    print(block.table, flush=True)
"""


def test_forkserver_workers_exit_when_their_threaded_caller_is_killed(tmp_path: Path) -> None:
    # The killed caller cannot remove multiprocessing's folder for the forkserver's socket
    # (pymp-*): it goes in the test's folder, not the machine's /tmp.
    caller = subprocess.Popen(
        [sys.executable, "-c", THREADED_CALLER, "200000"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    try:
        assert caller.stdout is not None
        assert caller.stdout.readline(), "no block came"  # the workers are at work
        # The forkserver, its two workers and the resource tracker.
        children = descendants(caller.pid)
        assert len(children) >= 3, children
        assert_children_exit_when_killed(caller, children)
    finally:
        caller.kill()
        caller.wait()
