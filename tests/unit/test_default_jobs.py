"""--jobs when not given: fastest for the machine, and at least two where memory needs it."""

from __future__ import annotations

import pytest

from seeder import config
from seeder.config import PARALLEL_MIN_TICKETS, WORKERS_FOR_MEMORY_TICKETS, default_jobs


def test_a_big_run_gets_two_workers_even_on_one_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "available_cpus", lambda: 1)
    assert default_jobs("database", WORKERS_FOR_MEMORY_TICKETS - 1) == 1
    assert default_jobs("file", WORKERS_FOR_MEMORY_TICKETS - 1) == 1
    assert default_jobs("database", WORKERS_FOR_MEMORY_TICKETS) == 2
    assert default_jobs("file", WORKERS_FOR_MEMORY_TICKETS) == 2


@pytest.mark.parametrize("cpus", [2, 3, 4])
def test_a_load_on_few_cpus_gets_two_workers(monkeypatch: pytest.MonkeyPatch, cpus: int) -> None:
    """One process drawing rows cannot keep up with the server even on 2 CPUs."""
    monkeypatch.setattr(config, "available_cpus", lambda: cpus)
    assert default_jobs("database", PARALLEL_MIN_TICKETS) == 2
    assert default_jobs("database", WORKERS_FOR_MEMORY_TICKETS) == 2
    assert default_jobs("file", PARALLEL_MIN_TICKETS) == cpus


def test_more_cpus_still_give_more_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "available_cpus", lambda: 16)
    assert default_jobs("database", WORKERS_FOR_MEMORY_TICKETS) == 8
    assert default_jobs("database", 1_000_000) == 8
    assert default_jobs("database", PARALLEL_MIN_TICKETS - 1) == 1
