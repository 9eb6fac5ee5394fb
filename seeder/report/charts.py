"""The desk's charts: one function per chart, from ReportData to a Chart (heading, note, SVG).

Also the small formatting helpers the charts and the KPI cards share.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

from seeder.domain import CHANNELS
from seeder.report import svg
from seeder.report.annotations import weekly_overlay
from seeder.report.queries import FRT_EDGES_MINUTES, MAX_AGENTS, ReportData
from seeder.report.svg import Series, fmt_number

CHANNEL_COLOURS: Final = {"email": "#4e79a7", "phone": "#f28e2b", "chat": "#59a14f"}
WIDE: Final = 1160  # viewBox width of the charts that span the whole page
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
MISSING: Final = "–"


class Chart(NamedTuple):
    """One <section>: its id, heading, a line on how to read it, and the SVG."""

    slug: str
    title: str
    note: str
    svg: str
    wide: bool = False


def pct(value: float | None) -> str:
    return MISSING if value is None else f"{fmt_number(value, 1)}%"


def duration(minutes: float | None) -> str:
    """Seconds under a minute, minutes under an hour, else hours."""
    if minutes is None:
        return MISSING
    if minutes < 1:
        return f"{fmt_number(minutes * 60)} s"
    if minutes < 60:
        return f"{fmt_number(minutes, 1)} min"
    return f"{fmt_number(minutes / 60, 1)} h"


def _edge(minutes: float) -> str:
    """A compact histogram edge: 0, 30s, 1m, 45m, 1h, 1.5h."""
    if minutes == 0:
        return "0"
    if minutes < 1:
        return f"{fmt_number(minutes * 60)}s"
    if minutes < 60:
        return f"{fmt_number(minutes)}m"
    hours = minutes / 60
    return f"{fmt_number(hours, 0 if hours.is_integer() else 1)}h"


def month_ticks(days: Sequence[str], *, most: int = 9) -> list[tuple[int, str]]:
    """(index, "Mon YYYY") where a new month starts in ISO `days`, thinned to quarters etc.

    The first point counts as a month start only within the month's first week, so its label
    does not crowd the next one.
    """
    starts = [
        (i, d)
        for i, d in enumerate(days)
        if (i == 0 and d[8:10] <= "07") or (i > 0 and d[:7] != days[i - 1][:7])
    ]
    every = next((m for m in (1, 2, 3, 6) if len(starts) / m <= most), 12)
    return [
        (i, f"{_MONTHS[int(d[5:7]) - 1]} {d[:4]}")
        for i, d in starts
        if (int(d[5:7]) - 1) % every == 0
    ]


def _tickets_per_week(data: ReportData) -> Chart:
    weeks = data.weeks
    starts = [w.week_start for w in weeks]
    return Chart(
        "tickets-per-week",
        "Tickets per week",
        "Created and closed per ISO week (Monday to Sunday, UTC); the first and last weeks can "
        "be partial. Shaded: scenario events; triangles: weeks with customer countries' public "
        "holidays (hover for names).",
        svg.line_chart(
            title="Tickets per week",
            x_ticks=month_ticks(starts, most=12),
            series=[
                Series("created", [w.created for w in weeks]),
                Series("closed", [w.closed for w in weeks]),
            ],
            y_label="tickets",
            width=WIDE,
            overlay=weekly_overlay(starts, data.events, data.holidays),
        ),
        wide=True,
    )


def _channel_mix(data: ReportData) -> Chart:
    mix = data.channel_mix
    total_tickets = sum(m.tickets for m in mix) or 1
    total_interactions = sum(m.interactions for m in mix) or 1
    return Chart(
        "channel-mix",
        "Channel mix",
        "Share of tickets by the channel of their first contact, and of all interactions.",
        svg.bar_chart(
            title="Channel mix",
            labels=[m.channel for m in mix],
            series=[
                Series("tickets", [100 * m.tickets / total_tickets for m in mix]),
                Series("interactions", [100 * m.interactions / total_interactions for m in mix]),
            ],
            value_format=pct,
            y_label="% of total",
        ),
    )


def _category_mix(data: ReportData) -> Chart:
    categories = data.category_mix
    return Chart(
        "category-mix",
        "Category mix",
        "Tickets per symptom category.",
        svg.bar_chart(
            title="Category mix",
            labels=[c.category for c in categories],
            series=[Series("tickets", [c.tickets for c in categories])],
            x_label="tickets",
            horizontal=True,
        ),
    )


def _first_response_time(data: ReportData) -> Chart:
    series = []
    for channel in CHANNELS:
        counts = data.frt_histogram.get(channel, [0] * len(FRT_EDGES_MINUTES))
        total = sum(counts) or 1
        series.append(Series(channel, [100 * c / total for c in counts], CHANNEL_COLOURS[channel]))
    return Chart(
        "first-response-time",
        "First response time",
        "First interaction's start minus ticket creation, as a share of each channel's "
        "tickets; the bins widen to the right.",
        svg.histogram(
            title="First response time by channel",
            edge_labels=[*(_edge(e) for e in FRT_EDGES_MINUTES), "+"],
            series=series,
            value_format=pct,
            x_label="first response time",
            y_label="% of the channel's tickets",
            width=WIDE,
        ),
        wide=True,
    )


def _fcr_by_category(data: ReportData) -> Chart:
    fcr = data.fcr_by_category
    return Chart(
        "fcr-by-category",
        "First contact resolution by category",
        "Tickets solved in exactly one interaction (tickets.fcr), per category.",
        svg.bar_chart(
            title="First contact resolution by category",
            labels=[f.category for f in fcr],
            series=[Series("FCR", [f.fcr_pct for f in fcr])],
            value_format=pct,
            x_label="% of the category's tickets",
            y_max=100,
            horizontal=True,
        ),
    )


def _resolution_time(data: ReportData) -> Chart:
    resolution = data.resolution_by_category
    return Chart(
        "resolution-time",
        "Resolution time by category",
        "Ticket closed minus created, closed tickets only.",
        svg.bar_chart(
            title="Resolution time by category",
            labels=[r.category for r in resolution],
            series=[
                Series("median", [r.median_hours for r in resolution]),
                Series("90th percentile", [r.p90_hours for r in resolution]),
            ],
            value_format=lambda hours: f"{fmt_number(hours, 1)} h",
            x_label="hours",
            horizontal=True,
        ),
    )


def _abandonment_by_day(data: ReportData) -> Chart:
    days = data.abandonment_daily
    return Chart(
        "abandonment-by-day",
        "Abandonment by day",
        "Abandoned share of the calls and chats offered in the 7 days up to each day.",
        svg.line_chart(
            title="Abandonment by day, 7-day rolling",
            x_ticks=month_ticks([d.day for d in days], most=12),
            series=[
                Series("calls", [d.calls_pct for d in days], CHANNEL_COLOURS["phone"]),
                Series("chats", [d.chats_pct for d in days], CHANNEL_COLOURS["chat"]),
            ],
            y_label="% abandoned",
            width=WIDE,
        ),
        wide=True,
    )


def _agent_ratings(data: ReportData) -> Chart:
    agents = sorted(data.agent_ratings, key=lambda a: (-a.rating_avg, a.agent))
    agent_count = data.row_counts.get("users", 0)
    shown = (
        f" The {MAX_AGENTS} agents (of {agent_count}) with the most rated tickets."
        if agent_count > MAX_AGENTS
        else ""
    )
    return Chart(
        "agent-ratings",
        "Agent ratings",
        "Customer ratings (1 to 5) of the rated tickets each agent owns." + shown,
        svg.bar_chart(
            title="Agent ratings",
            labels=[a.agent for a in agents],
            series=[
                Series("min", [a.rating_min for a in agents], "#a0cbe8"),
                Series("average", [a.rating_avg for a in agents], "#4e79a7"),
                Series("max", [a.rating_max for a in agents], "#1d3f66"),
            ],
            value_format=lambda value: fmt_number(value, 2),
            x_label="rating",
            y_max=5,
            horizontal=True,
        ),
    )


def _utilisation(data: ReportData) -> Chart:
    months = data.utilisation_monthly
    return Chart(
        "utilisation",
        "WFM utilisation by month",
        "Productive time over paid time, all agents; the first and last months are partial.",
        svg.bar_chart(
            title="WFM utilisation by month",
            labels=[m.month for m in months],
            series=[Series("utilisation", [m.utilisation_pct for m in months])],
            value_format=pct,
            y_label="% of paid time",
        ),
    )


DESK_CHARTS: Final = (
    _tickets_per_week, _channel_mix, _category_mix, _first_response_time, _fcr_by_category,
    _resolution_time, _abandonment_by_day, _agent_ratings, _utilisation,
)  # fmt: skip
