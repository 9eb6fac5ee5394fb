"""--agents and --customers (and the config keys) through a real load and `seed validate`."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from tests_support import table_fingerprints

from seeder.db.urls import libpq_conninfo


def _row_counts(run_seed, url: str, *args: str) -> tuple[int, dict[str, object]]:
    result = run_seed("validate", "--database-url", url, "--json", *args)
    report = json.loads(result.stdout)
    row_counts = next(r for r in report["results"] if r["name"] == "row_counts")
    return result.code, row_counts


def test_given_counts_load_and_validate(run_seed, fresh_database_url: str, tmp_path: Path) -> None:
    counts = ["--agents", "7", "--customers", "123"]
    load = run_seed("--tickets", "500", *counts, "--database-url", fresh_database_url, "--json")
    assert load.code == 0, load.stderr
    rows = {t: n for t, (n, _) in table_fingerprints(fresh_database_url).items()}
    assert (rows["users"], rows["customers"], rows["tickets"]) == (7, 123, 500)
    assert json.loads(load.stdout)["rows"] == rows

    code, check = _row_counts(run_seed, fresh_database_url, *counts)
    assert code == 0 and check["passed"], check
    config = tmp_path / "counts.toml"
    config.write_text("agents = 7\ncustomers = 123\n")
    code, check = _row_counts(run_seed, fresh_database_url, "--config", str(config))
    assert code == 0 and check["passed"], check

    # Without them, validate takes the counts the load recorded in seed_runs.
    code, check = _row_counts(run_seed, fresh_database_url)
    assert code == 0 and check["passed"], check

    # With nothing recorded (an older seeder's data), it expects the counts scaled from 500
    # tickets and says what to pass.
    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        conn.execute("DELETE FROM seed_runs")
    code, check = _row_counts(run_seed, fresh_database_url)
    assert code == 1 and not check["passed"]
    assert "customers holds 123, expected 120" in str(check["detail"])
    assert "users holds 7, expected 3" in str(check["detail"])
    assert "pass the --config, --agents and --customers the data was loaded with" in str(
        check["detail"]
    )
    assert check["violations"] == 2


def test_config_keys_round_trip_through_seed_config(run_seed, tmp_path: Path) -> None:
    shown = run_seed("config", "--tickets", "500", "--agents", "7", "--customers", "123")
    assert shown.code == 0, shown.stderr
    assert "500 tickets, 123 customers, 7 agents" in shown.stdout.splitlines()[0]
    assert "\nagents = 7\n" in shown.stdout and "\ncustomers = 123\n" in shown.stdout
    path = tmp_path / "effective.toml"
    path.write_text(shown.stdout)
    again = run_seed("config", "--tickets", "500", "--config", str(path))
    assert again.code == 0, again.stderr
    assert again.stdout == shown.stdout
    output = tmp_path / "counts.sql"
    dump = run_seed("dump", "--tickets", "500", "--config", str(path), "-o", str(output))
    assert dump.code == 0, dump.stderr
    assert "users 7, customers 123," in dump.stdout
