"""Business rules: wFM time, customers, message text, ratings and agents.

On the session's 20,000-ticket load (see business_rules_support).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pytest
from business_rules_support import (
    CALLING_CODE,
    LANGUAGE_MARKERS,
    MARKED_SHARE_MIN,
    MINUTES_PER_SHIFT,
    SHRINKAGE_ALLOWED,
    Dataset,
    Z,
    assert_near,
    assert_no_violations,
    share_tolerance,
)

# --- 10. WFM -------------------------------------------------------------------------------


def test_one_wfm_row_per_agent_per_day_without_gaps(ds: Dataset) -> None:
    expected_days = """
        SELECT u.id AS user_id, d::date AS date
        FROM users u,
             generate_series(greatest(u.start_date, %(start)s::date), %(end)s::date,
                             interval '1 day') AS d
    """
    params = {"start": ds.config.start, "end": ds.config.end}
    assert ds.scalar("SELECT count(*) FROM wfm") == ds.scalar(
        f"SELECT count(*) FROM ({expected_days}) AS e", params
    )
    assert_no_violations(
        ds,
        "wfm row missing or outside the agent's days",
        f"""SELECT e.user_id, e.date, w.user_id, w.date
            FROM ({expected_days}) AS e
            FULL JOIN wfm w ON w.user_id = e.user_id AND w.date = e.date
            WHERE e.user_id IS NULL OR w.user_id IS NULL""",
        **params,
    )


def test_paid_and_scheduled_time_follow_fte(ds: Dataset) -> None:
    # A busy day may stretch the shift (scheduled above FTE x 8 h), never shorten it, but a
    # day the centre is open for less (Sunday's six hours) shortens it to the day; paid time
    # adds any overtime to the scheduled time (docs/contact_centre.md).
    hours = ds.params.opening_hours.values()
    day_minutes = [
        round(60 * (max(week[d][1] for week in hours) - min(week[d][0] for week in hours)))
        for d in range(7)
    ]
    assert_no_violations(
        ds,
        "paid < scheduled, or a working day shorter than FTE x 8 h and the centre's day",
        f"""SELECT w.user_id, w.date, w.paid_time, w.scheduled_time, u.fte
            FROM wfm w JOIN users u ON u.id = w.user_id
            WHERE w.paid_time < w.scheduled_time
               OR (w.scheduled_time <> 0 AND w.scheduled_time < least(
                   {MINUTES_PER_SHIFT} * u.fte,
                   (ARRAY{day_minutes})[extract(isodow FROM w.date)::int]))""",
    )


def test_interactions_happen_on_scheduled_days(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "interaction on a day its handler has no scheduled time",
        """SELECT i.interaction_id, i.handled_by, i.interaction_created, w.scheduled_time
           FROM interactions i
           LEFT JOIN wfm w ON w.user_id = i.handled_by
                          AND w.date = i.interaction_created::date
           WHERE coalesce(w.scheduled_time, 0) <= 0""",
    )


def test_wfm_times_are_consistent(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "interactions_time below the day's handle time, or inconsistent wfm times",
        """SELECT w.user_id, w.date, w.interactions_time, h.minutes, w.available_time,
                  w.scheduled_time, w.productive_time
           FROM wfm w
           LEFT JOIN (SELECT handled_by, interaction_created::date AS date,
                             ceil(sum(handle_time)) AS minutes
                      FROM interactions GROUP BY 1, 2) AS h
                  ON h.handled_by = w.user_id AND h.date = w.date
           WHERE w.interactions_time < coalesce(h.minutes, 0)
              OR w.available_time > w.scheduled_time
              OR w.productive_time < w.interactions_time""",
    )


def test_mean_shrinkage(ds: Dataset) -> None:
    """Over the days agents are present (absence takes a whole day, not a share of it)."""
    shrinkage = ds.scalar(
        """SELECT 1 - sum(available_time)::float8 / sum(scheduled_time) FROM wfm
           WHERE available_time > 0"""
    )
    assert_near("shrinkage", shrinkage, ds.params.shrinkage.mean, SHRINKAGE_ALLOWED)


# --- 11. customers -------------------------------------------------------------------------


def test_customer_emails_are_unique_ignoring_case(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "e-mail used by more than one customer",
        "SELECT lower(email) FROM customers GROUP BY 1 HAVING count(*) > 1",
    )


def test_phone_numbers_carry_the_country_calling_code(ds: Dataset) -> None:
    codes = ", ".join(f"('{c}', '{code}')" for c, code in CALLING_CODE.items())
    assert_no_violations(
        ds,
        "phone number without its country's calling code",
        f"""SELECT c.id, c.country, c.phone
            FROM customers c LEFT JOIN (VALUES {codes}) AS m(country, code)
                 ON m.country = c.country
            WHERE m.code IS NULL OR c.phone NOT LIKE m.code || '%'""",
    )


# --- 12. message text ----------------------------------------------------------------------


def test_only_email_and_chat_interactions_carry_text(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "text on a phone interaction, or missing on an e-mail or chat",
        """SELECT interaction_id, channel, subject, body FROM interactions
           WHERE (channel = 'phone') <> (subject IS NULL)
              OR (channel = 'phone') <> (body IS NULL)""",
    )


@pytest.mark.parametrize("channel", ["email", "chat"])
def test_bodies_are_written_in_the_ticket_language(ds: Dataset, channel: str) -> None:
    """Each language's markers sit in its own bodies and (as a control) not in the others'."""
    columns = ", ".join(
        f"count(*) FILTER (WHERE i.body ~* %({lang})s)" for lang in LANGUAGE_MARKERS
    )
    rows = ds.rows(
        f"""SELECT t.language, count(*), {columns}
            FROM interactions i JOIN tickets t ON t.ticket_id = i.ticket_id
            WHERE i.channel = %(channel)s GROUP BY t.language""",
        {"channel": channel, **LANGUAGE_MARKERS},
    )
    assert {r[0] for r in rows} == set(LANGUAGE_MARKERS)
    failures = []
    for language, n, *matched in rows:
        for marker_language, count in zip(LANGUAGE_MARKERS, matched, strict=True):
            share = count / n
            own = marker_language == language
            if own and share <= MARKED_SHARE_MIN:
                failures.append(f"{language}: only {share:.4f} carry {language} markers")
            if not own and share >= 1 - MARKED_SHARE_MIN:
                failures.append(f"{language}: {share:.4f} carry {marker_language} markers")
    assert not failures, "; ".join(failures)


# --- 13. ratings ---------------------------------------------------------------------------


def test_ratings_only_on_closed_tickets_in_range(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "rating on an unclosed ticket or outside 1..5",
        """SELECT ticket_id, status, ticket_rating FROM tickets
           WHERE ticket_rating IS NOT NULL
             AND (status <> 'closed' OR ticket_rating NOT BETWEEN 1 AND 5)""",
    )


def test_rated_share_of_closed_tickets(ds: Dataset) -> None:
    n, rated = ds.rows(
        "SELECT count(*), count(ticket_rating) FROM tickets WHERE status = 'closed'"
    )[0]
    target = ds.params.rated_share
    assert_near("rated share of closed tickets", rated / n, target, share_tolerance(target, n))


def assert_higher_mean(what: str, higher: Sequence[Any], lower: Sequence[Any]) -> None:
    """higher = (mean, sd, n) must exceed lower by more than Z standard errors of the gap."""
    (m_hi, s_hi, n_hi), (m_lo, s_lo, n_lo) = higher, lower
    gap = float(m_hi) - float(m_lo)
    tolerance = Z * math.sqrt(float(s_hi) ** 2 / n_hi + float(s_lo) ** 2 / n_lo)
    assert gap > tolerance, (
        f"{what}: gap {gap:.4f} ({m_hi:.3f} vs {m_lo:.3f}), needs > {tolerance:.4f}"
    )


def test_fcr_tickets_are_rated_higher(ds: Dataset) -> None:
    stats = {
        fcr: (mean, sd, n)
        for fcr, mean, sd, n in ds.rows(
            """SELECT fcr, avg(ticket_rating)::float8, stddev_samp(ticket_rating)::float8,
                      count(ticket_rating)
               FROM tickets WHERE ticket_rating IS NOT NULL GROUP BY fcr"""
        )
    }
    assert_higher_mean("mean rating FCR minus non-FCR", stats[True], stats[False])


def test_long_lifecycles_are_rated_lower(ds: Dataset) -> None:
    stats = {
        long: (mean, sd, n)
        for long, mean, sd, n in ds.rows(
            """WITH rated AS (SELECT lifecycle_hours, ticket_rating FROM tickets
                              WHERE ticket_rating IS NOT NULL),
                    cut AS (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lifecycle_hours)
                                   AS median FROM rated)
               SELECT lifecycle_hours > cut.median, avg(ticket_rating)::float8,
                      stddev_samp(ticket_rating)::float8, count(*)
               FROM rated, cut GROUP BY 1"""
        )
    }
    assert_higher_mean("mean rating short minus long lifecycle", stats[False], stats[True])


# --- 14. agents ----------------------------------------------------------------------------


def test_agent_attributes(ds: Dataset) -> None:
    rate = ds.params.hourly_rate_eur
    allowed_fte = (ds.params.agent_part_time_fte, 1.0)
    assert_no_violations(
        ds,
        "agent with an unexpected fte, rate, position or status",
        """SELECT id, fte, hourly_rate_eur, position, status FROM users
           WHERE fte::float8 NOT IN (%(fte_a)s, %(fte_b)s)
              OR hourly_rate_eur NOT BETWEEN %(lo)s AND %(hi)s
              OR position <> 'support_agent' OR status <> 'active'""",
        fte_a=allowed_fte[0],
        fte_b=allowed_fte[1],
        lo=rate.min,
        hi=rate.max,
    )


def test_experienced_agents_earn_more(ds: Dataset) -> None:
    r = ds.scalar(
        """SELECT corr(start_date - DATE '1970-01-01', hourly_rate_eur::float8) FROM users"""
    )
    assert r is not None and r < 0, f"corr(start_date, hourly_rate_eur) = {r}"
