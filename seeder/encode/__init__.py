"""Columns to bytes: COPY text, CSV, SQL literals, binary COPY and Arrow (for Parquet).

Importing this package imports no encoder (they bring numpy and Arrow): a loading process
names its encoding and only the process that makes the blocks looks the encoder up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from seeder.encode.blocks import Block

Encoding = Literal["binary", "copy", "insert", "csv", "arrow"]
Encoder = Callable[["Block"], bytes | bytearray]


def encoder_for(encoding: Encoding) -> Encoder:
    """The function that encodes a block's batch for `encoding`."""
    if encoding == "binary":
        from seeder.encode.binary import encode_copy_binary

        return encode_copy_binary
    if encoding == "arrow":
        from seeder.encode.parquet import encode_arrow_ipc

        return encode_arrow_ipc
    from seeder.encode.text import encode_copy_text, encode_csv, encode_sql_values

    return {"copy": encode_copy_text, "insert": encode_sql_values, "csv": encode_csv}[encoding]
