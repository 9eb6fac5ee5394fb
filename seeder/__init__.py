"""seeder: fill PostgreSQL with a realistic, relationally consistent customer-support dataset.

The library API (the CLI is a thin layer over it)::

    from seeder import build_run_config, load
    summary = load(build_run_config(size="small"), "postgresql://postgres@127.0.0.1/support")

Public names are imported on first use (PEP 562), so `import seeder` and `seed --help` do not
pay for SQLAlchemy, Alembic, numpy and Faker.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    "ConcurrentRunError": "seeder.errors",
    "ConfigError": "seeder.errors",
    "DatabaseError": "seeder.errors",
    "LoadSummary": "seeder.load",
    "Params": "seeder.params",
    "RunConfig": "seeder.config",
    "SchemaVersionError": "seeder.errors",
    "SeederError": "seeder.errors",
    "TargetNotEmptyError": "seeder.errors",
    "ValidationReport": "seeder.checks",
    "build_plan": "seeder.plan",
    "build_run_config": "seeder.config",
    "export_files": "seeder.sinks.export",
    "generate_blocks": "seeder.pipeline",
    "load": "seeder.load",
    "validate_database": "seeder.checks",
    "write_dump": "seeder.sinks.dump",
}

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

if TYPE_CHECKING:
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


class _Package(types.ModuleType):
    """The package module: a submodule never hides the public name it shares (`load`)."""

    def __setattr__(self, name: str, value: object) -> None:
        # The import system sets every newly imported submodule as an attribute of its
        # package; `seeder.load` must stay the function whenever the module is first imported.
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
