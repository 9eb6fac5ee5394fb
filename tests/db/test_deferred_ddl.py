"""Keys, indexes and foreign keys dropped around a bulk load come back exactly as migrated.

schema_snapshot compares every constraint definition (NOT VALID included) and index.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from tests_support import REPO_ROOT, psql_file, schema_snapshot, table_fingerprints

from seeder.config import build_run_config
from seeder.domain import MANIFEST_TABLE
from seeder.encode.copy_format import EncodedBlock
from seeder.generate.plan import Plan
from seeder.generate.spill import Encoder
from seeder.generate.workers import encoded_blocks
from seeder.pipeline.run import load, run
from seeder.schema.deferred_ddl import deferred_ddl
from seeder.sinks.postgres import PostgresSink


def test_statements_name_every_key_index_and_foreign_key(migrated_database_url: str) -> None:
    """Of every table but the run manifest, which a load appends to and never empties."""
    with psycopg.connect(migrated_database_url) as conn:
        kinds = {
            r[0]: r[1]
            for r in conn.execute(
                "SELECT conname, contype FROM pg_constraint c "
                "JOIN pg_class t ON t.oid = c.conrelid "
                "WHERE contype IN ('f', 'p', 'u') "
                "AND t.relname NOT IN ('alembic_version', %s) "
                "AND t.relnamespace = 'public'::regnamespace",
                (MANIFEST_TABLE,),
            )
        }
        indexes = {
            r[0]
            for r in conn.execute(
                "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                "WHERE NOT x.indisunique AND i.relnamespace = 'public'::regnamespace"
            )
        }
    ddl = deferred_ddl()
    dropped = [s.split()[-1] for s in ddl.drop]
    assert set(dropped) == set(kinds) | indexes
    assert len(dropped) == len(set(dropped))
    assert sorted(kinds.values()).count("f") == 9 and len(indexes) == 12
    assert sorted(kinds.values()).count("p") == 8 and sorted(kinds.values()).count("u") == 3
    created = [s.split()[5] if s.startswith("ALTER") else s.split()[2] for s in ddl.create]
    assert sorted(created) == sorted(dropped)
    assert not [s for s in (*ddl.drop, *ddl.create) if MANIFEST_TABLE in s]

    def kind(name: str) -> str:
        return kinds.get(name, "index")

    # Keys first (foreign keys need them), then indexes, then foreign keys, whose validating
    # anti-joins can use the new indexes; the drops go the other way round.
    order = {"p": 0, "u": 0, "index": 1, "f": 2}
    assert [order[kind(n)] for n in created] == sorted(order[kind(n)] for n in created)
    assert [order[kind(n)] for n in dropped] == sorted(
        (order[kind(n)] for n in dropped), reverse=True
    )


def test_each_tables_keys_and_indexes_are_the_create_statements_on_it() -> None:
    """What a load builds early for a complete table is its share of the create list."""
    ddl = deferred_ddl()
    without_foreign_keys = [s for s in ddl.create if "FOREIGN KEY" not in s]
    assert sorted(sum(ddl.by_table.values(), ())) == sorted(without_foreign_keys)
    for table, statements in ddl.by_table.items():
        for sql in statements:
            words = sql.split()
            assert (words[2] if words[0] == "ALTER" else words[words.index("ON") + 1]) == table
    assert len(ddl.by_table["customers"]) == 2 and len(ddl.by_table["interactions"]) == 5


def test_a_load_leaves_the_schema_exactly_as_migrated(
    migrated_database_url: str, fresh_database_url: str
) -> None:
    load(build_run_config(tickets=600, seed=3), fresh_database_url)
    assert schema_snapshot(fresh_database_url) == schema_snapshot(migrated_database_url)


def test_a_psql_loaded_dump_has_the_migrated_schema(
    migrated_database_url: str, fresh_database_url: str
) -> None:
    dump = REPO_ROOT / "sql" / "dumps" / "small.sql"
    done = psql_file(fresh_database_url, dump)
    assert done.returncode == 0, done.stderr
    assert schema_snapshot(fresh_database_url) == schema_snapshot(migrated_database_url)


def failing_after_six_blocks(
    plan: Plan, encode: Encoder, batch_rows: int, jobs: int
) -> Iterator[EncodedBlock]:
    """The real blocks, then an error in the process making them."""
    blocks = encoded_blocks(plan, encode, batch_rows, jobs)
    for _ in range(6):
        yield next(blocks)
    raise OSError("injected failure mid-load")


def test_a_load_failing_after_the_drop_keeps_data_indexes_and_foreign_keys(
    fresh_database_url: str,
) -> None:
    load(build_run_config(tickets=500, seed=1), fresh_database_url)
    before_schema = schema_snapshot(fresh_database_url)
    before_rows = table_fingerprints(fresh_database_url)
    config = build_run_config(tickets=2_000, seed=2)
    sink = PostgresSink(fresh_database_url, config.batch_rows, config=config, reset=True)
    # The blocks are made in a forked child; its error comes back.
    with pytest.raises(OSError, match="injected failure"):
        run(config, sink, fresh_database_url, make_blocks=failing_after_six_blocks)
    assert schema_snapshot(fresh_database_url) == before_schema
    assert table_fingerprints(fresh_database_url) == before_rows
