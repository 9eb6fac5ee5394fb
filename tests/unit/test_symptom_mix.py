"""A ticket's symptom given its category and product: both margins held, the product's lean
followed (seeder.generate.symptom_mix)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from seeder.domain import PRODUCTS, SYMPTOM_CATEGORIES
from seeder.generate.symptom_mix import SymptomMix, build_symptom_mix
from seeder.params import Params
from seeder.vocabulary import load_vocabulary

Z = 4.0


def given_product(mix: SymptomMix, category: str) -> np.ndarray:
    """[symptom, product] shares of each product's tickets of `category`."""
    c = SYMPTOM_CATEGORIES.index(category)
    cumulative = mix.cumulative[c, :, : mix.count[c]].T
    return np.diff(cumulative, axis=0, prepend=0.0)


@pytest.mark.parametrize("category", SYMPTOM_CATEGORIES)
def test_each_symptom_keeps_its_weight_over_the_product_mix(category: str) -> None:
    products = Params().products
    mix = build_symptom_mix(load_vocabulary(), products)
    table = given_product(mix, category)
    share = np.array([products[p] for p in PRODUCTS])
    weights = [s.weight for s in load_vocabulary().symptoms_of(category)]
    assert np.allclose(table.sum(axis=0), 1.0)
    assert np.allclose(table @ (share / share.sum()), weights, atol=1e-9)


def test_products_lean_to_their_own_faults() -> None:
    mix = build_symptom_mix(load_vocabulary(), Params().products)
    hp, tt = PRODUCTS.index("headphones"), PRODUCTS.index("turntables")
    keys = [s.key for s in load_vocabulary().symptoms_of("troubleshooting")]
    trouble = given_product(mix, "troubleshooting")
    hum, pairing = keys.index("hum_or_crackle"), keys.index("bluetooth_pairing_fails")
    assert trouble[hum, tt] > 10 * trouble[hum, hp]
    assert trouble[pairing, hp] > 5 * trouble[pairing, tt]
    keys = [s.key for s in load_vocabulary().symptoms_of("product")]
    stylus = given_product(mix, "product")[keys.index("stylus_or_cartridge")]
    assert stylus[tt] > 0.3 and stylus[hp] < 0.01


def test_a_category_without_leans_is_the_same_for_every_product() -> None:
    mix = build_symptom_mix(load_vocabulary(), Params().products)
    weights = [s.weight for s in load_vocabulary().symptoms_of("finance")]
    table = given_product(mix, "finance")
    assert np.allclose(table, np.array(weights)[:, None])


def test_a_product_nobody_buys_still_has_its_lean() -> None:
    products = {**Params().products, "turntables": 0.0}
    table = given_product(build_symptom_mix(load_vocabulary(), products), "troubleshooting")
    symptoms = load_vocabulary().symptoms_of("troubleshooting")
    lean = np.array([s.weight * s.affinity("turntables") for s in symptoms])
    assert np.allclose(table[:, PRODUCTS.index("turntables")], lean / lean.sum())
    assert np.isfinite(table).all()


def test_draws_follow_the_table() -> None:
    mix = build_symptom_mix(load_vocabulary(), Params().products)
    n = 200_000
    category = np.full(n, SYMPTOM_CATEGORIES.index("troubleshooting"))
    product = np.random.default_rng(1).integers(0, len(PRODUCTS), n)
    picked = mix.pick(np.random.default_rng(2), category, product)
    first = int(mix.first[category[0]])
    table = given_product(mix, "troubleshooting")
    for p in range(len(PRODUCTS)):
        mine = picked[product == p] - first
        counts = np.bincount(mine, minlength=table.shape[0])
        for share, count in zip(table[:, p], counts, strict=True):
            allowed = Z * math.sqrt(share * (1 - share) / len(mine))
            assert abs(count / len(mine) - share) <= allowed, (p, share, count)
