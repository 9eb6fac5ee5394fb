"""Hand the C heap's free pages back to the system between a run's big steps.

glibc keeps freed memory in its heaps for reuse, and a heap's free space between live
blocks is never returned by itself: after the plan's [day, agent] temporaries or a big day's
chunk, the process stays as large as its largest moment, and workers forked from it start
that large. malloc_trim(0) gives every whole free page back (madvise), which keeps a run's
resident memory at what it holds rather than what it once held. Elsewhere it does nothing.

For a big run, map_big_blocks goes further: each block of 1 MiB or more gets a
mapping of its own, handed back the moment it is freed. And Arrow, whose own allocator
(mimalloc) keeps what it freed, allocates with malloc in `seed` and its Dask workers.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Callable
from functools import cache

from seeder.config import MAP_BIG_BLOCKS_TICKETS

# glibc's mallopt parameter: the size from which malloc gives a block its own mapping.
_M_MMAP_THRESHOLD = -3
# In a big run, the blocks from this size up get a mapping of their own where rows are drawn
# (glibc's default starts at 128 KiB, then follows the largest block freed, up to 32 MiB).
# Each mapping costs a system call and fresh zeroed pages, and numpy's arrays are many and
# short-lived: 256 KiB made a 10M-ticket dump 40 % slower, 1 MiB about a tenth.
DRAWING_BIG_BLOCK_BYTES = 1 << 20
ARROW_POOL_VARIABLE = "ARROW_DEFAULT_MEMORY_POOL"


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    libc = _libc()
    try:
        trim: Callable[[int], int] = libc.malloc_trim  # type: ignore[union-attr]
    except AttributeError:  # no libc, or not glibc (musl has no malloc_trim)
        return None
    return trim


def release_free_memory() -> None:
    """Return the C heap's free pages to the system (glibc only; a few ms)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def map_big_blocks(from_bytes: int) -> None:
    """From now on, give every block of `from_bytes` or more a mapping of its own, returned
    to the system when the block is freed (glibc only; processes forked later inherit it).

    By default glibc raises that threshold to the largest block freed so far, so once a few
    MiB have been freed, a stream of batches of a few MiB each is served from the heap, and
    the holes they leave between longer-lived blocks stay resident. At 10M tickets that left
    the workers drawing a busy day 20-30 MiB above what they held.

    Where the environment sets that threshold, it is left alone (the user's choice). Any other
    malloc setting fixes it at glibc's 128 KiB: Dask starts its workers with
    MALLOC_TRIM_THRESHOLD_, and a worker writing a 10M-ticket export at 128 KiB spent twice
    the system time (a mapping and fresh zeroed pages for every array past 128 KiB).
    """
    if mmap_threshold_set_by_environment():
        return
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None)
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, from_bytes)


def map_big_blocks_for(tickets: int) -> None:
    """map_big_blocks(DRAWING_BIG_BLOCK_BYTES) for a run of MAP_BIG_BLOCKS_TICKETS or more;
    call it before building the plan, and before forking the processes that draw."""
    if tickets >= MAP_BIG_BLOCKS_TICKETS:
        map_big_blocks(DRAWING_BIG_BLOCK_BYTES)


def mmap_threshold_set_by_environment() -> bool:
    """True where the environment sets glibc's mmap threshold (MALLOC_MMAP_THRESHOLD_, or
    GLIBC_TUNABLES's glibc.malloc.mmap_threshold)."""
    tunables = os.environ.get("GLIBC_TUNABLES", "")
    return "MALLOC_MMAP_THRESHOLD_" in os.environ or "glibc.malloc.mmap_threshold" in tunables


def arrow_allocates_with_malloc() -> None:
    """Have pyarrow allocate with malloc from now on, unless ARROW_DEFAULT_MEMORY_POOL
    chooses its allocator.

    Arrow's default, mimalloc, keeps the pages it freed for reuse by the same thread: a Dask
    worker writing a busy day's shards at 10M tickets held some 70 MiB more with it. `seed`
    sets the variable before pyarrow loads, for itself and every process it starts; a Dask
    worker someone else started needs this call. It reaches what pyarrow allocates, not
    Arrow's C++ internals (a Parquet writer's pages), which keep the allocator chosen when
    pyarrow loaded: only the variable, set before the worker starts, reaches those.
    """
    if os.environ.get(ARROW_POOL_VARIABLE, "").strip():
        return
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())


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
