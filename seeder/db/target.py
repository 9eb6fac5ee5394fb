"""Where data goes: --database-url, else DATABASE_URL, else the embedded PostgreSQL."""

from __future__ import annotations

from seeder.db.urls import check_database_url, env_database_url


def resolve_database_url(explicit: str | None = None, *, start_embedded: bool = True) -> str:
    """The target's connection string (may hold a password: show it only through redact_url).

    Order: an explicit URL, then DATABASE_URL, then the embedded server (started on demand).
    """
    raw = explicit or env_database_url()
    if raw:
        return check_database_url(raw)
    if not start_embedded:
        from seeder.errors import ConfigError

        raise ConfigError("no database URL: pass --database-url or set DATABASE_URL")
    from seeder.db.embedded import start_embedded as _start

    return _start()
