"""Self-contained .sql dump files: schema from the migrations, then the data, in one transaction.

`createdb x && psql -v ON_ERROR_STOP=1 -d x -f FILE` loads one. The COPY blocks carry the very
bytes a live load sends (same encoder). Same inputs give byte-identical files: nothing inside
depends on the clock, the batch size or the machine. Every dump starts with DUMP_HEADER, which
is how `force` knows a file it may replace.
"""

from __future__ import annotations

import gzip
import hashlib
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from seeder import __version__
from seeder.config import RunConfig
from seeder.domain import TABLES
from seeder.encode.copy_format import EncodedBlock
from seeder.encode.text import encode_copy_text, encode_sql_values
from seeder.generate.plan import build_plan
from seeder.generate.produce import estimate_rows
from seeder.generate.workers import encoded_blocks
from seeder.params import params_to_toml
from seeder.pipeline.prefetch import PREFETCH_BLOCKS, Prefetcher
from seeder.schema.offline import compiled_schema
from seeder.sinks.atomic import Ownership, atomic_file

DumpFormat = Literal["copy", "insert"]
DUMP_HEADER = b"-- seeder "  # the first bytes of every dump: describe_run's first line
_GZIP_MAGIC = b"\x1f\x8b"
INSERT_ROWS_PER_STATEMENT = 1_000
ProgressCallback = Callable[[str, int, int], None]


@dataclass
class DumpSummary:
    """What a dump wrote: rows per table, bytes on disk and seconds per step."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    bytes_written: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def describe_run(config: RunConfig) -> str:
    """Header comment lines naming the generator version and every input of the data."""
    params_digest = hashlib.sha256(params_to_toml(config.params).encode()).hexdigest()
    return (
        f"-- seeder {__version__}: synthetic customer-support dataset\n"
        f"-- tickets={config.tickets} customers={config.customers} agents={config.agents} "
        f"seed={config.seed} start={config.start} end={config.end}\n"
        f"-- parameters sha256={params_digest} (`seed config` prints them)\n"
    )


def is_seeder_dump(path: Path) -> bool:
    """True if the file at `path` starts as a dump does, plain or gzip-compressed."""
    try:
        with path.open("rb") as handle:
            start = handle.read(len(DUMP_HEADER))
            if start.startswith(_GZIP_MAGIC):
                handle.seek(0)
                with gzip.GzipFile(fileobj=handle, mode="rb") as unpacked:
                    start = unpacked.read(len(DUMP_HEADER))
    except (OSError, EOFError, zlib.error):  # unreadable, or not gzip after all
        return False
    return start == DUMP_HEADER


DUMP_OWNERSHIP = Ownership("seed dump", is_seeder_dump)


def schema_sql() -> str:
    """The migrations rendered offline, without their own BEGIN/COMMIT (the dump has one)."""
    return compiled_schema().create_sql


def _preamble(config: RunConfig, data_only: bool) -> bytes:
    how = (
        "-- Load into a database already migrated to the same schema (seed migrate):\n"
        "--   psql -v ON_ERROR_STOP=1 -d DBNAME -f FILE\n"
        if data_only
        else "-- Load: createdb DBNAME && psql -v ON_ERROR_STOP=1 -d DBNAME -f FILE\n"
    )
    text = (
        describe_run(config)
        + how
        + "-- (a .gz file: gunzip -c FILE | psql -v ON_ERROR_STOP=1 -d DBNAME)\n\n"
        + "SET client_encoding = 'UTF8';\n"
        + "SET standard_conforming_strings = on;\n"
        + "SET client_min_messages = warning;\n\n"
        + "BEGIN;\n\n"
    )
    if not data_only:
        text += schema_sql() + "\n" + _deferred_sql("drop", compiled_schema().deferred_drop)
    return text.encode("utf-8")


def _deferred_sql(action: str, statements: tuple[str, ...]) -> str:
    heading = (
        "-- Secondary indexes and foreign keys are dropped for the load and re-created after it\n"
        "-- (as pg_restore does): much faster than maintaining them row by row.\n"
        if action == "drop"
        else "-- Re-create the secondary indexes and foreign keys dropped before the data.\n"
    )
    return heading + "".join(f"{statement};\n" for statement in statements) + "\n"


def write_dump(
    config: RunConfig,
    path: Path,
    *,
    fmt: DumpFormat = "copy",
    data_only: bool = False,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> DumpSummary:
    """Write the dataset of `config` as a .sql file (gzip-compressed when the name ends .gz)."""
    started = time.perf_counter()
    plan = build_plan(config)
    expected = estimate_rows(plan).rows
    summary = DumpSummary(path=path, rows=dict.fromkeys(TABLES, 0))
    with atomic_file(path, force=force, ownership=DUMP_OWNERSHIP) as target:
        raw = _CountingWriter(target)
        sink: BinaryIO = raw  # type: ignore[assignment]  # it has what the writes below use
        compressed: gzip.GzipFile | None = None
        if path.name.endswith(".gz"):
            # No file name and a zero mtime in the gzip header: identical bytes on every run.
            compressed = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)
            sink = compressed  # type: ignore[assignment]
        sink.write(_preamble(config, data_only))
        # Tables created in this transaction can take COPY FREEZE (no later vacuum needed).
        freeze = "" if data_only else " WITH (FREEZE)"
        encode = encode_copy_text if fmt == "copy" else encode_sql_values
        batch_rows = config.batch_rows if fmt == "copy" else INSERT_ROWS_PER_STATEMENT
        blocks = encoded_blocks(plan, encode, batch_rows, config.jobs)
        with Prefetcher(blocks, PREFETCH_BLOCKS) as ahead:
            for block in ahead:
                if fmt == "copy":
                    _write_copy_block(sink, block, freeze, summary, progress, expected)
                else:
                    _write_insert_block(sink, block, summary, progress, expected)
        if not data_only:
            sink.write(_deferred_sql("create", compiled_schema().deferred_create).encode("utf-8"))
        sink.write(b"COMMIT;\n\nANALYZE;\n")
        if compressed is not None:
            compressed.close()
        summary.bytes_written = raw.written
    summary.timings["total"] = time.perf_counter() - started
    return summary


class _CountingWriter:
    """Passes writes on and counts their bytes: a pipe (/dev/stdout) cannot tell its position."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        return self._target.write(data)

    def flush(self) -> None:
        self._target.flush()


def _write_copy_block(
    sink: BinaryIO,
    block: EncodedBlock,
    freeze: str,
    summary: DumpSummary,
    progress: ProgressCallback | None,
    expected: dict[str, int],
) -> None:
    if block.rows == 0:
        return
    columns = ", ".join(block.columns)
    sink.write(f"COPY {block.table} ({columns}) FROM stdin{freeze};\n".encode())
    for rows, data in block.batches:
        sink.write(data)
        _count(summary, progress, expected, block.table, rows)
    sink.write(b"\\.\n\n")


def _write_insert_block(
    sink: BinaryIO,
    block: EncodedBlock,
    summary: DumpSummary,
    progress: ProgressCallback | None,
    expected: dict[str, int],
) -> None:
    columns = ", ".join(block.columns)
    for rows, data in block.batches:
        sink.write(f"INSERT INTO {block.table} ({columns}) VALUES\n".encode())
        sink.write(data)
        sink.write(b";\n\n")
        _count(summary, progress, expected, block.table, rows)


def _count(
    summary: DumpSummary,
    progress: ProgressCallback | None,
    expected: dict[str, int],
    table: str,
    rows: int,
) -> None:
    summary.rows[table] += rows
    if progress is not None:
        done = summary.rows[table]
        progress(table, done, max(expected[table], done))
