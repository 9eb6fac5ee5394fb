"""The SQL behind `seed validate`: one query per integrity rule, plus the calibration tallies.

An integrity query selects the rows that break its rule, one text column that
names the row; the runner counts them (zero means the rule holds) and quotes a few. Bind
parameters (`:span_hours`, ...) come from `integrity_parameters`. Calibration queries only
count; the runner compares the counts with the configured rates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from seeder.domain import COUNTRY_LANGUAGE, EMAIL_DOMAINS, PHONE_FORMATS, TABLES
from seeder.params import Params
from seeder.vocabulary import load_vocabulary


@dataclass(frozen=True)
class IntegrityQuery:
    """A rule that must hold for every row: `sql` selects the rows that break it."""

    name: str
    description: str
    sql: str


QUEUE_CHANNELS: Final = {"calls": "phone", "chats": "chat"}

_LANGUAGE_VALUES = ", ".join(f"('{c}', '{lang}')" for c, lang in COUNTRY_LANGUAGE.items())


def _phone_pattern(code: str, groups: tuple[int, ...], lead: str) -> str:
    """The POSIX regular expression of exactly the numbers the generator makes for a country."""
    parts = [lead + f"[0-9]{{{groups[0] - len(lead)}}}"]
    parts += [f"[0-9]{{{width}}}" for width in groups[1:]]
    return "^" + re.escape(code) + "".join(" " + part for part in parts) + "$"


_PHONE_VALUES = ", ".join(
    f"('{country}', '{_phone_pattern(*layout)}')" for country, layout in PHONE_FORMATS.items()
)
_EMAIL_PATTERN = "^[^@]+@(" + "|".join(re.escape(d) for d in EMAIL_DOMAINS) + ")$"
# An event names its symptom by the vocabulary's key; tickets hold the symptom's English text.
_SYMPTOM_TEXTS = ", ".join(
    "('{}', '{}')".format(s.key, s.text("english").replace("'", "''"))
    for symptoms in load_vocabulary().symptoms.values()
    for s in symptoms
)

# Interactions per ticket, and each ticket's first interaction (ties broken by id).
_CONTACTS = "SELECT ticket_id, count(*) AS contacts FROM interactions GROUP BY ticket_id"
_FIRST = """SELECT DISTINCT ON (ticket_id) ticket_id, channel, interaction_created,
                   speed_of_answer
            FROM interactions ORDER BY ticket_id, interaction_created, interaction_id"""
_PER_TICKET = """SELECT ticket_id, min(interaction_created) AS first_created,
                        max(interaction_handled) AS last_handled
                 FROM interactions GROUP BY ticket_id"""

# The midnight after the range's last day: WFM has a row for every agent and day of the range.
_RANGE_END = "(SELECT max(date) + 1 FROM wfm)"

# Each (child table, key, foreign key column, parent table, parent key).
_REFERENCES = (
    ("tickets", "ticket_id", "ticket_owner", "users", "id"),
    ("tickets", "ticket_id", "customer_id", "customers", "id"),
    ("interactions", "interaction_id", "ticket_id", "tickets", "ticket_id"),
    ("interactions", "interaction_id", "customer_id", "customers", "id"),
    ("interactions", "interaction_id", "handled_by", "users", "id"),
    ("calls", "id", "interaction_id", "interactions", "interaction_id"),
    ("chats", "id", "interaction_id", "interactions", "interaction_id"),
    ("wfm", "date", "user_id", "users", "id"),
)
_ORPHANS = "\nUNION ALL\n".join(
    f"""SELECT format('{child} %s: {column} %s has no {parent} row', c.{key}, c.{column})
        FROM {child} c
        WHERE c.{column} IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{parent_key} = c.{column})"""
    for child, key, column, parent, parent_key in _REFERENCES
)


def _queue_queries(table: str, channel: str) -> tuple[IntegrityQuery, ...]:
    return (
        IntegrityQuery(
            f"{table}_match_{channel}_interactions",
            f"every {channel} interaction has exactly one answered {table} row, with answered = "
            "interaction_created and initialized = answered - speed_of_answer seconds",
            f"""SELECT i.interaction_id AS example
                FROM interactions i LEFT JOIN {table} q ON q.interaction_id = i.interaction_id
                WHERE i.channel = '{channel}'
                GROUP BY i.interaction_id HAVING count(q.id) <> 1
                UNION ALL
                SELECT q.id FROM {table} q
                LEFT JOIN interactions i ON i.interaction_id = q.interaction_id
                WHERE q.interaction_id IS NOT NULL AND (
                    i.channel IS DISTINCT FROM '{channel}'
                    OR q.answered IS DISTINCT FROM i.interaction_created
                    OR q.initialized IS DISTINCT FROM
                       i.interaction_created - i.speed_of_answer * interval '1 second')""",
        ),
        IntegrityQuery(
            f"abandoned_{table}_well_formed",
            f"{table}: is_abandoned agrees with the timestamps; an abandoned row has no "
            "interaction and no answer, and waited within the configured patience",
            f"""SELECT id AS example FROM {table}
                WHERE is_abandoned IS DISTINCT FROM (abandoned IS NOT NULL)
                   OR (is_abandoned AND (
                       interaction_id IS NOT NULL OR answered IS NOT NULL
                       OR abandoned - initialized NOT BETWEEN
                          floor(:{table}_patience_min_s) * interval '1 second'
                          AND ceil(:{table}_patience_max_s) * interval '1 second'))
                   OR (NOT is_abandoned AND (interaction_id IS NULL OR answered IS NULL))""",
        ),
    )


INTEGRITY_QUERIES: Final[tuple[IntegrityQuery, ...]] = (
    IntegrityQuery(
        "foreign_keys_resolve",
        "every foreign key value points at an existing row",
        _ORPHANS,
    ),
    IntegrityQuery(
        "tickets_have_interactions",
        "every ticket has at least one interaction",
        """SELECT t.ticket_id AS example FROM tickets t
           WHERE NOT EXISTS (SELECT 1 FROM interactions i WHERE i.ticket_id = t.ticket_id)""",
    ),
    IntegrityQuery(
        "fcr_has_one_interaction",
        "an FCR ticket has exactly one interaction",
        f"""SELECT t.ticket_id AS example
            FROM tickets t LEFT JOIN ({_CONTACTS}) c ON c.ticket_id = t.ticket_id
            WHERE t.fcr AND coalesce(c.contacts, 0) <> 1""",
    ),
    IntegrityQuery(
        "non_fcr_has_two_or_more_interactions",
        "a ticket that is not FCR has at least two interactions",
        f"""SELECT t.ticket_id AS example
            FROM tickets t LEFT JOIN ({_CONTACTS}) c ON c.ticket_id = t.ticket_id
            WHERE NOT t.fcr AND coalesce(c.contacts, 0) < 2""",
    ),
    IntegrityQuery(
        "interaction_customer_is_ticket_customer",
        "an interaction carries its ticket's customer",
        """SELECT i.interaction_id AS example
           FROM interactions i JOIN tickets t ON t.ticket_id = i.ticket_id
           WHERE i.customer_id IS DISTINCT FROM t.customer_id""",
    ),
    IntegrityQuery(
        "origin_is_first_interaction_channel",
        "a ticket's origin is the channel of its first interaction",
        f"""SELECT t.ticket_id AS example
            FROM tickets t JOIN ({_FIRST}) f ON f.ticket_id = t.ticket_id
            WHERE f.channel IS DISTINCT FROM t.origin""",
    ),
    IntegrityQuery(
        "ticket_created_before_first_interaction",
        "ticket_created <= the first interaction_created",
        f"""SELECT t.ticket_id AS example
            FROM tickets t JOIN ({_PER_TICKET}) p ON p.ticket_id = t.ticket_id
            WHERE t.ticket_created > p.first_created""",
    ),
    IntegrityQuery(
        "first_interaction_waits_speed_of_answer",
        "the first interaction starts at ticket_created + its speed of answer "
        "(hours for email, seconds for phone and chat)",
        f"""SELECT t.ticket_id AS example
            FROM tickets t JOIN ({_FIRST}) f ON f.ticket_id = t.ticket_id
            WHERE f.interaction_created <> t.ticket_created + f.speed_of_answer
                  * CASE f.channel WHEN 'email' THEN interval '1 hour'
                                   ELSE interval '1 second' END""",
    ),
    IntegrityQuery(
        "interactions_within_span",
        "every interaction lies between ticket_created and the ticket's first interaction + "
        "max_interaction_span_hours (an e-mail that arrives at night waits for the morning)",
        f"""SELECT i.interaction_id AS example
            FROM interactions i JOIN tickets t ON t.ticket_id = i.ticket_id
            JOIN ({_PER_TICKET}) p ON p.ticket_id = i.ticket_id
            WHERE i.interaction_created < t.ticket_created
               OR i.interaction_handled > p.first_created + :span_hours * interval '1 hour'""",
    ),
    IntegrityQuery(
        "interactions_do_not_overlap",
        "an interaction starts after the previous one of its ticket was handled",
        """SELECT interaction_id AS example FROM (
               SELECT interaction_id, interaction_created,
                      lag(interaction_handled) OVER (
                          PARTITION BY ticket_id ORDER BY interaction_created, interaction_id
                      ) AS previous_handled
               FROM interactions) o
           WHERE interaction_created < previous_handled""",
    ),
    IntegrityQuery(
        "handled_is_created_plus_handle_time",
        "interaction_handled = interaction_created + handle_time minutes",
        """SELECT interaction_id AS example FROM interactions
           WHERE interaction_handled IS DISTINCT FROM
                 interaction_created + handle_time * interval '1 minute'""",
    ),
    IntegrityQuery(
        "status_closed_iff_ticket_closed",
        "status is 'closed' exactly when ticket_closed is set",
        """SELECT ticket_id AS example FROM tickets
           WHERE (status = 'closed') IS DISTINCT FROM (ticket_closed IS NOT NULL)""",
    ),
    IntegrityQuery(
        "closed_after_last_interaction",
        "ticket_closed >= last_interaction_time (and so >= ticket_created)",
        """SELECT ticket_id AS example FROM tickets
           WHERE ticket_closed < last_interaction_time OR ticket_closed < ticket_created""",
    ),
    IntegrityQuery(
        "closed_within_the_range",
        "ticket_closed lies inside the range, before the midnight after its last day "
        "(a later closure is the backlog: the ticket stays unclosed)",
        f"""SELECT ticket_id AS example FROM tickets WHERE ticket_closed >= {_RANGE_END}""",
    ),
    IntegrityQuery(
        "new_only_when_recent",
        "an unclosed ticket is 'new' exactly when created within new_within_days of the "
        "range's last second, else 'open'",
        f"""SELECT ticket_id AS example FROM tickets
            WHERE status <> 'closed'
              AND (status = 'new') IS DISTINCT FROM (
                  extract(epoch FROM {_RANGE_END} - interval '1 second' - ticket_created)
                  / 86400 < :new_within_days)""",
    ),
    IntegrityQuery(
        "last_interaction_time_is_latest_handled",
        "last_interaction_time = the ticket's latest interaction_handled",
        f"""SELECT t.ticket_id AS example
            FROM tickets t LEFT JOIN ({_PER_TICKET}) p ON p.ticket_id = t.ticket_id
            WHERE t.last_interaction_time IS DISTINCT FROM p.last_handled""",
    ),
    IntegrityQuery(
        "closure_hours_match_timestamps",
        "resolution_after_last_interaction_hours and lifecycle_hours agree with the "
        "timestamps to 0.01 h, and are NULL on unclosed tickets",
        """SELECT ticket_id AS example FROM tickets
           WHERE CASE WHEN ticket_closed IS NULL THEN
                     resolution_after_last_interaction_hours IS NOT NULL
                     OR lifecycle_hours IS NOT NULL
                 ELSE
                     resolution_after_last_interaction_hours IS NULL OR lifecycle_hours IS NULL
                     OR abs(resolution_after_last_interaction_hours - extract(
                            epoch FROM ticket_closed - last_interaction_time) / 3600) > 0.01
                     OR abs(lifecycle_hours - extract(
                            epoch FROM ticket_closed - ticket_created) / 3600) > 0.01
                 END""",
    ),
    IntegrityQuery(
        "fcr_tickets_closed_not_escalated",
        "an FCR ticket is closed and not escalated",
        """SELECT ticket_id AS example FROM tickets
           WHERE fcr AND (status IS DISTINCT FROM 'closed' OR escalated)""",
    ),
    IntegrityQuery(
        "ratings_only_on_closed_tickets",
        "a rating (1..5) appears only on closed tickets",
        """SELECT ticket_id AS example FROM tickets
           WHERE ticket_rating IS NOT NULL
             AND (status <> 'closed' OR ticket_rating NOT BETWEEN 1 AND 5)""",
    ),
    IntegrityQuery(
        "language_follows_country",
        "a ticket's language is its customer's country language",
        f"""SELECT t.ticket_id AS example
            FROM tickets t JOIN customers c ON c.id = t.customer_id
            LEFT JOIN (VALUES {_LANGUAGE_VALUES}) AS m(country, language)
                   ON m.country = c.country
            WHERE t.language IS DISTINCT FROM m.language""",
    ),
    IntegrityQuery(
        "customer_email_in_example_domains",
        "a customer's e-mail address is at one of the reserved example domains "
        f"({', '.join(EMAIL_DOMAINS)})",
        f"""SELECT format('customer %s: %s', id, email) AS example FROM customers
            WHERE email IS NULL OR email !~ '{_EMAIL_PATTERN}'""",
    ),
    IntegrityQuery(
        "customer_phone_fits_country",
        "a customer's phone number has their country's calling code and mobile format",
        f"""SELECT format('customer %s (%s): %s', c.id, c.country, c.phone) AS example
            FROM customers c
            LEFT JOIN (VALUES {_PHONE_VALUES}) AS m(country, pattern) ON m.country = c.country
            WHERE c.phone IS NULL OR m.pattern IS NULL OR c.phone !~ m.pattern""",
    ),
    IntegrityQuery(
        "text_only_on_email_and_chat",
        "e-mail and chat interactions carry a subject and body, phone interactions none",
        """SELECT interaction_id AS example FROM interactions
           WHERE (channel = 'phone') <> (subject IS NULL)
              OR (channel = 'phone') <> (body IS NULL)""",
    ),
    IntegrityQuery(
        "no_work_before_start_date",
        "no agent handles an interaction, or takes a ticket's first contact as its owner, "
        "before their start_date (a ticket e-mailed the night before may go to a new starter)",
        f"""SELECT i.interaction_id AS example
            FROM interactions i JOIN users u ON u.id = i.handled_by
            WHERE i.interaction_created::date < u.start_date
            UNION ALL
            SELECT t.ticket_id FROM tickets t JOIN users u ON u.id = t.ticket_owner
            JOIN ({_PER_TICKET}) p ON p.ticket_id = t.ticket_id
            WHERE p.first_created::date < u.start_date""",
    ),
    IntegrityQuery(
        "interactions_on_scheduled_days",
        "an agent handles interactions only on days with scheduled WFM time",
        """SELECT i.interaction_id AS example
           FROM interactions i
           LEFT JOIN wfm w ON w.user_id = i.handled_by AND w.date = i.interaction_created::date
           WHERE coalesce(w.scheduled_time, 0) <= 0""",
    ),
    IntegrityQuery(
        "wfm_covers_handle_time",
        "WFM interactions_time >= the agent's summed handle time that day",
        """SELECT format('user %s on %s', w.user_id, w.date) AS example
           FROM wfm w
           JOIN (SELECT handled_by, interaction_created::date AS date,
                        ceil(sum(handle_time)) AS minutes
                 FROM interactions GROUP BY 1, 2) h
             ON h.handled_by = w.user_id AND h.date = w.date
           WHERE w.interactions_time < h.minutes""",
    ),
    IntegrityQuery(
        "wfm_times_consistent",
        "WFM minutes are non-negative, paid >= scheduled (the excess is overtime), "
        "available <= scheduled and interactions <= productive",
        """SELECT format('user %s on %s', user_id, date) AS example FROM wfm
           WHERE NOT (paid_time >= 0 AND scheduled_time >= 0 AND available_time >= 0
                      AND interactions_time >= 0
                      AND paid_time >= scheduled_time
                      AND available_time <= scheduled_time
                      AND interactions_time <= productive_time)""",
    ),
    IntegrityQuery(
        "wfm_productive_within_available",
        "WFM productive_time <= available_time, so never above paid_time",
        """SELECT format('user %s on %s', user_id, date) AS example FROM wfm
           WHERE productive_time > available_time""",
    ),
    IntegrityQuery(
        "wfm_one_row_per_agent_day",
        "one WFM row per agent and day, from the later of their start_date and the first "
        "WFM date to the last WFM date",
        """WITH bounds AS (SELECT min(date) AS first_day, max(date) AS last_day FROM wfm),
                expected AS (
                    SELECT u.id AS user_id, d::date AS date
                    FROM users u CROSS JOIN bounds b,
                         generate_series(greatest(u.start_date, b.first_day)::timestamp,
                                         b.last_day::timestamp, interval '1 day') AS d)
           SELECT format('user %s on %s: %s', coalesce(e.user_id, w.user_id),
                         coalesce(e.date, w.date),
                         CASE WHEN w.user_id IS NULL THEN 'missing' ELSE 'unexpected' END)
           FROM expected e FULL JOIN wfm w ON w.user_id = e.user_id AND w.date = e.date
           WHERE e.user_id IS NULL OR w.user_id IS NULL
           UNION ALL
           SELECT format('user %s on %s: %s rows', user_id, date, count(*))
           FROM wfm GROUP BY user_id, date HAVING count(*) > 1""",
    ),
    *(query for table, ch in QUEUE_CHANNELS.items() for query in _queue_queries(table, ch)),
    IntegrityQuery(
        "event_tickets_in_window_and_slice",
        "an event's tickets are created inside its window and lie in its slice",
        """SELECT t.ticket_id AS example
            FROM tickets t JOIN scenario_events e ON e.id = t.event_id
            JOIN customers c ON c.id = t.customer_id
            CROSS JOIN LATERAL (SELECT e.parameters::jsonb AS p) j
            LEFT JOIN (VALUES """
        + _SYMPTOM_TEXTS
        + """) AS named (key, symptom) ON named.key = p->>'symptom'
            WHERE t.ticket_created < e.starts_at OR t.ticket_created >= e.ends_at
               OR t.product <> coalesce(nullif(p->>'product', ''), t.product)
               OR t.symptom_cat <> coalesce(nullif(p->>'category', ''), t.symptom_cat)
               OR t.symptom <> coalesce(named.symptom, t.symptom)
               OR t.origin <> coalesce(nullif(p->>'channel', ''), t.origin)
               OR c.country <> coalesce(nullif(p->>'country', ''), c.country)""",
    ),
)


def integrity_parameters(params: Params) -> dict[str, float | str]:
    """The bind parameters the integrity queries use, from the configured values."""
    values: dict[str, float | str] = {
        "span_hours": params.max_interaction_span_hours,
        "new_within_days": params.new_within_days,
        "closed_days": ",".join(params.closed_days),  # MM-DD, as the configuration has them
    }
    for table in QUEUE_CHANNELS:
        patience = params.abandonment[table].patience_seconds
        values[f"{table}_patience_min_s"] = patience.min
        values[f"{table}_patience_max_s"] = patience.max
    return values


def count_violations_sql(query: IntegrityQuery, examples: int) -> str:
    """One statement: how many rows break the rule, and the first few of them."""
    return f"""WITH v(example) AS ({query.sql})
               SELECT (SELECT count(*) FROM v),
                      ARRAY(SELECT v.example::text FROM v ORDER BY 1 LIMIT {int(examples)})"""


ROW_COUNTS: Final = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in TABLES)

# --- calibration tallies -----------------------------------------------------------------
# Over ordinary tickets only: a scenario event's tickets (event_id set) are its slice, with its
# effects, by design; the ordinary ones are drawn with exactly the configured mixes and rates.

ORDINARY = "event_id IS NULL"
ORIGIN_COUNTS: Final = f"SELECT origin, count(*) FROM tickets WHERE {ORDINARY} GROUP BY 1"
COUNTRY_COUNTS: Final = "SELECT country, count(*) FROM customers GROUP BY 1"
CATEGORY_COUNTS: Final = f"SELECT symptom_cat, count(*) FROM tickets WHERE {ORDINARY} GROUP BY 1"
PRODUCT_COUNTS: Final = f"SELECT product, count(*) FROM tickets WHERE {ORDINARY} GROUP BY 1"
FCR_BY_CATEGORY: Final = f"""
    SELECT symptom_cat, count(*), count(*) FILTER (WHERE fcr) FROM tickets
    WHERE {ORDINARY} GROUP BY 1
"""
CONTACTS_BY_CATEGORY: Final = f"""
    SELECT t.symptom_cat, count(*), avg(coalesce(c.contacts, 0))::float8
    FROM tickets t LEFT JOIN ({_CONTACTS}) c ON c.ticket_id = t.ticket_id
    WHERE t.{ORDINARY}
    GROUP BY 1
"""
TICKET_FLAGS: Final = f"""
    SELECT count(*), count(*) FILTER (WHERE escalated), count(*) FILTER (WHERE status = 'closed'),
           count(ticket_rating) FILTER (WHERE status = 'closed')
    FROM tickets WHERE {ORDINARY}
"""
QUEUE_ABANDONMENT: Final = {
    table: f"""SELECT count(*), count(*) FILTER (WHERE is_abandoned),
                      count(DISTINCT coalesce(answered, initialized)::date)
               FROM {table}"""
    for table in QUEUE_CHANNELS
}
