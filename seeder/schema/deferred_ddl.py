"""Keys, indexes and foreign keys, dropped before a bulk load and re-created after it.

pg_restore and `pgbench -i` load data before they build indexes and foreign keys: one sort per
index and one anti-join per foreign key cost far less than maintaining every index and firing
every foreign-key trigger row by row. It pays at every size (benchmarks/README.md), so loads
and dumps always do it.

Primary keys and unique constraints go too, as pg_restore creates them after the data: even
with rows arriving in key order, maintaining the text primary key of interactions costs more
than building it afterwards. They come back first, since the foreign keys need them.

The statements come from the models, by their convention names; the models equal the
migrations (a test proves it), so what is re-created is exactly what was dropped. The run
manifest (seed_runs) is left alone: a load appends one row to it and never empties it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Constraint, Index, MetaData, UniqueConstraint
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.schema import (
    AddConstraint,
    CreateIndex,
    DropConstraint,
    DropIndex,
    ExecutableDDLElement,
)

from seeder.domain import MANIFEST_TABLE
from seeder.schema.models import Base


@dataclass(frozen=True)
class DeferredDdl:
    """SQL to run before the data (drop) and after it (create), in that order.

    by_table holds each table's own keys and indexes (the create statements without foreign
    keys), so a table loaded in full can get them while later tables are still loading.
    """

    drop: tuple[str, ...]
    create: tuple[str, ...]
    by_table: dict[str, tuple[str, ...]]


_DIALECT = PGDialect_psycopg()  # type: ignore[no-untyped-call]  # SQLAlchemy leaves it untyped


def _sql(element: ExecutableDDLElement) -> str:
    return str(element.compile(dialect=_DIALECT)).strip()


def deferred_ddl_for(metadata: MetaData) -> DeferredDdl:
    """Drop foreign keys, indexes, then keys; create keys, indexes, then foreign keys.

    Keys are each table's primary key and unique constraints; within a kind, tables come in
    dependency order and names sorted. The run manifest's table is not a data table: left out.
    """
    tables = [table for table in metadata.sorted_tables if table.name != MANIFEST_TABLE]
    keys: dict[str, list[Constraint]] = {}
    indexes: dict[str, list[Index]] = {}
    for table in tables:
        unique = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
        keys[table.name] = [table.primary_key, *sorted(unique, key=lambda c: str(c.name))]
        indexes[table.name] = sorted(table.indexes, key=lambda i: str(i.name))
    foreign_keys = [
        fk
        for table in tables
        for fk in sorted(table.foreign_key_constraints, key=lambda c: str(c.name))
    ]
    create_keys = {t: tuple(_sql(AddConstraint(key)) for key in keys[t]) for t in keys}
    create_indexes = {t: tuple(_sql(CreateIndex(ix)) for ix in indexes[t]) for t in indexes}
    return DeferredDdl(
        drop=tuple(_sql(DropConstraint(fk)) for fk in foreign_keys)
        + tuple(_sql(DropIndex(ix)) for t in indexes for ix in indexes[t])
        + tuple(_sql(DropConstraint(key)) for t in keys for key in keys[t]),
        create=sum(create_keys.values(), ())
        + sum(create_indexes.values(), ())
        + tuple(_sql(AddConstraint(fk)) for fk in foreign_keys),
        by_table={t: create_keys[t] + create_indexes[t] for t in keys},
    )


@cache
def deferred_ddl() -> DeferredDdl:
    """The deferred indexes and foreign keys of seeder's schema."""
    return deferred_ddl_for(Base.metadata)
