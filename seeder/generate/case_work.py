"""Who does each day's case work: the team's back-office queue, worked by whoever has room.

A ticket's back-office work (an RMA booked, a refund paid, a carrier chased) joins the team's
queue on the day of its first contact. Nobody works every available minute: each agent-day
has an occupancy ceiling (`occupancy_ceiling`), and the agents present share the queue in
proportion to the room their contacts leave them below it, so a day of many calls leaves an
agent less case work. What the team cannot fit waits for the next day: the holiday peak
builds a backlog that keeps everyone near their ceiling into January, while summer days
leave room.

The plan scales case work from the contacts' expected time; once every contact is known, the
queue is scaled again so that the run's occupancy meets `target_occupancy` (within the
most case work MAX_CASE_SCALE allows, and what the ceilings leave room for).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.generate.load import MAX_CASE_SCALE
from seeder.generate.plan import Plan
from seeder.generate.rng import chunk_rng
from seeder.generate.tables.wfm import AgentDays, day_time
from seeder.generate.work_totals import ArrivedWork

Grid = NDArray[np.int32]  # [day, agent] seconds
Ints = NDArray[np.int64]
# Scaling the queue again after a first sharing makes up for what is still queued at the
# range end; one round brings the run within a few hundredths of a percent of the target.
CALIBRATION_ROUNDS = 1


@dataclass(frozen=True)
class _Room:
    """The run's room for case work per [day, agent], and the time it is measured against."""

    case_s: Grid
    available_min: int  # every present agent-day's available time
    contact_min: int  # every agent-day's handle time and after-contact work


def with_case_work_done(plan: Plan, arrived: ArrivedWork) -> AgentDays:
    """`arrived` (every ticket chunk's sums) with the case work each agent did each day."""
    room = _room(plan, arrived)
    done = _calibrated(plan, room, arrived.case_by_day)
    return AgentDays(arrived.handle_s, arrived.overtime_s, done.T)


def _room(plan: Plan, arrived: ArrivedWork) -> _Room:
    case_s = np.zeros((plan.days, plan.agents.count), dtype=np.int32)
    available = contact = 0
    for index, first, count in plan.wfm_chunks():
        rng = chunk_rng(plan.config.seed, "wfm", index)
        handle = arrived.handle_s[first : first + count].astype(np.int64)
        time = day_time(plan, rng, first, count, handle)
        case_s[time.day, time.agent] = time.case_room_s
        available += int(time.available.sum())
        contact += int(time.contact_min.sum())
    return _Room(case_s, available, contact)


def _calibrated(plan: Plan, room: _Room, per_day: Ints) -> Grid:
    """The queue shared out, scaled so that contacts and case work fill target_occupancy of
    the available time."""
    params = plan.config.params
    wanted_s = max(params.target_occupancy * room.available_min - room.contact_min, 0) * 60
    most = MAX_CASE_SCALE / plan.case_scale if plan.case_scale > 0 else 0.0
    scale = min(wanted_s / max(int(per_day.sum()), 1), most)
    done = shared_case_work(room.case_s, np.round(per_day * scale).astype(np.int64))
    for _ in range(CALIBRATION_ROUNDS):
        done_s = int(done.sum(dtype=np.int64))
        if done_s == 0:
            break
        del done  # one grid at a time: at 10M tickets each is 13 MB
        scale = min(scale * wanted_s / done_s, most)
        done = shared_case_work(room.case_s, np.round(per_day * scale).astype(np.int64))
    return done


def shared_case_work(room: Grid, arrived: Ints) -> Grid:
    """Case seconds done per [day, agent], from each agent-day's room and each day's arrivals:
    the queue shared by room (in proportion), the rest carried to the next day."""
    done = np.zeros_like(room)
    queued = 0
    for day in range(room.shape[0]):
        space = room[day].astype(np.int64)
        queued += int(arrived[day])
        total = int(space.sum())
        if queued and total:
            done[day] = space * min(queued, total) // total
            queued -= int(done[day].sum(dtype=np.int64))
    return done
