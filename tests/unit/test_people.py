"""The name draws are exactly Faker's own calls, for every locale the dataset uses.

The tables come from seeder/data/name_tables.json without importing Faker; these tests hold
that file to the installed Faker.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from faker import Faker

from seeder.generators.name_tables import (
    LOCALES,
    TABLES_PATH,
    compile_tables,
    faker_sources_digest,
    name_tables,
    read_tables,
    write_tables,
)
from seeder.generators.people import draw_names


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("seed", [0, 42, 2**32 - 1])
def test_draws_from_the_shipped_tables_equal_faker_calls(locale: str, seed: int) -> None:
    tables = read_tables(TABLES_PATH).tables[locale]
    faker = Faker(locale, providers=["faker.providers.person"])
    faker.seed_instance(seed)
    draw = random.Random(seed)
    # Interleaved as the pools draw them: first names, then last names, from one stream.
    assert draw_names(tables["first"], draw, 300) == [faker.first_name() for _ in range(300)]
    assert draw_names(tables["last"], draw, 300) == [faker.last_name() for _ in range(300)]
    # Both streams are left at the same point.
    assert draw.random() == faker.random.random()


def test_shipped_tables_match_the_installed_faker() -> None:
    """Fails after a Faker upgrade until `python -m seeder.generators.name_tables` is run."""
    shipped = read_tables(TABLES_PATH)
    compiled = compile_tables()
    assert shipped.sources == compiled.sources
    assert shipped.sources_digest == compiled.sources_digest
    assert shipped.tables == compiled.tables
    assert name_tables() == shipped


def test_a_changed_faker_source_is_noticed(tmp_path: Path) -> None:
    """The digest covers every listed file: a file that is not Faker's gives no match."""
    shipped = read_tables(TABLES_PATH)
    assert faker_sources_digest(shipped.sources) == shipped.sources_digest
    assert faker_sources_digest((*shipped.sources, "no/such/file.py")) == ""
    assert faker_sources_digest(shipped.sources[:-1]) != shipped.sources_digest


def test_written_tables_read_back_equal(tmp_path: Path) -> None:
    path = tmp_path / "name_tables.json"
    written = write_tables(path)
    assert read_tables(path) == written
    assert not path.with_name(path.name + ".tmp").exists()
