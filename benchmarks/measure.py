"""The measurements: generation, dump, psql load, server COPY, seed end to end, INSERT.

Each returns a Timing for the same rows; the caller decides sizes, repeats and reporting.
"""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from benchmarks.children import run_child
from benchmarks.figures import BenchmarkError, TableFigures, Timing
from benchmarks.server import Server, count_rows
from seeder.config import RunConfig
from seeder.db.psql import psql_command
from seeder.db.urls import libpq_conninfo
from seeder.domain import TABLES
from seeder.encode.text import encode_copy_text
from seeder.generate.plan import build_plan
from seeder.generate.produce import generate_blocks, iter_batches
from seeder.generate.workers import encoded_blocks
from seeder.schema.deferred_ddl import deferred_ddl

INSERT_LOADER = Path(__file__).resolve().parent / "insert_load.py"
CopyFiles = dict[str, tuple[str, Path]]  # table -> (column list, file of its COPY text)


@dataclass(frozen=True)
class Repeats:
    """How often to run one measurement: at least `at_least` times, and while the runs so far
    took less than `min_seconds` in all, up to `at_most` times (as timeit's autorange does).

    Short runs are the noisiest (a 1 s load varied by 40 % here from one minute to the next),
    so they get the most tries; every path of a size gets the same rule.
    """

    at_least: int = 1
    min_seconds: float = 0.0
    at_most: int = 15


def best_of(repeats: Repeats, measure: Callable[[], Timing]) -> Timing:
    """The fastest run: other load on the machine only ever adds time."""
    return best_of_each(repeats, [measure])[0]


def best_of_each(repeats: Repeats, measures: Sequence[Callable[[], Timing]]) -> list[Timing]:
    """The fastest run of each measurement, taken in rounds that run each of them once.

    The paths a ratio compares are measured in the same minutes, so a slow spell on the
    machine (a 25,000-ticket seed took 0.68 s and 0.88 s minutes apart in one run) weighs on
    both sides instead of on whichever ran then. Rounds go on until each measurement has run
    `at_least` times and the quickest of them has spent `min_seconds`, up to `at_most`.
    """
    runs: list[list[Timing]] = [[] for _ in measures]
    while True:
        for measure, timings in zip(measures, runs, strict=True):
            timings.append(measure())
        rounds = len(runs[0])
        spent = min(sum(t.seconds for t in timings) for timings in runs)
        enough = spent >= repeats.min_seconds or rounds >= repeats.at_most
        if rounds >= repeats.at_least and enough:
            return [min(timings, key=lambda timing: timing.seconds) for timings in runs]


def measure_generation(config: RunConfig) -> tuple[Timing, dict[str, TableFigures]]:
    """Generate and encode every row, discard it; time is attributed to the yielded table.

    Building the name and text pools happens before the first block, so it counts in users.
    """
    tables = {table: TableFigures() for table in TABLES}
    started = time.perf_counter()
    blocks = generate_blocks(build_plan(config))
    while True:
        step = time.perf_counter()
        block = next(blocks, None)
        generated = time.perf_counter()
        if block is None:
            break
        figures = tables[block.table]
        figures.generate_seconds += generated - step
        figures.rows += block.rows
        for batch in iter_batches(block, config.batch_rows):
            figures.bytes += len(encode_copy_text(batch))
        figures.encode_seconds += time.perf_counter() - generated
    seconds = time.perf_counter() - started
    rows = sum(t.rows for t in tables.values())
    return Timing(seconds, rows, sum(t.bytes for t in tables.values())), tables


def measure_generation_jobs(config: RunConfig, jobs: int) -> Timing:
    """Generate and encode every row with `jobs` worker processes (as --jobs does), discard it.

    Starting the workers and building their pools count: a load pays for them too.
    """
    rows = size = 0
    started = time.perf_counter()
    for block in encoded_blocks(build_plan(config), encode_copy_text, config.batch_rows, jobs):
        for batch_rows, data in block.batches:
            rows += batch_rows
            size += len(data)
    return Timing(time.perf_counter() - started, rows, size)


def measure_dump(tickets: int, path: Path, rows: int, seed_args: Sequence[str]) -> Timing:
    argv = [sys.executable, "-m", "seeder", "dump", "--tickets", str(tickets), "-o", str(path)]
    seconds, peak, tree = run_child([*argv, "--force", "--quiet", *seed_args])
    return Timing(seconds, rows, path.stat().st_size, peak, tree)


def measure_psql_load(server: Server, dump: Path, rows: int) -> Timing:
    with server.fresh_database() as url:
        with psql_command(url) as (command, env):
            seconds, _, _ = run_child(
                [*command, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-f", str(dump)], env
            )
        loaded = count_rows(url)
    if loaded != rows:
        raise BenchmarkError(f"psql loaded {loaded} rows, the generator made {rows}")
    return Timing(seconds, rows, dump.stat().st_size)


def write_copy_files(config: RunConfig, folder: Path) -> CopyFiles:
    """Per table: (column list, file of its COPY text), readable by the server."""
    files: CopyFiles = {}
    with contextlib.ExitStack() as stack:
        sinks = {}
        for block in generate_blocks(build_plan(config)):
            if block.table not in sinks:
                path = folder / f"{block.table}.copy"
                sinks[block.table] = stack.enter_context(path.open("wb"))
                files[block.table] = (", ".join(c.name for c in block.columns), path)
            for batch in iter_batches(block, config.batch_rows):
                sinks[block.table].write(encode_copy_text(batch))
    for _, path in files.values():
        path.chmod(0o644)
    return files


def measure_server_copy(
    server: Server, files: CopyFiles, rows: int, *, deferred: bool = False
) -> Timing:
    """TRUNCATE, COPY ... FROM 'file' (FREEZE) per table in load order, ANALYZE, commit.

    The same transaction as `seed` runs, minus the migration, with the server reading the bytes
    itself: no client, no network, no generator. With `deferred`, secondary indexes and foreign
    keys are dropped after the TRUNCATE and re-created after the last COPY, as `seed` now
    does; without it they stay in place and are maintained row by row.
    """
    size = sum(path.stat().st_size for _, path in files.values())
    ddl = deferred_ddl()
    ddl_seconds = 0.0
    with server.fresh_database(migrated=True) as url:
        with psycopg.connect(libpq_conninfo(url)) as conn:
            started = time.perf_counter()
            with conn.transaction():
                # TRUNCATE in the same transaction is what makes FREEZE legal, as in `seed`.
                conn.execute(f"TRUNCATE {', '.join(TABLES)}")
                for statement in ddl.drop if deferred else ():
                    conn.execute(statement)
                for table in (t for t in TABLES if t in files):
                    columns, path = files[table]
                    copy = sql.SQL("COPY {} ({}) FROM {} (FREEZE)").format(
                        sql.Identifier(table), sql.SQL(columns), sql.Literal(str(path))
                    )
                    conn.execute(copy)
                step = time.perf_counter()
                for statement in ddl.create if deferred else ():
                    conn.execute(statement)
                ddl_seconds = time.perf_counter() - step
                conn.execute(f"ANALYZE {', '.join(TABLES)}")
            seconds = time.perf_counter() - started
        loaded = count_rows(url)
    if loaded != rows:
        raise BenchmarkError(f"server COPY loaded {loaded} rows, the generator made {rows}")
    return Timing(seconds, rows, size, ddl_seconds=ddl_seconds)


def measure_seed(server: Server, tickets: int, seed_args: Sequence[str]) -> Timing:
    with server.fresh_database() as url:
        argv = [sys.executable, "-m", "seeder", "--tickets", str(tickets), "--reset", "--quiet"]
        seconds, peak, tree = run_child([*argv, "--database-url", url, *seed_args])
        rows = count_rows(url)
    return Timing(seconds, rows, 0, peak, tree)


def measure_inserts(server: Server, tickets: int) -> Timing:
    """The INSERT contrast (benchmarks/insert_load.py) as a child into a fresh database.

    Timed like `seed`, end to end: start-up, migration, generation, INSERTs, commit, ANALYZE.
    """
    with server.fresh_database() as url, tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "insert.json"
        argv = [sys.executable, str(INSERT_LOADER), "--tickets", str(tickets)]
        seconds, peak, tree = run_child([*argv, "--database-url", url, "--report", str(report)])
        figures = json.loads(report.read_text())
        rows = count_rows(url)
    if rows != figures["rows"]:
        raise BenchmarkError(f"the INSERT loader reported {figures['rows']} rows, loaded {rows}")
    return Timing(seconds, rows, 0, peak, tree, statements_seconds=figures["statements_seconds"])
