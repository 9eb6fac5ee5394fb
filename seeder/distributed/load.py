"""`seed --dask`: a load whose rows the Dask workers COPY, each over its own connections.

Deliberately narrow until the staged parallel load (its checks of what a swap would drop)
is merged: it loads only a database that holds none of seeder's tables yet, so its swap
drops nothing. All or nothing holds: the target schema gains the tables in one transaction.

1. The control connection takes the run's lock for its session, refuses a target that has
   seeder's tables, removes a staging schema a killed run left (it bears our mark), and builds
   the staging schema from the migrations' own SQL (so the tables are exactly the migrated
   ones), keys, indexes and foreign keys dropped; it commits so the workers see it.
2. The workers COPY every table of every chunk range into the staging tables
   (seeder.distributed.copy); several connections write one table, so no FREEZE.
3. The control connection builds the keys, indexes and foreign keys in the staging schema,
   moves the tables (and alembic_version) into the target schema, drops the staging schema
   and commits; then ANALYZE. On any failure the staging schema is dropped.
"""

from __future__ import annotations

import time
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seeder.config import RunConfig
from seeder.db.masking import secrets_in
from seeder.db.urls import redact_url
from seeder.distributed.cluster import dask_client
from seeder.distributed.copy import CopiedRange, CopyInto, copy_with_dask, refuse_unreachable
from seeder.domain import TABLES
from seeder.errors import ConcurrentRunError, DistributedError
from seeder.generate.plan import build_plan
from seeder.generate.produce import estimate_rows
from seeder.sinks.base import ProgressCallback, RunSummary

if TYPE_CHECKING:
    import psycopg

STAGING_SCHEMA = "seeder_dask_staging"
STAGING_MARK = "seeder: tables of a Dask load in progress (a later seed --dask removes them)"
_MOVED = (*TABLES, "alembic_version")


@dataclass(frozen=True)
class StagingTable:
    """Every range of a table goes to the staging schema's table of that name."""

    schema: str = STAGING_SCHEMA

    def __call__(
        self, connection: psycopg.Connection, table: str, chunks: tuple[int, int]
    ) -> CopyInto:
        return CopyInto(f'"{self.schema}".{table}')


def load_with_dask(
    config: RunConfig,
    url: str,
    *,
    address: str | None = None,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Load `config`'s dataset into the database at `url` (which holds no seeder tables yet)
    from the Dask cluster at `address`, or from a local cluster of config.jobs workers."""
    from seeder.db.connect import connect_driver, database_errors

    started = time.perf_counter()
    refuse_unreachable(url)
    summary = RunSummary(target=redact_url(url), rows=dict.fromkeys(TABLES, 0))
    plan = build_plan(config)
    expected = estimate_rows(plan).rows

    def on_copied(copied: CopiedRange) -> None:
        done = summary.rows[copied.table] = summary.rows[copied.table] + copied.rows
        if progress is not None:
            progress(copied.table, done, max(expected[copied.table], done))

    with database_errors("loading", secrets_in(url)), connect_driver(url) as control:
        target = _prepare(control)
        summary.timings["prepare"] = time.perf_counter() - started
        try:
            step = time.perf_counter()
            with dask_client(address, config.jobs) as client:
                copy_with_dask(client, plan, url, StagingTable(), on_copied=on_copied)
            summary.timings["generate+copy"] = time.perf_counter() - step
            step = time.perf_counter()
            _build_and_swap(control, target)
            summary.timings["keys+swap"] = time.perf_counter() - step
        except BaseException:
            _drop_staging_after_failure(control)
            raise
        step = time.perf_counter()
        control.autocommit = True
        control.execute(f"ANALYZE {', '.join(TABLES)}")
        summary.timings["analyze"] = time.perf_counter() - step
    summary.timings["total"] = time.perf_counter() - started
    return summary


def _prepare(control: psycopg.Connection) -> str:
    """Lock, check, build the staging schema and commit; the target schema's name."""
    from seeder.schema.offline import compiled_schema
    from seeder.sinks.postgres import ADVISORY_LOCK_KEY

    locked = control.execute("SELECT pg_try_advisory_lock(%s)", (ADVISORY_LOCK_KEY,)).fetchone()
    if locked is None or not locked[0]:
        raise ConcurrentRunError(
            "another seed run is loading this database right now: wait for it to finish, "
            "then run again"
        )
    row = control.execute("SELECT current_schema()").fetchone()
    if row is None or row[0] is None:
        raise DistributedError("no schema on the search path to create the tables in")
    target = str(row[0])
    found = _existing(control, target)
    if found:
        raise DistributedError(
            f"seed --dask loads only a database without seeder's tables for now, and this one "
            f"has {found[0]}: give a new database, or load this one with seed (without --dask)"
        )
    _drop_leftover_staging(control)
    control.execute(f'CREATE SCHEMA "{STAGING_SCHEMA}"')
    control.execute(f"COMMENT ON SCHEMA \"{STAGING_SCHEMA}\" IS '{STAGING_MARK}'")
    control.execute("SELECT set_config('search_path', %s, true)", (STAGING_SCHEMA,))
    schema = compiled_schema()
    control.execute(schema.create_sql)
    for statement in schema.deferred_drop:
        control.execute(statement)
    control.commit()
    return target


def _existing(control: psycopg.Connection, schema: str) -> list[str]:
    query = (
        "SELECT t FROM unnest(%s::text[]) t "
        "WHERE to_regclass(format('%%I.%%I', %s::text, t)) IS NOT NULL"
    )
    return [str(row[0]) for row in control.execute(query, (list(_MOVED), schema)).fetchall()]


def _drop_leftover_staging(control: psycopg.Connection) -> None:
    row = control.execute(
        "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s",
        (STAGING_SCHEMA,),
    ).fetchone()
    if row is None:
        return
    if row[0] != STAGING_MARK:
        raise DistributedError(
            f"a schema named {STAGING_SCHEMA} exists that seeder did not make: rename it"
        )
    control.execute(f'DROP SCHEMA "{STAGING_SCHEMA}" CASCADE')  # we hold the run's lock


def _build_and_swap(control: psycopg.Connection, target: str) -> None:
    """Keys, indexes, foreign keys; then the tables into the target schema, in one commit."""
    from seeder.schema.offline import compiled_schema

    control.execute("SELECT set_config('search_path', %s, true)", (STAGING_SCHEMA,))
    for statement in compiled_schema().deferred_create:
        control.execute(statement)
    for table in _MOVED:  # fails, changing nothing, if such a table appeared meanwhile
        control.execute(f'ALTER TABLE "{STAGING_SCHEMA}".{table} SET SCHEMA "{target}"')
    control.execute(f'DROP SCHEMA "{STAGING_SCHEMA}"')
    control.commit()


def _drop_staging_after_failure(control: psycopg.Connection) -> None:
    with suppress(Exception):  # else the next run removes it (it bears our mark)
        control.rollback()
        control.execute(f'DROP SCHEMA IF EXISTS "{STAGING_SCHEMA}" CASCADE')
        control.commit()
