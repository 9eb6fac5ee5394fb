"""The analytics files on scenario events (issue #19) against the base tables, with psql.

31_weekly_anomalies.sql: each full week's count and its z-score against the 8 weeks before,
recomputed here in Python from tickets; 32_recurring_issues.sql: event tickets per symptom
and the ordinary tickets of the same category, recounted from tickets and interactions.
The medium dataset (default events) is loaded into a database of its own, with the views.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

import psycopg
import pytest
from conftest import LoadDatabase
from test_analytics_sql import ANALYTICS_DIR, VIEWS_FILE, Row, _add_shift_columns_if_missing
from test_analytics_sql import _rows as csv_rows
from test_analytics_sql import _run_ok as run_ok

from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo

Conn = psycopg.Connection[tuple[object, ...]]


@pytest.fixture(scope="module")
def url(loaded_database: LoadDatabase) -> str:
    url = loaded_database(build_run_config(size="medium")).url
    _add_shift_columns_if_missing(url)
    run_ok(url, VIEWS_FILE)
    return url


@pytest.fixture(scope="module")
def db(url: str) -> Iterator[Conn]:
    with psycopg.connect(libpq_conninfo(url), autocommit=True) as conn:
        yield conn


def _file(url: str, name: str) -> list[Row]:
    return csv_rows(run_ok(url, ANALYTICS_DIR / name))


def _round(value: float | Decimal, places: str) -> Decimal:
    return Decimal(str(value)).quantize(Decimal(places), ROUND_HALF_UP)


def test_weekly_z_scores_against_the_8_weeks_before(url: str, db: Conn) -> None:
    rows = _file(url, "31_weekly_anomalies.sql")
    counts = dict(
        db.execute(
            "SELECT date_trunc('week', ticket_created)::date::text, count(*)"
            " FROM tickets GROUP BY 1"
        ).fetchall()
    )
    weeks = [r["week_start"] for r in rows]
    mondays = [dt.date.fromisoformat(w) for w in weeks]
    assert all(b - a == dt.timedelta(days=7) for a, b in itertools.pairwise(mondays))
    assert len(rows) > 60
    for i, row in enumerate(rows):
        n = int(str(counts.get(row["week_start"], 0)))
        assert int(row["tickets_created"]) == n, row["week_start"]
        if i < 8:
            assert row["z_score"] == row["trailing_mean"] == "", row["week_start"]
            continue
        before = [int(r["tickets_created"]) for r in rows[i - 8 : i]]
        mean, sd = statistics.mean(before), statistics.stdev(before)
        assert Decimal(row["trailing_mean"]) == _round(mean, "0.1")
        z = (n - mean) / sd
        assert abs(Decimal(row["z_score"]) - Decimal(str(z))) <= Decimal("0.0051")
        assert row["is_anomaly"] == ("t" if abs(z) >= 3 else "f"), row["week_start"]
    flagged = [r for r in rows if r["is_anomaly"] == "t"]
    assert flagged and any(r["events"] for r in flagged), "an event week stands out"


def test_recurring_issues_recount_event_and_ordinary_tickets(url: str, db: Conn) -> None:
    rows = _file(url, "32_recurring_issues.sql")
    direct = {
        (str(e), str(s)): int(str(n))
        for e, s, n in db.execute(
            "SELECT event_id, symptom, count(*) FROM tickets WHERE event_id IS NOT NULL"
            " GROUP BY 1, 2"
        ).fetchall()
    }
    assert {(r["event_id"], r["symptom"]): int(r["tickets"]) for r in rows} == direct
    names = dict(db.execute("SELECT id::text, name FROM scenario_events").fetchall())
    assert {r["event_id"]: r["event_name"] for r in rows} == names
    for event in names:
        shares = [Decimal(r["share_of_event_pct"]) for r in rows if r["event_id"] == event]
        assert abs(sum(shares) - 100) <= Decimal("0.05") * len(shares)
    ordinary = {
        str(cat): (_round(fcr, "0.1"), _round(aht, "0.01"))
        for cat, fcr, aht in db.execute(
            """SELECT t.symptom_cat, 100.0 * avg(t.fcr::int) FILTER (WHERE i.first),
                      avg(i.handle_time)
               FROM tickets AS t JOIN (SELECT ticket_id, handle_time, row_number() OVER
                   (PARTITION BY ticket_id ORDER BY interaction_id) = 1 AS first
                   FROM interactions) AS i USING (ticket_id)
               WHERE t.event_id IS NULL GROUP BY 1"""
        ).fetchall()
    }
    for r in rows:
        fcr, aht = ordinary[r["symptom_cat"]]
        assert Decimal(r["ordinary_aht_avg_minutes"]) == aht, r["symptom_cat"]
        assert Decimal(r["ordinary_fcr_pct"]) == fcr, r["symptom_cat"]
