"""The SQL behind the contact-centre checks of `seed validate` (docs/contact_centre.md).

Shifts, absence and opening hours as integrity rules (each query selects the offending rows,
like seeder/checks/queries.py), and the tallies of the calibration-style checks: absence,
occupancy, waits against the load per interval, and the age of the backlog. Bind parameters
(`:open_phone_1`, `:interval_s`, ...) come from `centre_parameters`.

A wfm row is rostered when scheduled_time > 0 (it then holds a shift), absent when rostered
with available_time = 0, and present when available_time > 0. Overtime is paid_time -
scheduled_time. Opening hours are read on the timestamps' own clock.
"""

from __future__ import annotations

from typing import Final

from seeder.checks.queries import IntegrityQuery
from seeder.domain import CHANNELS
from seeder.params import Params

ISO_WEEKDAYS: Final = range(1, 8)  # extract(isodow): Monday = 1 .. Sunday = 7

# One row per channel and weekday: (channel, isodow, opens, closes) in hours of the day.
_HOURS = ", ".join(
    f"('{channel}', {day}, CAST(:open_{channel}_{day} AS float8), "
    f"CAST(:close_{channel}_{day} AS float8))"
    for channel in CHANNELS
    for day in ISO_WEEKDAYS
)


def _closed_at(alias: str, moment: str) -> str:
    """SQL: the channel is closed at `moment`, given `alias` joined by `_hours_of` (or NULL)."""
    hour = f"extract(epoch FROM {moment} - date_trunc('day', {moment})) / 3600"
    return f"NOT coalesce({hour} >= {alias}.opens AND {hour} < {alias}.closes, false)"


def _hours_of(alias: str, channel: str, moment: str) -> str:
    """SQL: LEFT JOIN the opening hours of `channel` on the weekday of `moment`."""
    return (
        f"LEFT JOIN hours {alias} ON {alias}.channel = {channel} "
        f"AND {alias}.isodow = extract(isodow FROM {moment})::int"
    )


_HANDLER_DAY = """interactions i
    LEFT JOIN wfm w ON w.user_id = i.handled_by AND w.date = i.interaction_created::date"""

CENTRE_QUERIES: Final[tuple[IntegrityQuery, ...]] = (
    IntegrityQuery(
        "wfm_shift_matches_scheduled",
        "a rostered day (scheduled_time > 0) has a shift starting that day whose length is "
        "scheduled_time minutes (more only when overlapping chats outlast it: then the day's "
        "handle minutes); a day off has no shift and no paid time",
        """SELECT format('user %s on %s', w.user_id, w.date) AS example FROM wfm w
           LEFT JOIN (SELECT handled_by, interaction_created::date AS date,
                             ceil(sum(handle_time)) AS minutes
                      FROM interactions GROUP BY 1, 2) h
             ON h.handled_by = w.user_id AND h.date = w.date
           WHERE CASE WHEN scheduled_time = 0 THEN
                     shift_start IS NOT NULL OR shift_end IS NOT NULL OR paid_time <> 0
                 ELSE
                     shift_start IS NULL OR shift_end IS NULL OR shift_start::date <> w.date
                     OR abs(greatest(extract(epoch FROM shift_end - shift_start) / 60,
                                     coalesce(h.minutes, 0)) - scheduled_time) >= 1
                 END""",
    ),
    IntegrityQuery(
        "wfm_absent_days_idle",
        "an absent day (scheduled, available_time = 0) has no interactions or productive "
        "time and no overtime",
        """SELECT format('user %s on %s', user_id, date) AS example FROM wfm
           WHERE scheduled_time > 0 AND available_time = 0
             AND (interactions_time <> 0 OR productive_time <> 0
                  OR paid_time <> scheduled_time)""",
    ),
    IntegrityQuery(
        "interactions_in_handler_shift",
        "every interaction starts within its handler's shift that day and is handled by the "
        "shift's end plus the day's overtime (paid_time - scheduled_time)",
        f"""SELECT i.interaction_id AS example FROM {_HANDLER_DAY}
            WHERE w.shift_start IS NULL
               OR i.interaction_created < w.shift_start
               OR i.interaction_created >= w.shift_end
               OR i.interaction_handled > w.shift_end
                  + (w.paid_time - w.scheduled_time) * interval '1 minute'""",
    ),
    IntegrityQuery(
        "no_shift_on_a_closed_day",
        "nobody is rostered on the centre's closed days (closed_days)",
        """SELECT format('user %s on %s', user_id, date) AS example FROM wfm
           WHERE scheduled_time > 0
             AND to_char(date, 'MM-DD') = ANY(string_to_array(:closed_days, ','))""",
    ),
    IntegrityQuery(
        "closed_while_staffed",
        "a ticket closes on a day someone is present, between the first shift's start and "
        "the last one's end (or as its last contact ends, when that ran past them)",
        """WITH staffed AS (SELECT date, min(shift_start) AS opens, max(shift_end) AS closes
                            FROM wfm WHERE available_time > 0 GROUP BY date)
           SELECT format('ticket %s closed %s', t.ticket_id, t.ticket_closed) AS example
           FROM tickets t LEFT JOIN staffed s ON s.date = t.ticket_closed::date
           WHERE t.ticket_closed IS NOT NULL AND t.ticket_closed <> t.last_interaction_time
             AND (s.date IS NULL OR t.ticket_closed < s.opens OR t.ticket_closed > s.closes)""",
    ),
    IntegrityQuery(
        "no_work_when_absent",
        "no agent handles an interaction on a day they are absent",
        f"""SELECT i.interaction_id AS example FROM {_HANDLER_DAY}
            WHERE w.scheduled_time > 0 AND w.available_time = 0""",
    ),
    IntegrityQuery(
        "contacts_within_opening_hours",
        "phone and chat tickets are created, and every interaction starts, while its "
        "channel is open (opening_hours); e-mails may arrive at any hour",
        f"""WITH hours(channel, isodow, opens, closes) AS (VALUES {_HOURS})
            SELECT format('ticket %s (%s) created %s', t.ticket_id, t.origin, t.ticket_created)
            FROM tickets t {_hours_of("h", "t.origin", "t.ticket_created")}
            WHERE t.origin IN ('phone', 'chat') AND {_closed_at("h", "t.ticket_created")}
            UNION ALL
            SELECT format('interaction %s (%s) at %s', i.interaction_id, i.channel,
                          i.interaction_created)
            FROM interactions i {_hours_of("h", "i.channel", "i.interaction_created")}
            WHERE {_closed_at("h", "i.interaction_created")}""",
    ),
)


def centre_parameters(params: Params) -> dict[str, float]:
    """The bind parameters of the contact-centre queries, from the configured values."""
    values: dict[str, float] = {"interval_s": 60.0 * params.interval_minutes}
    for channel in CHANNELS:
        week = params.opening_hours.get(channel, [[0.0, 0.0]] * 7)
        for day, (opens, closes) in zip(ISO_WEEKDAYS, week, strict=True):
            values[f"open_{channel}_{day}"] = float(opens)
            values[f"close_{channel}_{day}"] = float(closes)
    return values


# --- calibration tallies -----------------------------------------------------------------

# Rostered agent-days, and those lost to absence.
ABSENCE: Final = """
    SELECT count(*) FILTER (WHERE scheduled_time > 0),
           count(*) FILTER (WHERE scheduled_time > 0 AND available_time = 0)
    FROM wfm
"""
# Present agent-days, their interactions and available minutes, and all handle minutes.
OCCUPANCY: Final = """
    SELECT count(*), coalesce(sum(interactions_time), 0), coalesce(sum(available_time), 0),
           (SELECT coalesce(sum(handle_time), 0) FROM interactions)
    FROM wfm WHERE scheduled_time > 0 AND available_time > 0
"""

# Each phone and chat queue record's interval, whether abandoned, and its wait if answered.
_RECORDS = " UNION ALL ".join(
    f"""SELECT floor(extract(epoch FROM initialized) / CAST(:interval_s AS numeric)) AS slot,
               is_abandoned,
               extract(epoch FROM answered - initialized)::float8 AS wait_s
        FROM {table}"""
    for table in ("calls", "chats")
)
# Agents present and on shift for at least part of each interval.
_STAFF = """
    SELECT slot, count(*) AS agents
    FROM wfm w,
         generate_series(floor(extract(epoch FROM w.shift_start) / CAST(:interval_s AS numeric)),
                         ceil(extract(epoch FROM w.shift_end) / CAST(:interval_s AS numeric)) - 1
         ) AS slot
    WHERE w.available_time > 0 AND w.shift_start IS NOT NULL
    GROUP BY slot
"""
# Per quarter of the intervals ranked by load (records per agent; no agent = infinite load),
# the quietest (1) and busiest (4): records, abandoned, and the mean speed of answer.
WAITS_BY_LOAD: Final = f"""
    WITH records AS ({_RECORDS}),
         staff AS ({_STAFF}),
         loads AS (
             SELECT r.slot,
                    CASE WHEN coalesce(s.agents, 0) = 0 THEN 'Infinity'::float8
                         ELSE count(*)::float8 / s.agents END AS load
             FROM records r LEFT JOIN staff s ON s.slot = r.slot
             GROUP BY r.slot, s.agents),
         ranked AS (SELECT slot, ntile(4) OVER (ORDER BY load, slot) AS quarter FROM loads)
    SELECT k.quarter, count(*), count(*) FILTER (WHERE r.is_abandoned),
           coalesce(avg(r.wait_s) FILTER (WHERE NOT r.is_abandoned), 0)
    FROM records r JOIN ranked k ON k.slot = r.slot
    WHERE k.quarter IN (1, 4)
    GROUP BY k.quarter
"""

# Unclosed tickets, and those among them created long before the newest ticket.
BACKLOG_OLD_DAYS: Final = 30
TICKETS_PER_CATEGORY: Final = "SELECT symptom_cat, count(*) FROM tickets GROUP BY 1"

# The ordinary tickets' backlog (an event's tickets close more slowly by design).
BACKLOG_AGE: Final = f"""
    SELECT count(*),
           count(*) FILTER (WHERE ticket_created < (SELECT max(ticket_created) FROM tickets)
                                                   - interval '{BACKLOG_OLD_DAYS} days')
    FROM tickets WHERE ticket_closed IS NULL AND event_id IS NULL
"""
# Ordinary tickets created per day, by their age in days at the newest ticket.
TICKET_AGES: Final = """
    SELECT extract(epoch FROM (SELECT max(ticket_created) FROM tickets) - ticket_created)::bigint
           / 86400 AS age, count(*)
    FROM tickets WHERE event_id IS NULL GROUP BY 1
"""
