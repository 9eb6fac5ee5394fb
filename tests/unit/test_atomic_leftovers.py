"""What a killed run leaves beside an output, the next run writing there settles, safely.

A temporary is removed only when no process holds its lock (its writer is dead); a folder a
killed swap had moved aside goes back in place, or loses only our own files. Nothing seeder
did not write is ever deleted, also when it appears while an export runs.
"""

from __future__ import annotations

import json
from hashlib import sha256
from pathlib import Path

import pytest

from seeder.errors import OutputPathError
from seeder.sinks.atomic import atomic_directory, atomic_file
from seeder.sinks.dump import DUMP_OWNERSHIP
from seeder.sinks.export import EXPORT_OWNERSHIP
from seeder.sinks.export_files import MANIFEST_NAME

fcntl = pytest.importorskip("fcntl")  # flock is POSIX


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_temporary_whose_writer_is_alive_is_left_alone(tmp_path: Path) -> None:
    for name in (".out.sql.mine.partial", ".other.sql.abcd1234.partial"):
        (tmp_path / name).write_text("no temporary of out.sql: never removed for it")
    live = tmp_path / ".out.sql.abcd1234.partial"
    live.write_bytes(b"-- seeder  half of a dump")
    with live.open("rb") as held:  # stands for a concurrent run: its own open file, locked
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with atomic_file(tmp_path / "out.sql", force=False, ownership=DUMP_OWNERSHIP) as out:
            out.write(b"-- seeder dump\n")
        assert ".out.sql.abcd1234.partial" in names(tmp_path)
    # Its writer gone (the lock released), the next run removes it.
    with atomic_file(tmp_path / "out.sql", force=True, ownership=DUMP_OWNERSHIP) as out:
        out.write(b"-- seeder dump\n")
    assert names(tmp_path) == [".other.sql.abcd1234.partial", ".out.sql.mine.partial", "out.sql"]


def export_files_in(folder: Path) -> None:
    """An earlier export: a file, and the manifest that lists it with its size and hash."""
    folder.mkdir()
    data = b"user_id\n1\n"
    (folder / "users_table.csv").write_bytes(data)
    listed = {"file": "users_table.csv", "bytes": len(data), "sha256": sha256(data).hexdigest()}
    manifest = {"written_by": "seed export", "files": [listed]}
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest))


def test_a_folder_a_killed_swap_moved_aside_goes_back(tmp_path: Path) -> None:
    export_files_in(tmp_path / ".out.abcd1234.replaced")  # killed between its two renames
    with (
        pytest.raises(OutputPathError, match="already exists"),
        atomic_directory(tmp_path / "out", force=False, ownership=EXPORT_OWNERSHIP),
    ):
        pass
    assert names(tmp_path) == ["out"]
    assert names(tmp_path / "out") == [MANIFEST_NAME, "users_table.csv"]


@pytest.mark.parametrize("aside", [".out.replaced", ".out.abcd1234.replaced"])
def test_a_folder_moved_aside_keeps_what_is_not_ours(tmp_path: Path, aside: str) -> None:
    export_files_in(tmp_path / "out")
    export_files_in(tmp_path / aside)
    (tmp_path / aside / "thesis.docx").write_text("keep me")
    with atomic_directory(tmp_path / "out", force=True, ownership=EXPORT_OWNERSHIP) as temp:
        (temp / "users_table.csv").write_text("user_id\n2\n")
    assert names(tmp_path / aside) == ["thesis.docx"]
    assert (tmp_path / aside / "thesis.docx").read_text() == "keep me"
    assert names(tmp_path / "out") == ["users_table.csv"]


def test_a_file_that_appears_during_the_export_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    export_files_in(out)
    with (
        pytest.raises(OutputPathError, match=r"holds 'thesis\.docx'"),
        atomic_directory(out, force=True, ownership=EXPORT_OWNERSHIP) as temp,
    ):
        (temp / "users_table.csv").write_text("user_id\n2\n")
        (out / "thesis.docx").write_text("saved there meanwhile")
    assert names(tmp_path) == ["out"]
    assert names(out) == [MANIFEST_NAME, "thesis.docx", "users_table.csv"]
    assert (out / "users_table.csv").read_text() == "user_id\n1\n"


def test_a_killed_exports_temporary_folder_goes_though_it_has_no_manifest(tmp_path: Path) -> None:
    left = tmp_path / ".out.abcd1234.partial"  # killed before its manifest was written
    left.mkdir()
    (left / "users_table.csv").write_text("user_id\n1\n")
    (left / "tickets.parquet").write_bytes(b"PAR1")
    with atomic_directory(tmp_path / "out", force=False, ownership=EXPORT_OWNERSHIP) as temp:
        (temp / "users_table.csv").write_text("user_id\n2\n")
    assert names(tmp_path) == ["out"]
