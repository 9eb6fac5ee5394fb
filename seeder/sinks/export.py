"""CSV and Parquet exports: one file per table, in a folder that appears complete or not at all.

CSV files keep the original dataset's file and column names (booleans as 0/1), with our added
columns at the end, so users of the original CSVs can switch. Parquet files carry real types
for DuckDB, pandas and Polars. A manifest (seeder-export.json) names the files, the format and
the seeder version. `force` replaces a folder only if every entry in it is one of these.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

import numpy as np

from seeder import __version__
from seeder.config import RunConfig
from seeder.domain import TABLES
from seeder.encode.blocks import Block, Column, Kind, text_values
from seeder.encode.text import csv_header, encode_csv
from seeder.generate.plan import build_plan
from seeder.generate.produce import estimate_rows, generate_blocks, iter_batches
from seeder.sinks.atomic import Ownership, atomic_directory

ExportFormat = Literal["csv", "parquet"]
ProgressCallback = Callable[[str, int, int], None]

# The original dataset's file names.
CSV_FILE_NAMES = {table: f"{table}_table.csv" for table in TABLES}
PARQUET_FILE_NAMES = {table: f"{table}.parquet" for table in TABLES}
MANIFEST_NAME = "seeder-export.json"
_EXPORT_NAMES = frozenset([*CSV_FILE_NAMES.values(), *PARQUET_FILE_NAMES.values(), MANIFEST_NAME])


def is_export_file(entry: Path) -> bool:
    """True for a regular file named as an export names its files (what --force may replace)."""
    return entry.name in _EXPORT_NAMES and entry.is_file() and not entry.is_symlink()


EXPORT_OWNERSHIP = Ownership("seed export", is_export_file)


@dataclass
class ExportSummary:
    """What an export wrote: rows per table, the files, seconds."""

    directory: Path
    rows: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


def _arrow_type(column: Column) -> Any:
    import pyarrow as pa

    return {
        Kind.INT: pa.int64(),
        Kind.TEXT: pa.string(),
        Kind.BOOL: pa.bool_(),
        Kind.TIMESTAMP: pa.timestamp("s"),
        Kind.DATE: pa.date32(),
        Kind.DEC1: pa.decimal128(12, 1),
        Kind.DEC2: pa.decimal128(12, 2),
    }[column.kind]


def _arrow_array(column: Column) -> Any:
    import pyarrow as pa

    mask = column.nulls
    values = column.values
    kind = column.kind
    if kind is Kind.TEXT:
        return pa.array(text_values(column).astype(object), type=pa.string(), mask=mask)
    if kind in (Kind.DEC1, Kind.DEC2):
        # Scaled integers are the decimals' unscaled values: 128-bit little-endian words
        # built directly, so no value ever passes through a float.
        unscaled = values.astype(np.int64)
        words = np.empty((len(unscaled), 2), dtype="<i8")
        words[:, 0] = unscaled
        words[:, 1] = unscaled >> 63
        validity = None if mask is None else pa.array(~mask).buffers()[1]
        return pa.Array.from_buffers(
            _arrow_type(column), len(unscaled), [validity, pa.py_buffer(words.tobytes())]
        )
    if kind is Kind.TIMESTAMP:
        return pa.array(values.astype("datetime64[s]"), type=pa.timestamp("s"), mask=mask)
    if kind is Kind.DATE:
        return pa.array(values.astype("datetime64[D]"), type=pa.date32(), mask=mask)
    return pa.array(values, type=_arrow_type(column), mask=mask)


class _ParquetTables:
    """One ParquetWriter per table, opened on its first block; a row group per block."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._writers: dict[str, Any] = {}

    def write(self, block: Block) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([pa.field(c.name, _arrow_type(c), nullable=True) for c in block.columns])
        table = pa.Table.from_arrays([_arrow_array(c) for c in block.columns], schema=schema)
        writer = self._writers.get(block.table)
        if writer is None:
            path = self._directory / PARQUET_FILE_NAMES[block.table]
            writer = pq.ParquetWriter(path, schema, compression="zstd")
            self._writers[block.table] = writer
        writer.write_table(table)

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()


def export_files(
    config: RunConfig,
    directory: Path,
    *,
    fmt: ExportFormat = "csv",
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> ExportSummary:
    """Write every table of `config`'s dataset as CSV or Parquet files into `directory`."""
    started = time.perf_counter()
    plan = build_plan(config)
    expected = estimate_rows(plan).rows
    summary = ExportSummary(directory=directory, rows=dict.fromkeys(TABLES, 0))
    with atomic_directory(directory, force=force, ownership=EXPORT_OWNERSHIP) as temp:
        handles: dict[str, BinaryIO] = {}
        parquet = _ParquetTables(temp) if fmt == "parquet" else None
        try:
            for block in generate_blocks(plan):
                if fmt == "csv":
                    handle = handles.get(block.table)
                    if handle is None:
                        handle = (temp / CSV_FILE_NAMES[block.table]).open("wb")
                        handle.write(csv_header(block))
                        handles[block.table] = handle
                    for batch in iter_batches(block, config.batch_rows):
                        handle.write(encode_csv(batch))
                else:
                    assert parquet is not None
                    parquet.write(block)
                summary.rows[block.table] += block.rows
                if progress is not None:
                    done = summary.rows[block.table]
                    progress(block.table, done, max(expected[block.table], done))
        finally:
            for handle in handles.values():
                handle.close()
            if parquet is not None:
                parquet.close()
        summary.files = {p.stem.removesuffix("_table"): p.name for p in sorted(temp.iterdir())}
        (temp / MANIFEST_NAME).write_text(_manifest(fmt, summary.files), encoding="utf-8")
    summary.timings["total"] = time.perf_counter() - started
    return summary


def _manifest(fmt: ExportFormat, files: dict[str, str]) -> str:
    """The folder's manifest: what wrote it and which files (no clock: same run, same bytes)."""
    manifest = {
        "written_by": "seed export",
        "seeder_version": __version__,
        "format": fmt,
        "files": sorted(files.values()),
    }
    return json.dumps(manifest, indent=2) + "\n"
