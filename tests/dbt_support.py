"""Running the dbt project in dbt/ as a user runs it: `dbt <command> --project-dir dbt
--profiles-dir dbt`, from the dbt installed beside this Python (the [dbt] extra).

Independent of seeder, so tests/generate_analytics.py can use it on any checkout. Every run
gets its own target and log folders, so runs never share dbt's partial-parse state.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_DIR = REPO_ROOT / "dbt"
INSTALL_HINT = "install it with: pip install -c constraints.txt '.[dbt]' (the test extra has it)"
# The variables that choose the PostgreSQL target (dbt/profiles.yml) or the DuckDB files.
TARGET_ENV = (
    "PGHOST",
    "PGPORT",
    "PGUSER",
    "PGPASSWORD",
    "PGDATABASE",
    "SEEDER_DBT_SCHEMA",
    "SEEDER_PARQUET_DIR",
    "SEEDER_DUCKDB_PATH",
)


class DbtError(RuntimeError):
    """dbt is missing, or a dbt command failed (the message holds its output)."""


def dbt_executable() -> str:
    """The dbt command of this environment, else the one on PATH."""
    beside = Path(sys.executable).parent / "dbt"
    if beside.is_file():
        return str(beside)
    found = shutil.which("dbt")
    if found is None:
        raise DbtError(f"dbt is not installed; {INSTALL_HINT}")
    return found


def run_dbt(
    *args: str, workdir: Path, env: Mapping[str, str] | None = None, timeout_s: float = 900
) -> str:
    """Run `dbt ARGS` on the project with only `env` choosing the target; its output.

    Raises DbtError with the output when dbt exits non-zero.
    """
    full_env = {k: v for k, v in os.environ.items() if k not in TARGET_ENV}
    full_env.update(env or {})
    argv = [
        dbt_executable(),
        *args,
        "--project-dir",
        str(DBT_DIR),
        "--profiles-dir",
        str(DBT_DIR),
        "--target-path",
        str(workdir / "target"),
        "--log-path",
        str(workdir / "logs"),
    ]
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=workdir,
        timeout=timeout_s,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if done.returncode != 0:
        raise DbtError(
            f"dbt {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}"
        )
    return done.stdout
