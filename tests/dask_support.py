"""Fixtures of the Dask tests: local clusters, an S3 server (moto) on 127.0.0.1, and DuckDB
comparisons of shards against a local export."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests_support import free_port

from seeder.config import RunConfig, build_run_config
from seeder.domain import TABLES
from seeder.pipeline.run import export_files

BUCKET = "seeder-test"
S3_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}
# 12,000 tickets are 3 ticket chunks; one chunk a range makes 3 ticket ranges, so ranges are
# drawn, counted and delivered out of order on two workers.
DASK_TICKETS = 12_000


def dask_config(**overrides: Any) -> RunConfig:
    return build_run_config(**{"tickets": DASK_TICKETS, "seed": 21, **overrides})


@pytest.fixture(scope="module")
def dask_threads_released() -> Iterator[None]:
    """After a module that ran Dask in this process, stop the thread Dask leaves behind (its
    offload executor, made at first use and kept for the process's life): the tests of the
    --jobs workers need this process to run one thread (they fork only then)."""
    yield
    from seeder.distributed.cluster import stop_offload_thread

    stop_offload_thread()


@pytest.fixture(scope="module")
def dask_scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[int], str]]:
    """dask_scheduler(workers) -> the address of a local cluster of that many processes
    (started on first use, one per size, shut down at the end of the module: its worker
    processes are this process's children, which other tests count). Its scratch space is
    the test's, not Dask's default (dask-scratch-space in $TMPDIR, left behind)."""
    import dask
    from dask.distributed import LocalCluster

    clusters: dict[int, Any] = {}
    scratch = str(tmp_path_factory.mktemp("dask-scratch"))

    def address(workers: int) -> str:
        if workers not in clusters:
            with dask.config.set({"temporary-directory": scratch}):
                clusters[workers] = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: 8787 may be taken
                    silence_logs=logging.ERROR,
                    local_directory=scratch,
                )
        return str(clusters[workers].scheduler_address)

    yield address
    for cluster in clusters.values():
        cluster.close()


@pytest.fixture(scope="session")
def local_parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`seed export --format parquet` of dask_config(), the reference for every shard test."""
    out = tmp_path_factory.mktemp("reference") / "parquet"
    export_files(dask_config(), out, fmt="parquet")
    return out


@pytest.fixture(scope="session")
def local_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reference") / "csv"
    export_files(dask_config(), out, fmt="csv")
    return out


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """moto's S3 server on a free port of 127.0.0.1, with a bucket BUCKET (moto keeps one
    store per process: each test writes under a prefix of its own); the AWS variables point
    every client started from now on (a local cluster's workers included) at it."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    try:
        with pytest.MonkeyPatch.context() as patch:
            for name, value in {**S3_ENV, "AWS_ENDPOINT_URL": endpoint}.items():
                patch.setenv(name, value)
            _make_bucket()
            yield endpoint
    finally:
        _stop_fsspec_io()
        server.stop()


def _make_bucket() -> None:
    """BUCKET, unless moto's store (which outlives a server in this process) has it. The file
    system is a local here, not of the fixture's frame, so that _stop_fsspec_io can close its
    HTTP session: one left for the interpreter's exit prints "Unclosed client session"."""
    fs = s3_filesystem()
    if not fs.exists(BUCKET):
        fs.mkdir(BUCKET)


def s3_filesystem() -> Any:
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()  # a cached one may hold an older server's port
    return s3fs.S3FileSystem()


def _stop_fsspec_io() -> None:
    """Stop the event loop thread (and its executor's) fsspec starts for s3fs in this process:
    the tests of the --jobs workers need this process to run one thread."""
    import asyncio
    import gc

    import fsspec.asyn
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    gc.collect()  # the file systems' finalizers close their HTTP sessions on the loop
    loop, thread = fsspec.asyn.loop[0], fsspec.asyn.iothread[0]
    if loop is None or thread is None:
        return
    asyncio.run_coroutine_threadsafe(loop.shutdown_default_executor(), loop).result()
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()
    fsspec.asyn.loop[0] = fsspec.asyn.iothread[0] = None


def assert_same_rows(con: Any, local: Callable[[str], str], shards: Callable[[str], str]) -> None:
    """Every table holds the same rows (as a multiset) in the shards as in the local export;
    `local(table)` and `shards(table)` are DuckDB table expressions."""
    for table in TABLES:
        counts = [
            con.execute(f"SELECT count(*) FROM {read(table)}").fetchone()[0]
            for read in (local, shards)
        ]
        assert counts[0] == counts[1] > 0, (table, counts)
        for first, second in ((local, shards), (shards, local)):
            query = f"SELECT count(*) FROM (FROM {first(table)} EXCEPT ALL FROM {second(table)})"
            assert con.execute(query).fetchone() == (0,), table
