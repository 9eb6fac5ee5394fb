"""The loaded dataset the business-rule tests share, and their tolerances.

The spec's business rules are asserted with SQL on one real load (25,000 tickets, seed 7),
made once per test session into a database of its own and read through a read-only
connection (tests/db/test_rules_*.py). Exact rules (keys, time coherence, WFM bookkeeping)
must hold with zero violations. Distribution rules compare a measured share or mean with its
configured target, with a tolerance of Z standard errors of that estimate, so the tolerance
follows the sample size. A few allowances come from the issue itself (median shift from span
truncation, correlation floors); those name their source where they are defined.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from conftest import LoadDatabase

from seeder.config import RunConfig, build_run_config
from seeder.params import Params
from seeder.sinks.base import RunSummary

TICKETS = 25_000  # the spec's size: issue #18 asserts its numbers at it
SEED = 7
Z = 4.0  # standard errors allowed for a sampled share or mean
TABLES = (
    "users",
    "customers",
    "scenario_events",
    "tickets",
    "interactions",
    "calls",
    "chats",
    "wfm",
)
CHANNELS = ("email", "phone", "chat")
QUEUES = {"calls": "phone", "chats": "chat"}

# From the spec and the issue, written out here so the test does not trust the generator.
COUNTRY_LANGUAGE = {
    "UK": "english",
    "Netherlands": "english",
    "France": "french",
    "Belgium": "french",
    "Germany": "german",
    "Austria": "german",
}
CALLING_CODE = {
    "UK": "+44",
    "Germany": "+49",
    "Austria": "+43",
    "Netherlands": "+31",
    "France": "+33",
    "Belgium": "+32",
}
# Words every message template of a language uses at least one of (seeder/data/vocabulary.json:
# greetings and first/second person forms), matched as whole words, case-insensitively.
LANGUAGE_MARKERS = {
    "english": r"\m(hello|hi|dear|good|my|your|i|you)\M",
    "french": r"\m(bonjour|madame|monsieur|mon|ma|votre|je|vous)\M",
    "german": r"\m(hallo|guten|geehrte|mein|meinem|meinen|meine|ihr|ihrem|ihren|ich|sie)\M",
}
MARKED_SHARE_MIN = 0.90  # issue: > 90 % of a language's bodies carry its markers
WEEKDAY_WEEKEND_RATIO_MIN = 1.5  # issue
HOURLY_CORRELATION_MIN = 0.95  # issue
HOUR_SHARE_MAX = 0.15  # issue
MEDIAN_SHIFT_ALLOWED = 0.15  # issue: span truncation lowers medians slightly
BOUND_SHARE_MAX = 0.01  # issue: truncation must not pile values onto a bound
SHRINKAGE_ALLOWED = 0.02  # issue: busy days stretch availability, lowering shrinkage
DAILY_RATE_SD_MIN = 0.005  # issue
DAILY_RATE_MIN_CONTACTS = 30  # issue
MINUTES_PER_SHIFT = 480


@dataclass(frozen=True)
class Dataset:
    """The loaded run: its configuration, what load() reported, and a read-only connection."""

    config: RunConfig
    summary: RunSummary
    conn: psycopg.Connection[tuple[Any, ...]]

    @property
    def params(self) -> Params:
        return self.config.params

    @property
    def range_start(self) -> dt.datetime:
        return dt.datetime.combine(self.config.start, dt.time())

    @property
    def range_end(self) -> dt.datetime:
        """The last second of the end date."""
        return dt.datetime.combine(self.config.end, dt.time(23, 59, 59))

    def scalar(self, query: str, params: Mapping[str, Any] | None = None) -> Any:
        row = self.conn.execute(query, params).fetchone()
        assert row is not None
        return row[0]

    def rows(self, query: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        return self.conn.execute(query, params).fetchall()


@pytest.fixture(scope="session")
def ds(loaded_database: LoadDatabase) -> Iterator[Dataset]:
    """The session's dataset in a database of its own, behind a read-only connection."""
    config = build_run_config(tickets=TICKETS, seed=SEED)
    loaded = loaded_database(config)
    with psycopg.connect(loaded.url, autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = on")
        yield Dataset(config, loaded.summary, conn)


# --- tolerances ----------------------------------------------------------------------------


def share_tolerance(p: float, n: int, z: float = Z) -> float:
    """z standard errors of a share p estimated from n independent draws."""
    return z * math.sqrt(p * (1 - p) / n)


def mean_tolerance(sd: float, n: int, z: float = Z) -> float:
    """z standard errors of a mean of n values with sample standard deviation sd."""
    return z * sd / math.sqrt(n)


def assert_near(what: str, value: float, target: float, tolerance: float) -> None:
    assert abs(value - target) <= tolerance, (
        f"{what}: measured {value:.5f}, target {target:.5f}, tolerance {tolerance:.5f}"
    )


def assert_shares(what: str, counts: Mapping[Any, int], weights: Mapping[Any, float]) -> None:
    """Every category's share of the total lies within Z standard errors of its weight."""
    n = sum(counts.values())
    assert set(counts) <= set(weights), f"{what}: unexpected values {set(counts) - set(weights)}"
    failures = []
    for key, weight in weights.items():
        share = counts.get(key, 0) / n
        tolerance = share_tolerance(weight, n)
        if abs(share - weight) > tolerance:
            failures.append(f"{key}: {share:.5f} vs {weight:.5f} +- {tolerance:.5f}")
    assert not failures, f"{what} (n={n}): " + "; ".join(failures)


def assert_no_violations(ds: Dataset, what: str, query: str, **params: Any) -> None:
    """`query` selects the offending rows; there must be none."""
    counted = f"SELECT count(*) FROM ({query}) AS v"
    count = ds.scalar(counted, params or None)
    if count:
        sample = ds.rows(f"SELECT * FROM ({query}) AS v LIMIT 3", params or None)
        pytest.fail(f"{what}: {count} violation(s), e.g. {sample}")
