"""Narrowed integers: the smallest type that holds the values, and the same bytes encoded."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from seeder.config import build_run_config
from seeder.encode.binary import encode_copy_binary
from seeder.encode.blocks import Block
from seeder.encode.narrow import narrow
from seeder.encode.parquet import arrow_table, encode_arrow_ipc
from seeder.encode.text import encode_copy_text, encode_csv, encode_sql_values
from seeder.generate.plan import build_plan
from seeder.generate.tables.numbering import IdOffsets, number_ticket_chunk
from seeder.generate.tables.text import build_text_pools
from seeder.generate.tables.tickets import draw_ticket_chunk, with_message_pool

INT64 = st.integers(np.iinfo(np.int64).min, np.iinfo(np.int64).max)


@dataclass(frozen=True)
class _Tree:
    values: np.ndarray
    more: tuple[np.ndarray, ...]
    label: str


@given(st.lists(INT64, max_size=20), st.lists(st.integers(-200, 200), min_size=1, max_size=5))
def test_narrow_keeps_every_value_in_the_smallest_type_that_holds_them(values, small) -> None:
    tree = _Tree(np.array(values, dtype=np.int64), (np.array(small, dtype=np.int64),), "x")
    narrowed = narrow(tree)
    for before, after in ((tree.values, narrowed.values), (tree.more[0], narrowed.more[0])):
        np.testing.assert_array_equal(after.astype(np.int64), before)
        if before.size == 0:
            continue  # nothing to judge a type by: left as it is
        smaller = [t for t in (np.int8, np.int16, np.int32) if t().itemsize < after.itemsize]
        for kind in smaller:  # no smaller type would have held them
            info = np.iinfo(kind)
            assert before.min() < info.min or before.max() > info.max
    assert narrowed.label == "x"


def test_narrow_leaves_other_arrays_alone() -> None:
    floats, flags = np.array([1.5, 2.0]), np.array([True, False])
    narrowed = narrow((floats, flags, np.array([1, 2], dtype=np.int32)))
    assert narrowed[0] is floats and narrowed[1] is flags and narrowed[2].dtype == np.int32


ENCODERS = [encode_copy_binary, encode_copy_text, encode_csv, encode_sql_values, encode_arrow_ipc]


def _parquet(block: Block) -> bytes:
    import pyarrow.parquet as pq

    out = io.BytesIO()
    pq.write_table(arrow_table(block), out, compression="zstd")
    return out.getvalue()


@pytest.mark.parametrize("tickets", [3_000, 60_000])
def test_every_encoder_writes_a_narrowed_chunk_as_the_drawn_one(tickets: int) -> None:
    """What a Dask worker delivers (a drawn chunk narrowed while it waited, then numbered)
    encodes to the bytes of the chunk as drawn, in every format."""
    plan, pools = build_plan(build_run_config(tickets=tickets, seed=3)), build_text_pools()
    chunk = max(plan.ticket_chunks, key=lambda c: c.tickets)
    drawn = with_message_pool(draw_ticket_chunk(plan, pools, chunk), pools)
    offsets = IdOffsets(1_234_567, 89, 1_000_000)
    wide, slim = number_ticket_chunk(drawn, offsets), number_ticket_chunk(narrow(drawn), offsets)
    narrowed = set()
    for table in ("tickets", "interactions", "calls", "chats"):
        block, narrow_block = getattr(wide, table), getattr(slim, table)
        narrowed |= {str(c.values.dtype) for c in narrow_block.columns}
        for encode in [*ENCODERS, _parquet]:
            assert bytes(encode(narrow_block)) == bytes(encode(block)), (table, encode)
    assert {"int8", "int16", "int32"} <= narrowed
