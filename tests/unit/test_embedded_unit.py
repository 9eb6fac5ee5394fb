"""The embedded server's paths, status and psql command, without starting a server."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import platformdirs
import pytest
from psycopg.conninfo import conninfo_to_dict

from seeder.db.embedded import (
    HOME_ENV,
    data_directory,
    embedded_status,
    psql_executable,
    start_embedded,
    stop_embedded,
)
from seeder.db.psql import psql_command
from seeder.errors import ConfigError, EmbeddedServerError


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty SEEDER_HOME, so the user's real data folder is never touched."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home"


def test_data_directory_honours_seeder_home(home: Path) -> None:
    assert data_directory() == home


def test_data_directory_makes_a_relative_home_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(HOME_ENV, "relative/home")
    assert data_directory() == tmp_path / "relative" / "home"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_data_directory_defaults_to_the_platform_data_folder(
    value: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv(HOME_ENV, raising=False)
    else:
        monkeypatch.setenv(HOME_ENV, value)
    assert data_directory() == Path(platformdirs.user_data_dir("seeder")).resolve()


def test_status_and_stop_create_nothing_when_never_started(home: Path) -> None:
    status = embedded_status()
    assert (status.running, status.data_dir, status.url) == (False, home, None)
    assert stop_embedded() is False
    assert not home.exists()


@pytest.mark.parametrize("pid", [os.getpid(), 2**22 + 12345], ids=["not-postgres", "dead"])
def test_status_ignores_a_stale_pid_file(home: Path, pid: int) -> None:
    pgdata = home / "pgdata"
    pgdata.mkdir(parents=True)
    lines = [str(pid), str(pgdata), "1700000000", "5432", str(pgdata), "", "1 2", "ready"]
    (pgdata / "postmaster.pid").write_text("\n".join(lines) + "\n")
    assert embedded_status().running is False
    assert stop_embedded() is False


def test_start_refuses_a_home_with_spaces_before_creating_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "with space"
    monkeypatch.setenv(HOME_ENV, str(home))
    with pytest.raises(EmbeddedServerError) as caught:
        start_embedded()
    message = str(caught.value)
    assert "\n" not in message
    assert HOME_ENV in message
    assert not home.exists()


def test_psql_executable_is_a_program() -> None:
    path = psql_executable()
    assert path.is_file()
    assert os.access(path, os.X_OK)


@pytest.mark.parametrize(
    ("url", "expected_url", "expected_env"),
    [
        (
            "postgresql://alice:s3cret@db.example:5433/shop",
            "postgresql://alice@db.example:5433/shop",
            {"PGPASSWORD": "s3cret"},
        ),
        (
            "postgresql+psycopg://alice:p%40ss%3Aword@db.example/shop?sslmode=require",
            "postgresql://alice@db.example/shop?sslmode=require",
            {"PGPASSWORD": "p@ss:word"},
        ),
        ("postgres://alice@db.example/shop", "postgresql://alice@db.example/shop", {}),
        ("postgresql://alice:@db.example/shop", "postgresql://alice@db.example/shop", {}),
        (
            "postgresql://postgres@/seeder?host=/tmp/a%20b&port=5432",
            "postgresql://postgres@/seeder?host=/tmp/a%20b&port=5432",
            {},
        ),
        (
            "postgresql://alice@db.example/my%20shop?password=s%33cret",
            "postgresql://alice@db.example/my%20shop",
            {"PGPASSWORD": "s3cret"},
        ),
        (
            "host=db.example user=alice password='a b\\'c' dbname=shop",
            "postgresql://alice@db.example/shop",
            {"PGPASSWORD": "a b'c"},
        ),
    ],
)
def test_psql_command_moves_the_password_into_pgpassword(
    url: str, expected_url: str, expected_env: dict[str, str]
) -> None:
    with psql_command(url) as (argv, env):
        # psql gets libpq's own reading of the URL, less the password, as key=value pairs.
        # The shipped psql has no SSL: a URL that requires it gets the system's, if any.
        wants_ssl = "sslmode=require" in url
        assert argv[0] == ((wants_ssl and shutil.which("psql")) or str(psql_executable()))
        assert conninfo_to_dict(argv[1]) == conninfo_to_dict(expected_url)
        assert env == expected_env
        for secret in expected_env.values():
            assert not any(secret in arg for arg in argv)


@pytest.mark.parametrize(
    ("url", "env", "wants_ssl"),
    [
        ("postgresql://alice@db.example/shop", {"PGSSLMODE": "require"}, True),
        ("postgresql://alice@db.example/shop", {"PGSSLMODE": "verify-full"}, True),
        ("postgresql://alice@db.example/shop", {"PGSSLCERT": "/home/alice/client.crt"}, True),
        ("postgresql://alice@db.example/shop", {"PGSERVICE": "shop"}, True),
        ("service=shop", {}, True),  # its entry in pg_service.conf may ask for SSL
        ("postgresql://alice@db.example/shop", {"PGSSLMODE": "prefer"}, False),
        # The URL's own sslmode wins over libpq's environment, as in libpq.
        ("postgresql://alice@db.example/shop?sslmode=disable", {"PGSSLMODE": "require"}, False),
    ],
)
def test_ssl_asked_for_outside_the_url_gets_the_systems_psql(
    url: str, env: dict[str, str], wants_ssl: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PGSSLMODE", "PGSSLCERT", "PGSSLKEY", "PGSERVICE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with psql_command(url) as (argv, _):
        assert argv[0] == ((wants_ssl and shutil.which("psql")) or str(psql_executable()))


def test_psql_command_rejects_other_databases_without_showing_the_password() -> None:
    with pytest.raises(ConfigError) as caught, psql_command("mysql://alice:s3cret@db.example/shop"):
        pass
    assert "s3cret" not in str(caught.value)


def test_psql_command_hands_the_sslpassword_over_in_a_private_service_file() -> None:
    url = "host=db.example user=alice sslmode=require sslpassword=' k3y phrase=#' dbname=shop"
    with psql_command(url) as (argv, env):
        assert not any("k3y" in arg for arg in argv)
        service_file = Path(env["PGSERVICEFILE"])
        assert service_file.read_text() == "[seeder-psql]\nsslpassword= k3y phrase=#\n"
        assert service_file.stat().st_mode & 0o777 == 0o600
        assert service_file.parent.stat().st_mode & 0o777 == 0o700
        assert conninfo_to_dict(argv[1]) == {
            "host": "db.example",
            "user": "alice",
            "sslmode": "require",
            "dbname": "shop",
            "service": "seeder-psql",
        }
    assert not service_file.parent.exists()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("host=h sslpassword='two\nlines'", "line break"),
        ("host=h sslpassword='trailing '", "ending in a space"),
        ("service=mine sslpassword=k3y", "together with service="),
    ],
)
def test_psql_command_refuses_an_sslpassword_a_service_file_cannot_carry(
    url: str, problem: str
) -> None:
    with pytest.raises(ConfigError, match=problem) as caught, psql_command(url):
        pass
    assert "k3y" not in str(caught.value)
