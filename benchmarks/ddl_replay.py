"""How long the staged load's keys, indexes and foreign keys take on N connections, when
the server has a CPU for each: every statement measured alone, then the schedule replayed.

    python benchmarks/ddl_replay.py [--tickets 1000000] [--connections-list 1,2,4,8]
                                    [--database-url ADMIN_URL]

It loads the tickets into a fresh database, drops the tables' keys, indexes and foreign keys,
runs every statement of the staged load's schedule (seeder.sinks.ddl_schedule) one at a time
without parallel workers, timing each, then replays the schedule with those times on N
connections: the time the last statement ends, against the ideal (all the work shared evenly)
and the longest statement. A machine with fewer CPUs than connections cannot reach these
times; they show where the order of the statements, not the CPUs, is the limit.
"""

from __future__ import annotations

import argparse
import heapq
import sys
import time
from pathlib import Path

import psycopg

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.server import Server
from seeder.config import build_run_config
from seeder.domain import TABLES
from seeder.pipeline.run import load
from seeder.schema.offline import compiled_schema
from seeder.sinks.ddl_schedule import DdlSchedule, DdlTask, build_tasks

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def measure(url: str, tasks: list[DdlTask], weights: dict[str, int]) -> dict[DdlTask, float]:
    """Each statement's seconds, run alone in an order the schedule allows."""
    seconds: dict[DdlTask, float] = {}
    schedule = DdlSchedule(tasks, weights)
    schedule.commit_tables(TABLES)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("SET max_parallel_maintenance_workers = 0")
        for statement in compiled_schema().deferred_drop:
            connection.execute(statement)
        while (task := schedule.next_task(wait=False)) is not None:
            started = time.perf_counter()
            connection.execute(task.sql)
            seconds[task] = time.perf_counter() - started
            schedule.finish(task)
    return seconds


def replay(seconds: dict[DdlTask, float], weights: dict[str, int], connections: int) -> float:
    """When the last statement ends, with `connections` connections that never wait for a CPU."""
    schedule = DdlSchedule(seconds, weights)
    schedule.commit_tables(TABLES)
    now, free, order = 0.0, connections, 0
    running: list[tuple[float, int, DdlTask]] = []
    while True:
        while free and (task := schedule.next_task(wait=False)) is not None:
            heapq.heappush(running, (now + seconds[task], order, task))
            order, free = order + 1, free - 1
        if not running:
            return now
        now, _, task = heapq.heappop(running)
        schedule.finish(task)
        free += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--connections-list", default="1,2,4,8")
    parser.add_argument("--database-url", default=DEFAULT_URL)
    args = parser.parse_args(argv)
    server = Server(args.database_url)
    with server.fresh_database() as url:
        summary = load(build_run_config(tickets=args.tickets), url, connections=1)
        tasks = build_tasks(compiled_schema().deferred_create, TABLES)
        seconds = measure(url, tasks, summary.rows)
    work = sum(seconds.values())
    longest = max(seconds, key=lambda task: seconds[task])
    print(f"{len(seconds)} statements, {work:.2f} s alone; the longest {seconds[longest]:.2f} s:")
    print(f"  {longest.sql}")
    print("connections  seconds  ideal  of ideal")
    for count in (int(c) for c in args.connections_list.split(",")):
        took = replay(seconds, summary.rows, count)
        print(f"{count:11d}  {took:7.2f}  {work / count:5.2f}  {work / count / took:7.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
