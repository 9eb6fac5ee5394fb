"""Faker's first- and last-name tables for the dataset's locales, compiled ahead of time.

The people pools are Faker's own draws (`first_name()`, `last_name()`), but importing Faker
costs 0.1 s: `import faker` scans every locale it ships. The draws need only each locale's
name table (names, and weights where Faker weights them) and Python's `random.Random`, which
Faker seeds and draws from. So the tables are compiled into `seeder/data/name_tables.json`,
stamped with a digest of the Faker source files they come from; at run time a matching
digest means the file still describes the installed Faker, and any mismatch (another Faker
release) compiles them from Faker instead. `python -m seeder.generators.name_tables`
rewrites the file, and a test fails while it is stale.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from seeder.digests import files_digest
from seeder.domain import COUNTRIES, COUNTRY_LOCALE
from seeder.errors import SeederError

TABLES_PATH = Path(__file__).resolve().parent.parent / "data" / "name_tables.json"
NameKind = Literal["first", "last"]
NAME_KINDS: tuple[NameKind, ...] = ("first", "last")
LOCALES = tuple(dict.fromkeys(COUNTRY_LOCALE[country] for country in COUNTRIES))
# Faker modules whose code decides a draw besides the person providers: seeding the
# generator's Random, and random_element's sampling.
_CORE_SOURCES = ("generator.py", "providers/__init__.py", "utils/distribution.py")


class NameTableError(SeederError):
    """Faker is missing, or draws a locale's names in a way a table cannot reproduce."""


@dataclass(frozen=True)
class NameTable:
    """One locale's names of one kind, as Faker's person provider samples them."""

    names: tuple[str, ...]
    weights: tuple[float, ...] | None  # None: Faker picks uniformly (random.choice)


@dataclass(frozen=True)
class NameTables:
    sources_digest: str
    sources: tuple[str, ...]  # Faker files the tables come from, relative to its package
    tables: dict[str, dict[str, NameTable]]  # locale -> kind -> table


@cache
def name_tables() -> NameTables:
    """The tables: from the shipped file when it matches the installed Faker, else compiled."""
    try:
        stored = read_tables(TABLES_PATH)
    except (OSError, ValueError, KeyError, TypeError):
        stored = None
    if stored is not None and stored.sources_digest == faker_sources_digest(stored.sources):
        return stored
    return compile_tables()


def faker_package_dir() -> Path | None:
    """Where the installed Faker lives, found without importing it (None: not installed)."""
    spec = importlib.util.find_spec("faker")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def faker_sources_digest(sources: tuple[str, ...]) -> str:
    """The digest of the given Faker files ('' if Faker or one of the files is missing)."""
    package = faker_package_dir()
    if package is None:
        return ""
    try:
        return files_digest((name, package / name) for name in sources)
    except OSError:
        return ""


def read_tables(path: Path) -> NameTables:
    """The tables stored at `path` (raises on a missing or malformed file)."""
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    tables = {
        locale: {
            kind: NameTable(
                tuple(str(name) for name in entry["names"]),
                None if entry["weights"] is None else tuple(float(w) for w in entry["weights"]),
            )
            for kind, entry in kinds.items()
        }
        for locale, kinds in raw["tables"].items()
    }
    if set(tables) != set(LOCALES) or any(set(k) != set(NAME_KINDS) for k in tables.values()):
        raise ValueError("the name tables do not cover every locale and kind")
    return NameTables(str(raw["sources_digest"]), tuple(raw["sources"]), tables)


def compile_tables() -> NameTables:
    """Read every table from Faker's person providers (imports Faker: slow)."""
    from faker import Faker
    from faker.providers.person import Provider as PersonProvider

    package = faker_package_dir()
    if package is None:
        raise NameTableError("Faker is not installed: reinstall seeder")
    sources = set(_CORE_SOURCES)
    tables: dict[str, dict[str, NameTable]] = {}
    for locale in LOCALES:
        fake = Faker(locale, providers=["faker.providers.person"])
        provider = next(p for p in fake.get_providers() if isinstance(p, PersonProvider))
        for cls in type(provider).__mro__:
            module_file = getattr(importlib.import_module(cls.__module__), "__file__", None)
            if module_file is not None and Path(module_file).is_relative_to(package):
                sources.add(Path(module_file).relative_to(package).as_posix())
        tables[locale] = {kind: _table_of(provider, PersonProvider, kind) for kind in NAME_KINDS}
    ordered = tuple(sorted(sources))
    return NameTables(faker_sources_digest(ordered), ordered, tables)


def _table_of(provider: Any, base: type, kind: NameKind) -> NameTable:
    method = f"{kind}_name"
    if getattr(type(provider), method) is not getattr(base, method):
        raise NameTableError(
            f"Faker's {type(provider).__module__} overrides {method}(), which the name "
            "tables cannot reproduce: install the Faker version constraints.txt pins"
        )
    if not provider.__use_weighting__:
        raise NameTableError(
            f"Faker's {type(provider).__module__} does not weight its names, which the name "
            "tables cannot reproduce: install the Faker version constraints.txt pins"
        )
    names = getattr(provider, f"{kind}_names")
    if isinstance(names, dict):
        return NameTable(tuple(names), tuple(float(w) for w in names.values()))
    return NameTable(tuple(names), None)


def write_tables(path: Path = TABLES_PATH) -> NameTables:
    """Compile from Faker and write the file (a temporary name, then a rename)."""
    compiled = compile_tables()
    document = {
        "sources_digest": compiled.sources_digest,
        "sources": list(compiled.sources),
        "tables": {
            locale: {
                kind: {
                    "names": list(table.names),
                    "weights": None if table.weights is None else list(table.weights),
                }
                for kind, table in kinds.items()
            }
            for locale, kinds in compiled.tables.items()
        },
    }
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(document, ensure_ascii=False) + "\n", encoding="utf-8")
    temporary.replace(path)
    return compiled


if __name__ == "__main__":  # python -m seeder.generators.name_tables: refresh the file
    write_tables()
