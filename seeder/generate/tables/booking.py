"""Who takes each contact: an agent works one call or e-mail at a time, and chats only
between them (contact_book.py).

Contacts are placed position by position (placement.py). At each, a contact goes to its
handler if they are free; an e-mail whose handler is busy waits in their queue; a call or a
chat whose handler is busy, and an e-mail that cannot wait, are offered to other agents on
shift; those nobody takes wait for the first free of their handler and agents drawn, and
those none of them frees in time for go to their handler anyway (_beside_chats).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import CHANNELS
from seeder.generate.plan import SECONDS_PER_DAY, Plan
from seeder.generate.staffing import handle_factor
from seeder.generate.tables.arrivals import EMAIL_UNIT_S
from seeder.generate.tables.contact_book import ContactBook
from seeder.generate.tables.interactions import EMAIL
from seeder.generate.tables.schedule import ShiftGroups, channel_window, pick_on_shift

Ints = NDArray[np.int64]
PHONE = CHANNELS.index("phone")
CHAT = CHANNELS.index("chat")
# A call or chat whose handler is busy is offered to CANDIDATES agents drawn at once, in up to
# REPICK_ROUNDS rounds; past them (everyone on shift busy, or nearly) it waits.
CANDIDATES = 4
REPICK_ROUNDS = 3
# A contact waiting for an agent to free is tried after this many of their contacts at most.
WAITS = 20
# Calls and chats waiting for the line that chose the same agent, or e-mails waiting for
# their handler that chose the same gap, choose again this many times at most.
LINE_ROUNDS = 4
# A contact nobody drawn could take waits for the first free of its handler and this many
# agents drawn on shift.
LINE_CANDIDATES = 32
# An e-mail whose handler is busy waits for them past this many of their contacts at most.
DEFERRALS = 4


@dataclass(frozen=True)
class Slot:
    """Contacts at one position of their tickets: where they start and the room they have."""

    rows: Ints
    day: Ints
    second: Ints  # of the day, at the start
    room_s: Ints  # the longest the contact may take, leaving the rest of its ticket room
    # If it waits for its handler: the latest it may end, and start (epoch seconds).
    waits_by: tuple[Ints, Ints]

    def part(self, sel: Ints) -> Slot:
        ends_by, starts_by = self.waits_by
        return Slot(
            self.rows[sel], self.day[sel], self.second[sel], self.room_s[sel],
            (ends_by[sel], starts_by[sel]),
        )  # fmt: skip


@dataclass(frozen=True)
class Choice:
    """How another handler is drawn: among the agents on shift, with these weight classes."""

    rng: np.random.Generator
    groups: ShiftGroups
    weight_class: Ints  # per slot row


def book_one_at_a_time(
    plan: Plan,
    least_handle_s: Ints,
    book: ContactBook,
    choice: Choice,
    slot: Slot,
    channel: Ints,
    contacts: tuple[Ints, Ints, Ints],
    wait_s: Ints,
) -> Ints:
    """Book the slot's contacts (`channel` per row), each with a handler who is free.

    Each goes to its handler if they are free (of two that clash, the first to start; a
    call or an e-mail before a chat). An e-mail whose handler is busy waits for them
    (_wait_for_the_handler). A call or a chat whose handler is busy, and an e-mail that
    cannot wait, are offered to other agents (_offer_to_others); those nobody takes wait for
    the first agent free (_wait_for_the_first_free).
    Updates the (start, tenths, handler) arrays in place; returns each row's extra wait.
    """
    start, took, _ = contacts
    drawn_start = start.copy()
    chat = channel == CHAT
    busy = _book_free(book, np.arange(len(start)), contacts, chat)
    if len(busy) == 0:
        return np.zeros(len(start), dtype=np.int64)
    email = busy[channel[busy] == EMAIL]
    if len(email):
        waits_over = _wait_for_the_handler(plan, book, slot.part(email), email, contacts, wait_s)
        busy = np.concatenate([busy[channel[busy] != EMAIL], email[waits_over]])
    busy = _offer_to_others(plan, least_handle_s, book, choice, slot, busy, contacts, channel)
    for line in (PHONE, CHAT):
        rows = busy[channel[busy] == line]
        if len(rows):
            latest = _line_latest_start(plan, slot.part(rows), (start[rows], took[rows]), line)
            waiting = (rows, chat[rows])
            _wait_for_the_first_free(plan, book, choice, slot.part(rows), waiting, contacts, latest)
    email = busy[channel[busy] == EMAIL]
    if len(email):
        timing = (start[email], took[email], wait_s[email])
        latest = _email_latest_start(plan, slot.part(email), timing)
        waiting = (email, chat[email])
        _wait_for_the_first_free(
            plan, book, choice, slot.part(email), waiting, contacts, latest, EMAIL_UNIT_S
        )
    waited: Ints = start - drawn_start
    return waited


def _wait_for_the_handler(
    plan: Plan,
    book: ContactBook,
    slot: Slot,
    email: Ints,
    contacts: tuple[Ints, Ints, Ints],
    wait_s: Ints,
) -> NDArray[np.bool_]:
    """Book the e-mails at rows `email` (`slot` holds them alone), whose handler is busy, in
    their handler's queue: each starts when they are free (in its wait's stored unit), past
    up to DEFERRALS of their contacts, while their shift, the e-mail desk's hours, the
    ticket's room and the longest speed of answer allow (_email_latest_start; `wait_s` is
    each row's wait so far, in seconds). Updates `start` in place; returns, per e-mail,
    whether it could not be booked so."""
    start, took, who = contacts
    timing = (start[email], took[email], wait_s[email])
    day_start = plan.start_epoch_s + slot.day * SECONDS_PER_DAY
    latest = _within_shift(
        plan, (slot.day, who[email], day_start), _email_latest_start(plan, slot, timing)
    )
    # Searched for a gap a unit longer, so that its start rounded up to the unit still fits.
    latest -= EMAIL_UNIT_S - 1
    latest_of = np.zeros(len(start), dtype=np.int64)
    latest_of[email] = latest
    chat = np.zeros(len(start), dtype=np.bool_)  # an e-mail is no chat
    waits_over = np.zeros(len(start), dtype=np.bool_)
    pending = email
    for _ in range(LINE_ROUNDS):  # e-mails that chose the same gap choose again
        if len(pending) == 0:
            break
        length = took[pending] * 6 + EMAIL_UNIT_S - 1
        free = book.free_within_each(
            who[pending], start[pending], length, latest_of[pending], DEFERRALS, chat[pending]
        )
        found = free >= 0
        waits_over[pending[~found]] = True
        pending, free = pending[found], free[found]
        later = _in_whole_units(start[pending], free, EMAIL_UNIT_S)
        clash = book.book_the_free(
            who[pending], later, later + took[pending] * 6, chat[pending], checked=True
        )
        start[pending[~clash]] = later[~clash]
        pending = pending[clash]
    waits_over[pending] = True
    over: NDArray[np.bool_] = waits_over[email]
    return over


def _email_latest_start(plan: Plan, slot: Slot, timing: tuple[Ints, Ints, Ints]) -> Ints:
    """The latest each e-mail of `slot` may start if it waits, whoever its handler: while the
    e-mail desk is open, its ticket has room and its wait stays within speed of answer's
    maximum. `timing` is each one's (start, handle tenths, wait so far in seconds)."""
    start, took, wait_s = timing
    day_start = plan.start_epoch_s + slot.day * SECONDS_PER_DAY
    closes = day_start + channel_window(plan, np.full(len(start), EMAIL), slot.day)[1]
    longest_wait_h = plan.config.params.speed_of_answer["email"].max
    longest_wait_s = int(np.floor(longest_wait_h * 100)) * EMAIL_UNIT_S
    ends_by, _ = slot.waits_by
    latest: Ints = np.minimum.reduce(
        [ends_by - took * 6, closes - 1, start - wait_s + longest_wait_s]
    )
    return latest


def _line_latest_start(plan: Plan, slot: Slot, timing: tuple[Ints, Ints], line: int) -> Ints:
    """The latest each call or chat (`line`) of `slot` may start if its customer waits for
    the line: while the line is open, the customer's longest wait (speed of answer's
    maximum) has not passed and the ticket leaves room for the whole contact (a last one may
    run past the closing, within the span). `timing` is each one's (start, handle tenths)."""
    start, took = timing
    day_start = start - slot.second
    closes = day_start + channel_window(plan, np.full(len(start), line), slot.day)[1]
    ends_by, starts_by = slot.waits_by
    latest: Ints = np.minimum.reduce([ends_by - took * 6, starts_by, closes - 1])
    return latest


def _offer_to_others(
    plan: Plan,
    least_handle_s: Ints,
    book: ContactBook,
    choice: Choice,
    slot: Slot,
    busy: Ints,
    contacts: tuple[Ints, Ints, Ints],
    channel: Ints,
) -> Ints:
    """Offer the slot's contacts at rows `busy` (`channel` per row), whose handler is busy, to
    CANDIDATES agents drawn at once: the first free one takes it, at their pace; REPICK_ROUNDS
    times. Updates the (start, tenths, handler) arrays in place and books who took one;
    returns the rows nobody took."""
    start, took, who = contacts
    day, second = slot.day, slot.second
    for _ in range(REPICK_ROUNDS):
        if len(busy) == 0:
            break
        tried = np.repeat(busy, CANDIDATES)
        agent = pick_on_shift(
            choice.rng, choice.groups, day[busy], second[busy], choice.weight_class[busy],
            CANDIDATES,
        )  # fmt: skip
        drawn_for = (who[tried], took[tried])
        length = _at_pace_of(
            plan, least_handle_s, slot.part(tried), drawn_for, (agent, channel[tried])
        )
        chat = channel[tried] == CHAT
        free = ~book.clashes(agent, start[tried], start[tried] + length * 6, chat)
        free = free.reshape(-1, CANDIDATES)
        found = free.any(axis=1)
        pick = np.flatnonzero(found) * CANDIDATES + np.argmax(free, axis=1)[found]
        moved = busy[found]
        who[moved], took[moved] = agent[pick], length[pick]
        moved_chat = channel[moved] == CHAT
        booked = _book_free(book, moved, contacts, moved_chat, checked=True)
        busy = np.concatenate([busy[~found], booked])
    return busy


def _wait_for_the_first_free(
    plan: Plan,
    book: ContactBook,
    choice: Choice,
    slot: Slot,
    waiting: tuple[Ints, NDArray[np.bool_]],
    contacts: tuple[Ints, Ints, Ints],
    latest: Ints,
    unit_s: int = 1,
) -> None:
    """Book the contacts at `busy` (the slot's rows; `slot` holds them alone; `waiting` is
    (busy, which are chats)), whose handler is busy and whom nobody drawn could take over.

    Each goes to whichever of its handler and LINE_CANDIDATES agents drawn on shift is free
    first (its handle time stays as drawn), before their shift ends and by its `latest`
    start, its wait a whole number of `unit_s`. Two that chose the same agent at overlapping
    times: the first to start keeps them, the other chooses again (LINE_ROUNDS times). Only
    when none of them frees in time does its handler take it anyway (_beside_chats).
    Updates `start` and `who` in place.
    """
    start, took, who = contacts
    busy, chat = waiting
    length = took[busy] * 6
    day_start = start[busy] - slot.second
    pending = np.arange(len(busy))
    for _ in range(LINE_ROUNDS):
        if len(pending) == 0:
            break
        part = slot.part(pending)
        drawn = pick_on_shift(
            choice.rng, choice.groups, part.day, part.second,
            choice.weight_class[busy[pending]], LINE_CANDIDATES,
        )  # fmt: skip
        candidates = np.column_stack([who[busy[pending]], drawn.reshape(-1, LINE_CANDIDATES)])
        agent, at = _first_free(plan, book, part, candidates, (
            start[busy[pending]], length[pending], latest[pending], day_start[pending]
        ), chat[pending], unit_s)  # fmt: skip
        found = at >= 0
        chosen, rows = pending[found], busy[pending[found]]
        at = _in_whole_units(start[rows], at[found], unit_s)
        clash = book.book_the_free(
            agent[found], at, at + length[chosen], chat[chosen], checked=True
        )
        start[rows[~clash]], who[rows[~clash]] = at[~clash], agent[found][~clash]
        alone = pending[~found]  # nobody frees in time: its handler takes it anyway
        if len(alone):
            timing = (latest[alone], day_start[alone], unit_s)
            waiting = (busy[alone], chat[alone])
            _beside_chats(plan, book, slot.part(alone), waiting, contacts, timing)
        pending = chosen[clash]
    if len(pending):
        timing = (latest[pending], day_start[pending], unit_s)
        waiting = (busy[pending], chat[pending])
        _beside_chats(plan, book, slot.part(pending), waiting, contacts, timing)


def _beside_chats(
    plan: Plan,
    book: ContactBook,
    slot: Slot,
    waiting: tuple[Ints, NDArray[np.bool_]],
    contacts: tuple[Ints, Ints, Ints],
    timing: tuple[Ints, Ints, int],
) -> None:
    """Book the contacts at `waiting` (the slot's rows, and which of them are chats; `slot`
    holds them alone) that no agent frees in time for, with their handler anyway. A call or
    an e-mail goes beside the handler's chats, in a free chat seat, if one comes in time
    (never during a call or an e-mail); else, like a chat, over what the handler holds.
    `timing` is each one's latest start and day's start, and the unit of its wait. Updates
    `start` in place."""
    start, took, who = contacts
    rows, chat = waiting
    latest, day_start, unit_s = timing
    solo = np.flatnonzero(~chat)
    if len(solo) == 0:
        _add(book, rows, contacts, chat)
        return
    seat = np.ones(len(solo), dtype=np.bool_)
    length = took[rows[solo]] * 6
    shift = (slot.day[solo], who[rows[solo]], day_start[solo])
    by = _within_shift(plan, shift, latest[solo]) - (unit_s - 1)
    at = book.free_within_each(
        who[rows[solo]], start[rows[solo]], length + unit_s - 1, by, WAITS, seat
    )
    found = np.flatnonzero(at >= 0)
    placed = rows[solo[found]]
    at = _in_whole_units(start[placed], at[found], unit_s)
    clash = book.book_the_free(who[placed], at, at + length[found], seat[found])
    start[placed[~clash]] = at[~clash]
    unplaced = np.ones(len(rows), dtype=np.bool_)
    unplaced[solo[found[~clash]]] = False
    _add(book, rows[unplaced], contacts, chat[unplaced])


def _within_shift(plan: Plan, shift: tuple[Ints, Ints, Ints], latest: Ints) -> Ints:
    """`latest`, or the last second of the shift if that comes first; `shift` is each row's
    (day, agent, day's start)."""
    day, agent, day_start = shift
    shift_end = day_start + plan.rota.shift_minutes(day, agent)[1] * 60
    bound: Ints = np.minimum(latest, shift_end - 1)
    return bound


def _in_whole_units(start: Ints, at: Ints, unit_s: int) -> Ints:
    """`at`, or the first moment after it whose wait since `start` is a whole number of
    `unit_s` (an e-mail's wait is stored in hundredths of an hour)."""
    rounded: Ints = start - (start - at) // unit_s * unit_s
    return rounded


def _first_free(
    plan: Plan,
    book: ContactBook,
    slot: Slot,
    candidates: Ints,
    call: tuple[Ints, ...],
    chat: NDArray[np.bool_],
    unit_s: int,
) -> tuple[Ints, Ints]:
    """Per contact of `slot` (`candidates` per row: its handler, then the agents it may go
    to; `call` is each one's start, length in seconds, latest start and day's start; `chat`
    whether it is a chat): the candidate free first for it, within their shift and its
    latest start, and when, its start still inside them once rounded up to `unit_s` (the
    wait's unit); of two free at the same moment, the one listed first. (its handler, -1)
    where none is."""
    start, length, latest, day_start = call
    calls, per_call = candidates.shape
    c, agent = np.repeat(np.arange(calls), per_call), candidates.reshape(-1)
    # An agent listed twice for a contact is tried once: the first listing wins either way.
    listed = np.argsort(candidates, axis=1, kind="stable")
    in_order = np.take_along_axis(candidates, listed, axis=1)
    again = np.zeros(candidates.shape, dtype=np.bool_)
    np.put_along_axis(again, listed[:, 1:], in_order[:, 1:] == in_order[:, :-1], axis=1)
    once = np.flatnonzero(~again.reshape(-1))
    c, agent = c[once], agent[once]
    # Searched for a gap a unit longer, that ends a unit earlier: its start rounded up to
    # the unit still fits the gap, the shift and the latest start.
    by = _within_shift(plan, (slot.day[c], agent, day_start[c]), latest[c]) - (unit_s - 1)
    at = book.free_within_each(
        agent, start[c], length[c] + unit_s - 1, by, WAITS, chat[c], rivals=c
    )
    free = np.flatnonzero(at >= 0)
    order = free[np.lexsort((free, at[free], c[free]))]  # by contact, moment, then listing
    first = order[np.unique(c[order], return_index=True)[1]]
    best, best_at = candidates[:, 0].copy(), np.full(calls, -1, dtype=np.int64)
    best[c[first]], best_at[c[first]] = agent[first], at[first]
    return best, best_at


def _at_pace_of(
    plan: Plan,
    least_handle_s: Ints,
    slot: Slot,
    drawn_for: tuple[Ints, Ints],
    to: tuple[Ints, Ints],
) -> Ints:
    """Handle tenths of the slot's contacts, drawn for one handler, at other agents' pace
    (`to`: the agents and the contacts' channel): the same draw scaled by their handle-time
    factors, inside the room the ticket leaves and the channel's longest handle time."""
    first, tenths = drawn_for
    agent, channel = to
    params = plan.config.params
    longest_minutes = np.array([params.handle_time_minutes[name].max for name in CHANNELS])
    # Within the room first, so that no configured maximum overflows in tenths.
    longest_minutes = np.minimum(longest_minutes[channel], slot.room_s / 60.0)
    longest_tenths = np.floor(longest_minutes * 10).astype(np.int64)
    ratio = handle_factor(plan.agents, params, agent, slot.day) / handle_factor(
        plan.agents, params, first, slot.day
    )
    least = least_handle_s[slot.rows] // 6
    longest = np.minimum(slot.room_s // 6, longest_tenths)
    scaled = np.floor(tenths * ratio).astype(np.int64)
    fitted: Ints = np.clip(scaled, least, np.maximum(longest, least))
    return fitted


def _book_free(
    book: ContactBook,
    sel: Ints,
    contacts: tuple[Ints, Ints, Ints],
    chat: NDArray[np.bool_],
    *,
    checked: bool = False,
) -> Ints:
    """Book the contacts at `sel` (`chat`: which are chats; `checked` as in
    ContactBook.book_the_free) that are free to; the others, whose handler is busy."""
    start, took, who = contacts
    ends = start[sel] + took[sel] * 6
    busy: Ints = sel[book.book_the_free(who[sel], start[sel], ends, chat, checked=checked)]
    return busy


def _add(
    book: ContactBook, sel: Ints, contacts: tuple[Ints, Ints, Ints], chat: NDArray[np.bool_]
) -> None:
    """Book the contacts at `sel` (`chat`: which are chats) whatever they overlap."""
    start, took, who = contacts
    book.add(who[sel], start[sel], start[sel] + took[sel] * 6, chat)
