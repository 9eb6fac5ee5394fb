"""Database URL checks, conversion and redaction: passwords never leave this module in clear.

Parsed with urllib, not SQLAlchemy: `seed` and `seed dump` talk to psycopg directly and would
otherwise import SQLAlchemy (0.25 s) only to read a URL. libpq parses the URL itself, so what
psycopg gets is the user's URL with only the scheme normalised.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from seeder.errors import ConfigError

# SQLAlchemy is imported inside sqlalchemy_url only: the commands that use SQLAlchemy pay
# for it, `seed`, `seed dump` and every error path do not.
if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DATABASE_URL_ENV = "DATABASE_URL"
_PASSWORD_IN_URL = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)(?P<pw>[^@\s]*)@")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_FORM = "use postgresql://USER:PASSWORD@HOST:PORT/DBNAME"


def parse_database_url(raw: str) -> SplitResult:
    """Split and check a PostgreSQL URL; raise ConfigError naming the fix if it is not one."""
    text = raw.strip()
    if not _SCHEME.match(text):
        raise ConfigError(f"invalid database URL {redact_text(raw)!r}: {_FORM}")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  # raises ValueError for a port that is not a number
    except ValueError:
        raise ConfigError(f"invalid database URL {redact_text(raw)!r}: {_FORM}") from None
    scheme = parts.scheme.lower()
    if scheme.split("+", 1)[0] not in ("postgresql", "postgres"):
        raise ConfigError(f"unsupported database URL scheme {scheme!r}: {_FORM}")
    return parts


def url_password(raw: str) -> str | None:
    """The password (percent-decoded) of any URL, to be masked in messages; None if none."""
    try:
        password = urlsplit(raw.strip()).password
    except ValueError:
        return None
    return unquote(password) if password else None


def libpq_conninfo(raw: str) -> str:
    """A libpq URI (scheme postgresql, no driver suffix) for psycopg.connect and psql."""
    parse_database_url(raw)
    text = raw.strip()
    # Textual, not urlunsplit: that would turn "postgresql:///db?host=..." into "postgresql:/db".
    return "postgresql" + text[text.index("://") :]


def sqlalchemy_url(raw: str) -> URL:
    """The URL with the psycopg 3 driver that SQLAlchemy should use."""
    from sqlalchemy.engine import make_url

    return make_url(libpq_conninfo(raw)).set(drivername="postgresql+psycopg")


def env_database_url() -> str | None:
    """DATABASE_URL from the environment, or None when unset or empty."""
    value = os.environ.get(DATABASE_URL_ENV, "").strip()
    return value or None


def redact_url(raw: str) -> str:
    """The URL with its password replaced by ***."""
    try:
        parts = parse_database_url(raw)
    except ConfigError:
        return redact_text(raw)
    if parts.password is None:
        return raw.strip()
    user, _, host = parts.netloc.rpartition("@")
    name = user.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{name}:***@{host}"))


def redact_text(text: str, *secrets: str | None) -> str:
    """Mask URL passwords and any given secret strings inside free text."""
    masked = _PASSWORD_IN_URL.sub(lambda m: m.group("head") + "***@", text)
    for secret in secrets:
        if secret:
            masked = masked.replace(secret, "***")
    return masked
