"""The `seed` command: parse arguments, call one library function, render the result.

This is the only module that prints or exits. Errors are one line on stderr with the fix;
--debug shows the traceback. Each command imports the library modules it runs only after its
arguments are parsed and checked, so --help, `seed config` and usage errors answer without
loading SQLAlchemy, Alembic, numpy or Faker.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from seeder.config import (
    DEFAULT_BATCH_ROWS,
    DEFAULT_SEED,
    DEFAULT_SIZE,
    MAX_DEFAULT_JOBS,
    PARALLEL_MIN_TICKETS,
    SIZE_TICKETS,
    JobsTarget,
    RunConfig,
    build_run_config,
    default_jobs,
    parse_date,
)
from seeder.db.masking import mask, replace_secrets, secrets_in
from seeder.db.urls import DATABASE_URL_ENV
from seeder.errors import (
    ConfigError,
    InterruptedAfterCommitError,
    SeederError,
    TerminatedError,
    UsageError,
    clipped_words,
    interrupted_exit_code,
    shown,
)
from seeder.stop_signals import stop_signals_interrupt
from seeder.version import __version__

if TYPE_CHECKING:
    from seeder.db.lock_wait import LockWait

EXIT_OK = 0
EXIT_FAILURE = 1
# What an interrupted command leaves, said on its one line; a command sets its own.
ROLLED_BACK = "nothing was changed (the transaction was rolled back)"
NOTHING_WRITTEN = "nothing was written"
# An error line longer than this keeps its start and its end (the fix) around an ellipsis.
MESSAGE_CHARS = 400
MAX_LOCK_TIMEOUT_S = 2_147_483  # PostgreSQL's lock_timeout holds at most 2^31 - 1 ms

COMMANDS = {
    "load": "generate the dataset and load it (the default when no command is given)",
    "migrate": "migrate the target database to the latest schema",
    "config": "print the effective generation parameters as TOML",
    "validate": "check a loaded database: every business rule and every configured rate",
    "report": "write a self-contained HTML report (KPIs and charts) of a loaded database",
    "dump": "write a self-contained .sql dump file (schema + data) that psql loads",
    "export": "write one CSV or Parquet file per table into a folder",
    "db": "the embedded PostgreSQL: `seed db url`, `seed db psql`, `seed db stop`",
}


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors main reports on one line, exit 2."""

    def error(self, message: str) -> NoReturn:
        # Raised, not printed: the message may quote an argument holding a password.
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _positive_int(name: str) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value.replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"{shown(value)} is not a whole number") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(f"{value} must be a positive whole number")
        return number

    parse.__name__ = name
    return parse


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < number <= MAX_LOCK_TIMEOUT_S:
        raise argparse.ArgumentTypeError(
            f"{value} must be a number of seconds above 0 and at most {MAX_LOCK_TIMEOUT_S:,}"
        )
    return number


def _add_lock_timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lock-timeout",
        type=_seconds,
        metavar="SECONDS",
        help="give up (changing nothing) when another session holds a lock on a target table "
        "this long; default: wait, saying for whom after 2 s",
    )


def _print_lock_wait(wait: LockWait) -> None:
    sys.stderr.write(f"seed: {wait.describe()}\n")
    sys.stderr.flush()


def _seed_value(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(value)} is not an integer seed") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} must be >= 0")
    return number


def _add_target(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="target database (default: $DATABASE_URL, else the embedded PostgreSQL)",
    )


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")


def _add_generation(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("dataset")
    group.add_argument(
        "--size",
        choices=list(SIZE_TICKETS),
        help="size tier by tickets: "
        + ", ".join(f"{k} {v:,}" for k, v in SIZE_TICKETS.items())
        + f" (default {DEFAULT_SIZE})",
    )
    group.add_argument(
        "--tickets",
        type=_positive_int("tickets"),
        metavar="N",
        help="any number of tickets instead of a size tier",
    )
    group.add_argument(
        "--seed",
        type=_seed_value,
        default=DEFAULT_SEED,
        metavar="N",
        help=f"random seed; same inputs give identical data (default {DEFAULT_SEED})",
    )
    group.add_argument("--start", metavar="DATE", help="first day, YYYY-MM-DD (default 2023-09-15)")
    group.add_argument("--end", metavar="DATE", help="last day, YYYY-MM-DD (default 2025-08-21)")
    group.add_argument(
        "--config",
        type=Path,
        metavar="FILE.toml",
        help="override generation parameters (see `seed config` for every key)",
    )


def _build_load_parser() -> _Parser:
    epilog = "commands:\n" + "\n".join(f"  {name:<9} {text}" for name, text in COMMANDS.items())
    epilog += "\n\nRun `seed COMMAND --help` for a command's options."
    parser = _Parser(
        prog="seed",
        description="Fill PostgreSQL with a realistic, relationally consistent "
        "customer-support dataset.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"seeder {__version__}")
    _add_generation(parser)
    _add_target(parser)
    parser.add_argument(
        "--reset", action="store_true", help="replace data already in the target (same transaction)"
    )
    parser.add_argument(
        "--batch-rows",
        type=_positive_int("batch-rows"),
        default=DEFAULT_BATCH_ROWS,
        metavar="N",
        help=f"rows per COPY write; never changes the data (default {DEFAULT_BATCH_ROWS:,})",
    )
    _add_jobs(parser, "database")
    _add_lock_timeout(parser)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--quiet", action="store_true", help="print nothing but errors")
    output.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    _add_common(parser)
    return parser


def _config_from(args: argparse.Namespace, target: JobsTarget = "database") -> RunConfig:
    if args.size is not None and args.tickets is not None:
        raise ConfigError("give either --size or --tickets, not both")
    jobs = getattr(args, "jobs", 1)  # None: --jobs not given, chosen for the size below
    config = build_run_config(
        size=args.size,
        tickets=args.tickets,
        seed=args.seed,
        start=parse_date("--start", args.start) if args.start else None,
        end=parse_date("--end", args.end) if args.end else None,
        config_file=args.config,
        batch_rows=getattr(args, "batch_rows", DEFAULT_BATCH_ROWS),
        jobs=jobs or 1,
    )
    return config if jobs else replace(config, jobs=default_jobs(target, config.tickets))


def _run_load(argv: Sequence[str]) -> int:
    _ON_INTERRUPT[0] = ROLLED_BACK
    args = _build_load_parser().parse_args(argv)
    _DEBUG[0] = args.debug
    config = _config_from(args)
    from seeder.db.target import resolve_database_url

    url = resolve_database_url(args.database_url)
    from seeder.console import ProgressDisplay, print_summary
    from seeder.pipeline.run import load

    show_progress = not (args.quiet or args.json) and sys.stderr.isatty()
    with ProgressDisplay(enabled=show_progress) as display:
        summary = load(
            config,
            url,
            reset=args.reset,
            progress=display.update,
            lock_timeout=args.lock_timeout,
            on_lock_wait=_print_lock_wait,
        )
    if args.json:
        print(
            json.dumps(
                {
                    "target": summary.target,
                    "rows": summary.rows,
                    "timings_seconds": summary.timings,
                },
                indent=2,
            )
        )
    elif not args.quiet:
        print_summary(summary)
    return EXIT_OK


def _run_migrate(argv: Sequence[str]) -> int:
    _ON_INTERRUPT[0] = "nothing was changed (the migration was rolled back)"
    parser = _Parser(prog="seed migrate", description=COMMANDS["migrate"])
    _add_target(parser)
    _add_lock_timeout(parser)
    _add_common(parser)
    args = parser.parse_args(argv)
    _DEBUG[0] = args.debug
    from seeder.db.target import resolve_database_url
    from seeder.db.urls import redact_url
    from seeder.schema.migrations import head_revision, upgrade_url_to_head

    url = resolve_database_url(args.database_url)
    upgrade_url_to_head(url, lock_timeout=args.lock_timeout, on_lock_wait=_print_lock_wait)
    print(f"{redact_url(url)} is at schema revision {head_revision()}")
    return EXIT_OK


def _run_config(argv: Sequence[str]) -> int:
    from seeder.params import params_to_toml

    parser = _Parser(prog="seed config", description=COMMANDS["config"])
    _add_generation(parser)
    _add_common(parser)
    args = parser.parse_args(argv)
    _DEBUG[0] = args.debug
    config = _config_from(args)
    header = (
        f"# seeder {__version__}: effective parameters for {config.tickets:,} tickets, "
        f"{config.customers:,} customers, {config.agents} agents, {config.start} to {config.end}, "
        f"seed {config.seed}\n# Pass a file with any subset of these keys to --config.\n\n"
    )
    sys.stdout.write(header + params_to_toml(config.params))
    return EXIT_OK


def _run_db(argv: Sequence[str]) -> int:
    parser = _Parser(prog="seed db", description=COMMANDS["db"])
    parser.add_argument(
        "action",
        choices=["url", "psql", "stop", "status"],
        help="url: print the target's URL (starting the embedded server if needed); "
        "psql: open psql on it; stop: stop the embedded server; status: is it running",
    )
    _add_target(parser)
    _add_common(parser)
    parser.epilog = "psql: arguments after -- go to psql, e.g. seed db psql -- -c 'select 1'"
    argv = list(argv)
    psql_args: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, psql_args = argv[:cut], argv[cut + 1 :]
    args = parser.parse_args(argv)
    _DEBUG[0] = args.debug
    from seeder.db import embedded
    from seeder.db.target import resolve_database_url
    from seeder.db.urls import conninfo_params, redact_url

    if args.action == "stop":
        print(
            "embedded PostgreSQL stopped"
            if embedded.stop_embedded()
            else "embedded PostgreSQL was not running"
        )
        return EXIT_OK
    if args.action == "status":
        status = embedded.embedded_status()
        state = "running" if status.running else "stopped"
        print(f"embedded PostgreSQL {state}; data in {status.data_dir}")
        return EXIT_OK
    url = resolve_database_url(args.database_url)
    if args.action == "url":
        conninfo_params(url)  # what libpq refuses is no URL to hand out
        print(redact_url(url))
        return EXIT_OK
    command, extra_env = embedded.psql_command(url)
    return subprocess.call([*command, *psql_args], env={**os.environ, **extra_env})


def _add_jobs(parser: argparse.ArgumentParser, target: JobsTarget) -> None:
    spare = "CPUs minus 2" if target == "database" else "one per CPU"
    parser.add_argument(
        "--jobs",
        type=_positive_int("jobs"),
        default=None,
        metavar="N",
        help="worker processes generating chunks; never changes the data (default: 1 below "
        f"{PARALLEL_MIN_TICKETS:,} tickets, else {spare}, at most {MAX_DEFAULT_JOBS}; "
        f"here {default_jobs(target)})",
    )


def _add_output(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="PATH", help=what)
    parser.add_argument(
        "--force", action="store_true", help="replace an earlier output of seed's (nothing else)"
    )
    parser.add_argument(
        "--batch-rows",
        type=_positive_int("batch-rows"),
        default=DEFAULT_BATCH_ROWS,
        metavar="N",
        help=f"rows per write; never changes the output (default {DEFAULT_BATCH_ROWS:,})",
    )
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    _add_jobs(parser, "file")


def _report_files(summary_rows: dict[str, int], where: Path, size: int | None, quiet: bool) -> None:
    if quiet:
        return
    total = sum(summary_rows.values())
    detail = ", ".join(f"{table} {rows:,}" for table, rows in summary_rows.items())
    size_text = f", {size:,} bytes" if size is not None else ""
    # Written to stdout itself (-o /dev/stdout | psql), the data must not get the summary.
    stream = sys.stderr if _is_stdout(where) else sys.stdout
    print(f"wrote {where} ({total:,} rows{size_text}): {detail}", file=stream)


def _is_stdout(path: Path) -> bool:
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, io.UnsupportedOperation):
        return False  # no such file any more, or a stdout without a file behind it


def _run_validate(argv: Sequence[str]) -> int:
    from seeder.params import Params, params_from_mapping, read_toml

    parser = _Parser(prog="seed validate", description=COMMANDS["validate"])
    _add_target(parser)
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE.toml",
        help="the parameters the data was generated with (default: the built-in ones)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_common(parser)
    args = parser.parse_args(argv)
    _DEBUG[0] = args.debug
    params = params_from_mapping(read_toml(args.config)) if args.config else Params()
    from seeder.checks.runner import validate_database
    from seeder.console import print_validation
    from seeder.db.target import resolve_database_url

    url = resolve_database_url(args.database_url)
    report = validate_database(url, params=params)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print_validation(report)
    return EXIT_OK if report.passed else EXIT_FAILURE


def _run_report(argv: Sequence[str]) -> int:
    _ON_INTERRUPT[0] = NOTHING_WRITTEN
    parser = _Parser(prog="seed report", description=COMMANDS["report"])
    _add_target(parser)
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.html", help="the page to write"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace a report seed wrote earlier (nothing else)"
    )
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    _add_common(parser)
    args = parser.parse_args(argv)
    _DEBUG[0] = args.debug
    from seeder.db.target import resolve_database_url
    from seeder.report import write_report

    url = resolve_database_url(args.database_url)
    path = write_report(url, args.output, force=args.force)
    if not args.quiet:
        print(f"wrote {path}")
    return EXIT_OK


def _run_dump(argv: Sequence[str]) -> int:
    parser = _Parser(prog="seed dump", description=COMMANDS["dump"])
    _add_generation(parser)
    _add_output(parser, "the .sql file to write (a name ending in .gz is gzip-compressed)")
    parser.add_argument(
        "--format",
        choices=["copy", "insert"],
        default="copy",
        help="COPY blocks (default, fastest to load) or multi-row INSERT statements",
    )
    parser.add_argument(
        "--data-only", action="store_true", help="leave the schema out (for a migrated database)"
    )
    _add_common(parser)
    args = parser.parse_args(argv)
    _DEBUG[0] = args.debug
    config = _config_from(args, "file")
    from seeder.sinks.atomic import is_special_file

    _ON_INTERRUPT[0] = NOTHING_WRITTEN
    if is_special_file(args.output):
        _ON_INTERRUPT[0] = f"the dump sent to {args.output} is incomplete and never commits"
    from seeder.console import ProgressDisplay
    from seeder.pipeline.run import write_dump

    show = not args.quiet and sys.stderr.isatty()
    with ProgressDisplay(enabled=show) as display:
        summary = write_dump(
            config,
            args.output,
            fmt=args.format,
            data_only=args.data_only,
            force=args.force,
            progress=display.update,
        )
    _report_files(summary.rows, args.output, summary.bytes_written, args.quiet)
    return EXIT_OK


def _run_export(argv: Sequence[str]) -> int:
    _ON_INTERRUPT[0] = NOTHING_WRITTEN
    parser = _Parser(prog="seed export", description=COMMANDS["export"])
    _add_generation(parser)
    _add_output(parser, "the folder to create (it appears complete or not at all)")
    parser.add_argument("--format", choices=["csv", "parquet"], default="csv", help="file format")
    _add_common(parser)
    args = parser.parse_args(argv)
    _DEBUG[0] = args.debug
    config = _config_from(args, "file")
    from seeder.console import ProgressDisplay
    from seeder.pipeline.run import export_files

    show = not args.quiet and sys.stderr.isatty()
    with ProgressDisplay(enabled=show) as display:
        summary = export_files(
            config, args.output, fmt=args.format, force=args.force, progress=display.update
        )
    _report_files(summary.rows, args.output, None, args.quiet)
    return EXIT_OK


_HANDLERS: dict[str, Callable[[Sequence[str]], int]] = {
    "load": _run_load,
    "migrate": _run_migrate,
    "config": _run_config,
    "validate": _run_validate,
    "report": _run_report,
    "dump": _run_dump,
    "export": _run_export,
    "db": _run_db,
}
_DEBUG = [False]
_ON_INTERRUPT = ["nothing was changed"]


def _secrets_from(argv: Sequence[str]) -> list[str]:
    """Every password on the command line or in DATABASE_URL, in each form it may be shown."""
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
    sys.stderr.write(replace_secrets(traceback.format_exc(), secrets))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `seed` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    _DEBUG[0] = "--debug" in args
    # Arrow's default allocator (mimalloc) keeps freed pages per thread; with generation in
    # a thread, the system allocator kept peak RSS 25 MB lower at 100,000 tickets. Set before
    # pyarrow loads, inherited by --jobs workers; a user's own setting wins.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    # numpy's OpenBLAS starts a thread per CPU when it loads, and they spin a while; seeder
    # does no linear algebra. One thread saves 0.1 s of CPU per run (a 25,000-ticket dump:
    # user 0.41-0.46 s -> 0.32-0.33 s), CPU the server and the --jobs workers can use.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if args and args[0] in _HANDLERS:
        handler, rest = _HANDLERS[args[0]], args[1:]
    else:
        handler, rest = _run_load, args
    _ON_INTERRUPT[0] = "nothing was changed"
    with stop_signals_interrupt() as received:
        try:
            return handler(rest)
        except KeyboardInterrupt as interrupt:
            return _interrupted(interrupt)
        except Exception as exc:
            if received and not isinstance(exc, InterruptedAfterCommitError):
                # A child the same signal killed failed the run before this process stopped.
                return _interrupted(TerminatedError(received[0]))
            return _failed(exc, args)


def _interrupted(interrupt: KeyboardInterrupt) -> int:
    """One line saying what the interrupted command left; the exit code 128 + the signal."""
    code = interrupted_exit_code(interrupt)
    how = "interrupted"
    if isinstance(interrupt, TerminatedError):
        how = f"stopped by {signal.Signals(interrupt.signum).name}"
    sys.stderr.write(f"seed: {how}: {_ON_INTERRUPT[0]}\n")
    return code


def _failed(exc: Exception, args: Sequence[str]) -> int:
    if isinstance(exc, BrokenPipeError):
        return EXIT_FAILURE
    secrets = _secrets_from(args)
    if _DEBUG[0] and not isinstance(exc, UsageError):
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


def run() -> NoReturn:
    """The `seed` console script and `python -m seeder`: main(), then exit without the final
    garbage collection.

    At exit Python walks every object still alive (numpy, Arrow, Faker and psycopg modules)
    looking for cycles: 0.1-0.15 s of a 2 s run at 25,000 tickets. The work is done and the
    operating system reclaims the memory, so the objects are frozen out of its reach;
    atexit handlers still run and objects outside cycles are still finalized.
    """
    code = main()
    gc.freeze()
    sys.exit(code)
