"""A load over several connections: the same rows and schema as one transaction, all or nothing.

The staged load (seeder.sinks.staged) COPYs into a staging schema over N connections, builds
the keys there, and swaps the tables in at the end. These tests hold it to every guarantee of
the single-transaction load, and check the swap never drops what users hang on the tables.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from process_tree_support import wait_until
from tests_support import (
    REPO_ROOT,
    psql_file,
    schema_snapshot,
    table_fingerprints,
)

from seeder.config import build_run_config
from seeder.domain import TABLES
from seeder.encode.copy_format import EncodedBlock
from seeder.errors import (
    ConcurrentRunError,
    DatabaseError,
    LockTimeoutError,
    TargetNotEmptyError,
)
from seeder.generate.plan import Plan
from seeder.generate.spill import Encoder
from seeder.generate.workers import encoded_blocks
from seeder.pipeline.run import load, run
from seeder.sinks.staged import StagedPostgresSink
from seeder.sinks.staging import STAGING_MARK, STAGING_SCHEMA
from seeder.sinks.target_locks import ADVISORY_LOCK_KEY

CONFIG = build_run_config(tickets=1_500, seed=5)
OTHER = build_run_config(tickets=900, seed=6)
PHASES = ["building keys and indexes", "analyzing"]


def staging_schemas(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname = %s", (STAGING_SCHEMA,)
        )
        return [str(row[0]) for row in rows.fetchall()]


def execute(url: str, *statements: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.fixture
def loaded_url(fresh_database_url: str) -> str:
    """A database holding OTHER's rows, loaded in one transaction."""
    load(OTHER, fresh_database_url, connections=1)
    return fresh_database_url


@pytest.fixture
def reference(server_url: str) -> Iterator[dict[str, tuple[int, str]]]:
    """CONFIG's rows loaded in one transaction on one connection."""
    from tests_support import database_url, temporary_database

    with temporary_database(server_url) as name:
        url = database_url(server_url, name)
        load(CONFIG, url, connections=1)
        yield table_fingerprints(url)


def test_three_connections_load_the_rows_and_schema_of_one(
    fresh_database_url: str, migrated_database_url: str, reference: dict[str, tuple[int, str]]
) -> None:
    summary = load(CONFIG, fresh_database_url, connections=3)
    assert table_fingerprints(fresh_database_url) == reference
    assert summary.rows == {table: count for table, (count, _) in reference.items()}
    assert schema_snapshot(fresh_database_url) == schema_snapshot(migrated_database_url)
    assert staging_schemas(fresh_database_url) == []


def test_every_table_is_analyzed_before_it_is_swapped_in(fresh_database_url: str) -> None:
    load(CONFIG, fresh_database_url, connections=2)
    with psycopg.connect(fresh_database_url) as conn:
        unanalyzed = conn.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NULL "
            "AND relname NOT IN ('alembic_version', 'seed_runs')"  # bookkeeping, not data
        ).fetchall()
    assert unanalyzed == []


def test_the_staged_load_names_its_steps_after_the_rows(fresh_database_url: str) -> None:
    calls: list[tuple[str, int, int]] = []
    load(CONFIG, fresh_database_url, connections=3, progress=lambda *c: calls.append(c))
    steps = [name for name, done, total in calls if (done, total) == (0, 0)]
    assert steps == PHASES
    first_step = calls.index((PHASES[0], 0, 0))
    assert all(total > 0 for _, _, total in calls[:first_step])


def test_reset_replaces_the_data_and_without_it_nothing_changes(
    loaded_url: str, reference: dict[str, tuple[int, str]]
) -> None:
    before = table_fingerprints(loaded_url)
    with pytest.raises(TargetNotEmptyError, match="pass --reset"):
        load(CONFIG, loaded_url, connections=3)
    assert table_fingerprints(loaded_url) == before
    assert staging_schemas(loaded_url) == []
    load(CONFIG, loaded_url, connections=3, reset=True)
    assert table_fingerprints(loaded_url) == reference


def test_a_view_on_the_tables_sends_the_load_down_one_transaction(
    loaded_url: str, reference: dict[str, tuple[int, str]]
) -> None:
    views = psql_file(loaded_url, REPO_ROOT / "sql" / "analytics" / "00_views.sql")
    assert views.returncode == 0, views.stderr
    notices: list[str] = []
    load(CONFIG, loaded_url, connections=3, reset=True, on_notice=notices.append)
    assert len(notices) == 1 and "view analytics." in notices[0], notices
    assert notices[0].endswith("loading on one connection, in one transaction")
    assert table_fingerprints(loaded_url) == reference
    with psycopg.connect(loaded_url) as conn:
        row = conn.execute("SELECT count(*) FROM analytics.stg_tickets").fetchone()
    assert row == (reference["tickets"][0],)


@pytest.mark.parametrize(
    ("setup", "named"),
    [
        (
            (
                "CREATE FUNCTION nop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
                "CREATE TRIGGER audit BEFORE INSERT ON tickets FOR EACH ROW EXECUTE FUNCTION nop()",
            ),
            "trigger audit on table public.tickets",
        ),
        (
            ("CREATE RULE keep AS ON DELETE TO calls DO INSTEAD NOTHING",),
            "rule keep on table public.calls",
        ),
        (("CREATE POLICY mine ON chats USING (true)",), "policy mine on table public.chats"),
        (("CREATE INDEX ix_mine ON tickets (status)",), "index ix_mine on tickets"),
        (("ALTER TABLE wfm ADD COLUMN note text",), "column wfm.note"),
        (("GRANT SELECT ON users TO PUBLIC",), "privileges on table users"),
    ],
    ids=["trigger", "rule", "policy", "index", "column", "grant"],
)
def test_what_a_swap_would_drop_is_kept(
    loaded_url: str, setup: tuple[str, ...], named: str
) -> None:
    execute(loaded_url, *setup)
    before = schema_snapshot(loaded_url)
    notices: list[str] = []
    load(OTHER, loaded_url, connections=2, reset=True, on_notice=notices.append)
    assert len(notices) == 1 and named in notices[0], notices
    assert schema_snapshot(loaded_url) == before


def test_a_foreign_key_from_another_table_is_kept(loaded_url: str) -> None:
    """As in one transaction, which cannot TRUNCATE a table another table references."""
    execute(loaded_url, "CREATE TABLE notes (ticket_id text REFERENCES tickets)")
    before = schema_snapshot(loaded_url), table_fingerprints(loaded_url)
    notices: list[str] = []
    with pytest.raises(DatabaseError, match="cannot truncate a table referenced in a foreign"):
        load(OTHER, loaded_url, connections=2, reset=True, on_notice=notices.append)
    assert (
        len(notices) == 1 and "constraint notes_ticket_id_fkey on table public.notes" in notices[0]
    )
    assert (schema_snapshot(loaded_url), table_fingerprints(loaded_url)) == before


def test_a_staging_schema_left_by_a_killed_run_is_removed(fresh_database_url: str) -> None:
    mark = STAGING_MARK.replace("'", "''")
    execute(
        fresh_database_url,
        f"CREATE SCHEMA {STAGING_SCHEMA}",
        f"COMMENT ON SCHEMA {STAGING_SCHEMA} IS '{mark}'",
        f"CREATE TABLE {STAGING_SCHEMA}.tickets (half text)",
    )
    load(OTHER, fresh_database_url, connections=2)
    assert staging_schemas(fresh_database_url) == []


def test_the_single_transaction_load_removes_a_leftover_staging_schema_too(
    fresh_database_url: str,
) -> None:
    mark = STAGING_MARK.replace("'", "''")
    execute(
        fresh_database_url,
        f"CREATE SCHEMA {STAGING_SCHEMA}",
        f"COMMENT ON SCHEMA {STAGING_SCHEMA} IS '{mark}'",
    )
    load(OTHER, fresh_database_url, connections=1)
    assert staging_schemas(fresh_database_url) == []


def test_a_schema_of_that_name_that_is_not_seeders_is_left_alone(fresh_database_url: str) -> None:
    execute(
        fresh_database_url,
        f"CREATE SCHEMA {STAGING_SCHEMA}",
        f"CREATE TABLE {STAGING_SCHEMA}.mine (x int)",
    )
    notices: list[str] = []
    load(OTHER, fresh_database_url, connections=2, on_notice=notices.append)
    assert len(notices) == 1 and "that seeder did not make" in notices[0]
    with psycopg.connect(fresh_database_url) as conn:
        assert conn.execute(f"SELECT count(*) FROM {STAGING_SCHEMA}.mine").fetchone() == (0,)


def failing_after(blocks_before: int):  # type: ignore[no-untyped-def]
    def make(plan: Plan, encode: Encoder, batch_rows: int, jobs: int) -> Iterator[EncodedBlock]:
        blocks = encoded_blocks(plan, encode, batch_rows, jobs)
        for _ in range(blocks_before):
            yield next(blocks)
        raise OSError("injected failure mid-load")

    return make


@pytest.mark.parametrize("blocks", [2, 5], ids=["leading tables", "ticket chunks"])
def test_a_failure_mid_load_changes_nothing_and_leaves_no_staging(
    loaded_url: str, blocks: int
) -> None:
    before_rows, before_schema = table_fingerprints(loaded_url), schema_snapshot(loaded_url)
    sink = StagedPostgresSink(
        loaded_url, CONFIG.batch_rows, config=CONFIG, connections=3, reset=True
    )
    with pytest.raises(OSError, match="injected failure"):
        run(CONFIG, sink, loaded_url, make_blocks=failing_after(blocks))
    assert table_fingerprints(loaded_url) == before_rows
    assert schema_snapshot(loaded_url) == before_schema
    assert staging_schemas(loaded_url) == []


def test_a_second_run_is_refused_and_leaves_the_first_ones_staging(loaded_url: str) -> None:
    mark = STAGING_MARK.replace("'", "''")
    with psycopg.connect(loaded_url, autocommit=True) as first:
        first.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
        first.execute(f"CREATE SCHEMA {STAGING_SCHEMA}")
        first.execute(f"COMMENT ON SCHEMA {STAGING_SCHEMA} IS '{mark}'")
        for connections in (2, 1):
            with pytest.raises(ConcurrentRunError, match="another seed run is loading"):
                load(CONFIG, loaded_url, connections=connections, reset=True)
            assert staging_schemas(loaded_url) == [STAGING_SCHEMA]


def test_a_run_right_after_a_staged_one_finds_the_lock_free(fresh_database_url: str) -> None:
    """The run's session lock is released before the staged load returns, not when the
    server notices its connection closed."""
    for _ in range(3):
        load(OTHER, fresh_database_url, connections=2, reset=True)
        load(OTHER, fresh_database_url, connections=1, reset=True)


def _others_holding_tables(url: str) -> int:
    """How many other backends (the server's autovacuum, after a fresh load) hold a lock on
    a table of the public schema."""
    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT count(DISTINCT l.pid) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
            " WHERE c.relnamespace = 'public'::regnamespace AND l.pid <> pg_backend_pid()"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_lock_held_at_the_swap_times_out_and_changes_nothing(loaded_url: str) -> None:
    before = table_fingerprints(loaded_url)
    # Only this test's lock may be in the way: autovacuum may still be at the fresh tables,
    # and may come back to one (it did: "on table interactions, tickets held by ...").
    with psycopg.connect(loaded_url, autocommit=True) as admin:
        for table in TABLES:
            admin.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = off)")
    wait_until(lambda: _others_holding_tables(loaded_url) == 0, "autovacuum to leave the tables")
    with psycopg.connect(loaded_url) as holder:
        holder.execute("LOCK TABLE tickets IN ACCESS SHARE MODE")
        with pytest.raises(LockTimeoutError) as raised:
            load(CONFIG, loaded_url, connections=2, reset=True, lock_timeout=0.5)
        pid = holder.info.backend_pid
        holder.rollback()
    assert str(raised.value) == (
        f"gave up after 0.5 s waiting for a lock on table tickets held by backend PID {pid}: "
        "nothing was changed"
    )
    assert table_fingerprints(loaded_url) == before
    assert staging_schemas(loaded_url) == []


def test_readers_see_the_old_rows_until_the_swap(loaded_url: str) -> None:
    """The target is not locked while the staged tables load: a reader is never blocked."""
    seen: list[int] = []

    def read(table: str, done: int, total: int) -> None:
        if table == "wfm" and not seen:
            with psycopg.connect(loaded_url) as reader:
                reader.execute("SET lock_timeout = '1s'")
                row = reader.execute("SELECT count(*) FROM tickets").fetchone()
                seen.append(int(row[0]) if row else -1)

    load(CONFIG, loaded_url, connections=2, reset=True, progress=read)
    assert seen == [OTHER.tickets]
