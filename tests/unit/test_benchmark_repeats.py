"""The benchmark's repeat rule: at least K runs, more while the runs are short, the best counts."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from types import ModuleType

import pytest
from tests_support import REPO_ROOT


@pytest.fixture
def measure_module(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    monkeypatch.syspath_prepend(str(REPO_ROOT))
    yield importlib.import_module("benchmarks.measure")


def _runs(module: ModuleType, seconds: list[float]) -> tuple[Callable[[], object], list[float]]:
    done: list[float] = []

    def measure() -> object:
        value = seconds[len(done)]
        done.append(value)
        return module.Timing(value, 1)

    return measure, done


def test_at_least_k_runs_and_the_fastest_counts(measure_module: ModuleType) -> None:
    measure, done = _runs(measure_module, [3.0, 2.0, 4.0, 1.0])
    best = measure_module.best_of(measure_module.Repeats(3), measure)
    assert done == [3.0, 2.0, 4.0]
    assert best.seconds == 2.0


def test_short_runs_repeat_until_the_time_is_spent(measure_module: ModuleType) -> None:
    measure, done = _runs(measure_module, [1.0, 0.9, 1.2, 0.8, 1.1, 5.0])
    best = measure_module.best_of(measure_module.Repeats(2, min_seconds=4.5), measure)
    assert done == [1.0, 0.9, 1.2, 0.8, 1.1]  # 5.0 s spent after the fifth run
    assert best.seconds == 0.8


def test_short_runs_stop_at_the_cap(measure_module: ModuleType) -> None:
    measure, done = _runs(measure_module, [0.1] * 10)
    measure_module.best_of(measure_module.Repeats(1, min_seconds=100.0, at_most=4), measure)
    assert len(done) == 4


def test_rounds_interleave_the_measurements_and_keep_each_best(measure_module: ModuleType) -> None:
    order: list[str] = []

    def run(name: str, seconds: list[float]) -> Callable[[], object]:
        def measure() -> object:
            order.append(name)
            return measure_module.Timing(seconds[order.count(name) - 1], 1)

        return measure

    best = measure_module.best_of_each(
        measure_module.Repeats(2, min_seconds=1.0),
        [run("a", [0.3, 0.2, 0.4, 9.0]), run("b", [5.0, 4.0, 6.0, 9.0])],
    )
    # a, the quicker, spent 0.9 s after three rounds: one more is needed to pass 1.0 s.
    assert order == ["a", "b"] * 4
    assert [t.seconds for t in best] == [0.2, 4.0]


def test_rounds_stop_at_the_cap(measure_module: ModuleType) -> None:
    calls: list[int] = []

    def measure() -> object:
        calls.append(1)
        return measure_module.Timing(0.01, 1)

    measure_module.best_of_each(measure_module.Repeats(1, 100.0, at_most=3), [measure, measure])
    assert len(calls) == 6
