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
