"""Limits on generation parameters beyond each value's own range.

A value may be a valid number and still break generation: a date before the calendar, a
number beyond its column's precision or beyond int64 seconds, weights that leave no day or
hour on which a ticket may start. These checks turn each into a ConfigError naming the
parameter, before anything is generated or written.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from seeder.errors import ConfigError

if TYPE_CHECKING:
    from seeder.params import Params

# Weekday and hourly weights are relative; this bound keeps their sums over any range finite.
MAX_RELATIVE_WEIGHT = 1_000_000
TEN_YEARS_HOURS = 87_660
LOG_NORMAL_PARAMETERS = (
    "handle_time_minutes.*",
    "speed_of_answer.*",
    "closure_delay_hours",
    "fcr_closure_delay_hours",
    "abandonment.*.patience_seconds",
)
MAX_LOG_SIGMA = 10
LOG_SIGMA_WHY = "a spread on the log scale: 10 already spreads values over factors of e**10"
# Where a larger value breaks generation, with the reason the message gives.
# The roster holds every agent on every day in memory, and the plan every customer's country.
MAX_AGENTS = 100_000
MAX_CUSTOMERS = 100_000_000
UPPER_LIMITS: tuple[tuple[str, int | float, str], ...] = (
    ("max_contacts", 1_000, "contacts per ticket"),
    ("agent_max_tenure_years", 100, "years before the range start"),
    ("hourly_rate_eur.max", 999.99, "users.hourly_rate_eur holds up to 999.99"),
    ("hourly_rate_per_year_eur", 999.99, "users.hourly_rate_eur holds up to 999.99"),
    ("escalated_delay_factor", 100, "a factor on the closure delay's median"),
    ("closure_delay_hours.max", TEN_YEARS_HOURS, "ten years"),
    ("fcr_closure_delay_hours.max", TEN_YEARS_HOURS, "ten years"),
    ("speed_of_answer.*.max", 999_999, "interactions.speed_of_answer holds up to 999,999.99"),
    ("abandonment.*.patience_seconds.max", TEN_YEARS_HOURS * 3600, "ten years"),
    *((f"{name}.sigma", MAX_LOG_SIGMA, LOG_SIGMA_WHY) for name in LOG_NORMAL_PARAMETERS),
    ("shrinkage.sd", 1, "shrinkage is a share of the shift"),
    ("after_contact_work_share.max", 10, "ten times the handle time"),
    ("rating_lifecycle_penalty", 100, "ratings run from 1 to 5"),
    ("rating_noise_sd", 100, "ratings run from 1 to 5"),
    ("weekend_rotation", 52, "weeks in a year: everyone covers a weekend at least yearly"),
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _values_at(p: Params, path: str) -> list[tuple[str, Any]]:
    """(dotted name, value) of every parameter `path` names; '*' stands for any map key."""
    found: list[tuple[str, Any]] = [("", p)]
    for part in path.split("."):
        step: list[tuple[str, Any]] = []
        for name, node in found:
            items = node.items() if part == "*" else [(part, _child(node, part))]
            step.extend((f"{name}.{key}" if name else key, value) for key, value in items)
        found = step
    return found


def _child(node: Any, key: str) -> Any:
    return node[key] if isinstance(node, dict) else getattr(node, key)


def check_upper_limits(p: Params) -> None:
    """Raise ConfigError for the first parameter above its limit in UPPER_LIMITS."""
    for path, limit, why in UPPER_LIMITS:
        for name, value in _values_at(p, path):
            if not (math.isfinite(value) and value <= limit):
                raise ConfigError(f"{name} = {value}: at most {limit:,} ({why})")


def check_last_day_hours(p: Params) -> None:
    """Some hour with weight must begin before the last day's arrivals stop.

    On the range's last day, tickets start at least one span before midnight (and by 01:00),
    so their contacts end inside the range.
    """
    latest_s = max(3600, 86_400 - int(p.max_interaction_span_hours * 3600))
    if not any(w > 0 for hour, w in enumerate(p.hourly_weights) if hour * 3600 < latest_s):
        raise ConfigError(
            f"hourly_weights: every hour before {latest_s // 3600:02d}:"
            f"{latest_s % 3600 // 60:02d} has weight 0, but on the last day of the range tickets "
            f"must start by then (max_interaction_span_hours = {p.max_interaction_span_hours}): "
            "give an earlier hour a positive weight or lower max_interaction_span_hours"
        )


def check_weekdays_in_range(p: Params, start: dt.date, end: dt.date) -> None:
    """A range shorter than a week must hold a weekday with a positive weight."""
    days = (end - start).days + 1
    weekdays = sorted({(start + dt.timedelta(days=i)).weekday() for i in range(min(days, 7))})
    if not any(p.weekday_weights[d] > 0 for d in weekdays):
        names = ", ".join(WEEKDAY_NAMES[d] for d in weekdays)
        raise ConfigError(
            f"weekday_weights: every day from {start} to {end} ({names}) has weight 0: "
            "give one of those weekdays a positive weight, or widen --start/--end"
        )


def check_counts(p: Params, *, options: bool = False) -> None:
    """agents and customers: 0 (scale with the tickets) or a count that can be generated.

    `options`: the values came from --agents / --customers, and the message names those.
    Every weekend needs an agent on weekend duty, and duty rotates over weekend_rotation
    agents, so fewer agents than that leave some weekends unstaffed.
    """
    agents, customers = ("--agents", "--customers") if options else ("agents =", "customers =")
    zero = "" if options else " (or 0: scale with the tickets)"
    if not 0 <= p.customers <= MAX_CUSTOMERS:
        raise ConfigError(f"{customers} {p.customers}: give 1 to {MAX_CUSTOMERS:,} customers{zero}")
    if not 0 <= p.agents <= MAX_AGENTS:
        least = max(p.weekend_rotation, 1)
        raise ConfigError(f"{agents} {p.agents}: give {least} to {MAX_AGENTS:,} agents{zero}")
    if 0 < p.agents < p.weekend_rotation:
        raise ConfigError(
            f"{agents} {p.agents}: fewer agents than weekend_rotation ({p.weekend_rotation}) "
            f"leave weekends unstaffed: give at least {p.weekend_rotation} or lower "
            "weekend_rotation"
        )
