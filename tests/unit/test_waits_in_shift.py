"""A contact that waits for the first agent free starts inside that agent's shift, also when
its wait is stored in a unit (an e-mail's, in hundredths of an hour) and rounding the start up
to the unit would carry it past the shift's end.

At 30,000 tickets with seed 1, an e-mail found its agent free in the shift's last seconds and
started, rounded up, a second after the shift ended (interaction INT-012975); `seed validate`
failed its rule interactions_in_handler_shift on the default parameters.
"""

from __future__ import annotations

import numpy as np

from seeder.config import build_run_config
from seeder.encode.blocks import Block
from seeder.generate.plan import build_plan
from seeder.generate.produce import generate_blocks

SECONDS_PER_DAY = 86_400


def _columns(blocks: list[Block], names: tuple[str, ...]) -> list[np.ndarray]:
    return [
        np.concatenate([next(c for c in b.columns if c.name == name).values for b in blocks])
        for name in names
    ]


def test_every_contact_starts_before_its_handlers_shift_ends() -> None:
    tables: dict[str, list[Block]] = {"interactions": [], "wfm": []}
    for block in generate_blocks(build_plan(build_run_config(tickets=30_000, seed=1))):
        if block.table in tables:
            tables[block.table].append(block)
    start, handler = _columns(tables["interactions"], ("interaction_created", "handled_by"))
    day, user, shift_start, shift_end = _columns(
        tables["wfm"], ("date", "user_id", "shift_start", "shift_end")
    )
    # Each contact's (handler, day) row of WFM: keys sorted, then searched.
    key = user * 1_000_000 + day
    order = np.argsort(key)
    row = order[np.searchsorted(key[order], handler * 1_000_000 + start // SECONDS_PER_DAY)]
    assert (key[row] == handler * 1_000_000 + start // SECONDS_PER_DAY).all()
    late = np.flatnonzero(start >= shift_end[row])
    assert len(late) == 0, f"{len(late)} contacts start after their shift, seconds past: " + str(
        (start - shift_end[row])[late][:5]
    )
    assert (start >= shift_start[row]).all()
