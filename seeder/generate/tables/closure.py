"""When and whether each ticket closed, its status, and the customer's rating."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import TICKET_STATUSES
from seeder.generate.distributions import truncated_lognormal
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.params import Params

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
) -> Closure:
    """Close FCR tickets soon after their contact, the others after a longer, later delay.

    A non-FCR ticket may still be open at the range end (the backlog), recent ones more often.
    """
    params = plan.config.params
    n = len(created)
    range_end = plan.range_end_epoch_s
    age_days = (range_end - created) / SECONDS_PER_DAY
    fcr_closed, non_fcr_closed = _draw_closing_times(
        rng, plan, created=created, escalated=escalated, last_interaction=last_interaction
    )
    tau = plan.backlog_decay_days
    backlog = rng.random(n) < (np.exp(-age_days / tau) if tau > 0 else 0.0)
    closed_at = np.where(fcr, fcr_closed, non_fcr_closed)
    is_closed = fcr | (~backlog & (non_fcr_closed <= range_end))
    status = np.where(is_closed, CLOSED, np.where(age_days < params.new_within_days, NEW, OPEN))
    rated = is_closed & (rng.random(n) < params.rated_share)
    return Closure(
        closed_at=closed_at,
        is_closed=is_closed,
        status=status,
        resolution_hundredths=np.round((closed_at - last_interaction) / 36).astype(np.int64),
        lifecycle_hundredths=np.round((closed_at - created) / 36).astype(np.int64),
        rating=_draw_rating(rng, params, fcr, lifecycle_hours=(closed_at - created) / 3600),
        rated=rated,
    )


def _draw_closing_times(
    rng: np.random.Generator, plan: Plan, *, created: Ints, escalated: Bools, last_interaction: Ints
) -> tuple[Ints, Ints]:
    """(closing time if the ticket is FCR, closing time if not), for every ticket.

    The non-FCR delay runs from the last interaction or from creation, as configured;
    escalated tickets take longer.
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
    scale = np.where(escalated, params.escalated_delay_factor, 1.0)
    if params.anchor_closure_to == "last_interaction":
        delay_h = truncated_lognormal(rng, params.closure_delay_hours, n, scale=scale)
        non_fcr_closed = last_interaction + np.round(delay_h * 3600).astype(np.int64)
    else:
        lifecycle_floor_h = (last_interaction - created) / 3600 + params.closure_delay_hours.min
        life_h = truncated_lognormal(
            rng, params.closure_delay_hours, n, low=lifecycle_floor_h, scale=scale
        )
        non_fcr_closed = created + np.round(life_h * 3600).astype(np.int64)
    fcr_closed = np.minimum(
        last_interaction + np.round(fcr_delay_h * 3600).astype(np.int64), range_end
    )
    return fcr_closed, non_fcr_closed


def _draw_rating(
    rng: np.random.Generator, params: Params, fcr: Bools, *, lifecycle_hours: NDArray[np.float64]
) -> Ints:
    """1 to 5: higher after first contact resolution, lower the longer the ticket lived."""
    score = np.where(fcr, params.rating_fcr_mean, params.rating_non_fcr_mean)
    score = score - params.rating_lifecycle_penalty * np.log1p(np.maximum(lifecycle_hours, 0) / 24)
    score = score + params.rating_noise_sd * rng.standard_normal(len(fcr))
    rating: Ints = np.clip(np.round(score), 1, 5).astype(np.int64)
    return rating
