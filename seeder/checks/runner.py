"""Post-load validation: every business rule as a violation count, every configured rate as
achieved-versus-expected with a tolerance that follows the sample size.

Everything runs in one READ ONLY, REPEATABLE READ transaction, so the checks see one snapshot
and cannot change the database. Nothing here trusts what the load recorded: damage done
after loading shows up as well.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Final

from sqlalchemy import Connection, text

from seeder.checks import centre
from seeder.checks import centre_queries as cq
from seeder.checks import queries as q
from seeder.checks.origin_mix import expected_origin_shares
from seeder.checks.results import (
    Z_SHARE,
    CheckResult,
    ParamsSource,
    ValidationReport,
    compare,
    no_sample,
    outcome_of,
    share,
    tolerance,
)
from seeder.checks.staffing import Staffing, loaded_staffing
from seeder.config import RunConfig
from seeder.errors import DatabaseError
from seeder.params import Params
from seeder.schema.snapshot import read_only_snapshot
from seeder.sinks.manifest import newest_run

__all__ = [
    "Z_SHARE",
    "CheckResult",
    "ValidationReport",
    "contacts_moments",
    "tolerance",
    "validate_database",
]

EXAMPLES: Final = 3
"""Offending rows quoted in a failed integrity check's detail."""
# Queue rows exist only for phone and chat contacts (answered or abandoned), which a handful of
# tickets may not have; calls_match_phone_interactions and its chat twin check them instead.
# Scenario events exist only where the configuration has some inside the range (events = []
# turns them off); the event rules check the tickets that name one.
_MAY_BE_EMPTY: Final = frozenset({"calls", "chats", "scenario_events"})


def validate_database(
    url: str, *, params: Params | None = None, seed: int | None = None
) -> ValidationReport:
    """Check the seeder dataset at `url` against every rule and the configured rates.

    `params` are the values the data was generated with. Without them, those the newest
    load recorded in seed_runs are used, else (data loaded by an older seeder or another
    tool) `Params()`; the report says which. `seed` is the one the data was generated with
    (default: the newest load's, else DEFAULT_SEED): the abandonment expected of agents other
    than those planned depends on the rota it draws. Raises DatabaseError when the database cannot
    be reached or holds no seeder schema or no data, SchemaVersionError when its schema is of a
    revision this seeder does not know, ConfigError when the recorded parameters cannot be
    read; a report is returned for anything else.
    """
    with read_only_snapshot(url, "validating the database") as connection:
        _check_some_data(connection)
        source: ParamsSource = "given"
        newest = newest_run(connection)
        recorded = None
        if params is None:
            recorded = newest
            source = "defaults" if recorded is None else "recorded"
            params = Params() if recorded is None else recorded.params()
        if seed is None and newest is not None:
            seed = newest.seed
        staffing = loaded_staffing(connection, params, seed)
        results = (
            *_check_integrity(connection, params),
            *_check_calibration(connection, params, staffing),
        )
    return ValidationReport(results, source, recorded)


def _check_some_data(connection: Connection) -> None:
    """Raise DatabaseError when every table is empty: a migrated database not loaded yet has
    nothing to judge (row_counts judges one that lost some tables' rows)."""
    counts = [int(n) for _, n in connection.execute(text(q.ROW_COUNTS))]
    if not any(counts):
        raise DatabaseError(
            "the database holds no seeder data (every table is empty): load it with `seed` first"
        )


# --- integrity ---------------------------------------------------------------------------


def _check_integrity(connection: Connection, params: Params) -> Iterator[CheckResult]:
    yield _check_row_counts(connection, params)
    bind = {**q.integrity_parameters(params), **cq.centre_parameters(params)}
    for query in (*q.INTEGRITY_QUERIES, *cq.CENTRE_QUERIES):
        row = connection.execute(text(q.count_violations_sql(query, EXAMPLES)), bind).one()
        violations, examples = int(row[0]), list(row[1])
        detail = query.description
        if violations:
            detail += f": {violations} violation(s), e.g. {', '.join(examples)}"
        yield CheckResult(
            query.name, "integrity", outcome_of(violations == 0), detail, violations=violations
        )


def _check_row_counts(connection: Connection, params: Params) -> CheckResult:
    """Every table but the queues holds rows; customers and agents number what the load made.

    That is `params.customers` and `params.agents` where set (the --config keys, or
    --customers and --agents), else the counts that scale with the tickets and the range
    (RunConfig): WFM holds a row for every day of it.
    """
    counts = {str(t): int(n) for t, n in connection.execute(text(q.ROW_COUNTS))}
    problems = [f"{t} is empty" for t, n in counts.items() if n == 0 and t not in _MAY_BE_EMPTY]
    tickets = counts["tickets"]
    hint = ""
    first, last = connection.execute(text("SELECT min(date), max(date) FROM wfm")).one()
    if tickets and first is not None:
        loaded = RunConfig(tickets=tickets, start=first, end=last, params=params)
        for table, expected in (("customers", loaded.customers), ("users", loaded.agents)):
            if counts[table] != expected:
                problems.append(f"{table} holds {counts[table]}, expected {expected}")
                hint = " (pass the --config, --agents and --customers the data was loaded with)"
    listing = ", ".join(f"{t}={n}" for t, n in counts.items())
    detail = f"rows: {listing}" + (f"; {'; '.join(problems)}{hint}" if problems else "")
    outcome = outcome_of(not problems)
    return CheckResult("row_counts", "integrity", outcome, detail, violations=len(problems))


# --- calibration -------------------------------------------------------------------------


def _mix(
    connection: Connection,
    prefix: str,
    what: str,
    sql: str,
    weights: Mapping[str, float],
    source: str = "configured",
) -> Iterator[CheckResult]:
    counts = {str(k): int(v) for k, v in connection.execute(text(sql))}
    n = sum(counts.values())
    for key in sorted(set(weights) | set(counts)):
        weight, count = weights.get(key, 0.0), counts.get(key, 0)
        yield share(f"{prefix}.{key}", f"share of {what} {key!r}", count, n, weight, source=source)


def _check_calibration(
    connection: Connection, params: Params, staffing: Staffing | None
) -> Iterator[CheckResult]:
    origins = expected_origin_shares(connection, params)
    if origins == params.channels:
        yield from _mix(connection, "origin_share", "ticket origin", q.ORIGIN_COUNTS, origins)
    else:  # some channel's hours fell outside every shift of some day
        source = "expected over each day's open channels"
        yield from _mix(
            connection, "origin_share", "ticket origin", q.ORIGIN_COUNTS, origins, source
        )
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
    yield share(
        "escalation_rate", "escalated share of tickets", escalated, n, params.escalation_rate
    )
    yield share("rated_share", "rated share of closed tickets", rated, closed, params.rated_share)

    for table, sql in q.QUEUE_ABANDONMENT.items():
        yield _abandonment(connection, table, sql, params, staffing)
    yield from centre.check_centre(connection, params)


def _check_categories(connection: Connection, params: Params) -> Iterator[CheckResult]:
    fcr = {str(c): (int(n), int(k)) for c, n, k in connection.execute(text(q.FCR_BY_CATEGORY))}
    contacts = {
        str(c): (int(n), float(mean))
        for c, n, mean in connection.execute(text(q.CONTACTS_BY_CATEGORY))
    }
    for category in sorted(params.categories):
        rate = params.categories[category].fcr_rate
        n, hits = fcr.get(category, (0, 0))
        yield share(f"fcr_rate.{category}", f"FCR share of {category} tickets", hits, n, rate)

        name = f"contacts_per_case.{category}"
        what = f"mean interactions per {category} ticket"
        expected, variance = contacts_moments(params, category)
        if category not in contacts:
            yield no_sample(name, what, expected)
            continue
        n, mean = contacts[category]
        bounds = (1.0, float(params.max_contacts))
        spread = max(expected - bounds[0], bounds[1] - expected)
        limit = tolerance(math.sqrt(variance / n), n, spread)
        yield compare(name, what, (mean, n), expected, limit, bounds)


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


def _abandonment(
    connection: Connection, table: str, sql: str, params: Params, staffing: Staffing | None
) -> CheckResult:
    """Binomial noise plus the spread of the daily rates (uniform in mean +- daily_spread),
    about the configured mean as the loaded agents' waits move it (seeder.checks.staffing)."""
    n, abandoned, days = connection.execute(text(sql)).one()
    configured = params.abandonment[table]
    name, what = f"abandonment_rate.{table}", f"abandoned share of {table}"
    p, spread, source = configured.mean, configured.daily_spread, "configured"
    if staffing is not None and staffing.problem:
        detail = (
            f"{what}: cannot judge: the configured {configured.mean:.4f} holds for the "
            f"{staffing.planned_agents:,} agents planned, and the run's plan with "
            f"{staffing.agents:,} could not be rebuilt ({staffing.problem})"
        )
        return CheckResult(name, "calibration", "skip", detail, expected=p)
    if staffing is not None and not staffing.planned:
        # Days' rates stray from the mean as far as the waits that make them.
        p, spread, source = staffing.abandonment[table], spread * staffing.level, "expected"
        what += (
            f" (configured {configured.mean:.4f} for the {staffing.planned_agents:,} agents "
            f"planned; {staffing.agents:,} make every wait {staffing.level:.2f} times as long)"
        )
    if n == 0:
        return no_sample(name, what, p)
    variance = p * (1.0 - p) / n + spread**2 / 3.0 / days
    limit = tolerance(math.sqrt(variance), n, max(p, 1.0 - p) + spread)
    return compare(name, what, (abandoned / n, n), p, limit, source=source)
