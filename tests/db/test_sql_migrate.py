"""The psycopg-only migration `seed` runs gives exactly what Alembic's online upgrade gives."""

from __future__ import annotations

import psycopg
import pytest
from alembic.runtime.migration import MigrationContext
from tests_support import rows, schema_snapshot

from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.errors import SchemaVersionError, TargetNotEmptyError
from seeder.pipeline.run import load
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


# --- a database an older seeder made (revision 0001: wfm without its shift columns) ---------


def _to_revision(url: str, revision: str) -> None:
    """Move the database to `revision` with Alembic's online commands (up or down)."""
    from alembic import command

    from seeder.db.connect import sqlalchemy_engine
    from seeder.schema.migrations import alembic_config

    engine = sqlalchemy_engine(url)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            # Revision ids are zero-padded numbers: they order as strings.
            move = command.downgrade if current and current > revision else command.upgrade
            move(alembic_config(conn), revision)
            conn.commit()
    finally:
        engine.dispose()


def _wfm_columns(url: str) -> list[str]:
    found = rows(
        url,
        "SELECT attnum, attname FROM pg_attribute WHERE attrelid = 'wfm'::regclass "
        "AND attnum > 0 AND NOT attisdropped",
    )
    return [str(name) for _, name in sorted(found, key=lambda row: int(str(row[0])))]


def test_a_database_at_0001_holding_data_is_upgraded_in_place(
    fresh_database_url: str, migrated_database_url: str
) -> None:
    _to_revision(fresh_database_url, "0001")
    assert "shift_start" not in _wfm_columns(fresh_database_url)
    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        conn.execute(
            "INSERT INTO users VALUES (1, 'Ada', 'Lovelace', 1, 'support_agent', "
            "'2024-01-01', 'active', 20)"
        )
        conn.execute("INSERT INTO wfm VALUES ('2024-01-02', 1, 480, 480, 400, 200, 300)")
    _migrate(fresh_database_url)
    assert schema_snapshot(fresh_database_url) == schema_snapshot(migrated_database_url)
    assert _wfm_columns(fresh_database_url)[-2:] == ["shift_start", "shift_end"]
    assert rows(fresh_database_url, "SELECT version_num FROM alembic_version") == [
        (compiled_schema().head,)
    ]
    assert rows(
        fresh_database_url, "SELECT user_id, paid_time, shift_start, shift_end FROM wfm"
    ) == [(1, 480, None, None)]


def test_seed_reset_upgrades_a_loaded_0001_database(fresh_database_url: str) -> None:
    load(build_run_config(tickets=30, seed=4), fresh_database_url)
    _to_revision(fresh_database_url, "0001")  # the data stay; the shift columns go
    with pytest.raises(TargetNotEmptyError):
        load(build_run_config(tickets=20, seed=5), fresh_database_url)
    assert rows(fresh_database_url, "SELECT version_num FROM alembic_version") == [("0001",)]

    load(build_run_config(tickets=20, seed=5), fresh_database_url, reset=True)
    assert rows(fresh_database_url, "SELECT version_num FROM alembic_version") == [
        (compiled_schema().head,)
    ]
    assert rows(fresh_database_url, "SELECT count(*) FROM tickets") == [(20,)]
    assert _wfm_columns(fresh_database_url)[-2:] == ["shift_start", "shift_end"]


# --- a database at 0004 whose id columns a view reads (0005 changes their collation) ----------


def _collations(url: str) -> dict[str, str]:
    found = rows(
        url,
        "SELECT attrelid::regclass::text || '.' || attname, attcollation::regcollation::text "
        "FROM pg_attribute WHERE attrelid = ANY('{tickets,interactions}'::regclass[]) "
        "AND attname IN ('ticket_id', 'interaction_id')",
    )
    return {str(name): str(collation) for name, collation in found}


def test_views_on_the_ids_stop_the_0005_upgrade_with_the_fix_and_nothing_changes(
    fresh_database_url: str,
) -> None:
    load(build_run_config(tickets=30, seed=4), fresh_database_url)
    _to_revision(fresh_database_url, "0004")
    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        conn.execute("CREATE SCHEMA analytics")
        conn.execute("CREATE VIEW analytics.ids AS SELECT ticket_id FROM tickets")
    before = schema_snapshot(fresh_database_url)

    with pytest.raises(psycopg.errors.RaiseException) as raised:
        _migrate(fresh_database_url)
    message = str(raised.value).splitlines()[0]
    assert "DROP SCHEMA analytics CASCADE" in message and "analytics.ids" in message
    assert schema_snapshot(fresh_database_url) == before
    assert rows(fresh_database_url, "SELECT count(*) FROM analytics.ids") == [(30,)]

    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        conn.execute("DROP SCHEMA analytics CASCADE")
    _migrate(fresh_database_url)
    assert set(_collations(fresh_database_url).values()) == {'"C"'}
    assert rows(fresh_database_url, "SELECT count(*) FROM tickets") == [(30,)]
