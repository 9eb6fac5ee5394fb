"""Run the Alembic migrations programmatically, on a connection the caller owns.

The migrations are the only source of the schema. The caller opens the connection and decides
when to commit, so creating the schema and loading the data can share one transaction.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from seeder.db.connect import connect
from seeder.errors import DatabaseError, SchemaVersionError, SeederError, clipped_words
from seeder.schema.scripts import script_location

if TYPE_CHECKING:
    from seeder.db.lock_wait import LockWaitCallback

__all__ = [
    "alembic_config",
    "current_revision",
    "downgrade_to_base",
    "ensure_known_revision",
    "head_revision",
    "known_revisions",
    "render_offline_sql",
    "script_location",
    "upgrade_to_head",
    "upgrade_url_to_head",
]


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config built in code (no alembic.ini), with `connection` injected for env.py."""
    return _config(connection)


def _config(
    connection: Connection | None = None, output_buffer: io.StringIO | None = None
) -> Config:
    # stdout goes to a throwaway buffer: the library never prints, even if a command would.
    cfg = Config(output_buffer=output_buffer, stdout=io.StringIO())
    # ConfigParser interpolation would read a '%' in the path as a placeholder.
    cfg.set_main_option("script_location", str(script_location()).replace("%", "%%"))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest revision this version of seeder knows."""
    head = _script_directory().get_current_head()
    if head is None:
        raise SeederError("the Alembic migrations hold no revision: reinstall seeder")
    return head


def known_revisions() -> set[str]:
    """Every revision the migration scripts hold."""
    return {script.revision for script in _script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database's alembic_version, or None for an unversioned one."""
    with _database_errors("reading the schema revision"):
        return MigrationContext.configure(connection).get_current_revision()


def ensure_known_revision(connection: Connection) -> None:
    """Raise SchemaVersionError when the database is at a revision our scripts do not have.

    Such a database was migrated by a newer (or foreign) seeder; touching it could lose data.
    """
    with _database_errors("reading the schema revision"):
        heads = MigrationContext.configure(connection).get_current_heads()
    known = known_revisions()
    unknown = [rev for rev in heads if rev not in known]
    if unknown:
        raise SchemaVersionError.unknown(unknown[0])


def upgrade_to_head(connection: Connection) -> None:
    """Migrate the database to the head revision inside the caller's transaction.

    The caller commits (or rolls back); nothing here ends the transaction.
    """
    ensure_known_revision(connection)
    if current_revision(connection) is None:
        _refuse_tables_in_the_way(connection)
    with _database_errors("migrating the schema to head"):
        command.upgrade(alembic_config(connection), "head")


def _refuse_tables_in_the_way(connection: Connection) -> None:
    """A user's own table of a seeder name is refused as the load refuses it, not left to
    fail the first migration with 'relation already exists'."""
    import psycopg

    from seeder.schema.offline import compiled_schema
    from seeder.schema.sql_migrate import refuse_tables_in_the_way

    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    with _database_errors("reading the tables"):
        refuse_tables_in_the_way(driver, compiled_schema())


def downgrade_to_base(connection: Connection) -> None:
    """Drop everything the migrations created, inside the caller's transaction."""
    ensure_known_revision(connection)
    with _database_errors("downgrading the schema to base"):
        command.downgrade(alembic_config(connection), "base")


def render_offline_sql(start: str | None = None) -> str:
    """The SQL script (`alembic upgrade [START:]head --sql`): from nothing, or from `start`."""
    buffer = io.StringIO()
    target = "head" if start is None else f"{start}:head"
    command.upgrade(_config(output_buffer=buffer), target, sql=True)
    return buffer.getvalue()


def upgrade_url_to_head(
    url: str,
    *,
    lock_timeout: float | None = None,
    on_lock_wait: LockWaitCallback | None = None,
) -> None:
    """Open the database at `url`, migrate it to head in one transaction, commit, disconnect.

    A migration waiting for another session's lock tells on_lock_wait after a couple of
    seconds; with lock_timeout (seconds) it gives up with LockTimeoutError, changing nothing.
    """
    from seeder.db.lock_wait import LockWatcher, lock_timeout_error, lock_timeout_setting

    connection, dispose = connect(url)
    try:
        with connection, connection.begin():
            with _database_errors("starting the migration"):
                pid = int(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
                if lock_timeout is not None:
                    setting = lock_timeout_setting(lock_timeout)
                    query = "SELECT set_config('lock_timeout', %(value)s, true)"
                    connection.exec_driver_sql(query, {"value": setting})
            try:
                with LockWatcher(url, pid, on_lock_wait):
                    upgrade_to_head(connection)
            except DBAPIError as exc:
                if not _is_lock_timeout(exc):
                    raise
                raise lock_timeout_error(url, pid, lock_timeout) from None
    finally:
        dispose()


def _is_lock_timeout(exc: DBAPIError) -> bool:
    from psycopg.errors import LockNotAvailable

    return isinstance(exc.orig, LockNotAvailable)


@contextmanager
def _database_errors(doing: str) -> Iterator[None]:
    """Turn driver and Alembic failures into one-line DatabaseErrors.

    They arise on an open connection, whose messages never hold the connection string.
    """
    try:
        yield
    except DBAPIError as exc:
        if _is_lock_timeout(exc):
            raise  # upgrade_url_to_head names who held the lock
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        raise DatabaseError(
            f"{doing} failed: {clipped_words(detail)}: check the database URL and permissions"
        ) from exc
    except CommandError as exc:
        raise DatabaseError(f"{doing} failed: {clipped_words(str(exc))}") from exc
