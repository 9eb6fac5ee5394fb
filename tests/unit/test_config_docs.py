"""`seed config` explains every key: its meaning, unit and range, and what can be reached."""

from __future__ import annotations

import tomllib
from dataclasses import fields

from seeder.params import Params, params_from_mapping, params_to_toml
from seeder.params.docs import PARAM_DOCS


def test_every_parameter_has_a_comment() -> None:
    missing = [f.name for f in fields(Params) if f.name not in PARAM_DOCS]
    assert not missing


def test_every_key_and_table_is_printed_under_its_comment() -> None:
    lines = params_to_toml(Params()).splitlines()
    top_level = {f.name for f in fields(Params)}
    for i, line in enumerate(lines):
        key = line.split(" = ")[0] if " = " in line else line.strip("[]")
        repeated = line.startswith("[[") and line in lines[:i]  # one comment per array
        if key in top_level and not repeated:
            assert lines[i - 1].startswith("# "), f"{key} has no comment above it"


def test_unreachable_contacts_per_case_are_explained() -> None:
    text = params_to_toml(Params())
    assert "contacts_per_case 1.2 cannot be reached with FCR rate 1: the data averages 1.00" in text
    assert "the data averages 1.80" in text  # complaint: 0.2 x 1 + 0.8 x 2
    assert "contacts_per_case 4.1 is reached on average" in text  # rma


def test_the_commented_file_reads_back_to_the_same_parameters() -> None:
    assert params_from_mapping(tomllib.loads(params_to_toml(Params()))) == Params()
