"""URL checks and conversions done without SQLAlchemy keep what libpq and users expect."""

from __future__ import annotations

import pytest

from seeder.errors import ConfigError
from seeder.urls import (
    libpq_conninfo,
    parse_database_url,
    redact_url,
    sqlalchemy_url,
    url_password,
)


@pytest.mark.parametrize(
    ("raw", "libpq"),
    [
        ("postgresql://u:pw@h:5432/db", "postgresql://u:pw@h:5432/db"),
        ("postgres://u@h/db", "postgresql://u@h/db"),
        (
            "postgresql+psycopg://u:pw@h/db?sslmode=require",
            "postgresql://u:pw@h/db?sslmode=require",
        ),
        # libpq reads "+" literally: the query must reach it untouched.
        ("postgresql:///db?host=/tmp/my+sockets", "postgresql:///db?host=/tmp/my+sockets"),
    ],
)
def test_libpq_gets_the_url_with_only_the_scheme_normalised(raw: str, libpq: str) -> None:
    assert libpq_conninfo(raw) == libpq


def test_passwords_are_decoded_and_redacted() -> None:
    raw = "postgresql://alice:p%40ss%3Aword@db.example.com:6543/support"
    assert url_password(raw) == "p@ss:word"
    assert redact_url(raw) == "postgresql://alice:***@db.example.com:6543/support"
    assert "p%40ss" not in redact_url(raw)
    assert url_password("postgresql://alice@h/db") is None
    assert redact_url("postgresql://alice@h/db") == "postgresql://alice@h/db"


def test_sqlalchemy_gets_the_same_parts_with_the_psycopg_driver() -> None:
    url = sqlalchemy_url("postgres://alice:p%40ss@h:6543/support")
    assert (url.drivername, url.username, url.password, url.host, url.port, url.database) == (
        "postgresql+psycopg",
        "alice",
        "p@ss",
        "h",
        6543,
        "support",
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not a url", "invalid database URL"),
        ("postgresql://u@h:port/db", "invalid database URL"),
        ("mysql://u:secret@h/db", "unsupported database URL scheme 'mysql'"),
    ],
)
def test_bad_urls_name_the_fix_and_never_the_password(raw: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as raised:
        parse_database_url(raw)
    assert "postgresql://USER:PASSWORD@HOST:PORT/DBNAME" in str(raised.value)
    assert "secret" not in str(raised.value)
