"""Connection strings: checked, read by libpq alone, shown only masked.

A target is a libpq connection string, a URL (postgresql://user:pw@host:port/db?param=value)
or key=value pairs (host=h dbname=db password='a b'). It is read one way everywhere:
psycopg's conninfo helpers, that is libpq's own parser, give the parameters that psycopg,
SQLAlchemy (as connect arguments) and psql receive. The early check here only looks at the
shape, without psycopg: `seed` forks its generator before it imports psycopg.
"""

from __future__ import annotations

import os
import re
from typing import Final

from seeder.db.masking import mask, secrets_in
from seeder.errors import ConfigError, clipped, shown

DATABASE_URL_ENV = "DATABASE_URL"
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*+://")
_FORM = "use postgresql://USER:PASSWORD@HOST:PORT/DBNAME or key=value pairs (host=HOST ...)"
# libpq's own message may quote the whole string; the value is shown once already.
_DETAIL_CHARS = 60
_SSL_MODES: Final = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def _invalid(raw: str, why: str | None = None) -> ConfigError:
    reason = f": {why}" if why else ""
    return ConfigError(f"invalid database URL {shown(redact_url(raw))}{reason}: {_FORM}")


def check_database_url(raw: str) -> str:
    """The connection string stripped, if it has the shape of one; else a ConfigError.

    libpq reads it later (conninfo_params); this catches what is no connection string at all.
    """
    text = raw.strip()
    if not _is_utf8(text):
        raise _invalid(raw, "it holds bytes that are not UTF-8")
    scheme = _SCHEME.match(text)
    if scheme is None:
        if "=" not in text:
            raise _invalid(raw)
        return text
    name = scheme.group().removesuffix("://").lower()
    if name.split("+", 1)[0] not in ("postgresql", "postgres"):
        raise ConfigError(f"unsupported database URL scheme {shown(name)}: {_FORM}")
    # libpq ends the user info at the first '@', urllib (and the masking) at the last: a
    # second '@' would put the rest of a password into the host name, messages and DNS.
    if re.split(r"[/?]", text[scheme.end() :], maxsplit=1)[0].count("@") > 1:
        raise _invalid(raw, "an '@' in the user name or password must be written %40")
    return text


def libpq_conninfo(raw: str) -> str:
    """The connection string as libpq takes it: a URL loses a driver suffix (+psycopg)."""
    text = check_database_url(raw)
    scheme = _SCHEME.match(text)
    # Textual, not urlunsplit: that would turn "postgresql:///db?host=..." into "postgresql:/db".
    return text if scheme is None else "postgresql://" + text[scheme.end() :]


def conninfo_params(raw: str) -> dict[str, str]:
    """The connection parameters libpq reads from `raw` (a URL's parts percent-decoded).

    Raises ConfigError, without the password, for a string libpq refuses or a port that is
    not a number.
    """
    text = libpq_conninfo(raw)
    # After the load's fork: importing psycopg takes a tenth of a second.
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = {key: str(value) for key, value in conninfo_to_dict(text).items()}
    except ProgrammingError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "refused by libpq"
        detail = clipped(mask(first, *secrets_in(raw)), _DETAIL_CHARS)
        raise _invalid(raw, detail) from None
    ports = params.get("port", "").split(",")
    if not all(not port or (port.isdigit() and 0 < int(port) < 65536) for port in ports):
        slash = (
            "; a '/' in the user name or password must be written %2F" if _at_in_path(text) else ""
        )
        raise _invalid(raw, f"the port must be a number from 1 to 65535{slash}")
    if params.get("sslmode", "disable") not in _SSL_MODES:
        raise _invalid(raw, f"sslmode must be one of {', '.join(_SSL_MODES)}")
    return params


def _at_in_path(text: str) -> bool:
    """Whether a URL holds an '@' past its first '/': libpq read no user info before it, so
    a password holding a '/' may have become the host and port."""
    scheme = _SCHEME.match(text)
    path = text[scheme.end() :].split("?", 1)[0].partition("/")[2] if scheme else ""
    return "@" in path


def _is_utf8(text: str) -> bool:
    """Whether `text` encodes as UTF-8 (bytes that were not arrive as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def connection_string(raw: str) -> str:
    """libpq's parameters of `raw` as one key=value string (quoted where needed), for psycopg."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo("", **conninfo_params(raw))


def env_database_url() -> str | None:
    """DATABASE_URL from the environment, or None when unset or empty."""
    value = os.environ.get(DATABASE_URL_ENV, "").strip()
    return value or None


# The libpq variables psql and pgbench read; libpq itself fills them in at connect time.
LIBPQ_ENV: Final = {
    "PGHOST": "host",
    "PGPORT": "port",
    "PGUSER": "user",
    "PGDATABASE": "dbname",
    "PGSERVICE": "service",
    "PGPASSWORD": None,  # never copied into the connection string: libpq reads it itself
}


def libpq_env_conninfo() -> str | None:
    """A key=value connection string from the PG* variables, or None when none is set.

    The password stays in PGPASSWORD (libpq reads it when connecting), so the string that
    messages show holds none.
    """
    values = {name: os.environ.get(name, "").strip() for name in LIBPQ_ENV}
    if not any(values.values()):
        return None
    for name, value in values.items():
        if LIBPQ_ENV[name] and not _is_utf8(value):  # libpq reads PGPASSWORD's bytes itself
            raise ConfigError(f"{name} holds bytes that are not UTF-8: set it to UTF-8 text")
    from psycopg.conninfo import make_conninfo

    keys = {key: values[name] for name, key in LIBPQ_ENV.items() if key and values[name]}
    # Only PGPASSWORD set: libpq's defaults for the rest (port 5432 is its default too, and
    # keeps the string non-empty).
    return make_conninfo(**keys) if keys else "port=5432"


_LOCAL_HOSTS = ("localhost", "::1")


def server_is_local(raw: str) -> bool:
    """Whether the server at `raw` runs on this machine: a unix socket (libpq's default), or
    a loopback address, for every host listed."""
    params = conninfo_params(raw)
    hosts = params.get("host") or params.get("hostaddr") or os.environ.get("PGHOST", "")
    return all(
        not host or host.startswith(("/", "@")) or host in _LOCAL_HOSTS or host.startswith("127.")
        for host in (h.strip() for h in hosts.split(","))
    )


def redact_url(raw: str) -> str:
    """The connection string with every password replaced by ***, for messages and summaries."""
    return mask(raw.strip(), one_value=True)
