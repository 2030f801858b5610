"""When the truce an article speaks of begins, as the article itself says it ("Moscow had said its guns would fall
silent at midnight as Thursday, 8 May, began", "the ceasefire took effect at 18:00 Moscow time on Saturday"): an
anchor named "the truce" (and "the ceasefire", "the moratorium") for what the article times against it ("just before
the truce took effect", "hours after the ceasefire began"). An anchor the user gives under one of those names is kept;
a statement of a start that is no single clock on a known day gives none."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from trucewatch.nlp.timex import resolve_time

# what a truce's start is told with, then the time told ("... would fall silent at midnight as Thursday, 8 May,
# began", "the ceasefire takes effect from 18:00 on Saturday", "a truce starting at 16:00 Moscow time on 19 April")
_STARTS = re.compile(
    r"(?:\b(?:truce|ceasefire|cease-fire|moratorium|pause)\b[^.;]{0,60}?\b(?:take|takes|took|taking|come|comes|came|"
    r"start|starts|started|starting|begin|begins|began|beginning|effective|force)\b|\bfall\s+silent\b)"
    r"[^.;]{0,20}?(?P<when>\b(?:at|from)\s+(?:midnight|noon|\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)[^.;]{0,60})",
    re.IGNORECASE)
NAMES = ("truce", "ceasefire", "cease-fire", "moratorium")


def with_truce_start(text: str, published: datetime | None, tz: str,
                     anchors: dict[str, datetime]) -> dict[str, datetime]:
    """``anchors`` with the start of the truce the text states (under :data:`NAMES`), unless one is given."""
    if any(name in anchors for name in NAMES):
        return anchors
    for match in _STARTS.finditer(text):
        told = resolve_time(match.group("when"), published, tz=tz)
        if told is None or told.how in ("publication", "context", "relative") or (
                told.end - told.start > timedelta(hours=1)):
            continue
        return {**anchors, **{name: told.start for name in NAMES}}
    return anchors
