"""The prefetching thread keeps order, hands over errors and stops when the consumer stops."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from seeder.pipeline.prefetch import Prefetcher


def test_items_come_out_in_order_and_all_of_them() -> None:
    with Prefetcher(iter(range(1000)), depth=3) as ahead:
        assert list(ahead) == list(range(1000))


def test_the_producer_runs_ahead_by_at_most_depth_items() -> None:
    made: list[int] = []

    def source() -> Iterator[int]:
        for i in range(100):
            made.append(i)
            yield i

    with Prefetcher(source(), depth=4) as ahead:
        taken = iter(ahead)
        assert next(taken) == 0
        time.sleep(0.5)  # time for the producer to fill the queue and block
        # the queue holds 4, and the producer may hold one more it is waiting to put
        assert 4 <= len(made) <= 6


def test_an_error_in_the_producer_reaches_the_consumer() -> None:
    def source() -> Iterator[int]:
        yield 1
        raise ValueError("generator broke")

    with Prefetcher(source(), depth=2) as ahead, pytest.raises(ValueError, match="broke"):
        list(ahead)


def test_leaving_early_stops_the_producer_and_runs_its_cleanup() -> None:
    cleaned = threading.Event()

    def source() -> Iterator[int]:
        try:
            i = 0
            while True:
                yield i
                i += 1
        finally:
            cleaned.set()

    prefetcher = Prefetcher(source(), depth=2)
    with prefetcher as ahead:
        for item in ahead:
            if item == 5:
                break
    assert cleaned.is_set()
    assert not prefetcher._thread.is_alive()
