"""A settlement and its raion with no comma between ("the village of Grabske Amvrosiyevsky district, Donetsk
region"), as event coders write them.

The name patterns read a run of capitalised words before "district" as one name, and a name before the raion word
names a raion, so the village was never read and the event went to its oblast's centre. When the run's last word is
a raion's adjective (a Ukrainian or Russian "-skyi", "-skiy", "-sky" ending) and the words before it are no oblast's
name, those words are the settlement; the raion is still read from the whole run
(:func:`~trucewatch.nlp.place_raions.raion_in`) and decides among the settlement's namesakes.
"""

from __future__ import annotations

import re

from trucewatch.geo.admin1 import admin1_code

# a raion's adjective: "Amvrosiyevsky", "Starobeshivskyi", "Popasnianskyi", "Krasnodonskiy"
_RAION_ADJECTIVE = re.compile(r"sk(?:yi|iy|yy|ij|y|oy|ii)$", re.IGNORECASE)


def village_before_raion_words(name: str) -> str | None:
    """The settlement's words of a run "Grabske Amvrosiyevsky" read before a raion word, or None when the run is a
    raion's name alone ("Velykyi Burluk", "Vasylivskyi"), opens with an oblast's ("Kharkiv Kupianskyi") or is a city's
    district ("Kharkiv's Kyivskyi")."""
    words = name.split()
    if len(words) < 2 or not _RAION_ADJECTIVE.search(words[-1]) or _RAION_ADJECTIVE.search(words[-2]):
        return None
    village = " ".join(words[:-1])
    # "Kharkiv's Kyivskyi district" is a city's district, read as such elsewhere (trucewatch.geo.city_districts)
    return None if admin1_code(village) or village.endswith(("'s", "’s")) else village
