"""SIGTERM and SIGHUP stop a dump or an export as Ctrl-C does, and a killed run's leftovers go.

`timeout`, `docker stop` and systemd send SIGTERM; a closed terminal sends SIGHUP. The run
says on one line that nothing was written, removes its temporary and exits 128 + the signal.
A run killed outright (SIGKILL) cannot clean up: the next run writing to the same path
removes its temporary, unless a live run still holds that temporary's lock.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

BIG = ("--tickets", "300000", "--jobs", "1", "--quiet")  # still writing when the signal comes


def start_seed(
    *args: str, tmpdir: Path | None = None, sighup: signal.Handlers = signal.SIG_DFL
) -> subprocess.Popen[str]:
    """`seed` with SIGHUP's action set: a run inherits it, and a test run started under
    nohup would otherwise pass its SIG_IGN on, which seed keeps."""
    env = None if tmpdir is None else {**os.environ, "TMPDIR": str(tmpdir)}
    return subprocess.Popen(
        [sys.executable, "-m", "seeder", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGHUP, sighup),
    )


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def wait_for_temporary(folder: Path, process: subprocess.Popen[str]) -> str:
    """Wait until the run has created its temporary and written into it; return its name."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        found = temporaries(folder)
        if found:
            time.sleep(0.5)  # some rows are on their way
            return found[0]
        time.sleep(0.05)
    raise AssertionError("the run never created its temporary")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "name", "stop"),
    [
        ("dump", "big.sql", signal.SIGTERM),
        ("dump", "big.sql", signal.SIGHUP),
        ("export", "big", signal.SIGTERM),
    ],
    ids=["dump-SIGTERM", "dump-SIGHUP", "export-SIGTERM"],
)
def test_stop_signal_leaves_nothing_and_says_so(
    tmp_path: Path, command: str, name: str, stop: signal.Signals
) -> None:
    process = start_seed(command, *BIG, "-o", str(tmp_path / name))
    wait_for_temporary(tmp_path, process)
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + stop
    assert stderr.strip() == f"seed: stopped by {stop.name}: nothing was written"
    assert list(tmp_path.iterdir()) == [], "no temporary and no output left"


@pytest.mark.slow
def test_a_run_started_under_nohup_keeps_ignoring_sighup(tmp_path: Path) -> None:
    long_run = ("--tickets", "2000000", "--jobs", "1", "--quiet")  # stopped long before its end
    process = start_seed("dump", *long_run, "-o", str(tmp_path / "big.sql"), sighup=signal.SIG_IGN)
    wait_for_temporary(tmp_path, process)
    process.send_signal(signal.SIGHUP)
    time.sleep(1)
    assert process.poll() is None, "SIGHUP stopped a run started with SIGHUP ignored"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert list(tmp_path.iterdir()) == [], "no temporary and no output left"


@pytest.mark.slow
def test_a_stopped_parallel_dump_leaves_no_spill_file(tmp_path: Path) -> None:
    output, temporary = tmp_path / "out", tmp_path / "tmp"
    output.mkdir()
    temporary.mkdir()
    process = start_seed(
        "dump",
        "--tickets",
        "300000",
        "--jobs",
        "2",
        "-o",
        str(output / "big.sql"),
        tmpdir=temporary,
    )
    wait_for_temporary(output, process)
    assert [p.name for p in temporary.iterdir()], "the workers hand chunks over in files"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert list(output.iterdir()) == [] and list(temporary.iterdir()) == []


@pytest.mark.slow
def test_the_next_dump_removes_the_temporary_of_a_killed_one(tmp_path: Path) -> None:
    path = tmp_path / "out.sql"
    process = start_seed("dump", *BIG, "-o", str(path))
    left = wait_for_temporary(tmp_path, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert temporaries(tmp_path) == [left]
    done = subprocess.run(
        [sys.executable, "-m", "seeder", "dump", "--tickets", "30", "--quiet", "-o", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.sql"]


@pytest.mark.slow
def test_ctrl_c_to_a_workers_alone_leaves_the_run_going(tmp_path: Path) -> None:
    """The pool's owner handles Ctrl-C: a worker interrupted inside the task queue's lock
    would hold it for good, and the run would hang (seen once in ~40 Ctrl-Cs)."""
    from process_tree_support import children_of, wait_until

    path = tmp_path / "out.sql"
    process = start_seed("dump", "--tickets", "300000", "--jobs", "2", "-o", str(path))
    wait_for_temporary(tmp_path, process)
    wait_until(lambda: len(children_of(process.pid)) >= 2, "the workers started")
    for worker in children_of(process.pid):
        os.kill(worker, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert path.read_bytes().endswith(b"\nCOMMIT;\n\nANALYZE;\n"), "the whole dump"


@pytest.mark.slow
@pytest.mark.parametrize("after", [0.5, 1.5, 3.0])
def test_ctrl_c_to_the_process_group_stops_a_parallel_dump_cleanly(
    tmp_path: Path, after: float
) -> None:
    output, temporary = tmp_path / "out", tmp_path / "tmp"
    output.mkdir()
    temporary.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "seeder", "dump", "--tickets", "2000000", "--jobs", "2",
         "--quiet", "-o", str(output / "big.sql")],
        stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env={**os.environ, "TMPDIR": str(temporary)}, start_new_session=True,
    )  # fmt: skip
    time.sleep(after)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.strip() == "seed: interrupted: nothing was written"
    assert list(output.iterdir()) == [] and list(temporary.iterdir()) == []


# Sends Ctrl-C to itself the moment `seed` starts loading its commands' modules: the first
# tenths of a second of every run, when a terminal's Ctrl-C may well arrive.
INTERRUPT_WHILE_LOADING = """
import os, signal, sys

class InterruptOnLoad:
    def find_spec(self, name, path=None, target=None):
        if name == "seeder.cli_commands":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, InterruptOnLoad())
from seeder.cli import run
sys.argv = ["seed", *sys.argv[1:]]
run()
"""


@pytest.mark.parametrize(
    ("command", "left"),
    [("dump", "nothing was written"), ("load", "nothing was changed")],
)
def test_ctrl_c_while_the_commands_load_ends_the_run_as_later(
    tmp_path: Path, command: str, left: str
) -> None:
    """Not Python's KeyboardInterrupt (exit -2, a traceback): the run's one line and 130."""
    args = ["-o", str(tmp_path / "out.sql")] if command == "dump" else ["--database-url", "x"]
    finished = subprocess.run(
        [sys.executable, "-c", INTERRUPT_WHILE_LOADING, command, "--tickets", "1000", *args],
        capture_output=True, stdin=subprocess.DEVNULL, text=True, timeout=60,
    )  # fmt: skip
    assert (finished.returncode, finished.stderr) == (130, f"seed: interrupted: {left}\n")
    assert list(tmp_path.iterdir()) == []


# Ctrl-C to the process group the moment each --jobs worker is forked, before the worker has
# set itself to ignore it: what a terminal's Ctrl-C in the run's first second may hit.
INTERRUPT_AT_EACH_FORK = """
import os, signal, sys

os.register_at_fork(after_in_child=lambda: os.killpg(0, signal.SIGINT))
from seeder.cli import run
sys.argv = ["seed", *sys.argv[1:]]
run()
"""


def test_ctrl_c_as_the_workers_fork_ends_the_run_as_later(tmp_path: Path) -> None:
    """Not a worker's KeyboardInterrupt traceback and exit 1: the run's one line and 130."""
    output, temporary = tmp_path / "out", tmp_path / "tmp"
    output.mkdir()
    temporary.mkdir()
    finished = subprocess.run(
        [sys.executable, "-c", INTERRUPT_AT_EACH_FORK, "dump", "--tickets", "20000",
         "--jobs", "2", "--quiet", "-o", str(output / "out.sql")],
        capture_output=True, stdin=subprocess.DEVNULL, text=True, timeout=60,
        env={**os.environ, "TMPDIR": str(temporary)}, start_new_session=True,
    )  # fmt: skip
    assert (finished.returncode, finished.stderr) == (
        130,
        "seed: interrupted: nothing was written\n",
    )
    assert list(output.iterdir()) == [] and list(temporary.iterdir()) == []
