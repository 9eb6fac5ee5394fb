"""What each agent is busy with: a chunk's calls, e-mails and chats so far.

An agent works one call or e-mail at a time, and chats only between them: an agent keeps up
to three chats open at once, but takes no chat during a call or an e-mail, nor a call or an
e-mail during a chat. Contacts are placed position by position (placement.py). Before one
goes to an agent, it is checked against what that agent already holds and against the
others placed at the same position. A chunk holds whole days, so everything an agent's
contact could overlap is in it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
# An interval's key: its lane (ContactBook) in the high bits, its start (seconds after the
# book's origin) in the low ones, so sorting by key sorts by lane, then start.
_LANE_SHIFT = 32
_START_MASK = (1 << _LANE_SHIFT) - 1
_BEFORE_ALL, _AFTER_ALL = -1, np.iinfo(np.int64).max  # keys below and above every lane's
# An agent keeps at most this many chats open at once.
CHAT_SEATS = 3
_LANES = 1 + CHAT_SEATS  # per agent: calls and e-mails, then each chat seat


class _Lanes:
    """Busy intervals by lane, sorted by lane and start; overlapping ones of a lane are joined
    into one, so only the neighbours in start order can reach a new interval. Each is held
    as its key and its reach: its end in key units. An earlier lane's reach is below every
    key of a later lane, so a reach past a key is its own lane's. The keys and reaches hold a
    bound at each end, so that every interval searched for has both neighbours."""

    def __init__(self, origin_s: int) -> None:
        self._origin_s = origin_s
        self._keys = np.array([_BEFORE_ALL, _AFTER_ALL], dtype=np.int64)
        self._reach = np.full(2, _BEFORE_ALL, dtype=np.int64)

    def _key(self, lane: Ints, start: Ints) -> Ints:
        key: Ints = (lane << _LANE_SHIFT) | (start - self._origin_s)
        return key

    def free_from_each(self, lane: Ints, start: Ints, end: Ints) -> Ints:
        """Per interval [start, end): `start` if its lane is free over it, else when the
        interval of the lane in the way ends."""
        key = self._key(lane, start)
        after = np.searchsorted(self._keys, key)
        # Held intervals do not overlap, so only the neighbours in start order can reach this
        # one; of the two, the one before ends first.
        before_reach = self._reach[after - 1]
        in_way_after = self._keys[after] < key + (end - start)  # same lane, starts before end
        # never `start` (key): it is in the way
        free = np.where(in_way_after, np.maximum(self._reach[after], key + 1), key)
        free = np.where(before_reach > key, before_reach, free)
        in_seconds: Ints = free - key + start
        return in_seconds

    def add(self, lane: Ints, start: Ints, end: Ints, *, join: bool) -> None:
        """Hold intervals; with `join`, each joined with those of its lane it overlaps (without,
        they must overlap none)."""
        if len(lane) == 0:
            return
        keys = self._key(lane, start)
        order = np.argsort(keys, kind="stable")
        keys, reach = keys[order], (keys + (end - start))[order]
        # Merged in one pass, each new key after the held ones equal to it (and between the
        # bounds): re-sorting the whole book for every few contacts cost three times as much
        # on a busy day's book.
        at = np.searchsorted(self._keys, keys, side="right") + np.arange(len(keys))
        held = np.ones(len(self._keys) + len(keys), dtype=np.bool_)
        held[at] = False
        merged_keys, merged_reach = (np.empty(len(held), dtype=np.int64) for _ in range(2))
        merged_keys[held], merged_keys[at] = self._keys, keys
        merged_reach[held], merged_reach[at] = self._reach, reach
        if join:
            # An interval starting at or after every earlier one's reach opens a new one (each
            # lane's first, and the bounds, among them).
            so_far = np.maximum.accumulate(merged_reach)
            opens = np.flatnonzero(np.concatenate([[True], merged_keys[1:] >= so_far[:-1]]))
            merged_keys = merged_keys[opens]
            merged_reach = np.maximum.reduceat(merged_reach, opens)
        self._keys, self._reach = merged_keys, merged_reach


class ContactBook:
    """The calls, e-mails and chats each agent holds so far. `chat` marks, per contact, a
    chat: it may overlap up to CHAT_SEATS - 1 of the agent's other chats, not their calls
    and e-mails; a call or an e-mail may overlap nothing the agent holds.

    Each agent has 1 + CHAT_SEATS lanes: their calls and e-mails, then one per chat seat. A
    chat takes the first seat free for it. The time any chat of theirs is open is also kept
    apart, joined, so that a call or an e-mail checks it in one search. A contact booked
    when every agent on shift was busy (booking.py) may overlap a lane's intervals: it is
    joined with them."""

    def __init__(self, origin_s: int) -> None:
        self._lanes = _Lanes(origin_s)
        self._chatting = _Lanes(origin_s)  # per agent (lane), when any chat of theirs is open

    def clashes(self, agent: Ints, start: Ints, end: Ints, chat: Bools) -> Bools:
        """Whether each contact [start, end) overlaps what its agent holds."""
        clash: Bools = self.free_from_each(agent, start, end, chat) != start
        return clash

    def free_from_each(self, agent: Ints, start: Ints, end: Ints, chat: Bools) -> Ints:
        """Per contact [start, end): `start` if its agent is free for it, else a moment before
        which they are not (when what is in the way ends)."""
        if not chat.any():  # a line's waits, an e-mail's queue: one kind at a time
            return self._free_for_calls(agent, start, end)
        if chat.all():
            return self._free_for_chats(agent, start, end)
        free = np.empty_like(start)
        solo, chats = np.flatnonzero(~chat), np.flatnonzero(chat)
        free[solo] = self._free_for_calls(agent[solo], start[solo], end[solo])
        free[chats] = self._free_for_chats(agent[chats], start[chats], end[chats])
        return free

    def _free_for_calls(self, agent: Ints, start: Ints, end: Ints) -> Ints:
        """free_from_each for calls and e-mails: after the agent's calls, e-mails and chats."""
        by_calls = self._lanes.free_from_each(agent * _LANES, start, end)
        free: Ints = np.maximum(by_calls, self._chatting.free_from_each(agent, start, end))
        return free

    def _free_for_chats(self, agent: Ints, start: Ints, end: Ints) -> Ints:
        """free_from_each for chats: after the agent's calls and e-mails, in the first seat
        to free."""
        by_lane = self._free_by_lane(agent, start, end)
        free: Ints = np.maximum(by_lane[:, 0], by_lane[:, 1:].min(axis=1))
        return free

    def _free_by_lane(self, agent: Ints, start: Ints, end: Ints) -> Ints:
        """free_from_each per contact (row) and lane of its agent (column), in one search."""
        lane = (agent[:, None] * _LANES + np.arange(_LANES)).reshape(-1)
        free = self._lanes.free_from_each(lane, np.repeat(start, _LANES), np.repeat(end, _LANES))
        by_lane: Ints = free.reshape(-1, _LANES)
        return by_lane

    def free_within_each(
        self,
        agent: Ints,
        start: Ints,
        length: Ints,
        latest: Ints,
        tries: int,
        chat: Bools,
        *,
        rivals: Ints | None = None,
    ) -> Ints:
        """Per contact: the first moment from its `start` to its `latest` its agent is free for
        `length` seconds; -1 where none comes within `tries` of their contacts.

        `rivals` groups contacts of which only the earliest found counts (the candidates for
        one waiting contact): one stops looking, and gets -1, once a rival is found free
        before the moment it would try next, since it could only be found later."""
        found = np.full(len(agent), -1, dtype=np.int64)
        free_from = self._free_from_for(chat)
        # Per group of rivals, the earliest moment one of them was found free.
        groups = 0 if rivals is None else int(rivals.max(initial=0)) + 1
        earliest = np.full(groups, np.iinfo(np.int64).max)
        # The contacts still looking, packed: their rows, agents, lengths, latest starts and
        # kinds, and the moment each is tried at next.
        looking = (np.arange(len(agent)), agent, length, latest, chat)
        at = start
        for _ in range(tries):
            in_time = at <= looking[3]
            if rivals is not None:
                in_time &= at <= earliest[rivals[looking[0]]]
            if not in_time.all():
                looking, at = _kept(looking, in_time), at[in_time]
            row, who, long, _, kind = looking
            if len(row) == 0:
                break
            free = free_from(who, at, at + long, kind)
            done = free == at
            found[row[done]] = at[done]
            if rivals is not None:
                np.minimum.at(earliest, rivals[row[done]], at[done])
            looking, at = _kept(looking, ~done), free[~done]
        return found

    def _free_from_for(self, chat: Bools) -> Callable[[Ints, Ints, Ints, Bools], Ints]:
        """free_from_each, or its part for the one kind of contact in `chat`."""
        if not chat.any():
            return lambda agent, start, end, _: self._free_for_calls(agent, start, end)
        if chat.all():
            return lambda agent, start, end, _: self._free_for_chats(agent, start, end)
        return self.free_from_each

    def book_the_free(
        self, agent: Ints, start: Ints, end: Ints, chat: Bools, *, checked: bool = False
    ) -> Bools:
        """Book the contacts that overlap nothing held, nor (calls and e-mails) an earlier one
        of them, nor (chats) a call or an e-mail of them or an earlier chat in the same seat;
        which could not be. `checked`: each was found free of what is held, and nothing was
        held since (a chat's seat is still to choose)."""
        clash = np.zeros(len(agent), dtype=np.bool_)
        solo, chats = np.flatnonzero(~chat), np.flatnonzero(chat)
        if len(solo):  # first: the chats check against them
            a, s, e = agent[solo], start[solo], end[solo]
            clash[solo] = clashing_among(a, s, e)
            if not checked:
                clash[solo] |= self._free_for_calls(a, s, e) != s
            free = solo[~clash[solo]]
            self._lanes.add(agent[free] * _LANES, start[free], end[free], join=False)
        for _ in range(CHAT_SEATS):  # chats that chose the same seat choose again
            if len(chats) == 0:
                break
            busy, taken = self._seat_the_free(agent[chats], start[chats], end[chats])
            clash[chats[busy]] = True
            chats = chats[taken]
        clash[chats] = True
        return clash

    def _seat_the_free(self, agent: Ints, start: Ints, end: Ints) -> tuple[Bools, Bools]:
        """Book each chat free of calls and e-mails in its agent's first seat free for it, of
        two that chose the same seat the first to start. Which could not be: (busy: no seat
        free, taken: the seat went to another of them)."""
        by_lane = self._free_by_lane(agent, start, end)
        seat_free = by_lane[:, 1:] == start[:, None]
        busy = (by_lane[:, 0] != start) | ~seat_free.any(axis=1)
        free = np.flatnonzero(~busy)
        lane = agent[free] * _LANES + 1 + np.argmax(seat_free[free], axis=1)
        taken = np.zeros(len(agent), dtype=np.bool_)
        taken[free] = clashing_among(lane, start[free], end[free])
        seated = ~taken[free]
        self._lanes.add(lane[seated], start[free[seated]], end[free[seated]], join=False)
        self._chatting.add(agent[free[seated]], start[free[seated]], end[free[seated]], join=True)
        return busy, taken

    def add(self, agent: Ints, start: Ints, end: Ints, chat: Bools) -> None:
        """Book contacts whatever they overlap (nobody was free in time): a chat in the seat
        that frees first."""
        if len(agent) == 0:
            return
        seat = np.argmin(self._free_by_lane(agent, start, end)[:, 1:], axis=1)
        lane = agent * _LANES + np.where(chat, 1 + seat, 0)
        self._lanes.add(lane, start, end, join=True)
        self._chatting.add(agent[chat], start[chat], end[chat], join=True)


def _kept(
    columns: tuple[Ints, Ints, Ints, Ints, Bools], rows: Bools
) -> tuple[Ints, Ints, Ints, Ints, Bools]:
    """The `rows` of each column."""
    row, agent, length, latest, chat = columns
    return row[rows], agent[rows], length[rows], latest[rows], chat[rows]


def clashing_among(agent: Ints, start: Ints, end: Ints) -> Bools:
    """Whether each contact overlaps an earlier-starting one of the same agent among these
    (of two starting together, the one listed later)."""
    base = int(start.min()) if len(start) else 0
    # Keyed as the book is: agent in the high bits, start in the low ones. The latest end so
    # far, in the same units, is below every later agent's keys: where it reaches past a
    # key, an earlier contact of the same agent is still running.
    key = (agent << _LANE_SHIFT) + (start - base)
    order = np.argsort(key, kind="stable")
    key = key[order]
    reach = np.maximum.accumulate((key & ~_START_MASK) + (end[order] - base))
    clash = np.zeros(len(agent), dtype=np.bool_)
    clash[order[1:]] = reach[:-1] > key[1:]
    return clash
