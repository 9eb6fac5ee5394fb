"""`seed export`: CSV with the original dataset's names, typed Parquet, same rows as a load."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import psycopg
import pytest
from tests_support import FailingSink, table_fingerprints

from seeder.config import build_run_config
from seeder.domain import TABLES
from seeder.errors import OutputError
from seeder.pipeline.run import export_files, load, run
from seeder.schema.models import Base
from seeder.sinks.export import ExportFormat, ExportSink
from seeder.sinks.export_files import MANIFEST_NAME

SPEC_FILES = {
    "users_table.csv", "wfm_table.csv", "customers_table.csv", "scenario_events_table.csv",
    "tickets_table.csv",
    "interactions_table.csv", "calls_table.csv", "chats_table.csv",
}  # fmt: skip


def test_csv_export_matches_a_live_load(
    tmp_path: Path, migrated_database_url: str, fresh_database_url: str
) -> None:
    config = build_run_config(tickets=700, seed=21)
    out = tmp_path / "csv"
    export_files(config, out)
    assert {p.name for p in out.iterdir()} == SPEC_FILES | {MANIFEST_NAME}
    with (out / "tickets_table.csv").open() as handle:
        header = next(csv.reader(handle))
    assert header == [c.name for c in Base.metadata.tables["tickets"].columns]
    # Loading the CSV files back must give exactly what `seed` loads for the same inputs.
    load(config, migrated_database_url)
    with psycopg.connect(fresh_database_url) as conn:
        conn.execute((Path(__file__).parents[2] / "sql" / "schema.sql").read_text())
        for table in TABLES:
            with (
                conn.cursor().copy(f"COPY {table} FROM STDIN (FORMAT csv, HEADER true)") as copy,
                (out / f"{table}_table.csv").open("rb") as handle,
            ):
                copy.write(handle.read())
    assert table_fingerprints(fresh_database_url) == table_fingerprints(migrated_database_url)


def test_csv_booleans_are_zero_and_one(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_files(build_run_config(tickets=200), out)
    with (out / "tickets_table.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert {r["fcr"] for r in rows} == {"0", "1"}
    assert {r["escalated"] for r in rows} <= {"0", "1"}


def test_parquet_export_is_typed_and_matches_a_live_load(
    tmp_path: Path, migrated_database_url: str
) -> None:
    config = build_run_config(tickets=700, seed=21)
    out = tmp_path / "pq"
    export_files(config, out, fmt="parquet")
    load(config, migrated_database_url)
    con = duckdb.connect()
    types = dict(
        con.execute(f"DESCRIBE SELECT * FROM '{out}/tickets.parquet'").fetchall()[i][:2]
        for i in range(17)
    )
    assert types["ticket_created"] == "TIMESTAMP"
    assert types["fcr"] == "BOOLEAN"
    assert types["lifecycle_hours"] == "DECIMAL(12,2)"
    assert types["ticket_owner"] == "BIGINT"
    query = (
        "SELECT count(*), count(ticket_closed), count(ticket_rating), sum(lifecycle_hours), "
        "sum(resolution_after_last_interaction_hours), min(ticket_created), max(ticket_closed) "
        "FROM {}"
    )
    from_parquet = con.execute(query.format(f"'{out}/tickets.parquet'")).fetchone()
    with psycopg.connect(migrated_database_url) as conn:
        from_postgres = conn.execute(query.format("tickets")).fetchone()
    assert from_parquet == from_postgres
    for table in TABLES:
        rows = con.execute(f"SELECT count(*) FROM '{out}/{table}.parquet'").fetchone()
        assert rows == (table_fingerprints(migrated_database_url)[table][0],)


def test_existing_folder_is_refused_and_kept(run_seed, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    for force in ([], ["--force"]):
        result = run_seed("export", "--tickets", "50", "-o", str(out), *force)
        assert result.code == 2
        assert "holds 'mine.txt', which seed export did not write" in result.stderr
        assert (out / "mine.txt").read_text() == "keep me"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_failed_export_leaves_no_folder(tmp_path: Path, fmt: ExportFormat) -> None:
    config = build_run_config(tickets=300)
    sink = ExportSink(config, tmp_path / "out", fmt=fmt, force=False)
    full = FailingSink(sink, 4, OSError(28, "No space left on device"))
    with pytest.raises(OutputError, match="No space left on device; nothing was written"):
        run(config, full, str(tmp_path / "out"))
    assert list(tmp_path.iterdir()) == []
