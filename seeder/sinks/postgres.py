"""A live load into PostgreSQL: one transaction, COPY FREEZE, all or nothing.

The sequence follows pgbench -i: take the run's lock, lock the tables, migrate, refuse a target
that holds data unless asked to replace it, TRUNCATE (which also makes COPY FREEZE legal), drop
the keys, indexes and foreign keys, stream every block with binary COPY in load order,
re-create the keys, indexes and foreign keys, record the run in seed_runs (sinks.manifest),
commit, ANALYZE. Any failure before the commit rolls everything back, the schema migration
and the run's record included.

Users and customers arrive whole before any ticket, while the server is still waiting for the
first ticket chunk to be generated: their keys are built and their statistics gathered then,
inside the transaction, so that work leaves the serial tail after the last COPY.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from seeder.db.masking import secrets_in
from seeder.domain import LEADING_TABLES, TABLES
from seeder.encode import Encoding
from seeder.encode.copy_format import HEADER, TRAILER, EncodedBlock
from seeder.errors import InterruptedAfterCommitError, interrupted_exit_code
from seeder.sinks.base import PhaseCallback, RunSummary
from seeder.sinks.manifest import ContentHashes, record_load
from seeder.sinks.target_locks import (
    LockPolicy,
    before_commit,
    lock_tables,
    lock_timeouts,
    refuse_if_occupied,
    take_run_lock,
)

# What only this process needs (psycopg, 0.11 s; the compiled schema and concurrent.futures,
# 15-30 ms more) is imported once the block source has forked: until then the child, which
# needs none of it, is not yet generating. See load().
if TYPE_CHECKING:
    import psycopg

    from seeder.config import RunConfig
    from seeder.db.lock_wait import LockWaitCallback
    from seeder.schema.offline import CompiledSchema

# Every table but the leading ones (analyzed during the load), split so that both halves
# take about as long to ANALYZE.
ANALYZE_HALVES = (("tickets", "wfm"), ("interactions", "calls", "chats"))


class PostgresSink:
    """Loads the blocks into the database at `url` in one transaction (see the module doc)."""

    encoding: Encoding = "binary"
    fork_generator = True  # generation starts while this process connects and migrates

    def __init__(
        self,
        url: str,
        batch_rows: int,
        *,
        config: RunConfig,
        reset: bool = False,
        lock_timeout: float | None = None,
        on_lock_wait: LockWaitCallback | None = None,
    ) -> None:
        self.batch_rows = batch_rows
        self._config = config  # recorded in seed_runs with the data
        self._hashes = ContentHashes(self.encoding)
        self._url = url
        self._reset = reset
        self._locks = LockPolicy(url, lock_timeout, on_lock_wait)
        self._secrets = secrets_in(url)
        self._connection: psycopg.Connection | None = None
        self._leading = True  # until the first block of a table after LEADING_TABLES

    @contextmanager
    def _errors(self) -> Iterator[psycopg.Connection]:
        from seeder.db.connect import database_errors

        assert self._connection is not None
        with (
            database_errors("loading", self._secrets),
            lock_timeouts(self._connection, self._locks),
        ):
            yield self._connection

    def open(self, summary: RunSummary) -> None:
        from seeder.db.connect import connect_driver
        from seeder.db.lock_wait import LockWatcher

        self._connection = connect_driver(self._url)
        step = time.perf_counter()
        with self._errors() as connection:
            pid = connection.info.backend_pid
            with LockWatcher(self._url, pid, self._locks.on_wait):
                _lock_and_migrate(connection, self._reset, self._locks.timeout_s)
        summary.timings["migrate"] = time.perf_counter() - step

    def begin(self, expected_rows: dict[str, int]) -> None:
        from seeder.schema.offline import compiled_schema

        with self._errors() as connection:
            if not self._reset:
                refuse_if_occupied(connection)
            connection.execute(f"TRUNCATE {', '.join(TABLES)}")
            for statement in compiled_schema().deferred_drop:
                connection.execute(statement)

    def write(self, block: EncodedBlock) -> None:
        with self._errors() as connection:
            if self._leading and block.table not in LEADING_TABLES:
                self._finish_leading_tables(connection)
            if block.rows == 0:
                return
            self._hashes.add(block)
            copy_block(connection, block)

    def _finish_leading_tables(self, connection: psycopg.Connection) -> None:
        """Keys, indexes and statistics of the tables already complete."""
        from seeder.schema.offline import compiled_schema

        self._leading = False
        for statement in _early_statements(compiled_schema()):
            connection.execute(statement)
        connection.execute(f"ANALYZE {', '.join(LEADING_TABLES)}")

    def commit(self, summary: RunSummary, phase: PhaseCallback | None = None) -> None:
        from seeder.schema.offline import compiled_schema

        announce = phase or (lambda _: None)
        with self._errors() as connection:
            if self._leading:  # no block after them (not in a valid run, but then finished)
                self._finish_leading_tables(connection)
            announce("building keys and indexes")
            step = time.perf_counter()
            early = set(_early_statements(compiled_schema()))
            for statement in compiled_schema().deferred_create:
                if statement not in early:
                    connection.execute(statement)
            summary.timings["indexes+foreign keys"] = time.perf_counter() - step
            before_commit(connection)
            step = time.perf_counter()
            record_load(connection, self._config, summary, self._hashes)
            connection.commit()
            summary.timings["commit"] = time.perf_counter() - step
        step = time.perf_counter()
        try:
            self._analyze_committed(announce)
        finally:
            self._close()
        summary.timings["analyze"] = time.perf_counter() - step

    def _analyze_committed(self, announce: PhaseCallback) -> None:
        from seeder.db.connect import database_errors

        assert self._connection is not None
        with database_errors("analyzing the loaded tables (the data is committed)", self._secrets):
            try:
                announce("analyzing")  # the caller's code: a Ctrl-C there comes after the commit
                _analyze(self._connection, self._url)
            except KeyboardInterrupt as interrupt:
                raise InterruptedAfterCommitError(
                    "interrupted after the data was committed: the load is complete but "
                    "its statistics are not; run ANALYZE (or let autovacuum do it)",
                    exit_code=interrupted_exit_code(interrupt),
                ) from None

    def abort(self, error: BaseException) -> None:
        self._close()

    def _close(self) -> None:
        # Without a commit, closing rolls back on the server. No ROLLBACK is sent: after
        # Ctrl-C or an error mid-COPY it fails ("another command is already in progress").
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def copy_block(connection: psycopg.Connection, block: EncodedBlock) -> None:
    """Stream one binary-encoded block into its table with COPY FREEZE (the table was created
    or truncated in this transaction, which FREEZE needs)."""
    if block.rows == 0:
        return
    columns = ", ".join(block.columns)
    statement = f"COPY {block.table} ({columns}) FROM STDIN (FORMAT binary, FREEZE)"
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        copy.write(HEADER)
        for _, data in block.batches:
            copy.write(data)
        copy.write(TRAILER)


def _early_statements(schema: CompiledSchema) -> tuple[str, ...]:
    """The keys and indexes of the leading tables, built as soon as those are complete."""
    return tuple(sql for table in LEADING_TABLES for sql in schema.deferred_by_table[table])


def _analyze(connection: psycopg.Connection, url: str) -> None:
    """ANALYZE every table but the leading ones, in two halves on two connections at once.

    After the commit, as pg_restore and the dumps do, so that a second backend can share the
    work. ANALYZE samples a fixed number of rows, so this step barely grows with the data; the
    halves balance its measured cost per table (benchmarks/README.md). Users and customers
    were analyzed inside the load, while the server waited for the first tickets.
    """
    from concurrent.futures import ThreadPoolExecutor

    first, second = ANALYZE_HALVES
    connection.autocommit = True
    with ThreadPoolExecutor(1) as helper:
        rest = helper.submit(_analyze_on_new_connection, url, second)
        connection.execute(f"ANALYZE {', '.join(first)}")
        rest.result()


def _analyze_on_new_connection(url: str, tables: tuple[str, ...]) -> None:
    from seeder.db.connect import connect_driver

    with connect_driver(url) as other:
        other.autocommit = True
        other.execute(f"ANALYZE {', '.join(tables)}")


def _lock_and_migrate(
    connection: psycopg.Connection, reset: bool, lock_timeout: float | None
) -> None:
    """Take the run's lock and the tables' locks, then migrate (all inside the transaction)."""
    from seeder.db.lock_wait import lock_timeout_setting
    from seeder.schema.sql_migrate import migrate_to_head  # imports psycopg
    from seeder.sinks.staging import drop_leftover_staging

    take_run_lock(connection)
    if lock_timeout is not None:
        setting = lock_timeout_setting(lock_timeout)
        connection.execute("SELECT set_config('lock_timeout', %s, true)", (setting,))
    drop_leftover_staging(connection)  # a killed staged load's: the run's lock is ours now
    lock_tables(connection, reset)
    migrate_to_head(connection)
