"""Connection strings: libpq reads them, in every form it accepts, and none is ever shown with
its password."""

from __future__ import annotations

import pytest
from psycopg.conninfo import conninfo_to_dict
from tests_support import SECRET

from seeder.db.masking import mask, secrets_in
from seeder.db.urls import (
    connection_string,
    conninfo_params,
    libpq_conninfo,
    libpq_env_conninfo,
    redact_url,
)
from seeder.errors import ConfigError


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
        ("  host=h dbname=db  ", "host=h dbname=db"),
    ],
)
def test_libpq_gets_the_string_with_only_the_scheme_normalised(raw: str, libpq: str) -> None:
    assert libpq_conninfo(raw) == libpq


def test_libpq_reads_a_url_percent_decoded_and_key_value_pairs_alike() -> None:
    expected = {
        "user": "alice",
        "password": "p@ss",
        "host": "h",
        "port": "6543",
        "dbname": "my db",
    }
    assert conninfo_params("postgres://alice:p%40ss@h:6543/my%20db") == expected
    assert conninfo_params("host=h port=6543 user=alice password=p@ss dbname='my db'") == expected
    assert conninfo_to_dict(connection_string("postgres://alice:p%40ss@h:6543/my%20db")) == expected
    assert conninfo_params("postgresql:///db?host=/tmp/my+sockets")["host"] == "/tmp/my+sockets"


# Every place libpq takes a password from: (connection string, libpq's key, the value it reads).
PASSWORD_FORMS = [
    (f"postgresql://alice:{SECRET}@h/db", "password", SECRET),
    ("postgresql://alice:p%40ss%3Aword@h:6543/db", "password", "p@ss:word"),
    (f"postgresql://alice@h/db?password={SECRET}", "password", SECRET),
    ("postgresql://alice@h/db?sslmode=require&password=s%33cret-word", "password", "s3cret-word"),
    (f"postgresql://alice@h/db?pass%77ord={SECRET}&sslmode=require", "password", SECRET),
    (f"postgresql://alice@h/db?sslpassword={SECRET}", "sslpassword", SECRET),
    (f"host=h password={SECRET} dbname=db", "password", SECRET),
    ("host=h password = 'a b\\'c-secret' dbname=db", "password", "a b'c-secret"),
    ("host=h password=a\\ b-secret dbname=db", "password", "a b-secret"),
    (f"host=h sslpassword='{SECRET}'", "sslpassword", SECRET),
]
FORM_IDS = [f"form{i}" for i in range(len(PASSWORD_FORMS))]


@pytest.mark.parametrize(("raw", "key", "value"), PASSWORD_FORMS, ids=FORM_IDS)
def test_each_form_is_one_libpq_reads(raw: str, key: str, value: str) -> None:
    assert conninfo_params(raw)[key] == value


@pytest.mark.parametrize(("raw", "key", "value"), PASSWORD_FORMS, ids=FORM_IDS)
def test_each_form_is_masked_shown_alone_or_in_text(raw: str, key: str, value: str) -> None:
    found = secrets_in(raw)
    assert value in found  # what libpq reads, for the CLI to mask word for word
    for shown in (redact_url(raw), mask(f"seed: error: near {raw}: check it")):
        assert "***" in shown
        for secret in (value, *found):
            assert secret not in shown, shown


def test_masking_keeps_what_is_no_password() -> None:
    for text in (
        "postgresql://alice@h:5432/db?application_name=a@b",
        "postgresql:///db?host=/tmp/sockets&user=x@y",
        "postgresql://h:5432/db?sslmode=require",
        'password authentication failed for user "postgres"',
    ):
        assert mask(text) == text
        assert secrets_in(text) == []
    assert redact_url("postgresql://u:pw@h/db?sslmode=require") == (
        "postgresql://u:***@h/db?sslmode=require"
    )


def test_a_password_holding_a_space_or_slash_is_masked_whole() -> None:
    assert redact_url("postgresql://u:pa ss/word@h/db") == "postgresql://u:***@h/db"
    assert secrets_in("--database-url=postgresql://u:pa ss@h/db") == ["pa ss"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not a url", "invalid database URL"),
        (f"postgresql://u:{SECRET}@h:port/db", "the port must be a number"),
        (f"mysql://u:{SECRET}@h/db", "unsupported database URL scheme 'mysql'"),
        # libpq quotes the password back in these two messages.
        ("postgresql://u:Pa55%zz-DISTINCTIVE@h/db", "invalid percent-encoded token"),
        ("postgresql://u:Pa55 w0rd-DISTINCTIVE@h/db", "unexpected spaces"),
        (f"host=h password={SECRET} passwrd=x", 'invalid connection option "passwrd"'),
        (f"postgresql://u@h/db?password={SECRET}&bogus=1", "invalid URI query parameter"),
        # libpq would end the password at its first '@' and look the rest up as a host.
        ("postgresql://u:Pa55@DISTINCTIVE@h/db", "an '@' in the user name or password"),
        # libpq reads no user info before the first '/': the password becomes the port.
        ("postgresql://u:Pa55/DISTINCTIVE@h:1/db", "a '/' in the user name or password"),
        (f"postgresql://u:{SECRET}@h:99999/db", "a number from 1 to 65535"),
        (f"postgresql://u:{SECRET}@h/db?sslmode=always", "sslmode must be one of disable"),
        (f"postgresql://u:{SECRET}@h/db\udcff", "bytes that are not UTF-8"),
    ],
)
def test_bad_strings_name_the_fix_and_never_the_password(raw: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as raised:
        conninfo_params(raw)
    text = str(raised.value)
    assert "postgresql://USER:PASSWORD@HOST:PORT/DBNAME" in text
    assert "DISTINCTIVE" not in text


def test_a_long_bad_value_is_cut_in_the_message() -> None:
    for raw in ("x" * 40_000, "postgresql://u:" + "p" * 40_000, "host=h " + "x" * 40_000):
        with pytest.raises(ConfigError) as raised:
            conninfo_params(raw)
        assert len(str(raised.value)) < 300
        assert "..." in str(raised.value)


def test_an_at_sign_past_the_host_is_the_database_names() -> None:
    assert conninfo_params("postgresql://u:p@h/db@x")["dbname"] == "db@x"
    assert conninfo_params("postgresql://u%40corp:p%40x@h/db")["password"] == "p@x"


def test_a_libpq_variable_that_is_not_utf8_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGDATABASE", "shop\udcff")
    with pytest.raises(ConfigError, match="PGDATABASE holds bytes that are not UTF-8"):
        libpq_env_conninfo()
