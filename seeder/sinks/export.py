"""CSV and Parquet exports: one file per table, in a folder that appears complete or not at all.

CSV files keep the original dataset's file and column names (booleans as 0/1), with our added
columns at the end, so users of the original CSVs can switch. Parquet files carry real types
for DuckDB, pandas and Polars. A manifest (seeder-export.json) names the format, the seeder
version and every file with its size and SHA-256. `force` replaces a folder only if every
entry in it is a file such a manifest lists, unchanged (seeder.sinks.export_files): an
export's, or one of the shards `seed export --dask` writes (seeder.sinks.shards).
"""

from __future__ import annotations

import contextlib
import json
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path
from typing import Any, BinaryIO, Literal

from seeder.config import RunConfig
from seeder.domain import TABLES
from seeder.encode import Encoding
from seeder.encode.copy_format import EncodedBlock
from seeder.sinks.atomic import Ownership, atomic_directory
from seeder.sinks.base import PhaseCallback, RunSummary
from seeder.sinks.export_files import MANIFEST_NAME, HashingWriter, WrittenFile, is_listed_file
from seeder.sinks.shards import is_shard_name
from seeder.version import __version__

ExportFormat = Literal["csv", "parquet"]
# A Parquet row group is one block, whatever the batch size: one batch holds the whole block.
_WHOLE_BLOCK = 1 << 62

# The original dataset's file names.
CSV_FILE_NAMES = {table: f"{table}_table.csv" for table in TABLES}
PARQUET_FILE_NAMES = {table: f"{table}.parquet" for table in TABLES}
_EXPORT_NAMES = frozenset([*CSV_FILE_NAMES.values(), *PARQUET_FILE_NAMES.values(), MANIFEST_NAME])


def is_export_name(name: str) -> bool:
    """True for a name an export gives its files: a table's file, a shard or the manifest."""
    return name in _EXPORT_NAMES or is_shard_name(name)


def is_export_file(entry: Path) -> bool:
    """True for a file of an earlier export, as its manifest lists it (what --force replaces)."""
    return is_export_name(entry.name) and is_listed_file(entry)


def _is_export_temporary_file(entry: Path) -> bool:
    """True for a regular file an export puts in its temporary folder (before any manifest)."""
    return is_export_name(entry.name) and entry.is_file() and not entry.is_symlink()


EXPORT_OWNERSHIP = Ownership("seed export", is_export_file, _is_export_temporary_file)


class ExportSink:
    """One file per table in a temporary folder, swapped into place whole on commit."""

    def __init__(self, config: RunConfig, directory: Path, *, fmt: ExportFormat, force: bool):
        # A Parquet writer holds every row group's metadata until it closes (some 25 MiB at
        # 10M tickets): in a process of its own, it is not added to the plan's memory.
        self.fork_generator = fmt == "parquet"
        self.encoding: Encoding = "csv" if fmt == "csv" else "arrow"
        self.batch_rows = config.batch_rows if fmt == "csv" else _WHOLE_BLOCK
        self._directory = directory
        self._fmt = fmt
        self._force = force
        self._folder = ExitStack()
        self._files = ExitStack()
        self._temp: Path | None = None
        self._csv: dict[str, HashingWriter] = {}
        self._parquet: dict[str, Any] = {}
        self._hashed: dict[str, HashingWriter] = {}

    def open(self, summary: RunSummary) -> None:
        self._temp = self._folder.enter_context(
            atomic_directory(self._directory, force=self._force, ownership=EXPORT_OWNERSHIP)
        )

    def begin(self, expected_rows: dict[str, int]) -> None:
        pass

    def write(self, block: EncodedBlock) -> None:
        if self._fmt == "csv":
            out = self._csv_file(block)
            for _, data in block.batches:
                out.write(data)
            return
        from seeder.encode.parquet import decode_arrow_ipc

        for _, data in block.batches:
            table = decode_arrow_ipc(data)
            self._parquet_writer(block.table, table.schema).write_table(table)

    def _csv_file(self, block: EncodedBlock) -> HashingWriter:
        out = self._csv.get(block.table)
        if out is None:
            out = self._new_file(CSV_FILE_NAMES[block.table])
            out.write((",".join(block.columns) + "\n").encode("utf-8"))
            self._csv[block.table] = out
        return out

    def _parquet_writer(self, table: str, schema: Any) -> Any:
        import pyarrow.parquet as pq

        writer = self._parquet.get(table)
        if writer is None:
            out = self._new_file(PARQUET_FILE_NAMES[table])
            writer = self._files.enter_context(pq.ParquetWriter(out, schema, compression="zstd"))
            self._parquet[table] = writer
        return writer

    def _new_file(self, name: str) -> HashingWriter:
        """A new file in the temporary folder, hashed as it is written, for the manifest."""
        assert self._temp is not None
        handle: BinaryIO = self._files.enter_context((self._temp / name).open("wb"))
        self._hashed[name] = HashingWriter(handle)
        return self._hashed[name]

    def commit(self, summary: RunSummary, phase: PhaseCallback | None = None) -> None:
        assert self._temp is not None
        self._files.close()
        files = [self._hashed[name].written(name) for name in sorted(self._hashed)]
        manifest = _manifest(self._fmt, files).encode("utf-8")
        (self._temp / MANIFEST_NAME).write_bytes(manifest)
        self._folder.close()  # swaps the folder into place
        summary.bytes_written = sum(file.bytes or 0 for file in files) + len(manifest)

    def abort(self, error: BaseException) -> None:
        # The files go with their folder: flushing them into a full disk, say, fails again,
        # and must not keep the folder from being removed.
        with contextlib.suppress(OSError):
            self._files.close()
        self._folder.__exit__(type(error), error, error.__traceback__)


def _manifest(fmt: ExportFormat, files: list[WrittenFile]) -> str:
    """The folder's manifest: what wrote it and which files (no clock: same run, same bytes)."""
    manifest = {
        "written_by": "seed export",
        "seeder_version": __version__,
        "format": fmt,
        "files": [asdict(file) for file in files],
    }
    return json.dumps(manifest, indent=2) + "\n"
