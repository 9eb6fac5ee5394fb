"""Migrate a database to head on a plain psycopg connection, inside the caller's transaction.

The live load runs this instead of Alembic's online upgrade, so `seed` never imports Alembic
or SQLAlchemy on its way to the data. It executes the very SQL Alembic renders offline (the
SQL a dump carries), so the result is the same schema and the same alembic_version row; a
test compares it with an online upgrade. The usual cases are precompiled (an empty database,
or one already at head); an older known revision renders its upgrade with Alembic.
"""

from __future__ import annotations

import psycopg

from seeder.domain import MANIFEST_TABLE
from seeder.errors import SchemaVersionError
from seeder.schema.offline import CompiledSchema, compiled_schema, without_transaction


def recorded_revisions(connection: psycopg.Connection) -> list[str] | None:
    """The revisions in alembic_version; None when the table does not exist."""
    exists = connection.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
    if exists is None or not exists[0]:
        return None
    rows = connection.execute("SELECT version_num FROM alembic_version ORDER BY 1").fetchall()
    return [str(row[0]) for row in rows]


def migrate_to_head(connection: psycopg.Connection) -> None:
    """Bring the schema to the head revision; the caller commits or rolls back."""
    schema = compiled_schema()
    revisions = recorded_revisions(connection)
    if revisions == [schema.head]:
        return
    if revisions is None:
        refuse_tables_in_the_way(connection, schema)
    _refuse_unknown(schema, revisions or [])
    script = _upgrade_sql(schema, revisions)
    if script.strip():
        connection.execute(script)


def migratable_revisions(connection: psycopg.Connection) -> list[str] | None:
    """The recorded revisions (None: no alembic_version), if migrate_to_head can migrate
    from them; else the SchemaVersionError it would raise."""
    schema = compiled_schema()
    revisions = recorded_revisions(connection)
    if revisions is None:
        refuse_tables_in_the_way(connection, schema)
    elif revisions != [schema.head]:
        _refuse_unknown(schema, revisions)
    return revisions


def refuse_tables_in_the_way(connection: psycopg.Connection, schema: CompiledSchema) -> None:
    """A database without seeder's migrations that already holds a table of one of its names
    (a user's own `users`): the migrations would fail on it, so say so, and how to go on."""
    names = [*schema.column_types, MANIFEST_TABLE]
    row = connection.execute(
        "SELECT min(relname) FROM pg_class"
        " WHERE relnamespace = current_schema()::regnamespace AND relname = ANY(%s)",
        (names,),
    ).fetchone()
    if row is not None and row[0] is not None:
        raise SchemaVersionError(
            f"the database already has a {row[0]!r} that seeder's migrations did not make "
            "(it records no schema revision): give an empty database, or rename that table"
        )


def _refuse_unknown(schema: CompiledSchema, revisions: list[str]) -> None:
    unknown = [revision for revision in revisions if revision not in schema.revisions]
    if unknown:
        raise SchemaVersionError.unknown(unknown[0])
    if len(revisions) > 1:
        raise SchemaVersionError(
            f"the database records several schema revisions ({', '.join(revisions)}): "
            "run `seed migrate`, then seed again"
        )


def _upgrade_sql(schema: CompiledSchema, revisions: list[str] | None) -> str:
    if revisions is None:
        return schema.create_sql
    if not revisions:
        # Left by a downgrade to base: an empty bookkeeping table, which the script creates.
        return "DROP TABLE alembic_version;\n" + schema.create_sql
    from seeder.schema.migrations import render_offline_sql

    return without_transaction(render_offline_sql(start=revisions[0]))
