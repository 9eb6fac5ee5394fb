"""The calendar (issue #19): day weights, peaks on the right dates, exact totals, January's mix."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from seeder.config import RunConfig, build_run_config
from seeder.domain import SYMPTOM_CATEGORIES
from seeder.errors import ConfigError
from seeder.generate.calendar import (
    black_friday,
    build_calendar,
    category_cdf_by_month,
    date_parts,
    draw_tickets_per_day,
    peak_factor,
)
from seeder.generate.plan import build_plan
from seeder.params import Params

EPOCH = dt.date(1970, 1, 1)
# Black Friday (the day after US Thanksgiving) from published calendars.
BLACK_FRIDAYS = {
    2019: dt.date(2019, 11, 29),
    2020: dt.date(2020, 11, 27),
    2021: dt.date(2021, 11, 26),
    2022: dt.date(2022, 11, 25),
    2023: dt.date(2023, 11, 24),
    2024: dt.date(2024, 11, 29),  # the fifth Friday: November began on a Friday
    2025: dt.date(2025, 11, 28),
    2030: dt.date(2030, 11, 29),
}


def config_for(
    start: str, end: str, tickets: int = 5_000, seed: int = 3, **params: object
) -> RunConfig:
    config = build_run_config(
        tickets=tickets,
        seed=seed,
        start=dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end),
    )
    return dataclasses.replace(config, params=dataclasses.replace(config.params, **params))


def weekdays_of(config: RunConfig) -> np.ndarray:
    return (config.start.weekday() + np.arange(config.days, dtype=np.int64)) % 7


def test_black_friday_is_the_day_after_thanksgiving() -> None:
    years = np.array(sorted(BLACK_FRIDAYS), dtype=np.int64)
    found = [EPOCH + dt.timedelta(days=int(d)) for d in black_friday(years)]
    assert found == [BLACK_FRIDAYS[y] for y in sorted(BLACK_FRIDAYS)]


@pytest.mark.parametrize("year", sorted(BLACK_FRIDAYS))
def test_peaks_fall_on_black_friday_to_cyber_monday_and_the_gift_weeks(year: int) -> None:
    params = dataclasses.replace(Params(), black_friday_factor=1.8, christmas_factor=1.3)
    start = dt.date(year, 11, 1)
    factor = peak_factor(params, start, 61)
    dates = [start + dt.timedelta(days=i) for i in range(61)]
    friday = BLACK_FRIDAYS[year]
    cyber_monday = friday + dt.timedelta(days=3)
    assert cyber_monday.weekday() == 0
    for date, f in zip(dates, factor.tolist(), strict=True):
        if friday <= date <= cyber_monday:
            assert f == 1.8, date
        elif date.month == 12 and 10 <= date.day <= 23:
            assert f == 1.3, date
        else:
            assert f == 1.0, date


def test_date_parts_match_the_calendar() -> None:
    start = dt.date(2023, 12, 30)
    year, month, dom = date_parts(start, 70)  # across a new year and a leap February
    for i in range(70):
        date = start + dt.timedelta(days=i)
        assert (year[i], month[i], dom[i]) == (date.year, date.month, date.day)


def test_day_weights_multiply_weekday_month_peak_and_growth() -> None:
    config = config_for("2023-01-02", "2025-01-05", day_effect_cv=0.0)
    calendar = build_calendar(config, weekdays_of(config))
    p = config.params
    assert (calendar.day_effect == 1.0).all()
    day = {config.start + dt.timedelta(days=i): w for i, w in enumerate(calendar.expected)}
    # Mondays a year apart (2023-03-06, 2024-03-04: 364 days) differ by growth only.
    ratio = day[dt.date(2024, 3, 4)] / day[dt.date(2023, 3, 6)]
    assert ratio == pytest.approx((1 + p.annual_growth) ** (364 / 365.2425))
    # A Monday in July vs the Monday before in June: month weights and a week's growth.
    july = day[dt.date(2023, 7, 3)] / day[dt.date(2023, 6, 26)]
    growth = (1 + p.annual_growth) ** (7 / 365.2425)
    assert july == pytest.approx(p.monthly_weights[6] / p.monthly_weights[5] * growth)
    # Saturday vs the Friday before, same month.
    weekend = day[dt.date(2023, 3, 11)] / day[dt.date(2023, 3, 10)]
    assert weekend == pytest.approx(p.weekday_weights[5] / p.weekday_weights[4] * growth ** (1 / 7))
    monday_bf = day[dt.date(2023, 11, 27)] / day[dt.date(2023, 11, 20)]
    assert monday_bf == pytest.approx(p.black_friday_factor * growth)


def test_closed_days_weigh_nothing_and_nobody_works_them() -> None:
    config = config_for("2023-12-18", "2024-01-14")
    plan = build_plan(config)
    closed = [
        config.start + dt.timedelta(days=int(i))
        for i in np.flatnonzero(plan.rota.rostered_per_day() == 0)
    ]
    assert closed == [dt.date(2023, 12, 25), dt.date(2023, 12, 26), dt.date(2024, 1, 1)]
    for date in closed:
        day = (date - config.start).days
        assert plan.tickets_per_day[day] == 0
        assert plan.rota.staffed_close_s[day] == plan.rota.staffed_open_s[day] == 0
    assert (plan.tickets_per_day > 0).sum() == config.days - 3


def test_no_closed_days_when_none_are_configured() -> None:
    config = config_for("2023-12-18", "2024-01-14", closed_days=[])
    plan = build_plan(config)
    assert (plan.rota.rostered_per_day() > 0).all()


@pytest.mark.parametrize("tickets", [1, 499, 25_000, 1_000_003])
def test_the_ticket_count_is_exact(tickets: int) -> None:
    config = config_for("2023-09-15", "2025-08-21", tickets=tickets)
    per_day = draw_tickets_per_day(config, build_calendar(config, weekdays_of(config)).weights)
    assert per_day.sum() == tickets
    assert (per_day >= 0).all()


def test_same_inputs_give_the_same_days_and_another_seed_others() -> None:
    def draw(seed: int) -> np.ndarray:
        config = config_for("2023-09-15", "2025-08-21", tickets=25_000, seed=seed)
        return draw_tickets_per_day(config, build_calendar(config, weekdays_of(config)).weights)

    assert np.array_equal(draw(5), draw(5))
    assert not np.array_equal(draw(5), draw(6))


def test_day_effects_have_mean_one_and_the_configured_spread() -> None:
    config = config_for("2000-01-01", "2199-12-31", day_effect_cv=0.25)
    effect = build_calendar(config, weekdays_of(config)).day_effect
    n = len(effect)  # 73,000 days: the standard errors below are about 0.001
    assert effect.mean() == pytest.approx(1.0, abs=4 * 0.25 / np.sqrt(n))
    assert effect.std() == pytest.approx(0.25, abs=0.01)


def test_a_range_of_closed_days_is_refused() -> None:
    config = config_for("2024-12-25", "2024-12-26")
    with pytest.raises(ConfigError, match="no day from 2024-12-25 to 2024-12-26 brings tickets"):
        build_calendar(config, weekdays_of(config))


def _range_mix(cdf: np.ndarray, month: np.ndarray, per_day: np.ndarray) -> np.ndarray:
    mixes = np.diff(cdf, axis=1, prepend=0.0)
    tickets_per_month = np.bincount(month - 1, weights=per_day, minlength=12)
    mix: np.ndarray = (tickets_per_month[:, None] * mixes).sum(axis=0) / per_day.sum()
    return mix


@pytest.mark.parametrize(
    ("start", "end"), [("2023-09-15", "2025-08-21"), ("2024-01-20", "2024-02-20")]
)
def test_january_leans_to_returns_and_the_range_keeps_its_mix(start: str, end: str) -> None:
    config = config_for(start, end, tickets=25_000)
    p = config.params
    calendar = build_calendar(config, weekdays_of(config))
    per_day = draw_tickets_per_day(config, calendar.weights)
    cdf = category_cdf_by_month(p, calendar.month, per_day)
    weights = np.array([p.categories[c].weight for c in SYMPTOM_CATEGORIES])
    assert _range_mix(cdf, calendar.month, per_day) == pytest.approx(weights / weights.sum())
    returns = [SYMPTOM_CATEGORIES.index(c) for c in ("rma", "logistics")]
    january = np.diff(cdf[0], prepend=0.0)[returns].sum()
    # Where January holds most tickets, the other months cannot give back the full lift.
    january_share = per_day[calendar.month == 1].sum() / per_day.sum()
    lift = min(p.january_returns_lift, 1 / january_share - 1)
    assert lift > 0.2
    assert january == pytest.approx(weights[returns].sum() * (1 + lift))


def test_a_range_of_january_only_keeps_the_configured_mix() -> None:
    config = config_for("2024-01-02", "2024-01-30", tickets=2_000)
    calendar = build_calendar(config, weekdays_of(config))
    cdf = category_cdf_by_month(
        config.params, calendar.month, draw_tickets_per_day(config, calendar.weights)
    )
    weights = np.array([config.params.categories[c].weight for c in SYMPTOM_CATEGORIES])
    assert np.diff(cdf[0], prepend=0.0) == pytest.approx(weights / weights.sum())
