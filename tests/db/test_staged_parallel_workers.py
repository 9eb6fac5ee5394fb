"""The staged load's statements get the parallel workers the CPUs left idle allow, within the
server's own max_parallel_maintenance_workers, and a server elsewhere keeps its setting."""

from __future__ import annotations

import pytest

from seeder.sinks.ddl_schedule import CpuBudget, DdlSchedule, DdlTask
from seeder.sinks.staged_worker import StagedWorker

SETTING = "current_setting('max_parallel_maintenance_workers')"


def statement_expecting(workers: int) -> DdlTask:
    """A statement that fails unless its session allows `workers` parallel workers."""
    check = (
        f"DO $$ BEGIN IF {SETTING}::int <> {workers} THEN "
        f"RAISE EXCEPTION 'max_parallel_maintenance_workers is %', {SETTING}; END IF; END $$"
    )
    return DdlTask(check, "analyze", "users")


def run_alone(url: str, task: DdlTask, budget: CpuBudget | None) -> None:
    """Run `task` on one loading connection, with `budget`; raise what it raised."""
    schedule = DdlSchedule([task], {}, budget=budget)
    schedule.commit_tables(["users"])
    worker = StagedWorker(url, [], schedule)
    worker.start()
    worker.join(60)
    if worker.error is not None:
        raise worker.error
    assert schedule.complete


@pytest.mark.parametrize(
    ("server_setting", "budget", "expected"),
    [
        (None, CpuBudget(cpus=1), 0),  # the statement itself takes the only CPU
        (None, CpuBudget(cpus=2), 1),
        (None, CpuBudget(cpus=16), 2),  # PostgreSQL's default limit
        ("1", CpuBudget(cpus=16), 1),  # the server's limit holds
        ("3", None, 3),  # a server elsewhere: its setting, untouched
        ("0", None, 0),
    ],
)
def test_a_statement_gets_the_idle_cpus_within_the_servers_limit(
    fresh_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    server_setting: str | None,
    budget: CpuBudget | None,
    expected: int,
) -> None:
    if server_setting is not None:
        monkeypatch.setenv("PGOPTIONS", f"-c max_parallel_maintenance_workers={server_setting}")
    run_alone(fresh_database_url, statement_expecting(expected), budget)


def test_the_check_itself_fails_on_another_value(fresh_database_url: str) -> None:
    with pytest.raises(Exception, match="max_parallel_maintenance_workers is 0"):
        run_alone(fresh_database_url, statement_expecting(1), CpuBudget(cpus=1))
