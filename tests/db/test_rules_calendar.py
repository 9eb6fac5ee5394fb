"""Issue #19's calendar numbers, asserted with SQL on the shared 25,000-ticket load (seed 7).

Each target is the issue's floor; the defaults are chosen so the expected value clears it by
several standard errors. Where a test also compares with the configured value, its tolerance
is Z standard errors of the estimate: counting noise (1/n) plus the day effects' spread
(day_effect_cv^2 / days), both relative variances.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics

from business_rules_support import Dataset, Z

PEAK_WEEK_RATIO_MIN = 1.4  # issue: the peak week is at least 1.4x the median week
JANUARY_RETURNS_RATIO_MIN = 1.2  # issue: the RMA and logistics share rises by at least 20 %
DISPERSION_MIN = 1.5  # issue: index of dispersion of same-weekday counts within a month
SUMMER_RATIO_MAX = 0.95  # summer dips: July-August at least 5 % below the months around them
GROWTH_MONTHS = 6  # "the last months" compared with the same months a year earlier

DAILY_COUNTS = """
    SELECT d::date, count(t.ticket_id)
    FROM generate_series(%(start)s::date, %(end)s::date, interval '1 day') AS d
    LEFT JOIN tickets t ON t.ticket_created::date = d::date
    GROUP BY 1 ORDER BY 1
"""


def daily_counts(ds: Dataset) -> dict[dt.date, int]:
    rows = ds.rows(DAILY_COUNTS, {"start": ds.config.start, "end": ds.config.end})
    return {day: n for day, n in rows}


def closed(ds: Dataset, day: dt.date) -> bool:
    return f"{day.month:02d}-{day.day:02d}" in ds.params.closed_days


def per_day(counts: dict[dt.date, int], first: dt.date, last: dt.date) -> tuple[float, int]:
    """(tickets per day, tickets) over [first, last]."""
    n = sum(v for d, v in counts.items() if first <= d <= last)
    return n / ((last - first).days + 1), n


def ratio_tolerance(ds: Dataset, *windows: tuple[int, int]) -> float:
    """Z standard errors of a ratio of window totals, relative; windows are (tickets, days)."""
    cv = ds.params.day_effect_cv
    return Z * math.sqrt(sum(1 / n + cv**2 / days for n, days in windows))


def test_the_peak_week_is_well_above_the_median_week(ds: Dataset) -> None:
    counts = daily_counts(ds)
    first_monday = ds.config.start + dt.timedelta(days=-ds.config.start.weekday() % 7)
    weeks = []
    monday = first_monday
    while monday + dt.timedelta(days=6) <= ds.config.end:  # whole weeks only
        weeks.append(sum(counts[monday + dt.timedelta(days=i)] for i in range(7)))
        monday += dt.timedelta(days=7)
    ratio = max(weeks) / statistics.median(weeks)
    assert ratio >= PEAK_WEEK_RATIO_MIN, (
        f"peak week {max(weeks)}, median {statistics.median(weeks)}"
    )


def test_the_last_months_are_busier_than_a_year_earlier(ds: Dataset) -> None:
    counts = daily_counts(ds)
    end = ds.config.end
    first = end - dt.timedelta(days=round(GROWTH_MONTHS * 30.44))
    year = dt.timedelta(days=364)  # same weekdays a year earlier
    late, late_n = per_day(counts, first, end)
    early, early_n = per_day(counts, first - year, end - year)
    days = (end - first).days + 1
    ratio = late / early
    expected = (1 + ds.params.annual_growth) ** (364 / 365.2425)
    tolerance = ratio_tolerance(ds, (late_n, days), (early_n, days)) * expected
    assert ratio > 1.0, f"last {GROWTH_MONTHS} months vs a year earlier: {ratio:.3f}"
    assert abs(ratio - expected) <= tolerance, f"{ratio:.3f} vs {expected:.3f} +- {tolerance:.3f}"


def test_summer_dips(ds: Dataset) -> None:
    counts = daily_counts(ds)
    summer = per_day(counts, dt.date(2024, 7, 1), dt.date(2024, 8, 31))[0]
    spring = per_day(counts, dt.date(2024, 5, 1), dt.date(2024, 6, 30))[0]
    autumn = per_day(counts, dt.date(2024, 9, 1), dt.date(2024, 10, 31))[0]
    ratio = summer / ((spring + autumn) / 2)  # the months around cancel a steady growth
    assert ratio <= SUMMER_RATIO_MAX, f"July-August per day vs the months around: {ratio:.3f}"


def test_january_brings_returns(ds: Dataset) -> None:
    rows = ds.rows(
        """SELECT extract(month FROM ticket_created) = 1,
                  count(*) FILTER (WHERE symptom_cat IN ('rma', 'logistics')), count(*)
           FROM tickets GROUP BY 1"""
    )
    by_january = {january: (returns, n) for january, returns, n in rows}
    jan_returns, jan_n = by_january[True]
    all_returns = sum(r for r, _ in by_january.values())
    all_n = sum(n for _, n in by_january.values())
    year_share, jan_share = all_returns / all_n, jan_returns / jan_n
    ratio = jan_share / year_share
    expected = 1 + ds.params.january_returns_lift
    tolerance = Z * math.sqrt(jan_share * (1 - jan_share) / jan_n) / year_share
    assert ratio >= JANUARY_RETURNS_RATIO_MIN, f"January's returns share {ratio:.3f}x the year's"
    assert abs(ratio - expected) <= tolerance, f"{ratio:.3f} vs {expected:.3f} +- {tolerance:.3f}"


def test_daily_counts_spread_more_than_poisson(ds: Dataset) -> None:
    groups: dict[tuple[int, int, int], list[int]] = {}
    for day, n in daily_counts(ds).items():
        if not closed(ds, day):
            groups.setdefault((day.year, day.month, day.weekday()), []).append(n)
    indices = [
        statistics.variance(v) / statistics.mean(v)
        for v in groups.values()
        if len(v) >= 4 and statistics.mean(v) > 0
    ]
    mean_index = statistics.mean(indices)
    assert len(indices) > 100
    assert mean_index >= DISPERSION_MIN, f"mean index of dispersion {mean_index:.3f}"


def test_closed_days_have_no_tickets_contacts_or_shifts(ds: Dataset) -> None:
    days = [d for d in daily_counts(ds) if closed(ds, d)]
    assert len(days) >= 5
    busy = ds.rows(
        """SELECT 'tickets', count(*) FROM tickets WHERE ticket_created::date = ANY(%(d)s)
           UNION ALL
           SELECT 'interactions', count(*) FROM interactions
           WHERE interaction_created::date = ANY(%(d)s) OR interaction_handled::date = ANY(%(d)s)
           UNION ALL
           SELECT 'shifts', count(*) FROM wfm
           WHERE date = ANY(%(d)s) AND (scheduled_time > 0 OR shift_start IS NOT NULL)""",
        {"d": days},
    )
    assert dict(busy) == {"tickets": 0, "interactions": 0, "shifts": 0}
