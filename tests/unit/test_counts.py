"""Agents and customers: scaled with the tickets by default, set by config keys or options."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

import pytest

from seeder.config import RunConfig, build_params, build_run_config
from seeder.errors import ConfigError
from seeder.params import Params, params_from_mapping, params_to_toml
from seeder.params.limits import MAX_AGENTS, MAX_CUSTOMERS


@pytest.mark.parametrize(
    ("tickets", "agents", "customers"),
    [
        (1, 3, 50),
        (500, 3, 120),
        (2_500, 3, 600),
        (6_000, 3, 1_440),
        (10_000, 5, 2_400),
        (20_000, 10, 4_800),
        (25_000, 12, 6_000),
        (1_000_000, 480, 240_000),
    ],
)
def test_default_counts_scale_with_the_tickets(tickets: int, agents: int, customers: int) -> None:
    config = RunConfig(tickets=tickets)
    assert (config.agents, config.customers) == (agents, customers)


def test_default_agents_scale_with_the_tickets_a_day() -> None:
    # The spec's 12 agents for 25,000 tickets are for its 707 days: the same tickets in a
    # quarter arrive about eight times as fast, and take about eight times the agents.
    quarter = RunConfig(tickets=25_000, start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31))
    assert quarter.agents == round(12 * 707 / 91) == 93
    assert quarter.customers == 6_000  # customers are people, not staff: they do not scale
    assert RunConfig(tickets=2_500, start=dt.date(2020, 1, 1)).agents == 3  # never below 3


def test_scaled_agents_stay_within_the_agents_limit() -> None:
    with pytest.raises(ConfigError, match="10,000,000 tickets in 7 days would take 484,800"):
        build_run_config(tickets=10_000_000, start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 7))


def test_given_counts_win_over_the_scaling() -> None:
    config = RunConfig(tickets=25_000, params=Params(agents=4, customers=77))
    assert (config.agents, config.customers) == (4, 77)
    assert RunConfig(tickets=500, params=Params(agents=40)).agents == 40


def test_scaled_agents_are_never_fewer_than_the_weekend_rotation() -> None:
    assert RunConfig(tickets=500, params=Params(weekend_rotation=5)).agents == 5
    assert RunConfig(tickets=500, params=Params(weekend_rotation=2)).agents == 3


def test_options_override_the_config_keys(tmp_path: Path) -> None:
    path = tmp_path / "params.toml"
    path.write_text("agents = 20\ncustomers = 900\n")
    assert build_params(path) == Params(agents=20, customers=900)
    assert build_params(path, agents=9) == Params(agents=9, customers=900)
    assert build_params(path, customers=5) == Params(agents=20, customers=5)
    config = build_run_config(tickets=500, config_file=path, agents=7, customers=123)
    assert (config.agents, config.customers) == (7, 123)


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"agents": 2}, "^agents = 2: fewer agents than weekend_rotation \\(3\\)"),
        ({"agents": 4, "weekend_rotation": 5}, "^agents = 4: .*give at least 5"),
        ({"agents": -1}, "^agents = -1: give 3 to 100,000 agents \\(or 0"),
        ({"agents": MAX_AGENTS + 1}, "^agents = 100001: give 3 to 100,000 agents"),
        ({"customers": -5}, "^customers = -5: give 1 to 100,000,000 customers"),
        ({"customers": MAX_CUSTOMERS + 1}, "^customers = 100000001: give 1 to"),
        ({"agents": 7.5}, "^agents = 7.5: expected an integer"),
        ({"customers": True}, "^customers = True: expected an integer"),
    ],
)
def test_bad_config_counts_are_refused_by_name(mapping: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        params_from_mapping(mapping)


def test_bad_option_counts_are_refused_by_option_name(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^--agents 2: fewer agents than weekend_rotation"):
        build_run_config(agents=2)
    with pytest.raises(ConfigError, match=r"^--agents 100001: give 3 to 100,000 agents$"):
        build_params(agents=MAX_AGENTS + 1)
    with pytest.raises(ConfigError, match=r"^--customers 100000001: give 1 to 100,000,000"):
        build_params(customers=MAX_CUSTOMERS + 1)
    path = tmp_path / "rotation.toml"
    path.write_text("weekend_rotation = 6\n")
    with pytest.raises(ConfigError, match=r"^--agents 5: .*weekend_rotation \(6\)"):
        build_run_config(config_file=path, agents=5)


def test_the_config_keys_round_trip_through_toml() -> None:
    params = dataclasses.replace(Params(), agents=7, customers=123)
    text = params_to_toml(params)
    assert "agents = 7\n" in text and "customers = 123\n" in text
    assert params_from_mapping(tomllib.loads(text)) == params
    assert "agents = 0\n" in params_to_toml(Params())
