"""`seed dump -o - | psql` (or -o /dev/stdout): the dump streams through a pipe, alone.

The summary line goes to stderr when the output is stdout itself, or psql would read it as SQL.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from tests_support import psql_binary, table_fingerprints


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
    assert b"wrote /dev/stdout (4,439 rows" in seed_stderr
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 500
