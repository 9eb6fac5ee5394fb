"""Another session holds a lock on a target table: the load says so, and --lock-timeout gives up."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator

import psycopg
import pytest
from tests_support import table_fingerprints

from seeder.db.urls import libpq_conninfo

LOADED_TICKETS = "300"
NEW_TICKETS = "400"


@pytest.fixture
def loaded_url(run_seed, fresh_database_url: str) -> str:
    loaded = run_seed(
        "--tickets", LOADED_TICKETS, "--database-url", fresh_database_url, "--quiet"
    )  # fmt: skip
    assert loaded.code == 0, loaded.stderr
    return fresh_database_url


@pytest.fixture
def holder(loaded_url: str) -> Iterator[psycopg.Connection]:
    """Another session, in a transaction: what it locks, it holds until it rolls back."""
    with psycopg.connect(libpq_conninfo(loaded_url)) as connection:
        yield connection
        connection.rollback()


def stderr_lines(process: subprocess.Popen[str]) -> tuple[queue.Queue[str], threading.Thread]:
    """Lines of the process's stderr as they come, read by a thread (a read may block)."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return lines, reader


@pytest.mark.parametrize("mode", ["ACCESS SHARE", "ACCESS EXCLUSIVE"])
def test_lock_timeout_gives_up_and_changes_nothing(
    run_seed, loaded_url: str, holder: psycopg.Connection, mode: str
) -> None:
    before = table_fingerprints(loaded_url)
    holder.execute(f"LOCK TABLE tickets IN {mode} MODE")
    result = run_seed(
        "--tickets", NEW_TICKETS, "--reset", "--lock-timeout", "1", "--database-url", loaded_url
    )  # fmt: skip
    assert result.code == 1, result
    assert result.stderr == (
        "seed: error: gave up after 1 s waiting for a lock on table tickets held by backend "
        f"PID {holder.info.backend_pid}: nothing was changed\n"
    )
    assert result.stdout == ""
    holder.rollback()
    assert table_fingerprints(loaded_url) == before


def test_a_waiting_load_names_the_blocker_and_completes_once_released(
    loaded_url: str, holder: psycopg.Connection
) -> None:
    holder.execute("LOCK TABLE tickets IN ACCESS SHARE MODE")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    command = ["--tickets", NEW_TICKETS, "--reset", "--quiet", "--database-url", loaded_url]
    process = subprocess.Popen(
        [sys.executable, "-m", "seeder", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        lines, reader = stderr_lines(process)
        waiting = lines.get(timeout=60)
        assert waiting.startswith("seed: waiting for a lock on tickets (ACCESS EXCLUSIVE)")
        assert f"held by backend PID {holder.info.backend_pid} (ACCESS SHARE)" in waiting
        assert process.poll() is None, "the load must still be waiting"
        holder.rollback()
        assert process.wait(timeout=120) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(timeout=30)
    rest = [lines.get() for _ in range(lines.qsize())]
    assert all(line.startswith("seed: waiting for a lock") for line in rest), rest
    assert table_fingerprints(loaded_url)["tickets"][0] == int(NEW_TICKETS)


def test_migrate_lock_timeout_gives_up(
    run_seed, loaded_url: str, holder: psycopg.Connection
) -> None:
    holder.execute("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE")
    result = run_seed("migrate", "--lock-timeout", "0.5", "--database-url", loaded_url)
    assert result.code == 1, result
    assert result.stderr == (
        "seed: error: gave up after 0.5 s waiting for a lock on table alembic_version held by "
        f"backend PID {holder.info.backend_pid}: nothing was changed\n"
    )
