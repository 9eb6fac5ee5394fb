"""Post-load validation: every business rule as a violation count, every configured rate as
achieved-versus-expected with a tolerance that follows the sample size.

Everything runs in one READ ONLY, REPEATABLE READ transaction, so the checks see one snapshot
and cannot change the database. Nothing here trusts what the load recorded: damage done
after loading shows up as well.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Final, Literal

from sqlalchemy import Connection, text

from seeder import check_queries as q
from seeder.config import RunConfig
from seeder.database import read_only_snapshot
from seeder.params import Params

Z_SHARE: Final = 4.0
"""Standard errors allowed between an achieved share or mean and its configured value."""
Z_CLOSED: Final = 5.0
"""The backlog model behind closed_share is approximate, so it gets more room."""
EXAMPLES: Final = 3
"""Offending rows quoted in a failed integrity check's detail."""
_EPSILON: Final = 1e-9  # float noise when a rate of exactly 0 or 1 leaves no tolerance

CheckKind = Literal["integrity", "calibration"]


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check; calibration results carry achieved, expected and tolerance."""

    name: str
    kind: CheckKind
    passed: bool
    detail: str
    achieved: float | None = None
    expected: float | None = None
    tolerance: float | None = None
    violations: int | None = None


@dataclass(frozen=True)
class ValidationReport:
    """All check results of one validation run."""

    results: tuple[CheckResult, ...]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if not r.passed)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: overall verdict, the failed check names, and every result."""
        return {
            "passed": self.passed,
            "checks": len(self.results),
            "failed": [r.name for r in self.failures],
            "results": [asdict(r) for r in self.results],
        }


def validate_database(url: str, *, params: Params | None = None) -> ValidationReport:
    """Check the seeder dataset at `url` against every rule and the configured rates.

    `params` are the values the data was generated with (default: `Params()`); pass the
    ones from the --config file used for the load. Raises DatabaseError when the database
    cannot be reached or holds no seeder schema; a report is returned for anything else.
    """
    if params is None:
        params = Params()
    with read_only_snapshot(url, "validating the database") as connection:
        results = (
            *_check_integrity(connection, params),
            *_check_calibration(connection, params),
        )
    return ValidationReport(results)


# --- integrity ---------------------------------------------------------------------------


def _check_integrity(connection: Connection, params: Params) -> Iterator[CheckResult]:
    yield _check_row_counts(connection, params)
    bind = q.integrity_parameters(params)
    for query in q.INTEGRITY_QUERIES:
        row = connection.execute(text(q.count_violations_sql(query, EXAMPLES)), bind).one()
        violations, examples = int(row[0]), list(row[1])
        detail = query.description
        if violations:
            detail += f": {violations} violation(s), e.g. {', '.join(examples)}"
        yield CheckResult(query.name, "integrity", violations == 0, detail, violations=violations)


def _check_row_counts(connection: Connection, params: Params) -> CheckResult:
    """Every table holds rows, and customers and agents scale with the tickets as a load does."""
    counts = {str(t): int(n) for t, n in connection.execute(text(q.ROW_COUNTS))}
    problems = [f"{t} is empty" for t, n in counts.items() if n == 0]
    tickets = counts["tickets"]
    if tickets:
        scaled = RunConfig(tickets=tickets, params=params)
        for table, expected in (("customers", scaled.customers), ("users", scaled.agents)):
            if counts[table] != expected:
                problems.append(f"{table} holds {counts[table]}, {tickets} tickets need {expected}")
    listing = ", ".join(f"{t}={n}" for t, n in counts.items())
    detail = f"rows: {listing}" + (f"; {'; '.join(problems)}" if problems else "")
    return CheckResult("row_counts", "integrity", not problems, detail, violations=len(problems))


# --- calibration -------------------------------------------------------------------------


def _share_tolerance(p: float, n: int, z: float = Z_SHARE) -> float:
    return z * math.sqrt(p * (1.0 - p) / n)


def _compare(
    name: str, what: str, achieved: float, expected: float, tolerance: float, n: int
) -> CheckResult:
    passed = abs(achieved - expected) <= tolerance + _EPSILON
    detail = (
        f"{what}: achieved {achieved:.4f}, configured {expected:.4f} +- {tolerance:.4f} (n={n})"
    )
    return CheckResult(name, "calibration", passed, detail, achieved, expected, tolerance)


def _no_sample(name: str, what: str, expected: float) -> CheckResult:
    # A configured rate over an empty population cannot be measured, so it cannot hold.
    detail = f"{what}: no rows to measure (configured {expected:.4f})"
    return CheckResult(name, "calibration", False, detail, expected=expected)


def _share(
    name: str, what: str, count: int, n: int, expected: float, z: float = Z_SHARE
) -> CheckResult:
    if n == 0:
        return _no_sample(name, what, expected)
    return _compare(name, what, count / n, expected, _share_tolerance(expected, n, z), n)


def _mix(
    connection: Connection, prefix: str, what: str, sql: str, weights: Mapping[str, float]
) -> Iterator[CheckResult]:
    counts = {str(k): int(v) for k, v in connection.execute(text(sql))}
    n = sum(counts.values())
    for key in sorted(set(weights) | set(counts)):
        weight = weights.get(key, 0.0)
        yield _share(f"{prefix}.{key}", f"share of {what} {key!r}", counts.get(key, 0), n, weight)


def _check_calibration(connection: Connection, params: Params) -> Iterator[CheckResult]:
    yield from _mix(connection, "origin_share", "ticket origin", q.ORIGIN_COUNTS, params.channels)
    yield from _mix(
        connection, "country_share", "customer country", q.COUNTRY_COUNTS, params.countries
    )
    category_weights = {k: c.weight for k, c in params.categories.items()}
    yield from _mix(
        connection, "category_share", "ticket category", q.CATEGORY_COUNTS, category_weights
    )
    yield from _mix(
        connection, "product_share", "ticket product", q.PRODUCT_COUNTS, params.products
    )
    yield from _check_categories(connection, params)

    n, escalated, closed, rated = connection.execute(text(q.TICKET_FLAGS)).one()
    yield _share(
        "escalation_rate", "escalated share of tickets", escalated, n, params.escalation_rate
    )
    yield _share(
        "closed_share", "closed share of tickets", closed, n, params.closed_share, Z_CLOSED
    )
    yield _share("rated_share", "rated share of closed tickets", rated, closed, params.rated_share)

    for table, sql in q.QUEUE_ABANDONMENT.items():
        yield _abandonment(connection, table, sql, params)


def _check_categories(connection: Connection, params: Params) -> Iterator[CheckResult]:
    fcr = {str(c): (int(n), int(k)) for c, n, k in connection.execute(text(q.FCR_BY_CATEGORY))}
    contacts = {
        str(c): (int(n), float(mean), float(sd))
        for c, n, mean, sd in connection.execute(text(q.CONTACTS_BY_CATEGORY))
    }
    for category in sorted(params.categories):
        rate = params.categories[category].fcr_rate
        n, hits = fcr.get(category, (0, 0))
        yield _share(f"fcr_rate.{category}", f"FCR share of {category} tickets", hits, n, rate)

        name = f"contacts_per_case.{category}"
        what = f"mean interactions per {category} ticket"
        expected = rate + (1.0 - rate) * params.non_fcr_mean_contacts(category)
        if category not in contacts:
            yield _no_sample(name, what, expected)
            continue
        n, mean, sd = contacts[category]
        yield _compare(name, what, mean, expected, Z_SHARE * sd / math.sqrt(n), n)


def _abandonment(connection: Connection, table: str, sql: str, params: Params) -> CheckResult:
    """Binomial noise plus the spread of the daily rates (uniform in mean +- daily_spread)."""
    n, abandoned, days = connection.execute(text(sql)).one()
    configured = params.abandonment[table]
    name, what = f"abandonment_rate.{table}", f"abandoned share of {table}"
    if n == 0:
        return _no_sample(name, what, configured.mean)
    p = configured.mean
    variance = p * (1.0 - p) / n + configured.daily_spread**2 / 3.0 / days
    return _compare(name, what, abandoned / n, p, Z_SHARE * math.sqrt(variance), n)
