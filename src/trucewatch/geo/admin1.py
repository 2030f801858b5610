"""First-level administrative units of Ukraine and Russia, keyed by ISO 3166-2 code.

The table lives in ``data/admin1.yaml`` (hand-written; names and codes are public facts). Lookups accept a
code (``UA-63``, ``UA63``, ``RU-BEL``), an OCHA pcode (``UA44``, ``UA0102003``), or a name in any usual
spelling: English variants, ACLED admin1 names, adjectival forms (``Kharkivska oblast``), and Ukrainian or
Russian Cyrillic. Unknown names give ``None``; nothing here raises on user text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from trucewatch import safe_yaml
from trucewatch.geo.translit import is_cyrillic, normalise, transliterate


@dataclass(frozen=True)
class Admin1:
    code: str  # ISO 3166-2
    name: str  # canonical English name
    country: str  # ISO 3166-1 alpha-2
    geonames: str | None  # GeoNames admin1 code within the country
    ocha: str | None  # OCHA COD-AB pcode (Ukraine only)
    aliases: tuple[str, ...]


# Words that say what kind of unit a name is rather than which one; dropped before the second lookup.
_KIND_WORDS = frozenset(
    {
        "oblast", "oblasti", "obl", "region", "province", "krai", "kray", "territory", "republic", "of",
        "the", "autonomous", "okrug", "ao", "federal", "subject", "area", "district", "governorate",
        "область", "обл", "край", "республика", "республіка", "автономный", "автономна", "автономная",
        "округ", "регион", "регіон", "области", "області", "city", "municipality", "місто", "м", "город",
        "г", "misto", "gorod",
    }
)
_CITY_WORDS = frozenset({"city", "municipality", "місто", "м", "город", "г", "misto", "gorod"})
_CODE_PATTERN = re.compile(r"^(UA|RU)[-\s]?([0-9]{2}|[A-Z]{2,3})([0-9]*)$")


@lru_cache(maxsize=1)
def _table() -> dict[str, Admin1]:
    text = resources.files("trucewatch.geo").joinpath("data/admin1.yaml").read_text(encoding="utf-8")
    raw = safe_yaml.load(text, "trucewatch/geo/data/admin1.yaml")
    table: dict[str, Admin1] = {}
    for group, country in (("ukraine", "UA"), ("russia", "RU")):
        for entry in raw[group]:
            unit = Admin1(
                code=str(entry["code"]),
                name=str(entry["name"]),
                country=country,
                geonames=str(entry["geonames"]) if entry.get("geonames") is not None else None,
                ocha=str(entry["ocha"]) if entry.get("ocha") else None,
                aliases=tuple(str(alias) for alias in entry.get("aliases", ())),
            )
            table[unit.code] = unit
    return table


def _strip_kind_words(normalised: str) -> tuple[str, bool]:
    words = normalised.split()
    kept = [word for word in words if word not in _KIND_WORDS]
    return " ".join(kept), any(word in _CITY_WORDS for word in words)


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(full-name index, base-name index, city-unit index by base name)."""
    full: dict[str, str] = {}
    base: dict[str, str] = {}
    city: dict[str, str] = {}
    for unit in _table().values():
        names = (unit.name, unit.code, *unit.aliases)
        for name in names:
            key = normalise(name)
            full.setdefault(key, unit.code)
            if is_cyrillic(name):
                full.setdefault(normalise(transliterate(name)), unit.code)
        for name in names:
            stripped, has_city_word = _strip_kind_words(normalise(name))
            if not stripped:
                continue
            if has_city_word:
                city.setdefault(stripped, unit.code)
            else:
                base.setdefault(stripped, unit.code)
    # A city unit is also the plain reading of its base name when no oblast shares that name
    # (Sevastopol, Moscow, Saint Petersburg; but "Kyiv" alone stays the oblast, as in ACLED).
    for stripped, code in city.items():
        base.setdefault(stripped, code)
    return full, base, city


@lru_cache(maxsize=1)
def _by_other_code() -> dict[str, str]:
    other: dict[str, str] = {}
    for unit in _table().values():
        if unit.ocha:
            other[unit.ocha] = unit.code
        if unit.geonames:
            other[f"{unit.country}:{unit.geonames}"] = unit.code
    return other


def _from_code(text: str) -> str | None:
    compact = text.strip().upper()
    match = _CODE_PATTERN.match(compact)
    if not match:
        return None
    country, body, tail = match.groups()
    table = _table()
    iso = f"{country}-{body}"
    if iso in table and not tail:
        return iso
    if country == "UA" and body.isdigit():
        # OCHA pcode (UA44) or a longer raion/hromada pcode (UA0102003): the first two digits name the oblast.
        return _by_other_code().get(f"UA{body}")
    return None


@lru_cache(maxsize=8192)
def admin1_code(name_or_code: str, country: str | None = None) -> str | None:
    """The ISO 3166-2 code for a Ukrainian or Russian first-level unit named or coded in ``name_or_code``.

    ``country`` (``UA``/``RU``, or a country name) restricts the answer; ``None`` when unknown.

    >>> admin1_code("Kharkivska oblast")
    'UA-63'
    >>> admin1_code("Kursk Oblast")
    'RU-KRS'
    """
    if not isinstance(name_or_code, str) or not name_or_code.strip():
        return None
    wanted = _country_code(country) if country else None
    code = _from_code(name_or_code) or _from_name(name_or_code)
    if code is None:
        return None
    if wanted and _table()[code].country != wanted:
        return None
    return code


def _from_name(text: str) -> str | None:
    full, base, city = _indexes()
    key = normalise(text)
    if key in full:
        return full[key]
    if is_cyrillic(text):
        latin = normalise(transliterate(text))
        if latin in full:
            return full[latin]
    stripped, has_city_word = _strip_kind_words(key)
    if not stripped:
        return None
    if has_city_word and stripped in city:
        return city[stripped]
    if stripped in base:
        return base[stripped]
    if is_cyrillic(stripped):
        latin_stripped, _ = _strip_kind_words(normalise(transliterate(stripped)))
        return base.get(latin_stripped)
    return None


def admin1_from_geonames(country: str, geonames_code: str) -> str | None:
    """The ISO code for a GeoNames admin1 code (``("UA", "07")`` -> ``UA-63``)."""
    return _by_other_code().get(f"{country.upper()}:{geonames_code}")


def admin1_unit(code: str) -> Admin1 | None:
    """The unit of an ISO 3166-2 code, with its aliases (None for a code the table lacks)."""
    return _table().get(code)


def admin1_name(code: str) -> str:
    """Canonical English name of an ISO 3166-2 code (``UA-63`` -> ``Kharkiv Oblast``).

    Raises KeyError for a code that is not in the table; use :func:`admin1_code` first for user input.
    """
    return _table()[code.upper()].name


def admin1_country(code: str) -> str:
    """ISO 3166-1 alpha-2 country of an admin1 code (``RU-BEL`` -> ``RU``)."""
    return _table()[code.upper()].country


def all_admin1_codes(country: str | None = None) -> list[str]:
    """Every known code, optionally for one country, sorted."""
    return sorted(code for code, unit in _table().items() if country is None or unit.country == country)


_COUNTRY_NAMES = {
    "ua": "UA", "ukraine": "UA", "україна": "UA", "украина": "UA", "ukr": "UA",
    "ru": "RU", "russia": "RU", "russian federation": "RU", "росія": "RU", "россия": "RU", "rus": "RU",
}


def _country_code(country: str) -> str | None:
    return _COUNTRY_NAMES.get(normalise(country), country.upper() if len(country) == 2 else None)


# Crimea: the Autonomous Republic (UA-43) and Sevastopol (UA-40), held by Russia since 2014
CRIMEA = frozenset({"UA-43", "UA-40"})
# ... and the oblasts of Ukraine Russia holds in whole or part since 2022 (Donetsk, Luhansk, Zaporizhzhia, Kherson)
HELD_BY_RUSSIA = frozenset({*CRIMEA, "UA-14", "UA-09", "UA-23", "UA-65"})

# The Russian regions posts and reports of strikes speak of most: the border oblasts and the regions long-range
# strikes reach (the sample of the measures built from the gazetteer's town names).
STRIKE_REACH_RU_REGIONS = frozenset({
    "RU-BEL", "RU-BRY", "RU-KRS", "RU-VOR", "RU-ROS", "RU-KDA", "RU-ORL", "RU-LIP", "RU-TAM", "RU-SMO",
    "RU-KLU", "RU-TUL", "RU-RYA", "RU-MOS", "RU-VGG", "RU-SAR", "RU-SAM", "RU-TA", "RU-BA", "RU-PER", "RU-NIZ",
    "RU-YAR", "RU-LEN", "RU-AST", "RU-KL", "RU-ORE", "RU-VLA", "RU-TVE", "RU-PNZ", "RU-ULY", "RU-AD", "RU-STA",
})
