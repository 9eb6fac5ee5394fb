"""`seed dump`: self-contained, byte-reproducible .sql files that the real psql loads."""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

import psycopg
import pytest
from tests_support import (
    REPO_ROOT,
    FailingSink,
    database_url,
    psql_binary,
    psql_file,
    table_fingerprints,
    temporary_database,
)

from seeder.config import build_run_config
from seeder.errors import OutputError
from seeder.pipeline.run import load, run, write_dump
from seeder.schema.migrations import head_revision
from seeder.sinks.dump import DumpSink

PREBUILT = {"small": 500, "medium": 2_500, "large": 10_000}


@pytest.mark.parametrize("size", PREBUILT)
def test_prebuilt_dump_is_exactly_what_the_generator_writes(size: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{size}.sql"
    write_dump(build_run_config(size=size), fresh)
    committed = REPO_ROOT / "sql" / "dumps" / f"{size}.sql"
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"sql/dumps/{size}.sql is stale: regenerate with `seed dump --size {size} "
        f"-o sql/dumps/{size}.sql --force`"
    )


@pytest.mark.parametrize("size", PREBUILT)
def test_prebuilt_dump_loads_with_psql(size: str, fresh_database_url: str) -> None:
    done = psql_file(fresh_database_url, REPO_ROOT / "sql" / "dumps" / f"{size}.sql")
    assert done.returncode == 0, done.stderr
    counts = {t: n for t, (n, _) in table_fingerprints(fresh_database_url).items()}
    assert counts["tickets"] == PREBUILT[size]
    assert all(n > 0 for n in counts.values())
    with psycopg.connect(fresh_database_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )


def test_dump_holds_exactly_the_rows_seed_loads(
    tmp_path: Path, fresh_database_url: str, migrated_database_url: str
) -> None:
    config = build_run_config(tickets=800, seed=13)
    path = tmp_path / "d.sql"
    write_dump(config, path, fmt="insert")
    assert psql_file(fresh_database_url, path).returncode == 0
    load(config, migrated_database_url)
    assert table_fingerprints(fresh_database_url) == table_fingerprints(migrated_database_url)


def test_copy_and_insert_formats_give_the_same_database(
    tmp_path: Path, fresh_database_url: str, server_url: str
) -> None:
    config = build_run_config(tickets=600, seed=4)
    copy_path, insert_path = tmp_path / "c.sql", tmp_path / "i.sql"
    write_dump(config, copy_path)
    write_dump(config, insert_path, fmt="insert")
    assert b"COPY tickets (" in copy_path.read_bytes()
    assert b"INSERT INTO tickets (" in insert_path.read_bytes()
    assert psql_file(fresh_database_url, copy_path).returncode == 0
    with temporary_database(server_url) as name:
        other = database_url(server_url, name)
        assert psql_file(other, insert_path).returncode == 0
        assert table_fingerprints(other) == table_fingerprints(fresh_database_url)


def test_same_inputs_give_identical_files_whatever_the_batch_size(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sql.gz", tmp_path / "b.sql.gz"
    write_dump(build_run_config(tickets=700, seed=2, batch_rows=13), first)
    write_dump(build_run_config(tickets=700, seed=2, batch_rows=50_000), second)
    assert first.read_bytes() == second.read_bytes()
    assert gzip.decompress(first.read_bytes()).startswith(b"-- seeder ")


def test_gzip_dump_loads_through_gunzip(tmp_path: Path, fresh_database_url: str) -> None:
    path = tmp_path / "d.sql.gz"
    write_dump(build_run_config(tickets=300), path)
    done = subprocess.run(
        f"gunzip -c {path} | {psql_binary()} -X -q -v ON_ERROR_STOP=1 -d '{fresh_database_url}'",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert table_fingerprints(fresh_database_url)["tickets"][0] == 300


def test_data_only_dump_loads_into_a_migrated_database(
    tmp_path: Path, migrated_database_url: str
) -> None:
    path = tmp_path / "data.sql"
    write_dump(build_run_config(tickets=300), path, data_only=True)
    assert b"CREATE TABLE" not in path.read_bytes()
    done = psql_file(migrated_database_url, path)
    assert done.returncode == 0, done.stderr
    assert table_fingerprints(migrated_database_url)["tickets"][0] == 300


def test_an_existing_dump_is_replaced_only_with_force(run_seed, tmp_path: Path) -> None:
    path = tmp_path / "old.sql"
    assert run_seed("dump", "--tickets", "50", "-o", str(path), "--quiet").code == 0
    before = path.read_bytes()
    result = run_seed("dump", "--tickets", "60", "-o", str(path))
    assert result.code == 2
    assert "already exists: pass --force" in result.stderr
    assert path.read_bytes() == before
    assert run_seed("dump", "--tickets", "60", "-o", str(path), "--force", "--quiet").code == 0
    assert path.read_bytes() != before


def test_a_file_seeder_did_not_write_is_refused_with_or_without_force(
    run_seed, tmp_path: Path
) -> None:
    path = tmp_path / "keep.sql"
    path.write_text("precious")
    for force in ([], ["--force"]):
        result = run_seed("dump", "--tickets", "50", "-o", str(path), *force, "--quiet")
        assert result.code == 2, "--force replaces only a dump seeder wrote"
        assert "was not written by seed dump" in result.stderr
        assert "pass --force" not in result.stderr  # advice that would only fail again
        assert path.read_text() == "precious"


def test_a_failure_mid_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.sql"
    config = build_run_config(tickets=300)
    sink = DumpSink(config, path, fmt="copy", data_only=False, force=False)
    full = FailingSink(sink, 3, OSError(28, "No space left on device"))
    with pytest.raises(OutputError, match="No space left on device; nothing was written"):
        run(config, full, str(path))
    assert list(tmp_path.iterdir()) == []


def test_parallel_dump_is_byte_identical(tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial.sql", tmp_path / "parallel.sql"
    write_dump(build_run_config(tickets=9_000, seed=3, jobs=1), serial)
    write_dump(build_run_config(tickets=9_000, seed=3, jobs=2), parallel)
    assert serial.read_bytes() == parallel.read_bytes()
