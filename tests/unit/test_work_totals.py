"""WorkTotals sums each chunk over the days its contacts touch, four bytes a cell, and its case
work per day: the totals must equal a plain sum and maximum over the whole [agent, day] grid,
and a plain sum per day."""

from __future__ import annotations

import numpy as np

from seeder.config import build_run_config
from seeder.generate.plan import build_plan
from seeder.generate.produce import ChunkMaker, SequentialCounts, leading_tasks
from seeder.generate.tables.wfm import AgentDays
from seeder.generate.work_totals import WorkTotals


def test_windowed_totals_equal_a_sum_over_the_whole_grid() -> None:
    plan = build_plan(build_run_config(tickets=30_000, seed=11))
    maker = ChunkMaker(plan, SequentialCounts())
    totals = WorkTotals(plan)
    shape = (plan.agents.count, plan.days)
    handle, overtime = (np.zeros(shape, dtype=np.int64) for _ in range(2))
    case = np.zeros(plan.days, dtype=np.int64)
    chunks = 0
    for task in leading_tasks(plan):
        time = maker.make(task).handle_time
        if time is None:
            continue
        chunks += 1
        totals.add(time)
        np.add.at(handle, (time.agent, time.day), time.seconds)
        np.maximum.at(overtime, (time.agent, time.day), time.overtime)
        np.add.at(case, time.case_day, time.case_seconds)
    got = totals.arrived()
    assert chunks >= 5 and handle.sum() > 0 and overtime.sum() > 0 and case.sum() > 0
    np.testing.assert_array_equal(got.handle_s, handle)
    np.testing.assert_array_equal(got.overtime_s, overtime)
    np.testing.assert_array_equal(got.case_by_day, case)


def test_the_run_keeps_four_bytes_a_cell_for_wfm() -> None:
    plan = build_plan(build_run_config(tickets=30_000, seed=11))
    arrived = WorkTotals(plan).arrived()
    cells = plan.agents.count * plan.days
    assert arrived.handle_s.nbytes + arrived.overtime_s.nbytes == 2 * 4 * cells
    assert arrived.case_by_day.nbytes == 8 * plan.days


def test_a_wfm_task_carries_int64_copies_of_its_agents_rows() -> None:
    grid = np.arange(6 * 4, dtype=np.int32).reshape(6, 4)
    some = AgentDays(grid, grid + 1, grid + 2).agents(2, 3)
    for got, offset in zip((some.handle_s, some.overtime_s, some.case_s), range(3), strict=True):
        assert got.dtype == np.int64 and not np.shares_memory(got, grid)
        np.testing.assert_array_equal(got, grid[2:5] + offset)
