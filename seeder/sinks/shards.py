"""Shards: one file per table and chunk range, written where any fsspec URL points.

`seed export --dask` has each Dask worker write the tables of the chunk ranges it generates,
straight to the output (a local or shared folder, s3://, gs://, ...). A shard's name is fixed
by its table and chunk range (`tickets-000004-000005.parquet`), so a retried task overwrites
the same file, and the same run writes the same bytes whatever the number of workers. A
manifest lists every shard with its rows and the sha256 of its bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from typing import Any, Literal

from seeder.config import RunConfig
from seeder.domain import TABLES
from seeder.encode.blocks import Block
from seeder.sinks.export_files import HashingWriter
from seeder.version import __version__

ShardFormat = Literal["csv", "parquet"]
# A Parquet row group is a block (as in `seed export`) up to this many rows, else equal parts
# of it. At 10M tickets a day's interactions are one block of 82,000 rows, 21 MiB as Arrow
# strings, and converting it whole took a Dask worker 30 MiB past what it holds.
ROW_GROUP_ROWS = 32_768
CHUNK_DIGITS = 6
SHARD_NAME = re.compile(
    rf"(?P<table>{'|'.join(TABLES)})-(?P<first>\d{{{CHUNK_DIGITS}}})-(?P<last>\d{{{CHUNK_DIGITS}}})"
    r"\.(?P<ext>csv|parquet)"
)


def shard_name(table: str, first: int, last: int, fmt: ShardFormat) -> str:
    """The file of `table`'s rows from chunks [first, last]; names sort in load order."""
    return f"{table}-{first:0{CHUNK_DIGITS}d}-{last:0{CHUNK_DIGITS}d}.{fmt}"


def is_shard_name(name: str) -> bool:
    return SHARD_NAME.fullmatch(name) is not None


@dataclass(frozen=True)
class ShardRecord:
    """One written shard: its file (relative to the output), table, chunks, rows and hash."""

    file: str
    table: str
    chunks: tuple[int, int]
    rows: int
    bytes: int
    sha256: str


@dataclass(frozen=True)
class ShardWriter:
    """Writes a chunk range's blocks of one table as a shard under `base_url` (picklable: it
    travels to the workers, which write with their own credentials)."""

    base_url: str
    fmt: ShardFormat
    storage_options: dict[str, Any] = field(default_factory=dict)
    row_group_rows: int = ROW_GROUP_ROWS

    def __call__(self, table: str, chunks: tuple[int, int], blocks: Sequence[Block]) -> ShardRecord:
        import fsspec

        name = shard_name(table, *chunks, self.fmt)
        fs, path = fsspec.core.url_to_fs(join_url(self.base_url, name), **self.storage_options)
        with fs.open(path, "wb") as handle:
            out = HashingWriter(handle)
            _write_blocks(out, blocks, self.fmt, self.row_group_rows)
        rows = sum(block.rows for block in blocks)
        return ShardRecord(name, table, chunks, rows, out.size, out.digest.hexdigest())


def join_url(base: str, name: str) -> str:
    return f"{base.rstrip('/')}/{name}"


def _write_blocks(
    out: HashingWriter, blocks: Sequence[Block], fmt: ShardFormat, row_group_rows: int
) -> None:
    """A row group per block, or per equal part of a block past row_group_rows rows; or CSV
    with its header line."""
    if fmt == "csv":
        from seeder.encode.text import csv_header, encode_csv

        out.write(csv_header(blocks[0]))
        for block in blocks:
            if block.rows:
                out.write(encode_csv(block))
        return
    import pyarrow.parquet as pq

    from seeder.encode.parquet import arrow_table

    # One row group converted at a time: a range's text columns as Arrow strings at once
    # would double a worker's memory.
    groups = (group for block in blocks for group in row_groups(block, row_group_rows))
    first = arrow_table(next(groups))
    with pq.ParquetWriter(out, first.schema, compression="zstd") as writer:
        writer.write_table(first)
        del first
        for group in groups:
            writer.write_table(arrow_table(group))


def row_groups(block: Block, most_rows: int) -> list[Block]:
    """The block in equal parts of at most `most_rows` rows (one part when it is empty)."""
    parts = max(1, -(-block.rows // most_rows))
    bounds = [block.rows * part // parts for part in range(parts + 1)]
    return [block.slice(start, stop) for start, stop in pairwise(bounds)]


def manifest_json(config: RunConfig, fmt: ShardFormat, records: Sequence[ShardRecord]) -> str:
    """The manifest: what wrote the shards, the run's configuration, and every shard in load
    order. No clock and no worker names: the same run gives the same manifest."""
    from seeder.params import params_to_toml

    order = {table: position for position, table in enumerate(TABLES)}
    shards = sorted(records, key=lambda r: (order[r.table], r.chunks))
    manifest = {
        "written_by": "seed export --dask",
        "seeder_version": __version__,
        "format": fmt,
        "layout": "shards",
        "config": {
            "seed": config.seed,
            "tickets": config.tickets,
            "customers": config.customers,
            "agents": config.agents,
            "start": config.start.isoformat(),
            "end": config.end.isoformat(),
            "params_sha256": hashlib.sha256(params_to_toml(config.params).encode()).hexdigest(),
        },
        "rows": {table: sum(r.rows for r in shards if r.table == table) for table in TABLES},
        "shards": [asdict(record) for record in shards],
    }
    return json.dumps(manifest, indent=2) + "\n"
