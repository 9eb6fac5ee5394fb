"""Shared test infrastructure: one PostgreSQL server per session, a database per test.

The server is, in order: SEEDER_TEST_DATABASE_URL; a local server on 127.0.0.1:5432; a
testcontainers PostgreSQL when Docker is reachable; the embedded server. SEEDER_TEST_SERVER=embedded
skips straight to the embedded server, so CI covers the path a machine with nothing else takes.
An embedded server the session started is stopped at its end. Every URL handed to a test is a
libpq URL built by tests_support.database_url.
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
from seeder.db.urls import LIBPQ_ENV, libpq_conninfo
from seeder.generate.tables.faker_names import CACHE_ENV
from seeder.pipeline.run import load
from seeder.sinks.base import RunSummary

TEST_URL_ENV = "SEEDER_TEST_DATABASE_URL"
TEST_SERVER_ENV = "SEEDER_TEST_SERVER"
LOCAL_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
POSTGRES_IMAGE = "postgres:15-alpine"
_TESTS_DIR = Path(__file__).resolve().parent
# The business-rule tests' shared dataset fixture (`ds`), loaded once per session.
pytest_plugins = ["business_rules_support", "dask_support"]


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


def _start_embedded(stack: contextlib.ExitStack) -> str:
    """The embedded server's URL; stopped at the end when this session is the one that starts it."""
    # Imported late: the embedded server is optional and slow to start.
    from seeder.db.embedded import HOME_ENV, data_directory, embedded_status, stop_embedded
    from seeder.db.embedded import start_embedded as start

    if not embedded_status().running:
        home = str(data_directory())

        def stop() -> None:
            # By name: a test may have pointed SEEDER_HOME at a scratch server of its own since.
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv(HOME_ENV, home)
                stop_embedded()

        stack.callback(stop)
    return start()


def _choose_server(stack: contextlib.ExitStack) -> str:
    forced = os.environ.get(TEST_SERVER_ENV, "").strip()
    if forced not in ("", "embedded"):
        pytest.fail(f"{TEST_SERVER_ENV}={forced!r}: the only value it takes is 'embedded'")
    if forced == "embedded":
        return _start_embedded(stack)
    explicit = os.environ.get(TEST_URL_ENV, "").strip()
    if explicit:
        return explicit
    if _answers(LOCAL_SERVER_URL):
        return LOCAL_SERVER_URL
    if _docker_reachable():
        return _start_container(stack)
    return _start_embedded(stack)


@pytest.fixture(scope="session", autouse=True)
def _name_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Faker's name cache in a folder of the session's own, so no test writes the user's home.

    Set in the environment, so the `seed` processes that tests start use it too.
    """
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("name-cache")
        patch.setenv(CACHE_ENV, str(folder))
        yield folder


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
    from seeder.schema.migrations import upgrade_url_to_head

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
    summary: RunSummary


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
    """run_seed(*args, env={...}) -> Result; DATABASE_URL and the PG* variables are cleared
    unless given (they choose the target)."""

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> Result:
        targets = {"DATABASE_URL", *LIBPQ_ENV}
        full_env = {k: v for k, v in os.environ.items() if k not in targets}
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
