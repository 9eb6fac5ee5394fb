"""Ctrl-C in `seed db psql` cancels psql's query, as in psql itself, and the session goes on.

A terminal sends Ctrl-C's SIGINT to its whole foreground process group: seed as well as
psql. The test runs seed on a pseudo-terminal and signals the group, as the terminal would.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")


def _read(fd: int, seconds: float) -> tuple[bytes, bool]:
    """What the terminal shows within `seconds`; False once the session has ended."""
    shown = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:  # the other side closed: everything on it has ended
            return shown, False
        if not data:
            return shown, False
        shown += data
    return shown, True


def _wait_for(fd: int, text: bytes, seconds: float = 30) -> bytes:
    shown = b""
    end = time.monotonic() + seconds
    while text not in shown:
        assert time.monotonic() < end, shown.decode(errors="replace")
        more, alive = _read(fd, 0.2)
        shown += more
        assert alive or text in shown, shown.decode(errors="replace")
    return shown


def test_ctrl_c_cancels_the_query_and_psql_carries_on(server_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": server_url, "PAGER": "cat", "PSQL_PAGER": "cat"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: seed on the terminal, as a user starts it
        os.execve(sys.executable, [sys.executable, "-m", "seeder", "db", "psql", "--", "-X"], env)
    try:
        _wait_for(fd, b"=#")
        os.write(fd, b"SELECT pg_sleep(30);\n")
        time.sleep(1)
        os.killpg(os.getpgid(pid), signal.SIGINT)  # Ctrl-C
        _wait_for(fd, b"canceling statement due to user request")
        os.write(fd, b"SELECT 40 + 2 AS answer;\n")
        shown = _wait_for(fd, b"(1 row)")
        assert b"42" in shown
        os.write(fd, b"\\q\n")
        rest, _ = _read(fd, 10)
        assert b"interrupted" not in shown + rest
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        try:
            os.killpg(os.getpgid(pid), signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)
