"""What every output is to the pipeline: a Sink that takes encoded blocks in load order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from seeder.encode import Encoding
from seeder.encode.copy_format import EncodedBlock

if TYPE_CHECKING:
    from seeder.generate.plan import Plan

ProgressCallback = Callable[[str, int, int], None]
"""progress(table, rows written so far, expected total rows of that table).

After the rows, a sink's finishing steps come as progress(step, 0, 0): a phase with no count
("building keys and indexes", "analyzing")."""

PhaseCallback = Callable[[str], None]
"""phase(name): a sink's finishing step begins."""


@dataclass(frozen=True)
class StaffingLevel:
    """The run's agents against those planned for its tickets a day (RunConfig.planned_agents),
    and what that makes of the queues: every wait `level` times as long as planned."""

    agents: int
    planned_agents: int
    level: float

    @classmethod
    def of(cls, plan: Plan) -> StaffingLevel:
        config = plan.config
        return cls(config.agents, config.planned_agents, plan.queue.staffing_level)


@dataclass
class RunSummary:
    """What a run wrote: where, rows per table, bytes (files only), seconds per step, and
    its agents against those planned (once the plan is known)."""

    target: str
    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    bytes_written: int | None = None
    staffing: StaffingLevel | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


class Sink(Protocol):
    """An output. Opened, begun once the run's plan is known, fed every block in load order,
    then committed (the output appears whole) or aborted (nothing the user can see changed).
    """

    encoding: Encoding  # how the blocks it takes are encoded
    batch_rows: int  # rows per encoded batch: never changes the bytes, only the I/O size
    fork_generator: bool  # may the blocks come from a forked child (see seeder.pipeline.child)

    def open(self, summary: RunSummary) -> None:
        """Get ready, changing nothing the user can see (check the target, connect, lock)."""
        ...

    def begin(self, expected_rows: dict[str, int]) -> None:
        """Start writing: the plan is valid and these are the rows each table should get."""
        ...

    def write(self, block: EncodedBlock) -> None: ...

    def commit(self, summary: RunSummary, phase: PhaseCallback | None = None) -> None:
        """Make the output whole and visible; record its steps' seconds in `summary`, and
        name each step that takes a while to `phase` as it begins."""
        ...

    def abort(self, error: BaseException) -> None:
        """Undo everything since open(); called after any failure, Ctrl-C included."""
        ...
