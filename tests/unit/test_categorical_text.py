"""Categorical text columns (codes into categories) encode exactly as their strings do."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from seeder.domain import CHANNELS, LANGUAGES, PRODUCTS
from seeder.encode.binary import PgType, encode_rows_binary
from seeder.encode.blocks import Block, Column, Kind, categorical, text_array, text_values
from seeder.encode.parquet import arrow_table
from seeder.encode.text import encode_copy_text, encode_csv, encode_sql_values
from seeder.generate.tables.text import (
    REPLY_PREFIX,
    CodedTexts,
    PooledTexts,
    TextPools,
    build_text_pools,
)

CATEGORIES = text_array(["email", "phone", "chat with\ttab", 'd\'quote, "comma"', "naïve"])


def _blocks(rows: int, seed: int) -> tuple[Block, Block]:
    """The same rows twice: with a categorical column, and with its strings spelled out."""
    rng = np.random.default_rng(seed)
    codes = rng.integers(0, len(CATEGORIES), rows)
    nulls = rng.random(rows) < 0.2
    ids = Column("id", Kind.INT, np.arange(rows, dtype=np.int64))
    coded = Block("t", (ids, categorical("word", codes, CATEGORIES, nulls)))
    spelled = Block("t", (ids, Column("word", Kind.TEXT, CATEGORIES[codes], nulls)))
    return coded, spelled


def test_rows_using_few_of_many_categories_encode_as_their_strings() -> None:
    # Like a batch of bodies, which use a fraction of the message pool: only the used
    # categories are converted, and every encoder must still write each row's own string.
    many = text_array([f"entry {i} \u00e9" * (i % 7) for i in range(3_000)])
    rng = np.random.default_rng(5)
    codes = rng.choice(np.arange(2_999, 0, -37), 400)  # unused ones before, between and after
    nulls = rng.random(len(codes)) < 0.1
    ids = Column("id", Kind.INT, np.arange(len(codes), dtype=np.int64))
    coded = Block("t", (ids, categorical("word", codes, many, nulls)))
    spelled = Block("t", (ids, Column("word", Kind.TEXT, many[codes], nulls)))
    for encode in (encode_copy_text, encode_csv, encode_sql_values):
        assert encode(coded) == encode(spelled)
    types = {"id": PgType.INT8, "word": PgType.TEXT}
    assert encode_rows_binary(coded, types) == encode_rows_binary(spelled, types)
    assert arrow_table(coded).equals(arrow_table(spelled))


def test_rows_in_a_shared_pool_and_their_own_texts_encode_as_their_strings() -> None:
    # The interactions' bodies: codes into the message pool, then into the chunk's own texts.
    pool = text_array([f"pooled {i} \u00e9" * (i % 5) for i in range(2_000)])
    own = text_array([f"own {i}\tORD-{i}" for i in range(300)])
    rng = np.random.default_rng(8)
    codes = rng.integers(0, len(pool) + len(own), 1_000)
    nulls = rng.random(len(codes)) < 0.1
    whole = np.concatenate([pool, own])
    ids = Column("id", Kind.INT, np.arange(len(codes), dtype=np.int64))
    pooled = Block("t", (ids, Column("word", Kind.TEXT, codes.copy(), nulls, own, pool)))
    spelled = Block("t", (ids, Column("word", Kind.TEXT, whole[codes], nulls)))
    order = rng.permutation(len(codes))
    for a, b in [
        (pooled, spelled),
        (pooled.slice(100, 900), spelled.slice(100, 900)),
        (pooled.take(order), spelled.take(order)),
    ]:
        assert text_values(a.columns[1]).tolist() == b.columns[1].values.tolist()
        for encode in (encode_copy_text, encode_csv, encode_sql_values):
            assert encode(a) == encode(b)
        types = {"id": PgType.INT8, "word": PgType.TEXT}
        assert encode_rows_binary(a, types) == encode_rows_binary(b, types)
        assert arrow_table(a).equals(arrow_table(b))
    assert np.array_equal(pooled.columns[1].values, codes), "encoding left the codes as they were"


def test_text_values_are_the_categories_gathered_by_code() -> None:
    coded, spelled = _blocks(500, seed=1)
    assert text_values(coded.columns[1]).tolist() == spelled.columns[1].values.tolist()


@pytest.mark.parametrize("encode", [encode_copy_text, encode_csv, encode_sql_values])
def test_text_encoders_write_the_same_bytes(encode: Callable[[Block], bytes]) -> None:
    coded, spelled = _blocks(2_000, seed=2)
    assert encode(coded) == encode(spelled)


def test_binary_copy_writes_the_same_bytes() -> None:
    coded, spelled = _blocks(2_000, seed=3)
    types = {"id": PgType.INT8, "word": PgType.TEXT}
    assert encode_rows_binary(coded, types) == encode_rows_binary(spelled, types)


def test_arrow_tables_hold_the_strings_and_nulls_where_masked() -> None:
    coded, spelled = _blocks(2_000, seed=4)
    nulls = spelled.columns[1].nulls
    assert nulls is not None
    expected = [
        None if null else str(s)
        for s, null in zip(CATEGORIES[coded.columns[1].values], nulls, strict=True)
    ]
    for block in (coded, spelled):
        assert arrow_table(block).column("word").to_pylist() == expected


def test_slice_and_take_keep_the_categories() -> None:
    coded, spelled = _blocks(300, seed=4)
    order = np.random.default_rng(5).permutation(300)
    for a, b in [
        (coded.slice(10, 200), spelled.slice(10, 200)),
        (coded.take(order), spelled.take(order)),
    ]:
        assert text_values(a.columns[1]).tolist() == b.columns[1].values.tolist()
        assert encode_copy_text(a) == encode_copy_text(b)


def test_messages_rendered_in_order_equal_the_messages_reordered() -> None:
    pools = build_text_pools()
    rng = np.random.default_rng(6)
    n = 3_000
    inputs = {
        "channel": rng.integers(0, len(CHANNELS), n),
        "position": rng.integers(0, 4, n),
        "language": rng.integers(0, len(LANGUAGES), n),
        "symptom": rng.integers(0, len(pools.symptom_text), n),
        "product": rng.integers(0, len(PRODUCTS), n),
        "order_ref": rng.integers(100_000, 1_000_000, n),
    }
    order = rng.permutation(n)
    subject, body, null = pools.render_messages(np.random.default_rng(7), **inputs)
    in_order = pools.render_messages(np.random.default_rng(7), **inputs, order=order)
    subjects, bodies = _texts(subject), _bodies(pools, body)
    assert _texts(in_order[0]) == [subjects[i] for i in order]
    assert _bodies(pools, in_order[1]) == [bodies[i] for i in order]
    assert in_order[2].tolist() == null[order].tolist()
    assert len(set(bodies)) > 100  # real, varied messages, not blanks


def test_messages_follow_their_templates() -> None:
    """Subjects carry the reply prefix exactly on e-mail follow-ups; bodies their order ref."""
    pools = build_text_pools()
    rng = np.random.default_rng(8)
    n = 4_000
    channel = rng.integers(0, len(CHANNELS), n)
    position = rng.integers(0, 5, n)
    language = rng.integers(0, len(LANGUAGES), n)
    order_ref = rng.integers(100_000, 1_000_000, n)
    subject, body, null = pools.render_messages(
        np.random.default_rng(9),
        channel=channel,
        position=position,
        language=language,
        symptom=rng.integers(0, len(pools.symptom_text), n),
        product=rng.integers(0, len(PRODUCTS), n),
        order_ref=order_ref,
    )
    subjects, bodies = _texts(subject), _bodies(pools, body)
    email = channel == CHANNELS.index("email")
    assert null.tolist() == (channel == CHANNELS.index("phone")).tolist()
    for i in np.flatnonzero(~null):
        prefix = REPLY_PREFIX[LANGUAGES[language[i]]]
        assert subjects[i].startswith(prefix) == bool(email[i] and position[i] > 0), subjects[i]
        assert "{" not in bodies[i] and bodies[i]
    with_ref = [i for i in np.flatnonzero(email) if "ORD-" in bodies[i]]
    assert len(with_ref) > 100
    assert all(f"ORD-{order_ref[i]}" in bodies[i] for i in with_ref)


def _texts(coded: CodedTexts) -> list[str]:
    return text_values(categorical("text", coded.codes, coded.categories)).tolist()


def _bodies(pools: TextPools, body: PooledTexts) -> list[str]:
    whole = np.concatenate([pools.message_texts, body.own])
    assert len(body.own) < len(pools.message_texts)  # the rows' own texts, not the pool
    assert (
        pools.pooled_text(body, np.arange(len(body.codes))).tolist() == whole[body.codes].tolist()
    )
    return text_values(categorical("text", body.codes, whole)).tolist()
