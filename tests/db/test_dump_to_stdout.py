"""`seed dump -o - | psql` (or -o /dev/stdout): the dump streams through a pipe, alone.

The summary line goes to stderr when the output is stdout itself, or psql would read it as SQL.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests_support import REPO_ROOT, copy_rows, psql_binary, table_fingerprints

SMALL_DUMP = REPO_ROOT / "sql" / "dumps" / "small.sql"


def summary_of_the_small_dump() -> bytes:
    """The start of the summary line for the small dump: the rows its committed file holds."""
    rows = sum(copy_rows(SMALL_DUMP.read_bytes()).values())
    return f"wrote /dev/stdout ({rows:,} rows".encode()


@pytest.mark.parametrize("output", ["/dev/stdout", "-"])
def test_a_dump_piped_into_psql_loads_and_keeps_the_summary_out(
    fresh_database_url: str, output: str
) -> None:
    seed = subprocess.Popen(
        [sys.executable, "-m", "seeder", "dump", "--size", "small", "-o", output],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert seed.stdout is not None
    psql = subprocess.run(
        [psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", fresh_database_url],
        stdin=seed.stdout,
        capture_output=True,
        text=True,
        timeout=300,
    )
    seed.stdout.close()
    _, seed_stderr = seed.communicate(timeout=300)
    assert seed.returncode == 0, seed_stderr
    assert psql.returncode == 0, psql.stderr
    assert summary_of_the_small_dump() in seed_stderr
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 500


@pytest.mark.parametrize("mode", ["wb", "ab"], ids=["redirected", "appended"])
def test_a_dump_to_stdout_redirected_into_a_file_writes_that_file(
    tmp_path: Path, mode: str
) -> None:
    """`seed dump -o - > dump.sql` (or >>): the shell's file gets the dump, nothing is renamed
    over /dev/stdout, and an appended file keeps what it held. (Not run with --force: where
    the old fault is back, that would rename a file over the machine's /dev/stdout.)"""
    target = tmp_path / "dump.sql"
    target.write_bytes(b"-- kept\n")
    device = os.readlink("/dev/stdout")
    with target.open(mode) as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "seeder", "dump", "--size", "small", "-o", "-"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    written = target.read_bytes()
    expected = SMALL_DUMP.read_bytes()
    assert written == (b"-- kept\n" if mode == "ab" else b"") + expected
    assert summary_of_the_small_dump() in done.stderr
    assert os.readlink("/dev/stdout") == device
