"""An agent works one call or e-mail at a time: the calls and e-mails a chunk has given each
agent so far.

Contacts are placed position by position (placement.py). Before a call or an e-mail goes to
an agent, it is checked against what that agent already holds and against the others placed
at the same position. A chunk holds whole days, so everything an agent's contact could
overlap is in it. Chats are not booked: an agent keeps a few chats open at once.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
# A contact's key: its agent in the high bits, its start (seconds after the book's origin) in the
# low ones, so sorting by key sorts by agent, then start.
_AGENT_SHIFT = 32
_START_MASK = (1 << _AGENT_SHIFT) - 1


class ContactBook:
    """The calls and e-mails held so far, sorted by agent and start. No two of one agent's
    overlap, but for a contact booked when every agent on shift was busy (placement.py): only
    then can a check miss a clash, as it looks at the neighbours in start order alone."""

    def __init__(self, origin_s: int) -> None:
        self._origin_s = origin_s
        self._keys = np.zeros(0, dtype=np.int64)
        self._ends = np.zeros(0, dtype=np.int64)

    def _key(self, agent: Ints, start: Ints) -> Ints:
        key: Ints = (agent << _AGENT_SHIFT) | (start - self._origin_s)
        return key

    def clashes(self, agent: Ints, start: Ints, end: Ints) -> Bools:
        """Whether each contact [start, end) overlaps one its agent already holds."""
        clash: Bools = self.free_from_each(agent, start, end) != start
        return clash

    def free_from_each(self, agent: Ints, start: Ints, end: Ints) -> Ints:
        """Per contact [start, end): `start` if its agent is free over it, else when the first
        contact of theirs in the way ends."""
        held = len(self._keys)
        if held == 0 or len(agent) == 0:
            return start.copy()
        at = np.searchsorted(self._keys, self._key(agent, start))
        before, after = np.maximum(at - 1, 0), np.minimum(at, held - 1)
        # Held contacts do not overlap, so only the neighbours in start order can reach this
        # one; of the two, the one before ends first.
        in_way_before = (
            (at > 0) & (self._keys[before] >> _AGENT_SHIFT == agent) & (self._ends[before] > start)
        )
        after_start = (self._keys[after] & _START_MASK) + self._origin_s
        in_way_after = (
            (at < held) & (self._keys[after] >> _AGENT_SHIFT == agent) & (after_start < end)
        )
        after_end = np.maximum(self._ends[after], start + 1)  # never `start`: it is in the way
        free: Ints = np.where(in_way_before, self._ends[before], start)
        free = np.where(~in_way_before & in_way_after, after_end, free)
        return free

    def free_within_each(
        self, agent: Ints, start: Ints, length: Ints, latest: Ints, tries: int
    ) -> Ints:
        """Per contact: the first moment from its `start` to its `latest` its agent is free for
        `length` seconds; -1 where none comes within `tries` of their contacts."""
        at, found = start.copy(), np.full(len(agent), -1, dtype=np.int64)
        live = np.arange(len(agent))
        for _ in range(tries):
            live = live[at[live] <= latest[live]]
            if len(live) == 0:
                break
            free = self.free_from_each(agent[live], at[live], at[live] + length[live])
            done = free == at[live]
            found[live[done]] = at[live[done]]
            at[live[~done]] = free[~done]
            live = live[~done]
        return found

    def book_the_free(self, agent: Ints, start: Ints, end: Ints) -> Bools:
        """Book the contacts that overlap no held one nor an earlier one of them; which could
        not be (their agent would be busy)."""
        if len(agent) == 0:
            return np.zeros(0, dtype=np.bool_)
        clash = self.clashes(agent, start, end) | clashing_among(agent, start, end)
        self.add(agent[~clash], start[~clash], end[~clash])
        return clash

    def add(self, agent: Ints, start: Ints, end: Ints) -> None:
        """Book contacts that clash with none held (nor with each other)."""
        if len(agent) == 0:
            return
        keys = self._key(agent, start)
        order = np.argsort(keys, kind="stable")
        keys, end = keys[order], end[order]
        # Merged in one pass, each new key after the held ones equal to it: re-sorting the
        # whole book for every few contacts cost three times as much on a busy day's book.
        at = np.searchsorted(self._keys, keys, side="right") + np.arange(len(keys))
        held = np.ones(len(self._keys) + len(keys), dtype=np.bool_)
        held[at] = False
        merged_keys, merged_ends = (np.empty(len(held), dtype=np.int64) for _ in range(2))
        merged_keys[held], merged_keys[at] = self._keys, keys
        merged_ends[held], merged_ends[at] = self._ends, end
        self._keys, self._ends = merged_keys, merged_ends


def clashing_among(agent: Ints, start: Ints, end: Ints) -> Bools:
    """Whether each contact overlaps an earlier-starting one of the same agent among these
    (of two starting together, the one listed later)."""
    order = np.lexsort((start, agent))
    a, s, e = agent[order], start[order], end[order]
    base = int(s.min()) if len(s) else 0
    # The latest end so far within each agent's run: agents are offset far enough apart that
    # a running maximum over everyone never carries one agent's end into the next's run.
    offset = a << _AGENT_SHIFT
    latest = np.maximum.accumulate(offset + (e - base))
    before = np.concatenate([[np.iinfo(np.int64).min], latest[:-1]])
    same_agent = np.concatenate([[False], a[1:] == a[:-1]])
    clash = np.zeros(len(agent), dtype=np.bool_)
    clash[order] = same_agent & (before - offset > s - base)
    return clash
