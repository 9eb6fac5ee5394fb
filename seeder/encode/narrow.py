"""Integer arrays held in the narrowest type that holds their values, while rows wait.

Generators draw every integer column as int64, and most hold codes, counts or ids that fit
in one to four bytes. A Dask worker keeps drawn ticket ranges waiting for their id offsets
(a busy day at 10M tickets holds 15 MiB of integer arrays, 6 MiB narrowed). The encoders
cast integers to the width they write, so a narrowed block encodes to the same bytes as the
original (tests/unit/test_narrow.py holds every encoder to that).
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")

_NARROW_TYPES = (np.int8, np.int16, np.int32)


def narrow(value: T) -> T:
    """`value`, a tree of frozen dataclasses, tuples and arrays, with each int64 array in the
    smallest signed integer type that holds its values."""
    narrowed: T = _map_arrays(value)
    return narrowed


def _narrow_array(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    if values.dtype != np.int64 or values.size == 0:
        return values
    low, high = int(values.min()), int(values.max())
    for kind in _NARROW_TYPES:
        limits = np.iinfo(kind)
        if limits.min <= low and high <= limits.max:
            return values.astype(kind)
    return values


def _map_arrays(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return _narrow_array(value)
    if isinstance(value, tuple):
        return tuple(_map_arrays(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(
            value, **{f.name: _map_arrays(getattr(value, f.name)) for f in fields(value)}
        )
    return value
