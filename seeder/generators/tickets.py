"""Tickets with their interactions and queue records (calls, chats), one day-aligned chunk each.

A chunk is a pure function of (plan, chunk index) and the running id offsets of the chunks
before it; nothing is read back from the database and nothing outside the chunk is held.
Only the interaction, call and chat ids need those offsets, so a chunk is made in two steps:
draw_ticket_chunk draws every value with chunk-local numbers, number_ticket_chunk formats the
ids once the offsets are known (worker processes draw chunks before that).
All arithmetic is on whole seconds (int64 epoch seconds) so derived columns agree exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.columns import Block, Column, Kind, Texts, categorical, text_array
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
from seeder.generators.text import TextPools
from seeder.plan import SECONDS_PER_DAY, Plan, TicketChunk
from seeder.rng import chunk_rng
from seeder.sampling import pick_weighted, truncated_lognormal

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
EMAIL, PHONE, CHAT = (CHANNELS.index(c) for c in ("email", "phone", "chat"))
QUEUE_TABLES = {"calls": PHONE, "chats": CHAT}
QUEUE_IDS = {"calls": (CALL_ID_PREFIX, CALL_ID_DIGITS), "chats": (CHAT_ID_PREFIX, CHAT_ID_DIGITS)}
# The categories of the categorical text columns, indexed by the codes the draws produce.
CHANNEL_TEXT = text_array(list(CHANNELS))
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
class DrawnQueue:
    """A queue table's rows without the two id columns, which need the chunk's offsets."""

    block: Block  # id and interaction_id left out
    linked: Ints  # chunk-local index of each record's interaction; -1 for abandoned ones

    @property
    def rows(self) -> int:
        return len(self.linked)


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


def pick_working_agent(rng: np.random.Generator, plan: Plan, day: Ints) -> Ints:
    """A uniformly chosen agent among those on shift that day."""
    first = plan.working_offsets[day]
    count = plan.working_offsets[day + 1] - first
    return plan.working_agents[first + np.floor(rng.random(len(day)) * count).astype(np.int64)]


def _segment_sum(
    values: NDArray[np.int64] | NDArray[np.float64], segment: Ints, segments: int
) -> NDArray[np.float64]:
    summed = np.bincount(segment, weights=values, minlength=segments)
    return summed.astype(np.float64)


def _last_day_latest_second(plan: Plan, day: Ints) -> Ints:
    """Contacts on the last day must end inside the range: arrivals stop one span earlier."""
    span_s = int(plan.config.params.max_interaction_span_hours * 3600)
    latest = np.full(len(day), SECONDS_PER_DAY, dtype=np.int64)
    latest[day == plan.days - 1] = max(3600, SECONDS_PER_DAY - span_s)
    return latest


def generate_ticket_chunk(
    plan: Plan, pools: TextPools, chunk: TicketChunk, offsets: IdOffsets
) -> TicketChunkResult:
    """Generate one chunk: its tickets, their interactions, and the matching calls and chats."""
    return number_ticket_chunk(draw_ticket_chunk(plan, pools, chunk), offsets)


def draw_ticket_chunk(plan: Plan, pools: TextPools, chunk: TicketChunk) -> DrawnTicketChunk:
    """Draw one chunk's values; the ids that number rows across chunks are left for later."""
    params = plan.config.params
    rng = chunk_rng(plan.config.seed, "tickets", chunk.index)
    n = chunk.tickets
    days = np.arange(chunk.day_start, chunk.day_stop, dtype=np.int64)
    day = np.repeat(days, plan.tickets_per_day[chunk.day_start : chunk.day_stop])
    created = plan.start_epoch_s + day * SECONDS_PER_DAY
    created = created + sample_time_of_day(rng, plan, day, _last_day_latest_second(plan, day))
    order = np.argsort(created, kind="stable")
    created, day = created[order], day[order]

    category = pick_weighted(rng, [params.categories[c].weight for c in SYMPTOM_CATEGORIES], n)
    symptom = pools.pick_symptoms(rng, category)
    product = pick_weighted(rng, [params.products[p] for p in PRODUCTS], n)
    customers = plan.config.customers
    rank = np.floor(customers * rng.random(n) ** params.customer_repeat_skew).astype(np.int64)
    customer_idx = (np.minimum(rank, customers - 1) * plan.customer_stride) % customers
    language = plan.country_language[plan.customer_country[customer_idx]].astype(np.int64)
    origin = pick_weighted(rng, [params.channels[c] for c in CHANNELS], n)
    fcr = rng.random(n) < plan.category_fcr[category]
    extra = np.minimum(rng.poisson(plan.category_extra_contacts[category]), params.max_contacts - 2)
    contacts = np.where(fcr, 1, 2 + extra).astype(np.int64)
    escalated = ~fcr & (rng.random(n) < plan.escalation_given_non_fcr)
    owner = pick_working_agent(rng, plan, day)

    # --- interactions: k contacts per ticket, in order, inside the span --------------------
    k_total = int(contacts.sum())
    tix = np.repeat(np.arange(n, dtype=np.int64), contacts)
    first = np.cumsum(contacts) - contacts
    pos = np.arange(k_total, dtype=np.int64) - first[tix]
    span_limit = np.minimum(
        int(params.max_interaction_span_hours * 3600), plan.range_end_epoch_s - created
    )
    share_s = span_limit[tix] / (2.0 * contacts[tix])
    follow_same = rng.random(k_total) < params.follow_up_same_channel
    other = pick_weighted(rng, [params.channels[c] for c in CHANNELS], k_total)
    channel = np.where((pos == 0) | follow_same, origin[tix], other)

    # Speed of answer in its stored unit: hundredths of an hour (36 s) for email, whole
    # seconds for phone and chat, so the stored value and the timestamps agree exactly.
    soa_units = np.zeros(k_total, dtype=np.int64)
    soa_unit_s = np.where(channel == EMAIL, 36, 1).astype(np.int64)
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
        # Handling gets at most half the span, shared between the ticket's contacts.
        minutes = truncated_lognormal(rng, handle_dist, len(sel), high=share_s[sel] / 60.0)
        tenths = np.maximum(np.floor(minutes * 10), np.ceil(handle_dist.min * 10))
        handle_tenths[sel] = tenths.astype(np.int64)
    handle_s = handle_tenths * 6
    # Waits are drawn from the configured distribution; only a ticket whose contacts would not
    # fit in the span has its waits shortened (the part above the minimum, proportionally).
    excess = _segment_sum(soa_units * soa_unit_s + handle_s, tix, n) - span_limit
    room = _segment_sum((soa_units - soa_min_units) * soa_unit_s, tix, n)
    factor = np.where(excess > 0, np.clip(1 - excess / np.maximum(room, 1), 0, 1), 1.0)
    over = factor[tix] < 1
    soa_units[over] = soa_min_units[over] + np.floor(
        (soa_units[over] - soa_min_units[over]) * factor[tix][over]
    ).astype(np.int64)
    soa_s = soa_units * soa_unit_s
    soa_hundredths = np.where(channel == EMAIL, soa_units, soa_units * 100)

    # The customer's own wait before each follow-up shares what the span leaves over.
    used = _segment_sum(soa_s + handle_s, tix, n)
    budget = np.maximum(span_limit - used, 0)
    weights = rng.exponential(1.0, k_total) * (pos > 0)
    slack = rng.exponential(1.0, n)
    total_weight = _segment_sum(weights, tix, n) + slack
    wait_s = np.floor(budget[tix] * weights / total_weight[tix]).astype(np.int64)
    previous_handle = np.zeros(k_total, dtype=np.int64)
    previous_handle[1:] = handle_s[:-1]
    previous_handle[pos == 0] = 0
    step = soa_s + wait_s + previous_handle
    running = np.cumsum(step)
    base = running[first] - step[first]
    inter_created = created[tix] + running - base[tix]
    inter_handled = inter_created + handle_s
    inter_day = (inter_created - plan.start_epoch_s) // SECONDS_PER_DAY

    ticket_owner = owner[tix]
    owner_on_shift = plan.working[inter_day, ticket_owner]
    keep_owner = owner_on_shift & ((pos == 0) | (rng.random(k_total) < params.owner_handles_share))
    handled_by = np.where(keep_owner, ticket_owner, pick_working_agent(rng, plan, inter_day))
    last_interaction = inter_handled[first + contacts - 1]

    # --- closure, status and rating -------------------------------------------------------
    range_end = plan.range_end_epoch_s
    age_days = (range_end - created) / SECONDS_PER_DAY
    fcr_delay_h = truncated_lognormal(
        rng,
        params.fcr_closure_delay_hours,
        n,
        high=np.maximum(range_end - last_interaction, 1) / 3600,
    )
    scale = np.where(escalated, params.escalated_delay_factor, 1.0)
    if params.anchor_closure_to == "last_interaction":
        delay_h = truncated_lognormal(rng, params.closure_delay_hours, n, scale=scale)
        non_fcr_closed = last_interaction + np.round(delay_h * 3600).astype(np.int64)
    else:
        lifecycle_floor_h = (last_interaction - created) / 3600 + params.closure_delay_hours.min
        life_h = truncated_lognormal(
            rng, params.closure_delay_hours, n, low=lifecycle_floor_h, scale=scale
        )
        non_fcr_closed = created + np.round(life_h * 3600).astype(np.int64)
    fcr_closed = np.minimum(
        last_interaction + np.round(fcr_delay_h * 3600).astype(np.int64), range_end
    )
    tau = plan.backlog_decay_days
    backlog = rng.random(n) < (np.exp(-age_days / tau) if tau > 0 else 0.0)
    closed_at = np.where(fcr, fcr_closed, non_fcr_closed)
    is_closed = fcr | (~backlog & (non_fcr_closed <= range_end))
    status = np.where(
        is_closed,
        TICKET_STATUSES.index("closed"),
        np.where(
            age_days < params.new_within_days,
            TICKET_STATUSES.index("new"),
            TICKET_STATUSES.index("open"),
        ),
    )
    resolution_hundredths = np.round((closed_at - last_interaction) / 36).astype(np.int64)
    lifecycle_hundredths = np.round((closed_at - created) / 36).astype(np.int64)
    lifecycle_hours = (closed_at - created) / 3600
    rated = is_closed & (rng.random(n) < params.rated_share)
    score = np.where(fcr, params.rating_fcr_mean, params.rating_non_fcr_mean)
    score = score - params.rating_lifecycle_penalty * np.log1p(np.maximum(lifecycle_hours, 0) / 24)
    score = score + params.rating_noise_sd * rng.standard_normal(n)
    rating = np.clip(np.round(score), 1, 5).astype(np.int64)

    ticket_numbers = chunk.first_ticket + 1 + np.arange(n, dtype=np.int64)
    ticket_ids = format_ids(TICKET_ID_PREFIX, ticket_numbers, TICKET_ID_DIGITS)
    not_closed = ~is_closed
    tickets = Block(
        "tickets",
        (
            Column("ticket_id", Kind.TEXT, ticket_ids),
            categorical("origin", origin, CHANNEL_TEXT),
            categorical("symptom_cat", category, CATEGORY_TEXT),
            categorical("symptom", symptom, pools.symptom_text),
            categorical("status", status, STATUS_TEXT),
            categorical("product", product, PRODUCT_TEXT),
            Column("ticket_owner", Kind.INT, owner + 1),
            categorical("language", language, LANGUAGE_TEXT),
            Column("fcr", Kind.BOOL, fcr),
            Column("escalated", Kind.BOOL, escalated),
            Column("ticket_created", Kind.TIMESTAMP, created),
            Column("ticket_closed", Kind.TIMESTAMP, closed_at, not_closed),
            Column("last_interaction_time", Kind.TIMESTAMP, last_interaction),
            Column(
                "resolution_after_last_interaction_hours",
                Kind.DEC2,
                resolution_hundredths,
                not_closed,
            ),
            Column("lifecycle_hours", Kind.DEC2, lifecycle_hundredths, not_closed),
            Column("customer_id", Kind.INT, customer_idx + 1),
            Column("ticket_rating", Kind.INT, rating, ~rated),
        ),
    )

    # --- interaction rows in time order, then their queue records -------------------------
    # Interaction ids follow this order, so the row at position i gets the chunk's i-th id.
    # Rows are put in order before any text is made: gathering strings is the costly part.
    inter_order = np.argsort(inter_created, kind="stable")
    order_ref = rng.integers(100_000, 1_000_000, n)
    subject, body, text_null = pools.render_messages(
        rng,
        channel=channel,
        follow_up=pos > 0,
        language=language[tix],
        symptom=symptom[tix],
        product=product[tix],
        order_ref=order_ref[tix],
        order=inter_order,
    )
    ordered_tix = tix[inter_order]
    interactions = Block(
        "interactions",
        (
            categorical("channel", channel[inter_order], CHANNEL_TEXT),
            Column("customer_id", Kind.INT, customer_idx[ordered_tix] + 1),
            Column("interaction_created", Kind.TIMESTAMP, inter_created[inter_order]),
            Column("handle_time", Kind.DEC1, handle_tenths[inter_order]),
            Column("speed_of_answer", Kind.DEC2, soa_hundredths[inter_order]),
            Column("interaction_handled", Kind.TIMESTAMP, inter_handled[inter_order]),
            Column("handled_by", Kind.INT, handled_by[inter_order] + 1),
            categorical("subject", subject.codes, subject.categories, text_null),
            categorical("body", body.codes, body.categories, text_null),
            categorical("ticket_id", ordered_tix, ticket_ids),
        ),
    )

    queues = {
        table: _draw_queue(
            rng,
            plan,
            table,
            answered_sel=np.flatnonzero(channel[inter_order] == ch),
            created=inter_created[inter_order],
            soa_s=soa_s[inter_order],
            day=inter_day[inter_order],
        )
        for table, ch in QUEUE_TABLES.items()
    }
    return DrawnTicketChunk(
        tickets=tickets,
        interactions=interactions,
        calls=queues["calls"],
        chats=queues["chats"],
        handle_time=HandleTime(handled_by, inter_day, handle_s),
    )


def _draw_queue(
    rng: np.random.Generator,
    plan: Plan,
    table: str,
    *,
    answered_sel: Ints,
    created: Ints,
    soa_s: Ints,
    day: Ints,
) -> DrawnQueue:
    """Answered queue records for the channel's interactions plus abandoned ones the same days.

    Each answered contact brings Poisson(p / (1 - p)) abandoned ones, p being that day's
    abandonment rate, so abandoned / (answered + abandoned) averages p day by day.
    """
    params = plan.config.params.abandonment[table]
    answered_day = day[answered_sel]
    rate = plan.abandonment_by_day[table][np.minimum(answered_day, plan.days - 1)]
    abandoned_count = rng.poisson(rate / (1.0 - rate))
    abandoned_day = np.repeat(answered_day, abandoned_count)
    latest = _last_day_latest_second(plan, abandoned_day)
    abandoned_init = (
        plan.start_epoch_s
        + abandoned_day * SECONDS_PER_DAY
        + sample_time_of_day(rng, plan, abandoned_day, latest)
    )
    patience = truncated_lognormal(rng, params.patience_seconds, len(abandoned_day))
    abandoned_at = abandoned_init + np.round(patience).astype(np.int64)

    n_answered = len(answered_sel)
    n_abandoned = len(abandoned_day)
    answered_at = created[answered_sel]
    initialized = np.concatenate([answered_at - soa_s[answered_sel], abandoned_init])
    is_abandoned = np.concatenate([np.zeros(n_answered, bool), np.ones(n_abandoned, bool)])
    answered = np.concatenate([answered_at, np.zeros(n_abandoned, np.int64)])
    abandoned = np.concatenate([np.zeros(n_answered, np.int64), abandoned_at])
    linked = np.concatenate([answered_sel, np.full(n_abandoned, -1, dtype=np.int64)])
    order = np.lexsort((is_abandoned, initialized))
    block = Block(
        table,
        (
            Column("initialized", Kind.TIMESTAMP, initialized[order]),
            Column("answered", Kind.TIMESTAMP, answered[order], is_abandoned[order]),
            Column("abandoned", Kind.TIMESTAMP, abandoned[order], ~is_abandoned[order]),
            Column("is_abandoned", Kind.BOOL, is_abandoned[order]),
        ),
    )
    return DrawnQueue(block, linked[order])


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
