"""A load's blocks made in a forked child equal those made in process, and the child is
always reaped, whether the load succeeds, is refused or fails in the child."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from process_tree_support import children_of, needs_proc
from tests_support import run_python, table_fingerprints

from seeder.config import RunConfig, build_run_config
from seeder.encode.copy_format import EncodedBlock
from seeder.errors import ConfigError, GeneratorExitedError, TargetNotEmptyError
from seeder.generate.plan import Plan
from seeder.generate.spill import Encoder
from seeder.generate.workers import encoded_blocks
from seeder.pipeline.child import BlockMaker, can_fork_producer
from seeder.pipeline.run import load, run
from seeder.sinks.base import RunSummary
from seeder.sinks.postgres import PostgresSink

pytestmark = needs_proc


class ChildWatchingSink(PostgresSink):
    """A live load that notes the child processes made before it opens: the generator, when
    it was forked (the pipeline starts the block source first)."""

    def __init__(self, url: str, config: RunConfig, *, fork: bool, reset: bool = False) -> None:
        super().__init__(url, config.batch_rows, config=config, reset=reset)
        self.fork_generator = fork
        self._before = children_of(os.getpid())
        self.new_children: set[int] = set()

    def open(self, summary: RunSummary) -> None:
        self.new_children = children_of(os.getpid()) - self._before
        super().open(summary)


@contextmanager
def no_child_left_behind() -> Iterator[None]:
    """Every child process started inside is reaped by the end: none running, none a zombie."""
    before = children_of(os.getpid())
    yield
    left = children_of(os.getpid()) - before
    assert not left, f"child processes left behind: {sorted(left)}"


def _forked_load(
    url: str, config: RunConfig, *, reset: bool = False, make_blocks: BlockMaker | None = None
) -> RunSummary:
    """Load `config` with the generator in a forked child; exactly one child is made."""
    # The pipeline forks only from a one-thread process on Linux: otherwise this would test
    # the in-process path twice.
    assert can_fork_producer(), "this test process runs threads: the generator cannot fork"
    sink = ChildWatchingSink(url, config, fork=True, reset=reset)
    try:
        return run(config, sink, url, make_blocks=make_blocks)
    finally:
        assert len(sink.new_children) == 1  # the generator (its --jobs workers are its own)


def test_forked_and_in_process_loads_are_identical(
    fresh_database_url: str, migrated_database_url: str
) -> None:
    config = build_run_config(tickets=3_000, seed=5, jobs=2)
    with no_child_left_behind():
        forked = _forked_load(fresh_database_url, config)
    in_process_sink = ChildWatchingSink(migrated_database_url, config, fork=False)
    with no_child_left_behind():
        in_process = run(config, in_process_sink, migrated_database_url)
    assert not in_process_sink.new_children  # no generator forked
    assert forked.rows == in_process.rows
    assert table_fingerprints(fresh_database_url) == table_fingerprints(migrated_database_url)


def test_a_refused_load_reaps_the_child(fresh_database_url: str) -> None:
    load(build_run_config(size="small"), fresh_database_url)
    before = table_fingerprints(fresh_database_url)
    with no_child_left_behind(), pytest.raises(TargetNotEmptyError):
        _forked_load(fresh_database_url, build_run_config(size="small", seed=2))
    assert table_fingerprints(fresh_database_url) == before


def test_an_error_in_the_child_reaches_the_caller_and_changes_nothing(
    fresh_database_url: str, tmp_path: Path
) -> None:
    load(build_run_config(size="small"), fresh_database_url)
    before = table_fingerprints(fresh_database_url)
    # Valid parameters whose plan, made in the child, leaves a day without an agent: one
    # agent on weekend duty every week takes two weekdays off.
    unstaffed = tmp_path / "unstaffed.toml"
    unstaffed.write_text("weekend_rotation = 1\nagents = 1\n")
    config = build_run_config(size="small", seed=3, config_file=unstaffed)
    with no_child_left_behind(), pytest.raises(ConfigError, match="no agent is on shift on"):
        _forked_load(fresh_database_url, config, reset=True)
    assert table_fingerprints(fresh_database_url) == before


LOAD_AND_LIST_MODULES = """
import sys
from seeder.config import build_run_config
from seeder.pipeline.run import load
load(build_run_config(size="small"), sys.argv[1])
print(" ".join(m for m in ("numpy", "pyarrow") if m in sys.modules) or "none")
"""


def test_the_loading_process_never_imports_the_generators(fresh_database_url: str) -> None:
    """What makes the overlap: numpy and Arrow are imported by the child alone."""
    done = run_python(LOAD_AND_LIST_MODULES, fresh_database_url)
    assert done.stdout.split() == ["none"], done.stderr
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 500


def dying_after_one_block(
    plan: Plan, encode: Encoder, batch_rows: int, jobs: int
) -> Iterator[EncodedBlock]:
    """The real blocks, until the process making them exits abruptly after the first."""
    blocks = encoded_blocks(plan, encode, batch_rows, jobs)
    yield next(blocks)
    os._exit(9)  # as if the kernel's OOM killer took it


def test_a_child_that_dies_mid_run_gives_one_clear_error_and_changes_nothing(
    fresh_database_url: str,
) -> None:
    load(build_run_config(size="small"), fresh_database_url)
    before = table_fingerprints(fresh_database_url)
    config = build_run_config(size="small", seed=4)
    with (
        no_child_left_behind(),
        pytest.raises(GeneratorExitedError, match="stopped before the end of the run"),
    ):
        _forked_load(fresh_database_url, config, reset=True, make_blocks=dying_after_one_block)
    assert table_fingerprints(fresh_database_url) == before


# `seed` through the CLI, recording what the process has imported when it forks its generator
# (os.register_at_fork's hook runs in the parent just before every fork).
MODULES_AT_FORK = """
import os, sys
at_fork = []
os.register_at_fork(before=lambda: at_fork.extend(sys.modules))
from seeder.cli import main
code = main(["--size", "small", "--quiet", "--database-url", sys.argv[1]])
print(code, " ".join(at_fork))
"""

# What the loading process alone needs; each one imported before the fork delays the child.
PARENT_ONLY = {
    "psycopg",
    "seeder.db.connect",
    "seeder.schema.offline",
    "concurrent.futures",
    "tomllib",
    "numpy",
    "pyarrow",
}


def test_the_generator_forks_before_the_loading_side_imports(fresh_database_url: str) -> None:
    """The child starts generating as early as it can (25,000 tickets: the fork came 30-40 ms
    sooner once these waited)."""
    done = run_python(MODULES_AT_FORK, fresh_database_url)
    code, *modules = done.stdout.split()
    assert code == "0", done.stderr
    assert "seeder.config" in modules  # the probe saw the fork
    assert PARENT_ONLY.isdisjoint(modules), sorted(PARENT_ONLY.intersection(modules))
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 500
