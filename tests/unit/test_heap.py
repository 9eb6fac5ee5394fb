"""The heap is trimmed once per interval of bytes moved, not per batch."""

from __future__ import annotations

import pytest

from seeder.generate import heap


def test_release_every_trims_once_each_time_the_interval_is_reached(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trims: list[int] = []
    monkeypatch.setattr(heap, "release_free_memory", lambda: trims.append(1))
    every = heap.ReleaseEvery(100)

    for _ in range(9):
        every.moved(30)  # 270 bytes: the interval is reached at 120 and again at 240

    assert len(trims) == 2
