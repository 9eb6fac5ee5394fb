"""Workers hand their encoded chunks to the parent through files: same bytes, nothing left."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from seeder.config import build_run_config
from seeder.encode.text import encode_copy_text
from seeder.errors import ScratchSpaceError
from seeder.generate.plan import build_plan
from seeder.generate.produce import ChunkMaker, SequentialCounts, Task, TaskResult
from seeder.generate.spill import SpillFolder, read_back, spill
from seeder.generate.workers import encode_block, encoded_blocks
from seeder.processes import remove_orphaned_folders


def _first_ticket_chunk() -> ChunkMaker:
    plan = build_plan(build_run_config(tickets=3_000, seed=5))
    return ChunkMaker(plan, SequentialCounts())


def test_a_spilled_chunk_reads_back_as_the_same_encoded_blocks(tmp_path: Path) -> None:
    maker = _first_ticket_chunk()
    task = Task("tickets", (0, maker.plan.ticket_chunks[0]))
    expected = [encode_block(b, encode_copy_text, 700) for b in maker.make(task).blocks]
    path = str(tmp_path / "task-0")

    chunk = spill(maker.make(task), encode_copy_text, 700, path)
    result = read_back(chunk)
    blocks = list(result.blocks)

    assert blocks == expected
    assert [b.table for b in blocks] == ["tickets", "interactions", "calls", "chats"]
    assert all(len(b.batches) > 1 for b in blocks[:2])  # several batches each, in order
    assert result.handle_time is chunk.handle_time
    assert not os.path.exists(path)  # unlinked as soon as it was opened


def test_a_spilled_block_without_rows_keeps_its_one_empty_batch(tmp_path: Path) -> None:
    maker = _first_ticket_chunk()
    users = maker.make(Task("users")).blocks
    assert isinstance(users, list)
    empty = users[0].slice(0, 0)
    expected = encode_block(empty, encode_copy_text, 100)
    chunk = spill(TaskResult([empty]), encode_copy_text, 100, str(tmp_path / "t"))
    assert list(read_back(chunk).blocks) == [expected]
    assert expected.batches == ((0, encode_copy_text(empty)),)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_folders_of_processes_that_are_gone_are_removed(tmp_path: Path) -> None:
    orphan = tmp_path / f"seeder-spill-{_dead_pid()}-abc"
    (orphan / "task-3").parent.mkdir()
    (orphan / "task-3").write_bytes(b"x" * 10)
    ours = tmp_path / f"seeder-spill-{os.getpid()}-def"
    ours.mkdir()
    unrelated = tmp_path / "seeder-spill-notapid-x"
    unrelated.mkdir()

    remove_orphaned_folders(str(tmp_path))

    assert not orphan.exists()
    assert ours.exists() and unrelated.exists()


@pytest.fixture
def private_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_a_folder_is_removed_when_closed(private_tempdir: Path) -> None:
    folder = SpillFolder()
    Path(folder.file_for(7)).write_bytes(b"left over by a failed task")
    assert [p.name for p in private_tempdir.iterdir()] == [Path(folder.path).name]
    folder.close()
    assert list(private_tempdir.iterdir()) == []


@pytest.mark.parametrize("stop_early", [False, True])
def test_a_parallel_run_leaves_no_file_behind(private_tempdir: Path, stop_early: bool) -> None:
    plan = build_plan(build_run_config(tickets=20_000, seed=3))
    blocks = encoded_blocks(plan, encode_copy_text, 5_000, jobs=2)
    seen = 0
    for seen, _ in enumerate(blocks, 1):
        if stop_early and seen == 6:
            break
    blocks.close()  # type: ignore[attr-defined]
    assert seen == 6 if stop_early else seen > 6
    assert list(private_tempdir.iterdir()) == []


def test_a_scratch_file_that_cannot_be_written_is_one_clear_error(tmp_path: Path) -> None:
    maker = _first_ticket_chunk()
    gone = tmp_path / "removed-meanwhile"
    with pytest.raises(ScratchSpaceError) as raised:
        spill(maker.make(Task("users")), encode_copy_text, 100, str(gone / "task-0"))
    message = str(raised.value)
    assert message.startswith(f"the worker processes' scratch files in {gone} cannot be written")
    assert "set TMPDIR to a folder with room, or run with --jobs 1" in message
    assert "\n" not in message
