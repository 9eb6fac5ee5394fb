"""Inline SVG charts over two value axes: a heatmap of a grid and a labelled scatter plot.

Same conventions as seeder.report.svg, whose drawing primitives they use: fixed number
formats, escaped text, and one element with class "mark" and a <title> tooltip per data point
(a rect per heatmap cell with data, a circle per scatter point).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

from seeder.report.svg import (
    _AXIS,
    _GRID,
    CHAR_PX,
    HEIGHT,
    WIDTH,
    Formatter,
    _decimals,
    _line,
    _n,
    _svg,
    _text,
    fmt_number,
    nice_ticks,
)

# Red (low) through yellow to green (high): a service level reads as bad or good at a glance.
COLOUR_STOPS: Final = ((0.0, (0xD7, 0x30, 0x27)), (0.5, (0xFE, 0xE0, 0x8B)),
                       (1.0, (0x1A, 0x98, 0x50)))  # fmt: skip
_EMPTY = "#f0f0f0"
_DOT = "#4e79a7"
_CELL_H = 28.0
_LEGEND_STEPS = 5


def colour_of(share: float) -> str:
    """The scale's colour at `share` (0..1, clamped), as #rrggbb."""
    share = min(max(share, 0.0), 1.0)
    for (lo, low), (hi, high) in itertools.pairwise(COLOUR_STOPS):
        if share <= hi:
            t = (share - lo) / (hi - lo)
            return "#" + "".join(
                f"{round(a + (b - a) * t):02x}" for a, b in zip(low, high, strict=True)
            )
    return "#" + "".join(f"{c:02x}" for c in COLOUR_STOPS[-1][1])


def _ink(fill: str) -> str:
    """Dark text on light cells, white on dark ones."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#1f2328" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#fff"


def _cell(x: float, y: float, w: float, h: float, fill: str, tip: str | None) -> str:
    if tip is None:
        return f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" fill="{fill}"/>'
    return (
        f'<rect class="mark" x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" '
        f'fill="{fill}"><title>{escape(tip)}</title></rect>'
    )


def heatmap(
    *,
    title: str,
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    values: Sequence[Sequence[float | None]],
    tips: Sequence[Sequence[str]],
    value_range: tuple[float, float],
    value_format: Formatter = fmt_number,
    x_label: str = "",
    width: float = WIDTH,
) -> str:
    """A grid of cells, values[row][column] coloured on `value_range`; None is an empty cell.

    Cells with a value carry their tooltip and, when wide enough, the value itself; a colour
    legend of the range sits above the grid.
    """
    lo, hi = value_range
    left = 16 + max((len(label) for label in row_labels), default=1) * CHAR_PX
    top, right = 40.0, width - 16
    cell_w = (right - left) / max(len(column_labels), 1)
    bottom = top + _CELL_H * len(row_labels)
    parts = []
    for r, label in enumerate(row_labels):
        y = top + r * _CELL_H
        parts.append(_text(left - 6, y + _CELL_H / 2 + 4, label, "end"))
        for c, value in enumerate(values[r]):
            x = left + c * cell_w
            if value is None:
                parts.append(_cell(x + 1, y + 1, cell_w - 2, _CELL_H - 2, _EMPTY, None))
                continue
            fill = colour_of((value - lo) / (hi - lo))
            parts.append(_cell(x + 1, y + 1, cell_w - 2, _CELL_H - 2, fill, tips[r][c]))
            shown = value_format(value)
            if len(shown) * CHAR_PX + 4 <= cell_w:
                parts.append(
                    f'<text x="{_n(x + cell_w / 2)}" y="{_n(y + _CELL_H / 2 + 4)}" '
                    f'text-anchor="middle" fill="{_ink(fill)}">{escape(shown)}</text>'
                )
    for c, label in enumerate(column_labels):
        parts.append(_text(left + (c + 0.5) * cell_w, bottom + 17, label))
    height = bottom + (46.0 if x_label else 28.0)
    if x_label:
        parts.append(_text((left + right) / 2, height - 8, x_label))
    parts += _scale_legend(lo, hi, value_format, left, 18)
    if not row_labels or not column_labels:
        parts.append(_text((left + right) / 2, top + 20, "no data"))
    return _svg(width, height, title, parts)


def _scale_legend(lo: float, hi: float, fmt: Formatter, x: float, y: float) -> list[str]:
    """A row of swatches from `lo` to `hi`, each with its value."""
    parts = ['<g class="legend">']
    for i in range(_LEGEND_STEPS):
        share = i / (_LEGEND_STEPS - 1)
        label = fmt(lo + (hi - lo) * share)
        parts.append(
            f'<rect x="{_n(x)}" y="{_n(y - 9)}" width="10" height="10" fill="{colour_of(share)}"/>'
        )
        parts.append(_text(x + 14, y, label, "start"))
        x += 14 + len(label) * CHAR_PX + 16
    return [*parts, "</g>"]


@dataclass(frozen=True)
class Point:
    """One scatter dot: its label (drawn beside it), position and tooltip."""

    label: str
    x: float
    y: float
    tip: str


def span_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Evenly spaced round ticks covering lo..hi, not forced to start at zero."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi - lo <= 0:
        centre = lo if math.isfinite(lo) else 0.0
        lo, hi = centre - 1, centre + 1
    step = nice_ticks(hi - lo, count)[1]
    first = math.floor(lo / step + 1e-9)
    last = math.ceil(hi / step - 1e-9)
    return [i * step for i in range(first, last + 1)]


def scatter(
    *,
    title: str,
    points: Sequence[Point],
    x_label: str,
    y_label: str,
    show_labels: bool = True,
    width: float = WIDTH,
) -> str:
    """One dot per point on axes spanning the data (not from zero), labels beside the dots."""
    x_ticks = span_ticks(
        min((p.x for p in points), default=0), max((p.x for p in points), default=0)
    )
    y_ticks = span_ticks(
        min((p.y for p in points), default=0), max((p.y for p in points), default=0)
    )
    left, right, top, bottom = 64.0, width - 24.0, 16.0, HEIGHT - 44.0

    def px(v: float) -> float:
        return left + (right - left) * (v - x_ticks[0]) / (x_ticks[-1] - x_ticks[0])

    def py(v: float) -> float:
        return bottom - (bottom - top) * (v - y_ticks[0]) / (y_ticks[-1] - y_ticks[0])

    parts = []
    for tick in y_ticks:
        parts.append(_line(left, py(tick), right, py(tick), _AXIS if tick == y_ticks[0] else _GRID))
        parts.append(_text(left - 6, py(tick) + 4, fmt_number(tick, _decimals(y_ticks)), "end"))
    for tick in x_ticks:
        parts.append(_line(px(tick), top, px(tick), bottom, _AXIS if tick == x_ticks[0] else _GRID))
        parts.append(_text(px(tick), bottom + 17, fmt_number(tick, _decimals(x_ticks))))
    for p in points:
        x, y = px(p.x), py(p.y)
        parts.append(
            f'<circle class="mark" cx="{_n(x)}" cy="{_n(y)}" r="4" fill="{_DOT}" '
            f'fill-opacity="0.8"><title>{escape(p.tip)}</title></circle>'
        )
        if show_labels:
            # Beside the dot, on the side with room for the label.
            fits_right = x + 7 + len(p.label) * CHAR_PX * 0.85 <= right
            anchor, dx = ("start", 7) if fits_right else ("end", -7)
            parts.append(
                f'<text x="{_n(x + dx)}" y="{_n(y + 4)}" text-anchor="{anchor}" '
                f'font-size="10">{escape(p.label)}</text>'
            )
    if not points:
        parts.append(_text((left + right) / 2, (top + bottom) / 2, "no data"))
    parts.append(_text((left + right) / 2, HEIGHT - 8, x_label))
    middle = _n((top + bottom) / 2)
    parts.append(
        f'<text x="14" y="{middle}" text-anchor="middle" '
        f'transform="rotate(-90 14 {middle})">{escape(y_label)}</text>'
    )
    return _svg(width, HEIGHT, title, parts)
