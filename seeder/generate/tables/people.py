"""Name, e-mail and phone pools per country, built once per run from Faker's names; numpy picks.

E-mail domains are the reserved example domains (RFC 2606), so no generated address can
reach a real mailbox.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from seeder.domain import COUNTRIES, COUNTRY_LOCALE, EMAIL_DOMAINS, PHONE_FORMATS
from seeder.encode.blocks import STRING, Texts, text_array
from seeder.generate.rng import stream_key
from seeder.generate.tables.faker_names import cached_names

NAMES_PER_POOL = 400
_NOT_SLUG = re.compile("[^A-Za-z0-9]+")
_TRANSLITERATE = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d"})


def email_slug(name: str) -> str:
    """Lower-case ASCII letters and digits of a name (accents folded, others dropped)."""
    folded = unicodedata.normalize("NFKD", name.lower().translate(_TRANSLITERATE))
    return _NOT_SLUG.sub("", folded)


@dataclass(frozen=True)
class PeoplePools:
    """Per country (index of COUNTRIES): first and last names and their e-mail slugs."""

    first_names: tuple[Texts, ...]
    last_names: tuple[Texts, ...]
    first_slugs: tuple[Texts, ...]
    last_slugs: tuple[Texts, ...]


def _unique(values: list[str]) -> list[str]:
    return [v for v in dict.fromkeys(values) if email_slug(v)]


def build_people_pools(seed: int) -> PeoplePools:
    """Name pools from Faker's names, one Faker per country seeded from the run's seed.

    The draws come from the name cache (faker_names) when it holds them, so most runs skip
    Faker; the pools are the same either way.
    """
    locales = [COUNTRY_LOCALE[country] for country in COUNTRIES]
    seeds = tuple((locale, (seed + stream_key(locale)) % 2**32) for locale in locales)
    firsts, lasts, first_slugs, last_slugs = [], [], [], []
    for first_drawn, last_drawn in cached_names(seeds, NAMES_PER_POOL):
        first = _unique(first_drawn)
        last = _unique(last_drawn)
        firsts.append(text_array(first))
        lasts.append(text_array(last))
        first_slugs.append(text_array([email_slug(v) for v in first]))
        last_slugs.append(text_array([email_slug(v) for v in last]))
    return PeoplePools(tuple(firsts), tuple(lasts), tuple(first_slugs), tuple(last_slugs))


def pick_names(
    rng: np.random.Generator, pools: PeoplePools, country: NDArray[np.int64]
) -> tuple[Texts, Texts, Texts, Texts]:
    """First names, last names and their slugs for people of the given countries."""
    n = len(country)
    first = np.empty(n, dtype=STRING)
    last = np.empty(n, dtype=STRING)
    first_slug = np.empty(n, dtype=STRING)
    last_slug = np.empty(n, dtype=STRING)
    u_first = rng.random(n)
    u_last = rng.random(n)
    for c in range(len(COUNTRIES)):
        sel = np.flatnonzero(country == c)
        i = np.floor(u_first[sel] * len(pools.first_names[c])).astype(np.int64)
        j = np.floor(u_last[sel] * len(pools.last_names[c])).astype(np.int64)
        first[sel] = pools.first_names[c][i]
        last[sel] = pools.last_names[c][j]
        first_slug[sel] = pools.first_slugs[c][i]
        last_slug[sel] = pools.last_slugs[c][j]
    return first, last, first_slug, last_slug


def make_emails(
    rng: np.random.Generator,
    first_slug: Texts,
    last_slug: Texts,
    unique_number: NDArray[np.int64],
) -> Texts:
    """first.last<number>@example.*: the number (a row id) makes every address unique."""
    domains = text_array(list(EMAIL_DOMAINS))[rng.integers(0, len(EMAIL_DOMAINS), len(first_slug))]
    local = np.strings.add(np.strings.add(first_slug, "."), last_slug)
    local = np.strings.add(local, unique_number.astype(STRING))
    return np.strings.add(np.strings.add(local, "@"), domains)


def make_phones(rng: np.random.Generator, country: NDArray[np.int64]) -> Texts:
    """Mobile numbers in each country's international format."""
    n = len(country)
    phones = np.empty(n, dtype=STRING)
    for c, name in enumerate(COUNTRIES):
        sel = np.flatnonzero(country == c)
        code, groups, lead = PHONE_FORMATS[name]
        text: Texts = np.full(len(sel), code, dtype=STRING)
        for g, width in enumerate(groups):
            fixed = lead if g == 0 else ""
            free = width - len(fixed)
            part: Texts = np.full(len(sel), fixed, dtype=STRING)
            if free > 0:
                digits = rng.integers(0, 10**free, len(sel)).astype(STRING)
                part = np.strings.add(part, np.strings.zfill(digits, free))
            text = np.strings.add(np.strings.add(text, " "), part)
        phones[sel] = text
    return phones
