"""Alembic environment for the seeder schema.

The schema comes from `seeder.schema.models`; the target comes from our own configuration,
never from alembic.ini: a connection injected by `seeder.schema.migrations` (cookbook "Sharing
a Connection"), or else the URL `seeder.db.target.resolve_database_url()` gives
(--database-url / DATABASE_URL / embedded server). Offline (`--sql`) output is rendered for
PostgreSQL without any URL.
"""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any

from alembic import context
from sqlalchemy import Connection

from seeder.schema.models import Base

config = context.config
target_metadata = Base.metadata

# Both comparisons are off by default; `alembic check` and the models-vs-migrations test need them.
COMPARE_OPTIONS: dict[str, Any] = {"compare_type": True, "compare_server_default": True}

_injected = config.attributes.get("connection")

# Only the alembic command line configures logging: a program that injects its connection keeps
# its own logging setup (the library never prints).
if config.config_file_name is not None and _injected is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def run_migrations_offline() -> None:
    """Render the migrations as SQL for PostgreSQL; no server is contacted."""
    context.configure(
        dialect_name="postgresql",
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **COMPARE_OPTIONS,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Connection) -> None:
    # On a connection already inside a transaction, begin_transaction() is a no-op and the
    # caller decides when to commit.
    context.configure(connection=connection, target_metadata=target_metadata, **COMPARE_OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run on the injected connection, else on one opened from seeder's URL resolution."""
    if isinstance(_injected, Connection):
        _run_on(_injected)
        return

    from seeder.db.connect import sqlalchemy_engine
    from seeder.db.target import resolve_database_url

    engine = sqlalchemy_engine(resolve_database_url())
    try:
        with engine.connect() as connection:
            _run_on(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
