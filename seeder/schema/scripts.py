"""Where the Alembic scripts live, and a digest of everything the schema is built from.

Kept free of Alembic and SQLAlchemy imports: the seeding and dump paths only need to know
whether the precompiled schema (seeder/schema/offline.py) still matches these files.
"""

from __future__ import annotations

from pathlib import Path

from seeder.errors import SeederError
from seeder.schema.digests import files_digest

_SCHEMA_DIR = Path(__file__).resolve().parent
_PACKAGE_DIR = _SCHEMA_DIR.parent
# Modules whose code decides the compiled schema, besides the migration scripts themselves.
_SCHEMA_MODULES = ("models.py", "deferred_ddl.py", "offline.py")


def script_location() -> Path:
    """The Alembic folder: `seeder/_alembic` in an installed wheel, else the repo's `alembic/`."""
    for candidate in (_PACKAGE_DIR / "_alembic", _PACKAGE_DIR.parent / "alembic"):
        if (candidate / "env.py").is_file():
            return candidate
    raise SeederError(
        f"the Alembic migrations are missing (looked in {_PACKAGE_DIR / '_alembic'} and "
        f"{_PACKAGE_DIR.parent / 'alembic'}): reinstall seeder"
    )


def schema_sources() -> list[tuple[str, Path]]:
    """(stable name, path) of every file the schema derives from, in a fixed order."""
    scripts = script_location()
    sources = [(f"seeder/schema/{name}", _SCHEMA_DIR / name) for name in _SCHEMA_MODULES]
    sources += sorted(
        (f"alembic/{path.relative_to(scripts).as_posix()}", path)
        for path in scripts.rglob("*.py")
        if "__pycache__" not in path.parts
    )
    return sources


def schema_sources_digest() -> str:
    """The digest of the schema's sources (a few files: well under 1 ms)."""
    return files_digest(schema_sources())
