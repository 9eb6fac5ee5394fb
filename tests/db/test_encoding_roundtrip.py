"""Arbitrary text survives the COPY, INSERT and CSV encoders exactly; NUL is refused clearly."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seeder.encode.blocks import Block, Column, Kind, text_array
from seeder.encode.text import encode_copy_text, encode_csv, encode_sql_values
from seeder.errors import EncodingError

# Tabs, newlines, backslashes, quotes, semicolons, non-ASCII and long strings; no NUL, which
# PostgreSQL text cannot hold, and no lone surrogates, which UTF-8 cannot encode.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=300,
) | st.sampled_from(["", "\\N", "\\.", "a\tb\nc\rd\\e", "'; DROP TABLE t; --", "é" * 5000])
ROWS = st.lists(st.tuples(TEXT, st.booleans()), min_size=1, max_size=25)


def block_of(rows: list[tuple[str, bool]]) -> Block:
    values = text_array([text for text, _ in rows])
    nulls = np.array([is_null for _, is_null in rows], dtype=bool)
    ids = np.arange(len(rows), dtype=np.int64)
    return Block("t", (Column("id", Kind.INT, ids), Column("v", Kind.TEXT, values, nulls)))


def expected(rows: list[tuple[str, bool]]) -> list[tuple[int, str | None]]:
    return [(i, None if is_null else text) for i, (text, is_null) in enumerate(rows)]


@pytest.fixture(scope="module")
def conn(server_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute("CREATE TEMP TABLE t (id bigint, v text)")
        yield connection


def read_back(conn: psycopg.Connection) -> list[tuple[int, str | None]]:
    rows = conn.execute("SELECT id, v FROM t ORDER BY id").fetchall()
    conn.execute("TRUNCATE t")
    return [(int(r[0]), r[1]) for r in rows]


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(rows=ROWS)
def test_copy_text_round_trips(conn: psycopg.Connection, rows: list[tuple[str, bool]]) -> None:
    with conn.cursor().copy("COPY t (id, v) FROM STDIN") as copy:
        copy.write(encode_copy_text(block_of(rows)))
    assert read_back(conn) == expected(rows)


@SETTINGS
@given(rows=ROWS)
def test_insert_statements_round_trip(
    conn: psycopg.Connection, rows: list[tuple[str, bool]]
) -> None:
    conn.execute("SET standard_conforming_strings = on")
    statement = b"INSERT INTO t (id, v) VALUES\n" + encode_sql_values(block_of(rows))
    conn.execute(statement)  # type: ignore[call-overload]
    assert read_back(conn) == expected(rows)


@SETTINGS
@given(rows=ROWS)
def test_csv_round_trips(conn: psycopg.Connection, rows: list[tuple[str, bool]]) -> None:
    with conn.cursor().copy("COPY t (id, v) FROM STDIN (FORMAT csv)") as copy:
        copy.write(encode_csv(block_of(rows)))
    assert read_back(conn) == expected(rows)


@pytest.mark.parametrize("encode", [encode_copy_text, encode_sql_values, encode_csv])
def test_nul_is_refused_with_a_clear_error(encode) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EncodingError, match="column 'v' of 't' holds a NUL character"):
        encode(block_of([("fine", False), ("bad\x00value", False)]))
