"""Masking ends promptly on inputs built to make a backtracking pattern rescan the text.

The patterns are linear by construction (possessive quantifiers, fixed starts); these inputs
are the shapes that made the old URL pattern quadratic (minutes for 5 MB) and the worst ones
for each current pattern. Each runs in a fresh interpreter under a generous timeout: a hang
guard, not a timing.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

N = 5_000_000
ADVERSARIAL = {
    "one character": "'a' * N",
    "schemes without user info": "'a://' * (N // 4)",
    "user infos without @": "'x://u:' * (N // 6)",
    "empty user infos": "'://@/' * (N // 5)",
    "at signs after one user": "'://u:' + '@' * N",
    "percent-encoded query keys": "'?%=' * (N // 3)",
    "escaped quotes in a value": '"password=\'" + "\\\\\'" * (N // 2)',
    "one long password": "'postgresql://u:' + 'p' * N + '@h/db'",
    "many password keys": "'password=x ' * (N // 11)",
    "many long words": "('w' * 150 + ' ') * (N // 151)",
}

PROBE = """
import sys
from seeder.errors import clipped_words
from seeder.db.masking import mask, secrets_in
N = {n}
text = {expression}
masked = mask(text, "x" * 40, one_value=False)
single = mask(text, one_value=True)
found = secrets_in(text)
words = clipped_words(masked)
print(len(text), len(masked), len(single), len(found), len(words))
"""


@pytest.mark.parametrize("expression", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_masking_a_five_megabyte_input_ends_promptly(expression: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(n=N, expression=expression)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    length = int(done.stdout.split()[0])
    assert length > 0.99 * N  # the probe built the whole input
