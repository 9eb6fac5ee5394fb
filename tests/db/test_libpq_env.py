"""Without --database-url or DATABASE_URL, the PG* variables choose the target, as in psql."""

from __future__ import annotations

import pytest
from conftest import SeedRunner
from psycopg.conninfo import conninfo_to_dict
from tests_support import table_fingerprints

from seeder.db.urls import libpq_conninfo

pytestmark = pytest.mark.db


def _libpq_env(url: str) -> dict[str, str]:
    params = conninfo_to_dict(libpq_conninfo(url))
    names = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "dbname": "PGDATABASE"}
    return {env: str(params[key]) for key, env in names.items() if key in params}


def test_the_pg_variables_choose_the_target(run_seed: SeedRunner, fresh_database_url: str) -> None:
    env = {**_libpq_env(fresh_database_url), "PGPASSWORD": "Not-Printed-7"}
    shown = run_seed("db", "url", env=env)
    assert shown.code == 0, shown.stderr
    assert f"dbname={env['PGDATABASE']}" in shown.stdout
    assert "Not-Printed-7" not in shown.stdout + shown.stderr
    loaded = run_seed("--tickets", "150", "--quiet", env=env)
    assert (loaded.code, loaded.stderr) == (0, "")
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 150


def test_database_url_wins_over_the_pg_variables(
    run_seed: SeedRunner, fresh_database_url: str
) -> None:
    env = {"PGHOST": "no-such-host.invalid", "DATABASE_URL": fresh_database_url}
    shown = run_seed("db", "url", env=env)
    assert shown.code == 0, shown.stderr
    assert "no-such-host" not in shown.stdout
