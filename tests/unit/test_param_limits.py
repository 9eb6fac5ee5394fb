"""Every numeric parameter, set to an extreme value, is refused by name or generates cleanly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import pytest

from seeder.config import RunConfig, build_run_config
from seeder.encode.binary import encode_copy_binary
from seeder.errors import ConfigError
from seeder.generate.plan import build_plan
from seeder.generate.produce import Pools, build_pools, generate_blocks
from seeder.params import Params, params_from_mapping, read_toml
from seeder.params.limits import UPPER_LIMITS

EXTREMES = (0, -1, 1e-9, 1e-3, 1e6, 1e308, float("nan"), float("inf"))
INT_EXTREMES = (0, -1, 1_000_000, 2**63 - 1)
WEEKEND = (dt.date(2025, 1, 4), dt.date(2025, 1, 5))
ONE_DAY = dt.timedelta(days=1)


def numeric_leaves(node: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """(path, default) of every number `seed config` prints; lists by their first item."""
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in numeric_leaves(value, (*path, key))]
    if isinstance(node, list):
        return numeric_leaves(node[0], (*path, "0"))
    if isinstance(node, int | float) and not isinstance(node, bool):
        return [(path, node)]
    return []


def mapping_for(path: tuple[str, ...], value: float, defaults: dict[str, Any]) -> dict[str, Any]:
    """The parsed-TOML mapping that sets one leaf (a list's first item) to `value`.

    Tables hold only the key on the path; lists keep their other items.
    """
    key, rest = path[0], path[1:]
    if key == "0":
        inner = mapping_for(rest, value, defaults[0]) if rest else value
        return [inner, *defaults[1:]]  # type: ignore[return-value]
    return {key: mapping_for(rest, value, defaults[key]) if rest else value}


DEFAULTS = dataclasses.asdict(Params())
CASES = [
    (".".join(path), mapping_for(path, value, DEFAULTS))
    for path, default in numeric_leaves(DEFAULTS)
    for value in (INT_EXTREMES if isinstance(default, int) else EXTREMES)
]


def generate_and_encode(config: RunConfig, pools: Pools) -> None:
    """Every block of the run, encoded as the load sends it; any warning is an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for block in generate_blocks(build_plan(config), pools=pools):
            encode_copy_binary(block)


@pytest.mark.slow
def test_an_extreme_value_is_refused_by_name_or_generates() -> None:
    base = build_run_config(tickets=60, start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 14))
    # The pools depend on the seed alone: built once, they halve the sweep's time.
    pools = build_pools(base.seed)
    generated = 0
    for label, mapping in CASES:
        name = label.removesuffix(".0")
        try:
            params = params_from_mapping(mapping)
        except ConfigError as exc:
            assert name in str(exc) or name.split(".")[0] in str(exc), (label, str(exc))
            continue
        try:
            generate_and_encode(dataclasses.replace(base, params=params), pools)
        except ConfigError:
            continue  # the plan's own checks (no agent on a day), also exit 2
        except Exception as exc:  # the test reports which value broke what
            pytest.fail(f"{label} = {mapping}: {type(exc).__name__}: {exc}")
        generated += 1
    assert generated > 50  # the sweep did generate data, not only refuse it


LIMIT_IDS = [path for path, _, _ in UPPER_LIMITS]


@pytest.mark.parametrize(("path", "limit", "why"), UPPER_LIMITS, ids=LIMIT_IDS)
def test_a_value_above_its_limit_is_refused_by_name(path: str, limit: float, why: str) -> None:
    concrete = path.replace("*", "phone" if "speed" in path or "handle" in path else "calls")
    mapping = mapping_for(tuple(concrete.split(".")), limit * 10, DEFAULTS)
    with pytest.raises(ConfigError, match=f"^{concrete} = .*: at most"):
        params_from_mapping(mapping)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_refused(value: float) -> None:
    with pytest.raises(ConfigError, match=r"hourly_weights\[3\] = .*: expected a finite number"):
        params_from_mapping({"hourly_weights": [1.0] * 3 + [value] + [1.0] * 20})


def test_weights_that_overflow_their_sum_are_refused() -> None:
    with pytest.raises(ConfigError, match=r"weekday_weights\[0\] = 1e\+308: weights are relat"):
        params_from_mapping({"weekday_weights": [1e308, 1e308, 1, 1, 1, 1, 1]})


def test_a_short_range_needs_a_weekday_with_weight(tmp_path: Path) -> None:
    config = tmp_path / "weekdays.toml"
    config.write_text("weekday_weights = [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0]\n")
    # Fine over a week or more, and over a range holding a Monday.
    build_run_config(tickets=10, config_file=config)
    build_run_config(tickets=10, start=WEEKEND[0], end=WEEKEND[1] + ONE_DAY, config_file=config)
    with pytest.raises(ConfigError, match=r"every day from 2025-01-04 to 2025-01-05 \(Saturday"):
        build_run_config(tickets=10, start=WEEKEND[0], end=WEEKEND[1], config_file=config)


def test_the_last_day_needs_an_hour_with_weight_before_arrivals_stop() -> None:
    late = [0.0] * 18 + [1.0] * 6
    with pytest.raises(ConfigError, match="hourly_weights: every hour before 18:00 has weight 0"):
        params_from_mapping({"hourly_weights": late})
    # A shorter span lets the last day's arrivals run into the 18:00 hour.
    params_from_mapping({"hourly_weights": late, "max_interaction_span_hours": 5.5})


def test_minimums_are_judged_at_their_stored_resolution() -> None:
    # 0.001 min of handling is stored as 0.1 min (6 s), 0.001 h of email wait as 0.01 h
    # (36 s): 300 such contacts take 12,600 s, more than half of a 6 h span.
    tiny = {"min": 0.001, "median": 0.01}
    config = {
        "max_contacts": 300,
        "handle_time_minutes": {"email": tiny},
        "speed_of_answer": {"email": tiny},
    }
    with pytest.raises(ConfigError, match=r"handle_time_minutes\.email\.min / speed_of_answer"):
        params_from_mapping(config)


def test_a_config_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes("# café\nescalation_rate = 0.1\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"is not UTF-8 text .*: save it as UTF-8"):
        read_toml(path)
