"""Terminal rendering for the CLI: a rich progress display on stderr and the final summary."""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

# rich is imported where output is drawn: a --quiet load (what benchmarks time) never draws.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, ProgressColumn, Task, TaskID
    from rich.table import Table

    from seeder.checks.runner import CheckResult, ValidationReport
    from seeder.sinks.base import RunSummary, StaffingLevel


def _count_column() -> ProgressColumn:
    """Rows done and expected with thousands separators, as the rates ("233,945/234,710");
    nothing for a step without a count."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class CountColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            if task.total is None:
                return Text("")
            return Text(f"{task.completed:>11,.0f}/{task.total:,.0f}")

    return CountColumn()


class ProgressDisplay:
    """Rows, rows/s and ETA per table while loading, when stderr is a terminal."""

    def __init__(self, *, enabled: bool) -> None:
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}
        self._started: set[threading.Thread] = set()
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description:<26}"),
                BarColumn(),
                _count_column(),
                TextColumn("{task.fields[rate]:>12}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )

    def __enter__(self) -> ProgressDisplay:
        # rich starts its refresh thread on the first update, not here: --jobs workers are
        # forked before the first rows, and a process is forked safely only while it has
        # one thread.
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None and self._tasks:
            self._progress.stop()
            # rich only signals its refresh thread to end; wait for it, so none outlives us.
            for thread in self._started:
                thread.join()

    def update(self, table: str, done: int, total: int) -> None:
        """The library's progress callback: rich itself limits the refresh rate.

        A step with no count (total 0: the sink's finishing steps) completes every bar shown
        so far, whose totals were estimates, and shows the step as running.
        """
        if self._progress is None:
            return
        if not self._tasks:
            before = set(threading.enumerate())
            self._progress.start()
            self._started = set(threading.enumerate()) - before
        if total == 0 and done == 0:
            self._begin_step(table)
            return
        if table not in self._tasks:
            self._tasks[table] = self._progress.add_task(table, total=total, rate="")
        task_id = self._tasks[table]
        task = self._progress.tasks[task_id]
        speed = task.speed
        rate = f"{speed:,.0f} rows/s" if speed else ""
        self._progress.update(task_id, completed=done, total=total, rate=rate)

    def _begin_step(self, name: str) -> None:
        assert self._progress is not None
        for task in self._progress.tasks:
            if not task.finished:
                finished = task.completed if task.total is not None else 1
                self._progress.update(task.id, completed=finished, total=finished)
        self._tasks[name] = self._progress.add_task(name, total=None, rate="")


def print_summary(summary: RunSummary) -> None:
    """Rows per table and step timings, on stdout."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 100)
    console.print(f"loaded into {summary.target}", soft_wrap=True, highlight=False)
    rows = Table()
    rows.add_column("table")
    rows.add_column("rows", justify="right")
    for table, count in summary.rows.items():
        rows.add_row(table, f"{count:,}")
    rows.add_row("total", f"{summary.total_rows:,}", style="bold")
    console.print(rows)
    if summary.staffing is not None and (staffing := staffing_line(summary.staffing)):
        console.print(staffing, highlight=False)
    console.print(f"steps: {steps_line(summary.timings)}")


def staffing_line(staffing: StaffingLevel) -> str:
    """What agents other than those planned for the tickets a day do to the queues; nothing
    for the planned agents."""
    if staffing.agents == staffing.planned_agents:
        return ""
    return (
        f"agents: {staffing.agents:,}, where {staffing.planned_agents:,} are planned for these "
        f"tickets a day: every wait {staffing.level:.2f} times as long"
    )


def steps_line(timings: dict[str, float]) -> str:
    """The steps' seconds, then "other" for what no step measured, so they add up to the total."""
    steps = {name: seconds for name, seconds in timings.items() if name != "total"}
    total = timings.get("total")
    if total is not None and total - sum(steps.values()) >= 0.005:
        steps["other"] = total - sum(steps.values())
    line = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in steps.items())
    return line if total is None else f"{line} = total {total:.2f}s"


WIDE_VALIDATION = 120  # columns from which `seed validate` prints its full table


def _validation_table(report: ValidationReport) -> Table:
    from rich.table import Table

    table = Table(title="seed validate", title_justify="left")
    for name in ("check", "kind", "result", "achieved", "expected", "tolerance", "detail"):
        table.add_column(name, overflow="fold")
    for result in report.results:
        table.add_row(
            result.name,
            result.kind,
            _OUTCOME_LABELS[result.outcome],
            _number(result.achieved),
            _expected(result),
            "" if result.bound else _number(result.tolerance),
            "" if result.passed and result.kind == "calibration" else result.detail,
        )
    return table


_SHORT_OUTCOMES = {"pass": ("pass", "green"), "fail": ("FAIL", "red"), "skip": ("skip", "")}


def _print_check_line(console: Console, result: CheckResult) -> None:
    """`pass  name  achieved vs expected +- tolerance`, the detail below when it matters."""
    from rich.padding import Padding
    from rich.text import Text

    label, style = _SHORT_OUTCOMES[result.outcome]
    line = Text(label, style=style)
    line.append(f"  {result.name}")
    if result.kind == "calibration" and result.achieved is not None:
        if result.bound is None:
            against = f"vs {_number(result.expected)} +- {_number(result.tolerance)}"
        else:
            against = _expected(result)  # "above 46.26": a floor, not a target
        line.append(f"  {_number(result.achieved)} {against}")
    console.print(line, overflow="ellipsis", no_wrap=True)
    if not result.passed:
        console.print(Padding(Text(result.detail, style="dim"), (0, 0, 0, 6)))


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}"


def _expected(result: CheckResult) -> str:
    """The expected value, or for a one-sided check its bound: `above 46.26`, `at most 0.25`."""
    expected = _number(result.expected)
    return expected if result.bound is None or not expected else f"{result.bound} {expected}"


_OUTCOME_LABELS = {"pass": "[green]pass[/green]", "fail": "[red]FAIL[/red]", "skip": "skipped"}


def print_validation(
    report: ValidationReport, file: TextIO | None = None, width: int | None = None
) -> None:
    """One row per check: integrity violations, calibration achieved vs expected.

    A table where there is room (120 columns or more, and piped output); on a narrower
    terminal one line per check, with a failed or skipped check's detail indented below it.
    """
    from rich.console import Console

    out = file or sys.stdout
    # Piped output gets a fixed, readable width instead of rich's 80-column default.
    console = Console(file=out, width=width or (None if out.isatty() else 160))
    if console.width >= WIDE_VALIDATION:
        console.print(_validation_table(report))
    else:
        for result in report.results:
            _print_check_line(console, result)
    failed, skipped = len(report.failures), len(report.skipped)
    passed = len(report.results) - failed - skipped
    verdict = f"{failed} check(s) FAILED" if failed else "no check failed"
    counts = f"{passed} passed, {failed} failed, {skipped} skipped"
    console.print(f"{len(report.results)} checks: {counts}: {verdict}")
