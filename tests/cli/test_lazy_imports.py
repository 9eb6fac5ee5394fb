"""`seed --help`, `seed config` and usage errors answer without loading the heavy libraries.

Benchmarks time `seed` end to end, so its fixed start-up cost counts; these paths only parse
arguments and must not pay for SQLAlchemy, Alembic, numpy, Faker, holidays, pyarrow, psycopg
or rich.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests_support import run_python

from seeder.cli_arguments import COMMANDS

HEAVY = {"sqlalchemy", "alembic", "numpy", "faker", "pyarrow", "psycopg", "rich", "holidays"}

# Runs every argv through seeder.cli.main in one fresh interpreter, then lists the top-level
# packages it imported and the exit code of each run.
PROBE = """
import contextlib, io, json, sys
from seeder.cli import main
codes = []
for argv in json.loads(sys.argv[1]):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            codes.append(main(argv))
        except SystemExit as exc:
            codes.append(exc.code)
print(json.dumps({"codes": codes, "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""

CASES: list[tuple[list[str], int]] = [
    (["--help"], 0),
    (["--version"], 0),
    *[([command, "--help"], 0) for command in COMMANDS],
    (["config"], 0),
    (["config", "--tickets", "2000", "--seed", "7"], 0),
    (["--size", "huge"], 2),
    (["--tickets", "0"], 2),
    (["--size", "small", "--tickets", "9"], 2),
    (["--start", "2025-01-10", "--end", "2025-01-01"], 2),
    (["dump", "--tickets", "10"], 2),
    (["lod"], 2),
]


def test_help_config_and_usage_errors_import_no_heavy_library() -> None:
    argvs = [argv for argv, _ in CASES]
    done = run_python(PROBE, json.dumps(argvs))
    result = json.loads(done.stdout)
    assert result["codes"] == [code for _, code in CASES], done.stderr
    assert HEAVY.isdisjoint(result["modules"]), sorted(HEAVY & set(result["modules"]))


# `seed` and `seed dump` reach the data through psycopg and the precompiled schema alone.
FAST_PATH_PROBE = """
import sys
from pathlib import Path
from seeder.config import build_run_config
from seeder.pipeline.run import write_dump
from seeder.pipeline.run import load
from seeder.encode.binary import column_types
from seeder.schema.sql_migrate import migrate_to_head
column_types("tickets")
write_dump(build_run_config(tickets=200), __import__("pathlib").Path(sys.argv[1]))
print(" ".join(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_load_and_dump_paths_import_neither_sqlalchemy_nor_alembic(tmp_path: Path) -> None:
    done = run_python(FAST_PATH_PROBE, str(tmp_path / "tiny.sql"))
    modules = set(done.stdout.split())
    assert "psycopg" in modules
    assert {"sqlalchemy", "alembic"}.isdisjoint(modules)
    assert (tmp_path / "tiny.sql").stat().st_size > 0


# A dump through main(), then the threads of this process that carry no name of their own
# (OpenBLAS's workers show the process's name; Arrow's allocator names its thread).
THREADS_PROBE = """
import os, sys
from seeder.cli import main
code = main(["dump", "--size", "small", "--jobs", "1", "--quiet", "-o", sys.argv[1]])
import numpy
names = [open(f"/proc/self/task/{t}/comm").read() for t in os.listdir("/proc/self/task")]
print(code, names.count(open("/proc/self/comm").read()))
"""


def test_a_dump_leaves_no_blas_threads_behind(tmp_path: Path) -> None:
    """numpy loads with a one-thread OpenBLAS: no pool of spinning threads per CPU."""
    if not Path("/proc/self/task").is_dir():
        pytest.skip("no /proc to count threads in")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = run_python(THREADS_PROBE, str(tmp_path / "small.sql"), env=env)
    code, unnamed = done.stdout.split()
    assert code == "0", done.stderr
    assert int(unnamed) == 1  # the main thread alone
