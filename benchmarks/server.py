"""The PostgreSQL server under test and the throwaway databases a run creates on it."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from seeder.db.urls import libpq_conninfo
from seeder.domain import TABLES
from seeder.schema.migrations import upgrade_url_to_head

# A caller may narrow the prefix (the smoke tests do, to find only their own run's databases
# on a server where another benchmark may be running); it always starts seeder_bench_.
DATABASE_PREFIX = "seeder_bench_" + os.environ.get("SEEDER_BENCH_DATABASE_TAG", "")


@dataclass
class Server:
    """The PostgreSQL server under test, and the databases this run created on it."""

    admin_url: str
    created: list[str] = field(default_factory=list)

    def _admin(self) -> psycopg.Connection[Any]:
        # CREATE/DROP DATABASE cannot run inside a transaction block.
        return psycopg.connect(libpq_conninfo(self.admin_url), autocommit=True)

    @contextlib.contextmanager
    def fresh_database(self, *, migrated: bool = False) -> Iterator[str]:
        """URL of a new empty (or migrated) database, dropped on exit."""
        name = f"{DATABASE_PREFIX}{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        self.created.append(name)
        try:
            url = make_url(libpq_conninfo(self.admin_url)).set(database=name)
            url_text = url.render_as_string(hide_password=False)
            if migrated:
                upgrade_url_to_head(url_text)
            self.settle()
            yield url_text
        finally:
            with self._admin() as conn:
                drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                conn.execute(drop.format(sql.Identifier(name)))

    def settle(self) -> None:
        """CHECKPOINT, so no measurement pays for the dirty pages and WAL of the one before.

        Without it, a load measured right after the 36 s server COPY with indexes in place ran
        into that COPY's checkpoint. Needs superuser or pg_checkpoint; skipped without them.
        """
        with contextlib.suppress(psycopg.errors.InsufficientPrivilege), self._admin() as conn:
            conn.execute("CHECKPOINT")

    def version(self) -> str:
        with self._admin() as conn:
            row = conn.execute("SELECT version()").fetchone()
        return str(row[0]) if row else "?"


def count_rows(url: str) -> int:
    with psycopg.connect(libpq_conninfo(url)) as conn:
        union = " UNION ALL ".join(f"SELECT count(*) FROM {t}" for t in TABLES)
        return sum(int(r[0]) for r in conn.execute(union).fetchall())
