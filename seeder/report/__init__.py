"""A self-contained HTML report of a loaded dataset: headline KPIs and inline SVG charts.

    from seeder.report import write_report
    write_report("postgresql://postgres@127.0.0.1/support", Path("report.html"))

The page needs nothing from the network to display, and the same database always renders to
the same bytes (no timestamps; fixed number formats), so reports can be diffed and committed.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from seeder.checks.queries import ROW_COUNTS
from seeder.checks.staffing import loaded_staffing
from seeder.errors import ConfigError, DatabaseError
from seeder.params import Params
from seeder.report.html import GENERATOR_META, render_page
from seeder.report.queries import fetch_report_data
from seeder.schema.snapshot import read_only_snapshot
from seeder.sinks.atomic import Ownership, atomic_file
from seeder.sinks.manifest import RecordedRun, newest_run
from seeder.version import __version__

__all__ = ["build_report", "write_report"]

# A page's head, where GENERATOR_META sits, comes before its style sheet: well within this.
_HEAD_BYTES = 4096

# Without these the KPIs have no denominator; calls, chats may legitimately be empty.
_REQUIRED_DATA = ("users", "tickets", "interactions", "wfm")


def build_report(url: str) -> str:
    """Render the HTML report of the seeder dataset at `url`, in one read-only snapshot.

    Raises DatabaseError when the database cannot be reached, has no seeder schema, or
    holds no data.
    """
    with read_only_snapshot(url, "building the report") as connection:
        row_counts = _checked_row_counts(connection)
        data = fetch_report_data(connection, row_counts)
        recorded = newest_run(connection)
        seed = None if recorded is None else recorded.seed
        staffing = loaded_staffing(connection, _params(recorded), seed)
    page_data = data._replace(staffing=staffing)
    return render_page(page_data, version=__version__, made_with=_made_with(recorded))


def _params(run: RecordedRun | None) -> Params:
    """The parameters the newest load recorded, else (none, or unreadable) the defaults."""
    if run is None:
        return Params()
    try:
        return run.params()
    except ConfigError:
        return Params()


def _made_with(run: RecordedRun | None) -> str:
    """What made the data, as the newest load recorded it: no time, so that the same data
    renders the same page however often it is reloaded."""
    if run is None:
        return ""
    return (
        f"Data made by seeder {run.seeder_version} with seed {run.seed}: "
        f"{run.tickets:,} tickets, {run.customers:,} customers, {run.agents:,} agents, "
        f"{run.start_date} to {run.end_date}, parameters sha256 {run.params_sha256[:12]}."
    )


def write_report(url: str, path: Path, *, force: bool = False) -> Path:
    """Write the report of the database at `url` to `path`; return the path written.

    An existing file is refused (OutputPathError) unless `force`, which replaces only an
    empty file or a page seeder wrote. The page appears under its name complete or not at
    all, also when the database fails halfway.
    """
    with atomic_file(path, force=force, ownership=REPORT_OWNERSHIP) as handle:
        handle.write(build_report(url).encode("utf-8"))
    return path.expanduser()


def is_seeder_report(path: Path) -> bool:
    """True if the file at `path` is a page `seed report` wrote (its head names seeder)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return False
    return GENERATOR_META.encode() in head


REPORT_OWNERSHIP = Ownership("seed report", is_seeder_report)


def _checked_row_counts(connection: Connection) -> dict[str, int]:
    counts = {str(table): int(rows) for table, rows in connection.execute(text(ROW_COUNTS))}
    empty = [table for table in _REQUIRED_DATA if counts[table] == 0]
    if empty:
        raise DatabaseError(
            f"the database holds no seeder data (empty tables: {', '.join(empty)}): "
            "load it with `seed` first"
        )
    return counts
