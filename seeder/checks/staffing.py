"""What the loaded staffing makes of the configured abandonment (seeder.generate.load).

The configured mean is what the planned agents' waits give (RunConfig.planned_agents). With
other agents every wait is staffing_level times as long, and abandonment follows. For those,
validate rebuilds the run's plan from the loaded counts for each interval's rate, and expects
the share those rates make of the answered records of each interval, as the generator draws a
queue's abandoned records beside its answered ones.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, text

from seeder.config import DEFAULT_SEED, RunConfig
from seeder.errors import ConfigError
from seeder.generate.plan import SECONDS_PER_DAY, Plan, build_plan
from seeder.params import Params

# Answered queue records per interval since the epoch, the generator's own intervals.
_ANSWERED_PER_SLOT = """
    SELECT floor(extract(epoch FROM initialized) / CAST(:interval_s AS numeric))::bigint,
           count(*)
    FROM {table} WHERE NOT is_abandoned GROUP BY 1
"""


@dataclass(frozen=True)
class Staffing:
    """The agents loaded against those planned, and what that does to each queue."""

    agents: int
    planned_agents: int
    level: float  # every wait's multiplier
    abandonment: dict[str, float]  # "calls", "chats": the abandoned share expected
    problem: str = ""  # why the run's plan could not be rebuilt; the rest is then unknown

    @property
    def planned(self) -> bool:
        return self.level == 1.0


def loaded_staffing(connection: Connection, params: Params, seed: int | None) -> Staffing | None:
    """The staffing of the data at `connection`: its agents (users) against those planned for
    its tickets and range, `seed` (default DEFAULT_SEED) drawing its rota. None without
    tickets, agents or WFM days; its `problem` says why when the plan cannot be rebuilt (the
    parameters are not those the data was generated with)."""
    tickets = int(connection.execute(text("SELECT count(*) FROM tickets")).scalar_one())
    agents = int(connection.execute(text("SELECT count(*) FROM users")).scalar_one())
    first, last = connection.execute(text("SELECT min(date), max(date) FROM wfm")).one()
    if tickets == 0 or agents == 0 or first is None:
        return None
    config = RunConfig(
        tickets=tickets,
        seed=DEFAULT_SEED if seed is None else seed,
        start=first,
        end=last,
        params=dataclasses.replace(params, agents=agents),
    )
    if config.agents == config.planned_agents:
        planned = {table: params.abandonment[table].mean for table in ("calls", "chats")}
        return Staffing(config.agents, config.agents, 1.0, planned)
    customers = int(connection.execute(text("SELECT count(*) FROM customers")).scalar_one())
    config = dataclasses.replace(
        config, params=dataclasses.replace(config.params, customers=customers)
    )
    try:
        plan = build_plan(config)
    except ConfigError as error:
        return Staffing(config.agents, config.planned_agents, 0.0, {}, problem=str(error))
    expected = {
        table: _expected_abandonment(connection, plan, table) for table in ("calls", "chats")
    }
    return Staffing(config.agents, config.planned_agents, plan.queue.staffing_level, expected)


def _expected_abandonment(connection: Connection, plan: Plan, table: str) -> float:
    """The abandoned share the plan's rates make of the answered records in each interval."""
    interval_s = plan.queue.interval_s
    rows = connection.execute(
        text(_ANSWERED_PER_SLOT.format(table=table)), {"interval_s": interval_s}
    ).all()
    if not rows:
        return 0.0
    slot = np.array([int(r[0]) for r in rows], dtype=np.int64)
    answered = np.array([int(r[1]) for r in rows], dtype=np.float64)
    second = slot * interval_s - plan.start_epoch_s
    day = second // SECONDS_PER_DAY
    inside = (day >= 0) & (day < plan.config.days)
    day, interval = day[inside], (second[inside] % SECONDS_PER_DAY) // interval_s
    return _share(plan.queue.abandonment[table][day, interval], answered[inside])


def _share(rate: NDArray[np.float64], answered: NDArray[np.float64]) -> float:
    """abandoned / (answered + abandoned) when each answered record brings p / (1 - p)
    abandoned ones, p its interval's rate."""
    abandoned = answered * rate / (1.0 - rate)
    total = float((answered + abandoned).sum())
    return float(abandoned.sum()) / total if total > 0 else 0.0
