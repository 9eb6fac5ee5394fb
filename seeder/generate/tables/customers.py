"""Customers: names, unique e-mails and phones that fit their country."""

from __future__ import annotations

import numpy as np

from seeder.domain import COUNTRIES
from seeder.encode.blocks import Block, Column, Kind, categorical, text_array
from seeder.generate.plan import Plan
from seeder.generate.rng import chunk_rng
from seeder.generate.tables.people import PeoplePools, make_emails, make_phones, pick_names

COUNTRY_TEXT = text_array(list(COUNTRIES))


def generate_customers(plan: Plan, pools: PeoplePools, chunk: int, first: int, count: int) -> Block:
    """Customers [first, first + count) (0-based); their countries were fixed by the plan."""
    rng = chunk_rng(plan.config.seed, "customers", chunk)
    ids = np.arange(first + 1, first + count + 1, dtype=np.int64)
    country = plan.customer_country[first : first + count].astype(np.int64)
    first_name, last_name, first_slug, last_slug = pick_names(rng, pools, country)
    name = np.strings.add(np.strings.add(first_name, " "), last_name)
    return Block(
        "customers",
        (
            Column("id", Kind.INT, ids),
            Column("name", Kind.TEXT, name),
            Column("email", Kind.TEXT, make_emails(rng, first_slug, last_slug, ids)),
            Column("phone", Kind.TEXT, make_phones(rng, country)),
            categorical("country", country, COUNTRY_TEXT),
        ),
    )
