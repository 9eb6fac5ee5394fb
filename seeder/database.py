"""Connections to the target: one-line errors without passwords, read-only snapshots."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Final

import psycopg

from seeder.domain import TABLES
from seeder.errors import DatabaseError
from seeder.urls import libpq_conninfo, redact_text, redact_url, sqlalchemy_url, url_password

# SQLAlchemy is imported where a SQLAlchemy connection is made: the live load and the dumps
# use psycopg alone and do not pay for it.
if TYPE_CHECKING:
    from sqlalchemy import Connection

MISSING_TABLES: Final = " UNION ALL ".join(
    f"SELECT '{t}' WHERE to_regclass('{t}') IS NULL" for t in TABLES
)


def first_line(exc: BaseException) -> str:
    """The first line of a driver error's message (PostgreSQL adds DETAIL/HINT lines)."""
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


def _is_driver_error(exc: BaseException) -> bool:
    if isinstance(exc, psycopg.Error):
        return True
    # A SQLAlchemy error can only exist once SQLAlchemy is imported.
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.DBAPIError)


@contextmanager
def database_errors(doing: str, secret: str | None) -> Iterator[None]:
    """Driver errors become one-line DatabaseErrors that never show the password."""
    try:
        yield
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        raise DatabaseError(f"{doing} failed: {redact_text(first_line(exc), secret)}") from exc


def _cannot_connect(url: str, exc: BaseException) -> DatabaseError:
    detail = redact_text(first_line(exc), url_password(url))
    return DatabaseError(
        f"cannot connect to {redact_url(url)}: {detail}: check the URL, that the server "
        "runs, and the credentials"
    )


def connect_driver(url: str) -> psycopg.Connection:
    """A plain psycopg connection, not in autocommit: its first statement begins a transaction."""
    try:
        return psycopg.connect(libpq_conninfo(url))
    except psycopg.OperationalError as exc:
        raise _cannot_connect(url, exc) from None


def connect(url: str) -> tuple[Connection, Callable[[], None]]:
    """Open a SQLAlchemy connection (psycopg 3) and return it with its disposer."""
    from sqlalchemy import create_engine, pool
    from sqlalchemy.exc import OperationalError

    engine = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        connection = engine.connect()
    except OperationalError as exc:
        engine.dispose()
        raise _cannot_connect(url, exc) from None
    return connection, engine.dispose


def ensure_seeder_schema(connection: Connection) -> None:
    """Raise unless the database holds all seven seeder tables at a revision we know.

    SchemaVersionError when alembic_version names a revision this seeder lacks: a newer
    seeder's schema may differ in ways our queries would misread. DatabaseError when
    tables are missing.
    """
    from sqlalchemy import text

    from seeder.migrations import ensure_known_revision

    ensure_known_revision(connection)
    missing = [str(row[0]) for row in connection.execute(text(MISSING_TABLES))]
    if len(missing) == len(TABLES):
        raise DatabaseError("the database has no seeder schema: run `seed` first")
    if missing:
        raise DatabaseError(
            f"the seeder schema is incomplete (missing tables: {', '.join(missing)}): "
            "load into a new database with `seed`"
        )


@contextmanager
def read_only_snapshot(url: str, doing: str) -> Iterator[Connection]:
    """A repeatable-read, read-only transaction on a database with the seeder schema.

    Every query inside sees one snapshot; the transaction is rolled back at the end.
    """
    from sqlalchemy import text

    connection, dispose = connect(url)
    try:
        with (
            connection,
            database_errors(doing, url_password(url)),
            connection.begin() as transaction,
        ):
            connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            ensure_seeder_schema(connection)
            yield connection
            transaction.rollback()
    finally:
        dispose()
