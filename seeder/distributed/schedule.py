"""The client's side of a distributed run: which task goes to the cluster when.

Ticket chunks number their interactions, calls and chats on from the counts of every earlier
chunk. Workers on other machines share no memory, so the client keeps the counts table: each
ticket range is drawn by one task, whose counts (three integers a chunk) come back to the
client; as soon as the counts of every range before range r are in, the client sends r's
offsets with the task that numbers and delivers it, on the worker that holds the draw. No
worker ever blocks waiting for another (a task that waited would hold a worker's thread while
the chunk it waits for may still be queued behind it: Dask does not start tasks in the order
they were sent), a retried task recomputes the same values, and nothing is generated twice.

At most `window` drawn ranges wait for their offsets or their delivery at a time (two per
worker thread by default), which keeps the workers' memory flat. WFM needs every ticket
chunk's agent time: the delivery tasks send it back summed per [agent, day] cell, and the WFM
ranges go out once the last ticket range is delivered, a window at a time (each carries its
agents' time).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from seeder.distributed.ranges import (
    ChunkRange,
    leading_ranges,
    ticket_ranges,
    wfm_ranges,
)
from seeder.distributed.tasks import (
    Deliver,
    Delivered,
    RunSpec,
    deliver_tickets,
    draw_range,
    make_range,
    range_counts,
)
from seeder.generate.case_work import with_case_work_done
from seeder.generate.plan import Plan
from seeder.generate.produce import Task, wfm_tasks
from seeder.generate.tables.numbering import IdOffsets
from seeder.generate.tables.wfm import AgentDays
from seeder.generate.work_totals import WorkTotals

OnDelivered = Callable[[Delivered], None]
# Higher runs first: a delivery frees a drawn range; the leading tables are quick.
_DELIVER_PRIORITY, _LEADING_PRIORITY, _DRAW_PRIORITY = 2, 1, 0


class RangeOffsets:
    """The ticket ranges' id offsets: range r's are known once ranges 0..r-1 sent counts."""

    def __init__(self, ranges: int) -> None:
        self._ranges = ranges
        self._counts: dict[int, list[tuple[int, int, int]]] = {}
        self._known = 0  # ranges 0.._known-1 have sent their counts
        self._offsets = IdOffsets()

    def add(self, position: int, counts: list[tuple[int, int, int]]) -> list[tuple[int, IdOffsets]]:
        """Record range `position`'s counts; the ranges whose offsets this makes known."""
        self._counts[position] = counts
        ready = []
        while self._known in self._counts:
            for interactions, calls, chats in self._counts.pop(self._known):
                before = self._offsets
                self._offsets = IdOffsets(
                    before.interactions + interactions, before.calls + calls, before.chats + chats
                )
            self._known += 1
            if self._known < self._ranges:
                ready.append((self._known, self._offsets))
        return ready


def distribute(
    client: Any,
    plan: Plan,
    spec: RunSpec,
    deliver: Deliver,
    *,
    on_delivered: OnDelivered,
    window: int | None = None,
) -> None:
    """Generate the run on `client`'s cluster, each range's tables handed to `deliver` on the
    worker that made them; on_delivered hears each task's outcome, in this process."""
    if window is None:
        window = 2 * max(1, sum(client.nthreads().values()))
    schedule = _Schedule(client, plan, spec, deliver, on_delivered, window)
    try:
        schedule.run()
    finally:
        schedule.cancel()


class _Schedule:
    def __init__(
        self,
        client: Any,
        plan: Plan,
        spec: RunSpec,
        deliver: Deliver,
        on_delivered: OnDelivered,
        window: int,
    ) -> None:
        self._client, self._plan, self._spec, self._deliver = client, plan, spec, deliver
        self._on_delivered, self._window = on_delivered, window
        self._token = uuid.uuid4().hex[:8]  # keys of two runs on one cluster never meet
        self._pending: Any = None
        self._roles: dict[str, tuple[str, int]] = {}  # future key -> (role, range position)
        self._tickets = ticket_ranges(plan)
        self._offsets = RangeOffsets(len(self._tickets))
        self._known: dict[int, IdOffsets] = {0: IdOffsets()}  # offsets not yet sent
        self._draws: dict[int, Any] = {}  # position -> its draw's future, until delivered
        self._next_draw = 0
        self._totals = WorkTotals(plan)
        self._wfm = iter(wfm_ranges(plan))
        self._wfm_time: AgentDays | None = None
        self._live: dict[str, Any] = {}  # key -> every future not yet done with

    def _submit(
        self, role: str, chunk_range: ChunkRange, function: Any, *args: Any, **kw: Any
    ) -> Any:
        key = f"seeder-{self._token}-{role}-{chunk_range.kind}-{chunk_range.position}"
        future = self._client.submit(function, *args, key=key, **kw)
        self._live[key] = future
        if role != "draw":  # a draw's outcome stays on its worker; its counts come back
            self._roles[key] = (role, chunk_range.position)
            self._pending.add(future)
        return future

    def run(self) -> None:
        from dask.distributed import as_completed

        self._pending = as_completed()  # type: ignore[no-untyped-call]
        for chunk_range in leading_ranges(self._plan):
            tasks = list(_leading_tasks(self._plan, chunk_range))
            self._submit(
                "leading",
                chunk_range,
                make_range,
                self._spec,
                chunk_range,
                tasks,
                self._deliver,
                priority=_LEADING_PRIORITY,
            )
        self._draw_more()
        self._drain()
        self._wfm_time = with_case_work_done(self._plan, self._totals.arrived())
        self._pending = as_completed()  # type: ignore[no-untyped-call]
        self._wfm_more(self._window)
        self._drain()

    def _wfm_more(self, count: int) -> None:
        """Send the next `count` WFM ranges. A range's tasks carry its agents' time, so only a
        window of them exists at once (all of them would copy the whole grid, twice over in
        a local cluster, whose scheduler keeps what the client sends)."""
        assert self._wfm_time is not None, "WFM goes out after every ticket range is in"
        for chunk_range in itertools.islice(self._wfm, count):
            chunks = self._plan.wfm_chunks()[chunk_range.first : chunk_range.last + 1]
            self._submit(
                "wfm",
                chunk_range,
                make_range,
                self._spec,
                chunk_range,
                list(wfm_tasks(self._plan, self._wfm_time, chunks)),
                self._deliver,
                priority=_LEADING_PRIORITY,
            )

    def _drain(self) -> None:
        for future in self._pending:
            role, position = self._roles.pop(future.key)
            outcome = future.result()  # a worker's error is raised here
            del self._live[future.key]
            if role == "counts":
                self._offsets_known(self._offsets.add(position, outcome))
            else:
                self._delivered(outcome)
                if role == "wfm":
                    self._wfm_more(1)
                if role == "tickets":
                    # Dropping the last reference to the draw's future frees it on its worker.
                    draw = self._draws.pop(position)
                    del self._live[draw.key]
                    self._draw_more()

    def _draw_more(self) -> None:
        while self._next_draw < len(self._tickets) and len(self._draws) < self._window:
            chunk_range = self._tickets[self._next_draw]
            draw = self._submit(
                "draw", chunk_range, draw_range, self._spec, chunk_range, priority=_DRAW_PRIORITY
            )
            self._draws[chunk_range.position] = draw
            self._submit("counts", chunk_range, range_counts, draw, priority=_DELIVER_PRIORITY)
            self._next_draw += 1
            self._send_known()

    def _offsets_known(self, ready: list[tuple[int, IdOffsets]]) -> None:
        self._known.update(ready)
        self._send_known()

    def _send_known(self) -> None:
        """Send the delivery of every drawn range whose offsets are known."""
        for position in sorted(set(self._known) & set(self._draws)):
            chunk_range = self._tickets[position]
            self._submit(
                "tickets",
                chunk_range,
                deliver_tickets,
                self._spec,
                chunk_range,
                self._draws[position],
                self._known.pop(position),
                self._deliver,
                priority=_DELIVER_PRIORITY,
            )

    def _delivered(self, outcome: Delivered) -> None:
        if outcome.work is not None:
            self._totals.add_cells(outcome.work)
        self._on_delivered(outcome)

    def cancel(self) -> None:
        """Cancel whatever is still queued or running (after an error, or Ctrl-C)."""
        if self._live:
            self._client.cancel(list(self._live.values()))
            self._live.clear()


def _leading_tasks(plan: Plan, chunk_range: ChunkRange) -> Iterable[Task]:
    if chunk_range.kind != "customers":
        yield Task(chunk_range.kind)
        return
    for index, first, count in plan.customer_chunks()[chunk_range.first : chunk_range.last + 1]:
        yield Task("customers", (index, first, count))
