"""Validation of generation parameters: each problem is one ConfigError naming the key."""

from __future__ import annotations

import datetime as dt
import math

from seeder.domain import CHANNELS, COUNTRIES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.errors import ConfigError, shown
from seeder.params.events import check_events
from seeder.params.limits import (
    MAX_RELATIVE_WEIGHT,
    check_counts,
    check_last_day_hours,
    check_upper_limits,
)
from seeder.params.model import ANCHORS, WEIGHT_TOLERANCE, Params, Range, Uniform


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(message)


def _check_weights(name: str, weights: dict[str, float], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(weights) - set(allowed))
    _check(not unknown, f"{name}: unknown key(s) {unknown}; allowed: {', '.join(allowed)}")
    missing = sorted(set(allowed) - set(weights))
    _check(not missing, f"{name}: missing key(s) {missing}; give a weight for each")
    for key, value in weights.items():
        _check(
            math.isfinite(value) and value >= 0,
            f"{name}.{key} = {value}: weights must be >= 0",
        )
    total = sum(weights.values())
    _check(
        abs(total - 1.0) <= WEIGHT_TOLERANCE,
        f"{name}: weights sum to {total:.6g}, they must sum to 1",
    )


def _check_list_weights(name: str, weights: list[float], length: int) -> None:
    _check(len(weights) == length, f"{name}: give exactly {length} weights, got {len(weights)}")
    for i, w in enumerate(weights):
        _check(
            math.isfinite(w) and 0 <= w <= MAX_RELATIVE_WEIGHT,
            f"{name}[{i}] = {w}: weights are relative, give each a value from 0 to "
            f"{MAX_RELATIVE_WEIGHT:,}",
        )
    _check(sum(weights) > 0, f"{name}: at least one weight must be positive")


def _check_share(name: str, value: float, *, allow_one: bool = True) -> None:
    upper_ok = value <= 1.0 if allow_one else value < 1.0
    _check(
        math.isfinite(value) and value >= 0 and upper_ok,
        f"{name} = {value}: must lie between 0 and 1",
    )


def _check_range(name: str, r: Range) -> None:
    _check(
        0 < r.min <= r.median <= r.max,
        f"{name}: need 0 < min <= median <= max, got min={r.min} median={r.median} max={r.max}",
    )
    _check(r.min < r.max, f"{name}: min ({r.min}) must be below max ({r.max})")
    _check(r.sigma > 0, f"{name}.sigma = {r.sigma}: must be > 0")


def _check_uniform(name: str, u: Uniform, *, share: bool = False) -> None:
    _check(u.min <= u.max, f"{name}: min ({u.min}) must not exceed max ({u.max})")
    if share:
        _check(u.min >= 0 and u.max <= 1, f"{name}: values must lie between 0 and 1")


def validate_params(p: Params) -> None:
    """Raise ConfigError naming the first parameter that is out of range or inconsistent."""
    check_upper_limits(p)
    _check_scalars(p)
    check_counts(p)
    _check_mixes(p)
    _check_categories(p)
    _check_list_weights("weekday_weights", p.weekday_weights, 7)
    _check_list_weights("hourly_weights", p.hourly_weights, 24)
    _check_list_weights("monthly_weights", p.monthly_weights, 12)
    _check_calendar(p)
    check_last_day_hours(p)
    _check_contact_durations(p)
    _check_range("closure_delay_hours", p.closure_delay_hours)
    _check_range("fcr_closure_delay_hours", p.fcr_closure_delay_hours)
    _check_abandonment(p)
    _check_agent_time_and_pay(p)
    _check_ratings(p)
    _check_escalation_fit(p)
    _check_contact_centre(p)
    check_events(p.events)


def _check_scalars(p: Params) -> None:
    """The single-number parameters: spans, shares, counts and factors."""
    _check(
        0 < p.max_interaction_span_hours <= 24,
        "max_interaction_span_hours must lie in (0, 24]",
    )
    _check(
        p.anchor_closure_to in ANCHORS,
        f"anchor_closure_to = {shown(p.anchor_closure_to)}: use one of {', '.join(ANCHORS)}",
    )
    for name in (
        "escalation_rate",
        "owner_handles_share",
        "follow_up_same_channel",
        "rated_share",
        "agent_initial_share",
        "agent_part_time_share",
    ):
        _check_share(name, getattr(p, name))
    # users.fte holds hundredths, and must be above 0.
    _check(0.01 <= p.agent_part_time_fte <= 1, "agent_part_time_fte must lie in [0.01, 1]")
    _check(p.max_contacts >= 2, "max_contacts must be at least 2")
    _check(p.new_within_days >= 0, "new_within_days must be >= 0")
    _check(p.customer_repeat_skew >= 1, "customer_repeat_skew must be >= 1 (1 = uniform)")
    _check(p.weekend_rotation >= 1, "weekend_rotation must be >= 1")
    _check(
        p.agent_max_tenure_years >= 0.1,
        "agent_max_tenure_years must be at least 0.1 (tenures start at 30 days)",
    )
    _check(p.escalated_delay_factor >= 1, "escalated_delay_factor must be >= 1")


def _check_mixes(p: Params) -> None:
    """The shares of tickets per channel, country, product and category."""
    _check_weights("channels", p.channels, CHANNELS)
    _check_weights("countries", p.countries, COUNTRIES)
    _check_weights("products", p.products, PRODUCTS)
    _check_weights(
        "categories (weight)",
        {k: v.weight for k, v in p.categories.items()},
        SYMPTOM_CATEGORIES,
    )


def _check_categories(p: Params) -> None:
    for key, cat in p.categories.items():
        _check_share(f"categories.{key}.fcr_rate", cat.fcr_rate)
        _check(
            cat.contacts_per_case >= 1,
            f"categories.{key}.contacts_per_case = {cat.contacts_per_case}: must be >= 1",
        )
        _check(
            p.non_fcr_mean_contacts(key) <= p.max_contacts,
            f"categories.{key}.contacts_per_case needs more than max_contacts "
            f"({p.max_contacts}) contacts per case: raise max_contacts",
        )


def _check_contact_durations(p: Params) -> None:
    """Handle times and speeds of answer per channel, and that a ticket's contacts fit."""
    span_seconds = p.max_interaction_span_hours * 3600
    for channel in CHANNELS:
        _check(channel in p.handle_time_minutes, f"handle_time_minutes.{channel} is missing")
        _check(channel in p.speed_of_answer, f"speed_of_answer.{channel} is missing")
        handle = p.handle_time_minutes[channel]
        soa = p.speed_of_answer[channel]
        _check_range(f"handle_time_minutes.{channel}", handle)
        _check_range(f"speed_of_answer.{channel}", soa)
        # Every contact of the longest ticket must fit in the span at its shortest length.
        _check(
            p.max_contacts * _shortest_contact_s(p, channel) <= span_seconds / 2,
            f"handle_time_minutes.{channel}.min / speed_of_answer.{channel}.min are too long "
            f"for max_contacts={p.max_contacts} within max_interaction_span_hours: lower them",
        )


def _shortest_contact_s(p: Params, channel: str) -> int:
    """A contact at its shortest, as stored: handle time in tenths of a minute, plus the
    speed of answer in hundredths of an hour (e-mail) or seconds (phone, chat)."""
    handle = p.handle_time_minutes[channel]
    soa = p.speed_of_answer[channel]
    wait_s = math.ceil(soa.min * 100) * 36 if channel == "email" else math.ceil(soa.min)
    return math.ceil(handle.min * 10) * 6 + wait_s


def _check_abandonment(p: Params) -> None:
    for key in ("calls", "chats"):
        _check(key in p.abandonment, f"abandonment.{key} is missing")
        ab = p.abandonment[key]
        _check(
            ab.mean - ab.daily_spread >= 0 and ab.mean + ab.daily_spread < 1,
            f"abandonment.{key}: mean +- daily_spread must stay within [0, 1)",
        )
        _check(ab.daily_spread >= 0, f"abandonment.{key}.daily_spread must be >= 0")
        _check_range(f"abandonment.{key}.patience_seconds", ab.patience_seconds)


def _check_agent_time_and_pay(p: Params) -> None:
    """Hourly rates, shrinkage and the shares of an agent's time (the wfm table)."""
    # users.hourly_rate_eur holds cents, and must be above 0.
    _check(
        0.01 <= p.hourly_rate_eur.min <= p.hourly_rate_eur.max,
        "hourly_rate_eur: need 0.01 <= min <= max",
    )
    _check(p.hourly_rate_per_year_eur >= 0, "hourly_rate_per_year_eur must be >= 0")
    s = p.shrinkage
    _check(
        0 <= s.min <= s.mean <= s.max < 1 and s.sd > 0,
        "shrinkage: need 0 <= min <= mean <= max < 1 and sd > 0",
    )
    _check_uniform("after_contact_work_share", p.after_contact_work_share)
    _check(p.after_contact_work_share.min >= 0, "after_contact_work_share.min must be >= 0")
    _check_uniform("other_productive_share", p.other_productive_share, share=True)


def _check_ratings(p: Params) -> None:
    for name in ("rating_fcr_mean", "rating_non_fcr_mean"):
        _check(1 <= getattr(p, name) <= 5, f"{name} must lie between 1 and 5")
    _check(p.rating_noise_sd >= 0, "rating_noise_sd must be >= 0")
    _check(p.rating_lifecycle_penalty >= 0, "rating_lifecycle_penalty must be >= 0")


def _check_escalation_fit(p: Params) -> None:
    """Only non-FCR tickets can be escalated: the rate must fit their share."""
    non_fcr = p.non_fcr_share()
    _check(
        p.escalation_rate <= non_fcr,
        f"escalation_rate = {p.escalation_rate} exceeds the share of non-FCR tickets "
        f"({non_fcr:.3f}); only non-FCR tickets can be escalated: lower it",
    )


def _check_contact_centre(p: Params) -> None:
    """Opening hours, shifts and the agent model (docs/contact_centre.md)."""
    limits = {"case_work_minutes": (0.0, 10_000.0), "closure_delay_factor": (0.01, 100.0)}
    for key, (low, high) in limits.items():
        values: dict[str, float] = getattr(p, key)
        unknown = sorted(set(values) - set(SYMPTOM_CATEGORIES))
        _check(
            not unknown,
            f"{key}: unknown key(s) {unknown}; allowed: {', '.join(SYMPTOM_CATEGORIES)}",
        )
        for category in SYMPTOM_CATEGORIES:
            _check(category in values, f"{key}.{category} is missing")
            _check(
                math.isfinite(values[category]) and low <= values[category] <= high,
                f"{key}.{category} = {values[category]}: must lie between {low:g} and {high:,g}",
            )
    _check(0.5 <= p.shift_hours <= 12, "shift_hours must lie between 0.5 and 12")
    _check(
        p.interval_minutes in (5, 10, 15, 20, 30, 60),
        "interval_minutes must be one of 5, 10, 15, 20, 30, 60",
    )
    _check(0 < p.target_occupancy < 1, "target_occupancy must lie strictly between 0 and 1")
    _check_uniform("occupancy_ceiling", p.occupancy_ceiling, share=True)
    _check(
        p.target_occupancy < p.occupancy_ceiling.min,
        "occupancy_ceiling.min must exceed target_occupancy: no agent could reach the target",
    )
    for name in ("agent_skill_sd", "new_hire_slowdown", "skill_rating_effect"):
        _check(0 <= getattr(p, name) <= 2, f"{name} must lie between 0 and 2")
    _check(0 <= p.skill_outcome_effect <= 0.4, "skill_outcome_effect must lie between 0 and 0.4")
    _check(1 <= p.learning_days <= 3650, "learning_days must lie between 1 and 3,650")
    _check(0 <= p.absence_share <= 0.5, "absence_share must lie between 0 and 0.5")
    _check_opening_hours(p)


def _check_opening_hours(p: Params) -> None:
    """Each channel's week, and that two shifts (early and late) can cover each open day."""
    unknown = sorted(set(p.opening_hours) - set(CHANNELS))
    _check(
        not unknown, f"opening_hours: unknown channel(s) {unknown}; allowed: {', '.join(CHANNELS)}"
    )
    part_time = p.agent_part_time_share > 0  # else every shift is full time
    shortest_shift = p.shift_hours * (min(p.agent_part_time_fte, 1.0) if part_time else 1.0)
    shortest = f"{shortest_shift:g} h" + (", a part-timer's" if part_time else "")
    or_part_time = (
        " (or agent_part_time_fte, or set agent_part_time_share = 0)" if part_time else ""
    )
    for channel in CHANNELS:
        _check(channel in p.opening_hours, f"opening_hours.{channel} is missing")
        week = p.opening_hours[channel]
        _check(
            len(week) == 7,
            f"opening_hours.{channel}: give seven [open, close] pairs, Monday to Sunday",
        )
        for day, pair in enumerate(week):
            name = f"opening_hours.{channel}[{day}]"
            _check(len(pair) == 2, f"{name}: give [open, close] in hours, e.g. [8, 20]")
            opens, closes = pair
            _check(0 <= opens <= closes <= 24, f"{name} = {pair}: need 0 <= open <= close <= 24")
            _check(
                closes - opens <= 2 * shortest_shift,
                f"{name} = {pair}: open longer than two of the shortest shifts "
                f"({shortest}) can cover: shorten it or raise shift_hours{or_part_time}",
            )
    longest_ticket_s = p.max_contacts * max(_shortest_contact_s(p, c) for c in CHANNELS)
    for day in range(7):
        if p.weekday_weights[day] <= 0:
            continue
        for channel in CHANNELS:
            opens, closes = p.opening_hours[channel][day]
            _check(
                closes <= opens or (closes - opens) * 3600 >= longest_ticket_s,
                f"opening_hours.{channel}[{day}] = {[opens, closes]}: too short for "
                f"max_contacts={p.max_contacts} contacts at their shortest: lengthen it or "
                "lower max_contacts",
            )
        # A line closed that day sends its customers to the open channels (docs/contact_centre.md).
        _check(
            any(closes > opens for opens, closes in (p.opening_hours[c][day] for c in CHANNELS)),
            f"opening_hours: every channel is closed on day {day} (Monday = 0) but "
            f"weekday_weights[{day}] brings tickets: open one or set weekday_weights[{day}] = 0",
        )


def _check_calendar(p: Params) -> None:
    """Seasonal peaks, growth, day effects, holidays and the centre's closed days."""
    for name in ("black_friday_factor", "christmas_factor"):
        _check(0 <= getattr(p, name) <= 100, f"{name} must lie between 0 and 100")
    _check(-0.9 <= p.annual_growth <= 10, "annual_growth must lie between -0.9 and 10")
    _check(0 <= p.day_effect_cv <= 5, "day_effect_cv must lie between 0 and 5")
    _check(0 <= p.january_returns_lift <= 10, "january_returns_lift must lie between 0 and 10")
    _check(0 <= p.holiday_factor <= 1, "holiday_factor must lie between 0 and 1")
    for day in p.closed_days:
        month, _, dom = day.partition("-")
        valid = month.isdigit() and dom.isdigit() and len(month) == len(dom) == 2
        _check(
            valid and _is_day_of_a_year(int(month), int(dom)),
            f'closed_days: {shown(day)} is not a MM-DD date, e.g. "12-25"',
        )


def _is_day_of_a_year(month: int, day: int) -> bool:
    """A day some year has: 02-29 is (leap years), 02-30 and 04-31 are not."""
    try:
        dt.date(2000, month, day)  # a leap year
    except ValueError:
        return False
    return True
