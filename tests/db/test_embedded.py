"""The embedded PostgreSQL for real: start, reuse, psql, stop, restart. No system server needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from conftest import SeedRunner
from psycopg import sql
from tests_support import admin_connection, connection_params, libpq_url

from seeder.db.embedded import (
    BUILTIN_LOCALE,
    BULK_LOAD_SETTINGS,
    HOME_ENV,
    create_database_sql,
    embedded_status,
    psql_executable,
    start_embedded,
    stop_embedded,
)
from seeder.db.psql import psql_command
from seeder.errors import EmbeddedServerError


@contextmanager
def _scratch_home() -> Iterator[Path]:
    # Not tmp_path: as root the server runs as the account `embedded_postgres`, and every pytest
    # session (ours or a concurrent one) makes /tmp/pytest-of-root private again, locking it out.
    home = Path(tempfile.mkdtemp(prefix="seeder-embedded-"))
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def home() -> Iterator[Path]:
    """A SEEDER_HOME of the module's own; the server in it is stopped whatever happens."""
    with _scratch_home() as home, pytest.MonkeyPatch.context() as patch:
        patch.setenv(HOME_ENV, str(home))
        try:
            yield home
        finally:
            stop_embedded()


@pytest.fixture(scope="module")
def url(home: Path) -> str:
    return start_embedded()


def _scalar(url: str, query: str) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(query).fetchone()
    assert row is not None
    return row[0]


def _psql(url: str, query: str) -> subprocess.CompletedProcess[str]:
    with psql_command(url) as (argv, env):
        return subprocess.run(
            [*argv, "-Atc", query],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )


def test_start_returns_a_url_of_the_seeder_database(url: str) -> None:
    assert _scalar(url, "SELECT 1") == 1
    assert _scalar(url, "SELECT current_database()") == "seeder"


def test_the_server_runs_with_the_bulk_loading_settings(url: str) -> None:
    shown = {name: _scalar(url, f"SHOW {name}") for name in BULK_LOAD_SETTINGS}
    assert shown == BULK_LOAD_SETTINGS


_WORDS = ["é", "a", "Z", "B", "ä", "Ö", "o"]


def test_the_seeder_database_orders_by_code_point_and_cases_by_unicode(url: str) -> None:
    # The builtin provider's C.UTF-8, whatever locale initdb found: sorted by memcmp, which a
    # libc locale such as en_US.UTF-8 would not do (it puts "a" before "B").
    with psycopg.connect(url) as conn:
        assert conn.info.server_version >= 170000  # the wheel's PostgreSQL has the provider
        locale = conn.execute(
            "SELECT datlocprovider, datlocale FROM pg_database WHERE datname = current_database()"
        ).fetchone()
        ordered = conn.execute(
            "SELECT array_agg(w ORDER BY w) FROM unnest(%s::text[]) w", (_WORDS,)
        )
        upper = conn.execute("SELECT upper(%s)", ("".join(_WORDS),))
        text_semantics = (ordered.fetchone(), upper.fetchone())
    assert locale == ("b", BUILTIN_LOCALE)
    # Python orders str by code point and upper-cases by Unicode.
    assert text_semantics == ((sorted(_WORDS),), ("".join(_WORDS).upper(),))


def test_the_create_statement_runs_on_the_test_server_whatever_its_version(
    server_url: str,
) -> None:
    # PostgreSQL 17 and later get the builtin locale; older servers (the system's 15 here) the
    # cluster's defaults (template1's), through a statement they can parse.
    name = "seeder_test_locale"
    query = "SELECT datlocprovider FROM pg_database WHERE datname = %s"
    with admin_connection(server_url) as conn:
        version = conn.info.server_version
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(create_database_sql(name, version))
        try:
            created, default = (conn.execute(query, (db,)).fetchone() for db in (name, "template1"))
        finally:
            conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
    assert created == (("b",) if version >= 170000 else default)


def test_start_again_reuses_the_running_server(url: str) -> None:
    started = _scalar(url, "SELECT pg_postmaster_start_time()")
    assert start_embedded() == url
    assert _scalar(url, "SELECT pg_postmaster_start_time()") == started


def test_status_reports_the_running_server(home: Path, url: str) -> None:
    status = embedded_status()
    assert (status.running, status.data_dir, status.url) == (True, home, url)


def test_shipped_psql_connects(url: str) -> None:
    assert "embedded_postgres" in str(psql_executable())
    result = _psql(url, "SELECT 42")
    assert (result.returncode, result.stdout.strip()) == (0, "42"), result.stderr


def test_psql_gets_the_password_through_the_environment(url: str) -> None:
    # The server trusts local connections, so psql still connects with any password.
    with_password = libpq_url({**connection_params(url), "password": "Sup3r@secret"})
    with psql_command(with_password) as (argv, env):
        assert not any("Sup3r" in arg for arg in argv)
        assert env == {"PGPASSWORD": "Sup3r@secret"}
    result = _psql(with_password, "SELECT 42")
    assert (result.returncode, result.stdout.strip()) == (0, "42"), result.stderr


@pytest.mark.slow
def test_data_survives_stop_and_start_and_nothing_is_printed(
    url: str, capfd: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE kept (n int)")
        conn.execute("INSERT INTO kept VALUES (7)")
    assert stop_embedded() is True
    assert stop_embedded() is False
    assert embedded_status().running is False
    assert start_embedded() == url
    assert _scalar(url, "SELECT n FROM kept") == 7
    assert capfd.readouterr() == ("", "")


@pytest.mark.slow
def test_start_replaces_a_pid_file_left_by_a_dead_server(home: Path, url: str) -> None:
    pid_file = home / "pgdata" / "postmaster.pid"
    lines = pid_file.read_text().splitlines()
    assert stop_embedded() is True
    # After a container restart the old pid often belongs to another program, here this one.
    pid_file.write_text("\n".join([str(os.getpid()), *lines[1:]]) + "\n")
    assert embedded_status().running is False
    assert start_embedded() == url
    assert _scalar(url, "SELECT 1") == 1


def test_a_cluster_whose_initdb_was_cut_short_is_made_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What an interrupted first run left: initdb's PG_VERSION and part of its folders, no
    # `postgres` database, and no postmaster.opts (no server ever started on it). Every
    # later start failed ("database "postgres" does not exist").
    with _scratch_home() as home:
        monkeypatch.setenv(HOME_ENV, str(home))
        pgdata = home / "pgdata"
        (pgdata / "base" / "1").mkdir(parents=True)
        (pgdata / "PG_VERSION").write_text("18\n")
        try:
            assert _scalar(start_embedded(), "SELECT 1") == 1
            assert (pgdata / "postmaster.opts").exists()
        finally:
            stop_embedded()


def test_start_failure_is_one_line_naming_the_log(monkeypatch: pytest.MonkeyPatch) -> None:
    with _scratch_home() as home:
        monkeypatch.setenv(HOME_ENV, str(home))
        (home / "pgdata").mkdir()
        (home / "pgdata" / "stray-file").write_text("not a cluster")
        with pytest.raises(EmbeddedServerError) as caught:
            start_embedded()
    message = str(caught.value)
    assert "\n" not in message
    assert "not empty" in message
    assert str(home / "embedded.log") in message


def test_status_exits_3_when_the_server_is_stopped(run_seed: SeedRunner, url: str) -> None:
    running = run_seed("db", "status", env={HOME_ENV: str(embedded_status().data_dir)})
    assert (running.code, "running" in running.stdout) == (0, True), running.stderr
    with _scratch_home() as empty:
        stopped = run_seed("db", "status", env={HOME_ENV: str(empty)})
    assert (stopped.code, "stopped" in stopped.stdout) == (3, True), stopped.stderr


@pytest.mark.slow
def test_the_run_that_starts_the_server_says_so_in_one_line(run_seed: SeedRunner) -> None:
    with _scratch_home() as home:
        env = {HOME_ENV: str(home)}
        try:
            first = run_seed("db", "url", env=env)
            again = run_seed("db", "url", env=env)
        finally:
            run_seed("db", "stop", env=env)
    assert first.code == 0, first.stderr
    (line,) = first.stderr.splitlines()
    assert "started the embedded PostgreSQL" in line and str(home) in line
    assert "seed db stop" in line
    assert (again.code, again.stderr) == (0, "")


@pytest.mark.slow
def test_a_quiet_load_that_starts_the_server_prints_nothing(run_seed: SeedRunner) -> None:
    with _scratch_home() as home:
        env = {HOME_ENV: str(home)}
        try:
            quiet = run_seed("--tickets", "500", "--quiet", env=env)
            status = run_seed("db", "status", env=env)
        finally:
            run_seed("db", "stop", env=env)
    assert (quiet.code, quiet.stdout, quiet.stderr) == (0, "", ""), quiet.stderr
    assert status.code == 0  # it did start the server, silently
