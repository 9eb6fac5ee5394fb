"""What a measurement produces: timings, per-table and per-size figures, and their units."""

from __future__ import annotations

from dataclasses import dataclass, field

MB = 1_000_000
MIB = 1024 * 1024


class BenchmarkError(Exception):
    """A measurement could not run (a child failed, the server refused)."""


@dataclass(frozen=True)
class Timing:
    """One measured step: wall seconds for `rows` rows, and what else is known about it.

    peak_rss_mib is the largest high-water mark (VmHWM) of any one process of the child's
    tree; tree_rss_mib is the sampled sum of Pss over the child and its workers, the memory
    the run needed at once (shared pages counted once). ddl_seconds is the part of a load
    spent re-creating deferred indexes and foreign keys; statements_seconds the part of the
    INSERT contrast spent in executemany and the commit.
    """

    seconds: float
    rows: int
    bytes: int = 0
    peak_rss_mib: float = 0.0
    tree_rss_mib: float = 0.0
    ddl_seconds: float = 0.0
    statements_seconds: float = 0.0

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.bytes / MB / self.seconds


@dataclass
class TableFigures:
    """Generation-only figures of one table."""

    rows: int = 0
    bytes: int = 0
    generate_seconds: float = 0.0
    encode_seconds: float = 0.0


@dataclass
class SizeResult:
    """Everything measured for one --tickets size.

    figures: flat name -> number; jobs: one entry per --jobs-list value (generation only).
    """

    tickets: int
    figures: dict[str, float]
    tables: dict[str, TableFigures]
    jobs: list[dict[str, float]] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
