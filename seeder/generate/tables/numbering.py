"""A drawn ticket chunk's interaction, call and chat ids, numbered on from the chunks before it.

Ids follow load order across chunks, so they are the one thing a chunk cannot draw alone:
draw_ticket_chunk (tickets.py) draws every value with chunk-local numbers, and once the rows of
every earlier chunk are known (in this process, in shared memory between --jobs workers, or on
the Dask client) number_ticket_chunk formats the ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from seeder.domain import (
    CALL_ID_DIGITS,
    CALL_ID_PREFIX,
    CHAT_ID_DIGITS,
    CHAT_ID_PREFIX,
    INTERACTION_ID_DIGITS,
    INTERACTION_ID_PREFIX,
)
from seeder.encode.blocks import Block, Column, Kind, Texts, categorical, text_array

if TYPE_CHECKING:
    from seeder.generate.tables.queues import DrawnQueue
    from seeder.generate.tables.tickets import DrawnTicketChunk, HandleTime

Ints = NDArray[np.int64]
QUEUE_IDS = {"calls": (CALL_ID_PREFIX, CALL_ID_DIGITS), "chats": (CHAT_ID_PREFIX, CHAT_ID_DIGITS)}


@dataclass(frozen=True)
class IdOffsets:
    """How many interactions, calls and chats the chunks before this one produced."""

    interactions: int = 0
    calls: int = 0
    chats: int = 0

    def advance(self, result: TicketChunkResult) -> IdOffsets:
        """The offsets of the chunk after the one that made `result`."""
        return IdOffsets(
            self.interactions + result.interactions.rows,
            self.calls + result.calls.rows,
            self.chats + result.chats.rows,
        )


@dataclass(frozen=True)
class TicketChunkResult:
    tickets: Block
    interactions: Block
    calls: Block
    chats: Block
    handle_time: HandleTime


_POWERS_OF_TEN = 10 ** np.arange(1, 19, dtype=np.int64)


def format_ids(prefix: str, numbers: Ints, digits: int) -> Texts:
    """'TKT-00042'-style identifiers, zero padded to at least `digits` digits.

    Ids of one width are written as digit bytes into one matrix, a width at a time (ids are
    numbered in order, so there are few widths): half the time of NumPy's string functions.
    """
    ids = np.empty(len(numbers), dtype=text_array([]).dtype)
    if len(numbers) and int(numbers.min()) < 0:
        raise ValueError("ids are numbered from 0 up")
    widths = np.maximum(digits, 1 + np.searchsorted(_POWERS_OF_TEN, numbers, side="right"))
    for width in np.unique(widths):
        rows = widths == width
        ids[rows] = _ids_of_width(prefix, numbers[rows], int(width))
    return ids


def _ids_of_width(prefix: str, numbers: Ints, width: int) -> Texts:
    head = np.frombuffer(prefix.encode("ascii"), dtype=np.uint8)
    matrix = np.empty((len(numbers), len(head) + width), dtype=np.uint8)
    matrix[:, : len(head)] = head
    rest = numbers
    for place in range(matrix.shape[1] - 1, len(head) - 1, -1):
        rest, digit = np.divmod(rest, 10)
        matrix[:, place] = digit + ord("0")
    as_bytes = matrix.view(f"S{matrix.shape[1]}").ravel()
    return as_bytes.astype(text_array([]).dtype)


def number_ticket_chunk(drawn: DrawnTicketChunk, offsets: IdOffsets) -> TicketChunkResult:
    """Format a drawn chunk's interaction, call and chat ids, numbering on from `offsets`."""
    interaction_ids = format_ids(
        INTERACTION_ID_PREFIX,
        offsets.interactions + 1 + np.arange(drawn.interactions.rows, dtype=np.int64),
        INTERACTION_ID_DIGITS,
    )
    interactions = Block(
        "interactions",
        (Column("interaction_id", Kind.TEXT, interaction_ids), *drawn.interactions.columns),
    )
    # Abandoned records link to no interaction: they point at the blank appended at the end.
    link_text = np.concatenate([interaction_ids, text_array([""])])
    return TicketChunkResult(
        tickets=drawn.tickets,
        interactions=interactions,
        calls=_number_queue("calls", drawn.calls, offsets.calls, link_text),
        chats=_number_queue("chats", drawn.chats, offsets.chats, link_text),
        handle_time=drawn.handle_time,
    )


def _number_queue(table: str, drawn: DrawnQueue, offset: int, link_text: Texts) -> Block:
    prefix, digits = QUEUE_IDS[table]
    numbers = offset + 1 + np.arange(drawn.rows, dtype=np.int64)
    linked = np.asarray(drawn.linked, dtype=np.int64)  # a waiting range's may be narrowed
    return Block(
        table,
        (
            Column("id", Kind.TEXT, format_ids(prefix, numbers, digits)),
            *drawn.block.columns,
            categorical(
                "interaction_id",
                np.where(linked < 0, len(link_text) - 1, linked),
                link_text,
                linked < 0,
            ),
        ),
    )
