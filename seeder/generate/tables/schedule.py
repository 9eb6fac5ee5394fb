"""When contacts happen and who is on shift to take them: the draws tickets and queues share."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS
from seeder.generate.plan import Plan
from seeder.generate.rota import MINUTES_PER_DAY
from seeder.generate.staffing import routing_weight

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]
_HOURS = np.arange(25, dtype=np.float64)
# Owner weight classes: any agent alike, or weighted by how likely they are to have resolved
# the ticket at first contact, left it unresolved, or escalated it (see skill_weights).
ANY, RESOLVED, UNRESOLVED, ESCALATED = 0, 1, 2, 3


def sample_time_between(rng: np.random.Generator, plan: Plan, low_s: Ints, high_s: Ints) -> Ints:
    """Seconds of the day in [low, high) following the intraday curve (uniform where it is 0)."""
    cdf = plan.intraday_cdf
    c_low = np.interp(low_s / 3600.0, _HOURS, cdf)
    c_high = np.interp(high_s / 3600.0, _HOURS, cdf)
    u = rng.random(len(low_s))
    curved = np.interp(c_low + u * (c_high - c_low), cdf, _HOURS) * 3600.0
    flat = low_s + u * (high_s - low_s)
    seconds = np.floor(np.where(c_high > c_low, curved, flat)).astype(np.int64)
    return np.clip(seconds, low_s, np.maximum(high_s - 1, low_s))


def skill_weights(plan: Plan) -> Floats:
    """[class, agent] weights for choosing an owner given how the ticket went.

    Choosing an agent with weight P(outcome | agent) is Bayes' rule: the category's outcome
    shares stay exactly as drawn, and better agents resolve more and escalate less.
    """
    effect = plan.config.params.skill_outcome_effect
    skill = plan.agents.skill
    better = np.clip(1 + effect * skill, 0.05, None)
    worse = np.clip(1 - effect * skill, 0.05, None)
    return np.stack([np.ones_like(skill), better, worse, worse * worse])


@dataclass(frozen=True)
class ShiftGroups:
    """The agents present on some days, grouped by (day, shift start, shift end).

    Built once per chunk for the days its contacts fall on, then used for every pick. A day
    splits into spans (epochs) between its shifts' starts and ends, in which the same groups
    are on shift: each epoch's running group weights are summed once here, not per pick.
    """

    days: Ints  # sorted day indexes
    day_slot: Ints  # [unique day, slot]: its groups, padded with 0 up to the widest day's
    epoch_key: Ints  # per epoch, sorted: its day (unique-day index) and first minute (_at)
    # [class, epoch, slot]: the running weight of the day's groups on shift then (of all its
    # groups, when none is)
    epoch_running: Floats
    first_entry: Ints  # per group: its first entry
    size: Ints  # per group: its entries
    agent: Ints  # per entry, sorted by group
    cumulative: Floats  # [class, entry]: running weight over all entries, this one included
    before: Floats  # [class, group]: running weight before the group's first entry
    weight: Floats  # [class, group]: each group's total weight


# A moment's key (_at): its day (unique-day index) times _DAY_KEYS, plus its minute, which may
# be negative (the epoch before a day's first shift) or past the day (a follow-up's contact).
_DAY_KEYS = 1 << 32


def _at(day: Ints, minute: Ints) -> Ints:
    """The key of each (unique-day index, minute), in day then minute order."""
    key: Ints = day * _DAY_KEYS + _DAY_KEYS // 2 + minute
    return key


def shift_groups(plan: Plan, day: Ints, weights: Floats) -> ShiftGroups:
    """The groups of the days in `day`, with `weights` ([class, agent]) for choosing, times
    each agent's routing weight that day (seeder.generate.staffing.routing_weight)."""
    days = np.unique(day)
    rota = plan.rota
    u, agent = np.nonzero(rota.present(days))
    start, end = rota.shift_minutes(days[u], agent)
    key = (u * (MINUTES_PER_DAY + 1) + start) * (MINUTES_PER_DAY + 1) + end
    order = np.lexsort((agent, key))
    u, key, agent = u[order], key[order], agent[order]
    _, first_entry, size = np.unique(key, return_index=True, return_counts=True)
    group_key = key[first_entry]
    group_day = group_key // (MINUTES_PER_DAY + 1) ** 2
    day_first = np.searchsorted(group_day, np.arange(len(days)))
    day_groups = np.diff(np.append(day_first, len(group_key)))
    routed = routing_weight(plan.agents, plan.config.params, agent, days[u], plan.contact_share)
    cumulative = np.cumsum(weights[:, agent] * routed, axis=1)
    running = np.concatenate([np.zeros((len(weights), 1)), cumulative], axis=1)
    before = running[:, first_entry]
    weight = running[:, first_entry + size] - before
    widest = int(day_groups.max(initial=1))
    valid = np.arange(widest) < day_groups[:, None]
    day_slot = np.where(valid, day_first[:, None] + np.arange(widest), 0)
    group_start = group_key // (MINUTES_PER_DAY + 1) % (MINUTES_PER_DAY + 1)
    group_end = group_key % (MINUTES_PER_DAY + 1)
    epoch_key = _epoch_keys(group_day, group_start, group_end, len(days))
    epoch_day, epoch_minute = epoch_key // _DAY_KEYS, epoch_key % _DAY_KEYS - _DAY_KEYS // 2
    slot, minute = day_slot[epoch_day], epoch_minute[:, None]
    covered = valid[epoch_day] & (group_start[slot] <= minute) & (minute < group_end[slot])
    covered = np.where(covered.any(axis=1, keepdims=True), covered, valid[epoch_day])
    epoch_running = np.cumsum(np.where(covered, weight[:, slot], 0.0), axis=2)
    return ShiftGroups(
        days=days,
        day_slot=day_slot,
        epoch_key=epoch_key,
        epoch_running=epoch_running,
        first_entry=first_entry,
        size=size,
        agent=agent,
        cumulative=cumulative,
        before=before,
        weight=weight,
    )


def _epoch_keys(group_day: Ints, start: Ints, end: Ints, days: int) -> Ints:
    """The sorted keys of each day's epochs: one from before any shift, then one from each
    distinct minute a shift of the day starts or ends."""
    bounds = np.concatenate([
        _at(np.arange(days), np.full(days, -(_DAY_KEYS // 2))),
        _at(group_day, start),
        _at(group_day, end),
    ])  # fmt: skip
    keys: Ints = np.unique(bounds)
    return keys


def pick_on_shift(
    rng: np.random.Generator,
    g: ShiftGroups,
    day: Ints,
    second: Ints,
    weight_class: Ints,
    per_row: int = 1,
) -> Ints:
    """`per_row` agents present and on shift at each row's (day, second), chosen with the
    class weights: as many draws as for the rows each repeated `per_row` times (np.repeat).

    Every row's day must be one of `g.days`. A row at a moment nobody is on shift (it should
    not happen) falls back to anyone present.
    """
    if len(day) == 0:
        return np.zeros(0, dtype=np.int64)
    row_day = np.searchsorted(g.days, day)
    epoch = np.searchsorted(g.epoch_key, _at(row_day, second // 60), side="right") - 1
    running = g.epoch_running[weight_class, epoch]
    total = running[:, -1]
    draws = len(day) * per_row
    u1, u2 = rng.random(draws).reshape(-1, per_row), rng.random(draws)
    passed = running[:, None, :] < (u1 * total[:, None])[:, :, None]
    pick = np.minimum(passed.sum(axis=2), running.shape[1] - 1).reshape(-1)
    row = np.repeat(np.arange(len(day)), per_row) if per_row > 1 else np.arange(len(day))
    group, weight_class = g.day_slot[row_day[row], pick], weight_class[row]
    target = g.before[weight_class, group] + u2 * g.weight[weight_class, group]
    entry = _entries(g, weight_class, target)
    first = g.first_entry[group]
    chosen: Ints = g.agent[np.minimum(np.maximum(entry, first), first + g.size[group] - 1)]
    return chosen


def _entries(g: ShiftGroups, weight_class: Ints, target: Floats) -> Ints:
    """Per row, the entry whose running weight of its class first passes `target`."""
    if (weight_class == weight_class[0]).all():  # most draws: one class for every row
        whole: Ints = np.searchsorted(g.cumulative[weight_class[0]], target, side="right")
        return whole
    entry = np.empty(len(target), dtype=np.int64)
    for cls in np.flatnonzero(np.bincount(weight_class)).tolist():  # the classes present
        rows = np.flatnonzero(weight_class == cls)
        entry[rows] = np.searchsorted(g.cumulative[cls], target[rows], side="right")
    return entry


def channel_window(plan: Plan, channel: Ints, day: Ints) -> tuple[Ints, Ints]:
    """(open, close) seconds of the day: the channel's hours that weekday, while staffed.

    Closed (open == close) when the channel is closed or nobody is present.
    """
    weekday = plan.weekdays[day]
    opens = np.maximum(plan.opening_s[channel, weekday, 0], plan.rota.staffed_open_s[day])
    closes = np.minimum(plan.opening_s[channel, weekday, 1], plan.rota.staffed_close_s[day])
    return opens, np.maximum(closes, opens)


def open_channels(plan: Plan, day: Ints) -> NDArray[np.bool_]:
    """[row, channel]: whether customers can use the channel on the row's day: a phone line or
    a chat open and staffed some time of the day; e-mail until the range's last day the desk
    is staffed (it waits for the desk; one written after could not be answered in range)."""
    opened = np.ones((len(day), len(CHANNELS)), dtype=np.bool_)
    opened[:, CHANNELS.index("email")] = day <= last_email_day(plan)
    for channel in (CHANNELS.index("phone"), CHANNELS.index("chat")):
        opens, closes = channel_window(plan, np.full(len(day), channel), day)
        opened[:, channel] = closes > opens
    return opened


def last_email_day(plan: Plan) -> int:
    """The range's last day the e-mail desk is staffed (a range may end on a closed day)."""
    days = np.arange(plan.days, dtype=np.int64)
    email = np.full(plan.days, CHANNELS.index("email"), dtype=np.int64)
    opens, closes = channel_window(plan, email, days)
    staffed = np.flatnonzero(closes > opens)
    return int(staffed[-1]) if len(staffed) else plan.days - 1
