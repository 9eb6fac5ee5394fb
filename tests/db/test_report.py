"""seed report: the HTML page rendered from a real dataset and checked against independent SQL.

One small dataset is loaded per module into a database of its own. The page must parse with
balanced tags, hold one section per chart with as many data marks as the data has points,
show KPI values that equal plain SQL over the base tables, reference nothing on the network,
and come out byte-identical on a second render. When a Chromium binary is on PATH, a headless
screenshot of the page must show the charts' colours (read with a small PNG decoder below).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import LoadDatabase, SeedRunner
from report_support import PageReader, read_page

import seeder
from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.errors import DatabaseError, OutputPathError
from seeder.report import build_report, write_report

Conn = psycopg.Connection[tuple[object, ...]]

CHART_IDS = (
    "chart-tickets-per-week",
    "chart-channel-mix",
    "chart-category-mix",
    "chart-first-response-time",
    "chart-fcr-by-category",
    "chart-resolution-time",
    "chart-abandonment-by-day",
    "chart-agent-ratings",
    "chart-utilisation",
    "chart-service-level-heatmap",
    "chart-occupancy",
    "chart-handle-time-vs-fcr",
)
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
FRT_BINS = 13
PALETTE_BLUE = (0x4E, 0x79, 0xA7)
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
SCREENSHOT_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def report_url(loaded_database: LoadDatabase) -> str:
    """A database of its own with a small dataset."""
    return loaded_database(build_run_config(tickets=1500, seed=3)).url


@pytest.fixture(scope="module")
def page(report_url: str) -> str:
    return build_report(report_url)


@pytest.fixture(scope="module")
def db(report_url: str) -> Iterator[Conn]:
    with psycopg.connect(libpq_conninfo(report_url), autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = on")
        yield conn


def _scalar(conn: Conn, query: str) -> float:
    row = conn.execute(query).fetchone()
    assert row is not None and row[0] is not None, query
    return float(str(row[0]))


@pytest.fixture(scope="module")
def reader(page: str) -> PageReader:
    return read_page(page)


def test_page_parses_with_balanced_tags(page: str, reader: PageReader) -> None:
    assert page.startswith("<!DOCTYPE html>\n")
    assert reader.errors == []
    assert reader.stack == [], f"unclosed: {reader.stack}"
    for tag in ("html", "head", "body", "main", "header", "footer", "style"):
        opened = len(re.findall(rf"<{tag}[\s>]", page))
        assert opened == 1 and page.count(f"</{tag}>") == 1, tag


def test_every_chart_has_a_section_with_a_heading_and_an_svg(reader: PageReader) -> None:
    assert set(CHART_IDS) <= set(reader.sections)
    for chart_id in CHART_IDS:
        section = reader.sections[chart_id]
        assert section.h2.strip(), chart_id
        assert section.svgs == 1, chart_id
        assert section.marks, f"{chart_id} draws no data"


def test_bars_match_the_data(reader: PageReader, db: Conn) -> None:
    def marks(chart: str) -> int:
        assert set(reader.sections[chart].marks) == {"rect"}, chart
        return len(reader.sections[chart].marks)

    categories = _scalar(db, "SELECT count(DISTINCT symptom_cat) FROM tickets")
    assert categories == 6
    assert marks("chart-category-mix") == categories
    assert marks("chart-fcr-by-category") == categories
    assert marks("chart-resolution-time") == 2 * _scalar(
        db, "SELECT count(DISTINCT symptom_cat) FROM tickets WHERE status = 'closed'"
    )
    assert marks("chart-channel-mix") == 2 * 3
    assert marks("chart-first-response-time") == 3 * FRT_BINS
    rated_agents = _scalar(
        db, "SELECT count(DISTINCT ticket_owner) FROM tickets WHERE ticket_rating IS NOT NULL"
    )
    assert marks("chart-agent-ratings") == 3 * rated_agents
    months = _scalar(db, "SELECT count(DISTINCT date_trunc('month', date)) FROM wfm")
    assert marks("chart-utilisation") == months


def test_bar_tooltips_carry_the_counts(reader: PageReader, db: Conn) -> None:
    rows = db.execute("SELECT symptom_cat, count(*) FROM tickets GROUP BY 1").fetchall()
    expected = {f"{category}, tickets: {count:,}" for category, count in rows}
    assert set(reader.sections["chart-category-mix"].tips) == expected


def test_lines_have_one_point_per_week_or_day(reader: PageReader, db: Conn) -> None:
    weekly = reader.sections["chart-tickets-per-week"].paths
    weeks = _scalar(
        db,
        "SELECT (date_trunc('week', max(greatest(ticket_created, ticket_closed)))::date"
        " - date_trunc('week', min(ticket_created))::date) / 7 + 1 FROM tickets",
    )
    assert len(weekly) == 2
    assert all(len(re.findall(r"[ML]", d)) == weeks for d in weekly)
    daily = reader.sections["chart-abandonment-by-day"].paths
    days = _scalar(
        db,
        "SELECT max(d) - min(d) + 1 FROM (SELECT initialized::date AS d FROM calls"
        " UNION ALL SELECT initialized::date FROM chats) AS q",
    )
    assert len(daily) == 2
    for d in daily:
        assert 0.9 * days <= len(re.findall(r"[ML]", d)) <= days


@pytest.mark.parametrize(
    ("kpi", "query", "tolerance"),
    [
        ("kpi-tickets", "SELECT count(*) FROM tickets", 0),
        ("kpi-interactions", "SELECT count(*) FROM interactions", 0),
        ("kpi-fcr", "SELECT 100.0 * count(*) FILTER (WHERE fcr) / count(*) FROM tickets", 0.05),
        ("kpi-escalation", "SELECT 100.0 * avg(escalated::int) FROM tickets", 0.05),
        ("kpi-closed", "SELECT 100.0 * avg((ticket_closed IS NOT NULL)::int) FROM tickets", 0.05),
        ("kpi-aht", "SELECT sum(handle_time) / count(*) FROM interactions", 0.005),
        ("kpi-abandonment-calls", "SELECT 100.0 * avg(is_abandoned::int) FROM calls", 0.05),
        ("kpi-abandonment-chats", "SELECT 100.0 * avg(is_abandoned::int) FROM chats", 0.05),
        ("kpi-rating", "SELECT avg(ticket_rating) FROM tickets", 0.005),
        ("kpi-agents", "SELECT count(*) FROM users", 0),
        *(
            (
                f"kpi-frt-{channel}",
                # The first interaction by DISTINCT ON, not by min() as the report does.
                "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(EPOCH FROM"
                " f.interaction_created - t.ticket_created) / 60) FROM tickets t JOIN ("
                " SELECT DISTINCT ON (ticket_id) ticket_id, interaction_created"
                " FROM interactions ORDER BY ticket_id, interaction_created) f USING (ticket_id)"
                f" WHERE t.origin = '{channel}'",
                0.005,
            )
            for channel in ("email", "phone", "chat")
        ),
    ],
)
def test_kpi_equals_independent_sql(
    reader: PageReader, db: Conn, kpi: str, query: str, tolerance: float
) -> None:
    shown = float(reader.kpis[kpi])
    assert abs(shown - _scalar(db, query)) <= tolerance + 1e-9


def test_no_external_resources(page: str, reader: PageReader) -> None:
    assert set(reader.urls) == {SVG_NAMESPACE}
    lowered = page.lower()
    for needle in ("<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href="):
        assert needle not in lowered, needle


def test_footer_names_version_and_row_counts_not_the_time(page: str, db: Conn) -> None:
    footer = page[page.index("<footer>") : page.index("</footer>")]
    assert f"seeder {seeder.__version__}" in footer
    assert f"tickets {int(_scalar(db, 'SELECT count(*) FROM tickets')):,}" in footer
    assert f"wfm {int(_scalar(db, 'SELECT count(*) FROM wfm')):,}" in footer
    assert not re.search(r"\d{1,2}:\d{2}", page), "a clock time leaked into the page"


def test_same_database_gives_identical_bytes(page: str, report_url: str) -> None:
    assert build_report(report_url) == page


def test_the_session_time_zone_changes_no_byte(
    page: str, report_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGTZ", "America/Santiago")  # midnight skipped on 2024-09-08
    assert build_report(report_url) == page


def test_write_report_refuses_an_existing_file_without_force(
    report_url: str, page: str, tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    assert write_report(report_url, target) == target
    assert target.read_text(encoding="utf-8") == page
    with pytest.raises(OutputPathError, match="already exists"):
        write_report(report_url, target)
    # --force replaces a page seeder wrote (an older version's too), and nothing else.
    older = page.replace(f"seeder {seeder.__version__}", "seeder 0.0.1")
    target.write_text(older, encoding="utf-8")
    write_report(report_url, target, force=True)
    assert target.read_text(encoding="utf-8") == page
    target.write_text("<html><head><title>keep me</title></head></html>", encoding="utf-8")
    with pytest.raises(OutputPathError, match="was not written by seed report"):
        write_report(report_url, target, force=True)
    assert "keep me" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_report_to_standard_output_is_the_page_alone(
    report_url: str, page: str, run_seed: SeedRunner
) -> None:
    result = run_seed("report", "--database-url", report_url, "-o", "-")
    assert result.code == 0, result.stderr
    assert result.stdout == page
    assert "wrote /dev/stdout" in result.stderr
    assert not Path("-").exists()  # no file named "-" in the working folder


def test_failed_report_leaves_no_file(migrated_database_url: str, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    with pytest.raises(DatabaseError):
        write_report(migrated_database_url, target)
    assert list(tmp_path.iterdir()) == []


def test_empty_database_gives_a_clear_error(migrated_database_url: str) -> None:
    with pytest.raises(DatabaseError, match=r"no seeder data .*load it with `seed` first"):
        build_report(migrated_database_url)


def test_database_without_schema_gives_a_clear_error(fresh_database_url: str) -> None:
    with pytest.raises(DatabaseError, match=r"no seeder schema: run `seed` first"):
        build_report(fresh_database_url)


# --- what a browser shows ------------------------------------------------------------------


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """(width, height, bytes per pixel, unfiltered rows) of an 8-bit RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, bytearray(), b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "only 8-bit RGB(A), no interlace"
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(bytes(idat)), width * bpp
    rows: list[bytes] = []
    previous = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind_byte, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind_byte == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind_byte == 2:
            line = bytearray((x + b) & 0xFF for x, b in zip(line, previous, strict=True))
        elif kind_byte == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind_byte == 4:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                up_left = previous[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + _paeth(left, previous[i], up_left)) & 0xFF
        rows.append(bytes(line))
        previous = rows[-1]
    return width, height, bpp, rows


def _chromium() -> str | None:
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


@pytest.mark.slow
def test_headless_chromium_screenshot_shows_the_charts(page: str, tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip(f"no Chromium on PATH (looked for {', '.join(CHROMIUM_NAMES)})")
    html_file, png_file = tmp_path / "report.html", tmp_path / "out.png"
    html_file.write_text(page, encoding="utf-8")
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--screenshot={png_file}", "--window-size=1280,2400", html_file.as_uri()],
        capture_output=True, text=True, timeout=SCREENSHOT_TIMEOUT_S, stdin=subprocess.DEVNULL,
        check=False, cwd=tmp_path,
    )  # fmt: skip
    assert png_file.exists(), (
        f"{browser} wrote no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"
    )
    width, height, bpp, rows = read_png(png_file.read_bytes())
    assert (width, height) == (1280, 2400)
    colours = {row[i : i + 3] for row in rows[::4] for i in range(0, len(row), bpp * 4)}
    assert len(colours) > 16, "the screenshot is blank or nearly so"
    assert any(_has_pixel(row, bytes(PALETTE_BLUE), bpp) for row in rows), "no chart colour seen"


# Injected into a copy of the page: records errors from the start, then after load what a
# reader's browser did: each chart's drawn size and every resource the page fetched.
PROBE = """<script>
window.__errors = [];
window.addEventListener('error', e => window.__errors.push(String(e.message)));
const realError = console.error;
console.error = (...a) => { window.__errors.push(a.join(' ')); realError(...a); };
window.addEventListener('load', () => {
  const sizes = [...document.querySelectorAll('svg')].map(e => {
    const r = e.getBoundingClientRect(); return [r.width, r.height]; });
  const fetched = performance.getEntriesByType('resource').map(r => r.name);
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({sizes, fetched, errors: window.__errors});
  document.body.appendChild(out);
});
</script>"""


@pytest.mark.slow
def test_in_chromium_every_chart_has_a_size_and_nothing_errs_or_fetches(
    page: str, tmp_path: Path
) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip(f"no Chromium on PATH (looked for {', '.join(CHROMIUM_NAMES)})")
    html_file = tmp_path / "report.html"
    html_file.write_text(page.replace("<head>", "<head>" + PROBE, 1), encoding="utf-8")
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
         "--dump-dom", html_file.as_uri()],
        capture_output=True, text=True, timeout=SCREENSHOT_TIMEOUT_S, stdin=subprocess.DEVNULL,
        check=False, cwd=tmp_path,
    )  # fmt: skip
    found = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, f"{browser} ran no probe (exit {done.returncode}): {done.stderr[-2000:]}"
    probe = json.loads(html.unescape(found.group(1)))
    assert len(probe["sizes"]) == page.count("<svg") > 0
    assert all(width > 0 and height > 0 for width, height in probe["sizes"]), probe["sizes"]
    assert probe["errors"] == []
    assert [url for url in probe["fetched"] if not url.startswith(("file:", "data:"))] == []


def _has_pixel(row: bytes, rgb: bytes, bpp: int) -> bool:
    at = row.find(rgb)
    while at >= 0:
        if at % bpp == 0:
            return True
        at = row.find(rgb, at + 1)
    return False
