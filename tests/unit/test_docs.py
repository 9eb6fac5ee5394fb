"""The README documents every option of every command (sqlite-utils' test_docs, in small)."""

from __future__ import annotations

import argparse
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
