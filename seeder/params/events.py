"""Scenario events (issue #19): the `[[events]]` of a config, their defaults and validation.

An event is a burst of extra tickets in one slice of the desk's traffic (a product, a
category, a customer country, a channel, a symptom of the category; "" leaves that dimension
as drawn), for `days` days
from `start`, with effects on how those tickets go. The generator (seeder.generate.events)
turns them into day weights and per-ticket labels; this module only describes and checks them.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, fields
from typing import Any

from seeder.domain import CHANNELS, COUNTRIES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.errors import ConfigError, shown
from seeder.vocabulary import symptoms_of

# Each kind has message templates (seeder.vocabulary) that name the event's detail.
EVENT_KINDS = ("firmware_bug", "outage", "carrier_strike", "product_launch", "recall", "campaign")
MAX_EVENT_DAYS = 366
MAX_MAGNITUDE = 100.0


@dataclass(frozen=True)
class Event:
    """One scenario event: when, how big, which slice, and what it does to its tickets.

    magnitude: the slice's extra tickets per day as a multiple of its ordinary volume, so the
    slice runs at (1 + magnitude) times its usual level. detail names the concrete thing (a
    firmware version, a carrier, a model) that the tickets' first messages mention.
    """

    kind: str
    name: str
    start: str  # "YYYY-MM-DD", the first day
    days: int
    magnitude: float
    detail: str = ""
    description: str = ""
    product: str = ""
    category: str = ""
    country: str = ""
    channel: str = ""
    symptom: str = ""  # a symptom key of `category`: the fault itself, for a narrower slice
    fcr_factor: float = 1.0  # on the category's first-contact-resolution probability
    handle_factor: float = 1.0  # on the contacts' handle times
    rating_shift: float = 0.0  # rating points added before rounding
    closure_factor: float = 1.0  # on the closure delay

    @property
    def first_day(self) -> dt.date:
        return dt.date.fromisoformat(self.start)

    @property
    def stop_day(self) -> dt.date:
        """The day after the last one."""
        return self.first_day + dt.timedelta(days=self.days)


def default_events() -> list[Event]:
    """Five events inside the default range 2023-09-15..2025-08-21."""
    return [
        Event(
            "firmware_bug", "Headphones firmware 2.4.1 bug", "2024-03-04", 21, 11.0,
            detail="2.4.1",
            description="Firmware 2.4.1 made wireless headphones drop their Bluetooth pairing.",
            product="headphones", category="troubleshooting", symptom="bluetooth_pairing_fails",
            fcr_factor=0.5, handle_factor=1.3, rating_shift=-0.6, closure_factor=1.5,
        ),
        Event(
            "carrier_strike", "Carrier strike in France", "2024-06-10", 10, 14.0,
            detail="Colis Rapide",
            description="A strike at the carrier Colis Rapide held parcels to France.",
            category="logistics", symptom="order_not_delivered", country="France",
            fcr_factor=0.6, handle_factor=1.1, rating_shift=-0.5, closure_factor=2.0,
        ),
        Event(
            "product_launch", "TT-900 turntable launch", "2024-10-01", 14, 3.0,
            detail="TT-900",
            description="The TT-900 turntable went on sale; buyers asked how to set it up.",
            product="turntables", category="product",
        ),
        Event(
            "recall", "SB-50 speaker recall", "2025-02-03", 28, 17.0,
            detail="SB-50",
            description="The SB-50 speaker was recalled for an overheating power supply.",
            product="speakers", category="rma", symptom="replacement_unit_request",
            fcr_factor=0.5, handle_factor=1.2, rating_shift=-0.4, closure_factor=1.5,
        ),
        Event(
            "outage", "Web shop checkout outage", "2025-05-12", 4, 22.0,
            detail="checkout",
            description="The web shop's checkout failed; payments were taken twice or not at all.",
            category="finance", symptom="charged_twice",
            fcr_factor=0.8, handle_factor=1.2, rating_shift=-0.8, closure_factor=1.3,
        ),
    ]  # fmt: skip


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(message)


def check_events(events: list[Event]) -> None:
    """One ConfigError naming the first bad field of the first bad event."""
    names: set[str] = set()
    for i, e in enumerate(events):
        at = f"events[{i}]"
        _check(
            e.kind in EVENT_KINDS, f"{at}.kind = {shown(e.kind)}: one of {', '.join(EVENT_KINDS)}"
        )
        _check(bool(e.name.strip()), f"{at}.name: give the event a name")
        _check(e.name not in names, f"{at}.name = {shown(e.name)}: another event has that name")
        names.add(e.name)
        try:
            dt.date.fromisoformat(e.start)
            ok = len(e.start) == 10
        except ValueError:
            ok = False
        _check(ok, f'{at}.start = {shown(e.start)}: expected a "YYYY-MM-DD" date')
        _check(1 <= e.days <= MAX_EVENT_DAYS, f"{at}.days = {e.days}: from 1 to {MAX_EVENT_DAYS}")
        _check(
            math.isfinite(e.magnitude) and 0 < e.magnitude <= MAX_MAGNITUDE,
            f"{at}.magnitude = {e.magnitude}: above 0, at most {MAX_MAGNITUDE:g}",
        )
        for key, allowed in (
            ("product", PRODUCTS),
            ("category", SYMPTOM_CATEGORIES),
            ("country", COUNTRIES),
            ("channel", CHANNELS),
        ):
            value = getattr(e, key)
            _check(
                value == "" or value in allowed,
                f'{at}.{key} = {shown(value)}: one of {", ".join(allowed)}, or "" for any',
            )
        _check_symptom(at, e)
        for key in ("fcr_factor", "handle_factor", "closure_factor"):
            value = getattr(e, key)
            _check(
                math.isfinite(value) and 0 < value <= 10,
                f"{at}.{key} = {value}: above 0, at most 10",
            )
        _check(
            math.isfinite(e.rating_shift) and abs(e.rating_shift) <= 4,
            f"{at}.rating_shift = {e.rating_shift}: from -4 to 4",
        )


def _check_symptom(at: str, e: Event) -> None:
    if not e.symptom:
        return
    _check(bool(e.category), f"{at}.symptom = {shown(e.symptom)}: give the event's category too")
    keys = [s.key for s in symptoms_of(e.category)]
    _check(
        e.symptom in keys,
        f"{at}.symptom = {shown(e.symptom)}: one of the {e.category} symptoms "
        f'{", ".join(keys)}, or "" for any',
    )


def events_from_toml(value: Any) -> list[Event]:
    """`[[events]]` (an array of tables) as Events; unknown keys and wrong types are errors."""
    if not isinstance(value, list):
        raise ConfigError("events: expected an array of tables ([[events]]), or [] for none")
    known = {f.name: f for f in fields(Event)}
    required = ("kind", "name", "start", "days", "magnitude")
    events = []
    for i, table in enumerate(value):
        at = f"events[{i}]"
        if not isinstance(table, dict):
            raise ConfigError(f"{at}: expected a table, got {type(table).__name__}")
        unknown = sorted(set(table) - set(known))
        _check(not unknown, f"{at}: unknown key(s) {shown(unknown)}; allowed: {', '.join(known)}")
        missing = [k for k in required if k not in table]
        _check(not missing, f"{at}: missing key(s) {missing}")
        events.append(Event(**{k: _typed(f"{at}.{k}", known[k].type, v) for k, v in table.items()}))
    return events


def _typed(path: str, kind: Any, value: Any) -> Any:
    if kind == "str":
        _check(isinstance(value, str), f"{path} = {shown(value)}: expected a string")
        return value
    if kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
        _check(ok, f"{path} = {shown(value)}: expected an integer")
        return value
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    _check(ok and math.isfinite(value), f"{path} = {shown(value)}: expected a finite number")
    return float(value)
