"""Connections to the target: one-line errors that never show a password.

psycopg and SQLAlchemy both connect with the parameters libpq read from the connection
string (seeder.db.urls.conninfo_params): SQLAlchemy never parses it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

import psycopg

from seeder.db.masking import mask, secrets_in
from seeder.db.urls import connection_string, conninfo_params, redact_url
from seeder.errors import DatabaseError, clipped, clipped_words

# SQLAlchemy is imported where a SQLAlchemy connection is made: the live load and the dumps
# use psycopg alone and do not pay for it.
if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

_DETAIL_CHARS = 200


def first_line(exc: BaseException) -> str:
    """The first line of a driver error's message (PostgreSQL adds DETAIL/HINT lines)."""
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


def _is_driver_error(exc: BaseException) -> bool:
    if isinstance(exc, psycopg.Error):
        return True
    # A SQLAlchemy error can only exist once SQLAlchemy is imported.
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.DBAPIError)


@contextmanager
def database_errors(doing: str, secrets: Sequence[str] = ()) -> Iterator[None]:
    """Driver errors become one-line DatabaseErrors that never show a password."""
    try:
        yield
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        raise DatabaseError(f"{doing} failed: {_detail(exc, secrets)}") from exc


def _detail(exc: BaseException, secrets: Sequence[str]) -> str:
    # libpq's message can quote a host name or a value of any length.
    return clipped(clipped_words(mask(first_line(exc), *secrets)), _DETAIL_CHARS)


def _cannot_connect(url: str, exc: BaseException) -> DatabaseError:
    # A UnicodeError: psycopg resolves host names itself, and IDNA refuses a label over 63
    # characters.
    return DatabaseError(
        f"cannot connect to {clipped(redact_url(url))}: {_detail(exc, secrets_in(url))}: "
        "check the URL, that the server runs, and the credentials"
    )


def connect_driver(url: str) -> psycopg.Connection:
    """A plain psycopg connection, not in autocommit: its first statement begins a transaction."""
    conninfo = connection_string(url)
    try:
        return psycopg.connect(conninfo)
    except (psycopg.OperationalError, UnicodeError) as exc:
        raise _cannot_connect(url, exc) from None


def sqlalchemy_engine(url: str) -> Engine:
    """A SQLAlchemy engine (psycopg 3, no pool) that connects as connect_driver does.

    The engine's URL names only the dialect; libpq's parameters (those connection_string
    joins) go to psycopg.connect as keywords, so SQLAlchemy neither parses the connection
    string (its make_url kept "%20" in a database name) nor holds a password it could print.
    """
    from sqlalchemy import create_engine, pool

    params = conninfo_params(url)
    return create_engine("postgresql+psycopg://", connect_args=params, poolclass=pool.NullPool)


def connect(url: str) -> tuple[Connection, Callable[[], None]]:
    """Open a SQLAlchemy connection (psycopg 3) and return it with its disposer."""
    from sqlalchemy.exc import OperationalError

    engine = sqlalchemy_engine(url)
    try:
        connection = engine.connect()
    except (OperationalError, UnicodeError) as exc:
        engine.dispose()
        raise _cannot_connect(url, exc) from None
    return connection, engine.dispose
