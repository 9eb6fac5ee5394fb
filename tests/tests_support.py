"""Values and helpers shared by several test modules."""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from seeder.db.fingerprints import table_fingerprints as table_fingerprints
from seeder.db.urls import libpq_conninfo
from seeder.encode.copy_format import EncodedBlock
from seeder.sinks.base import PhaseCallback, RunSummary, Sink

SECRET = "Pa55-w0rd-DISTINCTIVE-7q"


def psql_binary() -> str:
    """The system psql, else the one shipped with the embedded server."""
    found = shutil.which("psql")
    if found:
        return found
    from seeder.db.embedded import psql_executable

    return str(psql_executable())


REPO_ROOT = Path(__file__).resolve().parent.parent


def connection_params(url: str) -> dict[str, str]:
    """The libpq parameters of a URL (user, host, port, dbname...), as libpq itself reads them."""
    return {key: str(value) for key, value in conninfo_to_dict(libpq_conninfo(url)).items()}


def libpq_url(params: Mapping[str, str]) -> str:
    """A postgresql:// URL that libpq reads back as exactly `params`.

    A socket folder (or a list of hosts) stays in the query, with the port: in the authority a
    "/" would end the host. Values are percent-encoded with %20, never "+", which libpq keeps.
    """
    rest = dict(params)
    user, password = rest.pop("user", ""), rest.pop("password", "")
    dbname = rest.pop("dbname", "")
    userinfo = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    host = rest.get("host", "")
    authority = ""
    if host and not host.startswith(("/", "@")) and "," not in host:
        del rest["host"]
        authority = f"[{host}]" if ":" in host else quote(host, safe="")
        if "port" in rest:
            authority += ":" + rest.pop("port")
    netloc = f"{userinfo}@{authority}" if userinfo else authority
    query = "&".join(f"{key}={quote(value, safe='/')}" for key, value in rest.items())
    return f"postgresql://{netloc}/{quote(dbname, safe='')}" + (f"?{query}" if query else "")


def database_url(server: str, dbname: str) -> str:
    """The URL of database `dbname` on the server that the URL `server` names."""
    return libpq_url({**connection_params(server), "dbname": dbname})


def database_name(url: str) -> str:
    """The name of the database a URL names."""
    return connection_params(url)["dbname"]


def admin_connection(server: str) -> psycopg.Connection[tuple[object, ...]]:
    """An autocommit connection: CREATE/DROP DATABASE cannot run inside a transaction."""
    return psycopg.connect(libpq_conninfo(server), autocommit=True)


@contextlib.contextmanager
def temporary_database(server: str, *, template: str | None = None) -> Iterator[str]:
    """Create a uniquely named database (optionally a copy of `template`); drop it after."""
    name = f"seeder_test_{uuid.uuid4().hex[:12]}"
    query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template is not None:
        query += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with admin_connection(server) as conn:
        conn.execute(query)
    try:
        yield name
    finally:
        with admin_connection(server) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def run_python(
    code: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter (what it imports is its own), capturing its output."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )


def psql_file(url: str, path: Path) -> subprocess.CompletedProcess[str]:
    """Run a .sql file with the real psql, stopping at the first error."""
    return subprocess.run(
        [psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def rows(url: str, query: str) -> list[tuple[object, ...]]:
    """A query's rows, sorted, so two databases compare equal whatever the scan order."""
    with psycopg.connect(libpq_conninfo(url)) as conn:
        return sorted(conn.execute(query).fetchall(), key=repr)


# Live columns of the ordinary tables in schema public.
PUBLIC_COLUMNS = (
    "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
    "AND c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' "
    "AND a.attnum > 0 AND NOT a.attisdropped"
)


def schema_snapshot(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Everything that defines the schema, in a form two databases can be compared by."""
    return {
        "tables": rows(
            url,
            "SELECT c.relname, c.relkind, obj_description(c.oid, 'pg_class') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
        ),
        "columns": rows(
            url,
            "SELECT c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), "
            "a.attcollation::regcollation::text, a.attnotnull, pg_get_expr(d.adbin, d.adrelid), "
            f"col_description(c.oid, a.attnum) {PUBLIC_COLUMNS} LEFT JOIN pg_attrdef d "
            "ON d.adrelid = a.attrelid AND d.adnum = a.attnum",
        ),
        "constraints": rows(
            url,
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
        ),
        "indexes": rows(
            url, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        ),
    }


class FailingSink:
    """A real sink that fails with `error` when its block number `after_blocks` arrives: a
    fault in the middle of a run, injected through the pipeline's own seam."""

    def __init__(self, sink: Sink, after_blocks: int, error: BaseException) -> None:
        self.sink = sink
        self.encoding = sink.encoding
        self.batch_rows = sink.batch_rows
        self.fork_generator = sink.fork_generator
        self._left = after_blocks
        self._error = error

    def open(self, summary: RunSummary) -> None:
        self.sink.open(summary)

    def begin(self, expected_rows: dict[str, int]) -> None:
        self.sink.begin(expected_rows)

    def write(self, block: EncodedBlock) -> None:
        if self._left == 0:
            raise self._error
        self._left -= 1
        self.sink.write(block)

    def commit(self, summary: RunSummary, phase: PhaseCallback | None = None) -> None:
        self.sink.commit(summary, phase)

    def abort(self, error: BaseException) -> None:
        self.sink.abort(error)


def free_port() -> int:
    """A TCP port of 127.0.0.1 nothing listens on now (for a server a test starts)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def copy_rows(dump: bytes) -> dict[str, int]:
    """Rows per table in a COPY-format dump: the lines between each COPY and its end."""
    counts: dict[str, int] = {}
    for match in re.finditer(rb"^COPY (\w+) .*?\n(.*?)^\\\.$", dump, re.M | re.S):
        table = match[1].decode()  # a table's rows come in several COPYs, a chunk each
        counts[table] = counts.get(table, 0) + match[2].count(b"\n")
    return counts
