"""Faker's name draws are cached on disk: a hit skips Faker, and the data never changes."""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from test_determinism import GOLDEN_SMALL_SEED_42, _encoded_stream, table_digests
from tests_support import run_python

from seeder.db.home import HOME_ENV
from seeder.generate.tables.faker_names import (
    CACHE_ENV,
    CACHE_FILES_KEPT,
    cache_directory,
    cached_names,
    draw_names,
)
from seeder.generate.tables.people import PeoplePools, build_people_pools

SEEDS = (("en_GB", 11), ("de_DE", 12))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("names-*"))


def _same_pools(a: PeoplePools, b: PeoplePools) -> bool:
    fields = ("first_names", "last_names", "first_slugs", "last_slugs")
    return all(
        len(getattr(a, f)) == len(getattr(b, f))
        and all(np.array_equal(x, y) for x, y in zip(getattr(a, f), getattr(b, f), strict=True))
        for f in fields
    )


def test_the_folder_defaults_to_cache_under_seeder_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    assert cache_directory() == tmp_path / "cache"


def test_a_miss_draws_and_writes_one_file(cache: Path) -> None:
    assert cached_names(SEEDS, 25) == draw_names(SEEDS, 25)
    (path,) = _files(cache)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["value"] == [[first, last] for first, last in draw_names(SEEDS, 25)]
    # Another Faker may draw other names for the same seeds: its version is part of the key.
    assert stored["key"]["faker"] == importlib.metadata.version("Faker")
    assert stored["key"]["locales"] == [list(pair) for pair in SEEDS]


def test_a_hit_reads_the_file(cache: Path) -> None:
    cached_names(SEEDS, 25)
    (path,) = _files(cache)
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["value"][0][0] = ["Planted"] * 25
    path.write_text(json.dumps(stored), encoding="utf-8")
    assert cached_names(SEEDS, 25)[0][0] == ["Planted"] * 25


def test_a_hit_gives_the_same_pools_as_faker(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missed = build_people_pools(5)
    hit = build_people_pools(5)
    assert len(_files(cache)) == 1
    blocker = tmp_path / "file"
    blocker.write_text("no cache folder can be made below a file")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    uncached = build_people_pools(5)
    assert _same_pools(missed, uncached)
    assert _same_pools(hit, uncached)
    assert not _same_pools(build_people_pools(6), uncached)


HIT_PROBE = """
import json, sys
from seeder.generate.tables.people import build_people_pools
pools = build_people_pools(int(sys.argv[1]))
print(json.dumps({"faker": "faker" in sys.modules, "first": pools.first_names[0].tolist()}))
"""


def test_a_hit_never_imports_faker(cache: Path) -> None:
    expected = build_people_pools(9)  # fills the cache
    done = run_python(HIT_PROBE, "9", env={**os.environ, CACHE_ENV: str(cache)})
    result = json.loads(done.stdout)
    assert result["first"] == expected.first_names[0].tolist()
    assert not result["faker"]


def _damaged(stored: bytes) -> list[bytes]:
    document = json.loads(stored)
    short = json.loads(stored)
    short["value"][1][1] = short["value"][1][1][:-1]
    not_text = json.loads(stored)
    not_text["value"][0][0][3] = 3
    other_key = json.loads(stored)
    other_key["key"]["count"] = 24
    return [
        b"",
        stored[: len(stored) // 2],
        b"\xff\xfe\x00garbage",
        b"[" * 100_000,
        json.dumps(document["value"]).encode(),
        json.dumps(short).encode(),
        json.dumps(not_text).encode(),
        json.dumps(other_key).encode(),
    ]


def test_a_damaged_file_is_drawn_again_and_rewritten(cache: Path) -> None:
    expected = cached_names(SEEDS, 25)
    (path,) = _files(cache)
    good = path.read_bytes()
    for damaged in _damaged(good):
        path.write_bytes(damaged)
        assert cached_names(SEEDS, 25) == expected
        assert path.read_bytes() == good
    assert _files(cache) == [path]


def test_a_folder_that_cannot_be_written_still_gives_the_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the home folder should be")
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv(HOME_ENV, str(blocker))
    assert cached_names(SEEDS, 25) == draw_names(SEEDS, 25)
    assert blocker.read_text() == "a file where the home folder should be"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_folder_still_gives_the_names(cache: Path) -> None:
    cache.mkdir()
    cache.chmod(0o500)
    try:
        assert cached_names(SEEDS, 25) == draw_names(SEEDS, 25)
        assert _files(cache) == []
    finally:
        cache.chmod(0o700)


def test_the_cache_keeps_the_most_recently_used_files(cache: Path) -> None:
    long_ago = time.time() - 10_000
    seeds = [(("en_GB", seed),) for seed in range(CACHE_FILES_KEPT + 3)]
    written = []
    for age, seed in enumerate(seeds):
        cached_names(seed, 3)
        (new,) = set(_files(cache)) - set(written)
        os.utime(new, (long_ago + age, long_ago + age))
        written.append(new)
        if age == 1:
            cached_names(seeds[0], 3)  # a hit: the first file is the most recently used
    kept = set(_files(cache))
    assert len(kept) == CACHE_FILES_KEPT
    assert written[0] in kept and written[-1] in kept
    assert kept.isdisjoint(written[1:4])


def test_pruning_leaves_files_the_cache_did_not_write(cache: Path) -> None:
    """SEEDER_CACHE_DIR may name a folder of the user's: only seeder's own names are pruned."""
    cache.mkdir(parents=True, exist_ok=True)
    mine = [cache / f"names-contacts-{n}.json" for n in range(CACHE_FILES_KEPT + 2)]
    mine.append(cache / "names-notes.draft.partial")
    for path in mine:
        path.write_text("mine")
        os.utime(path, (1_000_000, 1_000_000))  # older than anything the cache writes
    for seed in range(CACHE_FILES_KEPT + 2):
        cached_names((("en_GB", seed),), 3)
    assert all(path.read_text() == "mine" for path in mine)
    assert len(set(_files(cache)) - set(mine)) == CACHE_FILES_KEPT  # its own are pruned


def test_a_hit_refreshes_the_time_of_last_use(cache: Path) -> None:
    cached_names(SEEDS, 3)
    (path,) = _files(cache)
    os.utime(path, (1_000_000, 1_000_000))
    cached_names(SEEDS, 3)
    assert path.stat().st_mtime > time.time() - 3600


def test_small_bytes_are_the_same_without_a_cache_cold_and_warm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("no cache folder can be made below a file")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert table_digests(500, 42) == GOLDEN_SMALL_SEED_42  # no cache at all
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    assert table_digests(500, 42) == GOLDEN_SMALL_SEED_42  # a miss, which writes the file
    assert len(_files(tmp_path / "cache")) == 1
    assert table_digests(500, 42) == GOLDEN_SMALL_SEED_42  # a hit


def test_worker_processes_read_the_cache(cache: Path) -> None:
    """Workers take the names from the file too: a planted name reaches the users table."""
    build_people_pools(8)  # fills the cache for the run's seed
    (path,) = _files(cache)
    stored = json.loads(path.read_text(encoding="utf-8"))
    for first, _ in stored["value"]:
        first[:] = ["Plantedname"] * len(first)
    path.write_text(json.dumps(stored), encoding="utf-8")
    users = b"".join(data for table, data in _encoded_stream(20_000, 8, jobs=2) if table == "users")
    assert b"Plantedname" in users
