"""The staged load's plan: who loads which table, in which order, and which statement may run."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from seeder.config import build_run_config, default_connections
from seeder.db.embedded import BULK_LOAD_SETTINGS, SETTINGS_FILE, write_bulk_load_settings
from seeder.db.urls import server_is_local
from seeder.domain import LEADING_TABLES, TABLES
from seeder.generate.plan import build_plan
from seeder.generate.produce import estimate_rows, generate_blocks
from seeder.schema.deferred_ddl import deferred_ddl
from seeder.sinks.ddl_schedule import (
    CONFLICTS,
    CpuBudget,
    DdlSchedule,
    DdlTask,
    build_tasks,
    parse_tasks,
)
from seeder.sinks.staged import LOAD_GROUPS, assign_segments


@functools.cache
def expected_rows() -> dict[str, int]:
    """A 1M-ticket run's rows per table: built in a test, not at collection, so the plan's
    holiday calendar goes to the session's cache folder, not the user's (conftest)."""
    return estimate_rows(build_plan(build_run_config(tickets=1_000_000))).rows


def test_the_load_groups_follow_the_order_the_blocks_come_in() -> None:
    """A group is complete once a later group's block arrives: no block may come back."""
    assert [t for group in LOAD_GROUPS for t in group] == list(TABLES)
    assert LOAD_GROUPS[0] == LEADING_TABLES
    group_of = {table: index for index, group in enumerate(LOAD_GROUPS) for table in group}
    plan = build_plan(build_run_config(tickets=9_000, seed=3))
    seen = [group_of[block.table] for block in generate_blocks(plan)]
    assert len(plan.ticket_chunks) > 1
    assert seen == sorted(seen)


@pytest.mark.parametrize("connections", [1, 2, 3, 4, 8, 12])
def test_every_table_is_loaded_by_one_connection_in_group_order(connections: int) -> None:
    segments = assign_segments(expected_rows(), connections)
    assert len(segments) == connections
    owned = [t for worker in segments for segment in worker for t in segment.tables]
    assert sorted(owned) == sorted(TABLES)
    for worker in segments:
        groups = [
            LOAD_GROUPS.index(next(g for g in LOAD_GROUPS if s.tables[0] in g)) for s in worker
        ]
        assert groups == sorted(set(groups))  # at most one segment per group, in load order
        assert all(any(set(s.tables) <= set(g) for g in LOAD_GROUPS) for s in worker)


def test_the_biggest_tables_load_on_different_connections() -> None:
    owner = {
        t: w
        for w, worker in enumerate(assign_segments(expected_rows(), 4))
        for s in worker
        for t in s.tables
    }
    assert len({owner[t] for t in ("interactions", "tickets", "calls", "chats")}) == 4


def test_every_deferred_statement_is_a_task_on_a_known_table() -> None:
    tasks = build_tasks(deferred_ddl().create, TABLES)
    foreign = [t for t in tasks if t.kind == "foreign key"]
    keys = [t for t in tasks if t.kind == "key"]
    assert len(keys) == 11
    assert len(tasks) == len(deferred_ddl().create) + len(foreign) + len(keys) + len(TABLES)
    assert {t.table for t in tasks} == set(TABLES)
    assert len(foreign) == 9 and all(t.references in TABLES for t in foreign)
    assert parse_tasks("CREATE UNIQUE INDEX ux ON calls (id)") == [
        DdlTask("CREATE UNIQUE INDEX ux ON calls (id)", "index", "calls")
    ]
    with pytest.raises(ValueError, match="not a key, index or foreign key"):
        parse_tasks("DROP TABLE tickets")


@pytest.mark.parametrize(
    ("statement", "kind"),
    [
        ("ALTER TABLE wfm ADD CONSTRAINT pk_wfm PRIMARY KEY (user_id, date)", "PRIMARY KEY"),
        ("ALTER TABLE calls ADD CONSTRAINT uq_calls_x UNIQUE (interaction_id)", "UNIQUE"),
    ],
)
def test_a_key_is_built_as_its_unique_index_then_made_the_constraint(
    statement: str, kind: str
) -> None:
    table, name, columns = statement.split()[2], statement.split()[5], statement.split(kind)[1]
    index, key = parse_tasks(statement)
    assert index.sql == f"CREATE UNIQUE INDEX {name} ON {table}{columns}"
    assert key.sql == f"ALTER TABLE {table} ADD CONSTRAINT {name} {kind} USING INDEX {name}"
    assert index.locks == {table: "SHARE"} and key.locks == {table: "ACCESS EXCLUSIVE"}
    with pytest.raises(ValueError, match="not a key, index or foreign key"):
        parse_tasks(f"{statement} DEFERRABLE")  # not what USING INDEX would make


def test_a_tables_indexes_and_its_keys_indexes_are_built_at_once() -> None:
    tasks = build_tasks(deferred_ddl().create, TABLES)
    schedule = DdlSchedule(tasks, expected_rows())
    schedule.commit_tables(TABLES)
    first = [schedule.next_task(wait=False) for _ in range(6)]
    on_interactions = [t for t in first if t is not None and t.table == "interactions"]
    assert sorted(t.kind for t in on_interactions) == ["index"] * 4 + ["key index"]


def test_a_foreign_key_is_added_not_valid_then_validated() -> None:
    statement = next(s for s in deferred_ddl().create if "fk_calls_interaction_id" in s)
    add, validate = parse_tasks(statement)
    assert add.sql == f"{statement} NOT VALID"
    assert validate.sql == (
        "ALTER TABLE calls VALIDATE CONSTRAINT fk_calls_interaction_id_interactions"
    )
    assert add.locks == {"calls": "SHARE ROW EXCLUSIVE", "interactions": "SHARE ROW EXCLUSIVE"}
    assert validate.locks == {"calls": "SHARE UPDATE EXCLUSIVE", "interactions": "ROW SHARE"}


def test_the_lock_conflicts_are_symmetric() -> None:
    assert all(a in CONFLICTS[b] for a in CONFLICTS for b in CONFLICTS[a])


def drain(schedule: DdlSchedule, workers: int) -> list[list[DdlTask]]:
    """Run the schedule in rounds of at most `workers` tasks started together."""
    rounds = []
    while True:
        batch = []
        while len(batch) < workers and (task := schedule.next_task(wait=False)) is not None:
            batch.append(task)
        if not batch:
            return rounds
        rounds.append(batch)
        for task in batch:
            schedule.finish(task)


def prerequisites(task: DdlTask, tasks: list[DdlTask]) -> list[DdlTask]:
    """What must be built before `task` starts."""
    if task.kind == "validate":
        return [t for t in tasks if t.kind == "foreign key" and t.constraint == task.constraint]
    if task.kind == "key":
        return [t for t in tasks if t.kind == "key index" and t.constraint == task.constraint]
    own = [("key index", task.table), ("key", task.table), ("index", task.table)]
    needed = {
        "key index": [],
        "index": [],
        "analyze": own,
        "foreign key": [*own, ("key", task.references)],
    }[task.kind]
    return [t for t in tasks if (t.kind, t.table) in needed]


def test_statements_start_only_once_what_they_need_is_built_and_never_collide() -> None:
    tasks = build_tasks(deferred_ddl().create, TABLES)
    analyzing: list[bool] = []
    schedule = DdlSchedule(tasks, expected_rows(), lambda: analyzing.append(True))
    assert schedule.next_task(wait=False) is None  # nothing is committed yet
    schedule.commit_tables(TABLES)
    rounds = drain(schedule, 3)
    assert schedule.complete and analyzing == [True]
    finished: list[DdlTask] = []
    for batch in rounds:
        for task in batch:
            assert all(t in finished for t in prerequisites(task, tasks)), task
        for one in batch:
            for other in batch:
                for table in one.tables & other.tables if one is not other else ():
                    assert one.locks[table] not in CONFLICTS[other.locks[table]], (one, other)
        finished += batch
    assert sorted(finished, key=str) == sorted(tasks, key=str)
    assert rounds[0][0].table == "interactions"  # the biggest table first


def test_only_committed_tables_are_worked_on() -> None:
    tasks = build_tasks(deferred_ddl().create, TABLES)
    schedule = DdlSchedule(tasks, expected_rows())
    schedule.commit_tables(LEADING_TABLES)
    done = [t for batch in drain(schedule, 2) for t in batch]
    assert {t.table for t in done} == set(LEADING_TABLES)
    assert not schedule.complete
    schedule.fail()
    assert schedule.next_task() is None  # a failure wakes waiters with nothing to do


@pytest.mark.parametrize(
    ("tickets", "local", "cpus", "expected"),
    [
        (49_999, True, 16, 1),
        (50_000, True, 2, 2),
        (50_000, True, 16, 8),
        (1_000_000, False, 16, 4),
        (1_000_000, False, 2, 2),
        (1_000_000, True, 1, 1),
    ],
)
def test_default_connections(
    monkeypatch: pytest.MonkeyPatch, tickets: int, local: bool, cpus: int, expected: int
) -> None:
    monkeypatch.setattr("seeder.config.available_cpus", lambda: cpus)
    assert default_connections(tickets, local=local) == expected


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("postgresql://postgres@127.0.0.1:5432/db", True),
        ("postgresql://localhost/db", True),
        ("postgresql:///db?host=/tmp/sock", True),
        ("postgresql://[::1]/db", True),
        ("dbname=db", True),
        ("postgresql://db.example.com/db", False),
        ("host=localhost,db.example.com dbname=db", False),
    ],
)
def test_a_local_server_is_a_socket_or_a_loopback_address(
    monkeypatch: pytest.MonkeyPatch, url: str, local: bool
) -> None:
    monkeypatch.delenv("PGHOST", raising=False)
    assert server_is_local(url) is local


def test_the_bulk_loading_settings_are_included_once(tmp_path: Path) -> None:
    (tmp_path / "postgresql.conf").write_text("shared_buffers = 128MB")
    write_bulk_load_settings(tmp_path)
    write_bulk_load_settings(tmp_path)
    config = (tmp_path / "postgresql.conf").read_text()
    assert config.count(f"include_if_exists = '{SETTINGS_FILE}'") == 1
    assert config.startswith("shared_buffers = 128MB\n")
    settings = (tmp_path / SETTINGS_FILE).read_text()
    assert all(f"{name} = '{value}'" in settings for name, value in BULK_LOAD_SETTINGS.items())


def test_statements_get_the_cpus_that_neither_loading_nor_other_statements_use() -> None:
    tasks = build_tasks(deferred_ddl().create, TABLES)
    schedule = DdlSchedule(tasks, expected_rows(), budget=CpuBudget(cpus=8, loading=3))
    schedule.commit_tables(LEADING_TABLES)
    first = schedule.next_task(wait=False)
    assert first is not None and first.table in LEADING_TABLES
    assert schedule.parallel_workers() == 8 - 3 - 1  # rows still come: 3 CPUs load them
    schedule.finish(first)
    schedule.commit_tables(TABLES)
    running = [schedule.next_task(wait=False) for _ in range(2)]
    assert None not in running
    assert schedule.parallel_workers() == 8 - 2
    schedule.finish(running[0])  # type: ignore[arg-type]
    assert schedule.parallel_workers() == 8 - 1


def test_no_budget_leaves_the_servers_setting_and_a_full_machine_gets_no_workers() -> None:
    tasks = build_tasks(deferred_ddl().create, TABLES)
    assert DdlSchedule(tasks, expected_rows()).parallel_workers() is None
    busy = DdlSchedule(tasks, expected_rows(), budget=CpuBudget(cpus=2, loading=3))
    busy.commit_tables(LEADING_TABLES)
    assert busy.next_task(wait=False) is not None
    assert busy.parallel_workers() == 0
