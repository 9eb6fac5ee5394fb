"""Vectorised draws from truncated distributions by inverse CDF (no rejection, no clipping).

Truncating by inverse CDF keeps the shape of the distribution inside the bounds: there is
no spike of mass at a bound, which clipping would create. Bounds may differ per row.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from seeder.params import Range, TruncNormal

Floats = NDArray[np.float64]

# Acklam's rational approximation of the standard normal quantile (relative error 1.2e-9).
_A = (-3.969683028665376e01, 2.209460984245205e02, -2.759285104469687e02,
      1.383577518672690e02, -3.066479806614716e01, 2.506628277459239e00)  # fmt: skip
_B = (-5.447609879822406e01, 1.615858368580409e02, -1.556989798598866e02,
      6.680131188771972e01, -1.328068155288572e01)  # fmt: skip
_C = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e00,
      -2.549732539343734e00, 4.374664141464968e00, 2.938163982698783e00)  # fmt: skip
_D = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e00,
      3.754408661907416e00)  # fmt: skip
_P_LOW = 0.02425


_SQRT2 = np.sqrt(2.0)
# normal_cdf's polynomial in t, innermost coefficient first.
_ERFC = (0.17087277, -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806,
         0.09678418, 0.37409196, 1.00002368)  # fmt: skip

# The functions below run in place on temporaries they own, in the same order of operations
# as the textbook expressions in their docstrings: the same bits, with fewer passes over memory.


def _polyval(coeffs: tuple[float, ...], x: Floats) -> Floats:
    """Horner's rule, highest coefficient first: ((c0 * x + c1) * x + c2) ..."""
    out = x * coeffs[0]
    for c in coeffs[1:-1]:
        out += c
        out *= x
    out += coeffs[-1]
    return out


def normal_cdf(x: Floats) -> Floats:
    """Standard normal CDF via erfc (Numerical Recipes erfcc, fractional error < 1.2e-7):
    with z = |x| / sqrt(2) and t = 1 / (1 + z / 2),
    erfc = t * exp(-z * z - 1.26551223 + t * (1.00002368 + t * (... + t * 0.17087277)))."""
    z = np.abs(x)
    z /= _SQRT2
    t = z * 0.5
    t += 1.0
    np.divide(1.0, t, out=t)
    poly = _polyval(_ERFC, t)
    poly *= t
    head = np.negative(z)
    head *= z
    head -= 1.26551223
    poly += head
    np.exp(poly, out=poly)
    poly *= t
    poly *= 0.5  # half of erfc: the CDF below 0, its complement above
    np.subtract(1.0, poly, out=poly, where=x >= 0)
    return poly


def normal_ppf(p: Floats) -> Floats:
    """Standard normal quantile for p in (0, 1)."""
    return _normal_ppf_owned(np.clip(p, 1e-15, 1 - 1e-15))


def _normal_ppf_owned(p: Floats) -> Floats:
    """normal_ppf of p already in [1e-15, 1 - 1e-15], overwriting p.

    The central formula runs over every element (no gather and scatter of the 95 % in the
    middle), then the tails' elements are replaced by theirs.
    """
    low = p < _P_LOW
    high = p > 1 - _P_LOW
    q_low = np.sqrt(-2 * np.log(p[low]))
    q_high = np.sqrt(-2 * np.log(1 - p[high]))
    p -= 0.5
    r = p * p
    out = _polyval(_A, r)
    out *= p
    r_poly = _polyval(_B, r)
    r_poly *= r
    r_poly += 1
    out /= r_poly
    if len(q_low):
        out[low] = _polyval(_C, q_low) / (_polyval(_D, q_low) * q_low + 1)
    if len(q_high):
        out[high] = -_polyval(_C, q_high) / (_polyval(_D, q_high) * q_high + 1)
    return out


def truncated_normal(
    rng: np.random.Generator,
    mean: float | Floats,
    sd: float,
    low: float | Floats,
    high: float | Floats,
    size: int,
) -> Floats:
    """Normal(mean, sd) truncated to [low, high] (bounds may be arrays)."""
    return truncated_normal_at(rng.random(size), mean, sd, low, high)


def truncated_normal_at(
    u: Floats,
    mean: float | Floats,
    sd: float | Floats,
    low: float | Floats,
    high: float | Floats,
) -> Floats:
    """The truncated normal's quantiles at `u`, uniform draws in [0, 1).

    A bound the same for every row (a scalar low or high and mean) costs one CDF, not one
    per row: each element's arithmetic is the same either way.
    """
    mean_a = np.asarray(mean, dtype=np.float64)
    low_a = np.asarray(low, dtype=np.float64)
    high_a = np.asarray(high, dtype=np.float64)
    p_low = normal_cdf(np.atleast_1d((low_a - mean_a) / sd))
    p_high = normal_cdf(np.atleast_1d((high_a - mean_a) / sd))
    p = u * (p_high - p_low)
    p += p_low
    np.clip(p, 1e-15, 1 - 1e-15, out=p)
    x = _normal_ppf_owned(p)
    x *= sd
    x += mean_a
    # Guards only against rounding in the approximations, not a reshaping of the mass.
    return np.clip(x, low_a, high_a, out=x)


def truncated_lognormal(
    rng: np.random.Generator,
    dist: Range,
    size: int,
    *,
    low: float | Floats | None = None,
    high: float | Floats | None = None,
    scale: float | Floats = 1.0,
) -> Floats:
    """Log-normal with the given median (times scale) and sigma, truncated to [low, high].

    low/high default to the distribution's min/max; per-row arrays narrow them further.
    """
    return truncated_lognormal_at(rng.random(size), dist, low=low, high=high, scale=scale)


def truncated_lognormal_at(
    u: Floats,
    dist: Range,
    *,
    low: float | Floats | None = None,
    high: float | Floats | None = None,
    scale: float | Floats = 1.0,
) -> Floats:
    """The truncated log-normal's quantiles at `u`: for draws made before the scale is known."""
    lo = np.maximum(dist.min, low) if low is not None else dist.min
    hi = np.minimum(dist.max, high) if high is not None else dist.max
    hi = np.maximum(hi, lo)
    log_mu = np.log(dist.median * np.asarray(scale, dtype=np.float64))
    return np.exp(truncated_normal_at(u, log_mu, dist.sigma, np.log(lo), np.log(hi)))


def truncated_normal_dist(rng: np.random.Generator, dist: TruncNormal, size: int) -> Floats:
    """Draw from a TruncNormal parameter."""
    return truncated_normal(rng, dist.mean, dist.sd, dist.min, dist.max, size)


def pick_weighted(
    rng: np.random.Generator, weights: Floats | list[float], size: int
) -> NDArray[np.int64]:
    """Indices drawn with the given (not necessarily normalised) weights."""
    cumulative = np.cumsum(np.asarray(weights, dtype=np.float64))
    cumulative /= cumulative[-1]
    idx = np.searchsorted(cumulative, rng.random(size), side="right")
    return np.minimum(idx, len(cumulative) - 1).astype(np.int64)
