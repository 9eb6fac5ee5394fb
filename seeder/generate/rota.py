"""The rota: who works which day, on which shift, who is absent, and when the centre is staffed.

A day's shifts are anchored to the centre's opening hours (the union of the channels' hours
that weekday): the early shift starts at opening, the late shift ends at closing, the mid
shift sits between; on a day shorter than a shift, shifts are the day's hours. The agents
present take them in turn (early, late, mid, early), so two agents already cover the day from
open to close, and the morning peak gets the most cover. Absence comes in spells (a cold, a
week of leave); it never leaves a day without anyone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.generate.rng import chunk_rng
from seeder.generate.staffing import BLOCK_DAYS, Agents
from seeder.params import Params

Bools = NDArray[np.bool_]
Ints = NDArray[np.int64]
Index = Ints | slice | int
MINUTES_PER_DAY = 1_440
MEAN_ABSENCE_SPELL_DAYS = 3.0
EARLY, LATE, MID = 0, 1, 2
PATTERN_CYCLE = np.array([EARLY, LATE, MID, EARLY], dtype=np.uint8)
WORKING, PRESENT, KIND_SHIFT = np.uint8(1), np.uint8(2), np.uint8(2)


@dataclass(frozen=True)
class Rota:
    """Per [day, agent], one byte: rostered, present, and which shift (early, late or mid).

    A shift's minutes follow from its kind, the day's hours and the agent's shift length
    (shift_minutes), so they are not kept: every process that draws holds the rota, which at
    10M tickets is 4,800 agents x 707 days, a byte a cell rather than six.
    """

    cells: NDArray[np.uint8]  # WORKING | PRESENT | shift kind << KIND_SHIFT
    day_open: Ints  # per day: minutes after midnight the centre opens, and closes
    day_close: Ints
    shift_length: Ints  # per agent: minutes
    staffed_open_s: Ints  # per day: the centre opens, with someone present
    staffed_close_s: Ints  # per day: the last present agent's shift or closing

    @property
    def days(self) -> int:
        return len(self.cells)

    def working(self, day: Index, agent: Index) -> Bools:
        """Rostered that day (absent or not), for numpy indexes of days and agents."""
        working: Bools = (self.cells[day, agent] & WORKING) != 0
        return working

    def present(self, day: Index, agent: Index = slice(None)) -> Bools:
        """Rostered and not absent."""
        present: Bools = (self.cells[day, agent] & PRESENT) != 0
        return present

    def rostered_per_day(self) -> Ints:
        """How many agents are rostered each day."""
        counts: Ints = ((self.cells & WORKING) != 0).sum(axis=1)
        return counts

    def shift_minutes(self, day: Ints, agent: Ints) -> tuple[Ints, Ints]:
        """(start, end) of each [day, agent]'s shift in minutes after midnight, within the
        day's hours; 0 where the agent is not rostered."""
        cells = self.cells[day, agent]
        return _shift_minutes(
            cells, self.day_open[day], self.day_close[day], self.shift_length[agent]
        )

    def on_shift(self, day: Ints, agent: Ints, second: Ints) -> Bools:
        """Whether each agent is present and inside their shift at that second of the day."""
        minute = second // 60
        start, end = self.shift_minutes(day, agent)
        inside: Bools = self.present(day, agent) & (start <= minute) & (minute < end)
        return inside

    def present_minutes(self) -> int:
        """Rostered minutes of the days agents are present, summed a block of days at a time."""
        total = 0
        agents = np.arange(self.cells.shape[1])
        for first in range(0, self.days, BLOCK_DAYS):
            day = np.arange(first, min(first + BLOCK_DAYS, self.days))[:, None]
            start, end = self.shift_minutes(day, agents[None, :])
            total += int(((end - start) * self.present(day, agents[None, :])).sum())
        return total


def _shift_minutes(
    cells: NDArray[np.uint8], day_open: Ints, day_close: Ints, length: Ints
) -> tuple[Ints, Ints]:
    """Shifts anchored to the day's hours: early at opening, late ending at closing, mid
    between (on the half hour); any shapes numpy broadcasts together.

    A day shorter than a shift (Sunday's six hours) shortens it to the day: nobody is
    rostered for hours when every channel is closed.
    """
    kind = cells >> KIND_SHIFT
    length = np.minimum(length, day_close - day_open)
    spare = np.maximum(day_close - day_open - length, 0)
    middle = (spare // 2) // 30 * 30
    offset = np.where(kind == EARLY, 0, np.where(kind == LATE, spare, middle))
    start = day_open + offset
    end = np.minimum(start + length, MINUTES_PER_DAY)
    working = (cells & WORKING) != 0
    return np.where(working, start, 0), np.where(working, end, 0)


def centre_hours(params: Params) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(open, close) minutes per weekday, Monday first: the union of the channels' hours."""
    opens = np.full(7, MINUTES_PER_DAY, dtype=np.int64)
    closes = np.zeros(7, dtype=np.int64)
    for week in params.opening_hours.values():
        for day, (open_h, close_h) in enumerate(week):
            if close_h > open_h:
                opens[day] = min(opens[day], round(open_h * 60))
                closes[day] = max(closes[day], round(close_h * 60))
    closed = closes <= opens
    opens[closed], closes[closed] = 0, 0
    return opens, closes


def build_rota(
    seed: int,
    agents: Agents,
    params: Params,
    calendar: tuple[NDArray[np.int64], NDArray[np.int64]],
    working: Bools,
) -> Rota:
    """Shifts and absence for the rostered days (`working`, from staffing.roster).

    `calendar` is (weekday, week index) per day of the range.
    """
    weekdays, week_index = calendar
    opens, closes = centre_hours(params)
    day_open, day_close = opens[weekdays], closes[weekdays]
    working = working & (day_close > day_open)[:, None]
    present = working & ~_draw_absence(seed, params, working)
    length = np.round(params.shift_hours * 60 * agents.fte_hundredths / 100).astype(np.int64)
    cells = np.zeros(working.shape, dtype=np.uint8)
    staffed_open = np.zeros(len(weekdays), dtype=np.int64)
    staffed_close = np.zeros(len(weekdays), dtype=np.int64)
    # Day by day blocks keep the temporaries small however many agents there are.
    for first in range(0, len(weekdays), BLOCK_DAYS):
        days = slice(first, first + BLOCK_DAYS)
        on = present[days]
        kind = _shift_kinds(week_index[days], working[days], on)
        cells[days] = working[days] * WORKING | on * PRESENT | kind << KIND_SHIFT
        s, e = _shift_minutes(
            cells[days], day_open[days, None], day_close[days, None], length[None, :]
        )
        earliest = np.where(on, s, MINUTES_PER_DAY).min(axis=1, initial=MINUTES_PER_DAY)
        staffed_open[days] = np.maximum(earliest, day_open[days])
        staffed_close[days] = np.minimum(np.where(on, e, 0).max(axis=1, initial=0), day_close[days])
    nobody = staffed_close <= staffed_open
    staffed_open[nobody], staffed_close[nobody] = 0, 0
    return Rota(cells, day_open, day_close, length, staffed_open * 60, staffed_close * 60)


def _draw_absence(seed: int, params: Params, working: Bools) -> Bools:
    """Spells of absence (geometric lengths) covering about absence_share of the days.

    Every day with someone rostered keeps its first rostered agent present.
    """
    days, count = working.shape
    share = params.absence_share
    if share <= 0 or working.size == 0:
        return np.zeros_like(working)
    rng = chunk_rng(seed, "absence")
    start_rate = -np.log1p(-share) / MEAN_ABSENCE_SPELL_DAYS
    absent = np.zeros_like(working)
    running_end = np.full(count, -1, dtype=np.int32)  # the end of each agent's spell so far
    for first in range(0, days, BLOCK_DAYS):
        block = working[first : first + BLOCK_DAYS]
        starts = rng.random(block.shape) < start_rate
        lengths = rng.geometric(1.0 / MEAN_ABSENCE_SPELL_DAYS, block.shape).astype(np.int32)
        day = np.arange(first, first + len(block), dtype=np.int32)[:, None]
        ends = np.maximum.accumulate(
            np.vstack([running_end, np.where(starts, day + lengths, -1)]), axis=0
        )[1:]
        running_end = ends[-1]
        absent[first : first + BLOCK_DAYS] = (ends > day) & block
    nobody = working.any(axis=1) & ~(working & ~absent).any(axis=1)
    keep = np.flatnonzero(nobody)
    absent[keep, working[keep].argmax(axis=1)] = False
    return absent


def _shift_kinds(week_index: Ints, working: Bools, present: Bools) -> NDArray[np.uint8]:
    """The shift kind per [day, agent]: early, late and mid taken in turn.

    The turn order rotates weekly, so an agent keeps a shift for the week and works every kind
    of shift over the weeks; the agents present take their turns before the absent ones, so
    absence never uncovers the opening or the closing.
    """
    count = working.shape[1]
    agent = np.arange(count, dtype=np.int64)
    turn = (agent[None, :] + week_index[:, None]) % max(count, 1)
    key = turn + count * (~present) + 2 * count * (~working)
    rank = np.empty_like(key)
    np.put_along_axis(rank, np.argsort(key, axis=1, kind="stable"), agent[None, :], axis=1)
    kinds: NDArray[np.uint8] = PATTERN_CYCLE[rank % len(PATTERN_CYCLE)]
    return kinds
