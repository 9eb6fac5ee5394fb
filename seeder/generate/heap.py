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
