"""The library refuses bad input as the CLI does: a ConfigError naming the value, before
anything is drawn, written or connected to, whether the configuration came from
build_run_config or was made by hand (RunConfig, Params)."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from seeder import (
    ConfigError,
    Params,
    RunConfig,
    ValidationReport,
    build_plan,
    build_run_config,
    export_files,
    load,
    write_dump,
)
from seeder.checks.results import CheckResult

NOWHERE = "postgresql://nobody@127.0.0.1:1/none"  # refused before any connection is tried


@pytest.mark.parametrize(
    ("config", "said"),
    [
        (RunConfig(tickets=-5), "RunConfig.tickets -5: must be between 1 and"),
        (RunConfig(tickets=50, batch_rows=0), "RunConfig.batch_rows 0: must be at least 1"),
        (RunConfig(tickets=50, jobs=0), "RunConfig.jobs 0"),
        (RunConfig(tickets=50, seed=-1), "RunConfig.seed -1"),
        (RunConfig(tickets=50.5), "tickets 50.5: must be a whole number"),  # type: ignore[arg-type]
        (RunConfig(tickets=50, start=dt.date(2024, 2, 1), end=dt.date(2024, 1, 1)), "before"),
        (RunConfig(tickets=500, params=Params(escalation_rate=2.0)), "escalation_rate = 2.0"),
        (RunConfig(tickets=500, params=Params(rated_share=-1.0)), "rated_share = -1.0"),
        (RunConfig(tickets=500, params=Params(max_contacts=1)), "max_contacts"),
        (RunConfig(tickets=500, params=Params(weekend_rotation=0)), "weekend_rotation"),
        (RunConfig(tickets=500, params=Params(channels={"fax": 1.0})), "unknown key(s) ['fax']"),
        (RunConfig(tickets=500, params="defaults"), "must be a seeder.Params"),  # type: ignore[arg-type]
    ],
)
def test_a_run_config_made_by_hand_is_checked_before_anything_is_drawn_or_written(
    config: RunConfig, said: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ConfigError, match=None) as caught:
        build_plan(config)
    assert said in str(caught.value)
    with pytest.raises(ConfigError):
        write_dump(config, tmp_path / "out.sql")
    with pytest.raises(ConfigError):
        load(config, NOWHERE)
    assert list(tmp_path.iterdir()) == []
    assert capfd.readouterr() == ("", ""), "the library printed (numpy's divide warning, say)"


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        ({"tickets": 50.5}, "tickets 50.5: must be a whole number"),
        ({"tickets": True}, "tickets True: must be a whole number"),
        ({"tickets": "10"}, "tickets '10': must be a whole number"),
        ({"tickets": 50, "seed": 1.5}, "seed 1.5: must be a whole number"),
        ({"tickets": 50, "jobs": 1.5}, "jobs 1.5: must be a whole number"),
        ({"tickets": 50, "start": dt.datetime(2024, 1, 1)}, "must be a datetime.date"),
        ({"tickets": 50, "params": {"agents": 7}}, "must be a seeder.Params"),
        ({"tickets": 50, "params": Params(agents=0, escalation_rate=7.0)}, "escalation_rate"),
    ],
)
def test_build_run_config_refuses_values_of_the_wrong_kind(
    arguments: dict[str, Any], said: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        build_run_config(**arguments)
    assert said in str(caught.value)


def test_build_run_config_takes_numpy_integers_params_and_a_config_path_as_text(
    tmp_path: Path,
) -> None:
    config = build_run_config(tickets=np.int64(500), seed=np.int32(3), params=Params(agents=7))
    assert (type(config.tickets), config.tickets, type(config.seed)) == (int, 500, int)
    assert config.agents == 7
    toml = tmp_path / "desk.toml"
    toml.write_text("agents = 9\n")
    assert build_run_config(tickets=500, config_file=str(toml)).agents == 9
    with pytest.raises(ConfigError, match="either as a config file or as Params"):
        build_run_config(tickets=500, config_file=str(toml), params=Params())


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda c, p: write_dump(c, p / "d.sql", fmt="xml"), "fmt 'xml': use one of 'copy'"),
        (lambda c, p: write_dump(c, p / "d.sql", fmt="COPY"), "fmt 'COPY'"),
        (lambda c, p: export_files(c, p / "out", fmt="xml"), "fmt 'xml': use one of 'csv'"),
    ],
)
def test_an_unknown_format_is_refused_not_written_as_another(
    call: Any, said: str, tmp_path: Path
) -> None:
    with pytest.raises(ConfigError) as caught:
        call(build_run_config(tickets=50), tmp_path)
    assert said in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ({"connections": 0}, "connections 0: must be between 1 and 64"),
        ({"connections": -1}, "connections -1"),
        ({"connections": 65}, "connections 65"),
        ({"connections": 1.5}, "connections 1.5: must be a whole number"),
        ({"lock_timeout": math.nan}, "lock_timeout nan"),
        ({"lock_timeout": math.inf}, "lock_timeout inf"),
        ({"lock_timeout": 0}, "lock_timeout 0"),
        ({"lock_timeout": 1e12}, "at most 2,147,483 seconds"),
        ({"lock_timeout": "5"}, "must be a number of seconds"),
    ],
)
def test_load_refuses_bad_options_before_connecting(options: dict[str, Any], said: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load(build_run_config(tickets=50), NOWHERE, **options)
    assert said in str(caught.value)


def test_paths_may_be_given_as_text_and_an_export_says_its_bytes(tmp_path: Path) -> None:
    config = build_run_config(tickets=50)
    dump = write_dump(config, str(tmp_path / "d.sql"))
    assert dump.bytes_written == (tmp_path / "d.sql").stat().st_size
    export = export_files(config, str(tmp_path / "out"))
    assert export.bytes_written == sum(p.stat().st_size for p in (tmp_path / "out").iterdir())


def test_progress_ends_at_each_tables_full_count(tmp_path: Path) -> None:
    last: dict[str, tuple[int, int]] = {}
    summary = write_dump(
        build_run_config(tickets=300),
        tmp_path / "d.sql",
        progress=lambda table, done, total: last.__setitem__(table, (done, total)),
    )
    assert last == {table: (rows, rows) for table, rows in summary.rows.items()}


def _result(name: str, outcome: str) -> CheckResult:
    return CheckResult(name, "integrity", outcome, "detail")  # type: ignore[arg-type]


def test_a_validation_report_is_true_when_it_passed_and_reads_in_one_line() -> None:
    good = ValidationReport((_result("a", "pass"), _result("b", "skip")))
    bad = ValidationReport((_result("a", "pass"), _result("b", "fail"), _result("c", "fail")))
    assert good and not bad
    assert str(good) == "validation passed of 2 checks, 1 skipped"
    assert str(bad) == "validation FAILED 2 of 3 checks (b, c)"
    assert [r.name for r in bad] == ["a", "b", "c"] and len(bad) == 3


def test_the_package_says_it_is_typed() -> None:
    assert importlib.resources.files("seeder").joinpath("py.typed").is_file()
