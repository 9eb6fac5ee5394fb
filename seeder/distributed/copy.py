"""The Dask side of a load: each worker COPYs the ranges it generates over its own connection.

copy_with_dask hands the run's chunk ranges to the cluster (seeder.distributed.schedule); for
each table of a range, the worker that generated it connects to the target, asks the caller's
StagingTarget (in that connection's transaction) which schema-qualified table to COPY into,
streams the rows with binary COPY, and commits. Where the rows go and what happens to them
afterwards (keys, the swap) is the caller's: a staged load names its staging tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
        from seeder.db.connect import connect_driver, database_errors

        rows = sum(block.rows for block in blocks)
        with (
            database_errors(f"a Dask worker's COPY into {table}", secrets_in(self.url)),
            connect_driver(self.url) as connection,
        ):
            into = self.staging(connection, table, chunks)
            if rows:
                _copy(connection, into, blocks)
            connection.commit()
        return CopiedRange(table, chunks, into.table, rows)


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
    distribute(client, plan, run_spec(plan.config), deliver, on_delivered=on_delivered)
