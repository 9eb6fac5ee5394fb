"""A load's blocks made in a forked child equal those made in process, and the child is
always reaped, whether the load succeeds, is refused or fails in the child."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from tests_support import run_python, table_fingerprints

import seeder.generate.plan as plan_module
import seeder.generate.workers as parallel
import seeder.pipeline.child as block_source
from seeder.config import build_run_config
from seeder.encode.copy_format import EncodedBlock
from seeder.errors import ConfigError, GeneratorExitedError, TargetNotEmptyError
from seeder.pipeline.run import load


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Force the forked path and record the pid of every child it makes."""
    pids: list[int] = []
    real_fork = os.fork

    def recording_fork() -> int:
        pid = real_fork()
        if pid:
            pids.append(pid)
        return pid

    monkeypatch.setattr(block_source, "can_fork_producer", lambda: True)
    monkeypatch.setattr(block_source.os, "fork", recording_fork)
    yield pids


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # waited for already: no zombie, nothing left running
    return False


def test_forked_and_in_process_loads_are_identical(
    fresh_database_url: str,
    migrated_database_url: str,
    forks: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = build_run_config(tickets=3_000, seed=5, jobs=2)
    forked = load(config, fresh_database_url)
    assert len(forks) == 1 and _reaped(forks[0])
    monkeypatch.setattr(block_source, "can_fork_producer", lambda: False)
    in_process = load(config, migrated_database_url)
    assert len(forks) == 1  # the second load forked no producer
    assert forked.rows == in_process.rows
    assert table_fingerprints(fresh_database_url) == table_fingerprints(migrated_database_url)


def test_a_refused_load_reaps_the_child(fresh_database_url: str, forks: list[int]) -> None:
    load(build_run_config(size="small"), fresh_database_url)
    before = table_fingerprints(fresh_database_url)
    with pytest.raises(TargetNotEmptyError):
        load(build_run_config(size="small", seed=2), fresh_database_url)
    assert len(forks) == 2 and all(_reaped(pid) for pid in forks)
    assert table_fingerprints(fresh_database_url) == before


def test_an_error_in_the_child_reaches_the_caller_and_changes_nothing(
    fresh_database_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    load(build_run_config(size="small"), fresh_database_url)
    before = table_fingerprints(fresh_database_url)

    def unstaffable(config: object) -> object:
        raise ConfigError("3 agents cannot cover the schedule: raise agents")

    monkeypatch.setattr(plan_module, "build_plan", unstaffable)  # the child inherits the patch
    with pytest.raises(ConfigError, match="cannot cover the schedule"):
        load(build_run_config(size="small", seed=3), fresh_database_url, reset=True)
    assert len(forks) == 2 and all(_reaped(pid) for pid in forks)
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


def test_a_child_that_dies_mid_run_gives_one_clear_error_and_changes_nothing(
    fresh_database_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    load(build_run_config(size="small"), fresh_database_url)
    before = table_fingerprints(fresh_database_url)
    real = parallel.encoded_blocks

    def dying(*args: object, **kwargs: object) -> Iterator[EncodedBlock]:
        blocks = real(*args, **kwargs)  # type: ignore[arg-type]
        yield next(blocks)
        os._exit(9)  # as if the kernel's OOM killer took it

    monkeypatch.setattr(parallel, "encoded_blocks", dying)
    with pytest.raises(GeneratorExitedError, match="stopped before the end of the run"):
        load(build_run_config(size="small", seed=4), fresh_database_url, reset=True)
    assert all(_reaped(pid) for pid in forks)
    assert table_fingerprints(fresh_database_url) == before


# `seed` through the CLI, recording what the process has imported when it forks its generator.
MODULES_AT_FORK = """
import os, sys
import seeder.pipeline.child
real_fork = os.fork
at_fork = []
def fork():
    at_fork.extend(sys.modules)
    return real_fork()
seeder.pipeline.child.os.fork = fork
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
