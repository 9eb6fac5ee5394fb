"""Business rules: time coherence of tickets and interactions, and arrival patterns.

On the session's 20,000-ticket load (see business_rules_support).
"""

from __future__ import annotations

import datetime as dt
import statistics

from business_rules_support import (
    HOUR_SHARE_MAX,
    HOURLY_CORRELATION_MIN,
    WEEKDAY_WEEKEND_RATIO_MIN,
    Dataset,
    assert_no_violations,
    assert_shares,
)

# --- 6. time coherence ---------------------------------------------------------------------

PER_TICKET = """
    SELECT ticket_id, min(interaction_created) AS first_created,
           max(interaction_handled) AS last_handled
    FROM interactions GROUP BY ticket_id
"""


def test_ticket_created_before_its_first_interaction(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "ticket created after its first interaction",
        f"""SELECT t.ticket_id, t.ticket_created, p.first_created
            FROM tickets t JOIN ({PER_TICKET}) AS p ON p.ticket_id = t.ticket_id
            WHERE t.ticket_created > p.first_created""",
    )


def test_interactions_end_within_the_span(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "interaction handled after the ticket's first interaction + max_interaction_span_hours",
        """SELECT i.interaction_id, f.first_created, i.interaction_handled
           FROM interactions i
           JOIN (SELECT ticket_id, min(interaction_created) AS first_created
                 FROM interactions GROUP BY 1) f ON f.ticket_id = i.ticket_id
           WHERE i.interaction_handled > f.first_created + %(span)s * interval '1 hour'""",
        span=ds.params.max_interaction_span_hours,
    )


def test_interactions_of_a_ticket_do_not_overlap(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "interaction starts before the previous one of its ticket was handled",
        """SELECT * FROM (
               SELECT interaction_id, interaction_created,
                      lag(interaction_handled) OVER (
                          PARTITION BY ticket_id ORDER BY interaction_created, interaction_id
                      ) AS previous_handled
               FROM interactions
           ) AS o
           WHERE interaction_created < previous_handled""",
    )


def test_interaction_handled_is_created_plus_handle_time(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "interaction_handled <> interaction_created + handle_time minutes",
        """SELECT interaction_id, interaction_created, handle_time, interaction_handled
           FROM interactions
           WHERE interaction_created + handle_time * interval '1 minute'
                 <> interaction_handled""",
    )


def test_last_interaction_time_is_the_latest_handled(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "last_interaction_time differs from max(interaction_handled)",
        f"""SELECT t.ticket_id, t.last_interaction_time, p.last_handled
            FROM tickets t LEFT JOIN ({PER_TICKET}) AS p ON p.ticket_id = t.ticket_id
            WHERE t.last_interaction_time IS DISTINCT FROM p.last_handled""",
    )


def test_closed_tickets_close_after_the_last_interaction_within_the_range(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "closure before the last interaction or after the range end",
        """SELECT ticket_id, last_interaction_time, ticket_closed FROM tickets
           WHERE ticket_closed < last_interaction_time OR ticket_closed > %(end)s""",
        end=ds.range_end,
    )


def test_closure_hours_match_the_timestamps(ds: Dataset) -> None:
    # The generator rounds half to even, PostgreSQL half away from zero: 0.01 at most apart.
    assert_no_violations(
        ds,
        "resolution/lifecycle hours disagree with the timestamps",
        """SELECT ticket_id, resolution_after_last_interaction_hours, lifecycle_hours
           FROM tickets
           WHERE ticket_closed IS NOT NULL AND (
               resolution_after_last_interaction_hours IS NULL OR lifecycle_hours IS NULL
               OR abs(resolution_after_last_interaction_hours - round(
                   extract(epoch FROM ticket_closed - last_interaction_time) / 3600, 2)) > 0.01
               OR abs(lifecycle_hours - round(
                   extract(epoch FROM ticket_closed - ticket_created) / 3600, 2)) > 0.01)
           UNION ALL
           SELECT ticket_id, resolution_after_last_interaction_hours, lifecycle_hours
           FROM tickets
           WHERE ticket_closed IS NULL AND (
               resolution_after_last_interaction_hours IS NOT NULL
               OR lifecycle_hours IS NOT NULL)""",
    )


def test_status_is_closed_exactly_when_closed_and_fcr_is_always_closed(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "status disagrees with ticket_closed, or FCR ticket not closed",
        """SELECT ticket_id, status, ticket_closed, fcr FROM tickets
           WHERE (status = 'closed') <> (ticket_closed IS NOT NULL)
              OR (fcr AND status <> 'closed')""",
    )


def test_new_and_open_tickets_are_recent(ds: Dataset) -> None:
    start = ds.range_start
    median = ds.scalar(
        """SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ticket_created))
           FROM tickets WHERE status IN ('new', 'open')"""
    )
    last_quarter = start + 0.75 * (ds.range_end - start)
    median_at = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=float(median))
    assert median_at >= last_quarter, f"median new/open creation {median_at} < {last_quarter}"
    assert_no_violations(
        ds,
        "'new' ticket older than new_within_days",
        """SELECT ticket_id, ticket_created FROM tickets
           WHERE status = 'new' AND ticket_created < %(c)s""",
        c=ds.range_end - dt.timedelta(days=ds.params.new_within_days),
    )


# --- 7. arrivals ---------------------------------------------------------------------------


def calendar_days_per_weekday(start: dt.date, end: dt.date) -> list[int]:
    """How many dates of [start, end] fall on each weekday, Monday first."""
    days = [0] * 7
    for offset in range((end - start).days + 1):
        days[(start + dt.timedelta(days=offset)).weekday()] += 1
    return days


def test_tickets_per_weekday_follow_weekday_weights(ds: Dataset) -> None:
    days = calendar_days_per_weekday(ds.config.start, ds.config.end)
    weights = ds.params.weekday_weights
    mass = [w * d for w, d in zip(weights, days, strict=True)]
    expected = {i: m / sum(mass) for i, m in enumerate(mass)}
    by_isodow = ds.rows(
        "SELECT extract(isodow FROM ticket_created)::int, count(*) FROM tickets GROUP BY 1"
    )
    counts = {isodow - 1: n for isodow, n in by_isodow}
    assert_shares("tickets per weekday (Monday = 0)", counts, expected)
    per_day = [round(counts.get(i, 0) / days[i], 2) for i in range(7)]
    weekday = sum(counts.get(i, 0) for i in range(5)) / sum(days[:5])
    weekend = sum(counts.get(i, 0) for i in (5, 6)) / sum(days[5:])
    ratio = weekday / weekend
    assert ratio > WEEKDAY_WEEKEND_RATIO_MIN, f"weekday/weekend ratio {ratio:.3f}: {per_day}"


def test_intraday_arrivals_follow_hourly_weights(ds: Dataset) -> None:
    found = dict(
        ds.rows("SELECT extract(hour FROM ticket_created)::int, count(*) FROM tickets GROUP BY 1")
    )
    hourly = [found.get(h, 0) for h in range(24)]
    r = statistics.correlation(hourly, ds.params.hourly_weights)
    assert r > HOURLY_CORRELATION_MIN, f"Pearson r {r:.4f} between hourly counts and weights"
    top = max(hourly) / sum(hourly)
    assert top < HOUR_SHARE_MAX, f"one hour holds {top:.4f} of the tickets"
