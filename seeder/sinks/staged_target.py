"""The control connection's two transactions in a staged load: prepare, and swap in.

prepare_staging runs before any row is sent. It takes the run's lock for the session, makes
the checks the single-transaction load makes (a known schema revision; data only with
--reset), and builds the staging schema. Where a staged load could not keep the target as
it is (see seeder.sinks.staging), it returns why, and nothing is created.

swap_in runs after the staged tables are complete, keyed, indexed and analyzed: the target's
tables are locked, migrated and checked exactly as the single-transaction load does at its
start, then replaced. The caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seeder.domain import TABLES
from seeder.errors import DatabaseError
from seeder.sinks.target_locks import (
    before_commit,
    existing_tables,
    lock_tables,
    refuse_if_occupied,
    take_run_lock,
)

if TYPE_CHECKING:
    import psycopg

_SHOWN = 3


@dataclass(frozen=True)
class Prepared:
    """Where the tables go, or why a staged load cannot go there (None: it can)."""

    schema: str
    refusal: str | None = None


def prepare_staging(
    connection: psycopg.Connection, reset: bool, lock_timeout: float | None
) -> Prepared:
    """Lock the run, check the target, build the staging schema; commits when it can stage."""
    from seeder.db.lock_wait import lock_timeout_setting
    from seeder.schema.offline import compiled_schema
    from seeder.schema.sql_migrate import migratable_revisions
    from seeder.sinks.staging import (
        STAGING_SCHEMA,
        create_staging,
        drop_deferred,
        drop_staging,
        obstacles,
        staging_exists,
        target_schema,
    )

    take_run_lock(connection, session=True)
    if lock_timeout is not None:
        setting = lock_timeout_setting(lock_timeout)
        connection.execute("SELECT set_config('lock_timeout', %s, false)", (setting,))
    schema = target_schema(connection)
    if schema is None:
        return Prepared("", "no schema on the search path to create the tables in")
    revisions = migratable_revisions(connection)
    existing = existing_tables(connection, TABLES)
    if revisions is None and existing:
        return Prepared(schema, f"tables named like seeder's exist ({_names(existing)})")
    if not reset:
        refuse_if_occupied(connection, tuple(existing))
    mine = staging_exists(connection)
    if mine is False:
        return Prepared(schema, f"a schema named {STAGING_SCHEMA} exists that seeder did not make")
    if mine:
        drop_staging(connection)  # left by a killed run: the run's lock says none uses it
    compiled = compiled_schema()
    create_staging(connection, compiled)
    found = obstacles(connection, schema, existing)
    if found:
        connection.rollback()
        found_names = _names(found)
        return Prepared(
            schema, f"the target's tables have objects a swap would drop ({found_names})"
        )
    drop_deferred(connection, compiled)
    connection.commit()
    return Prepared(schema)


def swap_in(connection: psycopg.Connection, schema: str, reset: bool) -> None:
    """Lock, migrate and check the target's tables, then replace them by the staged ones."""
    from seeder.schema.sql_migrate import migrate_to_head
    from seeder.sinks.staging import obstacles, swap

    lock_tables(connection, reset)
    migrate_to_head(connection)
    if not reset:
        refuse_if_occupied(connection)
    found = obstacles(connection, schema, TABLES)
    if found:
        raise DatabaseError(
            f"objects appeared on the target's tables during the load ({_names(found)}): "
            "nothing was changed; run again, and seed loads in one transaction, keeping them"
        )
    swap(connection, schema, TABLES)
    before_commit(connection)


def _names(items: list[str]) -> str:
    more = f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return ", ".join(items[:_SHOWN]) + more
