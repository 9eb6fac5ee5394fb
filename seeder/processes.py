"""How seeder's processes end: with their parent, on a stop signal as on Ctrl-C, and
leaving no folder of theirs behind for long.

Child processes that end with their parent, however the parent ends.

A worker whose parent is killed (SIGKILL, out of memory) is not told: it holds both ends of
the pool's pipes, so a write into a full pipe blocks forever instead of failing, and the
orphan keeps its memory and the parent's open files. Every child this package starts calls
die_with_parent() first, so it exits as soon as its parent is gone.

SIGTERM and SIGHUP stop a run as Ctrl-C does, through the same cleanup.

`timeout`, `docker stop` and systemd send SIGTERM; a closed terminal sends SIGHUP. Raised as
TerminatedError, a KeyboardInterrupt, they take every path that undoes a run interrupted by
Ctrl-C: a temporary file removed, a transaction rolled back.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.util
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from seeder.errors import TerminatedError

# <linux/prctl.h>: deliver a signal to this process when the thread that forked it exits.
_PR_SET_PDEATHSIG = 1
# Where the kernel cannot tell us, how often a child checks that its parent is still there.
_POLL_SECONDS = 0.5
_ORPHANED_STATUS = 1
# Named after its first use (the --jobs workers' spill files): the sweep finds every kind.
_FOLDER_PREFIX = "seeder-spill-"
# A unix socket's path (sun_path, less its NUL), and a forkserver's socket name in its folder.
_SOCKET_PATH_CHARS = 107
_LISTENER_NAME_CHARS = len("/listener-12345678")


def die_with_parent(parent_pid: int) -> None:
    """Make this child exit as soon as process `parent_pid`, which started it, is gone.

    Call it first thing in every child process: right after os.fork(), or from a worker
    pool's initializer with the pid of the process that made the pool. A forked child asks
    Linux to SIGKILL it when the thread that forked it ends, so fork from a thread that
    lasts as long as its process (the main one, or the only one). A child started through
    a forkserver, whose own parent is the server (kept alive by its children), watches its
    multiprocessing parent's sentinel: a pipe that reaches its end when that parent dies.
    Elsewhere a thread polls the parent's pid. A child whose parent died before it could
    ask exits at once. SIGTERM and SIGHUP get their default action back: the handlers the
    parent installed for itself must not run in its children.
    """
    _restore_default_termination()
    killed_by_kernel = _ask_for_sigkill_on_parent_death()
    if os.getppid() == parent_pid:
        if not killed_by_kernel:
            _exit_when(lambda: _parent_changed(parent_pid))
        return
    started_by = multiprocessing.parent_process()
    if started_by is not None and started_by.pid == parent_pid:
        # Not forked by parent_pid, or forked and orphaned already. (A forked worker's
        # sentinel is also held by the siblings forked after it: they see their own first.)
        sentinel = started_by.sentinel
        _exit_when(lambda: bool(wait([sentinel])))
        return
    os._exit(_ORPHANED_STATUS)  # the parent died between starting this child and now


def process_exists(pid: int) -> bool:
    """Whether a process with this pid is running (perhaps another user's).

    A zombie counts as gone: it has exited, and where nothing reaps orphans (a container
    without an init) it stays in the process table for good.
    """
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by another account
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (macOS), or it has just gone: trust the signal
    # The command name, in parentheses, may hold spaces: the state follows the last ')'.
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _restore_default_termination() -> None:
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, signal.SIG_DFL)


def _ask_for_sigkill_on_parent_death() -> bool:
    """True if Linux will SIGKILL this process when the thread that forked it exits."""
    return _ask_for_signal_on_parent_death(signal.SIGKILL)


def end_with_parent() -> None:
    """For a program seeder starts (subprocess's preexec_fn): Linux sends it SIGTERM when
    seeder ends, however seeder ends, SIGKILL included. The request survives exec."""
    _ask_for_signal_on_parent_death(signal.SIGTERM)


def _ask_for_signal_on_parent_death(signum: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only children need it, and `seed` forks its child before needless imports

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _parent_changed(parent_pid: int) -> bool:
    time.sleep(_POLL_SECONDS)
    return os.getppid() != parent_pid


def _exit_when(parent_gone: Callable[[], bool]) -> None:
    """Exit from a daemon thread once parent_gone(), called in a loop (it may block), is true."""

    def watch() -> None:
        while not parent_gone():
            pass
        os._exit(_ORPHANED_STATUS)

    threading.Thread(target=watch, name="seeder-lifeline", daemon=True).start()


STOP_SIGNALS = ("SIGTERM", "SIGHUP")


def raising_once(received: list[int]) -> Callable[[int, object], None]:
    """A signal handler that notes each signal in `received` and raises on the first only:
    KeyboardInterrupt for Ctrl-C, TerminatedError for the others."""

    def stop(signum: int, _frame: object) -> None:
        received.append(signum)
        if len(received) == 1:
            raise KeyboardInterrupt if signum == signal.SIGINT else TerminatedError(signum)

    return stop


@contextmanager
def stop_signals_interrupt() -> Iterator[list[int]]:
    """While inside, SIGTERM and SIGHUP raise TerminatedError: the run stops as on Ctrl-C.

    Yields the signals received. Only the first raises (Ctrl-C's, KeyboardInterrupt); a
    second one while the run is already stopping, Ctrl-C pressed twice included, is noted,
    so it cannot cut the cleanup short. A signal the caller ignores (nohup) stays ignored;
    the previous handlers come back on the way out. Forked children inherit the handlers,
    and may reset them: a child the signal kills outright fails the run in this process,
    which, having received the signal too, reports the stop.
    """
    received: list[int] = []
    stop = raising_once(received)
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            previous[signal.SIGINT] = signal.signal(signal.SIGINT, stop)
        for name in STOP_SIGNALS:
            signum = getattr(signal, name, None)  # Windows has no SIGHUP
            if signum is not None and signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, stop)
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def sigint_held_back() -> Iterator[None]:
    """SIGINT blocked in this thread while inside, and in the threads and processes started
    meanwhile for good: a child forked here cannot be interrupted before it sets up its own
    handling. A Ctrl-C pressed meanwhile stays pending, and is delivered here on the way out.
    """
    block = getattr(signal, "pthread_sigmask", None)
    if block is None:  # Windows
        yield
        return
    previous = block(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        block(signal.SIG_SETMASK, previous)


class ProcessFolder:
    """A folder of this process's own (mode 0700) under the temporary directory: removed by
    close(), at exit if never closed, and, if the process is killed, by the next seeder
    process that makes one (remove_orphaned_folders)."""

    def __init__(self) -> None:
        remove_orphaned_folders()
        self.path = tempfile.mkdtemp(prefix=f"{_FOLDER_PREFIX}{os.getpid()}-")
        self._remove = weakref.finalize(self, shutil.rmtree, self.path, ignore_errors=True)

    def close(self) -> None:
        self._remove()


def multiprocessing_folder_in_a_process_folder() -> None:
    """Give multiprocessing's own temporary folder (where a forkserver keeps its socket) a
    process folder's name, if this process has none yet.

    multiprocessing removes that folder (pymp-*) when the process exits, never if it is
    killed; named as a process folder, the next seeder process removes it instead. Where
    the longer name would leave the socket's path too long, multiprocessing keeps its own."""
    config: dict[str, object] = getattr(multiprocessing.current_process(), "_config", {})
    if config.get("tempdir") is not None:
        return
    remove_orphaned_folders()
    path = tempfile.mkdtemp(prefix=f"{_FOLDER_PREFIX}{os.getpid()}-mp-")
    if len(path) + _LISTENER_NAME_CHARS > _SOCKET_PATH_CHARS:
        os.rmdir(path)  # the server's socket would not fit: multiprocessing's shorter name may
        return
    # As multiprocessing registers its own: among the last things done at exit.
    multiprocessing.util.Finalize(
        None, shutil.rmtree, args=(path,), kwargs={"ignore_errors": True}, exitpriority=-100
    )
    config["tempdir"] = path


def remove_orphaned_folders(directory: str | None = None) -> None:
    """Remove this user's process folders whose process no longer exists (killed runs)."""
    root = Path(directory or tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for folder in root.glob(f"{_FOLDER_PREFIX}*-*"):
            owner = folder.name[len(_FOLDER_PREFIX) :].split("-", 1)[0]
            if not owner.isdigit() or process_exists(int(owner)):
                continue
            with contextlib.suppress(OSError):
                if folder.is_dir() and folder.stat().st_uid == os.getuid():
                    shutil.rmtree(folder, ignore_errors=True)
