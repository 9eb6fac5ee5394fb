"""The psycopg-only migration `seed` runs gives exactly what Alembic's online upgrade gives."""

from __future__ import annotations

import psycopg
import pytest
from tests_support import rows, schema_snapshot

from seeder.db.urls import libpq_conninfo
from seeder.errors import SchemaVersionError
from seeder.schema.offline import compiled_schema
from seeder.schema.sql_migrate import migrate_to_head, recorded_revisions


def _migrate(url: str) -> None:
    with psycopg.connect(libpq_conninfo(url)) as conn:
        migrate_to_head(conn)


def test_an_empty_database_gets_the_alembic_schema_and_version(
    fresh_database_url: str, migrated_database_url: str
) -> None:
    _migrate(fresh_database_url)
    assert schema_snapshot(fresh_database_url) == schema_snapshot(migrated_database_url)
    assert rows(fresh_database_url, "SELECT version_num FROM alembic_version") == [
        (compiled_schema().head,)
    ]


def test_a_database_at_head_is_left_as_it_is(migrated_database_url: str) -> None:
    before = schema_snapshot(migrated_database_url)
    with psycopg.connect(libpq_conninfo(migrated_database_url)) as conn:
        assert recorded_revisions(conn) == [compiled_schema().head]
        migrate_to_head(conn)
    assert schema_snapshot(migrated_database_url) == before


def test_the_empty_version_table_a_downgrade_leaves_is_migrated(
    fresh_database_url: str, migrated_database_url: str
) -> None:
    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        conn.execute(
            "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY)"
        )
        assert recorded_revisions(conn) == []
    _migrate(fresh_database_url)
    assert schema_snapshot(fresh_database_url) == schema_snapshot(migrated_database_url)


@pytest.mark.parametrize(
    ("versions", "message"),
    [
        (["deadbeef"], "'deadbeef', unknown to this seeder version"),
        (["0001", "0002x"], "'0002x', unknown to this seeder version"),
    ],
)
def test_unknown_revisions_are_refused_and_nothing_changes(
    fresh_database_url: str, versions: list[str], message: str
) -> None:
    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        for version in versions:
            conn.execute("INSERT INTO alembic_version VALUES (%s)", (version,))
    before = schema_snapshot(fresh_database_url)
    with pytest.raises(SchemaVersionError, match=message):
        _migrate(fresh_database_url)
    assert schema_snapshot(fresh_database_url) == before
