"""Timing a ticket's contacts inside its window, and choosing who handles each.

A ticket's window runs from its first contact to the span's end or the channel's closing,
whichever comes first. Follow-ups come one after another: the customer's wait, the queue's
speed of answer, then the handling. The handler is the owner when they are on shift (most of
the time), else an agent on shift; the handle time follows the handler's skill and tenure.
When the window is short (a ticket that arrived late in the day), waits shrink first and
contacts are never shorter than their minimum, so everything ends inside the window.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS
from seeder.generate.distributions import truncated_lognormal
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.generate.staffing import handle_factor
from seeder.generate.tables.arrivals import EMAIL_UNIT_S, Arrivals
from seeder.generate.tables.interactions import (
    EMAIL,
    ContactPlan,
    Contacts,
    _least_handle_s,
    _least_wait_s,
)
from seeder.generate.tables.schedule import ANY, channel_window, pick_on_shift

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]


@dataclass(frozen=True)
class _Drawn:
    """Per contact, drawn before timing: what it would take with nothing in the way."""

    handle_min: Floats  # at the configured median, before the handler's factor
    least_handle_s: Ints
    wait_s: Ints  # speed of answer for follow-ups (0 for first contacts), whole units
    least_wait_s: Ints
    unit_s: Ints  # the wait's stored unit: 36 s for e-mail (hundredths of an hour), else 1 s
    gap_s: Ints  # the customer's own pause before a follow-up
    rest_least_s: Ints  # what the contacts after this one need at least


def place_contacts(
    rng: np.random.Generator,
    plan: Plan,
    planned: ContactPlan,
    arrivals: Arrivals,
    owner: Ints,
    skill_weights: Floats,
) -> Contacts:
    """Time every contact and choose its handler, position by position."""
    channel = _keep_open_channels(plan, planned, arrivals)
    drawn = _draw(rng, plan, planned, channel, arrivals, owner)
    k_total = len(planned.ticket)
    created = np.zeros(k_total, dtype=np.int64)
    handled = np.zeros(k_total, dtype=np.int64)
    handler = np.zeros(k_total, dtype=np.int64)
    tenths = np.zeros(k_total, dtype=np.int64)
    wait_s = drawn.wait_s.copy()
    owner_share = plan.config.params.owner_handles_share
    tix = planned.ticket
    for k in range(int(planned.position.max(initial=-1)) + 1):
        rows = np.flatnonzero(planned.position == k)
        t = tix[rows]
        if k == 0:
            start = arrivals.first_start[t]
        else:
            start, wait_s[rows] = _follow_up_start(
                handled[rows - 1], drawn, rows, arrivals.limit_end[t]
            )
        day = arrivals.work_day[t]
        second = start - plan.start_epoch_s - day * SECONDS_PER_DAY
        keep = plan.rota.on_shift(day, owner[t], second) & (
            (k == 0) | (rng.random(len(rows)) < owner_share)
        )
        others = pick_on_shift(rng, plan, day, second, np.full(len(rows), ANY), skill_weights)
        who = np.where(keep, owner[t], others)
        factor = handle_factor(plan.agents, plan.config.params, who, day)
        room = arrivals.limit_end[t] - start - drawn.rest_least_s[rows]
        least = drawn.least_handle_s[rows] // 6
        tenths[rows] = np.clip(np.floor(drawn.handle_min[rows] * factor * 10), least, room // 6)
        created[rows], handled[rows], handler[rows] = start, start + tenths[rows] * 6, who
    return _contacts(plan, planned, channel, arrivals, created, handled, handler, tenths, wait_s)


def _keep_open_channels(plan: Plan, planned: ContactPlan, arrivals: Arrivals) -> Ints:
    """A follow-up on a channel closed at some point of the window moves to the origin's."""
    t = planned.ticket
    day = arrivals.work_day[t]
    opens, closes = channel_window(plan, planned.channel, day)
    day_start = plan.start_epoch_s + day * SECONDS_PER_DAY
    covered = (day_start + opens <= arrivals.first_start[t]) & (
        arrivals.limit_end[t] <= day_start + closes
    )
    origin = planned.channel[planned.first[t]]
    channel: Ints = np.where(covered, planned.channel, origin)
    return channel


def _draw(
    rng: np.random.Generator,
    plan: Plan,
    planned: ContactPlan,
    channel: Ints,
    arrivals: Arrivals,
    owner: Ints,
) -> _Drawn:
    """Handle times, follow-up waits and the customer's pauses, as drawn."""
    params = plan.config.params
    k_total = len(channel)
    t = planned.ticket
    handle_min = np.zeros(k_total)
    wait_s = np.zeros(k_total, dtype=np.int64)
    least_handle = np.zeros(k_total, dtype=np.int64)
    least_wait = np.zeros(k_total, dtype=np.int64)
    day = arrivals.work_day[t]
    second = arrivals.first_start[t] - plan.start_epoch_s - day * SECONDS_PER_DAY
    load = plan.queue.soa_factor[day, plan.queue.interval_of(second)]
    for ch, name in enumerate(CHANNELS):
        sel = np.flatnonzero(channel == ch)
        handle_min[sel] = truncated_lognormal(rng, params.handle_time_minutes[name], len(sel))
        least_handle[sel] = _least_handle_s(params, ch)
        least_wait[sel] = _least_wait_s(params, ch)
        soa = truncated_lognormal(rng, params.speed_of_answer[name], len(sel), scale=load[sel])
        unit_s = EMAIL_UNIT_S if ch == EMAIL else 1
        per_unit = 100 if ch == EMAIL else 1
        wait_s[sel] = np.maximum(np.floor(soa * per_unit), least_wait[sel] // unit_s) * unit_s
    follow_up = planned.position > 0
    wait_s[~follow_up], least_wait[~follow_up] = 0, 0
    least = least_handle + least_wait
    rest = _suffix_sum(least, planned) - least
    busy = handle_min * 60 * handle_factor(plan.agents, params, owner[t], day) + wait_s
    budget = arrivals.limit_end - arrivals.first_start - np.bincount(t, busy, len(planned.first))
    weights = rng.exponential(1.0, k_total) * follow_up
    slack = rng.exponential(1.0, len(planned.first))
    share = weights / (np.bincount(t, weights, len(planned.first)) + slack)[t]
    gap = np.floor(np.maximum(budget[t], 0) * share).astype(np.int64)
    unit = np.where(channel == EMAIL, EMAIL_UNIT_S, 1).astype(np.int64)
    return _Drawn(handle_min, least_handle, wait_s, least_wait, unit, gap, rest)


def _suffix_sum(values: Ints, planned: ContactPlan) -> Ints:
    """Per contact: the sum of its ticket's values from this contact to the last."""
    running = np.cumsum(values[::-1])[::-1]
    last = np.append(planned.first[1:], len(values))  # one past each ticket's last contact
    after_ticket = np.append(running, 0)[last]
    suffix: Ints = running - after_ticket[planned.ticket]
    return suffix


def _follow_up_start(
    previous_handled: Ints, drawn: _Drawn, rows: Ints, limit_end: Ints
) -> tuple[Ints, Ints]:
    """(start, speed of answer) of follow-ups: pause and wait shrink to leave room for the rest."""
    latest = limit_end - drawn.rest_least_s[rows] - drawn.least_handle_s[rows]
    slack = np.maximum(latest - previous_handled, 0)
    wait = drawn.wait_s[rows]
    gap = np.clip(slack - wait, 0, drawn.gap_s[rows])
    unit = drawn.unit_s[rows]
    fitted = np.minimum(wait, (slack - gap) // unit * unit)
    wait = np.maximum(fitted, drawn.least_wait_s[rows])
    return previous_handled + gap + wait, wait


def _contacts(
    plan: Plan,
    planned: ContactPlan,
    channel: Ints,
    arrivals: Arrivals,
    created: Ints,
    handled: Ints,
    handler: Ints,
    tenths: Ints,
    wait_s: Ints,
) -> Contacts:
    t = planned.ticket
    first = planned.position == 0
    soa_s = np.where(first, 0, wait_s)
    soa_units = np.where(channel == EMAIL, soa_s // EMAIL_UNIT_S, soa_s)
    soa_units[first] = arrivals.soa_units[t[first]]
    soa_s = np.where(channel == EMAIL, soa_units * EMAIL_UNIT_S, soa_units)
    day = arrivals.work_day[t]
    day_start = plan.start_epoch_s + day * SECONDS_PER_DAY
    shift_end = day_start + plan.rota.end_min[day, handler].astype(np.int64) * 60
    ends = planned.first + np.bincount(t, minlength=len(planned.first)) - 1
    return Contacts(
        ticket=t,
        position=planned.position,
        channel=channel,
        created=created,
        handled=handled,
        day=day,
        handled_by=handler,
        handle_tenths=tenths,
        handle_s=tenths * 6,
        soa_s=soa_s,
        soa_hundredths=np.where(channel == EMAIL, soa_units, soa_units * 100),
        overtime_s=np.maximum(handled - shift_end, 0),
        last_handled=handled[ends],
    )
