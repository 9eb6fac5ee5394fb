"""A private, throwaway PostgreSQL cluster from the system's binaries, for tests that need a
server configured as the shared one is not (password authentication, SSL).

It runs as the `postgres` user when the tests run as root (PostgreSQL refuses root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def as_postgres(*command: str) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return list(command)


def give_to_postgres(path: Path) -> None:
    """Let the cluster's user own `path` (a file it must read that others may not)."""
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


@contextmanager
def private_cluster(
    initdb: Sequence[str],
    options: Callable[[Path], str],
    prepare: Callable[[Path, Path], None] | None = None,
) -> Iterator[tuple[Path, Path]]:
    """Start a cluster made by `initdb ARGS`, started with the postgres options
    `options(folder)`; yields its folder and data directory. `prepare(folder, data)`, if
    given, runs between the two. Skips the test where no cluster can be started here."""
    if not BINARIES:
        pytest.skip("no system PostgreSQL binaries under /usr/lib/postgresql to start a cluster")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as a normal user")
    bin_dir = BINARIES[-1].parent
    root = Path(tempfile.mkdtemp(prefix="seeder-cluster-"))
    root.chmod(0o777)
    data = root / "data"
    try:
        subprocess.run(
            as_postgres(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", *initdb),
            check=True, capture_output=True,
        )  # fmt: skip
        if prepare is not None:
            prepare(root, data)
        subprocess.run(
            as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"),
                        "-o", options(root), "start"),
            check=True, capture_output=True,
        )  # fmt: skip
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start a private cluster: {exc}")
    try:
        yield root, data
    finally:
        subprocess.run(
            as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"),
            capture_output=True,
        )
        time.sleep(0.2)
        shutil.rmtree(root, ignore_errors=True)
