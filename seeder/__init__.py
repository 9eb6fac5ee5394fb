"""seeder: fill PostgreSQL with a realistic, relationally consistent customer-support dataset.

The library API (the CLI is a thin layer over it)::

    from seeder import build_run_config, load
    summary = load(build_run_config(size="small"), "postgresql://postgres@127.0.0.1/support")

Public names are imported on first use (PEP 562), so `import seeder` and `seed --help` do not
pay for SQLAlchemy, Alembic, numpy and Faker.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from seeder.version import __version__

# Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    "ConcurrentRunError": "seeder.errors",
    "ConfigError": "seeder.errors",
    "DatabaseError": "seeder.errors",
    "RunSummary": "seeder.sinks.base",
    "Params": "seeder.params",
    "RunConfig": "seeder.config",
    "SchemaVersionError": "seeder.errors",
    "SeederError": "seeder.errors",
    "TargetNotEmptyError": "seeder.errors",
    "ValidationReport": "seeder.checks.runner",
    "build_plan": "seeder.generate.plan",
    "build_run_config": "seeder.config",
    "export_files": "seeder.pipeline.run",
    "generate_blocks": "seeder.generate.produce",
    "load": "seeder.pipeline.run",
    "validate_database": "seeder.checks.runner",
    "write_dump": "seeder.pipeline.run",
}

__all__ = [
    "ConcurrentRunError",
    "ConfigError",
    "DatabaseError",
    "Params",
    "RunConfig",
    "RunSummary",
    "SchemaVersionError",
    "SeederError",
    "TargetNotEmptyError",
    "ValidationReport",
    "__version__",
    "build_plan",
    "build_run_config",
    "export_files",
    "generate_blocks",
    "load",
    "validate_database",
    "write_dump",
]

if TYPE_CHECKING:
    from seeder.checks.runner import ValidationReport, validate_database
    from seeder.config import RunConfig, build_run_config
    from seeder.errors import (
        ConcurrentRunError,
        ConfigError,
        DatabaseError,
        SchemaVersionError,
        SeederError,
        TargetNotEmptyError,
    )
    from seeder.generate.plan import build_plan
    from seeder.generate.produce import generate_blocks
    from seeder.params import Params
    from seeder.pipeline.run import export_files, load, write_dump
    from seeder.sinks.base import RunSummary
else:

    def __getattr__(name: str) -> object:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_EXPORTS})
