"""The backlog's age follows the configured closure delays; validate expects what they make."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from seeder.checks.backlog import expected_old_share
from seeder.checks.centre import BACKLOG_OLD_SHARE_MAX
from seeder.config import build_params

Z = 4.0
SLOW_CLOSURE = {
    # a 4-day median: a quarter of the backlog is over 30 days old, above the usual bound
    "four_days": "[closure_delay_hours]\nmedian = 96.0\nsigma = 1.0\nmin = 0.5\nmax = 720.0\n",
    # three weeks from creation, widely spread: two thirds of it is old
    "weeks": 'anchor_closure_to = "from_creation"\n'
    "[closure_delay_hours]\nmedian = 500.0\nsigma = 2.0\nmin = 0.5\nmax = 5000.0\n",
}


@pytest.mark.parametrize("case", SLOW_CLOSURE, ids=list(SLOW_CLOSURE))
def test_slow_closure_makes_the_old_backlog_validate_expects(
    run_seed, fresh_database_url: str, tmp_path: Path, case: str
) -> None:
    config = tmp_path / f"{case}.toml"
    config.write_text(SLOW_CLOSURE[case])
    result = run_seed(
        "--tickets", "3000", "--seed", "2", "--start", "2024-01-01", "--end", "2024-06-30",
        "--config", str(config), "--database-url", fresh_database_url, "--reset", "--quiet",
    )  # fmt: skip
    assert (result.code, result.stderr) == (0, "")
    checked = run_seed("validate", "--database-url", fresh_database_url, "--json")
    assert checked.code == 0, checked.stdout
    (backlog,) = [r for r in json.loads(checked.stdout)["results"] if r["name"] == "backlog_recent"]
    # The range from the first ticket to the newest: 181 days, less than a day.
    expected = expected_old_share(build_params(config), 181.0, 30)
    assert expected > BACKLOG_OLD_SHARE_MAX - 0.02, expected
    unclosed = int(backlog["detail"].rsplit("n=", 1)[1].rstrip(")"))
    error = math.sqrt(expected * (1 - expected) / unclosed)
    assert abs(backlog["achieved"] - expected) <= Z * error, (backlog, expected)
    assert backlog["expected"] > BACKLOG_OLD_SHARE_MAX, backlog


def test_the_default_delays_keep_the_backlog_recent() -> None:
    """18 h median: under 5 % of the backlog is a month old, well inside the usual bound."""
    assert 0 < expected_old_share(build_params(), 707.0, 30) < 0.05
