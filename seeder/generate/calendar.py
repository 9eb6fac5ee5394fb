"""The calendar: how many tickets each day brings, and how January's mix leans to returns.

A day's weight is its weekday's weight x its month's weight x a peak factor (Black Friday to
Cyber Monday; the gift weeks before Christmas) x growth since the range start x a gamma day
effect (mean 1, CV day_effect_cv) that spreads daily counts beyond Poisson. The centre's
closed days weigh 0. One multinomial then spreads exactly the run's tickets over the days.
Everything here is per day or per month: cheap, whatever the ticket count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.config import RunConfig
from seeder.domain import SYMPTOM_CATEGORIES
from seeder.errors import ConfigError
from seeder.generate.rng import chunk_rng
from seeder.params import Params

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]

DAYS_PER_YEAR = 365.2425
CHRISTMAS_WEEKS = (10, 23)  # December days: the two gift weeks before Christmas Eve
RETURNS_CATEGORIES = ("rma", "logistics")  # January brings returns and their shipping
THURSDAY = 3  # Monday = 0


@dataclass(frozen=True)
class Calendar:
    """Per day of the range: its month (1-12), whether the centre is closed, its weights."""

    month: Ints
    closed: Bools
    expected: Floats  # weekday x month x peaks x growth, 0 on closed days
    day_effect: Floats  # gamma, mean 1

    @property
    def weights(self) -> Floats:
        """The weights the day's ticket count is drawn with."""
        weights: Floats = self.expected * self.day_effect
        return weights


def date_parts(start: dt.date, days: int) -> tuple[Ints, Ints, Ints]:
    """(year, month 1-12, day of month) of each day of the range."""
    dates = np.datetime64(start, "D") + np.arange(days)
    months = dates.astype("datetime64[M]")
    years = months.astype("datetime64[Y]")
    year = years.astype(np.int64) + 1970
    month = (months - years).astype(np.int64) + 1
    dom = (dates - months).astype(np.int64) + 1
    return year, month, dom


def black_friday(year: Ints) -> Ints:
    """Per year, the day after the fourth Thursday of November (US Thanksgiving), as days
    since 1970-01-01. Not always the fourth Friday: in 2024 it fell on November 29."""
    months = (np.asarray(year, dtype=np.int64) - 1970) * 12 + 10
    first: Ints = months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    weekday = (first + 3) % 7  # 1970-01-01 was a Thursday
    friday: Ints = first + (THURSDAY - weekday) % 7 + 21 + 1
    return friday


def peak_factor(params: Params, start: dt.date, days: int) -> Floats:
    """black_friday_factor from Black Friday to Cyber Monday, christmas_factor in the gift
    weeks before Christmas, 1 elsewhere."""
    year, month, dom = date_parts(start, days)
    epoch_day = (start - dt.date(1970, 1, 1)).days + np.arange(days, dtype=np.int64)
    since_friday = epoch_day - black_friday(year)
    factor = np.ones(days, dtype=np.float64)
    factor[(since_friday >= 0) & (since_friday <= 3)] = params.black_friday_factor
    first, last = CHRISTMAS_WEEKS
    factor[(month == 12) & (dom >= first) & (dom <= last)] = params.christmas_factor
    return factor


def closed_days(params: Params, month: Ints, dom: Ints) -> Bools:
    """Whether the centre is closed that day (closed_days, "MM-DD")."""
    codes = [int(d[:2]) * 100 + int(d[3:]) for d in params.closed_days]
    closed: Bools = np.isin(month * 100 + dom, np.asarray(codes, dtype=np.int64))
    return closed


def growth_trend(params: Params, days: int) -> Floats:
    """Per day of the range: the volume's growth since its first day (annual_growth)."""
    trend: Floats = (1.0 + params.annual_growth) ** (np.arange(days) / DAYS_PER_YEAR)
    return trend


def build_calendar(config: RunConfig, weekdays: Ints) -> Calendar:
    """The range's calendar; the day effects come from their own stream, one draw per run."""
    params, days = config.params, config.days
    _, month, dom = date_parts(config.start, days)
    closed = closed_days(params, month, dom)
    growth = growth_trend(params, days)
    expected = (
        np.asarray(params.weekday_weights, dtype=np.float64)[weekdays]
        * np.asarray(params.monthly_weights, dtype=np.float64)[month - 1]
        * peak_factor(params, config.start, days)
        * growth
        * ~closed
    )
    cv = params.day_effect_cv
    rng = chunk_rng(config.seed, "day_effects")
    effect = rng.gamma(1.0 / cv**2, cv**2, days) if cv > 0 else np.ones(days, dtype=np.float64)
    calendar = Calendar(month=month, closed=closed, expected=expected, day_effect=effect)
    if not (calendar.weights > 0).any():
        raise ConfigError(
            f"no day from {config.start} to {config.end} brings tickets: every one is closed "
            "(closed_days) or has weight 0 (weekday_weights, monthly_weights, peak factors); "
            "widen --start/--end or change those weights"
        )
    return calendar


def draw_tickets_per_day(config: RunConfig, weights: Floats) -> Ints:
    """Exactly config.tickets spread over the days by their weights (one multinomial draw).

    The calendar's own weights bring tickets (build_calendar); with holiday_factor 0, the
    countries' public holidays may take every day's away."""
    if not (weights > 0).any():
        raise ConfigError(
            f"no day from {config.start} to {config.end} brings tickets: each is a public "
            "holiday in every country with customers, and holiday_factor is 0; widen "
            "--start/--end or raise holiday_factor"
        )
    rng = chunk_rng(config.seed, "calendar")
    tickets: Ints = rng.multinomial(config.tickets, weights / weights.sum()).astype(np.int64)
    return tickets


def category_cdf_by_month(params: Params, month: Ints, tickets_per_day: Ints) -> Floats:
    """[month 0-11, category] cumulative category weights, January leaning to returns.

    January's RMA and logistics weights are x (1 + january_returns_lift) and its other
    categories shrink to keep the month's mix whole; the other months give back exactly what
    January took, given how many tickets January holds, so over the whole range each category
    keeps its configured share. The lift is capped where the range is mostly January.
    """
    base = np.array([params.categories[c].weight for c in SYMPTOM_CATEGORIES], dtype=np.float64)
    base /= base.sum()
    returns = np.isin(np.array(SYMPTOM_CATEGORIES), RETURNS_CATEGORIES)
    total = max(int(tickets_per_day.sum()), 1)
    january = float(tickets_per_day[month == 1].sum()) / total
    returns_share = float(base[returns].sum())
    lift = params.january_returns_lift
    if january <= 0 or not 0 < returns_share < 1:
        lift = 0.0
    else:  # no category's weight may go negative, in January or in the other months
        lift = min(lift, 1.0 / january - 1.0, 1.0 / returns_share - 1.0)
    others = (1 - returns_share * (1 + lift)) / (1 - returns_share) if returns_share < 1 else 1.0
    january_mix = base * np.where(returns, 1 + lift, others)
    other_mix = (base - january * january_mix) / (1 - january) if january < 1 else base
    mixes = np.vstack([january_mix] + [other_mix] * 11)
    mixes = np.maximum(mixes, 0.0)
    cdf: Floats = np.cumsum(mixes, axis=1) / mixes.sum(axis=1, keepdims=True)
    return cdf


def draw_categories(rng: np.random.Generator, cdf: Floats, month: Ints) -> Ints:
    """A category per ticket from its month's row of `cdf` (month 1-12 per ticket)."""
    rows = cdf[month - 1]
    u = rng.random(len(month))
    picked: Ints = np.minimum((rows <= u[:, None]).sum(axis=1), cdf.shape[1] - 1).astype(np.int64)
    return picked
