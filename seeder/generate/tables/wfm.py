"""Daily workforce-management time per agent, consistent with the interactions they handled."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from seeder.encode.blocks import Block, Column, Kind
from seeder.generate.distributions import truncated_normal_dist
from seeder.generate.plan import EPOCH, Plan
from seeder.generate.rng import chunk_rng
from seeder.generate.staffing import FULL_SHIFT_MINUTES


def generate_wfm(
    plan: Plan, chunk: int, first: int, count: int, handle_seconds: NDArray[np.int64]
) -> Block:
    """Rows for agents [first, first + count), each day from their first day to the range end.

    handle_seconds[agent, day] is the handle time the agent's interactions took that day
    (summed over all ticket chunks); interactions_time covers it plus after-contact work.
    """
    params = plan.config.params
    rng = chunk_rng(plan.config.seed, "wfm", chunk)
    agents = plan.agents
    agent_ids = np.arange(first, first + count, dtype=np.int64)
    first_day = np.maximum(agents.start_day[agent_ids], 0)
    lengths = np.maximum(plan.days - first_day, 0)
    agent = np.repeat(agent_ids, lengths)
    starts = np.cumsum(lengths) - lengths
    day = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(starts, lengths)
    day = day + np.repeat(first_day, lengths)
    n = len(day)

    on_shift = plan.working[day, agent]
    scheduled = np.where(on_shift, FULL_SHIFT_MINUTES * agents.fte_hundredths[agent] // 100, 0)
    shrinkage = truncated_normal_dist(rng, params.shrinkage, n)
    available = np.round(scheduled * (1 - shrinkage)).astype(np.int64)
    handled_minutes = handle_seconds[agent, day] / 60.0
    acw = rng.uniform(params.after_contact_work_share.min, params.after_contact_work_share.max, n)
    interactions = np.ceil(handled_minutes * (1 + acw)).astype(np.int64)
    # A very busy day stretches availability (and at worst the shift) rather than hiding work.
    available = np.maximum(available, interactions)
    scheduled = np.maximum(scheduled, available)
    other = rng.uniform(params.other_productive_share.min, params.other_productive_share.max, n)
    productive = interactions + np.floor((available - interactions) * other).astype(np.int64)
    productive = np.where(on_shift, productive, interactions)
    start_epoch_day = (plan.config.start - EPOCH).days
    return Block(
        "wfm",
        (
            Column("date", Kind.DATE, start_epoch_day + day),
            Column("user_id", Kind.INT, agent + 1),
            Column("paid_time", Kind.INT, scheduled),
            Column("scheduled_time", Kind.INT, scheduled),
            Column("available_time", Kind.INT, available),
            Column("interactions_time", Kind.INT, interactions),
            Column("productive_time", Kind.INT, productive),
        ),
    )
