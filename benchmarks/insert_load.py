"""The INSERT contrast: the same job as `seed`, done the way a naive loader does it.

    python benchmarks/insert_load.py --tickets N --database-url URL --report FILE

A whole program, so that it compares with `seed` end to end on equal terms: start Python,
migrate the empty database (the same migration `seed` runs), generate the very same rows,
turn them into Python tuples, psycopg `executemany` INSERTs into the tables with every index
and foreign key in place, commit, ANALYZE. Writes --report FILE (JSON): the rows, and the
seconds spent in executemany and the commit alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from psycopg import sql

# Run as a script, sys.path[0] is benchmarks/ itself; the seeder package is one level up.
sys.path.append(str(Path(__file__).resolve().parent.parent))

from seeder.config import build_run_config
from seeder.db.urls import libpq_conninfo
from seeder.domain import TABLES
from seeder.encode.blocks import Block, Kind, text_values
from seeder.generate.plan import build_plan
from seeder.generate.produce import generate_blocks
from seeder.schema.sql_migrate import migrate_to_head


def python_rows(block: Block) -> list[tuple[Any, ...]]:
    """The block's rows as tuples of Python values psycopg adapts (int, str, datetime...)."""
    columns: list[list[Any]] = []
    for column in block.columns:
        values = text_values(column) if column.kind is Kind.TEXT else column.values
        if column.kind in (Kind.INT, Kind.DEC1, Kind.DEC2):
            py = values.astype(np.int64).tolist()
            if column.kind is not Kind.INT:
                exponent = -1 if column.kind is Kind.DEC1 else -2
                py = [Decimal(v).scaleb(exponent) for v in py]
        elif column.kind is Kind.TIMESTAMP:
            py = values.astype(np.int64).astype("datetime64[s]").astype(object).tolist()
        elif column.kind is Kind.DATE:
            py = values.astype(np.int64).astype("datetime64[D]").astype(object).tolist()
        elif column.kind is Kind.BOOL:
            py = values.astype(bool).tolist()
        else:
            py = values.tolist()
        if column.nulls is not None:
            py = [None if null else v for v, null in zip(py, column.nulls.tolist(), strict=True)]
        columns.append(py)
    return list(zip(*columns, strict=True))


def insert_all(url: str, tickets: int) -> dict[str, float]:
    """Load `tickets` tickets' dataset with INSERTs: rows, and executemany + commit seconds."""
    config = build_run_config(tickets=tickets)
    statements_seconds = 0.0
    rows = 0
    with psycopg.connect(libpq_conninfo(url)) as conn:
        migrate_to_head(conn)
        with conn.cursor() as cursor:
            for block in generate_blocks(build_plan(config)):
                if block.rows == 0:
                    continue
                names = [c.name for c in block.columns]
                statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                    sql.Identifier(block.table),
                    sql.SQL(", ").join(map(sql.Identifier, names)),
                    sql.SQL(", ").join(sql.Placeholder() * len(names)),
                )
                values = python_rows(block)
                started = time.perf_counter()
                cursor.executemany(statement, values)
                statements_seconds += time.perf_counter() - started
                rows += len(values)
        started = time.perf_counter()
        conn.commit()
        statements_seconds += time.perf_counter() - started
        conn.autocommit = True
        conn.execute(f"ANALYZE {', '.join(TABLES)}")
    return {"rows": rows, "statements_seconds": statements_seconds}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Load the dataset with executemany INSERTs.")
    parser.add_argument("--tickets", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--report", type=Path, required=True, help="write the figures here")
    args = parser.parse_args(argv)
    args.report.write_text(json.dumps(insert_all(args.database_url, args.tickets)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
