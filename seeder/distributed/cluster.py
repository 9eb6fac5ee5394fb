"""The Dask cluster a run uses: the scheduler at an address, or a local one started for it."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from seeder.errors import DistributedError, shown
from seeder.processes import die_with_parent

CONNECT_TIMEOUT_S = 10
INSTALL_HINT = "pip install 'seeder[dask]'"


@contextmanager
def dask_client(address: str | None, workers: int) -> Iterator[Any]:
    """A client of the scheduler at `address`; without one, of a LocalCluster of `workers`
    worker processes (one thread each: generation holds the GIL), closed on leaving."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DistributedError(f"--dask needs Dask and fsspec: {INSTALL_HINT}") from None
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
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: 8787 may be taken
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        client.register_plugin(_die_with_client(os.getpid()), name="seeder-die-with-client")
        yield client


def _die_with_client(client_pid: int) -> Any:
    """A worker plugin: a local cluster's workers exit when the process that started them
    dies (SIGKILL included), as --jobs workers do, instead of holding their memory."""
    from dask.distributed import WorkerPlugin

    class DieWithClient(WorkerPlugin):
        def setup(self, worker: Any) -> None:
            die_with_parent(client_pid)

    return DieWithClient()
