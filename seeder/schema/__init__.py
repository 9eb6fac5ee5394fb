"""The schema: SQLAlchemy models, Alembic migrations, the offline compilation."""
