"""Queue records (calls, chats): one per answered phone or chat contact, plus abandoned ones."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS
from seeder.encode.blocks import Block, Column, Kind
from seeder.generate.distributions import truncated_lognormal
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.generate.tables.schedule import channel_window

Ints = NDArray[np.int64]
QUEUE_TABLES = {"calls": CHANNELS.index("phone"), "chats": CHANNELS.index("chat")}


@dataclass(frozen=True)
class DrawnQueue:
    """A queue table's rows without the two id columns, which need the chunk's offsets."""

    block: Block  # id and interaction_id left out
    linked: Ints  # chunk-local index of each record's interaction; -1 for abandoned ones

    @property
    def rows(self) -> int:
        return len(self.linked)


def draw_queues(
    rng: np.random.Generator, plan: Plan, *, channel: Ints, created: Ints, soa_s: Ints, day: Ints
) -> dict[str, DrawnQueue]:
    """Each queue table's records, from the chunk's interactions in interaction id order."""
    return {
        table: _draw_queue(
            rng,
            plan,
            table,
            answered_sel=np.flatnonzero(channel == ch),
            created=created,
            soa_s=soa_s,
            day=day,
        )
        for table, ch in QUEUE_TABLES.items()
    }


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
    """Answered queue records for the channel's interactions plus abandoned ones.

    Each answered contact brings Poisson(p / (1 - p)) abandoned ones in its interval, p being
    the interval's abandonment (which follows its load), so abandoned / (answered +
    abandoned) is p interval by interval. They queued in the same interval, while open.
    """
    params = plan.config.params.abandonment[table]
    answered_day = day[answered_sel]
    queued_at = created[answered_sel] - soa_s[answered_sel]
    second = queued_at - plan.start_epoch_s - answered_day * SECONDS_PER_DAY
    interval = plan.queue.interval_of(np.clip(second, 0, SECONDS_PER_DAY - 1))
    rate = plan.queue.abandonment[table][answered_day, interval]
    abandoned_count = rng.poisson(rate / (1.0 - rate))
    abandoned_day = np.repeat(answered_day, abandoned_count)
    near = np.repeat(second, abandoned_count)
    half = plan.queue.interval_s // 2
    offset = np.floor((rng.random(len(near)) * 2 - 1) * half).astype(np.int64)
    channel = np.full(len(near), QUEUE_TABLES[table], dtype=np.int64)
    opens, closes = channel_window(plan, channel, abandoned_day)
    abandoned_second = np.clip(near + offset, opens, np.maximum(closes - 1, opens))
    abandoned_init = plan.start_epoch_s + abandoned_day * SECONDS_PER_DAY + abandoned_second
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
