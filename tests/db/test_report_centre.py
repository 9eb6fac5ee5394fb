"""seed report's contact-centre charts against independent SQL on a real dataset.

One small dataset is loaded per module. Each chart must draw one mark per data point, and the
numbers it shows (tooltips, or a line's shape) must equal what plain SQL over the base tables
gives: the service-level heatmap per weekday and hour, occupancy per month, and each agent's
mean handle time against their FCR share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import psycopg
import pytest
from conftest import LoadDatabase
from report_support import PageReader, Section, read_page

from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.report import build_report

Conn = psycopg.Connection[tuple[object, ...]]

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CELL_TIP = re.compile(
    r"^(\w{3}), (\d\d)-\d\d h, service level ([\d.]+)% of ([\d,]+) offered"
    r"(?:; mean speed of answer ([\d,]+) s)?$"
)
AGENT_TIP = re.compile(
    r"^(.+): handle time ([\d.]+) min over ([\d,]+) interactions,"
    r" FCR ([\d.]+)% of ([\d,]+) tickets$"
)

# Wait <= threshold by epoch seconds, not by interval comparison as the report does; an
# abandoned contact (answered NULL) counts as offered and not answered in time.
SERVICE_LEVEL_CELLS = """
    SELECT extract(ISODOW FROM initialized)::int, extract(HOUR FROM initialized)::int, count(*),
           100.0 * avg(coalesce(extract(EPOCH FROM answered - initialized) <= limit_s, false)::int),
           avg(extract(EPOCH FROM answered - initialized))
    FROM (SELECT initialized, answered, 20 AS limit_s FROM calls
          UNION ALL SELECT initialized, answered, 60 FROM chats) AS q
    GROUP BY 1, 2"""

# FCR through a correlated subquery, not a join of two aggregates as the report does.
AGENT_HANDLE_TIME_FCR = """
    SELECT u.first_name || ' ' || u.last_name, avg(i.handle_time), count(*),
           (SELECT 100.0 * avg(t.fcr::int) FROM tickets AS t WHERE t.ticket_owner = u.id),
           (SELECT count(*) FROM tickets AS t WHERE t.ticket_owner = u.id)
    FROM users AS u JOIN interactions AS i ON i.handled_by = u.id
    WHERE EXISTS (SELECT 1 FROM tickets AS t WHERE t.ticket_owner = u.id)
    GROUP BY u.id"""


@pytest.fixture(scope="module")
def report_url(loaded_database: LoadDatabase) -> str:
    return loaded_database(build_run_config(tickets=1500, seed=3)).url


@pytest.fixture(scope="module")
def reader(report_url: str) -> PageReader:
    return read_page(build_report(report_url))


@pytest.fixture(scope="module")
def db(report_url: str) -> Iterator[Conn]:
    with psycopg.connect(libpq_conninfo(report_url), autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = on")
        yield conn


def _section(reader: PageReader, chart_id: str) -> Section:
    section = reader.sections[chart_id]
    assert section.svgs == 1 and section.h2.strip(), chart_id
    return section


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def test_heatmap_has_a_cell_per_weekday_and_hour_with_the_sql_service_level(
    reader: PageReader, db: Conn
) -> None:
    section = _section(reader, "chart-service-level-heatmap")
    expected = {
        (WEEKDAYS[int(str(day)) - 1], f"{int(str(hour)):02d}"): row
        for day, hour, *row in db.execute(SERVICE_LEVEL_CELLS).fetchall()
    }
    assert set(section.marks) == {"rect"}
    assert len(section.marks) == len(section.tips) == len(expected) >= 7 * 8
    for tip in section.tips:
        match = CELL_TIP.match(tip)
        assert match, tip
        offered, level, wait = expected[match[1], match[2]]
        assert _number(match[4]) == offered, tip
        assert abs(_number(match[3]) - float(str(level))) <= 0.05 + 1e-9, tip
        if wait is None:
            assert match[5] is None, tip
        else:
            assert abs(_number(match[5]) - float(str(wait))) <= 0.5 + 1e-9, tip


def test_occupancy_line_follows_the_monthly_sql(reader: PageReader, db: Conn) -> None:
    section = _section(reader, "chart-occupancy")
    values = [
        float(str(v))
        for (v,) in db.execute(
            "SELECT 100.0 * sum(interactions_time) FILTER (WHERE available_time > 0)"
            " / sum(available_time) FROM wfm GROUP BY date_trunc('month', date) ORDER BY"
            " date_trunc('month', date)"
        ).fetchall()
    ]
    assert section.marks == ["path"] and len(values) >= 3
    ys = [float(y) for y in re.findall(r"[ML][\d.]+ ([\d.]+)", section.paths[0])]
    assert len(ys) == len(values)
    # The plot maps value to height linearly: fit it on the extremes, then every month must lie
    # on that line (coordinates carry one decimal).
    low, high = values.index(min(values)), values.index(max(values))
    assert values[high] > values[low]
    scale = (ys[low] - ys[high]) / (values[high] - values[low])
    assert scale > 0
    for value, y in zip(values, ys, strict=True):
        assert abs(ys[low] - scale * (value - values[low]) - y) <= 0.2, (value, y)


def test_scatter_has_a_labelled_dot_per_agent_at_their_sql_values(
    reader: PageReader, db: Conn
) -> None:
    section = _section(reader, "chart-handle-time-vs-fcr")
    expected = {str(name): row for name, *row in db.execute(AGENT_HANDLE_TIME_FCR).fetchall()}
    assert len(expected) >= 3
    assert section.marks == ["circle"] * len(expected)
    shown = {}
    for tip in section.tips:
        match = AGENT_TIP.match(tip)
        assert match, tip
        shown[match[1]] = match
    assert set(shown) == set(expected)
    for name, (aht, interactions, fcr, tickets) in expected.items():
        match = shown[name]
        assert abs(_number(match[2]) - float(str(aht))) <= 0.005 + 1e-9, name
        assert abs(_number(match[4]) - float(str(fcr))) <= 0.05 + 1e-9, name
        assert (_number(match[3]), _number(match[5])) == (interactions, tickets), name
        assert name in section.texts, f"{name} has no label"
