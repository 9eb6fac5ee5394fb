"""`seed --dask`: a load whose rows the Dask workers COPY, each over its own connections.

It takes the staged load's path (seeder.sinks.staged_target), with the rows sent by the
workers instead of this process:

1. The control connection takes the run's lock for its session, checks the target as every
   load does (schema revision; data only with --reset), removes a staging schema a killed run
   left, and builds the staging schema from the migrations' own SQL, keys, indexes and
   foreign keys dropped; it commits so the workers see it. Where a swap would drop what hangs
   on the target's tables (a view, a grant...), the Dask load refuses: `seed` without --dask
   loads such a database in one transaction.
2. The workers COPY every table of every chunk range into the staging tables
   (seeder.distributed.copy); several connections write one table, so no FREEZE.
3. `connections` connections build the keys, indexes and foreign keys in the staging schema
   and ANALYZE its tables, in parallel as the staged load does (seeder.sinks.ddl_schedule);
   then the control connection, in one transaction, locks, migrates and checks the target's
   tables, swaps the staged ones in and records the run in seed_runs. On any failure the
   staging schema is dropped, and the target is as it was.

The run's seed_runs row has no content hashes (`{}`): the rows never pass through this
process, and a hash of a table's rows in load order cannot be put together from its ranges.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seeder.config import RunConfig, default_connections
from seeder.db.masking import secrets_in
from seeder.db.urls import redact_url, server_is_local
from seeder.distributed.cluster import dask_client
from seeder.distributed.copy import (
    CopiedRange,
    CopyInto,
    StagingTarget,
    copy_with_dask,
    refuse_unreachable,
)
from seeder.domain import TABLES
from seeder.errors import DistributedError
from seeder.generate.heap import map_big_blocks_for
from seeder.generate.plan import build_plan
from seeder.generate.produce import estimate_rows
from seeder.sinks.base import ProgressCallback, RunSummary, StaffingLevel
from seeder.sinks.staged_worker import build_staged_keys
from seeder.sinks.staging import STAGING_SCHEMA

if TYPE_CHECKING:
    import psycopg


@dataclass(frozen=True)
class StagingTable:
    """Every range of a table goes to the staging schema's table of that name."""

    schema: str = STAGING_SCHEMA

    def __call__(
        self, connection: psycopg.Connection, table: str, chunks: tuple[int, int]
    ) -> CopyInto:
        return CopyInto(f'"{self.schema}".{table}')


def load_with_dask(
    config: RunConfig,
    url: str,
    *,
    address: str | None = None,
    reset: bool = False,
    lock_timeout: float | None = None,
    progress: ProgressCallback | None = None,
    connections: int | None = None,
    staging: StagingTarget | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> RunSummary:
    """Load `config`'s dataset into the database at `url` from the Dask cluster at `address`,
    or from a local cluster of config.jobs workers. `connections` build the keys (None:
    seeder.config.default_connections). `staging` names the table each range goes to
    (default: the staging schema's), which is how a test makes the workers fail. on_notice
    hears advice on the cluster's settings (seeder.distributed.cluster.dask_client)."""
    from seeder.db.connect import connect_driver, database_errors

    started = time.perf_counter()
    refuse_unreachable(url)
    summary = RunSummary(target=redact_url(url), rows=dict.fromkeys(TABLES, 0))
    map_big_blocks_for(config.tickets)
    plan = build_plan(config)
    expected = estimate_rows(plan).rows
    summary.staffing = StaffingLevel.of(plan)

    def on_copied(copied: CopiedRange) -> None:
        done = summary.rows[copied.table] = summary.rows[copied.table] + copied.rows
        if progress is not None:
            progress(copied.table, done, max(expected[copied.table], done))

    with database_errors("loading", secrets_in(url)), connect_driver(url) as control:
        target = _prepare(control, reset, lock_timeout)
        summary.timings["prepare"] = time.perf_counter() - started
        try:
            step = time.perf_counter()
            with dask_client(address, config.jobs, on_notice) as client:
                copy_with_dask(client, plan, url, staging or StagingTable(), on_copied=on_copied)
            summary.timings["generate+copy"] = time.perf_counter() - step
            step = time.perf_counter()
            count = connections or default_connections(config.tickets, local=server_is_local(url))
            build_staged_keys(url, count, expected)
            summary.timings["keys+analyze"] = time.perf_counter() - step
            step = time.perf_counter()
            _swap(control, target, config, summary, reset)
            summary.timings["swap"] = time.perf_counter() - step
        except BaseException:
            _drop_staging_after_failure(control)
            raise
    summary.timings["total"] = time.perf_counter() - started
    return summary


def _prepare(control: psycopg.Connection, reset: bool, lock_timeout: float | None) -> str:
    """Lock, check, build the staging schema and commit; the target schema's name."""
    from seeder.sinks.staged_target import prepare_staging

    prepared = prepare_staging(control, reset, lock_timeout)
    if prepared.refusal is not None:
        raise DistributedError(
            f"seed --dask cannot load this database: {prepared.refusal}; load it with seed "
            "(without --dask), which keeps them"
        )
    return prepared.schema


def _swap(
    control: psycopg.Connection, target: str, config: RunConfig, summary: RunSummary, reset: bool
) -> None:
    """The staged tables swapped in and the run recorded, in one transaction."""
    from seeder.sinks.manifest import record_load
    from seeder.sinks.staged_target import swap_in

    swap_in(control, target, reset)
    record_load(control, config, summary, None)
    control.commit()


def _drop_staging_after_failure(control: psycopg.Connection) -> None:
    from seeder.sinks.staging import drop_leftover_staging

    with suppress(Exception):  # else the next run removes it (it bears our mark)
        control.rollback()
        drop_leftover_staging(control)
        control.commit()
