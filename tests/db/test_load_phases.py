"""A load reports its finishing steps after the rows, so the display never looks frozen."""

from __future__ import annotations

from seeder.config import build_run_config
from seeder.pipeline.run import load

PHASES = ["building keys and indexes", "analyzing"]


def test_the_load_names_its_steps_after_the_rows(fresh_database_url: str) -> None:
    calls: list[tuple[str, int, int]] = []
    load(build_run_config(size="small"), fresh_database_url, progress=lambda *c: calls.append(c))
    steps = [name for name, done, total in calls if (done, total) == (0, 0)]
    assert steps == PHASES
    first_step = calls.index((PHASES[0], 0, 0))
    assert all(total > 0 for _, _, total in calls[:first_step])  # every row update came first
    assert {name for name, _, _ in calls[:first_step]} >= {"tickets", "interactions", "wfm"}
