"""`seed export --dask` to a local folder: the shards hold a local export's rows, whatever the
number of workers; the manifest lists each shard's rows and hash; --force replaces only ours."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dask_support import assert_same_rows, dask_config
from process_tree_support import wait_until
from tests_support import run_python

from seeder.distributed import ranges
from seeder.distributed.export import export_with_dask
from seeder.domain import TABLES
from seeder.errors import OutputPathError
from seeder.generate import plan as plan_module
from seeder.pipeline.run import export_files
from seeder.sinks.export_files import MANIFEST_NAME
from seeder.sinks.shards import SHARD_NAME

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("dask_threads_released")]


@pytest.fixture(autouse=True)
def _one_chunk_a_range(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ranges of one chunk, so a small run has several per table (the client cuts them)."""
    monkeypatch.setattr(ranges, "CHUNKS_PER_RANGE", 1)


@pytest.mark.parametrize("workers", [1, 2])
def test_parquet_shards_hold_the_rows_of_a_local_export(
    workers: int, dask_scheduler: Callable[[int], str], local_parquet: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shards"
    summary = export_with_dask(
        dask_config(), str(out), fmt="parquet", address=dask_scheduler(workers)
    )
    assert len(list(out.glob("tickets-*.parquet"))) == 3
    assert_same_rows(
        duckdb.connect(),
        lambda table: f"read_parquet('{local_parquet}/{table}.parquet')",
        lambda table: f"read_parquet('{out}/{table}-*.parquet')",
    )
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    assert manifest["rows"] == summary.rows


def test_wfm_ranges_go_out_a_window_at_a_time_and_hold_the_local_rows(
    dask_scheduler: Callable[[int], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One agent a WFM chunk: six WFM ranges, more than one worker's window of two, so most
    # are sent as earlier ones come back (the client never holds every range's agent time).
    monkeypatch.setattr(plan_module, "AGENTS_PER_WFM_CHUNK", 1)
    config = dask_config()
    assert len(plan_module.build_plan(config).wfm_chunks()) == 6
    local, out = tmp_path / "local", tmp_path / "shards"
    export_files(config, local, fmt="parquet")
    export_with_dask(config, str(out), fmt="parquet", address=dask_scheduler(1))
    assert len(list(out.glob("wfm-*.parquet"))) == 6
    assert_same_rows(
        duckdb.connect(),
        lambda table: f"read_parquet('{local}/{table}.parquet')",
        lambda table: f"read_parquet('{out}/{table}-*.parquet')",
    )


def test_manifest_lists_every_shard_with_its_hash_and_is_the_same_on_any_cluster(
    dask_scheduler: Callable[[int], str], tmp_path: Path
) -> None:
    config = dask_config()
    written = {}
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        export_with_dask(config, str(out), fmt="parquet", address=dask_scheduler(workers))
        written[workers] = (out / MANIFEST_NAME).read_text()
    # The same run gives the same shards, byte for byte, on one worker or two.
    assert written[1] == written[2]
    manifest = json.loads(written[2])
    out = tmp_path / "w2"
    listed = {shard["file"] for shard in manifest["shards"]}
    assert listed == {p.name for p in out.iterdir()} - {MANIFEST_NAME}
    con = duckdb.connect()
    for shard in manifest["shards"]:
        data = (out / shard["file"]).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (shard["bytes"], shard["sha256"])
        rows = con.execute(f"SELECT count(*) FROM '{out / shard['file']}'").fetchone()
        assert rows == (shard["rows"],)
        match = SHARD_NAME.fullmatch(shard["file"])
        assert match is not None and match["table"] == shard["table"]
    assert [s["table"] for s in manifest["shards"]] == sorted(
        (s["table"] for s in manifest["shards"]), key=TABLES.index
    )
    assert manifest["config"]["seed"] == 21 and manifest["config"]["tickets"] == config.tickets
    assert len(manifest["config"]["params_sha256"]) == 64


def test_csv_shards_hold_the_rows_of_a_local_csv_export(
    dask_scheduler: Callable[[int], str], local_csv: Path, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    export_with_dask(dask_config(), str(out), fmt="csv", address=dask_scheduler(2))
    options = "header = true, all_varchar = true"
    assert_same_rows(
        duckdb.connect(),
        lambda table: f"read_csv('{local_csv}/{table}_table.csv', {options})",
        lambda table: f"read_csv('{out}/{table}-*.csv', {options})",
    )


def test_force_replaces_an_export_and_nothing_else(
    dask_scheduler: Callable[[int], str], local_parquet: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    config, address = dask_config(), dask_scheduler(2)
    export_with_dask(config, str(out), fmt="csv", address=address)
    with pytest.raises(OutputPathError, match="already exists: pass --force"):
        export_with_dask(config, str(out), fmt="parquet", address=address)
    export_with_dask(config, str(out), fmt="parquet", force=True, address=address)
    assert not list(out.glob("*.csv"))  # the old shards went with the old export
    (out / "notes.txt").write_text("mine")
    with pytest.raises(OutputPathError, match=r"notes\.txt"):
        export_with_dask(config, str(out), fmt="parquet", force=True, address=address)
    assert (out / "notes.txt").read_text() == "mine"


def _cluster(scratch: Path, **settings: Any) -> Any:
    """A local cluster of one worker, started with these Dask settings and this environment
    (its scratch space in `scratch`, not Dask's default left in $TMPDIR)."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({**settings, "temporary-directory": str(scratch)}):
        return LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=1,
            threads_per_worker=1,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
            local_directory=str(scratch),
        )


def test_workers_started_without_our_settings_get_a_notice_and_are_left_as_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dask.distributed import Client

    from seeder.distributed.cluster import dask_client

    heard: list[str] = []
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)  # the workers inherit this
    with _cluster(
        tmp_path / "dask"
    ) as plain:  # Dask's defaults: the profiler runs (a Nanny sets OpenBLAS's)
        export_with_dask(
            dask_config(),
            str(tmp_path / "a"),
            address=plain.scheduler_address,
            on_notice=heard.append,
        )
        with Client(plain) as client:  # type: ignore[no-untyped-call]
            assert set(client.run(_profiling).values()) == {True}
    assert len(heard) == 1
    assert heard[0].startswith(
        "set ARROW_DEFAULT_MEMORY_POOL=system DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False "
    )
    with dask_client(None, 1, heard.append):  # ours: started with them
        pass
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "system")
    with _cluster(
        tmp_path / "dask-quiet", **{"distributed.worker.profile.enabled": False}
    ) as quiet:
        export_with_dask(
            dask_config(),
            str(tmp_path / "b"),
            address=quiet.scheduler_address,
            on_notice=heard.append,
        )
    assert len(heard) == 1


def test_cli_starts_a_local_cluster_and_replaces_a_plain_export(run_seed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    base = ["export", "--tickets", "6000", "--format", "parquet", "-o", str(out)]
    assert run_seed(*base).code == 0
    scratch = tmp_path / "tmp"  # the local cluster's temporary directory: left empty
    scratch.mkdir()
    result = run_seed(*base, "--dask", "--jobs", "2", "--force", env={"TMPDIR": str(scratch)})
    assert result.code == 0, result.stderr
    assert f"wrote {out} (" in result.stdout
    assert list(scratch.iterdir()) == []
    names = {p.name for p in out.iterdir()}
    assert MANIFEST_NAME in names and "tickets.parquet" not in names
    assert all(SHARD_NAME.fullmatch(name) for name in names - {MANIFEST_NAME})


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


@pytest.mark.parametrize(
    ("url", "code", "said"),
    [
        pytest.param(
            "gs://bucket/out",
            2,
            "'gs://bucket/out': Please install gcsfs",
            marks=pytest.mark.skipif(_has("gcsfs"), reason="gcsfs is installed here"),
        ),
        ("nosuch://bucket/out", 2, "'nosuch://bucket/out': fsspec knows no protocol 'nosuch'"),
        ("ftp://127.0.0.1:1/out", 1, "cannot reach 'ftp://127.0.0.1:1/out': "),
    ],
    ids=["package-missing", "unknown-protocol", "unreachable"],
)
def test_cli_refuses_an_output_url_it_cannot_write_before_starting_a_cluster(
    run_seed, tmp_path: Path, url: str, code: int, said: str
) -> None:
    result = run_seed(
        "export", "--tickets", "200", "--dask", "--jobs", "1", "-o", url,
        env={"TMPDIR": str(tmp_path)},
    )  # fmt: skip
    assert result.code == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"seed: error: {said}"), result.stderr
    assert "unexpected" not in result.stderr
    assert list(tmp_path.iterdir()) == [], "no cluster was started"


def test_cli_tells_about_a_profiling_cluster_unless_quiet(
    run_seed, dask_scheduler: Callable[[int], str], tmp_path: Path
) -> None:
    base = ["export", "--tickets", "2000", "--dask", dask_scheduler(1)]
    told = run_seed(*base, "-o", str(tmp_path / "a"))
    assert told.code == 0, told.stderr
    assert told.stderr.count("DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False where") == 1
    quiet = run_seed(*base, "-o", str(tmp_path / "b"), "--quiet")
    assert quiet.code == 0 and quiet.stderr == ""


def test_a_worker_killed_mid_run_changes_no_row(
    dask_scheduler: Callable[[int], str], tmp_path: Path
) -> None:
    """Dask recomputes what the dead worker held and retries its tasks; a retried task
    rewrites its own shard, so the export still holds exactly the local export's rows."""
    from dask.distributed import Client

    config, address = dask_config(tickets=60_000), dask_scheduler(2)
    reference = tmp_path / "reference"
    export_files(config, reference, fmt="parquet")
    with Client(address) as client:
        victim = next(iter(client.run(os.getpid).values()))
    out = tmp_path / "shards"
    outcome: dict[str, Any] = {}

    def export() -> None:
        try:
            outcome["summary"] = export_with_dask(config, str(out), fmt="parquet", address=address)
        except BaseException as error:
            outcome["error"] = error

    runner = threading.Thread(target=export)
    runner.start()
    wait_until(lambda: _a_ticket_shard_in(tmp_path, "shards"), "a first ticket shard")
    assert runner.is_alive(), "the export ended before a worker could be killed"
    os.kill(victim, signal.SIGKILL)
    runner.join()
    assert "error" not in outcome, outcome
    assert_same_rows(
        duckdb.connect(),
        lambda table: f"read_parquet('{reference}/{table}.parquet')",
        lambda table: f"read_parquet('{out}/{table}-*.parquet')",
    )


@pytest.mark.parametrize("when", ["workers starting", "shards written"])
def test_ctrl_c_during_a_local_cluster_run_says_one_line(tmp_path: Path, when: str) -> None:
    """A terminal sends Ctrl-C to the whole process group, the local cluster's workers too:
    the client stops the run and closes the cluster, and no worker prints its traceback,
    also while the workers are still starting (importing, before any preload of ours)."""
    import subprocess
    import sys

    out, scratch = tmp_path / "out", tmp_path / "tmp"
    scratch.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "seeder", "export", "--dask", "--jobs", "2", "--tickets",
         "2000000", "--quiet", "-o", str(out)],
        stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env={**os.environ, "TMPDIR": str(scratch)}, start_new_session=True,
    )  # fmt: skip
    try:
        if when == "workers starting":
            wait_until(lambda: any(scratch.iterdir()), "the run's scratch folder")
            time.sleep(0.3)  # the cluster is being made: its workers spawn and import
        else:
            wait_until(lambda: _a_ticket_shard_in(tmp_path, "out"), "a first ticket shard")
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert stderr.strip() == "seed: interrupted: nothing was written"
    assert list(tmp_path.iterdir()) == [scratch] and list(scratch.iterdir()) == []


def _a_ticket_shard_in(folder: Path, name: str) -> bool:
    """Whether the export to `folder / name` has written a ticket shard in its temporary.
    The temporary is made as `.NAME.*.new` and renamed `.partial` before any shard, so only
    the `.partial` name is looked into (a glob can list the `.new` and lose it to the rename)."""
    return any(folder.glob(f".{name}.*.partial/tickets-*"))


# In a fresh interpreter: a run on a local cluster of its own, then the threads left.
THREADS_AFTER_A_DASK_RUN = """
import sys, threading
from seeder.config import build_run_config
from seeder.distributed.export import export_with_dask
from seeder.pipeline.child import can_fork_producer
export_with_dask(build_run_config(tickets=2_000, seed=3, jobs=1), sys.argv[1])
print(",".join(thread.name for thread in threading.enumerate()), can_fork_producer())
"""


def test_a_process_that_ran_a_dask_export_is_left_with_one_thread(tmp_path: Path) -> None:
    # Dask keeps a thread for the process's life once used; a later --jobs run in the same
    # process forks its workers only from one thread.
    out = run_python(THREADS_AFTER_A_DASK_RUN, str(tmp_path / "out"))
    threads, can_fork = out.stdout.split()
    assert (threads, can_fork) == ("MainThread", "True")
    assert (tmp_path / "out" / MANIFEST_NAME).is_file()


def _log_length() -> int:
    import dask
    import distributed  # noqa: F401  (registers its settings' defaults)

    return int(dask.config.get("distributed.admin.log-length"))


def _reported_level() -> int:
    return logging.getLogger("distributed.worker").getEffectiveLevel()


def _profiling(dask_worker: Any) -> bool:
    return "profile" in dask_worker.periodic_callbacks


def _profiler_setting() -> bool:
    import dask

    return bool(dask.config.get("distributed.worker.profile.enabled"))


def test_a_local_cluster_keeps_short_logs_no_profiler_and_leaves_the_callers_settings() -> None:
    from seeder.distributed.cluster import dask_client

    before = _log_length()
    with dask_client(None, 1) as client:
        scheduler = client.cluster.scheduler
        assert scheduler.transition_log.maxlen <= 100
        assert set(client.run(_log_length).values()) == {200}
        assert client.run_on_scheduler(_log_length) == 200
        assert set(client.run(_profiling).values()) == {False}
        # A worker that loses the scheduler as the cluster closes logs its heartbeat error:
        # noise under a run that succeeded (seen with --jobs 40 on 2 CPUs).
        assert set(client.run(_reported_level).values()) == {logging.CRITICAL}
    assert _log_length() == before > 200
    assert _profiler_setting()
