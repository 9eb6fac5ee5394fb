"""The channel mix to expect of tickets, given the days each channel was staffed.

A phone line's or a chat's customers choose another channel on a day nobody staffs it (it is
closed, or its hours fall outside the shifts of the agents present: docs/contact_centre.md),
so the configured shares hold among the channels open each day; e-mail is always written.
With every channel open every day, as by default, the expected mix is the configured one.
"""

from __future__ import annotations

from typing import Final

import numpy as np
from sqlalchemy import Connection, text

from seeder.checks.queries import ORDINARY
from seeder.domain import CHANNELS
from seeder.params import Params

# Per day with ordinary tickets, in order: their count, the weekday (Monday = 0), and the hours
# of the day the agents present start and end (NULL where nobody is present).
_TICKET_DAYS: Final = f"""
    SELECT extract(isodow FROM t.day)::int - 1, t.tickets, s.opens_h, s.closes_h
    FROM (SELECT ticket_created::date AS day, count(*) AS tickets FROM tickets
          WHERE {ORDINARY} GROUP BY 1) t
    LEFT JOIN (SELECT date, min(extract(epoch FROM shift_start - date)) / 3600 AS opens_h,
                      max(extract(epoch FROM shift_end - date)) / 3600 AS closes_h
               FROM wfm WHERE available_time > 0 GROUP BY date) s ON s.date = t.day
    ORDER BY t.day
"""


def expected_origin_shares(connection: Connection, params: Params) -> dict[str, float]:
    """Each channel's expected share of ordinary tickets: the configured weights, renormalised
    each day among e-mail and the lines whose hours meet the shifts of the agents present
    (generate.tables.schedule.open_channels)."""
    rows = connection.execute(text(_TICKET_DAYS)).all()
    if not rows:  # no ordinary tickets: nothing to expect a mix of
        return dict(params.channels)
    weights = np.array([params.channels.get(c, 0.0) for c in CHANNELS], dtype=np.float64)
    weekday = np.array([r[0] for r in rows], dtype=np.int64)
    tickets = np.array([r[1] for r in rows], dtype=np.float64)
    staffed = np.array([(r[2], r[3]) if r[2] is not None else (0.0, 0.0) for r in rows])
    hours = np.array([params.opening_hours[c] for c in CHANNELS], dtype=np.float64)[:, weekday]
    opens = np.maximum(hours[:, :, 0], staffed[None, :, 0])
    closes = np.minimum(hours[:, :, 1], staffed[None, :, 1])
    opened = closes > opens
    # E-mail waits for the desk's next staffed day, up to the last the range has.
    email = CHANNELS.index("email")
    staffed_days = np.flatnonzero(opened[email])
    last = staffed_days[-1] if len(staffed_days) else len(rows) - 1
    opened[email] = np.arange(len(rows)) <= last
    if opened.all():
        return dict(params.channels)
    open_weight = weights[:, None] * opened
    # A day with no channel open (it should not happen) keeps the configured draw.
    per_day = np.where(open_weight.any(axis=0), open_weight, weights[:, None])
    per_day = per_day / per_day.sum(axis=0)
    expected = (per_day * tickets).sum(axis=1) / tickets.sum()
    return {channel: float(share) for channel, share in zip(CHANNELS, expected, strict=True)}
