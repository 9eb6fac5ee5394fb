"""WorkTotals sums each chunk over the days its contacts touch, four bytes a cell: the totals
must equal a plain sum and maximum over the whole [agent, day] grid."""

from __future__ import annotations

import numpy as np

from seeder.config import build_run_config
from seeder.generate.plan import build_plan
from seeder.generate.produce import ChunkMaker, SequentialCounts, leading_tasks
from seeder.generate.work_totals import WorkTotals


def test_windowed_totals_equal_a_sum_over_the_whole_grid() -> None:
    plan = build_plan(build_run_config(tickets=30_000, seed=11))
    maker = ChunkMaker(plan, SequentialCounts())
    totals = WorkTotals(plan)
    shape = (plan.agents.count, plan.days)
    handle, overtime, case = (np.zeros(shape, dtype=np.int64) for _ in range(3))
    chunks = 0
    for task in leading_tasks(plan):
        time = maker.make(task).handle_time
        if time is None:
            continue
        chunks += 1
        totals.add(time)
        np.add.at(handle, (time.agent, time.day), time.seconds)
        np.maximum.at(overtime, (time.agent, time.day), time.overtime)
        np.add.at(case, (time.case_agent, time.case_day), time.case_seconds)
    got = totals.agent_days()
    assert chunks >= 5 and handle.sum() > 0 and overtime.sum() > 0 and case.sum() > 0
    np.testing.assert_array_equal(got.handle_s, handle)
    np.testing.assert_array_equal(got.overtime_s, overtime)
    np.testing.assert_array_equal(got.case_s, case)
    # A WFM task's rows come out as int64 copies of the agents asked for.
    some = got.agents(2, 3)
    assert some.handle_s.dtype == np.int64
    np.testing.assert_array_equal(some.case_s, case[2:5])


def test_the_run_keeps_four_bytes_a_cell_for_wfm() -> None:
    plan = build_plan(build_run_config(tickets=30_000, seed=11))
    days = WorkTotals(plan).agent_days()
    cells = plan.agents.count * plan.days
    assert sum(a.nbytes for a in (days.handle_s, days.overtime_s, days.case_s)) == 3 * 4 * cells
