"""Power plants of Ukraine and Russia by name, from the shipped facility registry
(``trucewatch/data/facilities/default_ua_ru.csv``: the WRI Global Power Plant Database, CC BY 4.0).

"The Trypillia thermal power plant", "the Kryvyi Rih power station", "Zmiiv TPP": a plant is often named after a
town it does not stand in (the Zaporizhzhia thermal and nuclear plants are at Enerhodar, over 100 km from
Zaporizhzhia), so the town's point would be wrong, and the plant's own point is known. :func:`power_plant` finds the
plant a name means by the words of its name without the words for its kind, reduced to a stem that the registry's
adjective ("Trypilska", "Zmiivska") and the town's name ("Trypillia", "Zmiiv") share, exactly or by the consonant
skeleton that absorbs transliteration variants. Only a name written with its kind is looked up (the caller's
pattern). Solar and wind parks, named after villages and seldom in the news by name, are left out.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from trucewatch.geo.gazetteer import GeoMatch
from trucewatch.geo.named_sites import Site, SiteIndex
from trucewatch.geo.translit import normalise

REGISTRY = "data/facilities/default_ua_ru.csv"
# The kinds of plant a name may be given with, and the registry's categories each admits
KINDS: dict[str, tuple[str, ...]] = {
    "nuclear": ("energy.generation.nuclear",),
    "hydro": ("energy.generation.hydro",),
    "thermal": ("energy.generation.thermal", "energy.generation.chp"),
    "any": ("energy.generation.nuclear", "energy.generation.hydro", "energy.generation.thermal",
            "energy.generation.chp"),
}
# The words of a name that say what kind of plant it is, not which one
KIND_WORDS = frozenset({
    "power", "plant", "station", "stations", "thermal", "nuclear", "hydroelectric", "hydro", "hydropower", "pumped",
    "storage", "chp", "chpp", "tpp", "npp", "hpp", "tes", "tets", "ges", "aes", "grес", "gres", "state", "district",
    "combined", "heat", "and", "coal", "fired", "gas", "the", "of", "no", "plants", "unit",
})
# A plant is a few km across; several records under one name are one plant only this close together
PRECISION_KM = 3.0
SAME_PLANT_KM = 8.0
_SKELETON_MIN = 5
# the endings of the adjective a plant is named by ("Trypilska", "Novocherkasskaya", "Zmiivska") and of a town's name
# ("Trypillia", "Shatura", "Kurakhove"); then a final -sk both may keep ("Novocherkassk", "Smolensk")
_ENDING = re.compile(r"(?<=[a-z]{3})(?:aya|aia|iy|yi|yy|ij|ia|ya|a|e|o|y|i)$")
_SK = re.compile(r"(?<=[a-z]{4})s[kc]$")
_DOUBLED = re.compile(r"([a-z])\1+")


def _stem(word: str) -> str:
    """A word's stem that a town's name and the adjective made from it share ("trypillia", "trypilska" ->
    "trypil"; "zmiiv", "zmiivska" -> "zmiv"; "novocherkassk", "novocherkasskaya" -> "novocherkas")."""
    return _DOUBLED.sub(r"\1", _SK.sub("", _ENDING.sub("", word)))


def plant_key(name: str) -> str:
    """A plant's name without its kind words and numbers, each word stemmed ("Trypilska" -> "trypil", "the Zmiiv
    thermal power plant" -> "zmiiv")."""
    words = re.sub(r"[«»\"“”()/,.\-–]", " ", normalise(name)).split()
    return " ".join(_stem(word) for word in words if word not in KIND_WORDS and not word.isdigit() and len(word) > 1)


@lru_cache(maxsize=1)
def _index() -> tuple[SiteIndex, dict[str, str]]:
    """The plants by the keys of their names, and each plant's registry category by id."""
    text = resources.files("trucewatch").joinpath(REGISTRY).read_text(encoding="utf-8")
    rows = [row for row in csv.DictReader(io.StringIO(text)) if row["category"] in KINDS["any"]]
    # "Rivne (Rouno)": the name in parentheses is another name of the plant
    sites = [(Site(row["id"], row["name"], float(row["lat"]), float(row["lon"]), row["admin1_code"], row["country"],
                   row["source"]), (row["name"].split("(")[0], *re.findall(r"\(([^)]*)\)", row["name"])))
             for row in rows]
    return SiteIndex(sites, plant_key, skeleton_min=_SKELETON_MIN), {row["id"]: row["category"] for row in rows}


def power_plant(name: str, kind: str = "any") -> GeoMatch | None:
    """The power plant of Ukraine or Russia of ``kind`` (a key of :data:`KINDS`) that ``name`` means, or None when
    none, or several far apart, bear it."""
    if not isinstance(name, str) or len(name) > 100:
        return None
    index, categories = _index()
    allowed = KINDS.get(kind, KINDS["any"])
    return index.find(name, SAME_PLANT_KM, lambda site: PRECISION_KM,
                      keep=lambda site: categories.get(site.id) in allowed)
