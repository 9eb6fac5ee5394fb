"""Peak memory of every seed process, at 1M and 10M tickets: flat memory, at most 200 MiB each.

    python benchmarks/memory.py [--tickets 1000000,10000000] [--paths dump,parquet,load]
                                [--jobs N] [--database-url URL] [--json FILE]

Each path runs as a child process: `seed dump -o -` (its output thrown away), `seed export
--format parquet` into a temporary folder, and `seed` into a fresh database on the server at
--database-url (a load of 10M tickets takes minutes). For each it prints the wall time, the
largest VmHWM of any one process of the tree (the kernel's own high-water mark of that
process's resident memory; forked workers count the pages they share with their parent) and
the largest sum of Pss over the tree at one moment, and whether the largest process stays
within PEAK_RSS_MAX_MIB.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.children import run_child
from benchmarks.server import Server

PEAK_RSS_MAX_MIB = 200.0
PATHS = ("dump", "parquet", "load")
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def _seed() -> str:
    return str(Path(sys.executable).with_name("seed"))


def measure(path: str, tickets: int, jobs: list[str], server: Server) -> dict[str, float]:
    """Seconds, the largest process's peak MiB and the tree's peak Pss MiB of one path."""
    size = ["--tickets", str(tickets), "--quiet", *jobs]
    if path == "dump":
        seconds, peak, tree = run_child([_seed(), "dump", *size, "-o", "-"])
    elif path == "parquet":
        with tempfile.TemporaryDirectory(prefix="seeder-memory-") as folder:
            output = str(Path(folder) / "export")
            seconds, peak, tree = run_child(
                [_seed(), "export", *size, "--format", "parquet", "-o", output]
            )
    else:
        with server.fresh_database() as url:
            seconds, peak, tree = run_child([_seed(), *size, "--database-url", url])
    return {"seconds": seconds, "peak_mib": peak, "tree_pss_mib": tree}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--tickets", default="1000000,10000000", help="N,N,... (default 1M,10M)")
    parser.add_argument("--paths", default=",".join(PATHS), help="of dump,parquet,load")
    parser.add_argument("--jobs", type=int, help="seed's --jobs (default: seed's own)")
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    sizes = [int(t) for t in args.tickets.split(",")]
    paths = [p for p in args.paths.split(",") if p]
    unknown = sorted(set(paths) - set(PATHS))
    if unknown:
        parser.error(f"unknown path {unknown[0]}: use {', '.join(PATHS)}")
    jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
    server = Server(args.database_url)
    results, failed = [], False
    print("| tickets | path | seconds | largest process MiB | tree Pss MiB | <= 200 MiB |")
    print("|---|---|---|---|---|---|")
    for tickets in sizes:
        for path in paths:
            figures = measure(path, tickets, jobs, server)
            within = figures["peak_mib"] <= PEAK_RSS_MAX_MIB
            failed |= not within
            results.append({"tickets": tickets, "path": path, **figures, "within": within})
            print(
                f"| {tickets:,} | {path} | {figures['seconds']:.1f} | {figures['peak_mib']:.0f} "
                f"| {figures['tree_pss_mib']:.0f} | {'PASS' if within else 'FAIL'} |",
                flush=True,
            )
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
