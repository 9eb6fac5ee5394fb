"""The leading tables' keys are built beside the rows: no block ever waits for them.

The leading tables (users, customers, scenario_events) are complete while the first tickets
are still being generated. Their keys, indexes and statistics are built then, and the rows
that follow must keep flowing meanwhile: a connection busy building them would stop taking
its blocks, and the one stream of blocks, which feeds every connection, would stop with it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest

from seeder.config import build_run_config
from seeder.domain import LEADING_TABLES, TABLES
from seeder.encode.binary import encode_copy_binary
from seeder.encode.copy_format import EncodedBlock
from seeder.generate.plan import build_plan
from seeder.generate.produce import estimate_rows
from seeder.generate.workers import encoded_blocks
from seeder.sinks import ddl_schedule
from seeder.sinks.base import RunSummary
from seeder.sinks.staged import StagedPostgresSink
from seeder.sinks.staged_worker import QUEUE_BLOCKS

HOLD_SECONDS = 20  # how long a leading table's statement waits for the rows to be through


def one_block_per_batch(blocks: Iterator[EncodedBlock]) -> Iterator[EncodedBlock]:
    """Each batch as a block of its own: many small blocks, more than a connection queues."""
    for block in blocks:
        for batch in block.batches:
            yield EncodedBlock(block.table, block.columns, (batch,))


def test_no_block_waits_for_the_leading_tables_keys(
    fresh_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    holding, rows_through = threading.Event(), threading.Event()

    class HeldLeadingStatements(ddl_schedule.DdlSchedule):
        """Holds every statement on a leading table until all the rows have been written."""

        def next_task(
            self, only: frozenset[str] | None = None, wait: bool = True
        ) -> ddl_schedule.DdlTask | None:
            task = super().next_task(only, wait)
            if task is not None and task.table in LEADING_TABLES:
                holding.set()
                if not rows_through.wait(HOLD_SECONDS):
                    raise AssertionError("the rows waited for a leading table's statement")
            return task

    monkeypatch.setattr(ddl_schedule, "DdlSchedule", HeldLeadingStatements)
    config = build_run_config(tickets=5_000, seed=5, batch_rows=100)
    plan = build_plan(config)
    sink = StagedPostgresSink(fresh_database_url, config.batch_rows, config=config, connections=2)
    summary = RunSummary(target="test", rows=dict.fromkeys(TABLES, 0))
    sink.open(summary)
    sink.begin(estimate_rows(plan).rows)
    written_after_hold = 0
    try:
        for block in one_block_per_batch(encoded_blocks(plan, encode_copy_binary, 100)):
            sink.write(block)
            if block.table in LEADING_TABLES:
                continue
            # The first block after them completes the leading tables: their statements start.
            assert holding.wait(HOLD_SECONDS), "no statement on a leading table started"
            written_after_hold += 1
        rows_through.set()
        sink.commit(summary)
    except BaseException as error:
        rows_through.set()
        sink.abort(error)
        raise
    assert written_after_hold > 4 * QUEUE_BLOCKS  # far more than a held connection queues
    with psycopg.connect(fresh_database_url) as connection:
        keys = connection.execute(
            "SELECT conrelid::regclass::text FROM pg_constraint"
            " WHERE contype IN ('p', 'u') AND connamespace = 'public'::regnamespace"
        ).fetchall()
        customers = connection.execute("SELECT count(*) FROM customers").fetchone()
    assert set(LEADING_TABLES) <= {table for (table,) in keys}
    assert customers == (estimate_rows(plan).rows["customers"],)
