"""Blocks as Arrow tables, for Parquet: real types, decimals exact, NULLs as validity.

A block travels from the process that makes it to the one that writes the file as an Arrow
IPC stream: the writer then holds the same table whichever process encoded it.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from seeder.encode.blocks import Block, Column, Kind
from seeder.encode.text import arrow_text


def arrow_table(block: Block) -> Any:
    """The block as an Arrow table, its columns typed for Parquet."""
    import pyarrow as pa

    schema = pa.schema([pa.field(c.name, _arrow_type(c), nullable=True) for c in block.columns])
    return pa.Table.from_arrays([_arrow_array(c) for c in block.columns], schema=schema)


def encode_arrow_ipc(block: Block) -> bytearray:
    """The block as an Arrow IPC stream holding one table (its columns typed for Parquet).

    The stream is written twice: once to count its bytes, then into a buffer of exactly that
    size, which is returned as it is, never copied. Written once into a growing stream, it
    would pass through buffers of up to twice its size, and a busy day's interactions at 10M
    tickets make 21 MiB.
    """
    import pyarrow as pa

    table = arrow_table(block)
    counter = pa.MockOutputStream()
    _write_stream(counter, table)
    data = bytearray(counter.size())
    _write_stream(pa.FixedSizeBufferWriter(pa.py_buffer(data)), table)
    return data


def _write_stream(sink: Any, table: Any) -> None:
    import pyarrow as pa

    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)


def decode_arrow_ipc(data: bytes | bytearray) -> Any:
    """The table encode_arrow_ipc encoded."""
    import pyarrow as pa

    return pa.ipc.open_stream(data).read_all()


def _arrow_type(column: Column) -> Any:
    import pyarrow as pa

    return {
        Kind.INT: pa.int64(),
        Kind.TEXT: pa.string(),
        Kind.BOOL: pa.bool_(),
        Kind.TIMESTAMP: pa.timestamp("s"),
        Kind.DATE: pa.date32(),
        Kind.DEC1: pa.decimal128(12, 1),
        Kind.DEC2: pa.decimal128(12, 2),
    }[column.kind]


def _arrow_array(column: Column) -> Any:
    import pyarrow as pa

    mask = column.nulls
    values = column.values
    kind = column.kind
    if kind is Kind.TEXT:
        return _with_validity(arrow_text(column), mask)
    if kind in (Kind.DEC1, Kind.DEC2):
        # Scaled integers are the decimals' unscaled values: 128-bit little-endian words
        # built directly, so no value ever passes through a float.
        unscaled = values.astype(np.int64)
        words = np.empty((len(unscaled), 2), dtype="<i8")
        words[:, 0] = unscaled
        words[:, 1] = unscaled >> 63
        validity = None if mask is None else pa.array(~mask).buffers()[1]
        return pa.Array.from_buffers(
            _arrow_type(column), len(unscaled), [validity, pa.py_buffer(words.tobytes())]
        )
    if kind is Kind.TIMESTAMP:
        return pa.array(values.astype("datetime64[s]"), type=pa.timestamp("s"), mask=mask)
    if kind is Kind.DATE:
        return pa.array(values.astype("datetime64[D]"), type=pa.date32(), mask=mask)
    return pa.array(values, type=_arrow_type(column), mask=mask)


def _with_validity(text: Any, nulls: Any) -> Any:
    """`text` (an Arrow string array) NULL where `nulls` is true.

    Arrow gathers the strings straight from numpy's: no Python str per row, which would cost
    a busy day's text columns tens of MiB."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if nulls is None or not nulls.any():
        return text
    return pc.if_else(pa.array(nulls), pa.scalar(None, pa.string()), text)
