"""Binary COPY rows load to exactly the values the COPY text encoder gives, for every type."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seeder.encode.binary import PgType, column_types, encode_rows_binary
from seeder.encode.blocks import Block, Column, Kind, text_array
from seeder.encode.copy_format import HEADER, TRAILER
from seeder.encode.text import encode_copy_text
from seeder.errors import EncodingError

# name, SQL type, column kind, binary type, strategy for the stored value
COLUMNS = [
    ("i2", "smallint", Kind.INT, PgType.INT2, st.integers(-(2**15), 2**15 - 1)),
    ("i4", "integer", Kind.INT, PgType.INT4, st.integers(-(2**31), 2**31 - 1)),
    ("i8", "bigint", Kind.INT, PgType.INT8, st.integers(-(2**63), 2**63 - 1)),
    ("d1", "numeric(9, 1)", Kind.DEC1, PgType.NUMERIC, st.integers(-(10**8) + 1, 10**8 - 1)),
    ("d2", "numeric(10, 2)", Kind.DEC2, PgType.NUMERIC, st.integers(-(10**10) + 1, 10**10 - 1)),
    ("b", "boolean", Kind.BOOL, PgType.BOOL, st.booleans()),
    # seconds since 1970: 1900-01-01 .. 2100-01-01
    ("ts", "timestamp", Kind.TIMESTAMP, PgType.TIMESTAMP, st.integers(-2208988800, 4102444800)),
    ("dt", "date", Kind.DATE, PgType.DATE, st.integers(-25567, 47482)),
    (
        "tx",
        "text",
        Kind.TEXT,
        PgType.TEXT,
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")),
    ),
]
ROW = st.tuples(*(st.tuples(strategy, st.booleans()) for *_, strategy in COLUMNS))
DDL = ", ".join(f"{name} {sql_type}" for name, sql_type, *_ in COLUMNS)
TYPES = {name: pg_type for name, _, _, pg_type, _ in COLUMNS}


def block_of(rows: list[tuple[tuple[object, bool], ...]]) -> Block:
    columns = []
    for index, (name, _, kind, _, _) in enumerate(COLUMNS):
        values = [row[index][0] for row in rows]
        nulls = np.array([row[index][1] for row in rows], dtype=bool)
        array = text_array(values) if kind is Kind.TEXT else np.array(values)  # type: ignore[arg-type]
        columns.append(Column(name, kind, array, nulls))
    return Block("t", tuple(columns))


@pytest.fixture(scope="module")
def conn(server_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f"CREATE TEMP TABLE from_text ({DDL})")
        connection.execute(f"CREATE TEMP TABLE from_binary ({DDL})")
        yield connection


def both_ways_difference(conn: psycopg.Connection) -> int:
    row = conn.execute(
        "SELECT (SELECT count(*) FROM (TABLE from_text EXCEPT ALL TABLE from_binary) a)"
        " + (SELECT count(*) FROM (TABLE from_binary EXCEPT ALL TABLE from_text) b)"
    ).fetchone()
    assert row is not None
    return int(row[0])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(ROW, min_size=1, max_size=30))
def test_binary_rows_equal_text_rows(conn: psycopg.Connection, rows: list) -> None:  # type: ignore[type-arg]
    block = block_of(rows)
    names = ", ".join(name for name, *_ in COLUMNS)
    conn.execute("TRUNCATE from_text, from_binary")
    with conn.cursor().copy(f"COPY from_text ({names}) FROM STDIN") as copy:
        copy.write(encode_copy_text(block))
    with conn.cursor().copy(f"COPY from_binary ({names}) FROM STDIN (FORMAT binary)") as copy:
        copy.write(HEADER + encode_rows_binary(block, TYPES) + TRAILER)
    counted = conn.execute("SELECT count(*) FROM from_binary").fetchone()
    assert counted == (len(rows),)
    assert both_ways_difference(conn) == 0


def test_every_model_column_has_a_binary_type() -> None:
    types = column_types("interactions")
    assert types["handle_time"] is PgType.NUMERIC
    assert types["interaction_created"] is PgType.TIMESTAMP
    assert types["body"] is PgType.TEXT
    assert types["handled_by"] is PgType.INT4


def test_nul_in_text_is_refused_with_a_clear_error() -> None:
    values = text_array(["fine", "bad\x00value"])
    block = Block("t", (Column("tx", Kind.TEXT, values),))
    with pytest.raises(EncodingError, match="column 'tx' holds a NUL character"):
        encode_rows_binary(block, {"tx": PgType.TEXT})


def test_numeric_out_of_range_is_refused() -> None:
    block = Block("t", (Column("d2", Kind.DEC2, np.array([10**10 * 100])),))
    with pytest.raises(EncodingError, match="too large"):
        encode_rows_binary(block, {"d2": PgType.NUMERIC})
