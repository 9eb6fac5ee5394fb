"""Which symptom a ticket has: its category's mix, leaning to what its product suffers from.

Turntables hum and need a new stylus, headphones lose their Bluetooth pairing and their
battery: each symptom in the vocabulary has a weight (its share of its category's tickets)
and, optionally, an affinity per product (how much more or less often that product has it).
The table of symptom by product is fitted by iterative proportional fitting so that both
margins hold: each symptom keeps its weight over the configured product mix, and each
product its share, while the affinities set how the two go together. A ticket then draws its
symptom given its category and product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import PRODUCTS, SYMPTOM_CATEGORIES
from seeder.vocabulary import Vocabulary

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]
FITTING_ROUNDS = 200  # far more than the small tables need to meet both margins


@dataclass(frozen=True)
class SymptomMix:
    """Per [category, product]: the cumulative shares of the category's symptoms."""

    cumulative: Floats  # [category, product, j], padded with 1.0
    first: Ints  # [category]: global index of its first symptom (vocabulary order)
    count: Ints  # [category]
    weight: Floats  # [category, j]: each symptom's share over the product mix, padded with 0

    def share(self, category: int, symptom: int, product: int | None) -> float:
        """The share of a category's tickets with its `symptom`-th symptom: of one product's
        tickets, or (None) of all products'."""
        if product is None:
            return float(self.weight[category, symptom])
        given = np.diff(self.cumulative[category, product, : self.count[category]], prepend=0.0)
        return float(given[symptom])

    def pick(self, rng: np.random.Generator, category: Ints, product: Ints) -> Ints:
        """A symptom (global index) for each ticket, given its category and product."""
        u = rng.random(len(category))
        local = (u[:, None] >= self.cumulative[category, product]).sum(axis=1)
        local = np.minimum(local, self.count[category] - 1)
        picked: Ints = self.first[category] + local
        return picked


def build_symptom_mix(vocabulary: Vocabulary, products: dict[str, float]) -> SymptomMix:
    """The mix for a run whose product weights are `products`."""
    share = np.array([products[p] for p in PRODUCTS], dtype=np.float64)
    share /= share.sum()
    widest = max(len(vocabulary.symptoms[c]) for c in SYMPTOM_CATEGORIES)
    cumulative = np.ones((len(SYMPTOM_CATEGORIES), len(PRODUCTS), widest), dtype=np.float64)
    first: list[int] = []
    count: list[int] = []
    weights = np.zeros((len(SYMPTOM_CATEGORIES), widest), dtype=np.float64)
    for c, category in enumerate(SYMPTOM_CATEGORIES):
        symptoms = vocabulary.symptoms[category]
        first.append(sum(count))
        count.append(len(symptoms))
        weight = np.array([s.weight for s in symptoms], dtype=np.float64)
        weights[c, : len(symptoms)] = weight / weight.sum()
        affinity = np.array([[s.affinity(p) for p in PRODUCTS] for s in symptoms])
        given_product = _symptom_given_product(weight / weight.sum(), share, affinity)
        cumulative[c, :, : len(symptoms)] = np.cumsum(given_product, axis=0).T
    return SymptomMix(cumulative, np.array(first), np.array(count), weights)


def _symptom_given_product(weight: Floats, share: Floats, affinity: Floats) -> Floats:
    """[symptom, product] shares of each product's tickets: the joint table fitted to both
    margins (weight over symptoms, share over products), each column then normalised. A
    product with no share keeps its affinities' lean on the weights."""
    joint = weight[:, None] * share[None, :] * affinity
    for _ in range(FITTING_ROUNDS):
        joint *= (weight / joint.sum(axis=1))[:, None]
        columns = joint.sum(axis=0)
        joint *= np.divide(share, columns, out=np.zeros_like(share), where=columns > 0)[None, :]
    leaning = weight[:, None] * affinity
    table = np.where(share[None, :] > 0, joint, leaning)
    given: Floats = table / table.sum(axis=0, keepdims=True)
    return given
