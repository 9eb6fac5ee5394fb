"""docs/data_model.md's sample of each table is what psql prints on the small dump."""

from __future__ import annotations

import pytest
from data_model_sample import SAMPLES, documented, rendered_on_small_dump

pytestmark = pytest.mark.db


def test_the_documented_sample_is_the_small_dumps(server_url: str) -> None:
    rendered = rendered_on_small_dump(server_url)
    assert rendered.count("\n") > 4 * len(SAMPLES)  # a title, a header and rows each
    assert documented() == rendered, "regenerate: python tests/data_model_sample.py"
