"""Generation parameters: their types (model), validation (checks) and TOML form (toml)."""

from seeder.params.checks import validate_params
from seeder.params.model import (
    Abandonment,
    Category,
    Params,
    Range,
    TruncNormal,
    Uniform,
)
from seeder.params.toml import params_from_mapping, params_from_toml, params_to_toml, read_toml

__all__ = [
    "Abandonment",
    "Category",
    "Params",
    "Range",
    "TruncNormal",
    "Uniform",
    "params_from_mapping",
    "params_from_toml",
    "params_to_toml",
    "read_toml",
    "validate_params",
]
