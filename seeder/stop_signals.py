"""SIGTERM and SIGHUP stop a run as Ctrl-C does, through the same cleanup.

`timeout`, `docker stop` and systemd send SIGTERM; a closed terminal sends SIGHUP. Raised as
TerminatedError, a KeyboardInterrupt, they take every path that undoes a run interrupted by
Ctrl-C: a temporary file removed, a transaction rolled back.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from seeder.errors import TerminatedError

STOP_SIGNALS = ("SIGTERM", "SIGHUP")


@contextmanager
def stop_signals_interrupt() -> Iterator[list[int]]:
    """While inside, SIGTERM and SIGHUP raise TerminatedError: the run stops as on Ctrl-C.

    Yields the signals received. Only the first raises; a second one while the run is
    already stopping is noted, so it cannot cut the cleanup short. A signal the caller
    ignores (nohup) stays ignored; the previous handlers come back on the way out. Forked
    children inherit the handlers, and may reset them: a child the signal kills outright
    fails the run in this process, which, having received the signal too, reports the stop.
    """
    received: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        received.append(signum)
        if len(received) == 1:
            raise TerminatedError(signum)

    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for name in STOP_SIGNALS:
            signum = getattr(signal, name, None)  # Windows has no SIGHUP
            if signum is not None and signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, stop)
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
