"""`seed --dask`: Dask workers COPY the ranges into a staging schema that is swapped in whole.

The rows and the schema equal a plain load's; a failed run leaves the target as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
import pytest
from conftest import SeedRunner
from dask_support import DASK_TICKETS, dask_config
from tests_support import rows, schema_snapshot, table_fingerprints

from seeder.db.urls import conninfo_params
from seeder.distributed.load import STAGING_SCHEMA, StagingTable, load_with_dask
from seeder.errors import DatabaseError, DistributedError, TargetNotEmptyError
from seeder.pipeline.run import load
from seeder.sinks.staged_target import prepare_staging
from seeder.sinks.staged_worker import build_staged_keys

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("dask_threads_released")]


@pytest.fixture
def tcp_database_url(fresh_database_url: str) -> str:
    """A new, empty database the workers reach: not over a unix socket (the embedded server)."""
    host = conninfo_params(fresh_database_url).get("host", "")
    if not host or host.startswith("/"):
        pytest.skip("the Dask workers need a server they reach over TCP")
    return fresh_database_url


def test_a_dask_load_holds_a_loads_rows_and_schema(
    tcp_database_url: str, migrated_database_url: str, dask_scheduler: Callable[[int], str]
) -> None:
    config = dask_config()
    # Three connections build the keys and analyze the staged tables, in parallel.
    summary = load_with_dask(config, tcp_database_url, address=dask_scheduler(2), connections=3)
    load(config, migrated_database_url)
    assert table_fingerprints(tcp_database_url) == table_fingerprints(migrated_database_url)
    assert schema_snapshot(tcp_database_url) == schema_snapshot(migrated_database_url)
    version = "SELECT version_num FROM alembic_version"
    assert rows(tcp_database_url, version) == rows(migrated_database_url, version)
    assert summary.rows == {t: n for t, (n, _) in table_fingerprints(tcp_database_url).items()}
    assert rows(tcp_database_url, f"SELECT to_regnamespace('{STAGING_SCHEMA}')") == [(None,)]
    unanalyzed = (
        "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL "
        "AND relname NOT IN ('alembic_version', 'seed_runs')"
    )
    assert rows(tcp_database_url, unanalyzed) == []


def test_a_key_that_fails_on_the_staged_rows_stops_every_connection(
    fresh_database_url: str,
) -> None:
    load(dask_config(), fresh_database_url)
    with psycopg.connect(fresh_database_url) as control:
        assert prepare_staging(control, True, None).refusal is None
    with psycopg.connect(fresh_database_url, autocommit=True) as conn:
        # Every user twice: the staged table's primary key cannot be built.
        conn.execute(
            f'INSERT INTO "{STAGING_SCHEMA}".users '
            "SELECT * FROM public.users UNION ALL SELECT * FROM public.users"
        )
    with pytest.raises(psycopg.errors.UniqueViolation):
        build_staged_keys(fresh_database_url, 3, {"users": 2})
    assert [t.name for t in threading.enumerate() if t.name == "seeder-staged"] == []


def test_a_failed_dask_load_leaves_the_database_as_it_was(
    tcp_database_url: str, dask_scheduler: Callable[[int], str]
) -> None:
    # The workers COPY into a schema that does not exist: the first COPY fails.
    with pytest.raises(DatabaseError, match='schema "no_such_schema" does not exist'):
        load_with_dask(
            dask_config(),
            tcp_database_url,
            address=dask_scheduler(2),
            staging=StagingTable("no_such_schema"),
        )
    tables = "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"
    assert rows(tcp_database_url, tables) == [(0,)]
    assert rows(tcp_database_url, f"SELECT to_regnamespace('{STAGING_SCHEMA}')") == [(None,)]
    with psycopg.connect(tcp_database_url) as conn:  # the run's lock went with its session
        assert conn.execute("SELECT pg_try_advisory_lock(x'736565646572'::bigint)").fetchone() == (
            True,
        )


def test_a_dask_load_replaces_data_only_with_reset_and_records_the_run(
    tcp_database_url: str, dask_scheduler: Callable[[int], str]
) -> None:
    address = dask_scheduler(2)
    load(dask_config(), tcp_database_url)
    before = table_fingerprints(tcp_database_url)
    other = dask_config(seed=22)
    with pytest.raises(TargetNotEmptyError):
        load_with_dask(other, tcp_database_url, address=address)
    assert table_fingerprints(tcp_database_url) == before
    summary = load_with_dask(other, tcp_database_url, address=address, reset=True)
    assert table_fingerprints(tcp_database_url) != before
    query = "SELECT seed, row_counts, content_hashes FROM seed_runs ORDER BY id"
    runs = rows(tcp_database_url, query)
    assert len(runs) == 2
    assert runs[-1] == (other.seed, summary.rows, {})


def test_seed_dask_reset_replaces_the_data_as_its_refusal_says(
    tcp_database_url: str, dask_scheduler: Callable[[int], str], run_seed: SeedRunner
) -> None:
    load(dask_config(), tcp_database_url)
    before = table_fingerprints(tcp_database_url)
    tickets = ["--tickets", str(DASK_TICKETS), "--seed", "22", "--quiet"]
    base = ["--dask", dask_scheduler(2), "--database-url", tcp_database_url, *tickets]
    refused = run_seed(*base)
    assert refused.code == 3 and "--reset" in refused.stderr
    assert table_fingerprints(tcp_database_url) == before
    replaced = run_seed(*base, "--reset")
    assert replaced.code == 0, replaced.stderr
    assert table_fingerprints(tcp_database_url) != before
    assert rows(tcp_database_url, "SELECT seed FROM seed_runs ORDER BY id") == [(21,), (22,)]


def test_a_dask_load_refuses_a_target_whose_tables_carry_a_view(
    tcp_database_url: str, dask_scheduler: Callable[[int], str]
) -> None:
    load(dask_config(), tcp_database_url)
    with psycopg.connect(tcp_database_url, autocommit=True) as conn:
        conn.execute("CREATE VIEW mine AS SELECT * FROM tickets")
    before = table_fingerprints(tcp_database_url)
    with pytest.raises(DistributedError, match="seed --dask cannot load this database"):
        load_with_dask(dask_config(), tcp_database_url, address=dask_scheduler(2), reset=True)
    assert table_fingerprints(tcp_database_url) == before
    assert rows(tcp_database_url, "SELECT count(*) FROM mine") == [(before["tickets"][0],)]
