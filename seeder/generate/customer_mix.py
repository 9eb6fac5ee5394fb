"""Which customer writes each ticket: a country by the day's weights, then a customer of it.

A ticket's country is drawn with weights share_c * holiday factor[day, c], so a country's
volume falls on its own public holidays while the others' does not. Its customer is then
drawn within that country with the repeat-customer skew: rank = floor(n_c * u ** skew), and
rank r is the country's customer at position r * stride_c % n_c of its id-ordered list
(stride_c coprime with n_c), so frequent customers are spread over the ids, not the lowest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.config import RunConfig
from seeder.domain import COUNTRIES
from seeder.generate.holidays import country_day_factors, country_shares

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]


@dataclass(frozen=True)
class CustomerMix:
    """Country weights per day and the customers grouped by country (CSR)."""

    day_weights: Floats  # [day, country]: share x holiday factor; 0 where a country has nobody
    by_country: NDArray[np.int32]  # customer indexes by country, most frequent first
    offsets: Ints  # country c's customers are by_country[offsets[c] : offsets[c + 1]]

    def country_day_counts(self, tickets_per_day: Ints) -> Floats:
        """[day, country]: the tickets each country is expected to bring on each day."""
        totals = self.day_weights.sum(axis=1, keepdims=True)
        shares = np.divide(
            self.day_weights, totals, out=np.zeros_like(self.day_weights), where=totals > 0
        )
        counts: Floats = shares * tickets_per_day[:, None]
        return counts


def coprime_stride(count: int) -> int:
    """A step near count / golden ratio with gcd 1: i -> i * step % count is a permutation."""
    step = max(1, int(count * 0.6180339887))
    while math.gcd(step, count) != 1:
        step += 1
    return step


def build_customer_mix(
    config: RunConfig, customer_country: NDArray[np.int8], factors: Floats | None = None
) -> CustomerMix:
    """Group the customers by country, most frequent first, and weigh the countries per day.

    `factors` are country_day_factors(config), when the caller has them already.
    """
    factors = country_day_factors(config) if factors is None else factors
    sizes = np.bincount(customer_country, minlength=len(COUNTRIES))
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    # 4 bytes a customer (MAX_CUSTOMERS < 2**31); one country's ids at a time besides.
    by_country = np.empty(len(customer_country), dtype=np.int32)
    for c, size in enumerate(sizes.tolist()):
        members = np.flatnonzero(customer_country == c)
        by_rank = np.arange(size, dtype=np.int64) * coprime_stride(size) % max(size, 1)
        by_country[offsets[c] : offsets[c + 1]] = members[by_rank]
    # A country nobody lives in (a tiny customer count) cannot bring tickets.
    day_weights = factors * (country_shares(config) * (sizes > 0))
    return CustomerMix(day_weights, by_country, offsets)


def draw_customers(
    rng: np.random.Generator, mix: CustomerMix, day: Ints, skew: float, wanted: Ints | None = None
) -> Ints:
    """A customer index per ticket, for tickets created on the given days of the run.

    `wanted[i] >= 0` fixes ticket i's country (a scenario event's slice), when anyone lives
    there; its customer is then drawn within that country with the same skew.
    """
    n = len(day)
    cdf = np.cumsum(mix.day_weights[day], axis=1)
    u = rng.random(n) * cdf[:, -1]
    # The first country whose cumulative weight passes u (zero-weight countries never do).
    country = np.minimum((cdf <= u[:, None]).sum(axis=1), len(COUNTRIES) - 1)
    if wanted is not None:
        sizes = np.diff(mix.offsets)
        fixed = (wanted >= 0) & (sizes[np.maximum(wanted, 0)] > 0)
        country = np.where(fixed, wanted, country)
    first = mix.offsets[country]
    size = mix.offsets[country + 1] - first
    rank = np.floor(size * rng.random(n) ** skew).astype(np.int64)
    customer: Ints = mix.by_country[first + np.minimum(rank, size - 1)].astype(np.int64)
    return customer
