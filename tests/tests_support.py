"""Values and helpers shared by several test modules."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from seeder.urls import libpq_conninfo

SECRET = "Pa55-w0rd-DISTINCTIVE-7q"


PRIMARY_ORDER = {
    "users": "id",
    "customers": "id",
    "tickets": "ticket_id",
    "interactions": "interaction_id",
    "calls": "id",
    "chats": "id",
    "wfm": "user_id, date",
}


def table_fingerprints(url: str) -> dict[str, tuple[int, str]]:
    """(row count, md5 of all rows in key order) per table."""
    out: dict[str, tuple[int, str]] = {}
    with psycopg.connect(url) as conn:
        for table, key in PRIMARY_ORDER.items():
            row = conn.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY {key}), '')) "
                f"FROM {table} t"
            ).fetchone()
            assert row is not None
            out[table] = (row[0], row[1])
    return out


def psql_binary() -> str:
    """The system psql, else the one shipped with the embedded server."""
    found = shutil.which("psql")
    if found:
        return found
    from seeder.embedded import psql_executable

    return str(psql_executable())


REPO_ROOT = Path(__file__).resolve().parent.parent


def database_url(server: str, dbname: str) -> str:
    """The libpq URL of database `dbname` on the server at `server`."""
    url = make_url(libpq_conninfo(server)).set(database=dbname)
    return url.render_as_string(hide_password=False)


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
