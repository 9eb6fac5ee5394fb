"""Waiting on another session's locks: say what a run waits for, and whom it waits on.

A load or a migration that needs a table another session holds waits in the server without a
word. LockWatcher notices: once the run has been preparing for REPORT_AFTER_S seconds it opens
a second connection and asks the server whether the run's backend is blocked, on which table,
and by which backends; each new answer goes to a callback (the CLI prints it). A run that
prepares quickly never opens that connection.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType

import psycopg

from seeder.db.connect import connect_driver
from seeder.domain import TABLES
from seeder.errors import LockTimeoutError, SeederError

# What a load locks before anything else: every seeder table, and the migrations' record.
LOCKED_TABLES = (*TABLES, "alembic_version")
REPORT_AFTER_S = 2.0
POLL_S = 0.5

# What the run's backend waits for, and who holds or queues ahead for the same object.
_BLOCKED = """
SELECT coalesce(w.relation::regclass::text, w.locktype), w.mode, b.pid, coalesce(b.mode, '')
FROM pg_locks w
CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS blocker(pid)
LEFT JOIN pg_locks b ON b.pid = blocker.pid AND b.locktype = w.locktype
    AND b.relation IS NOT DISTINCT FROM w.relation
    AND b.transactionid IS NOT DISTINCT FROM w.transactionid
WHERE w.pid = %s AND NOT w.granted
ORDER BY b.pid, b.mode
"""
# Locks other backends hold on the given tables.
_HOLDERS = """
SELECT relation::regclass::text, pid, mode FROM pg_locks
WHERE locktype = 'relation' AND granted AND pid <> %s
  AND relation = ANY (SELECT to_regclass(name) FROM unnest(%s::text[]) AS name)
ORDER BY 1, 2, 3
"""


def lock_mode(name: str) -> str:
    """pg_locks' 'AccessExclusiveLock' as SQL writes it: 'ACCESS EXCLUSIVE'."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.removesuffix("Lock")).upper()


@dataclass(frozen=True)
class LockWait:
    """The run's backend has waited `waited_s` seconds for `mode` on `target`."""

    target: str  # a table name, or the kind of lock (e.g. 'transactionid')
    mode: str
    blockers: tuple[tuple[int, str], ...]  # (backend pid, the mode it holds or wants)
    waited_s: float

    def describe(self) -> str:
        """One line for the user."""
        held = ", ".join(
            f"backend PID {pid}" + (f" ({lock_mode(mode)})" if mode else "")
            for pid, mode in self.blockers
        )
        return (
            f"waiting for a lock on {self.target} ({lock_mode(self.mode)}), held by {held}, "
            f"for {self.waited_s:.0f} s so far; it goes on when they finish "
            "(--lock-timeout SECONDS gives up instead)"
        )


LockWaitCallback = Callable[[LockWait], None]


def blocked_on(connection: psycopg.Connection, backend_pid: int) -> LockWait | None:
    """What `backend_pid` waits for, or None when it is not waiting on a lock."""
    rows = connection.execute(_BLOCKED, (backend_pid,)).fetchall()
    if not rows:
        return None
    blockers = tuple(dict.fromkeys((int(pid), str(mode)) for _, _, pid, mode in rows))
    return LockWait(str(rows[0][0]), str(rows[0][1]), blockers, 0.0)


class LockWatcher:
    """While the `with` block runs, report to `on_wait` each time the backend's wait changes."""

    def __init__(self, url: str, backend_pid: int, on_wait: LockWaitCallback | None) -> None:
        self._url = url
        self._pid = backend_pid
        self._on_wait = on_wait
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="seeder-lock-watch", daemon=True)

    def __enter__(self) -> LockWatcher:
        self._started = time.monotonic()
        if self._on_wait is not None:
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()

    def _watch(self) -> None:
        if self._done.wait(REPORT_AFTER_S):
            return
        try:
            with connect_driver(self._url) as connection:
                connection.autocommit = True
                self._poll(connection)
        except (psycopg.Error, SeederError):
            pass  # the report is a courtesy: the run itself must not fail for it

    def _poll(self, connection: psycopg.Connection) -> None:
        assert self._on_wait is not None
        last: tuple[str, tuple[tuple[int, str], ...]] | None = None
        while not self._done.is_set():
            wait = blocked_on(connection, self._pid)
            if wait is not None and (wait.target, wait.blockers) != last:
                last = (wait.target, wait.blockers)
                waited = time.monotonic() - self._started
                self._on_wait(LockWait(wait.target, wait.mode, wait.blockers, waited))
            self._done.wait(POLL_S)


def lock_timeout_setting(seconds: float) -> str:
    """The value of PostgreSQL's lock_timeout for `seconds` (whole milliseconds, at least 1)."""
    return f"{max(1, round(seconds * 1000))}ms"


def lock_timeout_error(
    url: str, backend_pid: int, seconds: float | None, tables: Sequence[str] = LOCKED_TABLES
) -> LockTimeoutError:
    """The error for a run whose lock_timeout passed, naming the tables' other holders."""
    holders: list[tuple[str, int]] = []
    try:
        with connect_driver(url) as connection:
            connection.autocommit = True
            rows = connection.execute(_HOLDERS, (backend_pid, list(tables))).fetchall()
        holders = list(dict.fromkeys((str(table), int(pid)) for table, pid, _ in rows))
    except (psycopg.Error, SeederError):
        pass  # the error still says what happened, without the names
    after = f" after {seconds:g} s" if seconds is not None else " (the server's lock_timeout)"
    if holders:
        on = ", ".join(dict.fromkeys(table for table, _ in holders))
        by = ", ".join(str(pid) for pid in dict.fromkeys(pid for _, pid in holders))
        what = f"a lock on table {on} held by backend PID {by}"
    else:
        what = "a lock"
    return LockTimeoutError(f"gave up{after} waiting for {what}: nothing was changed")
