"""What `seed validate` reports: one result per check, and the tolerance calibration checks use.

Shared by the runner and the contact-centre checks (seeder/checks/centre.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

if TYPE_CHECKING:
    from seeder.sinks.manifest import RecordedRun

Z_SHARE: Final = 4.5
"""The z of Bernstein's bound (see `tolerance`) between an achieved share or mean and its
configured value: a correct generator strays further with probability below 1e-4 per check."""
_EPSILON: Final = 1e-9  # float noise when a rate of exactly 0 or 1 leaves no tolerance


CheckKind = Literal["integrity", "calibration"]
Outcome = Literal["pass", "fail", "skip"]
Bound = Literal["above", "at most"]
ParamsSource = Literal["given", "recorded", "defaults"]
"""Where validate's parameters came from: the caller, the newest seed_runs row, the defaults."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check; calibration results carry achieved, expected and tolerance.

    A one-sided calibration check carries its `bound` (and a tolerance of 0): achieved must
    be above `expected` (a floor), or at most it (a ceiling).

    A calibration check over too few rows to judge is skipped: it neither passes nor fails.
    """

    name: str
    kind: CheckKind
    outcome: Outcome
    detail: str
    achieved: float | None = None
    expected: float | None = None
    tolerance: float | None = None
    violations: int | None = None
    bound: Bound | None = None

    @property
    def passed(self) -> bool:
        return self.outcome == "pass"

    @property
    def failed(self) -> bool:
        return self.outcome == "fail"

    @property
    def skipped(self) -> bool:
        return self.outcome == "skip"


def outcome_of(passed: bool) -> Outcome:
    return "pass" if passed else "fail"


@dataclass(frozen=True)
class ValidationReport:
    """All check results of one validation run, and where its parameters came from.

    True exactly when it passed (`if report:`); str() is its verdict on one line, and
    iterating it gives its results.
    """

    results: tuple[CheckResult, ...]
    parameters: ParamsSource = "given"
    recorded: RecordedRun | None = None  # the run whose parameters were used, if recorded

    @property
    def passed(self) -> bool:
        """No check failed (skipped checks do not count against the data)."""
        return not self.failures

    def __bool__(self) -> bool:
        return self.passed

    def __iter__(self) -> Iterator[CheckResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __str__(self) -> str:
        verdict = "passed" if self.passed else f"FAILED {len(self.failures)}"
        failed = f" ({', '.join(r.name for r in self.failures)})" if self.failures else ""
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        return f"validation {verdict} of {len(self.results)} checks{failed}{skipped}"

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if r.failed)

    @property
    def skipped(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if r.skipped)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: overall verdict, the failed and skipped names, every result."""
        return {
            "passed": self.passed,
            "checks": len(self.results),
            "failed": [r.name for r in self.failures],
            "skipped": [r.name for r in self.skipped],
            "parameters": self.parameters,
            "recorded_run": None if self.recorded is None else self.recorded.summary(),
            "results": [{**asdict(r), "passed": r.passed} for r in self.results],
        }


# --- calibration -------------------------------------------------------------------------


def tolerance(standard_error: float, n: int, spread: float, z: float = Z_SHARE) -> float:
    """How far the mean of `n` independent values may stray from its expected value.

    Bernstein's inequality, for values at most `spread` from their expected value and with
    `standard_error` the standard deviation of their mean: the distance is exceeded with
    probability below 2 exp(-z^2 / 2), whatever n. For large n it is z standard errors; the
    second term, which shrinks as 1/n, makes room for the skew and granularity of small samples.
    """
    return z * standard_error + z * z * spread / (3.0 * n)


def compare(
    name: str,
    what: str,
    measured: tuple[float, int],
    expected: float,
    allowed: float,
    bounds: tuple[float, float] = (0.0, 1.0),
    source: str = "configured",
) -> CheckResult:
    """Achieved against expected; skipped when no achievable value could fall outside.

    source: where the expected value comes from, as the detail names it."""
    achieved, n = measured
    low, high = bounds
    numbers = f"achieved {achieved:.4f}, {source} {expected:.4f} +- {allowed:.4f} (n={n})"
    if allowed >= max(expected - low, high - expected):
        detail = f"{what}: too few rows to judge: {numbers}"
        return CheckResult(name, "calibration", "skip", detail, achieved, expected, allowed)
    outcome = outcome_of(abs(achieved - expected) <= allowed + _EPSILON)
    detail = f"{what}: {numbers}"
    return CheckResult(name, "calibration", outcome, detail, achieved, expected, allowed)


def no_sample(name: str, what: str, expected: float) -> CheckResult:
    detail = f"{what}: no rows to measure (configured {expected:.4f})"
    return CheckResult(name, "calibration", "skip", detail, expected=expected)


def share(
    name: str,
    what: str,
    count: int,
    n: int,
    expected: float,
    z: float = Z_SHARE,
    source: str = "configured",
) -> CheckResult:
    if n == 0:
        return no_sample(name, what, expected)
    standard_error = math.sqrt(expected * (1.0 - expected) / n)
    spread = max(expected, 1.0 - expected)
    allowed = tolerance(standard_error, n, spread, z)
    return compare(name, what, (count / n, n), expected, allowed, source=source)
