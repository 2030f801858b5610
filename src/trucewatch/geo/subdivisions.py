"""First-level regions (ISO 3166-2) of every country, from the ISO data that ships inside ``pycountry``.

Ukraine and Russia have their own table with every usual spelling (``geo.admin1``); this module answers for
the other countries: a code (``SD-KH``) or a name (``Khartoum``, ``Khartoum State``, ``North Darfur``) to a
code, and close names when nothing matches ("did you mean"). Only first-level units count (those without a
parent in ISO 3166-2).
"""

from __future__ import annotations

import difflib
from functools import lru_cache

import pycountry

from trucewatch.geo.translit import normalise

# Words that say what kind of unit a name is; dropped before the second lookup.
_KIND_WORDS = frozenset({
    "state", "province", "region", "governorate", "district", "oblast", "county", "department", "prefecture",
    "territory", "emirate", "municipality", "wilaya", "muhafazah", "of", "the", "capital", "autonomous",
})


def _key(name: str) -> str:
    return normalise(name.split("[")[0])  # "Wales [Cymru GB-CYM]": the bracket is an alternative code


def _stripped(key: str) -> str:
    return " ".join(word for word in key.split() if word not in _KIND_WORDS)


@lru_cache(maxsize=1)
def _first_level() -> dict[str, list[tuple[str, str]]]:
    """Country → [(code, name)] of its first-level units."""
    table: dict[str, list[tuple[str, str]]] = {}
    for unit in pycountry.subdivisions:
        if getattr(unit, "parent_code", None) is None:
            table.setdefault(unit.country_code, []).append((unit.code, unit.name))
    return table


def is_first_level(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-2 first-level unit of its country."""
    code = code.strip().upper()
    return any(c == code for c, _ in _first_level().get(code[:2], []))


def subdivision_code(name_or_code: str, country: str | None = None) -> str | None:
    """The ISO 3166-2 code of a first-level unit named or coded in ``name_or_code`` (within ``country``
    when given; else only a name that one unit in the world bears). None when unknown or ambiguous."""
    text = name_or_code.strip()
    if not text:
        return None
    if is_first_level(text) and (country is None or text.upper()[:2] == country.upper()):
        return text.upper()
    countries = [country.upper()] if country else list(_first_level())
    key = _key(text)
    for loose in (False, True):  # the name as written, then without words like "State" or "Province"
        found = {code for c in countries for code, name in _first_level().get(c, [])
                 if (_stripped(_key(name)) == _stripped(key) if loose else _key(name) == key)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None  # ambiguous without a country
    return None


def suggestions(name: str, country: str | None = None, n: int = 3) -> list[str]:
    """Close names (``'Khartoum (SD-KH)'``) for a name that matched nothing."""
    countries = [country.upper()] if country else list(_first_level())
    names = {_key(unit_name): f"{unit_name} ({code})" for c in countries
             for code, unit_name in _first_level().get(c, [])}
    return [names[k] for k in difflib.get_close_matches(_key(name), list(names), n=n, cutoff=0.6)]


def first_level_names(country: str) -> list[tuple[str, str]]:
    """Every first-level unit of a country as (code, name), sorted by code."""
    return sorted(_first_level().get(country.upper(), []))
