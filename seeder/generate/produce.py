"""plan -> tasks -> blocks, in the one load order (parents before children).

Every sink (COPY into PostgreSQL, a .sql dump, CSV or Parquet files) consumes this one order,
so they all hold exactly the same rows: users whole, then customers, then the scenario events
(the tickets' event_id points at them), then per ticket chunk its
tickets, interactions, calls and chats (each child row's parent is already written when the
child is), then WFM, which needs every chunk's handle time. A task is one chunk's work; the
tasks run here, one after the other, or in worker processes (seeder.generate.workers), and
their results come back in task order either way.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar

from seeder.domain import TABLES
from seeder.encode.blocks import Block
from seeder.generate.case_work import with_case_work_done
from seeder.generate.events import scenario_events_block
from seeder.generate.plan import Plan
from seeder.generate.tables.customers import generate_customers
from seeder.generate.tables.numbering import IdOffsets, number_ticket_chunk
from seeder.generate.tables.people import PeoplePools, build_people_pools
from seeder.generate.tables.text import TextPools, build_text_pools
from seeder.generate.tables.tickets import HandleTime, draw_ticket_chunk, with_message_pool
from seeder.generate.tables.users import generate_users
from seeder.generate.tables.wfm import AgentDays, generate_wfm
from seeder.generate.work_totals import WorkTotals

T = TypeVar("T")
TaskKind = Literal["users", "customers", "scenario_events", "tickets", "wfm"]


@dataclass(frozen=True)
class Task:
    """One unit of generation: a table's chunk (its arguments are picklable)."""

    kind: TaskKind
    args: tuple[Any, ...] = ()


@dataclass(frozen=True)
class TaskResult(Generic[T]):
    """A task's blocks (raw or encoded) and, for a ticket chunk, its handle time for WFM.

    `blocks` is a list where the task made them, an iterator where they are read back one at
    a time (seeder.generate.spill)."""

    blocks: list[T] | Iterator[T]
    handle_time: HandleTime | None = None


Execute = Callable[[Iterable[Task]], Iterator[TaskResult[T]]]


@dataclass(frozen=True)
class Pools:
    """What a run's chunks pick names and texts from: Faker's names drawn for `seed`, and the
    vocabulary's texts. Neither depends on any other parameter."""

    seed: int
    people: PeoplePools
    text: TextPools


def build_pools(seed: int) -> Pools:
    """The pools of any run with this seed, built now (a run otherwise builds its own)."""
    return Pools(seed, build_people_pools(seed), build_text_pools())


class IdCounts(Protocol):
    """Each ticket chunk's (interactions, calls, chats) counts: its successors' id offsets."""

    def publish(self, index: int, counts: tuple[int, int, int]) -> None: ...

    def fail(self, index: int) -> None: ...

    def offsets(self, index: int) -> IdOffsets: ...


class SequentialCounts:
    """IdCounts for chunks drawn one after the other, in order, in one process."""

    def __init__(self) -> None:
        self._before = [IdOffsets()]  # [i]: what the chunks before chunk i produced

    def publish(self, index: int, counts: tuple[int, int, int]) -> None:
        total = self._before[index]
        interactions, calls, chats = counts
        after = IdOffsets(
            total.interactions + interactions, total.calls + calls, total.chats + chats
        )
        self._before[index + 1 :] = [after]

    def fail(self, index: int) -> None:
        pass  # nothing waits: the error reaches the caller directly

    def offsets(self, index: int) -> IdOffsets:
        return self._before[index]


class ChunkMaker:
    """Runs tasks: draws a chunk's blocks; builds the run's pools on first use, if not given."""

    def __init__(self, plan: Plan, counts: IdCounts, pools: Pools | None = None) -> None:
        if pools is not None and pools.seed != plan.config.seed:
            raise ValueError(f"pools built for seed {pools.seed}, not {plan.config.seed}")
        self.plan = plan
        self._counts = counts
        self._people = None if pools is None else pools.people
        self._text = None if pools is None else pools.text

    def _people_pools(self) -> PeoplePools:
        if self._people is None:
            self._people = build_people_pools(self.plan.config.seed)
        return self._people

    def make(self, task: Task) -> TaskResult[Block]:
        """The blocks of `task`, in load order."""
        plan = self.plan
        if task.kind == "users":
            return TaskResult([generate_users(plan, self._people_pools())])
        if task.kind == "customers":
            return TaskResult([generate_customers(plan, self._people_pools(), *task.args)])
        if task.kind == "scenario_events":
            return TaskResult([scenario_events_block(plan.events)])
        if task.kind == "wfm":
            return TaskResult([generate_wfm(plan, *task.args)])
        return self._tickets(*task.args)

    def _tickets(self, position: int, chunk: Any) -> TaskResult[Block]:
        if self._text is None:
            self._text = build_text_pools()
        try:
            drawn = draw_ticket_chunk(self.plan, self._text, chunk)
        except BaseException:
            self._counts.fail(position)  # so chunks waiting for this one's counts give up
            raise
        self._counts.publish(position, drawn.counts)
        whole = with_message_pool(drawn, self._text)
        result = number_ticket_chunk(whole, self._counts.offsets(position))
        blocks = [result.tickets, result.interactions, result.calls, result.chats]
        return TaskResult(blocks, result.handle_time)


def leading_tasks(plan: Plan) -> Iterator[Task]:
    """Users, customers, scenario events and ticket chunks: they depend on no other table's
    rows."""
    yield Task("users")
    for index, first, count in plan.customer_chunks():
        yield Task("customers", (index, first, count))
    yield Task("scenario_events")
    for position, chunk in enumerate(plan.ticket_chunks):
        yield Task("tickets", (position, chunk))


def wfm_tasks(
    plan: Plan, agent_days: AgentDays, chunks: Iterable[tuple[int, int, int]] | None = None
) -> Iterator[Task]:
    """The WFM chunks' tasks (every chunk, or those of plan.wfm_chunks() in `chunks`), once
    every ticket chunk's time is in `agent_days`. Each task carries a copy of its agents'
    time, made as the task is reached: all of them at once would be a run's whole grid."""
    for index, first, count in plan.wfm_chunks() if chunks is None else chunks:
        yield Task("wfm", (index, first, count, agent_days.agents(first, count)))


def produce(plan: Plan, execute: Execute[T]) -> Generator[T, None, None]:
    """Every block of the run in load order, the tasks run by `execute` (in order)."""
    totals = WorkTotals(plan)
    for result in execute(leading_tasks(plan)):
        if result.handle_time is not None:
            totals.add(result.handle_time)
        yield from result.blocks
    for result in execute(wfm_tasks(plan, with_case_work_done(plan, totals.arrived()))):
        yield from result.blocks


def generate_blocks(plan: Plan, *, pools: Pools | None = None) -> Iterator[Block]:
    """All rows of the run as blocks, in this process; memory is bounded by one chunk.

    The LEADING_TABLES come first and whole: loads finish them early. `pools` (build_pools
    with the run's seed) spares a caller making many runs with one seed building them each
    time; the blocks are the same.
    """
    maker = ChunkMaker(plan, SequentialCounts(), pools)
    return produce(plan, lambda tasks: map(maker.make, tasks))


def iter_batches(block: Block, batch_rows: int) -> Iterator[Block]:
    """Slices of at most batch_rows rows: the I/O unit, which never changes the bytes."""
    for start in range(0, block.rows, batch_rows):
        yield block.slice(start, min(block.rows, start + batch_rows))


@dataclass(frozen=True)
class RowEstimate:
    """Rows per table: exact for users, customers, tickets and wfm; expected for the rest."""

    rows: dict[str, int]
    exact: frozenset[str]


def estimate_rows(plan: Plan) -> RowEstimate:
    """Expected row counts, for progress display before the data exists."""
    params = plan.config.params
    tickets = plan.config.tickets
    contacts = 0.0
    for name, cat in params.categories.items():
        contacts += cat.weight * (
            cat.fcr_rate
            + (1 - cat.fcr_rate) * (2 + max(0.0, params.non_fcr_mean_contacts(name) - 2))
        )
    interactions = round(tickets * contacts)
    phone = interactions * params.channels["phone"]
    chat = interactions * params.channels["chat"]
    rows = {
        "users": plan.agents.count,
        "customers": plan.config.customers,
        "scenario_events": plan.events.count,
        "tickets": tickets,
        "interactions": interactions,
        "calls": round(phone / (1 - params.abandonment["calls"].mean)),
        "chats": round(chat / (1 - params.abandonment["chats"].mean)),
        "wfm": plan.wfm_rows(),
    }
    return RowEstimate(
        {t: rows[t] for t in TABLES},
        frozenset({"users", "customers", "scenario_events", "tickets", "wfm"}),
    )
