"""The run configuration: size tier, counts, dates, seed and parameters, validated up front."""

from __future__ import annotations

import datetime as dt
import math
import numbers
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final, Literal

from seeder.errors import ConfigError, shown
from seeder.params import Params, params_from_mapping, params_from_toml, params_to_toml, read_toml
from seeder.params.limits import MAX_AGENTS, check_counts, check_weekdays_in_range

SIZE_TICKETS: Final = {"small": 500, "medium": 2_500, "large": 10_000, "xlarge": 25_000}
DEFAULT_SIZE: Final = "large"
DEFAULT_SEED: Final = 42
DEFAULT_START: Final = dt.date(2023, 9, 15)
DEFAULT_END: Final = dt.date(2025, 8, 21)
DEFAULT_BATCH_ROWS: Final = 10_000
SPEC_TICKETS: Final = 25_000
SPEC_CUSTOMERS: Final = 6_000
SPEC_AGENTS: Final = 12
SPEC_DAYS: Final = (DEFAULT_END - DEFAULT_START).days + 1  # the range the spec's counts are for
MIN_CUSTOMERS: Final = 50
# Below the spec's 25,000 tickets a desk needs fewer agents; three still staff every weekend
# with the default weekend_rotation of 3.
MIN_AGENTS: Final = 3
MAX_TICKETS: Final = 50_000_000
MAX_SEED: Final = 2**63 - 1
MAX_DEFAULT_JOBS: Final = 8
# Below this, one process is faster than starting workers: forked ones (Linux) start in
# milliseconds, spawned ones (macOS, Windows) in about 0.5 s.
PARALLEL_MIN_TICKETS: Final = 20_000 if sys.platform.startswith("linux") else 50_000
# From this size up, at least two workers whatever the CPUs: one process drawing a busy
# day's chunk while it holds the run's plan and agent totals passes 200 MiB (193 MiB at 5M
# tickets, 275 at 10M); with workers, the draw and the totals are in different processes.
WORKERS_FOR_MEMORY_TICKETS: Final = 4_000_000
# From this size up, every process that draws rows maps its big blocks (seeder.generate.heap.
# map_big_blocks): memory stays flat, for a little more time.
MAP_BIG_BLOCKS_TICKETS: Final = 4_000_000
JobsTarget = Literal["database", "file"]
# A load over several connections (seeder.sinks.staged) from this size up; below, its extra
# connections, staging schema and swap cost about what the parallel index builds save
# (2 CPUs, PostgreSQL 15: even at 25,000 tickets, 1.2 x faster at 100,000).
STAGED_MIN_TICKETS: Final = 50_000
MAX_DEFAULT_CONNECTIONS: Final = 8
# A server on another machine: its cores are unknown, so a modest number.
REMOTE_CONNECTIONS: Final = 4
MAX_CONNECTIONS: Final = 64
# Worker processes on one machine: each holds up to 200 MiB, and all are forked at once.
MAX_JOBS: Final = 128
MAX_LOCK_TIMEOUT_S: Final = 2_147_483  # PostgreSQL's lock_timeout holds at most 2^31 - 1 ms


@dataclass(frozen=True)
class RunConfig:
    """Everything the rows depend on (plus batch_rows, which only sets the I/O granularity)."""

    tickets: int
    seed: int = DEFAULT_SEED
    start: dt.date = DEFAULT_START
    end: dt.date = DEFAULT_END
    params: Params = field(default_factory=Params)
    batch_rows: int = DEFAULT_BATCH_ROWS
    jobs: int = 1  # worker processes; like batch_rows, never changes the rows

    @property
    def customers(self) -> int:
        """The configured count, else 6,000 per 25,000 tickets as in the spec, at least 50."""
        if self.params.customers:
            return self.params.customers
        return max(MIN_CUSTOMERS, round(SPEC_CUSTOMERS * self.tickets / SPEC_TICKETS))

    @property
    def agents(self) -> int:
        """The configured count, else as many per ticket a day as the spec's 12 for 25,000
        tickets over its 707 days, at least 3: a shorter range brings the same tickets in
        fewer days, which take more agents.

        Never fewer than weekend_rotation: duty rotates over that many agents, so fewer would
        leave some weekends unstaffed.
        """
        return self.params.agents or self.planned_agents

    @property
    def planned_agents(self) -> int:
        """The agents the centre plans for these tickets and days: the count `agents` scales
        to when none is configured. The configured waits and abandonment are theirs."""
        scaled = round(SPEC_AGENTS * self.tickets / SPEC_TICKETS * SPEC_DAYS / self.days)
        return max(MIN_AGENTS, self.params.weekend_rotation, scaled)

    @property
    def days(self) -> int:
        """Calendar days in the range, both ends included."""
        return (self.end - self.start).days + 1


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_jobs(target: JobsTarget = "database", tickets: int | None = None) -> int:
    """Worker processes when --jobs is not given: what measured fastest.

    Below PARALLEL_MIN_TICKETS one: with fewer than five ticket chunks workers save less
    than they cost. Into a database, CPUs minus two, for the process streaming COPY and the
    server parsing it, but two on 2 or 3 CPUs: one process cannot draw the rows as fast as
    the server takes them, and a second fills the CPU time the server leaves. Into a file,
    every CPU: the parent only writes. At most 8, and at least 2 from
    WORKERS_FOR_MEMORY_TICKETS. The measurements are in benchmarks/README.md.
    """
    if tickets is not None and tickets < PARALLEL_MIN_TICKETS:
        return 1
    cpus = available_cpus()
    spare = max(min(cpus, 2), cpus - 2) if target == "database" else cpus
    least = 2 if tickets is not None and tickets >= WORKERS_FOR_MEMORY_TICKETS else 1
    return max(least, min(spare, MAX_DEFAULT_JOBS))


def default_connections(tickets: int, *, local: bool) -> int:
    """Connections a load uses when --connections is not given.

    One (the single-transaction load) below STAGED_MIN_TICKETS. Else, for a server on this
    machine, one per CPU (the server's CPUs are this machine's); for another machine,
    REMOTE_CONNECTIONS, at most one per CPU here, since every connection's COPY stream costs
    this side too. At most MAX_DEFAULT_CONNECTIONS.
    """
    if tickets < STAGED_MIN_TICKETS:
        return 1
    cpus = available_cpus()
    wanted = cpus if local else min(REMOTE_CONNECTIONS, cpus)
    return max(1, min(wanted, MAX_DEFAULT_CONNECTIONS))


def parse_date(name: str, value: str) -> dt.date:
    """Parse YYYY-MM-DD or raise a ConfigError naming the option."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{name} {shown(value)} is not a date: use YYYY-MM-DD") from None


def build_params(
    config_file: Path | str | None = None,
    *,
    agents: int | None = None,
    customers: int | None = None,
    base: Params | None = None,
) -> Params:
    """The parameters of a --config file (else `base`, else the defaults), with --agents /
    --customers, which override the file's `agents` and `customers` keys."""
    if config_file is not None and base is not None:
        raise ConfigError("give the parameters either as a config file or as Params, not both")
    if config_file is not None:
        params = params_from_mapping(read_toml(Path(config_file)))
    else:
        params = checked_params(base) if base is not None else Params()
    if agents is None and customers is None:
        return params
    params = replace(
        params,
        agents=params.agents if agents is None else agents,
        customers=params.customers if customers is None else customers,
    )
    check_counts(params, options=True)
    return params


def build_run_config(
    *,
    size: str | None = None,
    tickets: int | None = None,
    seed: int = DEFAULT_SEED,
    start: dt.date | None = None,
    end: dt.date | None = None,
    config_file: Path | str | None = None,
    params: Params | None = None,
    agents: int | None = None,
    customers: int | None = None,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    jobs: int = 1,
) -> RunConfig:
    """Validate every input and return the frozen configuration, before anything is written.

    The parameters come from `config_file` (TOML, as `seed config` prints it) or `params`,
    else the defaults; `agents` and `customers` override theirs.
    """
    _check_types(
        tickets=tickets,
        seed=seed,
        batch_rows=batch_rows,
        jobs=jobs,
        agents=agents,
        customers=customers,
    )
    _check_dates(start=start, end=end)
    if size is not None and size not in SIZE_TICKETS:
        raise ConfigError(f"unknown size {shown(size)}: use one of {', '.join(SIZE_TICKETS)}")
    if tickets is not None:
        if tickets <= 0:
            raise ConfigError(f"--tickets {tickets}: must be a positive number of tickets")
        if tickets > MAX_TICKETS:
            raise ConfigError(f"--tickets {tickets}: at most {MAX_TICKETS:,} tickets per run")
        count = tickets
    else:
        count = SIZE_TICKETS[size or DEFAULT_SIZE]
    if not 0 <= seed <= MAX_SEED:
        raise ConfigError(f"--seed {seed}: must be an integer between 0 and {MAX_SEED}")
    if jobs <= 0:
        raise ConfigError(f"--jobs {jobs}: must be a positive number of worker processes")
    if jobs > MAX_JOBS:
        raise ConfigError(
            f"--jobs {jobs}: at most {MAX_JOBS} worker processes on one machine (each holds "
            "up to 200 MiB); for more, --dask ADDRESS spreads them over a cluster"
        )
    if batch_rows <= 0:
        raise ConfigError(f"--batch-rows {batch_rows}: must be a positive number of rows")
    start_date = start or DEFAULT_START
    end_date = end or DEFAULT_END
    if end_date < start_date:
        raise ConfigError(
            f"--end {end_date} is before --start {start_date}: give an end on or after the start"
        )
    if start_date.year < 1900 or end_date.year > 2200:
        raise ConfigError("--start/--end must lie between 1900 and 2200")
    chosen = build_params(config_file, agents=agents, customers=customers, base=params)
    check_weekdays_in_range(chosen, start_date, end_date)
    config = RunConfig(
        tickets=int(count),
        seed=int(seed),
        start=start_date,
        end=end_date,
        params=chosen,
        batch_rows=int(batch_rows),
        jobs=int(jobs),
    )
    _check_scaled_agents(config)
    return config


def check_run_config(config: RunConfig, *, params: bool = True) -> None:
    """Refuse, with a ConfigError, what build_run_config refuses, in a RunConfig made by hand
    (the library allows it): checked before anything is drawn, so a bad value fails in one
    line rather than deep inside, and no run records parameters it could not read back.

    Without `params`, the parameters are left to build_plan: checking them reads TOML, which
    a load's parent process would otherwise import before it forks the generator."""
    _check_types(
        tickets=config.tickets, seed=config.seed, batch_rows=config.batch_rows, jobs=config.jobs
    )
    _check_dates(start=config.start, end=config.end)
    limits = {
        "tickets": (config.tickets, 1, MAX_TICKETS),
        "seed": (config.seed, 0, MAX_SEED),
        "batch_rows": (config.batch_rows, 1, None),
        "jobs": (config.jobs, 1, MAX_JOBS),
    }
    for name, (value, least, most) in limits.items():
        if value < least or (most is not None and value > most):
            bounds = f"between {least} and {most:,}" if most is not None else f"at least {least}"
            raise ConfigError(f"RunConfig.{name} {value}: must be {bounds}")
    if config.end < config.start:
        raise ConfigError(f"RunConfig.end {config.end} is before its start {config.start}")
    if config.start.year < 1900 or config.end.year > 2200:
        raise ConfigError("RunConfig.start/end must lie between 1900 and 2200")
    if params:
        check_weekdays_in_range(checked_params(config.params), config.start, config.end)
        _check_scaled_agents(config)


def _check_scaled_agents(config: RunConfig) -> None:
    """The agents scaled with the tickets a day stay within --agents' own limit."""
    if config.agents > MAX_AGENTS:
        raise ConfigError(
            f"{config.tickets:,} tickets in {config.days:,} days would take {config.agents:,} "
            f"agents, above {MAX_AGENTS:,}: give a longer range (--start, --end) or fewer tickets"
        )


def checked_params(params: object) -> Params:
    """`params` if it is a Params that a run can record and read back (the TOML that
    seed_runs keeps, and every check a config file gets), else a ConfigError."""
    if not isinstance(params, Params):
        raise ConfigError(f"params: must be a seeder.Params, not {type(params).__name__}")
    try:
        params_from_toml(params_to_toml(params))
    except ConfigError as exc:
        raise ConfigError(f"params: {exc}") from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:  # a value TOML cannot hold
        raise ConfigError(f"params: {type(exc).__name__}: {exc}: see `seed config`") from None
    return params


def check_lock_timeout(seconds: float | None) -> None:
    """None (wait as long as it takes), or a number of seconds PostgreSQL can set."""
    if seconds is None:
        return
    if isinstance(seconds, bool) or not isinstance(seconds, numbers.Real):
        raise ConfigError(f"lock_timeout {shown(seconds)}: must be a number of seconds")
    if not (math.isfinite(seconds) and 0 < seconds <= MAX_LOCK_TIMEOUT_S):
        raise ConfigError(
            f"lock_timeout {seconds}: must be above 0 and at most {MAX_LOCK_TIMEOUT_S:,} seconds"
        )


def check_connections(connections: int | None) -> None:
    """None (chosen from the cores), or a number of connections from 1 to MAX_CONNECTIONS."""
    if connections is None:
        return
    _check_types(connections=connections)
    if not 1 <= connections <= MAX_CONNECTIONS:
        raise ConfigError(f"connections {connections}: must be between 1 and {MAX_CONNECTIONS}")


def _check_types(**values: object) -> None:
    """Each value None or a whole number (numpy's too; a bool is not one)."""
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise ConfigError(f"{name} {shown(value)}: must be a whole number")


def _check_dates(**values: object) -> None:
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ConfigError(
                f"{name} {shown(value)}: must be a datetime.date (a day, with no time of day)"
            )
