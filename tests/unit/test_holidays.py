"""Public holidays per customer country: calendars, day factors, volume, and whose tickets come.

The plan-level expectation is exact here; tests/db/test_rules_holidays.py measures a load.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from seeder.config import RunConfig, build_run_config
from seeder.domain import COUNTRIES
from seeder.generate.customer_mix import build_customer_mix, draw_customers
from seeder.generate.disk_cache import CACHE_ENV
from seeder.generate.holidays import (
    country_day_factors,
    country_shares,
    holiday_calendar,
    holiday_volume,
)
from seeder.generate.plan import build_plan
from seeder.generate.rng import chunk_rng

START, END = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
HALF = 0.5  # issue #19: on its holidays a country's volume falls to at most about half


FLAT_CALENDAR: dict[str, object] = {
    "monthly_weights": [1.0] * 12,
    "black_friday_factor": 1.0,
    "christmas_factor": 1.0,
    "annual_growth": 0.0,
    "day_effect_cv": 0.0,
    "closed_days": [],
    "events": [],
}


def _config(tickets: int = 25_000, **params: object) -> RunConfig:
    config = build_run_config(tickets=tickets, seed=7, start=START, end=END)
    return dataclasses.replace(config, params=dataclasses.replace(config.params, **params))


def test_calendar_holds_each_countrys_national_days_only() -> None:
    found = {(day, country): name for day, country, name in holiday_calendar(START, END)}
    assert found[dt.date(2024, 10, 3), "Germany"] == "German Unity Day"
    assert found[dt.date(2024, 10, 26), "Austria"] == "National Day"
    assert found[dt.date(2024, 4, 27), "Netherlands"] == "King's Day"
    assert found[dt.date(2024, 7, 14), "France"] == "National Day"
    assert found[dt.date(2024, 7, 21), "Belgium"] == "National Day"
    assert found[dt.date(2024, 12, 26), "UK"] == "Boxing Day"
    assert {c for d, c in found if d == dt.date(2024, 12, 25)} == set(COUNTRIES)
    # Regional days stay out: Epiphany in Bavaria only, Scotland's summer bank holiday.
    assert (dt.date(2024, 1, 6), "Germany") not in found
    assert (dt.date(2024, 8, 5), "UK") not in found
    assert (dt.date(2024, 1, 6), "Austria") in found
    rows = holiday_calendar(START, END)
    assert rows == sorted(rows, key=lambda r: (r[0], COUNTRIES.index(r[1])))
    assert all(START <= day <= END for day, _, _ in rows)


def test_day_factors_put_the_holiday_factor_on_a_countrys_holidays() -> None:
    config = _config(holiday_factor=0.25)
    factors = country_day_factors(config)
    assert factors.shape == (config.days, len(COUNTRIES))
    unity = (dt.date(2024, 10, 3) - START).days
    assert factors[unity].tolist() == [1.0, 0.25, 1.0, 1.0, 1.0, 1.0]
    held = {((d - START).days, COUNTRIES.index(c)) for d, c, _ in holiday_calendar(START, END)}
    days, countries = np.nonzero(factors != 1.0)
    assert set(zip(days.tolist(), countries.tolist(), strict=True)) == held
    assert set(np.unique(factors).tolist()) == {0.25, 1.0}


def test_volume_is_the_share_weighted_factor() -> None:
    config = _config()
    volume, shares = holiday_volume(config), country_shares(config)
    assert shares.sum() == pytest.approx(1.0)
    assert volume[(dt.date(2024, 12, 25) - START).days] == pytest.approx(0.4)
    unity = (dt.date(2024, 10, 3) - START).days
    assert volume[unity] == pytest.approx(1 - 0.6 * shares[COUNTRIES.index("Germany")])
    assert volume[(dt.date(2024, 3, 5) - START).days] == 1.0


def test_expected_country_volume_on_its_holidays_is_the_factor_of_a_normal_day() -> None:
    """Expected tickets of country c on day d: tickets_per_day[d] * its share of the day, where
    tickets_per_day ~ weekday weight * holiday volume. Per unit of weekday weight, a country's
    holidays bring holiday_factor (<= half) of its plain days, whatever the others do."""
    # Only weekdays and holidays move the volume here: the rest of the calendar held flat.
    config = _config(**FLAT_CALENDAR)
    plan = build_plan(config)
    mix = plan.customer_mix
    day_share = mix.day_weights / mix.day_weights.sum(axis=1, keepdims=True)
    weekday_weight = np.asarray(config.params.weekday_weights)[plan.weekdays]
    per_weight = day_share * holiday_volume(config)[:, None]
    factors = country_day_factors(config)
    np.testing.assert_allclose(per_weight, country_shares(config) * factors)
    for c in range(len(COUNTRIES)):
        holiday = factors[:, c] < 1
        ratio = per_weight[holiday, c].mean() / per_weight[~holiday, c].mean()
        assert ratio == pytest.approx(config.params.holiday_factor) and ratio <= HALF
    # The realised plan: tickets_per_day follows weekday weight x holiday volume.
    expected = weekday_weight * holiday_volume(config)
    expected *= config.tickets / expected.sum()
    z = (plan.tickets_per_day - expected) / np.sqrt(expected)
    assert np.abs(z).max() < 5
    counts = mix.country_day_counts(plan.tickets_per_day)
    assert counts.sum() == pytest.approx(config.tickets)


def test_drawn_countries_follow_the_days_weights_and_customers_their_country() -> None:
    config = _config(tickets=1_000)
    plan = build_plan(config)
    mix = plan.customer_mix
    unity, plain = (dt.date(2024, 10, 3) - START).days, (dt.date(2024, 9, 26) - START).days
    n = 200_000
    day = np.repeat(np.array([unity, plain], dtype=np.int64), n)
    customer = draw_customers(chunk_rng(1, "test"), mix, day, config.params.customer_repeat_skew)
    country = plan.customer_country[customer]
    germany = COUNTRIES.index("Germany")
    on_holiday = (country[:n] == germany).mean()
    on_plain = (country[n:] == germany).mean()
    share = country_shares(config)[germany]
    assert on_plain == pytest.approx(share, abs=4 * np.sqrt(share / n))
    expected = share * 0.4 / (1 - 0.6 * share)
    assert on_holiday == pytest.approx(expected, abs=4 * np.sqrt(expected / n))
    # Within a country the skew favours its first-listed customers, spread over the ids.
    size = int(mix.offsets[germany + 1] - mix.offsets[germany])
    ranks = np.arange(size, dtype=np.int64)
    by_rank = mix.ranked(np.full(size, germany, dtype=np.int64), ranks)
    top = np.bincount(customer[n:][country[n:] == germany]).argmax()
    assert top == by_rank[0]
    assert sorted(by_rank.tolist()) == np.flatnonzero(plan.customer_country == germany).tolist()


def test_countries_without_customers_bring_no_tickets() -> None:
    config = _config(tickets=200, customers=2)
    customer_country = np.array([COUNTRIES.index("France")] * 2, dtype=np.int8)
    mix = build_customer_mix(config, customer_country)
    day = np.arange(config.days, dtype=np.int64)
    customer = draw_customers(chunk_rng(2, "test"), mix, day, 1.2)
    assert set(customer.tolist()) <= {0, 1}
    assert (mix.day_weights[:, COUNTRIES.index("France")] > 0).all()
    assert mix.day_weights.sum(axis=1).tolist() == mix.day_weights[:, 4].tolist()


def test_a_cached_calendar_is_the_same_and_spares_the_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    first = holiday_calendar(START, END)  # a miss: computed with the package, then stored
    (stored,) = tmp_path.glob("holidays-*.json")
    script = (
        "import sys, datetime as dt\n"
        "from seeder.generate.holidays import holiday_calendar\n"
        f"rows = holiday_calendar(dt.date.fromisoformat('{START}'),"
        f" dt.date.fromisoformat('{END}'))\n"
        "print(len(rows), 'holidays' in sys.modules)\n"
    )
    hit = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True,
        env={**os.environ, CACHE_ENV: str(tmp_path)},
    )  # fmt: skip
    assert hit.stdout.split() == [str(len(first)), "False"]
    stored.write_text("{not json")  # a damaged file is computed again, and rewritten
    assert holiday_calendar(START, END) == first
    assert json.loads(stored.read_text())["value"]
