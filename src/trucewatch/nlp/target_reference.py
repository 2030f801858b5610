"""A target named again by a bare generic noun: "Lukoil's refinery in Volgograd halted a unit ... the governor said
debris started a fire at the plant". "The plant" is the refinery the article named before, not some industrial
plant: a definite generic noun (the plant, the facility, the site, the station, the depot) takes the code of the
last target named in an earlier sentence of the article that such a noun can stand for (a refinery or a power
plant is a plant; a substation or a pumping station is a station). An indefinite or a qualified noun ("a plant",
"a chemical plant") names a thing of its own, and a noun no earlier target fits keeps its own code.

Which generic noun may stand for which codes is data: ``data/target_references.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Where
from trucewatch.nlp.pipeline import Frame
from trucewatch.taxonomy import within

_DATA = "data/target_references.yaml"


@lru_cache(maxsize=1)
def _references() -> dict[str, tuple[str, ...]]:
    """Generic noun -> the code prefixes a target it refers back to may have."""
    text = resources.files("trucewatch").joinpath(_DATA).read_text(encoding="utf-8")
    loaded: Any = safe_yaml.load(text, f"trucewatch/{_DATA}")
    nouns = loaded.get("nouns") if isinstance(loaded, dict) else None
    if not isinstance(nouns, dict) or not all(
            isinstance(codes, list) and all(isinstance(code, str) for code in codes) for codes in nouns.values()):
        raise InputError("must map each generic noun to a list of target code prefixes",
                         Where(f"trucewatch/{_DATA}", field="nouns"))
    return {str(noun).lower(): tuple(codes) for noun, codes in nouns.items()}


_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)?)"


@lru_cache(maxsize=1)
def _definite() -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(noun) for noun in _references()), key=len, reverse=True))
    # "the plant", "the same plant", "that facility": a thing already named; not "the plant's owner" (a
    # possessive names something else of it)
    # (also "the sixth power unit": a plant's unit by its number)
    return re.compile(rf"\b(?:the|that|this)\s+(?:same\s+|damaged\s+|{_ORDINAL}\s+)?(?P<noun>{nouns})\b(?!['’]s)",
                      re.IGNORECASE)


def generic_reference(mention: str) -> str | None:
    """The generic noun when ``mention`` (the target's words with what comes before them in the sentence: at
    least the article) is a definite bare generic noun such as "the plant", else None."""
    found = [match for match in _definite().finditer(mention) if match.end() == len(mention.rstrip())]
    return found[-1].group("noun").lower() if found else None


def referred_code(noun: str, earlier: list[str]) -> str | None:
    """The last code of ``earlier`` (targets of the article's earlier sentences, in order) that ``noun`` can stand
    for, or None."""
    prefixes = _references().get(noun, ())
    return next((code for code in reversed(earlier) if any(within(code, prefix) for prefix in prefixes)), None)


# (sentence number, code) of the targets of the article's sentences, in order; asked for only when a definite
# generic noun needs it (reading every sentence for targets is costly)
Earlier = Callable[[], list[tuple[int, str]]]


def carried(words: str, own: str, earlier: Earlier, sentence: int, before: tuple[str, ...] = ()) -> str:
    """The code of a target whose words end ``words`` (the sentence up to the target's end): the target of an
    earlier sentence (of ``earlier``), or one named before it in its own sentence (``before``, in order: "units of
    the Yaroslavl refinery burnt after the attack on the plant"), that a definite generic noun names again, else
    ``own``."""
    noun = generic_reference(words)
    if noun is None:
        return own
    return referred_code(noun, [*(code for number, code in earlier() if number < sentence), *before]) or own


def fill_named_again(frames: list[Frame], earlier: Earlier, text_of: Callable[[Frame], str]) -> None:
    """Give each frame whose event names no target of the lexicon ("another drone damaged the facility") the
    target of an earlier sentence (of ``earlier``) that its first fitting definite generic noun names again
    (``text_of``: the frame's sentence as the target is looked for in it)."""
    for frame in frames:
        if "target" in frame.values:
            continue
        for found in _definite().finditer(text_of(frame)):
            before = [code for number, code in earlier() if number < frame.index]
            code = referred_code(found.group("noun").lower(), before)
            if code is not None:
                frame.put("target", code, found.span("noun"))
                frame.put("target_name", found.group("noun"))
                break


# smoke or fire seen at a thing ("smoke rising from the upper floors of", "a fire broke out at", "flames engulfed")
_SEEN_BURNING = re.compile(r"\b(?:smoke|flames|fire|a\s+blaze)\s+(?:was\s+|were\s+)?(?:rising|pouring|billowing|coming|"
                           r"seen|visible|broke\s+out|burning|engulfed|engulfing)\s+(?:(?:from|at|in|over|out\s+of)\s+)?",
                           re.IGNORECASE)


def described_next(frames: list[Frame], sentences: list[tuple[int, int]], text: str,
                   target_of: Callable[[str], str | None]) -> None:
    """Give each frame whose event names no target of the lexicon the target of the next sentence when that
    sentence tells no event of its own and opens with a definite generic noun that can stand for it ("... its drones
    struck Promsintez in Chapayevsk. The plant makes explosives and filled shells for the army": the works is a
    defence plant), or that tells of smoke or fire seen at a thing ("A reporter saw smoke rising from the upper floors
    of a nine-storey apartment building"). ``target_of``: the lexicon's target of a sentence's words, asked only of
    such a sentence."""
    with_events = {frame.index for frame in frames}
    for frame in frames:
        following = frame.index + 1
        if "target" in frame.values or following in with_events or following >= len(sentences):
            continue
        start, end = sentences[following]
        opening = _definite().match(text[start:end].lstrip())
        seen = _SEEN_BURNING.search(text, start, end) if opening is None else None
        if seen is not None and (code := target_of(text[seen.end():min(end, seen.end() + 100)])) is not None:
            # "... drones over the capital. A reporter saw smoke rising from the upper floors of a nine-storey
            # apartment building": what was seen burning right after the attack is what it hit
            frame.put("target", code)
            frame.put("target_name", text[seen.end():min(end, seen.end() + 100)].strip())
            continue
        if opening is None:
            continue
        code = target_of(text[start:end])
        found = referred_code(opening.group("noun").lower(), [code]) if code else None
        if found is not None:
            frame.put("target", found)
            frame.put("target_name", opening.group("noun"))


# a power outage ("without electricity", "restore power to", "a blackout")
_OUTAGE = re.compile(r"\b(?:without|lost|losing|cut(?:ting)?\s+off|restor(?:e|ed|es|ing))\s+(?:the\s+)?"
                     r"(?:power|electricity|light)\b|\b(?:power|electricity)\s+(?:cuts?|outages?|(?:was|were)\s+cut|"
                     r"went\s+out)\b|\bblackouts?\b", re.IGNORECASE)


def outage_told(frames: list[Frame]) -> None:
    """Give a strike whose sentence names no thing hit, but an outage it caused ("4,000 households were without
    electricity after a Russian missile attack", "crews worked to restore power to the district after a strike
    overnight"), the power system (``energy``) as its target, the outage's words as the thing's span."""
    for frame in frames:
        outage = _OUTAGE.search(frame.sentence) if "target" not in frame.values and frame.event in (
            "strike", "shelling", "interception") else None
        if outage is not None:
            frame.put("target", "energy", outage.span())
            frame.put("target_name", outage.group())
