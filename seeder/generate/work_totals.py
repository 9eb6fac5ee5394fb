"""Agent time summed over every ticket chunk, what WFM accounts for: the contacts' time per
[day, agent], and the case work that joined the team's queue per day (seeder.generate.case_work
shares it out).

WFM comes after every ticket chunk, which each add the time their contacts and case work
took. The sums are integers (and the overtime a maximum), so chunks may be counted in any
order: in load order here, or as Dask workers finish them (seeder.distributed), whose
workers send back each range's sums per cell it touches rather than every contact's time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.generate.plan import Plan
from seeder.generate.tables.tickets import HandleTime

Ints = NDArray[np.int64]


@dataclass(frozen=True)
class WorkCells:
    """Ticket chunks' contact time summed per [agent, day] cell they touch (cell = agent x days
    + day, ascending), and their case work per day it joined the queue: what a distributed
    worker sends back for WFM instead of every contact."""

    cells: Ints
    handle_s: Ints
    overtime_s: Ints
    case_by_day: Ints  # [day]


@dataclass(frozen=True)
class ArrivedWork:
    """Every ticket chunk's sums: contact time per [agent, day] (views of WorkTotals' grids)
    and the case work that joined the team's queue each day."""

    handle_s: NDArray[np.int32]
    overtime_s: NDArray[np.int32]  # the longest run past the shift's end
    case_by_day: Ints


class WorkTotals:
    """Every ticket chunk's contact time per [day, agent] and case work per day, for WFM; chunks
    may come in any order (integer sums and maxima).

    Four bytes a cell (2**31 seconds is 68 years of one agent's day), and each chunk is summed
    over the days its contacts touch only: the grid is the largest thing a run keeps (at 10M
    tickets 4,800 agents x 707 days), so neither it nor a chunk's sums may be wider.
    """

    def __init__(self, plan: Plan) -> None:
        self._agents = plan.agents.count
        shape = (plan.days, plan.agents.count)
        self._handle_s = np.zeros(shape, dtype=np.int32)
        self._overtime_s = np.zeros(shape, dtype=np.int32)
        self._case_by_day = np.zeros(plan.days, dtype=np.int64)

    def add(self, time: HandleTime) -> None:
        """Count one chunk's contacts and case work."""
        self._add_sum(self._handle_s, time.day, time.agent, time.seconds)
        if len(time.day):
            first = int(time.day.min())
            window = self._overtime_s[first : int(time.day.max()) + 1].reshape(-1)
            np.maximum.at(window, (time.day - first) * self._agents + time.agent, time.overtime)
        self._case_by_day += np.bincount(
            time.case_day, weights=time.case_seconds, minlength=len(self._case_by_day)
        ).astype(np.int64)

    def _add_sum(self, grid: NDArray[np.int32], day: Ints, agent: Ints, seconds: Ints) -> None:
        if not len(day):
            return
        first, last = int(day.min()), int(day.max())
        cells = (last + 1 - first) * self._agents
        sums = np.bincount((day - first) * self._agents + agent, weights=seconds, minlength=cells)
        grid[first : last + 1] += sums.reshape(-1, self._agents).astype(np.int32)

    def add_cells(self, work: WorkCells) -> None:
        """Count chunks already summed per cell (work_cells)."""
        day, agent = work.cells % self._handle_s.shape[0], work.cells // self._handle_s.shape[0]
        self._handle_s[day, agent] += work.handle_s.astype(np.int32)
        self._overtime_s[day, agent] = np.maximum(self._overtime_s[day, agent], work.overtime_s)
        self._case_by_day += work.case_by_day

    def arrived(self) -> ArrivedWork:
        """The totals, the grids as [agent, day] views."""
        return ArrivedWork(self._handle_s.T, self._overtime_s.T, self._case_by_day)


def work_cells(plan: Plan, times: Iterable[HandleTime]) -> WorkCells:
    """Chunks' agent time per cell they touch; WorkTotals.add_cells then counts exactly what
    WorkTotals.add would have counted for each chunk (each chunk's sums are taken as add's)."""
    parts = [_chunk_cells(plan.days, time) for time in times]
    cells, where = np.unique(np.concatenate([p.cells for p in parts]), return_inverse=True)
    handle_s, overtime_s = (np.zeros(len(cells), dtype=np.int64) for _ in range(2))
    np.add.at(handle_s, where, np.concatenate([p.handle_s for p in parts]))
    np.maximum.at(overtime_s, where, np.concatenate([p.overtime_s for p in parts]))
    case_by_day = np.zeros(plan.days, dtype=np.int64)
    for part in parts:
        case_by_day += part.case_by_day
    return WorkCells(cells, handle_s, overtime_s, case_by_day)


def _chunk_cells(days: int, time: HandleTime) -> WorkCells:
    cells, where = np.unique(time.agent * days + time.day, return_inverse=True)
    overtime = np.zeros(len(cells), dtype=np.int64)
    np.maximum.at(overtime, where, time.overtime)
    return WorkCells(
        cells,
        np.bincount(where, weights=time.seconds, minlength=len(cells)).astype(np.int64),
        overtime,
        np.bincount(time.case_day, weights=time.case_seconds, minlength=days).astype(np.int64),
    )
