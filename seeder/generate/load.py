"""Workload and queues: how much work a ticket brings, and how busy each interval is.

Per interval of `interval_minutes`, the offered work (the day's tickets spread along the
arrival curve, times the agent-seconds a ticket takes) is divided by the capacity of the
agents present and on shift: the interval's load u. Waits grow as in an Erlang queue,
u / (1 - u), damped and normalised so the configured speed of answer stays the median.
Abandonment is the mean wait over the customers' mean patience (linear, as Brown et al.
2005 measured; the shape of Erlang-A), with patience calibrated so the configured mean holds.
Both are what the planned agents (RunConfig.planned_agents) deliver: fewer agents keep the
contacts' queues busier, so every wait is longer by the staffing level and more customers
give up; more agents, the reverse.
Everything is computed once per run from the plan's counts, so every chunk agrees.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS, SYMPTOM_CATEGORIES
from seeder.generate.rota import MINUTES_PER_DAY, Rota
from seeder.generate.staffing import BLOCK_DAYS
from seeder.params import Params, Range

Floats = NDArray[np.float64]
MAX_LOAD = 0.95  # an interval above this waits as long as one at it: the queue is saturated
WAIT_DAMPING = 0.5  # waits follow (u / (1 - u)) ** damping: contacts also spill over intervals
SOA_FACTOR_BOUNDS = (0.4, 4.0)  # a quiet queue still takes a few seconds to answer
MAX_CASE_SCALE = 4.0  # case work is never more than four times its configured minutes
MAX_ABANDONMENT = 0.5


@dataclass(frozen=True)
class QueueLoad:
    """Per [day, interval]: the multiplier on the speed-of-answer median, and abandonment."""

    interval_s: int
    soa_factor: Floats
    abandonment: dict[str, Floats]  # "calls", "chats": probability a queued contact gives up
    staffing_level: float  # every wait's multiplier for the agents given (staffing_level)

    def interval_of(self, second_of_day: NDArray[np.int64]) -> NDArray[np.int64]:
        """The interval index of each second of the day."""
        index: NDArray[np.int64] = second_of_day // self.interval_s
        return index


def mean_of(dist: Range) -> float:
    """The mean of a log-normal Range, ignoring its truncation (used for expectations only)."""
    return float(dist.median * np.exp(dist.sigma**2 / 2))


def contact_seconds_per_ticket(params: Params) -> float:
    """Expected handle seconds of one ticket's contacts, after-contact work included."""
    contacts = sum(
        c.weight * (c.fcr_rate + (1 - c.fcr_rate) * params.non_fcr_mean_contacts(k))
        for k, c in params.categories.items()
    )
    handle_min = sum(
        params.channels[ch] * mean_of(params.handle_time_minutes[ch]) for ch in CHANNELS
    )
    acw = (params.after_contact_work_share.min + params.after_contact_work_share.max) / 2
    return contacts * handle_min * 60 * (1 + acw)


def contacts_busy(params: Params, tickets: int, available_s: float) -> float:
    """The share of the available seconds the tickets' contacts alone fill.

    A ticket's contacts count at most its span: they follow each other within it, whatever
    their draws' tails.
    """
    per_ticket_s = min(contact_seconds_per_ticket(params), params.max_interaction_span_hours * 3600)
    return tickets * per_ticket_s / max(available_s, 1.0)


def staffing_level(busy: float, agents: int, planned_agents: int) -> float:
    """How many times longer than planned every queue waits with `agents` instead of
    `planned_agents`, the contacts keeping the agents `busy`.

    An interval's law (Erlang's u / (1 - u), damped) at the contacts' occupancy with the
    agents given, over the same with the planned ones (present time grows about in
    proportion to the agents). 1 at the planned agents.
    """
    if agents == planned_agents or busy <= 0:
        return 1.0
    planned_busy = busy * agents / planned_agents
    return float((_erlang_wait(busy) / _erlang_wait(planned_busy)) ** WAIT_DAMPING)


def _erlang_wait(load: float) -> float:
    saturated = min(load, MAX_LOAD)
    return saturated / (1 - saturated)


def case_work_scale(params: Params, tickets: int, present_minutes: int) -> float:
    """The factor on case_work_minutes that brings expected occupancy to target_occupancy.

    present_minutes: the rostered minutes of every day an agent is present (Rota), which
    count as available.
    """
    available_s = float(present_minutes) * 60 * (1 - params.shrinkage.mean)
    base_case_s = 60 * sum(
        params.categories[c].weight * params.case_work_minutes[c] for c in SYMPTOM_CATEGORIES
    )
    missing = params.target_occupancy * available_s - tickets * contact_seconds_per_ticket(params)
    if base_case_s <= 0 or tickets == 0:
        return 0.0
    return float(np.clip(missing / (tickets * base_case_s), 0.0, MAX_CASE_SCALE))


def queue_load(
    params: Params,
    rota: Rota,
    tickets_per_day: NDArray[np.int64],
    arrival_cdf: Floats,
    work_s: float,
    level: float = 1.0,
) -> QueueLoad:
    """Each interval's load, the waits it causes and the abandonment those waits cause.

    level: staffing_level, on every interval's wait. Customers' patience is what makes the
    planned agents' waits give the configured abandonment, so more of them give up on longer
    waits (as many times more, below MAX_ABANDONMENT).
    """
    interval_s = params.interval_minutes * 60
    staff = _staff_per_interval(rota, params.interval_minutes)
    share = _arrival_share(rota, arrival_cdf, interval_s)
    arrivals = tickets_per_day[:, None] * share
    capacity = staff * interval_s * (1 - params.shrinkage.mean)
    load = np.where(capacity > 0, arrivals * work_s / np.maximum(capacity, 1e-9), MAX_LOAD)
    load = np.minimum(load, MAX_LOAD)
    waits = (load / (1 - load)) ** WAIT_DAMPING
    factor = _normalised(waits, arrivals)
    planned = {
        table: _calibrated_abandonment(params, table, factor, arrivals)
        for table in ("calls", "chats")
    }
    abandonment = {
        table: np.minimum(rate * level, MAX_ABANDONMENT) for table, rate in planned.items()
    }
    return QueueLoad(interval_s, factor * level, abandonment, level)


def _staff_per_interval(rota: Rota, interval_minutes: int) -> Floats:
    """Agents present and on shift, averaged over each interval, per [day, interval]."""
    staff = np.zeros((rota.days, MINUTES_PER_DAY // interval_minutes), dtype=np.float64)
    for first in range(0, rota.days, BLOCK_DAYS):
        block = slice(first, first + BLOCK_DAYS)
        day, agent = np.nonzero(rota.present(block))
        start, end = rota.shift_minutes(first + day, agent)
        change = np.zeros((len(staff[block]), MINUTES_PER_DAY + 1), dtype=np.int32)
        np.add.at(change, (day, start), 1)
        np.add.at(change, (day, end), -1)
        on_shift = np.cumsum(change, axis=1, dtype=np.int32)[:, :MINUTES_PER_DAY]
        staff[block] = on_shift.reshape(len(on_shift), -1, interval_minutes).mean(axis=2)
    return staff


def _arrival_share(rota: Rota, arrival_cdf: Floats, interval_s: int) -> Floats:
    """The share of a day's contacts arriving in each interval: the curve within staffed hours."""
    edges_h = np.arange(0, 86_400 + interval_s, interval_s) / 3600.0
    hours = np.arange(25, dtype=np.float64)
    open_h = rota.staffed_open_s[:, None] / 3600.0
    close_h = rota.staffed_close_s[:, None] / 3600.0
    clipped = np.clip(edges_h[None, :], open_h, close_h)
    cdf = np.interp(clipped, hours, arrival_cdf)
    mass = np.diff(cdf, axis=1)
    total = mass.sum(axis=1, keepdims=True)
    share: Floats = np.where(total > 0, mass / np.where(total > 0, total, 1.0), 0.0)
    return share


def _normalised(waits: Floats, arrivals: Floats) -> Floats:
    """Wait factors whose arrival-weighted geometric mean is 1, within SOA_FACTOR_BOUNDS.

    A geometric mean of 1 keeps the median speed of answer at its configured value.
    """
    weight = arrivals.sum()
    if weight <= 0:
        return np.ones_like(waits)
    log_waits = np.log(np.maximum(waits, 1e-12))
    centred = log_waits - (log_waits * arrivals).sum() / weight
    factor = np.clip(np.exp(centred), *SOA_FACTOR_BOUNDS)
    log_factor = np.log(factor)
    normalised: Floats = np.exp(log_factor - (log_factor * arrivals).sum() / weight)
    return normalised


def _calibrated_abandonment(params: Params, table: str, factor: Floats, arrivals: Floats) -> Floats:
    """mean wait / patience per interval, patience solved so that the arrival mean of the
    rates (capped at MAX_ABANDONMENT) is the target; returned uncapped."""
    channel = "phone" if table == "calls" else "chat"
    mean_wait = mean_of(params.speed_of_answer[channel]) * factor
    target = params.abandonment[table].mean
    weight = arrivals.sum()
    if target <= 0 or weight <= 0:
        return np.zeros_like(factor)

    def achieved(patience: float) -> float:
        rate = np.minimum(mean_wait / patience, MAX_ABANDONMENT)
        return float((rate * arrivals).sum() / weight)

    low, high = 1e-6, 1e12
    for _ in range(200):
        mid = (low * high) ** 0.5
        low, high = (low, mid) if achieved(mid) < target else (mid, high)
    rate: Floats = mean_wait / ((low * high) ** 0.5)
    return rate
