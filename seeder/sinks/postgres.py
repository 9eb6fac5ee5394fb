"""Load a generated dataset into PostgreSQL: one transaction, COPY FREEZE, all or nothing.

The sequence follows pgbench -i: take the run's lock, migrate, refuse a target that holds
data unless asked to replace it, TRUNCATE (which also makes COPY FREEZE legal), drop the
keys, indexes and foreign keys, stream every block with binary COPY in load order (generated
by a forked child, or a few blocks ahead in a thread), re-create the keys, indexes and
foreign keys, commit, ANALYZE. Any failure before the commit rolls everything back, the schema
migration included.

Users and customers arrive whole before any ticket, while the server is still waiting for the
first ticket chunk to be generated: their keys are built and their statistics gathered then,
inside the transaction, so that work leaves the serial tail after the last COPY.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seeder.config import RunConfig
from seeder.db.masking import secrets_in
from seeder.db.urls import redact_url
from seeder.domain import LEADING_TABLES, TABLES
from seeder.encode.copy_format import HEADER, TRAILER, EncodedBlock
from seeder.errors import (
    ConcurrentRunError,
    InterruptedAfterCommitError,
    TargetNotEmptyError,
    interrupted_exit_code,
)
from seeder.pipeline.child import BlockSource, RunStart, binary_copy_blocks

# What only this process needs (psycopg, 0.11 s; the compiled schema and concurrent.futures,
# 15-30 ms more) is imported once the block source has forked: until then the child, which
# needs none of it, is not yet generating. See load().
if TYPE_CHECKING:
    import psycopg

    from seeder.db.lock_wait import LockWaitCallback

# pg_advisory lock key shared by every seeder run on a database ("seeder" in ASCII).
ADVISORY_LOCK_KEY = 0x736565646572

# Every table but the leading ones (analyzed during the load), split so that both halves
# take about as long to ANALYZE.
ANALYZE_HALVES = (("tickets", "wfm"), ("interactions", "calls", "chats"))

ProgressCallback = Callable[[str, int, int], None]
"""progress(table, rows written so far, expected total rows of that table)."""


@dataclass(frozen=True)
class LockPolicy:
    """How a load waits for other sessions' locks on its tables."""

    url: str
    timeout_s: float | None = None  # give up after this long; None: wait as long as it takes
    on_wait: LockWaitCallback | None = None  # told what the load waits for, after a while


@dataclass
class LoadSummary:
    """What a load did: rows per table and seconds per step."""

    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    target: str = ""

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def tables_holding_data(connection: psycopg.Connection) -> list[str]:
    """The seeder tables that hold at least one row (cheap: one EXISTS per table)."""
    checks = " UNION ALL ".join(f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM {t})" for t in TABLES)
    return [str(row[0]) for row in connection.execute(checks).fetchall()]


def _take_lock(connection: psycopg.Connection) -> None:
    query = "SELECT pg_try_advisory_xact_lock(%s)"
    row = connection.execute(query, (ADVISORY_LOCK_KEY,)).fetchone()
    if row is None or not row[0]:
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
    lock_timeout: float | None = None,
    on_lock_wait: LockWaitCallback | None = None,
) -> LoadSummary:
    """Generate the dataset for `config` and load it into the database at `url`.

    Raises TargetNotEmptyError (nothing changed) when the tables hold data and reset is
    False; with reset=True the old rows are replaced in the same transaction. When another
    session holds a lock on a target table, the load waits: on_lock_wait hears what for after
    a couple of seconds, and with lock_timeout (seconds) it gives up with LockTimeoutError.
    """
    summary = LoadSummary(target=redact_url(url))
    started = time.perf_counter()
    # First, before psycopg is imported: a forked child imports the generators and starts
    # generating while this process imports psycopg, connects and prepares the tables.
    source = binary_copy_blocks(config)
    try:
        from seeder.db.connect import connect_driver, database_errors

        secrets = secrets_in(url)
        connection = connect_driver(url)
        try:
            locks = LockPolicy(url, lock_timeout, on_lock_wait)
            with database_errors("loading", secrets), _lock_timeouts(connection, locks):
                _load_in_transaction(connection, source, summary, reset, progress, locks)
                step = time.perf_counter()
                connection.commit()
                summary.timings["commit"] = time.perf_counter() - step
            step = time.perf_counter()
            with database_errors("analyzing the loaded tables (the data is committed)", secrets):
                try:
                    _analyze(connection, url)
                except KeyboardInterrupt as interrupt:
                    raise InterruptedAfterCommitError(
                        "interrupted after the data was committed: the load is complete but "
                        "its statistics are not; run ANALYZE (or let autovacuum do it)",
                        exit_code=interrupted_exit_code(interrupt),
                    ) from None
            summary.timings["analyze"] = time.perf_counter() - step
        finally:
            # Without a commit, closing rolls back on the server. No ROLLBACK is sent: after
            # Ctrl-C or an error mid-COPY it fails ("another command is already in progress").
            connection.close()
    finally:
        source.close()
    summary.timings["total"] = time.perf_counter() - started
    return summary


def _analyze(connection: psycopg.Connection, url: str) -> None:
    """ANALYZE every table but the leading ones, in two halves on two connections at once.

    After the commit, as pg_restore and the dumps do, so that a second backend can share the
    work. ANALYZE samples a fixed number of rows, so this step barely grows with the data; the
    halves balance its measured cost per table (100,000 tickets: tickets 0.36 s, interactions
    0.27, calls, chats and wfm 0.05 each), which took it from 0.83 s on one connection to
    about 0.45 s. Users and customers (0.12 s) were analyzed inside the load, while the server
    waited for the first tickets.
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


@contextmanager
def _lock_timeouts(connection: psycopg.Connection, locks: LockPolicy) -> Iterator[None]:
    """lock_timeout passing becomes a LockTimeoutError naming who held the tables."""
    from psycopg.errors import LockNotAvailable

    from seeder.db.lock_wait import lock_timeout_error

    try:
        yield
    except LockNotAvailable:
        pid = connection.info.backend_pid
        raise lock_timeout_error(locks.url, pid, locks.timeout_s) from None


def _refuse_if_occupied(connection: psycopg.Connection) -> None:
    occupied = tables_holding_data(connection)
    if occupied:
        raise TargetNotEmptyError(
            f"the database already holds data (tables: {', '.join(occupied)}): "
            "pass --reset to replace it, or choose an empty database"
        )


def _lock_tables(connection: psycopg.Connection, reset: bool) -> None:
    """Take the lock TRUNCATE needs on every existing target table, before anything else.

    Waiting for another session then happens here, in one place, and once these are held no
    later statement of the load waits. A load that will refuse (data, no reset) reads first,
    so it does not queue for an exclusive lock only to give up.
    """
    from seeder.db.lock_wait import LOCKED_TABLES

    found = connection.execute(
        "SELECT name FROM unnest(%s::text[]) WITH ORDINALITY AS t(name, n) "
        "WHERE to_regclass(name) IS NOT NULL ORDER BY n",
        (list(LOCKED_TABLES),),
    ).fetchall()
    existing = [str(row[0]) for row in found]
    if not reset and len(existing) == len(LOCKED_TABLES):
        _refuse_if_occupied(connection)
    if existing:
        connection.execute(f"LOCK TABLE {', '.join(existing)} IN ACCESS EXCLUSIVE MODE")


def _prepare_tables(
    connection: psycopg.Connection,
    source: BlockSource,
    summary: LoadSummary,
    reset: bool,
    lock_timeout: float | None,
) -> RunStart:
    """Lock, migrate, check and empty the tables, and drop their keys; return the plan's start."""
    from seeder.db.lock_wait import lock_timeout_setting
    from seeder.schema.offline import compiled_schema
    from seeder.schema.sql_migrate import migrate_to_head  # imports psycopg

    _take_lock(connection)
    if lock_timeout is not None:
        setting = lock_timeout_setting(lock_timeout)
        connection.execute("SELECT set_config('lock_timeout', %s, true)", (setting,))
    step = time.perf_counter()
    _lock_tables(connection, reset)
    migrate_to_head(connection)
    summary.timings["migrate"] = time.perf_counter() - step
    run_start = source.start()  # the plan's errors come before any change to the tables
    summary.timings["plan"] = run_start.plan_seconds
    if not reset:
        _refuse_if_occupied(connection)
    connection.execute(f"TRUNCATE {', '.join(TABLES)}")
    for statement in compiled_schema().deferred_drop:
        connection.execute(statement)
    return run_start


def _load_in_transaction(
    connection: psycopg.Connection,
    source: BlockSource,
    summary: LoadSummary,
    reset: bool,
    progress: ProgressCallback | None,
    locks: LockPolicy,
) -> None:
    from seeder.db.lock_wait import LockWatcher
    from seeder.schema.offline import compiled_schema

    with LockWatcher(locks.url, connection.info.backend_pid, locks.on_wait):
        run_start = _prepare_tables(connection, source, summary, reset, locks.timeout_s)
    schema = compiled_schema()
    early = tuple(sql for table in LEADING_TABLES for sql in schema.deferred_by_table[table])

    def finish_leading_tables() -> None:
        for statement in early:
            connection.execute(statement)
        connection.execute(f"ANALYZE {', '.join(LEADING_TABLES)}")

    step = time.perf_counter()
    summary.rows = _copy_all(
        connection, source, run_start.expected_rows, progress, finish_leading_tables
    )
    summary.timings["generate+copy"] = time.perf_counter() - step
    step = time.perf_counter()
    for statement in schema.deferred_create:
        if statement not in early:
            connection.execute(statement)
    summary.timings["indexes+foreign keys"] = time.perf_counter() - step


def _copy_all(
    connection: psycopg.Connection,
    blocks: Iterable[EncodedBlock],
    expected: dict[str, int],
    progress: ProgressCallback | None,
    finish_leading_tables: Callable[[], None],
) -> dict[str, int]:
    """COPY every block; once the leading tables are complete, call finish_leading_tables."""
    written = dict.fromkeys(TABLES, 0)
    leading = True
    with connection.cursor() as cursor:
        for block in blocks:
            if leading and block.table not in LEADING_TABLES:
                leading = False
                finish_leading_tables()
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
    if leading:  # no block after them (not in a valid run, but then still finished)
        finish_leading_tables()
    return written
