"""The users table (agents): names from the company's countries, FTE, start date, pay."""

from __future__ import annotations

import numpy as np

from seeder.domain import AGENT_POSITION, AGENT_STATUS, COUNTRIES
from seeder.encode.blocks import Block, Column, Kind
from seeder.generate.distributions import pick_weighted
from seeder.generate.plan import EPOCH, Plan
from seeder.generate.rng import chunk_rng
from seeder.generate.tables.people import PeoplePools, pick_names


def generate_users(plan: Plan, pools: PeoplePools) -> Block:
    """All agents in one block (a few hundred rows at most)."""
    agents = plan.agents
    n = agents.count
    rng = chunk_rng(plan.config.seed, "user_names")
    params = plan.config.params
    country = pick_weighted(rng, [params.countries[c] for c in COUNTRIES], n)
    first_name, last_name, _, _ = pick_names(rng, pools, country)
    start_epoch_day = (plan.config.start - EPOCH).days
    return Block(
        "users",
        (
            Column("id", Kind.INT, np.arange(1, n + 1, dtype=np.int64)),
            Column("first_name", Kind.TEXT, first_name),
            Column("last_name", Kind.TEXT, last_name),
            Column("fte", Kind.DEC2, agents.fte_hundredths),
            Column("position", Kind.TEXT, np.full(n, AGENT_POSITION, dtype=first_name.dtype)),
            Column("start_date", Kind.DATE, start_epoch_day + agents.start_day),
            Column("status", Kind.TEXT, np.full(n, AGENT_STATUS, dtype=first_name.dtype)),
            Column("hourly_rate_eur", Kind.DEC2, agents.hourly_rate_cents),
        ),
    )
