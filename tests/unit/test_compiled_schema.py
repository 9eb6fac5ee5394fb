"""The precompiled schema file is current, and a stale one is never used."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from seeder.schema.offline import (
    COMPILED_PATH,
    compile_schema,
    compiled_schema,
    compiled_schema_from,
    read_compiled,
    without_transaction,
)
from seeder.schema.scripts import schema_sources, schema_sources_digest

REFRESH = "stale: run `python -m seeder.schema.offline` and commit the file"


def test_shipped_file_equals_a_fresh_compilation_of_the_sources() -> None:
    shipped = read_compiled(COMPILED_PATH)
    assert shipped.sources_digest == schema_sources_digest(), REFRESH
    assert shipped == compile_schema(), REFRESH


def test_digest_covers_models_and_every_migration_script() -> None:
    names = [name for name, _ in schema_sources()]
    assert "seeder/schema/models.py" in names
    assert "alembic/env.py" in names
    assert any(name.startswith("alembic/versions/") for name in names)
    assert not any("__pycache__" in name for name in names)


def test_a_stale_file_is_ignored_in_favour_of_the_sources(tmp_path: Path) -> None:
    stale = dataclasses.replace(
        read_compiled(COMPILED_PATH),
        sources_digest="0" * 64,
        create_sql="CREATE TABLE from_an_old_migration (id int);\n",
        deferred_drop=(),
    )
    path = tmp_path / "compiled_schema.json"
    path.write_text(json.dumps(dataclasses.asdict(stale)))
    assert compiled_schema_from(path) == compile_schema()


def test_an_unreadable_file_falls_back_to_the_sources(tmp_path: Path) -> None:
    path = tmp_path / "compiled_schema.json"
    path.write_text("{ not json")
    assert compiled_schema_from(path) == compile_schema()
    assert compiled_schema_from(tmp_path / "missing.json") == compile_schema()


def test_create_sql_holds_the_schema_but_no_transaction_of_its_own() -> None:
    sql = compiled_schema().create_sql
    assert "CREATE TABLE alembic_version" in sql
    assert "CREATE TABLE interactions" in sql
    lines = [line.strip() for line in sql.splitlines()]
    # The first revision inserts its row, each later one updates it: the last one names head.
    versions = [
        line
        for line in lines
        if "alembic_version (version_num) VALUES" in line
        or line.startswith("UPDATE alembic_version")
    ]
    assert versions[0].startswith("INSERT INTO alembic_version")
    assert f"'{compiled_schema().head}'" in versions[-1].split("WHERE")[0]
    assert "BEGIN;" not in lines
    assert "COMMIT;" not in lines
    assert "RETURNING" not in sql


def test_without_transaction_strips_only_the_outer_begin_and_commit() -> None:
    script = "BEGIN;\n\nCREATE TABLE t (id int);\n\nCOMMIT;\n\n"
    assert without_transaction(script) == "CREATE TABLE t (id int);\n"
    assert without_transaction("BEGIN;\n\nCOMMIT;\n") == ""
