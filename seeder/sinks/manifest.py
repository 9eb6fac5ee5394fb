"""The run manifest: one seed_runs row per load, saying what made the data and what it holds.

A live load records its row on its own connection just before the commit (record_load), so
the row and the data commit together or not at all. A dump carries the same row as an INSERT
before its COMMIT (dump_statements): started_at and finished_at are the server's now() and
clock_timestamp() when psql runs the file, so the file holds no time and stays byte-identical.

The content hash of a table (ContentHashes) is the SHA-256 of its rows exactly as the run
encoded them, in load order, without any framing: for a load, the binary COPY tuples after
the 19-byte header and before the 2-byte trailer; for a copy dump, the lines between each
`COPY ... FROM stdin;` and its `\\.`, which are byte for byte what PostgreSQL's
`COPY (SELECT ... ORDER BY key) TO STDOUT` prints for the loaded rows; for an insert dump,
the text after each `VALUES` up to its `;`. Batch size and --jobs never change the bytes, so
never the hashes; two runs with the same hash encoding compare directly
(docs/run_manifest.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import queue
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from seeder.config import RunConfig
from seeder.domain import MANIFEST_TABLE, TABLES
from seeder.encode import Encoding
from seeder.encode.copy_format import EncodedBlock
from seeder.errors import ConfigError
from seeder.params import Params, params_from_toml, params_to_toml
from seeder.sinks.base import RunSummary
from seeder.version import __version__

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Connection

# The name each sink encoding's hashes go by in seed_runs.content_hash_encoding.
HASH_ENCODING_OF: Final[dict[Encoding, str]] = {
    "binary": "binary",
    "copy": "text",
    "insert": "insert",
}
# The columns a run writes, in this order; the row's id comes from the identity.
_COLUMNS: Final = (
    "target",
    "seeder_version",
    "seed",
    "tickets",
    "customers",
    "agents",
    "start_date",
    "end_date",
    "params_toml",
    "params_sha256",
    "started_at",
    "finished_at",
    "row_counts",
    "content_hashes",
    "content_hash_encoding",
)
_QUEUED_BLOCKS: Final = 4
_JSON_COLUMNS: Final = frozenset({"row_counts", "content_hashes"})
# Taken by the server when the row is written: the transaction's start, and the moment itself.
_CLOCK: Final = {"started_at": "now()", "finished_at": "clock_timestamp()"}


class ContentHashes:
    """Per data table, the SHA-256 of its rows as encoded, fed every block in load order.

    A daemon thread does the hashing, beside the sink's own work: hashlib lets go of the GIL
    on large buffers, so where a processor is free the sink's thread only queues each block
    and waits, at the end, for the last one (SHA-256 runs at 1-2 GB/s, the streams at well
    under 0.2 GB/s). The queue is short, so it holds at most a few blocks' memory.
    """

    def __init__(self, encoding: Encoding) -> None:
        self.encoding = HASH_ENCODING_OF[encoding]
        self._hashes = {table: hashlib.sha256() for table in TABLES}
        self._queue: queue.Queue[EncodedBlock | None] | None = None
        self._thread: threading.Thread | None = None
        self._errors: list[BaseException] = []

    def add(self, block: EncodedBlock) -> None:
        if self._queue is None:
            self._queue = queue.Queue(_QUEUED_BLOCKS)
            self._thread = threading.Thread(
                target=_hash_blocks, args=(self._queue, self._hashes, self._errors), daemon=True
            )
            self._thread.start()
            # An aborted run never asks for its digests: the thread ends with this object.
            weakref.finalize(self, self._queue.put, None)
        self._queue.put(block)

    def hexdigests(self) -> dict[str, str]:
        """Every table's digest, once the blocks added so far are hashed."""
        if self._queue is not None and self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        if self._errors:
            raise self._errors[0]
        return {table: digest.hexdigest() for table, digest in self._hashes.items()}


def _hash_blocks(
    blocks: queue.Queue[EncodedBlock | None],
    hashes: dict[str, hashlib._Hash],
    errors: list[BaseException],
) -> None:
    while (block := blocks.get()) is not None:
        if errors:
            continue  # still drain the queue, or add() would wait forever
        try:
            digest = hashes[block.table]
            for rows, data in block.batches:
                if rows:  # an empty block still carries one empty batch
                    digest.update(data)
        except BaseException as error:  # raised to the sink by hexdigests()
            errors.append(error)


def _values(
    config: RunConfig, summary: RunSummary, hashes: ContentHashes | None, target: str
) -> dict[str, Any]:
    """The row's values but the server's clock, by column (no hashes: `{}`)."""
    params_toml = params_to_toml(config.params)
    return {
        "target": target,
        "seeder_version": __version__,
        "seed": config.seed,
        "tickets": config.tickets,
        "customers": config.customers,
        "agents": config.agents,
        "start_date": config.start.isoformat(),
        "end_date": config.end.isoformat(),
        "params_toml": params_toml,
        "params_sha256": hashlib.sha256(params_toml.encode("utf-8")).hexdigest(),
        "row_counts": json.dumps({table: summary.rows.get(table, 0) for table in TABLES}),
        "content_hashes": json.dumps({} if hashes is None else hashes.hexdigests()),
        "content_hash_encoding": HASH_ENCODING_OF["binary"] if hashes is None else hashes.encoding,
    }


def _insert(placeholders: dict[str, str]) -> str:
    return (
        f"INSERT INTO {MANIFEST_TABLE} ({', '.join(_COLUMNS)})\n"
        f"VALUES ({', '.join(placeholders[column] for column in _COLUMNS)})"
    )


def record_load(
    connection: psycopg.Connection,
    config: RunConfig,
    summary: RunSummary,
    hashes: ContentHashes | None,
) -> None:
    """Insert the load's row in the load's transaction (the caller commits it with the data).

    hashes is None where the rows did not pass through this process (a Dask load)."""
    values = _values(config, summary, hashes, "load")
    placeholders = {column: "%s::jsonb" if column in _JSON_COLUMNS else "%s" for column in values}
    ordered = [values[column] for column in _COLUMNS if column in values]
    connection.execute(_insert({**placeholders, **_CLOCK}), ordered)


def dump_statements(config: RunConfig, summary: RunSummary, hashes: ContentHashes) -> bytes:
    """The INSERT of the dump's row, to run inside the dump's transaction before COMMIT.

    Its literals assume standard_conforming_strings = on, which every dump sets first.
    """
    values = _values(config, summary, hashes, "dump")
    literals = {column: _literal(value) for column, value in values.items()}
    for column in _JSON_COLUMNS:
        literals[column] += "::jsonb"
    heading = (
        "-- The run manifest (docs/run_manifest.md): what made this data. started_at and\n"
        "-- finished_at are the server's clock when this file runs.\n"
    )
    return (heading + _insert({**literals, **_CLOCK}) + ";\n\n").encode("utf-8")


def _literal(value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


# --- reading it back -----------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRun:
    """One seed_runs row, as validate and report read it."""

    id: int
    target: str
    seeder_version: str
    seed: int
    tickets: int
    customers: int
    agents: int
    start_date: dt.date
    end_date: dt.date
    params_toml: str
    params_sha256: str
    started_at: dt.datetime
    finished_at: dt.datetime
    row_counts: dict[str, int]
    content_hashes: dict[str, str]
    content_hash_encoding: str

    def params(self) -> Params:
        """The recorded parameters; ConfigError when this seeder cannot read them."""
        try:
            return params_from_toml(self.params_toml)
        except ConfigError as exc:
            problem = str(exc).split(": run `seed config`")[0]  # the advice is ours to give
            raise ConfigError(
                f"the parameters recorded by seeder {self.seeder_version} in {MANIFEST_TABLE} "
                f"row {self.id} cannot be read by this seeder ({problem}): pass --config "
                "FILE.toml"
            ) from None

    def run_config(self) -> RunConfig:
        """The configuration the recorded run generated with."""
        return RunConfig(
            tickets=self.tickets,
            seed=self.seed,
            start=self.start_date,
            end=self.end_date,
            params=self.params(),
        )

    def summary(self) -> dict[str, Any]:
        """A JSON-ready dict of the row, without the parameters' text and the hashes."""
        return {
            "id": self.id,
            "target": self.target,
            "seeder_version": self.seeder_version,
            "seed": self.seed,
            "tickets": self.tickets,
            "customers": self.customers,
            "agents": self.agents,
            "start_date": self.start_date.isoformat(),
            "end_date": self.end_date.isoformat(),
            "params_sha256": self.params_sha256,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
        }

    def describe(self) -> str:
        """'the load at 2026-12-04 19:15 UTC (seed 7, 25,000 tickets)', or 'the dump loaded at'."""
        when = self.started_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        what = "load" if self.target == "load" else "dump loaded"
        return f"the {what} at {when} (seed {self.seed}, {self.tickets:,} tickets)"


_NEWEST: Final = f"SELECT id, {', '.join(_COLUMNS)} FROM {MANIFEST_TABLE} ORDER BY id DESC LIMIT 1"


def newest_run(connection: Connection) -> RecordedRun | None:
    """The newest recorded run, which made the current data; None when nothing was recorded.

    Nothing is recorded by seeders before the manifest, nor in a database whose schema
    predates it (revision 0003 and older).
    """
    exists = connection.exec_driver_sql(f"SELECT to_regclass('{MANIFEST_TABLE}')").scalar()
    if exists is None:
        return None
    row = connection.exec_driver_sql(_NEWEST).mappings().first()
    if row is None:
        return None
    return RecordedRun(**dict(row))


def recorded_run(url: str) -> RecordedRun | None:
    """The newest run recorded in the database at `url`, read in a read-only snapshot."""
    from seeder.schema.snapshot import read_only_snapshot

    with read_only_snapshot(url, "reading the run manifest") as connection:
        return newest_run(connection)
