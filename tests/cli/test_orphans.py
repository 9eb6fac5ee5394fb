"""Killed with SIGKILL, `seed dump` and the library's worker pools leave no process behind.

A --jobs worker is not told when its parent dies: it holds both ends of the pool's pipes, so
it blocks forever on a full one, holding its memory and the temporary file open. Each must
notice and exit within seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
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


def _threaded_caller(tickets: int, temporary: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", THREADED_CALLER, str(tickets)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(temporary)},
    )


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temporary folder with a short path, like /tmp: a forkserver's socket path must fit in
    107 characters, which pytest's own folders leave too little of."""
    with tempfile.TemporaryDirectory(dir="/tmp", prefix="orphans-") as folder:
        yield Path(folder)


def test_forkserver_workers_exit_when_their_threaded_caller_is_killed(short_tmp: Path) -> None:
    tmp_path = short_tmp
    caller = _threaded_caller(200_000, tmp_path)
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
    # The killed caller cannot remove multiprocessing's folder for the forkserver's socket:
    # it is named as a process folder, not pymp-*, so the next run removes it.
    # Its spill folder and multiprocessing's, both named for it.
    left = sorted(p.name for p in tmp_path.iterdir())
    assert all(name.startswith(f"seeder-spill-{caller.pid}-") for name in left), left
    assert any(name.startswith(f"seeder-spill-{caller.pid}-mp-") for name in left), left
    again = _threaded_caller(20_000, tmp_path)
    again.communicate(timeout=120)
    assert again.returncode == 0
    assert list(tmp_path.iterdir()) == []


def test_a_folder_too_deep_for_a_socket_keeps_multiprocessings_own_name(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * (107 - len(str(tmp_path)) - 40))
    deep.mkdir()
    script = (
        "import multiprocessing.util as u\n"
        "from seeder.processes import multiprocessing_folder_in_a_process_folder as f\n"
        "f(); print(u.get_temp_dir())"
    )
    env = {**os.environ, "TMPDIR": str(deep)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert Path(result.stdout.strip()).name.startswith("pymp-"), result.stdout
    assert list(deep.iterdir()) == []  # removed at exit, as multiprocessing always does
