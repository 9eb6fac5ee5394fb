"""An export's files: written with their size and hash, and recognised by them afterwards.

`seed export --force` replaces an earlier export and nothing else. A file counts as the
export's only when the folder's manifest (seeder-export.json) lists it, with the same size and
SHA-256 where the manifest records them: files named as an export names its own (the original
dataset's `tickets_table.csv`, say) but not listed, or changed since, are the user's. A
manifest written before the hashes were recorded lists names only, and vouches for those.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

MANIFEST_NAME = "seeder-export.json"
_WRITERS = frozenset({"seed export", "seed export --dask"})
_READ_SIZE = 1 << 20


@dataclass(frozen=True)
class WrittenFile:
    """A file as an export wrote it: its name in the folder, size and SHA-256."""

    file: str
    bytes: int | None
    sha256: str | None


class HashingWriter:
    """A binary file that passes writes on, counting and hashing them on the way."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.digest = hashlib.sha256()
        self.size = 0
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data)
        self.digest.update(view)
        self.size += len(view)
        self._target.write(view)
        return len(view)

    def flush(self) -> None:
        self._target.flush()

    def close(self) -> None:
        self.closed = True  # the caller closes the target

    def tell(self) -> int:
        return self.size

    def written(self, name: str) -> WrittenFile:
        return WrittenFile(name, self.size, self.digest.hexdigest())


def is_listed_file(entry: Path) -> bool:
    """True for the folder's manifest, or a regular file it lists, unchanged since."""
    info = _regular_file(entry)
    listing = _listing_of(entry.parent)
    if info is None or listing is None:
        return False
    if entry.name == MANIFEST_NAME:
        return True
    listed = listing.get(entry.name)
    if listed is None:
        return False
    if listed.bytes is not None and info.st_size != listed.bytes:
        return False
    return listed.sha256 is None or listed.sha256 == _sha256(str(entry), *_identity(info))


def _regular_file(path: Path) -> os.stat_result | None:
    """The file's status, if it is a regular file (not a link, a folder or a device)."""
    try:
        info = path.lstat()
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    # Kept through a rename, changed by any write: the cache key of what was read.
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _listing_of(folder: Path) -> Mapping[str, WrittenFile] | None:
    """What the folder's manifest lists, or None when it has no manifest of ours."""
    manifest = folder / MANIFEST_NAME
    info = _regular_file(manifest)
    return None if info is None else _read_listing(str(manifest), *_identity(info))


@lru_cache(maxsize=16)
def _read_listing(
    path: str, dev: int, inode: int, size: int, mtime_ns: int
) -> Mapping[str, WrittenFile] | None:
    try:
        with open(path, "rb") as handle:
            manifest = json.loads(handle.read(size + 1))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("written_by") not in _WRITERS:
        return None
    listed = [*_as_list(manifest.get("files")), *_as_list(manifest.get("shards"))]
    files = (_written_file(entry) for entry in listed)
    return {file.file: file for file in files if file is not None}


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _written_file(entry: object) -> WrittenFile | None:
    if isinstance(entry, str):  # a manifest from before the hashes: names only
        return WrittenFile(entry, None, None) if _plain_name(entry) else None
    if not isinstance(entry, dict):
        return None
    name, size, digest = entry.get("file"), entry.get("bytes"), entry.get("sha256")
    if not (isinstance(name, str) and _plain_name(name)):
        return None
    if not (isinstance(size, int) and isinstance(digest, str)):
        return None  # a listing that cannot be checked vouches for nothing
    return WrittenFile(name, size, digest)


def _plain_name(name: str) -> bool:
    return name not in ("", ".", "..") and "/" not in name and "\0" not in name


@lru_cache(maxsize=256)
def _sha256(path: str, dev: int, inode: int, size: int, mtime_ns: int) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_READ_SIZE):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
