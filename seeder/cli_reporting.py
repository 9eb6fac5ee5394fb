"""How `seed` reports the end of a command: its exit codes, and what an interrupted command
leaves behind.

Light to import on purpose: main builds its Reporting before the commands' modules load, so
a Ctrl-C while they load (a few tenths of a second on a busy machine) ends the run with the
same one line and exit code as a later one.
"""

from __future__ import annotations

from collections.abc import Sequence

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_NOT_RUNNING = 3  # `seed db status`, as pg_ctl status
# What an interrupted command leaves, said on its one line; a command may say more as it goes.
NOTHING_CHANGED = "nothing was changed"
ROLLED_BACK = "nothing was changed (the transaction was rolled back)"
NOTHING_WRITTEN = "nothing was written"
# The commands that write files, not the database.
_WRITES_FILES = frozenset({"dump", "export", "report"})


class Reporting:
    """How main reports the end of the running command; the command fills it in as it goes."""

    def __init__(self, *, debug: bool, on_interrupt: str = NOTHING_CHANGED) -> None:
        self.debug = debug  # show the traceback of an error
        self.on_interrupt = on_interrupt  # what an interrupted command leaves behind
        self.stdout_closed = False  # the caller closed it: `-o -` has nowhere to go


def reporting_for(args: Sequence[str]) -> Reporting:
    """The Reporting of the command line `args` before its command starts."""
    writes_files = bool(args) and args[0] in _WRITES_FILES
    return Reporting(
        debug="--debug" in args, on_interrupt=NOTHING_WRITTEN if writes_files else NOTHING_CHANGED
    )
