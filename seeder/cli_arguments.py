"""The `seed` command line: each command's parser, and the options several of them share.

A usage error is raised as UsageError, not printed (it may quote an argument holding a
password): main reports it on one line, masked, exit 2. Parsing imports no heavy library.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

from seeder.config import (
    DEFAULT_BATCH_ROWS,
    DEFAULT_SEED,
    DEFAULT_SIZE,
    MAX_CONNECTIONS,
    MAX_DEFAULT_CONNECTIONS,
    MAX_DEFAULT_JOBS,
    MAX_JOBS,
    MAX_LOCK_TIMEOUT_S,
    MIN_AGENTS,
    MIN_CUSTOMERS,
    PARALLEL_MIN_TICKETS,
    REMOTE_CONNECTIONS,
    SIZE_TICKETS,
    SPEC_AGENTS,
    SPEC_CUSTOMERS,
    SPEC_DAYS,
    SPEC_TICKETS,
    STAGED_MIN_TICKETS,
    WORKERS_FOR_MEMORY_TICKETS,
    JobsTarget,
    RunConfig,
    build_run_config,
    default_jobs,
    parse_date,
)
from seeder.errors import ConfigError, UsageError, shown
from seeder.version import __version__

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


class Parser(argparse.ArgumentParser):
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


def _path(value: str) -> Path:
    if not value.strip():  # Path("") is the current folder, which nobody means by it
        raise argparse.ArgumentTypeError("an empty path: give a file or folder name")
    return Path(value)


def _path_or_url(value: str) -> str:
    _path(value)  # refuses an empty one; a URL stays a string (Path folds s3:// to s3:/)
    return value


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


def _seed_value(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(value)} is not an integer seed") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} must be >= 0")
    return number


def _add_lock_timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lock-timeout",
        type=_seconds,
        metavar="SECONDS",
        help="give up (changing nothing) when another session holds a lock on a target table "
        "this long; default: wait, saying for whom after 2 s",
    )


def _add_target(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="target database (default: $DATABASE_URL, else the PG* variables as psql reads "
        "them, else the embedded PostgreSQL)",
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
    _add_counts(group)
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


def _add_counts(parser: argparse._ActionsContainer, *, loaded: bool = False) -> None:
    """--agents and --customers: to generate with, or (validate) those the data was loaded with."""
    scaled = f"per {SPEC_TICKETS:,} tickets as in the spec"
    if loaded:
        for name in ("agents", "customers"):
            parser.add_argument(
                f"--{name}",
                type=_positive_int(name),
                metavar="N",
                help=f"the --{name} the data was loaded with (default: the recorded count, "
                "else scaled with its tickets)",
            )
        return
    parser.add_argument(
        "--agents",
        type=_positive_int("agents"),
        metavar="N",
        help=f"agents (users rows); default {SPEC_AGENTS} {scaled} (in its {SPEC_DAYS} days: "
        f"more for a shorter range), at least {MIN_AGENTS}: the agents planned; fewer wait "
        "longer and lose more calls and chats",
    )
    parser.add_argument(
        "--customers",
        type=_positive_int("customers"),
        metavar="N",
        help=f"customers; default {SPEC_CUSTOMERS:,} {scaled}, at least {MIN_CUSTOMERS}",
    )


def _add_jobs(parser: argparse.ArgumentParser, target: JobsTarget) -> None:
    spare = "CPUs minus 2 but 2 on 2 or 3 CPUs" if target == "database" else "one per CPU"
    parser.add_argument(
        "--jobs",
        type=_positive_int("jobs"),
        default=None,
        metavar="N",
        help=f"worker processes generating chunks, at most {MAX_JOBS}; never changes the data "
        "(default: 1 below "
        f"{PARALLEL_MIN_TICKETS:,} tickets, else {spare}, at most {MAX_DEFAULT_JOBS} and at "
        f"least 2 from {WORKERS_FOR_MEMORY_TICKETS:,}; here {default_jobs(target)})",
    )


def _connections(value: str) -> int:
    number = _positive_int("connections")(value)
    if number > MAX_CONNECTIONS:
        raise argparse.ArgumentTypeError(f"{value} is more than {MAX_CONNECTIONS}")
    return number


def _add_connections(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--connections",
        type=_connections,
        default=None,
        metavar="N",
        help="connections loading at once, through staged tables swapped in at the end; 1 "
        f"loads in one transaction (default: 1 below {STAGED_MIN_TICKETS:,} tickets, else "
        f"one per CPU for a server on this machine, {REMOTE_CONNECTIONS} for another, "
        f"at most the CPUs here and {MAX_DEFAULT_CONNECTIONS})",
    )


def _add_output(parser: argparse.ArgumentParser, what: str, *, url: bool = False) -> None:
    # A URL stays a string: Path would fold s3://bucket into s3:/bucket.
    kind, metavar = (_path_or_url, "PATH|URL") if url else (_path, "PATH")
    parser.add_argument("-o", "--output", type=kind, required=True, metavar=metavar, help=what)
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


def run_config_from(args: argparse.Namespace, target: JobsTarget = "database") -> RunConfig:
    """The checked RunConfig of a generating command's arguments (--jobs chosen if not given)."""
    if args.size is not None and args.tickets is not None:
        raise ConfigError("give either --size or --tickets, not both")
    jobs = getattr(args, "jobs", 1)  # None: --jobs not given, chosen for the size below
    config = build_run_config(
        size=args.size,
        tickets=args.tickets,
        seed=args.seed,
        start=None if args.start is None else parse_date("--start", args.start),
        end=None if args.end is None else parse_date("--end", args.end),
        config_file=args.config,
        agents=args.agents,
        customers=args.customers,
        batch_rows=getattr(args, "batch_rows", DEFAULT_BATCH_ROWS),
        jobs=jobs or 1,
    )
    return config if jobs else replace(config, jobs=default_jobs(target, config.tickets))


def load_parser() -> Parser:
    """`seed [load]`: also the top-level parser, whose help lists every command."""
    epilog = "commands:\n" + "\n".join(f"  {name:<9} {text}" for name, text in COMMANDS.items())
    epilog += "\n\nRun `seed COMMAND --help` for a command's options."
    parser = Parser(
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
        "--reset", action="store_true", help="replace data already in the target (all at once)"
    )
    parser.add_argument(
        "--batch-rows",
        type=_positive_int("batch-rows"),
        default=DEFAULT_BATCH_ROWS,
        metavar="N",
        help=f"rows per COPY write; never changes the data (default {DEFAULT_BATCH_ROWS:,})",
    )
    _add_jobs(parser, "database")
    _add_connections(parser)
    _add_lock_timeout(parser)
    _add_dask(
        parser,
        "COPY each range over the workers' own connections (a database they reach over TCP)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--quiet",
        action="store_true",
        help="print nothing but errors, and waits for other sessions' locks",
    )
    output.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    _add_common(parser)
    return parser


def migrate_parser() -> Parser:
    parser = Parser(prog="seed migrate", description=COMMANDS["migrate"])
    _add_target(parser)
    _add_lock_timeout(parser)
    _add_common(parser)
    return parser


def config_parser() -> Parser:
    parser = Parser(prog="seed config", description=COMMANDS["config"])
    _add_generation(parser)
    _add_common(parser)
    return parser


def db_parser() -> Parser:
    parser = Parser(prog="seed db", description=COMMANDS["db"])
    parser.add_argument(
        "action",
        choices=["url", "psql", "stop", "status"],
        help="url: print the target's URL: --database-url, else DATABASE_URL when it is set, "
        "else one made of the PG* variables, else the embedded server's (started if needed); "
        "psql: open psql on it; stop: stop the embedded server; status: is it running "
        "(exit 3 when not, as pg_ctl status)",
    )
    _add_target(parser)
    _add_common(parser)
    parser.epilog = "psql: arguments after -- go to psql, e.g. seed db psql -- -c 'select 1'"
    return parser


def validate_parser() -> Parser:
    parser = Parser(prog="seed validate", description=COMMANDS["validate"])
    _add_target(parser)
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE.toml",
        help="the parameters the data was generated with (default: those the newest load "
        "recorded in seed_runs, else the built-in ones; --config, --agents or --customers "
        "replace the recorded ones)",
    )
    _add_counts(parser, loaded=True)
    parser.add_argument(
        "--seed",
        type=_seed_value,
        metavar="N",
        help="the --seed the data was generated with (default: the one the newest load "
        f"recorded, else {DEFAULT_SEED}); the abandonment expected of other agents than those "
        "planned depends on it",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_common(parser)
    return parser


def report_parser() -> Parser:
    parser = Parser(prog="seed report", description=COMMANDS["report"])
    _add_target(parser)
    parser.add_argument(
        "-o",
        "--output",
        type=_path,
        required=True,
        metavar="FILE.html",
        help="the page to write (- for standard output)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace a report seed wrote earlier (nothing else)"
    )
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    _add_common(parser)
    return parser


def dump_parser() -> Parser:
    parser = Parser(prog="seed dump", description=COMMANDS["dump"])
    _add_generation(parser)
    _add_output(
        parser,
        "the .sql file to write (a name ending in .gz is gzip-compressed; - is standard output)",
    )
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
    return parser


def export_parser() -> Parser:
    parser = Parser(prog="seed export", description=COMMANDS["export"])
    _add_generation(parser)
    _add_output(
        parser,
        "the folder to create (it appears complete or not at all); with --dask also an "
        "fsspec URL (s3://bucket/prefix, gs://...), complete once it holds its manifest",
        url=True,
    )
    parser.add_argument("--format", choices=["csv", "parquet"], default="csv", help="file format")
    _add_dask(parser, "write one file per table and chunk range, from the workers")
    _add_common(parser)
    return parser


def _add_dask(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--dask",
        nargs="?",
        const="",
        metavar="ADDRESS",
        help=f"generate on Dask workers and {what}: the scheduler at ADDRESS "
        "(tcp://host:8786), or without one a local cluster of --jobs worker processes "
        "(pip install 'seeder[dask]')",
    )
