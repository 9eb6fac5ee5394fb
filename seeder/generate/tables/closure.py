"""When and whether each ticket closed, its status, and the customer's rating."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import SYMPTOM_CATEGORIES, TICKET_STATUSES
from seeder.generate.distributions import truncated_lognormal
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.generate.staffed_clock import StaffedClock
from seeder.params import Params, Range

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
CLOSED, NEW, OPEN = (TICKET_STATUSES.index(s) for s in ("closed", "new", "open"))


@dataclass(frozen=True)
class Closure:
    """Per ticket; `closed_at` and the durations are meaningful for closed tickets only."""

    closed_at: Ints
    is_closed: Bools
    status: Ints  # index of TICKET_STATUSES
    resolution_hundredths: Ints  # closed minus last interaction, hundredths of an hour
    lifecycle_hundredths: Ints  # closed minus created, hundredths of an hour
    rating: Ints
    rated: Bools


def draw_closure(
    rng: np.random.Generator,
    plan: Plan,
    *,
    created: Ints,
    fcr: Bools,
    escalated: Bools,
    last_interaction: Ints,
    category: Ints,
    owner: Ints,
    event: Ints,
) -> Closure:
    """Close FCR tickets soon after their contact, the others after their category's delay.

    A non-FCR ticket whose closing time falls after the range end is the backlog: open, or
    new when it is younger than new_within_days. So the backlog is recent, as in a working desk.
    A scenario event's tickets (event >= 0) close closure_factor times slower and are rated
    rating_shift points differently.
    """
    params = plan.config.params
    n = len(created)
    range_end = plan.range_end_epoch_s
    age_days = (range_end - created) / SECONDS_PER_DAY
    factor = np.array([params.closure_delay_factor[c] for c in SYMPTOM_CATEGORIES])[category]
    fcr_closed, non_fcr_closed = _draw_closing_times(
        rng,
        plan,
        created=created,
        delay_scale=factor
        * np.where(escalated, params.escalated_delay_factor, 1.0)
        * plan.events.effects["closure_factor"][event],
        last_interaction=last_interaction,
    )
    closed_at = np.where(fcr, fcr_closed, non_fcr_closed)
    is_closed = fcr | (non_fcr_closed <= range_end)
    status = np.where(is_closed, CLOSED, np.where(age_days < params.new_within_days, NEW, OPEN))
    rated = is_closed & (rng.random(n) < params.rated_share)
    return Closure(
        closed_at=closed_at,
        is_closed=is_closed,
        status=status,
        resolution_hundredths=np.round((closed_at - last_interaction) / 36).astype(np.int64),
        lifecycle_hundredths=np.round((closed_at - created) / 36).astype(np.int64),
        rating=_draw_rating(
            rng,
            params,
            fcr,
            lifecycle_hours=(closed_at - created) / 3600,
            skill=plan.agents.skill[owner],
            shift=plan.events.effects["rating_shift"][event],
        ),
        rated=rated,
    )


def _draw_closing_times(
    rng: np.random.Generator,
    plan: Plan,
    *,
    created: Ints,
    delay_scale: NDArray[np.float64],
    last_interaction: Ints,
) -> tuple[Ints, Ints]:
    """(closing time if the ticket is FCR, closing time if not), for every ticket.

    The non-FCR delay runs from the last interaction or from creation, as configured; its
    median and maximum scale with the category and escalation (`delay_scale`). An agent
    closes the ticket, so the delay runs on the staffed clock and every closure lands while
    the desk is staffed.
    """
    params = plan.config.params
    n = len(created)
    range_end = plan.range_end_epoch_s
    fcr_delay_h = truncated_lognormal(
        rng,
        params.fcr_closure_delay_hours,
        n,
        high=np.maximum(range_end - last_interaction, 1) / 3600,
    )
    scale = delay_scale
    longest_h = params.closure_delay_hours.max * scale
    clock = StaffedClock.of(plan)
    # A delay drawn in wall-clock hours passes on the staffed clock at the pace that keeps
    # its average: the configured hours stay what a ticket waits, nights and weekends included.
    pace = 3600 * clock.staffed_share
    if params.anchor_closure_to == "last_interaction":
        delay_h = truncated_lognormal(
            rng, _unbounded(params.closure_delay_hours), n, high=longest_h, scale=scale
        )
        ends = clock.position(last_interaction) + np.round(delay_h * pace).astype(np.int64)
    else:
        lifecycle_floor_h = (last_interaction - created) / 3600 + params.closure_delay_hours.min
        life_h = truncated_lognormal(
            rng,
            _unbounded(params.closure_delay_hours),
            n,
            low=lifecycle_floor_h,
            high=np.maximum(longest_h, lifecycle_floor_h),
            scale=scale,
        )
        least = clock.position(last_interaction) + round(params.closure_delay_hours.min * pace)
        ends = np.maximum(clock.position(created) + np.round(life_h * pace).astype(np.int64), least)
    non_fcr_closed = np.maximum(clock.moment(ends), last_interaction)
    # The handler closes a first-contact resolution soon after the contact, before the desk
    # closes (or at once, after a contact that ran past the closing).
    fcr_closed = last_interaction + np.round(fcr_delay_h * 3600).astype(np.int64)
    fcr_closed = np.minimum(
        fcr_closed, np.maximum(clock.closing_of_day(last_interaction), last_interaction)
    )
    return np.minimum(fcr_closed, range_end), non_fcr_closed


def _unbounded(dist: Range) -> Range:
    """The distribution without its maximum, which the caller scales per ticket instead."""
    return Range(median=dist.median, sigma=dist.sigma, min=dist.min, max=float("inf"))


def _draw_rating(
    rng: np.random.Generator,
    params: Params,
    fcr: Bools,
    *,
    lifecycle_hours: NDArray[np.float64],
    skill: NDArray[np.float64],
    shift: NDArray[np.float64],
) -> Ints:
    """1 to 5: higher after first contact resolution and with a better owner, lower the
    longer the ticket lived."""
    score = np.where(fcr, params.rating_fcr_mean, params.rating_non_fcr_mean)
    score = score + params.skill_rating_effect * skill + shift
    score = score - params.rating_lifecycle_penalty * np.log1p(np.maximum(lifecycle_hours, 0) / 24)
    score = score + params.rating_noise_sd * rng.standard_normal(len(fcr))
    rating: Ints = np.clip(np.round(score), 1, 5).astype(np.int64)
    return rating
