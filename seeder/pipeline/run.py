"""The one path every generating command takes: config + sink + progress -> summary.

The block source starts first (a forked child where the sink allows one, so generation runs
while the sink connects or opens its file), then the sink is opened, begun once the plan is
known, fed every block in load order and committed. Any failure, Ctrl-C included, aborts it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from seeder.config import RunConfig, check_run_config, checked_params
from seeder.db.urls import redact_url
from seeder.domain import TABLES
from seeder.errors import ConfigError, shown
from seeder.pipeline.child import BlockMaker, BlockSource, open_blocks
from seeder.sinks.base import ProgressCallback, RunSummary, Sink

# The sinks are imported by the commands that use them: a load never imports the file sinks'
# modules, nor they psycopg.
if TYPE_CHECKING:
    from seeder.db.lock_wait import LockWaitCallback
    from seeder.sinks.dump import DumpFormat
    from seeder.sinks.export import ExportFormat
    from seeder.sinks.staged import NoticeCallback


def run(
    config: RunConfig,
    sink: Sink,
    target: str,
    *,
    progress: ProgressCallback | None = None,
    make_blocks: BlockMaker | None = None,
) -> RunSummary:
    """Generate `config`'s dataset into `sink`; `target` names the output in the summary.

    `make_blocks` replaces what makes the encoded blocks from the plan (see BlockMaker), in
    the forked child where there is one: a wrapper around the real maker can make the
    generating side fail or die mid-run, as the tests do.
    """
    # A RunConfig made by hand is refused before anything is touched. Its parameters are
    # checked once the generator has forked: that reads TOML, the parent's own work.
    check_run_config(config, params=False)
    started = time.perf_counter()
    summary = RunSummary(target=target, rows=dict.fromkeys(TABLES, 0))
    source = open_blocks(
        config,
        sink.encoding,
        sink.batch_rows,
        fork=sink.fork_generator,
        make_blocks=make_blocks,
    )
    try:
        checked_params(config.params)
        try:
            _feed(source, sink, summary, progress)
        except BaseException as error:
            sink.abort(error)
            raise
    finally:
        source.close()
    summary.timings["total"] = time.perf_counter() - started
    return summary


def _feed(
    source: BlockSource, sink: Sink, summary: RunSummary, progress: ProgressCallback | None
) -> None:
    sink.open(summary)
    start = source.start()  # the plan's errors come before the sink changes anything
    summary.timings["plan"] = start.plan_seconds
    summary.staffing = start.staffing
    expected = start.expected_rows
    sink.begin(expected)
    step = time.perf_counter()
    for block in source:
        sink.write(block)
        done = summary.rows[block.table] = summary.rows[block.table] + block.rows
        if progress is not None:
            progress(block.table, done, max(expected[block.table], done))
    if progress is not None:  # where the expected rows were an estimate above the outcome
        for table, done in summary.rows.items():
            if expected[table] > done:
                progress(table, done, done)
    summary.timings["generate+write"] = time.perf_counter() - step
    announce = None if progress is None else (lambda name: progress(name, 0, 0))
    sink.commit(summary, announce)


def load(
    config: RunConfig,
    url: str,
    *,
    reset: bool = False,
    progress: ProgressCallback | None = None,
    lock_timeout: float | None = None,
    on_lock_wait: LockWaitCallback | None = None,
    connections: int | None = None,
    on_notice: NoticeCallback | None = None,
) -> RunSummary:
    """Generate the dataset for `config` and load it into the database at `url`.

    Raises TargetNotEmptyError (nothing changed) when the tables hold data and reset is
    False; with reset=True the old rows are replaced, all at once. The load is recorded in
    seed_runs with the data (rows of earlier loads stay: the history). When another session
    holds a lock on a target table, the load waits: on_lock_wait hears what for after a couple
    of seconds, and with lock_timeout (seconds) it gives up with LockTimeoutError.

    With `connections` above 1 (None: seeder.config.default_connections) the tables are
    loaded in parallel through a staging schema and swapped in (seeder.sinks.staged); where
    that is not possible, on_notice hears why and the load runs in one transaction.
    """
    from seeder.config import check_connections, check_lock_timeout
    from seeder.sinks.staged import StagedPostgresSink

    check_connections(connections)
    check_lock_timeout(lock_timeout)
    sink = StagedPostgresSink(
        url,
        config.batch_rows,
        config=config,
        connections=connections,
        reset=reset,
        lock_timeout=lock_timeout,
        on_lock_wait=on_lock_wait,
        on_notice=on_notice,
    )
    return run(config, sink, redact_url(url), progress=progress)


def write_dump(
    config: RunConfig,
    path: Path | str,
    *,
    fmt: DumpFormat = "copy",
    data_only: bool = False,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Write the dataset of `config` as a .sql file (gzip-compressed when the name ends .gz):
    fmt "copy" (COPY blocks) or "insert" (INSERT statements)."""
    from seeder.sinks.dump import DumpSink

    _check_choice("fmt", fmt, ("copy", "insert"))
    path = Path(path)
    sink = DumpSink(config, path, fmt=fmt, data_only=data_only, force=force)
    return run(config, sink, str(path), progress=progress)


def export_files(
    config: RunConfig,
    directory: Path | str,
    *,
    fmt: ExportFormat = "csv",
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Write every table of `config`'s dataset as CSV or Parquet files (fmt "csv" or
    "parquet") into `directory`."""
    from seeder.sinks.export import ExportSink

    _check_choice("fmt", fmt, ("csv", "parquet"))
    directory = Path(directory)
    sink = ExportSink(config, directory, fmt=fmt, force=force)
    return run(config, sink, str(directory), progress=progress)


def _check_choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(f"{name} {shown(value)}: use one of {', '.join(map(repr, choices))}")
