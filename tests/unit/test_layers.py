"""The package's rooms import downwards only, so the data flow reads from the layout.

Every `seeder` import (TYPE_CHECKING and function-level ones included) is read from the
source, and each room may import only itself and rooms of a lower layer: so no cycle between
rooms is possible either.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "seeder"

# Lowest first. A room is a sub-package or a top-level module of seeder.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"errors", "domain", "version"}),
    frozenset({"vocabulary", "processes"}),
    frozenset({"params"}),
    frozenset({"config"}),
    frozenset({"db"}),
    frozenset({"schema"}),
    frozenset({"encode"}),
    frozenset({"generate"}),
    frozenset({"sinks"}),
    frozenset({"pipeline"}),
    frozenset({"distributed"}),
    frozenset({"checks"}),
    frozenset({"report"}),
    frozenset({"console"}),
    frozenset({"cli_reporting"}),
    frozenset({"cli_arguments"}),
    frozenset({"cli_commands"}),
    frozenset({"cli"}),
    frozenset({"__main__", "__init__"}),
)
LAYER_OF = {room: level for level, rooms in enumerate(LAYERS) for room in rooms}


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "seeder":
                found.update(f"seeder.{alias.name}" for alias in node.names)
            elif node.module.startswith("seeder."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("seeder."))
    return found


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        out.append((".".join(relative.parts), path))
    return out


def test_every_room_has_a_layer() -> None:
    rooms = {_room(module) for module, _ in _modules()}
    assert rooms <= set(LAYER_OF), sorted(rooms - set(LAYER_OF))


@pytest.mark.parametrize(("module", "path"), _modules(), ids=[m for m, _ in _modules()])
def test_imports_go_down_only(module: str, path: Path) -> None:
    here = LAYER_OF[_room(module)]
    upward = sorted(
        imported
        for imported in _imports(path)
        if _room(imported) != _room(module) and LAYER_OF.get(_room(imported), 99) >= here
    )
    assert not upward, f"{module} imports from the same or a higher layer: {upward}"
