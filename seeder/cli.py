"""The `seed` command: run the command named on the command line, and turn how it ended into
an exit code and, on failure, one line on stderr.

The commands (seeder.cli_commands) and this module are the only ones that print or exit.
Errors are one line with the fix; --debug shows the traceback (not for a usage error).
Passwords given on the command line or in DATABASE_URL never appear, traceback included.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from seeder.cli_reporting import EXIT_FAILURE, Reporting, reporting_for
from seeder.errors import (
    InterruptedAfterCommitError,
    SeederError,
    TerminatedError,
    UsageError,
    clipped_words,
    interrupted_exit_code,
)

# An error line longer than this keeps its start and its end (the fix) around an ellipsis.
MESSAGE_CHARS = 400
DEFAULT_COMMAND = "load"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `seed` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    reporting = reporting_for(args)
    reporting.stdout_closed = _fill_closed_standard_streams()
    try:
        return _run_command(args, reporting)
    except KeyboardInterrupt as interrupt:  # Ctrl-C while the command's modules load
        return _interrupted(interrupt, reporting)


def _fill_closed_standard_streams() -> bool:
    """Put /dev/null in place of a standard stream the caller closed (`seed >&-`), so that
    printing goes nowhere instead of failing, and no file or socket opened later takes the
    descriptor and gets the output. Returns whether stdout was closed."""
    closed = {}
    for fd, name in enumerate(("stdin", "stdout", "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            closed[fd] = name
    for fd, name in closed.items():  # in order: os.open takes the lowest free descriptor
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", closefd=False))  # noqa: SIM115
    return 1 in closed


def _run_command(args: list[str], reporting: Reporting) -> int:
    """Run the command `args` name (load, if none), under the stop signals' handlers."""
    from seeder.generate.heap import ARROW_POOL_VARIABLE

    # Arrow's default allocator (mimalloc) keeps freed pages per thread; with generation in
    # a thread, the system allocator keeps peak memory lower. Set before pyarrow loads,
    # inherited by --jobs workers; a user's own setting wins.
    os.environ.setdefault(ARROW_POOL_VARIABLE, "system")
    # numpy's OpenBLAS starts a thread per CPU when it loads, and they spin a while; seeder
    # does no linear algebra: one thread leaves that CPU to the server and the --jobs workers.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if not reporting.debug:
        import logging

        # A failure is reported on one line, below; psycopg would add its own warnings about
        # the same failure (a COPY it could not end on a lost connection) through Python's
        # last-resort handler.
        logging.getLogger("psycopg").addHandler(logging.NullHandler())
    from seeder.cli_commands import COMMAND_HANDLERS
    from seeder.processes import stop_signals_interrupt

    if args and args[0] in COMMAND_HANDLERS:
        handler, rest = COMMAND_HANDLERS[args[0]], args[1:]
    else:
        handler, rest = COMMAND_HANDLERS[DEFAULT_COMMAND], args
    with stop_signals_interrupt() as received:
        try:
            return handler(rest, reporting)
        except KeyboardInterrupt as interrupt:
            return _interrupted(interrupt, reporting)
        except Exception as exc:
            if received and not isinstance(exc, InterruptedAfterCommitError):
                # A child the same signal killed failed the run before this process stopped.
                first = received[0]
                stop = KeyboardInterrupt() if first == signal.SIGINT else TerminatedError(first)
                return _interrupted(stop, reporting)
            return _failed(exc, args, reporting)


def _interrupted(interrupt: KeyboardInterrupt, reporting: Reporting) -> int:
    """One line saying what the interrupted command left; the exit code 128 + the signal."""
    code = interrupted_exit_code(interrupt)
    how = "interrupted"
    if isinstance(interrupt, TerminatedError):
        how = f"stopped by {signal.Signals(interrupt.signum).name}"
    sys.stderr.write(f"seed: {how}: {reporting.on_interrupt}\n")
    return code


def _failed(exc: Exception, args: Sequence[str], reporting: Reporting) -> int:
    from seeder.db.masking import mask, replace_secrets

    if isinstance(exc, BrokenPipeError):
        return EXIT_FAILURE
    secrets = _secrets_from(args)
    if reporting.debug and not isinstance(exc, UsageError):
        _print_traceback(secrets)
    if isinstance(exc, SeederError):
        # The library masked what it quotes; the user's own passwords are masked once more,
        # word for word (a structural pass would mask the USER:PASSWORD@ of the hint).
        sys.stderr.write(f"seed: error: {_error_line(replace_secrets(str(exc), secrets))}\n")
        return exc.exit_code
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    message = _error_line(mask(f"{type(exc).__name__}: {detail}", *secrets))
    sys.stderr.write(f"seed: error: unexpected {message} (run with --debug for details)\n")
    return EXIT_FAILURE


def _secrets_from(argv: Sequence[str]) -> list[str]:
    """Every password on the command line or in DATABASE_URL, in each form it may be shown."""
    from seeder.db.masking import secrets_in
    from seeder.db.urls import DATABASE_URL_ENV

    found: list[str] = []
    for value in [*argv, os.environ.get(DATABASE_URL_ENV, "")]:
        found += secrets_in(value)
    return found


def _error_line(message: str) -> str:
    """One bounded line: each long word cut, and the middle of a line still too long."""
    line = clipped_words(message.replace("\r", " ").replace("\n", " "))
    if len(line) <= MESSAGE_CHARS:
        return line
    tail = MESSAGE_CHARS // 4
    return f"{line[: MESSAGE_CHARS - tail]} ... {line[-tail:]}"


def _print_traceback(secrets: Sequence[str]) -> None:
    import traceback

    from seeder.db.masking import replace_secrets

    sys.stderr.write(replace_secrets(traceback.format_exc(), secrets))


def run() -> NoReturn:
    """The `seed` console script and `python -m seeder`: main(), then exit without the final
    garbage collection.

    At exit Python walks every object still alive (numpy, Arrow, Faker and psycopg modules)
    looking for cycles, a noticeable share of a small run. The work is done and the
    operating system reclaims the memory, so the objects are frozen out of its reach;
    atexit handlers still run and objects outside cycles are still finalized.
    """
    code = main()
    gc.freeze()
    sys.exit(code)
