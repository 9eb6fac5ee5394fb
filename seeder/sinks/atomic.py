"""Files and folders that appear complete under their final name, or not at all.

Output is written to a hidden temporary `.NAME.XXXXXXXX.partial` beside the target, then
renamed over it. Its writer holds an exclusive flock on the temporary for as long as it runs,
so a run killed outright (SIGKILL, out of memory) is told apart from a live one: the next run
writing to the same path removes the temporaries nobody holds.

`force` replaces only what seeder wrote: the caller says how to recognise it (`Ownership`).
An empty file or folder may be replaced too; anything else is refused (OutputPathError).
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from seeder.errors import OutputError, OutputPathError

try:
    import fcntl
except ImportError:  # no flock (Windows): stale temporaries are then left for the user
    fcntl = None  # type: ignore[assignment]

# Creating a file fails with these when the folder itself refuses new files (/proc answers
# ENOENT, /sys EPERM or EACCES, a read-only mount EROFS): the path is the problem, not the run.
_REFUSING_FOLDER = {errno.ENOENT, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EROFS}
_TOKEN = "[A-Za-z0-9_]{8}"  # tempfile's random part; secrets.token_hex(4) fits it too


@dataclass(frozen=True)
class Ownership:
    """What `force` may replace: files (or a folder's entries) that `writer` wrote.

    `in_temporary` recognises the entries of a temporary folder a killed run left, which may
    lack what `recognises` looks for (an export's manifest is written last); by default the
    same test.
    """

    writer: str
    recognises: Callable[[Path], bool]
    in_temporary: Callable[[Path], bool] | None = None


NOTHING_OURS = Ownership("seeder", lambda _path: False)  # only an empty file is replaced


@contextmanager
def atomic_file(
    path: Path, *, force: bool, ownership: Ownership = NOTHING_OURS
) -> Iterator[BinaryIO]:
    """Write to a locked temporary file beside `path`; fsync and rename it into place on success.

    A special file (/dev/stdout, /dev/null, a named pipe) is written into as it is: renaming
    a temporary file over it would replace the device itself.
    """
    path = path.expanduser()
    if is_special_file(path):
        with _write_into(path) as handle:
            yield handle
        return
    _check_parent(path)
    _remove_abandoned(path, folders=False, ownership=ownership)
    _check_file_target(path, force=force, ownership=ownership)
    fd, temp = _new_temporary_file(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            _lock(fd, wait=True)
            temp = _published(temp)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(temp, 0o644)
            # Checked again: the run may have taken minutes. Renamed while still locked, so
            # no other run takes the temporary for one a dead run left.
            _check_file_target(path, force=force, ownership=ownership)
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
def atomic_directory(path: Path, *, force: bool, ownership: Ownership) -> Iterator[Path]:
    """Fill a locked temporary folder beside `path`, then swap it into place whole."""
    path = path.expanduser()
    if path.name in ("", ".."):  # `.` or `..`: the temporary goes beside the folder it names
        path = Path(os.path.abspath(path))
    _check_parent(path)
    _remove_abandoned(path, folders=True, ownership=ownership)
    _check_folder_target(path, force=force, ownership=ownership)
    temp = _new_temporary_folder(path)
    try:
        with _folder_locked(temp):  # the lock follows the folder through its renames
            temp = _published(temp)
            yield temp
            for child in temp.iterdir():
                with child.open("rb") as handle:
                    os.fsync(handle.fileno())
            temp.chmod(0o755)
            _swap_in(temp, path, force=force, ownership=ownership)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise OutputError(
            f"writing {str(path)!r} failed: {_describe(exc)}; nothing was written"
        ) from None
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _check_parent(path: Path) -> None:
    parent = path.parent
    if not parent.is_dir():
        raise OutputPathError(f"folder {str(parent)!r} does not exist: create it first")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputPathError(f"folder {str(parent)!r} is not writable: choose another output path")


# What --force cannot replace is refused as such, with or without it: advice to pass --force
# must never lead to a second refusal.
def _check_file_target(path: Path, *, force: bool, ownership: Ownership) -> None:
    if not os.path.lexists(path):
        return
    if path.is_symlink():  # the rename would replace the link, not the file it names
        raise OutputPathError(
            f"{str(path)!r} is a symbolic link: give the file it names "
            f"({os.path.realpath(path)!r}) or another path"
        )
    if path.is_dir():
        raise OutputPathError(f"{str(path)!r} is a folder: give a file name")
    try:
        empty = path.stat().st_size == 0
    except OSError:  # a dangling link: not ours to replace
        empty = False
    if not empty and not ownership.recognises(path):
        raise OutputPathError(
            f"file {str(path)!r} was not written by {ownership.writer}: --force replaces only "
            "its own output; choose another path"
        )
    if not force:
        raise OutputPathError(
            f"file {str(path)!r} already exists: pass --force (force=True) to replace it"
        )


def _check_folder_target(path: Path, *, force: bool, ownership: Ownership) -> None:
    if not os.path.lexists(path):
        return
    if path.is_symlink() or not path.is_dir():
        raise OutputPathError(f"{str(path)!r} exists and is not a folder: choose another path")
    try:
        _refuse_foreign_entries(path, path, ownership)
    except OSError as exc:
        raise OutputPathError(
            f"cannot read folder {str(path)!r} ({_describe(exc)}): choose another output path"
        ) from None
    if not force:
        raise OutputPathError(
            f"folder {str(path)!r} already exists: pass --force (force=True) to replace it"
        )


def _refuse_foreign_entries(folder: Path, shown: Path, ownership: Ownership) -> None:
    foreign = sorted(e.name for e in folder.iterdir() if not ownership.recognises(e))
    if foreign:
        raise OutputPathError(
            f"folder {str(shown)!r} holds {foreign[0]!r}, which {ownership.writer} did not "
            "write or which changed since: choose a new or empty folder"
        )


def _swap_in(temp: Path, path: Path, *, force: bool, ownership: Ownership) -> None:
    """Put the full folder `temp` in place of `path`, deleting only our files from the old one."""
    if not os.path.lexists(path):
        os.rename(temp, path)
        return
    _check_folder_target(path, force=force, ownership=ownership)
    # Locked before it is moved aside, so no other run takes it for one a dead run left.
    with _folder_locked(path):
        old = path.with_name(f".{path.name}.{secrets.token_hex(4)}.replaced")
        os.rename(path, old)
        try:
            # Hidden under its new name, the folder can no longer gain entries by its old
            # name: one checked now is checked for good.
            _refuse_foreign_entries(old, path, ownership)
            os.rename(temp, path)
        except BaseException:
            with suppress(OSError):  # else the next run writing here puts it back
                os.rename(old, path)
            raise
        _remove_our_files(old, ownership.recognises)


def _remove_our_files(folder: Path, recognises: Callable[[Path], bool]) -> None:
    """Delete the entries of `folder` that we wrote, then the folder if nothing else is left.

    Best effort: what stays (something not ours, or a file that would not go) is left in
    place, and the next run writing to the same path tries again.
    """
    with suppress(OSError):
        # All recognised before any goes: what vouches for the others (a manifest) is one.
        ours = [entry for entry in folder.iterdir() if recognises(entry)]
        for entry in ours:
            entry.unlink()
        folder.rmdir()


def _remove_abandoned(path: Path, *, folders: bool, ownership: Ownership) -> None:
    """Remove the temporaries a killed run left beside `path`: those whose writer holds no lock.

    A folder a killed swap had moved aside (`.NAME.XXXXXXXX.replaced`) goes back in place
    when nothing took its place, else our files in it are deleted.
    """
    if fcntl is None:
        return
    kinds = f"{_TOKEN}\\.partial|({_TOKEN}\\.)?replaced" if folders else f"{_TOKEN}\\.partial"
    leftover = re.compile(re.escape(f".{path.name}.") + f"({kinds})")
    try:
        names = [entry.name for entry in os.scandir(path.parent) if leftover.fullmatch(entry.name)]
    except OSError:
        return
    for name in names:
        with suppress(OSError):  # gone meanwhile, or not ours to remove: left as it is
            _remove_if_abandoned(path.parent / name, path, folders, ownership)


def _remove_if_abandoned(leftover: Path, path: Path, folders: bool, ownership: Ownership) -> None:
    fd = os.open(leftover, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        is_folder = stat.S_ISDIR(os.fstat(fd).st_mode)
        if is_folder != folders or not _lock(fd, wait=False):
            return  # not of our kind, or its writer is alive
        if not folders:
            leftover.unlink()  # a file's temporary
        elif not leftover.name.endswith(".replaced"):
            _remove_our_files(leftover, ownership.in_temporary or ownership.recognises)
        elif not os.path.lexists(path):
            os.rename(leftover, path)  # a killed swap's old folder: back in place
        else:
            _remove_our_files(leftover, ownership.recognises)
    finally:
        os.close(fd)


def _new_temporary_file(path: Path) -> tuple[int, Path]:
    """A new file beside `path`, open for writing, under a name no run takes for a leftover."""
    try:
        fd, made = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    except OSError as exc:
        raise _creation_error(path, exc) from None
    return fd, Path(made)


def _new_temporary_folder(path: Path) -> Path:
    """A new folder beside `path`, under a name no run takes for a leftover."""
    try:
        made = tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    except OSError as exc:
        raise _creation_error(path, exc) from None
    return Path(made)


def _published(made: Path) -> Path:
    """Give a locked new temporary the name (`.partial`) other runs look for; its new path."""
    temp = made.with_name(made.name.removesuffix(".new") + ".partial")
    os.rename(made, temp)
    return temp


def _creation_error(path: Path, exc: OSError) -> OutputError:
    if exc.errno in _REFUSING_FOLDER:
        return OutputPathError(
            f"cannot create {str(path)!r}: folder {str(path.parent)!r} does not take new files "
            f"({_describe(exc)}): choose another output path"
        )
    return OutputError(f"cannot write in {str(path.parent)!r}: {_describe(exc)}")


def _lock(fd: int, *, wait: bool) -> bool:
    """Take the exclusive flock on `fd`; False if another process holds it (and not `wait`)."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


@contextmanager
def _folder_locked(folder: Path) -> Iterator[None]:
    """Hold the exclusive lock on `folder` while inside (a descriptor open on it holds it)."""
    if fcntl is None:
        yield
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        _lock(fd, wait=True)
        yield
    finally:
        os.close(fd)


def _describe(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def is_special_file(path: Path) -> bool:
    """A device, pipe or socket, or one of this process's open files named by descriptor
    (/dev/stdout when it is redirected to a file): something to write into, never to replace."""
    if _descriptor(path) is not None:
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


_DESCRIPTOR_NAMES = {"/dev/stdout": 1, "/dev/stderr": 2}
_DESCRIPTOR_FOLDERS = ("/dev/fd/", "/proc/self/fd/")


def _descriptor(path: Path) -> int | None:
    """The file descriptor a path names by itself (/dev/stdout, /dev/fd/N), if it does."""
    name = str(path)
    if name in _DESCRIPTOR_NAMES:
        return _DESCRIPTOR_NAMES[name]
    for folder in _DESCRIPTOR_FOLDERS:
        if name.startswith(folder) and name[len(folder) :].isdigit():
            return int(name[len(folder) :])
    return None


@contextmanager
def _write_into(path: Path) -> Iterator[BinaryIO]:
    """Write into the file as it is; a descriptor this process holds is written through a
    copy of it, as the shell opened it (appending stays appending, nothing is truncated)."""
    descriptor = _descriptor(path)
    try:
        handle = os.fdopen(os.dup(descriptor), "wb") if descriptor is not None else path.open("wb")
    except OSError as exc:
        raise OutputError(f"cannot write to {str(path)!r}: {_describe(exc)}") from None
    try:
        with handle:
            yield handle
    except BrokenPipeError:
        raise  # the reader went away (| head): the command ends quietly
    except OSError as exc:  # a full disk behind stdout, /dev/full
        raise OutputError(
            f"writing to {str(path)!r} failed: {_describe(exc)}; what it received is incomplete"
        ) from None
