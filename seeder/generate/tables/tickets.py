"""Tickets with their interactions and queue records (calls, chats), one day-aligned chunk each.

A chunk is a pure function of (plan, chunk index) and the running id offsets of the chunks
before it; nothing is read back from the database and nothing outside the chunk is held.
Only the interaction, call and chat ids need those offsets, so a chunk is made in two steps:
draw_ticket_chunk draws every value with chunk-local numbers, number_ticket_chunk formats the
ids once the offsets are known (worker processes draw chunks before that). The draws come from
one random stream in a fixed order: tickets, their interactions (interactions.py), closure
(closure.py), the interactions' texts, then the queue records (queues.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import (
    CALL_ID_DIGITS,
    CALL_ID_PREFIX,
    CHANNELS,
    CHAT_ID_DIGITS,
    CHAT_ID_PREFIX,
    INTERACTION_ID_DIGITS,
    INTERACTION_ID_PREFIX,
    LANGUAGES,
    PRODUCTS,
    SYMPTOM_CATEGORIES,
    TICKET_ID_DIGITS,
    TICKET_ID_PREFIX,
    TICKET_STATUSES,
)
from seeder.encode.blocks import Block, Column, Kind, Texts, categorical, text_array
from seeder.generate.distributions import pick_weighted
from seeder.generate.plan import SECONDS_PER_DAY, Plan, TicketChunk
from seeder.generate.rng import chunk_rng
from seeder.generate.tables.closure import Closure, draw_closure
from seeder.generate.tables.interactions import (
    CHANNEL_TEXT,
    Contacts,
    draw_contacts,
    interaction_block,
)
from seeder.generate.tables.queues import DrawnQueue, draw_queues
from seeder.generate.tables.schedule import (
    last_day_latest_second,
    pick_working_agent,
    sample_time_of_day,
)
from seeder.generate.tables.text import TextPools

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
QUEUE_IDS = {"calls": (CALL_ID_PREFIX, CALL_ID_DIGITS), "chats": (CHAT_ID_PREFIX, CHAT_ID_DIGITS)}
# The categories of the categorical text columns, indexed by the codes the draws produce.
CATEGORY_TEXT = text_array(list(SYMPTOM_CATEGORIES))
STATUS_TEXT = text_array(list(TICKET_STATUSES))
PRODUCT_TEXT = text_array(list(PRODUCTS))
LANGUAGE_TEXT = text_array(list(LANGUAGES))


@dataclass(frozen=True)
class IdOffsets:
    """How many interactions, calls and chats the chunks before this one produced."""

    interactions: int = 0
    calls: int = 0
    chats: int = 0

    def advance(self, result: TicketChunkResult) -> IdOffsets:
        """The offsets of the chunk after the one that made `result`."""
        return IdOffsets(
            self.interactions + result.interactions.rows,
            self.calls + result.calls.rows,
            self.chats + result.chats.rows,
        )


@dataclass(frozen=True)
class HandleTime:
    """Handle seconds per (agent index, day index) contributed by one chunk, for WFM."""

    agent: Ints
    day: Ints
    seconds: Ints


@dataclass(frozen=True)
class TicketChunkResult:
    tickets: Block
    interactions: Block
    calls: Block
    chats: Block
    handle_time: HandleTime


@dataclass(frozen=True)
class DrawnTicketChunk:
    """A chunk with every value drawn but the interaction, call and chat ids not yet formatted."""

    tickets: Block
    interactions: Block  # in interaction id order, interaction_id left out
    calls: DrawnQueue
    chats: DrawnQueue
    handle_time: HandleTime

    @property
    def counts(self) -> tuple[int, int, int]:
        """Rows of (interactions, calls, chats): how far the chunks after this one number on."""
        return self.interactions.rows, self.calls.rows, self.chats.rows


def format_ids(prefix: str, numbers: Ints, digits: int) -> Texts:
    """'TKT-00042'-style identifiers, zero padded to at least `digits` digits."""
    return np.strings.add(prefix, np.strings.zfill(numbers.astype(text_array([]).dtype), digits))


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
    owner: Ints  # agent index


def generate_ticket_chunk(
    plan: Plan, pools: TextPools, chunk: TicketChunk, offsets: IdOffsets
) -> TicketChunkResult:
    """Generate one chunk: its tickets, their interactions, and the matching calls and chats."""
    return number_ticket_chunk(draw_ticket_chunk(plan, pools, chunk), offsets)


def draw_ticket_chunk(plan: Plan, pools: TextPools, chunk: TicketChunk) -> DrawnTicketChunk:
    """Draw one chunk's values; the ids that number rows across chunks are left for later."""
    rng = chunk_rng(plan.config.seed, "tickets", chunk.index)
    drawn = _draw_tickets(rng, plan, pools, chunk)
    contacts = draw_contacts(
        rng,
        plan,
        created=drawn.created,
        origin=drawn.origin,
        contacts=drawn.contacts,
        owner=drawn.owner,
    )
    closure = draw_closure(
        rng,
        plan,
        created=drawn.created,
        fcr=drawn.fcr,
        escalated=drawn.escalated,
        last_interaction=contacts.last_handled,
    )
    ticket_numbers = chunk.first_ticket + 1 + np.arange(chunk.tickets, dtype=np.int64)
    ticket_ids = format_ids(TICKET_ID_PREFIX, ticket_numbers, TICKET_ID_DIGITS)
    # Interaction ids follow time order, so the row at position i gets the chunk's i-th id.
    order = np.argsort(contacts.created, kind="stable")
    interactions = interaction_block(
        rng,
        pools,
        contacts,
        order,
        language=drawn.language,
        symptom=drawn.symptom,
        product=drawn.product,
        customer=drawn.customer,
        ticket_ids=ticket_ids,
    )
    queues = draw_queues(
        rng,
        plan,
        channel=contacts.channel[order],
        created=contacts.created[order],
        soa_s=contacts.soa_s[order],
        day=contacts.day[order],
    )
    return DrawnTicketChunk(
        tickets=_ticket_block(pools, drawn, contacts, closure, ticket_ids),
        interactions=interactions,
        calls=queues["calls"],
        chats=queues["chats"],
        handle_time=HandleTime(contacts.handled_by, contacts.day, contacts.handle_s),
    )


def _draw_tickets(
    rng: np.random.Generator, plan: Plan, pools: TextPools, chunk: TicketChunk
) -> TicketDraws:
    """Creation times, what the ticket is about, who raised it and who owns it."""
    params = plan.config.params
    n = chunk.tickets
    days = np.arange(chunk.day_start, chunk.day_stop, dtype=np.int64)
    day = np.repeat(days, plan.tickets_per_day[chunk.day_start : chunk.day_stop])
    created = plan.start_epoch_s + day * SECONDS_PER_DAY
    created = created + sample_time_of_day(rng, plan, day, last_day_latest_second(plan, day))
    order = np.argsort(created, kind="stable")
    created, day = created[order], day[order]

    category = pick_weighted(rng, [params.categories[c].weight for c in SYMPTOM_CATEGORIES], n)
    symptom = pools.pick_symptoms(rng, category)
    product = pick_weighted(rng, [params.products[p] for p in PRODUCTS], n)
    customers = plan.config.customers
    rank = np.floor(customers * rng.random(n) ** params.customer_repeat_skew).astype(np.int64)
    customer = (np.minimum(rank, customers - 1) * plan.customer_stride) % customers
    origin = pick_weighted(rng, [params.channels[c] for c in CHANNELS], n)
    fcr = rng.random(n) < plan.category_fcr[category]
    extra = np.minimum(rng.poisson(plan.category_extra_contacts[category]), params.max_contacts - 2)
    return TicketDraws(
        day=day,
        created=created,
        category=category,
        symptom=symptom,
        product=product,
        customer=customer,
        language=plan.country_language[plan.customer_country[customer]].astype(np.int64),
        origin=origin,
        fcr=fcr,
        contacts=np.where(fcr, 1, 2 + extra).astype(np.int64),
        escalated=~fcr & (rng.random(n) < plan.escalation_given_non_fcr),
        owner=pick_working_agent(rng, plan, day),
    )


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
            Column("ticket_owner", Kind.INT, drawn.owner + 1),
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
        ),
    )


def number_ticket_chunk(drawn: DrawnTicketChunk, offsets: IdOffsets) -> TicketChunkResult:
    """Format a drawn chunk's interaction, call and chat ids, numbering on from `offsets`."""
    interaction_ids = format_ids(
        INTERACTION_ID_PREFIX,
        offsets.interactions + 1 + np.arange(drawn.interactions.rows, dtype=np.int64),
        INTERACTION_ID_DIGITS,
    )
    interactions = Block(
        "interactions",
        (Column("interaction_id", Kind.TEXT, interaction_ids), *drawn.interactions.columns),
    )
    # Abandoned records link to no interaction: they point at the blank appended at the end.
    link_text = np.concatenate([interaction_ids, text_array([""])])
    return TicketChunkResult(
        tickets=drawn.tickets,
        interactions=interactions,
        calls=_number_queue("calls", drawn.calls, offsets.calls, link_text),
        chats=_number_queue("chats", drawn.chats, offsets.chats, link_text),
        handle_time=drawn.handle_time,
    )


def _number_queue(table: str, drawn: DrawnQueue, offset: int, link_text: Texts) -> Block:
    prefix, digits = QUEUE_IDS[table]
    numbers = offset + 1 + np.arange(drawn.rows, dtype=np.int64)
    return Block(
        table,
        (
            Column("id", Kind.TEXT, format_ids(prefix, numbers, digits)),
            *drawn.block.columns,
            categorical(
                "interaction_id",
                np.where(drawn.linked < 0, len(link_text) - 1, drawn.linked),
                link_text,
                drawn.linked < 0,
            ),
        ),
    )
