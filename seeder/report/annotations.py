"""Annotations of the tickets-per-week chart: why a week moved.

Scenario events (the ground truth in scenario_events) are shaded spans with their names along
the top of the plot; the customer countries' public holidays are one small tick per week that
has any, on the time axis, whose tooltip lists the days, names and countries. Each annotation
is a <g class="annotation event|holiday"> whose <title> is its tooltip; none is a data mark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from itertools import groupby
from typing import Final

from seeder.report.queries import Holiday, ScenarioEvent
from seeder.report.svg import Overlay, _n, fmt_number

EVENT_FILL: Final = "#e15759"
EVENT_INK: Final = "#a4262c"
HOLIDAY_INK: Final = "#b07aa1"
_LABEL_CHAR_PX = 5.5  # rough advance of one character at 10 px
_LABEL_ROWS = 3  # event names stack in this many rows before they may overlap
_ROW_PX = 12.0
_HOLIDAY_TICK_PX = 7.0

XOf = Callable[[float], float]


def weekly_overlay(
    week_starts: Sequence[str], events: Sequence[ScenarioEvent], holidays: Sequence[Holiday]
) -> Overlay:
    """The overlay of a chart with one point per week, the first at week_starts[0] (a Monday)."""
    if not week_starts:
        return lambda x_of, top, bottom: []
    first = dt.date.fromisoformat(week_starts[0])
    last = len(week_starts) - 1

    def index(day: str) -> float:
        """The fractional point index of a day: points sit on the weeks' Mondays."""
        return (dt.date.fromisoformat(day) - first).days / 7

    def draw(x_of: XOf, top: float, bottom: float) -> list[str]:
        spans = [
            (x_of(max(index(e.starts_day), 0)), x_of(min(index(e.ends_day), last)), e)
            for e in events
            if index(e.ends_day) > 0 and index(e.starts_day) < last + 1  # overlaps the weeks
        ]
        weeks = [(int(index(h.day) // 1), h) for h in holidays]
        in_range = [(w, week_starts[w], h) for w, h in weeks if 0 <= w <= last]
        return [*_event_spans(spans, top, bottom), *_holiday_ticks(in_range, x_of, bottom)]

    return draw


def _event_spans(
    spans: Sequence[tuple[float, float, ScenarioEvent]], top: float, bottom: float
) -> list[str]:
    """A shaded span per event and its name, in the first row where the name has room."""
    row_ends = [float("-inf")] * _LABEL_ROWS
    parts = []
    for x0, x1, event in spans:
        width = max(x1 - x0, 2.0)
        row = next(
            (r for r, end in enumerate(row_ends) if x0 >= end),
            min(range(_LABEL_ROWS), key=row_ends.__getitem__),
        )
        row_ends[row] = x0 + len(event.name) * _LABEL_CHAR_PX + 6
        last_day = dt.date.fromisoformat(event.ends_day) - dt.timedelta(days=1)
        tip = (
            f"{event.name} ({event.kind}): {event.starts_day} to {last_day.isoformat()}, "
            f"{fmt_number(event.tickets)} tickets"
        )
        parts += [
            f'<g class="annotation event"><title>{escape(tip)}</title>',
            f'<rect x="{_n(x0)}" y="{_n(top)}" width="{_n(width)}" height="{_n(bottom - top)}" '
            f'fill="{EVENT_FILL}" fill-opacity="0.14"/>',
            f'<text x="{_n(x0 + 2)}" y="{_n(top + 10 + row * _ROW_PX)}" font-size="10" '
            f'fill="{EVENT_INK}">{escape(event.name)}</text>',
            "</g>",
        ]
    return parts


def _holiday_ticks(
    holidays: Sequence[tuple[int, str, Holiday]], x_of: XOf, bottom: float
) -> list[str]:
    """One tick per week with holidays; its tooltip: each day and name, with its countries."""
    parts = []
    for (week, week_start), in_week in groupby(holidays, key=lambda w: (w[0], w[1])):
        countries: dict[tuple[str, str], list[str]] = {}  # in date, then country order
        for _, _, h in in_week:
            countries.setdefault((h.day, h.name), []).append(h.country)
        days = [f"{day} {name} ({', '.join(c)})" for (day, name), c in countries.items()]
        tip = f"Public holidays, week of {week_start}: " + "; ".join(days)
        x = x_of(week)
        parts += [
            f'<g class="annotation holiday"><title>{escape(tip)}</title>',
            f'<path d="M{_n(x - 3)} {_n(bottom)} L{_n(x)} {_n(bottom - _HOLIDAY_TICK_PX)} '
            f'L{_n(x + 3)} {_n(bottom)} Z" fill="{HOLIDAY_INK}"/>',
            "</g>",
        ]
    return parts
