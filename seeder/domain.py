"""The support desk's fixed vocabulary: value sets the schema checks and the generator draws from.

Rates and weights that users may tune live in `seeder.params`; this module holds only the
names that queries written against the original dataset rely on.
"""

from __future__ import annotations

from typing import Final

CHANNELS: Final = ("email", "phone", "chat")
TICKET_STATUSES: Final = ("new", "open", "closed")
SYMPTOM_CATEGORIES: Final = (
    "troubleshooting",
    "finance",
    "logistics",
    "rma",
    "product",
    "complaint",
)
PRODUCTS: Final = ("headphones", "speakers", "amplifiers", "turntables")
LANGUAGES: Final = ("english", "french", "german")
COUNTRIES: Final = ("UK", "Germany", "Austria", "Netherlands", "France", "Belgium")

# The customer's country decides the language of the ticket and of its messages.
COUNTRY_LANGUAGE: Final = {
    "UK": "english",
    "Netherlands": "english",
    "France": "french",
    "Belgium": "french",
    "Germany": "german",
    "Austria": "german",
}

# Faker locale used for names, e-mails and phone numbers of people in each country.
COUNTRY_LOCALE: Final = {
    "UK": "en_GB",
    "Germany": "de_DE",
    "Austria": "de_AT",
    "Netherlands": "nl_NL",
    "France": "fr_FR",
    "Belgium": "fr_BE",
}

# The reserved example domains (RFC 2606): no generated address can reach a real mailbox.
EMAIL_DOMAINS: Final = ("example.com", "example.net", "example.org")
# Mobile numbers per country: (calling code, national groups of digits, fixed leading digits of
# the first group). `seed validate` holds every phone number to its country's format.
PHONE_FORMATS: Final[dict[str, tuple[str, tuple[int, ...], str]]] = {
    "UK": ("+44", (4, 6), "7"),
    "Germany": ("+49", (3, 8), "15"),
    "Austria": ("+43", (3, 7), "66"),
    "Netherlands": ("+31", (1, 8), "6"),
    "France": ("+33", (1, 2, 2, 2, 2), "6"),
    "Belgium": ("+32", (3, 2, 2, 2), "47"),
}

AGENT_POSITION: Final = "support_agent"
AGENT_STATUS: Final = "active"

TICKET_ID_PREFIX: Final = "TKT-"
INTERACTION_ID_PREFIX: Final = "INT-"
CALL_ID_PREFIX: Final = "CAL-"
CHAT_ID_PREFIX: Final = "CHA-"
TICKET_ID_DIGITS: Final = 5
INTERACTION_ID_DIGITS: Final = 6
CALL_ID_DIGITS: Final = 6
CHAT_ID_DIGITS: Final = 6

# Tables in load order: parents before children.
TABLES: Final = (
    "users",
    "customers",
    "scenario_events",
    "tickets",
    "interactions",
    "calls",
    "chats",
    "wfm",
)
# Generated in full before the first ticket chunk (seeder.generate.produce), so a load can
# build their keys and statistics while the later tables are still arriving.
LEADING_TABLES: Final = ("users", "customers", "scenario_events")
# The run manifest: one row per load (seeder.sinks.manifest). Not a data table, so not in TABLES:
# a load never truncates it (it keeps the history), never drops its key, never exports it, and
# rows in it alone do not make a database "hold data".
MANIFEST_TABLE: Final = "seed_runs"
# How the data of a recorded run arrived, and which encoding of its rows its hashes cover.
RUN_TARGETS: Final = ("load", "dump")
HASH_ENCODINGS: Final = ("binary", "text", "insert")
