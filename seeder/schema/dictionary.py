"""The data dictionary: every table and column with its type, unit, meaning and allowed values.

Rendered from the models (which equal the migrations): types from SQLAlchemy's PostgreSQL
dialect, meanings from the column comments, allowed values from the CHECK constraints on one
column, keys from the constraints. The comments do not all name their unit, and changing a
comment means a migration, so the units live here, in UNITS. `python -m
seeder.schema.dictionary > docs/data_dictionary.md` rewrites the document; a test fails while
it is stale, and while a measure has no unit.
"""

from __future__ import annotations

import re
from typing import Final

from sqlalchemy import CheckConstraint, Column, Table, UniqueConstraint
from sqlalchemy.dialects import postgresql

from seeder.domain import AGENT_POSITION, AGENT_STATUS, MANIFEST_TABLE, TABLES
from seeder.params.events import EVENT_KINDS
from seeder.schema.models import Base

UTC: Final = "UTC"
# The unit of every column that measures something (a test requires one for every numeric
# column that is not a key); timestamps are UTC and need no entry.
UNITS: Final = {
    "users.fte": "FTE (1.00 = 8 h per working day)",
    "users.hourly_rate_eur": "EUR per hour",
    "tickets.resolution_after_last_interaction_hours": "hours",
    "tickets.lifecycle_hours": "hours",
    "tickets.ticket_rating": "stars, 1 (worst) to 5 (best)",
    "interactions.handle_time": "minutes",
    "interactions.speed_of_answer": "hours for email; seconds for phone and chat",
    "wfm.paid_time": "minutes",
    "wfm.scheduled_time": "minutes",
    "wfm.available_time": "minutes",
    "wfm.interactions_time": "minutes",
    "wfm.productive_time": "minutes",
    "seed_runs.seed": "none (a random seed)",
    "seed_runs.tickets": "tickets",
    "seed_runs.customers": "customers",
    "seed_runs.agents": "agents",
    "seed_runs.row_counts": "rows",
}
# Values the generator keeps to that no CHECK constraint states.
ALLOWED: Final = {
    "users.position": f"{AGENT_POSITION}",
    "users.status": f"{AGENT_STATUS}",
    "scenario_events.kind": f"one of {', '.join(EVENT_KINDS)}",
}
_HEADER: Final = """# Data dictionary

Every table and column of the schema: its PostgreSQL type, whether it may be NULL, its key,
unit, meaning and allowed values. Generated from the models (`seeder/schema/models.py`, which
equal the Alembic migrations) by `python -m seeder.schema.dictionary > docs/data_dictionary.md`;
a test keeps it current. Timestamps without time zone hold UTC. The choices behind the data
are in [data_model.md](data_model.md); `seed_runs` is described in
[run_manifest.md](run_manifest.md).
"""
_DIALECT: Final = postgresql.dialect()  # type: ignore[no-untyped-call]  # untyped in SQLAlchemy
_QUOTED: Final = re.compile(r"'[^']*'")
_QUOTED_NAME: Final = re.compile(r'("[^"]*")')
_ONE_OF: Final = re.compile(r"^(\w+) IN \((.*)\)$")


def render_dictionary() -> str:
    """The whole document, in Markdown: the data tables in load order, then the manifest."""
    tables = Base.metadata.tables
    return _HEADER + "".join(_table_section(tables[name]) for name in (*TABLES, MANIFEST_TABLE))


def _table_section(table: Table) -> str:
    checks = _checks_by_column(table)
    lines = [
        f"\n## {table.name}\n",
        f"{table.comment}\n",
        "| column | type | null | key | unit | meaning | allowed values |",
        "|---|---|---|---|---|---|---|",
    ]
    for column in table.columns:
        cells = (
            f"`{column.name}`",
            _type(column),
            "yes" if column.nullable else "no",
            _key(column),
            unit_of(column),
            column.comment or "",
            "; ".join(_allowed(column, checks)),
        )
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    rules = checks.pop("", [])
    if rules:
        lines += ["", "Rules across columns:", "", *(f"- `{rule}`" for rule in rules)]
    return "\n".join(lines) + "\n"


def _allowed(column: Column[object], checks: dict[str, list[str]]) -> list[str]:
    extra = ALLOWED.get(f"{column.table.name}.{column.name}")
    return [*([extra] if extra else []), *checks.pop(column.name, [])]


def _type(column: Column[object]) -> str:
    # TEXT COLLATE "C" -> text collate "C": a quoted name is case-sensitive.
    parts = _QUOTED_NAME.split(str(column.type.compile(dialect=_DIALECT)))
    name = "".join(part if part.startswith('"') else part.lower() for part in parts)
    return f"{name}, identity" if column.identity is not None else name


def _key(column: Column[object]) -> str:
    parts = ["primary key"] if column.primary_key else []
    parts += [f"→ {fk.target_fullname}" for fk in column.foreign_keys]
    if column.unique or any(
        isinstance(c, UniqueConstraint) and list(c.columns.keys()) == [column.name]
        for c in column.table.constraints
    ):
        parts.append("unique")
    return ", ".join(parts)


def unit_of(column: Column[object]) -> str:
    """The column's unit: UNITS, else UTC for timestamps, else nothing."""
    name = f"{column.table.name}.{column.name}"
    if name in UNITS:
        return UNITS[name]
    type_name = str(column.type.compile(dialect=_DIALECT))
    if type_name.startswith("TIMESTAMP"):
        with_zone = "WITH TIME ZONE" in type_name  # "WITHOUT TIME ZONE" holds "WITH" too
        return "absolute time (shown in the session's TimeZone)" if with_zone else UTC
    return ""


def _checks_by_column(table: Table) -> dict[str, list[str]]:
    """Each CHECK on one column under that column's name; the others under ''."""
    out: dict[str, list[str]] = {}
    names = [column.name for column in table.columns]
    for check in sorted(
        (c for c in table.constraints if isinstance(c, CheckConstraint)), key=lambda c: str(c.name)
    ):
        sql = str(check.sqltext)
        bare = _QUOTED.sub("''", sql)
        used = [name for name in names if re.search(rf"\b{name}\b", bare)]
        one_of = _ONE_OF.match(sql)
        if len(used) == 1 and one_of:
            values = ", ".join(value.strip().strip("'") for value in one_of[2].split(","))
            out.setdefault(used[0], []).append(f"one of {values}")
        else:
            out.setdefault(used[0] if len(used) == 1 else "", []).append(sql)
    return out


if __name__ == "__main__":  # python -m seeder.schema.dictionary > docs/data_dictionary.md
    import sys

    sys.stdout.write(render_dictionary())
