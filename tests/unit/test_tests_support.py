"""The suite's own URL helpers: a URL they build names the same server, only another database.

The embedded server's URL keeps its socket folder and port in the query; a URL cut and glued as a
string lost both, and a test then reached another server's socket.
"""

from __future__ import annotations

import pytest
from psycopg.conninfo import conninfo_to_dict
from tests_support import database_name, database_url

SERVERS = [
    "postgresql://postgres@127.0.0.1:5432/postgres",
    "postgresql://alice:p%40ss%3Aw%2Fd@[::1]:6543/shop?sslmode=disable&application_name=a%20b",
    "postgresql://postgres@/seeder?host=/tmp/seeder-home/pgdata&port=5433",
    "postgresql://postgres@/seeder?host=/tmp/my%20home%2Bmore/pgdata&port=5433",
    "postgres://postgres@db.example/seeder?target_session_attrs=read-write",
]


@pytest.mark.parametrize("server", SERVERS)
def test_database_url_changes_the_database_and_nothing_else(server: str) -> None:
    built = database_url(server, "seeder_test_a b/c")
    assert conninfo_to_dict(built) == {**conninfo_to_dict(server), "dbname": "seeder_test_a b/c"}
    assert database_name(built) == "seeder_test_a b/c"
