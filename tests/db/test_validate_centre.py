"""The contact-centre checks of `seed validate` (docs/contact_centre.md, issue #18).

One dataset is loaded per module. Each test works on a copy of it, shows the rule holding on
the generated data, then breaks it with an UPDATE and expects the rule to fail.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from conftest import LoadDatabase, LoadedDatabase
from tests_support import database_url, temporary_database

from seeder.checks.runner import CheckResult, validate_database
from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.params import Params

WFM_RULES = (
    "wfm_shift_matches_scheduled",
    "wfm_absent_days_idle",
    "interactions_in_handler_shift",
    "no_work_when_absent",
    "wfm_times_consistent",
    "wfm_productive_within_available",
    "wfm_covers_handle_time",
    "interactions_on_scheduled_days",
)
ALWAYS_OPEN = {channel: [[0.0, 24.0]] * 7 for channel in ("email", "phone", "chat")}


@pytest.fixture(scope="module")
def loaded(loaded_database: LoadDatabase) -> LoadedDatabase:
    return loaded_database(build_run_config(tickets=3000, seed=11))


@pytest.fixture
def url(server_url: str, loaded: LoadedDatabase) -> Iterator[str]:
    with temporary_database(server_url, template=loaded.name) as name:
        yield database_url(server_url, name)


def _execute(url: str, statement: str, *args: Any) -> None:
    with psycopg.connect(libpq_conninfo(url)) as conn:  # committed on exit
        conn.execute(statement, args or None)


def _rows(url: str, query: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(libpq_conninfo(url)) as conn:
        return conn.execute(query).fetchall()


def _results(url: str, params: Params | None = None) -> dict[str, CheckResult]:
    return {r.name: r for r in validate_database(url, params=params).results}


# --- shifts, overtime and absence ------------------------------------------------------------


def test_generated_shifts_pass_every_wfm_rule(url: str) -> None:
    results = _results(url)
    assert {name: results[name].detail for name in WFM_RULES if results[name].failed} == {}


def test_an_interaction_before_its_handlers_shift_fails(url: str) -> None:
    (first,) = _rows(
        url,
        """SELECT interaction_id, handled_by, interaction_created::date, interaction_created
           FROM interactions ORDER BY 4, 1 LIMIT 1""",
    )
    # The shift now starts a minute after the agent's first contact of the day.
    _execute(
        url,
        "UPDATE wfm SET shift_start = %s WHERE user_id = %s AND date = %s",
        first[3] + dt.timedelta(minutes=1),
        *first[1:3],
    )
    result = _results(url)["interactions_in_handler_shift"]
    assert result.failed and result.violations
    assert first[0] in result.detail


def test_handled_after_the_shift_needs_overtime(url: str) -> None:
    (row,) = _rows(
        url,
        """SELECT i.interaction_id, w.user_id, w.date, i.interaction_handled
           FROM interactions i JOIN wfm w
             ON w.user_id = i.handled_by AND w.date = i.interaction_created::date
           WHERE i.handle_time >= 10 AND NOT EXISTS (
                 SELECT 1 FROM interactions j
                 WHERE j.handled_by = i.handled_by AND j.interaction_id <> i.interaction_id
                   AND j.interaction_created::date = w.date
                   AND (j.interaction_handled > i.interaction_handled
                        OR j.interaction_created >= i.interaction_handled - interval '5 minutes'))
           ORDER BY i.interaction_handled DESC, i.interaction_id LIMIT 1""",
    )
    interaction, user, day, handled = row
    # The shift now ends 5 minutes before the last contact is handled, without overtime.
    _execute(
        url,
        """UPDATE wfm SET shift_end = %s, paid_time = scheduled_time
           WHERE user_id = %s AND date = %s""",
        handled - dt.timedelta(minutes=5),
        user,
        day,
    )
    result = _results(url)["interactions_in_handler_shift"]
    assert result.failed and result.violations == 1 and interaction in result.detail
    _execute(
        url,
        "UPDATE wfm SET paid_time = scheduled_time + 5 WHERE user_id = %s AND date = %s",
        user,
        day,
    )
    assert _results(url)["interactions_in_handler_shift"].passed


def test_work_on_an_absent_day_fails(url: str) -> None:
    (row,) = _rows(
        url,
        """SELECT handled_by, interaction_created::date, count(*) FROM interactions
           GROUP BY 1, 2 ORDER BY 2, 1 LIMIT 1""",
    )
    _execute(url, "UPDATE wfm SET available_time = 0 WHERE user_id = %s AND date = %s", *row[:2])
    results = _results(url)
    assert results["no_work_when_absent"].failed
    assert results["no_work_when_absent"].violations == row[2]
    assert results["wfm_absent_days_idle"].failed  # its interactions_time is not 0 either


def test_an_absent_day_is_idle(url: str) -> None:
    idle_day = """(SELECT user_id, date FROM wfm w WHERE scheduled_time > 0 AND NOT EXISTS (
                       SELECT 1 FROM interactions i WHERE i.handled_by = w.user_id
                       AND i.interaction_created::date = w.date)
                   ORDER BY date, user_id LIMIT 1)"""
    absent = "available_time = 0, interactions_time = 0, productive_time = 0"
    _execute(url, f"UPDATE wfm SET {absent} WHERE (user_id, date) = {idle_day}")
    assert _results(url)["wfm_absent_days_idle"].passed
    _execute(url, f"UPDATE wfm SET productive_time = 5 WHERE (user_id, date) = {idle_day}")
    result = _results(url)["wfm_absent_days_idle"]
    assert result.failed and result.violations == 1


def test_paid_time_may_exceed_scheduled_but_not_fall_short(url: str) -> None:
    day = "(SELECT user_id, date FROM wfm WHERE scheduled_time > 0 ORDER BY date, user_id LIMIT 1)"
    _execute(url, f"UPDATE wfm SET paid_time = scheduled_time + 20 WHERE (user_id, date) = {day}")
    assert _results(url)["wfm_times_consistent"].passed
    _execute(url, f"UPDATE wfm SET paid_time = scheduled_time - 1 WHERE (user_id, date) = {day}")
    assert _results(url)["wfm_times_consistent"].violations == 1


@pytest.mark.parametrize(
    ("damage", "violations"),
    [
        ("scheduled_time = scheduled_time + 5, paid_time = paid_time + 5", 1),
        (
            "shift_start = shift_start - interval '1 day', "
            "shift_end = shift_end - interval '1 day'",
            1,
        ),
    ],
    ids=["length_differs", "starts_the_day_before"],
)
def test_the_shift_must_match_the_scheduled_time(url: str, damage: str, violations: int) -> None:
    _execute(
        url,
        f"""UPDATE wfm SET {damage} WHERE (user_id, date) = (
                SELECT user_id, date FROM wfm WHERE scheduled_time > 0
                ORDER BY date, user_id LIMIT 1)""",
    )
    assert _results(url)["wfm_shift_matches_scheduled"].violations == violations


def test_a_day_off_has_no_shift(url: str) -> None:
    _execute(
        url,
        """UPDATE wfm SET shift_start = date + interval '9 hours',
                          shift_end = date + interval '17 hours'
           WHERE (user_id, date) = (SELECT user_id, date FROM wfm WHERE scheduled_time = 0
                                    ORDER BY date, user_id LIMIT 1)""",
    )
    assert _results(url)["wfm_shift_matches_scheduled"].violations == 1


# --- opening hours and the span ----------------------------------------------------------------


def test_contacts_outside_opening_hours_fail(url: str) -> None:
    assert _results(url, Params(opening_hours=ALWAYS_OPEN))["contacts_within_opening_hours"].passed
    # Phone closed on Sundays: Sunday phone tickets and interactions break the rule.
    closed_sunday = {**ALWAYS_OPEN, "phone": [[0.0, 24.0]] * 6 + [[0.0, 0.0]]}
    result = _results(url, Params(opening_hours=closed_sunday))["contacts_within_opening_hours"]
    sunday = "extract(isodow FROM {}) = 7"
    ((tickets, interactions),) = _rows(
        url,
        f"""SELECT (SELECT count(*) FROM tickets
                    WHERE origin = 'phone' AND {sunday.format("ticket_created")}),
                   (SELECT count(*) FROM interactions
                    WHERE channel = 'phone' AND {sunday.format("interaction_created")})""",
    )
    assert interactions > 0
    assert result.violations == tickets + interactions
    # E-mail desk open 10:00-18:00 only: e-mail tickets may arrive at any hour, but e-mail
    # interactions outside those hours break the rule.
    short_day = {**ALWAYS_OPEN, "email": [[10.0, 18.0]] * 7}
    result = _results(url, Params(opening_hours=short_day))["contacts_within_opening_hours"]
    night = "extract(hour FROM interaction_created) NOT BETWEEN 10 AND 17"
    ((expected,),) = _rows(
        url, f"SELECT count(*) FROM interactions WHERE channel = 'email' AND {night}"
    )
    assert expected > 0
    assert result.violations == expected


def test_the_span_runs_from_the_first_interaction(url: str) -> None:
    ticket = "(SELECT ticket_id FROM tickets WHERE NOT fcr ORDER BY ticket_id LIMIT 1)"
    # An e-mail that waited all night: created 20 h before its first interaction.
    _execute(
        url,
        f"""UPDATE tickets SET ticket_created = ticket_created - interval '20 hours'
            WHERE ticket_id = {ticket}""",
    )
    assert _results(url)["interactions_within_span"].passed
    _execute(
        url,
        f"""UPDATE interactions SET interaction_handled = (
                SELECT min(interaction_created) FROM interactions WHERE ticket_id = {ticket})
                + interval '6 hours 1 minute'
            WHERE interaction_id = (SELECT max(interaction_id) FROM interactions
                                    WHERE ticket_id = {ticket})""",
    )
    assert _results(url)["interactions_within_span"].violations == 1


# --- calibration -----------------------------------------------------------------------------


def test_absence_share_compares_absent_rostered_days(url: str) -> None:
    assert _results(url)["absence_share"].passed
    assert _results(url, Params(absence_share=0.3))["absence_share"].failed
    # One agent in three off sick for the whole range.
    _execute(
        url,
        """UPDATE wfm SET available_time = 0, interactions_time = 0, productive_time = 0
           WHERE scheduled_time > 0 AND user_id = 1""",
    )
    result = _results(url)["absence_share"]
    assert result.failed and result.achieved > 0.25


def test_occupancy_against_its_target(url: str) -> None:
    present = "scheduled_time > 0 AND available_time > 0"
    result = _results(url)["occupancy"]
    assert result.passed, result.detail
    busy = "productive_time = available_time, interactions_time = floor({} * available_time)"
    _execute(url, f"UPDATE wfm SET {busy.format(result.expected)} WHERE {present}")
    assert _results(url)["occupancy"].passed
    _execute(url, f"UPDATE wfm SET {busy.format(result.expected + 0.1)} WHERE {present}")
    assert _results(url)["occupancy"].failed


def test_occupancy_cannot_be_expected_beyond_the_work(url: str) -> None:
    """With a tenth of the handle time, not even the most case work fills the agents."""
    full = _results(url)["occupancy"]
    _execute(url, "UPDATE interactions SET handle_time = greatest(round(handle_time / 10, 1), 0.1)")
    thinned = _results(url)["occupancy"]
    assert thinned.expected is not None and full.expected is not None
    assert thinned.expected < full.expected


def test_occupancy_is_not_judged_on_few_agent_days(url: str) -> None:
    _execute(url, "DELETE FROM wfm WHERE date < (SELECT max(date) - 30 FROM wfm)")
    result = _results(url)["occupancy"]
    assert result.skipped and "too few rows" in result.detail


def _slot_loads(url: str, interval_s: int) -> dict[int, float]:
    """Queue records per agent present and on shift, per interval (the test's own count)."""
    records = Counter(
        int(epoch // interval_s)
        for (epoch,) in _rows(
            url,
            "SELECT extract(epoch FROM initialized)::float8 FROM calls "
            "UNION ALL SELECT extract(epoch FROM initialized)::float8 FROM chats",
        )
    )
    agents: Counter[int] = Counter()
    for start, end in _rows(
        url,
        """SELECT extract(epoch FROM shift_start)::float8, extract(epoch FROM shift_end)::float8
           FROM wfm WHERE available_time > 0 AND shift_start IS NOT NULL""",
    ):
        agents.update(range(int(start // interval_s), -int(-end // interval_s)))
    return {s: n / agents[s] if agents[s] else float("inf") for s, n in records.items()}


def _set_waits(url: str, seconds: dict[int, float], interval_s: int) -> None:
    with psycopg.connect(libpq_conninfo(url)) as conn:
        conn.execute("CREATE TEMPORARY TABLE waits (slot bigint PRIMARY KEY, seconds float8)")
        with conn.cursor().copy("COPY waits FROM STDIN") as copy:
            for slot, wait in seconds.items():
                copy.write_row((slot, wait))
        for table in ("calls", "chats"):
            conn.execute(
                f"""UPDATE {table} q SET answered = q.initialized + w.seconds * interval '1 second'
                    FROM waits w WHERE NOT q.is_abandoned
                      AND w.slot = floor(extract(epoch FROM q.initialized) / %s)""",
                (interval_s,),
            )


def test_waits_must_grow_with_the_load(url: str) -> None:
    interval_s = Params().interval_minutes * 60
    loads = _slot_loads(url, interval_s)
    _set_waits(url, {s: 10 + 20 * min(load, 50) for s, load in loads.items()}, interval_s)
    results = _results(url)
    speed = results["waits_follow_load.speed_of_answer"]
    assert speed.passed, speed.detail
    _set_waits(url, {s: 10 + 1000 / max(load, 0.02) for s, load in loads.items()}, interval_s)
    speed = _results(url)["waits_follow_load.speed_of_answer"]
    assert speed.failed, speed.detail


def test_abandonment_must_grow_with_the_load(url: str) -> None:
    interval_s = Params().interval_minutes * 60
    loads = _slot_loads(url, interval_s)
    median = sorted(loads.values())[len(loads) // 2]
    quiet = [s for s, load in loads.items() if load < median]
    for table in ("calls", "chats"):
        _execute(
            url,
            f"""DELETE FROM {table} WHERE is_abandoned
                AND floor(extract(epoch FROM initialized) / %s) = ANY(%s)""",
            interval_s,
            quiet,
        )
    result = _results(url)["waits_follow_load.abandoned_share"]
    assert result.passed, result.detail
    for table in ("calls", "chats"):
        _execute(url, f"DELETE FROM {table} WHERE is_abandoned")
    result = _results(url)["waits_follow_load.abandoned_share"]
    assert result.failed and result.achieved == result.expected == 0.0


# --- backlog ---------------------------------------------------------------------------------

OLD = "ticket_created < (SELECT max(ticket_created) FROM tickets) - interval '30 days'"


def test_an_old_backlog_fails(url: str) -> None:
    reopen = """UPDATE tickets SET status = 'open', ticket_closed = NULL, ticket_rating = NULL,
                       resolution_after_last_interaction_hours = NULL, lifecycle_hours = NULL
                WHERE ticket_id IN (SELECT ticket_id FROM tickets
                                    WHERE NOT fcr AND status = 'closed' AND {}
                                    ORDER BY ticket_id LIMIT {})"""
    _execute(url, reopen.format(f"NOT ({OLD})", 30))  # a recent backlog of 30 more
    ((total, old),) = _rows(
        url, f"SELECT count(*), count(*) FILTER (WHERE {OLD}) FROM tickets WHERE status <> 'closed'"
    )
    result = _results(url)["backlog_recent"]
    assert result.passed and result.achieved == pytest.approx(old / total)
    _execute(url, reopen.format(OLD, total))  # as many old ones: half the backlog is old
    result = _results(url)["backlog_recent"]
    assert result.failed
    assert result.achieved == pytest.approx((old + total) / (2 * total))


def test_a_small_backlog_is_not_judged(url: str) -> None:
    _execute(
        url,
        """UPDATE tickets SET status = 'closed', ticket_closed = last_interaction_time,
                  resolution_after_last_interaction_hours = 0,
                  lifecycle_hours = extract(epoch FROM last_interaction_time - ticket_created)
                                    / 3600
           WHERE ticket_id IN (SELECT ticket_id FROM tickets WHERE ticket_closed IS NULL
                               ORDER BY ticket_id OFFSET 19)""",
    )
    result = _results(url)["backlog_recent"]
    assert result.skipped and "too few rows" in result.detail
