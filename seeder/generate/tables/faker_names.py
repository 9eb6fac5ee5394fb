"""Faker's first and last names per locale, drawn once and then read back from a small file.

Importing Faker and drawing the names costs 0.1-0.35 s (by machine) in every process that
makes people (the run's own, or each worker of a parallel dump); a hit costs about 10 ms.
The file holds exactly what Faker returned, under a key naming everything that decides it:
the draw procedure (_FORMAT), Faker's version (read from its installed metadata, so a hit
never imports Faker), the Python version (Faker draws through the random module), the
number of names and each locale with its seed. What people.py derives from the names
(uniqueness, e-mail slugs) is recomputed on every run, so changing it needs no new key.

The files are seeder.generate.disk_cache's (`names-*.json`, about 50 kB each, one per seed in
practice): a folder that cannot be written, or a file that cannot be read or fails its
checks, only costs the draw; the cache never changes the output.
"""

from __future__ import annotations

import importlib.metadata
import sys
from typing import Any

from seeder.generate.disk_cache import (
    CACHE_ENV,
    CACHE_FILES_KEPT,
    cache_directory,
    cache_path,
    read_cached,
    write_cached,
)

__all__ = ["CACHE_ENV", "CACHE_FILES_KEPT", "cache_directory", "cached_names", "draw_names"]
_FORMAT = 1  # bump when draw_names asks Faker for anything else, or in another order

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


def cached_names(locale_seeds: LocaleSeeds, count: int) -> Names:
    """draw_names(locale_seeds, count), read from the cache when it holds them."""
    key = _cache_key(locale_seeds, count)
    path = None if key is None else cache_path("names", key)
    if key is None or path is None:
        return draw_names(locale_seeds, count)
    names = _valid(read_cached(path, key), key)
    if names is None:
        names = draw_names(locale_seeds, count)
        write_cached(path, key, names)
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


def _valid(names: Any, key: dict[str, Any]) -> Names | None:
    """The stored draws if they have the shape `key` asks for, else None."""
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
