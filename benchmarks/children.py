"""Child processes (seed, psql): wall time, peak RSS of one process and of the whole tree, and
the CPU seconds of the tree's processes by their depth in it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.figures import MIB, BenchmarkError

RSS_SAMPLE_SECONDS = 0.02
PSS_EVERY_SAMPLES = 5  # the tree's Pss every 0.1 s


def _process_tree(pid: int) -> list[tuple[int, int]]:
    """(pid, depth) of `pid` (depth 0) and every process below it."""
    tree, index = [(pid, 0)], 0
    while index < len(tree):
        parent, depth = tree[index]
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{parent}/task").iterdir():
                tree += [(int(c), depth + 1) for c in (task / "children").read_text().split()]
        index += 1
    return tree


def cpu_seconds(pid: int, *, reaped: bool = False) -> float | None:
    """A process's user + system CPU seconds so far, with `reaped` those of the children it
    has waited for too; None when its /proc entry cannot be read (gone, or not ours to see)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # utime and stime, then cutime and cstime, in clock ticks
    ticks = sum(int(value) for value in fields[11 : 15 if reaped else 13])
    return ticks / os.sysconf("SC_CLK_TCK")


def _fields_kib(path: str, wanted: dict[str, int]) -> dict[str, int]:
    values = dict(wanted)
    try:
        for line in Path(path).read_text().splitlines():
            fields = line.split()
            if fields and fields[0] in values:
                values[fields[0]] = int(fields[1])
    except (OSError, IndexError, ValueError):
        pass
    return values


def _memory_kib(pid: int, proportional: bool) -> tuple[int, int]:
    """(memory now, VmHWM) of a process in KiB: VmHWM is the kernel's peak RSS so far.

    Memory now is Pss when `proportional` (forkserver workers share the pages of the modules
    their server preloaded, which RSS counts once per worker), else VmRSS. Pss costs 0.5 ms
    per 180 MiB process to read, so it is sampled less often.
    """
    status = _fields_kib(f"/proc/{pid}/status", {"VmRSS:": 0, "VmHWM:": 0})
    now = status["VmRSS:"]
    if proportional:
        rollup = _fields_kib(f"/proc/{pid}/smaps_rollup", {"Pss:": -1})
        now = rollup["Pss:"] if rollup["Pss:"] >= 0 else now
    return now, status["VmHWM:"]


class TreeRssSampler:
    """Peaks of a process tree (seed and its workers), sampled every 20 ms.

    peak: the largest VmHWM of any one process, the kernel's own high-water mark of that
    process's memory. (wait4's ru_maxrss is not used: Linux carries the parent's high-water
    mark across fork and exec, so a child of a big benchmark process reports the parent's.)
    tree: the largest sum of Pss (proportional set size) over the tree at one moment.
    cpu: each process's CPU seconds at its last sample, and its depth in the tree: a
    process's last 20 ms, and a process that lives less, are missed.
    """

    def __init__(self, pid: int) -> None:
        self.peak_kib = 0
        self.tree_kib = 0
        self.cpu: dict[int, tuple[int, float]] = {}  # pid: (depth, CPU seconds)
        self._pid = pid
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        sample = 0
        while not self._stop.is_set():
            proportional = sample % PSS_EVERY_SAMPLES == 0
            tree = _process_tree(self._pid)
            readings = [_memory_kib(pid, proportional) for pid, _ in tree]
            for pid, depth in tree:
                seconds = cpu_seconds(pid)
                if seconds is not None:
                    self.cpu[pid] = (depth, seconds)
            if proportional:
                self.tree_kib = max(self.tree_kib, sum(pss for pss, _ in readings))
            self.peak_kib = max([self.peak_kib, *(hwm for _, hwm in readings)])
            sample += 1
            self._stop.wait(RSS_SAMPLE_SECONDS)

    def stop(self) -> tuple[float, float]:
        """(peak MiB of one process, peak MiB of the tree)."""
        self._stop.set()
        self._thread.join()
        return self.peak_kib * 1024 / MIB, self.tree_kib * 1024 / MIB

    def cpu_by_depth(self) -> tuple[float, ...]:
        """CPU seconds of the tree's processes summed by depth: the command, its children..."""
        depths = [0.0] * (1 + max((depth for depth, _ in self.cpu.values()), default=0))
        for depth, seconds in self.cpu.values():
            depths[depth] += seconds
        return tuple(depths)


@dataclass(frozen=True)
class ChildRun:
    """A command's wall seconds, the peak RSS of its largest process and of its whole tree
    (MiB), and its processes' CPU seconds by depth in the tree (as sampled)."""

    seconds: float
    peak_mib: float
    tree_mib: float
    cpu_by_depth: tuple[float, ...]


def run_child(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Run a command; return (wall seconds, peak RSS MiB of one process, of the whole tree)."""
    run = run_child_sampled(argv, env)
    return run.seconds, run.peak_mib, run.tree_mib


def run_child_sampled(argv: Sequence[str], env: dict[str, str] | None = None) -> ChildRun:
    """Run a command; return what run_child does, and its processes' CPU seconds by depth."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env={**os.environ, **(env or {})},
        )
        sampler = TreeRssSampler(child.pid)
        _, status = os.waitpid(child.pid, 0)
        seconds = time.perf_counter() - started
        peak_mib, tree_mib = sampler.stop()
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip()[-2000:]
            raise BenchmarkError(f"{' '.join(argv[:4])} ... exited {child.returncode}: {tail}")
    return ChildRun(seconds, peak_mib, max(tree_mib, peak_mib), sampler.cpu_by_depth())
