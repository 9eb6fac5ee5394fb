"""Channels open at different hours, and days with none staffed."""

from __future__ import annotations

import psycopg


def test_a_range_ending_on_a_closed_day_answers_its_last_emails_before(
    run_seed, fresh_database_url: str
) -> None:
    """Christmas Day is closed: the e-mails of its eve, the range's last staffed day, are
    answered that day (they went to whoever was present on the closed day, off shift, which
    the wfm table's constraints refused)."""
    result = run_seed(
        "--tickets", "3000", "--seed", "4", "--start", "2024-10-01", "--end", "2024-12-25",
        "--database-url", fresh_database_url, "--reset", "--quiet",
    )  # fmt: skip
    assert (result.code, result.stderr) == (0, "")
    with psycopg.connect(fresh_database_url) as conn:
        row = conn.execute("SELECT max(interaction_handled)::date FROM interactions").fetchone()
    assert row is not None
    assert str(row[0]) == "2024-12-24"
    checked = run_seed("validate", "--database-url", fresh_database_url)
    assert checked.code == 0, checked.stdout
