"""Ids are the prefix and the number zero padded to at least the given digits, any width."""

from __future__ import annotations

import numpy as np
import pytest

from seeder.encode.blocks import text_array
from seeder.generate.tables.numbering import format_ids

EDGES = [0, 1, 9, 10, 99, 100, 99_999, 100_000, 999_999, 1_000_000, 10**12, 10**18 - 1, 2**62]


@pytest.mark.parametrize("digits", [1, 5, 6, 8])
def test_ids_are_zero_padded_to_at_least_the_digits(digits: int) -> None:
    rng = np.random.default_rng(digits)
    numbers = np.concatenate([EDGES, rng.integers(0, 10**9, 5_000), np.arange(99_990, 100_010)])
    ids = format_ids("TKT-", numbers.astype(np.int64), digits)
    assert ids.dtype == text_array([]).dtype
    assert ids.tolist() == [f"TKT-{int(n):0{digits}d}" for n in numbers]


def test_no_numbers_give_no_ids_and_a_negative_one_is_refused() -> None:
    assert format_ids("INT-", np.array([], dtype=np.int64), 6).tolist() == []
    with pytest.raises(ValueError, match="numbered from 0 up"):
        format_ids("INT-", np.array([3, -1], dtype=np.int64), 6)
