"""`seed validate` and `seed report` without --config use the parameters the load recorded.

Before the run manifest, a user who loaded with a --config and validated without it saw the
calibration checks fail, as if the data were corrupt.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import SeedRunner

from seeder.db.urls import libpq_conninfo
from seeder.version import __version__

CUSTOM_TOML = "escalation_rate = 0.3\n"  # the default is 0.12: far outside any tolerance


@pytest.fixture
def custom_url(run_seed: SeedRunner, fresh_database_url: str, tmp_path: Path) -> str:
    """A database loaded with a custom --config (3,000 tickets, seed 5)."""
    config = tmp_path / "custom.toml"
    config.write_text(CUSTOM_TOML, encoding="utf-8")
    done = run_seed(
        "--tickets", "3000", "--seed", "5", "--config", str(config),
        "--database-url", fresh_database_url, "--quiet",
    )  # fmt: skip
    assert done.code == 0, done.stderr
    return fresh_database_url


def validate(run_seed: SeedRunner, url: str, *args: str) -> tuple[int, dict[str, Any], str]:
    done = run_seed("validate", "--database-url", url, "--json", *args)
    return done.code, json.loads(done.stdout), done.stderr


def test_validate_without_config_uses_the_recorded_parameters(
    run_seed: SeedRunner, custom_url: str
) -> None:
    code, report, stderr = validate(run_seed, custom_url)
    assert code == 0, report["failed"]
    assert report["parameters"] == "recorded"
    assert re.fullmatch(
        r"seed: using the parameters recorded by the load at \d{4}-\d\d-\d\d \d\d:\d\d UTC "
        r"\(seed 5, 3,000 tickets\)\n",
        stderr,
    ), stderr
    escalation = next(r for r in report["results"] if r["name"] == "escalation_rate")
    assert escalation["expected"] == 0.3


def test_an_explicit_config_still_wins_and_can_fail(
    run_seed: SeedRunner, custom_url: str, tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong.toml"
    wrong.write_text("escalation_rate = 0.05\n", encoding="utf-8")
    defaults = tmp_path / "defaults.toml"
    defaults.write_text("", encoding="utf-8")
    for path in (wrong, defaults):  # the defaults are what validate used before the manifest
        code, report, stderr = validate(run_seed, custom_url, "--config", str(path))
        assert code == 1 and report["parameters"] == "given"
        assert "escalation_rate" in report["failed"]
        assert stderr == ""


def test_without_a_recorded_run_validate_says_it_uses_the_defaults(
    run_seed: SeedRunner, custom_url: str
) -> None:
    with psycopg.connect(libpq_conninfo(custom_url)) as conn:
        conn.execute("DELETE FROM seed_runs")  # as data loaded by an older seeder
    code, report, stderr = validate(run_seed, custom_url)
    assert code == 1 and report["parameters"] == "defaults"
    assert "escalation_rate" in report["failed"]
    assert "no load is recorded in seed_runs" in stderr
    assert "validating with the default parameters" in stderr
    assert len(stderr.splitlines()) == 1


def test_report_names_the_recorded_run(
    run_seed: SeedRunner, custom_url: str, tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    done = run_seed("report", "--database-url", custom_url, "-o", str(page))
    assert done.code == 0, done.stderr
    assert re.match(
        r"seed: the report describes the data of the load at .* \(seed 5, 3,000", done.stderr
    )
    footer = re.search(r"<footer>(.*)</footer>", page.read_text(encoding="utf-8"))
    assert footer is not None
    assert f"Data made by seeder {__version__} with seed 5: 3,000 tickets" in footer[1]


def test_parameters_this_seeder_cannot_read_give_one_line(
    run_seed: SeedRunner, custom_url: str
) -> None:
    with psycopg.connect(libpq_conninfo(custom_url)) as conn:  # as a newer seeder might write
        conn.execute("UPDATE seed_runs SET params_toml = 'queue_model = \"erlang-x\"'")
    done = run_seed("validate", "--database-url", custom_url)
    assert done.code == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert "cannot be read by this seeder" in done.stderr and "pass --config" in done.stderr
