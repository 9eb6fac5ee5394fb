"""The C heap and Arrow's allocator: trimmed once per interval of bytes moved (not per batch),
big blocks mapped, and Arrow on malloc in the processes that draw for Dask."""

from __future__ import annotations

import os

import pytest
from tests_support import run_python

from seeder.generate import heap


def test_release_every_trims_once_each_time_the_interval_is_reached(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trims: list[int] = []
    monkeypatch.setattr(heap, "release_free_memory", lambda: trims.append(1))
    every = heap.ReleaseEvery(100)

    for _ in range(9):
        every.moved(30)  # 270 bytes: the interval is reached at 120 and again at 240

    assert len(trims) == 2


# In a fresh interpreter (the setting is the process's): free a run of 1 MiB blocks that lie
# below a block still held, as a writer frees the batches it has written, and report how much
# of them stays resident. First a bigger block is freed, which by default raises glibc's
# threshold above 1 MiB, so that the batches come from the heap.
FREED_AND_STILL_RESIDENT = """
import sys
from seeder.generate.heap import DRAWING_BIG_BLOCK_BYTES, map_big_blocks
if sys.argv[1] == "mapped":
    map_big_blocks(DRAWING_BIG_BLOCK_BYTES)
def anon_mib():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("RssAnon"))
    return int(line.split()[1]) / 1024
big = b"x" * (8 << 20)
del big
before = anon_mib()
batches = [b"x" * (1 << 20) for _ in range(64)]
held = b"y" * (200 << 10)  # a block above the batches keeps the top of the heap
del batches
print(anon_mib() - before)
"""


@pytest.mark.skipif(not heap._malloc_trim(), reason="glibc's allocator only")
def test_with_big_blocks_mapped_freed_batches_go_back_to_the_system() -> None:
    # glibc's defaults: a local Dask cluster leaves MALLOC_TRIM_THRESHOLD_ in this
    # process's environment, and any such setting fixes the threshold too.
    untuned = {name: value for name, value in os.environ.items() if not _tunes_malloc(name)}
    default = float(run_python(FREED_AND_STILL_RESIDENT, "default", env=untuned).stdout)
    mapped = float(run_python(FREED_AND_STILL_RESIDENT, "mapped", env=untuned).stdout)
    assert default > 48  # glibc kept the 64 MiB of freed batches in its heap
    assert mapped < 8  # each batch had its own mapping, gone when it was freed


def _tunes_malloc(name: str) -> bool:
    return name == "GLIBC_TUNABLES" or (name.startswith("MALLOC_") and name.endswith("_"))


def test_an_mmap_threshold_set_by_the_environment_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")  # Dask's, for its workers
    assert not heap.mmap_threshold_set_by_environment()
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "131072")
    assert heap.mmap_threshold_set_by_environment()
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_")
    monkeypatch.setenv("GLIBC_TUNABLES", "glibc.malloc.mmap_threshold=4194304")
    assert heap.mmap_threshold_set_by_environment()


# In a fresh interpreter started as Dask starts its workers (MALLOC_TRIM_THRESHOLD_ set, which
# fixes glibc's mmap threshold at 128 KiB): how many of 64 live 256 KiB blocks got a mapping.
MAPPED_BLOCKS = """
import ctypes, sys
from seeder.generate.heap import DRAWING_BIG_BLOCK_BYTES, map_big_blocks
FIELDS = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"
class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in FIELDS.split()]
libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "mapped":
    map_big_blocks(DRAWING_BIG_BLOCK_BYTES)
before = libc.mallinfo2().hblks
blocks = [b"x" * (256 << 10) for _ in range(64)]
print(libc.mallinfo2().hblks - before)
"""


@pytest.mark.skipif(not heap._malloc_trim(), reason="glibc's allocator only")
def test_a_dask_worker_maps_only_the_big_blocks() -> None:
    untuned = {name: value for name, value in os.environ.items() if not _tunes_malloc(name)}
    like_dask = {**untuned, "MALLOC_TRIM_THRESHOLD_": "65536"}
    assert run_python(MAPPED_BLOCKS, "default", env=like_dask).stdout.strip() == "64"
    assert run_python(MAPPED_BLOCKS, "mapped", env=like_dask).stdout.strip() == "0"


# In a fresh interpreter: a Dask worker's first task of a run, then the allocator Arrow uses.
ARROW_POOL_AFTER_A_WORKER_TASK = """
import pyarrow
from seeder.config import build_run_config
from seeder.distributed.ranges import ticket_ranges
from seeder.distributed.tasks import draw_range, run_spec
from seeder.generate.plan import build_plan
config = build_run_config(tickets=2_000, seed=5)
before = pyarrow.default_memory_pool().backend_name
draw_range(run_spec(config), ticket_ranges(build_plan(config))[0])
print(before, pyarrow.default_memory_pool().backend_name)
"""


def test_a_dask_worker_task_has_arrow_allocate_with_malloc() -> None:
    # A worker someone started with `dask worker` has Arrow's default allocator, which keeps
    # what it freed (mimalloc, in the wheels): its first task of a run moves Arrow to malloc.
    env = {name: value for name, value in os.environ.items() if name != heap.ARROW_POOL_VARIABLE}
    before, after = run_python(ARROW_POOL_AFTER_A_WORKER_TASK, env=env).stdout.split()
    assert before != "system"
    assert after == "system"


def test_a_worker_keeps_the_arrow_allocator_its_environment_chooses() -> None:
    env = {**os.environ, heap.ARROW_POOL_VARIABLE: "mimalloc"}
    before, after = run_python(ARROW_POOL_AFTER_A_WORKER_TASK, env=env).stdout.split()
    assert before == after == "mimalloc"
