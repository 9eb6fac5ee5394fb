"""Values and helpers shared by several test modules."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg

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
