"""Add seed_runs: the run manifest, one row per load of the data.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 19:15:17.628827

Issue #20 item 3: every load (and every dump, when psql runs it) records what made the data
(seeder version, seed, counts, dates, the parameters as TOML) and what it wrote (rows and a
content hash per table), so `seed validate` and `seed report` can use the parameters the data
was made with. Not a data table: a load appends to it and never truncates it, so it keeps the
history of loads. A database at 0003 (data included) upgrades in place, with no row: validate
then falls back to the default parameters, as before. Generated with `alembic revision
--autogenerate` against a database at 0003; the CHECK constraints are added by hand (Alembic
does not compare them).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str, comment: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, comment=comment)


def upgrade() -> None:
    op.create_table(
        "seed_runs",
        sa.Column(
            "id",
            sa.BigInteger(),
            sa.Identity(always=True),
            nullable=False,
            comment="Run number, in the order runs were recorded: the highest describes the data",
        ),
        _text(
            "target",
            "How the data arrived: load (seed) or dump (a seed dump file run by psql)",
        ),
        _text("seeder_version", "seeder version that made the data"),
        sa.Column("seed", sa.BigInteger(), nullable=False, comment="Random seed (--seed)"),
        sa.Column(
            "tickets",
            sa.Integer(),
            nullable=False,
            comment="Tickets generated (--size or --tickets)",
        ),
        sa.Column(
            "customers",
            sa.Integer(),
            nullable=False,
            comment="Customers generated (--customers, else scaled with the tickets)",
        ),
        sa.Column(
            "agents",
            sa.Integer(),
            nullable=False,
            comment="Agents generated, the users rows (--agents, else scaled with the tickets)",
        ),
        sa.Column(
            "start_date", sa.Date(), nullable=False, comment="First day of the data (--start)"
        ),
        sa.Column("end_date", sa.Date(), nullable=False, comment="Last day of the data (--end)"),
        _text(
            "params_toml",
            "Every generation parameter, as the TOML `seed config` prints (a --config)",
        ),
        _text(
            "params_sha256",
            "SHA-256 of params_toml in UTF-8, 64 hex digits (as in a dump's header)",
        ),
        sa.Column(
            "started_at",
            sa.DateTime(timezone=True),
            nullable=False,
            comment="When the loading transaction began, now() (for a dump: when psql ran it)",
        ),
        sa.Column(
            "finished_at",
            sa.DateTime(timezone=True),
            nullable=False,
            comment="When the loading transaction wrote this row, just before its commit",
        ),
        sa.Column(
            "row_counts",
            postgresql.JSONB(astext_type=sa.Text()),
            nullable=False,
            comment="Rows written per data table, a JSON object {table: rows}",
        ),
        sa.Column(
            "content_hashes",
            postgresql.JSONB(astext_type=sa.Text()),
            nullable=False,
            comment="SHA-256 (hex) per data table of its rows as encoded, in load order, a JSON "
            "object {table: hash} (docs/run_manifest.md)",
        ),
        _text(
            "content_hash_encoding",
            "What content_hashes hash: binary (binary COPY rows, a load), text (COPY text "
            "lines, a copy dump) or insert (INSERT VALUES lists, an insert dump)",
        ),
        sa.CheckConstraint(
            "target IN ('load', 'dump')", name=op.f("ck_seed_runs_target_valid")
        ),
        sa.CheckConstraint(
            "content_hash_encoding IN ('binary', 'text', 'insert')",
            name=op.f("ck_seed_runs_hash_encoding_valid"),
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_seed_runs_dates_ordered")),
        sa.CheckConstraint(
            "finished_at >= started_at", name=op.f("ck_seed_runs_finished_after_started")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seed_runs")),
        comment="One row per load, newest last: the inputs and the per-table row counts and "
        "content hashes of the data it wrote (kept across --reset: the history).",
    )


def downgrade() -> None:
    op.drop_table("seed_runs")
