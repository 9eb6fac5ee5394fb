"""Faker's first and last names per locale, drawn once and then read back from a small file.

Importing Faker and drawing the names costs 0.1-0.35 s (by machine) in every process that
makes people (the run's own, or each worker of a parallel dump); a hit costs about 10 ms.
The file holds exactly what Faker returned, under a key naming everything that decides it:
the draw procedure (_FORMAT), Faker's version (read from its installed metadata, so a hit
never imports Faker), the Python version (Faker draws through the random module), the
number of names and each locale with its seed. What people.py derives from the names
(uniqueness, e-mail slugs) is recomputed on every run, so changing it needs no new key.

The files live in $SEEDER_CACHE_DIR, else in the `cache` folder of seeder's data directory
(see seeder.db.home). Only the CACHE_FILES_KEPT most recently used are kept, one per seed in
practice (about 50 kB each). A folder that cannot be written, or a file that cannot be read
or fails its checks, only costs the draw: the cache never changes the output.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

from seeder.db.home import data_directory

CACHE_ENV = "SEEDER_CACHE_DIR"
CACHE_FILES_KEPT = 8
_FORMAT = 1  # bump when draw_names asks Faker for anything else, or in another order
_STALE_PARTIAL_SECONDS = 3600  # a writer killed mid-write leaves its temporary file behind

LocaleSeeds = tuple[tuple[str, int], ...]
Names = list[tuple[list[str], list[str]]]  # per locale: (first names, last names), as drawn


def draw_names(locale_seeds: LocaleSeeds, count: int) -> Names:
    """`count` first then `count` last names from one Faker per locale, seeded as given."""
    from faker import Faker  # here, not at the top: a cache hit must not pay its import

    drawn: Names = []
    for locale, seed in locale_seeds:
        fake = Faker(locale, providers=["faker.providers.person"])
        fake.seed_instance(seed)
        first = [fake.first_name() for _ in range(count)]
        last = [fake.last_name() for _ in range(count)]
        drawn.append((first, last))
    return drawn


def cache_directory() -> Path:
    """$SEEDER_CACHE_DIR if set, else `cache` under seeder's data directory."""
    override = os.environ.get(CACHE_ENV, "").strip()
    return Path(override).expanduser() if override else data_directory() / "cache"


def cached_names(locale_seeds: LocaleSeeds, count: int) -> Names:
    """draw_names(locale_seeds, count), read from the cache when it holds them."""
    key = _cache_key(locale_seeds, count)
    if key is None:
        return draw_names(locale_seeds, count)
    try:
        digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()
        path = cache_directory() / f"names-{digest[:16]}.json"
    except (OSError, RuntimeError):  # no home folder to be found
        return draw_names(locale_seeds, count)
    names = _read(path, key)
    if names is None:
        names = draw_names(locale_seeds, count)
        _write(path, key, names)
    else:
        with suppress(OSError):
            os.utime(path)  # pruning goes by last use
    return names


def _cache_key(locale_seeds: LocaleSeeds, count: int) -> dict[str, Any] | None:
    try:
        faker_version = importlib.metadata.version("Faker")
    except importlib.metadata.PackageNotFoundError:
        return None  # no metadata to tell one Faker from another: draw every time
    return {
        "format": _FORMAT,
        "faker": faker_version,
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "count": count,
        "locales": [[locale, seed] for locale, seed in locale_seeds],
    }


def _read(path: Path, key: dict[str, Any]) -> Names | None:
    """The stored draws for `key`, or None when the file is missing, damaged or another key's."""
    try:
        stored = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    names = stored.get("names")
    count = key["count"]

    def is_pool(value: Any) -> bool:
        return (
            isinstance(value, list)
            and len(value) == count
            and all(isinstance(name, str) for name in value)
        )

    if not isinstance(names, list) or len(names) != len(key["locales"]):
        return None
    if not all(isinstance(pair, list) and len(pair) == 2 for pair in names):
        return None
    if not all(is_pool(first) and is_pool(last) for first, last in names):
        return None
    return [(first, last) for first, last in names]


def _write(path: Path, key: dict[str, Any], names: Names) -> None:
    """Store the draws under a temporary name, then rename: readers see all or nothing.

    No fsync: a file torn by a crash fails _read's checks and is drawn again.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f"{path.stem}.", suffix=".partial"
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"key": key, "names": names}, out, ensure_ascii=False)
            os.replace(temporary, path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        return  # a read-only or full disk: this run keeps its draws in memory
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Keep the CACHE_FILES_KEPT most recently used files and drop stale temporary ones."""

    def last_used(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0  # gone already (another process pruned it)

    files = sorted(folder.glob("names-*.json"), key=last_used, reverse=True)
    stale = time.time() - _STALE_PARTIAL_SECONDS
    partials = [p for p in folder.glob("names-*.partial") if last_used(p) < stale]
    for path in files[CACHE_FILES_KEPT:] + partials:
        with suppress(OSError):
            path.unlink()
