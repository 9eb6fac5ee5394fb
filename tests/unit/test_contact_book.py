"""The contact book: an agent works one call or e-mail at a time, and chats only between them
(booking.py books them)."""

from __future__ import annotations

import numpy as np

from seeder.generate.tables.contact_book import CHAT_SEATS, ContactBook, clashing_among

ORIGIN = 1_700_000_000


def ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def calls(n: int) -> np.ndarray:
    return np.zeros(n, dtype=np.bool_)


def chats(n: int) -> np.ndarray:
    return np.ones(n, dtype=np.bool_)


def book_of(*calls: tuple[int, int, int], chat: bool = False) -> ContactBook:
    book = ContactBook(ORIGIN)
    agent, start, end = (ints(*column) for column in zip(*calls, strict=True))
    book.add(agent, ORIGIN + start, ORIGIN + end, np.full(len(agent), chat))
    return book


def test_a_call_clashes_only_with_the_same_agents_overlapping_call() -> None:
    book = book_of((1, 100, 200), (2, 150, 400), (1, 300, 350))
    agent = ints(1, 1, 1, 1, 2, 3)
    start = ORIGIN + ints(50, 200, 250, 340, 0, 150)
    end = ORIGIN + ints(101, 300, 260, 345, 150, 400)
    # Touching ends do not overlap: a call may start the second the last one ends.
    clash = book.clashes(agent, start, end, calls(6))
    assert clash.tolist() == [True, False, False, True, False, False]


def test_an_empty_book_holds_no_clash() -> None:
    clash = ContactBook(ORIGIN).clashes(ints(1), ints(ORIGIN), ints(ORIGIN + 5), calls(1))
    assert clash.tolist() == [False]


def test_free_from_each_names_when_the_contact_in_the_way_ends() -> None:
    book = book_of((1, 100, 200), (1, 200, 260))
    agent = ints(1, 1, 1, 2, 1)
    start = ORIGIN + ints(40, 150, 200, 150, 60)
    end = ORIGIN + ints(90, 170, 210, 170, 120)
    # Free; inside the first; inside the second; another agent; reaching into the first.
    expected = ORIGIN + ints(40, 200, 260, 150, 200)
    assert book.free_from_each(agent, start, end, calls(5)).tolist() == expected.tolist()


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
    found = book.free_within_each(agent, start, length, latest, 5, calls(4))
    assert found.tolist() == [ORIGIN + 300, ORIGIN + 400, -1, ORIGIN + 150]
    # Past its second try, the 60-second one gives up.
    assert book.free_within_each(agent, start, length, latest, 2, calls(4)).tolist()[1] == -1


def test_a_candidate_stops_looking_once_a_rival_is_free_sooner() -> None:
    """The candidates for one waiting contact (rivals): only the earliest free counts, so one
    whose next try comes after a rival was found stops (-1); a tie keeps looking."""
    book = book_of(
        (1, 100, 200), (1, 200, 300), (2, 100, 180), (2, 180, 250), (3, 100, 200), (4, 90, 120)
    )
    # Contact 0's candidates: agents 1 (free at 300, on the third try), 2 (at 250, third)
    # and 3 (at 200, second); contact 1's: agents 1 (at 300) and 4 (at 120, second).
    agent = ints(1, 2, 3, 1, 4)
    start, length = ORIGIN + ints(150, 150, 150, 150, 110), ints(30, 30, 30, 30, 30)
    latest, rivals = ORIGIN + ints(1_000, 1_000, 1_000, 1_000, 1_000), ints(0, 0, 0, 1, 1)
    alone = book.free_within_each(agent, start, length, latest, 5, calls(5))
    assert (alone - ORIGIN).tolist() == [300, 250, 200, 300, 120]
    found = book.free_within_each(agent, start, length, latest, 5, calls(5), rivals=rivals)
    assert (found[[2, 4]] - ORIGIN).tolist() == [200, 120]  # the earliest of each
    assert found[[0, 1, 3]].tolist() == [-1, -1, -1]
    # Agent 2 free at 200 too: both are found, the listing decides (booking._first_free).
    tied = book_of((1, 100, 200), (2, 100, 200), (3, 100, 200))
    found = tied.free_within_each(
        ints(1, 2, 3), ORIGIN + ints(150, 150, 150), ints(30, 30, 30),
        ORIGIN + ints(1_000, 1_000, 1_000), 5, calls(3), rivals=ints(0, 0, 0),
    )  # fmt: skip
    assert (found - ORIGIN).tolist() == [200, 200, 200]


def test_book_the_free_books_only_the_calls_free_to_take() -> None:
    book = book_of((1, 100, 200))
    agent, start, end = (
        ints(1, 2, 2, 1),
        ORIGIN + ints(150, 0, 50, 200),
        ORIGIN + ints(160, 100, 60, 210),
    )
    assert book.book_the_free(agent, start, end, calls(4)).tolist() == [True, False, True, False]
    # Booked: agent 2 at [0, 100) and agent 1 at [200, 210); not the clashing two.
    probes = ints(2, 1, 2), ORIGIN + ints(99, 205, 100), ORIGIN + ints(100, 206, 150)
    assert book.clashes(*probes, calls(3)).tolist() == [True, True, False]


def test_a_chat_may_overlap_chats_but_not_a_call_or_email() -> None:
    book = book_of((1, 100, 200))
    clash = book.book_the_free(ints(2), ORIGIN + ints(0), ORIGIN + ints(50), chats(1))
    assert clash.tolist() == [False]
    # Agent 1: a chat during their call, a chat after it; agent 2: a second chat beside theirs.
    agent, start, end = ints(1, 1, 2), ORIGIN + ints(150, 200, 10), ORIGIN + ints(160, 300, 90)
    assert book.clashes(agent, start, end, chats(3)).tolist() == [True, False, False]
    # A call during agent 2's chat clashes; one after it does not.
    probes = ints(2, 2), ORIGIN + ints(40, 50), ORIGIN + ints(60, 70)
    assert book.clashes(*probes, calls(2)).tolist() == [True, False]


def test_an_agent_keeps_up_to_three_chats_open() -> None:
    book = ContactBook(ORIGIN)
    agent = ints(1, 1, 1, 1)
    start, end = ORIGIN + ints(100, 150, 180, 190), ORIGIN + ints(200, 260, 300, 195)
    # At 190 all four would be open: three seats take the first three, the fourth waits.
    assert book.book_the_free(agent, start, end, chats(4)).tolist() == [False, False, False, True]
    assert CHAT_SEATS == 3
    # Another chat at 185 waits for the first seat to free (200); a call for all (300).
    probe = ints(1), ORIGIN + ints(185), ORIGIN + ints(195)
    assert book.free_from_each(*probe, chats(1)).tolist() == [ORIGIN + 200]
    assert book.free_from_each(*probe, calls(1)).tolist() == [ORIGIN + 300]
    latest, chat = ORIGIN + ints(1_000, 1_000), np.array([True, False])
    found = book.free_within_each(
        ints(1, 1), ORIGIN + ints(185, 185), ints(20, 20), latest, 5, chat
    )
    assert found.tolist() == [ORIGIN + 200, ORIGIN + 300]


def test_a_contact_nobody_could_take_is_booked_over_the_others() -> None:
    book = book_of((1, 100, 200))
    book.add(ints(1, 1), ORIGIN + ints(150, 180), ORIGIN + ints(250, 300), calls(2))
    # Joined with the call it overlaps: agent 1 is busy from 100 to 300 without a break.
    assert book.free_from_each(
        ints(1), ORIGIN + ints(210), ORIGIN + ints(220), calls(1)
    ).tolist() == [ORIGIN + 300]


def test_a_call_and_a_chat_booked_together_go_call_first() -> None:
    book = ContactBook(ORIGIN)
    agent, start, end = ints(1, 1, 1), ORIGIN + ints(0, 10, 20), ORIGIN + ints(100, 50, 60)
    chat = np.array([True, False, True])
    # The call at 10 is booked; both chats then overlap it.
    assert book.book_the_free(agent, start, end, chat).tolist() == [True, False, True]
