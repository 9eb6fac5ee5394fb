"""The contact-centre calibration checks of `seed validate` (docs/contact_centre.md).

Absence against its configured share, occupancy against its target, waits that follow the
load per interval, and a recent backlog. The last two test a direction or a bound rather than
a configured rate: the generator derives them, so there is no value to compare with.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from sqlalchemy import Connection, text

from seeder.checks import centre_queries as cq
from seeder.checks.results import CheckResult, compare, outcome_of, share
from seeder.params import Params

OCCUPANCY_ALLOWED: Final = 0.05
"""Occupancy is scaled to its target on average, but busy and quiet days move it: an absolute
allowance, not a sampling tolerance."""
OCCUPANCY_MIN_DAYS: Final = 2_000
"""Present agent-days below which occupancy is not judged: the few agents of a small dataset
are staffed for coverage, not for the load, and their occupancy says little."""
SPARSE_CONTACTS: Final = 3.0
"""Interactions per present agent-day below which agents cannot be filled to the target."""
WAITS_MIN_RECORDS: Final = 200
"""Queue records each of the quietest and busiest quarter of intervals needs to be compared."""
BACKLOG_OLD_SHARE_MAX: Final = 0.25
BACKLOG_MIN_OPEN: Final = 20


def check_centre(connection: Connection, params: Params) -> Iterator[CheckResult]:
    rostered, absent = connection.execute(text(cq.ABSENCE)).one()
    yield share(
        "absence_share",
        "absent share of rostered agent-days (scheduled, available_time = 0)",
        int(absent),
        int(rostered),
        params.absence_share,
    )
    yield _occupancy(connection, params)
    yield from _waits_follow_load(connection, params)
    yield _backlog_recent(connection)


def _occupancy(connection: Connection, params: Params) -> CheckResult:
    days, busy, available, interactions = (
        int(v) for v in connection.execute(text(cq.OCCUPANCY)).one()
    )
    name, what = "occupancy", "occupancy (interactions_time / available_time, present days)"
    target = params.target_occupancy
    achieved = busy / available if available else None
    if days < OCCUPANCY_MIN_DAYS or achieved is None:
        detail = (
            f"{what}: too few rows to judge: {days} present agent-days, "
            f"{OCCUPANCY_MIN_DAYS:,} needed (configured {target:.4f})"
        )
        return CheckResult(name, "calibration", "skip", detail, achieved, target, OCCUPANCY_ALLOWED)
    per_day = interactions / days
    if achieved < target - OCCUPANCY_ALLOWED and per_day < SPARSE_CONTACTS:
        # Too little work to fill the agents the rota needs for coverage: only a centre
        # busier than its target would be wrong, and this one is quieter.
        detail = (
            f"{what}: achieved {achieved:.4f}, below configured {target:.4f} - "
            f"{OCCUPANCY_ALLOWED}, accepted: {per_day:.2f} interactions per present agent-day "
            f"(under {SPARSE_CONTACTS:g}) cannot fill the agents; only the upper bound applies"
        )
        return CheckResult(name, "calibration", "pass", detail, achieved, target, OCCUPANCY_ALLOWED)
    return compare(name, what, (achieved, days), target, OCCUPANCY_ALLOWED)


def _waits_follow_load(connection: Connection, params: Params) -> Iterator[CheckResult]:
    """The busiest quarter of intervals waits longer and abandons more than the quietest."""
    bind = cq.centre_parameters(params)
    quarters = {
        int(quarter): (int(n), int(abandoned), float(wait))
        for quarter, n, abandoned, wait in connection.execute(text(cq.WAITS_BY_LOAD), bind)
    }
    quiet, busy = quarters.get(1, (0, 0, 0.0)), quarters.get(4, (0, 0, 0.0))
    scope = (
        f"phone and chat queue records in the busiest quarter of {params.interval_minutes}-"
        "minute intervals by load (records per agent present and on shift)"
    )
    for key, what, index in (
        ("speed_of_answer", "mean speed of answer (s) of answered", 2),
        ("abandoned_share", "abandoned share of", 1),
    ):
        name = f"waits_follow_load.{key}"
        if min(quiet[0], busy[0]) < WAITS_MIN_RECORDS:
            detail = (
                f"{what} {scope}: too few rows to judge: {busy[0]} busiest and {quiet[0]} "
                f"quietest records, {WAITS_MIN_RECORDS} each needed"
            )
            yield CheckResult(name, "calibration", "skip", detail)
            continue
        high = busy[2] if index == 2 else busy[1] / busy[0]
        low = quiet[2] if index == 2 else quiet[1] / quiet[0]
        detail = (
            f"{what} {scope}: achieved {high:.4f}, quietest quarter {low:.4f}: must be higher "
            f"(n={busy[0]} and {quiet[0]})"
        )
        yield CheckResult(name, "calibration", outcome_of(high > low), detail, high, low, 0.0)


def _backlog_recent(connection: Connection) -> CheckResult:
    unclosed, old = (int(v) for v in connection.execute(text(cq.BACKLOG_AGE)).one())
    name = "backlog_recent"
    what = (
        f"share of unclosed tickets created over {cq.BACKLOG_OLD_DAYS} days before the newest "
        "ticket"
    )
    if unclosed < BACKLOG_MIN_OPEN:
        detail = (
            f"{what}: too few rows to judge: {unclosed} unclosed tickets, {BACKLOG_MIN_OPEN} needed"
        )
        return CheckResult(name, "calibration", "skip", detail, expected=BACKLOG_OLD_SHARE_MAX)
    achieved = old / unclosed
    detail = f"{what}: achieved {achieved:.4f}, at most {BACKLOG_OLD_SHARE_MAX} (n={unclosed})"
    outcome = outcome_of(achieved <= BACKLOG_OLD_SHARE_MAX)
    return CheckResult(name, "calibration", outcome, detail, achieved, BACKLOG_OLD_SHARE_MAX, 0.0)
