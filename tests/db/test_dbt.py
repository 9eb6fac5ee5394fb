"""The dbt project builds on a loaded database and on its Parquet export, to the same rows.

The medium dataset is loaded into a database of its own and exported as Parquet (the same
rows); `dbt build --project-dir dbt --profiles-dir dbt` then runs on each target as a user
runs it: every model, and every data test (sources, staging, seed 004's rules, the facts'
row counts). The DuckDB build must hold the PostgreSQL build's rows in every model, to one
unit in the last decimal place PostgreSQL shows (a double can round a half the other way
than a numeric). Seed 004's rules must fail on rows that break them. dbt comes with the
[test] extra: where it is missing these tests fail; they never skip.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import psycopg
import pytest
from conftest import LoadDatabase, LoadedDatabase
from dbt_support import DBT_DIR, DbtError, run_dbt
from tests_support import connection_params, database_url, temporary_database

from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.pipeline.run import export_files

SCHEMA = "dbt"
MODELS = sorted(p.stem for p in (DBT_DIR / "models").rglob("*.sql"))
DONE = re.compile(r"Done\. PASS=(\d+) WARN=(\d+) ERROR=(\d+) SKIP=(\d+)")
Row = tuple[object, ...]


def _postgres_env(url: str) -> dict[str, str]:
    """The libpq variables dbt/profiles.yml reads, for the database `url` names."""
    params = connection_params(url)
    names = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD"}
    env = {var: params[key] for key, var in names.items() if params.get(key)}
    return {**env, "PGDATABASE": params["dbname"], "SEEDER_DBT_SCHEMA": SCHEMA}


def _assert_all_passed(output: str) -> None:
    done = DONE.search(output)
    assert done is not None, output[-2000:]
    passed, warned, errors, skipped = map(int, done.groups())
    assert (warned, errors, skipped) == (0, 0, 0), output[-2000:]
    assert passed > 2 * len(MODELS), "every model and its data tests"


@pytest.fixture(scope="module")
def medium(loaded_database: LoadDatabase) -> LoadedDatabase:
    return loaded_database(build_run_config(size="medium"))


@pytest.fixture(scope="module")
def postgres_build(medium: LoadedDatabase, tmp_path_factory: pytest.TempPathFactory) -> str:
    """`dbt build` on the medium database: its output."""
    workdir = tmp_path_factory.mktemp("dbt-postgres")
    return run_dbt("build", workdir=workdir, env=_postgres_env(medium.url))


@pytest.fixture(scope="module")
def duckdb_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """`dbt build --target duckdb` on the medium Parquet export: its output and database."""
    workdir = tmp_path_factory.mktemp("dbt-duckdb")
    export_files(build_run_config(size="medium"), workdir / "parquet", fmt="parquet")
    database = workdir / "support.duckdb"
    env = {
        "SEEDER_PARQUET_DIR": str(workdir / "parquet"),
        "SEEDER_DUCKDB_PATH": str(database),
        "SEEDER_DBT_SCHEMA": SCHEMA,
    }
    return run_dbt("build", "--target", "duckdb", workdir=workdir, env=env), database


def test_build_passes_on_the_loaded_database(postgres_build: str, medium: LoadedDatabase) -> None:
    _assert_all_passed(postgres_build)
    with psycopg.connect(libpq_conninfo(medium.url)) as conn:
        built = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
            (SCHEMA,),
        ).fetchall()
    assert sorted(str(name) for (name,) in built) == MODELS


def test_build_passes_on_the_parquet_export(duckdb_build: tuple[str, Path]) -> None:
    output, database = duckdb_build
    _assert_all_passed(output)
    with duckdb.connect(str(database), read_only=True) as conn:
        built = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", [SCHEMA]
        ).fetchall()
    assert sorted(name for (name,) in built) == MODELS


def _same(postgres: object, duck: object) -> bool:
    """Equal, numbers to one unit in the last decimal place of PostgreSQL's value."""
    if isinstance(postgres, Decimal) and isinstance(duck, Decimal | float | int):
        exponent = postgres.as_tuple().exponent
        assert isinstance(exponent, int)
        unit = 10.0**exponent if exponent < 0 else 0.0
        return abs(float(postgres) - float(duck)) <= max(unit * 1.001, abs(float(postgres)) * 1e-9)
    if isinstance(postgres, float) and isinstance(duck, Decimal | float):
        return math.isclose(postgres, float(duck), rel_tol=1e-9, abs_tol=1e-12)
    return postgres == duck


def _sort_key(row: Row) -> tuple[tuple[int, object], ...]:
    """Rows in one order on both sides: numbers as floats, NULL last, the rest as text."""
    return tuple(
        (2, "")
        if v is None
        else (0, round(float(v), 6))
        if isinstance(v, int | float | Decimal) and not isinstance(v, bool)
        else (1, str(v))
        for v in row
    )


def _rows(cursor: psycopg.Cursor[Row] | duckdb.DuckDBPyConnection) -> tuple[list[str], list[Row]]:
    columns = [str(d[0]) for d in cursor.description or ()]
    return columns, sorted((tuple(r) for r in cursor.fetchall()), key=_sort_key)


def test_duckdb_builds_the_same_rows_as_postgresql(
    postgres_build: str, duckdb_build: tuple[str, Path], medium: LoadedDatabase
) -> None:
    differences: list[str] = []
    with (
        psycopg.connect(libpq_conninfo(medium.url)) as pg,
        duckdb.connect(str(duckdb_build[1]), read_only=True) as duck,
    ):
        for model in MODELS:
            columns, expected = _rows(pg.execute(f'SELECT * FROM {SCHEMA}."{model}"'))
            duck_columns, got = _rows(duck.execute(f'SELECT * FROM {SCHEMA}."{model}"'))
            assert duck_columns == columns, model
            assert len(got) == len(expected), model
            assert expected, f"{model} is empty: nothing to compare"
            for want, have in zip(expected, got, strict=True):
                differences += [
                    f"{model}.{column}: {a!r} on PostgreSQL, {b!r} on DuckDB"
                    for column, a, b in zip(columns, want, have, strict=True)
                    if not _same(a, b)
                ]
    assert not differences, "\n".join(differences[:20])


@pytest.fixture
def broken_copy(server_url: str, medium: LoadedDatabase, postgres_build: str) -> Iterator[str]:
    """A copy of the built database where one ticket closes before it was created and one
    ticket's first response comes before the ticket (the CHECKs that forbid them dropped)."""
    with temporary_database(server_url, template=medium.name) as name:
        url = database_url(server_url, name)
        with psycopg.connect(libpq_conninfo(url)) as conn:
            conn.execute(
                """ALTER TABLE tickets DROP CONSTRAINT ck_tickets_closed_after_created;
                   UPDATE tickets SET ticket_closed = ticket_created - interval '1 hour'
                   WHERE ticket_id = (SELECT min(ticket_id) FROM tickets
                                      WHERE status = 'closed');
                   UPDATE tickets SET ticket_created = ticket_created + interval '30 days'
                   WHERE ticket_id = (SELECT max(ticket_id) FROM tickets
                                      WHERE status <> 'closed')"""
            )
        yield url


def test_seed_004_rules_fail_on_rows_that_break_them(broken_copy: str, tmp_path: Path) -> None:
    rules = ("dq_resolved_logic", "dq_first_response_range")
    with pytest.raises(DbtError) as failed:
        run_dbt("test", "--select", *rules, workdir=tmp_path, env=_postgres_env(broken_copy))
    for rule in rules:
        assert re.search(rf"FAIL 1 .*{rule}", str(failed.value)), str(failed.value)[-2000:]
