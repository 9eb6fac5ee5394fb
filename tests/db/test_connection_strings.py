"""A database whose name a URL must percent-encode (`my%20db`) works with every command: libpq
reads the connection string for psycopg, SQLAlchemy, Alembic and psql alike."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from tests_support import REPO_ROOT, admin_connection

from seeder.db.urls import libpq_conninfo, redact_url

TICKETS = 500


def _encoded_url(server_url: str, dbname: str) -> str:
    """A URL of `dbname` on the test server: the name percent-encoded in the path, every other
    parameter of the server (host, port, a socket folder) in the query."""
    params = conninfo_to_dict(libpq_conninfo(server_url))
    params.pop("dbname", None)
    user = params.pop("user", None)
    authority = f"{quote(str(user), safe='')}@" if user else ""
    query = urlencode({k: str(v) for k, v in params.items()}, quote_via=quote)
    return f"postgresql://{authority}/{quote(dbname, safe='')}?{query}"


@pytest.fixture
def spaced_database(server_url: str) -> Iterator[tuple[str, str]]:
    """A new database named `seeder_test_<hex> x` and its URL; dropped after the test."""
    name = f"seeder_test_{uuid.uuid4().hex[:12]} x"
    with admin_connection(server_url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name, _encoded_url(server_url, name)
    finally:
        with admin_connection(server_url) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def test_every_command_works_on_a_percent_encoded_database_name(
    run_seed, server_url: str, spaced_database: tuple[str, str], tmp_path: Path
) -> None:
    name, url = spaced_database
    assert "%20x?" in url
    migrated = run_seed("migrate", "--database-url", url)
    assert migrated.code == 0, migrated.stderr
    assert migrated.stdout.startswith(redact_url(url) + " is at schema revision")
    loaded = run_seed("--tickets", str(TICKETS), "--json", env={"DATABASE_URL": url})
    assert loaded.code == 0, loaded.stderr
    assert json.loads(loaded.stdout)["rows"]["tickets"] == TICKETS
    validated = run_seed("validate", "--json", "--database-url", url)
    assert validated.code == 0, validated.stderr + validated.stdout[-2000:]
    report = tmp_path / "report.html"
    reported = run_seed("report", "--database-url", url, "-o", str(report))
    assert reported.code == 0, reported.stderr
    assert report.stat().st_size > 0
    shown = run_seed("db", "url", "--database-url", url)
    assert (shown.code, shown.stdout) == (0, redact_url(url) + "\n")
    psql = run_seed(
        "db", "psql", "--database-url", url, "--", "-Atc", "select count(*) from tickets"
    )
    assert (psql.code, psql.stdout.strip()) == (0, str(TICKETS)), psql.stderr
    # The data is in the database with the space in its name, not in one named "...%20x".
    with psycopg.connect(make_conninfo(libpq_conninfo(server_url), dbname=name)) as conn:
        row = conn.execute("SELECT count(*) FROM tickets").fetchone()
    assert row == (TICKETS,)


def test_alembic_reads_the_same_url(spaced_database: tuple[str, str]) -> None:
    """alembic/env.py, run by the alembic command, connects from DATABASE_URL as seed does."""
    _, url = spaced_database
    done = subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=REPO_ROOT,
        env={**os.environ, "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with psycopg.connect(libpq_conninfo(url)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row is not None
