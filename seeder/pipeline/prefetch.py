"""Run an iterator a few items ahead in a background thread.

Loading is two jobs on two processors: Python generating and encoding the next chunk, and the
server parsing the COPY data already sent. While the consumer waits on the server (in libpq,
without the GIL), the producer thread generates, so the two overlap instead of taking turns.
Items come out in the order the iterator makes them, so the output bytes do not change.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")

# How far a sink's blocks are made ahead of it: two ticket chunks (4 blocks each).
PREFETCH_BLOCKS = 8
# With --jobs workers the blocks are made ahead by them already, and only read back here
# (seeder.generate.spill): reading a whole busy day's chunk ahead would only hold its bytes.
READ_AHEAD_BLOCKS = 2
_POLL_SECONDS = 0.1


class _Done:
    """The producer's last message: the iterator ended, or raised `error`."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class Prefetcher(Generic[T]):
    """Iterate over `items` with up to `depth` of them made ahead by a daemon thread.

    Use it as a context manager: leaving the block stops the producer at its next item, so
    an error on the consumer's side (a refused load, Ctrl-C) does not leave it running.
    """

    def __init__(self, items: Iterable[T], depth: int) -> None:
        if depth < 1:
            raise ValueError("depth must be at least 1")
        self._items = items
        self._queue: queue.Queue[T | _Done] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._produce, name="seeder-prefetch", daemon=True)
        self._thread.start()

    def _put(self, item: T | _Done) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self) -> None:
        try:
            for item in self._items:
                if not self._put(item):
                    return
        except BaseException as error:  # handed to the consumer, which re-raises it
            self._put(_Done(error))
            return
        finally:
            # A generator stopped early still runs its cleanup (a worker pool shuts down).
            close = getattr(self._items, "close", None)
            if close is not None:
                close()
        self._put(_Done())

    def __iter__(self) -> Iterator[T]:
        while True:
            item = self._queue.get()
            if isinstance(item, _Done):
                if item.error is not None:
                    raise item.error
                return
            yield item

    def close(self) -> None:
        """Stop the producer and wait for it (it stops before making its next item)."""
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> Prefetcher[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
