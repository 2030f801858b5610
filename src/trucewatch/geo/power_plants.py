"""Power plants of Ukraine and Russia by name, from the shipped facility registry
(``trucewatch/data/facilities/default_ua_ru.csv``: the WRI Global Power Plant Database, CC BY 4.0).

"The Trypillia thermal power plant", "the Kryvyi Rih power station", "Zmiiv TPP": a plant is often named after a
town it does not stand in (the Zaporizhzhia thermal and nuclear plants are at Enerhodar, over 100 km from
Zaporizhzhia), so the town's point would be wrong, and the plant's own point is known. :func:`power_plant` finds the
plant a name means by the words of its name without the words for its kind, reduced to a stem that the registry's
adjective ("Trypilska", "Zmiivska") and the town's name ("Trypillia", "Zmiiv") share, exactly or by the consonant
skeleton that absorbs transliteration variants. Only a name written with its kind is looked up (the caller's
pattern). Solar and wind parks, named after villages and seldom in the news by name, are left out.

The registry often spells the town another way than the news ("Karkov CHP-5" is the Kharkiv CHP-5, "Kremenchug" the
Kremenchuk hydroelectric plant, "Dniprodzerzhynsk" the one at Kamianske, the town's former name; "Kryvorizka" is the
adjective of Kryvyi Rih). A name the registry does not answer is read as a town's, through the gazetteer: the plants
near that town (:data:`TOWN_KM`) whose registry name is one of the town's names there, in any spelling the gazetteer
keeps for it (:func:`named_after`). A unit number both give must agree ("Kyiv CHP-6" is not the registry's CHP-5).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from trucewatch.geo.distance import distance_km
from trucewatch.geo.edits import one_edit
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, geocode, latin_names, place_by_id
from trucewatch.geo.named_sites import Site, SiteIndex, one_site
from trucewatch.geo.translit import normalise, skeleton

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


def _words(name: str) -> list[str]:
    """The words of a name, normalised, that say which plant it is: not its kind words nor its numbers."""
    return [word for word in re.sub(r"[«»\"“”()/,.\-–]", " ", normalise(name)).split()
            if word not in KIND_WORDS and not word.isdigit()]


def _names(registry_name: str) -> tuple[str, ...]:
    """A plant's registry name and the other names it gives in parentheses ("Rivne (Rouno)")."""
    return registry_name.split("(")[0], *re.findall(r"\(([^)]*)\)", registry_name)


def plant_key(name: str) -> str:
    """A plant's name without its kind words and numbers, each word stemmed ("Trypilska" -> "trypil", "the Zmiiv
    thermal power plant" -> "zmiiv")."""
    return " ".join(_stem(word) for word in _words(name) if len(word) > 1)


@lru_cache(maxsize=1)
def _index() -> tuple[SiteIndex, dict[str, str]]:
    """The plants by the keys of their names, and each plant's registry category by id."""
    text = resources.files("trucewatch").joinpath(REGISTRY).read_text(encoding="utf-8")
    rows = [row for row in csv.DictReader(io.StringIO(text)) if row["category"] in KINDS["any"]]
    sites = [(Site(row["id"], row["name"], float(row["lat"]), float(row["lon"]), row["admin1_code"], row["country"],
                   row["source"]), _names(row["name"])) for row in rows]
    return SiteIndex(sites, plant_key, skeleton_min=_SKELETON_MIN), {row["id"]: row["category"] for row in rows}


def power_plant(name: str, kind: str = "any", *, by_town: bool = True) -> GeoMatch | None:
    """The power plant of Ukraine or Russia of ``kind`` (a key of :data:`KINDS`) that ``name`` means, or None when
    none, or several far apart, bear it. A unit number in ``name`` ("Kharkiv CHP-5") must be the registry's, when the
    registry gives one; ``by_town``: when the registry does not answer the name, also read it as a town's
    (:func:`_by_town`; not for a name whose words do not say it is a power plant: "the Kremenchuk plant")."""
    if not isinstance(name, str) or len(name) > 100:
        return None
    index, categories = _index()
    allowed = KINDS.get(kind, KINDS["any"])
    units = set(re.findall(r"\d+", name))

    def keep(site: Site) -> bool:
        return categories.get(site.id) in allowed and _same_unit(units, site.name)

    found = index.find(name, SAME_PLANT_KM, lambda site: PRECISION_KM, keep=keep)
    return found if found is not None or not by_town else _by_town(name, index, keep)


def plant_category(plant_id: str) -> str | None:
    """The registry's category of the plant ``plant_id`` (a :func:`power_plant` match's id): thermal, CHP, hydro,
    nuclear; None for an id the registry does not hold."""
    return _index()[1].get(plant_id)


# A plant named after a town stands in it or this near (the Kryvorizka plant is 46 km from Kryvyi Rih's centre, the
# Zaporizhzhia thermal plant 50 km from Zaporizhzhia's)
TOWN_KM = 60.0
# the consonants a town's name and the adjective made of it share before the town's last one, which may change
# ("Kryvyi Rih", "Kryvorizka": г is з before the suffix), at least this many
_ADJECTIVE_SKELETON_MIN = 4
_ONE_EDIT_MIN = 5


def _same_unit(units: set[str], registry_name: str) -> bool:
    """Whether the unit numbers a name gives (none, or "5" of "CHP-5") fit the registry's name of a plant."""
    own = set(re.findall(r"\d+", registry_name))
    return not units or not own or bool(units & own)


def named_after(registry_key: str, town_key: str) -> bool:
    """Whether a plant's registry name (its :func:`plant_key`) is made of a town's name (its key in one spelling
    the gazetteer keeps): the same key or consonant skeleton, one letter apart ("karkov", "kharkov"), or the
    adjective of the town's name, whose consonants begin with the town's but for its last one ("kryvorizk" of
    "kryv rih")."""
    if registry_key == town_key:
        return True
    plant, town = skeleton(registry_key), skeleton(town_key)
    if len(plant) >= 3 and plant == town:
        return True
    if min(len(registry_key), len(town_key)) >= _ONE_EDIT_MIN and one_edit(registry_key, town_key):
        return True
    return len(town) - 1 >= _ADJECTIVE_SKELETON_MIN and plant.startswith(town[:-1])


def _registry_keys(registry_name: str) -> list[str]:
    """The keys of a plant's registry name and of the other names it gives in parentheses ("Rivne (Rouno)")."""
    return [key for each in _names(registry_name) if len(key := plant_key(each)) >= 3]


def _by_town(name: str, index: SiteIndex, keep: Callable[[Site], bool]) -> GeoMatch | None:
    """The plant ``keep`` allows that is named after the town ``name`` means, by any of the town's names the
    gazetteer keeps, within :data:`TOWN_KM` of it; None when none, or several far apart."""
    words = " ".join(_words(name))
    if len(words) < 3:
        return None
    town_match = geocode(words)
    town = place_by_id(town_match.id) if town_match is not None and town_match.id else None
    if town is None:
        return None
    keys = {key for each in latin_names(town) if len(key := plant_key(each)) >= 3}
    chosen = [site for site in index.sites if keep(site)
              and distance_km(town.lat, town.lon, site.lat, site.lon) <= TOWN_KM
              and any(named_after(own, key) for own in _registry_keys(site.name) for key in keys)]
    return one_site(chosen, SAME_PLANT_KM, lambda site: PRECISION_KM, MATCHED_BY[1]) if chosen else None
