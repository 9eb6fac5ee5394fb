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

from seeder.checks import queries as q
from seeder.config import RunConfig
from seeder.params import Params
from seeder.schema.snapshot import read_only_snapshot

Z_SHARE: Final = 4.5
"""The z of Bernstein's bound (see `tolerance`) between an achieved share or mean and its
configured value: a correct generator strays further with probability below 1e-4 per check."""
Z_CLOSED: Final = 6.0
"""The backlog model behind closed_share is approximate, so it gets more room."""
EXAMPLES: Final = 3
"""Offending rows quoted in a failed integrity check's detail."""
# Queue rows exist only for phone and chat contacts (answered or abandoned), which a handful of
# tickets may not have; calls_match_phone_interactions and its chat twin check them instead.
_MAY_BE_EMPTY: Final = frozenset({"calls", "chats"})
_EPSILON: Final = 1e-9  # float noise when a rate of exactly 0 or 1 leaves no tolerance

CheckKind = Literal["integrity", "calibration"]
Outcome = Literal["pass", "fail", "skip"]


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check; calibration results carry achieved, expected and tolerance.

    A calibration check over too few rows to judge is skipped: it neither passes nor fails.
    """

    name: str
    kind: CheckKind
    outcome: Outcome
    detail: str
    achieved: float | None = None
    expected: float | None = None
    tolerance: float | None = None
    violations: int | None = None

    @property
    def passed(self) -> bool:
        return self.outcome == "pass"

    @property
    def failed(self) -> bool:
        return self.outcome == "fail"

    @property
    def skipped(self) -> bool:
        return self.outcome == "skip"


def _outcome(passed: bool) -> Outcome:
    return "pass" if passed else "fail"


@dataclass(frozen=True)
class ValidationReport:
    """All check results of one validation run."""

    results: tuple[CheckResult, ...]

    @property
    def passed(self) -> bool:
        """No check failed (skipped checks do not count against the data)."""
        return not self.failures

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if r.failed)

    @property
    def skipped(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if r.skipped)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: overall verdict, the failed and skipped names, every result."""
        return {
            "passed": self.passed,
            "checks": len(self.results),
            "failed": [r.name for r in self.failures],
            "skipped": [r.name for r in self.skipped],
            "results": [{**asdict(r), "passed": r.passed} for r in self.results],
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
        yield CheckResult(
            query.name, "integrity", _outcome(violations == 0), detail, violations=violations
        )


def _check_row_counts(connection: Connection, params: Params) -> CheckResult:
    """Every table but the queues holds rows; customers and agents number what the load made.

    That is `params.customers` and `params.agents` where set (the --config keys, or
    --customers and --agents), else the counts that scale with the tickets (RunConfig).
    """
    counts = {str(t): int(n) for t, n in connection.execute(text(q.ROW_COUNTS))}
    problems = [f"{t} is empty" for t, n in counts.items() if n == 0 and t not in _MAY_BE_EMPTY]
    tickets = counts["tickets"]
    hint = ""
    if tickets:
        loaded = RunConfig(tickets=tickets, params=params)
        for table, expected in (("customers", loaded.customers), ("users", loaded.agents)):
            if counts[table] != expected:
                problems.append(f"{table} holds {counts[table]}, expected {expected}")
                hint = " (pass the --config, --agents and --customers the data was loaded with)"
    listing = ", ".join(f"{t}={n}" for t, n in counts.items())
    detail = f"rows: {listing}" + (f"; {'; '.join(problems)}{hint}" if problems else "")
    outcome = _outcome(not problems)
    return CheckResult("row_counts", "integrity", outcome, detail, violations=len(problems))


# --- calibration -------------------------------------------------------------------------


def tolerance(standard_error: float, n: int, spread: float, z: float = Z_SHARE) -> float:
    """How far the mean of `n` independent values may stray from its expected value.

    Bernstein's inequality, for values at most `spread` from their expected value and with
    `standard_error` the standard deviation of their mean: the distance is exceeded with
    probability below 2 exp(-z^2 / 2), whatever n. For large n it is z standard errors; the
    second term, which shrinks as 1/n, makes room for the skew and granularity of small samples.
    """
    return z * standard_error + z * z * spread / (3.0 * n)


def _compare(
    name: str,
    what: str,
    measured: tuple[float, int],
    expected: float,
    allowed: float,
    bounds: tuple[float, float] = (0.0, 1.0),
) -> CheckResult:
    """Achieved against expected; skipped when no achievable value could fall outside."""
    achieved, n = measured
    low, high = bounds
    numbers = f"achieved {achieved:.4f}, configured {expected:.4f} +- {allowed:.4f} (n={n})"
    if allowed >= max(expected - low, high - expected):
        detail = f"{what}: too few rows to judge: {numbers}"
        return CheckResult(name, "calibration", "skip", detail, achieved, expected, allowed)
    outcome = _outcome(abs(achieved - expected) <= allowed + _EPSILON)
    detail = f"{what}: {numbers}"
    return CheckResult(name, "calibration", outcome, detail, achieved, expected, allowed)


def _no_sample(name: str, what: str, expected: float) -> CheckResult:
    detail = f"{what}: no rows to measure (configured {expected:.4f})"
    return CheckResult(name, "calibration", "skip", detail, expected=expected)


def _share(
    name: str, what: str, count: int, n: int, expected: float, z: float = Z_SHARE
) -> CheckResult:
    if n == 0:
        return _no_sample(name, what, expected)
    standard_error = math.sqrt(expected * (1.0 - expected) / n)
    spread = max(expected, 1.0 - expected)
    return _compare(name, what, (count / n, n), expected, tolerance(standard_error, n, spread, z))


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
        str(c): (int(n), float(mean))
        for c, n, mean in connection.execute(text(q.CONTACTS_BY_CATEGORY))
    }
    for category in sorted(params.categories):
        rate = params.categories[category].fcr_rate
        n, hits = fcr.get(category, (0, 0))
        yield _share(f"fcr_rate.{category}", f"FCR share of {category} tickets", hits, n, rate)

        name = f"contacts_per_case.{category}"
        what = f"mean interactions per {category} ticket"
        expected, variance = contacts_moments(params, category)
        if category not in contacts:
            yield _no_sample(name, what, expected)
            continue
        n, mean = contacts[category]
        bounds = (1.0, float(params.max_contacts))
        spread = max(expected - bounds[0], bounds[1] - expected)
        limit = tolerance(math.sqrt(variance / n), n, spread)
        yield _compare(name, what, (mean, n), expected, limit, bounds)


def contacts_moments(params: Params, category: str) -> tuple[float, float]:
    """Mean and variance of the interactions of one ticket of `category`, as generated.

    An FCR ticket has one; any other 2 + min(Poisson(m - 2), max_contacts - 2), where m is
    `params.non_fcr_mean_contacts`.
    """
    rate = params.categories[category].fcr_rate
    lam = params.non_fcr_mean_contacts(category) - 2.0
    cap = params.max_contacts - 2
    pmf = [math.exp(-lam)]
    for k in range(1, cap):
        pmf.append(pmf[-1] * lam / k)
    pmf = pmf[:cap]
    beyond = max(0.0, 1.0 - sum(pmf))  # every draw of cap or more becomes cap
    values = [(2.0 + k, p) for k, p in enumerate(pmf)] + [(2.0 + cap, beyond)]
    first = rate + (1.0 - rate) * sum(v * p for v, p in values)
    second = rate + (1.0 - rate) * sum(v * v * p for v, p in values)
    return first, max(0.0, second - first * first)


def _abandonment(connection: Connection, table: str, sql: str, params: Params) -> CheckResult:
    """Binomial noise plus the spread of the daily rates (uniform in mean +- daily_spread)."""
    n, abandoned, days = connection.execute(text(sql)).one()
    configured = params.abandonment[table]
    name, what = f"abandonment_rate.{table}", f"abandoned share of {table}"
    if n == 0:
        return _no_sample(name, what, configured.mean)
    p = configured.mean
    variance = p * (1.0 - p) / n + configured.daily_spread**2 / 3.0 / days
    limit = tolerance(math.sqrt(variance), n, max(p, 1.0 - p) + configured.daily_spread)
    return _compare(name, what, (abandoned / n, n), p, limit)
