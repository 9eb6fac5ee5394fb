"""The report page: inline CSS, a grid of KPI cards, one <section> per chart.

Everything the page needs is inside it (no scripts, fonts or style sheets from elsewhere), and
nothing depends on the clock or the locale, so the same data renders to the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Final, NamedTuple

from seeder.checks.staffing import Staffing
from seeder.domain import CHANNELS, TABLES
from seeder.report.centre_charts import CENTRE_CHARTS
from seeder.report.charts import DESK_CHARTS, MISSING, Chart, duration, pct
from seeder.report.queries import ReportData
from seeder.report.svg import fmt_number

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


def _rating(value: float | None) -> str:
    return MISSING if value is None else f"{fmt_number(value, 2)} / 5"


def _count(value: float | None) -> str:
    return MISSING if value is None else fmt_number(value)


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
        Kpi("agents", "Agents", rows.get("users", 0), _staffing_note(data.staffing), _count, 0),
    ]  # fmt: skip


def _staffing_note(staffing: Staffing | None) -> str:
    """The agents against those planned for the tickets a day, and what that does to waits."""
    if staffing is None or staffing.problem:
        return "agents on the payroll"
    if staffing.planned:
        return "as planned for the tickets a day"
    return (
        f"{fmt_number(staffing.planned_agents)} planned: every wait "
        f"{staffing.level:.2f} times as long"
    )


def charts(data: ReportData) -> list[Chart]:
    """Every chart of the page, in reading order: the desk's, then the contact centre's."""
    return [chart(data) for chart in (*DESK_CHARTS, *CENTRE_CHARTS)]


def render_page(data: ReportData, *, version: str, made_with: str = "") -> str:
    """The complete HTML document; `made_with` (a sentence, or nothing) ends the footer."""
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
    made_with = f" {made_with}" if made_with else ""
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
<footer>Generated by seeder {escape(version)}. Rows: {escape(counts)}.{escape(made_with)}</footer>
</body>
</html>
"""
