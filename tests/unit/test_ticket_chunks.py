"""Ticket chunks: whole days, a new one each time tickets_per_chunk more tickets begin; bigger
in a big run, where a chunk's fixed cost (its contacts placed position by position) adds up."""

from __future__ import annotations

import pytest

from seeder.config import build_run_config
from seeder.generate.plan import (
    MOST_TICKETS_PER_CHUNK,
    TICKETS_PER_CHUNK,
    build_plan,
    tickets_per_chunk,
)


def test_a_chunk_grows_with_the_run_between_its_bounds() -> None:
    sizes = [tickets_per_chunk(n) for n in (500, 20_000, 500_000, 600_000, 1_000_000, 10**7)]
    assert sizes == [TICKETS_PER_CHUNK] * 3 + [4_800] + [MOST_TICKETS_PER_CHUNK] * 2


@pytest.mark.parametrize("tickets", [20_000, 1_000_000])
def test_chunks_are_whole_days_starting_every_chunk_of_tickets(tickets: int) -> None:
    plan = build_plan(build_run_config(tickets=tickets))
    chunks, size = plan.ticket_chunks, tickets_per_chunk(tickets)
    assert [c.day_start for c in chunks[1:]] == [c.day_stop for c in chunks[:-1]]
    assert [c.first_ticket for c in chunks[1:]] == [c.first_ticket + c.tickets for c in chunks[:-1]]
    assert sum(c.tickets for c in chunks) == tickets
    # Each chunk starts on the day the next multiple of `size` tickets is reached.
    assert [c.first_ticket // size for c in chunks] == list(range(len(chunks)))
    assert len(chunks) == -(-tickets // size)
