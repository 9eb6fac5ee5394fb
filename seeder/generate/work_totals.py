"""Agent time per [agent, day], summed over every ticket chunk: what WFM accounts for.

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
    """Every ticket chunk's agent time per [agent, day], for WFM; chunks may come in any order
    (integer sums and maxima)."""

    def __init__(self, plan: Plan) -> None:
        self._shape = (plan.agents.count, plan.days)
        cells = plan.agents.count * plan.days
        self._handle_s = np.zeros(cells, dtype=np.int64)
        self._overtime_s = np.zeros(cells, dtype=np.int64)
        self._case_s = np.zeros(cells, dtype=np.int64)

    def add(self, time: HandleTime) -> None:
        """Count one chunk's contacts and case work."""
        days, cells = self._shape[1], len(self._handle_s)
        cell = time.agent * days + time.day
        self._handle_s += np.bincount(cell, weights=time.seconds, minlength=cells).astype(np.int64)
        np.maximum.at(self._overtime_s, cell, time.overtime)
        case_cell = time.case_agent * days + time.case_day
        case = np.bincount(case_cell, weights=time.case_seconds, minlength=cells)
        self._case_s += case.astype(np.int64)

    def add_cells(self, work: WorkCells) -> None:
        """Count chunks already summed per cell (work_cells)."""
        self._handle_s[work.cells] += work.handle_s
        self._overtime_s[work.cells] = np.maximum(self._overtime_s[work.cells], work.overtime_s)
        self._case_s[work.cells] += work.case_s

    def agent_days(self) -> AgentDays:
        shape = self._shape
        return AgentDays(
            self._handle_s.reshape(shape),
            self._overtime_s.reshape(shape),
            self._case_s.reshape(shape),
        )


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
