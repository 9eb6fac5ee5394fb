"""Scenario events (issue #19 item 5): config, exact counts, lift, slice, window, text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib

import numpy as np
import pytest

from seeder.config import RunConfig, build_run_config
from seeder.domain import COUNTRIES
from seeder.encode.blocks import Block, text_values
from seeder.errors import ConfigError
from seeder.generate.plan import build_plan
from seeder.generate.produce import generate_blocks
from seeder.params import Params, params_from_mapping, params_to_toml
from seeder.vocabulary import load_vocabulary

EPOCH = dt.date(1970, 1, 1)


def _tables(config: RunConfig) -> dict[str, list[Block]]:
    out: dict[str, list[Block]] = {}
    for block in generate_blocks(build_plan(config)):
        out.setdefault(block.table, []).append(block)
    return out


def _column(blocks: list[Block], name: str) -> np.ndarray:
    columns = [next(c for c in b.columns if c.name == name) for b in blocks]
    if columns[0].kind == "text":
        return np.concatenate([text_values(c) for c in columns])
    values = [np.where(c.nulls, 0, c.values) if c.nulls is not None else c.values for c in columns]
    return np.concatenate(values)


def test_events_round_trip_through_toml_and_can_be_turned_off() -> None:
    params = Params()
    assert 4 <= len(params.events) <= 6
    assert params_from_mapping(tomllib.loads(params_to_toml(params))) == params
    off = params_from_mapping(tomllib.loads("events = []\n"))
    assert off.events == [] and params_from_mapping(tomllib.loads(params_to_toml(off))) == off


def test_an_event_name_with_control_characters_round_trips_through_toml() -> None:
    base = {"kind": "outage", "start": "2024-01-01", "days": 3, "magnitude": 1.0}
    name = 'a\nb\rc\td\x01e\x7ff"g\\h\u00e9'
    params = params_from_mapping({"events": [{**base, "name": name}]})
    assert params_from_mapping(tomllib.loads(params_to_toml(params))) == params
    assert params.events[0].name == name


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"kind": "meteor"}, "events[0].kind"),
        ({"start": "2024-13-01"}, "events[0].start"),
        ({"days": 0}, "events[0].days"),
        ({"magnitude": -1.0}, "events[0].magnitude"),
        ({"country": "Spain"}, "events[0].country"),
        ({"symptom": "no_sound"}, "events[0].symptom = 'no_sound': give the event's category"),
        (
            {"category": "finance", "symptom": "no_sound"},
            "events[0].symptom = 'no_sound': one of the finance symptoms invoice_request,",
        ),
        ({"fcr_factor": 0.0}, "events[0].fcr_factor"),
        ({"colour": "red"}, "unknown key"),
        ({"days": "3"}, "expected an integer"),
    ],
)
def test_bad_events_are_one_line_config_errors(event: dict[str, object], message: str) -> None:
    base = {"kind": "outage", "name": "x", "start": "2024-01-01", "days": 3, "magnitude": 1.0}
    with pytest.raises(ConfigError, match=re.escape(message)) as caught:
        params_from_mapping({"events": [{**base, **event}]})
    assert "\n" not in str(caught.value)


def test_missing_event_keys_are_named() -> None:
    with pytest.raises(ConfigError, match="missing key"):
        params_from_mapping({"events": [{"kind": "outage", "name": "x"}]})


@pytest.fixture(scope="module")
def tables() -> dict[str, list[Block]]:
    return _tables(build_run_config(tickets=25_000, seed=11))


def test_ticket_count_is_exact_and_every_event_has_a_row(tables: dict[str, list[Block]]) -> None:
    assert sum(b.rows for b in tables["tickets"]) == 25_000
    assert list(_column(tables["scenario_events"], "id")) == [1, 2, 3, 4, 5]


def test_each_event_lifts_its_slice_twofold_inside_its_window(
    tables: dict[str, list[Block]],
) -> None:
    """The slice (its symptom too, where it names one) at least doubles, and every ticket the
    event caused lies in it, inside its window."""
    params = Params()
    english = {s.key: s.text("english") for g in load_vocabulary().symptoms.values() for s in g}
    created = _column(tables["tickets"], "ticket_created")
    event_id = _column(tables["tickets"], "event_id")
    customer_country = _column(tables["customers"], "country")
    country = customer_country[_column(tables["tickets"], "customer_id") - 1]
    values = {
        "product": _column(tables["tickets"], "product"),
        "category": _column(tables["tickets"], "symptom_cat"),
        "channel": _column(tables["tickets"], "origin"),
        "country": country,
        "symptom": _column(tables["tickets"], "symptom"),
    }
    for number, event in enumerate(params.events, start=1):
        in_slice = np.ones(len(created), dtype=bool)
        for key, column in values.items():
            value = getattr(event, key)
            if value:
                in_slice &= column == (english[value] if key == "symptom" else value)
        start = (event.first_day - EPOCH).days * 86_400
        length = event.days * 86_400
        during = in_slice & (created >= start) & (created < start + length)
        before = in_slice & (created >= start - length) & (created < start)
        assert during.sum() >= 2 * max(before.sum(), 1), event.name
        mine = event_id == number
        assert mine.any() and np.all(in_slice[mine]) and np.all(during[mine]), event.name


def test_event_tickets_first_messages_name_the_event(tables: dict[str, list[Block]]) -> None:
    body = _column(tables["interactions"], "body")
    for detail in ("2.4.1", "Colis Rapide", "TT-900", "SB-50"):
        assert (np.strings.find(body, detail) >= 0).sum() >= 5, detail


def test_events_outside_the_range_do_not_happen() -> None:
    config = build_run_config(
        tickets=2_000, seed=5, start=dt.date(2023, 9, 15), end=dt.date(2024, 1, 31)
    )
    tables = _tables(config)
    assert sum(b.rows for b in tables["scenario_events"]) == 0
    assert not _column(tables["tickets"], "event_id").any()


def test_a_country_event_takes_customers_of_that_country() -> None:
    strike = dataclasses.replace(Params().events[1], magnitude=20.0, symptom="")
    config = build_run_config(tickets=5_000, seed=2)
    config = dataclasses.replace(config, params=dataclasses.replace(config.params, events=[strike]))
    tables = _tables(config)
    event_id = _column(tables["tickets"], "event_id")
    country = _column(tables["customers"], "country")[_column(tables["tickets"], "customer_id") - 1]
    assert (event_id == 1).sum() > 20
    assert set(country[event_id == 1]) == {"France"} and "France" in COUNTRIES
