"""When contacts happen and who is on shift to take them: the draws tickets and queues share."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from seeder.generate.plan import SECONDS_PER_DAY, Plan

Ints = NDArray[np.int64]


def sample_time_of_day(
    rng: np.random.Generator, plan: Plan, day: Ints, latest_second: Ints | int = SECONDS_PER_DAY
) -> Ints:
    """Seconds after midnight following the intraday curve, below a per-row latest second."""
    hours = np.arange(25, dtype=np.float64)
    limit = np.interp(
        np.asarray(latest_second, dtype=np.float64) / 3600.0, hours, plan.intraday_cdf
    )
    u = rng.random(len(day)) * limit
    seconds = np.floor(np.interp(u, plan.intraday_cdf, hours) * 3600.0).astype(np.int64)
    return np.minimum(seconds, np.asarray(latest_second, dtype=np.int64) - 1)


def last_day_latest_second(plan: Plan, day: Ints) -> Ints:
    """Contacts on the last day must end inside the range: arrivals stop one span earlier."""
    span_s = int(plan.config.params.max_interaction_span_hours * 3600)
    latest = np.full(len(day), SECONDS_PER_DAY, dtype=np.int64)
    latest[day == plan.days - 1] = max(3600, SECONDS_PER_DAY - span_s)
    return latest


def pick_working_agent(rng: np.random.Generator, plan: Plan, day: Ints) -> Ints:
    """A uniformly chosen agent among those on shift that day."""
    first = plan.working_offsets[day]
    count = plan.working_offsets[day + 1] - first
    return plan.working_agents[first + np.floor(rng.random(len(day)) * count).astype(np.int64)]
