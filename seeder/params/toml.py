"""Parameters from and to TOML: read a --config file, merge it over the defaults, print them."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import fields
from pathlib import Path
from typing import Any

from seeder.errors import ConfigError, shown
from seeder.params.checks import validate_params
from seeder.params.docs import PARAM_DOCS, category_note
from seeder.params.events import events_from_toml
from seeder.params.model import Abandonment, Category, Params, Range, TruncNormal, Uniform

_NESTED: dict[str, type] = {
    "closure_delay_hours": Range,
    "fcr_closure_delay_hours": Range,
    "hourly_rate_eur": Uniform,
    "shrinkage": TruncNormal,
    "after_contact_work_share": Uniform,
    "other_productive_share": Uniform,
    "occupancy_ceiling": Uniform,
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
        elif key in ("case_work_minutes", "closure_delay_factor"):
            table = _table(key, value)
            updates[key] = {**default, **{k: _number(f"{key}.{k}", v) for k, v in table.items()}}
        elif key == "opening_hours":
            table = _table(key, value)
            updates[key] = {
                **default,
                **{k: _week_hours(f"{key}.{k}", v) for k, v in table.items()},
            }
        elif key == "events":
            updates[key] = events_from_toml(value)
        elif key == "closed_days":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f'{key}: expected a list of "MM-DD" dates')
            updates[key] = list(value)
        elif key in ("weekday_weights", "hourly_weights", "monthly_weights"):
            if not isinstance(value, list):
                raise ConfigError(f"{key}: expected a list of numbers")
            updates[key] = [_number(f"{key}[{i}]", v) for i, v in enumerate(value)]
        else:
            updates[key] = _merge_scalar(key, default, value)
    result = dataclasses.replace(params, **updates)
    validate_params(result)
    return result


def _week_hours(path: str, value: Any) -> list[list[float]]:
    """Seven [open, close] pairs of hours, Monday to Sunday."""
    if not isinstance(value, list) or not all(isinstance(v, list) for v in value):
        raise ConfigError(f"{path}: expected seven [open, close] pairs, Monday to Sunday")
    return [[_number(f"{path}[{i}]", h) for h in pair] for i, pair in enumerate(value)]


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
        return _without_nul(tomllib.loads(data.decode()), f"config file {shown(str(path))}: ")
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


def params_from_toml(text: str) -> Params:
    """The parameters of a TOML document (as params_to_toml writes), merged over the defaults.

    A syntax error, an unknown key or a bad value becomes a one-line ConfigError.
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"the parameters are not valid TOML: {exc}") from None
    return params_from_mapping(_without_nul(data))


def _without_nul(data: dict[str, Any], where: str = "") -> dict[str, Any]:
    """The parsed document, once no string in it holds a NUL character (which PostgreSQL text
    cannot store: found here, before anything is written, instead of mid-run)."""
    pending: list[tuple[str, Any]] = [("", data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, dict):
            pending += [(f"{path}.{key}" if path else str(key), v) for key, v in value.items()]
        elif isinstance(value, list):
            pending += [(f"{path}[{i}]", v) for i, v in enumerate(value)]
        elif isinstance(value, str) and "\x00" in value:
            raise ConfigError(
                f"{where}{path} holds a NUL character, which PostgreSQL text cannot store: "
                "remove it"
            )
    return data


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        # JSON's string escapes are TOML's; TOML also wants DEL escaped.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot render {value!r} as TOML")


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").isalnum() and key.isascii() else _toml_value(key)


def params_to_toml(p: Params) -> str:
    """Render parameters as TOML that params_from_mapping reads back to the same value, each
    key or table under a comment giving its meaning, unit and range (params/docs.py)."""
    scalars: list[str] = []
    tables: list[str] = []

    def emit_table(header: str, mapping: dict[str, Any], note: str | None) -> None:
        plain = {k: v for k, v in mapping.items() if not isinstance(v, dict)}
        nested = {k: v for k, v in mapping.items() if isinstance(v, dict)}
        lines = [f"# {note}"] if note else []
        lines += [f"[{header}]"] + [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in plain.items()]
        tables.append("\n".join(lines))
        for k, v in nested.items():
            sub = category_note(p, k) if header == "categories" else None
            emit_table(f"{header}.{_toml_key(k)}", v, sub)

    for f in fields(Params):
        value = getattr(p, f.name)
        if f.name == "events":
            continue  # arrays of tables come last: see below
        note = PARAM_DOCS.get(f.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            emit_table(f.name, dataclasses.asdict(value), note)
        elif isinstance(value, dict):
            as_plain = {
                k: dataclasses.asdict(v) if isinstance(v, Range | Category | Abandonment) else v
                for k, v in value.items()
            }
            emit_table(f.name, as_plain, note)
        else:
            comment = f"# {note}\n" if note else ""
            scalars.append(f"{comment}{f.name} = {_toml_value(value)}")
    events_note = f"# {PARAM_DOCS['events']}"
    if not p.events:
        scalars.append(f"{events_note}\nevents = []")
    for i, event in enumerate(p.events):
        lines = [f"{k} = {_toml_value(v)}" for k, v in dataclasses.asdict(event).items()]
        tables.append("\n".join([events_note] * (i == 0) + ["[[events]]", *lines]))
    return "\n".join(scalars) + "\n\n" + "\n\n".join(tables) + "\n"
