"""Tickets with their interactions and queue records (calls, chats), one day-aligned chunk each.

A chunk is a pure function of (plan, chunk index) and the running id offsets of the chunks
before it; nothing is read back from the database and nothing outside the chunk is held.
Only the interaction, call and chat ids need those offsets, so a chunk is made in two steps:
draw_ticket_chunk draws every value with chunk-local numbers, and number_ticket_chunk
(numbering.py) formats the ids once the offsets are known (worker processes draw chunks
before that). The draws come from one random stream in a fixed order: tickets, their
interactions (interactions.py), closure (closure.py), the interactions' texts, then the
queue records (queues.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from seeder.domain import (
    CHANNELS,
    LANGUAGES,
    PRODUCTS,
    SYMPTOM_CATEGORIES,
    TICKET_ID_DIGITS,
    TICKET_ID_PREFIX,
    TICKET_STATUSES,
)
from seeder.encode.blocks import Block, Column, Kind, Texts, categorical, text_array
from seeder.generate.calendar import draw_categories
from seeder.generate.customer_mix import draw_customers
from seeder.generate.distributions import pick_weighted
from seeder.generate.events import draw_event_labels, pin
from seeder.generate.plan import SECONDS_PER_DAY, Plan, TicketChunk
from seeder.generate.rng import chunk_rng
from seeder.generate.tables.arrivals import Arrivals, draw_arrivals
from seeder.generate.tables.closure import Closure, draw_closure
from seeder.generate.tables.interactions import (
    CHANNEL_TEXT,
    ContactPlan,
    Contacts,
    interaction_block,
    plan_contacts,
)
from seeder.generate.tables.numbering import format_ids
from seeder.generate.tables.placement import place_contacts
from seeder.generate.tables.queues import DrawnQueue, draw_queues
from seeder.generate.tables.schedule import (
    ESCALATED,
    RESOLVED,
    UNRESOLVED,
    ShiftGroups,
    open_channels,
    pick_on_shift,
    shift_groups,
    skill_weights,
)
from seeder.generate.tables.text import TextPools

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
Floats = NDArray[np.float64]
CASE_WORK_SIGMA = 0.5  # case work varies per ticket: most are routine, a few drag on
# The categories of the categorical text columns, indexed by the codes the draws produce.
CATEGORY_TEXT = text_array(list(SYMPTOM_CATEGORIES))
STATUS_TEXT = text_array(list(TICKET_STATUSES))
PRODUCT_TEXT = text_array(list(PRODUCTS))
LANGUAGE_TEXT = text_array(list(LANGUAGES))


@dataclass(frozen=True)
class HandleTime:
    """One chunk's agent time for WFM: per contact, then per ticket's case work (which joins
    the team's queue the day of its first contact: seeder.generate.case_work)."""

    agent: Ints  # per contact: its handler
    day: Ints
    seconds: Ints  # handle time
    overtime: Ints  # seconds past the end of the handler's shift
    case_day: Ints  # per ticket: the day of its first contact
    case_seconds: Ints


@dataclass(frozen=True)
class DrawnTicketChunk:
    """A chunk with every value drawn but the interaction, call and chat ids not yet formatted,
    and of its bodies' texts only those its rows add to the message pool (a copy of the pool
    per chunk would double a busy day's draw of texts, and wait with it on a Dask worker):
    `with_message_pool` makes the chunk whole."""

    tickets: Block
    interactions: Block  # in interaction id order, interaction_id left out
    calls: DrawnQueue
    chats: DrawnQueue
    handle_time: HandleTime

    @property
    def counts(self) -> tuple[int, int, int]:
        """Rows of (interactions, calls, chats): how far the chunks after this one number on."""
        return self.interactions.rows, self.calls.rows, self.chats.rows


@dataclass(frozen=True)
class TicketDraws:
    """A chunk's tickets as drawn, before their contacts: one value per ticket, in time order."""

    day: Ints
    created: Ints
    category: Ints
    symptom: Ints
    product: Ints
    customer: Ints  # customer index
    language: Ints
    origin: Ints  # channel of the first contact
    fcr: Bools
    contacts: Ints  # how many interactions the ticket gets
    escalated: Bools
    owner: Ints  # agent index, drawn; the one who takes the first contact owns it (Contacts.owner)
    owner_class: Ints  # the weight class the owner was drawn with: how the ticket went
    groups: ShiftGroups  # the agents on shift on the chunk's working days
    planned: ContactPlan
    arrivals: Arrivals
    case_seconds: Ints
    event: Ints  # position in plan.events of the event that caused the ticket, or -1
    event_ids: Ints  # its scenario_events.id (0 where event is -1: NULL)


def draw_ticket_chunk(plan: Plan, pools: TextPools, chunk: TicketChunk) -> DrawnTicketChunk:
    """Draw one chunk's values; the ids that number rows across chunks are left for later."""
    rng = chunk_rng(plan.config.seed, "tickets", chunk.index)
    weights = skill_weights(plan)
    drawn = _draw_tickets(rng, plan, chunk, weights)
    contacts = place_contacts(
        rng,
        plan,
        drawn.planned,
        drawn.arrivals,
        drawn.owner,
        drawn.groups,
        owner_class=drawn.owner_class,
        handle_scale=plan.events.effects["handle_factor"][drawn.event],
    )
    closure = draw_closure(
        rng,
        plan,
        created=drawn.created,
        fcr=drawn.fcr,
        escalated=drawn.escalated,
        last_interaction=contacts.last_handled,
        category=drawn.category,
        owner=contacts.owner,
        event=drawn.event,
    )
    ticket_numbers = chunk.first_ticket + 1 + np.arange(chunk.tickets, dtype=np.int64)
    ticket_ids = format_ids(TICKET_ID_PREFIX, ticket_numbers, TICKET_ID_DIGITS)
    tickets = _ticket_block(pools, drawn, contacts, closure, ticket_ids)
    handle_time = HandleTime(
        contacts.handled_by,
        contacts.day,
        contacts.handle_s,
        contacts.overtime_s,
        drawn.arrivals.work_day,
        drawn.case_seconds,
    )
    language, symptom, product = drawn.language, drawn.symptom, drawn.product
    customer, event = drawn.customer, drawn.event
    # The rest of the draws (the contacts' plan, arrivals, shift groups) is done with: freed
    # before the texts and queues are drawn, the busiest day's draw peaks that much lower.
    del drawn, closure
    # Interaction ids follow time order, so the row at position i gets the chunk's i-th id.
    order = np.argsort(contacts.created, kind="stable")
    interactions = interaction_block(
        rng,
        pools,
        contacts,
        order,
        language=language,
        symptom=symptom,
        product=product,
        customer=customer,
        ticket_ids=ticket_ids,
        event=event,
        events=plan.events,
    )
    channel, created = contacts.channel[order], contacts.created[order]
    soa_s, day = contacts.soa_s[order], contacts.day[order]
    del contacts, order
    queues = draw_queues(rng, plan, channel=channel, created=created, soa_s=soa_s, day=day)
    return DrawnTicketChunk(
        tickets=tickets,
        interactions=interactions,
        calls=queues["calls"],
        chats=queues["chats"],
        handle_time=handle_time,
    )


def with_message_pool(drawn: DrawnTicketChunk, pools: TextPools) -> DrawnTicketChunk:
    """The drawn chunk with its bodies' categories whole: the message pool, then its own."""
    columns = tuple(
        replace(column, pool=pools.message_texts)
        if column.name == "body" and column.categories is not None
        else column
        for column in drawn.interactions.columns
    )
    return replace(drawn, interactions=replace(drawn.interactions, columns=columns))


def _draw_tickets(
    rng: np.random.Generator, plan: Plan, chunk: TicketChunk, weights: Floats
) -> TicketDraws:
    """What each ticket is about, how it goes, when it arrives, and who owns it.

    The outcome (FCR, escalation) is drawn before the owner, and the owner is chosen among the
    agents on shift with weights for that outcome: the category rates stay as configured
    while better agents collect more first-contact resolutions.
    """
    params = plan.config.params
    n = chunk.tickets
    days = np.arange(chunk.day_start, chunk.day_stop, dtype=np.int64)
    day = np.repeat(days, plan.tickets_per_day[chunk.day_start : chunk.day_stop])
    # Scenario events: their own stream labels the tickets and pins their slice (events.py).
    ev = plan.events
    event = draw_event_labels(chunk_rng(plan.config.seed, "events", chunk.index), ev, day)
    opened = open_channels(plan, day)
    # An event's ticket on a channel nobody staffs that day is an ordinary ticket.
    pinned = ev.slice_codes["channel"][event]
    event[(pinned >= 0) & ~opened[np.arange(len(day)), pinned]] = -1
    about = _draw_subjects(rng, plan, (day, opened), event)
    fcr = rng.random(n) < plan.category_fcr[about.category] * ev.effects["fcr_factor"][event]
    extra = np.minimum(
        rng.poisson(plan.category_extra_contacts[about.category]), params.max_contacts - 2
    )
    contacts = np.where(fcr, 1, 2 + extra).astype(np.int64)
    escalated = ~fcr & (rng.random(n) < plan.escalation_given_non_fcr)
    planned = plan_contacts(rng, params, origin=about.origin, contacts=contacts)
    arrivals = draw_arrivals(
        rng, plan, day=day, origin=about.origin, need_s=planned.shortest_s(params)
    )
    # Ticket ids follow arrival order.
    order = np.argsort(arrivals.created, kind="stable")
    planned, arrivals = _reorder(planned, arrivals, order)
    about = about.take(order)
    origin, category, symptom, product, customer = (
        about.origin, about.category, about.symptom, about.product, about.customer
    )  # fmt: skip
    fcr, contacts, escalated, event = fcr[order], contacts[order], escalated[order], event[order]
    outcome = np.where(fcr, RESOLVED, np.where(escalated, ESCALATED, UNRESOLVED))
    work_second = arrivals.first_start - plan.start_epoch_s - arrivals.work_day * SECONDS_PER_DAY
    groups = shift_groups(plan, arrivals.work_day, weights)
    owner = pick_on_shift(rng, groups, arrivals.work_day, work_second, outcome)
    return TicketDraws(
        day=arrivals.work_day,
        created=arrivals.created,
        category=category,
        symptom=symptom,
        product=product,
        customer=customer,
        language=plan.country_language[plan.customer_country[customer]].astype(np.int64),
        origin=origin,
        fcr=fcr,
        contacts=contacts,
        escalated=escalated,
        owner=owner,
        owner_class=outcome,
        groups=groups,
        planned=planned,
        arrivals=arrivals,
        case_seconds=_case_seconds(rng, plan, category),
        event=event,
        event_ids=np.append(ev.ids, 0)[event],
    )


@dataclass(frozen=True)
class _Subjects:
    """What each ticket is about and who raised it, in draw order."""

    origin: Ints
    category: Ints
    symptom: Ints
    product: Ints
    customer: Ints

    def take(self, order: Ints) -> _Subjects:
        """The same tickets, taken in `order`."""
        return _Subjects(
            self.origin[order],
            self.category[order],
            self.symptom[order],
            self.product[order],
            self.customer[order],
        )


def _draw_subjects(
    rng: np.random.Generator, plan: Plan, days: tuple[Ints, NDArray[np.bool_]], event: Ints
) -> _Subjects:
    """Channel (among those open that day), category (by month), product, symptom (given
    both) and customer (by the day's countries); an event's tickets take its slice's values.
    `days` is each ticket's day and which channels are open that day (open_channels)."""
    params, ev = plan.config.params, plan.events
    day, opened = days
    n = len(day)
    weights = np.array([params.channels[c] for c in CHANNELS])
    origin = pick_weighted(rng, weights, n)
    origin = pin(origin, ev.slice_codes["channel"], event)
    origin = _on_open_channels(rng, opened, origin, weights)
    category = draw_categories(rng, plan.category_cdf, plan.month[day])
    category = pin(category, ev.slice_codes["category"], event)
    product = pick_weighted(rng, [params.products[p] for p in PRODUCTS], n)
    product = pin(product, ev.slice_codes["product"], event)
    symptom = plan.symptom_mix.pick(rng, category, product)
    symptom = pin(symptom, ev.slice_codes["symptom"], event)
    wanted = ev.slice_codes["country"][event]  # an event's country, else -1
    customer = draw_customers(rng, plan.customer_mix, day, params.customer_repeat_skew, wanted)
    return _Subjects(origin, category, symptom, product, customer)


def _on_open_channels(
    rng: np.random.Generator, opened: NDArray[np.bool_], origin: Ints, weights: Floats
) -> Ints:
    """Origins, those on a line nobody staffs that day (closed, or its hours outside the
    shifts of the agents present) drawn again among the day's open channels: with the chat
    offline, its customers call or write instead (open_channels)."""
    # (a day whose open channels all weigh 0 keeps the draw)
    chosen = (weights[None, :] * opened > 0).any(axis=1)
    closed = np.flatnonzero(~opened[np.arange(len(origin)), origin] & chosen)
    if len(closed) == 0:  # every channel keeps the same hours in the default configuration
        return origin
    cumulative = np.cumsum(weights[None, :] * opened[closed], axis=1)
    u = rng.random(len(closed)) * cumulative[:, -1]
    redrawn = origin.copy()
    redrawn[closed] = np.minimum((cumulative <= u[:, None]).sum(axis=1), len(weights) - 1)
    return redrawn


def _reorder(planned: ContactPlan, arrivals: Arrivals, order: Ints) -> tuple[ContactPlan, Arrivals]:
    """The tickets' contact plans and arrivals with the tickets taken in `order`."""
    contacts = np.bincount(planned.ticket, minlength=len(order))[order]
    tix = np.repeat(np.arange(len(order), dtype=np.int64), contacts)
    first = np.cumsum(contacts) - contacts
    pos = np.arange(len(tix), dtype=np.int64) - first[tix]
    channel = planned.channel[planned.first[order][tix] + pos]
    arrived = Arrivals(
        created=arrivals.created[order],
        first_start=arrivals.first_start[order],
        soa_units=arrivals.soa_units[order],
        work_day=arrivals.work_day[order],
        limit_end=arrivals.limit_end[order],
    )
    return ContactPlan(tix, pos, first, channel), arrived


def _case_seconds(rng: np.random.Generator, plan: Plan, category: Ints) -> Ints:
    """Back-office seconds per ticket: its category's minutes, scaled, with log-normal spread."""
    params = plan.config.params
    minutes = np.array([params.case_work_minutes[c] for c in SYMPTOM_CATEGORIES])[category]
    spread = np.exp(CASE_WORK_SIGMA * rng.standard_normal(len(category)) - CASE_WORK_SIGMA**2 / 2)
    seconds: Ints = np.round(minutes * plan.case_scale * spread * 60).astype(np.int64)
    return seconds


def _ticket_block(
    pools: TextPools, drawn: TicketDraws, contacts: Contacts, closure: Closure, ticket_ids: Texts
) -> Block:
    not_closed = ~closure.is_closed
    return Block(
        "tickets",
        (
            Column("ticket_id", Kind.TEXT, ticket_ids),
            categorical("origin", drawn.origin, CHANNEL_TEXT),
            categorical("symptom_cat", drawn.category, CATEGORY_TEXT),
            categorical("symptom", drawn.symptom, pools.symptom_text),
            categorical("status", closure.status, STATUS_TEXT),
            categorical("product", drawn.product, PRODUCT_TEXT),
            Column("ticket_owner", Kind.INT, contacts.owner + 1),
            categorical("language", drawn.language, LANGUAGE_TEXT),
            Column("fcr", Kind.BOOL, drawn.fcr),
            Column("escalated", Kind.BOOL, drawn.escalated),
            Column("ticket_created", Kind.TIMESTAMP, drawn.created),
            Column("ticket_closed", Kind.TIMESTAMP, closure.closed_at, not_closed),
            Column("last_interaction_time", Kind.TIMESTAMP, contacts.last_handled),
            Column(
                "resolution_after_last_interaction_hours",
                Kind.DEC2,
                closure.resolution_hundredths,
                not_closed,
            ),
            Column("lifecycle_hours", Kind.DEC2, closure.lifecycle_hundredths, not_closed),
            Column("customer_id", Kind.INT, drawn.customer + 1),
            Column("ticket_rating", Kind.INT, closure.rating, ~closure.rated),
            Column("event_id", Kind.INT, drawn.event_ids, drawn.event < 0),
        ),
    )
