"""A chunk's interactions: each ticket's contacts, their channels, waits, handling and handlers.

All arithmetic is on whole seconds (int64 epoch seconds) so the stored durations and the
timestamps agree exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS
from seeder.encode.blocks import Block, Column, Kind, Texts, categorical, text_array
from seeder.generate.distributions import pick_weighted
from seeder.generate.events import EventPlan, event_sentence_rows
from seeder.generate.tables.text import PooledTexts, TextPools
from seeder.params import Params

Ints = NDArray[np.int64]
EMAIL = CHANNELS.index("email")
# The categories of the channel columns, indexed by the codes the draws produce.
CHANNEL_TEXT = text_array(list(CHANNELS))


@dataclass(frozen=True)
class Contacts:
    """One chunk's interactions, ticket by ticket and in contact order within each ticket."""

    ticket: Ints  # chunk-local index of the interaction's ticket
    position: Ints  # 0 for a ticket's first contact, 1 for its first follow-up, ...
    channel: Ints
    created: Ints
    handled: Ints
    day: Ints  # day index of `created`
    handled_by: Ints  # agent index
    handle_tenths: Ints  # handle time in tenths of a minute (its stored unit)
    handle_s: Ints
    soa_s: Ints  # speed of answer in seconds
    soa_hundredths: Ints  # speed of answer in hundredths of an hour (its stored unit)
    overtime_s: Ints  # how far the contact ran past the end of its handler's shift
    last_handled: Ints  # per ticket: when its last contact was handled
    owner: Ints  # per ticket: the agent who took its first contact, and so owns it


@dataclass(frozen=True)
class ContactPlan:
    """A chunk's contacts before they are timed: which ticket, which position, which channel."""

    ticket: Ints
    position: Ints
    first: Ints  # per ticket: index of its first contact
    channel: Ints

    def shortest_s(self, params: Params) -> Ints:
        """Per ticket: the time its contacts take at their shortest, whatever their channels."""
        least = max(least_handle_s(params, ch) + least_wait_s(params, ch) for ch in range(3))
        per_ticket: Ints = np.bincount(self.ticket, minlength=len(self.first)) * least
        return per_ticket


def plan_contacts(
    rng: np.random.Generator, params: Params, *, origin: Ints, contacts: Ints
) -> ContactPlan:
    """`contacts[t]` interactions for ticket t: the first on its origin channel.

    A follow-up keeps the channel or picks afresh.
    """
    tix = np.repeat(np.arange(len(origin), dtype=np.int64), contacts)
    first = np.cumsum(contacts) - contacts
    pos = np.arange(len(tix), dtype=np.int64) - first[tix]
    follow_same = rng.random(len(pos)) < params.follow_up_same_channel
    other = pick_weighted(rng, [params.channels[c] for c in CHANNELS], len(pos))
    channel: Ints = np.where((pos == 0) | follow_same, origin[tix], other)
    return ContactPlan(tix, pos, first, channel)


def least_handle_s(params: Params, channel: int) -> int:
    return int(np.ceil(params.handle_time_minutes[CHANNELS[channel]].min * 10)) * 6


def least_wait_s(params: Params, channel: int) -> int:
    soa = params.speed_of_answer[CHANNELS[channel]]
    if channel == EMAIL:
        return int(np.ceil(soa.min * 100)) * 36
    return int(np.ceil(soa.min))


def interaction_block(
    rng: np.random.Generator,
    pools: TextPools,
    contacts: Contacts,
    order: Ints,
    *,
    language: Ints,
    symptom: Ints,
    product: Ints,
    customer: Ints,
    ticket_ids: Texts,
    event: Ints,
    events: EventPlan,
) -> Block:
    """The interactions in id order (`order`), with their texts; interaction_id left out.
    The body column's categories are only the texts its rows add to the message pool, which
    with_message_pool (tickets.py) puts back in front of them before the rows are encoded.

    `language` to `ticket_ids` are per ticket. Rows are put in order before any text is made:
    gathering strings is the costly part.
    """
    tix = contacts.ticket
    order_ref = rng.integers(100_000, 1_000_000, len(ticket_ids))
    subject, body, text_null = pools.render_messages(
        rng,
        channel=contacts.channel,
        position=contacts.position,
        language=language[tix],
        symptom=symptom[tix],
        product=product[tix],
        order_ref=order_ref[tix],
        order=order,
    )
    ordered_tix = tix[order]
    written = (contacts.position[order] == 0) & ~text_null
    body = _with_event_sentences(
        pools, body, event_sentence_rows(written, event[ordered_tix], language[ordered_tix], events)
    )
    return Block(
        "interactions",
        (
            categorical("channel", contacts.channel[order], CHANNEL_TEXT),
            Column("customer_id", Kind.INT, customer[ordered_tix] + 1),
            Column("interaction_created", Kind.TIMESTAMP, contacts.created[order]),
            Column("handle_time", Kind.DEC1, contacts.handle_tenths[order]),
            Column("speed_of_answer", Kind.DEC2, contacts.soa_hundredths[order]),
            Column("interaction_handled", Kind.TIMESTAMP, contacts.handled[order]),
            Column("handled_by", Kind.INT, contacts.handled_by[order] + 1),
            categorical("subject", subject.codes, subject.categories, text_null),
            # Only the texts the rows add to the pool: see DrawnTicketChunk.
            categorical("body", body.codes, body.own, text_null),
            categorical("ticket_id", ordered_tix, ticket_ids),
        ),
    )


def _with_event_sentences(
    pools: TextPools, body: PooledTexts, sentences: tuple[Ints, Texts]
) -> PooledTexts:
    """The bodies with each event ticket's first written message followed by its sentence."""
    rows, sentence = sentences
    if len(rows) == 0:
        return body
    joined = np.strings.add(np.strings.add(pools.pooled_text(body, rows), " "), sentence)
    codes = body.codes.copy()
    codes[rows] = len(pools.message_texts) + len(body.own) + np.arange(len(rows))
    return PooledTexts(codes, np.concatenate([body.own, joined]))
