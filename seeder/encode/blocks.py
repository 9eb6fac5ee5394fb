"""Typed column arrays: what generators produce and encoders consume."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
from numpy.typing import NDArray

Texts = NDArray[Any]
"""Arrays of any dtype, used for numpy StringDType text (numpy's stubs do not type it)."""


class Kind(StrEnum):
    """How a column's values are stored in its array and rendered as text.

    The integer kinds are drawn as int64; a block waiting on a Dask worker may hold them
    narrower (seeder.encode.narrow), and every encoder casts to the width it writes.
    """

    INT = "int"  # int64
    TEXT = "text"  # numpy StringDType
    BOOL = "bool"  # bool
    TIMESTAMP = "timestamp"  # int64 seconds since 1970-01-01 (UTC, no zone)
    DATE = "date"  # int64 days since 1970-01-01
    DEC1 = "dec1"  # int64 tenths
    DEC2 = "dec2"  # int64 hundredths


@dataclass(frozen=True)
class Column:
    """One column of a block; nulls marks NULL rows (None when the column has none).

    A TEXT column drawn from a known set of strings may be categorical: `values` then holds
    int64 codes into `categories` (a StringDType array), and the encoders gather the strings
    in Arrow. Gathering numpy strings copies each one into a new allocation: 182,000 channel
    names took 16 ms that way, against 1 ms for Arrow's take. Use `text_values` for the
    strings themselves.
    """

    name: str
    kind: Kind
    values: Texts
    nulls: NDArray[np.bool_] | None = None
    categories: Texts | None = None
    # Shared categories that come before `categories`: a code below len(pool) reads the pool,
    # the others categories[code - len(pool)]. The interactions' bodies point into the message
    # pool this way, which the encoders convert to Arrow once, not a copy of it per chunk.
    pool: Texts | None = None


@dataclass(frozen=True)
class Block:
    """Rows of one table, as columns in table order."""

    table: str
    columns: tuple[Column, ...]

    @property
    def rows(self) -> int:
        return len(self.columns[0].values) if self.columns else 0

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    def slice(self, start: int, stop: int) -> Block:
        """Rows [start, stop) as a new block (views, no copies)."""
        return Block(
            self.table,
            tuple(
                Column(
                    c.name,
                    c.kind,
                    c.values[start:stop],
                    None if c.nulls is None else c.nulls[start:stop],
                    c.categories,
                    c.pool,
                )
                for c in self.columns
            ),
        )

    def take(self, order: NDArray[np.int64]) -> Block:
        """Rows reordered by an index array."""
        return Block(
            self.table,
            tuple(
                Column(
                    c.name,
                    c.kind,
                    c.values[order],
                    None if c.nulls is None else c.nulls[order],
                    c.categories,
                    c.pool,
                )
                for c in self.columns
            ),
        )


STRING = np.dtypes.StringDType()


def text_array(values: list[str] | Texts) -> Texts:
    """A numpy StringDType array (variable-width UTF-8, vectorised string ops)."""
    return np.asarray(values, dtype=STRING)


def categorical(
    name: str, codes: NDArray[np.int64], categories: Texts, nulls: NDArray[np.bool_] | None = None
) -> Column:
    """A TEXT column whose row i is categories[codes[i]] (codes must index categories)."""
    return Column(name, Kind.TEXT, codes, nulls, categories)


def text_values(column: Column) -> Texts:
    """A TEXT column's values as a StringDType array, categorical or not."""
    if column.categories is None:
        return column.values
    if column.pool is None:
        return column.categories[column.values]
    codes = np.asarray(column.values, dtype=np.int64)
    in_pool = codes < len(column.pool)
    texts: Texts = np.empty(len(codes), dtype=STRING)
    texts[in_pool] = column.pool[codes[in_pool]]
    texts[~in_pool] = column.categories[codes[~in_pool] - len(column.pool)]
    return texts
