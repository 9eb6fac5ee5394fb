"""Faults during a load: whatever happens, every table holds exactly what it held before.

Each fault hits the single-transaction load (--connections 1) and the staged load over
several connections (--connections 3), which leaves the target untouched until its swap.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from tests_support import database_name, table_fingerprints

BIG = "200000"  # large enough that the load is still streaming when the fault hits
CONNECTIONS = pytest.mark.parametrize("connections", ["1", "3"], ids=["one", "staged"])
STOPS = pytest.mark.parametrize(
    ("stop", "said"),
    [(signal.SIGINT, "interrupted"), (signal.SIGTERM, "stopped by SIGTERM")],
    ids=["Ctrl-C", "SIGTERM"],
)


def start_seed(url: str, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.Popen(
        [sys.executable, "-m", "seeder", "--database-url", url, "--quiet", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_copy(url: str, process: subprocess.Popen[str], timeout: float = 60) -> int:
    """Wait until the seed's backend is inside a COPY of a chunk's rows; return its pid.

    Any of the chunked tables: each of their COPY statements is short, and a poll every 50 ms
    could miss every one of the tickets' alone.
    """
    database = database_name(url)
    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            row = conn.execute(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = %s AND query ~ '^COPY (tickets|interactions|calls|chats) '",
                (database,),
            ).fetchone()
            if row:
                time.sleep(0.3)  # some rows are on their way
                return int(row[0])
            time.sleep(0.05)
    raise AssertionError("the load never reached COPY")


@pytest.fixture
def loaded_url(run_seed, fresh_database_url: str) -> str:
    """A database holding a small dataset that a failed --reset must leave intact."""
    assert run_seed("--size", "small", "--database-url", fresh_database_url, "--quiet").code == 0
    return fresh_database_url


def staging_schemas(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'seeder_staging'"
        ).fetchone()
    return int(row[0]) if row else -1


@pytest.mark.slow
@CONNECTIONS
def test_sigkill_mid_load_leaves_the_previous_data(loaded_url: str, connections: str) -> None:
    before = table_fingerprints(loaded_url)
    process = start_seed(loaded_url, "--tickets", BIG, "--reset", "--connections", connections)
    wait_for_copy(loaded_url, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    time.sleep(0.5)  # the server notices the dropped connection and rolls back
    assert table_fingerprints(loaded_url) == before


@pytest.mark.slow
@CONNECTIONS
def test_sigkill_on_an_empty_database_leaves_it_empty(
    fresh_database_url: str, connections: str
) -> None:
    process = start_seed(fresh_database_url, "--tickets", BIG, "--connections", connections)
    wait_for_copy(fresh_database_url, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    time.sleep(0.5)
    with psycopg.connect(fresh_database_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_name = 'tickets'"
        ).fetchone()
    assert tables == (0,), "the migration is part of the swap's transaction, which never ran"
    assert staging_schemas(fresh_database_url) == (1 if connections != "1" else 0)
    # The next run, on either path, removes what the killed one staged.
    again = start_seed(fresh_database_url, "--size", "small", "--connections", "1")
    assert again.wait(timeout=120) == 0, again.communicate()
    assert staging_schemas(fresh_database_url) == 0


@pytest.mark.slow
@CONNECTIONS
@STOPS
def test_an_interrupt_rolls_back_and_says_so(
    loaded_url: str, stop: signal.Signals, said: str, connections: str
) -> None:
    before = table_fingerprints(loaded_url)
    process = start_seed(loaded_url, "--tickets", BIG, "--reset", "--connections", connections)
    wait_for_copy(loaded_url, process)
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + stop
    assert stderr.strip() == f"seed: {said}: nothing was changed (the transaction was rolled back)"
    assert table_fingerprints(loaded_url) == before
    assert staging_schemas(loaded_url) == 0


@pytest.mark.slow
@CONNECTIONS
@STOPS
def test_a_signal_to_the_process_group_twice_still_cleans_up(
    loaded_url: str, stop: signal.Signals, said: str, connections: str, tmp_path: Path
) -> None:
    """Ctrl-C pressed twice (a terminal signals the whole group), or `timeout` signalling it:
    the second signal cannot cut the cleanup short, in the parent or in the generating child
    (which once ran on into the parent's code, printed its line too and hung)."""
    before = table_fingerprints(loaded_url)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    process = subprocess.Popen(
        [sys.executable, "-m", "seeder", "--database-url", loaded_url, "--quiet",
         "--tickets", BIG, "--reset", "--connections", connections, "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**env, "TMPDIR": str(tmp_path)}, start_new_session=True,
    )  # fmt: skip
    wait_for_copy(loaded_url, process)
    os.killpg(process.pid, stop)
    time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):  # the group may be gone already
        os.killpg(process.pid, stop)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + stop
    assert stderr.strip() == f"seed: {said}: nothing was changed (the transaction was rolled back)"
    assert table_fingerprints(loaded_url) == before
    assert staging_schemas(loaded_url) == 0
    assert list(tmp_path.iterdir()) == []  # no spill folder of the generating child


@pytest.mark.slow
@CONNECTIONS
def test_server_terminating_the_backend_gives_one_line_and_no_data(
    loaded_url: str, connections: str
) -> None:
    before = table_fingerprints(loaded_url)
    process = start_seed(loaded_url, "--tickets", BIG, "--reset", "--connections", connections)
    backend = wait_for_copy(loaded_url, process)
    assert_ending_changes_nothing(loaded_url, process, backend, before, "loading failed:")


def assert_ending_changes_nothing(
    url: str, process: subprocess.Popen[str], backend: int, before: object, said: str
) -> None:
    """The server ends `backend`: the run fails in one line, the tables hold what they
    held, and no staging schema is left."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (backend,))
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"seed: error: {said}"), stderr
    assert table_fingerprints(url) == before
    assert staging_schemas(url) == 0, "removed at once"


def run_lock_holder(url: str) -> int:
    """The backend holding the run's advisory lock for its session: a staged load's control
    connection (the workers take no advisory lock)."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            "WHERE l.locktype = 'advisory' AND l.granted AND d.datname = %s",
            (database_name(url),),
        ).fetchone()
    assert row is not None, "the staged load holds the run's lock"
    return int(row[0])


@pytest.mark.slow
def test_a_staged_load_whose_control_connection_is_ended_leaves_no_staging(
    loaded_url: str,
) -> None:
    before = table_fingerprints(loaded_url)
    process = start_seed(loaded_url, "--tickets", BIG, "--reset", "--connections", "3")
    wait_for_copy(loaded_url, process)
    assert_ending_changes_nothing(loaded_url, process, run_lock_holder(loaded_url), before, "")


@pytest.mark.slow
@CONNECTIONS
def test_a_second_concurrent_run_fails_fast_and_the_first_completes(
    fresh_database_url: str, connections: str
) -> None:
    # A few seconds of COPY; the second run takes the other path.
    first = start_seed(fresh_database_url, "--tickets", "150000", "--connections", connections)
    wait_for_copy(fresh_database_url, first)
    other = "3" if connections == "1" else "1"
    second = start_seed(fresh_database_url, "--size", "small", "--connections", other)
    _, second_err = second.communicate(timeout=60)
    assert first.poll() is None, "the second run must not have waited for the first"
    assert second.returncode == 1
    assert "another seed run is loading this database right now" in second_err
    _, first_err = first.communicate(timeout=300)
    assert first.returncode == 0, first_err
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 150_000
