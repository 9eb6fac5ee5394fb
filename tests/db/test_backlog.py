"""The backlog's age follows the configured closure delays; validate expects what they make."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import psycopg
import pytest

from seeder.checks.backlog import expected_old_share
from seeder.checks.centre import BACKLOG_OLD_SHARE_MAX
from seeder.checks.centre_queries import TICKET_AGES
from seeder.config import build_params

Z = 4.0
SLOW_CLOSURE = {
    # a 4-day median: a quarter of the backlog is over 30 days old, above the usual bound
    "four_days": "[closure_delay_hours]\nmedian = 96.0\nsigma = 1.0\nmin = 0.5\nmax = 720.0\n",
    # three weeks from creation, widely spread: two thirds of it is old
    "weeks": 'anchor_closure_to = "from_creation"\n'
    "[closure_delay_hours]\nmedian = 500.0\nsigma = 2.0\nmin = 0.5\nmax = 5000.0\n",
    # two days, but most tickets arrive in January: the backlog is January's
    "front_loaded": "monthly_weights = [10.0, 1.0, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, "
    "0.3]\n[closure_delay_hours]\nmedian = 48.0\nsigma = 1.0\nmin = 0.5\nmax = 5000.0\n",
}
# Ticket ranges: the first quarter for the front-loaded volume, else half a year.
RANGES = {"front_loaded": ("2024-01-01", "2024-03-31")}


@pytest.mark.parametrize("case", SLOW_CLOSURE, ids=list(SLOW_CLOSURE))
def test_slow_closure_makes_the_old_backlog_validate_expects(
    run_seed, fresh_database_url: str, tmp_path: Path, case: str
) -> None:
    config = tmp_path / f"{case}.toml"
    config.write_text(SLOW_CLOSURE[case])
    start, end = RANGES.get(case, ("2024-01-01", "2024-06-30"))
    result = run_seed(
        "--tickets", "3000", "--seed", "2", "--start", start, "--end", end,
        "--config", str(config), "--database-url", fresh_database_url, "--reset", "--quiet",
    )  # fmt: skip
    assert (result.code, result.stderr) == (0, "")
    checked = run_seed("validate", "--database-url", fresh_database_url, "--json")
    assert checked.code == 0, checked.stdout
    (backlog,) = [r for r in json.loads(checked.stdout)["results"] if r["name"] == "backlog_recent"]
    with psycopg.connect(fresh_database_url) as conn:
        ages = np.array(conn.execute(TICKET_AGES).fetchall(), dtype=np.float64)
    expected = expected_old_share(build_params(config), (ages[:, 0] + 0.5, ages[:, 1]), 30)
    assert expected > BACKLOG_OLD_SHARE_MAX - 0.02, expected
    unclosed = int(backlog["detail"].rsplit("n=", 1)[1].rstrip(")"))
    error = math.sqrt(expected * (1 - expected) / unclosed)
    assert abs(backlog["achieved"] - expected) <= Z * error, (backlog, expected)
    assert backlog["expected"] > BACKLOG_OLD_SHARE_MAX, backlog


def test_the_default_delays_keep_the_backlog_recent() -> None:
    """18 h median, tickets even over two years: under 5 % of the backlog is a month old,
    well inside the usual bound; the same delays leave none old in a month's range."""
    two_years = np.arange(707) + 0.5
    assert 0 < expected_old_share(build_params(), (two_years, np.ones(707)), 30) < 0.05
    assert expected_old_share(build_params(), (two_years[:30], np.ones(30)), 30) == 0


def test_the_backlog_judged_is_the_ordinary_tickets(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    """A recall whose tickets close five times slower builds an old backlog of its own, the
    event's effect: the check judges the ordinary tickets'."""
    config = tmp_path / "recall.toml"
    config.write_text(SLOW_RECALL)
    result = run_seed(
        "--tickets", "1000", "--seed", "2", "--start", "2024-03-01", "--end", "2024-04-30",
        "--config", str(config), "--database-url", fresh_database_url, "--reset", "--quiet",
    )  # fmt: skip
    assert (result.code, result.stderr) == (0, "")
    with psycopg.connect(fresh_database_url) as conn:
        old_event_tickets = conn.execute(
            "SELECT count(*) FROM tickets WHERE event_id IS NOT NULL AND ticket_closed IS NULL "
            "AND ticket_created < '2024-03-31'"
        ).fetchone()
    assert old_event_tickets is not None and old_event_tickets[0] > 5, old_event_tickets
    checked = run_seed("validate", "--database-url", fresh_database_url, "--json")
    assert checked.code == 0, checked.stdout
    (backlog,) = [r for r in json.loads(checked.stdout)["results"] if r["name"] == "backlog_recent"]
    assert "ordinary" in backlog["detail"] and backlog["achieved"] < 0.1, backlog


SLOW_RECALL = """
[[events]]
kind = "recall"
name = "Big recall"
start = "2024-03-01"
days = 14
magnitude = 10.0
detail = "SB-50"
product = "speakers"
category = "rma"
closure_factor = 5.0
"""
