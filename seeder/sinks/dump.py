"""Self-contained .sql dump files: schema from the migrations, then the data, in one transaction.

`createdb x && psql -v ON_ERROR_STOP=1 -d x -f FILE` loads one. The COPY blocks carry the very
bytes a live load sends (same encoder). The last statement before COMMIT records the run in
seed_runs, as a load does (seeder.sinks.manifest). Same inputs give byte-identical files:
nothing inside depends on the clock, the batch size or the machine. Every dump starts with
DUMP_HEADER, which is how `force` knows a file it may replace.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO, Literal

from seeder.config import RunConfig
from seeder.encode import Encoding
from seeder.encode.copy_format import EncodedBlock
from seeder.params import params_to_toml
from seeder.schema.offline import compiled_schema
from seeder.sinks.atomic import Ownership, atomic_file
from seeder.sinks.base import PhaseCallback, RunSummary
from seeder.sinks.manifest import ContentHashes, dump_statements
from seeder.version import __version__

DumpFormat = Literal["copy", "insert"]
DUMP_HEADER = b"-- seeder "  # the first bytes of every dump: describe_run's first line
_GZIP_MAGIC = b"\x1f\x8b"
INSERT_ROWS_PER_STATEMENT = 1_000


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


class DumpSink:
    """A .sql file written under a temporary name and renamed into place on commit."""

    fork_generator = False  # this process only writes: the blocks are made beside it

    def __init__(
        self, config: RunConfig, path: Path, *, fmt: DumpFormat, data_only: bool, force: bool
    ) -> None:
        self.encoding: Encoding = "copy" if fmt == "copy" else "insert"
        self.batch_rows = config.batch_rows if fmt == "copy" else INSERT_ROWS_PER_STATEMENT
        self._config = config
        self._hashes = ContentHashes(self.encoding)
        self._path = path
        self._data_only = data_only
        self._force = force
        self._file = ExitStack()
        self._raw: _CountingWriter | None = None
        self._out: BinaryIO | None = None

    def open(self, summary: RunSummary) -> None:
        target = self._file.enter_context(
            atomic_file(self._path, force=self._force, ownership=DUMP_OWNERSHIP)
        )
        self._raw = _CountingWriter(target)
        self._out = self._raw  # type: ignore[assignment]  # it has what the writes below use
        if self._path.name.endswith(".gz"):
            # No file name and a zero mtime in the gzip header: identical bytes on every run.
            compressed = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0)
            self._out = self._file.enter_context(compressed)  # type: ignore[assignment]

    def begin(self, expected_rows: dict[str, int]) -> None:
        assert self._out is not None
        self._out.write(_preamble(self._config, self._data_only))

    def write(self, block: EncodedBlock) -> None:
        assert self._out is not None
        self._hashes.add(block)
        if self.encoding == "copy":
            # Tables created in this transaction can take COPY FREEZE (no later vacuum needed).
            _write_copy_block(self._out, block, "" if self._data_only else " WITH (FREEZE)")
        else:
            _write_insert_block(self._out, block)

    def commit(self, summary: RunSummary, phase: PhaseCallback | None = None) -> None:
        assert self._out is not None and self._raw is not None
        if not self._data_only:
            deferred = _deferred_sql("create", compiled_schema().deferred_create)
            self._out.write(deferred.encode("utf-8"))
        self._out.write(dump_statements(self._config, summary, self._hashes))
        self._out.write(b"COMMIT;\n\nANALYZE;\n")
        self._file.close()  # closes the gzip stream, then renames the file into place
        summary.bytes_written = self._raw.written

    def abort(self, error: BaseException) -> None:
        self._file.__exit__(type(error), error, error.__traceback__)


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


def _write_copy_block(out: BinaryIO, block: EncodedBlock, freeze: str) -> None:
    if block.rows == 0:
        return
    columns = ", ".join(block.columns)
    out.write(f"COPY {block.table} ({columns}) FROM stdin{freeze};\n".encode())
    for _, data in block.batches:
        out.write(data)
    out.write(b"\\.\n\n")


def _write_insert_block(out: BinaryIO, block: EncodedBlock) -> None:
    columns = ", ".join(block.columns)
    for rows, data in block.batches:
        if rows == 0:
            continue
        out.write(f"INSERT INTO {block.table} ({columns}) VALUES\n".encode())
        out.write(data)
        out.write(b";\n\n")
