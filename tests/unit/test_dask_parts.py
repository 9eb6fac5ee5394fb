"""The pieces of a distributed run that need no cluster: the counts table, the agent time
summed on the workers, the version check, the shards' names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from seeder.config import build_run_config
from seeder.distributed.copy import refuse_unreachable
from seeder.distributed.ranges import (
    CHUNKS_PER_RANGE,
    RANGE_MAX_TICKETS,
    chunk_ranges,
    ticket_ranges,
)
from seeder.distributed.schedule import RangeOffsets
from seeder.distributed.tasks import (
    _check_versions,
    deliver_tickets,
    draw_range,
    library_versions,
    run_spec,
)
from seeder.errors import DistributedError, OutputError
from seeder.generate.plan import build_plan
from seeder.generate.produce import ChunkMaker, SequentialCounts, leading_tasks
from seeder.generate.tables.numbering import IdOffsets
from seeder.generate.tables.text import build_text_pools
from seeder.generate.work_totals import WorkTotals, work_cells
from seeder.sinks.export import is_export_name
from seeder.sinks.shard_output import shard_output
from seeder.sinks.shards import ShardRecord, ShardWriter, row_groups, shard_name

QUEUE_ORDER = ("interactions", "calls", "chats")  # IdOffsets' fields
COUNTS = st.lists(
    st.lists(st.tuples(*[st.integers(0, 50)] * 3), min_size=1, max_size=4), min_size=1, max_size=8
)


@given(COUNTS, st.randoms())
def test_each_range_gets_the_sum_of_every_earlier_ranges_counts(counts, random) -> None:
    """Counts arriving in any order give each range, once, the offsets a serial run gives."""
    table = RangeOffsets(len(counts))
    got = {0: IdOffsets()}
    order = list(range(len(counts)))
    random.shuffle(order)
    for position in order:
        for ready, offsets in table.add(position, counts[position]):
            assert ready not in got
            got[ready] = offsets
    expected, total = {}, np.zeros(3, dtype=np.int64)
    for position, chunks in enumerate(counts):
        expected[position] = IdOffsets(*(int(x) for x in total))
        total += np.sum(chunks, axis=0)
    assert got == expected


def test_agent_time_summed_on_workers_adds_up_to_the_serial_totals() -> None:
    plan = build_plan(build_run_config(tickets=9_000, seed=5))
    maker = ChunkMaker(plan, SequentialCounts())
    times = [
        result.handle_time
        for task in leading_tasks(plan)
        if task.kind == "tickets"
        for result in [maker.make(task)]
    ]
    serial, summed = WorkTotals(plan), WorkTotals(plan)
    for time in times:
        serial.add(time)
    # Ranges of two chunks, counted in reverse order, as workers may finish them.
    for start in reversed(range(0, len(times), 2)):
        summed.add_cells(work_cells(plan, times[start : start + 2]))
    expected, got = serial.arrived(), summed.arrived()
    assert expected.handle_s.sum() > 0 and expected.overtime_s.sum() > 0
    assert expected.case_by_day.sum() > 0
    for name in ("handle_s", "overtime_s", "case_by_day"):
        np.testing.assert_array_equal(getattr(got, name), getattr(expected, name))


def test_a_drawn_range_waits_with_its_agent_time_summed_not_per_contact() -> None:
    config = build_run_config(tickets=9_000, seed=5)
    plan = build_plan(config)
    chunk_range = ticket_ranges(plan)[-1]
    drawn = draw_range(run_spec(config), chunk_range)
    maker = ChunkMaker(plan, SequentialCounts())
    tasks = [t for t in leading_tasks(plan) if t.kind == "tickets"]
    times = [maker.make(t).handle_time for t in tasks][chunk_range.first : chunk_range.last + 1]
    expected = work_cells(plan, times)
    assert len(expected.cells) > 0
    for name in ("cells", "handle_s", "overtime_s", "case_by_day"):
        np.testing.assert_array_equal(getattr(drawn.work, name), getattr(expected, name))
    assert all(len(chunk.handle_time.seconds) == 0 for chunk in drawn.chunks)
    assert all(len(chunk.handle_time.case_seconds) == 0 for chunk in drawn.chunks)


def test_a_drawn_range_waits_narrowed_and_delivers_the_serial_shards(tmp_path: Path) -> None:
    """While it waits, a drawn range holds its integers narrowed and of its bodies' texts only
    those its rows add to the message pool; delivered, it writes the shards a serial run's
    blocks make, byte for byte."""
    config = build_run_config(tickets=20_000, seed=4)
    plan, spec = build_plan(config), run_spec(config)
    chunk_range = ticket_ranges(plan)[1]
    drawn = draw_range(spec, chunk_range)
    pools = build_text_pools()
    for chunk in drawn.chunks:
        ints = [c.values for c in chunk.interactions.columns if c.values.dtype.kind == "i"]
        assert ints and all(values.dtype != np.int64 for values in ints)
        body = chunk.interactions.column("body").categories
        assert body is not None and 0 < len(body) < len(pools.message_texts)
    maker = ChunkMaker(plan, SequentialCounts())
    tasks = [t for t in leading_tasks(plan) if t.kind == "tickets"]
    serial = [maker.make(t).blocks for t in tasks[: chunk_range.last + 1]]
    before = [chunk for blocks in serial[: chunk_range.first] for chunk in blocks]
    offsets = IdOffsets(*(sum(b.rows for b in before if b.table == t) for t in QUEUE_ORDER))
    delivered, expected = tmp_path / "delivered", tmp_path / "expected"
    delivered.mkdir(), expected.mkdir()
    records = deliver_tickets(
        spec, chunk_range, drawn, offsets, ShardWriter(str(delivered), "parquet")
    ).records
    writer = ShardWriter(str(expected), "parquet")
    for record in records:
        own = [
            b for blocks in serial[chunk_range.first :] for b in blocks if b.table == record.table
        ]
        assert writer(record.table, chunk_range.chunks, own) == record
        assert (delivered / record.file).read_bytes() == (expected / record.file).read_bytes()


def test_a_worker_with_other_library_versions_refuses_to_generate() -> None:
    client = tuple((name, "0.0.1" if name == "numpy" else v) for name, v in library_versions())
    with pytest.raises(DistributedError, match=r"numpy .* \(the client has 0\.0\.1\)"):
        _check_versions(client)
    _check_versions(library_versions())


def test_ranges_cover_every_chunk_once_in_order() -> None:
    chunks = 3 * CHUNKS_PER_RANGE + 1
    ranges = chunk_ranges("tickets", chunks)
    covered = [c for r in ranges for c in range(r.first, r.last + 1)]
    assert covered == list(range(chunks))
    assert [r.position for r in ranges] == list(range(len(ranges)))


def test_ticket_ranges_pair_chunks_only_within_the_ticket_cap() -> None:
    plan = build_plan(build_run_config(tickets=3_000_000))  # days of up to 14,000 tickets
    ranges = ticket_ranges(plan)
    covered = [c for r in ranges for c in range(r.first, r.last + 1)]
    assert covered == list(range(len(plan.ticket_chunks)))
    assert [r.position for r in ranges] == list(range(len(ranges)))
    sizes = [[c.tickets for c in plan.ticket_chunks[r.first : r.last + 1]] for r in ranges]
    assert all(len(s) == 1 or sum(s) <= RANGE_MAX_TICKETS for s in sizes)
    assert all(len(s) <= CHUNKS_PER_RANGE for s in sizes)
    assert any(len(s) == 1 and s[0] > RANGE_MAX_TICKETS for s in sizes)  # a busy day alone
    # Where every pair fits, the ranges are plain pairs (chunks of 4,000 tickets up to 500,000).
    small = build_plan(build_run_config(tickets=500_000))
    assert ticket_ranges(small) == chunk_ranges("tickets", len(small.ticket_chunks))


def test_shard_names_sort_in_load_order_and_are_recognised(tmp_path: Path) -> None:
    names = [shard_name("tickets", first, first + 3, "parquet") for first in (0, 4, 996, 1000)]
    assert names == sorted(names)
    assert names[0] == "tickets-000000-000003.parquet"
    for name in (names[0], "wfm-000000-000000.csv", "tickets-1-2.parquet", "x-000000-000000.csv"):
        (tmp_path / name).write_text("")
    recognised = {p.name for p in tmp_path.iterdir() if is_export_name(p.name)}
    assert recognised == {names[0], "wfm-000000-000000.csv"}


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://postgres@/db?host=/var/run/postgresql",
        "postgresql:///db",
        "host=@abstract dbname=db",
        "host=db.example,/tmp dbname=db",
    ],
)
def test_a_unix_socket_is_refused_for_the_workers(url: str) -> None:
    with pytest.raises(DistributedError, match=r"the Dask workers cannot reach .* unix socket"):
        refuse_unreachable(url)


def test_tcp_targets_are_accepted() -> None:
    refuse_unreachable("postgresql://u@db.example:5432/x")
    refuse_unreachable("hostaddr=10.0.0.5 dbname=x")


def test_seed_dask_without_a_database_never_starts_the_embedded_server(
    run_seed, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result = run_seed("--tickets", "50", "--dask", env={"SEEDER_HOME": str(home)})
    assert result.code == 2
    assert result.stderr.count("\n") == 1
    assert "--dask needs a database the workers reach over TCP" in result.stderr
    assert not home.exists()


def test_a_shard_the_client_cannot_see_fails_the_export_and_leaves_nothing(tmp_path: Path) -> None:
    """Workers on other machines writing to a local path write to their own disks."""
    record = ShardRecord("users-000000-000000.parquet", "users", (0, 0), 3, 100, "0" * 64)
    with (
        pytest.raises(OutputError, match="must be a folder the workers share"),
        shard_output(str(tmp_path / "out"), force=False) as output,
    ):
        output.finish("{}", [record])
    assert list(tmp_path.iterdir()) == []


def test_a_big_block_is_written_as_equal_row_groups_holding_its_rows(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from seeder.encode.parquet import arrow_table

    plan = build_plan(build_run_config(tickets=3_000, seed=9))
    maker = ChunkMaker(plan, SequentialCounts())
    ticket_task = next(t for t in leading_tasks(plan) if t.kind == "tickets")
    (block,) = [b for b in maker.make(ticket_task).blocks if b.table == "interactions"]
    assert block.rows > 1_000
    small = ShardWriter(str(tmp_path), "parquet", row_group_rows=1_000)
    record = small("interactions", (0, 0), [block, block.slice(0, 10)])
    shard = pq.ParquetFile(tmp_path / record.file)
    parts = -(-block.rows // 1_000)
    sizes = [shard.metadata.row_group(i).num_rows for i in range(shard.num_row_groups)]
    assert sizes[-1] == 10 and len(sizes) == parts + 1  # the small block stays one group
    assert sum(sizes[:-1]) == block.rows and max(sizes[:-1]) - min(sizes[:-1]) <= 1
    assert max(sizes) <= 1_000
    (tmp_path / "whole").mkdir()
    whole = ShardWriter(str(tmp_path / "whole"), "parquet")("interactions", (0, 0), [block])
    one_group = pq.ParquetFile(tmp_path / "whole" / whole.file)
    assert one_group.num_row_groups == 1
    assert shard.read().slice(0, block.rows).equals(one_group.read())
    assert one_group.read().num_rows == arrow_table(block).num_rows
    assert row_groups(block.slice(0, 0), 1_000)[0].rows == 0
