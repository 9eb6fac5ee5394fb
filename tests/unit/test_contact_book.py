"""The contact book: an agent works one call or e-mail at a time (placement.py books them)."""

from __future__ import annotations

import numpy as np

from seeder.generate.tables.contact_book import ContactBook, clashing_among

ORIGIN = 1_700_000_000


def ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def book_of(*calls: tuple[int, int, int]) -> ContactBook:
    book = ContactBook(ORIGIN)
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
    assert ContactBook(ORIGIN).clashes(ints(1), ints(ORIGIN), ints(ORIGIN + 5)).tolist() == [False]


def test_free_from_each_names_when_the_contact_in_the_way_ends() -> None:
    book = book_of((1, 100, 200), (1, 200, 260))
    agent = ints(1, 1, 1, 2, 1)
    start = ORIGIN + ints(40, 150, 200, 150, 60)
    end = ORIGIN + ints(90, 170, 210, 170, 120)
    # Free; inside the first; inside the second; another agent; reaching into the first.
    expected = ORIGIN + ints(40, 200, 260, 150, 200)
    assert book.free_from_each(agent, start, end).tolist() == expected.tolist()


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


def test_free_within_each_waits_through_back_to_back_calls_until_its_latest() -> None:
    book = book_of((1, 100, 200), (1, 200, 300), (1, 350, 400))
    # A 40-second call at 150: after 200, then after 300 (fits before 350). A 60-second one
    # does not fit before 350: after 400; unless that is past its latest. Agent 2 is free.
    agent, start = ints(1, 1, 1, 2), ORIGIN + ints(150, 150, 150, 150)
    length, latest = ints(40, 60, 60, 60), ORIGIN + ints(1_000, 1_000, 399, 1_000)
    found = book.free_within_each(agent, start, length, latest, tries=5)
    assert found.tolist() == [ORIGIN + 300, ORIGIN + 400, -1, ORIGIN + 150]
    # Past its second try, the 60-second one gives up.
    assert book.free_within_each(agent, start, length, latest, tries=2).tolist()[1] == -1


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
