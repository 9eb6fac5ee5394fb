"""Small JSON files that spare a process work it did before: Faker's names, holiday calendars.

A file holds {"key": ..., "value": ...}; a reader gets the value only when the key matches, so
a file of another version, seed or format is simply not used. Files live in
$SEEDER_CACHE_DIR, else in the `cache` folder of seeder's data directory (seeder.db.home),
are written under a temporary name and renamed (readers see all or nothing), and only the
CACHE_FILES_KEPT most recently used of each kind are kept. A folder that cannot be written,
or a file that cannot be read, only costs the work: the cache never changes the output.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

from seeder.db.home import data_directory

CACHE_ENV = "SEEDER_CACHE_DIR"
CACHE_FILES_KEPT = 8  # of each kind
_STALE_PARTIAL_SECONDS = 3600  # a writer killed mid-write leaves its temporary file behind
# KIND-<16 hex>.json, and its temporaries KIND-<16 hex>.<mkstemp's 8 characters>.partial
_OURS = re.compile(r"[a-z]+-[0-9a-f]{16}(?:\.json|\.[A-Za-z0-9_]{8}\.partial)")


def cache_directory() -> Path:
    """$SEEDER_CACHE_DIR if set, else `cache` under seeder's data directory."""
    override = os.environ.get(CACHE_ENV, "").strip()
    return Path(override).expanduser() if override else data_directory() / "cache"


def cache_path(kind: str, key: dict[str, Any]) -> Path | None:
    """Where `kind`'s file for `key` lives; None when there is no home folder to be found."""
    try:
        digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()
        return cache_directory() / f"{kind}-{digest[:16]}.json"
    except (OSError, RuntimeError):
        return None


def read_cached(path: Path, key: dict[str, Any]) -> Any | None:
    """The stored value for `key`, or None when the file is missing, damaged or another key's.

    The caller checks the value's shape: a file is only data from disk.
    """
    try:
        stored = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    with suppress(OSError):
        os.utime(path)  # pruning goes by last use
    return stored.get("value")


def write_cached(path: Path, key: dict[str, Any], value: Any) -> None:
    """Store the value under a temporary name, then rename; prune old files of its kind.

    No fsync: a file torn by a crash fails the reader's checks and is made again.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f"{path.stem}.", suffix=".partial"
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"key": key, "value": value}, out, ensure_ascii=False)
            os.replace(temporary, path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        return  # a read-only or full disk: this run keeps its result in memory
    _prune(path.parent, path.stem.split("-", 1)[0])


def _prune(folder: Path, kind: str) -> None:
    """Keep the CACHE_FILES_KEPT most recently used files of a kind; drop stale temporaries."""

    def last_used(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0  # gone already (another process pruned it)

    # Only names cache_path and write_cached make: a folder set by SEEDER_CACHE_DIR may hold
    # the user's own files (names-contacts.json), which are never ours to delete.
    files = sorted(
        (p for p in folder.glob(f"{kind}-*.json") if _OURS.fullmatch(p.name)),
        key=last_used,
        reverse=True,
    )
    stale = time.time() - _STALE_PARTIAL_SECONDS
    partials = [
        p
        for p in folder.glob(f"{kind}-*.partial")
        if _OURS.fullmatch(p.name) and last_used(p) < stale
    ]
    for path in files[CACHE_FILES_KEPT:] + partials:
        with suppress(OSError):
            path.unlink()
