"""The contact centre's charts: when the queues wait, how busy agents are, and fast vs thorough."""

from __future__ import annotations

from typing import Final

from seeder.report import svg, svg_grid
from seeder.report.charts import WIDE, Chart, month_ticks, pct
from seeder.report.queries import (
    MAX_AGENTS,
    SERVICE_LEVEL_THRESHOLD_SECONDS,
    ReportData,
    ServiceLevelCell,
)
from seeder.report.svg import Series, fmt_number
from seeder.report.svg_grid import Point

WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _service_level_heatmap(data: ReportData) -> Chart:
    cells = {(c.iso_day_of_week, c.hour): c for c in data.service_level_grid}
    hours = range(min((h for _, h in cells), default=0), max((h for _, h in cells), default=-1) + 1)
    grid = [[cells.get((day, hour)) for hour in hours] for day in range(1, 8)]
    values = [[None if c is None else c.service_level_pct for c in row] for row in grid]
    tips = [["" if c is None else _service_level_tip(c) for c in row] for row in grid]
    phone, chat = SERVICE_LEVEL_THRESHOLD_SECONDS["phone"], SERVICE_LEVEL_THRESHOLD_SECONDS["chat"]
    return Chart(
        "service-level-heatmap",
        "Service level by weekday and hour",
        f"Calls answered within {phone} s and chats within {chat} s, as a share of those offered "
        "(answered + abandoned), by the hour they entered the queue (UTC), all weeks together.",
        svg_grid.heatmap(
            title="Service level by weekday and hour",
            row_labels=WEEKDAYS,
            column_labels=[f"{h:02d}" for h in hours],
            values=values,
            tips=tips,
            value_range=(0.0, 100.0),
            value_format=lambda value: f"{fmt_number(value)}%",
            x_label="hour of day (UTC)",
            width=WIDE,
        ),
        wide=True,
    )


def _service_level_tip(cell: ServiceLevelCell) -> str:
    # Hours as "08-09 h", not "08:00": the page shows no clock times (test_report).
    hours = f"{cell.hour:02d}-{cell.hour + 1:02d} h"
    wait = cell.avg_speed_of_answer_seconds
    answer = "" if wait is None else f"; mean speed of answer {fmt_number(wait)} s"
    return (
        f"{WEEKDAYS[cell.iso_day_of_week - 1]}, {hours}, service level "
        f"{pct(cell.service_level_pct)} of {fmt_number(cell.offered)} offered{answer}"
    )


def _occupancy(data: ReportData) -> Chart:
    months = data.occupancy_monthly
    return Chart(
        "occupancy",
        "Occupancy by month",
        "Interactions time over available time, all agents, present days only; "
        "the first and last months are partial.",
        svg.line_chart(
            title="Occupancy by month",
            x_ticks=month_ticks([f"{m.month}-01" for m in months]),
            series=[Series("occupancy", [m.occupancy_pct for m in months])],
            y_label="% of available time",
            y_max=100,
        ),
    )


def _handle_time_vs_fcr(data: ReportData) -> Chart:
    agents = data.agent_handle_time_fcr
    labelled = len(agents) <= MAX_AGENTS
    return Chart(
        "handle-time-vs-fcr",
        "Handle time against first contact resolution",
        "One dot per agent: mean handle time of the interactions they handled, and the FCR "
        "share of the tickets they own." + ("" if labelled else " Hover a dot for the agent."),
        svg_grid.scatter(
            title="Handle time against first contact resolution, per agent",
            points=[
                Point(
                    a.agent,
                    a.avg_handle_time_minutes,
                    a.fcr_pct,
                    f"{a.agent}: handle time {fmt_number(a.avg_handle_time_minutes, 2)} min "
                    f"over {fmt_number(a.interactions)} interactions, FCR {pct(a.fcr_pct)} "
                    f"of {fmt_number(a.tickets)} tickets",
                )
                for a in agents
            ],
            x_label="mean handle time (minutes)",
            y_label="FCR, % of owned tickets",
            show_labels=labelled,
        ),
    )


CENTRE_CHARTS: Final = (_service_level_heatmap, _occupancy, _handle_time_vs_fcr)
