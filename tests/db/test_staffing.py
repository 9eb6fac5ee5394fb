"""Staffing drives the queues: fewer agents than planned wait longer and lose more customers.

The session's dataset (25,000 tickets, seed 7) has the 12 agents planned for its tickets a
day; this module loads the same tickets with 7 agents (the contacts then keep them 58 % busy)
and with 24, and compares each with it. The configured waits and abandonment are the planned
agents' (seeder.generate.load.staffing_level).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re

import psycopg
import pytest
from business_rules_support import Dataset, Z, share_tolerance
from conftest import LoadDatabase, LoadedDatabase
from tests_support import database_url, temporary_database

from seeder.checks.runner import CheckResult, validate_database
from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.generate.load import staffing_level
from seeder.generate.plan import build_plan
from seeder.params import Params
from seeder.report import build_report

pytestmark = pytest.mark.db

FEWER, MORE = 7, 24
_MEDIAN_WAIT = """
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered - initialized)),
           count(*)
    FROM {table} WHERE NOT is_abandoned
"""
_ABANDONED = "SELECT count(*) FILTER (WHERE is_abandoned), count(*) FROM {table}"


class Staffed:
    """A load of the session's tickets with other agents."""

    def __init__(self, loaded: LoadedDatabase, agents: int, level: float, seed: int) -> None:
        self.name, self.url, self.agents, self.level = loaded.name, loaded.url, agents, level
        self.seed = seed

    def row(self, query: str) -> tuple[float, int]:
        # A connection per query: none stays open, so the database can be a template.
        with psycopg.connect(libpq_conninfo(self.url), autocommit=True) as conn:
            found = conn.execute(query).fetchone()
        assert found is not None
        return float(found[0]), int(found[1])


@pytest.fixture(scope="module")
def staffed(ds: Dataset, loaded_database: LoadDatabase) -> dict[int, Staffed]:
    loads = {}
    for agents in (FEWER, MORE):
        config = build_run_config(
            tickets=ds.config.tickets,
            seed=ds.config.seed,
            start=ds.config.start,
            end=ds.config.end,
            agents=agents,
        )
        level = build_plan(config).queue.staffing_level
        loads[agents] = Staffed(loaded_database(config), agents, level, config.seed)
    return loads


def _median_tolerance(sigma: float, n: int, median_s: float) -> float:
    """How far a sample median of n log-normal waits may stray, relative: z standard errors
    of a median (1.2533 sigma / sqrt(n) on the log scale) plus the whole second it is
    rounded to."""
    return Z * 1.2533 * sigma / math.sqrt(n) + 0.5 / median_s


def test_the_planned_agents_wait_as_configured(ds: Dataset) -> None:
    assert ds.config.agents == ds.config.planned_agents
    assert build_plan(ds.config).queue.staffing_level == 1.0


@pytest.mark.parametrize("agents", [FEWER, MORE])
@pytest.mark.parametrize(("table", "channel"), [("calls", "phone"), ("chats", "chat")])
def test_waits_follow_the_staffing_level(
    ds: Dataset, staffed: dict[int, Staffed], agents: int, table: str, channel: str
) -> None:
    load = staffed[agents]
    planned_s, planned_n = ds.rows(_MEDIAN_WAIT.format(table=table))[0]
    median_s, n = load.row(_MEDIAN_WAIT.format(table=table))
    assert (agents < ds.config.agents) == (load.level > 1.0)
    sigma = ds.params.speed_of_answer[channel].sigma
    allowed = _median_tolerance(sigma, n, median_s) + _median_tolerance(
        sigma, planned_n, float(planned_s)
    )
    ratio = median_s / float(planned_s)
    assert abs(math.log(ratio / load.level)) <= allowed, (ratio, load.level, allowed)


@pytest.mark.parametrize("agents", [FEWER, MORE])
@pytest.mark.parametrize("table", ["calls", "chats"])
def test_abandonment_follows_the_staffing(
    ds: Dataset, staffed: dict[int, Staffed], agents: int, table: str
) -> None:
    abandoned, n = staffed[agents].row(_ABANDONED.format(table=table))
    configured = ds.params.abandonment[table].mean
    share = abandoned / n
    if agents < ds.config.agents:
        assert share > configured + share_tolerance(configured, n), share
    else:
        assert share < configured - share_tolerance(configured, n), share


def test_e_mails_wait_longer_with_fewer_agents(ds: Dataset, staffed: dict[int, Staffed]) -> None:
    query = """SELECT avg(speed_of_answer)::float8, count(*) FROM interactions
               WHERE channel = 'email'"""
    planned_h, planned_n = ds.rows(query)[0]
    fewer_h, _ = staffed[FEWER].row(query)
    more_h, _ = staffed[MORE].row(query)
    assert more_h < planned_h < fewer_h, (more_h, planned_h, fewer_h)
    assert planned_n > 1_000


@pytest.mark.parametrize("agents", [FEWER, MORE])
def test_validate_expects_the_staffings_abandonment(
    staffed: dict[int, Staffed], agents: int
) -> None:
    results = {r.name: r for r in validate_database(staffed[agents].url).results}
    assert [r.detail for r in results.values() if r.failed] == []
    for table in ("calls", "chats"):
        check = results[f"abandonment_rate.{table}"]
        assert f"{agents} make every wait" in check.detail, check.detail


@pytest.mark.parametrize("agents", [FEWER, MORE])
def test_the_report_names_the_agents_planned_and_the_waits(
    ds: Dataset, staffed: dict[int, Staffed], agents: int
) -> None:
    load = staffed[agents]
    note = _agents_note(build_report(load.url))
    assert note == (f"{ds.config.agents} planned: every wait {load.level:.2f} times as long"), note


def test_validate_takes_the_seed_of_data_no_load_recorded(
    staffed: dict[int, Staffed], server_url: str
) -> None:
    """Other agents' abandonment depends on the rota the seed draws: without a seed_runs row,
    validate assumes 42 unless told (--seed)."""
    load = staffed[FEWER]
    recorded = _expected_calls(validate_database(load.url).results)
    with temporary_database(server_url, template=load.name) as name:
        url = database_url(server_url, name)
        with psycopg.connect(libpq_conninfo(url)) as conn:
            conn.execute("DELETE FROM seed_runs")
        told = _expected_calls(validate_database(url, seed=load.seed).results)
        assumed = _expected_calls(validate_database(url).results)
    assert told == recorded != assumed, (told, recorded, assumed)


def _expected_calls(results: tuple[CheckResult, ...]) -> float | None:
    (check,) = [r for r in results if r.name == "abandonment_rate.calls"]
    return check.expected


def test_an_abandonment_no_plan_can_make_is_not_judged(staffed: dict[int, Staffed]) -> None:
    """Parameters the data could not have been made with (a target occupancy the contacts
    alone exceed): the check says why it cannot judge rather than expect the planned rate."""
    params = dataclasses.replace(Params(), agents=FEWER, target_occupancy=0.3)
    results = {r.name: r for r in validate_database(staffed[FEWER].url, params=params).results}
    check = results["abandonment_rate.calls"]
    assert check.outcome == "skip", check.detail
    assert "could not be rebuilt" in check.detail and "target_occupancy" in check.detail


def test_the_report_of_the_planned_agents_says_so(ds: Dataset, server_url: str) -> None:
    page = build_report(database_url(server_url, ds.conn.info.dbname))
    assert _agents_note(page) == "as planned for the tickets a day"


def _agents_note(page: str) -> str:
    found = re.search(r'id="kpi-agents".*?<div class="note">(.*?)</div>', page)
    assert found is not None
    return found.group(1)


def test_staffing_level_grows_as_agents_fall() -> None:
    """The same contacts keep fewer agents busier: 30 % busy with the 12 planned."""
    assert staffing_level(0.3, 12, 12) == 1.0
    levels = [staffing_level(0.3 * 12 / agents, agents, 12) for agents in (6, 9, 12, 18, 24)]
    assert levels == sorted(levels, reverse=True)
    assert levels[0] > 1.0 > levels[-1]


def test_seed_says_how_much_longer_other_agents_make_the_waits(
    run_seed, fresh_database_url: str, tmp_path
) -> None:
    """The load's summary, its JSON and a dump's summary name the level; the planned agents
    get no such line."""
    config = build_run_config(tickets=3_000, seed=4, agents=FEWER)
    level = build_plan(config).queue.staffing_level
    line = (
        f"agents: {FEWER}, where {config.planned_agents} are planned for these tickets a day: "
        f"every wait {level:.2f} times as long"
    )
    common = ("--tickets", "3000", "--seed", "4")
    target = ("--database-url", fresh_database_url, "--reset")
    loaded = run_seed(*common, "--agents", str(FEWER), *target)
    assert loaded.code == 0, loaded.stderr
    assert line in loaded.stdout.splitlines(), loaded.stdout
    as_json = run_seed(*common, "--agents", str(FEWER), *target, "--json")
    assert json.loads(as_json.stdout)["staffing"] == {
        "agents": FEWER, "planned_agents": config.planned_agents, "level": level,
    }  # fmt: skip
    dumped = run_seed("dump", *common, "--agents", str(FEWER), "-o", str(tmp_path / "d.sql"))
    assert dumped.code == 0, dumped.stderr
    assert line in dumped.stdout.splitlines(), dumped.stdout
    planned = run_seed(*common, *target)
    assert planned.code == 0, planned.stderr
    assert "every wait" not in planned.stdout, planned.stdout
    assert json.loads(run_seed(*common, *target, "--json").stdout)["staffing"]["level"] == 1.0
