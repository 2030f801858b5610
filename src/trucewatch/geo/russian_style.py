"""A Latin name in the Russian-style romanisation of a Ukrainian place ("Lastochkino", "Progress", "Avdeevka"):
which names show it, and the Ukrainian places its consonants also reach when a far namesake bears that spelling
exactly (GeoNames lists a Crimean hamlet as Lastochkino, a Chernihiv-oblast village by the alternate name
Progress), so the Ukrainian reading near the other places the text names stays a candidate."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from trucewatch.geo.translit import is_cyrillic, normalise, skeleton

# The marks of a Russian form romanised, each absent from the national Ukrainian spelling of a Ukrainian name:
# the endings -ino, -ovo, -evo (Ukrainian -yne, -ove, -eve), the adjective's -aya, -oye, -oe, -iy (-a, -e, -yi), the
# -ovka, -evka of the Russian suffix (-ivka), a doubled e (Russian ее, Ukrainian іі or ії), and g (Russian г, which
# the national system writes h; "zgh" is its зг)
_RUSSIAN_MARKS = re.compile(
    r"(?:[a-z]{3}(?:ino|ovo|evo|aya|oye|oe|iy|ovka|evka)\b)|ee|(?<!z)g(?!h)")
# a Ukrainian town (this many people) that bears the spelling exactly is what it names: its consonants reach no
# further ("Toshkovka" is the town Toshkivka, not every Tyshkivka; "Novovorontsovka" the town)
RUSSIAN_STYLE_TOWN = 1_000
RUSSIAN_STYLE_MIN_LETTERS = 6  # a name this long is specific enough to look past the exact key
MIN_SKELETON = 4  # three consonants ("Polevoe") reach a place only within an oblast, as in the gazetteer's lookup

P = TypeVar("P")


def russian_style(name: str) -> bool:
    """Whether a Latin name shows a mark of the Russian romanisation (:data:`_RUSSIAN_MARKS`): "Lastochkino",
    "Progress", "Avdeevka", "Staromayorskoye" do; "Lastochkyne", "Prohres", "Avdiivka" do not."""
    text = normalise(name)
    return not is_cyrillic(text) and len(text) >= RUSSIAN_STYLE_MIN_LETTERS and bool(_RUSSIAN_MARKS.search(text))


def ukrainian_bearers(
    name: str, stages: Sequence[Mapping[str, list[int]]], places: Sequence[P], seen: set[int],
    usable: Callable[[int, P, bool], bool],
) -> list[tuple[int, bool]]:
    """The Ukrainian places a Russian-style ``name`` reaches by its consonants (``stages``: own names' skeletons,
    then alternate names'), not among ``seen``: each with whether its own name matched. ``usable`` says whether a
    place may be read so (the caller's country and scope tests and a spelling test). Empty for a name without a
    Russian mark or of fewer than MIN_SKELETON consonants."""
    key = skeleton(name)
    if not russian_style(name) or len(key) < MIN_SKELETON:
        return []
    found: list[tuple[int, bool]] = []
    for stage, own_name in zip(stages, (True, False), strict=True):
        for number in stage.get(key, ()):
            if number not in seen and usable(number, places[number], own_name):
                seen.add(number)
                found.append((number, own_name))
    return found
