"""The sample of each table in docs/data_model.md: what psql prints on the small dump.

`python tests/data_model_sample.py [SERVER_URL]` rewrites the sample (default server:
postgresql://postgres@127.0.0.1:5432/postgres); tests/db/test_data_model_sample.py renders it
again and compares, so the sample can never drift from the data.
"""

from __future__ import annotations

import subprocess
import sys

from tests_support import REPO_ROOT, database_url, psql_binary, psql_file, temporary_database

DOC = REPO_ROOT / "docs" / "data_model.md"
HEADING = "## A sample of each table (`--size small`)\n\n```\n"
SAMPLES = (
    (
        "users",
        "SELECT id, first_name, last_name, fte, position, start_date, status, hourly_rate_eur"
        " FROM users ORDER BY id LIMIT 2",
    ),
    ("customers", "SELECT id, name, email, phone, country FROM customers ORDER BY id LIMIT 2"),
    (
        "tickets (some columns)",
        "SELECT ticket_id, origin, symptom_cat, symptom, status, product, ticket_owner, language,"
        " fcr, escalated, ticket_created, ticket_closed, lifecycle_hours, customer_id"
        " FROM tickets ORDER BY ticket_id LIMIT 2",
    ),
    (
        "interactions (subject and body shortened)",
        "SELECT interaction_id, channel, customer_id, interaction_created, handle_time,"
        " speed_of_answer, interaction_handled, handled_by, left(subject, 30) AS subject,"
        " left(body, 20) || ' …' AS body, ticket_id FROM interactions"
        " ORDER BY interaction_id LIMIT 3",
    ),
    (
        "wfm",
        "SELECT * FROM wfm WHERE shift_start IS NOT NULL ORDER BY date, user_id LIMIT 1",
    ),
    (
        "calls (chats have the same shape): the first, and the first abandoned",
        "SELECT * FROM calls WHERE id IN"
        " ((SELECT min(id) FROM calls), (SELECT min(id) FROM calls WHERE is_abandoned))"
        " ORDER BY id",
    ),
)


def render(url: str) -> str:
    """Each sample's title and psql's aligned table (no trailing blanks), as the doc shows them."""
    parts = []
    for title, query in SAMPLES:
        done = subprocess.run(
            [psql_binary(), "-X", "-q", "-P", "footer=off", "-d", url, "-c", query],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        table = "\n".join(line.rstrip() for line in done.stdout.strip("\n").splitlines())
        parts.append(f"{title}\n{table}\n")
    return "\n".join(parts)


def rendered_on_small_dump(server: str) -> str:
    with temporary_database(server) as name:
        url = database_url(server, name)
        done = psql_file(url, REPO_ROOT / "sql" / "dumps" / "small.sql")
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip())
        return render(url)


def documented() -> str:
    """The sample as docs/data_model.md shows it now."""
    text = DOC.read_text(encoding="utf-8")
    return text.split(HEADING, 1)[1].split("```\n", 1)[0]


def write(server: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    DOC.write_text(text.replace(documented(), rendered_on_small_dump(server)), encoding="utf-8")


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else "postgresql://postgres@127.0.0.1:5432/postgres")
