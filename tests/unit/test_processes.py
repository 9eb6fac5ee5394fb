"""A child that called die_with_parent() ends with its parent and not through its handlers."""

from __future__ import annotations

import subprocess
import sys
import time

from process_tree_support import assert_children_exit_when_killed, needs_proc
from tests_support import run_python

from seeder.processes import process_exists

pytestmark = needs_proc

# The parent raises on SIGTERM and SIGHUP, as the CLI does; each child is sent one of them.
SIGNALLED_CHILDREN = """
import os, signal, time
from seeder.processes import die_with_parent

def interrupt(*_):
    raise KeyboardInterrupt

statuses = []
for number in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(number, interrupt)
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        try:
            die_with_parent(parent)
            os.kill(os.getpid(), number)
            time.sleep(30)
        except KeyboardInterrupt:
            os._exit(3)
        os._exit(0)
    statuses.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(*statuses)
"""


def test_a_child_ends_by_sigterm_or_sighup_instead_of_running_the_parents_handler() -> None:
    assert run_python(SIGNALLED_CHILDREN).stdout.split() == ["-15", "-1"]


# The parent exits at once; its child calls die_with_parent() only once it is an orphan.
LATE_CHILD = """
import os, time
from seeder.processes import die_with_parent

parent = os.getpid()
if os.fork() == 0:
    while os.getppid() == parent:
        time.sleep(0.01)
    die_with_parent(parent)
    print("outlived its parent", flush=True)
    os._exit(0)
"""


def test_a_child_whose_parent_died_before_it_asked_exits_at_once() -> None:
    # The output is read to its end, which the child holds open for as long as it runs.
    assert run_python(LATE_CHILD).stdout == ""


# As where the kernel offers no parent-death signal: the child polls its parent's pid.
POLLING_CHILD = """
import os, time
import seeder.processes as lifeline

lifeline._ask_for_sigkill_on_parent_death = lambda: False
parent = os.getpid()
pid = os.fork()
if pid == 0:
    lifeline.die_with_parent(parent)
    time.sleep(60)
    os._exit(0)
print(pid, flush=True)
time.sleep(60)
"""


def test_without_the_parent_death_signal_a_child_still_exits_with_its_parent() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", POLLING_CHILD], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert_children_exit_when_killed(parent, {child})
    finally:
        parent.kill()
        parent.wait()


def test_a_process_exists_while_it_runs_and_not_once_it_has_exited() -> None:
    """An exited child not yet reaped (a zombie) is gone too: nothing may reap it."""
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        assert process_exists(child.pid)
        assert child.stdin is not None
        child.stdin.close()
        deadline = time.monotonic() + 30
        while process_exists(child.pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not process_exists(child.pid)
        assert child.poll() is not None  # reaped only now: it was a zombie above
    finally:
        child.kill()
        child.wait()
    assert not process_exists(child.pid)
    assert not process_exists(0) and not process_exists(-1)
