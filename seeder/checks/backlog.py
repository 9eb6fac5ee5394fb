"""How old the backlog is expected to be, given the configured closure delays.

A ticket not resolved at first contact closes after its category's delay (times the
escalation factor, on the staffed clock at a pace that keeps its wall-clock average:
seeder.generate.tables.closure). At the range's end, a ticket created `a` days before is
still open with the probability S(a) that its delay D is longer than that, so of the tickets
created per day n(a), the unclosed ones over X days old are a share
sum(n(a) S(a), a > X) / sum(n(a) S(a)): long delays make an old backlog. Scenario events'
tickets close more slowly by design, so the backlog judged is the ordinary tickets'.
"""

from __future__ import annotations

from typing import Final

import numpy as np
from numpy.typing import NDArray

from seeder.generate.distributions import truncated_lognormal_at
from seeder.params import Params, Range

QUANTILES: Final = 4_000  # evenly spaced quantiles of each delay distribution


def expected_old_share(
    params: Params, arrivals: tuple[NDArray[np.float64], NDArray[np.float64]], old_days: float
) -> float:
    """The expected share of unclosed tickets created over `old_days` before the range's end;
    `arrivals` is (age in days at the range's end, tickets created) per day. 0 when no ticket
    is expected to stay unclosed."""
    age, created = arrivals
    still_open = np.zeros(len(age))
    for weight, delay_days in _delay_quantiles(params):
        still_open += weight * (delay_days[None, :] > age[:, None]).mean(axis=1)
    unclosed = created * still_open
    total = float(unclosed.sum())
    return float(unclosed[age > old_days].sum()) / total if total > 0 else 0.0


def _delay_quantiles(params: Params) -> list[tuple[float, NDArray[np.float64]]]:
    """(share of non-FCR tickets, quantiles of their delay in days) per category and
    escalation."""
    u = (np.arange(QUANTILES) + 0.5) / QUANTILES
    delay = params.closure_delay_hours
    unbounded = Range(median=delay.median, sigma=delay.sigma, min=delay.min, max=float("inf"))
    non_fcr = params.non_fcr_share()
    escalated = params.escalation_rate / non_fcr if non_fcr > 0 else 0.0
    mixture = []
    for name, category in params.categories.items():
        for is_escalated, share in ((False, 1.0 - escalated), (True, escalated)):
            weight = category.weight * (1.0 - category.fcr_rate) * share
            if weight <= 0:
                continue
            scale = params.closure_delay_factor[name]
            scale *= params.escalated_delay_factor if is_escalated else 1.0
            hours = truncated_lognormal_at(u, unbounded, high=delay.max * scale, scale=scale)
            mixture.append((weight, hours / 24.0))
    return mixture
