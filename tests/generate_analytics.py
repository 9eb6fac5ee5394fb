"""sql/analytics for psql users, generated from the dbt project: each metric has one source.

`python tests/generate_analytics.py` rewrites sql/analytics/00_views.sql (one view per dbt
model of the staging, intermediate and marts layers) and NN_*.sql (one per model
dbt/models/marts/questions/qNN_*.sql). dbt compiles the models on the postgres target with
--vars '{psql_files: true}', under which a model renders as `analytics.<model>` and a source as
its plain table name (dbt/macros/psql_files.sql); no database is needed. Each file keeps the
model's leading comment. tests/unit/test_generated_analytics.py fails while a committed file
differs from what this writes.
"""

from __future__ import annotations

import heapq
import json
import re
import sys
import tempfile
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dbt_support import REPO_ROOT, run_dbt

ANALYTICS_DIR = REPO_ROOT / "sql" / "analytics"
VIEWS_FILE = "00_views.sql"
REGENERATE = "python tests/generate_analytics.py"
GENERATED_MARK = "-- GENERATED from dbt/models"
LAYERS = ("staging", "intermediate", "marts")
QUESTION = re.compile(r"models/marts/questions/q(\d\d_\w+)\.sql")
# Views that earlier versions of 00_views.sql created and the models no longer have: dropped
# too, so a database keeps no stale copy.
RETIRED_VIEWS = ("stg_queue_contacts",)
RUN = "psql -v ON_ERROR_STOP=1 -d DB -f sql/analytics/"


@dataclass(frozen=True)
class Model:
    """One compiled dbt model: its name, file, comment, SQL and direct inputs."""

    name: str
    path: str  # relative to dbt/
    comment: list[str]  # the leading "--" lines
    body: str
    uses: list[str]  # analytics.<model> and plain table names

    @property
    def layer(self) -> str:
        return self.path.split("/")[1]


def compile_models(workdir: Path) -> list[Model]:
    """Every model of the project, compiled for the psql files."""
    run_dbt(
        "compile",
        "--target",
        "postgres",
        "--vars",
        "{psql_files: true}",
        "--select",
        "resource_type:model",
        "--no-populate-cache",
        workdir=workdir,
    )
    manifest = json.loads((workdir / "target" / "manifest.json").read_text(encoding="utf-8"))
    nodes = [n for n in manifest["nodes"].values() if n["resource_type"] == "model"]
    return [_model(node, manifest) for node in nodes]


def _model(node: dict[str, Any], manifest: dict[str, Any]) -> Model:
    lines = str(node["compiled_code"]).strip().splitlines()
    comment = []
    while lines and lines[0].startswith("--"):
        comment.append(lines.pop(0).rstrip())
    path = str(node["original_file_path"])
    if not comment:
        raise ValueError(f"dbt/{path} has no leading comment saying what it holds")
    uses = []
    for unique_id in node["depends_on"]["nodes"]:
        parent = manifest["nodes"].get(unique_id) or manifest["sources"][unique_id]
        name = str(parent["name"])
        uses.append(f"analytics.{name}" if unique_id.startswith("model.") else name)
    uses.sort(key=lambda name: (not name.startswith("analytics."), name))
    return Model(str(node["name"]), path, comment, "\n".join(lines).rstrip(), uses)


def render_question(model: Model, file_name: str) -> str:
    """A question file: the model's SQL with the header psql users read."""
    uses = textwrap.wrap(", ".join(model.uses), 88) or ["(no inputs)"]
    header = [
        f"{GENERATED_MARK}/{model.path.removeprefix('models/')}: do not edit;",
        f"-- edit the model, then run `{REGENERATE}`.",
        *model.comment,
        f"-- Uses:     {uses[0]}",
        *(f"--           {line}" for line in uses[1:]),
        "-- Needs:    a loaded database, and the views from 00_views.sql (run it first, once).",
        f"-- Run:      {RUN}{VIEWS_FILE}",
        f"--           {RUN}{file_name}",
    ]
    return "\n".join(header) + "\n" + model.body + ";\n"


VIEWS_HEADER = f"""\
{GENERATED_MARK} (staging, intermediate, marts): do not edit; edit the
-- models, then run `{REGENERATE}`.
--
-- The views in schema `analytics` that the question files NN_*.sql read: one view per dbt
-- model, so they always reflect the loaded tables. dbt/README.md describes the layers;
-- sql/analytics/README.md the conventions (UTC days, units, what "resolved" means).
--
-- Run (idempotent, all or nothing; run it again after an update):
--   {RUN}{VIEWS_FILE}
-- The views are dropped and created again, so their columns can change; a view of your own
-- that reads one of them makes the file stop with an error, and nothing changes.

BEGIN;

-- Quiet on re-runs ("schema already exists, skipping").
SET LOCAL client_min_messages = warning;

CREATE SCHEMA IF NOT EXISTS analytics;
"""


def render_views(models: Iterable[Model]) -> str:
    """00_views.sql: every model a question builds on, as a view, inputs first."""
    ordered = _inputs_first(list(models))
    names = sorted([m.name for m in ordered] + list(RETIRED_VIEWS))
    drop = ",\n".join(f"    analytics.{name}" for name in names)
    parts = [VIEWS_HEADER, f"DROP VIEW IF EXISTS\n{drop};"]
    layer = ""
    for model in ordered:
        if model.layer != layer:
            layer = model.layer
            parts.append(f"\n-- --- {layer} {'-' * (85 - len(layer))}")
        parts.append("")
        parts.append(f"-- {model.name} (dbt/{model.path})")
        parts += model.comment
        parts.append(f"CREATE VIEW analytics.{model.name} AS\n{model.body};")
    parts.append("\nCOMMIT;")
    return "\n".join(parts) + "\n"


def _inputs_first(models: list[Model]) -> list[Model]:
    """A topological order: layer by layer, then by name among the models that are ready."""
    by_name = {m.name: m for m in models}
    waiting = {m.name: {u.removeprefix("analytics.") for u in m.uses} for m in models}
    waiting = {name: inputs & by_name.keys() for name, inputs in waiting.items()}
    ready = [(LAYERS.index(m.layer), m.name) for m in models if not waiting[m.name]]
    heapq.heapify(ready)
    ordered: list[Model] = []
    while ready:
        _, name = heapq.heappop(ready)
        ordered.append(by_name[name])
        for other, inputs in waiting.items():
            if name in inputs:
                inputs.discard(name)
                if not inputs:
                    heapq.heappush(ready, (LAYERS.index(by_name[other].layer), other))
    if len(ordered) != len(models):
        raise ValueError("the models' references form a cycle")
    return ordered


def generate(workdir: Path) -> dict[str, str]:
    """{file name in sql/analytics: text} for 00_views.sql and every question file."""
    files: dict[str, str] = {}
    views: list[Model] = []
    for model in compile_models(workdir):
        match = QUESTION.fullmatch(model.path)
        if match:
            files[f"{match.group(1)}.sql"] = render_question(model, f"{match.group(1)}.sql")
        elif model.layer in LAYERS:
            views.append(model)
        else:
            raise ValueError(f"dbt/{model.path}: not in a layer folder {LAYERS}")
    files[VIEWS_FILE] = render_views(views)
    return files


def generated_files(folder: Path = ANALYTICS_DIR) -> dict[str, str]:
    """The files in `folder` that this script wrote (they carry its mark)."""
    return {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(folder.glob("[0-9][0-9]_*.sql"))
        if GENERATED_MARK in p.read_text(encoding="utf-8")
    }


def write_all(folder: Path = ANALYTICS_DIR) -> None:
    """Rewrite the generated files in `folder`; remove generated ones no model makes now."""
    with tempfile.TemporaryDirectory(prefix="generate-analytics-") as workdir:
        files = generate(Path(workdir))
    for stale in generated_files(folder).keys() - files.keys():
        (folder / stale).unlink()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else ANALYTICS_DIR)
