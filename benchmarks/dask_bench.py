"""Rows/s of the Dask paths against the local --jobs paths, measured in alternating rounds.

    python benchmarks/dask_bench.py [--tickets 1000000] [--workers 1 2] [--rounds 1]
                                    [--load] [--database-url ADMIN_URL]

For each worker count N, one child process each (wall time; memory of the client and of
its largest worker process, the kernel's VmHWM; the tree's peak Pss):

- `seed export --format parquet --jobs N` (forked --jobs workers, one folder of files);
- `seed export --format parquet --dask --jobs N` (a local Dask cluster of N worker processes,
  which write the shards themselves), and the cost of starting and stopping such a cluster
  alone, which a long-lived cluster does not pay per run;
- with --load, `seed --jobs N` and `seed --dask --jobs N` into fresh databases on the server.

The paths of one worker count run one after the other in each round, so a busy spell of a
shared machine weighs on all of them. Benchmarks report, they never assert.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.children import _memory_kib, _process_tree
from benchmarks.figures import MIB
from benchmarks.server import Server

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
CLUSTER_ONLY = """
import logging, sys
from dask.distributed import Client, LocalCluster
with LocalCluster(n_workers=int(sys.argv[1]), threads_per_worker=1, processes=True,
                  dashboard_address=":0", silence_logs=logging.ERROR) as c, Client(c) as cl:
    cl.wait_for_workers(int(sys.argv[1]))
"""


@dataclass(frozen=True)
class Run:
    """One child's wall time and memory: the client process, its largest child, the tree."""

    seconds: float
    client_mib: float
    worker_mib: float
    tree_mib: float


class _Sampler:
    """VmHWM per process of a tree (the root is the client), and the tree's Pss, every 20 ms."""

    def __init__(self, pid: int) -> None:
        self.root, self.hwm_kib, self.tree_kib = pid, {pid: 0}, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            readings = {pid: _memory_kib(pid, True) for pid in _process_tree(self.root)}
            self.tree_kib = max(self.tree_kib, sum(pss for pss, _ in readings.values()))
            for pid, (_, hwm) in readings.items():
                self.hwm_kib[pid] = max(self.hwm_kib.get(pid, 0), hwm)
            self._stop.wait(0.02)

    def stop(self) -> tuple[float, float, float]:
        self._stop.set()
        self._thread.join()
        children = [kib for pid, kib in self.hwm_kib.items() if pid != self.root]
        client = self.hwm_kib[self.root]
        return (
            client * 1024 / MIB,
            max(children, default=0) * 1024 / MIB,
            self.tree_kib * 1024 / MIB,
        )


def run(argv: Sequence[str]) -> Run:
    import subprocess

    started = time.perf_counter()
    child = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = _Sampler(child.pid)
    _, errors = child.communicate()
    seconds = time.perf_counter() - started
    client, worker, tree = sampler.stop()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:6])} ... exited {child.returncode}: {errors[-2000:]!r}")
    return Run(seconds, client, worker, tree)


def _seed(*args: str) -> list[str]:
    return [sys.executable, "-m", "seeder", *args, "--quiet"]


def measure_round(
    args: argparse.Namespace, workers: int, folder: Path, server: Server | None
) -> dict[str, Run]:
    common = ["--tickets", str(args.tickets), "--jobs", str(workers)]
    export = ["export", *common, "--format", "parquet", "--force"]
    runs = {
        "seed export --jobs": run(_seed(*export, "-o", str(folder / "local"))),
        "seed export --dask": run(_seed(*export, "--dask", "-o", str(folder / "dask"))),
        "local cluster start+stop only": run([sys.executable, "-c", CLUSTER_ONLY, str(workers)]),
    }
    if server is not None:
        for name, extra in (("seed --jobs", []), ("seed --dask", ["--dask"])):
            with server.fresh_database() as url:
                runs[name] = run(_seed(*common, *extra, "--database-url", url))
    return runs


def rows_of(folder: Path) -> int:
    manifest = json.loads((folder / "dask" / "seeder-export.json").read_text())
    return int(sum(manifest["rows"].values()))


def print_table(results: dict[int, dict[str, Run]], rows: int) -> None:
    print(f"\n{rows:,} rows\n")
    print("| path | workers | seconds | rows/s | client MiB | largest worker MiB | tree Pss MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for workers, runs in results.items():
        for name, r in runs.items():
            rate = "-" if "cluster" in name else f"{rows / r.seconds:,.0f}"
            print(
                f"| {name} | {workers} | {r.seconds:.2f} | {rate} | {r.client_mib:.0f} | "
                f"{r.worker_mib:.0f} | {r.tree_mib:.0f} |"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--load", action="store_true", help="also measure loads")
    parser.add_argument("--database-url", default=DEFAULT_URL, help="admin URL (with --load)")
    args = parser.parse_args(argv)
    best: dict[int, dict[str, Run]] = {}
    with _server(args) as server, tempfile.TemporaryDirectory(prefix="seeder-dask-") as tmp:
        for round_number in range(args.rounds):
            for workers in args.workers:
                print(f"round {round_number + 1}, {workers} workers", file=sys.stderr)
                runs = measure_round(args, workers, Path(tmp), server)
                kept = best.setdefault(workers, runs)
                for name, r in runs.items():
                    if r.seconds < kept[name].seconds:
                        kept[name] = r
        print_table(best, rows_of(Path(tmp)))
    return 0


@contextlib.contextmanager
def _server(args: argparse.Namespace) -> Iterator[Server | None]:
    yield Server(args.database_url) if args.load else None


if __name__ == "__main__":
    raise SystemExit(main())
