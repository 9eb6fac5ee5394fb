"""`seed db psql` keeps every secret of the URL off psql's command line, where any local
user reads it (`ps`), and still hands it to libpq.

The sslpassword (the passphrase of an encrypted client key) has no environment variable; it
travels in a service file only this user can read. This starts a private cluster with SSL on
127.0.0.1 and connects with a client key encrypted under SECRET: a wrong passphrase fails, so
a connection proves the passphrase arrived.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cluster_support import give_to_postgres, private_cluster
from tests_support import SECRET, free_port, libpq_url

# Spaces, quotes and signs a naive file or conninfo writer would break on.
PASSPHRASE = f" {SECRET} 'q' \"d\" =#;"


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def ssl_url() -> Iterator[str]:
    """A URL of a private SSL cluster, with a client key encrypted under PASSPHRASE."""
    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make the certificates")
    keys = Path(tempfile.mkdtemp(prefix="seeder-sslkeys-"))
    port = free_port()
    try:
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                 "/CN=localhost", "-keyout", str(keys / "server.key"),
                 "-out", str(keys / "server.crt"))  # fmt: skip
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-days", "2", "-subj", "/CN=postgres",
                 "-passout", f"pass:{PASSPHRASE}", "-keyout", str(keys / "client.key"),
                 "-out", str(keys / "client.crt"))  # fmt: skip

        def install_server_key(_root: Path, data: Path) -> None:
            for name in ("server.key", "server.crt"):
                shutil.copy(keys / name, data / name)
                (data / name).chmod(0o600)
                give_to_postgres(data / name)

        with private_cluster(
            ["--auth=trust"],
            lambda root: f"-p {port} -k {root} -h 127.0.0.1 -c ssl=on",
            install_server_key,
        ):
            yield libpq_url(
                {
                    "host": "127.0.0.1",
                    "port": str(port),
                    "user": "postgres",
                    "dbname": "postgres",
                    "sslmode": "require",
                    "sslcert": str(keys / "client.crt"),
                    "sslkey": str(keys / "client.key"),
                    "sslpassword": PASSPHRASE,
                }
            )
    finally:
        shutil.rmtree(keys, ignore_errors=True)


def _seed_psql(
    url: str, query: str, tmp: Path
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run `seed db psql` on `url`; returns the run and every psql command line seen meanwhile."""
    env = {**os.environ, "TMPDIR": str(tmp), "DATABASE_URL": url}
    command = [sys.executable, "-m", "seeder", "db", "psql"]
    process = subprocess.Popen(
        [*command, "--", "-X", "-Atc", query],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[str] = []
    while process.poll() is None:
        seen += [line for line in _command_lines() if line.split(" ", 1)[0].endswith("/psql")]
        time.sleep(0.02)
    stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr), seen


def _command_lines() -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            found.append(cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:
            continue  # ended meanwhile
    return found


def test_the_sslpassword_reaches_libpq_and_never_psqls_command_line(
    ssl_url: str, tmp_path: Path
) -> None:
    query = "SELECT ssl FROM pg_stat_ssl, pg_sleep(1) WHERE pid = pg_backend_pid()"
    done, seen = _seed_psql(ssl_url, query, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "t", "connected over SSL, the client key decrypted"
    assert seen, "psql's command line was read while it ran"
    assert not [line for line in seen if SECRET in line]
    assert list(tmp_path.iterdir()) == [], "the service file is gone with psql"


def test_a_wrong_sslpassword_fails_without_being_shown(ssl_url: str, tmp_path: Path) -> None:
    wrong = ssl_url.replace(SECRET, SECRET[::-1])
    assert wrong != ssl_url
    done, _ = _seed_psql(wrong, "SELECT 1", tmp_path)
    assert done.returncode != 0
    assert "private key" in done.stderr, done.stderr
    assert SECRET[::-1] not in done.stderr + done.stdout
    assert list(tmp_path.iterdir()) == []


def test_a_killed_runs_service_file_goes_with_the_next_run(server_url: str, tmp_path: Path) -> None:
    """SIGKILL leaves no way to clean up: the next seeder process removes the folder."""
    url = f"{server_url}{'&' if '?' in server_url else '?'}sslpassword={SECRET}"
    env = {**os.environ, "TMPDIR": str(tmp_path), "DATABASE_URL": url}
    command = [sys.executable, "-m", "seeder", "db", "psql", "--", "-X", "-Atc"]
    process = subprocess.Popen([*command, "SELECT pg_sleep(30)"], env=env)
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("*/pg_service.conf")):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    process.kill()
    process.wait()
    left = list(tmp_path.glob("*/pg_service.conf"))
    assert len(left) == 1 and SECRET in left[0].read_text()
    subprocess.run([*command, "SELECT 1"], env=env, check=True, capture_output=True, timeout=60)
    assert list(tmp_path.iterdir()) == [], "the next run removed the killed one's folder"
    deadline = time.monotonic() + 10
    while [line for line in _command_lines() if "pg_sleep(30)" in line and "/psql " in line]:
        assert time.monotonic() < deadline, "the killed run's psql went on without it"
        time.sleep(0.05)
