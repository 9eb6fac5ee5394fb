"""plan -> chunks -> generate -> blocks, in load order (parents before children).

Every sink (COPY into PostgreSQL, a .sql dump, CSV files) consumes this one stream, so they
all hold exactly the same rows. Per ticket chunk the order is tickets, interactions, calls,
chats: each child row's parent is already written when the child is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from seeder.columns import Block
from seeder.config import RunConfig
from seeder.domain import TABLES
from seeder.generators.customers import generate_customers
from seeder.generators.people import build_people_pools
from seeder.generators.text import build_text_pools
from seeder.generators.tickets import IdOffsets, generate_ticket_chunk
from seeder.generators.users import generate_users
from seeder.generators.wfm import generate_wfm
from seeder.plan import Plan, build_plan


@dataclass(frozen=True)
class RowEstimate:
    """Rows per table: exact for users, customers, tickets and wfm; expected for the rest."""

    rows: dict[str, int]
    exact: frozenset[str]


def estimate_rows(plan: Plan) -> RowEstimate:
    """Expected row counts, for progress display before the data exists."""
    params = plan.config.params
    tickets = plan.config.tickets
    contacts = 0.0
    for name, cat in params.categories.items():
        contacts += cat.weight * (
            cat.fcr_rate
            + (1 - cat.fcr_rate) * (2 + max(0.0, params.non_fcr_mean_contacts(name) - 2))
        )
    interactions = round(tickets * contacts)
    phone = interactions * params.channels["phone"]
    chat = interactions * params.channels["chat"]
    calls_rate = params.abandonment["calls"].mean
    chats_rate = params.abandonment["chats"].mean
    rows = {
        "users": plan.agents.count,
        "customers": plan.config.customers,
        "tickets": tickets,
        "interactions": interactions,
        "calls": round(phone / (1 - calls_rate)),
        "chats": round(chat / (1 - chats_rate)),
        "wfm": plan.wfm_rows(),
    }
    return RowEstimate(
        {t: rows[t] for t in TABLES}, frozenset({"users", "customers", "tickets", "wfm"})
    )


def generate_blocks(plan: Plan) -> Iterator[Block]:
    """All rows of the run as blocks, parents first; memory is bounded by one chunk.

    The LEADING_TABLES come first and whole: loads finish them early (seeder.load).
    """
    config = plan.config
    people = build_people_pools(config.seed)
    text = build_text_pools()
    yield generate_users(plan, people)
    for index, first, count in plan.customer_chunks():
        yield generate_customers(plan, people, index, first, count)
    handle_seconds = np.zeros(plan.agents.count * plan.days, dtype=np.int64)
    offsets = IdOffsets()
    for chunk in plan.ticket_chunks:
        result = generate_ticket_chunk(plan, text, chunk, offsets)
        cell = result.handle_time.agent * plan.days + result.handle_time.day
        handle_seconds += np.bincount(
            cell, weights=result.handle_time.seconds, minlength=len(handle_seconds)
        ).astype(np.int64)
        yield result.tickets
        yield result.interactions
        yield result.calls
        yield result.chats
        offsets = offsets.advance(result)
    per_agent_day = handle_seconds.reshape(plan.agents.count, plan.days)
    for index, first, count in plan.wfm_chunks():
        yield generate_wfm(plan, index, first, count, per_agent_day)


def iter_batches(block: Block, batch_rows: int) -> Iterator[Block]:
    """Slices of at most batch_rows rows: the I/O unit, which never changes the bytes."""
    for start in range(0, block.rows, batch_rows):
        yield block.slice(start, min(block.rows, start + batch_rows))


def plan_run(config: RunConfig) -> Plan:
    """Build (and so validate) the plan for a configuration."""
    return build_plan(config)
