"""Scenario events in a run: extra day weight, which tickets each event caused, their effects.

An event multiplies its slice's ordinary volume by (1 + magnitude) on its days. The slice's
ordinary share s is the product of the configured weights of its dimensions, so the event
adds magnitude * s of a day's ordinary weight: the day's weight is multiplied by
1 + sum(magnitude * s) over the events of that day (plan.py, before the one multinomial
draw, so the ticket count stays exact), and each ticket of the day is event e's with
probability magnitude_e * s_e / (1 + sum). Event tickets take the slice's values; the other
tickets are drawn exactly as without events, so the configured mixes hold over them.

The labels come from their own random stream ("events"), and the effects are plain factors:
with no event in the range, every ticket is drawn from the same numbers as without events.

Events that do not overlap the run's --start..--end do not happen: no row, no tickets. An
event that overlaps gets its row with its configured window, and tickets on its days within
the range.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS, COUNTRIES, LANGUAGES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.encode.blocks import STRING, Block, Column, Kind, Texts, text_array
from seeder.generate.event_text import event_sentences
from seeder.generate.symptom_mix import SymptomMix
from seeder.params import Params
from seeder.params.events import Event
from seeder.vocabulary import symptoms_of

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]
SECONDS_PER_DAY = 86_400
EPOCH = dt.date(1970, 1, 1)
SLICES = {
    "product": PRODUCTS,
    "category": SYMPTOM_CATEGORIES,
    "country": COUNTRIES,
    "channel": CHANNELS,
}
EFFECTS = {"fcr_factor": 1.0, "handle_factor": 1.0, "closure_factor": 1.0, "rating_shift": 0.0}
MAX_COUNTRY_REDRAWS = 400  # rounds of redrawing a customer until one lives in the country


@dataclass(frozen=True)
class EventPlan:
    """The run's events, by position e. Per-event arrays have one more entry at the end (-1):
    the neutral value, so indexing with a ticket's event (-1 for none) needs no branch."""

    events: tuple[Event, ...]
    ids: Ints  # scenario_events.id: the position in the configured list, from 1
    share: Floats  # (days, events): probability that a ticket of the day is the event's
    day_factor: Floats  # (days,): a day's weight with its events over its ordinary weight
    # Per SLICES key and "symptom" (its global index): the pinned code, or -1 (drawn as usual).
    slice_codes: dict[str, Ints]
    effects: dict[str, Floats]  # per EFFECTS key
    sentences: Texts  # (events + 1, languages): what an event ticket's first message adds

    @property
    def count(self) -> int:
        return len(self.events)


def slice_share(params: Params, event: Event, symptoms: SymptomMix) -> float:
    """The slice's share of ordinary tickets: the product of its dimensions' weights, and of
    its symptom's share of the category (given its product, if it has one)."""
    weights = {
        "product": params.products,
        "category": {k: c.weight for k, c in params.categories.items()},
        "country": params.countries,
        "channel": params.channels,
    }
    share = 1.0
    for key in SLICES:
        value = getattr(event, key)
        if value:
            share *= weights[key][value]
    if event.symptom:
        category, symptom = _symptom_of(event)
        product = PRODUCTS.index(event.product) if event.product else None
        share *= symptoms.share(category, symptom, product)
    return share


def _symptom_of(event: Event) -> tuple[int, int]:
    """(category, symptom within it) of an event that names its symptom."""
    keys = [s.key for s in symptoms_of(event.category)]
    return SYMPTOM_CATEGORIES.index(event.category), keys.index(event.symptom)


def _symptom_codes(events: tuple[Event, ...], symptoms: SymptomMix) -> Ints:
    """Per event (and the neutral -1 after them): its symptom's global index, or -1."""
    codes = [-1] * (len(events) + 1)
    for j, e in enumerate(events):
        if e.symptom:
            category, symptom = _symptom_of(e)
            codes[j] = int(symptoms.first[category]) + symptom
    return np.array(codes, dtype=np.int64)


def build_event_plan(params: Params, start: dt.date, days: int, symptoms: SymptomMix) -> EventPlan:
    """The events overlapping [start, start + days) and their per-day shares."""
    end = start + dt.timedelta(days=days)
    kept = [(i, e) for i, e in enumerate(params.events) if e.first_day < end and e.stop_day > start]
    events = tuple(e for _, e in kept)
    day = np.arange(days, dtype=np.int64)
    weekday = (start.weekday() + day) % 7
    extra = np.zeros((days, len(events)))
    for j, e in enumerate(events):
        first = (e.first_day - start).days
        active = (day >= first) & (day < first + e.days)
        if e.channel in ("phone", "chat"):  # a line closed that weekday brings none of them
            hours = np.array(params.opening_hours[e.channel], dtype=np.float64)[weekday]
            active &= hours[:, 1] > hours[:, 0]
        extra[active, j] = e.magnitude * slice_share(params, e, symptoms)
    day_factor = 1.0 + extra.sum(axis=1)
    return EventPlan(
        events=events,
        ids=np.array([i + 1 for i, _ in kept], dtype=np.int64),
        share=extra / day_factor[:, None],
        day_factor=day_factor,
        slice_codes={
            key: np.array(
                [values.index(getattr(e, key)) if getattr(e, key) else -1 for e in events] + [-1],
                dtype=np.int64,
            )
            for key, values in SLICES.items()
        }
        | {"symptom": _symptom_codes(events, symptoms)},
        effects={
            key: np.array([getattr(e, key) for e in events] + [neutral], dtype=np.float64)
            for key, neutral in EFFECTS.items()
        },
        sentences=np.asarray([*event_sentences(events), [""] * len(LANGUAGES)], dtype=STRING),
    )


def draw_event_labels(rng: np.random.Generator, plan: EventPlan, day: Ints) -> Ints:
    """Per ticket: the position of the event that caused it, or -1."""
    if plan.count == 0 or not plan.share[day].any():
        return np.full(len(day), -1, dtype=np.int64)
    cumulative = np.cumsum(plan.share[day], axis=1)
    picked = (rng.random(len(day))[:, None] >= cumulative).sum(axis=1)
    label: Ints = np.where(picked == plan.count, -1, picked).astype(np.int64)
    return label


def pin(values: Ints, codes: Ints, label: Ints) -> Ints:
    """Values with event tickets' values replaced by their event's pinned code, if any."""
    pinned = codes[label]
    out: Ints = np.where(pinned >= 0, pinned, values).astype(np.int64)
    return out


def scenario_events_block(plan: EventPlan) -> Block:
    """The ground-truth rows: one per event in the run's range."""
    events = plan.events

    def seconds(day: dt.date) -> int:
        return (day - EPOCH).days * SECONDS_PER_DAY

    return Block(
        "scenario_events",
        (
            Column("id", Kind.INT, plan.ids),
            Column("kind", Kind.TEXT, text_array([e.kind for e in events])),
            Column("name", Kind.TEXT, text_array([e.name for e in events])),
            Column(
                "starts_at",
                Kind.TIMESTAMP,
                np.array([seconds(e.first_day) for e in events], dtype=np.int64),
            ),
            Column(
                "ends_at",
                Kind.TIMESTAMP,
                np.array([seconds(e.stop_day) for e in events], dtype=np.int64),
            ),
            Column("description", Kind.TEXT, text_array([e.description or e.name for e in events])),
            Column(
                "parameters",
                Kind.TEXT,
                text_array([json.dumps(asdict(e), sort_keys=True) for e in events]),
            ),
        ),
    )


def event_sentence_rows(
    first: NDArray[np.bool_], label: Ints, language: Ints, plan: EventPlan
) -> tuple[Ints, Texts]:
    """The rows whose body gets its ticket's event sentence appended, and those sentences.

    Per row (contact): `first` marks a ticket's first contact that has a body, `label` and
    `language` are its ticket's (label -1: no event)."""
    rows = np.flatnonzero(first & (label >= 0))
    return rows, plan.sentences[label[rows], language[rows]]
