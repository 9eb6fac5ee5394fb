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
from seeder.generate.distributions import pick_weighted, truncated_lognormal
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.generate.tables.schedule import pick_working_agent
from seeder.generate.tables.text import TextPools
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
    last_handled: Ints  # per ticket: when its last contact was handled


def draw_contacts(
    rng: np.random.Generator,
    plan: Plan,
    *,
    created: Ints,
    origin: Ints,
    contacts: Ints,
    owner: Ints,
) -> Contacts:
    """`contacts[t]` interactions for ticket t, in order, all inside the configured span."""
    params = plan.config.params
    n = len(created)
    k_total = int(contacts.sum())
    tix = np.repeat(np.arange(n, dtype=np.int64), contacts)
    first = np.cumsum(contacts) - contacts
    pos = np.arange(k_total, dtype=np.int64) - first[tix]
    span_limit = np.minimum(
        int(params.max_interaction_span_hours * 3600), plan.range_end_epoch_s - created
    )
    channel = _draw_channels(rng, params, origin[tix], pos)
    # Speed of answer in its stored unit: hundredths of an hour (36 s) for email, whole
    # seconds for phone and chat, so the stored value and the timestamps agree exactly.
    soa_unit_s = np.where(channel == EMAIL, 36, 1).astype(np.int64)
    share_s = span_limit[tix] / (2.0 * contacts[tix])
    soa_units, soa_min_units, handle_tenths = _draw_durations(rng, params, channel, share_s)
    handle_s = handle_tenths * 6
    soa_units = _shorten_waits_to_fit(
        soa_units, soa_min_units, soa_unit_s, handle_s, tix=tix, span_limit=span_limit
    )
    soa_s = soa_units * soa_unit_s
    wait_s = _draw_follow_up_waits(rng, soa_s + handle_s, tix=tix, pos=pos, span_limit=span_limit)
    inter_created = _contact_times(created, soa_s, wait_s, handle_s, tix=tix, first=first, pos=pos)
    inter_handled = inter_created + handle_s
    inter_day = (inter_created - plan.start_epoch_s) // SECONDS_PER_DAY
    return Contacts(
        ticket=tix,
        position=pos,
        channel=channel,
        created=inter_created,
        handled=inter_handled,
        day=inter_day,
        handled_by=_draw_handlers(rng, plan, owner[tix], pos, inter_day),
        handle_tenths=handle_tenths,
        handle_s=handle_s,
        soa_s=soa_s,
        soa_hundredths=np.where(channel == EMAIL, soa_units, soa_units * 100),
        last_handled=inter_handled[first + contacts - 1],
    )


def _draw_channels(
    rng: np.random.Generator, params: Params, ticket_origin: Ints, pos: Ints
) -> Ints:
    """The first contact uses the ticket's channel; a follow-up keeps it or picks afresh."""
    follow_same = rng.random(len(pos)) < params.follow_up_same_channel
    other = pick_weighted(rng, [params.channels[c] for c in CHANNELS], len(pos))
    channel: Ints = np.where((pos == 0) | follow_same, ticket_origin, other)
    return channel


def _draw_durations(
    rng: np.random.Generator, params: Params, channel: Ints, share_s: NDArray[np.float64]
) -> tuple[Ints, Ints, Ints]:
    """(speed of answer, its minimum, both in stored units; handle time in tenths of a minute).

    Handling gets at most half the span, shared between the ticket's contacts (`share_s`).
    """
    k_total = len(channel)
    soa_units = np.zeros(k_total, dtype=np.int64)
    soa_min_units = np.zeros(k_total, dtype=np.int64)
    handle_tenths = np.zeros(k_total, dtype=np.int64)
    for ch, name in enumerate(CHANNELS):
        sel = np.flatnonzero(channel == ch)
        soa_dist = params.speed_of_answer[name]
        handle_dist = params.handle_time_minutes[name]
        per_unit = 100 if ch == EMAIL else 1
        drawn = truncated_lognormal(rng, soa_dist, len(sel)) * per_unit
        lowest = int(np.ceil(soa_dist.min * per_unit))
        soa_units[sel] = np.maximum(np.floor(drawn), lowest).astype(np.int64)
        soa_min_units[sel] = lowest
        minutes = truncated_lognormal(rng, handle_dist, len(sel), high=share_s[sel] / 60.0)
        tenths = np.maximum(np.floor(minutes * 10), np.ceil(handle_dist.min * 10))
        handle_tenths[sel] = tenths.astype(np.int64)
    return soa_units, soa_min_units, handle_tenths


def _shorten_waits_to_fit(
    soa_units: Ints,
    soa_min_units: Ints,
    soa_unit_s: Ints,
    handle_s: Ints,
    *,
    tix: Ints,
    span_limit: Ints,
) -> Ints:
    """Waits are drawn from the configured distribution; only a ticket whose contacts would not
    fit in the span has its waits shortened (the part above the minimum, proportionally).
    """
    n = len(span_limit)
    excess = _segment_sum(soa_units * soa_unit_s + handle_s, tix, n) - span_limit
    room = _segment_sum((soa_units - soa_min_units) * soa_unit_s, tix, n)
    factor = np.where(excess > 0, np.clip(1 - excess / np.maximum(room, 1), 0, 1), 1.0)
    over = factor[tix] < 1
    soa_units[over] = soa_min_units[over] + np.floor(
        (soa_units[over] - soa_min_units[over]) * factor[tix][over]
    ).astype(np.int64)
    return soa_units


def _draw_follow_up_waits(
    rng: np.random.Generator, busy_s: Ints, *, tix: Ints, pos: Ints, span_limit: Ints
) -> Ints:
    """The customer's own wait before each follow-up shares what the span leaves over."""
    n = len(span_limit)
    budget = np.maximum(span_limit - _segment_sum(busy_s, tix, n), 0)
    weights = rng.exponential(1.0, len(pos)) * (pos > 0)
    slack = rng.exponential(1.0, n)
    total_weight = _segment_sum(weights, tix, n) + slack
    wait_s: Ints = np.floor(budget[tix] * weights / total_weight[tix]).astype(np.int64)
    return wait_s


def _contact_times(
    ticket_created: Ints,
    soa_s: Ints,
    wait_s: Ints,
    handle_s: Ints,
    *,
    tix: Ints,
    first: Ints,
    pos: Ints,
) -> Ints:
    """When each contact starts: after the previous one's handling, the wait and the answer."""
    previous_handle = np.zeros(len(pos), dtype=np.int64)
    previous_handle[1:] = handle_s[:-1]
    previous_handle[pos == 0] = 0
    step = soa_s + wait_s + previous_handle
    running = np.cumsum(step)
    base = running[first] - step[first]
    created: Ints = ticket_created[tix] + running - base[tix]
    return created


def _draw_handlers(
    rng: np.random.Generator, plan: Plan, ticket_owner: Ints, pos: Ints, day: Ints
) -> Ints:
    """The owner takes the first contact and, when on shift, a share of the follow-ups."""
    owner_on_shift = plan.working[day, ticket_owner]
    keep_owner = owner_on_shift & (
        (pos == 0) | (rng.random(len(pos)) < plan.config.params.owner_handles_share)
    )
    handled_by: Ints = np.where(keep_owner, ticket_owner, pick_working_agent(rng, plan, day))
    return handled_by


def _segment_sum(
    values: NDArray[np.int64] | NDArray[np.float64], segment: Ints, segments: int
) -> NDArray[np.float64]:
    summed = np.bincount(segment, weights=values, minlength=segments)
    return summed.astype(np.float64)


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
) -> Block:
    """The interactions in id order (`order`), with their texts; interaction_id left out.

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
            categorical("body", body.codes, body.categories, text_null),
            categorical("ticket_id", ordered_tix, ticket_ids),
        ),
    )
