"""Throughput of every way to get the dataset into PostgreSQL, measured in one run.

    python benchmarks/run.py [--tickets N ...] [--scaling 25000,100000,250000,1000000]
                             [--database-url URL] [--json FILE] [--repeat K] [--strict]

For each --tickets size it measures, on this machine and server:

- generation only (generate + encode the COPY text, output discarded), per table;
- `seed dump` to a file (a child process: wall time and peak RSS);
- the limit: psql loading that dump into a fresh database, and server-side COPY FROM files of
  the same rows into a migrated fresh database;
- `seed --reset` end to end into a fresh database (child process: wall time and peak RSS);
- a naive psycopg `executemany` INSERT of the same rows, for contrast.

Then it prints the target ratios with PASS/FAIL. Benchmarks report, they never assert: the
exit code is 0 unless --strict is given and a target fails (or a measurement cannot run).
Every database it creates is named seeder_bench_* and dropped before it exits.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from seeder.columns import Block, Kind
from seeder.config import RunConfig, build_run_config
from seeder.domain import TABLES
from seeder.embedded import psql_command
from seeder.encoding import encode_copy_text
from seeder.migrations import upgrade_url_to_head
from seeder.pipeline import generate_blocks, iter_batches, plan_run
from seeder.urls import libpq_conninfo

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
DATABASE_PREFIX = "seeder_bench_"
# The server reads the COPY files itself, so they go where it can see them.
SERVER_READABLE_DIR = "/tmp"
MB = 1_000_000
MIB = 1024 * 1024
RSS_SAMPLE_SECONDS = 0.02

SEED_OVER_PSQL_MAX = 1.25
PSQL_OVER_DUMP_MIN = 2.0
SEED_OVER_INSERT_MIN = 5.0
PEAK_RSS_MAX_MIB = 200.0
SCALING_DRIFT_MAX = 1.2


class BenchmarkError(Exception):
    """A measurement could not run (a child failed, the server refused)."""


@dataclass(frozen=True)
class Timing:
    """One measured step: wall seconds for `rows` rows, and what else is known about it.

    peak_rss_mib is the largest single process (wait4's ru_maxrss covers the child and its
    reaped descendants, as a max); tree_rss_mib is the sampled sum over the child and its
    workers, the memory the run needed at once.
    """

    seconds: float
    rows: int
    bytes: int = 0
    peak_rss_mib: float = 0.0
    tree_rss_mib: float = 0.0

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.bytes / MB / self.seconds


@dataclass
class TableFigures:
    """Generation-only figures of one table."""

    rows: int = 0
    bytes: int = 0
    generate_seconds: float = 0.0
    encode_seconds: float = 0.0


@dataclass
class SizeResult:
    """Everything measured for one --tickets size (figures: flat name -> number)."""

    tickets: int
    figures: dict[str, float]
    tables: dict[str, TableFigures]
    skipped: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    name: str
    value: float | None
    limit: str
    passed: bool | None  # None: not measured in this run


# --- the server and its throwaway databases ---------------------------------------------


@dataclass
class Server:
    """The PostgreSQL server under test, and the databases this run created on it."""

    admin_url: str
    created: list[str] = field(default_factory=list)

    def _admin(self) -> psycopg.Connection[Any]:
        # CREATE/DROP DATABASE cannot run inside a transaction block.
        return psycopg.connect(libpq_conninfo(self.admin_url), autocommit=True)

    @contextlib.contextmanager
    def fresh_database(self, *, migrated: bool = False) -> Iterator[str]:
        """URL of a new empty (or migrated) database, dropped on exit."""
        name = f"{DATABASE_PREFIX}{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        self.created.append(name)
        try:
            url = make_url(libpq_conninfo(self.admin_url)).set(database=name)
            url_text = url.render_as_string(hide_password=False)
            if migrated:
                upgrade_url_to_head(url_text)
            yield url_text
        finally:
            with self._admin() as conn:
                drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                conn.execute(drop.format(sql.Identifier(name)))

    def version(self) -> str:
        with self._admin() as conn:
            row = conn.execute("SELECT version()").fetchone()
        return str(row[0]) if row else "?"


def count_rows(url: str) -> int:
    with psycopg.connect(libpq_conninfo(url)) as conn:
        union = " UNION ALL ".join(f"SELECT count(*) FROM {t}" for t in TABLES)
        return sum(int(r[0]) for r in conn.execute(union).fetchall())


# --- child processes ---------------------------------------------------------------------


def _process_tree(pid: int) -> list[int]:
    tree, index = [pid], 0
    while index < len(tree):
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{tree[index]}/task").iterdir():
                tree += [int(c) for c in (task / "children").read_text().split()]
        index += 1
    return tree


def _rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGESIZE")
    except (OSError, IndexError, ValueError):
        return 0


class TreeRssSampler:
    """Peak of the summed RSS of a process and its descendants (seed's workers), sampled."""

    def __init__(self, pid: int) -> None:
        self.peak_bytes = 0
        self._pid = pid
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = sum(_rss_bytes(pid) for pid in _process_tree(self._pid))
            self.peak_bytes = max(self.peak_bytes, total)
            self._stop.wait(RSS_SAMPLE_SECONDS)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_bytes / MIB


def run_child(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Run a command; return (wall seconds, peak RSS MiB of one process, of the whole tree)."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env={**os.environ, **(env or {})},
        )
        sampler = TreeRssSampler(child.pid)
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would mix in earlier children.
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        tree_mib = sampler.stop()
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip()[-2000:]
            raise BenchmarkError(f"{' '.join(argv[:4])} ... exited {child.returncode}: {tail}")
    peak_mib = usage.ru_maxrss / 1024  # KiB on Linux
    return seconds, peak_mib, max(tree_mib, peak_mib)


def best_of(repeat: int, measure: Callable[[], Timing]) -> Timing:
    """The fastest of `repeat` runs: other load on the machine only ever adds time."""
    return min((measure() for _ in range(repeat)), key=lambda timing: timing.seconds)


# --- the measurements --------------------------------------------------------------------


def measure_generation(config: RunConfig) -> tuple[Timing, dict[str, TableFigures]]:
    """Generate and encode every row, discard it; time is attributed to the yielded table.

    Building the name and text pools happens before the first block, so it counts in users.
    """
    tables = {table: TableFigures() for table in TABLES}
    started = time.perf_counter()
    blocks = generate_blocks(plan_run(config))
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


def measure_dump(tickets: int, path: Path, rows: int, seed_args: Sequence[str]) -> Timing:
    argv = [sys.executable, "-m", "seeder", "dump", "--tickets", str(tickets), "-o", str(path)]
    seconds, peak, tree = run_child([*argv, "--force", "--quiet", *seed_args])
    return Timing(seconds, rows, path.stat().st_size, peak, tree)


def measure_psql_load(server: Server, dump: Path, rows: int) -> Timing:
    with server.fresh_database() as url:
        command, env = psql_command(url)
        seconds, _, _ = run_child(
            [*command, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-f", str(dump)], env
        )
        loaded = count_rows(url)
    if loaded != rows:
        raise BenchmarkError(f"psql loaded {loaded} rows, the generator made {rows}")
    return Timing(seconds, rows, dump.stat().st_size)


def write_copy_files(config: RunConfig, folder: Path) -> dict[str, tuple[str, Path]]:
    """Per table: (column list, file of its COPY text), readable by the server."""
    files: dict[str, tuple[str, Path]] = {}
    with contextlib.ExitStack() as stack:
        sinks = {}
        for block in generate_blocks(plan_run(config)):
            if block.table not in sinks:
                path = folder / f"{block.table}.copy"
                sinks[block.table] = stack.enter_context(path.open("wb"))
                files[block.table] = (", ".join(c.name for c in block.columns), path)
            for batch in iter_batches(block, config.batch_rows):
                sinks[block.table].write(encode_copy_text(batch))
    for _, path in files.values():
        path.chmod(0o644)
    return files


def measure_server_copy(server: Server, files: dict[str, tuple[str, Path]], rows: int) -> Timing:
    """TRUNCATE, COPY ... FROM 'file' (FREEZE) per table in load order, ANALYZE, commit.

    The same transaction as `seed` runs, minus the migration, with the server reading the bytes
    itself: no client, no network, no generator.
    """
    size = sum(path.stat().st_size for _, path in files.values())
    with server.fresh_database(migrated=True) as url:
        with psycopg.connect(libpq_conninfo(url)) as conn:
            started = time.perf_counter()
            with conn.transaction():
                # TRUNCATE in the same transaction is what makes FREEZE legal, as in `seed`.
                conn.execute(f"TRUNCATE {', '.join(TABLES)}")
                for table in (t for t in TABLES if t in files):
                    columns, path = files[table]
                    copy = sql.SQL("COPY {} ({}) FROM {} (FREEZE)").format(
                        sql.Identifier(table), sql.SQL(columns), sql.Literal(str(path))
                    )
                    conn.execute(copy)
                conn.execute(f"ANALYZE {', '.join(TABLES)}")
            seconds = time.perf_counter() - started
        loaded = count_rows(url)
    if loaded != rows:
        raise BenchmarkError(f"server COPY loaded {loaded} rows, the generator made {rows}")
    return Timing(seconds, rows, size)


def measure_seed(server: Server, tickets: int, seed_args: Sequence[str]) -> Timing:
    with server.fresh_database() as url:
        argv = [sys.executable, "-m", "seeder", "--tickets", str(tickets), "--reset", "--quiet"]
        seconds, peak, tree = run_child([*argv, "--database-url", url, *seed_args])
        rows = count_rows(url)
    return Timing(seconds, rows, 0, peak, tree)


def python_rows(block: Block) -> list[tuple[Any, ...]]:
    """The block's rows as tuples of Python values psycopg adapts (int, str, datetime...)."""
    columns: list[list[Any]] = []
    for column in block.columns:
        values = column.values
        if column.kind in (Kind.INT, Kind.DEC1, Kind.DEC2):
            py = values.astype(np.int64).tolist()
            if column.kind is not Kind.INT:
                exponent = -1 if column.kind is Kind.DEC1 else -2
                py = [Decimal(v).scaleb(exponent) for v in py]
        elif column.kind is Kind.TIMESTAMP:
            py = values.astype(np.int64).astype("datetime64[s]").astype(object).tolist()
        elif column.kind is Kind.DATE:
            py = values.astype(np.int64).astype("datetime64[D]").astype(object).tolist()
        elif column.kind is Kind.BOOL:
            py = values.astype(bool).tolist()
        else:
            py = values.tolist()
        if column.nulls is not None:
            py = [None if null else v for v, null in zip(py, column.nulls.tolist(), strict=True)]
        columns.append(py)
    return list(zip(*columns, strict=True))


def measure_inserts(server: Server, config: RunConfig) -> Timing:
    """executemany INSERT of every row; only the executemany calls and the commit are timed."""
    seconds = 0.0
    rows = 0
    with server.fresh_database(migrated=True) as url, psycopg.connect(libpq_conninfo(url)) as conn:
        with conn.cursor() as cursor:
            for block in generate_blocks(plan_run(config)):
                if block.rows == 0:
                    continue
                names = [c.name for c in block.columns]
                statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                    sql.Identifier(block.table),
                    sql.SQL(", ").join(map(sql.Identifier, names)),
                    sql.SQL(", ").join(sql.Placeholder() * len(names)),
                )
                values = python_rows(block)
                started = time.perf_counter()
                cursor.executemany(statement, values)
                seconds += time.perf_counter() - started
                rows += len(values)
        started = time.perf_counter()
        conn.commit()
        seconds += time.perf_counter() - started
    return Timing(seconds, rows)


def measure_size(server: Server, tickets: int, args: argparse.Namespace) -> SizeResult:
    """Every measurement for one size; progress goes to stderr since large sizes are slow."""
    config = build_run_config(tickets=tickets)
    say = _progress(f"{tickets:,} tickets")
    say("generation")
    generation, tables = measure_generation(config)
    rows = generation.rows
    result = SizeResult(tickets, {}, tables)
    server_copy: Timing | None = None
    with tempfile.TemporaryDirectory(prefix="seeder-bench-", dir=SERVER_READABLE_DIR) as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # mkdtemp makes it private; the server must reach the COPY files
        say("seed dump")
        dump_path = folder / "dump.sql"
        dump = best_of(args.repeat, lambda: measure_dump(tickets, dump_path, rows, args.seed_arg))
        say("psql load")
        psql = best_of(args.repeat, lambda: measure_psql_load(server, dump_path, rows))
        dump_path.unlink()
        say("server COPY")
        files = write_copy_files(config, folder)
        try:
            server_copy = best_of(args.repeat, lambda: measure_server_copy(server, files, rows))
        except psycopg.Error as exc:
            # A server in a container, or without pg_read_server_files, cannot read our files.
            result.skipped["server_copy"] = str(exc).strip().splitlines()[0]
    say("seed end to end")
    seed = best_of(args.repeat, lambda: measure_seed(server, tickets, args.seed_arg))
    insert_tickets = min(tickets, args.insert_max_tickets)
    say(f"INSERT ({insert_tickets:,} tickets)")
    insert_config = build_run_config(tickets=insert_tickets)
    insert = best_of(args.repeat, lambda: measure_inserts(server, insert_config))
    result.figures = _figures(generation, dump, psql, server_copy, seed, insert, insert_tickets)
    return result


def _figures(
    generation: Timing,
    dump: Timing,
    psql: Timing,
    server_copy: Timing | None,
    seed: Timing,
    insert: Timing,
    insert_tickets: int,
) -> dict[str, float]:
    figures: dict[str, float] = {
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
        "insert_rows_per_s": insert.rows_per_s,
        "insert_estimated_seconds": generation.rows / insert.rows_per_s,
        "seed_over_psql": seed.seconds / psql.seconds,
        "psql_over_dump": psql.seconds / dump.seconds,
        "seed_over_insert_speed": seed.rows_per_s / insert.rows_per_s,
    }
    if server_copy is not None:
        figures["server_copy_seconds"] = server_copy.seconds
        figures["server_copy_rows_per_s"] = server_copy.rows_per_s
        figures["seed_over_server_copy"] = seed.seconds / server_copy.seconds
    return figures


def measure_scaling(server: Server, args: argparse.Namespace) -> list[dict[str, float]]:
    say = _progress("scaling")
    points = []
    for tickets in args.scaling:
        say(f"seed {tickets:,} tickets")
        seed = best_of(args.repeat, partial(measure_seed, server, tickets, args.seed_arg))
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


# --- targets and report --------------------------------------------------------------------


def _target(name: str, value: float | None, limit: float, at_most: bool, strict: bool) -> Target:
    sign = ("<" if strict else "<=") if at_most else ">="
    if value is None:
        return Target(name, None, f"{sign} {limit:g}", None)
    if not at_most:
        return Target(name, value, f"{sign} {limit:g}", value >= limit)
    passed = value < limit if strict else value <= limit
    return Target(name, value, f"{sign} {limit:g}", passed)


def evaluate_targets(results: list[SizeResult], scaling: list[dict[str, float]]) -> list[Target]:
    targets: list[Target] = []
    for result in results:
        f, n = result.figures, f"({result.tickets:,} tickets)"
        targets += [
            _target(f"seed end to end / psql dump load {n}", f["seed_over_psql"],
                    SEED_OVER_PSQL_MAX, True, False),
            _target(f"psql dump load / seed dump {n}", f["psql_over_dump"],
                    PSQL_OVER_DUMP_MIN, False, False),
            _target(f"seed rows/s / INSERT rows/s {n}", f["seed_over_insert_speed"],
                    SEED_OVER_INSERT_MIN, False, False),
        ]  # fmt: skip
    runs = [(r.figures["seed_peak_rss_mib"], r.figures["seed_tree_rss_mib"]) for r in results]
    runs += [(r.figures["dump_peak_rss_mib"], r.figures["dump_tree_rss_mib"]) for r in results]
    runs += [(p["peak_rss_mib"], p["tree_rss_mib"]) for p in scaling]
    worst_one = max((one for one, _ in runs), default=None)
    worst_tree = max((tree for _, tree in runs), default=None)
    targets += [
        _target("peak RSS MiB, largest seed process", worst_one, PEAK_RSS_MAX_MIB, True, True),
        _target("peak RSS MiB, seed + its workers", worst_tree, PEAK_RSS_MAX_MIB, True, True),
    ]
    drift = None
    if len(scaling) >= 2:
        by_size = sorted(scaling, key=lambda p: p["tickets"])
        drift = by_size[-1]["seconds_per_1000_tickets"] / by_size[0]["seconds_per_1000_tickets"]
    targets.append(
        _target("s/ticket, largest scaling size / smallest", drift, SCALING_DRIFT_MAX, True, False)
    )
    return targets


def machine_info(server: Server) -> dict[str, Any]:
    command, _ = psql_command(server.admin_url)
    psql_version = subprocess.run(
        [command[0], "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    cpu_model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model or platform.processor(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "psycopg": psycopg.__version__,
        "postgresql": server.version(),
        "psql": psql_version,
        "load_average": os.getloadavg()[0],
    }


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Plain text, first column left-aligned, the rest right-aligned."""
    cells = [list(headers), *[[_cell(v) for v in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for k, row in enumerate(cells):
        rest = [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join([row[0].ljust(widths[0]), *rest]).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def print_report(
    machine: dict[str, Any],
    results: list[SizeResult],
    scaling: list[dict[str, float]],
    targets: list[Target],
) -> None:
    print("Machine")
    for key, value in machine.items():
        print(f"  {key:<12} {value}")
    for result in results:
        print_generation(result)
        print_paths(result)
    if scaling:
        print("\nScaling: seed end to end into a fresh database")
        keys = ["tickets", "rows", "seconds", "rows_per_s", "peak_rss_mib", "tree_rss_mib"]
        rows = [[*(p[k] for k in keys), p["seconds_per_1000_tickets"]] for p in scaling]
        headers = ["tickets", "rows", "seconds", "rows/s", "peak RSS MiB", "+workers MiB"]
        print(format_table([*headers, "s/1000 tickets"], rows))
    print("\nTargets")
    verdict = {True: "PASS", False: "FAIL", None: "n/a"}
    verdicts = [[t.name, t.value, t.limit, verdict[t.passed]] for t in targets]
    print(format_table(["target", "measured", "limit", "result"], verdicts))


def print_generation(result: SizeResult) -> None:
    f = result.figures
    print(
        f"\nGeneration only, {result.tickets:,} tickets: generate + encode COPY text, "
        "output discarded (building the pools counts in users)"
    )
    rows: list[list[object]] = []
    for table, t in result.tables.items():
        seconds = t.generate_seconds + t.encode_seconds
        rate, mb = t.rows / seconds, t.bytes / MB
        rows.append([table, t.rows, t.generate_seconds, t.encode_seconds, rate, mb, mb / seconds])
    rows.append(
        ["total (with plan)", int(f["rows"]), None, None, f["generate_rows_per_s"],
         f["copy_text_mb"], f["generate_mb_per_s"]]
    )  # fmt: skip
    print(format_table(["table", "rows", "gen s", "encode s", "rows/s", "MB", "MB/s"], rows))


def print_paths(result: SizeResult) -> None:
    f = result.figures
    n_rows, psql_s = int(f["rows"]), f["psql_load_seconds"]
    paths: list[tuple[str, float | None, float | None, float | None, float | None]] = [
        ("generate + encode only", f["generate_seconds"], f["generate_rows_per_s"], None, None),
        ("seed dump -> file", f["dump_seconds"], n_rows / f["dump_seconds"],
         f["dump_peak_rss_mib"], f["dump_tree_rss_mib"]),
        ("psql -f dump (fresh db)", psql_s, f["psql_load_rows_per_s"], None, None),
    ]  # fmt: skip
    if "server_copy_seconds" in f:
        copy_figures = (f["server_copy_seconds"], f["server_copy_rows_per_s"], None, None)
        paths.append(("server COPY FROM files", *copy_figures))
    else:
        paths.append(("server COPY FROM files (skipped, see below)", None, None, None, None))
    insert_label = f"INSERT executemany ({int(f['insert_tickets']):,} tickets)"
    paths += [
        ("seed end to end (fresh db)", f["seed_seconds"], f["seed_rows_per_s"],
         f["seed_peak_rss_mib"], f["seed_tree_rss_mib"]),
        (insert_label, f["insert_seconds"], f["insert_rows_per_s"], None, None),
    ]  # fmt: skip
    if f["insert_tickets"] < result.tickets:
        scaled = f"  INSERT scaled to {result.tickets:,} tickets"
        paths.append((scaled, f["insert_estimated_seconds"], f["insert_rows_per_s"], None, None))
    print(f"\nLoading {result.tickets:,} tickets ({n_rows:,} rows, {f['dump_mb']:.1f} MB dump)")
    rows = [[*p, None if p[1] is None else p[1] / psql_s] for p in paths]
    headers = ["path", "seconds", "rows/s", "peak RSS MiB", "+workers MiB", "x psql time"]
    print(format_table(headers, rows))
    for what, reason in result.skipped.items():
        print(f"  {what} skipped: {reason}")


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
