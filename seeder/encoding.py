"""Column arrays to bytes, vectorised: PostgreSQL COPY text and CSV.

The bytes for COPY are the bytes a dump writes between `COPY ... FROM stdin;` and `\\.`:
one encoder for every sink.
"""

from __future__ import annotations

import numpy as np

from seeder.columns import STRING, Block, Column, Kind, Texts
from seeder.errors import SeederError

COPY_NULL = "\\N"
_COPY_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


class EncodingError(SeederError):
    """A value cannot be written faithfully (PostgreSQL text cannot hold NUL)."""


def _ints(values: Texts) -> Texts:
    return values.astype(np.int64).astype(STRING)


def _decimal(values: Texts, places: int) -> Texts:
    scaled = values.astype(np.int64)
    negative = scaled < 0
    magnitude = np.abs(scaled)
    unit = 10**places
    whole = (magnitude // unit).astype(STRING)
    frac = np.strings.zfill((magnitude % unit).astype(STRING), places)
    text = np.strings.add(np.strings.add(whole, "."), frac)
    if negative.any():
        text = np.where(negative, np.strings.add("-", text), text)
    return text


def _timestamps(values: Texts) -> Texts:
    stamps = values.astype(np.int64).astype("datetime64[s]")
    text = np.datetime_as_string(stamps, unit="s").astype(STRING)
    return np.strings.replace(text, "T", " ")


def _dates(values: Texts) -> Texts:
    days = values.astype(np.int64).astype("datetime64[D]")
    return np.datetime_as_string(days, unit="D").astype(STRING)


def render_values(column: Column, *, bool_true: str = "t", bool_false: str = "f") -> Texts:
    """The column's non-NULL text form (NULL rows hold a placeholder the caller replaces)."""
    kind = column.kind
    values = column.values
    if kind is Kind.INT:
        return _ints(values)
    if kind is Kind.TEXT:
        return values.astype(STRING)
    if kind is Kind.BOOL:
        return np.where(values.astype(bool), bool_true, bool_false).astype(STRING)
    if kind is Kind.TIMESTAMP:
        return _timestamps(values)
    if kind is Kind.DATE:
        return _dates(values)
    if kind is Kind.DEC1:
        return _decimal(values, 1)
    if kind is Kind.DEC2:
        return _decimal(values, 2)
    raise ValueError(f"unknown column kind {kind}")


def escape_copy_text(text: Texts) -> Texts:
    """Escape backslash, tab, newline and carriage return for COPY text format."""
    needs = np.zeros(len(text), dtype=bool)
    for raw, _ in _COPY_ESCAPES:
        needs |= np.strings.find(text, raw) >= 0
    if not needs.any():
        return text
    out = text.copy()
    subset = out[needs]
    for raw, escaped in _COPY_ESCAPES:
        subset = np.strings.replace(subset, raw, escaped)
    out[needs] = subset
    return out


def _join_rows(block: Block, fields: list[Texts], separator: str) -> bytes:
    line = fields[0]
    for field_text in fields[1:]:
        line = np.strings.add(np.strings.add(line, separator), field_text)
    if len(line) == 0:
        return b""
    data = ("\n".join(line.tolist()) + "\n").encode("utf-8")
    if b"\x00" in data:
        _raise_for_nul(block)
    return data


def _raise_for_nul(block: Block) -> None:
    # numpy's string search cannot look for NUL, so the joined bytes are scanned (memchr)
    # and only then is the offending column named.
    for column in block.columns:
        if column.kind is Kind.TEXT and "\x00" in "".join(column.values.tolist()):
            raise EncodingError(
                f"column {column.name!r} of {block.table!r} holds a NUL character, which "
                "PostgreSQL text cannot store: remove it from the input"
            )
    raise EncodingError(f"a value of {block.table!r} holds a NUL character: remove it")


def encode_copy_text(block: Block) -> bytes:
    """Rows in PostgreSQL COPY text format (tab separated, \\N for NULL, escaped text)."""
    fields: list[Texts] = []
    for column in block.columns:
        text = render_values(column)
        if column.kind is Kind.TEXT:
            text = escape_copy_text(text)
        if column.nulls is not None:
            text = np.where(column.nulls, COPY_NULL, text).astype(STRING)
        fields.append(text)
    return _join_rows(block, fields, "\t")


def quote_csv_text(text: Texts) -> Texts:
    """RFC 4180 quoting where a field holds a comma, quote, CR or LF (or is empty)."""
    needs = np.zeros(len(text), dtype=bool)
    for ch in (",", '"', "\n", "\r"):
        needs |= np.strings.find(text, ch) >= 0
    needs |= np.strings.str_len(text) == 0
    if not needs.any():
        return text
    out = text.copy()
    quoted = np.strings.replace(out[needs], '"', '""')
    out[needs] = np.strings.add(np.strings.add('"', quoted), '"')
    return out


def encode_csv(block: Block) -> bytes:
    """Rows as CSV: booleans 0/1 as the spec's files, NULL as an empty unquoted field."""
    fields: list[Texts] = []
    for column in block.columns:
        text = render_values(column, bool_true="1", bool_false="0")
        if column.kind is Kind.TEXT:
            text = quote_csv_text(text)
        if column.nulls is not None:
            text = np.where(column.nulls, "", text).astype(STRING)
        fields.append(text)
    return _join_rows(block, fields, ",")


def csv_header(block: Block) -> bytes:
    """The header line of a CSV file for this block's table."""
    return (",".join(c.name for c in block.columns) + "\n").encode("utf-8")


def _sql_literals(column: Column) -> Texts:
    kind = column.kind
    if kind is Kind.BOOL:
        text = np.where(column.values.astype(bool), "true", "false").astype(STRING)
    else:
        text = render_values(column)
        if kind in (Kind.TEXT, Kind.TIMESTAMP, Kind.DATE):
            if kind is Kind.TEXT:
                text = np.strings.replace(text, "'", "''")
            text = np.strings.add(np.strings.add("'", text), "'")
    if column.nulls is not None:
        text = np.where(column.nulls, "NULL", text).astype(STRING)
    return text


def encode_sql_values(block: Block) -> bytes:
    """Rows as SQL tuples '(v1, v2, ...)' joined by ',\\n' (standard_conforming_strings on)."""
    fields = [_sql_literals(column) for column in block.columns]
    line = fields[0]
    for field_text in fields[1:]:
        line = np.strings.add(np.strings.add(line, ", "), field_text)
    if len(line) == 0:
        return b""
    data = ("(" + "),\n(".join(line.tolist()) + ")").encode("utf-8")
    if b"\x00" in data:
        _raise_for_nul(block)
    return data
