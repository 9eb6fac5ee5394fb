"""The sharper rules of `seed validate`, and the schema revision it and `seed report` accept.

A small dataset is loaded once per module. Each damage case works on a copy of it, breaks one
rule with an UPDATE, and expects the report to fail exactly that rule, on exactly one row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from conftest import LoadDatabase, LoadedDatabase, SeedRunner
from tests_support import database_url, temporary_database

from seeder.checks.runner import validate_database
from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo


@pytest.fixture(scope="module")
def loaded(loaded_database: LoadDatabase) -> LoadedDatabase:
    return loaded_database(build_run_config(tickets=400, seed=2))


@pytest.fixture
def copy_url(server_url: str, loaded: LoadedDatabase) -> Iterator[str]:
    """URL of a fresh copy of the loaded database, dropped after the test."""
    with temporary_database(server_url, template=loaded.name) as name:
        yield database_url(server_url, name)


def _damage(url: str, statement: str) -> None:
    with psycopg.connect(libpq_conninfo(url)) as conn:  # committed on exit
        conn.execute(statement)


def test_the_undamaged_copy_passes(copy_url: str) -> None:
    report = validate_database(copy_url)
    assert report.passed, [r.detail for r in report.failures]


@dataclass(frozen=True)
class Damage:
    id: str
    statement: str
    rule: str


DAMAGE = (
    Damage(
        "productive_time_above_paid_time",
        """UPDATE wfm SET productive_time = paid_time + 30 WHERE (user_id, date) = (
               SELECT user_id, date FROM wfm WHERE paid_time > 0
               ORDER BY date, user_id LIMIT 1)""",
        "wfm_productive_within_available",
    ),
    Damage(
        "productive_time_above_available_time",
        """UPDATE wfm SET productive_time = available_time + 1 WHERE (user_id, date) = (
               SELECT user_id, date FROM wfm WHERE available_time < paid_time
               ORDER BY date, user_id LIMIT 1)""",
        "wfm_productive_within_available",
    ),
    Damage(
        "email_at_a_real_domain",
        "UPDATE customers SET email = replace(email, '@example.', '@gmail.') WHERE id = 7",
        "customer_email_in_example_domains",
    ),
    Damage(
        "email_at_a_lookalike_domain",
        "UPDATE customers SET email = email || '.attacker.net' WHERE id = 8",
        "customer_email_in_example_domains",
    ),
    Damage(
        "uk_customer_with_a_german_number",
        """UPDATE customers SET phone = '+49 151 23456789' WHERE id = (
               SELECT min(id) FROM customers WHERE country = 'UK')""",
        "customer_phone_fits_country",
    ),
    Damage(
        "french_number_one_digit_too_long",
        """UPDATE customers SET phone = phone || '1' WHERE id = (
               SELECT min(id) FROM customers WHERE country = 'France')""",
        "customer_phone_fits_country",
    ),
    Damage(
        "german_number_without_its_mobile_prefix",
        """UPDATE customers SET phone = '+49 301 23456789' WHERE id = (
               SELECT min(id) FROM customers WHERE country = 'Germany')""",
        "customer_phone_fits_country",
    ),
    Damage(
        "event_ticket_with_another_symptom",
        """UPDATE tickets SET symptom = 'refund not received' WHERE ticket_id = (
               SELECT min(t.ticket_id) FROM tickets t JOIN scenario_events e ON e.id = t.event_id
               WHERE e.parameters::jsonb->>'symptom' = 'charged_twice')""",
        "event_tickets_in_window_and_slice",
    ),
)


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.id for d in DAMAGE])
def test_damage_fails_exactly_its_rule(copy_url: str, damage: Damage) -> None:
    _damage(copy_url, damage.statement)
    report = validate_database(copy_url)
    failed = {r.name: r for r in report.failures}
    assert set(failed) == {damage.rule}, [r.detail for r in report.failures]
    assert failed[damage.rule].violations == 1
    assert "e.g." in failed[damage.rule].detail


# --- a schema revision this seeder does not know ---------------------------------------------

UNKNOWN_REVISION_LINE = (
    "seed: error: the database's schema is at revision 'deadbeef', unknown to this seeder "
    "version: upgrade seeder or use an empty database"
)


@pytest.mark.parametrize("command", ["validate", "report"])
def test_unknown_schema_revision_is_refused(
    run_seed: SeedRunner, copy_url: str, command: str, tmp_path: Path
) -> None:
    _damage(copy_url, "UPDATE alembic_version SET version_num = 'deadbeef'")
    page = tmp_path / "report.html"
    output = ["-o", str(page)] if command == "report" else []
    result = run_seed(command, "--database-url", copy_url, *output)
    assert result.code == 1, result.stdout
    assert result.stderr.splitlines() == [UNKNOWN_REVISION_LINE]
    assert result.stdout == ""
    assert not page.exists()
    assert list(tmp_path.iterdir()) == []
