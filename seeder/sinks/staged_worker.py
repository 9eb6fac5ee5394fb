"""One connection of a staged load: it COPYs its tables, then builds keys and indexes.

A worker owns some of the staged tables. It loads them in segments, one per load group (see
seeder.sinks.staged): each segment is one transaction that TRUNCATEs its tables, which makes
COPY FREEZE legal, and COPYs every block routed to it until the group is complete. Once a
segment commits, its tables' statements may run on any free connection. With no segment
left, the worker takes statements from the shared DdlSchedule until none remain, each with
the parallel workers the schedule allows (never more than the server's own
max_parallel_maintenance_workers).

A worker made with `only` loads nothing: it builds those tables' statements as soon as their
rows are committed, then ends. The leading tables (complete while the first tickets are still
being generated) get one, so that their keys are built beside the rows instead of holding up
the connection, and with it the whole stream, that loaded them.

The worker runs in a thread; the sink feeds it through a bounded queue, so memory stays flat.
Any failure stops the schedule, and the sink raises it on its next call.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seeder.domain import TABLES
from seeder.encode.copy_format import EncodedBlock
from seeder.sinks.ddl_schedule import CpuBudget, DdlSchedule, build_tasks
from seeder.sinks.postgres import copy_block

if TYPE_CHECKING:
    import psycopg

# Blocks queued for one worker: two ticket chunks' worth, as the prefetcher keeps.
QUEUE_BLOCKS = 8
_POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Segment:
    """Tables one worker loads in one transaction."""

    tables: tuple[str, ...]


class SegmentDone:
    """Queued after the last block of a worker's current segment."""


class WorkerStopped(Exception):
    """The worker is gone (it failed, or the load is being abandoned)."""


class StagedWorker:
    """A thread with its own connection; see the module doc."""

    def __init__(
        self,
        url: str,
        segments: list[Segment],
        schedule: DdlSchedule,
        only: frozenset[str] | None = None,
    ) -> None:
        self.segments = segments
        self._only = only  # build only these tables' statements (and load nothing)
        self.error: BaseException | None = None
        self._url = url
        self._schedule = schedule
        self._queue: queue.Queue[EncodedBlock | SegmentDone] = queue.Queue(QUEUE_BLOCKS)
        self._stopping = threading.Event()
        self._connection: psycopg.Connection | None = None
        self._parallel_limit = 0  # the server's max_parallel_maintenance_workers
        self._parallel_workers = 0  # what this session has now
        self._thread = threading.Thread(target=self._run, name="seeder-staged", daemon=True)

    @property
    def tables(self) -> set[str]:
        return {table for segment in self.segments for table in segment.tables}

    def start(self) -> None:
        self._thread.start()

    def put(self, item: EncodedBlock | SegmentDone) -> None:
        """Queue a block or an end of segment; raises WorkerStopped if the worker is gone."""
        while True:
            if self.error is not None or self._stopping.is_set() or not self._thread.is_alive():
                raise WorkerStopped()
            try:
                self._queue.put(item, timeout=_POLL_SECONDS)
                return
            except queue.Full:
                continue

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def stop(self) -> None:
        """Abandon the load: no more statements, the one in progress cancelled."""
        self._stopping.set()
        self._schedule.fail()
        connection = self._connection
        if connection is not None:
            # A connection already broken or closed raises: its thread ends anyway.
            with contextlib.suppress(Exception):
                connection.cancel_safe(timeout=5)

    def _run(self) -> None:
        from seeder.db.connect import connect_driver
        from seeder.sinks.staging import session_search_path

        try:
            self._connection = connect_driver(self._url)
            self._connection.autocommit = True
            self._connection.execute(
                "SELECT set_config('search_path', %s, false)", (session_search_path(),)
            )
            self._read_parallel_limit(self._connection)
            for segment in self.segments:
                self._load(self._connection, segment)
            self._build(self._connection)
        except BaseException as error:
            if not self._stopping.is_set():
                self.error = error
            self._schedule.fail()
        finally:
            if self._connection is not None:
                self._connection.close()

    def _load(self, connection: psycopg.Connection, segment: Segment) -> None:
        with connection.transaction():
            connection.execute(f"TRUNCATE {', '.join(segment.tables)}")
            while not isinstance(item := self._next(), SegmentDone):
                copy_block(connection, item)
        self._schedule.commit_tables(segment.tables)

    def _build(self, connection: psycopg.Connection) -> None:
        """Run statements (of the tables `only`, if given) until none is left."""
        while (task := self._schedule.next_task(self._only)) is not None:
            if self._stopping.is_set():
                raise WorkerStopped()
            self._limit_parallel_workers(connection, self._schedule.parallel_workers())
            connection.execute(task.sql)
            self._schedule.finish(task)

    def _read_parallel_limit(self, connection: psycopg.Connection) -> None:
        setting = "SELECT current_setting('max_parallel_maintenance_workers')::int"
        row = connection.execute(setting).fetchone()
        self._parallel_limit = self._parallel_workers = row[0] if row else 0

    def _limit_parallel_workers(self, connection: psycopg.Connection, allowed: int | None) -> None:
        """Let the next statement use `allowed` parallel workers (None: the server's setting)."""
        wanted = self._parallel_limit if allowed is None else min(allowed, self._parallel_limit)
        if wanted != self._parallel_workers:
            connection.execute(
                "SELECT set_config('max_parallel_maintenance_workers', %s, false)", (str(wanted),)
            )
            self._parallel_workers = wanted

    def _next(self) -> EncodedBlock | SegmentDone:
        while not self._stopping.is_set():
            try:
                return self._queue.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
        raise WorkerStopped()


def local_budget(url: str, loading: int = 0) -> CpuBudget | None:
    """The CPUs a server on this machine shares with the load (`loading` of them busy while
    rows come); None for a server elsewhere, whose CPUs are not known here."""
    from seeder.config import available_cpus
    from seeder.db.urls import server_is_local

    return CpuBudget(available_cpus(), loading) if server_is_local(url) else None


def build_staged_keys(url: str, connections: int, expected_rows: Mapping[str, int]) -> None:
    """Build the staging schema's keys, indexes and foreign keys and ANALYZE its tables over
    `connections` connections, once every staged table holds its rows (a Dask load's).

    Raises the first connection's error, after stopping the others.
    """
    from seeder.schema.offline import compiled_schema

    tasks = build_tasks(compiled_schema().deferred_create, TABLES)
    schedule = DdlSchedule(tasks, expected_rows, budget=local_budget(url))
    schedule.commit_tables(TABLES)
    builders = [StagedWorker(url, [], schedule) for _ in range(max(1, connections))]
    try:
        for builder in builders:
            builder.start()
        while any(b.is_alive() for b in builders) and not any(b.error for b in builders):
            for builder in builders:
                builder.join(_POLL_SECONDS / len(builders))
    finally:
        # A failure, or Ctrl-C: cancel what the others are running, and wait for them.
        if any(b.is_alive() for b in builders):
            for builder in builders:
                builder.stop()
            for builder in builders:
                builder.join()
    failed = [b.error for b in builders if b.error is not None]
    if failed:
        raise failed[0]
    if not schedule.complete:
        raise RuntimeError("the connections stopped before the staged keys were built")
