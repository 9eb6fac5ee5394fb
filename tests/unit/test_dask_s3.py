"""`seed export --dask` to S3 (moto's server on 127.0.0.1, through s3fs).

DuckDB reads S3 through its httpfs extension, which it downloads on first use: these machines
have no network, so the shards are read back through s3fs and pyarrow, and DuckDB compares
them, as Arrow tables, with a local export's files.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest
from dask_support import BUCKET, assert_same_rows, dask_config, s3_filesystem

from seeder.distributed.export import export_with_dask
from seeder.encode.blocks import Block, Column, Kind
from seeder.errors import OutputPathError
from seeder.sinks.export_files import MANIFEST_NAME
from seeder.sinks.shard_output import shard_output
from seeder.sinks.shards import ShardWriter

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("dask_threads_released")]


def _read_shards(fs: Any, prefix: str, table: str) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = sorted(fs.glob(f"{prefix}/{table}-*.parquet"))
    assert names, table
    return pa.concat_tables(pq.read_table(fs.open(name, "rb")) for name in names)


def test_shards_on_s3_hold_the_rows_of_a_local_export(
    s3_endpoint: str, local_parquet: Path
) -> None:
    prefix = f"{BUCKET}/run"
    # No address: a local cluster of two workers, started with the AWS variables set.
    export_with_dask(replace(dask_config(), jobs=2), f"s3://{prefix}", fmt="parquet")
    fs = s3_filesystem()
    manifest = json.loads(fs.cat_file(f"{prefix}/{MANIFEST_NAME}"))
    for shard in manifest["shards"]:
        data = fs.cat_file(f"{prefix}/{shard['file']}")
        assert hashlib.sha256(data).hexdigest() == shard["sha256"]
    con = duckdb.connect()
    for table in manifest["rows"]:
        con.register(f"s3_{table}", _read_shards(fs, prefix, table))
    assert_same_rows(
        con,
        lambda table: f"read_parquet('{local_parquet}/{table}.parquet')",
        lambda table: f"s3_{table}",
    )


def test_an_s3_prefix_is_replaced_only_with_force_and_only_when_ours(s3_endpoint: str) -> None:
    fs = s3_filesystem()
    url = f"s3://{BUCKET}/forced"
    config = replace(dask_config(tickets=500), jobs=1)
    export_with_dask(config, url, fmt="csv")
    with pytest.raises(OutputPathError, match="pass --force"):
        export_with_dask(config, url, fmt="parquet")
    export_with_dask(config, url, fmt="parquet", force=True)
    names = {name.rsplit("/", 1)[-1] for name in fs.ls(f"{BUCKET}/forced", refresh=True)}
    assert MANIFEST_NAME in names and not [n for n in names if n.endswith(".csv")]
    fs.pipe_file(f"{BUCKET}/forced/notes.txt", b"mine")
    with pytest.raises(OutputPathError, match=r"notes\.txt"):
        export_with_dask(config, url, fmt="parquet", force=True)
    assert fs.cat_file(f"{BUCKET}/forced/notes.txt") == b"mine"
    assert fs.exists(f"{BUCKET}/forced/{MANIFEST_NAME}")  # refused before anything changed


def test_a_failed_s3_export_leaves_neither_manifest_nor_shards(s3_endpoint: str) -> None:
    url = f"s3://{BUCKET}/failed"
    block = Block("users", (Column("user_id", Kind.INT, np.arange(3, dtype=np.int64)),))
    with pytest.raises(RuntimeError, match="worker lost"), shard_output(url, force=False) as out:
        ShardWriter(out.base_url, "parquet")("users", (0, 0), [block])
        assert s3_filesystem().exists(f"{BUCKET}/failed/users-000000-000000.parquet")
        raise RuntimeError("worker lost")
    assert s3_filesystem().glob(f"{BUCKET}/failed/*") == []
