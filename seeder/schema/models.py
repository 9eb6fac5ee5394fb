"""SQLAlchemy 2 models of the support tables (seven, the scenario events behind some tickets, and
the run manifest that says what made them).

The schema in a database comes only from the Alembic migrations; these models are what the
migrations were generated from, and a test proves the two agree.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    Numeric,
    PrimaryKeyConstraint,
    SmallInteger,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from seeder.domain import (
    CHANNELS,
    COUNTRIES,
    HASH_ENCODINGS,
    LANGUAGES,
    MANIFEST_TABLE,
    PRODUCTS,
    RUN_TARGETS,
    SYMPTOM_CATEGORIES,
    TICKET_STATUSES,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


UTC_NOTE = "timestamp without time zone, UTC"

# The text ids compare byte by byte, whatever the database's locale: their order is the same
# under every locale (one prefix, then digits), and under a language locale such as
# en_US.UTF-8 each comparison of their keys and foreign keys went through strcoll (a 1M load:
# 37-39 s of server CPU against 20-24 s, benchmarks/README.md). Comparing them with a text
# column of the database's default collation uses C.
ID_TEXT = Text(collation="C")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    """A support agent."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("fte > 0 AND fte <= 1", name="fte_range"),
        CheckConstraint("hourly_rate_eur > 0", name="hourly_rate_positive"),
        {"comment": "Support agents (the spec's users_table)."},
    )

    id: Mapped[int] = mapped_column(
        Integer, primary_key=True, autoincrement=False, comment="Agent id, 1..number of agents"
    )
    first_name: Mapped[str] = mapped_column(Text, comment="Agent's first name")
    last_name: Mapped[str] = mapped_column(Text, comment="Agent's last name")
    fte: Mapped[Decimal] = mapped_column(
        Numeric(3, 2), comment="Full-time equivalent: 1.00 = 8 h per working day"
    )
    position: Mapped[str] = mapped_column(Text, comment="Job position (support_agent)")
    start_date: Mapped[dt.date] = mapped_column(Date, comment="First working day")
    status: Mapped[str] = mapped_column(Text, comment="Employment status (active)")
    hourly_rate_eur: Mapped[Decimal] = mapped_column(
        Numeric(5, 2), comment="Hourly rate in EUR, higher with experience"
    )


class Customer(Base):
    """A customer who contacts support."""

    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint(_one_of("country", COUNTRIES), name="country_valid"),
        {"comment": "Customers of the audio-equipment company."},
    )

    id: Mapped[int] = mapped_column(
        Integer,
        primary_key=True,
        autoincrement=False,
        comment="Customer id, 1..number of customers",
    )
    name: Mapped[str] = mapped_column(Text, comment="Full name")
    email: Mapped[str] = mapped_column(Text, unique=True, comment="E-mail address, unique")
    phone: Mapped[str] = mapped_column(Text, comment="Phone number in international format")
    country: Mapped[str] = mapped_column(
        Text, comment="UK, Germany, Austria, Netherlands, France or Belgium"
    )


class ScenarioEvent(Base):
    """Ground truth: a configured scenario event (params `[[events]]`) in the run's range."""

    __tablename__ = "scenario_events"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        {"comment": "Scenario events (firmware bugs, outages, strikes...) that caused tickets."},
    )

    id: Mapped[int] = mapped_column(
        Integer,
        primary_key=True,
        autoincrement=False,
        comment="Event id: its position in the configured events, from 1",
    )
    kind: Mapped[str] = mapped_column(Text, comment="firmware_bug, outage, carrier_strike, ...")
    name: Mapped[str] = mapped_column(Text, comment="Short name of the event")
    starts_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), comment=f"Start of the event's first day ({UTC_NOTE})"
    )
    ends_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False),
        comment=f"End of the event: midnight after its last day ({UTC_NOTE})",
    )
    description: Mapped[str] = mapped_column(Text, comment="What happened, in one sentence")
    parameters: Mapped[str] = mapped_column(
        Text, comment="The event's configuration as a JSON object (cast to jsonb to query)"
    )


class Ticket(Base):
    """A support case: one customer, one owner, one or more interactions."""

    __tablename__ = "tickets"
    __table_args__ = (
        CheckConstraint(_one_of("origin", CHANNELS), name="origin_valid"),
        CheckConstraint(_one_of("symptom_cat", SYMPTOM_CATEGORIES), name="symptom_cat_valid"),
        CheckConstraint(_one_of("status", TICKET_STATUSES), name="status_valid"),
        CheckConstraint(_one_of("product", PRODUCTS), name="product_valid"),
        CheckConstraint(_one_of("language", LANGUAGES), name="language_valid"),
        CheckConstraint(
            "ticket_closed IS NULL OR ticket_closed >= ticket_created", name="closed_after_created"
        ),
        CheckConstraint("(status = 'closed') = (ticket_closed IS NOT NULL)", name="closed_status"),
        CheckConstraint("ticket_rating BETWEEN 1 AND 5", name="rating_range"),
        CheckConstraint("NOT (fcr AND escalated)", name="fcr_not_escalated"),
        Index(None, "ticket_created"),
        Index(None, "ticket_closed"),
        {"comment": "Support tickets (cases)."},
    )

    ticket_id: Mapped[str] = mapped_column(ID_TEXT, primary_key=True, comment="TKT-00001 format")
    origin: Mapped[str] = mapped_column(Text, comment="Channel of the first contact")
    symptom_cat: Mapped[str] = mapped_column(Text, comment="Issue category")
    symptom: Mapped[str] = mapped_column(Text, comment="Specific issue within the category")
    status: Mapped[str] = mapped_column(Text, comment="new, open or closed")
    product: Mapped[str] = mapped_column(Text, comment="Product concerned")
    ticket_owner: Mapped[int] = mapped_column(
        ForeignKey("users.id"), index=True, comment="Agent responsible for the ticket"
    )
    language: Mapped[str] = mapped_column(Text, comment="Customer language, from their country")
    fcr: Mapped[bool] = mapped_column(
        Boolean, comment="First contact resolution: resolved with exactly one interaction"
    )
    escalated: Mapped[bool] = mapped_column(Boolean, comment="Escalated to second line")
    ticket_created: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), comment=f"Creation time ({UTC_NOTE})"
    )
    ticket_closed: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=False), comment=f"Closure time, NULL unless closed ({UTC_NOTE})"
    )
    last_interaction_time: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), comment=f"Latest interaction_handled of the ticket ({UTC_NOTE})"
    )
    resolution_after_last_interaction_hours: Mapped[Decimal | None] = mapped_column(
        Numeric(8, 2), comment="Hours from last_interaction_time to ticket_closed"
    )
    lifecycle_hours: Mapped[Decimal | None] = mapped_column(
        Numeric(8, 2), comment="Hours from ticket_created to ticket_closed"
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id"), index=True, comment="Customer who raised the ticket"
    )
    ticket_rating: Mapped[int | None] = mapped_column(
        SmallInteger, comment="Customer satisfaction rating 1..5, NULL when not rated"
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("scenario_events.id"),
        index=True,
        comment="Scenario event that caused the ticket, NULL for ordinary tickets",
    )


class Interaction(Base):
    """One contact between the customer and an agent on a ticket."""

    __tablename__ = "interactions"
    __table_args__ = (
        CheckConstraint(_one_of("channel", CHANNELS), name="channel_valid"),
        CheckConstraint("handle_time > 0", name="handle_time_positive"),
        CheckConstraint("speed_of_answer >= 0", name="speed_of_answer_nonnegative"),
        CheckConstraint("interaction_handled >= interaction_created", name="handled_after_created"),
        Index(None, "interaction_created"),
        {"comment": "Customer-agent interactions over email, phone and chat."},
    )

    interaction_id: Mapped[str] = mapped_column(
        ID_TEXT, primary_key=True, comment="INT-000001 format"
    )
    channel: Mapped[str] = mapped_column(Text, comment="email, phone or chat")
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id"), index=True, comment="Customer of the ticket"
    )
    interaction_created: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False),
        comment=f"When the agent started handling the contact ({UTC_NOTE})",
    )
    handle_time: Mapped[Decimal] = mapped_column(Numeric(6, 1), comment="Handle time in minutes")
    speed_of_answer: Mapped[Decimal] = mapped_column(
        Numeric(8, 2),
        comment="Wait before the answer: HOURS for email, SECONDS for phone and chat",
    )
    interaction_handled: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False),
        comment=f"interaction_created + handle_time ({UTC_NOTE})",
    )
    handled_by: Mapped[int] = mapped_column(
        ForeignKey("users.id"), index=True, comment="Agent who handled the contact"
    )
    subject: Mapped[str | None] = mapped_column(
        Text, comment="Subject line (email and chat), in the ticket's language"
    )
    body: Mapped[str | None] = mapped_column(
        Text, comment="Message text (email and chat), in the ticket's language"
    )
    ticket_id: Mapped[str] = mapped_column(
        ID_TEXT,
        ForeignKey("tickets.ticket_id"),
        index=True,
        comment="Ticket the contact belongs to",
    )


class WfmEntry(Base):
    """One agent's workforce-management time for one calendar day."""

    __tablename__ = "wfm"
    __table_args__ = (
        PrimaryKeyConstraint("user_id", "date"),
        CheckConstraint("scheduled_time >= 0 AND paid_time >= 0", name="times_nonnegative"),
        CheckConstraint("available_time <= scheduled_time", name="available_within_scheduled"),
        CheckConstraint(
            "interactions_time <= productive_time", name="interactions_within_productive"
        ),
        CheckConstraint(
            "(shift_start IS NULL) = (shift_end IS NULL) AND "
            "(shift_start IS NULL OR shift_end > shift_start)",
            name="shift_whole",
        ),
        Index(None, "date"),
        {"comment": "Daily workforce-management time per agent, in minutes."},
    )

    date: Mapped[dt.date] = mapped_column(Date, comment="Calendar day")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), comment="Agent")
    paid_time: Mapped[int] = mapped_column(
        Integer, comment="Paid minutes: scheduled_time plus overtime"
    )
    scheduled_time: Mapped[int] = mapped_column(
        Integer, comment="Scheduled minutes: the shift's length, 0 on days off"
    )
    available_time: Mapped[int] = mapped_column(
        Integer, comment="Scheduled minus breaks and absence, minutes"
    )
    interactions_time: Mapped[int] = mapped_column(
        Integer, comment="Minutes on customer interactions including after-contact work"
    )
    productive_time: Mapped[int] = mapped_column(
        Integer, comment="interactions_time plus meetings, training and admin, minutes"
    )
    # Appended by revision 0002, after the columns of 0001 (the generator emits them last).
    shift_start: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=False), comment=f"Start of the shift, NULL on days off ({UTC_NOTE})"
    )
    shift_end: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=False), comment=f"End of the shift, NULL on days off ({UTC_NOTE})"
    )


class Call(Base):
    """A phone call in the queue: answered (linked to an interaction) or abandoned."""

    __tablename__ = "calls"
    __table_args__ = (
        CheckConstraint("(answered IS NULL) <> (abandoned IS NULL)", name="answered_xor_abandoned"),
        CheckConstraint("is_abandoned = (abandoned IS NOT NULL)", name="is_abandoned_flag"),
        CheckConstraint("(interaction_id IS NULL) = is_abandoned", name="interaction_iff_answered"),
        Index(None, "initialized"),
        {"comment": "Phone queue records, answered and abandoned."},
    )

    id: Mapped[str] = mapped_column(ID_TEXT, primary_key=True, comment="CAL-000001 format")
    initialized: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), comment=f"Call entered the queue ({UTC_NOTE})"
    )
    answered: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=False), comment=f"Answered by an agent, NULL if abandoned ({UTC_NOTE})"
    )
    abandoned: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=False), comment=f"Caller hung up, NULL if answered ({UTC_NOTE})"
    )
    is_abandoned: Mapped[bool] = mapped_column(Boolean, comment="True when abandoned")
    interaction_id: Mapped[str | None] = mapped_column(
        ID_TEXT,
        ForeignKey("interactions.interaction_id"),
        unique=True,
        comment="Interaction of an answered call, NULL if abandoned",
    )


class Chat(Base):
    """A chat session in the queue: answered (linked to an interaction) or abandoned."""

    __tablename__ = "chats"
    __table_args__ = (
        CheckConstraint("(answered IS NULL) <> (abandoned IS NULL)", name="answered_xor_abandoned"),
        CheckConstraint("is_abandoned = (abandoned IS NOT NULL)", name="is_abandoned_flag"),
        CheckConstraint("(interaction_id IS NULL) = is_abandoned", name="interaction_iff_answered"),
        Index(None, "initialized"),
        {"comment": "Chat queue records, answered and abandoned."},
    )

    id: Mapped[str] = mapped_column(ID_TEXT, primary_key=True, comment="CHA-000001 format")
    initialized: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), comment=f"Chat entered the queue ({UTC_NOTE})"
    )
    answered: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=False), comment=f"Answered by an agent, NULL if abandoned ({UTC_NOTE})"
    )
    abandoned: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=False), comment=f"Customer left, NULL if answered ({UTC_NOTE})"
    )
    is_abandoned: Mapped[bool] = mapped_column(Boolean, comment="True when abandoned")
    interaction_id: Mapped[str | None] = mapped_column(
        ID_TEXT,
        ForeignKey("interactions.interaction_id"),
        unique=True,
        comment="Interaction of an answered chat, NULL if abandoned",
    )


class SeedRun(Base):
    """The manifest of one load: what made the data, and what the data was (not a data table)."""

    __tablename__ = MANIFEST_TABLE
    __table_args__ = (
        CheckConstraint(_one_of("target", RUN_TARGETS), name="target_valid"),
        CheckConstraint(
            _one_of("content_hash_encoding", HASH_ENCODINGS), name="hash_encoding_valid"
        ),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("finished_at >= started_at", name="finished_after_started"),
        {
            "comment": "One row per load, newest last: the inputs and the per-table row counts "
            "and content hashes of the data it wrote (kept across --reset: the history)."
        },
    )

    id: Mapped[int] = mapped_column(
        BigInteger,
        Identity(always=True),
        primary_key=True,
        comment="Run number, in the order runs were recorded: the highest describes the data",
    )
    target: Mapped[str] = mapped_column(
        Text, comment="How the data arrived: load (seed) or dump (a seed dump file run by psql)"
    )
    seeder_version: Mapped[str] = mapped_column(Text, comment="seeder version that made the data")
    seed: Mapped[int] = mapped_column(BigInteger, comment="Random seed (--seed)")
    tickets: Mapped[int] = mapped_column(Integer, comment="Tickets generated (--size or --tickets)")
    customers: Mapped[int] = mapped_column(
        Integer, comment="Customers generated (--customers, else scaled with the tickets)"
    )
    agents: Mapped[int] = mapped_column(
        Integer, comment="Agents generated, the users rows (--agents, else scaled with the tickets)"
    )
    start_date: Mapped[dt.date] = mapped_column(Date, comment="First day of the data (--start)")
    end_date: Mapped[dt.date] = mapped_column(Date, comment="Last day of the data (--end)")
    params_toml: Mapped[str] = mapped_column(
        Text, comment="Every generation parameter, as the TOML `seed config` prints (a --config)"
    )
    params_sha256: Mapped[str] = mapped_column(
        Text, comment="SHA-256 of params_toml in UTF-8, 64 hex digits (as in a dump's header)"
    )
    started_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True),
        comment="When the loading transaction began, now() (for a dump: when psql ran it)",
    )
    finished_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True),
        comment="When the loading transaction wrote this row, just before its commit",
    )
    row_counts: Mapped[dict[str, int]] = mapped_column(
        JSONB, comment="Rows written per data table, a JSON object {table: rows}"
    )
    content_hashes: Mapped[dict[str, str]] = mapped_column(
        JSONB,
        comment="SHA-256 (hex) per data table of its rows as encoded, in load order, a JSON "
        "object {table: hash} (docs/run_manifest.md)",
    )
    content_hash_encoding: Mapped[str] = mapped_column(
        Text,
        comment="What content_hashes hash: binary (binary COPY rows, a load), text (COPY text "
        "lines, a copy dump) or insert (INSERT VALUES lists, an insert dump)",
    )
