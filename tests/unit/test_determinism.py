"""Rows are a pure function of (configuration, seed): identical bytes whatever the batch size."""

from __future__ import annotations

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
    "tickets": "8027d6d2a3f9029248363a1c4580f52f9ecbc88ad67c43df474b493c6e9ee3e4",
    "interactions": "017314884ab33ee9b2faca0f30dfc9aa27181e4835fe3d9294f97fa42643788a",
    "calls": "182f4bbd35eb4eb826207269079c57828dfa2b3580d9361f13165b02aa7a3cae",
    "chats": "092975da2e1ddab015999fb3bea747912e86ca81dc6612cc8fd464e739ab5705",
    "wfm": "ef1d5574882c4b7a3637511d7940fdab653fee81524f5f1538668c81b102a6fa",
}


def table_digests(
    tickets: int, seed: int, batch_rows: int | None = None, pools: Pools | None = None
) -> dict[str, str]:
    digests: dict[str, hashlib._Hash] = {}
    plan = build_plan(build_run_config(tickets=tickets, seed=seed))
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
