"""How old the backlog is expected to be, given the configured closure delays.

A ticket not resolved at first contact closes after its category's delay (times the
escalation factor, on the staffed clock at a pace that keeps its wall-clock average:
seeder.generate.tables.closure). At the range's end, the unclosed tickets are those whose
delay has not run out. With arrivals spread evenly over a range of R days, the share of them
created over X days before its end is E[(min(D, R) - X)+] / E[min(D, R)] for the delay D of
a non-FCR ticket: long delays make an old backlog.
"""

from __future__ import annotations

from typing import Final

import numpy as np

from seeder.generate.distributions import truncated_lognormal_at
from seeder.params import Params, Range

QUANTILES: Final = 4_000  # evenly spaced quantiles of each delay distribution


def expected_old_share(params: Params, range_days: float, old_days: float) -> float:
    """The expected share of unclosed tickets created over `old_days` before the range's end,
    for a range of `range_days`; 0 when no ticket stays unclosed."""
    u = (np.arange(QUANTILES) + 0.5) / QUANTILES
    delay = params.closure_delay_hours
    unbounded = Range(median=delay.median, sigma=delay.sigma, min=delay.min, max=float("inf"))
    non_fcr = params.non_fcr_share()
    escalated = params.escalation_rate / non_fcr if non_fcr > 0 else 0.0
    old = unclosed = 0.0
    for name, category in params.categories.items():
        for is_escalated, share in ((False, 1.0 - escalated), (True, escalated)):
            weight = category.weight * (1.0 - category.fcr_rate) * share
            if weight <= 0:
                continue
            scale = params.closure_delay_factor[name]
            scale *= params.escalated_delay_factor if is_escalated else 1.0
            hours = truncated_lognormal_at(u, unbounded, high=delay.max * scale, scale=scale)
            days = np.minimum(hours / 24.0, range_days)
            old += weight * float(np.maximum(days - old_days, 0.0).mean())
            unclosed += weight * float(days.mean())
    return old / unclosed if unclosed > 0 else 0.0
