"""The country index finds each country's k-th customer exactly as a stored list would."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from seeder.domain import COUNTRIES
from seeder.generate.customer_mix import CountryIndex, coprime_stride


@settings(max_examples=60, deadline=None)
@given(
    customers=st.integers(min_value=1, max_value=1_000),
    countries=st.integers(min_value=1, max_value=len(COUNTRIES)),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_select_finds_every_countrys_kth_customer_in_id_order(
    customers: int, countries: int, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    # Some countries empty or rare, runs of one country longer than a block.
    country = np.sort(rng.integers(0, countries, customers)).astype(np.int8)
    country[rng.random(customers) < 0.5] = rng.integers(0, countries)
    index = CountryIndex.build(country)
    for c in range(len(COUNTRIES)):
        members = np.flatnonzero(country == c)
        wanted = np.full(len(members), c, dtype=np.int64)
        found = index.select(wanted, np.arange(len(members), dtype=np.int64))
        assert found.tolist() == members.tolist()


def test_select_answers_mixed_countries_in_any_order_across_slices() -> None:
    rng = np.random.default_rng(7)
    weights = 0.5 ** np.arange(len(COUNTRIES))  # the last countries rare
    country = rng.choice(len(COUNTRIES), 200_003, p=weights / weights.sum()).astype(np.int8)
    index = CountryIndex.build(country)
    members = [np.flatnonzero(country == c) for c in range(len(COUNTRIES))]
    wanted = rng.integers(0, len(COUNTRIES), 30_000)
    sizes = np.array([len(m) for m in members])
    k = (rng.random(len(wanted)) * sizes[wanted]).astype(np.int64)
    # The list the index replaces: each country's rank r at r * stride % size of its ids.
    expected = [
        members[c][k_ * coprime_stride(len(members[c])) % len(members[c])]
        for c, k_ in zip(wanted.tolist(), k.tolist(), strict=True)
    ]
    strides = np.array([coprime_stride(len(m)) for m in members])
    found = index.select(wanted, k * strides[wanted] % sizes[wanted])
    assert found.tolist() == expected
