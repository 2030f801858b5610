"""A town as the subject of a passive strike verb ("Zaporizhzhia was hit by guided bombs", "Kherson came under fire"),
also where an event coder puts the town's oblast, raion or hromada between the town and its verb ("On 5 February 2023,
Bila Hora, Donetsk, was shelled", "Lysivka (Pokrovskyi raion, Donetsk) was shelled", "Synkivka, Kharkiv, came under
Russian artillery fire"; round 48): the words between are the town's scope, read as such by the context, and the town
stays the sentence's subject."""

from __future__ import annotations

import re

# what may stand between a town and its verb: its oblast (with or without the word) between commas, or a bracketed
# raion, hromada or oblast
_SCOPE = (r"(?:\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?i:oblast|region|raion|district|hromada|community))?"
          r"\s*,|\s*\([^()\n]{2,60}\))?")
# the passive verb, and what one may say before "fire": "came under Russian artillery fire"
_VERB = (r"\s+(?:was|were|is|are|has been|have been|had been|came|comes)\s+(?:again\s+|once again\s+|repeatedly\s+|"
         r"heavily\s+|reportedly\s+)?(?:hit|struck|shelled|attacked|targeted|bombed|bombarded|pounded|"
         r"under\s+(?:(?:heavy|renewed|intense|Russian|Ukrainian|enemy|artillery|mortar|rocket|drone|tank|MLRS|"
         r"missile)\s+){0,3}(?:fire|attack|shelling|bombardment))\b")


def town_passive(name: str) -> re.Pattern[str]:
    """The pattern of a town (``name``, one or two of them) as a passive strike verb's subject, with its ``opening``
    group set when a comma precedes it."""
    return re.compile(r"(?:^|[.;:]\s+|,\s+(?:and|but|while)\s+|(?P<opening>,\s+))(?P<name>" + name
                      + r"(?:\s+" + name + r")?)" + _SCOPE + _VERB)
