"""The Arrow compute kernels the encoders call, without importing `pyarrow.compute`.

Importing `pyarrow.compute` builds a Python wrapper, docstring included, for each of Arrow's
~300 kernels: 28-31 ms here, a tenth of a 25,000-ticket `seed dump`, paid by every process
that encodes (the dump's workers, `seed`'s generator). Its wrappers all end in
`call_function`, with the same option classes, and `pyarrow.compute` exports both publicly:
they live in `pyarrow._compute`, which is imported alone here. (`Array.cast` and `Array.take`
import `pyarrow.compute` on first use, so the encoders call `cast` and `take` below instead.)
"""

from __future__ import annotations

from typing import Any

try:
    from pyarrow._compute import (
        CastOptions,
        MatchSubstringOptions,
        ReplaceSubstringOptions,
        call_function,
    )
except ImportError:  # a pyarrow that moved its private module: the public names are the same
    from pyarrow.compute import (
        CastOptions,
        MatchSubstringOptions,
        ReplaceSubstringOptions,
        call_function,
    )

Arrow = Any
"""An Arrow array or scalar (pyarrow ships no type stubs)."""


def cast(values: Arrow, target: Any) -> Arrow:
    """`values` as `target`, refusing lossy conversions (as `Array.cast` does by default)."""
    return call_function("cast", [values], CastOptions(target))


def take(values: Arrow, indices: Arrow) -> Arrow:
    return call_function("take", [values, indices])


def binary_join_element_wise(*values_then_separator: Arrow) -> Arrow:
    return call_function("binary_join_element_wise", list(values_then_separator))


def binary_length(values: Arrow) -> Arrow:
    return call_function("binary_length", [values])


def if_else(condition: Arrow, when_true: Arrow, when_false: Arrow) -> Arrow:
    return call_function("if_else", [condition, when_true, when_false])


def replace_substring(values: Arrow, pattern: str, replacement: str) -> Arrow:
    options = ReplaceSubstringOptions(pattern, replacement)
    return call_function("replace_substring", [values], options)


def match_substring_regex(values: Arrow, pattern: str) -> Arrow:
    return call_function("match_substring_regex", [values], MatchSubstringOptions(pattern))


def or_(left: Arrow, right: Arrow) -> Arrow:
    return call_function("or", [left, right])


def equal(left: Arrow, right: Arrow) -> Arrow:
    return call_function("equal", [left, right])


def any_true(values: Arrow) -> bool:
    """Whether any value is true (nulls skipped)."""
    return bool(call_function("any", [values]).as_py())
