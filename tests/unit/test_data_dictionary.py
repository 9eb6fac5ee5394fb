"""docs/data_dictionary.md is current, and gives every measure its unit."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Integer, Numeric

from seeder.domain import MANIFEST_TABLE, TABLES
from seeder.schema.dictionary import ALLOWED, UNITS, render_dictionary, unit_of
from seeder.schema.models import Base

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "data_dictionary.md"
COLUMNS = {
    f"{table.name}.{column.name}": column
    for table in Base.metadata.tables.values()
    for column in table.columns
}


def test_the_document_is_current() -> None:
    assert DOCUMENT.read_text(encoding="utf-8") == render_dictionary(), (
        "docs/data_dictionary.md is stale: regenerate it with "
        "`.venv/bin/python -m seeder.schema.dictionary > docs/data_dictionary.md`"
    )


def test_it_covers_every_table_and_column() -> None:
    assert set(Base.metadata.tables) == {*TABLES, MANIFEST_TABLE}
    document = render_dictionary()
    for table in Base.metadata.tables.values():
        section = document.split(f"\n## {table.name}\n", 1)[1].split("\n## ", 1)[0]
        assert table.comment and table.comment in section
        for column in table.columns:
            assert f"| `{column.name}` |" in section, f"{table.name}.{column.name}"


def test_every_measure_has_a_unit() -> None:
    """Numbers that are not keys are measures: minutes, hours, EUR, counts..."""
    missing = [
        name
        for name, column in COLUMNS.items()
        if isinstance(column.type, Integer | Numeric)
        and not column.primary_key
        and not column.foreign_keys
        and not unit_of(column)
    ]
    assert missing == []


def test_the_units_and_values_name_existing_columns() -> None:
    assert set(UNITS) <= set(COLUMNS) and set(ALLOWED) <= set(COLUMNS)


def test_timestamps_say_whether_they_are_utc_or_absolute() -> None:
    # "WITHOUT TIME ZONE" holds "WITH": every UTC column once read as an absolute time.
    assert unit_of(COLUMNS["tickets.ticket_created"]) == "UTC"
    assert unit_of(COLUMNS["interactions.interaction_handled"]) == "UTC"
    assert unit_of(COLUMNS["seed_runs.started_at"]).startswith("absolute time")
