"""Chunk ranges: the unit a Dask worker takes, and one shard per table it writes.

A range is a few consecutive chunks of one kind of task. Its size is fixed, never chosen from
the number of workers, so a run writes the same shards (names and bytes) on any cluster.
"""

from __future__ import annotations

from dataclasses import dataclass

from seeder.generate.plan import Plan
from seeder.generate.produce import TaskKind

# Two ticket chunks are about 8,000 tickets and 15,000 interactions per shard (one chunk, from
# 1M tickets: plan.tickets_per_chunk). A drawn range
# is about 8 MB, and up to two per worker thread wait for their offsets (all of them on one
# worker, at worst): with Dask (60 MiB), Arrow (40 MiB), the plan and the pools, a worker
# stays under 200 MiB at 1M tickets. Four chunks a range went past it.
CHUNKS_PER_RANGE = 2
# A ticket chunk is whole days, and from a few million tickets up one day is past 8,000
# tickets (45,000 at 10M): two such days would draw a range of twice a busy day. A ticket
# range takes a second chunk only while it stays within this many tickets (up to 500,000
# tickets every pair does).
RANGE_MAX_TICKETS = 12_000
TABLES_OF: dict[TaskKind, tuple[str, ...]] = {
    "users": ("users",),
    "customers": ("customers",),
    "scenario_events": ("scenario_events",),
    "tickets": ("tickets", "interactions", "calls", "chats"),
    "wfm": ("wfm",),
}


@dataclass(frozen=True)
class ChunkRange:
    """Chunks [first, last] of one kind; `position` is the range's place among its kind's."""

    kind: TaskKind
    position: int
    first: int
    last: int

    @property
    def chunks(self) -> tuple[int, int]:
        return self.first, self.last


def chunk_ranges(kind: TaskKind, chunks: int) -> list[ChunkRange]:
    """`chunks` chunks of `kind` cut into ranges of CHUNKS_PER_RANGE (the last may be shorter)."""
    return [
        ChunkRange(kind, position, first, min(first + CHUNKS_PER_RANGE, chunks) - 1)
        for position, first in enumerate(range(0, chunks, CHUNKS_PER_RANGE))
    ]


def leading_ranges(plan: Plan) -> list[ChunkRange]:
    """Users, customers and scenario events: ranges that depend on no other table's rows."""
    return [
        ChunkRange("users", 0, 0, 0),
        *chunk_ranges("customers", len(plan.customer_chunks())),
        ChunkRange("scenario_events", 0, 0, 0),
    ]


def ticket_ranges(plan: Plan) -> list[ChunkRange]:
    """Ranges of up to CHUNKS_PER_RANGE ticket chunks and RANGE_MAX_TICKETS tickets (a chunk
    bigger than that is a range of its own)."""
    ranges: list[ChunkRange] = []
    first, tickets = 0, 0
    for index, chunk in enumerate(plan.ticket_chunks):
        full = index - first == CHUNKS_PER_RANGE or tickets + chunk.tickets > RANGE_MAX_TICKETS
        if index > first and full:
            ranges.append(ChunkRange("tickets", len(ranges), first, index - 1))
            first, tickets = index, 0
        tickets += chunk.tickets
    if plan.ticket_chunks:
        ranges.append(ChunkRange("tickets", len(ranges), first, len(plan.ticket_chunks) - 1))
    return ranges


def wfm_ranges(plan: Plan) -> list[ChunkRange]:
    return chunk_ranges("wfm", len(plan.wfm_chunks()))
