"""`--force` replaces only what seeder wrote: an export's own files, a dump, never anything else.

A folder or file seeder did not write is refused with one line naming it (exit 2), and stays
exactly as it was; so does every file beside it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from seeder.domain import TABLES

SMALL = ("--tickets", "40", "--jobs", "1", "--quiet")
CSV_FILES = {f"{table}_table.csv" for table in TABLES}
PARQUET_FILES = {f"{table}.parquet" for table in TABLES}
MANIFEST = "seeder-export.json"


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("seed: error: "), stderr
    return lines[0]


def test_export_force_refuses_a_folder_holding_a_file_it_did_not_write(
    run_seed, tmp_path: Path
) -> None:
    out = tmp_path / "d"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"four years of work")
    (out / "users_table.csv").write_text("an earlier export's file\n")
    result = run_seed("export", *SMALL, "-o", str(out), "--force")
    assert result.code == 2
    line = one_error_line(result.stderr)
    assert "holds 'thesis.docx', which seed export did not write" in line
    assert "choose a new or empty folder" in line
    assert (out / "thesis.docx").read_bytes() == b"four years of work"
    assert (out / "users_table.csv").read_text() == "an earlier export's file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]  # no temporary left


def test_export_force_fills_an_empty_folder_and_replaces_an_export_of_either_format(
    run_seed, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    assert run_seed("export", *SMALL, "-o", str(out), "--force").code == 0
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["format"] == "csv"
    assert [listed["file"] for listed in manifest["files"]] == sorted(CSV_FILES)
    for listed in manifest["files"]:
        data = (out / listed["file"]).read_bytes()
        assert (listed["bytes"], listed["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())
    assert run_seed("export", *SMALL, "-o", str(out), "--force", "--format", "parquet").code == 0
    assert {p.name for p in out.iterdir()} == {*PARQUET_FILES, MANIFEST}
    assert json.loads((out / MANIFEST).read_text())["format"] == "parquet"
    assert run_seed("export", *SMALL, "-o", str(out), "--force").code == 0
    assert {p.name for p in out.iterdir()} == {*CSV_FILES, MANIFEST}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


def test_export_manifest_is_the_same_on_every_run(run_seed, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_seed("export", *SMALL, "-o", str(first)).code == 0
    assert run_seed("export", *SMALL, "-o", str(second)).code == 0
    assert (first / MANIFEST).read_bytes() == (second / MANIFEST).read_bytes()


def test_export_force_keeps_files_of_its_names_that_no_export_of_its_wrote(
    run_seed, tmp_path: Path
) -> None:
    # The original dataset's CSV files, which its users switch from, carry our file names.
    original = tmp_path / "original"
    original.mkdir()
    for name in CSV_FILES:
        (original / name).write_text(f"the original {name}\n")
    result = run_seed("export", *SMALL, "-o", str(original), "--force")
    assert result.code == 2
    assert "which seed export did not write or which changed since: choose a new or empty" in (
        one_error_line(result.stderr)
    )
    assert {p.name: p.read_text() for p in original.iterdir()} == {
        name: f"the original {name}\n" for name in CSV_FILES
    }
    # An export of ours, one file of it since changed by the user: kept too.
    mine = tmp_path / "mine"
    assert run_seed("export", *SMALL, "-o", str(mine)).code == 0
    with (mine / "tickets_table.csv").open("a") as edited:
        edited.write("a row the user added\n")
    edits = (mine / "tickets_table.csv").read_bytes()
    result = run_seed("export", *SMALL, "-o", str(mine), "--force")
    assert result.code == 2
    assert "holds 'tickets_table.csv', which seed export did not write or which changed since" in (
        result.stderr
    )
    assert (mine / "tickets_table.csv").read_bytes() == edits
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "original"]


def test_export_force_replaces_an_export_whose_manifest_lists_names_only(
    run_seed, tmp_path: Path
) -> None:
    out = tmp_path / "old"  # as seeder wrote it before its manifests held sizes and hashes
    out.mkdir()
    (out / "users_table.csv").write_text("user_id\n1\n")
    old_manifest = {"written_by": "seed export", "format": "csv", "files": ["users_table.csv"]}
    (out / MANIFEST).write_text(json.dumps(old_manifest))
    assert run_seed("export", *SMALL, "-o", str(out), "--force").code == 0
    assert {p.name for p in out.iterdir()} == {*CSV_FILES, MANIFEST}


def test_export_force_into_the_current_folder_replaces_the_export_there(
    run_seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "here"
    assert run_seed("export", *SMALL, "-o", str(out)).code == 0
    first = (out / MANIFEST).read_text()
    monkeypatch.chdir(out)
    result = run_seed("export", *SMALL, "--seed", "7", "-o", ".", "--force")
    assert result.code == 0, result.stderr
    assert {p.name for p in out.iterdir()} == {*CSV_FILES, MANIFEST}
    assert (out / MANIFEST).read_text() != first, "the export was replaced by the new one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["here"]


@pytest.mark.parametrize(
    ("name", "foreign"),
    [
        ("notes.sql", b"-- my own notes, not a seeder dump\n"),
        ("notes.sql.gz", gzip.compress(b"SELECT 'my own dump';\n")),
        ("notes.sql", b"\x1f\x8b but not gzip at all"),
    ],
    ids=["plain", "gzip", "gzip-magic-only"],
)
def test_dump_force_replaces_a_seeder_dump_but_no_other_file(
    run_seed, tmp_path: Path, name: str, foreign: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(foreign)
    result = run_seed("dump", *SMALL, "-o", str(path), "--force")
    assert result.code == 2
    line = one_error_line(result.stderr)
    assert f"file '{path}' was not written by seed dump" in line
    assert path.read_bytes() == foreign
    path.unlink()
    assert run_seed("dump", *SMALL, "--seed", "1", "-o", str(path)).code == 0
    first = path.read_bytes()
    assert run_seed("dump", *SMALL, "--seed", "2", "-o", str(path), "--force").code == 0
    assert path.read_bytes() != first, "the earlier dump was replaced by the new one"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_dump_force_replaces_an_empty_file_and_refuses_a_folder(run_seed, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sql"
    empty.touch()
    assert run_seed("dump", *SMALL, "-o", str(empty), "--force").code == 0
    assert empty.read_bytes().startswith(b"-- seeder ")
    folder = tmp_path / "folder.sql"
    folder.mkdir()
    (folder / "inside.txt").write_text("kept")
    for force in ([], ["--force"]):
        result = run_seed("dump", *SMALL, "-o", str(folder), *force)
        assert result.code == 2
        assert "is a folder: give a file name" in one_error_line(result.stderr)
    assert (folder / "inside.txt").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sql", "folder.sql"]


def test_dump_force_refuses_a_symbolic_link_and_keeps_it(run_seed, tmp_path: Path) -> None:
    # The rename would have put a file in the link's place and left the dump it names as
    # it was: neither what --force promises nor what the link's owner meant.
    real, link = tmp_path / "real.sql", tmp_path / "link.sql"
    assert run_seed("dump", *SMALL, "-o", str(real)).code == 0
    dump = real.read_bytes()
    link.symlink_to(real.name)
    for force in ([], ["--force"]):
        result = run_seed("dump", *SMALL, "--seed", "2", "-o", str(link), *force)
        assert result.code == 2
        assert f"'{link}' is a symbolic link: give the file it names ('{real}')" in (
            one_error_line(result.stderr)
        )
    assert link.is_symlink() and real.read_bytes() == dump
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.sql", "real.sql"]
    assert run_seed("dump", *SMALL, "--seed", "2", "-o", str(real), "--force").code == 0
