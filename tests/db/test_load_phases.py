"""A load reports its finishing steps after the rows, so the display never looks frozen."""

from __future__ import annotations

import psycopg
import pytest
from tests_support import table_fingerprints

from seeder.config import build_run_config
from seeder.errors import InterruptedAfterCommitError
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


def test_ctrl_c_in_the_progress_callback_after_the_commit_says_the_data_is_in(
    fresh_database_url: str,
) -> None:
    """The analyzing step is announced after the commit: an interrupt there (the caller's
    display, Ctrl-C) is not a rolled-back load, and the connection still closes."""

    def progress(name: str, done: int, total: int) -> None:
        if name == "analyzing":
            raise KeyboardInterrupt

    with pytest.raises(InterruptedAfterCommitError, match="after the data was committed"):
        load(build_run_config(size="small"), fresh_database_url, progress=progress)
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 500
    with psycopg.connect(fresh_database_url) as conn:
        others = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        ).fetchone()
    assert others == (0,), "the load's connection was closed"
