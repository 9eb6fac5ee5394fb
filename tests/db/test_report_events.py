"""seed report's annotations of the tickets-per-week chart (issue #19): events and holidays.

Two small datasets are loaded per module, one with the default scenario events and one from a
config file with `events = []`. Each event in scenario_events must be a shaded span named after
it, with its dates and ticket count (from plain SQL) in the tooltip; every week with a customer
country's public holiday must have one tick whose tooltip lists each holiday and country; and
with events off there must be no event annotation, while the holidays stay.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import psycopg
import pytest
from conftest import LoadDatabase
from report_support import Section, read_page

from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.generate.holidays import holiday_calendar
from seeder.report import build_report

Conn = psycopg.Connection[tuple[object, ...]]
CHART = "chart-tickets-per-week"
WEEK_OF = re.compile(r"^Public holidays, week of (\d{4}-\d\d-\d\d): (.+)$")

# The tooltip an event should carry: its last day is ends_at (exclusive) minus one day.
EVENT_TIPS = """
    SELECT e.name, e.name || ' (' || e.kind || '): ' || e.starts_at::date || ' to '
           || (e.ends_at - interval '1 day')::date || ', '
           || to_char(count(t.ticket_id), 'FM999,999,999') || ' tickets'
    FROM scenario_events AS e LEFT JOIN tickets AS t ON t.event_id = e.id
    GROUP BY e.id ORDER BY e.starts_at"""


@pytest.fixture(scope="module")
def events_on(loaded_database: LoadDatabase) -> str:
    return loaded_database(build_run_config(tickets=1500, seed=5)).url


@pytest.fixture(scope="module")
def events_off(loaded_database: LoadDatabase, tmp_path_factory: pytest.TempPathFactory) -> str:
    config = tmp_path_factory.mktemp("events_off") / "seeder.toml"
    config.write_text("events = []\n", encoding="utf-8")
    return loaded_database(build_run_config(tickets=1000, seed=5, config_file=config)).url


def _section(url: str) -> Section:
    return read_page(build_report(url)).sections[CHART]


@pytest.fixture(scope="module")
def db(events_on: str) -> Iterator[Conn]:
    with psycopg.connect(libpq_conninfo(events_on), autocommit=True) as conn:
        yield conn


def _of_kind(section: Section, kind: str) -> list[tuple[str, str]]:
    return [(tip, drawn) for k, tip, drawn in section.annotations if k == kind]


def test_each_event_is_a_named_span_with_its_dates_and_tickets(events_on: str, db: Conn) -> None:
    expected = [(str(tip), str(name)) for name, tip in db.execute(EVENT_TIPS).fetchall()]
    assert len(expected) == 5, "the default config has five events"
    assert _of_kind(_section(events_on), "event") == expected


def test_every_holiday_week_has_one_tick_listing_its_holidays(events_on: str, db: Conn) -> None:
    row = db.execute("SELECT min(ticket_created)::date, max(ticket_created)::date FROM tickets")
    first, last = row.fetchone() or (None, None)
    assert isinstance(first, dt.date) and isinstance(last, dt.date)
    calendar = holiday_calendar(first, last)
    monday = {day: day - dt.timedelta(days=day.weekday()) for day, _, _ in calendar}
    ticks: dict[str, str] = {}
    for tip, _ in _of_kind(_section(events_on), "holiday"):
        found = WEEK_OF.match(tip)
        assert found, tip
        assert found.group(1) not in ticks, f"two ticks for the week of {found.group(1)}"
        ticks[found.group(1)] = found.group(2)
    assert set(ticks) == {week.isoformat() for week in monday.values()}
    for day, country, name in calendar:
        listed = ticks[monday[day].isoformat()]
        entry = re.search(rf"{day.isoformat()} {re.escape(name)} \(([^)]*)\)", listed)
        assert entry and country in entry.group(1).split(", "), (day, country, name)
    christmas = ticks[monday[dt.date(2024, 12, 25)].isoformat()]
    assert "2024-12-25 Christmas Day (UK, Germany, Austria, Netherlands, France, Belgium)" in (
        christmas
    )


def test_events_off_draws_no_event_annotation(events_off: str) -> None:
    with psycopg.connect(libpq_conninfo(events_off)) as conn:
        assert conn.execute("SELECT count(*) FROM scenario_events").fetchone() == (0,)
    section = _section(events_off)
    assert _of_kind(section, "event") == []
    assert _of_kind(section, "holiday"), "holidays are marked whatever the events"
    assert len(section.paths) == 2, "the created and closed lines are still drawn"
