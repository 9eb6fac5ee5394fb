"""What every load does to its target before it changes it: the run's advisory lock, the
tables' locks, and the refusal of a target that holds data.

The single-transaction load (seeder.sinks.postgres) takes the run's lock for its transaction;
a staged load (seeder.sinks.staged), whose work spans many transactions, takes the same lock
for its session. Either way a second run on the database is refused while one runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seeder.domain import TABLES
from seeder.errors import ConcurrentRunError, TargetNotEmptyError

if TYPE_CHECKING:
    import psycopg

    from seeder.db.lock_wait import LockWaitCallback

# pg_advisory lock key shared by every seeder run on a database ("seeder" in ASCII).
ADVISORY_LOCK_KEY = 0x736565646572
_CONCURRENT_RUN = (
    "another seed run is loading this database right now: wait for it to finish, then run again"
)


@dataclass(frozen=True)
class LockPolicy:
    """How a load waits for other sessions' locks on its tables."""

    url: str
    timeout_s: float | None = None  # give up after this long; None: wait as long as it takes
    on_wait: LockWaitCallback | None = None  # told what the load waits for, after a while


def take_run_lock(connection: psycopg.Connection, *, session: bool = False) -> None:
    """The run's advisory lock, for the transaction (or with `session`, until disconnect)."""
    function = "pg_try_advisory_lock" if session else "pg_try_advisory_xact_lock"
    row = connection.execute(f"SELECT {function}(%s)", (ADVISORY_LOCK_KEY,)).fetchone()
    if row is None or not row[0]:
        raise ConcurrentRunError(_CONCURRENT_RUN)


def release_run_lock(connection: psycopg.Connection) -> None:
    """Give the session's run lock back now: closing the connection would free it only once
    the server has noticed, and a run started at once could find it still held."""
    connection.rollback()
    connection.execute("SELECT pg_advisory_unlock(%s)", (ADVISORY_LOCK_KEY,))
    connection.commit()


def tables_holding_data(
    connection: psycopg.Connection, tables: tuple[str, ...] = TABLES
) -> list[str]:
    """The given seeder tables that hold at least one row (cheap: one EXISTS per table)."""
    if not tables:
        return []
    checks = " UNION ALL ".join(f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM {t})" for t in tables)
    return [str(row[0]) for row in connection.execute(checks).fetchall()]


def refuse_if_occupied(connection: psycopg.Connection, tables: tuple[str, ...] = TABLES) -> None:
    occupied = tables_holding_data(connection, tables)
    if occupied:
        raise TargetNotEmptyError(
            f"the database already holds data (tables: {', '.join(occupied)}): "
            "pass --reset (reset=True) to replace it, or choose an empty database"
        )


def existing_tables(connection: psycopg.Connection, names: tuple[str, ...]) -> list[str]:
    """Those of `names` that exist where unqualified names resolve, in the given order."""
    found = connection.execute(
        "SELECT name FROM unnest(%s::text[]) WITH ORDINALITY AS t(name, n) "
        "WHERE to_regclass(name) IS NOT NULL ORDER BY n",
        (list(names),),
    ).fetchall()
    return [str(row[0]) for row in found]


def lock_tables(connection: psycopg.Connection, reset: bool) -> None:
    """Take the lock TRUNCATE needs on every existing target table, before anything else.

    Waiting for another session then happens here, in one place, and once these are held no
    later statement of the load waits. A load that will refuse (data, no reset) reads first,
    so it does not queue for an exclusive lock only to give up.
    """
    from seeder.db.lock_wait import LOCKED_TABLES

    existing = existing_tables(connection, LOCKED_TABLES)
    if not reset and len(existing) == len(LOCKED_TABLES):
        refuse_if_occupied(connection)
    if existing:
        connection.execute(f"LOCK TABLE {', '.join(existing)} IN ACCESS EXCLUSIVE MODE")


@contextmanager
def lock_timeouts(connection: psycopg.Connection, locks: LockPolicy) -> Iterator[None]:
    """lock_timeout passing becomes a LockTimeoutError naming who held the tables."""
    from psycopg.errors import LockNotAvailable

    from seeder.db.lock_wait import lock_timeout_error

    try:
        yield
    except LockNotAvailable:
        pid = connection.info.backend_pid
        raise lock_timeout_error(locks.url, pid, locks.timeout_s) from None


def before_commit(connection: psycopg.Connection) -> None:
    """The last statements of a load's committing transaction, on either path.

    The one place for what a run records beside the data (a manifest of the run belongs
    here): it commits with the rows, or not at all.
    """
