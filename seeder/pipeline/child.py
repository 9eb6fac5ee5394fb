"""Where a run's encoded blocks come from: a forked child process, or this one.

Generating imports numpy, Arrow and the generators; loading imports psycopg. Forked before
either import, a child imports the generators and starts generating while the parent imports
psycopg, connects, migrates and empties the tables, so the two start-ups overlap on two
processors; the parent then only relays the child's bytes into COPY. The blocks and their bytes
are the same either way: only where they are made changes.

A child is forked only for a sink that asks for one (a live load), on Linux, while the caller
runs one thread (forking a threaded process is unsafe: a lock another thread holds stays held
in the child). Otherwise the blocks are made in this process, a few ahead in a thread.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Protocol

from seeder.config import RunConfig
from seeder.encode import Encoding
from seeder.encode.copy_format import EncodedBlock
from seeder.errors import GeneratorExitedError
from seeder.generate.heap import ReleaseEvery
from seeder.pipeline.prefetch import PREFETCH_BLOCKS, READ_AHEAD_BLOCKS, Prefetcher
from seeder.processes import die_with_parent, raising_once
from seeder.sinks.base import StaffingLevel

if TYPE_CHECKING:  # the generators are imported where the blocks are made, never before
    from seeder.encode import Encoder
    from seeder.generate.plan import Plan

# Linux's fcntl code for a pipe's capacity, raised so the child writes a batch in a few calls.
_F_SETPIPE_SZ = 1031
_PIPE_BYTES = 1 << 20
# multiprocessing.connection's framing of a message: its size, or -1 and then a 64-bit size.
_SIZE = struct.Struct("!i")
_LARGE_SIZE = struct.Struct("!Q")
_RECEIVED_TRIM_BYTES = 32 << 20
# What stops the generating child (sent to the whole process group, as Ctrl-C is).
_CHILD_STOP_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


@dataclass(frozen=True)
class RunStart:
    """What is known once the run is planned: expected rows per table, and the planning time."""

    expected_rows: dict[str, int]
    plan_seconds: float
    staffing: StaffingLevel


class BlockSource(Protocol):
    """A run's encoded blocks in load order, and its plan's facts before the first block."""

    def start(self) -> RunStart:
        """Wait for the plan (raises its ConfigError, if any)."""
        ...

    def __iter__(self) -> Iterator[EncodedBlock]: ...

    def close(self) -> None:
        """Stop making blocks and release the thread or process that makes them."""
        ...


class BlockMaker(Protocol):
    """What makes a planned run's encoded blocks, in the process that generates them.

    The default is seeder.generate.workers.encoded_blocks; another maker (one that wraps it,
    say) must yield the same blocks in the same order, or fail.
    """

    def __call__(
        self, plan: Plan, encode: Encoder, batch_rows: int, jobs: int
    ) -> Iterator[EncodedBlock]: ...


def open_blocks(
    config: RunConfig,
    encoding: Encoding,
    batch_rows: int,
    *,
    fork: bool,
    make_blocks: BlockMaker | None = None,
) -> BlockSource:
    """The blocks of `config`'s run, encoded; from a forked child when `fork` and it is safe."""
    if fork and can_fork_producer():
        return ForkedBlocks(config, encoding, batch_rows, make_blocks)
    return InProcessBlocks(config, encoding, batch_rows, make_blocks)


def can_fork_producer() -> bool:
    """True on Linux while this process runs one thread (so forking it is safe)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _plan_and_blocks(
    config: RunConfig, encoding: Encoding, batch_rows: int, make_blocks: BlockMaker | None
) -> tuple[RunStart, Iterator[EncodedBlock]]:
    """Plan the run and start making its blocks (imports the generators: slow, done here)."""
    from seeder.encode import encoder_for
    from seeder.generate.heap import map_big_blocks_for
    from seeder.generate.plan import build_plan
    from seeder.generate.produce import estimate_rows
    from seeder.generate.workers import encoded_blocks

    started = time.perf_counter()
    map_big_blocks_for(config.tickets)  # where rows are drawn, and in the workers forked here
    plan = build_plan(config)
    planned = time.perf_counter() - started
    run_start = RunStart(estimate_rows(plan).rows, planned, StaffingLevel.of(plan))
    make = make_blocks or encoded_blocks
    return run_start, make(plan, encoder_for(encoding), batch_rows, config.jobs)


class InProcessBlocks:
    """Blocks made in this process, PREFETCH_BLOCKS ahead in a daemon thread (read back
    READ_AHEAD_BLOCKS ahead from --jobs workers, which make them ahead themselves)."""

    def __init__(
        self,
        config: RunConfig,
        encoding: Encoding,
        batch_rows: int,
        make_blocks: BlockMaker | None = None,
    ) -> None:
        self._start, blocks = _plan_and_blocks(config, encoding, batch_rows, make_blocks)
        self._ahead = Prefetcher(blocks, READ_AHEAD_BLOCKS if config.jobs > 1 else PREFETCH_BLOCKS)

    def start(self) -> RunStart:
        return self._start

    def __iter__(self) -> Iterator[EncodedBlock]:
        return iter(self._ahead)

    def close(self) -> None:
        self._ahead.close()


class ForkedBlocks:
    """Blocks made by a forked child and read from a pipe, PREFETCH_BLOCKS ahead (or
    READ_AHEAD_BLOCKS from --jobs workers, as for InProcessBlocks).

    The child sends its RunStart (or the error that stopped it), then each block as a header
    and one message per batch, then an end mark. A thread here drains the pipe ahead of the
    COPY stream, so the child never waits for the server.
    """

    def __init__(
        self,
        config: RunConfig,
        encoding: Encoding,
        batch_rows: int,
        make_blocks: BlockMaker | None = None,
    ) -> None:
        from multiprocessing import Pipe

        reader, writer = Pipe(duplex=False)
        _widen(writer)
        parent_pid = os.getpid()
        self.pid = os.fork()
        if self.pid == 0:  # the child: make the blocks, send them, never return
            status = 1
            try:
                ignored = _ignored_stop_signals()  # before die_with_parent resets them
                die_with_parent(parent_pid)
                _stop_once_on_signals(ignored)
                reader.close()
                status = _produce(config, encoding, batch_rows, make_blocks, writer)
            finally:  # whatever escapes (a second Ctrl-C): the parent's code is not ours
                os._exit(status)
        writer.close()
        self._reader = reader
        self._depth = READ_AHEAD_BLOCKS if config.jobs > 1 else PREFETCH_BLOCKS
        # Batches of many sizes pass through, freed between longer-lived blocks (a Parquet
        # writer's metadata): trimmed, the writer of a 10M export held 174-178 MiB, not 294.
        # It maps no big blocks (only the processes that draw do): each would be fresh pages.
        self._trim = ReleaseEvery(_RECEIVED_TRIM_BYTES)
        self._start: RunStart | None = None
        self._ahead: Prefetcher[EncodedBlock] | None = None

    def start(self) -> RunStart:
        if self._start is None:
            message = self._receive()
            if message[0] != "start":
                raise RuntimeError(f"the generating process sent {message[0]!r} first")
            self._start = message[1]
        return self._start

    def __iter__(self) -> Iterator[EncodedBlock]:
        self.start()
        if self._ahead is None:
            self._ahead = Prefetcher(self._blocks(), self._depth)
        return iter(self._ahead)

    def _blocks(self) -> Iterator[EncodedBlock]:
        while True:
            message = self._receive()
            if message[0] == "end":
                return
            _, table, columns, batch_rows = message
            batches = tuple((rows, self._receive_bytes()) for rows in batch_rows)
            yield EncodedBlock(table, columns, batches)

    def _receive(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self._reader.recv()
        except EOFError:
            raise _exited() from None
        if message[0] == "error":
            raise message[1]
        return message

    def _receive_bytes(self) -> bytearray:
        """One message of send_bytes, read straight into a buffer of its size.

        Connection.recv_bytes gathers a message in a BytesIO and copies it out: three copies
        of every batch, where this makes one (the framing is Connection's own).
        """
        fd = self._reader.fileno()
        (size,) = _SIZE.unpack(_read_exactly(fd, _SIZE.size))
        if size == -1:  # 2 GiB or more: the size follows in 8 bytes
            (size,) = _LARGE_SIZE.unpack(_read_exactly(fd, _LARGE_SIZE.size))
        self._trim.moved(size)
        return _read_exactly(fd, size)

    def close(self) -> None:
        """Stop reading, close the pipe (the child stops at its next send), wait for the child."""
        if self._ahead is not None:
            self._ahead.close()  # its thread stops once its current read returns
        self._reader.close()
        os.waitpid(self.pid, 0)


def _exited() -> GeneratorExitedError:
    return GeneratorExitedError(
        "the process generating the rows stopped before the end of the run (killed, "
        "or out of memory): nothing was kept; run again, with fewer --jobs if memory "
        "is short"
    )


def _read_exactly(fd: int, size: int) -> bytearray:
    buffer = bytearray(size)
    view = memoryview(buffer)
    done = 0
    while done < size:
        got = os.readv(fd, [view[done:]])
        if got == 0:
            raise _exited()
        done += got
    return buffer


def _widen(connection: Connection) -> None:
    try:
        import fcntl

        fcntl.fcntl(connection.fileno(), _F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, OSError):
        pass  # a smaller pipe only means more, smaller writes


def _produce(
    config: RunConfig,
    encoding: Encoding,
    batch_rows: int,
    make_blocks: BlockMaker | None,
    writer: Connection,
) -> int:
    """The child's work: the exit status, 0 once every block is sent."""
    blocks: Iterator[EncodedBlock] | None = None
    try:
        run_start, blocks = _plan_and_blocks(config, encoding, batch_rows, make_blocks)
        writer.send(("start", run_start))
        for block in blocks:
            writer.send(("block", block.table, block.columns, tuple(r for r, _ in block.batches)))
            for _, data in block.batches:
                writer.send_bytes(data)
        writer.send(("end",))
        return 0
    except (BrokenPipeError, KeyboardInterrupt):
        return 1  # the parent stopped reading, or Ctrl-C reached the whole process group
    except BaseException as error:  # handed to the parent, which raises it
        _send_error(writer, error)
        return 1
    finally:
        close = getattr(blocks, "close", None)
        if close is not None:
            close()  # shuts down the --jobs workers, if any


def _stop_signals() -> list[int]:
    return [getattr(signal, name) for name in _CHILD_STOP_SIGNALS if hasattr(signal, name)]


def _ignored_stop_signals() -> set[int]:
    return {signum for signum in _stop_signals() if signal.getsignal(signum) is signal.SIG_IGN}


def _stop_once_on_signals(ignored: set[int]) -> None:
    """In the generating child: Ctrl-C, SIGTERM and SIGHUP (sent to the whole process group)
    stop it through KeyboardInterrupt, so that it shuts its --jobs workers down and removes
    its spill folder; only the first, so that a second cannot cut that short. Those the
    user's run ignores (nohup) stay ignored."""
    stop = raising_once([])
    for signum in _stop_signals():
        signal.signal(signum, signal.SIG_IGN if signum in ignored else stop)


def _send_error(writer: Connection, error: BaseException) -> None:
    try:
        pickle.dumps(error)
    except Exception:  # an exception that cannot be pickled: send its type and message
        error = RuntimeError(f"{type(error).__name__}: {error}")
    with contextlib.suppress(BrokenPipeError):
        writer.send(("error", error))
