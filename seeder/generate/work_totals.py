"""Agent time per [day, agent], summed over every ticket chunk: what WFM accounts for.

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
from seeder.generate.tables.wfm import AgentDays

Ints = NDArray[np.int64]


@dataclass(frozen=True)
class WorkCells:
    """Ticket chunks' agent time summed per [agent, day] cell they touch (cell = agent x days
    + day, ascending): what a distributed worker sends back for WFM instead of every contact."""

    cells: Ints
    handle_s: Ints
    overtime_s: Ints
    case_s: Ints


class WorkTotals:
    """Every ticket chunk's agent time per [day, agent], for WFM; chunks may come in any order
    (integer sums and maxima).

    Four bytes a cell (2**31 seconds is 68 years of one agent's day), and each chunk is summed
    over the days its contacts touch only: the grid is the largest thing a run keeps (at 10M
    tickets 4,800 agents x 707 days), so neither it nor a chunk's sums may be wider.
    """

    def __init__(self, plan: Plan) -> None:
        self._agents = plan.agents.count
        shape = (plan.days, plan.agents.count)
        self._handle_s = np.zeros(shape, dtype=np.int32)
        self._overtime_s = np.zeros(shape, dtype=np.int32)
        self._case_s = np.zeros(shape, dtype=np.int32)

    def add(self, time: HandleTime) -> None:
        """Count one chunk's contacts and case work."""
        self._add_sum(self._handle_s, time.day, time.agent, time.seconds)
        if len(time.day):
            first = int(time.day.min())
            window = self._overtime_s[first : int(time.day.max()) + 1].reshape(-1)
            np.maximum.at(window, (time.day - first) * self._agents + time.agent, time.overtime)
        self._add_sum(self._case_s, time.case_day, time.case_agent, time.case_seconds)

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
        self._case_s[day, agent] += work.case_s.astype(np.int32)

    def agent_days(self) -> AgentDays:
        """The totals as [agent, day] views (AgentDays.agents copies one WFM task's rows)."""
        return AgentDays(self._handle_s.T, self._overtime_s.T, self._case_s.T)


def work_cells(plan: Plan, times: Iterable[HandleTime]) -> WorkCells:
    """Chunks' agent time per cell they touch; WorkTotals.add_cells then counts exactly what
    WorkTotals.add would have counted for each chunk (each chunk's sums are taken as add's)."""
    parts = [_chunk_cells(plan.days, time) for time in times]
    cells, where = np.unique(np.concatenate([p.cells for p in parts]), return_inverse=True)
    sums = [np.zeros(len(cells), dtype=np.int64) for _ in range(3)]
    np.add.at(sums[0], where, np.concatenate([p.handle_s for p in parts]))
    np.maximum.at(sums[1], where, np.concatenate([p.overtime_s for p in parts]))
    np.add.at(sums[2], where, np.concatenate([p.case_s for p in parts]))
    return WorkCells(cells, *sums)


def _chunk_cells(days: int, time: HandleTime) -> WorkCells:
    contact_cell = time.agent * days + time.day
    cells, where = np.unique(
        np.concatenate([contact_cell, time.case_agent * days + time.case_day]), return_inverse=True
    )
    contacts, n = where[: len(contact_cell)], len(cells)
    overtime = np.zeros(n, dtype=np.int64)
    np.maximum.at(overtime, contacts, time.overtime)
    return WorkCells(
        cells,
        np.bincount(contacts, weights=time.seconds, minlength=n).astype(np.int64),
        overtime,
        np.bincount(where[len(contact_cell) :], weights=time.case_seconds, minlength=n).astype(
            np.int64
        ),
    )
