"""Who does each day's case work: the team's back-office queue, worked by whoever has room.

A ticket's back-office work (an RMA booked, a refund paid, a carrier chased) joins the team's
queue on the day of its first contact. Nobody works every available minute: each agent-day
has an occupancy ceiling (`occupancy_ceiling`), and the agents present share the queue in
proportion to the room their contacts leave them below it, so a day of many calls leaves an
agent less case work. What the team cannot fit waits for the next day: the holiday peak
builds a backlog that keeps everyone near their ceiling into January, while summer days
leave room.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from seeder.generate.plan import Plan
from seeder.generate.rng import chunk_rng
from seeder.generate.tables.wfm import AgentDays, day_time

Grid = NDArray[np.int32]  # [day, agent] seconds


def with_case_work_done(plan: Plan, arrived: AgentDays) -> AgentDays:
    """`arrived` (every ticket chunk's sums) with case_s as the case work each agent did each
    day."""
    room = np.zeros((plan.days, plan.agents.count), dtype=np.int32)
    for index, first, count in plan.wfm_chunks():
        rng = chunk_rng(plan.config.seed, "wfm", index)
        time = day_time(plan, rng, first, count, arrived.agents(first, count))
        room[time.day, time.agent] = time.case_room_s
    done = shared_case_work(room, arrived.case_s.sum(axis=0, dtype=np.int64))
    return AgentDays(arrived.handle_s, arrived.overtime_s, done.T)


def shared_case_work(room: Grid, arrived: NDArray[np.int64]) -> Grid:
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
