"""The staffed clock: time that runs only while the desk is staffed (tickets close on it)."""

from __future__ import annotations

import numpy as np

from seeder.config import build_run_config
from seeder.generate.plan import SECONDS_PER_DAY, build_plan
from seeder.generate.staffed_clock import StaffedClock

START = 1_700_000_000 - 1_700_000_000 % SECONDS_PER_DAY  # a midnight
H = 3600
# Three days: 08:00-20:00, closed (nobody present), 09:00-17:00.
CLOCK = StaffedClock(
    START,
    open_s=np.array([8 * H, 0, 9 * H]),
    length_s=np.array([12 * H, 0, 8 * H]),
    before_s=np.array([0, 12 * H, 12 * H, 20 * H]),
)


def at(day: int, hour: float) -> int:
    return START + day * SECONDS_PER_DAY + round(hour * H)


def test_a_moment_inside_staffed_hours_keeps_its_place() -> None:
    moments = np.array([at(0, 8), at(0, 10.5), at(2, 9), at(2, 16.75)])
    positions = CLOCK.position(moments)
    assert positions.tolist() == [0, round(2.5 * H), 12 * H, round(19.75 * H)]
    assert CLOCK.moment(positions).tolist() == moments.tolist()


def test_a_moment_outside_staffed_hours_stands_at_the_next_staffed_second() -> None:
    night, closed_day, early = at(0, 22), at(1, 12), at(2, 6)
    assert CLOCK.position(np.array([night, closed_day, early])).tolist() == [12 * H] * 3
    # The end of a day's window is the next staffed day's opening, past the closed day.
    assert CLOCK.moment(np.array([12 * H])).tolist() == [at(2, 9)]


def test_waiting_on_the_staffed_clock_skips_nights_and_closed_days() -> None:
    # Three staffed hours after 18:00 on day 0: two hours left that day, one on day 2.
    end = CLOCK.moment(CLOCK.position(np.array([at(0, 18)])) + 3 * H)
    assert end.tolist() == [at(2, 10)]


def test_a_position_past_the_last_staffed_second_lies_after_the_range() -> None:
    range_end = START + 3 * SECONDS_PER_DAY - 1  # the last second of the last day
    moments = CLOCK.moment(np.array([20 * H, 20 * H + 5]))
    assert (moments > range_end).all() and moments[1] - moments[0] == 5


def test_staffed_share_and_closing_of_day() -> None:
    assert CLOCK.staffed_share == 20 / 72
    moments = np.array([at(0, 9), at(2, 23)])
    assert CLOCK.closing_of_day(moments).tolist() == [at(0, 20), at(2, 17)]


def test_a_wait_on_the_staffed_clock_keeps_its_wall_clock_mean() -> None:
    """Closures wait on the staffed clock at the pace of its staffed share (closure.py), so that
    the configured delay stays the mean wall-clock wait: over a whole day a staffed hour
    passes in 1/share hours, and a wait that starts at a random staffed moment crosses the
    night in proportion. Checked on the default desk's real rota, two years of it."""
    plan = build_plan(build_run_config(tickets=25_000, seed=5))
    clock = StaffedClock.of(plan)
    rng = np.random.default_rng(11)
    n = 200_000
    margin = 60 * SECONDS_PER_DAY  # waits that start late could run past the range
    start = rng.integers(0, int(clock.before_s[-1]) - margin, n)
    wait_h = np.minimum(np.exp(np.log(18.0) + rng.standard_normal(n)), 336.0)
    pace = 3600 * clock.staffed_share
    end = clock.moment(start + np.round(wait_h * pace).astype(np.int64))
    wall_h = (end - clock.moment(start)) / 3600
    assert 0.3 < clock.staffed_share < 0.7  # nights and weekends matter here
    # The wall-clock wait spreads more than the drawn one (a night or not); its standard
    # error bounds the sampling noise, four of them the tolerance.
    tolerance = 4 * wall_h.std() / np.sqrt(n)
    assert abs(wall_h.mean() - wait_h.mean()) < tolerance
