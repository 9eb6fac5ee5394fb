"""The contact-centre calibration checks of `seed validate` (docs/contact_centre.md).

Absence against its configured share, occupancy against its target, waits that follow the
load per interval, and a recent backlog. The last two test a direction or a bound rather than
a configured rate: the generator derives them, so there is no value to compare with.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Final

import numpy as np
from sqlalchemy import Connection, text

from seeder.checks import centre_queries as cq
from seeder.checks.backlog import expected_old_share
from seeder.checks.results import CheckResult, compare, no_sample, outcome_of, tolerance
from seeder.generate.load import MAX_CASE_SCALE
from seeder.generate.rota import MEAN_ABSENCE_SPELL_DAYS
from seeder.params import Params

OCCUPANCY_ALLOWED: Final = 0.05
"""Occupancy is scaled to its target on average, but busy and quiet days move it: an absolute
allowance, not a sampling tolerance."""
OCCUPANCY_MIN_DAYS: Final = 500
"""Present agent-days below which occupancy is not judged."""
WAITS_MIN_RECORDS: Final = 200
"""Queue records each of the quietest and busiest quarter of intervals needs to be compared."""
BACKLOG_OLD_SHARE_MAX: Final = 0.25
BACKLOG_MIN_OPEN: Final = 20


def check_centre(connection: Connection, params: Params) -> Iterator[CheckResult]:
    yield _absence(connection, params)
    yield _occupancy(connection, params)
    yield from _waits_follow_load(connection, params)
    yield _backlog_recent(connection, params)


def _absence(connection: Connection, params: Params) -> CheckResult:
    """Absent share of rostered days; absence comes in spells, so days are not independent:
    the sample counts as one draw per spell's mean length."""
    rostered, absent = (int(v) for v in connection.execute(text(cq.ABSENCE)).one())
    name = "absence_share"
    what = "absent share of rostered agent-days (scheduled, available_time = 0)"
    expected = params.absence_share
    if rostered == 0:
        return no_sample(name, what, expected)
    spells = rostered / MEAN_ABSENCE_SPELL_DAYS
    error = math.sqrt(expected * (1 - expected) / spells)
    allowed = tolerance(error, max(int(spells), 1), max(expected, 1 - expected))
    return compare(name, what, (absent / rostered, rostered), expected, allowed)


def _occupancy(connection: Connection, params: Params) -> CheckResult:
    """Against the target, or below it where even the most case work cannot fill the agents.

    Case work is scaled to meet the target but never beyond MAX_CASE_SCALE times its
    configured minutes: a few agents kept for coverage with little work stay below it.
    """
    days, busy, available, handle = (float(v) for v in connection.execute(text(cq.OCCUPANCY)).one())
    name, what = "occupancy", "occupancy (interactions_time / available_time, present days)"
    target = params.target_occupancy
    if days < OCCUPANCY_MIN_DAYS or available <= 0:
        detail = (
            f"{what}: too few rows to judge: {int(days)} present agent-days, "
            f"{OCCUPANCY_MIN_DAYS:,} needed (configured {target:.4f})"
        )
        return CheckResult(name, "calibration", "skip", detail, None, target, OCCUPANCY_ALLOWED)
    # Every ticket's case work, the events' included.
    tickets = {str(c): int(n) for c, n in connection.execute(text(cq.TICKETS_PER_CATEGORY))}
    acw = (params.after_contact_work_share.min + params.after_contact_work_share.max) / 2
    most_case = MAX_CASE_SCALE * sum(
        n * params.case_work_minutes.get(c, 0.0) for c, n in tickets.items()
    )
    attainable = (handle * (1 + acw) + most_case) / available
    expected = min(target, attainable)
    return compare(name, what, (busy / available, int(days)), expected, OCCUPANCY_ALLOWED)


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
        yield CheckResult(
            name, "calibration", outcome_of(high > low), detail, high, low, 0.0, bound="above"
        )


def _backlog_recent(connection: Connection, params: Params) -> CheckResult:
    """At most BACKLOG_OLD_SHARE_MAX of the ordinary backlog is old, or where the configured
    closure delays make an older one, what they make for the data's arrivals
    (backlog.expected_old_share) plus Z standard errors of a share of the unclosed tickets."""
    unclosed, old = (int(v) for v in connection.execute(text(cq.BACKLOG_AGE)).one())
    name = "backlog_recent"
    what = (
        f"share of ordinary unclosed tickets created over {cq.BACKLOG_OLD_DAYS} days before "
        "the newest ticket"
    )
    if unclosed < BACKLOG_MIN_OPEN:
        detail = (
            f"{what}: too few rows to judge: {unclosed} unclosed tickets, {BACKLOG_MIN_OPEN} needed"
        )
        return CheckResult(name, "calibration", "skip", detail, expected=BACKLOG_OLD_SHARE_MAX)
    achieved = old / unclosed
    ages = np.array(connection.execute(text(cq.TICKET_AGES)).all(), dtype=np.float64)
    # A day's tickets are on average half a day older than its whole days say.
    expected = expected_old_share(params, (ages[:, 0] + 0.5, ages[:, 1]), cq.BACKLOG_OLD_DAYS)
    error = math.sqrt(expected * (1 - expected) / unclosed)
    allowed = expected + tolerance(error, unclosed, max(expected, 1 - expected))
    bound = min(1.0, max(BACKLOG_OLD_SHARE_MAX, round(allowed, 4)))
    source = (
        ""
        if bound == BACKLOG_OLD_SHARE_MAX
        else f" (the configured closure delays make {expected:.4f}, plus its tolerance)"
    )
    detail = f"{what}: achieved {achieved:.4f}, at most {bound}{source} (n={unclosed})"
    outcome = outcome_of(achieved <= bound)
    return CheckResult(name, "calibration", outcome, detail, achieved, bound, 0.0, bound="at most")
