"""Hiring follows the volume: agents join as the growth trend needs them, on Mondays."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from seeder.config import build_run_config
from seeder.generate.calendar import growth_trend
from seeder.generate.plan import build_plan
from seeder.generate.staffing import HIRING_LEAD_DAYS


def plan_for(tickets: int, **params: object):  # type: ignore[no-untyped-def]
    config = build_run_config(tickets=tickets, seed=4)
    return build_plan(
        dataclasses.replace(config, params=dataclasses.replace(config.params, **params))
    )


@pytest.mark.parametrize("growth", [0.15, 0.6])
def test_the_headcount_follows_the_volumes_trend(growth: float) -> None:
    plan = plan_for(200_000, annual_growth=growth)
    count, days = plan.agents.count, plan.days
    trend = growth_trend(plan.config.params, days)
    needed = count * trend / trend[-1]  # agents the trend needs each day
    started = np.searchsorted(np.sort(plan.agents.start_day), np.arange(days), side="right")
    # Each is hired up to HIRING_LEAD_DAYS ahead of the day the trend needs them, and starts
    # on the Monday after that at the latest.
    late, early = 6, int(np.ceil(HIRING_LEAD_DAYS))
    assert (started >= np.floor(needed[np.maximum(np.arange(days) - late, 0)] + 0.5)).all()
    ahead = needed[np.minimum(np.arange(days) + early, days - 1)]
    # Nobody is hired ahead of that; agent_initial_share may keep more from before the range.
    old_hands = (plan.agents.start_day < 0).sum()
    assert (started <= np.maximum(np.ceil(ahead + 0.5), old_hands)).all()
    assert started[-1] == count and started[0] < count  # some are hired during the range


def test_new_hires_start_on_mondays_and_the_first_day_is_staffed_by_old_hands() -> None:
    plan = plan_for(200_000)
    joined = plan.agents.start_day[plan.agents.start_day >= 0]
    assert len(joined) > 0
    weekdays = plan.config.start + np.array([dt.timedelta(days=int(d)) for d in joined])
    assert {day.weekday() for day in weekdays} == {0}
    trend = growth_trend(plan.config.params, plan.days)
    needed_first_day = plan.agents.count * trend[0] / trend[-1]
    assert (plan.agents.start_day < 0).sum() >= round(needed_first_day)


def test_a_flat_volume_hires_nobody_during_the_range() -> None:
    plan = plan_for(50_000, annual_growth=0.0)
    assert (plan.agents.start_day < 0).all()
