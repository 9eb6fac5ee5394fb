"""Agents (the users table): tenure, FTE, hourly rate, and the shift roster derived from them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.generate.calendar import growth_trend
from seeder.generate.rng import chunk_rng
from seeder.params import Params

DAYS_PER_YEAR = 365.25
# A new hire starts up to this many days before the volume needs them (hiring, onboarding).
HIRING_LEAD_DAYS = 30.0
FULL_SHIFT_MINUTES = 8 * 60
# [day, agent] grids are built this many days at a time, so their temporaries stay small
# however many agents a run has.
BLOCK_DAYS = 32
# Weekdays off (Mon=0) for an agent on weekend duty, chosen by agent id.
_DUTY_WEEK_DAYS_OFF = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], dtype=np.int64)


@dataclass(frozen=True)
class Agents:
    """Per-agent attributes, indexed 0..n-1 (agent id = index + 1)."""

    start_day: NDArray[np.int64]  # day index relative to the range start; negative = before
    fte_hundredths: NDArray[np.int64]
    hourly_rate_cents: NDArray[np.int64]
    skill: NDArray[np.float64]  # latent, standard normal (clipped to +-3): higher is better

    @property
    def count(self) -> int:
        return len(self.start_day)


def draw_agents(
    seed: int, count: int, range_days: int, params: Params, first_weekday: int
) -> Agents:
    """Draw tenure, FTE and pay. The agents the first day needs (agent_initial_share at
    least) were hired before the range, so every day is staffed; the others are hired as the
    volume's trend needs them, starting on a Monday (first_weekday: the range's first day's,
    Monday = 0)."""
    rng = chunk_rng(seed, "users")
    needed = _needed_agents(params, range_days, count)
    initial = max(params.weekend_rotation, int(np.ceil(count * params.agent_initial_share)))
    initial = min(max(initial, int(np.floor(needed[0] + 0.5))), count)
    tenure_days = rng.uniform(30, params.agent_max_tenure_years * DAYS_PER_YEAR, count)
    lead = rng.uniform(0, HIRING_LEAD_DAYS, count)
    # The n-th agent is needed from the day the trend needs n of them; hired a little ahead.
    needed_from = np.searchsorted(needed, initial + np.arange(count - initial) + 0.5)
    hired = np.maximum(np.floor(needed_from - lead[initial:]), 0)
    monday = hired + (7 - (first_weekday + hired) % 7) % 7
    hired = np.where(monday < range_days, monday, hired)
    start_day = np.concatenate([-np.floor(tenure_days[:initial]), hired])
    part_time = rng.random(count) < params.agent_part_time_share
    fte = np.where(part_time, params.agent_part_time_fte, 1.0)
    years_at_start = np.maximum(0.0, -start_day / DAYS_PER_YEAR)
    rate = params.hourly_rate_eur.min + params.hourly_rate_per_year_eur * years_at_start
    rate = np.clip(np.round(rate * 4) / 4, params.hourly_rate_eur.min, params.hourly_rate_eur.max)
    skill = np.clip(chunk_rng(seed, "skill").standard_normal(count), -3.0, 3.0)
    return Agents(
        start_day=start_day.astype(np.int64),
        fte_hundredths=np.round(fte * 100).astype(np.int64),
        hourly_rate_cents=np.round(rate * 100).astype(np.int64),
        skill=skill,
    )


def _needed_agents(params: Params, range_days: int, count: int) -> NDArray[np.float64]:
    """Per day: the agents the volume's trend (annual_growth) needs, all `count` of them on
    its highest day. A falling trend keeps them all: nobody leaves."""
    trend = np.maximum.accumulate(growth_trend(params, max(range_days, 1)))
    needed: NDArray[np.float64] = count * trend / trend[-1]
    return needed


def handle_factor(
    agents: Agents, params: Params, agent: NDArray[np.int64], day: NDArray[np.int64]
) -> NDArray[np.float64]:
    """How long an agent takes on a contact relative to the configured median, on a day.

    Skill shortens it; a new hire starts `new_hire_slowdown` slower and learns with
    e-folding time `learning_days`.
    """
    tenure_days = np.maximum(day - agents.start_day[agent], 0)
    learning = 1.0 + params.new_hire_slowdown * np.exp(-tenure_days / params.learning_days)
    factor: NDArray[np.float64] = np.exp(-params.agent_skill_sd * agents.skill[agent]) * learning
    return factor


def routing_weight(
    agents: Agents,
    params: Params,
    agent: NDArray[np.int64],
    day: NDArray[np.int64],
    contact_share: float,
) -> NDArray[np.float64]:
    """How much new work the router hands an agent on a day, relative to the others on shift.

    Work goes to whoever is free, and an agent who takes longer over a ticket's contacts (less
    skilled, or new) is free less often; case work takes as long whoever does it. So the
    weight is the inverse of the agent's time for a ticket's work, contacts and case work.
    """
    factor = handle_factor(agents, params, agent, day)
    weight: NDArray[np.float64] = 1.0 / (contact_share * factor + 1.0 - contact_share)
    return weight


def roster(
    agents: Agents, weekdays: NDArray[np.int64], week_index: NDArray[np.int64], rotation: int
) -> NDArray[np.bool_]:
    """working[day, agent]: five shifts a week with rotating weekend cover.

    In a week where (agent + week) % rotation == 0 the agent works Saturday and Sunday and
    takes two weekdays off instead; otherwise Monday to Friday. Nobody works before their
    start day.
    """
    agent = np.arange(agents.count, dtype=np.int64)
    off = _DUTY_WEEK_DAYS_OFF[agent % 5]
    working = np.empty((len(weekdays), agents.count), dtype=np.bool_)
    for first in range(0, len(weekdays), BLOCK_DAYS):
        days = slice(first, first + BLOCK_DAYS)
        duty = ((agent[None, :] + week_index[days, None]) % rotation) == 0
        wd = weekdays[days, None]
        duty_day_off = (wd == off[None, :, 0]) | (wd == off[None, :, 1])
        works = np.where(duty, ~duty_day_off, ~(wd >= 5))
        day = np.arange(first, first + len(wd), dtype=np.int64)
        working[days] = works & (day[:, None] >= agents.start_day[None, :])
    return working
