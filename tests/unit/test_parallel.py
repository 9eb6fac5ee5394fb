"""Worker processes share ticket chunks' row counts; a failure must raise, never hang."""

from __future__ import annotations

import dataclasses
import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from seeder.config import build_run_config
from seeder.encode.text import encode_copy_text
from seeder.generate.plan import CUSTOMERS_PER_CHUNK, build_plan
from seeder.generate.tables.numbering import IdOffsets
from seeder.generate.workers import ChunkCounts, _context, encoded_blocks

_HERE = Path(__file__).resolve().parent


def _counts(chunks: int) -> ChunkCounts:
    return ChunkCounts(multiprocessing.get_context("spawn"), chunks)


def test_offsets_are_the_sums_of_the_earlier_chunks_counts() -> None:
    counts = _counts(3)
    counts.publish(1, (4, 5, 6))
    counts.publish(0, (1, 2, 3))
    assert counts.offsets(0) == IdOffsets()
    assert counts.offsets(2) == IdOffsets(5, 7, 9)


def test_a_chunk_waits_until_the_earlier_chunks_have_published() -> None:
    counts = _counts(2)
    later = threading.Timer(0.2, counts.publish, args=(0, (7, 8, 9)))
    later.start()
    assert counts.offsets(1) == IdOffsets(7, 8, 9)
    later.join()


def test_a_failed_earlier_chunk_raises_instead_of_waiting() -> None:
    counts = _counts(3)
    counts.publish(0, (1, 2, 3))
    counts.fail(1)
    with pytest.raises(RuntimeError, match="ticket chunk 1 failed"):
        counts.offsets(2)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def in_a_fresh_interpreter(call: str) -> str:
    """What `t.<call>` prints, run in a new Python: this one may hold threads an earlier test
    left (fsspec's), and children of its own."""
    code = f"import sys; sys.path.insert(0, {str(_HERE)!r}); import test_parallel as t; t.{call}"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_workers_are_forked_only_while_the_caller_has_one_thread() -> None:
    assert in_a_fresh_interpreter("check_start_methods()") == "fork, then forkserver\n"


def check_start_methods() -> None:
    assert threading.active_count() == 1
    assert _context(encode_copy_text).get_start_method() == "fork"
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        assert _context(encode_copy_text).get_start_method() == "forkserver"
    finally:
        release.set()
        other.join()
    print("fork, then forkserver")


def run_with_a_broken_chunk(threaded: bool) -> None:
    """Entry point for the subprocess below: chunk 1 of 5 raises while it is being drawn.

    `threaded` keeps a second thread alive, so the workers come from a forkserver.
    """
    if threaded:
        threading.Thread(target=threading.Event().wait, daemon=True).start()
    plan = build_plan(build_run_config(tickets=20_000, seed=5))
    chunks = list(plan.ticket_chunks)
    chunks[1] = dataclasses.replace(chunks[1], tickets=-1)
    broken = dataclasses.replace(plan, ticket_chunks=tuple(chunks))
    try:
        for _ in encoded_blocks(broken, encode_copy_text, 1_000, jobs=3):
            pass
    except ValueError as error:
        print(f"raised ValueError: {error}")


@pytest.mark.parametrize("threaded", [False, True], ids=["forked", "forkserver"])
def test_a_worker_error_propagates_instead_of_hanging(threaded: bool) -> None:
    """Chunks 2-4 wait for chunk 1's counts, which never come: they must give up, not hang.

    Run in a subprocess so that a hang fails this test by its timeout instead of blocking the
    test run (the pool's shutdown would wait for the stuck workers forever).
    """
    code = f"import sys; sys.path.insert(0, {str(_HERE)!r}); import test_parallel as t; "
    code += f"t.run_with_a_broken_chunk({threaded})"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("raised ValueError"), done.stdout + done.stderr


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_leading_tables_come_whole_before_any_other(jobs: int) -> None:
    """A load builds their keys and statistics once the first other block arrives."""
    from seeder.domain import LEADING_TABLES

    # Enough customers for three customer blocks (the last holds one customer).
    customers = 2 * CUSTOMERS_PER_CHUNK + 1
    config = build_run_config(tickets=9_000, seed=4, jobs=jobs, customers=customers)
    order = [b.table for b in encoded_blocks(build_plan(config), encode_copy_text, 4_000, jobs)]
    first_other = next(i for i, table in enumerate(order) if table not in LEADING_TABLES)
    assert set(order[:first_other]) == set(LEADING_TABLES)
    assert set(LEADING_TABLES).isdisjoint(order[first_other:])
    assert order.count("customers") == 3  # in chunks, all of them first


def test_no_more_workers_start_than_there_are_ticket_chunks() -> None:
    assert in_a_fresh_interpreter("count_workers(jobs=64)") == "5 chunks, 5 workers\n"


def count_workers(jobs: int) -> None:
    import os

    plan = build_plan(build_run_config(tickets=20_000, seed=5))
    blocks = encoded_blocks(plan, encode_copy_text, 1_000, jobs=jobs)
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
    for _ in blocks:
        pass
    print(f"{len(plan.ticket_chunks)} chunks, {len(children)} workers")
