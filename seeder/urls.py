"""Database URL resolution and redaction: passwords never leave this module in clear."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from seeder.errors import ConfigError

# SQLAlchemy is imported inside the functions that parse URLs: every CLI error path needs
# redact_text, and `seed --help` or `seed config` should not pay for SQLAlchemy.
if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DATABASE_URL_ENV = "DATABASE_URL"
_PASSWORD_IN_URL = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)(?P<pw>[^@\s]*)@")


def parse_database_url(raw: str) -> URL:
    """Parse and check a PostgreSQL URL; raise ConfigError naming the fix if it is not one."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(raw)
    except ArgumentError:
        raise ConfigError(
            f"invalid database URL {redact_text(raw)!r}: "
            "use postgresql://USER:PASSWORD@HOST:PORT/DBNAME"
        ) from None
    if not url.drivername.startswith(("postgresql", "postgres")):
        raise ConfigError(
            f"unsupported database URL scheme {url.drivername!r}: "
            "use postgresql://USER:PASSWORD@HOST:PORT/DBNAME"
        )
    if url.drivername == "postgres":
        url = url.set(drivername="postgresql")
    return url


def sqlalchemy_url(raw: str) -> URL:
    """The URL with the psycopg 3 driver that SQLAlchemy should use."""
    url = parse_database_url(raw)
    return url.set(drivername="postgresql+psycopg")


def libpq_conninfo(raw: str) -> str:
    """A libpq URI (no driver suffix) for psycopg.connect and psql."""
    url = parse_database_url(raw).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def env_database_url() -> str | None:
    """DATABASE_URL from the environment, or None when unset or empty."""
    value = os.environ.get(DATABASE_URL_ENV, "").strip()
    return value or None


def redact_url(raw: str | URL) -> str:
    """The URL with its password replaced by ***."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    if isinstance(raw, URL):
        return raw.render_as_string(hide_password=True)
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except ArgumentError:
        return redact_text(raw)


def redact_text(text: str, *secrets: str | None) -> str:
    """Mask URL passwords and any given secret strings inside free text."""
    masked = _PASSWORD_IN_URL.sub(lambda m: m.group("head") + "***@", text)
    for secret in secrets:
        if secret:
            masked = masked.replace(secret, "***")
    return masked
