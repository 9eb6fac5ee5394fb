"""The run manifest's content hashes, and the row a dump carries (no database needed)."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from seeder.config import build_run_config
from seeder.domain import TABLES
from seeder.encode.copy_format import EncodedBlock
from seeder.encode.text import encode_copy_text
from seeder.generate.plan import build_plan
from seeder.generate.produce import generate_blocks
from seeder.generate.workers import encode_block
from seeder.sinks.base import RunSummary
from seeder.sinks.manifest import ContentHashes, dump_statements

CONFIG = build_run_config(tickets=400, seed=11)


def hashes_at(batch_rows: int) -> dict[str, str]:
    hashes = ContentHashes("copy")
    for block in generate_blocks(build_plan(CONFIG)):
        hashes.add(encode_block(block, encode_copy_text, batch_rows))
    return hashes.hexdigests()


def test_the_hash_is_the_tables_encoded_rows_whatever_the_batch_size() -> None:
    whole = {table: hashlib.sha256() for table in TABLES}
    for block in generate_blocks(build_plan(CONFIG)):
        whole[block.table].update(encode_copy_text(block))
    expected = {table: digest.hexdigest() for table, digest in whole.items()}
    assert hashes_at(10_000) == hashes_at(7) == hashes_at(1) == expected


def test_a_table_without_rows_hashes_nothing() -> None:
    hashes = ContentHashes("binary")
    hashes.add(EncodedBlock("scenario_events", ("id",), ((0, b"ignored"),)))
    assert hashes.hexdigests()["scenario_events"] == hashlib.sha256(b"").hexdigest()
    assert hashes.encoding == "binary"


def test_a_failure_in_the_hashing_thread_reaches_the_sink_and_never_blocks_it() -> None:
    hashes = ContentHashes("copy")
    hashes.add(EncodedBlock("no_such_table", ("id",), ((1, b"1\n"),)))
    for _ in range(50):  # far more than the queue holds: add() must not wait forever
        hashes.add(EncodedBlock("users", ("id",), ((1, b"1\n"),)))
    with pytest.raises(KeyError, match="no_such_table"):
        hashes.hexdigests()


def test_the_dump_row_quotes_its_text_and_holds_no_time() -> None:
    event = dataclasses.replace(CONFIG.params.events[0], name="O'Brien's \\ bug")
    config = dataclasses.replace(CONFIG, params=dataclasses.replace(CONFIG.params, events=[event]))
    summary = RunSummary("t", rows=dict.fromkeys(TABLES, 3))
    sql = dump_statements(config, summary, ContentHashes("insert")).decode()
    assert r'''name = "O''Brien''s \\ bug"''' in sql  # quotes doubled, TOML's backslashes kept
    assert sql.count(";\n") == 1 and "now(), clock_timestamp()" in sql
    assert "'insert');" in sql and '"users": 3' in sql
