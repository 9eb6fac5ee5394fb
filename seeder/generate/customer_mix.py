"""Which customer writes each ticket: a country by the day's weights, then a customer of it.

A ticket's country is drawn with weights share_c * holiday factor[day, c], so a country's
volume falls on its own public holidays while the others' does not. Its customer is then
drawn within that country with the repeat-customer skew: rank = floor(n_c * u ** skew), and
rank r is the country's customer at position r * stride_c % n_c of its id-ordered list
(stride_c coprime with n_c), so frequent customers are spread over the ids, not the lowest.

That list is not stored (4 bytes a customer: 9 MiB at 10M tickets, in every process): the
k-th customer of a country is found from its count before each block of customers and a
scan of one block of their countries (`CountryIndex`).
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


# Customers per block of the country index: a lookup reads one block's countries.
_BLOCK = 64
# Lookups per slice: a slice's [lookup, customer in block] scratch stays at half a MiB.
_SLICE = 8192


def _nth_bit_table() -> NDArray[np.int8]:
    """[byte, j]: the position of the byte's j-th set bit (0 where it has no such bit)."""
    bits = (np.arange(256)[:, None] >> np.arange(8)) & 1
    seen = np.cumsum(bits, axis=1)
    table: NDArray[np.int8] = np.argmax(seen[:, None, :] > np.arange(8)[:, None], axis=2)
    return table.astype(np.int8)


_NTH_BIT = _nth_bit_table()


@dataclass(frozen=True)
class CountryIndex:
    """Each country's k-th customer in id order, for many (country, k) at once: the
    customers' countries in blocks of 64, and each country's count before each block."""

    blocks: NDArray[np.int8]  # [block, customer in block]: its country, -1 past the last
    # [country * blocks + block]: country * (customers + 1) + its customers in earlier
    # blocks, ascending, so one search finds the block of any country's k-th customer.
    keys: NDArray[np.int32]
    customers: int

    @classmethod
    def build(cls, customer_country: NDArray[np.int8]) -> CountryIndex:
        customers = len(customer_country)
        blocks = np.full((-(-customers // _BLOCK), _BLOCK), -1, dtype=np.int8)
        blocks.reshape(-1)[:customers] = customer_country
        keys = np.zeros((len(COUNTRIES), len(blocks)), dtype=np.int32)
        for c in range(len(COUNTRIES)):
            keys[c, 1:] = np.cumsum((blocks[:-1] == c).sum(axis=1))
            keys[c] += c * (customers + 1)  # MAX_CUSTOMERS keeps this within int32
        return cls(blocks, keys.reshape(-1), customers)

    @property
    def country(self) -> NDArray[np.int8]:
        """Each customer's country (a view of the blocks)."""
        return self.blocks.reshape(-1)[: self.customers]

    def select(self, country: Ints, k: Ints) -> Ints:
        """Customer index of each country's k-th customer (k below its size)."""
        found = np.empty(len(k), dtype=np.int64)
        for first in range(0, len(k), _SLICE):
            part = slice(first, first + _SLICE)
            found[part] = self._select(country[part], k[part])
        return found

    def _select(self, country: Ints, k: Ints) -> Ints:
        key = (country * (self.customers + 1) + k).astype(np.int32)
        # The last block with at most k of the country's customers before it holds the k-th,
        # as the `within`-th of the country's customers in that block.
        at = np.searchsorted(self.keys, key, side="right") - 1
        within = key - self.keys[at]
        block = at - country * len(self.blocks)
        member = self.blocks[block] == country.astype(np.int8)[:, None]
        bits = np.packbits(member, axis=1, bitorder="little")  # [lookup, byte]
        seen = np.cumsum(np.bitwise_count(bits), axis=1, dtype=np.int16)
        byte = (seen <= within[:, None]).sum(axis=1)
        rows = np.arange(len(k))
        earlier = np.where(byte > 0, seen[rows, byte - 1], 0)
        bit = _NTH_BIT[bits[rows, byte], within - earlier]
        found: Ints = block * _BLOCK + byte * 8 + bit
        return found


@dataclass(frozen=True)
class CustomerMix:
    """Country weights per day, and the countries' customers in their draw order."""

    day_weights: Floats  # [day, country]: share x holiday factor; 0 where a country has nobody
    offsets: Ints  # [country + 1]: country c's customers are ranks 0..offsets[c+1]-offsets[c]-1
    stride: Ints  # [country]: rank r is the country's customer r * stride % size in id order
    index: CountryIndex

    def country_day_counts(self, tickets_per_day: Ints) -> Floats:
        """[day, country]: the tickets each country is expected to bring on each day."""
        totals = self.day_weights.sum(axis=1, keepdims=True)
        shares = np.divide(
            self.day_weights, totals, out=np.zeros_like(self.day_weights), where=totals > 0
        )
        counts: Floats = shares * tickets_per_day[:, None]
        return counts

    def ranked(self, country: Ints, rank: Ints) -> Ints:
        """Customer index of each country's customer of the given rank (0: most frequent)."""
        size = self.offsets[country + 1] - self.offsets[country]
        return self.index.select(country, rank * self.stride[country] % size)


def coprime_stride(count: int) -> int:
    """A step near count / golden ratio with gcd 1: i -> i * step % count is a permutation."""
    step = max(1, int(count * 0.6180339887))
    while math.gcd(step, count) != 1:
        step += 1
    return step


def build_customer_mix(
    config: RunConfig, customer_country: NDArray[np.int8], factors: Floats | None = None
) -> CustomerMix:
    """Index the customers by country and weigh the countries per day.

    `factors` are country_day_factors(config), when the caller has them already.
    """
    factors = country_day_factors(config) if factors is None else factors
    sizes = np.bincount(customer_country, minlength=len(COUNTRIES))
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    stride = np.array([coprime_stride(size) for size in sizes.tolist()], dtype=np.int64)
    # A country nobody lives in (a tiny customer count) cannot bring tickets.
    day_weights = factors * (country_shares(config) * (sizes > 0))
    return CustomerMix(day_weights, offsets, stride, CountryIndex.build(customer_country))


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
    return mix.ranked(country, np.minimum(rank, size - 1))
