"""Where data goes: --database-url, DATABASE_URL, the PG* variables, else the embedded server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from seeder.db.urls import check_database_url, env_database_url, libpq_env_conninfo


def resolve_database_url(
    explicit: str | None = None,
    *,
    start_embedded: bool = True,
    on_embedded_start: Callable[[Path], None] | None = None,
) -> str:
    """The target's connection string (may hold a password: show it only through redact_url).

    Order: an explicit URL, then DATABASE_URL, then the standard libpq variables (PGHOST,
    PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSERVICE), as psql and pgbench read them, then
    the embedded server (started on demand; `on_embedded_start` hears where its data lives
    when this call started it).
    """
    if explicit is not None and not explicit.strip():
        from seeder.errors import ConfigError

        # `--database-url "$UNSET"`: the user named a target, just not one; never guess it.
        raise ConfigError(
            "--database-url is empty: give a URL (postgresql://USER@HOST:PORT/DB), or leave "
            "the option out for DATABASE_URL, the PG* variables or the embedded server"
        )
    raw = explicit or env_database_url()
    if raw:
        return check_database_url(raw)
    from_env = libpq_env_conninfo()
    if from_env is not None:
        return from_env
    if not start_embedded:
        from seeder.errors import ConfigError

        raise ConfigError(
            "no database: pass --database-url, or set DATABASE_URL or the PG* variables"
        )
    from seeder.db.embedded import start_embedded as _start

    return _start(on_start=on_embedded_start)
