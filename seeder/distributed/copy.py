"""The Dask side of a load: each worker COPYs the ranges it generates over its own connection.

copy_with_dask hands the run's chunk ranges to the cluster (seeder.distributed.schedule); for
each table of a range, the worker that generated it connects to the target, asks the caller's
StagingTarget (in that connection's transaction) which schema-qualified table to COPY into,
streams the rows with binary COPY, and commits. Where the rows go and what happens to them
afterwards (keys, the swap) is the caller's: a staged load names its staging tables.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from seeder.db.masking import secrets_in
from seeder.db.urls import conninfo_params, redact_url
from seeder.distributed.schedule import distribute
from seeder.distributed.tasks import Delivered, run_spec
from seeder.encode.blocks import Block
from seeder.errors import DistributedError, shown
from seeder.generate.plan import Plan

if TYPE_CHECKING:
    import psycopg

COPY_BATCH_ROWS = 10_000  # rows encoded at a time: bounds the worker's buffers, not the data


@dataclass(frozen=True)
class CopyInto:
    """Where one table's rows of one chunk range go: a schema-qualified, quoted table name,
    and whether COPY may FREEZE them (the table was created or truncated in this same
    transaction, by the StagingTarget)."""

    table: str
    freeze: bool = False


class StagingTarget(Protocol):
    """Names (and may create) the table a range's rows go to, inside the worker's transaction,
    before its COPY. Picklable: it travels to the workers (a module-level class or function)."""

    def __call__(
        self, connection: psycopg.Connection, table: str, chunks: tuple[int, int]
    ) -> CopyInto: ...


@dataclass(frozen=True)
class CopiedRange:
    """One COPY a worker made and committed."""

    table: str
    chunks: tuple[int, int]
    into: str
    rows: int


@dataclass(frozen=True)
class CopyDeliver:
    """Deliver by COPY: a new connection to `url` per table and range, one transaction each."""

    url: str
    staging: StagingTarget

    def __call__(self, table: str, chunks: tuple[int, int], blocks: Sequence[Block]) -> CopiedRange:
        from seeder.db.connect import database_errors

        rows = sum(block.rows for block in blocks)
        with database_errors(f"a Dask worker's COPY into {table}", secrets_in(self.url)):
            connection = _connection(self.url)
            try:
                into = self.staging(connection, table, chunks)
                if rows:
                    _copy(connection, into, blocks)
                connection.commit()
            except BaseException:
                _forget(self.url, close=True)  # its state is unknown: the next COPY reconnects
                raise
        return CopiedRange(table, chunks, into.table, rows)


# Each worker thread keeps one connection per target for the run: a new connection per table
# and range cost the server a backend start 4 times per 8,000 tickets.
_CONNECTIONS: dict[tuple[str, int], psycopg.Connection] = {}
_CONNECTIONS_LOCK = threading.Lock()


def _connection(url: str) -> psycopg.Connection:
    from seeder.db.connect import connect_driver

    key = (url, threading.get_ident())
    with _CONNECTIONS_LOCK:
        connection = _CONNECTIONS.get(key)
    if connection is None or connection.closed:
        connection = connect_driver(url)
        with _CONNECTIONS_LOCK:
            _CONNECTIONS[key] = connection
    return connection


def _forget(url: str, *, close: bool, every_thread: bool = False) -> None:
    with _CONNECTIONS_LOCK:
        keys = [
            k
            for k in _CONNECTIONS
            if k[0] == url and (every_thread or k[1] == threading.get_ident())
        ]
        connections = [_CONNECTIONS.pop(key) for key in keys]
    if close:
        for connection in connections:
            with suppress(Exception):
                connection.close()


def close_connections(url: str) -> None:
    """Close this worker's connections to `url` (the client runs it on every worker at the
    end of a load, so a long-lived cluster keeps no idle sessions on the target)."""
    _forget(url, close=True, every_thread=True)


def _copy(connection: psycopg.Connection, into: CopyInto, blocks: Sequence[Block]) -> None:
    from seeder.encode.binary import encode_copy_binary
    from seeder.encode.copy_format import HEADER, TRAILER
    from seeder.generate.produce import iter_batches

    columns = ", ".join(column.name for column in blocks[0].columns)
    freeze = ", FREEZE" if into.freeze else ""
    statement = f"COPY {into.table} ({columns}) FROM STDIN (FORMAT binary{freeze})"
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        copy.write(HEADER)
        for block in blocks:
            for batch in iter_batches(block, COPY_BATCH_ROWS):
                copy.write(encode_copy_binary(batch))
        copy.write(TRAILER)


def refuse_unreachable(url: str) -> None:
    """Refuse a target the workers cannot reach: a unix socket is this machine's alone."""
    params = conninfo_params(url)
    hosts = params.get("host", "").split(",")
    if not params.get("hostaddr") and any(not h or h.startswith(("/", "@")) for h in hosts):
        raise DistributedError(
            f"the Dask workers cannot reach {shown(redact_url(url))}: it is a unix socket "
            "(the embedded server listens on one only); give --database-url "
            "postgresql://USER@HOST:PORT/DB with a host the workers reach over TCP"
        )


def copy_with_dask(
    client: Any,
    plan: Plan,
    url: str,
    staging: StagingTarget,
    *,
    on_copied: Callable[[CopiedRange], None],
) -> None:
    """Generate `plan`'s run on `client`'s cluster, every range's tables COPYed by the worker
    that made them into the tables `staging` names; on_copied hears each, in this process."""
    refuse_unreachable(url)

    def on_delivered(outcome: Delivered) -> None:
        for record in outcome.records:
            on_copied(record)

    deliver = CopyDeliver(url, staging)
    try:
        distribute(client, plan, run_spec(plan.config), deliver, on_delivered=on_delivered)
    finally:
        with suppress(Exception):  # a worker that is gone took its connections with it
            client.run(close_connections, url)
