"""How well raion (district) phrases are placed, measured on sentences built from the gazetteer's own raions.

For every raion of Ukraine the project ships (the current ones of ``geo/data/raions.tsv.gz`` and those of before
the 2020 reform in ``geo/data/former_raions.tsv.gz``) sentences are written in the manners of ACLED's notes and of
news reports, with the English spellings the gazetteer gives (the national transliteration, other Latin spellings
of its keys, the raion's adjective and the town it is named after) and the oblast's name or another spelling of
it:

- ``raion``: "Shelling was reported in Pokrovskyi raion, Donetsk oblast." (the adjective);
- ``raion_town``: "… in Pokrovsk raion, Donetsk oblast." (the town the raion is named after, or the former raion's
  name as GeoNames keeps it: "Velykyi Burluk");
- ``district_of``: "… in the Pokrovsk district of the Donetsk region.";
- ``variant``: "Shelling hit Pokrovskiy rayon, Donetskaya oblast." (another spelling of each);
- ``village``: "… near Shevchenko, Pokrovsk district, Donetsk oblast." (a settlement of the raion);
- ``renamed``, ``renamed_village``: the same with a former name of the town a current raion is named after, as the
  gazetteer keeps it among the town's alternate names ("Krasnoarmeysk raion", "near X, Sverdlovsk raion"), where
  it has one that reads as a Slavic name in Latin letters (:func:`_former_names`).

Each sentence is read by :func:`trucewatch.nlp.extract.extract_article`; the first report with a point is scored:
``admin1`` (the share of sentences placed in the raion's oblast), ``within`` (placed within ``WITHIN_KM`` of the
raion's point or of the village, or, for a current raion, within ``SETTLEMENT_KM`` of one of its settlements),
``abroad`` (placed outside Ukraine) and ``placed`` (with any point), all shares of every sentence.
:func:`cases` builds the sentences (every raion, or a deterministic sample of them), :func:`measure` scores them.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from trucewatch.geo.admin1 import admin1_name, admin1_unit
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import Place, read_data_table

FORMS = ("raion", "raion_town", "district_of", "variant", "village", "renamed", "renamed_village")
WITHIN_KM = 25.0
SETTLEMENT_KM = 5.0
_TEMPLATES = {
    "raion": "Shelling was reported in {adjective} raion, {oblast} oblast.",
    "raion_town": "Shelling was reported in {town} raion, {oblast} oblast.",
    "district_of": "Shelling was reported in the {town} district of the {oblast} region.",
    "variant": "Shelling hit {spelling} rayon, {oblast_spelling} oblast.",
    "village": "Shelling was reported near {village}, {town} district, {oblast} oblast.",
    "renamed": "Shelling was reported in {former} raion, {oblast} oblast.",
    "renamed_village": "Shelling was reported near {village}, {former} raion, {oblast} oblast.",
}
_RAION_WORD = re.compile(r"\s+(?i:raion|rayon|district)$")
_LATIN = re.compile(r"^[a-z][a-z' -]+$")
_ADJECTIVE_END = re.compile(r"(?:s'?kyi|s'?kyy|s'?kiy|s'?kij|skyj)$", re.IGNORECASE)


@dataclass(frozen=True)
class RaionCase:
    """One sentence of the measure and where it should be placed."""

    raion: str  # the raion's code (OCHA pcode, or ``former-<GeoNames id>``)
    form: str
    text: str
    admin1: str
    lat: float
    lon: float
    village: tuple[float, float] | None = None


@dataclass(frozen=True)
class _Unit:
    code: str
    admin1: str
    adjective: str
    town: str
    spellings: tuple[str, ...]
    lat: float
    lon: float
    former: tuple[str, ...] = ()


def _titled(key: str) -> str:
    return "-".join(" ".join(word.capitalize() for word in part.split()) for part in key.split("-"))


@lru_cache(maxsize=1)
def _settlements() -> dict[str, list[Place]]:
    """Settlements of each current raion (no city's district), from the gazetteer."""
    from trucewatch.geo.gazetteer import all_places

    by_raion: dict[str, list[Place]] = {}
    for place in all_places():
        if place.raion and place.country == "UA" and place.source != "geonames-section":
            by_raion.setdefault(place.raion, []).append(place)
    return by_raion


@lru_cache(maxsize=1)
def _places() -> list[Place]:
    from trucewatch.geo.gazetteer import all_places

    return [p for p in all_places() if p.country == "UA" and p.source == "geonames-ua"]


def _town_of_current(code: str, adjective: str) -> Place | None:
    """The town a current raion is named after: the most populous settlement of the raion whose name begins as
    the adjective does ("Pokrovsk" of Pokrovskyi)."""
    stem = _ADJECTIVE_END.sub("", adjective).lower()[:4]
    towns = [p for p in _settlements().get(code, ()) if p.population >= 1_000 and p.name.lower().startswith(stem)]
    # the longest beginning shared with the adjective, then the shortest name ("Tiachiv", not "Tiachivka")
    return max(towns, key=lambda p: (_shared(p.name.lower(), adjective.lower()), -len(p.name), p.population)
               ) if towns else None


# a former name as Soviet names were made ("Artemivsk", "Stalino", "Yuzove", "Oleksandrivka"), in Latin letters of an
# English, Ukrainian or Russian romanisation; the gazetteer's alternate names also hold other languages' ("Kartuli")
_FORMER_NAME = re.compile(r"[a-z]{4,}(?:sk|ino|ove|ivka|ovka)")
_OTHER_ROMANISATION = re.compile(r"uku|usu|w|q|x|ou")


def _former_names(town: Place) -> tuple[str, ...]:
    """Names the gazetteer keeps for ``town`` besides its own that are no spelling of it (its consonants differ):
    its former names ("Sverdlovsk" of Dovzhansk, "Krasnoarmeysk" of Pokrovsk)."""
    from trucewatch.geo.gazetteer import alternate_names
    from trucewatch.geo.translit import skeleton

    own = skeleton(town.name)
    names = alternate_names(town)
    return tuple(sorted(_titled(name) for name in set(names) if _FORMER_NAME.fullmatch(name)
                        and not _OTHER_ROMANISATION.search(name) and skeleton(name)[:3] != own[:3]))


def _shared(one: str, other: str) -> int:
    return next((n for n, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other)))


@lru_cache(maxsize=1)
def units() -> tuple[_Unit, ...]:
    """Every raion the project ships, current and former, with its spellings."""
    found: list[_Unit] = []
    for code, admin1, name, lat, lon, keys, _skeletons in read_data_table("raions.tsv.gz"):
        seat = _town_of_current(code, name)
        if seat is None:
            continue
        spellings = tuple(_titled(key) for key in sorted(keys.split("|")) if _LATIN.match(key)
                          and _titled(key) != name)
        found.append(_Unit(code, admin1, name, seat.name, spellings or (name,), float(lat), float(lon),
                           _former_names(seat)))
    for code, admin1, name, lat, lon, keys, _skeletons in read_data_table("former_raions.tsv.gz"):
        if not admin1:
            continue  # a unit GeoNames keeps without its oblast: no oblast to write
        town = _RAION_WORD.sub("", name).replace("’", "'")
        latin = sorted(key for key in keys.split("|") if _LATIN.match(key))
        adjectives = [_titled(key) for key in latin if _ADJECTIVE_END.search(key)]
        if not adjectives:
            continue
        spellings = tuple(_titled(key) for key in latin if _titled(key) != adjectives[-1])
        found.append(_Unit(code, admin1, adjectives[-1], town, spellings or (town,), float(lat), float(lon)))
    return tuple(found)


def _oblast_spellings(admin1: str) -> tuple[str, str]:
    """The oblast's English name without the word "oblast", and another Latin spelling of it."""
    name = admin1_name(admin1).removesuffix(" Oblast")
    if admin1 == "UA-43":
        name = "Crimea"
    unit = admin1_unit(admin1)
    aliases = [alias for alias in (unit.aliases if unit else ())
               if alias.isascii() and " " not in alias and not alias.lower().endswith(("a", "ska", "shchyna", "yna"))
               and alias != name]
    return name, (aliases[0] if aliases else name)


def _pick(items: Iterable[Any], seed: str, key: Any = None) -> Any:
    listed = sorted(items, key=key) if key else list(items)
    return listed[zlib.crc32(seed.encode()) % len(listed)] if listed else None


def _village(unit: _Unit) -> Place | None:
    """A settlement of the raion, chosen by its code (a current raion's own; for a former one, a settlement within
    10 km of its point), one or two words of Latin letters."""
    if unit.code.startswith("UA"):
        pool = [p for p in _settlements().get(unit.code, ()) if p.source == "geonames-ua"]
    else:
        pool = [p for p in _places() if abs(p.lat - unit.lat) < 0.1 and abs(p.lon - unit.lon) < 0.15
                and distance_km(p.lat, p.lon, unit.lat, unit.lon) <= 10]
    pool = [p for p in pool if re.fullmatch(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?", p.name) and p.name != unit.town]
    village: Place | None = _pick(pool, unit.code, key=lambda p: p.id)
    return village


def cases(sample: int | None = None) -> list[RaionCase]:
    """The measure's sentences: for every raion, or for ``sample`` raions chosen by a hash of their codes."""
    chosen = list(units())
    if sample is not None:
        chosen = sorted(chosen, key=lambda unit: zlib.crc32(unit.code.encode()))[:sample]
    built: list[RaionCase] = []
    for unit in chosen:
        oblast, oblast_spelling = _oblast_spellings(unit.admin1)
        words = {"adjective": unit.adjective, "town": unit.town, "oblast": oblast, "oblast_spelling": oblast_spelling,
                 "spelling": _pick(unit.spellings, unit.code)}
        village = _village(unit)
        former = _pick(unit.former, unit.code) or ""
        for form in FORMS:
            if (form.endswith("village") and village is None) or (form.startswith("renamed") and not former):
                continue
            text = _TEMPLATES[form].format(**words, former=former, village=village.name if village else "")
            built.append(RaionCase(unit.code, form, text, unit.admin1, unit.lat, unit.lon,
                                   (village.lat, village.lon) if form.endswith("village") and village else None))
    return built


def _within(case: RaionCase, lat: float, lon: float) -> bool:
    if case.village is not None:
        return distance_km(lat, lon, *case.village) <= WITHIN_KM
    if distance_km(lat, lon, case.lat, case.lon) <= WITHIN_KM:
        return True
    return any(abs(p.lat - lat) < 0.1 and distance_km(lat, lon, p.lat, p.lon) <= SETTLEMENT_KM
               for p in _settlements().get(case.raion, ()))


def measure(built: list[RaionCase], *, misses: bool = False) -> dict[str, Any]:
    """Shares of ``built`` placed at all, in the right oblast, within the raion, and outside Ukraine, overall and
    per form; with ``misses``, each sentence not placed within the raion and where it went."""
    from trucewatch.nlp.extract import extract_article
    from trucewatch.nlp.pipeline import Article

    counts: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    for number, case in enumerate(built):
        reports = extract_article(Article(id=f"raion-{number}", text=case.text, source="measure",
                                          source_kind="monitor"))
        located = next((r.location for r in reports if r.location and r.location.lat is not None), None)
        for scope in ("all", case.form):
            counts[f"{scope}:n"] += 1
        if located is None or located.lat is None or located.lon is None:
            missed.append({"text": case.text, "placed": None})
            continue
        right = {"placed": True, "admin1": located.admin1_code == case.admin1,
                 "within": _within(case, located.lat, located.lon), "abroad": located.country not in (None, "UA")}
        for scope in ("all", case.form):
            counts.update(f"{scope}:{key}" for key, value in right.items() if value)
        if not right["within"]:
            missed.append({"text": case.text, "placed": [located.name, located.admin1_code, located.lat, located.lon,
                                                          located.precision_km]})
    result: dict[str, Any] = {"n": counts["all:n"]}
    for scope in ("all", *FORMS):
        total = counts[f"{scope}:n"]
        shares = {key: round(counts[f"{scope}:{key}"] / total, 4) if total else 0.0
                  for key in ("placed", "admin1", "within", "abroad")}
        if scope == "all":
            result.update(shares)
        else:
            result.setdefault("forms", {})[scope] = {"n": total, **shares}
    if misses:
        result["misses"] = missed
    return result
