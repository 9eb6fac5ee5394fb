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
    "tickets": "4b51dc28ed3921e12bd45ef6b8aa10c47a60fdeabac8b5e5f591472caabfa28b",
    "interactions": "9f0d874131808545640fa20d564743fd727c23a4a02e62795fbe869ba32280d2",
    "calls": "94e73c565a824bbe73e229bdcbdd1d27bea81b351034faea51ca85317d82322b",
    "chats": "7c4ec43eaaaffa955a2001db4efb315adf0a5161304e1431aaf83a8c1f93f8ae",
    "wfm": "3e028b0c01088e725bdf2368eebf51462e33fb17dde9d2343f430dc477df3a05",
}
# The same run with events = []: every table but tickets (and the empty events table).
GOLDEN_SMALL_SEED_42_NO_EVENTS = {
    "users": "684adbbc63cf5955974e1fb2d3697ba3e76a4089c9f629ed6e211bcdbcfb7075",
    "customers": "2c28578d9697e65c48e191fc3c2e2b234e0068f356c08070bbd15a1d92d4f74b",
    "interactions": "11316ea72bd7f6bbf6a73b82955d9e5b4c63dff7658cbbe011ab3e2a80fcbfc4",
    "calls": "e95ec4e2e0bacbb93b26abd9f868911d89496556071ba7b3a5474db2e5912dca",
    "chats": "8513488c272eb8367e92c3ee8264802b2499d3583186a6050d71371551b5a80d",
    "wfm": "90db7537615b0d6f5747ca0c0ac669edb4115446df4b21a5bf58fd842333ec45",
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
