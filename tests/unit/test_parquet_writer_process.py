"""A Parquet export writes in a process that never plans: the generator is forked off first,
so the writer's row-group metadata and the plan are never held by one process."""

from __future__ import annotations

import os
from pathlib import Path

from process_tree_support import needs_proc
from tests_support import run_python

from seeder.config import build_run_config
from seeder.pipeline.run import run
from seeder.sinks.export import ExportSink

pytestmark = needs_proc

TICKETS = 9_000  # three ticket chunks, two workers

# Run in a fresh interpreter (this one may run threads, and a threaded process never forks
# its generator): a Parquet export through the CLI, then one whose generator dies mid-run.
EXPORT_IN_A_FRESH_PROCESS = """
import os, sys
from pathlib import Path
forks = []
os.register_at_fork(before=lambda: forks.append("seeder.generate.plan" in sys.modules))
from seeder.cli import main
out = Path(sys.argv[1])
code = main(["export", "--tickets", sys.argv[2], "--jobs", "2", "--seed", "5",
             "--format", "parquet", "--quiet", "-o", str(out / "forked")])
planned_here = "seeder.generate.plan" in sys.modules
wrote_here = "pyarrow.parquet" in sys.modules

from seeder.config import build_run_config
from seeder.errors import GeneratorExitedError
from seeder.generate.workers import encoded_blocks
from seeder.pipeline.run import run
from seeder.sinks.export import ExportSink

def dying_after_one_block(plan, encode, batch_rows, jobs):
    blocks = encoded_blocks(plan, encode, batch_rows, jobs)
    yield next(blocks)
    os._exit(9)  # as if the kernel's OOM killer took it

config = build_run_config(tickets=300)
sink = ExportSink(config, out / "died", fmt="parquet", force=False)
try:
    run(config, sink, "died", make_blocks=dying_after_one_block)
    died = "no error"
except GeneratorExitedError:
    died = "GeneratorExitedError"
print(code, forks[0] if forks else None, planned_here, wrote_here, died)
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _export_in_this_process(folder: Path) -> None:
    config = build_run_config(tickets=TICKETS, seed=5, jobs=2)
    sink = ExportSink(config, folder, fmt="parquet", force=False)
    sink.fork_generator = False
    run(config, sink, str(folder))


def test_the_parquet_writer_never_plans_and_writes_the_same_files(tmp_path: Path) -> None:
    done = run_python(EXPORT_IN_A_FRESH_PROCESS, str(tmp_path), str(TICKETS))
    code, planned_before_fork, planned_here, wrote_here, died = done.stdout.split()
    assert code == "0", done.stderr
    assert planned_before_fork == "False"  # the generator was forked before it planned
    assert (planned_here, wrote_here) == ("False", "True")
    assert died == "GeneratorExitedError"
    assert not (tmp_path / "died").exists()
    assert sorted(os.listdir(tmp_path)) == ["forked"]  # no temporary folder left either
    _export_in_this_process(tmp_path / "in-process")
    assert _files(tmp_path / "forked") == _files(tmp_path / "in-process")
