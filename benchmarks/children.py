"""Child processes (seed, psql): wall time, peak RSS of one process and of the whole tree."""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.figures import MIB, BenchmarkError

RSS_SAMPLE_SECONDS = 0.02


def _process_tree(pid: int) -> list[int]:
    tree, index = [pid], 0
    while index < len(tree):
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{tree[index]}/task").iterdir():
                tree += [int(c) for c in (task / "children").read_text().split()]
        index += 1
    return tree


def _rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGESIZE")
    except (OSError, IndexError, ValueError):
        return 0


class TreeRssSampler:
    """Peak of the summed RSS of a process and its descendants (seed's workers), sampled."""

    def __init__(self, pid: int) -> None:
        self.peak_bytes = 0
        self._pid = pid
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = sum(_rss_bytes(pid) for pid in _process_tree(self._pid))
            self.peak_bytes = max(self.peak_bytes, total)
            self._stop.wait(RSS_SAMPLE_SECONDS)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_bytes / MIB


def run_child(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Run a command; return (wall seconds, peak RSS MiB of one process, of the whole tree)."""
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
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would mix in earlier children.
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        tree_mib = sampler.stop()
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace").strip()[-2000:]
            raise BenchmarkError(f"{' '.join(argv[:4])} ... exited {child.returncode}: {tail}")
    peak_mib = usage.ru_maxrss / 1024  # KiB on Linux
    return seconds, peak_mib, max(tree_mib, peak_mib)
