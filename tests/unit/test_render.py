"""The progress display starts its refresh thread only when the first rows arrive.

--jobs workers are forked when the load starts, and only a process with one thread is
forked (seeder.generate.workers); a display that started its thread on entry would send every CLI
run with progress to the slower forkserver.
"""

from __future__ import annotations

import threading

from seeder.checks.results import ValidationReport
from seeder.console import ProgressDisplay


def _started_since(before: set[threading.Thread]) -> list[threading.Thread]:
    """Threads alive now that were not before (one an earlier test left may end meanwhile)."""
    return [thread for thread in threading.enumerate() if thread not in before]


def test_no_thread_until_the_first_update_and_none_after_exit() -> None:
    before = set(threading.enumerate())
    with ProgressDisplay(enabled=True) as display:
        assert _started_since(before) == []
        display.update("tickets", 10, 100)
        assert len(_started_since(before)) == 1
    assert _started_since(before) == []


def test_a_display_that_never_drew_exits_cleanly() -> None:
    before = set(threading.enumerate())
    with ProgressDisplay(enabled=True):
        pass
    with ProgressDisplay(enabled=False) as display:
        display.update("tickets", 10, 100)
    assert _started_since(before) == []


def test_a_finishing_step_completes_the_bars_and_shows_itself() -> None:
    display = ProgressDisplay(enabled=True)
    with display:
        display.update("interactions", 233_945, 234_710)  # the expected total was an estimate
        display.update("building keys and indexes", 0, 0)
        display.update("analyzing", 0, 0)
        assert display._progress is not None
        tasks = {task.description: task for task in display._progress.tasks}
    rows = tasks["interactions"]
    assert (rows.completed, rows.total) == (233_945, 233_945)
    assert tasks["building keys and indexes"].finished
    assert tasks["analyzing"].total is None  # running: shown without a count


def test_counts_have_thousands_separators() -> None:
    from rich.console import Console

    display = ProgressDisplay(enabled=True)
    with display:
        display.update("tickets", 546_072, 1_000_000)
        assert display._progress is not None
        console = Console(record=True, width=120)
        console.print(display._progress.get_renderable())
    assert "546,072/1,000,000" in console.export_text()


def test_the_steps_add_up_to_the_total() -> None:
    from seeder.console import steps_line

    line = steps_line({"migrate": 0.12, "generate+write": 0.5, "analyze": 0.08, "total": 1.0})
    assert line == "migrate 0.12s, generate+write 0.50s, analyze 0.08s, other 0.30s = total 1.00s"
    assert steps_line({"plan": 0.5, "total": 0.5}) == "plan 0.50s = total 0.50s"


def _report() -> ValidationReport:
    from seeder.checks.results import CheckResult, ValidationReport

    long_name = "first_interaction_waits_speed_of_answer"
    return ValidationReport(
        (
            CheckResult(long_name, "integrity", "pass", "the first interaction ...", violations=0),
            CheckResult(
                "contacts_per_case.troubleshooting",
                "calibration",
                "fail",
                "mean interactions per troubleshooting ticket: achieved 1.7 " * 3,
                achieved=1.7123,
                expected=1.5,
                tolerance=0.0412,
            ),
            CheckResult("backlog_recent", "calibration", "skip", "too few rows to judge"),
        )
    )


def test_validate_fits_an_80_column_terminal_one_line_per_check() -> None:
    import io

    from seeder.console import print_validation

    out = io.StringIO()
    print_validation(_report(), file=out, width=80)
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines), lines
    for name in ("first_interaction_waits_speed_of_answer", "contacts_per_case.troubleshooting"):
        assert sum(name in line for line in lines) == 1  # whole, on one line
    assert lines[0].startswith("pass  first_interaction")
    assert lines[1].startswith("FAIL  contacts_per_case.troubleshooting  1.712 vs 1.5 +- 0.0412")
    assert lines[2].startswith("      mean interactions")  # the failure's detail, indented
    assert any(line.startswith("skip  backlog_recent") for line in lines)
    assert lines[-1] == "3 checks: 1 passed, 1 failed, 1 skipped: 1 check(s) FAILED"


def test_validate_is_a_table_when_the_terminal_is_wide() -> None:
    import io

    from seeder.console import print_validation

    out = io.StringIO()
    print_validation(_report(), file=out, width=160)
    text = out.getvalue()
    assert "┃ check" in text and "tolerance" in text


def test_a_one_sided_check_shows_its_bound_not_a_tolerance() -> None:
    import io

    from seeder.checks.results import CheckResult, ValidationReport
    from seeder.console import print_validation

    report = ValidationReport(
        (
            CheckResult("waits_follow_load.speed_of_answer", "calibration", "pass", "must be "
                        "higher", 77.84, 46.26, bound="above"),
            CheckResult("backlog_recent", "calibration", "pass", "at most", 0.1, 0.25,
                        bound="at most"),
        )
    )  # fmt: skip
    narrow, wide = io.StringIO(), io.StringIO()
    print_validation(report, file=narrow, width=80)
    print_validation(report, file=wide, width=160)
    lines = narrow.getvalue().splitlines()
    assert lines[0] == "pass  waits_follow_load.speed_of_answer  77.84 above 46.26"
    assert lines[1] == "pass  backlog_recent  0.1 at most 0.25"
    assert "above 46.26" in wide.getvalue() and "at most 0.25" in wide.getvalue()
    assert "+-" not in narrow.getvalue()
