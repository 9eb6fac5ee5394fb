"""The README's tables of dumps state each dump's real rows and bytes, and its rows per table.

The committed dumps are checked against the files; xlarge, which the README tells users to
generate, is written here and checked the same way.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests_support import copy_rows

from seeder.config import build_run_config
from seeder.pipeline.run import write_dump

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
# | `sql/dumps/small.sql` | 500 | 957 | 120 | 4,439 | 467,014 |
_ROW = re.compile(r"^\| (?P<name>[^|]+) \| (?P<figures>[\d,]+(?: \| [\d,]+){4}) \|$", re.M)
# | small | 500 | 120 | 957 | 453 | 287 | 2,121 | 3 |
_TABLE_ROW = re.compile(r"^\| (?P<size>[a-z]+) \| (?P<figures>[\d,]+(?: \| [\d,]+){6}) \|$", re.M)
PER_TABLE = ("tickets", "customers", "interactions", "calls", "chats", "wfm", "users")


def readme_rows() -> dict[str, list[int]]:
    """The dump table's rows, by size: tickets, interactions, customers, all rows, bytes."""
    rows: dict[str, list[int]] = {}
    for match in _ROW.finditer(README):
        size = re.search(r"small|medium|xlarge|large", match["name"])
        assert size is not None, match["name"]
        rows[size.group()] = [int(n.replace(",", "")) for n in match["figures"].split(" | ")]
    return rows


def test_the_table_lists_every_size() -> None:
    assert list(readme_rows()) == ["small", "medium", "large", "xlarge"]


def readme_table_rows() -> dict[str, list[int]]:
    """The rows-per-table table's rows, by size, in PER_TABLE order."""
    return {
        match["size"]: [int(n.replace(",", "")) for n in match["figures"].split(" | ")]
        for match in _TABLE_ROW.finditer(README)
    }


@pytest.mark.parametrize("size", ["small", "medium", "large", "xlarge"])
def test_each_dump_has_the_rows_and_bytes_the_readme_says(size: str, tmp_path: Path) -> None:
    path = ROOT / "sql" / "dumps" / f"{size}.sql"
    if not path.exists():  # xlarge is generated on demand, as the README shows
        path = tmp_path / f"{size}.sql"
        write_dump(build_run_config(size=size), path)
    dump = path.read_bytes()
    rows = copy_rows(dump)
    assert [rows[table] for table in PER_TABLE] == readme_table_rows()[size]
    actual = [
        rows["tickets"],
        rows["interactions"],
        rows["customers"],
        sum(rows.values()),
        len(dump),
    ]
    assert actual == readme_rows()[size]
