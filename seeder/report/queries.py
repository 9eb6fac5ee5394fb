"""The report's SQL, one query per KPI block or chart, each returning a few aggregated rows.

The definitions follow sql/analytics (see its README) but read the base tables directly: the
report runs in a READ ONLY transaction and cannot count on the `analytics` views existing.
Sums and averages are computed in numeric (exact, whatever the row order or parallel plan) and
cast to float8 only at the end, percentiles sort their input, and every result is fully
ordered, so the same database gives the same rows and the same HTML bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from sqlalchemy import Connection, Row, text

from seeder.checks.staffing import Staffing
from seeder.generate.holidays import holiday_calendar

MAX_AGENTS: Final = 24
"""Agents shown in the ratings chart: the ones with the most rated tickets."""

FRT_EDGES_MINUTES: Final = (0.0, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 45.0, 60.0, 90.0,
                            120.0, 180.0)  # fmt: skip
"""First-response-time histogram bins: [edge i, edge i+1), the last one open to the right."""

# Tickets with their first response (the first interaction's start), as in stg_tickets.
_FIRST_RESPONSE = """
    SELECT t.ticket_id, t.origin,
           extract(EPOCH FROM min(i.interaction_created) - t.ticket_created) / 60 AS minutes
    FROM tickets AS t JOIN interactions AS i ON i.ticket_id = t.ticket_id
    GROUP BY t.ticket_id, t.origin"""

KPIS: Final = """
WITH t AS (
    SELECT count(*) AS tickets,
           count(*) FILTER (WHERE fcr) AS fcr,
           count(*) FILTER (WHERE escalated) AS escalated,
           count(*) FILTER (WHERE status = 'closed') AS closed,
           count(ticket_rating) AS rated,
           avg(ticket_rating) AS avg_rating,
           to_char(min(ticket_created), 'YYYY-MM-DD') AS first_created,
           to_char(max(ticket_created), 'YYYY-MM-DD') AS last_created
    FROM tickets
), i AS (
    SELECT count(*) AS interactions, avg(handle_time) AS aht FROM interactions
)
SELECT t.tickets, i.interactions,
       (100.0 * t.fcr / t.tickets)::float8 AS fcr_pct,
       (100.0 * t.escalated / t.tickets)::float8 AS escalation_pct,
       (100.0 * t.closed / t.tickets)::float8 AS closed_pct,
       i.aht::float8 AS avg_handle_time_minutes,
       t.avg_rating::float8 AS avg_rating,
       t.rated AS rated_tickets,
       t.first_created, t.last_created
FROM t CROSS JOIN i"""

FRT_MEDIAN_BY_CHANNEL: Final = f"""
SELECT f.origin,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY f.minutes::float8) AS median_minutes
FROM ({_FIRST_RESPONSE}) AS f
GROUP BY f.origin
ORDER BY f.origin"""

ABANDONMENT_OVERALL: Final = """
SELECT q.channel, q.offered, q.abandoned,
       (100.0 * q.abandoned / nullif(q.offered, 0))::float8 AS abandonment_pct
FROM (
    SELECT 'phone' AS channel, count(*) AS offered,
           count(*) FILTER (WHERE is_abandoned) AS abandoned FROM calls
    UNION ALL
    SELECT 'chat', count(*), count(*) FILTER (WHERE is_abandoned) FROM chats
) AS q
ORDER BY q.channel DESC"""

# Zero-filled ISO weeks (Monday start) from the first ticket to the last creation or closure.
TICKETS_PER_WEEK: Final = """
WITH weeks AS (
    SELECT w::date AS week
    FROM generate_series(
        (SELECT date_trunc('week', min(ticket_created)) FROM tickets),
        (SELECT date_trunc('week', max(greatest(ticket_created, ticket_closed))) FROM tickets),
        interval '1 week'
    ) AS w
), created AS (
    SELECT date_trunc('week', ticket_created)::date AS week, count(*) AS n
    FROM tickets GROUP BY 1
), closed AS (
    SELECT date_trunc('week', ticket_closed)::date AS week, count(*) AS n
    FROM tickets WHERE status = 'closed' GROUP BY 1
)
SELECT to_char(w.week, 'YYYY-MM-DD') AS week_start,
       coalesce(c.n, 0) AS created, coalesce(x.n, 0) AS closed
FROM weeks AS w
LEFT JOIN created AS c ON c.week = w.week
LEFT JOIN closed AS x ON x.week = w.week
ORDER BY w.week"""

CHANNEL_MIX: Final = """
SELECT ch.channel,
       (SELECT count(*) FROM tickets WHERE origin = ch.channel) AS tickets,
       (SELECT count(*) FROM interactions WHERE channel = ch.channel) AS interactions
FROM (VALUES (1, 'email'), (2, 'phone'), (3, 'chat')) AS ch (position, channel)
ORDER BY ch.position"""

CATEGORY_MIX: Final = """
SELECT symptom_cat, count(*) AS tickets
FROM tickets GROUP BY symptom_cat ORDER BY tickets DESC, symptom_cat"""

_FRT_THRESHOLDS = ", ".join(repr(edge) for edge in FRT_EDGES_MINUTES[1:])
FRT_HISTOGRAM: Final = f"""
SELECT f.origin,
       width_bucket(f.minutes::float8, ARRAY[{_FRT_THRESHOLDS}]::float8[]) AS bin,
       count(*) AS tickets
FROM ({_FIRST_RESPONSE}) AS f
GROUP BY 1, 2
ORDER BY 1, 2"""

FCR_BY_CATEGORY: Final = """
SELECT symptom_cat, count(*) AS tickets,
       (100.0 * count(*) FILTER (WHERE fcr) / count(*))::float8 AS fcr_pct
FROM tickets GROUP BY symptom_cat ORDER BY fcr_pct DESC, symptom_cat"""

RESOLUTION_BY_CATEGORY: Final = """
SELECT r.symptom_cat, count(*) AS resolved,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY r.hours) AS median_hours,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY r.hours) AS p90_hours
FROM (
    SELECT symptom_cat, (extract(EPOCH FROM ticket_closed - ticket_created) / 3600)::float8 AS hours
    FROM tickets WHERE status = 'closed'
) AS r
GROUP BY r.symptom_cat
ORDER BY median_hours, r.symptom_cat"""

# 7-day trailing abandonment rate per calendar day (zero-filled), calls and chats side by side.
ABANDONMENT_DAILY: Final = """
WITH q AS (
    SELECT 'phone' AS channel, initialized::date AS day, is_abandoned FROM calls
    UNION ALL
    SELECT 'chat', initialized::date, is_abandoned FROM chats
), grid AS (
    SELECT d::date AS day, ch.channel
    FROM generate_series(
        (SELECT min(day) FROM q)::timestamp, (SELECT max(day) FROM q)::timestamp, interval '1 day'
    ) AS d
    CROSS JOIN (VALUES ('phone'), ('chat')) AS ch (channel)
), daily AS (
    SELECT g.day, g.channel, count(q.day) AS offered,
           count(*) FILTER (WHERE q.is_abandoned) AS abandoned
    FROM grid AS g LEFT JOIN q ON q.day = g.day AND q.channel = g.channel
    GROUP BY g.day, g.channel
), rolling AS (
    SELECT day, channel,
           sum(abandoned) OVER w AS abandoned_7d, sum(offered) OVER w AS offered_7d
    FROM daily
    WINDOW w AS (PARTITION BY channel ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
)
SELECT to_char(day, 'YYYY-MM-DD') AS day,
       (100.0 * max(abandoned_7d) FILTER (WHERE channel = 'phone')
        / nullif(max(offered_7d) FILTER (WHERE channel = 'phone'), 0))::float8 AS calls_pct,
       (100.0 * max(abandoned_7d) FILTER (WHERE channel = 'chat')
        / nullif(max(offered_7d) FILTER (WHERE channel = 'chat'), 0))::float8 AS chats_pct
FROM rolling
GROUP BY day
ORDER BY day"""

AGENT_RATINGS: Final = f"""
SELECT u.first_name || ' ' || u.last_name AS agent, count(t.ticket_rating) AS rated,
       min(t.ticket_rating) AS rating_min, avg(t.ticket_rating)::float8 AS rating_avg,
       max(t.ticket_rating) AS rating_max
FROM users AS u JOIN tickets AS t ON t.ticket_owner = u.id
WHERE t.ticket_rating IS NOT NULL
GROUP BY u.id, u.first_name, u.last_name
ORDER BY rated DESC, u.id
LIMIT {MAX_AGENTS}"""

UTILISATION_MONTHLY: Final = """
SELECT to_char(date, 'YYYY-MM') AS month,
       (100.0 * sum(productive_time) / nullif(sum(paid_time), 0))::float8 AS utilisation_pct
FROM wfm GROUP BY 1 ORDER BY 1"""

SERVICE_LEVEL_THRESHOLD_SECONDS: Final = {"phone": 20, "chat": 60}
"""Service level: the share of offered calls / chats answered within this wait."""

# Per ISO weekday and UTC hour, phone and chat pooled, each against its own threshold; offered =
# answered + abandoned (as sql/analytics/27_service_level_by_weekday_hour.sql).
SERVICE_LEVEL_GRID: Final = f"""
WITH q AS (
    SELECT initialized, answered, {SERVICE_LEVEL_THRESHOLD_SECONDS["phone"]} AS threshold
    FROM calls
    UNION ALL
    SELECT initialized, answered, {SERVICE_LEVEL_THRESHOLD_SECONDS["chat"]} FROM chats
)
SELECT extract(ISODOW FROM initialized)::int AS iso_day_of_week,
       extract(HOUR FROM initialized)::int AS hour,
       count(*) AS offered,
       (100.0 * count(*) FILTER (WHERE answered - initialized <= threshold * interval '1 second')
        / count(*))::float8 AS service_level_pct,
       avg(extract(EPOCH FROM answered - initialized))::float8 AS avg_speed_of_answer_seconds
FROM q
GROUP BY 1, 2
ORDER BY 1, 2"""

# Over present days only (available_time > 0), as sql/analytics/28_occupancy_by_agent_month.sql.
OCCUPANCY_MONTHLY: Final = """
SELECT to_char(date, 'YYYY-MM') AS month,
       (100.0 * sum(interactions_time) FILTER (WHERE available_time > 0)
        / nullif(sum(available_time), 0))::float8 AS occupancy_pct
FROM wfm GROUP BY 1 ORDER BY 1"""

# Agents who handled interactions and own tickets, as sql/analytics/30_agent_handle_time_vs_fcr.sql.
AGENT_HANDLE_TIME_FCR: Final = """
SELECT u.first_name || ' ' || u.last_name AS agent,
       h.interactions, h.aht::float8 AS avg_handle_time_minutes,
       o.tickets, (100.0 * o.fcr / o.tickets)::float8 AS fcr_pct
FROM users AS u
JOIN (SELECT handled_by, count(*) AS interactions, avg(handle_time) AS aht
      FROM interactions GROUP BY handled_by) AS h ON h.handled_by = u.id
JOIN (SELECT ticket_owner, count(*) AS tickets, count(*) FILTER (WHERE fcr) AS fcr
      FROM tickets GROUP BY ticket_owner) AS o ON o.ticket_owner = u.id
ORDER BY u.id"""


class Kpis(NamedTuple):
    tickets: int
    interactions: int
    fcr_pct: float
    escalation_pct: float
    closed_pct: float
    avg_handle_time_minutes: float
    avg_rating: float | None
    rated_tickets: int
    first_created: str
    last_created: str


class Week(NamedTuple):
    week_start: str
    created: int
    closed: int


class ChannelMix(NamedTuple):
    channel: str
    tickets: int
    interactions: int


class CategoryCount(NamedTuple):
    category: str
    tickets: int


class CategoryFcr(NamedTuple):
    category: str
    tickets: int
    fcr_pct: float


class CategoryResolution(NamedTuple):
    category: str
    resolved: int
    median_hours: float
    p90_hours: float


class DayAbandonment(NamedTuple):
    day: str
    calls_pct: float | None
    chats_pct: float | None


class AgentRating(NamedTuple):
    agent: str
    rated: int
    rating_min: int
    rating_avg: float
    rating_max: int


class MonthUtilisation(NamedTuple):
    month: str
    utilisation_pct: float | None


class ServiceLevelCell(NamedTuple):
    iso_day_of_week: int  # 1 = Monday
    hour: int
    offered: int
    service_level_pct: float
    avg_speed_of_answer_seconds: float | None  # None when every contact was abandoned


class MonthOccupancy(NamedTuple):
    month: str
    occupancy_pct: float | None


class AgentHandleTimeFcr(NamedTuple):
    agent: str
    interactions: int
    avg_handle_time_minutes: float
    tickets: int
    fcr_pct: float


# Scenario events (ground truth), with the tickets each caused; ends_day is exclusive.
SCENARIO_EVENTS: Final = """
SELECT e.name, e.kind, to_char(e.starts_at, 'YYYY-MM-DD') AS starts_day,
       to_char(e.ends_at, 'YYYY-MM-DD') AS ends_day,
       (SELECT count(*) FROM tickets AS t WHERE t.event_id = e.id) AS tickets
FROM scenario_events AS e
ORDER BY e.starts_at, e.id"""


class ScenarioEvent(NamedTuple):
    name: str
    kind: str
    starts_day: str
    ends_day: str  # the day after the last one
    tickets: int


class Holiday(NamedTuple):
    day: str
    country: str
    name: str


class ReportData(NamedTuple):
    """Everything the page shows, already aggregated."""

    row_counts: dict[str, int]
    kpis: Kpis
    frt_median_minutes: dict[str, float]
    abandonment_pct: dict[str, float | None]
    weeks: list[Week]
    channel_mix: list[ChannelMix]
    category_mix: list[CategoryCount]
    frt_histogram: dict[str, list[int]]
    fcr_by_category: list[CategoryFcr]
    resolution_by_category: list[CategoryResolution]
    abandonment_daily: list[DayAbandonment]
    agent_ratings: list[AgentRating]
    utilisation_monthly: list[MonthUtilisation]
    service_level_grid: list[ServiceLevelCell]
    occupancy_monthly: list[MonthOccupancy]
    agent_handle_time_fcr: list[AgentHandleTimeFcr]
    events: list[ScenarioEvent]
    holidays: list[Holiday]  # the customer countries' public holidays, first to last ticket
    staffing: Staffing | None = None  # the agents against those planned (seeder.checks.staffing)


def fetch_report_data(connection: Connection, row_counts: dict[str, int]) -> ReportData:
    """Run every report query on `connection` (one snapshot) and collect the results."""

    def rows(sql: str) -> Sequence[Row[Any]]:
        return connection.execute(text(sql)).all()

    histogram: dict[str, list[int]] = {}
    for origin, bucket, tickets in rows(FRT_HISTOGRAM):
        # width_bucket gives 0 below the first threshold (edge 1): the bucket is the bin index.
        histogram.setdefault(origin, [0] * len(FRT_EDGES_MINUTES))[bucket] += tickets
    kpis = Kpis(*rows(KPIS)[0])
    return ReportData(
        row_counts=row_counts,
        kpis=kpis,
        frt_median_minutes={channel: median for channel, median in rows(FRT_MEDIAN_BY_CHANNEL)},
        abandonment_pct={channel: pct for channel, _, _, pct in rows(ABANDONMENT_OVERALL)},
        weeks=[Week(*r) for r in rows(TICKETS_PER_WEEK)],
        channel_mix=[ChannelMix(*r) for r in rows(CHANNEL_MIX)],
        category_mix=[CategoryCount(*r) for r in rows(CATEGORY_MIX)],
        frt_histogram=histogram,
        fcr_by_category=[CategoryFcr(*r) for r in rows(FCR_BY_CATEGORY)],
        resolution_by_category=[CategoryResolution(*r) for r in rows(RESOLUTION_BY_CATEGORY)],
        abandonment_daily=[DayAbandonment(*r) for r in rows(ABANDONMENT_DAILY)],
        agent_ratings=[AgentRating(*r) for r in rows(AGENT_RATINGS)],
        utilisation_monthly=[MonthUtilisation(*r) for r in rows(UTILISATION_MONTHLY)],
        service_level_grid=[ServiceLevelCell(*r) for r in rows(SERVICE_LEVEL_GRID)],
        occupancy_monthly=[MonthOccupancy(*r) for r in rows(OCCUPANCY_MONTHLY)],
        agent_handle_time_fcr=[AgentHandleTimeFcr(*r) for r in rows(AGENT_HANDLE_TIME_FCR)],
        events=[ScenarioEvent(*r) for r in rows(SCENARIO_EVENTS)],
        holidays=_holidays(kpis.first_created, kpis.last_created),
    )


def _holidays(first: str, last: str) -> list[Holiday]:
    """The calendars the generator used, over the data's range (they are not stored)."""
    calendar = holiday_calendar(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    return [Holiday(day.isoformat(), country, name) for day, country, name in calendar]
