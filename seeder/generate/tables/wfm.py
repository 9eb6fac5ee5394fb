"""Daily workforce-management time per agent, consistent with their shifts and their work.

Scheduled time is the rostered shift; paid time adds the overtime of contacts that ran past
its end. Available time is the shift less shrinkage (breaks, meetings, coaching), nothing on
a day of absence. Interactions time is handle time plus after-contact work plus the case
work the agent did that day (seeder.generate.case_work shares it out, under each day's
occupancy ceiling).
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
Bools = NDArray[np.bool_]
Seconds = NDArray[np.signedinteger[Any]]  # int32 in the run's totals, int64 in a WFM task


@dataclass(frozen=True)
class AgentDays:
    """Per [agent, day], summed over every ticket chunk: the work WFM accounts for."""

    handle_s: Seconds
    overtime_s: Seconds  # the longest run past the shift's end
    case_s: Seconds  # case work done, as seeder.generate.case_work shared the queue out

    def agents(self, first: int, count: int) -> AgentDays:
        """The rows of agents [first, first + count): what one WFM task needs and carries."""
        rows = slice(first, first + count)
        return AgentDays(
            self.handle_s[rows].astype(np.int64),
            self.overtime_s[rows].astype(np.int64),
            self.case_s[rows].astype(np.int64),
        )


@dataclass(frozen=True)
class DayTime:
    """One WFM chunk's rows (agent, day): the shift and the time in it, before case work."""

    agent: Ints
    day: Ints
    working: Bools
    present: Bools
    start_min: Ints
    end_min: Ints
    scheduled: Ints
    available: Ints
    contact_min: Ints  # handle time and after-contact work
    case_room_s: Ints  # case work that fits under the day's occupancy ceiling


def day_time(
    plan: Plan, rng: np.random.Generator, first: int, count: int, handle: Seconds
) -> DayTime:
    """The time of agents [first, first + count) on each of their days, drawn from `rng` (the
    chunk's own, so WFM and the case work's sharing draw the same); `handle` is those agents'
    handle seconds per [agent, day], their rows only."""
    params = plan.config.params
    rota = plan.rota
    agent, day = _rows(plan, first, count)
    n = len(day)
    working, present = rota.working(day, agent), rota.present(day, agent)
    start_min, end_min = rota.shift_minutes(day, agent)
    scheduled = np.where(working, end_min - start_min, 0)
    shrinkage = truncated_normal_dist(rng, params.shrinkage, n)
    available = np.where(present, np.round(scheduled * (1 - shrinkage)).astype(np.int64), 0)
    acw = rng.uniform(params.after_contact_work_share.min, params.after_contact_work_share.max, n)
    ceiling = rng.uniform(params.occupancy_ceiling.min, params.occupancy_ceiling.max, n)
    handle_s = handle[agent - first, day]
    handle_min = -(-handle_s // 60)
    contact_min = np.ceil(handle_s / 60.0 * (1 + acw)).astype(np.int64)
    # A very busy day (chats overlap) first uses up the breaks, then the after-contact work;
    # only handle time beyond the whole shift stretches it, rather than hiding work.
    busy = np.maximum(np.minimum(contact_min, scheduled), handle_min)
    available = np.where(present, np.maximum(available, busy), 0)
    contact_min = np.minimum(contact_min, np.maximum(available, handle_min))
    scheduled = np.maximum(scheduled, available)
    room_min = np.floor(available * ceiling).astype(np.int64) - contact_min
    case_room_s = np.maximum(room_min, 0) * 60
    return DayTime(
        agent,
        day,
        working,
        present,
        start_min,
        end_min,
        scheduled,
        available,
        contact_min,
        case_room_s,
    )


def generate_wfm(plan: Plan, chunk: int, first: int, count: int, time: AgentDays) -> Block:
    """Rows for agents [first, first + count), each day from their first day to the range end.

    `time` holds those agents' rows only (AgentDays.agents), with the case work they did.
    """
    params = plan.config.params
    rng = chunk_rng(plan.config.seed, "wfm", chunk)
    t = day_time(plan, rng, first, count, time.handle_s)
    local = t.agent - first
    overtime = -(-time.overtime_s[local, t.day] // 60)  # whole minutes, rounded up
    case_done_s = time.case_s[local, t.day]
    interactions = np.ceil(t.contact_min + case_done_s / 60.0).astype(np.int64)
    idle = t.available - interactions
    other = rng.uniform(
        params.other_productive_share.min, params.other_productive_share.max, idle.size
    )
    productive = interactions + np.floor(idle * other).astype(np.int64)
    day_start_s = plan.start_epoch_s + t.day * SECONDS_PER_DAY
    return Block(
        "wfm",
        (
            Column("date", Kind.DATE, (plan.config.start - EPOCH).days + t.day),
            Column("user_id", Kind.INT, t.agent + 1),
            Column("paid_time", Kind.INT, t.scheduled + overtime),
            Column("scheduled_time", Kind.INT, t.scheduled),
            Column("available_time", Kind.INT, t.available),
            Column("interactions_time", Kind.INT, interactions),
            Column("productive_time", Kind.INT, np.where(t.present, productive, 0)),
            Column("shift_start", Kind.TIMESTAMP, day_start_s + t.start_min * 60, ~t.working),
            Column("shift_end", Kind.TIMESTAMP, day_start_s + t.end_min * 60, ~t.working),
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
