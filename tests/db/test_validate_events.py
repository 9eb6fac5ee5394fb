"""Validate passes with the default scenario events on, at 10k and 25k tickets (issue #19)."""

from __future__ import annotations

import psycopg
import pytest
from conftest import LoadDatabase

from seeder.checks.runner import validate_database
from seeder.config import build_run_config


@pytest.mark.parametrize(("tickets", "seed"), [(10_000, 3), (25_000, 8)])
def test_validate_passes_with_the_default_events(
    loaded_database: LoadDatabase, tickets: int, seed: int
) -> None:
    loaded = loaded_database(build_run_config(tickets=tickets, seed=seed))
    report = validate_database(loaded.url)
    assert report.passed, [f"{f.name}: {f.detail}" for f in report.failures]
    with psycopg.connect(loaded.url) as conn:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT event_id), "
            "count(*) FILTER (WHERE event_id IS NOT NULL) FROM tickets"
        ).fetchone()
    assert row is not None and row[0] == tickets and row[1] == 5 and row[2] > 0
