"""Hand the C heap's free pages back to the system between a run's big steps.

glibc keeps freed memory in its heaps for reuse, and a heap's free space between live
blocks is never returned by itself: after the plan's [day, agent] temporaries or a big day's
chunk, the process stays as large as its largest moment, and workers forked from it start
that large. malloc_trim(0) gives every whole free page back (madvise), which keeps a run's
resident memory at what it holds rather than what it once held. Elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim


def release_free_memory() -> None:
    """Return the C heap's free pages to the system (glibc only; a few ms)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


class ReleaseEvery:
    """release_free_memory once every `interval` bytes a process has moved.

    A process that streams big batches (the parent reading the workers' chunks back) frees
    buffers of many sizes between longer-lived ones, and glibc keeps those holes: untrimmed,
    the parent of a 10M-ticket dump held some 30 MiB it no longer used. One trim per 32 MiB
    is a few hundred at 10M tickets, too few to show in the time; one per chunk cost 17 %.
    """

    def __init__(self, interval: int) -> None:
        self._interval = interval
        self._since = 0

    def moved(self, size: int) -> None:
        """Count `size` bytes; hand free pages back once the interval is reached."""
        self._since += size
        if self._since >= self._interval:
            self._since = 0
            release_free_memory()
