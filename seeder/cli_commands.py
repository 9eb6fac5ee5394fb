"""What each `seed` command does: parse its arguments, call one library function, print.

Each command imports the library modules it runs only after its arguments are parsed and
checked, so --help, `seed config` and usage errors answer without loading SQLAlchemy,
Alembic, numpy or Faker. As it learns them, a command tells main (through Reporting) whether
--debug was given and what an interruption would leave behind.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from seeder.cli_arguments import (
    config_parser,
    db_parser,
    dump_parser,
    export_parser,
    load_parser,
    migrate_parser,
    report_parser,
    run_config_from,
    validate_parser,
)
from seeder.cli_reporting import (
    EXIT_FAILURE,
    EXIT_NOT_RUNNING,
    EXIT_OK,
    ROLLED_BACK,
    Reporting,
)
from seeder.config import build_params
from seeder.errors import ConfigError
from seeder.version import __version__

if TYPE_CHECKING:
    from seeder.db.lock_wait import LockWait
    from seeder.sinks.base import RunSummary

Command = Callable[[Sequence[str], Reporting], int]


def _print_embedded_start(data_dir: Path) -> None:
    sys.stderr.write(
        f"seed: started the embedded PostgreSQL, data in {data_dir} (set SEEDER_HOME to move "
        "it); it keeps running for later runs: `seed db stop` stops it\n"
    )
    sys.stderr.flush()


def _target(explicit: str | None, *, quiet: bool = False) -> str:
    from seeder.db.target import resolve_database_url

    # --quiet prints nothing but errors: starting the server is news, not an error.
    announce = None if quiet else _print_embedded_start
    return resolve_database_url(explicit, on_embedded_start=announce)


def _note(text: str) -> None:
    """One line on stderr: stdout may carry JSON or a dump."""
    sys.stderr.write(f"seed: {text}\n")
    sys.stderr.flush()


def _print_lock_wait(wait: LockWait) -> None:
    _note(wait.describe())


def _print_notice(line: str) -> None:
    sys.stderr.write(f"seed: {line}\n")
    sys.stderr.flush()


def _run_load(argv: Sequence[str], reporting: Reporting) -> int:
    reporting.on_interrupt = ROLLED_BACK
    args = load_parser().parse_args(argv)
    reporting.debug = args.debug
    config = run_config_from(args)
    url = _target(args.database_url, quiet=args.quiet) if args.dask is None else _dask_target(args)
    from seeder.console import ProgressDisplay, print_summary
    from seeder.pipeline.run import load

    show_progress = not (args.quiet or args.json) and sys.stderr.isatty()
    with ProgressDisplay(enabled=show_progress) as display:
        if args.dask is not None:
            from seeder.distributed.load import load_with_dask

            summary = load_with_dask(
                config,
                url,
                address=args.dask or None,
                reset=args.reset,
                lock_timeout=args.lock_timeout,
                progress=display.update,
                connections=args.connections,
                on_notice=None if args.quiet else _print_notice,
            )
        else:
            summary = load(
                config,
                url,
                reset=args.reset,
                progress=display.update,
                lock_timeout=args.lock_timeout,
                on_lock_wait=_print_lock_wait,  # a silent wait would look like a hang
                connections=args.connections,
                on_notice=None if args.quiet else _print_notice,
            )
    if args.json:
        print(
            json.dumps(
                {
                    "target": summary.target,
                    "rows": summary.rows,
                    "timings_seconds": summary.timings,
                    "staffing": None
                    if summary.staffing is None
                    else dataclasses.asdict(summary.staffing),
                },
                indent=2,
            )
        )
    elif not args.quiet:
        print_summary(summary)
    return EXIT_OK


def _dask_target(args: argparse.Namespace) -> str:
    """A database the Dask workers can reach: never the embedded server (a unix socket)."""
    from seeder.db.target import resolve_database_url

    try:
        return resolve_database_url(args.database_url, start_embedded=False)
    except ConfigError:
        raise ConfigError(
            "--dask needs a database the workers reach over TCP: pass --database-url "
            "postgresql://USER@HOST:PORT/DB (the embedded server listens on a unix socket only)"
        ) from None


def _run_migrate(argv: Sequence[str], reporting: Reporting) -> int:
    reporting.on_interrupt = "nothing was changed (the migration was rolled back)"
    args = migrate_parser().parse_args(argv)
    reporting.debug = args.debug
    from seeder.db.urls import redact_url
    from seeder.schema.migrations import head_revision, upgrade_url_to_head

    url = _target(args.database_url)
    upgrade_url_to_head(url, lock_timeout=args.lock_timeout, on_lock_wait=_print_lock_wait)
    print(f"{redact_url(url)} is at schema revision {head_revision()}")
    return EXIT_OK


def _run_config(argv: Sequence[str], reporting: Reporting) -> int:
    from seeder.params import params_to_toml

    args = config_parser().parse_args(argv)
    reporting.debug = args.debug
    config = run_config_from(args)
    header = (
        f"# seeder {__version__}: effective parameters for {config.tickets:,} tickets, "
        f"{config.customers:,} customers, {config.agents} agents, {config.start} to {config.end}, "
        f"seed {config.seed}\n# Pass a file with any subset of these keys to --config.\n\n"
    )
    sys.stdout.write(header + params_to_toml(config.params))
    return EXIT_OK


def _run_db(argv: Sequence[str], reporting: Reporting) -> int:
    argv = list(argv)
    psql_args: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, psql_args = argv[:cut], argv[cut + 1 :]
    args = db_parser().parse_args(argv)
    reporting.debug = args.debug
    from seeder.db import embedded
    from seeder.db.psql import psql_command
    from seeder.db.urls import conninfo_params, redact_url
    from seeder.processes import end_with_parent

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
        return EXIT_OK if status.running else EXIT_NOT_RUNNING
    url = _target(args.database_url)
    if args.action == "url":
        conninfo_params(url)  # what libpq refuses is no URL to hand out
        print(redact_url(url))
        return EXIT_OK
    with psql_command(url) as (command, extra_env), _ctrl_c_left_to_the_child():
        return subprocess.call(
            [*command, *psql_args], env={**os.environ, **extra_env}, preexec_fn=end_with_parent
        )


@contextmanager
def _ctrl_c_left_to_the_child() -> Iterator[None]:
    """Ctrl-C reaches psql too, which cancels its query and carries on: it must not end us.

    A handler that does nothing, not SIG_IGN: exec resets it, so the child still gets Ctrl-C.
    """
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: None)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _report_files(summary: RunSummary, where: Path | str, quiet: bool) -> None:
    if quiet:
        return
    from seeder.console import staffing_line

    detail = ", ".join(f"{table} {rows:,}" for table, rows in summary.rows.items())
    size = summary.bytes_written
    size_text = f", {size:,} bytes" if size is not None else ""
    # Written to stdout itself (-o /dev/stdout | psql), the data must not get the summary.
    stream = sys.stderr if _is_stdout(Path(where)) else sys.stdout
    print(f"wrote {where} ({summary.total_rows:,} rows{size_text}): {detail}", file=stream)
    if summary.staffing is not None and (staffing := staffing_line(summary.staffing)):
        print(staffing, file=stream)


def _is_stdout(path: Path) -> bool:
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, io.UnsupportedOperation):
        return False  # no such file any more, or a stdout without a file behind it


def _run_validate(argv: Sequence[str], reporting: Reporting) -> int:
    args = validate_parser().parse_args(argv)
    reporting.debug = args.debug
    given = (args.config, args.agents, args.customers) != (None, None, None)
    # Without any, the library takes the parameters the newest load recorded.
    params = build_params(args.config, agents=args.agents, customers=args.customers)
    from seeder.checks.runner import validate_database
    from seeder.console import print_validation

    url = _target(args.database_url)
    report = validate_database(url, params=params if given else None, seed=args.seed)
    if report.recorded is not None:
        _note(f"using the parameters recorded by {report.recorded.describe()}")
    elif report.parameters == "defaults":
        _note(
            "no load is recorded in seed_runs (data from an older seeder, or loaded another "
            "way): validating with the default parameters; pass --config FILE.toml if the "
            "data was made with others, and its --seed"
        )
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print_validation(report)
    return EXIT_OK if report.passed else EXIT_FAILURE


def _run_report(argv: Sequence[str], reporting: Reporting) -> int:
    args = report_parser().parse_args(argv)
    reporting.debug = args.debug
    from seeder.report import write_report

    output = _file_or_stdout(args.output, reporting.stdout_closed)
    url = _target(args.database_url, quiet=args.quiet)
    path = write_report(url, output, force=args.force)
    if not args.quiet:
        from seeder.sinks.manifest import recorded_run

        recorded = recorded_run(url)
        if recorded is not None:
            _note(f"the report describes the data of {recorded.describe()}")
        # Written to stdout itself (-o - > page.html), the page must not get this line.
        print(f"wrote {path}", file=sys.stderr if _is_stdout(path) else sys.stdout)
    return EXIT_OK


STDOUT_DEVICE = Path("/dev/stdout")


def _file_or_stdout(output: Path, stdout_closed: bool) -> Path:
    """`-o -` is standard output, as in most tools."""
    if str(output) != "-":
        return output
    if stdout_closed:
        raise ConfigError("-o - (standard output): it is closed; give a file name instead")
    if not STDOUT_DEVICE.exists():
        raise ConfigError("-o - (standard output) needs /dev/stdout: give a file name instead")
    return STDOUT_DEVICE


def _run_dump(argv: Sequence[str], reporting: Reporting) -> int:
    args = dump_parser().parse_args(argv)
    reporting.debug = args.debug
    args.output = _file_or_stdout(args.output, reporting.stdout_closed)
    config = run_config_from(args, "file")
    from seeder.sinks.atomic import is_special_file

    if is_special_file(args.output):
        reporting.on_interrupt = f"the dump sent to {args.output} is incomplete and never commits"
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
    _report_files(summary, args.output, args.quiet)
    return EXIT_OK


def _run_export(argv: Sequence[str], reporting: Reporting) -> int:
    args = export_parser().parse_args(argv)
    reporting.debug = args.debug
    config = run_config_from(args, "file")
    if args.dask is None and "://" in args.output:
        raise ConfigError(f"-o {args.output}: a URL needs --dask; give a folder path instead")
    if args.output == "-":
        raise ConfigError(
            "-o -: an export is a folder of files, one per table, and cannot go to standard "
            "output; give a folder name (seed dump -o - writes one .sql stream)"
        )
    from seeder.console import ProgressDisplay

    show = not args.quiet and sys.stderr.isatty()
    with ProgressDisplay(enabled=show) as display:
        if args.dask is not None:
            from seeder.distributed.export import export_with_dask

            summary = export_with_dask(
                config,
                args.output,
                fmt=args.format,
                force=args.force,
                address=args.dask or None,
                progress=display.update,
                on_notice=None if args.quiet else _print_notice,
            )
        else:
            from seeder.pipeline.run import export_files

            summary = export_files(
                config,
                Path(args.output),
                fmt=args.format,
                force=args.force,
                progress=display.update,
            )
    _report_files(summary, args.output, args.quiet)
    return EXIT_OK


COMMAND_HANDLERS: dict[str, Command] = {
    "load": _run_load,
    "migrate": _run_migrate,
    "config": _run_config,
    "validate": _run_validate,
    "report": _run_report,
    "dump": _run_dump,
    "export": _run_export,
    "db": _run_db,
}
