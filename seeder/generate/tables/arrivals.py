"""When each ticket arrives and when its first contact is answered.

Phone and chat customers call or chat only while their channel is open and staffed; they
queue for a speed of answer that grows with the interval's load. E-mail arrives at any hour;
it is answered while the e-mail desk is staffed, so a message sent at night or on Sunday
waits for the next shift. Every ticket's first contact leaves room, before the channel
closes, for its follow-ups at their shortest.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS
from seeder.generate.distributions import truncated_lognormal
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.generate.staffed_clock import StaffedClock
from seeder.generate.tables.schedule import channel_window, last_email_day, sample_time_between

Ints = NDArray[np.int64]
EMAIL = CHANNELS.index("email")
EMAIL_UNIT_S = 36  # e-mail speed of answer is stored in hundredths of an hour
MAX_DAYS_WAITING = 7  # an e-mail waits at most this many days for a staffed day


@dataclass(frozen=True)
class Arrivals:
    """Per ticket: when it arrived, when its first contact started, and how long it waited."""

    created: Ints  # epoch seconds
    first_start: Ints  # epoch seconds of the first interaction
    soa_units: Ints  # the first contact's speed of answer, in its stored unit
    work_day: Ints  # day index of the first interaction
    limit_end: Ints  # epoch seconds by which the ticket's last contact must end


def draw_arrivals(
    rng: np.random.Generator, plan: Plan, *, day: Ints, origin: Ints, need_s: Ints
) -> Arrivals:
    """Arrival and first answer per ticket; `need_s` is the time its contacts need at least."""
    n = len(day)
    created = np.zeros(n, dtype=np.int64)
    first_start = np.zeros(n, dtype=np.int64)
    soa_units = np.zeros(n, dtype=np.int64)
    queued = np.flatnonzero(origin != EMAIL)
    mailed = np.flatnonzero(origin == EMAIL)
    created[queued], first_start[queued], soa_units[queued] = _queued(
        rng, plan, day[queued], origin[queued], need_s[queued]
    )
    created[mailed], first_start[mailed], soa_units[mailed] = _mailed(
        rng, plan, day[mailed], need_s[mailed]
    )
    work_day = (first_start - plan.start_epoch_s) // SECONDS_PER_DAY
    _, closes = channel_window(plan, origin, work_day)
    day_start = plan.start_epoch_s + work_day * SECONDS_PER_DAY
    span_s = int(plan.config.params.max_interaction_span_hours * 3600)
    limit_end = np.minimum(first_start + span_s, day_start + closes)
    return Arrivals(created, first_start, soa_units, work_day, limit_end)


def _soa_factor(plan: Plan, day: Ints, second: Ints) -> NDArray[np.float64]:
    interval = plan.queue.interval_of(np.clip(second, 0, SECONDS_PER_DAY - 1))
    factor: NDArray[np.float64] = plan.queue.soa_factor[day, interval]
    return factor


def _queued(
    rng: np.random.Generator, plan: Plan, day: Ints, channel: Ints, need_s: Ints
) -> tuple[Ints, Ints, Ints]:
    """Phone and chat: arrive while open, wait their speed of answer (whole seconds)."""
    params = plan.config.params
    opens, closes = channel_window(plan, channel, day)
    shortest_wait = np.array(
        [int(np.ceil(params.speed_of_answer[c].min)) for c in CHANNELS], dtype=np.int64
    )[channel]
    latest = np.maximum(closes - need_s - shortest_wait, opens + 1)
    second = sample_time_between(rng, plan, opens, latest)
    created = plan.start_epoch_s + day * SECONDS_PER_DAY + second
    factor = _soa_factor(plan, day, second)
    # A caller queueing near closing is answered in time for the ticket's contacts.
    room = closes - need_s - second
    soa = np.zeros(len(day), dtype=np.int64)
    for ch, name in enumerate(CHANNELS):
        sel = np.flatnonzero(channel == ch)
        dist = params.speed_of_answer[name]
        high = (room[sel] + 1).astype(np.float64)
        drawn = truncated_lognormal(rng, dist, len(sel), high=high, scale=factor[sel])
        soa[sel] = np.maximum(np.floor(drawn), shortest_wait[sel]).astype(np.int64)
    return created, created + soa, soa


def _mailed(
    rng: np.random.Generator, plan: Plan, day: Ints, need_s: Ints
) -> tuple[Ints, Ints, Ints]:
    """E-mail: arrives at any hour, answered (in 36 s units) once the e-mail desk is staffed."""
    dist = plan.config.params.speed_of_answer["email"]
    channel = np.full(len(day), EMAIL, dtype=np.int64)
    opens, closes = channel_window(plan, channel, day)
    latest = np.full(len(day), SECONDS_PER_DAY, dtype=np.int64)
    last = day >= last_email_day(plan)
    shortest_wait = int(np.ceil(dist.min * 100)) * EMAIL_UNIT_S + EMAIL_UNIT_S
    latest[last] = np.maximum(closes[last] - need_s[last] - shortest_wait, opens[last] + 1)
    second = sample_time_between(rng, plan, np.zeros(len(day), dtype=np.int64), latest)
    created = plan.start_epoch_s + day * SECONDS_PER_DAY + second
    wait_h = truncated_lognormal(rng, dist, len(day))
    answered = _next_staffed(plan, created, wait_h, need_s)
    units = -((created - answered) // EMAIL_UNIT_S)  # ceiling division
    units = np.maximum(units, int(np.ceil(dist.min * 100)))
    return created, created + units * EMAIL_UNIT_S, units


def _next_staffed(plan: Plan, created: Ints, wait_h: NDArray[np.float64], need_s: Ints) -> Ints:
    """When each e-mail is answered: its wait counted from when the desk is next staffed.

    A wait that would end too late for the ticket's contacts moves to the next staffed day.
    Busy intervals stretch the wait as they do the queues'.
    """
    dist = plan.config.params.speed_of_answer["email"]
    shortest_h, longest_h = dist.min, dist.max
    channel = np.full(len(created), EMAIL, dtype=np.int64)
    day = (created - plan.start_epoch_s) // SECONDS_PER_DAY
    earliest = created - plan.start_epoch_s - day * SECONDS_PER_DAY
    answered = np.zeros(len(created), dtype=np.int64)
    pending = np.arange(len(created))
    final = last_email_day(plan)
    first_wait_s = np.zeros(0, dtype=np.int64)
    for _ in range(MAX_DAYS_WAITING + 1):
        d = np.minimum(day[pending], final)
        opens, closes = channel_window(plan, channel[pending], d)
        begin = np.maximum(earliest[pending], opens)
        wait_s = np.ceil(
            np.clip(wait_h[pending] * _soa_factor(plan, d, begin), shortest_h, longest_h) * 3600
        ).astype(np.int64)
        if len(first_wait_s) == 0:  # as drawn the first staffed moment after each arrived
            first_wait_s = wait_s
        latest = closes - need_s[pending] - EMAIL_UNIT_S
        last = day[pending] >= final
        # On the range's last day the desk answers, the wait is cut short: the ticket must end
        # inside the range.
        end = np.where(last, np.maximum(np.minimum(begin + wait_s, latest), begin), begin + wait_s)
        fits = last | ((closes > opens) & (end <= latest))
        done = pending[fits]
        answered[done] = plan.start_epoch_s + d[fits] * SECONDS_PER_DAY + end[fits]
        pending = pending[~fits]
        if len(pending) == 0:
            break
        day[pending] += 1
        earliest[pending] = 0
    if len(pending):  # waits longer than any day's hours leave room for
        timing = (created[pending], first_wait_s[pending], need_s[pending])
        answered[pending] = _carried_over(plan, timing, final)
    return answered


def _carried_over(plan: Plan, timing: tuple[Ints, Ints, Ints], final: int) -> Ints:
    """When e-mails whose wait fits in no day's staffed hours are answered: the wait runs on
    the desk's clock, over its staffed hours day after day. An answer too late in its day for
    the ticket's contacts moves to the desk's next opening; none comes after the range's last
    staffed day (`final`) leaves room for them. `timing` is each one's (arrival, wait, the
    time its ticket's contacts need), in seconds."""
    created, wait_s, need_s = timing
    days = np.arange(plan.days, dtype=np.int64)
    opens, closes = channel_window(plan, np.full(plan.days, EMAIL, dtype=np.int64), days)
    hours = closes - opens
    desk = StaffedClock(plan.start_epoch_s, opens, hours, np.concatenate([[0], np.cumsum(hours)]))
    answered = desk.moment(desk.position(created) + wait_s)
    day = np.clip((answered - plan.start_epoch_s) // SECONDS_PER_DAY, 0, plan.days - 1)
    day_start = plan.start_epoch_s + day * SECONDS_PER_DAY
    late = answered > day_start + closes[day] - need_s - EMAIL_UNIT_S
    # The position where a day's hours end is the next staffed day's opening.
    answered[late] = desk.moment(desk.before_s[day[late] + 1])
    last_start = plan.start_epoch_s + final * SECONDS_PER_DAY
    by: Ints = np.minimum(answered, last_start + closes[final] - need_s - EMAIL_UNIT_S)
    return by
