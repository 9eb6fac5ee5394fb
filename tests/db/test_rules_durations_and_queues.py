"""Business rules: handle time and speed of answer, and the calls and chats queue records.

On the session's 20,000-ticket load (see business_rules_support).
"""

from __future__ import annotations

import math
import statistics

import pytest
from business_rules_support import (
    BOUND_SHARE_MAX,
    CHANNELS,
    DAILY_RATE_MIN_CONTACTS,
    DAILY_RATE_SD_MIN,
    MEDIAN_SHIFT_ALLOWED,
    QUEUES,
    Dataset,
    Z,
    assert_near,
    assert_no_violations,
)

from seeder.generate.plan import build_plan
from seeder.params import Range

# --- 8. handle time and speed of answer ----------------------------------------------------

MEASURES = {"handle_time": "handle_time_minutes", "speed_of_answer": "speed_of_answer"}


def distribution(ds: Dataset, column: str, channel: str) -> Range:
    dist: Range = getattr(ds.params, MEASURES[column])[channel]
    return dist


@pytest.mark.parametrize("column", list(MEASURES))
def test_values_lie_within_the_bounds_without_a_spike_at_them(ds: Dataset, column: str) -> None:
    failures = []
    for channel in CHANNELS:
        dist = distribution(ds, column, channel)
        n, outside, at_bound = ds.rows(
            f"""SELECT count(*),
                       count(*) FILTER (WHERE {column} < %(lo)s OR {column} > %(hi)s),
                       count(*) FILTER (WHERE {column} IN (%(lo)s, %(hi)s))
                FROM interactions WHERE channel = %(channel)s""",
            {"lo": dist.min, "hi": dist.max, "channel": channel},
        )[0]
        if outside:
            failures.append(f"{channel}: {outside} of {n} outside [{dist.min}, {dist.max}]")
        if at_bound / n >= BOUND_SHARE_MAX:
            failures.append(f"{channel}: {at_bound / n:.5f} of {n} values sit on a bound")
    assert not failures, f"{column}: " + "; ".join(failures)


def assert_median_near(ds: Dataset, column: str, channel: str) -> None:
    dist = distribution(ds, column, channel)
    n, median = ds.rows(
        f"""SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY {column})
            FROM interactions WHERE channel = %(channel)s""",
        {"channel": channel},
    )[0]
    # Relative standard error of a log-normal median: sqrt(pi / 2) * sigma / sqrt(n).
    sampling = Z * math.sqrt(math.pi / 2) * dist.sigma / math.sqrt(n)
    assert_near(
        f"{channel} {column} median / configured median",
        median / dist.median,
        1.0,
        MEDIAN_SHIFT_ALLOWED + sampling,
    )


@pytest.mark.parametrize("channel", CHANNELS)
def test_handle_time_median_is_near_the_configured_median(ds: Dataset, channel: str) -> None:
    assert_median_near(ds, "handle_time", channel)


@pytest.mark.parametrize("channel", ["email", "phone", "chat"])
def test_speed_of_answer_median_is_near_the_configured_median(ds: Dataset, channel: str) -> None:
    assert_median_near(ds, "speed_of_answer", channel)


# --- 9. calls and chats --------------------------------------------------------------------


@pytest.mark.parametrize(("table", "channel"), QUEUES.items())
def test_one_answered_queue_record_per_interaction(ds: Dataset, table: str, channel: str) -> None:
    interactions = ds.scalar(
        "SELECT count(*) FROM interactions WHERE channel = %(ch)s", {"ch": channel}
    )
    answered, linked, distinct = ds.rows(
        f"""SELECT count(*) FILTER (WHERE NOT is_abandoned), count(interaction_id),
                   count(DISTINCT interaction_id) FROM {table}"""
    )[0]
    assert answered == linked == distinct == interactions, (
        f"{table}: {answered} answered, {linked} linked, {distinct} distinct interaction ids, "
        f"{interactions} {channel} interactions"
    )
    assert_no_violations(
        ds,
        f"{table} row linked to a missing interaction or one of another channel",
        f"""SELECT q.id, q.interaction_id, i.channel
            FROM {table} q LEFT JOIN interactions i ON i.interaction_id = q.interaction_id
            WHERE q.interaction_id IS NOT NULL AND i.channel IS DISTINCT FROM %(ch)s""",
        ch=channel,
    )


@pytest.mark.parametrize("table", QUEUES)
def test_queue_timestamps_agree_with_interactions(ds: Dataset, table: str) -> None:
    assert_no_violations(
        ds,
        f"answered {table} row disagrees with its interaction",
        f"""SELECT q.id, q.initialized, q.answered, i.interaction_created, i.speed_of_answer
            FROM {table} q JOIN interactions i ON i.interaction_id = q.interaction_id
            WHERE q.answered IS DISTINCT FROM i.interaction_created
               OR q.initialized <> i.interaction_created
                                   - i.speed_of_answer * interval '1 second'""",
    )
    assert_no_violations(
        ds,
        f"abandoned {table} row with an interaction, an answer or a negative wait",
        f"""SELECT id, initialized, answered, abandoned, interaction_id FROM {table}
            WHERE is_abandoned AND (interaction_id IS NOT NULL OR answered IS NOT NULL
                                    OR abandoned IS NULL OR abandoned < initialized)""",
    )


@pytest.mark.parametrize("table", QUEUES)
def test_abandonment_share(ds: Dataset, table: str) -> None:
    n, abandoned, days = ds.rows(
        f"""SELECT count(*), count(*) FILTER (WHERE is_abandoned),
                   count(DISTINCT coalesce(answered, initialized)::date) FROM {table}"""
    )[0]
    ab = ds.params.abandonment[table]
    # Binomial noise plus the spread of the daily rates (uniform in mean +- daily_spread).
    variance = ab.mean * (1 - ab.mean) / n + ab.daily_spread**2 / 3 / days
    assert_near(f"{table} abandoned share", abandoned / n, ab.mean, Z * math.sqrt(variance))


DAILY_ABANDONMENT = """
    SELECT coalesce(answered, initialized)::date AS day, count(*) AS contacts,
           count(*) FILTER (WHERE is_abandoned) AS abandoned
    FROM {table} GROUP BY 1
"""


@pytest.mark.parametrize("table", QUEUES)
def test_daily_abandonment_rates_vary(ds: Dataset, table: str) -> None:
    rows = ds.rows(DAILY_ABANDONMENT.format(table=table))
    rates = [a / n for _, n, a in rows if n >= DAILY_RATE_MIN_CONTACTS]
    assert len(rates) >= 2, f"only {len(rates)} day(s) with {DAILY_RATE_MIN_CONTACTS}+ contacts"
    # Weak on its own: binomial noise at 30 contacts alone exceeds the floor. The test below
    # is the one that tells the configured daily spread from noise.
    sd = statistics.stdev(rates)
    assert sd > DAILY_RATE_SD_MIN, f"sd of daily {table} abandonment {sd:.5f} over {len(rates)}"


@pytest.mark.parametrize("table", QUEUES)
def test_daily_abandonment_follows_the_drawn_daily_rate(ds: Dataset, table: str) -> None:
    """Days whose drawn rate is above the median abandon more, by the drawn difference.

    At ~25 contacts a day binomial noise hides the spread in a single day's rate, so the
    days are pooled by the rate the plan drew for them: the high half must abandon more
    than the low half by what those rates predict, within Z standard errors.
    """
    drawn = build_plan(ds.config).abandonment_by_day[table]
    threshold = statistics.median(drawn)
    # contacts, abandoned, abandoned expected from the drawn rates
    pooled: dict[bool, list[float]] = {True: [0, 0, 0.0], False: [0, 0, 0.0]}
    for day, contacts, abandoned in ds.rows(DAILY_ABANDONMENT.format(table=table)):
        rate = float(drawn[(day - ds.config.start).days])
        group = pooled[rate > threshold]
        group[0] += contacts
        group[1] += abandoned
        group[2] += contacts * rate
    (n_hi, a_hi, e_hi), (n_lo, a_lo, e_lo) = pooled[True], pooled[False]
    measured = a_hi / n_hi - a_lo / n_lo
    expected = e_hi / n_hi - e_lo / n_lo
    p = (a_hi + a_lo) / (n_hi + n_lo)
    tolerance = Z * math.sqrt(p * (1 - p) * (1 / n_hi + 1 / n_lo))
    assert expected > tolerance, "the configured spread is too small to observe: bad fixture"
    assert_near(f"{table} high-rate minus low-rate days", measured, expected, tolerance)
