"""The keys, indexes, foreign keys and statistics of the staged tables, built over N connections.

Each statement is a task for whichever connection is free, once what it needs exists: a
table's keys and indexes once its rows are committed, a foreign key after the referenced
table's keys and its own table's keys and indexes (its validating anti-join can use them),
ANALYZE after the table's indexes.

A primary key or unique constraint is built as a unique index of its name (a SHARE lock, like
any index build, so all of a table's indexes can be built at once), then made the constraint
with USING INDEX, which holds its ACCESS EXCLUSIVE lock only for a moment: the same
constraint and index as ADD CONSTRAINT makes, without holding the table's other index builds
back until the key's is done. A foreign key is added NOT VALID, which takes its locks for a
moment, then validated, which only keeps the referenced table from changing (ROW SHARE), so
the validations of calls and chats run beside the statements on interactions. The end is the
same constraint, validated, as the deferred statement makes.

Two tasks run at once only if the locks they take do not conflict (PostgreSQL's table of lock
modes), so a connection never waits for another and no cycle of waits can form. The biggest
tables go first, since their statements take longest.

Where the server runs on this machine (a CpuBudget), each statement may use as many parallel
workers as there are CPUs that nothing of the load keeps busy: none while the rows still come
or the other connections run statements, the idle CPUs for the last long index builds. A
parallel index build costs about a tenth more CPU in all than the same build alone, so on
CPUs that are busy anyway it only slows the load down.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

TaskKind = Literal["key index", "key", "index", "foreign key", "validate", "analyze"]
LockMode = Literal[
    "ROW SHARE", "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "ACCESS EXCLUSIVE"
]
# The lock each kind of statement takes on its table, and on the table a foreign key references.
_OWN_LOCK: dict[TaskKind, LockMode] = {
    "key index": "SHARE",
    "key": "ACCESS EXCLUSIVE",
    "index": "SHARE",
    "foreign key": "SHARE ROW EXCLUSIVE",
    "validate": "SHARE UPDATE EXCLUSIVE",
    "analyze": "SHARE UPDATE EXCLUSIVE",
}
_REFERENCED_LOCK: dict[TaskKind, LockMode] = {
    "foreign key": "SHARE ROW EXCLUSIVE",
    "validate": "ROW SHARE",
}
# PostgreSQL's conflicts among the modes above (the documentation's "Conflicting Lock Modes").
CONFLICTS: dict[LockMode, frozenset[LockMode]] = {
    "ROW SHARE": frozenset({"ACCESS EXCLUSIVE"}),
    "SHARE UPDATE EXCLUSIVE": frozenset(
        {"SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "ACCESS EXCLUSIVE"}
    ),
    "SHARE": frozenset({"SHARE UPDATE EXCLUSIVE", "SHARE ROW EXCLUSIVE", "ACCESS EXCLUSIVE"}),
    "SHARE ROW EXCLUSIVE": frozenset(
        {"SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "ACCESS EXCLUSIVE"}
    ),
    "ACCESS EXCLUSIVE": frozenset(
        {"ROW SHARE", "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "ACCESS EXCLUSIVE"}
    ),
}

_FOREIGN_KEY = re.compile(
    r"ALTER TABLE (\S+) ADD CONSTRAINT (\S+) FOREIGN KEY\s*\([^)]*\) REFERENCES (\S+) \("
)
_KEY = re.compile(r"ALTER TABLE (\S+) ADD CONSTRAINT (\S+) (PRIMARY KEY|UNIQUE) (\([^)]*\))$")
_INDEX = re.compile(r"CREATE (?:UNIQUE )?INDEX \S+ ON (\S+) ")


@dataclass(frozen=True)
class DdlTask:
    """One statement on the staged tables."""

    sql: str
    kind: TaskKind
    table: str
    references: str | None = None  # a foreign key's referenced table
    constraint: str | None = None  # a foreign key's or a key's name

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.locks)

    @property
    def locks(self) -> dict[str, LockMode]:
        """The lock it takes on each table it touches."""
        locks = {self.table: _OWN_LOCK[self.kind]}
        if self.references is not None and self.references != self.table:
            locks[self.references] = _REFERENCED_LOCK[self.kind]
        return locks


def parse_tasks(sql: str) -> list[DdlTask]:
    """The tasks of a deferred create statement (seeder.schema.deferred_ddl renders them)."""
    if match := _FOREIGN_KEY.match(sql):
        table, name, referenced = match.groups()
        validate = f"ALTER TABLE {table} VALIDATE CONSTRAINT {name}"
        return [
            DdlTask(f"{sql} NOT VALID", "foreign key", table, referenced, name),
            DdlTask(validate, "validate", table, referenced, name),
        ]
    if match := _KEY.match(sql):
        table, name, kind, columns = match.groups()
        return [
            DdlTask(
                f"CREATE UNIQUE INDEX {name} ON {table} {columns}", "key index", table, None, name
            ),
            DdlTask(
                f"ALTER TABLE {table} ADD CONSTRAINT {name} {kind} USING INDEX {name}",
                "key",
                table,
                None,
                name,
            ),
        ]
    if match := _INDEX.match(sql):
        return [DdlTask(sql, "index", match.group(1))]
    raise ValueError(f"not a key, index or foreign key statement: {sql[:80]}")


def build_tasks(create: Iterable[str], tables: Iterable[str]) -> list[DdlTask]:
    """Every deferred create statement as tasks, and an ANALYZE of each table."""
    tasks = [task for sql in create for task in parse_tasks(sql)]
    return tasks + [DdlTask(f"ANALYZE {table}", "analyze", table) for table in tables]


@dataclass(frozen=True)
class CpuBudget:
    """The CPUs of the machine the server shares with the load: `cpus`, of which `loading`
    stay busy while rows are still being loaded (the COPYing connections and the process
    generating the rows)."""

    cpus: int
    loading: int = 0


class DdlSchedule:
    """Hands out the tasks to connection threads as their prerequisites are met.

    `weights` ranks the tables (their expected rows); `on_analyzing` is called once, when
    every key, index and foreign key is built and only statistics remain. With `budget`,
    parallel_workers says how many parallel workers a statement may use.
    """

    def __init__(
        self,
        tasks: Iterable[DdlTask],
        weights: Mapping[str, int],
        on_analyzing: Callable[[], None] | None = None,
        budget: CpuBudget | None = None,
    ) -> None:
        self._pending = sorted(
            tasks, key=lambda t: (t.kind == "analyze", -weights.get(t.table, 0), t.sql)
        )
        self._tables = {table for task in self._pending for table in task.tables}
        self._budget = budget
        self._total = len(self._pending)
        self._running: list[DdlTask] = []
        self._done: list[DdlTask] = []
        self._committed: set[str] = set()
        self._failed = False
        self._on_analyzing = on_analyzing
        self._changed = threading.Condition()

    def commit_tables(self, tables: Iterable[str]) -> None:
        """These tables' rows are committed: their tasks may start."""
        with self._changed:
            self._committed.update(tables)
            self._changed.notify_all()

    def fail(self) -> None:
        """A connection failed: hand out nothing more, and wake every waiting thread."""
        with self._changed:
            self._failed = True
            self._changed.notify_all()

    def next_task(self, only: frozenset[str] | None = None, wait: bool = True) -> DdlTask | None:
        """The next task to run (on tables `only`, if given); None when none is left for the
        caller: all done, a failure, or (without `wait`) none ready now."""
        with self._changed:
            while not self._failed:
                task = self._ready(only)
                if task is not None:
                    self._pending.remove(task)
                    self._running.append(task)
                    return task
                left = [t for t in self._pending if only is None or t.tables <= only]
                if not left or not wait:
                    return None
                self._changed.wait()
            return None

    def finish(self, task: DdlTask) -> None:
        with self._changed:
            self._running.remove(task)
            self._done.append(task)
            self._changed.notify_all()
            remaining = self._pending + self._running
            if self._on_analyzing and remaining and all(t.kind == "analyze" for t in remaining):
                self._on_analyzing()
                self._on_analyzing = None

    def parallel_workers(self) -> int | None:
        """Parallel workers a statement just handed out may use: the CPUs left when every
        running statement has one, and while rows still come, the loading takes its share.
        None without a budget (the server's CPUs are not known here)."""
        if self._budget is None:
            return None
        with self._changed:
            busy = len(self._running)
            if not self._tables <= self._committed:
                busy += self._budget.loading
            return max(0, self._budget.cpus - busy)

    @property
    def complete(self) -> bool:
        with self._changed:
            return len(self._done) == self._total

    def _ready(self, only: frozenset[str] | None) -> DdlTask | None:
        for task in self._pending:
            if only is not None and not task.tables <= only:
                continue
            if self._prerequisites_met(task) and not self._conflicts(task):
                return task
        return None

    def _prerequisites_met(self, task: DdlTask) -> bool:
        if not task.tables <= self._committed:
            return False
        return not any(_needs(task, other) for other in self._pending + self._running)

    def _conflicts(self, task: DdlTask) -> bool:
        wanted = task.locks
        return any(
            mode in CONFLICTS[wanted[table]]
            for running in self._running
            for table, mode in running.locks.items()
            if table in wanted
        )


def _needs(task: DdlTask, other: DdlTask) -> bool:
    """Whether `task` may start only after `other` has finished."""
    if other is task:
        return False
    if task.kind == "validate":
        return other.kind == "foreign key" and other.constraint == task.constraint
    if task.kind == "key":
        return other.kind == "key index" and other.constraint == task.constraint
    same_table = other.table == task.table
    if task.kind == "analyze":
        return same_table and other.kind in ("key index", "key", "index")
    if task.kind == "foreign key":
        return (same_table and other.kind in ("key index", "key", "index")) or (
            other.table == task.references and other.kind == "key"
        )
    return False
