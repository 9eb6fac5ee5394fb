"""Small inline SVG charts: bars (vertical or horizontal), lines and histograms.

Pure functions from numbers to markup. Every text goes through html.escape and every number
through a fixed format, so the same data gives the same bytes. The drawing scales with its
container (viewBox, width 100 %). Each data point is one element with class "mark" (a rect
per bar, a path per line series) carrying a <title> tooltip, which tests can count.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

PALETTE: Final = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f")
WIDTH: Final = 560
HEIGHT: Final = 300
CHAR_PX: Final = 6.6  # rough advance of one character at 12 px, for layout only
_TEXT = "#333"
_GRID = "#e3e3e3"
_AXIS = "#888"

Formatter = Callable[[float], str]
# Draws behind a line chart's lines: given x of a (fractional) point index, the plot's top and
# bottom, returns SVG elements (seeder.report.annotations: events and holidays).
Overlay = Callable[[Callable[[float], float], float, float], list[str]]


@dataclass(frozen=True)
class Series:
    """One named row of values, aligned with the chart's labels; None leaves a gap."""

    name: str
    values: Sequence[float | None]
    colour: str | None = None


def fmt_number(value: float, decimals: int = 0) -> str:
    """Thousands separators and fixed decimals, independent of the locale; never "-0"."""
    return f"{round(value, decimals) + 0.0:,.{decimals}f}"


def _n(value: float) -> str:
    """A coordinate: one decimal, without a trailing ".0"."""
    text = f"{round(value, 1) + 0.0:.1f}"
    return text.removesuffix(".0")


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """0, step, 2 step, ... up to the first tick at or above `top`; step 1, 2, 2.5 or 5 x 10^k."""
    top = top if top > 0 and math.isfinite(top) else 1.0
    raw = top / count
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    steps = math.ceil(top / step - 1e-9)
    return [i * step for i in range(steps + 1)]


def _decimals(ticks: Sequence[float]) -> int:
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    return next((d for d in range(4) if abs(step * 10**d - round(step * 10**d)) < 1e-6), 3)


def _colours(series: Sequence[Series]) -> list[str]:
    return [s.colour or PALETTE[i % len(PALETTE)] for i, s in enumerate(series)]


def _text(x: float, y: float, content: str, anchor: str = "middle") -> str:
    return f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}">{escape(content)}</text>'


def _svg(width: float, height: float, title: str, parts: Sequence[str]) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'width="100%" role="img" aria-label="{escape(title)}" font-family="system-ui, '
        f'-apple-system, Segoe UI, Roboto, sans-serif" font-size="12" fill="{_TEXT}">'
    )
    return "\n".join([head, f"<title>{escape(title)}</title>", *parts, "</svg>"])


def _legend(series: Sequence[Series], x: float, y: float) -> list[str]:
    """One row of colour swatches and names; nothing for a single series."""
    if len(series) < 2:
        return []
    parts = []
    for name, colour in zip((s.name for s in series), _colours(series), strict=True):
        parts.append(f'<rect x="{_n(x)}" y="{_n(y - 9)}" width="10" height="10" fill="{colour}"/>')
        parts.append(_text(x + 14, y, name, "start"))
        x += 14 + len(name) * CHAR_PX + 16
    return ['<g class="legend">', *parts, "</g>"]


def _thin(count: int, space_px: float, longest: int) -> int:
    """Label every k-th position so that labels of `longest` characters do not collide."""
    return max(1, math.ceil((longest * CHAR_PX + 8) / max(space_px, 1e-9)))


def _top_value(series: Sequence[Series], y_max: float | None) -> list[float]:
    values = [v for s in series for v in s.values if v is not None]
    return nice_ticks(y_max if y_max is not None else max(values, default=0.0))


@dataclass(frozen=True)
class _Area:
    """The plot rectangle and the value scale (0 .. ticks[-1]) of a chart."""

    left: float
    right: float
    top: float
    bottom: float
    ticks: Sequence[float]

    def y(self, value: float) -> float:
        return self.bottom - (self.bottom - self.top) * value / self.ticks[-1]

    def x(self, value: float) -> float:
        return self.left + (self.right - self.left) * value / self.ticks[-1]


def _vertical_area(
    series: Sequence[Series], y_max: float | None, *, width: float, x_label: str
) -> _Area:
    """Value axis on the left, categories or time below, room for a legend above."""
    top = 40.0 if len(series) > 1 else 20.0
    bottom = HEIGHT - (44.0 if x_label else 28.0)
    return _Area(64.0, width - 24.0, top, bottom, _top_value(series, y_max))


def _value_axis(area: _Area) -> list[str]:
    """Horizontal grid lines with their values on the left."""
    decimals = _decimals(area.ticks)
    parts = []
    for tick in area.ticks:
        y = area.y(tick)
        parts.append(_line(area.left, y, area.right, y, _AXIS if tick == 0 else _GRID))
        parts.append(_text(area.left - 6, area.y(tick) + 4, fmt_number(tick, decimals), "end"))
    return parts


def _tick(x: float, area: _Area, label: str | None) -> list[str]:
    """A short tick below the plot at `x`, with its label unless None."""
    mark = _line(x, area.bottom, x, area.bottom + 4, _AXIS)
    return [mark] if label is None else [mark, _text(x, area.bottom + 17, label)]


def _frame(
    title: str, area: _Area, series: Sequence[Series], parts: list[str], x_label: str, y_label: str
) -> str:
    """Axis titles and legend around `parts`, wrapped in the <svg> element."""
    parts += _no_data(area, series)
    if x_label:
        parts.append(_text((area.left + area.right) / 2, HEIGHT - 8, x_label))
    if y_label:
        middle = _n((area.top + area.bottom) / 2)
        parts.append(
            f'<text x="14" y="{middle}" text-anchor="middle" '
            f'transform="rotate(-90 14 {middle})">{escape(y_label)}</text>'
        )
    parts += _legend(series, area.left, 18)
    return _svg(area.right + 24, HEIGHT, title, parts)


def _no_data(area: _Area, series: Sequence[Series]) -> list[str]:
    """A note in the middle of the plot when no series has a value."""
    if any(v is not None for s in series for v in s.values):
        return []
    return [_text((area.left + area.right) / 2, (area.top + area.bottom) / 2, "no data")]


def _line(x1: float, y1: float, x2: float, y2: float, colour: str) -> str:
    return f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{colour}"/>'


def _bar(x: float, y: float, w: float, h: float, colour: str, tip: str) -> str:
    return (
        f'<rect class="mark" x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" '
        f'fill="{colour}"><title>{escape(tip)}</title></rect>'
    )


def bar_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    value_format: Formatter = fmt_number,
    x_label: str = "",
    y_label: str = "",
    y_max: float | None = None,
    horizontal: bool = False,
) -> str:
    """Grouped bars, one group per label and one bar per series; values printed on single bars."""
    if horizontal:
        return _horizontal_bars(title, labels, series, value_format, x_label, y_max)
    colours = _colours(series)
    area = _vertical_area(series, y_max, width=WIDTH, x_label=x_label)
    group = (area.right - area.left) / max(len(labels), 1)
    bar_w = group * 0.8 / len(series)
    every = _thin(len(labels), group, max((len(label) for label in labels), default=1))
    parts = _value_axis(area)
    for i, label in enumerate(labels):
        x0 = area.left + i * group + group * 0.1
        for s, colour in zip(series, colours, strict=True):
            value = s.values[i]
            if value is not None:
                y = area.y(value)
                tip = f"{label}, {s.name}: {value_format(value)}"
                parts.append(_bar(x0, y, bar_w, area.bottom - y, colour, tip))
                if len(series) == 1 and every == 1 and bar_w >= 24:
                    parts.append(_text(x0 + bar_w / 2, y - 4, value_format(value)))
            x0 += bar_w
        if i % every == 0:
            parts.append(_text(area.left + (i + 0.5) * group, area.bottom + 17, label))
    return _frame(title, area, series, parts, x_label, y_label)


def _horizontal_bars(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    value_format: Formatter,
    x_label: str,
    y_max: float | None,
) -> str:
    colours = _colours(series)
    longest = max((len(label) for label in labels), default=1)
    row = max(26.0, 10.0 * len(series) + 10)
    top = 40.0 if len(series) > 1 else 12.0
    values = [v for s in series for v in s.values if v is not None]
    widest = max((len(value_format(v)) for v in values), default=0)
    right = WIDTH - 12 - widest * CHAR_PX
    bottom = top + row * max(len(labels), 1)
    area = _Area(16 + longest * CHAR_PX, right, top, bottom, _top_value(series, y_max))
    height = area.bottom + (46.0 if x_label else 28.0)
    decimals = _decimals(area.ticks)
    parts = []
    for tick in area.ticks:
        x = area.x(tick)
        parts.append(_line(x, area.top, x, area.bottom, _AXIS if tick == 0 else _GRID))
        parts.append(_text(area.x(tick), area.bottom + 17, fmt_number(tick, decimals)))
    bar_h = (row - 8) / len(series)
    for i, label in enumerate(labels):
        y0 = area.top + i * row + 4
        parts.append(_text(area.left - 6, area.top + (i + 0.5) * row + 4, label, "end"))
        for s, colour in zip(series, colours, strict=True):
            value = s.values[i]
            if value is not None:
                tip = f"{label}, {s.name}: {value_format(value)}"
                parts.append(_bar(area.left, y0, area.x(value) - area.left, bar_h, colour, tip))
                if bar_h >= 11:
                    y_text = y0 + bar_h / 2 + 4
                    parts.append(_text(area.x(value) + 4, y_text, value_format(value), "start"))
            y0 += bar_h
    parts += _no_data(area, series)
    if x_label:
        parts.append(_text((area.left + area.right) / 2, height - 8, x_label))
    parts += _legend(series, area.left, 18)
    return _svg(WIDTH, height, title, parts)


def line_chart(
    *,
    title: str,
    x_ticks: Sequence[tuple[int, str]],
    series: Sequence[Series],
    x_label: str = "",
    y_label: str = "",
    y_max: float | None = None,
    width: float = WIDTH,
    overlay: Overlay | None = None,
) -> str:
    """One line per series over evenly spaced points; None values break the line.

    `x_ticks` are (point index, label) pairs, so the caller picks meaningful dates; `overlay`
    adds annotations behind the lines.
    """
    colours = _colours(series)
    area = _vertical_area(series, y_max, width=width, x_label=x_label)
    points = max((len(s.values) for s in series), default=0)
    step = (area.right - area.left) / max(points - 1, 1)

    def x_of(i: float) -> float:
        return area.left + i * step if points > 1 else (area.left + area.right) / 2

    parts = _value_axis(area)
    for index, label in x_ticks:
        parts += _tick(x_of(index), area, label)
    if overlay is not None:
        parts += overlay(x_of, area.top, area.bottom)
    for s, colour in zip(series, colours, strict=True):
        commands, dots = [], []
        for i, value in enumerate(s.values):
            if value is None:
                continue
            joined = i > 0 and s.values[i - 1] is not None
            commands.append(f"{'L' if joined else 'M'}{_n(x_of(i))} {_n(area.y(value))}")
            if not joined and (i + 1 >= len(s.values) or s.values[i + 1] is None):
                # A point with no neighbour draws no line: show it as a dot.
                dots.append(
                    f'<circle cx="{_n(x_of(i))}" cy="{_n(area.y(value))}" r="3" fill="{colour}"/>'
                )
        parts.append(
            f'<path class="mark" d="{" ".join(commands)}" fill="none" stroke="{colour}" '
            f'stroke-width="1.5" stroke-linejoin="round"><title>{escape(s.name)}</title></path>'
        )
        parts += dots
    return _frame(title, area, series, parts, x_label, y_label)


def histogram(
    *,
    title: str,
    edge_labels: Sequence[str],
    series: Sequence[Series],
    value_format: Formatter = fmt_number,
    x_label: str = "",
    y_label: str = "",
    y_max: float | None = None,
    width: float = WIDTH,
) -> str:
    """Adjacent bins with tick labels on their edges (len(edge_labels) = bins + 1).

    Several series share each bin side by side, so distributions of unequal size compare
    best as shares.
    """
    bins = len(edge_labels) - 1
    colours = _colours(series)
    area = _vertical_area(series, y_max, width=width, x_label=x_label)
    width_bin = (area.right - area.left) / max(bins, 1)
    bar_w = (width_bin - 2) / len(series)
    parts = _value_axis(area)
    every = _thin(bins + 1, width_bin, max((len(label) for label in edge_labels), default=1))
    for i, label in enumerate(edge_labels):
        parts += _tick(area.left + i * width_bin, area, label if i % every == 0 else None)
    for b in range(bins):
        x0 = area.left + b * width_bin + 1
        span = f"{edge_labels[b]} to {edge_labels[b + 1]}"
        for s, colour in zip(series, colours, strict=True):
            value = s.values[b]
            if value is not None:
                y = area.y(value)
                tip = f"{s.name}, {span}: {value_format(value)}"
                parts.append(_bar(x0, y, bar_w, area.bottom - y, colour, tip))
            x0 += bar_w
    return _frame(title, area, series, parts, x_label, y_label)
