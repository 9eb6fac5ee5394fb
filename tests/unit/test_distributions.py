"""The truncated draws' arithmetic: in place, but the same bits as the textbook expressions.

The rows are a pure function of the configuration and the seed, across versions too (the
committed dumps and golden hashes): seeder.generate.distributions works on its temporaries
in place and skips per-row work where a bound is the same for every row, so each function is
compared here, bit for bit, with the plain expression it must equal.
"""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from seeder.generate.distributions import (
    _A,
    _B,
    _C,
    _D,
    _P_LOW,
    normal_cdf,
    normal_ppf,
    truncated_normal_at,
)

Floats = NDArray[np.float64]
ROWS = 200_000


def horner(coeffs: tuple[float, ...], x: Floats) -> Floats:
    out = np.full_like(x, coeffs[0])
    for c in coeffs[1:]:
        out = out * x + c
    return out


def textbook_cdf(x: Floats) -> Floats:
    z = np.abs(x) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.5 * z)
    poly = (
        -z * z - 1.26551223
        + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
        + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277))))))))
    )  # fmt: skip
    erfc = t * np.exp(poly)
    result: Floats = np.where(x >= 0, 1.0 - 0.5 * erfc, 0.5 * erfc)
    return result


def textbook_ppf(p: Floats) -> Floats:
    p = np.clip(p, 1e-15, 1 - 1e-15)
    out = np.empty_like(p)
    low, high = p < _P_LOW, p > 1 - _P_LOW
    mid = ~(low | high)
    q = np.sqrt(-2 * np.log(p[low]))
    out[low] = horner(_C, q) / (horner(_D, q) * q + 1)
    q = np.sqrt(-2 * np.log(1 - p[high]))
    out[high] = -horner(_C, q) / (horner(_D, q) * q + 1)
    q = p[mid] - 0.5
    r = q * q
    out[mid] = horner(_A, r) * q / (horner(_B, r) * r + 1)
    return out


def textbook_truncated(u: Floats, mean: object, sd: object, low: object, high: object) -> Floats:
    size = len(u)
    mean_a, low_a, high_a = (
        np.broadcast_to(np.asarray(v, dtype=np.float64), (size,)) for v in (mean, low, high)
    )
    p_low = textbook_cdf((low_a - mean_a) / sd)
    p_high = textbook_cdf((high_a - mean_a) / sd)
    x = mean_a + sd * textbook_ppf(p_low + u * (p_high - p_low))
    return np.clip(x, low_a, high_a)


def test_the_cdf_is_the_textbook_expression_bit_for_bit() -> None:
    x = np.random.default_rng(1).normal(0, 3, ROWS)
    got = normal_cdf(x)
    assert np.array_equal(got, textbook_cdf(x))
    assert ((got >= 0) & (got <= 1)).all() and (np.diff(got[np.argsort(x)]) >= 0).all()


@pytest.mark.parametrize("rows", [0, 1, 7, ROWS])
def test_the_quantile_is_the_textbook_expression_bit_for_bit(rows: int) -> None:
    rng = np.random.default_rng(rows)
    tails = rng.random(rows // 50) * 1e-14
    p = np.concatenate([rng.random(rows), tails, 1 - tails, [_P_LOW, 1 - _P_LOW][: rows and 2]])
    got = normal_ppf(p)
    assert np.array_equal(got, textbook_ppf(p))
    inside = (p > 1e-9) & (p < 1 - 1e-9)
    assert np.allclose(normal_cdf(got[inside]), p[inside], atol=1e-6)  # erfcc's own error


def _bounds(rng: np.random.Generator) -> list[tuple[object, object, object, object]]:
    per_row = rng.normal(0, 1, ROWS)
    return [
        (per_row, 0.7, per_row - rng.uniform(0, 3, ROWS), per_row + rng.uniform(0, 3, ROWS)),
        (1.5, 0.3, 0.1, 4.0),  # every bound the same: one CDF each
        (1.5, 0.3, 1.45, 1.55),  # a narrow window, p_high - p_low small
        (per_row, 0.5, -1.0, 3.0),
        (0.2, 1.1, -3.0, rng.uniform(0, 5, ROWS)),
        (per_row, rng.uniform(0.1, 2, ROWS), per_row - 2, per_row + 2),
    ]


def test_truncated_draws_are_the_textbook_expression_bit_for_bit() -> None:
    rng = np.random.default_rng(3)
    u = rng.random(ROWS)
    for mean, sd, low, high in _bounds(rng):
        got = truncated_normal_at(u, mean, sd, low, high)  # type: ignore[arg-type]
        assert got.shape == (ROWS,)
        assert np.array_equal(got, textbook_truncated(u, mean, sd, low, high))
        assert ((got >= low) & (got <= high)).all()  # type: ignore[operator]
