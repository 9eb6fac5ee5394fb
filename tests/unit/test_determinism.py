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
    "scenario_events": "774b5a80964f058c05e4874ca451a76a7b05daebdd139ae4854f9d736cf1a81a",
    "tickets": "a8ac2328a3d00bca1b68b22401bde844c73b3c56c8ab39d1d8535f5810144edc",
    "interactions": "9917cc3177a30122946d088ed3b042d2e3734db39971dba27c3acd854ea35339",
    "calls": "68bd9ac11a365601fdf24ad968b1332dee13f8df3cde29c87331d64b693e8d80",
    "chats": "1d0a35b75ea5bac8979e4bcc3eebceb8ce842f9c41805542fe8797728328e5b8",
    "wfm": "1751f197ff42a99aed27274572bc5fe7f67076b781d07b93b84ca8bfbc62b057",
}
# The same run with events = []: every table but tickets (and the empty events table).
GOLDEN_SMALL_SEED_42_NO_EVENTS = {
    "users": "684adbbc63cf5955974e1fb2d3697ba3e76a4089c9f629ed6e211bcdbcfb7075",
    "customers": "2c28578d9697e65c48e191fc3c2e2b234e0068f356c08070bbd15a1d92d4f74b",
    "interactions": "456b5b4ec7847e6ff5eb117c76d24913890818e5298392dc8faf2093f4eef2fc",
    "calls": "241812d5ae0928bd5ef78bc819430f11b66f5618bb416f619d41474487b2fae4",
    "chats": "9a7994c9361075c88405107963a3e0692cb6ff7d57cccc43c945194bb9fbcb56",
    "wfm": "0f61dca5f6b01913a71750273a958f91554a56e1f8876f650bd87c9cc9c4872e",
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
