"""seeder: fill PostgreSQL with a realistic, relationally consistent customer-support dataset.

The library API (the CLI is a thin layer over it)::

    from seeder import build_run_config, load
    summary = load(build_run_config(size="small"), "postgresql://postgres@127.0.0.1/support")
"""

from __future__ import annotations

__version__ = "0.1.0"

from seeder.checks import ValidationReport, validate_database
from seeder.config import RunConfig, build_run_config
from seeder.errors import (
    ConcurrentRunError,
    ConfigError,
    DatabaseError,
    SchemaVersionError,
    SeederError,
    TargetNotEmptyError,
)
from seeder.load import LoadSummary, load
from seeder.params import Params
from seeder.pipeline import generate_blocks
from seeder.plan import build_plan
from seeder.sinks.dump import write_dump
from seeder.sinks.export import export_files

__all__ = [
    "ConcurrentRunError",
    "ConfigError",
    "DatabaseError",
    "LoadSummary",
    "Params",
    "RunConfig",
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
