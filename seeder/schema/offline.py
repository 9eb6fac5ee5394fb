"""The schema as the hot paths need it, compiled ahead of time from the migrations and models.

Seeding and dumping need four facts about the schema: the SQL that builds it (Alembic's
offline rendering of the migrations), the head revision, the deferred index and foreign-key
statements, and each column's type. Computing them means importing SQLAlchemy and Alembic,
a large share of a small `seed` run's start-up. So they are compiled into
`seeder/data/compiled_schema.json`, stamped with a digest of the files they come from; at run
time a matching digest means the file is current, and any mismatch (an edited migration or
model) compiles them afresh from the sources instead. `python -m seeder.schema.offline`
rewrites the file, and a test fails while it is stale.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from seeder.schema.scripts import schema_sources_digest

COMPILED_PATH = Path(__file__).resolve().parents[1] / "data" / "compiled_schema.json"


@dataclass(frozen=True)
class CompiledSchema:
    """What seeding and dumping need to know about the schema, without SQLAlchemy or Alembic."""

    sources_digest: str
    head: str
    revisions: tuple[str, ...]
    create_sql: str  # the migrations, base -> head, without BEGIN/COMMIT
    deferred_drop: tuple[str, ...]
    deferred_create: tuple[str, ...]
    deferred_by_table: dict[str, tuple[str, ...]]  # each table's keys and indexes
    column_types: dict[str, dict[str, str]]  # data table -> column -> binary COPY type name


@cache
def compiled_schema() -> CompiledSchema:
    """The compiled schema: from the shipped file when current, else compiled from sources."""
    return compiled_schema_from(COMPILED_PATH)


def compiled_schema_from(path: Path) -> CompiledSchema:
    """The schema compiled into the file at `path` when current, else compiled from sources.

    A missing or unreadable file counts as stale.
    """
    digest = schema_sources_digest()
    try:
        stored = read_compiled(path)
    except (OSError, ValueError, KeyError, TypeError):
        stored = None
    if stored is not None and stored.sources_digest == digest:
        return stored
    return compile_schema(digest)


def read_compiled(path: Path) -> CompiledSchema:
    """The compiled schema stored at `path` (raises on a missing or malformed file)."""
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return CompiledSchema(
        sources_digest=str(raw["sources_digest"]),
        head=str(raw["head"]),
        revisions=tuple(raw["revisions"]),
        create_sql=str(raw["create_sql"]),
        deferred_drop=tuple(raw["deferred_drop"]),
        deferred_create=tuple(raw["deferred_create"]),
        deferred_by_table={t: tuple(sql) for t, sql in raw["deferred_by_table"].items()},
        column_types={t: dict(c) for t, c in raw["column_types"].items()},
    )


def compile_schema(digest: str | None = None) -> CompiledSchema:
    """Compute every fact from the models and the Alembic scripts (imports both: slow)."""
    from seeder.domain import TABLES
    from seeder.schema.deferred_ddl import deferred_ddl
    from seeder.schema.migrations import head_revision, known_revisions, render_offline_sql
    from seeder.schema.models import Base

    ddl = deferred_ddl()
    return CompiledSchema(
        sources_digest=digest or schema_sources_digest(),
        head=head_revision(),
        revisions=tuple(sorted(known_revisions())),
        create_sql=without_transaction(render_offline_sql()),
        deferred_drop=ddl.drop,
        deferred_create=ddl.create,
        deferred_by_table=ddl.by_table,
        column_types={
            name: {column.name: binary_type_name(column.type) for column in table.columns}
            for name, table in Base.metadata.tables.items()
            if name in TABLES  # the tables COPY fills (the run manifest is INSERTed)
        },
    )


def without_transaction(script: str) -> str:
    """An offline migration script without its own BEGIN/COMMIT (callers hold a transaction).

    Also drops `RETURNING alembic_version.version_num`: psql would print the returned row.
    """
    lines = script.splitlines()
    if lines and lines[0].strip() == "BEGIN;":
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and lines[-1].strip() == "COMMIT;":
        lines.pop()
    text = "\n".join(lines).strip()
    text = text.replace(" RETURNING alembic_version.version_num", "")
    return text + "\n" if text else ""


def binary_type_name(sql_type: object) -> str:
    """The binary COPY encoding of a SQLAlchemy column type (see seeder.encode.binary.PgType)."""
    from sqlalchemy import BigInteger, Boolean, Date, DateTime, Integer, Numeric, SmallInteger, Text

    # Subclasses first: BigInteger and SmallInteger are Integers.
    for python_type, name in (
        (SmallInteger, "int2"),
        (BigInteger, "int8"),
        (Integer, "int4"),
        (Numeric, "numeric"),
        (Boolean, "bool"),
        (DateTime, "timestamp"),
        (Date, "date"),
        (Text, "text"),
    ):
        if isinstance(sql_type, python_type):
            return name
    raise ValueError(f"no binary COPY encoding for column type {sql_type!r}")


def write_compiled(path: Path = COMPILED_PATH) -> CompiledSchema:
    """Compile from the sources and write the file (a temporary name, then a rename)."""
    schema = compile_schema()
    document = asdict(schema)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    temporary.replace(path)
    return schema


if __name__ == "__main__":  # python -m seeder.schema.offline: refresh the shipped file
    write_compiled()
