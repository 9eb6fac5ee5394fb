"""A worker's encoded chunk handed to the parent through a temporary file, not a pickle.

A busy day's chunk encodes to tens of MiB. Returned as a pickle, it would exist twice in the
worker (the bytes and their pickle) and once more in the parent for every chunk waiting its
turn. Written batch by batch to a file instead, the worker holds one batch of bytes at a time
and the parent reads a chunk's blocks only as it yields them: per-process memory no longer
grows with the busiest day. The bytes go through the page cache, where a file written and
read back within a second or two rarely reaches the disk.

The files live in one folder per run under the system's temporary directory ($TMPDIR). The
parent unlinks each file as it opens it, and removes the folder when the run ends. A run that
is killed leaves its folder behind; the next run's folder removes those of processes that no
longer exist (seeder.processes.ProcessFolder).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from seeder.encode import Encoder
from seeder.encode.blocks import Block
from seeder.encode.copy_format import EncodedBlock
from seeder.errors import ScratchSpaceError
from seeder.generate.heap import ReleaseEvery
from seeder.generate.produce import TaskResult, iter_batches
from seeder.generate.tables.tickets import HandleTime
from seeder.processes import ProcessFolder

# The parent reading chunks back trims its heap every so many bytes (the workers' peak is a
# day's draw, which trimming does not lower).
_READ_BACK_TRIM = ReleaseEvery(32 << 20)


def encoded_batches(
    block: Block, encode: Encoder, batch_rows: int
) -> Iterator[tuple[int, bytes | bytearray]]:
    """(rows, bytes) of each batch of `block` (the batch size never changes the bytes).

    A block without rows still gets one (empty) batch: a Parquet file needs its table's
    schema, which only the encoding carries, even when the table has no rows.
    """
    if block.rows == 0:
        yield 0, encode(block)
        return
    for batch in iter_batches(block, batch_rows):
        yield batch.rows, encode(batch)


def take_each(blocks: Iterable[Block]) -> Iterator[Block]:
    """Each block in turn; a list is emptied as it goes, so a block taken and dropped is freed
    (a big day's chunk never holds all its raw columns and all its bytes at once)."""
    if isinstance(blocks, list):
        while blocks:
            yield blocks.pop(0)
    else:
        yield from blocks


@dataclass(frozen=True)
class SpilledBlock:
    """Where a block's batches lie in its chunk's file: their rows and byte counts, in order."""

    table: str
    columns: tuple[str, ...]
    batches: tuple[tuple[int, int], ...]  # (rows, bytes)


@dataclass(frozen=True)
class SpilledChunk:
    """A task's encoded blocks, written one after the other into the file at `path`."""

    path: str
    blocks: tuple[SpilledBlock, ...]
    handle_time: HandleTime | None


def spill(result: TaskResult[Block], encode: Encoder, batch_rows: int, path: str) -> SpilledChunk:
    """Encode `result`'s blocks into a new file at `path`, a batch at a time."""
    spilled = []
    with _scratch_errors(os.path.dirname(path)), open(path, "xb") as file:
        for block in take_each(result.blocks):
            sizes = []
            for rows, data in encoded_batches(block, encode, batch_rows):
                file.write(data)
                sizes.append((rows, len(data)))
            columns = tuple(c.name for c in block.columns)
            spilled.append(SpilledBlock(block.table, columns, tuple(sizes)))
    return SpilledChunk(path, tuple(spilled), result.handle_time)


@contextlib.contextmanager
def _scratch_errors(folder: str) -> Iterator[None]:
    """An OSError on a scratch file as one line naming the folder and the ways out (else it
    would read as a failure to write the run's own output)."""
    try:
        yield
    except OSError as error:
        raise ScratchSpaceError(
            f"the worker processes' scratch files in {folder} cannot be written "
            f"({error.strerror or error}): free space there, set TMPDIR to a folder with room, "
            "or run with --jobs 1"
        ) from None


def read_back(chunk: SpilledChunk) -> TaskResult[EncodedBlock]:
    """The chunk's encoded blocks, each read from its file only when it is asked for."""
    return TaskResult(_read_blocks(chunk), chunk.handle_time)


def _read_blocks(chunk: SpilledChunk) -> Iterator[EncodedBlock]:
    with open(chunk.path, "rb") as file:
        os.unlink(chunk.path)  # the open file stays readable; nothing is left if we are killed
        for block in chunk.blocks:
            batches = tuple((rows, file.read(size)) for rows, size in block.batches)
            yield EncodedBlock(block.table, block.columns, batches)
            _READ_BACK_TRIM.moved(sum(size for _, size in block.batches))


class SpillFolder(ProcessFolder):
    """This run's folder of scratch files (the workers' chunks, a local Dask cluster's
    space); removed by close(), or at exit if never closed."""

    def __init__(self) -> None:
        with _scratch_errors(tempfile.gettempdir()):
            super().__init__()

    def file_for(self, number: int) -> str:
        """The name of the file of the run's task `number`."""
        return os.path.join(self.path, f"task-{number}")
