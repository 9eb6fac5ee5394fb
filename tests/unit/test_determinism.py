"""Rows are a pure function of (configuration, seed): identical bytes whatever the batch size."""

from __future__ import annotations

import dataclasses
import hashlib
import threading

import pytest

from seeder.config import build_run_config
from seeder.encode.text import encode_copy_text
from seeder.generate.plan import build_plan
from seeder.generate.produce import Pools, build_pools, generate_blocks, iter_batches

# Changed only on purpose (a generator change, or a dependency upgrade that changes the data),
# with a note in the commit saying why.
GOLDEN_SMALL_SEED_42 = {
    "users": "684adbbc63cf5955974e1fb2d3697ba3e76a4089c9f629ed6e211bcdbcfb7075",
    "customers": "2c28578d9697e65c48e191fc3c2e2b234e0068f356c08070bbd15a1d92d4f74b",
    "scenario_events": "4d2d68f783aa3c5be3de4333611c885ee151923972e20c27c77f69a65fc7f920",
    "tickets": "36587e3406727fb636b285b5fc9f8c9cd6962c51520cbe779831f661b1dd0946",
    "interactions": "65e0daad1cd4090ce911c15d5192b5a6c349c2d8fac980652dac4710ef249e44",
    "calls": "c5f4a73f509a8bd6127f438b4df5c62212e5ed95e819a976b87667f60f4ea853",
    "chats": "af83212f03a8c56303a3449ee352b6a6599387a4b3ecb5788f4833555fa01c26",
    "wfm": "8d97f5e2e2164740e5600ac282aaf4609f17fb7015a529fbbcfcc1d8f6a2af67",
}
# The same run with events = []: every table but tickets (and the empty events table).
GOLDEN_SMALL_SEED_42_NO_EVENTS = {
    "users": "684adbbc63cf5955974e1fb2d3697ba3e76a4089c9f629ed6e211bcdbcfb7075",
    "customers": "2c28578d9697e65c48e191fc3c2e2b234e0068f356c08070bbd15a1d92d4f74b",
    "interactions": "3138850fe62880162fbd1efa223821002a5ea27efeb5b0446795597df168d8dd",
    "calls": "de9a6655b759939cc134b5e4365780f2111cfa5b6f7d3fefbb4dfef22749686a",
    "chats": "c530b1c9757fcc96d900a87540628fc3b49cb4653cdf78efc252631366477c0c",
    "wfm": "0c23844647f816dfa6ab2219492b51114ab18abf848b0be22f6f7fd6fda45066",
}


def table_digests(
    tickets: int,
    seed: int,
    batch_rows: int | None = None,
    pools: Pools | None = None,
    *,
    events_off: bool = False,
) -> dict[str, str]:
    digests: dict[str, hashlib._Hash] = {}
    config = build_run_config(tickets=tickets, seed=seed)
    if events_off:
        config = dataclasses.replace(config, params=dataclasses.replace(config.params, events=[]))
    plan = build_plan(config)
    for block in generate_blocks(plan, pools=pools):
        h = digests.setdefault(block.table, hashlib.sha256())
        if batch_rows is None:
            h.update(encode_copy_text(block))
        else:
            for batch in iter_batches(block, batch_rows):
                h.update(encode_copy_text(batch))
    return {table: h.hexdigest() for table, h in digests.items()}


def test_same_inputs_give_identical_bytes() -> None:
    assert table_digests(1_500, 3) == table_digests(1_500, 3)


@pytest.mark.parametrize("batch_rows", [1, 97, 5_000])
def test_batch_size_never_changes_the_bytes(batch_rows: int) -> None:
    assert table_digests(1_500, 3, batch_rows) == table_digests(1_500, 3)


def test_another_seed_gives_other_data() -> None:
    first = table_digests(500, 1)
    second = table_digests(500, 2)
    assert all(first[t] != second[t] for t in ("customers", "tickets", "interactions", "wfm"))


def test_golden_hashes_of_the_small_size() -> None:
    """Catches drift after a dependency upgrade (numpy, Faker) or an accidental change."""
    assert table_digests(500, 42) == GOLDEN_SMALL_SEED_42


def test_golden_hashes_with_events_off() -> None:
    """events = [] is its own path: no scenario_events rows, no event tickets."""
    digests = table_digests(500, 42, events_off=True)
    assert digests["scenario_events"] != GOLDEN_SMALL_SEED_42["scenario_events"]
    assert {t: digests[t] for t in GOLDEN_SMALL_SEED_42_NO_EVENTS} == GOLDEN_SMALL_SEED_42_NO_EVENTS


def test_pools_built_beforehand_give_the_same_bytes() -> None:
    assert table_digests(500, 42, pools=build_pools(42)) == GOLDEN_SMALL_SEED_42


def test_pools_built_for_another_seed_are_refused() -> None:
    plan = build_plan(build_run_config(tickets=500, seed=42))
    with pytest.raises(ValueError, match="pools built for seed 41, not 42"):
        generate_blocks(plan, pools=build_pools(41))


def _encoded_stream(tickets: int, seed: int, jobs: int) -> list[tuple[str, bytes]]:
    from seeder.encode.text import encode_copy_text
    from seeder.generate.workers import encoded_blocks

    plan = build_plan(build_run_config(tickets=tickets, seed=seed))
    assert len(plan.ticket_chunks) >= 5  # so workers number chunks drawn out of order
    return [
        (block.table, b"".join(data for _, data in block.batches))
        for block in encoded_blocks(plan, encode_copy_text, 1_000, jobs)
    ]


@pytest.fixture(scope="module")
def serial_stream() -> list[tuple[str, bytes]]:
    return _encoded_stream(20_000, 8, jobs=1)


@pytest.mark.parametrize("jobs", [2, 3])
def test_worker_processes_never_change_the_bytes(
    jobs: int, serial_stream: list[tuple[str, bytes]]
) -> None:
    assert _encoded_stream(20_000, 8, jobs) == serial_stream


def test_workers_from_a_forkserver_give_the_same_bytes(
    serial_stream: list[tuple[str, bytes]],
) -> None:
    """A caller running another thread gets its workers from a forkserver, not by fork."""
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        assert _encoded_stream(20_000, 8, jobs=2) == serial_stream
    finally:
        release.set()
        other.join()
