"""The report page: inline CSS, a grid of KPI cards, one <section> per chart.

Everything the page needs is inside it (no scripts, fonts or style sheets from elsewhere), and
nothing depends on the clock or the locale, so the same data renders to the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from typing import Final, NamedTuple

from seeder.domain import CHANNELS, TABLES
from seeder.report import svg
from seeder.report.queries import FRT_EDGES_MINUTES, MAX_AGENTS, ReportData
from seeder.report.svg import Series, fmt_number

CHANNEL_COLOURS: Final = {"email": "#4e79a7", "phone": "#f28e2b", "chat": "#59a14f"}
WIDE: Final = 1160  # viewBox width of the charts that span the whole page
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
_MISSING: Final = "–"
# In every page's head, so `seed report --force` knows a page it may replace (it reads the
# first bytes of the file for this; the page's own version follows, then `">`).
GENERATOR_META: Final = '<meta name="generator" content="seeder '

_CSS: Final = """
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#1f2328;
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header,main,footer{max-width:1240px;margin:0 auto;padding:0 20px}
header{padding-top:24px}
h1{font-size:26px;margin:0 0 2px}
header p{margin:0;color:#57606a}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;
margin:18px 0;padding:0;list-style:none}
.kpi,.chart{background:#fff;border:1px solid #e1e4e8;border-radius:8px}
.kpi{padding:10px 14px}
.kpi .label{font-size:13px;color:#57606a}
.kpi .value{font-size:26px;font-weight:600;font-variant-numeric:tabular-nums;line-height:1.25}
.kpi .note{font-size:12px;color:#6e7781}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:14px}
.chart{padding:12px 16px 10px;margin:0;min-width:0;overflow-x:auto}
.chart.wide{grid-column:1/-1}
.chart h2{font-size:17px;margin:0}
.chart p{margin:0 0 6px;font-size:13px;color:#6e7781}
.chart svg{display:block;width:100%;height:auto}
.chart.wide svg{min-width:720px}
footer{padding:20px;font-size:13px;color:#6e7781}
@media (max-width:540px){.charts{grid-template-columns:1fr}}
"""


class Chart(NamedTuple):
    """One <section>: its id, heading, a line on how to read it, and the SVG."""

    slug: str
    title: str
    note: str
    svg: str
    wide: bool = False


def pct(value: float | None) -> str:
    return _MISSING if value is None else f"{fmt_number(value, 1)}%"


def duration(minutes: float | None) -> str:
    """Seconds under a minute, minutes under an hour, else hours."""
    if minutes is None:
        return _MISSING
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


def _rating(value: float | None) -> str:
    return _MISSING if value is None else f"{fmt_number(value, 2)} / 5"


def _count(value: float | None) -> str:
    return _MISSING if value is None else fmt_number(value)


class Kpi(NamedTuple):
    """One headline card; `value` rounded to `decimals` goes into data-value, unformatted."""

    slug: str
    label: str
    value: float | None
    note: str
    show: Callable[[float | None], str] = pct
    decimals: int = 1

    @property
    def raw(self) -> str:
        if self.value is None:
            return ""
        return f"{round(self.value, self.decimals) + 0.0:.{self.decimals}f}"


def kpi_cards(data: ReportData) -> list[Kpi]:
    """The headline KPIs, in the order of the cards."""
    k, rows = data.kpis, data.row_counts
    days = (dt.date.fromisoformat(k.last_created) - dt.date.fromisoformat(k.first_created)).days
    per_day, per_ticket = k.tickets / (days + 1), k.interactions / k.tickets
    return [
        Kpi("tickets", "Tickets", k.tickets, f"{per_day:.1f} per day", _count, 0),
        Kpi("interactions", "Interactions", k.interactions, f"{per_ticket:.2f} per ticket",
            _count, 0),
        Kpi("fcr", "First contact resolution", k.fcr_pct, "tickets solved in one interaction"),
        Kpi("escalation", "Escalated", k.escalation_pct, "tickets sent to the second line"),
        Kpi("closed", "Closed", k.closed_pct, "tickets with status closed"),
        *(
            Kpi(f"frt-{channel}", f"First response, {channel}",
                data.frt_median_minutes.get(channel), "median wait for the first answer",
                duration, 2)
            for channel in CHANNELS
        ),
        Kpi("aht", "Average handle time", k.avg_handle_time_minutes,
            "per interaction, all channels", duration, 2),
        Kpi("abandonment-calls", "Abandoned calls", data.abandonment_pct.get("phone"),
            f"of {fmt_number(rows.get('calls', 0))} calls offered"),
        Kpi("abandonment-chats", "Abandoned chats", data.abandonment_pct.get("chat"),
            f"of {fmt_number(rows.get('chats', 0))} chats offered"),
        Kpi("rating", "Average rating", k.avg_rating,
            f"{fmt_number(k.rated_tickets)} rated tickets", _rating, 2),
    ]  # fmt: skip


def charts(data: ReportData) -> list[Chart]:
    """Every chart of the page, in reading order."""
    return [
        chart(data)
        for chart in (
            _tickets_per_week, _channel_mix, _category_mix, _first_response_time,
            _fcr_by_category, _resolution_time, _abandonment_by_day, _agent_ratings, _utilisation,
        )
    ]  # fmt: skip


def _tickets_per_week(data: ReportData) -> Chart:
    weeks = data.weeks
    return Chart(
        "tickets-per-week",
        "Tickets per week",
        "Created and closed per ISO week (Monday to Sunday, UTC); "
        "the first and last weeks can be partial.",
        svg.line_chart(
            title="Tickets per week",
            x_ticks=month_ticks([w.week_start for w in weeks], most=12),
            series=[
                Series("created", [w.created for w in weeks]),
                Series("closed", [w.closed for w in weeks]),
            ],
            y_label="tickets",
            width=WIDE,
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


def render_page(data: ReportData, *, version: str) -> str:
    """The complete HTML document."""
    k = data.kpis
    cards = "\n".join(
        f'<li class="kpi" id="kpi-{c.slug}" data-value="{c.raw}">'
        f'<div class="label">{escape(c.label)}</div>'
        f'<div class="value">{escape(c.show(c.value))}</div>'
        f'<div class="note">{escape(c.note)}</div></li>'
        for c in kpi_cards(data)
    )
    sections = "\n".join(
        f'<section class="chart{" wide" if c.wide else ""}" id="chart-{c.slug}">\n'
        f"<h2>{escape(c.title)}</h2>\n<p>{escape(c.note)}</p>\n{c.svg}\n</section>"
        for c in charts(data)
    )
    counts = ", ".join(f"{t} {fmt_number(data.row_counts.get(t, 0))}" for t in TABLES)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{GENERATOR_META}{escape(version)}">
<title>Customer support report</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>Customer support report</h1>
<p>Tickets created {escape(k.first_created)} to {escape(k.last_created)}. Times are UTC.</p>
</header>
<main>
<ul class="kpis" aria-label="Headline KPIs">
{cards}
</ul>
<div class="charts">
{sections}
</div>
</main>
<footer>Generated by seeder {escape(version)}. Rows: {escape(counts)}.</footer>
</body>
</html>
"""
