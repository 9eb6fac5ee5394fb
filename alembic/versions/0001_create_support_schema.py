"""Create the seven support tables: users, customers, tickets, interactions, calls, chats, wfm.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 16:39:00.766311

Generated with `alembic revision --autogenerate` against an empty database from seeder.models;
every constraint and index name comes from the models' naming convention (op.f marks a name as
final). Parents are created before children and dropped after them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False, comment="Customer id, 1..number of customers"),
        sa.Column("name", sa.Text(), nullable=False, comment="Full name"),
        sa.Column("email", sa.Text(), nullable=False, comment="E-mail address, unique"),
        sa.Column(
            "phone", sa.Text(), nullable=False, comment="Phone number in international format"
        ),
        sa.Column(
            "country",
            sa.Text(),
            nullable=False,
            comment="UK, Germany, Austria, Netherlands, France or Belgium",
        ),
        sa.CheckConstraint(
            "country IN ('UK', 'Germany', 'Austria', 'Netherlands', 'France', 'Belgium')",
            name=op.f("ck_customers_country_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("email", name=op.f("uq_customers_email")),
        comment="Customers of the audio-equipment company.",
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False, comment="Agent id, 1..number of agents"),
        sa.Column("first_name", sa.Text(), nullable=False, comment="Agent's first name"),
        sa.Column("last_name", sa.Text(), nullable=False, comment="Agent's last name"),
        sa.Column(
            "fte",
            sa.Numeric(precision=3, scale=2),
            nullable=False,
            comment="Full-time equivalent: 1.00 = 8 h per working day",
        ),
        sa.Column("position", sa.Text(), nullable=False, comment="Job position (support_agent)"),
        sa.Column("start_date", sa.Date(), nullable=False, comment="First working day"),
        sa.Column("status", sa.Text(), nullable=False, comment="Employment status (active)"),
        sa.Column(
            "hourly_rate_eur",
            sa.Numeric(precision=5, scale=2),
            nullable=False,
            comment="Hourly rate in EUR, higher with experience",
        ),
        sa.CheckConstraint("fte > 0 AND fte <= 1", name=op.f("ck_users_fte_range")),
        sa.CheckConstraint("hourly_rate_eur > 0", name=op.f("ck_users_hourly_rate_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        comment="Support agents (the spec's users_table).",
    )
    op.create_table(
        "tickets",
        sa.Column("ticket_id", sa.Text(), nullable=False, comment="TKT-00001 format"),
        sa.Column("origin", sa.Text(), nullable=False, comment="Channel of the first contact"),
        sa.Column("symptom_cat", sa.Text(), nullable=False, comment="Issue category"),
        sa.Column(
            "symptom", sa.Text(), nullable=False, comment="Specific issue within the category"
        ),
        sa.Column("status", sa.Text(), nullable=False, comment="new, open or closed"),
        sa.Column("product", sa.Text(), nullable=False, comment="Product concerned"),
        sa.Column(
            "ticket_owner", sa.Integer(), nullable=False, comment="Agent responsible for the ticket"
        ),
        sa.Column(
            "language", sa.Text(), nullable=False, comment="Customer language, from their country"
        ),
        sa.Column(
            "fcr",
            sa.Boolean(),
            nullable=False,
            comment="First contact resolution: resolved with exactly one interaction",
        ),
        sa.Column("escalated", sa.Boolean(), nullable=False, comment="Escalated to second line"),
        sa.Column(
            "ticket_created",
            sa.DateTime(),
            nullable=False,
            comment="Creation time (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "ticket_closed",
            sa.DateTime(),
            nullable=True,
            comment="Closure time, NULL unless closed (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "last_interaction_time",
            sa.DateTime(),
            nullable=False,
            comment="Latest interaction_handled of the ticket (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "resolution_after_last_interaction_hours",
            sa.Numeric(precision=8, scale=2),
            nullable=True,
            comment="Hours from last_interaction_time to ticket_closed",
        ),
        sa.Column(
            "lifecycle_hours",
            sa.Numeric(precision=8, scale=2),
            nullable=True,
            comment="Hours from ticket_created to ticket_closed",
        ),
        sa.Column(
            "customer_id", sa.Integer(), nullable=False, comment="Customer who raised the ticket"
        ),
        sa.Column(
            "ticket_rating",
            sa.SmallInteger(),
            nullable=True,
            comment="Customer satisfaction rating 1..5, NULL when not rated",
        ),
        sa.CheckConstraint(
            "(status = 'closed') = (ticket_closed IS NOT NULL)",
            name=op.f("ck_tickets_closed_status"),
        ),
        sa.CheckConstraint(
            "language IN ('english', 'french', 'german')", name=op.f("ck_tickets_language_valid")
        ),
        sa.CheckConstraint(
            "origin IN ('email', 'phone', 'chat')", name=op.f("ck_tickets_origin_valid")
        ),
        sa.CheckConstraint(
            "product IN ('headphones', 'speakers', 'amplifiers', 'turntables')",
            name=op.f("ck_tickets_product_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('new', 'open', 'closed')", name=op.f("ck_tickets_status_valid")
        ),
        sa.CheckConstraint(
            "symptom_cat IN ('troubleshooting', 'finance', 'logistics', 'rma', 'product', 'complaint')",
            name=op.f("ck_tickets_symptom_cat_valid"),
        ),
        sa.CheckConstraint("NOT (fcr AND escalated)", name=op.f("ck_tickets_fcr_not_escalated")),
        sa.CheckConstraint(
            "ticket_closed IS NULL OR ticket_closed >= ticket_created",
            name=op.f("ck_tickets_closed_after_created"),
        ),
        sa.CheckConstraint("ticket_rating BETWEEN 1 AND 5", name=op.f("ck_tickets_rating_range")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_tickets_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_owner"], ["users.id"], name=op.f("fk_tickets_ticket_owner_users")
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_tickets")),
        comment="Support tickets (cases).",
    )
    op.create_index(op.f("ix_tickets_customer_id"), "tickets", ["customer_id"], unique=False)
    op.create_index(op.f("ix_tickets_ticket_closed"), "tickets", ["ticket_closed"], unique=False)
    op.create_index(op.f("ix_tickets_ticket_created"), "tickets", ["ticket_created"], unique=False)
    op.create_index(op.f("ix_tickets_ticket_owner"), "tickets", ["ticket_owner"], unique=False)
    op.create_table(
        "wfm",
        sa.Column("date", sa.Date(), nullable=False, comment="Calendar day"),
        sa.Column("user_id", sa.Integer(), nullable=False, comment="Agent"),
        sa.Column(
            "paid_time", sa.Integer(), nullable=False, comment="Paid minutes (FTE x 8 h on shift)"
        ),
        sa.Column("scheduled_time", sa.Integer(), nullable=False, comment="Scheduled minutes"),
        sa.Column(
            "available_time",
            sa.Integer(),
            nullable=False,
            comment="Scheduled minus breaks and absence, minutes",
        ),
        sa.Column(
            "interactions_time",
            sa.Integer(),
            nullable=False,
            comment="Minutes on customer interactions including after-contact work",
        ),
        sa.Column(
            "productive_time",
            sa.Integer(),
            nullable=False,
            comment="interactions_time plus meetings, training and admin, minutes",
        ),
        sa.CheckConstraint(
            "available_time <= scheduled_time", name=op.f("ck_wfm_available_within_scheduled")
        ),
        sa.CheckConstraint(
            "interactions_time <= productive_time",
            name=op.f("ck_wfm_interactions_within_productive"),
        ),
        sa.CheckConstraint(
            "scheduled_time >= 0 AND paid_time >= 0", name=op.f("ck_wfm_times_nonnegative")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_wfm_user_id_users")),
        sa.PrimaryKeyConstraint("user_id", "date", name=op.f("pk_wfm")),
        comment="Daily workforce-management time per agent, in minutes.",
    )
    op.create_index(op.f("ix_wfm_date"), "wfm", ["date"], unique=False)
    op.create_table(
        "interactions",
        sa.Column("interaction_id", sa.Text(), nullable=False, comment="INT-000001 format"),
        sa.Column("channel", sa.Text(), nullable=False, comment="email, phone or chat"),
        sa.Column("customer_id", sa.Integer(), nullable=False, comment="Customer of the ticket"),
        sa.Column(
            "interaction_created",
            sa.DateTime(),
            nullable=False,
            comment="When the agent started handling the contact (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "handle_time",
            sa.Numeric(precision=6, scale=1),
            nullable=False,
            comment="Handle time in minutes",
        ),
        sa.Column(
            "speed_of_answer",
            sa.Numeric(precision=8, scale=2),
            nullable=False,
            comment="Wait before the answer: HOURS for email, SECONDS for phone and chat",
        ),
        sa.Column(
            "interaction_handled",
            sa.DateTime(),
            nullable=False,
            comment="interaction_created + handle_time (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "handled_by", sa.Integer(), nullable=False, comment="Agent who handled the contact"
        ),
        sa.Column(
            "subject",
            sa.Text(),
            nullable=True,
            comment="Subject line (email and chat), in the ticket's language",
        ),
        sa.Column(
            "body",
            sa.Text(),
            nullable=True,
            comment="Message text (email and chat), in the ticket's language",
        ),
        sa.Column("ticket_id", sa.Text(), nullable=False, comment="Ticket the contact belongs to"),
        sa.CheckConstraint(
            "channel IN ('email', 'phone', 'chat')", name=op.f("ck_interactions_channel_valid")
        ),
        sa.CheckConstraint("handle_time > 0", name=op.f("ck_interactions_handle_time_positive")),
        sa.CheckConstraint(
            "interaction_handled >= interaction_created",
            name=op.f("ck_interactions_handled_after_created"),
        ),
        sa.CheckConstraint(
            "speed_of_answer >= 0", name=op.f("ck_interactions_speed_of_answer_nonnegative")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_interactions_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["handled_by"], ["users.id"], name=op.f("fk_interactions_handled_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.ticket_id"], name=op.f("fk_interactions_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("interaction_id", name=op.f("pk_interactions")),
        comment="Customer-agent interactions over email, phone and chat.",
    )
    op.create_index(
        op.f("ix_interactions_customer_id"), "interactions", ["customer_id"], unique=False
    )
    op.create_index(
        op.f("ix_interactions_handled_by"), "interactions", ["handled_by"], unique=False
    )
    op.create_index(
        op.f("ix_interactions_interaction_created"),
        "interactions",
        ["interaction_created"],
        unique=False,
    )
    op.create_index(op.f("ix_interactions_ticket_id"), "interactions", ["ticket_id"], unique=False)
    op.create_table(
        "calls",
        sa.Column("id", sa.Text(), nullable=False, comment="CAL-000001 format"),
        sa.Column(
            "initialized",
            sa.DateTime(),
            nullable=False,
            comment="Call entered the queue (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "answered",
            sa.DateTime(),
            nullable=True,
            comment="Answered by an agent, NULL if abandoned (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "abandoned",
            sa.DateTime(),
            nullable=True,
            comment="Caller hung up, NULL if answered (timestamp without time zone, UTC)",
        ),
        sa.Column("is_abandoned", sa.Boolean(), nullable=False, comment="True when abandoned"),
        sa.Column(
            "interaction_id",
            sa.Text(),
            nullable=True,
            comment="Interaction of an answered call, NULL if abandoned",
        ),
        sa.CheckConstraint(
            "(answered IS NULL) <> (abandoned IS NULL)",
            name=op.f("ck_calls_answered_xor_abandoned"),
        ),
        sa.CheckConstraint(
            "(interaction_id IS NULL) = is_abandoned",
            name=op.f("ck_calls_interaction_iff_answered"),
        ),
        sa.CheckConstraint(
            "is_abandoned = (abandoned IS NOT NULL)", name=op.f("ck_calls_is_abandoned_flag")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.interaction_id"],
            name=op.f("fk_calls_interaction_id_interactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calls")),
        sa.UniqueConstraint("interaction_id", name=op.f("uq_calls_interaction_id")),
        comment="Phone queue records, answered and abandoned.",
    )
    op.create_index(op.f("ix_calls_initialized"), "calls", ["initialized"], unique=False)
    op.create_table(
        "chats",
        sa.Column("id", sa.Text(), nullable=False, comment="CHA-000001 format"),
        sa.Column(
            "initialized",
            sa.DateTime(),
            nullable=False,
            comment="Chat entered the queue (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "answered",
            sa.DateTime(),
            nullable=True,
            comment="Answered by an agent, NULL if abandoned (timestamp without time zone, UTC)",
        ),
        sa.Column(
            "abandoned",
            sa.DateTime(),
            nullable=True,
            comment="Customer left, NULL if answered (timestamp without time zone, UTC)",
        ),
        sa.Column("is_abandoned", sa.Boolean(), nullable=False, comment="True when abandoned"),
        sa.Column(
            "interaction_id",
            sa.Text(),
            nullable=True,
            comment="Interaction of an answered chat, NULL if abandoned",
        ),
        sa.CheckConstraint(
            "(answered IS NULL) <> (abandoned IS NULL)",
            name=op.f("ck_chats_answered_xor_abandoned"),
        ),
        sa.CheckConstraint(
            "(interaction_id IS NULL) = is_abandoned",
            name=op.f("ck_chats_interaction_iff_answered"),
        ),
        sa.CheckConstraint(
            "is_abandoned = (abandoned IS NOT NULL)", name=op.f("ck_chats_is_abandoned_flag")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.interaction_id"],
            name=op.f("fk_chats_interaction_id_interactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chats")),
        sa.UniqueConstraint("interaction_id", name=op.f("uq_chats_interaction_id")),
        comment="Chat queue records, answered and abandoned.",
    )
    op.create_index(op.f("ix_chats_initialized"), "chats", ["initialized"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_chats_initialized"), table_name="chats")
    op.drop_table("chats")
    op.drop_index(op.f("ix_calls_initialized"), table_name="calls")
    op.drop_table("calls")
    op.drop_index(op.f("ix_interactions_ticket_id"), table_name="interactions")
    op.drop_index(op.f("ix_interactions_interaction_created"), table_name="interactions")
    op.drop_index(op.f("ix_interactions_handled_by"), table_name="interactions")
    op.drop_index(op.f("ix_interactions_customer_id"), table_name="interactions")
    op.drop_table("interactions")
    op.drop_index(op.f("ix_wfm_date"), table_name="wfm")
    op.drop_table("wfm")
    op.drop_index(op.f("ix_tickets_ticket_owner"), table_name="tickets")
    op.drop_index(op.f("ix_tickets_ticket_created"), table_name="tickets")
    op.drop_index(op.f("ix_tickets_ticket_closed"), table_name="tickets")
    op.drop_index(op.f("ix_tickets_customer_id"), table_name="tickets")
    op.drop_table("tickets")
    op.drop_table("users")
    op.drop_table("customers")
