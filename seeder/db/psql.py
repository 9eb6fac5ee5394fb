"""Opening psql on a URL without putting its secrets where other users can read them.

A command line is public to every local user (`ps`), so no secret goes on psql's argv: the
password goes into PGPASSWORD, and an `sslpassword` (the passphrase of an encrypted client
key, which has no environment variable) into a connection service file only this user can
read, named by PGSERVICEFILE and deleted when psql ends (if seed is killed, by the next
seeder run).

The psql shipped with the embedded server is built without SSL: a target that asks for SSL
(in its URL, libpq's environment variables or a service entry) gets the system's psql where
there is one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from psycopg.conninfo import make_conninfo

from seeder.db.embedded import psql_executable
from seeder.db.urls import conninfo_params
from seeder.errors import ConfigError
from seeder.processes import ProcessFolder

_SERVICE = "seeder-psql"
# The settings under which libpq connects only over SSL, or uses a client key.
_SSL_ONLY_MODES = frozenset({"require", "verify-ca", "verify-full"})
_CLIENT_KEY = ("sslcert", "sslkey", "sslpassword")


@contextmanager
def psql_command(url: str) -> Iterator[tuple[list[str], dict[str, str]]]:
    """Argv and extra environment that open psql on `url`, valid while inside."""
    params = conninfo_params(url)  # a URL of another database system is refused here
    password = params.pop("password", "")
    ssl_password = params.pop("sslpassword", "")
    env = {"PGPASSWORD": password} if password else {}
    psql = _psql_for(params, ssl_password)
    if not ssl_password:
        yield [psql, make_conninfo("", **params)], env
        return
    _check_service_file_can_hold(ssl_password, params)
    folder = ProcessFolder()  # mode 0700; a killed run's goes with the next run's sweep
    try:
        service_file = Path(folder.path) / "pg_service.conf"
        descriptor = os.open(service_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(f"[{_SERVICE}]\nsslpassword={ssl_password}\n")
        env["PGSERVICEFILE"] = str(service_file)
        yield [psql, make_conninfo("", **params, service=_SERVICE)], env
    finally:
        folder.close()


def _psql_for(params: dict[str, str], ssl_password: str) -> str:
    if ssl_password or _may_want_ssl(params, os.environ):
        return shutil.which("psql") or str(psql_executable())
    return str(psql_executable())


def _may_want_ssl(params: dict[str, str], env: Mapping[str, str]) -> bool:
    """Whether libpq may need SSL for these parameters: asked for in them or in its
    environment variables, or possibly in a service file's entry (not read here)."""
    mode = params.get("sslmode") or env.get("PGSSLMODE")
    client_key = any(key in params for key in _CLIENT_KEY) or any(
        env.get(name) for name in ("PGSSLCERT", "PGSSLKEY")
    )
    service = "service" in params or bool(env.get("PGSERVICE"))
    return mode in _SSL_ONLY_MODES or client_key or service


def _check_service_file_can_hold(ssl_password: str, params: dict[str, str]) -> None:
    # libpq reads a service file line by line and trims each line's end.
    if any(character in ssl_password for character in "\r\n\0") or ssl_password.rstrip() != (
        ssl_password
    ):
        raise ConfigError(
            "seed db psql cannot pass an sslpassword holding a line break or ending in a "
            "space: run psql yourself and type it at its prompt"
        )
    if "service" in params:
        raise ConfigError(
            "seed db psql cannot pass an sslpassword together with service=: put sslpassword "
            "in that service's entry of your pg_service.conf instead"
        )
