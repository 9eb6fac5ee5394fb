"""benchmarks/run.py runs end to end on a tiny size: every figure measured, nothing left behind.

No timing is asserted (speed lives in the benchmark's own report); this only proves the script
still works against the current library and cleans up its databases.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from tests_support import REPO_ROOT

from seeder.db.urls import libpq_conninfo

pytestmark = pytest.mark.slow

BENCHMARK = REPO_ROOT / "benchmarks" / "run.py"
DATABASE_PREFIX = "seeder_bench_"
FIGURES = {
    "rows",
    "copy_text_mb",
    "generate_seconds",
    "generate_rows_per_s",
    "generate_mb_per_s",
    "dump_seconds",
    "dump_mb",
    "dump_mb_per_s",
    "dump_peak_rss_mib",
    "dump_tree_rss_mib",
    "psql_load_seconds",
    "psql_load_rows_per_s",
    "server_copy_seconds",
    "server_copy_rows_per_s",
    "seed_seconds",
    "seed_rows_per_s",
    "seed_peak_rss_mib",
    "seed_tree_rss_mib",
    "insert_tickets",
    "insert_rows",
    "insert_seconds",
    "insert_statements_seconds",
    "insert_rows_per_s",
    "insert_estimated_seconds",
    "seed_over_psql",
    "psql_over_dump",
    "insert_over_seed_seconds",
    "seed_over_server_copy",
    "server_copy_deferred_seconds",
    "server_copy_deferred_rows_per_s",
    "server_copy_deferred_ddl_seconds",
    "server_copy_in_place_over_deferred",
    "seed_over_server_copy_deferred",
    "ticket_chunks",
}
# A server that cannot read the client's /tmp (a container) skips the server-side COPY.
SERVER_COPY_FIGURES = {
    "server_copy_seconds",
    "server_copy_rows_per_s",
    "seed_over_server_copy",
    "server_copy_deferred_seconds",
    "server_copy_deferred_rows_per_s",
    "server_copy_deferred_ddl_seconds",
    "server_copy_in_place_over_deferred",
    "seed_over_server_copy_deferred",
}
TABLE_FIGURES = {"rows", "bytes", "generate_seconds", "encode_seconds"}
JOBS_FIGURES = {"jobs", "seconds", "rows_per_s", "mb_per_s", "speedup"}


def bench_databases(server_url: str, prefix: str = DATABASE_PREFIX) -> set[str]:
    with psycopg.connect(libpq_conninfo(server_url)) as conn:
        rows = conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix + "%"]
        ).fetchall()
    return {row[0] for row in rows}


@pytest.fixture
def tagged_env() -> tuple[dict[str, str], str]:
    """An environment whose benchmark names its databases with a tag of this test's own, and
    that prefix: another benchmark on the same server then cannot confuse the clean-up check."""
    tag = f"t{uuid.uuid4().hex[:8]}_"
    return {**os.environ, "SEEDER_BENCH_DATABASE_TAG": tag}, DATABASE_PREFIX + tag


def is_positive_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def run_benchmark(
    script: Path, args: list[str], env: dict[str, str], timeout: int
) -> subprocess.CompletedProcess[str]:
    """Run a benchmark script as a user would, its output captured."""
    return subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        env=env,
    )


def test_benchmark_measures_everything_and_cleans_up(
    server_url: str, tmp_path: Path, tagged_env: tuple[dict[str, str], str]
) -> None:
    env, prefix = tagged_env
    out = tmp_path / "bench.json"
    done = run_benchmark(
        BENCHMARK,
        [
            "--tickets",
            "300",
            "--insert-max-tickets",
            "300",
            "--database-url",
            server_url,
            "--json",
            str(out),
        ],
        env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "Targets" in done.stdout
    assert "Generation with --jobs N" in done.stdout
    assert "usable CPUs" in done.stdout

    report = json.loads(out.read_text())
    (size,) = report["sizes"]
    assert size["tickets"] == 300
    figures = size["figures"]
    expected = FIGURES - SERVER_COPY_FIGURES if "server_copy" in size["skipped"] else FIGURES
    assert set(figures) == expected
    assert not [k for k, v in figures.items() if not is_positive_number(v)], figures
    assert set(size["tables"]) == {
        "users",
        "customers",
        "scenario_events",
        "tickets",
        "interactions",
        "calls",
        "chats",
        "wfm",
    }
    for table, values in size["tables"].items():
        assert set(values) == TABLE_FIGURES, table
        assert all(is_positive_number(v) for v in values.values()), (table, values)
    assert figures["rows"] == sum(t["rows"] for t in size["tables"].values())
    assert figures["insert_rows"] == figures["rows"]
    assert figures["insert_statements_seconds"] < figures["insert_seconds"]
    assert [point["jobs"] for point in size["jobs"]] == [1, 2, 4]
    for point in size["jobs"]:
        assert set(point) == JOBS_FIGURES, point
        assert all(is_positive_number(v) for v in point.values()), point
    assert size["jobs"][0]["speedup"] == 1.0
    if "server_copy" not in size["skipped"]:
        assert "indexes and foreign keys in place vs deferred" in done.stdout
        assert figures["server_copy_in_place_over_deferred"] == pytest.approx(
            figures["server_copy_seconds"] / figures["server_copy_deferred_seconds"]
        )
    assert report["machine"]["cpu_count"] >= 1
    assert report["machine"]["usable_cpus"] >= 1
    assert report["machine"]["postgresql"].startswith("PostgreSQL")
    assert {t["name"].split(" (")[0] for t in report["targets"]} >= {
        "seed end to end / psql dump load",
        "psql dump load / seed dump",
        "INSERT loader seconds / seed seconds",
        "server COPY in place / deferred indexes+FKs",
    }

    created = set(report["databases"])
    assert created, "the benchmark should have used fresh databases"
    assert all(name.startswith(prefix) for name in created)
    left = bench_databases(server_url, prefix)
    assert left == set(), f"left behind: {left}"


PARALLEL_LOAD = REPO_ROOT / "benchmarks" / "parallel_load.py"


def test_parallel_load_benchmark_compares_every_path_on_the_same_rows(
    server_url: str, tmp_path: Path, tagged_env: tuple[dict[str, str], str]
) -> None:
    env, prefix = tagged_env
    out = tmp_path / "parallel.json"
    done = run_benchmark(
        PARALLEL_LOAD,
        [
            "--tickets",
            "300",
            "--connections-list",
            "1,2",
            "--database-url",
            server_url,
            "--json",
            str(out),
        ],
        env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    assert set(report["timings"]) == {
        "psql -f",
        "pg_restore -j 2",
        "seed (default 1)",
        "seed --connections 1",
        "seed --connections 2",
    }
    assert report["targets"]["same rows in every database"]["passed"] is True
    assert all(is_positive_number(t["rows_per_s"]) for t in report["timings"].values())
    for figures in report["timings"].values():  # the floor: CPU seconds over the usable CPUs
        server = figures["server_cpu_seconds"]
        if server is None:  # a server elsewhere: no floor can be given
            assert figures["cpu_floor_seconds"] is None and figures["cpus_busy"] is None
            continue
        spent = figures["client_cpu_seconds"] + server
        cpus = report["machine"]["usable_cpus"]
        assert figures["cpu_floor_seconds"] == pytest.approx(spent / cpus)
        assert figures["cpus_busy"] == pytest.approx(spent / figures["seconds"])
    for name, figures in report["timings"].items():
        # Sampled by process depth, never above the tree's measured whole (/proc counts in
        # clock ticks: 10 ms a process).
        by_depth = figures["cpu_by_depth"]
        assert all(seconds >= 0 for seconds in by_depth), name
        assert sum(by_depth) <= figures["client_cpu_seconds"] + 0.05, name
        if name.startswith("seed"):  # the load, and the child it forked to generate the rows
            assert len(by_depth) >= 2 and by_depth[1] > 0, name
    assert bench_databases(server_url, prefix) == set()


DDL_REPLAY = REPO_ROOT / "benchmarks" / "ddl_replay.py"


def test_ddl_replay_times_every_statement_and_replays_the_schedule(
    server_url: str, tagged_env: tuple[dict[str, str], str]
) -> None:
    env, prefix = tagged_env
    done = run_benchmark(
        DDL_REPLAY,
        ["--tickets", "300", "--connections-list", "1,3", "--database-url", server_url],
        env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("60 statements")  # keys twice, foreign keys twice, 8 ANALYZE
    one, three = (line.split() for line in lines[-2:])
    assert one[0] == "1" and one[1] == one[2] and one[3] == "100%"  # alone: all the work
    assert three[0] == "3" and float(three[1]) < float(one[1])
    assert bench_databases(server_url, prefix) == set()
