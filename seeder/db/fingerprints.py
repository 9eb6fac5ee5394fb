"""Whether two databases hold the same data: per table, its row count and a hash of its rows.

Whatever loaded them (seed, psql of a dump, pg_restore, a Dask load), equal fingerprints mean
equal rows: each row's text form is hashed, and the hashes are hashed in the table's key
order (32 bytes a row in the aggregate, so a 10M-ticket table needs no gigabytes of text).
"""

from __future__ import annotations

from typing import Final

from seeder.db.connect import connect_driver
from seeder.domain import TABLES

Fingerprints = dict[str, tuple[int, str]]

# Each data table's key: the order its rows are hashed in.
KEY_ORDER: Final = {
    "users": "id",
    "customers": "id",
    "scenario_events": "id",
    "tickets": "ticket_id",
    "interactions": "interaction_id",
    "calls": "id",
    "chats": "id",
    "wfm": "user_id, date",
}
assert set(KEY_ORDER) == set(TABLES), "every data table needs its key order"


def table_fingerprints(url: str) -> Fingerprints:
    """(rows, md5 of the rows' md5s in key order) of every data table at `url`."""
    fingerprints: Fingerprints = {}
    with connect_driver(url) as connection:
        for table in TABLES:
            row = connection.execute(
                "SELECT count(*), md5(coalesce(string_agg(md5(t::text), '' "
                f"ORDER BY {KEY_ORDER[table]}), '')) FROM {table} t"
            ).fetchone()
            assert row is not None
            fingerprints[table] = (int(row[0]), str(row[1]))
    return fingerprints
