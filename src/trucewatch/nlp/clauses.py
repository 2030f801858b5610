"""Two events joined in one sentence: "Ukrainian artillery shelled a substation in Bryansk region, and drones
attacked an oil depot in Feodosia". Each clause is a report of its own (its own weapon, target and place), so the
sentence is cut before ", and" when the words after it open a clause of their own: a subject of a few words and a
verb of attack in the past tense, and the words before it tell an event too. Everything else stays one sentence:
"shot down 40 drones, and 12 were jammed" (no subject of its own), "hit a depot and a substation" (no comma, one
act), ", and officials said" (no verb of attack), ", and one of them damaged the hospital" (the doer already told).
"""

from __future__ import annotations

import re

from trucewatch.nlp import lexicon as lx

# ", and drones attacked", ", while Russian missiles struck": a subject of one to five words (no verb of saying, no
# pronoun standing for the same doer) and a verb of attack
_JOINED = re.compile(
    r",\s+(?:and|while|whereas)\s+(?!(?:it|they|he|she|we|then|later|also|was|were)\b)"
    r"(?P<subject>(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s+(?:(?:also|later|then|reportedly)\s+)?"
    r"(?:attacked|struck|shelled|hit|targeted|bombed|fired\s+(?:on|at)|shot\s+down|downed|destroyed|damaged)\b")
_SAYING = re.compile(r"\b(?:said|says|told|reported|claimed|according|added|stated)\b", re.IGNORECASE)
# "and one of them damaged the hospital", "and the same drones hit": the doer already told, so the same event
_SAME_DOER = re.compile(r"\b(?:them|these|those|it|its|they|same|one)\b", re.IGNORECASE)
_MIN_CLAUSE = 30  # characters: a shorter opening is no report of its own


def _tells_an_event(words: str) -> bool:
    """Whether ``words`` hold an event word of any kind (:data:`lexicon.EVENT_TRIGGERS`)."""
    return any(pattern.search(words) for pattern in lx.EVENT_TRIGGERS.values())


def event_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``text[start:end]`` cut before each ", and <subject> <verb of attack>" that joins a second
    event to one already told."""
    parts: list[tuple[int, int]] = []
    for joined in _JOINED.finditer(text, start, end):
        before = text[start:joined.start()]
        if len(before) < _MIN_CLAUSE or _SAYING.search(joined.group("subject")) or _SAME_DOER.search(
                joined.group("subject")) or not _tells_an_event(before):
            continue
        parts.append((start, joined.start() + 1))
        start = joined.start() + 1
        while start < end and text[start].isspace():
            start += 1
    if not parts and ORDINAL_OPENING.match(text, start, end):
        # "The first, at about 09:10, hit a car park; the second, at about 11:35, tore through a block of flats":
        # events counted before, told one by one
        for nth in _NEXT_ONE.finditer(text, start, end):
            if nth.start() - start >= _MIN_CLAUSE:
                parts.append((start, nth.start() + 1))
                start = nth.end()
    return [*parts, (start, end)]


# a sentence or clause opening with one of the events or weapons counted before ("The first, at about 09:10, hit
# ...", "The second drone struck ...", "The other landed ..."); not "The first time", "one of the few"
ORDINAL_OPENING = re.compile(r"\W*(?:the\s+(?:first|second|third|fourth|fifth|other|last|next))\b"
                             r"(?!\s+(?:time|day|week|month|year|of)\b)", re.IGNORECASE)
# where the next of them is told after the first ("; the second", ", and the other", ", while the third")
_NEXT_ONE = re.compile(r"(?:;|,\s+(?:and|while))\s+(?=the\s+(?:second|third|fourth|fifth|other|last|next)\b"
                       r"(?!\s+(?:time|day|week|month|year|of)\b))", re.IGNORECASE)


# "carried out drone strikes on three targets inside Russia overnight: the X refinery, a depot near Y and the Z
# pumping station": a colon after words that announce several things struck, then the things
_LIST_HEAD = re.compile(r"\b(?:targets|facilities|sites|objects|installations|enterprises|plants|the following|"
                        r"including)\b[^:;.]{0,60}:\s+(?=\S)", re.IGNORECASE)
_ITEM_BREAK = re.compile(r"(?:,|;)\s+(?:and\s+)?|\s+and\s+")


def _names_a_target(words: str) -> bool:
    return any(pattern.search(words) for pattern, _ in lx.TARGETS)


def list_items(text: str, start: int, end: int) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The head and the items of a sentence that tells strikes on several things listed after a colon, each item
    naming a target ("... on three targets overnight: the X refinery in Samara region, an ammunition depot near Y,
    and the Z pumping station"); None for any other sentence. A piece between breaks that names no target belongs to
    the item before it ("in Valdai, Novgorod region")."""
    head = _LIST_HEAD.search(text, start, end)
    if head is None or not _tells_an_event(text[start:head.start()]):
        return None
    items: list[list[int]] = []
    position = head.end()
    for brk in [*_ITEM_BREAK.finditer(text, head.end(), end), None]:
        piece_end = brk.start() if brk else end
        if items and not _names_a_target(text[position:piece_end]):
            items[-1][1] = piece_end
        else:
            items.append([position, piece_end])
        position = brk.end() if brk else end
    if len(items) < 2 or not all(_names_a_target(text[low:high]) for low, high in items):
        return None
    return (start, head.end()), [(low, high) for low, high in items]
