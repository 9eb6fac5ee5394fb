"""Add scenario_events and tickets.event_id: the ground truth of the configured events.

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-10 10:00:00.000000

Issue #19 item 5: each configured `[[events]]` entry in a run's range is a row of
scenario_events, and every ticket an event caused points at it through the nullable
tickets.event_id. The column is appended after 0002's columns, nullable, so a database at
0002 (data included) upgrades in place: its tickets are all ordinary (NULL).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = "timestamp without time zone, UTC"


def upgrade() -> None:
    op.create_table(
        "scenario_events",
        sa.Column(
            "id",
            sa.Integer(),
            autoincrement=False,
            nullable=False,
            comment="Event id: its position in the configured events, from 1",
        ),
        sa.Column(
            "kind", sa.Text(), nullable=False, comment="firmware_bug, outage, carrier_strike, ..."
        ),
        sa.Column("name", sa.Text(), nullable=False, comment="Short name of the event"),
        sa.Column(
            "starts_at",
            sa.DateTime(),
            nullable=False,
            comment=f"Start of the event's first day ({_UTC})",
        ),
        sa.Column(
            "ends_at",
            sa.DateTime(),
            nullable=False,
            comment=f"End of the event: midnight after its last day ({_UTC})",
        ),
        sa.Column(
            "description", sa.Text(), nullable=False, comment="What happened, in one sentence"
        ),
        sa.Column(
            "parameters",
            sa.Text(),
            nullable=False,
            comment="The event's configuration as a JSON object (cast to jsonb to query)",
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_scenario_events_ends_after_starts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_events")),
        comment="Scenario events (firmware bugs, outages, strikes...) that caused tickets.",
    )
    op.add_column(
        "tickets",
        sa.Column(
            "event_id",
            sa.Integer(),
            nullable=True,
            comment="Scenario event that caused the ticket, NULL for ordinary tickets",
        ),
    )
    op.create_index(op.f("ix_tickets_event_id"), "tickets", ["event_id"], unique=False)
    op.create_foreign_key(
        op.f("fk_tickets_event_id_scenario_events"),
        "tickets",
        "scenario_events",
        ["event_id"],
        ["id"],
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("fk_tickets_event_id_scenario_events"), "tickets", type_="foreignkey"
    )
    op.drop_index(op.f("ix_tickets_event_id"), table_name="tickets")
    op.drop_column("tickets", "event_id")
    op.drop_table("scenario_events")
