"""Output paths that are special files are written into, never replaced.

`seed dump -o /dev/stdout | psql` and `-o /dev/null` are natural ways to use a dump. Renaming a
temporary file over such a path would replace the device itself (as root, /dev/null became a
regular file). Tested on a named pipe in a scratch folder: the same kind of path, and safe.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from seeder.cli import main
from seeder.sinks.atomic import atomic_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _drain(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with fifo.open("rb") as handle:
            into.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def test_atomic_file_writes_into_a_named_pipe_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = _drain(fifo, received)
    with atomic_file(fifo, force=False) as handle:
        handle.write(b"COPY users FROM stdin;\n")
    reader.join(timeout=10)
    assert received == [b"COPY users FROM stdin;\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.fifo"]  # no temporary left


def test_seed_dump_streams_into_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "dump.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = _drain(fifo, received)
    assert main(["dump", "--size", "small", "--jobs", "1", "--quiet", "-o", str(fifo)]) == 0
    reader.join(timeout=60)
    dump = received[0]
    assert dump.count(b"\nCOPY ") == 8 and dump.rstrip().endswith(b"ANALYZE;")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
