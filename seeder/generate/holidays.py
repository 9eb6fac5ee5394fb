"""Public holidays per customer country (issue #19): a country writes in less on its holidays.

The calendars come from the `holidays` package, national holidays only (a region's own days,
such as Bavaria's, are left out: customers are not placed in regions), but for the UK, whose
national calendar is England's (HOLIDAY_SUBDIVISIONS). The package is imported when a plan
is built, never when the CLI only parses arguments.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from typing import Final

import numpy as np
from numpy.typing import NDArray

from seeder.config import RunConfig
from seeder.domain import COUNTRIES
from seeder.generate.disk_cache import cache_path, read_cached, write_cached

Floats = NDArray[np.float64]

# The ISO 3166 codes the `holidays` package knows our countries by.
HOLIDAY_CODES: Final = {
    "UK": "GB",
    "Germany": "DE",
    "Austria": "AT",
    "Netherlands": "NL",
    "France": "FR",
    "Belgium": "BE",
}
# Without a subdivision the package gives the UK only the days its four nations share, which
# leaves out Easter Monday and the August bank holiday. England's calendar is the one most UK
# customers keep (84 % of its people; Wales shares it).
HOLIDAY_SUBDIVISIONS: Final = {"UK": "ENG"}
# Names in one language whatever the package's per-country default, so reports read alike.
HOLIDAY_LANGUAGE: Final = "en_US"


def holiday_calendar(start: dt.date, end: dt.date) -> list[tuple[dt.date, str, str]]:
    """(date, country, holiday name) of each country's public holidays from start to end.

    Sorted by date, then in COUNTRIES order. Two holidays on one day come as one name, joined
    by "; " (the package's way).
    """
    found = [
        (dt.date.fromisoformat(day), country, name)
        for day, country, name in _years_holidays(start.year, end.year)
    ]
    return [row for row in found if start <= row[0] <= end]


def _years_holidays(first: int, last: int) -> list[tuple[str, str, str]]:
    """(ISO date, country, name) for whole years, from the disk cache when it holds them.

    Importing `holidays` and building its calendars costs about 17 MB and 0.1 s in every
    process that plans a run; the cache is keyed by the package's version.
    """
    try:
        version = importlib.metadata.version("holidays")
    except importlib.metadata.PackageNotFoundError:
        return _compute_holidays(first, last)
    key = {"holidays": version, "years": [first, last], "codes": HOLIDAY_CODES,
           "subdivisions": HOLIDAY_SUBDIVISIONS, "language": HOLIDAY_LANGUAGE}  # fmt: skip
    path = cache_path("holidays", key)
    stored = None if path is None else read_cached(path, key)
    if isinstance(stored, list) and all(
        isinstance(row, list) and len(row) == 3 and all(isinstance(v, str) for v in row)
        for row in stored
    ):
        return [(day, country, name) for day, country, name in stored]
    rows = _compute_holidays(first, last)
    if path is not None:
        write_cached(path, key, rows)
    return rows


def _compute_holidays(first: int, last: int) -> list[tuple[str, str, str]]:
    import holidays  # deferred: only generation needs the calendars, and a cache hit none

    found: list[tuple[str, str, str]] = []
    for country in COUNTRIES:
        calendar = holidays.country_holidays(
            HOLIDAY_CODES[country],
            subdiv=HOLIDAY_SUBDIVISIONS.get(country),
            years=range(first, last + 1),
            language=HOLIDAY_LANGUAGE,
        )
        found.extend((day.isoformat(), country, str(name)) for day, name in calendar.items())
    return sorted(found, key=lambda row: (row[0], COUNTRIES.index(row[1])))


def country_day_factors(config: RunConfig) -> Floats:
    """[day, country]: holiday_factor on that country's public holidays, 1 on its other days."""
    factors = np.ones((config.days, len(COUNTRIES)), dtype=np.float64)
    for day, country, _ in holiday_calendar(config.start, config.end):
        factors[(day - config.start).days, COUNTRIES.index(country)] = config.params.holiday_factor
    return factors


def country_shares(config: RunConfig) -> Floats:
    """The countries' configured weights, normalised: their shares of tickets on a plain day."""
    weights = np.array([config.params.countries[c] for c in COUNTRIES], dtype=np.float64)
    shares: Floats = weights / weights.sum()
    return shares


def holiday_volume(config: RunConfig, factors: Floats | None = None) -> Floats:
    """Per day: the factor holidays put on the day's volume, sum_c share_c * factor[day, c].

    1 on a day that is nobody's holiday, holiday_factor on a day that is everybody's.
    `factors` are country_day_factors(config), when the caller has them already.
    """
    factors = country_day_factors(config) if factors is None else factors
    volume: Floats = factors @ country_shares(config)
    return volume
