"""Files and folders that appear complete under their final name, or not at all."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from seeder.errors import OutputError, OutputPathError


def _check_target(path: Path, *, force: bool, kind: str) -> None:
    if path.exists() and not force:
        raise OutputPathError(f"{kind} {str(path)!r} already exists: pass --force to replace it")
    parent = path.parent
    if not parent.is_dir():
        raise OutputPathError(f"folder {str(parent)!r} does not exist: create it first")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputPathError(f"folder {str(parent)!r} is not writable: choose another output path")


def _describe(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _is_special(path: Path) -> bool:
    """A device, pipe or socket: something to write into, never to replace."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextmanager
def _write_into(path: Path) -> Iterator[BinaryIO]:
    try:
        handle = path.open("wb")
    except OSError as exc:
        raise OutputError(f"cannot write to {str(path)!r}: {_describe(exc)}") from None
    with handle:
        yield handle


@contextmanager
def atomic_file(path: Path, *, force: bool) -> Iterator[BinaryIO]:
    """Write to a temporary file beside `path`; fsync and rename it into place on success.

    A special file (/dev/stdout, /dev/null, a named pipe) is written into as it is: renaming
    a temporary file over it would replace the device itself.
    """
    path = path.expanduser()
    if _is_special(path):
        with _write_into(path) as handle:
            yield handle
        return
    _check_target(path, force=force, kind="file")
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".partial", dir=path.parent
        )
    except OSError as exc:
        raise OutputError(f"cannot write in {str(path.parent)!r}: {_describe(exc)}") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(
            f"writing {str(path)!r} failed: {_describe(exc)}; nothing was written"
        ) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_directory(path: Path, *, force: bool) -> Iterator[Path]:
    """Fill a temporary folder beside `path`, then swap it into place whole."""
    path = path.expanduser()
    _check_target(path, force=force, kind="folder")
    if path.exists() and not path.is_dir():
        raise OutputPathError(f"{str(path)!r} exists and is not a folder: choose another path")
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent))
    except OSError as exc:
        raise OutputError(f"cannot write in {str(path.parent)!r}: {_describe(exc)}") from None
    try:
        yield temp
        for child in temp.iterdir():
            with child.open("rb") as handle:
                os.fsync(handle.fileno())
        temp.chmod(0o755)
        if path.exists():
            old = path.with_name(f".{path.name}.replaced")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(path, old)
            os.replace(temp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(temp, path)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise OutputError(
            f"writing {str(path)!r} failed: {_describe(exc)}; nothing was written"
        ) from None
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
