"""The run manifest: every load and every dump records one seed_runs row, all or nothing."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import LoadDatabase
from psycopg.rows import dict_row
from tests_support import psql_file, table_fingerprints

from seeder.config import RunConfig, build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.domain import MANIFEST_TABLE, TABLES
from seeder.encode.blocks import Block
from seeder.encode.copy_format import EncodedBlock
from seeder.encode.text import encode_copy_text
from seeder.errors import TargetNotEmptyError
from seeder.generate.plan import Plan, build_plan
from seeder.generate.produce import generate_blocks
from seeder.generate.workers import encoded_blocks
from seeder.params import params_from_toml, params_to_toml
from seeder.pipeline.run import load, write_dump
from seeder.version import __version__

# Load order within each table: the ids' numbers ascending (their digits grow past 99,999).
KEY_ORDER = {
    "users": "id",
    "customers": "id",
    "scenario_events": "id",
    "tickets": "length(ticket_id), ticket_id",
    "interactions": "length(interaction_id), interaction_id",
    "calls": "length(id), id",
    "chats": "length(id), id",
    "wfm": "user_id, date",
}


def runs(url: str) -> list[dict[str, Any]]:
    """Every seed_runs row, oldest first."""
    with psycopg.connect(libpq_conninfo(url), row_factory=dict_row) as conn:
        return conn.execute(f"SELECT * FROM {MANIFEST_TABLE} ORDER BY id").fetchall()


def table_counts(url: str) -> dict[str, int]:
    return {table: count for table, (count, _) in table_fingerprints(url).items()}


def generated_hashes(config: RunConfig, encode: Callable[[Block], bytes]) -> dict[str, str]:
    """Each table's SHA-256 over its rows as `encode` writes them, recomputed from the plan."""
    digests = {table: hashlib.sha256() for table in TABLES}
    for block in generate_blocks(build_plan(config)):
        digests[block.table].update(encode(block))
    return {table: digest.hexdigest() for table, digest in digests.items()}


def database_text_hashes(url: str) -> dict[str, str]:
    """What docs/run_manifest.md tells a user to run: COPY (SELECT * ... ORDER BY key) TO STDOUT."""
    out = {}
    with psycopg.connect(libpq_conninfo(url)) as conn:
        for table, key in KEY_ORDER.items():
            digest = hashlib.sha256()
            query = f"COPY (SELECT * FROM {table} ORDER BY {key}) TO STDOUT"
            with conn.cursor().copy(query) as copy:
                for data in copy:
                    digest.update(data)
            out[table] = digest.hexdigest()
    return out


# A configuration other than the defaults, whose TOML holds a quote and a backslash.
CUSTOM = build_run_config(tickets=700, seed=21)
CUSTOM = dataclasses.replace(
    CUSTOM,
    params=dataclasses.replace(
        CUSTOM.params,
        escalation_rate=0.25,
        events=[dataclasses.replace(CUSTOM.params.events[0], name="O'Brien's \\ firmware bug")],
    ),
)


@pytest.fixture(scope="module")
def loaded(loaded_database: LoadDatabase) -> str:
    return loaded_database(CUSTOM).url


def test_a_load_records_what_made_its_data(loaded: str) -> None:
    (run,) = runs(loaded)
    assert run["target"] == "load"
    assert run["seeder_version"] == __version__
    assert (run["seed"], run["tickets"], run["customers"], run["agents"]) == (
        CUSTOM.seed,
        CUSTOM.tickets,
        CUSTOM.customers,
        CUSTOM.agents,
    )
    assert (run["start_date"], run["end_date"]) == (CUSTOM.start, CUSTOM.end)
    assert run["params_toml"] == params_to_toml(CUSTOM.params)
    assert params_from_toml(run["params_toml"]) == CUSTOM.params
    assert run["params_sha256"] == hashlib.sha256(run["params_toml"].encode()).hexdigest()
    assert run["started_at"] <= run["finished_at"]


def test_the_recorded_counts_are_the_tables_counts(loaded: str) -> None:
    (run,) = runs(loaded)
    assert run["row_counts"] == table_counts(loaded)
    assert list(run["row_counts"]) != [] and set(run["row_counts"]) == set(TABLES)


def test_the_recorded_hashes_are_the_binary_rows_sent(loaded: str) -> None:
    from seeder.encode.binary import encode_copy_binary

    (run,) = runs(loaded)
    assert run["content_hash_encoding"] == "binary"
    assert run["content_hashes"] == generated_hashes(CUSTOM, encode_copy_binary)


def test_hashes_do_not_depend_on_batch_size_or_jobs(
    loaded: str, loaded_database: LoadDatabase
) -> None:
    other = loaded_database(dataclasses.replace(CUSTOM, batch_rows=97, jobs=2)).url
    assert runs(other)[0]["content_hashes"] == runs(loaded)[0]["content_hashes"]


def test_a_staged_load_records_the_same_run_and_keeps_the_history(
    loaded: str, fresh_database_url: str
) -> None:
    notices: list[str] = []  # a fallback to one connection would say why here
    load(CUSTOM, fresh_database_url, connections=3, on_notice=notices.append)
    second = build_run_config(tickets=400, seed=2)
    load(second, fresh_database_url, reset=True, connections=3, on_notice=notices.append)
    assert notices == []
    staged, newest = runs(fresh_database_url)
    (single,) = runs(loaded)
    moment = {"id", "started_at", "finished_at"}
    assert {k: v for k, v in staged.items() if k not in moment} == {
        k: v for k, v in single.items() if k not in moment
    }
    assert (newest["seed"], newest["row_counts"]) == (2, table_counts(fresh_database_url))


def test_reset_replaces_the_data_and_keeps_the_history(fresh_database_url: str) -> None:
    first, second = build_run_config(tickets=300, seed=1), build_run_config(tickets=400, seed=2)
    load(first, fresh_database_url)
    old = runs(fresh_database_url)
    with pytest.raises(TargetNotEmptyError):
        load(second, fresh_database_url)
    assert runs(fresh_database_url) == old  # a refused load records nothing
    load(second, fresh_database_url, reset=True)
    history = runs(fresh_database_url)
    assert history[:1] == old and len(history) == 2
    newest = history[-1]
    assert newest["id"] > old[0]["id"] and (newest["seed"], newest["tickets"]) == (2, 400)
    assert newest["row_counts"] == table_counts(fresh_database_url)


def test_recorded_runs_alone_do_not_make_a_database_occupied(fresh_database_url: str) -> None:
    config = build_run_config(tickets=300, seed=3)
    load(config, fresh_database_url)
    with psycopg.connect(libpq_conninfo(fresh_database_url)) as conn:
        conn.execute(f"TRUNCATE {', '.join(TABLES)}")
    load(config, fresh_database_url)  # no --reset needed: no table holds data
    assert [run["seed"] for run in runs(fresh_database_url)] == [3, 3]


def failing_after_six_blocks(
    plan: Plan, encode: Callable[[Block], bytes], batch_rows: int, jobs: int
) -> Iterator[EncodedBlock]:
    blocks = encoded_blocks(plan, encode, batch_rows, jobs)
    for _ in range(6):
        yield next(blocks)
    raise OSError("injected failure mid-load")


def test_a_failed_load_records_nothing(fresh_database_url: str) -> None:
    from seeder.pipeline.run import run
    from seeder.sinks.postgres import PostgresSink

    load(build_run_config(tickets=300, seed=4), fresh_database_url)
    before = runs(fresh_database_url)
    config = build_run_config(tickets=2_000, seed=5)
    sink = PostgresSink(fresh_database_url, config.batch_rows, config=config, reset=True)
    with pytest.raises(OSError, match="injected failure"):
        run(config, sink, "test", make_blocks=failing_after_six_blocks)
    assert runs(fresh_database_url) == before


# --- dumps --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["copy", "insert"])
def test_a_dump_loaded_with_psql_records_the_same_run(
    fmt: str, loaded: str, fresh_database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "d.sql"
    write_dump(CUSTOM, path, fmt=fmt)  # type: ignore[arg-type]
    # The times are the server's when psql runs the file: none is written into it.
    assert b"now(), clock_timestamp()" in path.read_bytes()
    done = psql_file(fresh_database_url, path)
    assert done.returncode == 0, done.stderr
    (run,) = runs(fresh_database_url)
    (loaded_run,) = runs(loaded)
    assert run["target"] == "dump"
    assert run["content_hash_encoding"] == ("text" if fmt == "copy" else "insert")
    same = ("seeder_version", "seed", "tickets", "customers", "agents", "params_toml")
    assert {k: run[k] for k in same} == {k: loaded_run[k] for k in same}
    assert run["row_counts"] == table_counts(fresh_database_url) == loaded_run["row_counts"]
    if fmt == "copy":
        assert run["content_hashes"] == generated_hashes(CUSTOM, encode_copy_text)
        # Reproducible from any database holding the data, the live load's included.
        assert database_text_hashes(loaded) == run["content_hashes"]
    else:
        assert run["content_hashes"] == insert_hashes(path.read_text(encoding="utf-8"))


def insert_hashes(dump: str) -> dict[str, str]:
    """Each table's SHA-256 over the text between its INSERTs' VALUES and their ';'."""
    digests = {table: hashlib.sha256() for table in TABLES}
    for table, values in re.findall(r"INSERT INTO (\w+) \([^)]*\) VALUES\n(.*?);\n\n", dump, re.S):
        if table != MANIFEST_TABLE:
            digests[table].update(values.encode("utf-8"))
    return {table: digest.hexdigest() for table, digest in digests.items()}


def test_a_data_only_dump_records_its_run_in_a_migrated_database(
    migrated_database_url: str, tmp_path: Path
) -> None:
    config = build_run_config(tickets=300, seed=6)
    path = tmp_path / "data.sql"
    write_dump(config, path, data_only=True)
    assert psql_file(migrated_database_url, path).returncode == 0
    (run,) = runs(migrated_database_url)
    assert (run["target"], run["seed"], run["tickets"]) == ("dump", 6, 300)
    assert run["row_counts"] == table_counts(migrated_database_url)
