"""Throughput of every way to get the dataset into PostgreSQL, measured in one run.

    python benchmarks/run.py [--tickets N ...] [--scaling 25000,100000,250000,1000000]
                             [--jobs-list 1,2,4] [--database-url URL] [--json FILE]
                             [--repeat K] [--min-seconds S] [--strict]

For each --tickets size it measures, on this machine and server:

- generation only (generate + encode the COPY text, output discarded), per table;
- generation with 1, 2, 4 (--jobs-list) worker processes, and the speed-up over one;
- `seed dump` to a file (a child process: wall time and peak RSS);
- the limit: psql loading that dump into a fresh database, and server-side COPY FROM files of
  the same rows into a migrated fresh database, once with the secondary indexes and foreign
  keys in place and once with them deferred (dropped, then re-created after the data);
- `seed --reset` end to end into a fresh database (child process: wall time and peak RSS);
- the INSERT contrast: a naive loader (benchmarks/insert_load.py) doing seed's job with psycopg
  `executemany` INSERTs, timed end to end like seed; beyond --insert-max-tickets its executemany
  time is scaled to the size.

Then it prints the target ratios with PASS/FAIL. Benchmarks report, they never assert: the
exit code is 0 unless --strict is given and a target fails (or a measurement cannot run).
Every database it creates is named seeder_bench_* and dropped before it exits.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path

import psycopg

# Run as a script, sys.path[0] is benchmarks/ itself; the `benchmarks` package is one level up.
# Appended, so it never shadows an installed package; a duplicate entry is harmless.
sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import MB, BenchmarkError, SizeResult, Timing
from benchmarks.measure import (
    Repeats,
    best_of,
    best_of_each,
    measure_dump,
    measure_generation,
    measure_generation_jobs,
    measure_inserts,
    measure_psql_load,
    measure_seed,
    measure_server_copy,
    write_copy_files,
)
from benchmarks.report import evaluate_targets, machine_info, print_report
from benchmarks.server import Server
from seeder.config import RunConfig, build_run_config
from seeder.generate.plan import build_plan

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
DEFAULT_JOBS = [1, 2, 4]
# The server reads the COPY files itself, so they go where it can see them.
SERVER_READABLE_DIR = "/tmp"


def measure_size(server: Server, tickets: int, args: argparse.Namespace) -> SizeResult:
    """Every measurement for one size; progress goes to stderr since large sizes are slow."""
    config = build_run_config(tickets=tickets)
    say = _progress(f"{tickets:,} tickets")
    say("generation")
    generation, tables = measure_generation(config)
    rows = generation.rows
    result = SizeResult(tickets, {}, tables)
    result.jobs = measure_jobs(config, args.jobs_list, rows, args.repeats, say)
    server_copy: Timing | None = None
    deferred: Timing | None = None
    with tempfile.TemporaryDirectory(prefix="seeder-bench-", dir=SERVER_READABLE_DIR) as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # mkdtemp makes it private; the server must reach the COPY files
        # The paths the three ratio targets compare, in rounds: dump, psql of that dump, seed,
        # and the INSERT loader (at most --insert-max-tickets; scaled beyond).
        insert_tickets = min(tickets, args.insert_max_tickets)
        say(f"seed dump, psql load, seed and INSERT ({insert_tickets:,} tickets), in rounds")
        dump_path = folder / "dump.sql"
        dump, psql, seed, insert = best_of_each(
            args.repeats,
            [
                lambda: measure_dump(tickets, dump_path, rows, args.seed_arg),
                lambda: measure_psql_load(server, dump_path, rows),
                lambda: measure_seed(server, tickets, args.seed_arg),
                lambda: measure_inserts(server, insert_tickets),
            ],
        )
        dump_path.unlink()
        say("server COPY, indexes and foreign keys in place")
        files = write_copy_files(config, folder)
        try:
            server_copy = best_of(args.repeats, lambda: measure_server_copy(server, files, rows))
            say("server COPY, indexes and foreign keys deferred")
            deferred = best_of(
                args.repeats, lambda: measure_server_copy(server, files, rows, deferred=True)
            )
        except psycopg.Error as exc:
            # A server in a container, or without pg_read_server_files, cannot read our files.
            result.skipped["server_copy"] = str(exc).strip().splitlines()[0]
            server_copy = deferred = None
    result.figures = _figures(generation, dump, psql, seed, insert, insert_tickets)
    result.figures["ticket_chunks"] = len(build_plan(config).ticket_chunks)
    if server_copy is not None and deferred is not None:
        result.figures |= _server_copy_figures(server_copy, deferred, seed)
    return result


def measure_jobs(
    config: RunConfig,
    jobs_list: Sequence[int],
    rows: int,
    repeats: Repeats,
    say: Callable[[str], None],
) -> list[dict[str, float]]:
    """Generation at each --jobs value, with the speed-up over the first (jobs 1 by default)."""
    points: list[dict[str, float]] = []
    for jobs in jobs_list:
        say(f"generation, --jobs {jobs}")
        timing = best_of(repeats, partial(measure_generation_jobs, config, jobs))
        if timing.rows != rows:
            raise BenchmarkError(f"--jobs {jobs} generated {timing.rows} rows, not {rows}")
        points.append(
            {
                "jobs": jobs,
                "seconds": timing.seconds,
                "rows_per_s": timing.rows_per_s,
                "mb_per_s": timing.mb_per_s,
                "speedup": points[0]["seconds"] / timing.seconds if points else 1.0,
            }
        )
    return points


def _figures(
    generation: Timing,
    dump: Timing,
    psql: Timing,
    seed: Timing,
    insert: Timing,
    insert_tickets: int,
) -> dict[str, float]:
    return {
        "rows": generation.rows,
        "copy_text_mb": generation.bytes / MB,
        "generate_seconds": generation.seconds,
        "generate_rows_per_s": generation.rows_per_s,
        "generate_mb_per_s": generation.mb_per_s,
        "dump_seconds": dump.seconds,
        "dump_mb": dump.bytes / MB,
        "dump_mb_per_s": dump.mb_per_s,
        "dump_peak_rss_mib": dump.peak_rss_mib,
        "dump_tree_rss_mib": dump.tree_rss_mib,
        "psql_load_seconds": psql.seconds,
        "psql_load_rows_per_s": psql.rows_per_s,
        "seed_seconds": seed.seconds,
        "seed_rows_per_s": seed.rows_per_s,
        "seed_peak_rss_mib": seed.peak_rss_mib,
        "seed_tree_rss_mib": seed.tree_rss_mib,
        "insert_tickets": insert_tickets,
        "insert_rows": insert.rows,
        "insert_seconds": insert.seconds,
        "insert_statements_seconds": insert.statements_seconds,
        "insert_rows_per_s": insert.rows_per_s,
        "insert_estimated_seconds": _insert_seconds_at(generation.rows, insert),
        "seed_over_psql": seed.seconds / psql.seconds,
        "psql_over_dump": psql.seconds / dump.seconds,
        "insert_over_seed_seconds": _insert_seconds_at(generation.rows, insert) / seed.seconds,
    }


def _insert_seconds_at(rows: int, insert: Timing) -> float:
    """The INSERT loader's seconds for `rows` rows: measured, or estimated from a smaller run.

    Only executemany and the commit are scaled; the rest of that run (start-up, migration,
    generation, ANALYZE) is counted once as if it did not grow, which makes the estimate low,
    never flattering to seed.
    """
    if rows == insert.rows:
        return insert.seconds
    return (
        insert.statements_seconds * rows / insert.rows + insert.seconds - insert.statements_seconds
    )


def _server_copy_figures(in_place: Timing, deferred: Timing, seed: Timing) -> dict[str, float]:
    return {
        "server_copy_seconds": in_place.seconds,
        "server_copy_rows_per_s": in_place.rows_per_s,
        "seed_over_server_copy": seed.seconds / in_place.seconds,
        "server_copy_deferred_seconds": deferred.seconds,
        "server_copy_deferred_rows_per_s": deferred.rows_per_s,
        "server_copy_deferred_ddl_seconds": deferred.ddl_seconds,
        "server_copy_in_place_over_deferred": in_place.seconds / deferred.seconds,
        "seed_over_server_copy_deferred": seed.seconds / deferred.seconds,
    }


def measure_scaling(server: Server, args: argparse.Namespace) -> list[dict[str, float]]:
    say = _progress("scaling")
    points = []
    for tickets in args.scaling:
        say(f"seed {tickets:,} tickets")
        seed = best_of(args.repeats, partial(measure_seed, server, tickets, args.seed_arg))
        points.append(
            {
                "tickets": tickets,
                "rows": seed.rows,
                "seconds": seed.seconds,
                "rows_per_s": seed.rows_per_s,
                "peak_rss_mib": seed.peak_rss_mib,
                "tree_rss_mib": seed.tree_rss_mib,
                "seconds_per_1000_tickets": seed.seconds * 1000 / tickets,
            }
        )
    return points


def _progress(what: str) -> Callable[[str], None]:
    def say(step: str) -> None:
        print(f"[{what}] {step}...", file=sys.stderr, flush=True)

    return say


# --- command line --------------------------------------------------------------------------


def _positive(value: str) -> int:
    number = int(value.replace("_", ""))
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be positive")
    return number


def _positive_list(value: str) -> list[int]:
    return [_positive(part) for part in value.split(",") if part.strip()]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure seeder throughput and target ratios.")
    parser.add_argument(
        "--tickets", type=_positive, nargs="+", default=[25_000], metavar="N", help="sizes"
    )
    parser.add_argument(
        "--scaling",
        type=_positive_list,
        default=[],
        metavar="N,N,...",
        help="sizes for the scaling table, e.g. 25000,100000,250000,1000000 (default: none)",
    )
    parser.add_argument(
        "--jobs-list",
        type=_positive_list,
        default=DEFAULT_JOBS,
        metavar="N,N,...",
        help="worker counts for the generation speed-up, the first is the baseline "
        "(default 1,2,4; an empty string skips it)",
    )
    parser.add_argument(
        "--insert-max-tickets",
        type=_positive,
        default=25_000,
        metavar="N",
        help="largest size loaded with INSERT; its rate is scaled beyond (default 25,000)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=os.environ.get("DATABASE_URL") or DEFAULT_URL,
        help=f"admin URL of the server (default $DATABASE_URL, else {DEFAULT_URL})",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument(
        "--repeat", type=_positive, default=1, metavar="K", help="best of K runs (default 1)"
    )
    parser.add_argument(
        "--min-seconds",
        type=float,
        default=0.0,
        metavar="S",
        help="repeat a measurement (up to 15 runs) until its runs took S seconds in all, so "
        "short, noisy ones get more tries; the best run counts (default 0: off)",
    )
    parser.add_argument(
        "--seed-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="extra argument for every seed process, e.g. --seed-arg=--jobs=1 (repeatable)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    args.repeats = Repeats(args.repeat, args.min_seconds)
    server = Server(args.database_url)
    try:
        machine = machine_info(server)
        results = [measure_size(server, n, args) for n in args.tickets]
        scaling = measure_scaling(server, args)
    except (BenchmarkError, psycopg.Error) as exc:
        print(f"benchmark: error: {exc}", file=sys.stderr)
        return 1
    targets = evaluate_targets(results, scaling)
    print_report(machine, results, scaling, targets)
    if args.json is not None:
        report = {
            "machine": machine,
            "seed_args": args.seed_arg,
            "repeats": asdict(args.repeats),
            "jobs_list": args.jobs_list,
            "sizes": [asdict(result) for result in results],
            "scaling": scaling,
            "targets": [asdict(target) for target in targets],
            "databases": server.created,
        }
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    failed = any(t.passed is False for t in targets)
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
