"""Watching a command's child processes from /proc: what a killed command leaves behind."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

needs_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").is_file(), reason="reads the process tree from /proc"
)

# How long the children of a killed command may take to go (they are asked for about 2 s).
ORPHAN_DEADLINE_SECONDS = 5.0


def _process_table() -> dict[int, tuple[str, int]]:
    """Every process's state (R, S, Z...) and parent's pid, read from /proc/<pid>/stat."""
    table: dict[int, tuple[str, int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue  # it exited while we looked
            # The command name, in parentheses, may hold spaces: the fields follow the last ')'.
            state, ppid = stat.rsplit(")", 1)[1].split()[:2]
            table[int(entry)] = (state, int(ppid))
    return table


def live_processes() -> dict[int, int]:
    """Every live process (zombies left out) and its parent's pid."""
    return {pid: ppid for pid, (state, ppid) in _process_table().items() if state != "Z"}


def children_of(pid: int) -> set[int]:
    """The child processes of `pid`, zombies included: running, or exited and not waited for."""
    return {child for child, (_, ppid) in _process_table().items() if ppid == pid}


def descendants(pid: int) -> set[int]:
    """The live processes below `pid`: its children, theirs, and so on."""
    parents = live_processes()
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def start_seed(*args: str, tmpdir: Path | None = None) -> subprocess.Popen[bytes]:
    """`seed *args --quiet` in the background; DATABASE_URL cleared; its temporary files
    (the workers' spill folder) in `tmpdir` when given."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    return subprocess.Popen(
        [sys.executable, "-m", "seeder", *args, "--quiet"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def assert_children_exit_when_killed(process: subprocess.Popen[bytes], children: set[int]) -> None:
    """SIGKILL `process`; every one of `children` must then exit within the deadline.

    Whatever outlives the deadline is killed before the assertion fails, so a failing run
    leaves no orphan behind either.
    """
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + ORPHAN_DEADLINE_SECONDS
    while (left := children & set(live_processes())) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert not left, f"still running {ORPHAN_DEADLINE_SECONDS} s after their parent's SIGKILL"
