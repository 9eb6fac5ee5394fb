"""A load over several connections: staged tables, built in parallel, swapped in at once.

The sequence (`seed --connections N`, N > 1):

1. open: one control connection takes the run's advisory lock for its whole session (the
   work spans many transactions), checks the target as the single-transaction load would
   (schema revision, data without --reset), removes a staging schema a killed run left, and
   creates the staging schema from the migrations (seeder.sinks.staging).
2. The rows: N worker connections (seeder.sinks.staged_worker) each COPY their share of the
   tables, with FREEZE, each table in a transaction that TRUNCATEd it. The blocks arrive in
   the one load order; a load group (LOAD_GROUPS) is complete once a block of a later group
   arrives, and each worker then commits its share of it.
3. The keys, indexes, foreign keys and statistics: every worker builds them, over the
   shared DdlSchedule, as soon as the tables they need are committed (with parallel workers
   only where a local server has CPUs the load leaves idle). The leading tables' are built
   while the rows still come, on a connection of their own that then closes.
4. The swap, in one short transaction on the control connection: lock the target's tables
   as the single-transaction load does (waiting, or --lock-timeout), migrate them, refuse
   data without --reset, replace them with the staged tables, commit.

Until that commit the target's tables are untouched and stay readable. Any failure before it
drops the staging schema (a killed run leaves it to the next run). A target whose tables
carry objects a swap would drop (a view, a trigger, a grant...) is loaded by the
single-transaction PostgresSink instead, and `on_notice` says so.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from seeder.db.masking import secrets_in
from seeder.domain import LEADING_TABLES, TABLES
from seeder.encode import Encoding
from seeder.encode.copy_format import EncodedBlock
from seeder.errors import DatabaseError
from seeder.sinks.base import PhaseCallback, RunSummary
from seeder.sinks.manifest import ContentHashes, record_load
from seeder.sinks.staged_worker import (
    Segment,
    SegmentDone,
    StagedWorker,
    WorkerStopped,
    local_budget,
)
from seeder.sinks.target_locks import LockPolicy

if TYPE_CHECKING:
    import psycopg

    from seeder.config import RunConfig
    from seeder.db.lock_wait import LockWaitCallback
    from seeder.sinks.ddl_schedule import DdlSchedule
    from seeder.sinks.postgres import PostgresSink

NoticeCallback = Callable[[str], None]

# The load order in groups: a group's tables are complete once a later group's block comes.
LOAD_GROUPS: tuple[tuple[str, ...], ...] = (
    LEADING_TABLES,
    tuple(t for t in TABLES if t not in LEADING_TABLES and t != "wfm"),
    ("wfm",),
)
_GROUP_OF = {table: index for index, group in enumerate(LOAD_GROUPS) for table in group}
# A row's bytes on disk (1,000,000 tickets): how the tables are shared among the connections.
ROW_BYTES = {
    "users": 100,
    "customers": 107,
    "scenario_events": 200,
    "tickets": 170,
    "interactions": 204,
    "calls": 76,
    "chats": 76,
    "wfm": 74,
}


def assign_segments(expected_rows: Mapping[str, int], connections: int) -> list[list[Segment]]:
    """Each connection's segments: tables, biggest first, go to the least loaded connection."""
    load = [0] * connections
    owner: dict[str, int] = {}
    for table in sorted(TABLES, key=lambda t: -expected_rows.get(t, 0) * ROW_BYTES[t]):
        worker = min(range(connections), key=lambda w: (load[w], w))
        owner[table] = worker
        load[worker] += max(1, expected_rows.get(table, 0) * ROW_BYTES[table])
    segments: list[list[Segment]] = [[] for _ in range(connections)]
    for group in LOAD_GROUPS:
        for worker in range(connections):
            tables = tuple(t for t in group if owner[t] == worker)
            if tables:
                segments[worker].append(Segment(tables))
    return segments


class StagedPostgresSink:
    """Loads the blocks over `connections` connections through a staging schema."""

    encoding: Encoding = "binary"
    fork_generator = True

    def __init__(
        self,
        url: str,
        batch_rows: int,
        *,
        config: RunConfig,
        connections: int | None,
        reset: bool = False,
        lock_timeout: float | None = None,
        on_lock_wait: LockWaitCallback | None = None,
        on_notice: NoticeCallback | None = None,
    ) -> None:
        self.batch_rows = batch_rows
        self._url = url
        self._config = config  # recorded in seed_runs with the data
        self._hashes = ContentHashes(self.encoding)
        self._connections = connections
        self._reset = reset
        self._locks = LockPolicy(url, lock_timeout, on_lock_wait)
        self._on_notice = on_notice
        self._secrets = secrets_in(url)
        self._control: psycopg.Connection | None = None
        self._target = ""  # the schema the tables go to
        self._staged = False  # the staging schema is this run's (made under the run's lock)
        self._fallback: PostgresSink | None = None
        self._workers: list[StagedWorker] = []
        self._owner: dict[str, StagedWorker] = {}
        self._group = 0
        self._schedule: DdlSchedule | None = None
        self._analyzing = threading.Event()

    @contextmanager
    def _errors(self, doing: str = "loading") -> Iterator[psycopg.Connection]:
        from seeder.db.connect import database_errors
        from seeder.sinks.target_locks import lock_timeouts

        assert self._control is not None
        with database_errors(doing, self._secrets), lock_timeouts(self._control, self._locks):
            yield self._control

    def open(self, summary: RunSummary) -> None:
        from seeder.db.connect import connect_driver
        from seeder.db.lock_wait import LockWatcher
        from seeder.sinks.staged_target import prepare_staging

        if self._connection_count() == 1:
            self._fall_back(None, summary)
            return
        step = time.perf_counter()
        self._control = connect_driver(self._url)
        with (
            self._errors() as connection,
            LockWatcher(self._url, connection.info.backend_pid, self._locks.on_wait),
        ):
            prepared = prepare_staging(connection, self._reset, self._locks.timeout_s)
        if prepared.refusal is not None:
            self._fall_back(prepared.refusal, summary)
            return
        self._target = prepared.schema
        self._staged = True
        summary.timings["prepare"] = time.perf_counter() - step

    def _connection_count(self) -> int:
        from seeder.config import default_connections
        from seeder.db.urls import server_is_local

        if self._connections is None:
            local = server_is_local(self._url)
            self._connections = default_connections(self._config.tickets, local=local)
        return self._connections

    def _fall_back(self, reason: str | None, summary: RunSummary) -> None:
        from seeder.sinks.postgres import PostgresSink

        self._close()  # releases the run's lock, which the other sink takes again
        if reason is not None and self._on_notice is not None:
            self._on_notice(f"{reason}: loading on one connection, in one transaction")
        self._fallback = PostgresSink(
            self._url,
            self.batch_rows,
            config=self._config,
            reset=self._reset,
            lock_timeout=self._locks.timeout_s,
            on_lock_wait=self._locks.on_wait,
        )
        self._fallback.open(summary)

    def begin(self, expected_rows: dict[str, int]) -> None:
        from seeder.schema.offline import compiled_schema
        from seeder.sinks.ddl_schedule import DdlSchedule, build_tasks

        if self._fallback is not None:
            self._fallback.begin(expected_rows)
            return
        tasks = build_tasks(compiled_schema().deferred_create, TABLES)
        # While rows come, every connection COPYs and the generating processes run.
        budget = local_budget(self._url, self._connection_count() + self._config.jobs)
        self._schedule = DdlSchedule(tasks, expected_rows, self._analyzing.set, budget)
        for segments in assign_segments(expected_rows, self._connection_count()):
            worker = StagedWorker(self._url, segments, self._schedule)
            self._workers.append(worker)
            self._owner.update(dict.fromkeys(worker.tables, worker))
        leading = frozenset(LEADING_TABLES)
        self._workers.append(StagedWorker(self._url, [], self._schedule, only=leading))
        for worker in self._workers:
            worker.start()

    def write(self, block: EncodedBlock) -> None:
        if self._fallback is not None:
            self._fallback.write(block)
            return
        self._hashes.add(block)
        group = _GROUP_OF[block.table]
        if group < self._group:
            raise RuntimeError(f"a block of {block.table} came after its load group ended")
        self._complete_groups(group)
        try:
            self._owner[block.table].put(block)
        except WorkerStopped:
            self._raise_failure()

    def _complete_groups(self, until: int) -> None:
        """End every group before `until`: its owners commit their share."""
        while self._group < until:
            for worker in self._workers:
                if any(_GROUP_OF[s.tables[0]] == self._group for s in worker.segments):
                    try:
                        worker.put(SegmentDone())
                    except WorkerStopped:
                        self._raise_failure()
            self._group += 1

    def commit(self, summary: RunSummary, phase: PhaseCallback | None = None) -> None:
        if self._fallback is not None:
            self._fallback.commit(summary, phase)
            return
        announce = phase or (lambda _: None)
        self._complete_groups(len(LOAD_GROUPS))
        announce("building keys and indexes")
        step = time.perf_counter()
        self._wait_for_workers(lambda: announce("analyzing"), summary, step)
        step = time.perf_counter()
        self._swap(summary)
        summary.timings["swap"] = time.perf_counter() - step
        self._close()

    def _wait_for_workers(
        self, on_analyzing: Callable[[], None], summary: RunSummary, started: float
    ) -> None:
        announced = False
        while any(worker.is_alive() for worker in self._workers):
            if not announced and self._analyzing.is_set():
                announced = True
                summary.timings["indexes+foreign keys"] = time.perf_counter() - started
                on_analyzing()
                started = time.perf_counter()
            for worker in self._workers:
                worker.join(0.05)
        if any(worker.error is not None for worker in self._workers):
            self._raise_failure()
        if self._schedule is None or not self._schedule.complete:
            raise RuntimeError("the loading connections stopped before the keys were built")
        if not announced:
            on_analyzing()
        summary.timings["analyze" if announced else "indexes+foreign keys"] = (
            time.perf_counter() - started
        )

    def _swap(self, summary: RunSummary) -> None:
        from seeder.db.lock_wait import LockWatcher
        from seeder.sinks.staged_target import swap_in

        with self._errors() as connection:
            with LockWatcher(self._url, connection.info.backend_pid, self._locks.on_wait):
                swap_in(connection, self._target, self._reset)
            record_load(connection, self._config, summary, self._hashes)
            connection.commit()

    def _raise_failure(self) -> None:
        """Stop every worker and raise the first one's error, as the load's error."""
        from seeder.db.connect import database_errors

        for worker in self._workers:
            worker.stop()
        failed = [worker.error for worker in self._workers if worker.error is not None]
        error = failed[0] if failed else RuntimeError("a loading connection stopped")
        if isinstance(error, DatabaseError):
            raise error
        with database_errors("loading", self._secrets):
            raise error

    def abort(self, error: BaseException) -> None:
        if self._fallback is not None:
            self._fallback.abort(error)
            return
        for worker in self._workers:
            worker.stop()
        for worker in self._workers:
            worker.join(10)
        self._drop_staging()
        self._close()

    def _drop_staging(self) -> None:
        """Remove the staging schema, on the control connection or, where the server ended
        that, on a new one that takes the run's lock again; else the next run removes it."""
        from seeder.sinks.staging import drop_staging

        connection = self._control
        if connection is None or not self._staged:
            return
        try:
            connection.rollback()
            drop_staging(connection)
            connection.commit()
        except Exception:
            self._drop_staging_anew()

    def _drop_staging_anew(self) -> None:
        from seeder.db.connect import connect_driver
        from seeder.sinks.staging import drop_leftover_staging
        from seeder.sinks.target_locks import take_run_lock

        # Only while no other run holds the lock: one that took it since made its own staging.
        with contextlib.suppress(Exception), connect_driver(self._url) as connection:
            connection.execute("SET lock_timeout = '10s'")  # a worker's session may linger
            take_run_lock(connection)
            drop_leftover_staging(connection)
            connection.commit()

    def _close(self) -> None:
        """Release the run's lock and close the control connection (rolling back what was not
        committed); a broken connection's lock ends with its session on the server."""
        from seeder.sinks.target_locks import release_run_lock

        if self._control is not None:
            with contextlib.suppress(Exception):
                release_run_lock(self._control)
            self._control.close()
            self._control = None
