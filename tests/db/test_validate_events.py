"""Validate passes with the default scenario events on, at 10k and 25k tickets (issue #19)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
import pytest
from conftest import LoadDatabase

from seeder.checks.runner import validate_database
from seeder.config import build_run_config
from seeder.params import Params


@pytest.mark.parametrize(("tickets", "seed"), [(10_000, 3), (25_000, 8)])
def test_validate_passes_with_the_default_events(
    loaded_database: LoadDatabase, tickets: int, seed: int
) -> None:
    loaded = loaded_database(build_run_config(tickets=tickets, seed=seed))
    report = validate_database(loaded.url)
    assert report.passed, [f"{f.name}: {f.detail}" for f in report.failures]
    with psycopg.connect(loaded.url) as conn:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT event_id), "
            "count(*) FILTER (WHERE event_id IS NOT NULL) FROM tickets"
        ).fetchone()
    assert row is not None and row[0] == tickets and row[1] == 5 and row[2] > 0


@pytest.mark.parametrize(
    "options",
    [{"events": []}, {"start": dt.date(2022, 1, 3), "end": dt.date(2022, 12, 30)}],
    ids=["events turned off", "a range no event touches"],
)
def test_validate_passes_with_no_scenario_event(
    loaded_database: LoadDatabase, options: dict[str, Any]
) -> None:
    options = dict(options)  # pytest hands the same dict to every run of the test
    events = options.pop("events", None)
    params = Params() if events is None else Params(events=events)
    config = build_run_config(tickets=3_000, params=params, **options)
    loaded = loaded_database(config)
    with psycopg.connect(loaded.url) as conn:
        assert conn.execute("SELECT count(*) FROM scenario_events").fetchone() == (0,)
    report = validate_database(loaded.url)
    assert report.passed, [f"{f.name}: {f.detail}" for f in report.failures]


def test_validate_passes_when_every_ticket_is_an_events(loaded_database: LoadDatabase) -> None:
    """The only ticket of a day of the firmware bug is the bug's: no ordinary ticket has a mix."""
    config = build_run_config(tickets=1, seed=1, start=dt.date(2024, 3, 5), end=dt.date(2024, 3, 5))
    loaded = loaded_database(config)
    with psycopg.connect(loaded.url) as conn:
        assert conn.execute("SELECT count(event_id) FROM tickets").fetchone() == (1,)
    report = validate_database(loaded.url)
    assert report.passed, [f"{f.name}: {f.detail}" for f in report.failures]
    origins = [r for r in report.results if r.name.startswith("origin_share.")]
    assert origins and all(r.outcome == "skip" for r in origins), origins
