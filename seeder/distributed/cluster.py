"""The Dask cluster a run uses: the scheduler at an address, or a local one started for it."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from seeder.errors import DistributedError, shown
from seeder.processes import sigint_held_back

CONNECT_TIMEOUT_S = 10
# A local cluster's scheduler runs in this process and keeps its last 10,000 transitions (and
# each worker its own) for debugging a long-lived cluster; a run's private cluster needs few:
# at 10M tickets the client held 30 MiB less with these. Each worker's profiler samples the
# running task's stack 100 times a second, for a dashboard nobody watches here, and keeps a
# tree of the source lines it saw for each of the last low-level-log-length seconds: without
# it, a 10M-ticket run's workers peak some 20 MiB lower, and run a few percent faster.
_LOCAL_SETTINGS = {
    "distributed.admin.log-length": 200,
    "distributed.admin.low-level-log-length": 100,
    "distributed.worker.profile.enabled": False,
}
INSTALL_HINT = "pip install 'seeder[dask]'"
# What we ask of workers someone else starts, each a variable their environment can set
# (docs/distributed.md): Arrow's Parquet writer keeps the allocator chosen when pyarrow loads
# (mimalloc keeps what it freed: 40-60 MiB more after a busy day's shards at 10M tickets);
# numpy's OpenBLAS starts a thread per core (a Nanny sets it, a bare worker does not); Dask's
# profiler keeps what it saw of every second of the run, the last 1,000 (15-25 MiB at 10M).
WORKER_SETTINGS = (
    ("ARROW_DEFAULT_MEMORY_POOL", "system"),
    ("OPENBLAS_NUM_THREADS", "1"),
    ("DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED", "False"),
)


@contextmanager
def dask_client(
    address: str | None, workers: int, on_notice: Callable[[str], None] | None = None
) -> Iterator[Any]:
    """A client of the scheduler at `address`; without one, of a LocalCluster of `workers`
    worker processes (one thread each: generation holds the GIL), closed on leaving.

    A local cluster's workers watch the process that started them and exit when it dies,
    SIGKILL included (tests/cli/test_dask_orphans.py). On leaving, the thread Dask keeps
    for the process's life is stopped (see stop_offload_thread). Someone else's workers are
    left as they were started; on_notice hears which of WORKER_SETTINGS they lack.
    """
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise DistributedError(f"--dask needs Dask and fsspec: {INSTALL_HINT}") from None
    try:
        with _client(address, workers) as client:
            if address and on_notice is not None:
                _advise(client, on_notice)
            yield client
    finally:
        stop_offload_thread()


def _advise(client: Any, on_notice: Callable[[str], None]) -> None:
    lacking = {setting for found in client.run(_lacking).values() for setting in found}
    if lacking:
        wanted = " ".join(f"{name}={value}" for name, value in WORKER_SETTINGS if name in lacking)
        on_notice(
            f"set {wanted} where the Dask workers start, for flat memory: without, a worker "
            "kept 15-60 MiB more at 10M tickets (docs/distributed.md)"
        )


def _lacking(dask_worker: Any) -> list[str]:
    """The WORKER_SETTINGS this worker runs without (client.run passes it by that name)."""
    import os

    lacking = [name for name, value in WORKER_SETTINGS[:2] if os.environ.get(name) != value]
    if "profile" in getattr(dask_worker, "periodic_callbacks", {}):
        lacking.append(WORKER_SETTINGS[2][0])
    return lacking


@contextmanager
def _client(address: str | None, workers: int) -> Iterator[Any]:
    import dask
    from dask.distributed import Client, LocalCluster

    from seeder.generate.spill import SpillFolder

    if address:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT_S)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:
            raise DistributedError(
                f"cannot reach the Dask scheduler at {shown(address)} ({exc}): start it "
                "(`dask scheduler`, then `dask worker ADDRESS` on each machine), or give "
                "--dask without an address for a cluster on this machine"
            ) from None
        with client:
            yield client
        return
    # Dask keeps its workers' scratch space and lock files in the temporary directory, and
    # leaves them there: in this run's own folder, they go when it ends (or, if the run is
    # killed, with the next run's sweep of dead runs' folders).
    scratch = SpillFolder()
    try:
        with ExitStack() as stack:
            stack.enter_context(
                dask.config.set({**_LOCAL_SETTINGS, "temporary-directory": scratch.path})
            )
            with _sigint_held_back():  # a Ctrl-C meanwhile comes once the cluster is ours
                cluster = stack.enter_context(
                    LocalCluster(  # type: ignore[no-untyped-call]
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=":0",  # any free port: 8787 may be taken
                        silence_logs=logging.CRITICAL,
                        local_directory=scratch.path,
                        preload=["seeder.distributed.local_worker"],
                    )
                )
            yield stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
    finally:
        scratch.close()


@contextmanager
def _sigint_held_back() -> Iterator[None]:
    """SIGINT blocked in this thread while inside, and in the threads and processes started
    meanwhile for good: Dask's event loop, and through it the workers, which Ctrl-C to the
    process group would otherwise interrupt mid-start (their import tracebacks). A Ctrl-C
    pressed meanwhile stays pending, and is delivered here on the way out.

    multiprocessing's resource tracker, started from a thread, unblocks SIGINT there (it
    blocks, then unblocks, rather than restoring the mask): started first, it is not started
    again from Dask's loop.
    """
    if getattr(signal, "pthread_sigmask", None) is None:  # Windows
        yield
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    with sigint_held_back():
        yield


def stop_offload_thread() -> None:
    """Stop the thread Dask starts at its first use and keeps for the process's life (its
    offload executor), leaving a fresh executor, which starts a thread only when used.

    A process that ran a Dask run and goes on would otherwise keep a second thread, and a
    later run with --jobs forks its workers only from a process of one thread.
    """
    from concurrent.futures import ThreadPoolExecutor

    from distributed import utils

    running = getattr(utils, "_offload_executor", None)
    if not isinstance(running, ThreadPoolExecutor):
        return  # another version of distributed: left as it is
    utils._offload_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="Dask-Offload")
    running.shutdown(wait=True)
