"""The golden answers: every analytics query's exact output on each committed dump.

`python tests/golden_answers.py [SERVER_URL]` rewrites sql/analytics/expected/<tier>/<query>.csv
(default server: postgresql://postgres@127.0.0.1:5432/postgres); tests/db/test_golden_answers.py
regenerates them and compares. Each answer is `psql -X -q --csv -f <query>` run on the tier's
committed dump after 00_views.sql, with parallel query off so float sums add up in one order.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests_support import REPO_ROOT, database_url, psql_binary, psql_file, temporary_database

TIERS = ("small", "medium", "large")
ANALYTICS = REPO_ROOT / "sql" / "analytics"
EXPECTED = ANALYTICS / "expected"
QUERIES = sorted(p for p in ANALYTICS.glob("[0-9][0-9]_*.sql") if not p.name.startswith("00_"))
# One plan whatever the machine: parallel workers would sum floats in another order.
SERIAL = {"PGOPTIONS": "-c max_parallel_workers_per_gather=0 -c jit=off"}


def answer(url: str, query: Path) -> str:
    """What psql prints for one query file, as CSV."""
    done = subprocess.run(
        [psql_binary(), "-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(query)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **SERIAL},
    )
    if done.returncode != 0:
        raise RuntimeError(f"{query.name}: {done.stderr.strip()}")
    return done.stdout


def tier_answers(server: str, tier: str) -> dict[str, str]:
    """{query file stem: CSV} on a fresh database holding the tier's committed dump."""
    with temporary_database(server) as name:
        url = database_url(server, name)
        for script in (REPO_ROOT / "sql" / "dumps" / f"{tier}.sql", ANALYTICS / "00_views.sql"):
            done = psql_file(url, script)
            if done.returncode != 0:
                raise RuntimeError(f"{script.name}: {done.stderr.strip()}")
        return {query.stem: answer(url, query) for query in QUERIES}


def write_all(server: str) -> None:
    for tier in TIERS:
        folder = EXPECTED / tier
        folder.mkdir(parents=True, exist_ok=True)
        answers = tier_answers(server, tier)
        for stale in set(p.stem for p in folder.glob("*.csv")) - set(answers):
            (folder / f"{stale}.csv").unlink()
        for stem, text in answers.items():
            (folder / f"{stem}.csv").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_all(sys.argv[1] if len(sys.argv) > 1 else "postgresql://postgres@127.0.0.1:5432/postgres")
