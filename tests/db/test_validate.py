"""validate_database on a real load: fresh data passes, and each kind of damage is caught.

One dataset is loaded per module into a database of its own. Each damage case works on a
copy of it (CREATE DATABASE ... TEMPLATE), applies one change (dropping a CHECK or foreign
key constraint first where the schema would refuse the damage) and expects the report to fail
and to name the broken rule.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from conftest import LoadDatabase, LoadedDatabase, SeedRunner
from psycopg import sql
from tests_support import (
    SECRET,
    admin_connection,
    database_name,
    database_url,
    temporary_database,
)

from seeder.checks.runner import CheckResult, ValidationReport, validate_database
from seeder.config import build_run_config
from seeder.errors import DatabaseError
from seeder.params import Params

TICKETS = 3000
SEED = 11


@pytest.fixture(scope="module")
def loaded(loaded_database: LoadDatabase) -> LoadedDatabase:
    """The module's dataset, loaded once; no connection to it stays open, so it can be copied."""
    return loaded_database(build_run_config(tickets=TICKETS, seed=SEED))


@pytest.fixture
def copy_url(server_url: str, loaded: LoadedDatabase) -> Iterator[str]:
    """URL of a fresh copy of the loaded database, dropped after the test."""
    with temporary_database(server_url, template=loaded.name) as name:
        yield database_url(server_url, name)


def _describe(results: tuple[CheckResult, ...]) -> str:
    return "\n".join(f"  {r.name}: {r.detail}" for r in results)


def _failed(report: ValidationReport) -> dict[str, CheckResult]:
    return {r.name: r for r in report.failures}


# --- fresh data ----------------------------------------------------------------------------

EXPECTED_INTEGRITY = {
    "row_counts",
    "foreign_keys_resolve",
    "tickets_have_interactions",
    "fcr_has_one_interaction",
    "non_fcr_has_two_or_more_interactions",
    "interaction_customer_is_ticket_customer",
    "ticket_created_before_first_interaction",
    "interactions_within_span",
    "interactions_do_not_overlap",
    "handled_is_created_plus_handle_time",
    "status_closed_iff_ticket_closed",
    "closed_after_last_interaction",
    "closed_within_the_range",
    "new_only_when_recent",
    "no_shift_on_a_closed_day",
    "last_interaction_time_is_latest_handled",
    "closure_hours_match_timestamps",
    "fcr_tickets_closed_not_escalated",
    "no_work_before_start_date",
    "interactions_on_scheduled_days",
    "wfm_covers_handle_time",
    "wfm_one_row_per_agent_day",
    "calls_match_phone_interactions",
    "chats_match_chat_interactions",
    "abandoned_calls_well_formed",
    "abandoned_chats_well_formed",
    "language_follows_country",
    "customer_email_in_example_domains",
    "customer_phone_fits_country",
    "wfm_productive_within_available",
    "wfm_shift_matches_scheduled",
    "wfm_absent_days_idle",
    "interactions_in_handler_shift",
    "closed_while_staffed",
    "no_work_when_absent",
    "contacts_within_opening_hours",
}
EXPECTED_CALIBRATION = {
    *(f"origin_share.{c}" for c in ("email", "phone", "chat")),
    *(f"country_share.{c}" for c in Params().countries),
    *(f"fcr_rate.{c}" for c in Params().categories),
    *(f"contacts_per_case.{c}" for c in Params().categories),
    "escalation_rate",
    "abandonment_rate.calls",
    "abandonment_rate.chats",
    "rated_share",
    "absence_share",
    "occupancy",
    "waits_follow_load.speed_of_answer",
    "waits_follow_load.abandoned_share",
    "backlog_recent",
}


# 3,000 tickets leave a backlog of a handful of recent tickets: too few to judge its age.
SMALL_DATA_SKIPS = frozenset({"backlog_recent"})


def test_fresh_data_passes_every_check(loaded: LoadedDatabase) -> None:
    report = validate_database(loaded.url)
    assert report.passed, "checks failed on fresh data:\n" + _describe(report.failures)
    names = [r.name for r in report.results]
    assert len(names) == len(set(names)), "check names must be unique"
    integrity = {r.name for r in report.results if r.kind == "integrity"}
    calibration = {r.name for r in report.results if r.kind == "calibration"}
    assert not EXPECTED_INTEGRITY - integrity, "missing integrity checks"
    assert not EXPECTED_CALIBRATION - calibration, "missing calibration checks"
    for result in report.results:
        if result.name in SMALL_DATA_SKIPS:
            continue
        assert result.outcome == "pass", result  # 3000 tickets leave nothing else to skip
        if result.kind == "integrity":
            assert result.violations == 0, result
        else:
            assert None not in (result.achieved, result.expected, result.tolerance), result


def test_a_quarters_data_has_the_agents_its_tickets_a_day_need_and_passes(
    loaded_database: LoadDatabase,
) -> None:
    quarter = build_run_config(
        tickets=TICKETS, seed=SEED, start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31)
    )
    assert quarter.agents == 11  # not the 1 of 3,000 tickets in the spec's 707 days
    url = loaded_database(quarter).url
    report = validate_database(url)
    assert report.passed, _describe(report.failures)
    # Without the recorded parameters too: the range comes from the data (WFM's days).
    (row_counts,) = (
        r for r in validate_database(url, params=Params()).results if r.name == "row_counts"
    )
    assert row_counts.outcome == "pass", row_counts


def test_fresh_data_passes_in_a_time_zone_whose_clock_change_skips_midnight(
    loaded: LoadedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chile's clocks go from 00:00 to 01:00 on 2024-09-08, inside the default range: a
    # series of dates stepped in that zone lost the last day ('unexpected' WFM rows).
    monkeypatch.setenv("PGTZ", "America/Santiago")
    report = validate_database(loaded.url)
    assert report.passed, _describe(report.failures)


def test_report_is_json_ready(loaded: LoadedDatabase) -> None:
    data = validate_database(loaded.url).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["passed"] is True
    assert data["failed"] == []
    assert set(data["skipped"]) <= SMALL_DATA_SKIPS
    assert data["checks"] == len(data["results"])
    assert {r["outcome"] for r in data["results"] if r["name"] not in SMALL_DATA_SKIPS} == {"pass"}
    escalation = next(r for r in data["results"] if r["name"] == "escalation_rate")
    assert escalation["kind"] == "calibration"
    assert escalation["expected"] == Params().escalation_rate


def test_params_other_than_the_loaded_ones_fail_calibration(loaded: LoadedDatabase) -> None:
    report = validate_database(loaded.url, params=Params(escalation_rate=0.05))
    assert set(_failed(report)) == {"escalation_rate"}, _describe(report.failures)


def test_a_shorter_configured_span_fails_the_span_rule(loaded: LoadedDatabase) -> None:
    report = validate_database(loaded.url, params=Params(max_interaction_span_hours=0.5))
    assert "interactions_within_span" in _failed(report), _describe(report.failures)


# --- damage after loading ------------------------------------------------------------------

FIRST_FCR_EMAIL_TICKET = (
    "SELECT ticket_id FROM tickets WHERE fcr AND origin = 'email' ORDER BY ticket_id LIMIT 1"
)
FIRST_CLOSED_NON_FCR_TICKET = (
    "SELECT ticket_id FROM tickets WHERE NOT fcr AND status = 'closed' ORDER BY ticket_id LIMIT 1"
)
# Email only, so no calls or chats row refers to its interactions.
FIRST_NON_FCR_EMAIL_ONLY_TICKET = """
    SELECT ticket_id FROM tickets t
    WHERE NOT fcr AND NOT EXISTS (SELECT 1 FROM interactions i
                                  WHERE i.ticket_id = t.ticket_id AND i.channel <> 'email')
    ORDER BY ticket_id LIMIT 1
"""
FIRST_EMAIL_INTERACTION = (
    "SELECT interaction_id FROM interactions WHERE channel = 'email' "
    "ORDER BY interaction_id LIMIT 1"
)
# An e-mail that follows an earlier contact of its ticket: moved 10 hours later it leaves the
# span that starts at that earlier contact. (A ticket's first contact carries the span along.)
LATER_EMAIL_INTERACTION = (
    "SELECT interaction_id FROM interactions i WHERE channel = 'email' AND EXISTS ("
    "SELECT 1 FROM interactions e WHERE e.ticket_id = i.ticket_id "
    "AND e.interaction_created < i.interaction_created) ORDER BY interaction_id LIMIT 1"
)
INTERACTION_COLUMNS = (
    "channel, customer_id, interaction_created, handle_time, speed_of_answer, "
    "interaction_handled, handled_by, subject, body, ticket_id"
)


@dataclass(frozen=True)
class Damage:
    """Statements run (in one transaction) on a copy, and the check that must then fail."""

    id: str
    statements: tuple[str, ...]
    expected: str


DAMAGE = (
    Damage(
        "fcr_ticket_gets_a_second_interaction",
        (
            f"""INSERT INTO interactions (interaction_id, {INTERACTION_COLUMNS})
                SELECT 'INT-DUP001', {INTERACTION_COLUMNS} FROM interactions
                WHERE ticket_id = ({FIRST_FCR_EMAIL_TICKET})""",
        ),
        "fcr_has_one_interaction",
    ),
    Damage(
        "non_fcr_ticket_keeps_only_its_first_interaction",
        (
            f"""WITH victim AS ({FIRST_NON_FCR_EMAIL_ONLY_TICKET})
                DELETE FROM interactions i USING victim
                WHERE i.ticket_id = victim.ticket_id
                  AND i.interaction_created > (SELECT min(interaction_created)
                                               FROM interactions j
                                               WHERE j.ticket_id = victim.ticket_id)""",
        ),
        "non_fcr_has_two_or_more_interactions",
    ),
    Damage(
        "ticket_without_interactions",
        (f"DELETE FROM interactions WHERE ticket_id = ({FIRST_FCR_EMAIL_TICKET})",),
        "tickets_have_interactions",
    ),
    Damage(
        "closed_before_created",
        (
            "ALTER TABLE tickets DROP CONSTRAINT ck_tickets_closed_after_created",
            f"""UPDATE tickets SET ticket_closed = ticket_created - interval '1 hour'
                WHERE ticket_id = ({FIRST_CLOSED_NON_FCR_TICKET})""",
        ),
        "closed_after_last_interaction",
    ),
    Damage(
        "interaction_moved_10_hours_later",
        (
            f"""UPDATE interactions
                SET interaction_created = interaction_created + interval '10 hours',
                    interaction_handled = interaction_handled + interval '10 hours'
                WHERE interaction_id = ({LATER_EMAIL_INTERACTION})""",
        ),
        "interactions_within_span",
    ),
    Damage(
        "handle_time_changed",
        (
            f"""UPDATE interactions SET handle_time = handle_time + 1
                WHERE interaction_id = ({FIRST_EMAIL_INTERACTION})""",
        ),
        "handled_is_created_plus_handle_time",
    ),
    Damage(
        "interaction_customer_changed",
        (
            f"""UPDATE interactions SET customer_id = CASE customer_id WHEN 1 THEN 2 ELSE 1 END
                WHERE interaction_id = ({FIRST_EMAIL_INTERACTION})""",
        ),
        "interaction_customer_is_ticket_customer",
    ),
    Damage(
        "last_interaction_time_shifted",
        (
            f"""UPDATE tickets SET last_interaction_time = last_interaction_time
                                                       - interval '1 minute'
                WHERE ticket_id = ({FIRST_CLOSED_NON_FCR_TICKET})""",
        ),
        "last_interaction_time_is_latest_handled",
    ),
    Damage(
        "status_open_on_a_closed_ticket",
        (
            "ALTER TABLE tickets DROP CONSTRAINT ck_tickets_closed_status",
            f"""UPDATE tickets SET status = 'open'
                WHERE ticket_id = ({FIRST_CLOSED_NON_FCR_TICKET})""",
        ),
        "status_closed_iff_ticket_closed",
    ),
    Damage(
        "lifecycle_hours_off",
        (
            f"""UPDATE tickets SET lifecycle_hours = lifecycle_hours + 0.5
                WHERE ticket_id = ({FIRST_CLOSED_NON_FCR_TICKET})""",
        ),
        "closure_hours_match_timestamps",
    ),
    Damage(
        "fcr_ticket_escalated",
        (
            "ALTER TABLE tickets DROP CONSTRAINT ck_tickets_fcr_not_escalated",
            f"UPDATE tickets SET escalated = true WHERE ticket_id = ({FIRST_FCR_EMAIL_TICKET})",
        ),
        "fcr_tickets_closed_not_escalated",
    ),
    Damage(
        "rating_on_an_unclosed_ticket",
        (
            """UPDATE tickets SET ticket_rating = 5 WHERE ticket_id = (
                   SELECT ticket_id FROM tickets WHERE status <> 'closed'
                   ORDER BY ticket_id LIMIT 1)""",
        ),
        "ratings_only_on_closed_tickets",
    ),
    Damage(
        "wrong_language",
        (
            """UPDATE tickets SET language = CASE language WHEN 'english' THEN 'german'
                                                           ELSE 'english' END
               WHERE ticket_id = 'TKT-00001'""",
        ),
        "language_follows_country",
    ),
    Damage(
        "agent_starts_after_working",
        ("UPDATE users SET start_date = DATE '2025-06-01' WHERE id = 1",),
        "no_work_before_start_date",
    ),
    Damage(
        "wfm_interactions_time_zeroed_on_a_busy_day",
        (
            """UPDATE wfm SET interactions_time = 0 WHERE (user_id, date) = (
                   SELECT handled_by, interaction_created::date FROM interactions
                   GROUP BY 1, 2 ORDER BY sum(handle_time) DESC, 1, 2 LIMIT 1)""",
        ),
        "wfm_covers_handle_time",
    ),
    Damage(
        "wfm_day_scheduled_to_zero_under_interactions",
        (
            """UPDATE wfm SET paid_time = 0, scheduled_time = 0, available_time = 0
               WHERE (user_id, date) = (
                   SELECT handled_by, interaction_created::date FROM interactions
                   ORDER BY interaction_id LIMIT 1)""",
        ),
        "interactions_on_scheduled_days",
    ),
    Damage(
        "wfm_day_deleted",
        (
            """DELETE FROM wfm WHERE (user_id, date) = (
                   SELECT user_id, date FROM wfm WHERE scheduled_time = 0
                   ORDER BY date DESC, user_id LIMIT 1)""",
        ),
        "wfm_one_row_per_agent_day",
    ),
    Damage(
        "answered_call_deleted",
        (
            """DELETE FROM calls WHERE id = (
                   SELECT id FROM calls WHERE NOT is_abandoned ORDER BY id LIMIT 1)""",
        ),
        "calls_match_phone_interactions",
    ),
    Damage(
        "chat_answered_a_second_late",
        (
            """UPDATE chats SET answered = answered + interval '1 second' WHERE id = (
                   SELECT id FROM chats WHERE NOT is_abandoned ORDER BY id LIMIT 1)""",
        ),
        "chats_match_chat_interactions",
    ),
    Damage(
        "abandoned_call_before_it_started",
        (
            """UPDATE calls SET abandoned = initialized - interval '1 second' WHERE id = (
                   SELECT id FROM calls WHERE is_abandoned ORDER BY id LIMIT 1)""",
        ),
        "abandoned_calls_well_formed",
    ),
    Damage(
        "interaction_handled_by_an_unknown_agent",
        (
            "ALTER TABLE interactions DROP CONSTRAINT fk_interactions_handled_by_users",
            f"""UPDATE interactions SET handled_by = 9999
                WHERE interaction_id = ({FIRST_EMAIL_INTERACTION})""",
        ),
        "foreign_keys_resolve",
    ),
    Damage(
        "origin_flipped_to_email_on_30_percent",
        (
            f"""UPDATE tickets SET origin = 'email' WHERE ticket_id IN (
                    SELECT ticket_id FROM tickets ORDER BY md5(ticket_id)
                    LIMIT {TICKETS * 3 // 10})""",
        ),
        "origin_share.email",
    ),
    Damage(
        "closed_after_the_range",
        (
            f"""UPDATE tickets
                SET ticket_closed = (SELECT max(date) + 10 FROM wfm),
                    lifecycle_hours = extract(epoch FROM (SELECT max(date) + 10 FROM wfm)
                                              - ticket_created) / 3600,
                    resolution_after_last_interaction_hours = extract(
                        epoch FROM (SELECT max(date) + 10 FROM wfm) - last_interaction_time
                    ) / 3600
                WHERE ticket_id = ({FIRST_CLOSED_NON_FCR_TICKET})""",
        ),
        "closed_within_the_range",
    ),
    Damage(
        "an_old_ticket_reopened_as_new",
        (
            f"""UPDATE tickets
                SET status = 'new', ticket_closed = NULL, lifecycle_hours = NULL,
                    resolution_after_last_interaction_hours = NULL, ticket_rating = NULL
                WHERE ticket_id = ({FIRST_CLOSED_NON_FCR_TICKET})""",
        ),
        "new_only_when_recent",
    ),
    Damage(
        "a_shift_on_christmas_day",
        (
            """UPDATE wfm SET scheduled_time = 480
               WHERE (user_id, date) = (SELECT user_id, date FROM wfm
                                        WHERE to_char(date, 'MM-DD') = '12-25'
                                        ORDER BY user_id, date LIMIT 1)""",
        ),
        "no_shift_on_a_closed_day",
    ),
    Damage(
        "closed_in_the_night",
        (
            f"""UPDATE tickets
                SET ticket_closed = date_trunc('day', ticket_closed) + interval '1 day 3 hours',
                    lifecycle_hours = extract(epoch FROM date_trunc('day', ticket_closed)
                        + interval '1 day 3 hours' - ticket_created) / 3600,
                    resolution_after_last_interaction_hours = extract(
                        epoch FROM date_trunc('day', ticket_closed) + interval '1 day 3 hours'
                                   - last_interaction_time) / 3600
                WHERE ticket_id = ({FIRST_CLOSED_NON_FCR_TICKET})""",
        ),
        "closed_while_staffed",
    ),
    Damage(
        "escalation_cleared",
        ("UPDATE tickets SET escalated = false",),
        "escalation_rate",
    ),
    Damage(
        "ratings_removed",
        ("UPDATE tickets SET ticket_rating = NULL WHERE ticket_rating IN (4, 5)",),
        "rated_share",
    ),
)


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.id for d in DAMAGE])
def test_damage_after_loading_is_caught(copy_url: str, damage: Damage) -> None:
    with psycopg.connect(copy_url) as conn:  # one transaction, committed on exit
        for statement in damage.statements:
            conn.execute(statement)
    report = validate_database(copy_url)
    failed = _failed(report)
    assert not report.passed
    assert damage.expected in failed, (
        f"expected {damage.expected} to fail; failed instead:\n" + _describe(report.failures)
    )
    result = failed[damage.expected]
    if result.kind == "integrity":
        assert result.violations, result
        assert "e.g." in result.detail, result
    else:
        assert result.achieved is not None and result.expected is not None
        assert result.tolerance is not None
        assert abs(result.achieved - result.expected) > result.tolerance


def test_one_changed_origin_breaks_only_the_first_channel_rule(copy_url: str) -> None:
    with psycopg.connect(copy_url) as conn:
        conn.execute(
            """UPDATE tickets SET origin = CASE origin WHEN 'email' THEN 'chat' ELSE 'email' END
               WHERE ticket_id = 'TKT-00003'"""
        )
    failed = _failed(validate_database(copy_url))
    assert set(failed) == {"origin_is_first_interaction_channel"}, _describe(tuple(failed.values()))
    assert failed["origin_is_first_interaction_channel"].violations == 1


# --- databases that are not a loaded dataset -----------------------------------------------


def test_empty_migrated_database_raises_as_the_report_does(migrated_database_url: str) -> None:
    with pytest.raises(DatabaseError, match=r"no seeder data .*load it with `seed` first"):
        validate_database(migrated_database_url)


def test_seed_validate_of_an_empty_database_says_so_in_one_line(
    run_seed: SeedRunner, migrated_database_url: str
) -> None:
    result = run_seed("validate", "--database-url", migrated_database_url)
    assert result.code == 1
    assert result.stdout == ""  # no table of checks
    assert result.stderr.count("\n") == 1, result.stderr
    assert "no seeder data" in result.stderr


def test_tables_emptied_after_loading_fail_on_row_counts(copy_url: str) -> None:
    with psycopg.connect(copy_url) as conn:
        conn.execute("TRUNCATE tickets CASCADE")
    report = validate_database(copy_url)
    failed = _failed(report)
    assert not report.passed
    assert "row_counts" in failed
    assert "tickets is empty" in failed["row_counts"].detail
    json.dumps(report.to_dict())


def test_database_without_schema_raises(fresh_database_url: str) -> None:
    with pytest.raises(DatabaseError, match=r"no seeder schema: run `seed` first"):
        validate_database(fresh_database_url)


def test_unreachable_database_raises_without_the_password() -> None:
    url = f"postgresql://postgres:{SECRET}@127.0.0.1:1/nowhere"
    with pytest.raises(DatabaseError) as caught:
        validate_database(url)
    assert SECRET not in str(caught.value)
    assert "***" in str(caught.value)


def test_validation_needs_no_write_access(server_url: str, copy_url: str) -> None:
    """It runs where every transaction is read-only (a hot standby, a read-only role)."""
    name = database_name(copy_url)
    with admin_connection(server_url) as admin:
        admin.execute(
            sql.SQL("ALTER DATABASE {} SET default_transaction_read_only = on").format(
                sql.Identifier(name)
            )
        )
    report = validate_database(copy_url)
    assert report.passed, _describe(report.failures)
