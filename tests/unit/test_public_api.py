"""The names in `seeder.__all__` resolve lazily, each to the object its module defines."""

from __future__ import annotations

import importlib
import subprocess
import sys

import seeder


def test_every_public_name_resolves_to_its_definition() -> None:
    for name in seeder.__all__:
        if name == "__version__":
            continue
        value = getattr(seeder, name)
        assert value.__module__.startswith("seeder."), name
        assert getattr(importlib.import_module(value.__module__), name) is value
    assert set(seeder.__all__) <= set(dir(seeder))


def test_star_import_binds_every_name() -> None:
    namespace: dict[str, object] = {}
    exec("from seeder import *", namespace)
    assert set(seeder.__all__) <= set(namespace)


def test_import_seeder_loads_no_heavy_library() -> None:
    probe = (
        "import sys, seeder\n"
        "heavy = {'sqlalchemy', 'alembic', 'numpy', 'faker', 'pyarrow', 'psycopg'}\n"
        "loaded = heavy & {m.split('.')[0] for m in sys.modules}\n"
        "assert not loaded, sorted(loaded)\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=120)
