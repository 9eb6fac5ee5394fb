"""Daily workforce-management time per agent, consistent with their shifts and their work.

Scheduled time is the rostered shift; paid time adds the overtime of contacts that ran past
its end. Available time is the shift less shrinkage (breaks, meetings, coaching), nothing on
a day of absence. Interactions time is handle time plus after-contact work plus the case
work of the tickets the agent owns; case work that does not fit in a day's spare available
time waits for the agent's next present day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from seeder.encode.blocks import Block, Column, Kind
from seeder.generate.distributions import truncated_normal_dist
from seeder.generate.plan import EPOCH, SECONDS_PER_DAY, Plan
from seeder.generate.rng import chunk_rng

Ints = NDArray[np.int64]
Seconds = NDArray[np.signedinteger[Any]]  # int32 in the run's totals, int64 in a WFM task


@dataclass(frozen=True)
class AgentDays:
    """Per [agent, day], summed over every ticket chunk: the work WFM accounts for."""

    handle_s: Seconds
    overtime_s: Seconds  # the longest run past the shift's end
    case_s: Seconds  # case work that arrived that day (the owner's day of first contact)

    def agents(self, first: int, count: int) -> AgentDays:
        """The rows of agents [first, first + count): what one WFM task needs and carries."""
        rows = slice(first, first + count)
        return AgentDays(
            self.handle_s[rows].astype(np.int64),
            self.overtime_s[rows].astype(np.int64),
            self.case_s[rows].astype(np.int64),
        )


def generate_wfm(plan: Plan, chunk: int, first: int, count: int, time: AgentDays) -> Block:
    """Rows for agents [first, first + count), each day from their first day to the range end.

    `time` holds those agents' rows only (AgentDays.agents).
    """
    params = plan.config.params
    rng = chunk_rng(plan.config.seed, "wfm", chunk)
    rota = plan.rota
    agent, day = _rows(plan, first, count)
    n = len(day)
    working, present = rota.working(day, agent), rota.present(day, agent)
    start_min, end_min = rota.shift_minutes(day, agent)
    scheduled = np.where(working, end_min - start_min, 0)
    local = agent - first
    overtime = -(-time.overtime_s[local, day] // 60)  # whole minutes, rounded up
    shrinkage = truncated_normal_dist(rng, params.shrinkage, n)
    available = np.where(present, np.round(scheduled * (1 - shrinkage)).astype(np.int64), 0)
    acw = rng.uniform(params.after_contact_work_share.min, params.after_contact_work_share.max, n)
    handle_min = -(-time.handle_s[local, day] // 60)
    contact_min = np.ceil(time.handle_s[local, day] / 60.0 * (1 + acw)).astype(np.int64)
    # A very busy day (chats overlap) first uses up the breaks, then the after-contact work;
    # only handle time beyond the whole shift stretches it, rather than hiding work.
    busy = np.maximum(np.minimum(contact_min, scheduled), handle_min)
    available = np.where(present, np.maximum(available, busy), 0)
    contact_min = np.minimum(contact_min, np.maximum(available, handle_min))
    scheduled = np.maximum(scheduled, available)
    room_s = (available - contact_min) * 60
    case_done_s = _case_work_done(local, day, room_s, time.case_s[local, day], count)
    interactions = np.ceil(contact_min + case_done_s / 60.0).astype(np.int64)
    other = rng.uniform(params.other_productive_share.min, params.other_productive_share.max, n)
    productive = interactions + np.floor((available - interactions) * other).astype(np.int64)
    day_start_s = plan.start_epoch_s + day * SECONDS_PER_DAY
    return Block(
        "wfm",
        (
            Column("date", Kind.DATE, (plan.config.start - EPOCH).days + day),
            Column("user_id", Kind.INT, agent + 1),
            Column("paid_time", Kind.INT, scheduled + overtime),
            Column("scheduled_time", Kind.INT, scheduled),
            Column("available_time", Kind.INT, available),
            Column("interactions_time", Kind.INT, interactions),
            Column("productive_time", Kind.INT, np.where(present, productive, 0)),
            Column("shift_start", Kind.TIMESTAMP, day_start_s + start_min * 60, ~working),
            Column("shift_end", Kind.TIMESTAMP, day_start_s + end_min * 60, ~working),
        ),
    )


def _rows(plan: Plan, first: int, count: int) -> tuple[Ints, Ints]:
    """(agent, day) per row: agent by agent, each from their first day to the range end."""
    agent_ids = np.arange(first, first + count, dtype=np.int64)
    first_day = np.maximum(plan.agents.start_day[agent_ids], 0)
    lengths = np.maximum(plan.days - first_day, 0)
    agent = np.repeat(agent_ids, lengths)
    starts = np.cumsum(lengths) - lengths
    day = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(starts, lengths)
    return agent, day + np.repeat(first_day, lengths)


def _case_work_done(
    local_agent: Ints, day: Ints, room_s: Ints, arrived_s: Ints, count: int
) -> Ints:
    """Case seconds done per row: what arrived plus what was left, up to the day's room."""
    days = int(day.max(initial=-1)) + 1
    room = np.zeros((days, count), dtype=np.int64)
    arrived = np.zeros((days, count), dtype=np.int64)
    room[day, local_agent] = np.maximum(room_s, 0)
    arrived[day, local_agent] = arrived_s
    done = np.zeros((days, count), dtype=np.int64)
    left = np.zeros(count, dtype=np.int64)
    for d in range(days):
        left += arrived[d]
        done[d] = np.minimum(left, room[d])
        left -= done[d]
    done_s: Ints = done[day, local_agent]
    return done_s
