"""First-level regions (ISO 3166-2) of every country: by code, ISO name or English name, and from a point.

Ukraine and Russia have their own table with every usual spelling (``geo.admin1``); this module answers for
every country, offline, from three sources that ship in packages:

- the ISO 3166-2 names ``pycountry`` ships, mostly local forms (``Khartoum``, ``Bayern``, ``Ḩalab``);
- the English names of its ``iso3166-2`` message catalogue (``Bayern`` → ``Bavaria``);
- the region names GeoNames gives its towns (``geo.cities``: ``Aleppo``, ``North Rhine-Westphalia``), each
  linked to the ISO unit whose name it matches, exactly or as a close spelling (``Hama`` ~ ``Ḩamāh``), or
  else to the unit its towns lie in (``data/region_links.tsv.gz``, built from Natural Earth's admin-1
  outlines by :mod:`trucewatch.geo.links_build`: ``Lower Saxony`` -> ``DE-NI``, ``Aleppo`` -> ``SY-HL``).

A name is looked up in the ISO and English names first, then in the linked GeoNames names; "did you mean"
draws on all three. A GeoNames name whose towns lie in a unit without standing for all of it (the province
``Lampung`` in ``ID-SM``, Sumatra) names no unit, but still gives its towns' points that unit. Only
first-level units count (those without a parent in ISO 3166-2). A point takes the region of its nearest
town within :data:`REVERSE_MAX_KM` (:func:`regions_of_points`).
"""

from __future__ import annotations

import difflib
import gettext
import gzip
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

import pycountry

from trucewatch.geo.admin1 import admin1_code, admin1_name
from trucewatch.geo.cities import nearest_towns, region_names
from trucewatch.geo.translit import normalise

# Words that say what kind of unit a name is; dropped before the second lookup.
_KIND_WORDS = frozenset({
    "state", "province", "region", "governorate", "district", "oblast", "county", "department", "prefecture",
    "territory", "emirate", "municipality", "wilaya", "muhafazah", "muhafazat", "of", "the", "capital",
    "autonomous", "regional", "voivodeship", "sheng", "shi", "do", "lan", "oblysy", "city",
})
# Words that tell two units apart (North Darfur, South Darfur): a close spelling must keep them all, each
# read as its plain form ("Southern Kordofan" is "South Kordofan").
_SIDE_WORDS = {
    "north": "north", "northern": "north", "south": "south", "southern": "south", "east": "east",
    "eastern": "east", "west": "west", "western": "west", "central": "central", "centre": "central",
    "center": "central", "middle": "central", "upper": "upper", "lower": "lower", "northeast": "northeast",
    "northeastern": "northeast", "northwest": "northwest", "northwestern": "northwest",
    "southeast": "southeast", "southeastern": "southeast", "southwest": "southwest",
    "southwestern": "southwest", "new": "new", "old": "old", "greater": "greater", "lesser": "lesser",
    "inner": "inner", "outer": "outer", "high": "high", "low": "low",
}
# How alike a GeoNames name and an ISO name must be to be linked without matching exactly (difflib ratio).
LINK_CUTOFF = 0.85
# A GeoNames name linked by where its towns lie names the unit itself when at least this share of the unit's
# towns bear it (else it is a part of the unit: it codes points, but an agreement cannot use it as a name).
LINK_MIN_COVER = 0.8
# A point farther than this from every town gets no region (open sea, empty desert, a wrong coordinate).
REVERSE_MAX_KM = 100.0
_GAZETTEER_COUNTRIES = frozenset({"UA", "RU"})


def _key(name: str) -> str:
    return normalise(name.split("[")[0])  # "Wales [Cymru GB-CYM]": the bracket is an alternative


def _stripped(key: str) -> str:
    return " ".join(_SIDE_WORDS.get(word, word) for word in key.split() if word not in _KIND_WORDS)


def _sides(key: str) -> set[str]:
    return {_SIDE_WORDS[word] for word in key.split() if word in _SIDE_WORDS}


@lru_cache(maxsize=1)
def _first_level() -> dict[str, list[tuple[str, str]]]:
    """Country → [(code, ISO name)] of its first-level units."""
    table: dict[str, list[tuple[str, str]]] = {}
    for unit in pycountry.subdivisions:
        if getattr(unit, "parent_code", None) is None:
            table.setdefault(unit.country_code, []).append((unit.code, unit.name))
    return table


@lru_cache(maxsize=1)
def english_catalogue() -> gettext.NullTranslations:
    """pycountry's English names of ISO 3166-2 units (``gettext("Bayern")`` -> ``"Bavaria"``)."""
    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:  # a pycountry built without its catalogues: the ISO names alone
        return gettext.NullTranslations()


def english_name(code: str) -> str | None:
    """The English name of a first-level unit (``DE-BY`` → ``Bavaria``; the ISO name where the catalogue has
    no other); None for a code that is not a first-level unit."""
    code = code.strip().upper()
    name = next((n for c, n in _first_level().get(code[:2], []) if c == code), None)
    return english_catalogue().gettext(name).split("[")[0].strip() if name else None


def region_name(code: str) -> str | None:
    """The usual English name of any first-level region (``UA-63`` -> ``Kharkiv Oblast``, ``DE-BY`` ->
    ``Bavaria``); None for a code that names none."""
    if code.strip().upper()[:2] in _GAZETTEER_COUNTRIES:
        try:
            return admin1_name(code)
        except KeyError:
            return None
    return english_name(code)


def iso_names(country: str) -> tuple[tuple[str, str], ...]:
    """(code, name) for every ISO and English name of the country's first-level units."""
    return _iso_names(country)


@lru_cache(maxsize=512)
def _iso_names(country: str) -> tuple[tuple[str, str], ...]:
    """(code, name) for every ISO and English name of the country's first-level units."""
    names: list[tuple[str, str]] = []
    for code, name in _first_level().get(country, []):
        names.append((code, name))
        english = english_catalogue().gettext(name)
        if english != name:
            names.append((code, english))
    return tuple(names)


def _index(names: Iterable[tuple[str, str]], loose: bool) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for code, name in names:
        key = _stripped(_key(name)) if loose else _key(name)
        if key:
            index.setdefault(key, set()).add(code)
    return index


def _exact(names: Sequence[tuple[str, str]], text: str) -> str | bool | None:
    """The one code whose name is ``text`` (as written, then without words like "State"); False when two
    units share it; None when none has it."""
    for loose in (False, True):
        key = _stripped(_key(text)) if loose else _key(text)
        found = _index(names, loose).get(key, set())
        if len(found) == 1:
            return next(iter(found))
        if found:
            return False
    return None


def _close(names: Sequence[tuple[str, str]], text: str) -> str | None:
    """The one code whose name is a close spelling of ``text`` with the same side words (North, Lower …)."""
    index = _index(names, loose=True)
    key = _stripped(_key(text))
    close = [k for k in difflib.get_close_matches(key, list(index), n=3, cutoff=LINK_CUTOFF)
             if _sides(k) == _sides(key)]
    codes = {code for k in close for code in index[k]}
    return codes.pop() if len(codes) == 1 else None


def unit_named(names: Sequence[tuple[str, str]], text: str) -> str | None:
    """The one code among ``names`` ((code, name) pairs) whose name is ``text``, exactly or as a close
    spelling with the same side words; None when none or two are."""
    code = _exact(names, text)
    if code is None:
        return _close(names, text)
    return code if isinstance(code, str) else None


@lru_cache(maxsize=1)
def _geometry_links() -> dict[str, dict[str, tuple[str, bool]]]:
    """Country -> GeoNames region name -> (ISO code, whether the name stands for the whole unit), from
    ``data/region_links.tsv.gz`` (see :mod:`trucewatch.geo.links_build`)."""
    raw = resources.files("trucewatch.geo").joinpath("data/region_links.tsv.gz").read_bytes()
    links: dict[str, dict[str, tuple[str, bool]]] = {}
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    for line in lines[2:]:  # the credit, the header
        country, name, code, _towns, _share, cover = line.split("\t")
        links.setdefault(country, {})[name] = (code, float(cover) >= LINK_MIN_COVER)
    return links


@lru_cache(maxsize=512)
def _spelling_links(country: str) -> dict[str, str]:
    """GeoNames region name -> ISO code, for the country's names that match one unit's name."""
    names = _iso_names(country)
    links: dict[str, str] = {}
    for region in sorted(region_names().get(country, ())):
        if country in _GAZETTEER_COUNTRIES:
            code: str | bool | None = admin1_code(region, country)
        else:
            code = unit_named(names, region)
        if isinstance(code, str):
            links[region] = code
    return links


@lru_cache(maxsize=512)
def _geonames_links(country: str) -> tuple[tuple[str, str], ...]:
    """(code, GeoNames region name) for the country's GeoNames names that name one ISO unit: by spelling, or
    by where their towns lie (only names that stand for the whole unit)."""
    spelt = _spelling_links(country)
    placed = {} if country in _GAZETTEER_COUNTRIES else _geometry_links().get(country, {})
    links = dict(spelt)
    for region, (code, same) in placed.items():
        if same and region not in spelt:
            links[region] = code
    return tuple((code, region) for region, code in sorted(links.items()))


def is_first_level(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-2 first-level unit of its country."""
    code = code.strip().upper()
    return any(c == code for c, _ in _first_level().get(code[:2], []))


def subdivision_code(name_or_code: str, country: str | None = None) -> str | None:
    """The ISO 3166-2 code of a first-level unit named or coded in ``name_or_code`` (within ``country``
    when given; else only a name that one unit in the world bears). None when unknown or ambiguous."""
    text = name_or_code.strip()
    if not text or len(text) > 200:
        return None
    if is_first_level(text) and (country is None or text.upper()[:2] == country.upper()):
        return text.upper()
    countries = [country.upper()] if country else sorted(_first_level())
    for names_of in (_iso_names, _geonames_links):
        found = {code for c in countries if isinstance(code := _exact(names_of(c), text), str)}
        ambiguous = any(_exact(names_of(c), text) is False for c in countries)
        if len(found) == 1 and not ambiguous:
            return found.pop()
        if found or ambiguous:
            return None  # two units bear the name
    return None


def suggestions(name: str, country: str | None = None, n: int = 3) -> list[str]:
    """Close names (``'Bavaria (DE-BY)'``) for a name that matched nothing, from ISO, English and GeoNames
    names alike."""
    countries = [country.upper()] if country else sorted(_first_level())
    names: dict[str, tuple[str, str]] = {}
    for c in countries:
        for code, unit_name in (*_iso_names(c), *_geonames_links(c)):
            names.setdefault(_key(unit_name), (code, unit_name.split("[")[0].strip()))
    shown: dict[str, str] = {}  # one per unit: its name closest to what was written
    for key in difflib.get_close_matches(_key(name[:200]), list(names), n=n * 3, cutoff=0.6):
        code, unit_name = names[key]
        shown.setdefault(code, f"{unit_name} ({code})")
    return list(shown.values())[:n]


@lru_cache(maxsize=8192)
def region_code(name_or_code: str, country: str | None = None) -> str | None:
    """The ISO 3166-2 code of a first-level region of any country named or coded in ``name_or_code``:
    every usual spelling for Ukraine and Russia (``geo.admin1``), ISO, English and GeoNames names for every
    country. None when unknown or ambiguous."""
    return admin1_code(name_or_code, country) or subdivision_code(name_or_code, country)


def first_level_names(country: str) -> list[tuple[str, str]]:
    """Every first-level unit of a country as (code, ISO name), sorted by code."""
    return sorted(_first_level().get(country.upper(), []))


@lru_cache(maxsize=4096)
def _region_code(country: str, region: str) -> str | None:
    """The unit a town of the GeoNames region lies in: by the name's spelling, else by geometry."""
    spelt = _spelling_links(country).get(region)
    if spelt or country in _GAZETTEER_COUNTRIES:
        return spelt
    placed = _geometry_links().get(country, {}).get(region)
    return placed[0] if placed else None


def regions_of_points(points: Sequence[tuple[float, float]]) -> list[tuple[str, str | None] | None]:
    """(country, ISO 3166-2 code or None) for each point, from its nearest town within
    :data:`REVERSE_MAX_KM`; None where no town is that near. The code is None where the town's GeoNames
    region links to no ISO unit. One vectorised query for all points; call it once per distinct point."""
    answers: list[tuple[str, str | None] | None] = []
    for town in nearest_towns(points):
        if town is None or town.distance_km > REVERSE_MAX_KM:
            answers.append(None)
        else:
            answers.append((town.country, _region_code(town.country, town.region) if town.region else None))
    return answers
