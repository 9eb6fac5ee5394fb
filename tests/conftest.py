"""Shared test infrastructure: one PostgreSQL server per session, a database per test.

The server is, in order: SEEDER_TEST_DATABASE_URL; a local server on 127.0.0.1:5432; a
testcontainers PostgreSQL when Docker is reachable; the embedded server. Every URL handed to a
test is a plain libpq URL (postgresql://user@host:port/dbname).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from tests_support import database_url, temporary_database

from seeder.config import RunConfig
from seeder.load import LoadSummary, load
from seeder.urls import libpq_conninfo

TEST_URL_ENV = "SEEDER_TEST_DATABASE_URL"
LOCAL_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
POSTGRES_IMAGE = "postgres:15-alpine"
_TESTS_DIR = Path(__file__).resolve().parent
# The business-rule tests' shared dataset fixture (`ds`), loaded once per session.
pytest_plugins = ["business_rules_support"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/db/ with `db`, so `-m "not db"` runs without a server."""
    for item in items:
        if item.path.resolve().is_relative_to(_TESTS_DIR / "db"):
            item.add_marker(pytest.mark.db)


def _answers(url: str, timeout_s: int = 2) -> bool:
    try:
        with psycopg.connect(libpq_conninfo(url), connect_timeout=timeout_s) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error:
        return False
    return True


def _docker_reachable() -> bool:
    try:
        import docker

        docker.from_env(timeout=2).ping()
    except Exception:
        return False
    return True


def _start_container(stack: contextlib.ExitStack) -> str:
    try:
        from testcontainers.community.postgres import PostgresContainer
    except ImportError:  # testcontainers < 4.14 keeps it at the old path
        from testcontainers.postgres import PostgresContainer

    container = stack.enter_context(PostgresContainer(POSTGRES_IMAGE, driver=None))
    url: str = container.get_connection_url()
    return url


def _choose_server(stack: contextlib.ExitStack) -> str:
    explicit = os.environ.get(TEST_URL_ENV, "").strip()
    if explicit:
        return explicit
    if _answers(LOCAL_SERVER_URL):
        return LOCAL_SERVER_URL
    if _docker_reachable():
        return _start_container(stack)
    # Imported late: the embedded server is optional and slow to start.
    try:
        from seeder.embedded import start_embedded
    except ImportError:
        pytest.fail(
            f"no PostgreSQL for the db tests: set {TEST_URL_ENV}, run one on 127.0.0.1:5432 "
            "or make Docker reachable"
        )

    return start_embedded()


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """Admin URL of the session's PostgreSQL server."""
    with contextlib.ExitStack() as stack:
        yield _choose_server(stack)


@pytest.fixture
def fresh_database_url(server_url: str) -> Iterator[str]:
    """URL of a new, empty database, dropped after the test."""
    with temporary_database(server_url) as name:
        yield database_url(server_url, name)


@pytest.fixture(scope="session")
def _migrated_template(server_url: str) -> Iterator[str]:
    """Name of a database migrated to head once per session, cloned by migrated_database_url."""
    from seeder.migrations import upgrade_url_to_head

    with temporary_database(server_url) as name:
        upgrade_url_to_head(database_url(server_url, name))
        yield name


@pytest.fixture
def migrated_database_url(server_url: str, _migrated_template: str) -> Iterator[str]:
    """URL of a new database already at the head revision, dropped after the test."""
    with temporary_database(server_url, template=_migrated_template) as name:
        yield database_url(server_url, name)


@dataclass(frozen=True)
class LoadedDatabase:
    """A database holding one loaded dataset: its name (usable as a template) and URL."""

    name: str
    url: str
    summary: LoadSummary


LoadDatabase = Callable[[RunConfig], LoadedDatabase]


@pytest.fixture(scope="session")
def loaded_database(server_url: str) -> Iterator[LoadDatabase]:
    """loaded_database(config): a new database loaded with `config`; all dropped at the end."""
    with contextlib.ExitStack() as stack:

        def make(config: RunConfig) -> LoadedDatabase:
            name = stack.enter_context(temporary_database(server_url))
            url = database_url(server_url, name)
            return LoadedDatabase(name, url, load(config, url))

        yield make


# --- running the installed `seed` command ----------------------------------------------


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


SeedRunner = Callable[..., Result]


@pytest.fixture
def run_seed() -> SeedRunner:
    """run_seed(*args, env={...}) -> Result; DATABASE_URL is cleared unless given."""

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> Result:
        full_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        full_env.update(env or {})
        done = subprocess.run(
            [sys.executable, "-m", "seeder", *args],
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run
