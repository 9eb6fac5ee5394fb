"""The progress display starts its refresh thread only when the first rows arrive.

--jobs workers are forked when the load starts, and only a process with one thread is
forked (seeder.generate.workers); a display that started its thread on entry would send every CLI
run with progress to the slower forkserver.
"""

from __future__ import annotations

import threading

from seeder.console import ProgressDisplay


def test_no_thread_until_the_first_update_and_none_after_exit() -> None:
    before = threading.active_count()
    with ProgressDisplay(enabled=True) as display:
        assert threading.active_count() == before
        display.update("tickets", 10, 100)
        assert threading.active_count() == before + 1
    assert threading.active_count() == before


def test_a_display_that_never_drew_exits_cleanly() -> None:
    before = threading.active_count()
    with ProgressDisplay(enabled=True):
        pass
    with ProgressDisplay(enabled=False) as display:
        display.update("tickets", 10, 100)
    assert threading.active_count() == before
