"""Every analytics query's committed answer is exactly what it prints on the committed dump.

Learners check their own SQL against sql/analytics/expected/<tier>/<query>.csv; this test
keeps those files true. Regenerate with `python tests/golden_answers.py` after changing the
data or a query.
"""

from __future__ import annotations

import pytest
from golden_answers import EXPECTED, QUERIES, TIERS, tier_answers

pytestmark = pytest.mark.db


@pytest.mark.parametrize("tier", TIERS)
def test_the_golden_answers_are_current(server_url: str, tier: str) -> None:
    answers = tier_answers(server_url, tier)
    committed = {p.stem: p.read_text(encoding="utf-8") for p in (EXPECTED / tier).glob("*.csv")}
    assert set(committed) == {q.stem for q in QUERIES}, "regenerate: python tests/golden_answers.py"
    stale = sorted(stem for stem, text in answers.items() if committed[stem] != text)
    assert not stale, f"{tier}: stale answers {stale}; regenerate: python tests/golden_answers.py"
    assert all(text.count("\n") >= 2 for text in answers.values())  # a header and a row at least
