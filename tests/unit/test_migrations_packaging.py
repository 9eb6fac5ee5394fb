"""The Alembic folder is found from a checkout and travels inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from seeder.schema.migrations import head_revision, script_location

REPO_ROOT = Path(__file__).resolve().parents[2]
MIGRATION = "versions/0001_create_support_schema.py"


def test_script_location_holds_env_and_versions() -> None:
    location = script_location()
    assert (location / "env.py").is_file()
    assert (location / "versions").is_dir()
    assert (location / MIGRATION).is_file()
    assert head_revision() == "0005"


def _build_wheel(out: Path) -> Path:
    base = [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", str(out)]
    # Without hatchling in the environment only an isolated build (which fetches it) works.
    for extra in (["--no-build-isolation"], []):
        done = subprocess.run(
            [*base, *extra], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300
        )
        if done.returncode == 0:
            return next(out.glob("seeder-*.whl"))
    pytest.fail(f"pip wheel failed: {done.stderr[-2000:]}")


@pytest.mark.slow
def test_wheel_carries_the_migrations(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "seeder/_alembic/env.py" in names
        assert f"seeder/_alembic/{MIGRATION}" in names
        archive.extractall(tmp_path / "site")

    # Imported from the unpacked wheel, seeder must use its own copy, not the checkout's.
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import seeder.schema.migrations as m; "
        "print(m.script_location()); print(m.head_revision())"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    location, head = done.stdout.split()
    assert Path(location) == (tmp_path / "site" / "seeder" / "_alembic").resolve()
    assert head == "0005"
