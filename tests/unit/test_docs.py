"""The README documents every option of every command (sqlite-utils' test_docs, in small)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from seeder import cli_arguments

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
PARSERS = {
    name: getattr(cli_arguments, f"{name}_parser")
    for name in ("load", "migrate", "config", "db", "validate", "report", "dump", "export")
}


@pytest.mark.parametrize("command", PARSERS)
def test_every_option_is_in_the_readme(command: str) -> None:
    parser: argparse.ArgumentParser = PARSERS[command]()
    missing = [
        "/".join(action.option_strings)
        for action in parser._actions
        if action.option_strings
        and not isinstance(action, argparse._HelpAction | argparse._VersionAction)
        and not any(
            f"`{option}" in README or f" {option} " in README for option in action.option_strings
        )
    ]
    assert not missing, f"seed {command}: document {missing} in README.md"


def test_the_readme_is_a_front_door() -> None:
    """At most 300 lines, the two commands first, and links only to files in the repository."""
    lines = README.splitlines()
    assert len(lines) <= 300
    blocks = re.findall(r"```bash\n(.*?)```", README, re.DOTALL)
    assert "seed --size large" in blocks[0] and blocks[1].rstrip().endswith(".venv/bin/pytest")
    root = Path(__file__).resolve().parents[2]
    targets = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README)
    local = [t for t in targets if "://" not in t]
    assert local, "the README links its docs"
    outside = [t for t in local if not (root / t).resolve().is_relative_to(root)]
    missing = [t for t in local if not (root / t).exists()]
    assert (outside, missing) == ([], [])
