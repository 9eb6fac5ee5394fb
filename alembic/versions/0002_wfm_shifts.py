"""Add wfm.shift_start and wfm.shift_end: each rostered day's shift, NULL on days off.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 16:29:39.807949

The contact-centre model (docs/contact_centre.md, issue #18) gives every rostered agent-day a
shift; scheduled_time is its length and paid_time adds the overtime. The columns are appended
after 0001's, nullable, so a database at 0001 (data included) upgrades in place; the CHECK
keeps a shift whole (both ends or neither, and ending after it starts). Generated with
`alembic revision --autogenerate` against a database at 0001; Alembic does not compare CHECK
constraints, so that one is written by hand.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SHIFT_WHOLE = (
    "(shift_start IS NULL) = (shift_end IS NULL) AND "
    "(shift_start IS NULL OR shift_end > shift_start)"
)


def upgrade() -> None:
    op.add_column(
        "wfm",
        sa.Column(
            "shift_start",
            sa.DateTime(),
            nullable=True,
            comment="Start of the shift, NULL on days off (timestamp without time zone, UTC)",
        ),
    )
    op.add_column(
        "wfm",
        sa.Column(
            "shift_end",
            sa.DateTime(),
            nullable=True,
            comment="End of the shift, NULL on days off (timestamp without time zone, UTC)",
        ),
    )
    op.create_check_constraint(op.f("ck_wfm_shift_whole"), "wfm", _SHIFT_WHOLE)
    op.alter_column(
        "wfm",
        "paid_time",
        existing_type=sa.INTEGER(),
        comment="Paid minutes: scheduled_time plus overtime",
        existing_comment="Paid minutes (FTE x 8 h on shift)",
        existing_nullable=False,
    )
    op.alter_column(
        "wfm",
        "scheduled_time",
        existing_type=sa.INTEGER(),
        comment="Scheduled minutes: the shift's length, 0 on days off",
        existing_comment="Scheduled minutes",
        existing_nullable=False,
    )


def downgrade() -> None:
    op.alter_column(
        "wfm",
        "scheduled_time",
        existing_type=sa.INTEGER(),
        comment="Scheduled minutes",
        existing_comment="Scheduled minutes: the shift's length, 0 on days off",
        existing_nullable=False,
    )
    op.alter_column(
        "wfm",
        "paid_time",
        existing_type=sa.INTEGER(),
        comment="Paid minutes (FTE x 8 h on shift)",
        existing_comment="Paid minutes: scheduled_time plus overtime",
        existing_nullable=False,
    )
    op.drop_constraint(op.f("ck_wfm_shift_whole"), "wfm", type_="check")
    op.drop_column("wfm", "shift_end")
    op.drop_column("wfm", "shift_start")
