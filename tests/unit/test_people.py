"""The fast name draws are exactly Faker's own calls, for every locale the dataset uses."""

from __future__ import annotations

import pytest
from faker import Faker

from seeder.domain import COUNTRIES, COUNTRY_LOCALE
from seeder.generators.people import faker_names


@pytest.mark.parametrize("locale", sorted({COUNTRY_LOCALE[c] for c in COUNTRIES}))
@pytest.mark.parametrize("seed", [0, 42, 2**32 - 1])
def test_fast_draws_equal_faker_calls(locale: str, seed: int) -> None:
    fast = Faker(locale, providers=["faker.providers.person"])
    slow = Faker(locale, providers=["faker.providers.person"])
    fast.seed_instance(seed)
    slow.seed_instance(seed)
    # Interleaved as the pools draw them: first names, then last names, from one stream.
    assert faker_names(fast, "first", 300) == [slow.first_name() for _ in range(300)]
    assert faker_names(fast, "last", 300) == [slow.last_name() for _ in range(300)]
    # Both streams are left at the same point.
    assert fast.random.random() == slow.random.random()
