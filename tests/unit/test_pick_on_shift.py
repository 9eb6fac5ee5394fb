"""Choosing an agent on shift: who may be drawn, and how a contact's candidates are drawn."""

from __future__ import annotations

import numpy as np
import pytest

from seeder.config import build_run_config
from seeder.generate.plan import Plan, build_plan
from seeder.generate.tables.schedule import ANY, pick_on_shift, shift_groups, skill_weights

DAYS = np.arange(14)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_plan(build_run_config(tickets=20_000, seed=5))


def moments(plan: Plan, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows spread over DAYS and the whole day, past midnight too (a follow-up's second)."""
    rng = np.random.default_rng(0)
    return rng.choice(DAYS, rows), rng.integers(0, 26 * 3600, rows)


def test_the_agent_drawn_is_on_shift_whenever_anyone_is(plan: Plan) -> None:
    groups = shift_groups(plan, DAYS, skill_weights(plan))
    day, second = moments(plan, 20_000)
    weight_class = np.random.default_rng(1).integers(0, 4, len(day))
    agent = pick_on_shift(np.random.default_rng(2), groups, day, second, weight_class)
    anyone = np.zeros(len(day), dtype=np.bool_)
    present = plan.rota.present(DAYS)
    for candidate in range(present.shape[1]):
        anyone |= plan.rota.on_shift(day, np.full(len(day), candidate), second)
    on_shift = plan.rota.on_shift(day, agent, second)
    assert anyone.any() and (~anyone).any()  # both kinds of moment are tried
    assert on_shift[anyone].all()
    assert present[np.searchsorted(DAYS, day), agent].all()  # else anyone present that day


@pytest.mark.parametrize("per_row", [1, 4, 32])
def test_drawing_a_rows_candidates_at_once_draws_as_repeated_rows(plan: Plan, per_row: int) -> None:
    """Offers and waits draw per_row candidates per contact: exactly the agents the rows
    repeated per_row times would draw, with the same random numbers."""
    groups = shift_groups(plan, DAYS, skill_weights(plan))
    day, second = moments(plan, 3_000)
    weight_class = np.random.default_rng(3).integers(0, 4, len(day))
    at_once = pick_on_shift(np.random.default_rng(4), groups, day, second, weight_class, per_row)
    repeated = pick_on_shift(
        np.random.default_rng(4), groups, *(np.repeat(x, per_row) for x in (day, second)),
        np.repeat(weight_class, per_row),
    )  # fmt: skip
    assert len(at_once) == len(day) * per_row
    assert np.array_equal(at_once, repeated)
    if per_row > 1:  # the candidates of one contact differ
        assert (at_once.reshape(-1, per_row) != at_once[::per_row, None]).any()


def test_a_class_weighs_its_agents_as_given(plan: Plan) -> None:
    """With one class, agents on shift at one moment are drawn in proportion to their class
    weight times their routing weight: here the class weight of one agent is raised."""
    weights = skill_weights(plan)
    groups = shift_groups(plan, DAYS, weights)
    day, second = np.full(40_000, 3), np.full(40_000, 11 * 3600)
    plain = pick_on_shift(np.random.default_rng(6), groups, day, second, np.full(40_000, ANY))
    favourite = int(np.bincount(plain).argmax())
    raised = weights.copy()
    raised[ANY, favourite] *= 3
    favoured = pick_on_shift(
        np.random.default_rng(6), shift_groups(plan, DAYS, raised), day, second,
        np.full(40_000, ANY),
    )  # fmt: skip
    share, share_raised = (np.mean(x == favourite) for x in (plain, favoured))
    expected = 3 * share / (1 + 2 * share)
    # Four binomial standard errors of the raised share.
    assert abs(share_raised - expected) < 4 * np.sqrt(expected * (1 - expected) / 40_000)
