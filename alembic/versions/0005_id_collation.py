"""Compare the text ids byte by byte: COLLATE "C" on the ids and the columns that refer to them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 08:44:43.323966

Under a language locale such as en_US.UTF-8 every comparison of these ids went through strcoll:
a 1M load into such a database took 37-39 s of server CPU, 20-24 s once they compare byte by
byte (issue #21, benchmarks/README.md); their order is the same under every locale (one prefix,
then digits), so nothing a query returns changes. A database at 0004 (data included) upgrades
in place: PostgreSQL rebuilds the indexes on these columns and checks the foreign keys again.
PostgreSQL cannot change a column that a view reads; such views are the user's (seeder's
analytics views, the dbt project's staging models), so the upgrade names them and changes
nothing rather than drop them. Written by hand: Alembic's autogenerate does not compare collations
(tests/db/test_migrations.py compares them instead).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The keys first, then the columns that refer to them (either order works: PostgreSQL allows a
# foreign key between two deterministic collations).
_ID_COLUMNS = (
    ("tickets", "ticket_id", False),
    ("interactions", "interaction_id", False),
    ("interactions", "ticket_id", False),
    ("calls", "id", False),
    ("calls", "interaction_id", True),
    ("chats", "id", False),
    ("chats", "interaction_id", True),
)


def _refuse_while_views_read_the_ids() -> None:
    """Raise, changing nothing, when views (or materialized views) read one of the columns.

    A DO block rather than a query here: the load migrates with the SQL Alembic renders
    offline (seeder/schema/sql_migrate.py), and on an empty database (a dump) it finds nothing.
    """
    pairs = ", ".join(f"('{table}', '{column}')" for table, column, _ in _ID_COLUMNS)
    op.execute(
        f"""DO $$
DECLARE views text;
BEGIN
    SELECT string_agg(DISTINCT reader.oid::regclass::text, ', ') INTO views
    FROM pg_depend AS dep
    JOIN pg_rewrite AS rule ON rule.oid = dep.objid
    JOIN pg_class AS reader ON reader.oid = rule.ev_class
    JOIN pg_attribute AS col ON col.attrelid = dep.refobjid AND col.attnum = dep.refobjsubid
    JOIN (VALUES {pairs}) AS id_column (tab, name)
      ON dep.refobjid = to_regclass(id_column.tab) AND col.attname = id_column.name
    WHERE dep.classid = 'pg_rewrite'::regclass AND reader.oid <> dep.refobjid;
    IF views IS NOT NULL THEN
        RAISE EXCEPTION 'upgrading the schema to 0005 needs the views on the id columns dropped '
            'first and made again after (DROP SCHEMA analytics CASCADE; dbt''s: DROP SCHEMA dbt '
            'CASCADE, then dbt run); nothing was changed; the views: %', views;
    END IF;
END $$"""
    )


def upgrade() -> None:
    _refuse_while_views_read_the_ids()
    for table, column, nullable in _ID_COLUMNS:
        op.alter_column(
            table,
            column,
            type_=sa.Text(collation="C"),
            existing_type=sa.Text(),
            existing_nullable=nullable,
        )


def downgrade() -> None:
    for table, column, nullable in reversed(_ID_COLUMNS):
        op.alter_column(
            table,
            column,
            type_=sa.Text(),
            existing_type=sa.Text(collation="C"),
            existing_nullable=nullable,
        )
