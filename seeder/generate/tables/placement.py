"""Timing a ticket's contacts inside its window, and choosing who handles each.

A ticket's window runs from its first contact to the span's end or the channel's closing,
whichever comes first. Follow-ups come one after another: the customer's wait, the queue's
speed of answer, then the handling. The handler is the owner when they are on shift (most of
the time), else an agent on shift; the handle time follows the handler's skill and tenure.
An agent works one call or e-mail at a time, and chats only between them (booking.py).
When the window is short (a ticket that arrived late in the day), waits shrink first and
contacts are never shorter than their minimum, so everything ends inside the window.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS
from seeder.generate.distributions import (
    truncated_lognormal,
    truncated_lognormal_at,
    truncated_normal_at,
)
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.generate.staffing import handle_factor
from seeder.generate.tables.arrivals import EMAIL_UNIT_S, Arrivals
from seeder.generate.tables.booking import Choice, Slot, book_one_at_a_time
from seeder.generate.tables.contact_book import ContactBook
from seeder.generate.tables.interactions import (
    EMAIL,
    ContactPlan,
    Contacts,
    least_handle_s,
    least_wait_s,
)
from seeder.generate.tables.schedule import ANY, ShiftGroups, channel_window, pick_on_shift

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]
Bools = NDArray[np.bool_]


@dataclass(frozen=True)
class _Drawn:
    """Per contact, drawn before timing: what it would take with nothing in the way."""

    handle_u: Floats  # the uniform draw behind each handle time, whoever handles it
    handle_min: Floats  # at the configured median, before the handler's factor
    least_handle_s: Ints
    wait_s: Ints  # speed of answer for follow-ups (0 for first contacts), whole units
    least_wait_s: Ints
    unit_s: Ints  # the wait's stored unit: 36 s for e-mail (hundredths of an hour), else 1 s
    gap_s: Ints  # the customer's own pause before a follow-up
    rest_least_s: Ints  # what the contacts after this one need at least
    share_min: Floats  # the most handle time a contact of its ticket may take


def place_contacts(
    rng: np.random.Generator,
    plan: Plan,
    planned: ContactPlan,
    arrivals: Arrivals,
    owner: Ints,
    groups: ShiftGroups,
    *,
    owner_class: Ints,
    handle_scale: Floats,
) -> Contacts:
    """Time every contact and choose its handler, position by position.

    `owner` and `owner_class` are per ticket: the agent drawn to own it, and the weight class
    they were drawn with (how the ticket went). An agent works one call or e-mail at a time,
    and chats only between them (booking.book_one_at_a_time); whoever takes a ticket's
    first contact owns it (Contacts.owner).
    handle_scale is per ticket: a scenario event's factor on its tickets' handle times.
    """
    channel = _keep_open_channels(plan, planned, arrivals)
    drawn = _draw(rng, plan, planned, channel, arrivals, owner, handle_scale)
    k_total = len(planned.ticket)
    created = np.zeros(k_total, dtype=np.int64)
    handled = np.zeros(k_total, dtype=np.int64)
    handler = np.zeros(k_total, dtype=np.int64)
    tenths = np.zeros(k_total, dtype=np.int64)
    wait_s = drawn.wait_s.copy()
    owner_share = plan.config.params.owner_handles_share
    tix = planned.ticket
    owner = owner.copy()  # whoever takes a ticket's first contact owns it
    span_end = arrivals.first_start + round(plan.config.params.max_interaction_span_hours * 3600)
    longest_answer_s = _longest_answer_s(plan)[channel]
    first_waited = np.zeros(len(owner), dtype=np.int64)  # for a busy agent, on top of arrival's
    book = ContactBook(plan.start_epoch_s)
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
        room = arrivals.limit_end[t] - start - drawn.rest_least_s[rows]
        # A ticket's last call may wait past the closing (it starts before), within the span.
        # A first call's or chat's customer waits on the line, never past the longest speed of
        # answer; a follow-up's customer calls a little later instead (their pause grows, not
        # the wait). An e-mail's latest start is the booking's (booking._email_latest_start).
        ends_by = np.where(drawn.rest_least_s[rows] == 0, span_end[t], start + room)
        longest_wait_s = longest_answer_s[rows] - arrivals.soa_units[t]
        starts_by = start + longest_wait_s if k == 0 else ends_by
        slot = Slot(rows, day, second, room, (ends_by, starts_by))
        keep = plan.rota.on_shift(day, owner[t], second) & (
            (k == 0) | (rng.random(len(rows)) < owner_share)
        )
        who = owner[t]
        other = np.flatnonzero(~keep)
        who[other] = pick_on_shift(rng, groups, day[other], second[other], np.full(len(other), ANY))
        weight_class = owner_class[t] if k == 0 else np.full(len(rows), ANY)
        took = _handle_tenths(plan, drawn, channel, slot, who, handle_scale[t])
        choice = Choice(rng, groups, weight_class)
        placed = (start, took, who)
        waited = book_one_at_a_time(
            plan, drawn.least_handle_s, book, choice, slot, channel[rows], placed, wait_s[rows]
        )
        if k == 0:
            owner[t], first_waited[t] = who, waited
        else:
            # An e-mail's wait in its handler's queue is its speed of answer; a follow-up's
            # caller who waited for a busy line called later (their pause grows).
            wait_s[rows] += np.where(channel[rows] == EMAIL, waited, 0)
        tenths[rows] = took
        created[rows], handled[rows], handler[rows] = start, start + took * 6, who
    timing = (created, handled, handler, tenths, wait_s)
    return _contacts(plan, planned, channel, arrivals, timing, (owner, first_waited))


def _handle_tenths(
    plan: Plan, drawn: _Drawn, channels: Ints, slot: Slot, who: Ints, event_scale: Floats
) -> Ints:
    """Handle time in tenths of a minute of the slot's contacts when `who` handle them: the
    channel's distribution at the handler's pace (times the ticket's event factor), truncated
    (not clipped) to the room the ticket's window leaves."""
    params = plan.config.params
    rows, room_s = slot.rows, slot.room_s
    dists = [params.handle_time_minutes[name] for name in CHANNELS]
    median, sigma, low, high = (
        np.array([getattr(d, key) for d in dists])[channels[rows]]
        for key in ("median", "sigma", "min", "max")
    )
    scale = handle_factor(plan.agents, params, who, slot.day) * event_scale
    high = np.maximum(np.minimum(high, np.minimum(room_s / 60.0, drawn.share_min[rows])), low)
    log_minutes = truncated_normal_at(
        drawn.handle_u[rows], np.log(median * scale), sigma, np.log(low), np.log(high)
    )
    least = drawn.least_handle_s[rows] // 6
    tenths = np.floor(np.exp(log_minutes) * 10).astype(np.int64)
    handled: Ints = np.clip(tenths, least, np.maximum(room_s // 6, least))
    return handled


def _longest_answer_s(plan: Plan) -> Ints:
    """Per channel, speed of answer's maximum in seconds."""
    soa = plan.config.params.speed_of_answer
    hours = {name: 3600 if name == "email" else 1 for name in CHANNELS}  # e-mail's is in hours
    longest: Ints = np.array([np.floor(soa[name].max * hours[name]) for name in CHANNELS])
    return longest.astype(np.int64)


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
    handle_scale: Floats,
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
    window_s = (arrivals.limit_end - arrivals.first_start)[t]
    # Handling gets at most half the window, shared between the ticket's contacts.
    share_min = window_s / (2.0 * np.bincount(t)[t]) / 60.0
    handle_u = rng.random(k_total)
    for ch, name in enumerate(CHANNELS):
        sel = np.flatnonzero(channel == ch)
        handle_min[sel] = truncated_lognormal_at(
            handle_u[sel], params.handle_time_minutes[name], high=share_min[sel]
        )
        least_handle[sel] = least_handle_s(params, ch)
        least_wait[sel] = least_wait_s(params, ch)
        soa = truncated_lognormal(rng, params.speed_of_answer[name], len(sel), scale=load[sel])
        unit_s = EMAIL_UNIT_S if ch == EMAIL else 1
        per_unit = 100 if ch == EMAIL else 1
        wait_s[sel] = np.maximum(np.floor(soa * per_unit), least_wait[sel] // unit_s) * unit_s
    follow_up = planned.position > 0
    wait_s[~follow_up], least_wait[~follow_up] = 0, 0
    unit = np.where(channel == EMAIL, EMAIL_UNIT_S, 1).astype(np.int64)
    handle_s = handle_min * 60 * handle_factor(plan.agents, params, owner[t], day) * handle_scale[t]
    wait_s = _shorten_waits(wait_s, least_wait, unit, handle_s, planned, window_s)
    gap = _pauses(rng, planned, wait_s + handle_s, window_s)
    least = least_handle + least_wait
    rest = _suffix_sum(least, planned) - least
    return _Drawn(
        handle_u, handle_min, least_handle, wait_s, least_wait, unit, gap, rest, share_min
    )


def _shorten_waits(
    wait_s: Ints,
    least_s: Ints,
    unit_s: Ints,
    handle_s: Floats,
    planned: ContactPlan,
    window_s: Ints,
) -> Ints:
    """Waits as drawn; only a ticket whose contacts would overrun its window has its waits
    shortened, the part above their minimum, in proportion."""
    t, tickets = planned.ticket, len(planned.first)
    excess = np.bincount(t, wait_s + handle_s, tickets)[t] - window_s
    room = np.bincount(t, wait_s - least_s, tickets)[t]
    keep = np.clip(1 - excess / np.maximum(room, 1), 0, 1)
    shortened = least_s + np.floor((wait_s - least_s) * keep / unit_s).astype(np.int64) * unit_s
    fitted: Ints = np.where(excess > 0, shortened, wait_s)
    return fitted


def _pauses(rng: np.random.Generator, planned: ContactPlan, busy_s: Floats, window_s: Ints) -> Ints:
    """The customer's own pause before each follow-up shares what the window leaves over."""
    t, tickets = planned.ticket, len(planned.first)
    budget = np.maximum(window_s - np.bincount(t, busy_s, tickets)[t], 0)
    weights = rng.exponential(1.0, len(t)) * (planned.position > 0)
    slack = rng.exponential(1.0, tickets)
    share = weights / (np.bincount(t, weights, tickets) + slack)[t]
    gap: Ints = np.floor(budget * share).astype(np.int64)
    return gap


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
    timing: tuple[Ints, Ints, Ints, Ints, Ints],
    tickets: tuple[Ints, Ints],
) -> Contacts:
    """The chunk's contacts from their (created, handled, handler, tenths, wait) timing and
    the tickets' (owner, first contact's wait for a busy line)."""
    created, handled, handler, tenths, wait_s = timing
    owner, first_waited = tickets
    t = planned.ticket
    first = planned.position == 0
    soa_s = np.where(first, 0, wait_s)
    soa_units = np.where(channel == EMAIL, soa_s // EMAIL_UNIT_S, soa_s)
    emailed = channel[planned.first] == EMAIL  # per ticket: waits in its first contact's unit
    waited_units = np.where(emailed, first_waited // EMAIL_UNIT_S, first_waited)
    soa_units[first] = arrivals.soa_units[t[first]] + waited_units[t[first]]
    soa_s = np.where(channel == EMAIL, soa_units * EMAIL_UNIT_S, soa_units)
    day = arrivals.work_day[t]
    day_start = plan.start_epoch_s + day * SECONDS_PER_DAY
    shift_end = day_start + plan.rota.shift_minutes(day, handler)[1] * 60
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
        owner=owner,
    )
