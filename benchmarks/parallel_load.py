"""`seed` against psql -f and pg_restore -j of the same data, and rows/s against --connections.

    python benchmarks/parallel_load.py [--tickets 1000000] [--connections-list 1,2,4]
                                       [--repeat K] [--restore-jobs 2] [--json FILE]
                                       [--database-url URL | --embedded]

In one run on one server: `seed dump` writes the data once; psql loads that dump into a
database, and pg_dump -Fd of it is the directory dump pg_restore -j reads. Then, in rounds
so that every path meets the same moments of a shared machine: psql -f of the dump,
pg_restore -j of the directory dump, and `seed` with its default --connections and with each
of --connections-list, each into a fresh database after a CHECKPOINT. It prints the best time
of each, the target ratios (seed <= 0.7 x psql; seed <= pg_restore -j 2), the peak memory of
the largest seed process, and checks that every database holds the same rows (count and a
hash of the rows per table). pg_restore runs no ANALYZE; psql of a seeder dump and `seed` do.

Beside the wall time of its best run, each path shows the CPU seconds that run took: the
client's (the process tree's) and, when the server runs on this machine and its postmaster's
/proc entry is readable, the server's (the backends and workers the postmaster reaped). On a
shared machine the wall times swing with the neighbours' load while the CPU seconds barely
move, and a server shared with other sessions counts theirs too. From both, each path shows
the CPUs its run kept busy on average and its floor: its CPU seconds over this machine's
usable CPUs, the least time that work could take here however well it were spread. A path
whose floor is above another path's time cannot beat it on this machine by scheduling alone.
The client's CPU seconds are also shown by process depth, sampled from /proc every 20 ms
(slightly under the whole: a process's last moments are missed): for `seed`, the process
that loads, the child that generates, and that child's --jobs workers.

--embedded measures against seeder's embedded server ($SEEDER_HOME). psql, pg_dump and
pg_restore are those on PATH, or those shipped with the embedded server when only they match
the server's major version. Every database is named seeder_bench_* and dropped at exit.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import psycopg

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.children import cpu_seconds, run_child, run_child_sampled
from benchmarks.figures import BenchmarkError, Timing
from benchmarks.measure import Repeats, best_of_each
from benchmarks.report import machine_info
from benchmarks.server import Server
from seeder.config import default_connections
from seeder.db.fingerprints import Fingerprints, table_fingerprints
from seeder.db.urls import libpq_conninfo, server_is_local

SEED_OVER_PSQL_MAX = 0.7
SEED_OVER_RESTORE_MAX = 1.0
PEAK_RSS_MAX_MIB = 200.0
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


class Paths:
    """The loads compared, each into a fresh database; the rows each left are kept."""

    def __init__(self, server: Server, tickets: int, tools: Path | None, folder: Path) -> None:
        self.server, self.tickets, self.tools, self.folder = server, tickets, tools, folder
        self.dump = folder / "dump.sql"
        self.directory = folder / "dump.dir"
        self.loaded: dict[str, Fingerprints] = {}
        # Per path and run: (seconds, client CPU s, server CPU s, client CPU s by process depth)
        self.cpu: dict[str, list[tuple[float, float, float | None, tuple[float, ...]]]] = {}
        self._postmaster = postmaster_pid(server.admin_url)

    def tool(self, name: str) -> str:
        found = str(self.tools / name) if self.tools else shutil.which(name)
        if found is None:
            raise BenchmarkError(f"{name} not found on PATH")
        return found

    def prepare(self) -> Timing:
        """`seed dump`, then psql of it into a database that pg_dump -Fd writes out."""
        seconds, peak, tree = run_child(
            [*_seed(), "dump", "--tickets", str(self.tickets), "-o", str(self.dump), "--quiet"]
        )
        with self.server.fresh_database() as url:
            run_child([self.tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url,
                       "-f", str(self.dump)])  # fmt: skip
            run_child([self.tool("pg_dump"), "-Fd", "-j", "2", "-f", str(self.directory), url])
            self.loaded["source"] = table_fingerprints(url)
        rows = sum(count for count, _ in self.loaded["source"].values())
        return Timing(seconds, rows, self.dump.stat().st_size, peak, tree)

    def measure(self, name: str, argv: Callable[[str], list[str]]) -> Timing:
        with self.server.fresh_database() as url:
            client, server = _client_cpu(), server_cpu(self._postmaster)
            run = run_child_sampled(argv(url))
            used = _client_cpu() - client
            _wait_for_backends_to_exit(url)
            after = server_cpu(self._postmaster)
            spent = None if server is None or after is None else after - server
            self.cpu.setdefault(name, []).append((run.seconds, used, spent, run.cpu_by_depth))
            self.loaded.setdefault(name, table_fingerprints(url))
        rows = sum(count for count, _ in self.loaded[name].values())
        return Timing(run.seconds, rows, 0, run.peak_mib, run.tree_mib)

    def psql(self, url: str) -> list[str]:
        return [self.tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url,
                "-f", str(self.dump)]  # fmt: skip

    def restore(self, jobs: int) -> Callable[[str], list[str]]:
        return lambda url: [self.tool("pg_restore"), "-j", str(jobs), "-d", url,
                            "--exit-on-error", str(self.directory)]  # fmt: skip

    def seed(self, connections: int | None) -> Callable[[str], list[str]]:
        given = [] if connections is None else ["--connections", str(connections)]
        return lambda url: [*_seed(), "--tickets", str(self.tickets), "--quiet",
                            "--database-url", url, *given]  # fmt: skip


def postmaster_pid(url: str) -> int | None:
    """The server's postmaster, when it runs on this machine (None: it does not, or unknown)."""
    with psycopg.connect(libpq_conninfo(url)) as conn:
        backend = conn.info.backend_pid
    try:
        stat = Path(f"/proc/{backend}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def server_cpu(postmaster: int | None) -> float | None:
    """CPU seconds of the postmaster and the children it reaped, or None when unreadable."""
    return None if postmaster is None else cpu_seconds(postmaster, reaped=True)


def _wait_for_backends_to_exit(url: str, timeout_s: float = 30) -> None:
    """Until the sessions of the run are gone: the postmaster counts their CPU once reaped."""
    import time

    deadline = time.monotonic() + timeout_s
    with psycopg.connect(libpq_conninfo(url), autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).fetchone()
            if row is not None and row[0] == 0:
                break
            time.sleep(0.05)
    time.sleep(0.1)  # the postmaster reaps an exited backend within moments


def _client_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _seed() -> list[str]:
    return [sys.executable, "-m", "seeder"]


def client_tools(url: str) -> Path | None:
    """Where the client programs matching the server's major version are (None: PATH)."""
    import subprocess

    from seeder.db.embedded import psql_executable

    with psycopg.connect(libpq_conninfo(url)) as conn:
        major = conn.info.server_version // 10000
    for folder in (None, psql_executable().parent):
        program = str(folder / "pg_dump") if folder else shutil.which("pg_dump")
        if program is None:
            continue
        version = subprocess.run([program, "--version"], capture_output=True, text=True)
        if version.stdout.split()[-1].split(".")[0] == str(major):
            return folder
    raise BenchmarkError(f"no pg_dump for PostgreSQL {major} on PATH nor in the embedded server")


def run(args: argparse.Namespace) -> dict[str, object]:
    server = Server(args.database_url)
    args.tools = client_tools(args.database_url)
    default = default_connections(args.tickets, local=server_is_local(args.database_url))
    with tempfile.TemporaryDirectory(prefix="seeder-bench-") as folder:
        paths = Paths(server, args.tickets, args.tools, Path(folder))
        _say(f"seed dump of {args.tickets:,} tickets, psql of it, pg_dump -Fd")
        dump = paths.prepare()
        names = ["psql -f", f"pg_restore -j {args.restore_jobs}", f"seed (default {default})"]
        measures = [
            lambda: paths.measure(names[0], paths.psql),
            lambda: paths.measure(names[1], paths.restore(args.restore_jobs)),
            lambda: paths.measure(names[2], paths.seed(None)),
        ]
        for n in args.connections_list:
            names.append(f"seed --connections {n}")
            measures.append(functools.partial(_measure_seed, paths, names[-1], n))
        _say(f"in rounds: {', '.join(names)}")
        timings = dict(zip(names, best_of_each(args.repeats, measures), strict=True))
        loaded = paths.loaded
        cpu = {name: min(runs)[1:] for name, runs in paths.cpu.items()}  # the fastest run's
    return _report(args, machine_info(server), dump, timings, cpu, loaded, names)


def _measure_seed(paths: Paths, name: str, connections: int) -> Timing:
    return paths.measure(name, paths.seed(connections))


def _report(
    args: argparse.Namespace,
    machine: dict[str, object],
    dump: Timing,
    timings: dict[str, Timing],
    cpu: dict[str, tuple[float, float | None, tuple[float, ...]]],
    loaded: dict[str, Fingerprints],
    names: list[str],
) -> dict[str, object]:
    psql, restore, seed = (timings[n] for n in names[:3])
    peak = max(t.peak_rss_mib for n, t in timings.items() if n.startswith("seed"))
    same = all(rows == loaded["source"] for rows in loaded.values())
    targets = {
        "seed / psql -f": (seed.seconds / psql.seconds, f"<= {SEED_OVER_PSQL_MAX}",
                           seed.seconds / psql.seconds <= SEED_OVER_PSQL_MAX),
        f"seed / {names[1]}": (seed.seconds / restore.seconds, f"<= {SEED_OVER_RESTORE_MAX}",
                               seed.seconds / restore.seconds <= SEED_OVER_RESTORE_MAX),
        "peak RSS MiB, largest seed process": (peak, f"< {PEAK_RSS_MAX_MIB:g}",
                                               peak < PEAK_RSS_MAX_MIB),
        "same rows in every database": (float(same), "== 1", same),
    }  # fmt: skip
    print(f"{machine}\nload average at the end: {os.getloadavg()}")
    print(f"seed dump: {dump.seconds:.2f} s, {dump.rows:,} rows, {dump.bytes / 1e6:,.0f} MB")
    print(f"{'path':<28}{'seconds':>9}{'rows/s':>12}{'peak MiB':>10}{'tree MiB':>10}"
          f"{'client CPU s':>14}{'server CPU s':>14}{'CPUs busy':>11}{'floor s':>9}")  # fmt: skip
    cpus = int(machine["usable_cpus"])
    figures = {name: _figures(t, *cpu[name], cpus) for name, t in timings.items()}
    for name, t in timings.items():
        row = figures[name]
        memory = f"{t.peak_rss_mib:>10.0f}{t.tree_rss_mib:>10.0f}"
        print(
            f"{name:<28}{t.seconds:>9.2f}{t.rows_per_s:>12,.0f}{memory}"
            f"{_shown(row['client_cpu_seconds'], 14)}{_shown(row['server_cpu_seconds'], 14)}"
            f"{_shown(row['cpus_busy'], 11)}{_shown(row['cpu_floor_seconds'], 9)}"
        )
    print("client CPU s by process depth (sampled; seed: the sink, its generating child, the")
    print("child's --jobs workers; pg_restore: its -j workers at depth 1):")
    for name in timings:
        print(f"  {name:<26}" + " / ".join(f"{s:.2f}" for s in figures[name]["cpu_by_depth"]))
    for name, (value, limit, passed) in targets.items():
        print(f"{'PASS' if passed else 'FAIL'}  {name}: {value:.3f} ({limit})")
    return {
        "machine": machine,
        "tickets": args.tickets,
        "dump": {"seconds": dump.seconds, "rows": dump.rows, "bytes": dump.bytes},
        "timings": figures,
        "targets": {
            name: {"value": value, "limit": limit, "passed": passed}
            for name, (value, limit, passed) in targets.items()
        },
        "load_average": os.getloadavg(),
    }


def _figures(
    timing: Timing, client: float, server: float | None, by_depth: tuple[float, ...], cpus: int
) -> dict[str, Any]:
    """A path's figures; its CPU use and floor only where the server's CPU is known."""
    spent = None if server is None else client + server
    return {
        "seconds": timing.seconds,
        "rows_per_s": timing.rows_per_s,
        "peak_rss_mib": timing.peak_rss_mib,
        "tree_rss_mib": timing.tree_rss_mib,
        "client_cpu_seconds": client,
        "server_cpu_seconds": server,
        "cpus_busy": None if spent is None else spent / timing.seconds,
        "cpu_floor_seconds": None if spent is None else spent / cpus,
        "cpu_by_depth": list(by_depth),
    }


def _shown(value: float | None, width: int) -> str:
    return f"{'-' if value is None else f'{value:.2f}':>{width}}"


def _say(step: str) -> None:
    print(f"[parallel load] {step}...", file=sys.stderr, flush=True)


def _positive_list(value: str) -> list[int]:
    return [int(part) for part in value.split(",") if part.strip()]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000, metavar="N")
    parser.add_argument(
        "--connections-list",
        type=_positive_list,
        default=[1, 2, 4],
        metavar="N,N,...",
        help="seed --connections values (default 1,2,4)",
    )
    parser.add_argument("--restore-jobs", type=int, default=2, metavar="N")
    parser.add_argument("--repeat", type=int, default=1, metavar="K", help="best of K rounds")
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--database-url", metavar="URL", default=os.environ.get("DATABASE_URL") or DEFAULT_URL
    )
    target.add_argument(
        "--embedded",
        action="store_true",
        help="seeder's embedded server ($SEEDER_HOME) and its client programs",
    )
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    args.repeats = Repeats(args.repeat)
    if args.embedded:
        from seeder.db.embedded import start_embedded

        args.database_url = start_embedded().replace("/seeder?", "/postgres?")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        report = run(args)
    except (BenchmarkError, psycopg.Error) as exc:
        print(f"benchmark: error: {exc}", file=sys.stderr)
        return 1
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
