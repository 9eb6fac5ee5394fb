"""A wrong password against a server that asks for one: one line, no password shown anywhere.

The shared test server trusts every local connection, so this starts a private cluster with
scram-sha-256 authentication (the system's PostgreSQL binaries, run as the `postgres` user). It
listens on a socket in its own folder only: no port to find, and it answers where the network
is down (`unshare -n`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cluster_support import private_cluster
from tests_support import SECRET, libpq_url

PORT = "5432"  # names the socket file in the cluster's own folder; no TCP port is opened


@pytest.fixture(scope="module")
def password_server() -> Iterator[str]:
    """A throwaway cluster; user `postgres` has the password SECRET. Yields its socket folder."""
    folder = Path(tempfile.mkdtemp(prefix="seeder-pw-"))
    folder.chmod(0o755)
    pwfile = folder / "pw"
    pwfile.write_text(SECRET + "\n")
    pwfile.chmod(0o644)
    try:
        with private_cluster(
            ["--auth=scram-sha-256", f"--pwfile={pwfile}"],
            lambda root: f"-p {PORT} -k {root} -h ''",
        ) as (root, _):
            shutil.rmtree(folder)  # read by initdb alone
            yield str(root)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _server_url(socket_folder: str, password: str) -> str:
    params = {"user": "postgres", "password": password, "host": socket_folder, "port": PORT}
    return libpq_url({**params, "dbname": "postgres"})


def test_wrong_password_is_one_line_without_the_password(run_seed, password_server: str) -> None:
    wrong = _server_url(password_server, SECRET + "x")
    result = run_seed("--size", "small", "--database-url", wrong)
    assert result.code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "password authentication failed" in lines[0]
    assert "check the URL, that the server runs, and the credentials" in lines[0]
    assert SECRET not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_right_password_loads_and_is_never_printed(run_seed, password_server: str) -> None:
    right = _server_url(password_server, SECRET)
    result = run_seed("--tickets", "200", "--database-url", right, "--json")
    assert result.code == 0, result.stderr
    assert SECRET not in result.stderr + result.stdout
    assert '"tickets": 200' in result.stdout
