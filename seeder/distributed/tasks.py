"""What the Dask workers run: a chunk range's blocks, handed to the caller's `deliver`.

Each worker process builds the run's plan once, from the configuration every task carries
(pickling the plan would send its [day, agent] arrays with every task), and keeps it for the
run's later tasks. A ticket range takes two tasks: draw_range (every value but the ids that
number interactions, calls and chats across chunks), then, once the client knows the counts
of every earlier range, deliver_tickets (number the ids, deliver). The drawn range stays in
the worker's memory in between: nothing is generated twice, and no task ever waits for
another inside a worker's thread, so no number of workers or threads can deadlock.
"""

from __future__ import annotations

import hashlib
import pickle
import threading
from collections.abc import Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from importlib.metadata import version
from typing import Any, Protocol

import numpy as np

from seeder.config import RunConfig
from seeder.distributed.ranges import TABLES_OF, ChunkRange
from seeder.encode.blocks import Block
from seeder.encode.narrow import narrow
from seeder.errors import DistributedError
from seeder.generate.heap import arrow_allocates_with_malloc, map_big_blocks_for
from seeder.generate.plan import Plan, build_plan
from seeder.generate.produce import ChunkMaker, SequentialCounts, Task
from seeder.generate.tables.numbering import IdOffsets, number_ticket_chunk
from seeder.generate.tables.text import TextPools, build_text_pools
from seeder.generate.tables.tickets import (
    DrawnTicketChunk,
    HandleTime,
    draw_ticket_chunk,
    with_message_pool,
)
from seeder.generate.work_totals import WorkCells, work_cells

# The libraries whose version changes the rows: every worker must run the client's.
_DATA_LIBRARIES = ("seeder", "numpy", "pyarrow", "faker", "holidays")


class Deliver(Protocol):
    """Where a range's rows go, one call per table: a shard file, a COPY (picklable: it is
    sent to the workers). Returns what the client records (it has `table` and `rows`)."""

    def __call__(self, table: str, chunks: tuple[int, int], blocks: Sequence[Block]) -> Any: ...


@dataclass(frozen=True)
class RunSpec:
    """What every task carries: the run's configuration, its digest, the client's versions."""

    config: RunConfig
    digest: str
    versions: tuple[tuple[str, str], ...]


def run_spec(config: RunConfig) -> RunSpec:
    digest = hashlib.sha256(pickle.dumps(config)).hexdigest()
    return RunSpec(config, digest, library_versions())


def library_versions() -> tuple[tuple[str, str], ...]:
    return tuple((name, version(name)) for name in _DATA_LIBRARIES)


@dataclass(frozen=True)
class Delivered:
    """A task's outcome: what deliver returned per table, and (tickets) the agent time."""

    records: list[Any]
    work: WorkCells | None = None


class _WorkerRun:
    """A worker's state for one run: the plan, and the pools built on first use."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.maker = ChunkMaker(plan, SequentialCounts())
        self._text: TextPools | None = None

    def text_pools(self) -> TextPools:
        if self._text is None:
            self._text = build_text_pools()
        return self._text


_RUNS: dict[str, _WorkerRun] = {}
_RUNS_LOCK = threading.Lock()  # a worker may run several tasks at once, in threads


def _run_for(spec: RunSpec) -> _WorkerRun:
    with _RUNS_LOCK:
        run = _RUNS.get(spec.digest)
        if run is None:
            _check_versions(spec.versions)
            _RUNS.clear()  # one run's plan at a time: a finished run's is not kept
            map_big_blocks_for(spec.config.tickets)  # for this run and those after it
            arrow_allocates_with_malloc()
            run = _RUNS[spec.digest] = _WorkerRun(build_plan(spec.config))
        return run


def _check_versions(client: tuple[tuple[str, str], ...]) -> None:
    here = dict(library_versions())
    wrong = [
        f"{name} {here[name]} (the client has {wanted})"
        for name, wanted in client
        if here[name] != wanted
    ]
    if wrong:
        raise DistributedError(
            f"a Dask worker runs {', '.join(wrong)}, which would change the rows: install "
            "the client's versions on every worker (pip install -c constraints.txt 'seeder[dask]')"
        )


def make_range(
    spec: RunSpec, chunk_range: ChunkRange, tasks: Sequence[Task], deliver: Deliver
) -> Delivered:
    """A users, customers, scenario events or WFM range: its tasks' blocks, delivered."""
    maker = _run_for(spec).maker
    blocks = [block for task in tasks for block in maker.make(task).blocks]
    (table,) = TABLES_OF[chunk_range.kind]
    return Delivered([deliver(table, chunk_range.chunks, blocks)])


@dataclass(frozen=True)
class DrawnRange:
    """A ticket range's chunks, drawn, as they wait for their id offsets (`_waiting`: about 8
    MiB for the busiest day at 10M tickets, its integers narrowed), and their agent time
    summed per [agent, day] cell."""

    chunks: tuple[DrawnTicketChunk, ...]
    work: WorkCells

    def counts(self) -> list[tuple[int, int, int]]:
        return [chunk.counts for chunk in self.chunks]

    def __sizeof__(self) -> int:
        # What Dask weighs before moving it to another worker: the arrays, not the wrapper.
        return _array_bytes(self.chunks)


def _array_bytes(value: Any) -> int:
    if isinstance(value, np.ndarray):
        return int(value.nbytes)
    if isinstance(value, tuple | list):
        return sum(_array_bytes(item) for item in value)
    if is_dataclass(value):
        return sum(_array_bytes(getattr(value, f.name)) for f in fields(value))
    return 0


def draw_range(spec: RunSpec, chunk_range: ChunkRange) -> DrawnRange:
    """Draw the range's ticket chunks (everything but their interaction, call and chat ids)."""
    run = _run_for(spec)
    chunks = run.plan.ticket_chunks[chunk_range.first : chunk_range.last + 1]
    drawn = [draw_ticket_chunk(run.plan, run.text_pools(), chunk) for chunk in chunks]
    work = work_cells(run.plan, [chunk.handle_time for chunk in drawn])
    return DrawnRange(tuple(_waiting(chunk) for chunk in drawn), work)


def _waiting(chunk: DrawnTicketChunk) -> DrawnTicketChunk:
    """What a drawn chunk keeps while it waits: no agent time (the range sums it), integers
    narrowed (its bodies' texts are only those it adds to the pool already)."""
    return narrow(replace(chunk, handle_time=_COUNTED))


# What a drawn chunk keeps of its agent time once the range's is summed (DrawnRange.work).
_COUNTED = HandleTime(*(np.zeros(0, dtype=np.int64) for _ in fields(HandleTime)))


def range_counts(drawn: DrawnRange) -> list[tuple[int, int, int]]:
    """Each chunk's (interactions, calls, chats) rows: what the client sums into offsets."""
    return drawn.counts()


def deliver_tickets(
    spec: RunSpec,
    chunk_range: ChunkRange,
    drawn: DrawnRange,
    offsets: IdOffsets,
    deliver: Deliver,
) -> Delivered:
    """Number the drawn range's ids from `offsets` on, deliver its four tables, and return
    its agent time per [agent, day] cell for WFM. The chunks' integers stay narrowed: the
    encoders write the same bytes from any integer width."""
    pools = _run_for(spec).text_pools()  # checks the versions, if the range moved here
    numbered = []
    for chunk in drawn.chunks:
        result = number_ticket_chunk(with_message_pool(chunk, pools), offsets)
        offsets = offsets.advance(result)
        numbered.append(result)
    records = [
        deliver(table, chunk_range.chunks, [getattr(result, table) for result in numbered])
        for table in TABLES_OF["tickets"]
    ]
    return Delivered(records, drawn.work)
