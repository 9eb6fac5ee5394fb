"""CSV and Parquet exports: one file per table, in a folder that appears complete or not at all.

CSV files keep the original dataset's file and column names (booleans as 0/1), with our added
columns at the end, so users of the original CSVs can switch. Parquet files carry real types
for DuckDB, pandas and Polars. A manifest (seeder-export.json) names the files, the format and
the seeder version. `force` replaces a folder only if every entry in it is one of these, or
of the shards `seed export --dask` writes (seeder.sinks.shards).
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO, Literal

from seeder.config import RunConfig
from seeder.domain import TABLES
from seeder.encode import Encoding
from seeder.encode.copy_format import EncodedBlock
from seeder.sinks.atomic import Ownership, atomic_directory
from seeder.sinks.base import PhaseCallback, RunSummary
from seeder.sinks.shards import is_shard_name
from seeder.version import __version__

ExportFormat = Literal["csv", "parquet"]
# A Parquet row group is one block, whatever the batch size: one batch holds the whole block.
_WHOLE_BLOCK = 1 << 62

# The original dataset's file names.
CSV_FILE_NAMES = {table: f"{table}_table.csv" for table in TABLES}
PARQUET_FILE_NAMES = {table: f"{table}.parquet" for table in TABLES}
MANIFEST_NAME = "seeder-export.json"
_EXPORT_NAMES = frozenset([*CSV_FILE_NAMES.values(), *PARQUET_FILE_NAMES.values(), MANIFEST_NAME])


def is_export_name(name: str) -> bool:
    """True for a name an export gives its files: a table's file, a shard or the manifest."""
    return name in _EXPORT_NAMES or is_shard_name(name)


def is_export_file(entry: Path) -> bool:
    """True for a regular file named as an export names its files (what --force may replace)."""
    return is_export_name(entry.name) and entry.is_file() and not entry.is_symlink()


EXPORT_OWNERSHIP = Ownership("seed export", is_export_file)


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
        self._csv: dict[str, BinaryIO] = {}
        self._parquet: dict[str, Any] = {}

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

    def _csv_file(self, block: EncodedBlock) -> BinaryIO:
        assert self._temp is not None
        out = self._csv.get(block.table)
        if out is None:
            out = self._files.enter_context((self._temp / CSV_FILE_NAMES[block.table]).open("wb"))
            out.write((",".join(block.columns) + "\n").encode("utf-8"))
            self._csv[block.table] = out
        return out

    def _parquet_writer(self, table: str, schema: Any) -> Any:
        import pyarrow.parquet as pq

        assert self._temp is not None
        writer = self._parquet.get(table)
        if writer is None:
            path = self._temp / PARQUET_FILE_NAMES[table]
            writer = self._files.enter_context(pq.ParquetWriter(path, schema, compression="zstd"))
            self._parquet[table] = writer
        return writer

    def commit(self, summary: RunSummary, phase: PhaseCallback | None = None) -> None:
        assert self._temp is not None
        self._files.close()
        files = sorted(p.name for p in self._temp.iterdir())
        (self._temp / MANIFEST_NAME).write_text(_manifest(self._fmt, files), encoding="utf-8")
        self._folder.close()  # swaps the folder into place

    def abort(self, error: BaseException) -> None:
        self._files.close()
        self._folder.__exit__(type(error), error, error.__traceback__)


def _manifest(fmt: ExportFormat, files: list[str]) -> str:
    """The folder's manifest: what wrote it and which files (no clock: same run, same bytes)."""
    manifest = {
        "written_by": "seed export",
        "seeder_version": __version__,
        "format": fmt,
        "files": files,
    }
    return json.dumps(manifest, indent=2) + "\n"
