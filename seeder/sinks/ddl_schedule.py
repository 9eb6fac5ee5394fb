"""The keys, indexes, foreign keys and statistics of the staged tables, built over N connections.

Each statement is a task for whichever connection is free, once what it needs exists: a
table's keys once its rows are committed, its indexes after its keys, a foreign key after
both tables' keys (and its own table's indexes, as in the single-transaction load: the
validating anti-join can use them), ANALYZE after the table's indexes. Two tasks never run at
once on one table unless both are CREATE INDEX: every other statement here takes a lock that
conflicts (ACCESS EXCLUSIVE for a key, SHARE ROW EXCLUSIVE on both tables for a foreign key,
SHARE UPDATE EXCLUSIVE for ANALYZE), so a connection never waits on another, and no cycle of
waits can form. The biggest tables go first, since their statements are the longest.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

TaskKind = Literal["key", "index", "foreign key", "analyze"]
_KIND_ORDER: dict[TaskKind, int] = {"key": 0, "index": 1, "foreign key": 2, "analyze": 3}

_FOREIGN_KEY = re.compile(
    r"ALTER TABLE (\S+) ADD CONSTRAINT \S+ FOREIGN KEY\s*\([^)]*\) REFERENCES (\S+) \("
)
_KEY = re.compile(r"ALTER TABLE (\S+) ADD CONSTRAINT \S+ (?:PRIMARY KEY|UNIQUE) ")
_INDEX = re.compile(r"CREATE (?:UNIQUE )?INDEX \S+ ON (\S+) ")


@dataclass(frozen=True)
class DdlTask:
    """One statement on the staged tables."""

    sql: str
    kind: TaskKind
    table: str
    references: str | None = None  # a foreign key's referenced table

    @property
    def tables(self) -> frozenset[str]:
        return frozenset({self.table} | ({self.references} if self.references else set()))


def parse_task(sql: str) -> DdlTask:
    """The task of a deferred create statement (seeder.schema.deferred_ddl renders them)."""
    if match := _FOREIGN_KEY.match(sql):
        return DdlTask(sql, "foreign key", match.group(1), match.group(2))
    if match := _KEY.match(sql):
        return DdlTask(sql, "key", match.group(1))
    if match := _INDEX.match(sql):
        return DdlTask(sql, "index", match.group(1))
    raise ValueError(f"not a key, index or foreign key statement: {sql[:80]}")


def build_tasks(create: Iterable[str], tables: Iterable[str]) -> list[DdlTask]:
    """Every deferred create statement as a task, and an ANALYZE of each table."""
    tasks = [parse_task(sql) for sql in create]
    return tasks + [DdlTask(f"ANALYZE {table}", "analyze", table) for table in tables]


class DdlSchedule:
    """Hands out the tasks to connection threads as their prerequisites are met.

    `weights` ranks the tables (their expected rows); `on_analyzing` is called once, when
    every key, index and foreign key is built and only statistics remain.
    """

    def __init__(
        self,
        tasks: Iterable[DdlTask],
        weights: Mapping[str, int],
        on_analyzing: Callable[[], None] | None = None,
    ) -> None:
        self._pending = sorted(
            tasks, key=lambda t: (_KIND_ORDER[t.kind] == 3, -weights.get(t.table, 0), t.sql)
        )
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
        unfinished = self._pending + self._running
        if task.kind == "key":
            return True
        if task.kind in ("index", "analyze"):
            before = ("key",) if task.kind == "index" else ("key", "index")
            return not any(t.table == task.table and t.kind in before for t in unfinished)
        # A foreign key: its table's keys and indexes, and the referenced table's keys.
        return not any(
            (t.table == task.table and t.kind in ("key", "index"))
            or (t.table == task.references and t.kind == "key")
            for t in unfinished
            if t is not task
        )

    def _conflicts(self, task: DdlTask) -> bool:
        return any(
            running.tables & task.tables and not (running.kind == task.kind == "index")
            for running in self._running
        )
