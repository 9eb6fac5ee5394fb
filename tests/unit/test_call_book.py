"""The call book: an agent takes one call at a time (placement.py books every call)."""

from __future__ import annotations

import numpy as np

from seeder.generate.tables.call_book import CallBook, clashing_among

ORIGIN = 1_700_000_000


def ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def book_of(*calls: tuple[int, int, int]) -> CallBook:
    book = CallBook(ORIGIN)
    agent, start, end = (ints(*column) for column in zip(*calls, strict=True))
    book.add(agent, ORIGIN + start, ORIGIN + end)
    return book


def test_a_call_clashes_only_with_the_same_agents_overlapping_call() -> None:
    book = book_of((1, 100, 200), (2, 150, 400), (1, 300, 350))
    agent = ints(1, 1, 1, 1, 2, 3)
    start = ORIGIN + ints(50, 200, 250, 340, 0, 150)
    end = ORIGIN + ints(101, 300, 260, 345, 150, 400)
    # Touching ends do not overlap: a call may start the second the last one ends.
    assert book.clashes(agent, start, end).tolist() == [True, False, False, True, False, False]


def test_an_empty_book_holds_no_clash() -> None:
    assert CallBook(ORIGIN).clashes(ints(1), ints(ORIGIN), ints(ORIGIN + 5)).tolist() == [False]


def test_free_from_names_when_the_call_in_the_way_ends() -> None:
    book = book_of((1, 100, 200), (1, 200, 260))
    assert book.free_from(1, ORIGIN + 40, ORIGIN + 90) == ORIGIN + 40
    assert book.free_from(1, ORIGIN + 150, ORIGIN + 170) == ORIGIN + 200
    assert book.free_from(1, ORIGIN + 200, ORIGIN + 210) == ORIGIN + 260
    assert book.free_from(2, ORIGIN + 150, ORIGIN + 170) == ORIGIN + 150


def test_clashing_among_marks_the_later_of_two_overlapping_calls() -> None:
    agent = ints(1, 1, 2, 1, 2)
    start = ints(300, 100, 150, 180, 400)
    end = ints(350, 200, 450, 250, 410)
    # Agent 1: [100, 200) and [180, 250) overlap, the later one marked; agent 2 likewise.
    assert clashing_among(agent, start, end).tolist() == [False, False, False, True, True]


def test_clashing_among_carries_the_longest_call_forward() -> None:
    # A long first call overlaps both later ones, though the second ends before the third.
    agent, start, end = ints(4, 4, 4), ints(0, 10, 30), ints(100, 20, 40)
    assert clashing_among(agent, start, end).tolist() == [False, True, True]


def test_free_within_waits_through_back_to_back_calls_until_its_latest() -> None:
    book = book_of((1, 100, 200), (1, 200, 300), (1, 350, 400))
    # A 40-second call at 150: after 200, then after 300 (fits before 350).
    assert book.free_within(1, ORIGIN + 150, 40, ORIGIN + 1_000, tries=5) == ORIGIN + 300
    # A 60-second one does not fit before 350: after 400.
    assert book.free_within(1, ORIGIN + 150, 60, ORIGIN + 1_000, tries=5) == ORIGIN + 400
    assert book.free_within(1, ORIGIN + 150, 60, ORIGIN + 399, tries=5) == -1  # too late
    assert book.free_within(1, ORIGIN + 150, 60, ORIGIN + 1_000, tries=2) == -1  # too many


def test_book_the_free_books_only_the_calls_free_to_take() -> None:
    book = book_of((1, 100, 200))
    agent, start, end = (
        ints(1, 2, 2, 1),
        ORIGIN + ints(150, 0, 50, 200),
        ORIGIN + ints(160, 100, 60, 210),
    )
    assert book.book_the_free(agent, start, end).tolist() == [True, False, True, False]
    # Booked: agent 2 at [0, 100) and agent 1 at [200, 210); not the clashing two.
    probes = ints(2, 1, 2), ORIGIN + ints(99, 205, 100), ORIGIN + ints(100, 206, 150)
    assert book.clashes(*probes).tolist() == [True, True, False]
