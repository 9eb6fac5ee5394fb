"""The desk's staffed clock: time that runs only while someone is on shift.

Agents close tickets, so a closure lands in staffed hours, and a wait counted on this clock
stretches over nights, weekends and closed days: a ticket that needs a working day more on a
Friday evening closes on Monday, not on Saturday at 3 a.m.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.generate.plan import SECONDS_PER_DAY, Plan

Ints = NDArray[np.int64]


@dataclass(frozen=True)
class StaffedClock:
    """Per day of the range: when the desk opens with someone present, and for how long."""

    start_epoch_s: int
    open_s: Ints  # second of the day the staffed window opens
    length_s: Ints  # seconds it stays open; 0 on a closed or unstaffed day
    before_s: Ints  # staffed seconds before each day; one entry more than there are days

    @classmethod
    def of(cls, plan: Plan) -> StaffedClock:
        rota = plan.rota
        length = rota.staffed_close_s - rota.staffed_open_s
        before = np.concatenate([[0], np.cumsum(length)]).astype(np.int64)
        return cls(plan.start_epoch_s, rota.staffed_open_s, length, before)

    @property
    def staffed_share(self) -> float:
        """The share of the range's wall-clock time the desk is staffed."""
        return int(self.before_s[-1]) / (len(self.length_s) * SECONDS_PER_DAY)

    def position(self, moment: Ints) -> Ints:
        """Staffed seconds from the range start to each moment (epoch seconds); a moment
        outside staffed hours stands at the next staffed second."""
        days = len(self.length_s)
        day = np.clip((moment - self.start_epoch_s) // SECONDS_PER_DAY, 0, days - 1)
        second = moment - self.start_epoch_s - day * SECONDS_PER_DAY
        inside: Ints = np.clip(second - self.open_s[day], 0, self.length_s[day])
        return self.before_s[day] + inside

    def moment(self, position: Ints) -> Ints:
        """The epoch second at each staffed position. The end of a day's window is the next
        staffed day's opening; a position at or past the last staffed second lies after the
        range, as far past its end as the position is past the last."""
        days = len(self.length_s)
        day = np.searchsorted(self.before_s[1:], position, side="right")
        within = np.minimum(day, days - 1)
        at = (
            self.start_epoch_s
            + within * SECONDS_PER_DAY
            + self.open_s[within]
            + (position - self.before_s[within])
        )
        after_range = self.start_epoch_s + days * SECONDS_PER_DAY + (position - self.before_s[-1])
        moments: Ints = np.where(day < days, at, after_range)
        return moments

    def closing_of_day(self, moment: Ints) -> Ints:
        """The epoch second each moment's day stops being staffed."""
        day = (moment - self.start_epoch_s) // SECONDS_PER_DAY
        day = np.clip(day, 0, len(self.length_s) - 1)
        closing: Ints = (
            self.start_epoch_s + day * SECONDS_PER_DAY + self.open_s[day] + self.length_s[day]
        )
        return closing
