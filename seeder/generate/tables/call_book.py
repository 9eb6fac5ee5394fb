"""An agent takes one call at a time: the calls a chunk has given each agent so far.

Contacts are placed position by position (placement.py). Before a call goes to an agent, it
is checked against the calls that agent already holds and against the other calls placed at
the same position. A chunk holds whole days, so every call an agent's call could overlap is in
it. Chats and e-mails are not booked: an agent keeps a few chats open at once, and an e-mail
waits while they take a call.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
# A call's key: its agent in the high bits, its start (seconds after the book's origin) in the
# low ones, so sorting by key sorts by agent, then start.
_AGENT_SHIFT = 32
_START_MASK = (1 << _AGENT_SHIFT) - 1


class CallBook:
    """The calls held so far, sorted by agent and start. No two of one agent's overlap, but for
    a call booked when every agent on shift was on one (placement.py): only then can a check
    miss a clash, as it looks at the neighbours in start order alone."""

    def __init__(self, origin_s: int) -> None:
        self._origin_s = origin_s
        self._keys = np.zeros(0, dtype=np.int64)
        self._ends = np.zeros(0, dtype=np.int64)

    def _key(self, agent: Ints, start: Ints) -> Ints:
        key: Ints = (agent << _AGENT_SHIFT) | (start - self._origin_s)
        return key

    def clashes(self, agent: Ints, start: Ints, end: Ints) -> Bools:
        """Whether each call [start, end) overlaps a call its agent already holds."""
        held = len(self._keys)
        if held == 0:
            return np.zeros(len(agent), dtype=np.bool_)
        at = np.searchsorted(self._keys, self._key(agent, start))
        before, after = np.maximum(at - 1, 0), np.minimum(at, held - 1)
        # Held calls do not overlap, so only the neighbours in start order can reach this one.
        clash_before = (
            (at > 0) & (self._keys[before] >> _AGENT_SHIFT == agent) & (self._ends[before] > start)
        )
        after_start = (self._keys[after] & _START_MASK) + self._origin_s
        clash_after = (
            (at < held) & (self._keys[after] >> _AGENT_SHIFT == agent) & (after_start < end)
        )
        clash: Bools = clash_before | clash_after
        return clash

    def free_from(self, agent: int, start: int, end: int) -> int:
        """`start` if the agent is free over [start, end), else when the first of their calls
        in the way ends."""
        at = int(np.searchsorted(self._keys, (agent << _AGENT_SHIFT) | (start - self._origin_s)))
        for neighbour in (at - 1, at):  # held calls do not overlap: only these can be in the way
            if 0 <= neighbour < len(self._keys) and self._keys[neighbour] >> _AGENT_SHIFT == agent:
                held_start = (int(self._keys[neighbour]) & _START_MASK) + self._origin_s
                held_end = int(self._ends[neighbour])
                if held_start < end and start < held_end:
                    return held_end
        return start

    def free_within(self, agent: int, start: int, length: int, latest: int, tries: int) -> int:
        """The first moment from `start` to `latest` the agent is free for a call of `length`
        seconds; -1 if none comes within `tries` of their calls."""
        at = start
        for _ in range(tries):
            if at > latest:
                return -1
            free = self.free_from(agent, at, at + length)
            if free == at:
                return at
            at = free
        return -1

    def book_the_free(self, agent: Ints, start: Ints, end: Ints) -> Bools:
        """Book the calls that overlap no held call nor an earlier one of them; which could not
        be (their agent would be on another call)."""
        clash = self.clashes(agent, start, end) | clashing_among(agent, start, end)
        self.add(agent[~clash], start[~clash], end[~clash])
        return clash

    def add(self, agent: Ints, start: Ints, end: Ints) -> None:
        """Book calls that clash with none held (nor with each other)."""
        keys = np.concatenate([self._keys, self._key(agent, start)])
        ends = np.concatenate([self._ends, end])
        order = np.argsort(keys, kind="stable")
        self._keys, self._ends = keys[order], ends[order]


def clashing_among(agent: Ints, start: Ints, end: Ints) -> Bools:
    """Whether each call overlaps an earlier-starting one of the same agent among these
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
