"""Row counts, chunk boundaries and shared lookup arrays for a run: pure arithmetic and draws.

Everything here is small (per day, per agent, one byte per customer) so memory stays flat as
tickets grow. Tickets are numbered in time order, and ticket chunks are whole days, so every
chunk is a pure function of the plan and its index.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.config import RunConfig, check_run_config
from seeder.domain import CHANNELS, COUNTRIES, COUNTRY_LANGUAGE, LANGUAGES, SYMPTOM_CATEGORIES
from seeder.errors import ConfigError
from seeder.generate.calendar import build_calendar, category_cdf_by_month, draw_tickets_per_day
from seeder.generate.customer_mix import CustomerMix, build_customer_mix
from seeder.generate.distributions import pick_weighted
from seeder.generate.events import EventPlan, build_event_plan
from seeder.generate.heap import release_free_memory
from seeder.generate.holidays import country_day_factors, holiday_volume
from seeder.generate.load import (
    QueueLoad,
    case_work_scale,
    contact_seconds_per_ticket,
    contacts_busy,
    queue_load,
    staffing_level,
)
from seeder.generate.rng import chunk_rng
from seeder.generate.rota import Rota, build_rota
from seeder.generate.staffing import Agents, draw_agents, roster
from seeder.generate.symptom_mix import SymptomMix, build_symptom_mix
from seeder.vocabulary import load_vocabulary

SECONDS_PER_DAY = 86_400
# A ticket chunk starts every TICKETS_PER_CHUNK tickets, more in a big run (tickets_per_chunk):
# its contacts are placed position by position at a fixed cost per chunk and position, while
# its memory grows with its tickets.
TICKETS_PER_CHUNK = 4_000
MOST_TICKETS_PER_CHUNK = 8_000
CHUNKS_BEFORE_GROWING = 125
CUSTOMERS_PER_CHUNK = 20_000
AGENTS_PER_WFM_CHUNK = 64
COUNTRY_DRAW_BLOCK = 262_144
EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class TicketChunk:
    """Whole days [day_start, day_stop) holding tickets [first_ticket, first_ticket + tickets)."""

    index: int
    day_start: int
    day_stop: int
    first_ticket: int
    tickets: int


@dataclass(frozen=True)
class Plan:
    """What every chunk needs to know about the run as a whole."""

    config: RunConfig
    start_epoch_s: int
    range_end_epoch_s: int  # last second of the end date
    weekdays: NDArray[np.int64]
    month: NDArray[np.int64]  # 1-12 per day
    tickets_per_day: NDArray[np.int64]
    ticket_chunks: tuple[TicketChunk, ...]
    agents: Agents
    rota: Rota
    queue: QueueLoad
    case_scale: float  # factor on case_work_minutes that meets target_occupancy
    contact_share: float  # the contacts' part of a ticket's expected work; case work the rest
    customer_country: NDArray[np.int8]
    customer_mix: CustomerMix  # whose tickets come on which day (country holidays)
    country_language: NDArray[np.int8]
    category_cdf: NDArray[np.float64]  # [month 0-11, category]: January leans to returns
    symptom_mix: SymptomMix  # a ticket's symptom given its category and product
    category_fcr: NDArray[np.float64]
    category_extra_contacts: NDArray[np.float64]
    escalation_given_non_fcr: float
    intraday_cdf: NDArray[np.float64]
    opening_s: NDArray[np.int64]  # [channel, weekday, open/close]: seconds of the day
    events: EventPlan  # the scenario events in the range (seeder.generate.events)

    @property
    def days(self) -> int:
        return len(self.weekdays)

    def customer_chunks(self) -> list[tuple[int, int, int]]:
        """(index, first customer index, count) per chunk."""
        total = self.config.customers
        return [
            (k, start, min(CUSTOMERS_PER_CHUNK, total - start))
            for k, start in enumerate(range(0, total, CUSTOMERS_PER_CHUNK))
        ]

    def wfm_chunks(self) -> list[tuple[int, int, int]]:
        """(index, first agent index, count) per chunk."""
        total = self.agents.count
        return [
            (k, start, min(AGENTS_PER_WFM_CHUNK, total - start))
            for k, start in enumerate(range(0, total, AGENTS_PER_WFM_CHUNK))
        ]

    def wfm_rows(self) -> int:
        """One row per agent per day from max(range start, start day) to the range end."""
        first = np.maximum(self.agents.start_day, 0)
        return int(np.maximum(self.days - first, 0).sum())


def build_plan(config: RunConfig) -> Plan:
    """Compute the plan; raise ConfigError if the configuration is invalid (one made by hand
    is checked as build_run_config checks its inputs) or cannot be staffed."""
    check_run_config(config)
    params = config.params
    days = config.days
    start_epoch_s = (config.start - EPOCH).days * SECONDS_PER_DAY
    day_of_run = config.start.weekday() + np.arange(days, dtype=np.int64)
    weekdays, week_index = day_of_run % 7, day_of_run // 7
    calendar = build_calendar(config, weekdays)
    symptom_mix = build_symptom_mix(load_vocabulary(), params.products)
    events = build_event_plan(params, config.start, days, symptom_mix)
    # Countries' public holidays lower a day's volume by their customers' share, and
    # scenario events add their slice's extra tickets (issue #19).
    holiday_factors = country_day_factors(config)  # one read of the holiday calendars
    day_weights = calendar.weights * holiday_volume(config, holiday_factors) * events.day_factor
    tickets_per_day = draw_tickets_per_day(config, day_weights)
    agents = draw_agents(config.seed, config.agents, days, params, config.start.weekday())
    # The centre's closed days are everyone's day off, like a weekday the centre never opens.
    working = roster(agents, weekdays, week_index, params.weekend_rotation)
    working &= ~calendar.closed[:, None]
    rota = build_rota(config.seed, agents, params, (weekdays, week_index), working)
    _check_staffed(config, rota, tickets_per_day)
    present_minutes = rota.present_minutes()
    busy = contacts_busy(params, config.tickets, present_minutes * 60 * (1 - params.shrinkage.mean))
    _check_capacity(config, busy)
    level = staffing_level(busy, config.agents, config.planned_agents)
    case_scale = case_work_scale(params, config.tickets, present_minutes)
    intraday_cdf = _intraday_cdf(config)
    case_s = (
        case_scale
        * 60
        * sum(params.categories[c].weight * params.case_work_minutes[c] for c in SYMPTOM_CATEGORIES)
    )
    work_s = contact_seconds_per_ticket(params) + case_s
    non_fcr = params.non_fcr_share()
    # The mix keeps the countries in its index's blocks: the plan's array is a view of them.
    customer_mix = build_customer_mix(config, _draw_customer_countries(config), holiday_factors)
    plan = Plan(
        config=config,
        start_epoch_s=start_epoch_s,
        range_end_epoch_s=start_epoch_s + days * SECONDS_PER_DAY - 1,
        weekdays=weekdays,
        month=calendar.month,
        tickets_per_day=tickets_per_day,
        ticket_chunks=_ticket_chunks(tickets_per_day),
        agents=agents,
        rota=rota,
        queue=queue_load(params, rota, tickets_per_day, intraday_cdf, work_s, level),
        case_scale=case_scale,
        contact_share=contact_seconds_per_ticket(params) / work_s if work_s > 0 else 1.0,
        customer_country=customer_mix.index.country,
        customer_mix=customer_mix,
        country_language=np.array(
            [LANGUAGES.index(COUNTRY_LANGUAGE[c]) for c in COUNTRIES], dtype=np.int8
        ),
        category_cdf=category_cdf_by_month(params, calendar.month, tickets_per_day),
        symptom_mix=symptom_mix,
        category_fcr=np.array([params.categories[c].fcr_rate for c in SYMPTOM_CATEGORIES]),
        category_extra_contacts=np.array(
            [params.non_fcr_mean_contacts(c) - 2.0 for c in SYMPTOM_CATEGORIES], dtype=np.float64
        ),
        escalation_given_non_fcr=params.escalation_rate / non_fcr if non_fcr > 0 else 0.0,
        intraday_cdf=intraday_cdf,
        events=events,
        opening_s=_opening_seconds(config),
    )
    release_free_memory()  # the [day, agent] temporaries; workers forked next start smaller
    return plan


def tickets_per_chunk(tickets: int) -> int:
    """TICKETS_PER_CHUNK, or a share of a run big enough to have CHUNKS_BEFORE_GROWING chunks
    of that size, up to MOST_TICKETS_PER_CHUNK."""
    return min(max(tickets // CHUNKS_BEFORE_GROWING, TICKETS_PER_CHUNK), MOST_TICKETS_PER_CHUNK)


def _ticket_chunks(tickets_per_day: NDArray[np.int64]) -> tuple[TicketChunk, ...]:
    """Whole days per chunk, a new chunk each time tickets_per_chunk more tickets begin."""
    before = np.cumsum(tickets_per_day) - tickets_per_day
    chunk_of_day = before // tickets_per_chunk(int(tickets_per_day.sum()))
    boundaries = np.flatnonzero(np.diff(chunk_of_day)) + 1
    day_starts = np.concatenate([[0], boundaries])
    day_stops = np.concatenate([boundaries, [len(tickets_per_day)]])
    chunks = (
        TicketChunk(k, d0, d1, int(before[d0]), int(tickets_per_day[d0:d1].sum()))
        for k, (d0, d1) in enumerate(zip(day_starts.tolist(), day_stops.tolist(), strict=True))
    )
    return tuple(c for c in chunks if c.tickets > 0)


def _check_staffed(config: RunConfig, rota: Rota, tickets_per_day: NDArray[np.int64]) -> None:
    """Raise ConfigError when a day that brings tickets has nobody on shift."""
    unstaffed = (rota.staffed_close_s <= rota.staffed_open_s) & (tickets_per_day > 0)
    if unstaffed.any():
        first_gap = config.start + dt.timedelta(days=int(np.flatnonzero(unstaffed)[0]))
        raise ConfigError(
            f"no agent is on shift on {first_gap}, which brings tickets: raise "
            "agent_initial_share, lower weekend_rotation, or open the centre that weekday"
        )


def _check_capacity(config: RunConfig, busy: float) -> None:
    """Raise ConfigError when the tickets' contacts alone would keep the agents busier (`busy`) than
    target_occupancy: the occupancy configured could not hold, and in the busy hours the
    agents would hold several calls at once (the booking overlaps what nobody is free for)."""
    params = config.params
    if busy <= params.target_occupancy:
        return
    # Present minutes grow about in proportion to the agents.
    needed = math.ceil(config.agents * busy / params.target_occupancy)
    if params.agents:
        who, fewer = f"--agents {config.agents}", "fewer tickets"
    else:  # the count scaled with the tickets a day, which a range's closed days upset
        who = f"the {config.agents:,} agents planned for {config.days:,} days"
        fewer = "a longer range or fewer tickets"
    raise ConfigError(
        f"{who}: the contacts of {config.tickets:,} tickets alone would keep them "
        f"{busy:.0%} busy, above target_occupancy ({params.target_occupancy:.0%}): give "
        f"about {needed:,} agents or more (--agents), or {fewer}"
    )


def _draw_customer_countries(config: RunConfig) -> NDArray[np.int8]:
    """A country per customer, drawn a block at a time: the generator's draws are the same
    as one call's, without a float and an index of eight bytes per customer at once."""
    customers_rng = chunk_rng(config.seed, "customer_country")
    weights = [config.params.countries[c] for c in COUNTRIES]
    countries = np.empty(config.customers, dtype=np.int8)
    for first in range(0, config.customers, COUNTRY_DRAW_BLOCK):
        count = min(COUNTRY_DRAW_BLOCK, config.customers - first)
        countries[first : first + count] = pick_weighted(customers_rng, weights, count)
    return countries


def _opening_seconds(config: RunConfig) -> NDArray[np.int64]:
    """Each channel's opening hours as seconds of the day, per weekday."""
    hours = np.array([config.params.opening_hours[c] for c in CHANNELS], dtype=np.float64)
    seconds: NDArray[np.int64] = np.round(hours * 3600).astype(np.int64)
    return seconds


def _intraday_cdf(config: RunConfig) -> NDArray[np.float64]:
    """The share of a day's contacts that arrive before each hour, 0 at 00:00, 1 at 24:00."""
    hourly = np.asarray(config.params.hourly_weights, dtype=np.float64)
    return np.concatenate([[0.0], np.cumsum(hourly) / hourly.sum()])
