"""Load a generated dataset into PostgreSQL: one transaction, COPY FREEZE, all or nothing.

The sequence follows pgbench -i: take the run's lock, migrate, refuse a target that holds
data unless asked to replace it, TRUNCATE (which also makes COPY FREEZE legal), drop the
secondary indexes and foreign keys, stream every block with binary COPY in load order (generated a
few blocks ahead in a thread), re-create the indexes and foreign keys, ANALYZE, commit. Any
failure rolls everything back, the schema migration included.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import psycopg
from sqlalchemy import Connection, text

from seeder.binary_copy import HEADER, TRAILER, encode_copy_binary
from seeder.config import RunConfig
from seeder.database import connect, database_errors, password_of
from seeder.deferred_ddl import deferred_ddl
from seeder.domain import TABLES
from seeder.errors import ConcurrentRunError, TargetNotEmptyError
from seeder.migrations import upgrade_to_head
from seeder.parallel import PREFETCH_BLOCKS, EncodedBlock, encoded_blocks
from seeder.pipeline import estimate_rows, plan_run
from seeder.prefetch import Prefetcher
from seeder.urls import redact_url

# pg_advisory lock key shared by every seeder run on a database ("seeder" in ASCII).
ADVISORY_LOCK_KEY = 0x736565646572

ProgressCallback = Callable[[str, int, int], None]
"""progress(table, rows written so far, expected total rows of that table)."""


@dataclass
class LoadSummary:
    """What a load did: rows per table and seconds per step."""

    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    target: str = ""

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def tables_holding_data(connection: Connection) -> list[str]:
    """The seeder tables that hold at least one row (cheap: one EXISTS per table)."""
    checks = " UNION ALL ".join(f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM {t})" for t in TABLES)
    return [row[0] for row in connection.execute(text(checks))]


def _take_lock(connection: Connection) -> None:
    locked = connection.execute(
        text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY}
    ).scalar()
    if not locked:
        raise ConcurrentRunError(
            "another seed run is loading this database right now: wait for it to finish, "
            "then run again"
        )


def load(
    config: RunConfig,
    url: str,
    *,
    reset: bool = False,
    progress: ProgressCallback | None = None,
) -> LoadSummary:
    """Generate the dataset for `config` and load it into the database at `url`.

    Raises TargetNotEmptyError (nothing changed) when the tables hold data and reset is
    False; with reset=True the old rows are replaced in the same transaction.
    """
    summary = LoadSummary(target=redact_url(url))
    started = time.perf_counter()
    plan = plan_run(config)
    expected = estimate_rows(plan).rows
    summary.timings["plan"] = time.perf_counter() - started
    blocks = encoded_blocks(plan, encode_copy_binary, config.batch_rows, config.jobs)
    # Generation starts now, in a thread, and runs ahead while the schema is migrated and
    # while the server parses the COPY data already sent.
    with Prefetcher(blocks, PREFETCH_BLOCKS) as ahead:
        connection, dispose = connect(url)
        try:
            with connection, database_errors("loading", password_of(url)):
                with connection.begin():
                    try:
                        _load_in_transaction(connection, ahead, summary, expected, reset, progress)
                    except KeyboardInterrupt:
                        # Ctrl-C can land mid-COPY, where a ROLLBACK fails ("another command is
                        # already in progress"); dropping the connection rolls back server-side.
                        connection.invalidate()
                        raise
                    step = time.perf_counter()
                summary.timings["commit"] = time.perf_counter() - step
        finally:
            dispose()
    summary.timings["total"] = time.perf_counter() - started
    return summary


def _load_in_transaction(
    connection: Connection,
    blocks: Iterable[EncodedBlock],
    summary: LoadSummary,
    expected: dict[str, int],
    reset: bool,
    progress: ProgressCallback | None,
) -> None:
    _take_lock(connection)
    step = time.perf_counter()
    upgrade_to_head(connection)
    summary.timings["migrate"] = time.perf_counter() - step
    occupied = tables_holding_data(connection)
    if occupied and not reset:
        raise TargetNotEmptyError(
            f"the database already holds data (tables: {', '.join(occupied)}): "
            "pass --reset to replace it, or choose an empty database"
        )
    connection.execute(text(f"TRUNCATE {', '.join(TABLES)}"))
    ddl = deferred_ddl()
    for statement in ddl.drop:
        connection.exec_driver_sql(statement)
    step = time.perf_counter()
    raw = connection.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    summary.rows = _copy_all(raw, blocks, expected, progress)
    summary.timings["generate+copy"] = time.perf_counter() - step
    step = time.perf_counter()
    for statement in ddl.create:
        connection.exec_driver_sql(statement)
    summary.timings["indexes+foreign keys"] = time.perf_counter() - step
    step = time.perf_counter()
    connection.execute(text(f"ANALYZE {', '.join(TABLES)}"))
    summary.timings["analyze"] = time.perf_counter() - step


def _copy_all(
    raw: psycopg.Connection,
    blocks: Iterable[EncodedBlock],
    expected: dict[str, int],
    progress: ProgressCallback | None,
) -> dict[str, int]:
    written = dict.fromkeys(TABLES, 0)
    with raw.cursor() as cursor:
        for block in blocks:
            if block.rows == 0:
                continue
            columns = ", ".join(block.columns)
            statement = f"COPY {block.table} ({columns}) FROM STDIN (FORMAT binary, FREEZE)"
            with cursor.copy(statement) as copy:
                copy.write(HEADER)
                for rows, data in block.batches:
                    copy.write(data)
                    written[block.table] += rows
                    if progress is not None:
                        table = block.table
                        progress(table, written[table], max(expected[table], written[table]))
                copy.write(TRAILER)
    return written
