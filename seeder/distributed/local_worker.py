"""The set-up of each worker of a run's own local cluster (a Dask preload, run in the worker).

Ctrl-C reaches the whole process group, this cluster's worker processes too. The client
stops the run and closes the cluster, which ends its workers; a worker left to Ctrl-C
itself dies printing asyncio's traceback, twice over, under the run's one line.

The workers say nothing either: what fails in a task reaches the client, which reports it
in its one line. Left to Dask, a worker that loses the scheduler as the cluster closes (a
busy machine, --jobs 40 on 2 CPUs) prints its heartbeat's traceback under a run that
succeeded.
"""

from __future__ import annotations

import logging
import signal


def dask_setup(worker: object) -> None:
    """Called by Dask in the worker process's main thread, as the worker starts."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
