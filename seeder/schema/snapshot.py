"""A read-only snapshot of a database holding the seeder schema, for validate and report."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Final

from seeder.db.connect import connect, database_errors
from seeder.db.masking import secrets_in
from seeder.domain import TABLES
from seeder.errors import DatabaseError
from seeder.schema.migrations import ensure_known_revision

if TYPE_CHECKING:
    from sqlalchemy import Connection

MISSING_TABLES: Final = " UNION ALL ".join(
    f"SELECT '{t}' WHERE to_regclass('{t}') IS NULL" for t in TABLES
)


def ensure_seeder_schema(connection: Connection) -> None:
    """Raise unless the database holds all the seeder tables at a revision we know.

    SchemaVersionError when alembic_version names a revision this seeder lacks: a newer
    seeder's schema may differ in ways our queries would misread. DatabaseError when
    tables are missing.
    """
    from sqlalchemy import text

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

    Every query inside sees one snapshot; the transaction is rolled back at the end. Its
    time zone is UTC, the data's, whatever the session's would be (PGTZ, the role's).
    """
    from sqlalchemy import text

    connection, dispose = connect(url)
    try:
        with (
            connection,
            database_errors(doing, secrets_in(url)),
            connection.begin() as transaction,
        ):
            connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            connection.execute(text("SET LOCAL TimeZone = 'UTC'"))
            ensure_seeder_schema(connection)
            yield connection
            transaction.rollback()
    finally:
        dispose()
