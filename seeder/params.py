"""Generation parameters: every rate, weight, span and distribution of the spec, set by TOML.

Defaults follow ../shared/seeds/000 (the dataset specification). Where the spec is silent
(handle times, speeds of answer, closure delays, WFM shrinkage) the defaults are what a
support-operations analyst would call ordinary; the README documents each choice.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from seeder.domain import CHANNELS, COUNTRIES, PRODUCTS, SYMPTOM_CATEGORIES
from seeder.errors import ConfigError, shown
from seeder.param_limits import (
    MAX_RELATIVE_WEIGHT,
    check_last_day_hours,
    check_upper_limits,
)

WEIGHT_TOLERANCE = 1e-6
ANCHORS = ("last_interaction", "from_creation")


@dataclass(frozen=True)
class Range:
    """A truncated log-normal distribution: median and log-scale sigma, cut at min and max."""

    median: float
    sigma: float
    min: float
    max: float


@dataclass(frozen=True)
class Uniform:
    """A uniform distribution between min and max."""

    min: float
    max: float


@dataclass(frozen=True)
class TruncNormal:
    """A normal distribution truncated (not clipped) to [min, max]."""

    mean: float
    sd: float
    min: float
    max: float


@dataclass(frozen=True)
class Category:
    """One symptom category: how often it occurs and how it is resolved."""

    weight: float
    fcr_rate: float
    contacts_per_case: float


@dataclass(frozen=True)
class Abandonment:
    """Queue abandonment: share abandoned / (answered + abandoned), varying by day."""

    mean: float
    daily_spread: float
    patience_seconds: Range


def _default_categories() -> dict[str, Category]:
    return {
        "troubleshooting": Category(weight=0.35, fcr_rate=0.50, contacts_per_case=1.5),
        "finance": Category(weight=0.12, fcr_rate=0.00, contacts_per_case=2.3),
        "logistics": Category(weight=0.20, fcr_rate=0.43, contacts_per_case=1.8),
        "rma": Category(weight=0.08, fcr_rate=0.10, contacts_per_case=4.1),
        "product": Category(weight=0.15, fcr_rate=1.00, contacts_per_case=1.2),
        "complaint": Category(weight=0.10, fcr_rate=0.20, contacts_per_case=1.1),
    }


def _default_countries() -> dict[str, float]:
    # The spec's weights sum to 0.90; shipped normalised so they sum to 1.
    raw = {
        "UK": 0.30,
        "Germany": 0.18,
        "Austria": 0.12,
        "Netherlands": 0.10,
        "France": 0.15,
        "Belgium": 0.05,
    }
    total = sum(raw.values())
    return {k: round(v / total, 6) for k, v in raw.items()}


def _default_hourly_weights() -> list[float]:
    # Contact-centre intraday curve (UTC hours): quiet nights, a morning ramp, a lunch dip,
    # an afternoon peak and a long evening tail.
    return [
        0.02, 0.01, 0.01, 0.01, 0.02, 0.05, 0.20, 0.55,
        0.95, 1.00, 0.95, 0.85, 0.70, 0.80, 0.90, 0.85,
        0.75, 0.60, 0.45, 0.35, 0.25, 0.15, 0.08, 0.04,
    ]  # fmt: skip


@dataclass(frozen=True)
class Params:
    """All tunable generation parameters (the `[...]` tables of a --config TOML file)."""

    max_interaction_span_hours: float = 6.0
    escalation_rate: float = 0.12
    anchor_closure_to: str = "last_interaction"
    owner_handles_share: float = 0.80
    follow_up_same_channel: float = 0.70
    max_contacts: int = 12
    closed_share: float = 0.90
    new_within_days: float = 2.0
    rated_share: float = 0.33
    customer_repeat_skew: float = 1.2
    channels: dict[str, float] = field(
        default_factory=lambda: {"email": 0.30, "phone": 0.40, "chat": 0.30}
    )
    countries: dict[str, float] = field(default_factory=_default_countries)
    products: dict[str, float] = field(
        default_factory=lambda: {
            "headphones": 0.40,
            "speakers": 0.30,
            "amplifiers": 0.15,
            "turntables": 0.15,
        }
    )
    categories: dict[str, Category] = field(default_factory=_default_categories)
    weekday_weights: list[float] = field(
        default_factory=lambda: [1.15, 1.10, 1.05, 1.00, 0.95, 0.45, 0.30]
    )
    hourly_weights: list[float] = field(default_factory=_default_hourly_weights)
    handle_time_minutes: dict[str, Range] = field(
        default_factory=lambda: {
            "email": Range(median=7.0, sigma=0.45, min=2.0, max=30.0),
            "phone": Range(median=8.5, sigma=0.50, min=1.5, max=45.0),
            "chat": Range(median=11.0, sigma=0.45, min=2.0, max=40.0),
        }
    )
    # Hours for email, seconds for phone and chat, as the spec's speed_of_answer column.
    speed_of_answer: dict[str, Range] = field(
        default_factory=lambda: {
            "email": Range(median=0.9, sigma=0.70, min=0.05, max=2.5),
            "phone": Range(median=45.0, sigma=0.90, min=3.0, max=900.0),
            "chat": Range(median=30.0, sigma=0.80, min=2.0, max=600.0),
        }
    )
    closure_delay_hours: Range = field(
        default_factory=lambda: Range(median=18.0, sigma=1.0, min=0.5, max=336.0)
    )
    fcr_closure_delay_hours: Range = field(
        default_factory=lambda: Range(median=0.2, sigma=0.8, min=0.01, max=4.0)
    )
    escalated_delay_factor: float = 2.5
    abandonment: dict[str, Abandonment] = field(
        default_factory=lambda: {
            "calls": Abandonment(
                mean=0.07,
                daily_spread=0.03,
                patience_seconds=Range(median=70.0, sigma=0.8, min=5.0, max=900.0),
            ),
            "chats": Abandonment(
                mean=0.10,
                daily_spread=0.03,
                patience_seconds=Range(median=90.0, sigma=0.8, min=5.0, max=900.0),
            ),
        }
    )
    agent_initial_share: float = 0.60
    agent_part_time_share: float = 0.25
    agent_part_time_fte: float = 0.75
    agent_max_tenure_years: float = 6.0
    hourly_rate_eur: Uniform = field(default_factory=lambda: Uniform(min=12.0, max=16.0))
    hourly_rate_per_year_eur: float = 0.75
    weekend_rotation: int = 3
    shrinkage: TruncNormal = field(
        default_factory=lambda: TruncNormal(mean=0.30, sd=0.06, min=0.12, max=0.48)
    )
    after_contact_work_share: Uniform = field(default_factory=lambda: Uniform(min=0.10, max=0.25))
    other_productive_share: Uniform = field(default_factory=lambda: Uniform(min=0.30, max=0.60))
    rating_fcr_mean: float = 4.4
    rating_non_fcr_mean: float = 3.6
    rating_lifecycle_penalty: float = 0.45
    rating_noise_sd: float = 0.85

    def non_fcr_share(self) -> float:
        """Expected share of tickets that are not resolved at first contact."""
        return sum(c.weight * (1.0 - c.fcr_rate) for c in self.categories.values())

    def non_fcr_mean_contacts(self, category: str) -> float:
        """Mean contacts of a non-FCR ticket: the spec's average where attainable, else 2.

        A category's average over all tickets is f * 1 + (1 - f) * m, so m = (c - f) / (1 - f).
        Non-FCR tickets need at least two contacts, so m is at least 2 (product and
        complaint: the spec's 1.2 and 1.1 cannot be reached together with their FCR rates).
        """
        cat = self.categories[category]
        if cat.fcr_rate >= 1.0:
            return 2.0
        return max(2.0, (cat.contacts_per_case - cat.fcr_rate) / (1.0 - cat.fcr_rate))


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(message)


def _check_weights(name: str, weights: dict[str, float], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(weights) - set(allowed))
    _check(not unknown, f"{name}: unknown key(s) {unknown}; allowed: {', '.join(allowed)}")
    missing = sorted(set(allowed) - set(weights))
    _check(not missing, f"{name}: missing key(s) {missing}; give a weight for each")
    for key, value in weights.items():
        _check(
            math.isfinite(value) and value >= 0,
            f"{name}.{key} = {value}: weights must be >= 0",
        )
    total = sum(weights.values())
    _check(
        abs(total - 1.0) <= WEIGHT_TOLERANCE,
        f"{name}: weights sum to {total:.6g}, they must sum to 1",
    )


def _check_list_weights(name: str, weights: list[float], length: int) -> None:
    _check(len(weights) == length, f"{name}: give exactly {length} weights, got {len(weights)}")
    for i, w in enumerate(weights):
        _check(
            math.isfinite(w) and 0 <= w <= MAX_RELATIVE_WEIGHT,
            f"{name}[{i}] = {w}: weights are relative, give each a value from 0 to "
            f"{MAX_RELATIVE_WEIGHT:,}",
        )
    _check(sum(weights) > 0, f"{name}: at least one weight must be positive")


def _check_share(name: str, value: float, *, allow_one: bool = True) -> None:
    upper_ok = value <= 1.0 if allow_one else value < 1.0
    _check(
        math.isfinite(value) and value >= 0 and upper_ok,
        f"{name} = {value}: must lie between 0 and 1",
    )


def _check_range(name: str, r: Range) -> None:
    _check(
        0 < r.min <= r.median <= r.max,
        f"{name}: need 0 < min <= median <= max, got min={r.min} median={r.median} max={r.max}",
    )
    _check(r.min < r.max, f"{name}: min ({r.min}) must be below max ({r.max})")
    _check(r.sigma > 0, f"{name}.sigma = {r.sigma}: must be > 0")


def _check_uniform(name: str, u: Uniform, *, share: bool = False) -> None:
    _check(u.min <= u.max, f"{name}: min ({u.min}) must not exceed max ({u.max})")
    if share:
        _check(u.min >= 0 and u.max <= 1, f"{name}: values must lie between 0 and 1")


def validate_params(p: Params) -> None:
    """Raise ConfigError naming the first parameter that is out of range or inconsistent."""
    check_upper_limits(p)
    _check(
        0 < p.max_interaction_span_hours <= 24,
        "max_interaction_span_hours must lie in (0, 24]",
    )
    _check(
        p.anchor_closure_to in ANCHORS,
        f"anchor_closure_to = {shown(p.anchor_closure_to)}: use one of {', '.join(ANCHORS)}",
    )
    for name in (
        "escalation_rate",
        "owner_handles_share",
        "follow_up_same_channel",
        "rated_share",
        "agent_initial_share",
        "agent_part_time_share",
    ):
        _check_share(name, getattr(p, name))
    _check_share("closed_share", p.closed_share)
    # users.fte holds hundredths, and must be above 0.
    _check(0.01 <= p.agent_part_time_fte <= 1, "agent_part_time_fte must lie in [0.01, 1]")
    _check(p.max_contacts >= 2, "max_contacts must be at least 2")
    _check(p.new_within_days >= 0, "new_within_days must be >= 0")
    _check(p.customer_repeat_skew >= 1, "customer_repeat_skew must be >= 1 (1 = uniform)")
    _check(p.weekend_rotation >= 1, "weekend_rotation must be >= 1")
    _check(
        p.agent_max_tenure_years >= 0.1,
        "agent_max_tenure_years must be at least 0.1 (tenures start at 30 days)",
    )
    _check(p.escalated_delay_factor >= 1, "escalated_delay_factor must be >= 1")
    _check_weights("channels", p.channels, CHANNELS)
    _check_weights("countries", p.countries, COUNTRIES)
    _check_weights("products", p.products, PRODUCTS)
    _check_weights(
        "categories (weight)",
        {k: v.weight for k, v in p.categories.items()},
        SYMPTOM_CATEGORIES,
    )
    for key, cat in p.categories.items():
        _check_share(f"categories.{key}.fcr_rate", cat.fcr_rate)
        _check(
            cat.contacts_per_case >= 1,
            f"categories.{key}.contacts_per_case = {cat.contacts_per_case}: must be >= 1",
        )
        _check(
            p.non_fcr_mean_contacts(key) <= p.max_contacts,
            f"categories.{key}.contacts_per_case needs more than max_contacts "
            f"({p.max_contacts}) contacts per case: raise max_contacts",
        )
    _check_list_weights("weekday_weights", p.weekday_weights, 7)
    _check_list_weights("hourly_weights", p.hourly_weights, 24)
    check_last_day_hours(p)
    span_seconds = p.max_interaction_span_hours * 3600
    for channel in CHANNELS:
        _check(channel in p.handle_time_minutes, f"handle_time_minutes.{channel} is missing")
        _check(channel in p.speed_of_answer, f"speed_of_answer.{channel} is missing")
        handle = p.handle_time_minutes[channel]
        soa = p.speed_of_answer[channel]
        _check_range(f"handle_time_minutes.{channel}", handle)
        _check_range(f"speed_of_answer.{channel}", soa)
        # Every contact of the longest ticket must fit in the span at its shortest length,
        # as stored: handle times in tenths of a minute, email waits in hundredths of an hour.
        shortest_s = math.ceil(handle.min * 10) * 6 + (
            math.ceil(soa.min * 100) * 36 if channel == "email" else math.ceil(soa.min)
        )
        _check(
            p.max_contacts * shortest_s <= span_seconds / 2,
            f"handle_time_minutes.{channel}.min / speed_of_answer.{channel}.min are too long "
            f"for max_contacts={p.max_contacts} within max_interaction_span_hours: lower them",
        )
    _check_range("closure_delay_hours", p.closure_delay_hours)
    _check_range("fcr_closure_delay_hours", p.fcr_closure_delay_hours)
    for key in ("calls", "chats"):
        _check(key in p.abandonment, f"abandonment.{key} is missing")
        ab = p.abandonment[key]
        _check(
            ab.mean - ab.daily_spread >= 0 and ab.mean + ab.daily_spread < 1,
            f"abandonment.{key}: mean +- daily_spread must stay within [0, 1)",
        )
        _check(ab.daily_spread >= 0, f"abandonment.{key}.daily_spread must be >= 0")
        _check_range(f"abandonment.{key}.patience_seconds", ab.patience_seconds)
    # users.hourly_rate_eur holds cents, and must be above 0.
    _check(
        0.01 <= p.hourly_rate_eur.min <= p.hourly_rate_eur.max,
        "hourly_rate_eur: need 0.01 <= min <= max",
    )
    _check(p.hourly_rate_per_year_eur >= 0, "hourly_rate_per_year_eur must be >= 0")
    s = p.shrinkage
    _check(
        0 <= s.min <= s.mean <= s.max < 1 and s.sd > 0,
        "shrinkage: need 0 <= min <= mean <= max < 1 and sd > 0",
    )
    _check_uniform("after_contact_work_share", p.after_contact_work_share)
    _check(p.after_contact_work_share.min >= 0, "after_contact_work_share.min must be >= 0")
    _check_uniform("other_productive_share", p.other_productive_share, share=True)
    for name in ("rating_fcr_mean", "rating_non_fcr_mean"):
        _check(1 <= getattr(p, name) <= 5, f"{name} must lie between 1 and 5")
    _check(p.rating_noise_sd >= 0, "rating_noise_sd must be >= 0")
    _check(p.rating_lifecycle_penalty >= 0, "rating_lifecycle_penalty must be >= 0")
    non_fcr = p.non_fcr_share()
    _check(
        p.escalation_rate <= non_fcr,
        f"escalation_rate = {p.escalation_rate} exceeds the share of non-FCR tickets "
        f"({non_fcr:.3f}); only non-FCR tickets can be escalated: lower it",
    )
    _check(
        1 - p.closed_share < non_fcr,
        f"closed_share = {p.closed_share} leaves more tickets open than there are non-FCR "
        f"tickets ({non_fcr:.3f}); FCR tickets are always closed: raise closed_share",
    )


# --- TOML in and out ---------------------------------------------------------------------

_NESTED: dict[str, type] = {
    "closure_delay_hours": Range,
    "fcr_closure_delay_hours": Range,
    "hourly_rate_eur": Uniform,
    "shrinkage": TruncNormal,
    "after_contact_work_share": Uniform,
    "other_productive_share": Uniform,
}
_NESTED_MAPS: dict[str, type] = {
    "categories": Category,
    "handle_time_minutes": Range,
    "speed_of_answer": Range,
    "abandonment": Abandonment,
}


def _build(cls: type, path: str, data: Any) -> Any:
    """Build a small frozen dataclass from a TOML table, rejecting unknown or missing keys."""
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a table, got {type(data).__name__}")
    names = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {shown(unknown)}; allowed: {', '.join(names)}")
    missing = sorted(set(names) - set(data))
    if missing:
        raise ConfigError(f"{path}: missing key(s) {missing}")
    values: dict[str, Any] = {}
    for name, value in data.items():
        if cls is Abandonment and name == "patience_seconds":
            values[name] = _build(Range, f"{path}.{name}", value)
        else:
            values[name] = _number(f"{path}.{name}", value)
    return cls(**values)


def _number(path: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{path} = {shown(value)}: expected a number")
    if not math.isfinite(value):
        raise ConfigError(f"{path} = {value!r}: expected a finite number")
    return float(value)


def _merge_scalar(path: str, default: Any, value: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{path} = {shown(value)}: expected true or false")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{path} = {shown(value)}: expected an integer")
        return value
    if isinstance(default, float):
        return _number(path, value)
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(f"{path} = {shown(value)}: expected a string")
        return value
    raise ConfigError(f"{path}: cannot be set from TOML")


def params_from_mapping(data: dict[str, Any], base: Params | None = None) -> Params:
    """Overlay a parsed TOML mapping on the defaults; raise ConfigError on any bad key or type."""
    params = base or Params()
    updates: dict[str, Any] = {}
    known = {f.name: f for f in fields(Params)}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(
                f"unknown configuration key {shown(key)}: run `seed config` to list the keys"
            )
        default = getattr(params, key)
        if key in _NESTED:
            merged = {**dataclasses.asdict(default), **_table(key, value)}
            updates[key] = _build(_NESTED[key], key, merged)
        elif key in _NESTED_MAPS:
            table = _table(key, value)
            current = dict(default)
            for sub, subvalue in table.items():
                if sub not in current:
                    raise ConfigError(
                        f"{key}: unknown key {shown(sub)}; allowed: {', '.join(current)}"
                    )
                merged = {**dataclasses.asdict(current[sub]), **_table(f"{key}.{sub}", subvalue)}
                if "patience_seconds" in merged and isinstance(subvalue, dict):
                    patience = subvalue.get("patience_seconds")
                    if isinstance(patience, dict):
                        merged["patience_seconds"] = {
                            **dataclasses.asdict(current[sub].patience_seconds),
                            **patience,
                        }
                current[sub] = _build(_NESTED_MAPS[key], f"{key}.{sub}", merged)
            updates[key] = current
        elif key in ("channels", "countries", "products"):
            table = _table(key, value)
            updates[key] = {k: _number(f"{key}.{k}", v) for k, v in table.items()}
        elif key in ("weekday_weights", "hourly_weights"):
            if not isinstance(value, list):
                raise ConfigError(f"{key}: expected a list of numbers")
            updates[key] = [_number(f"{key}[{i}]", v) for i, v in enumerate(value)]
        else:
            updates[key] = _merge_scalar(key, default, value)
    result = dataclasses.replace(params, **updates)
    validate_params(result)
    return result


def _table(path: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: expected a table, got {type(value).__name__}")
    return value


# `seed config` writes about 3 KB; tomllib, pure Python, would spend seconds on megabytes.
MAX_CONFIG_BYTES = 1 << 20


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; a missing file or a syntax error becomes a one-line ConfigError."""
    import tomllib  # 10-20 ms, and most runs read no file: not on every start-up's path

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
        if len(data) > MAX_CONFIG_BYTES:
            raise ConfigError(
                f"config file {shown(str(path))} is over {MAX_CONFIG_BYTES:,} bytes: a parameter "
                "file holds a few kilobytes (see `seed config`); check the path"
            )
        return tomllib.loads(data.decode())
    except FileNotFoundError:
        raise ConfigError(f"config file {shown(str(path))} not found: check the path") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {shown(str(path))} is not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"config file {shown(str(path))} is not UTF-8 text (byte "
            f"0x{exc.object[exc.start]:02x} at offset {exc.start}): save it as UTF-8"
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"config file {shown(str(path))} cannot be read: {exc.strerror}"
        ) from None


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot render {value!r} as TOML")


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").isalnum() and key.isascii() else _toml_value(key)


def params_to_toml(p: Params) -> str:
    """Render parameters as TOML that params_from_mapping reads back to the same value."""
    scalars: list[str] = []
    tables: list[str] = []

    def emit_table(header: str, mapping: dict[str, Any]) -> None:
        plain = {k: v for k, v in mapping.items() if not isinstance(v, dict)}
        nested = {k: v for k, v in mapping.items() if isinstance(v, dict)}
        lines = [f"[{header}]"] + [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in plain.items()]
        tables.append("\n".join(lines))
        for k, v in nested.items():
            emit_table(f"{header}.{_toml_key(k)}", v)

    for f in fields(Params):
        value = getattr(p, f.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            emit_table(f.name, dataclasses.asdict(value))
        elif isinstance(value, dict):
            as_plain = {
                k: dataclasses.asdict(v) if isinstance(v, Range | Category | Abandonment) else v
                for k, v in value.items()
            }
            emit_table(f.name, as_plain)
        else:
            scalars.append(f"{f.name} = {_toml_value(value)}")
    return "\n".join(scalars) + "\n\n" + "\n\n".join(tables) + "\n"
