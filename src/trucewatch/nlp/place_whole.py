"""A place's name read whole: a compound name is not cut to a town's name it begins with.

- Russian and Ukrainian compound names join their parts with a lower-case preposition ("Slavyansk na Kubani",
  "Kalach na Donu", "Novhorod nad Dniprom"), which a reader of capitalised words stops at: the name before it is
  another place's ("Slavyansk" is Sloviansk in Donetsk oblast, 400 km from Slavyansk-na-Kubani). The whole name is
  read (:func:`joined`), and when the gazetteer does not place it, no part of it is taken either.
- A name of several words that the gazetteer reads (by any reading, even one the reader refuses as too weak:
  "Bilhorod Dnistrovskyy" is Bilhorod-Dnistrovskyi, or Belgorod by a spelling variant, so neither is taken) is a
  place's name, not a facility named after a town: its first word is no fallback (:func:`read_whole`), which is
  for names no place bears ("Kharkiv Cadet Corps" is in Kharkiv).
"""

from __future__ import annotations

import re

from trucewatch.geo.gazetteer import geocode_candidates
from trucewatch.nlp.place_names import NAME

# " na Kubani", "-na-Donu", " nad Dniprom": a compound name's preposition and the capitalised word after it
_JOINED = re.compile(r"(?:\s+|-)(?:na|nad|pid|pod)(?:\s+|-)" + NAME)


def joined(sentence: str, name: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The name at ``span`` with the rest of a compound name after it ("Slavyansk" in "… in Slavyansk na Kubani"
    is "Slavyansk na Kubani"), or the name as it was."""
    rest = _JOINED.match(sentence, span[1])
    if rest is None or not sentence[span[0]:span[1]].endswith(name):
        return name, span
    return name + rest.group(0), (span[0], rest.end())


def read_whole(name: str) -> bool:
    """Whether the gazetteer reads ``name`` as it is written (some place bears it, or is reached by it), so that
    none of its parts is to be taken for it."""
    return bool(geocode_candidates(name, limit=1))
