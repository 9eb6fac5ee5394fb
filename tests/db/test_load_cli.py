"""`seed` against a real PostgreSQL: load, refuse without --reset, replace with it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import psycopg
import pytest
from tests_support import database_url, table_fingerprints

from seeder.db.urls import libpq_conninfo
from seeder.domain import LEADING_TABLES, TABLES
from seeder.sinks.postgres import ANALYZE_HALVES


def test_load_reports_the_rows_it_wrote(run_seed, fresh_database_url: str) -> None:
    result = run_seed("--size", "small", "--database-url", fresh_database_url, "--json")
    assert result.code == 0, result.stderr
    summary = json.loads(result.stdout)
    counts = {t: n for t, (n, _) in table_fingerprints(fresh_database_url).items()}
    assert summary["rows"] == counts
    assert counts["tickets"] == 500
    assert all(counts[t] > 0 for t in TABLES)
    # ANALYZE ran on every table (pg_statistic rows come only from ANALYZE).
    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        analyzed = conn.execute(
            "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = 'public'"
        ).fetchall()
        last_analyze = dict(
            conn.execute("SELECT relname, last_analyze FROM pg_stat_user_tables").fetchall()
        )
    assert {name for (name,) in analyzed} >= set(TABLES)
    assert sorted(sum(ANALYZE_HALVES, (*LEADING_TABLES,))) == sorted(TABLES)
    # The leading tables were analyzed during the load, before the rest after the commit.
    others = [last_analyze[t] for t in TABLES if t not in LEADING_TABLES]
    assert max(last_analyze[t] for t in LEADING_TABLES) < min(others)
    assert "analyze" in summary["timings_seconds"]


def test_refusal_without_reset_leaves_data_untouched(run_seed, fresh_database_url: str) -> None:
    assert run_seed("--size", "small", "--database-url", fresh_database_url, "--quiet").code == 0
    before = table_fingerprints(fresh_database_url)
    result = run_seed("--size", "small", "--seed", "9", "--database-url", fresh_database_url)
    assert result.code == 3
    assert "pass --reset (reset=True) to replace it" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert table_fingerprints(fresh_database_url) == before


def test_reset_replaces_the_data(run_seed, fresh_database_url: str) -> None:
    assert run_seed("--size", "small", "--database-url", fresh_database_url, "--quiet").code == 0
    before = table_fingerprints(fresh_database_url)
    args = ["--tickets", "300", "--seed", "9", "--database-url", fresh_database_url, "--quiet"]
    result = run_seed(*args, "--reset")
    assert result.code == 0, result.stderr
    after = table_fingerprints(fresh_database_url)
    assert after["tickets"][0] == 300
    assert after["interactions"][1] != before["interactions"][1]


def test_database_content_is_identical_for_any_batch_size(
    run_seed, fresh_database_url: str, migrated_database_url: str
) -> None:
    common = ["--tickets", "1200", "--seed", "5", "--quiet"]
    assert run_seed(*common, "--batch-rows", "7", "--database-url", fresh_database_url).code == 0
    assert (
        run_seed(*common, "--batch-rows", "100000", "--database-url", migrated_database_url).code
        == 0
    )
    assert table_fingerprints(fresh_database_url) == table_fingerprints(migrated_database_url)


@pytest.mark.parametrize(
    "command",
    [["--tickets", "500"], ["--tickets", "60000"], ["migrate"]],
    ids=["one transaction", "staged", "seed migrate"],
)
def test_a_users_own_table_of_a_seeder_name_is_refused_and_kept(
    run_seed, fresh_database_url: str, command: list[str]
) -> None:
    with psycopg.connect(fresh_database_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE users (id int, nick text)")
        conn.execute("INSERT INTO users VALUES (1, 'mine')")
    for reset in ([], ["--reset"]) if command[0] != "migrate" else ([],):
        result = run_seed(*command, "--database-url", fresh_database_url, *reset)
        assert result.code == 1, result.stderr
        assert "already has a 'users' that seeder's migrations did not make" in result.stderr
        assert "give an empty database, or rename that table" in result.stderr
    with psycopg.connect(fresh_database_url) as conn:
        assert conn.execute("SELECT * FROM users").fetchall() == [(1, "mine")]
        assert conn.execute("SELECT to_regclass('tickets')").fetchone() == (None,)


def test_unknown_schema_revision_is_refused(run_seed, migrated_database_url: str) -> None:
    with psycopg.connect(migrated_database_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'deadbeef'")
    result = run_seed("--size", "small", "--database-url", migrated_database_url)
    assert result.code == 1
    assert "revision 'deadbeef', unknown to this seeder version" in result.stderr
    with psycopg.connect(migrated_database_url) as conn:
        assert conn.execute("SELECT count(*) FROM tickets").fetchone() == (0,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("deadbeef",)


def test_missing_database_gives_one_line(run_seed, server_url: str) -> None:
    missing = database_url(server_url, "no_such_db_for_seeder")
    result = run_seed("--size", "small", "--database-url", missing)
    assert result.code == 1
    assert 'database "no_such_db_for_seeder" does not exist' in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_migrate_command_brings_schema_to_head(run_seed, fresh_database_url: str) -> None:
    result = run_seed("migrate", "--database-url", fresh_database_url)
    assert result.code == 0, result.stderr
    with psycopg.connect(fresh_database_url) as conn:
        assert conn.execute("SELECT count(*) FROM tickets").fetchone() == (0,)


def test_config_output_reads_back_as_a_config_file(run_seed, tmp_path: Path) -> None:
    first = run_seed("config")
    assert first.code == 0
    path = tmp_path / "effective.toml"
    path.write_text(first.stdout)
    second = run_seed("config", "--config", str(path))
    assert second.code == 0, second.stderr
    assert second.stdout == first.stdout


@pytest.mark.slow
def test_embedded_default_loads_and_psql_sees_rows(run_seed, tmp_path: Path) -> None:
    """No URL anywhere: seed starts its own PostgreSQL and keeps it for `seed db psql`."""
    home = Path(os.environ.get("TMPDIR", "/tmp")) / f"seeder-home-{os.getpid()}"
    env = {"SEEDER_HOME": str(home)}
    try:
        result = run_seed("--size", "small", "--quiet", env=env)
        assert result.code == 0, result.stderr
        url = run_seed("db", "url", env=env)
        assert url.code == 0 and url.stdout.startswith("postgresql://")
        count = run_seed("db", "psql", "--", "-Atc", "select count(*) from tickets", env=env)
        assert count.code == 0, count.stderr
        assert count.stdout.strip() == "500"
    finally:
        run_seed("db", "stop", env=env)
        shutil.rmtree(home, ignore_errors=True)


def test_parallel_load_gives_the_same_database(
    run_seed, fresh_database_url: str, migrated_database_url: str
) -> None:
    common = ["--tickets", "9000", "--seed", "5", "--quiet"]
    assert run_seed(*common, "--jobs", "1", "--database-url", fresh_database_url).code == 0
    assert run_seed(*common, "--jobs", "3", "--database-url", migrated_database_url).code == 0
    assert table_fingerprints(fresh_database_url) == table_fingerprints(migrated_database_url)


def test_validate_passes_on_fresh_data_and_fails_on_damage(
    run_seed, fresh_database_url: str
) -> None:
    assert run_seed("--tickets", "1500", "--database-url", fresh_database_url, "--quiet").code == 0
    clean = run_seed("validate", "--database-url", fresh_database_url, "--json")
    assert clean.code == 0, clean.stdout
    assert json.loads(clean.stdout)["passed"] is True
    with psycopg.connect(fresh_database_url, autocommit=True) as conn:
        conn.execute(
            "UPDATE interactions SET customer_id = customer_id % 300 + 1 "
            "WHERE interaction_id = (SELECT min(interaction_id) FROM interactions)"
        )
    damaged = run_seed("validate", "--database-url", fresh_database_url)
    assert damaged.code == 1
    assert "interaction_customer_is_ticket_customer" in damaged.stdout
    assert "FAILED" in damaged.stdout


def test_report_command_writes_the_page(run_seed, fresh_database_url: str, tmp_path: Path) -> None:
    assert run_seed("--tickets", "800", "--database-url", fresh_database_url, "--quiet").code == 0
    page = tmp_path / "report.html"
    result = run_seed("report", "--database-url", fresh_database_url, "-o", str(page))
    assert result.code == 0, result.stderr
    html = page.read_text()
    assert html.count("<svg") >= 8 and "chart-tickets-per-week" in html
    again = run_seed("report", "--database-url", fresh_database_url, "-o", str(page))
    assert again.code == 2 and "pass --force" in again.stderr
