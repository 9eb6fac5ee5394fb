"""The team's case-work queue: shared by the room below each agent's occupancy ceiling."""

from __future__ import annotations

import numpy as np

from seeder.config import build_run_config
from seeder.generate.case_work import shared_case_work, with_case_work_done
from seeder.generate.plan import build_plan
from seeder.generate.produce import ChunkMaker, SequentialCounts, leading_tasks
from seeder.generate.rng import chunk_rng
from seeder.generate.tables.wfm import day_time
from seeder.generate.work_totals import WorkTotals

H = 3600


def test_the_queue_is_shared_in_proportion_to_the_room_left() -> None:
    room = np.array([[4 * H, 2 * H, 0]], dtype=np.int32)
    done = shared_case_work(room, np.array([3 * H]))
    assert done.tolist() == [[2 * H, 1 * H, 0]]


def test_what_the_team_cannot_fit_waits_for_the_next_day() -> None:
    room = np.array([[H, H], [H, H], [H, H]], dtype=np.int32)
    done = shared_case_work(room, np.array([5 * H, 0, 0]))
    assert done.tolist() == [[H, H], [H, H], [H // 2, H // 2]]


def test_no_case_work_is_done_before_it_arrives_or_beyond_the_room() -> None:
    rng = np.random.default_rng(1)
    room = rng.integers(0, 6 * H, size=(60, 9)).astype(np.int32)
    arrived = rng.integers(0, 40 * H, size=60)
    done = shared_case_work(room, arrived)
    assert (done >= 0).all() and (done <= room).all()
    assert (np.cumsum(done.sum(axis=1)) <= np.cumsum(arrived)).all()
    # Each day either empties the queue (to the seconds lost in sharing) or fills the team.
    left = np.cumsum(arrived) - np.cumsum(done.sum(axis=1))
    full = done.sum(axis=1) >= room.sum(axis=1) - room.shape[1]
    assert ((left < room.shape[1]) | full).all()


def test_a_run_meets_its_target_occupancy_within_every_agents_ceiling() -> None:
    """Once the contacts are known the queue is scaled again, so the run's occupancy is its
    target (the plan's expectation fell 1-6 % short), and no agent-day's contacts and case
    work pass its occupancy ceiling."""
    plan = build_plan(build_run_config(tickets=20_000, seed=3))
    maker, totals = ChunkMaker(plan, SequentialCounts()), WorkTotals(plan)
    for task in leading_tasks(plan):
        result = maker.make(task)
        if result.handle_time is not None:
            totals.add(result.handle_time)
    arrived = totals.arrived()
    done = with_case_work_done(plan, arrived)
    params = plan.config.params
    busy_min = available_min = 0.0
    for index, first, count in plan.wfm_chunks():
        rng = chunk_rng(plan.config.seed, "wfm", index)
        handle = arrived.handle_s[first : first + count].astype(np.int64)
        time = day_time(plan, rng, first, count, handle)
        case_min = done.case_s[time.agent, time.day] / 60
        busy = time.contact_min + case_min
        ceiling = np.floor(params.occupancy_ceiling.max * time.available)
        assert not (busy > np.maximum(ceiling, time.contact_min)).any()
        assert (case_min[~time.present] == 0).all()
        busy_min += float(busy.sum())
        available_min += float(time.available.sum())
    assert abs(busy_min / available_min - params.target_occupancy) < 0.001
