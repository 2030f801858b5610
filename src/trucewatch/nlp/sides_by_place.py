"""Who acted, when the sentence names no party, from where the strike landed and who tells of it.

- A party telling of a strike on ground it holds, naming no doer, accuses the other side: "The refinery in
  Novokuibyshevsk came under drone attack, the Samara governor said" (the Russian governor alleges a Ukrainian
  strike), "A missile hit an energy facility in Zhytomyr, the regional administration said".
- A party's armed body (defence ministry, general staff, air force, navy) telling of a strike on the other side's
  ground or on objects it calls the other side's, naming no doer, tells of its own: "Russia's defence ministry
  said a massive strike had hit gas facilities that supply Ukraine's industry" acknowledges a Russian strike.

- A body the lexicon knows by its kind (a defence ministry, a railway operator) named with no party anywhere, telling
  of a strike by a party the sentence names on ground the other party holds, in an article where another sentence has
  that other party speak, is the other party's and accuses: "Moscow accused Ukraine ... The Defence Ministry said the
  Kyiv regime struck a substation in Bryansk".

Ground held: Russia, and Crimea and Sevastopol (held by Russia since 2014), for RU; the rest of Ukraine for UA. The
parts of other oblasts held by Russia are not told apart here: a Ukrainian body rarely tells of strikes there
without a doer, and a Russian one names the doer (the basis of the rule is in docs/extraction.md). Runs after the
place component; interceptions and denials keep what the actor component found.
"""

from __future__ import annotations

import re
from typing import Any

from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.attribution import claimant_in
from trucewatch.nlp.pipeline import ArticleState, Frame, component
from trucewatch.nlp.sources import HELD_SINCE_2014, active_lexicon

ARMED_BODIES = frozenset({"defence_ministry", "general_staff", "air_force", "navy"})
_EVENTS = ("strike", "shelling")
# the other side named by a word of its own ("the enemy", "the occupiers"): the doer is named after all
_ENEMY_WORDS = re.compile(r"\b(?:enemy|occupiers?|invaders?)\b", re.IGNORECASE)
# unnamed sources ("according to local officials") pass on the news; they make no party's accusation
_UNNAMED = re.compile(r"^(?:the\s+)?(?:local\s+|regional\s+|city\s+)?(?:officials|authorities|sources|residents|"
                      r"media|reports?)$", re.IGNORECASE)

# a region's or a town's own body named by its level alone ("the regional prosecutor's office", "the city council"):
# it sits on the ground the strike hit, and speaks for the side holding it (its region's name may come first: "the
# Dnipropetrovsk regional prosecutor's office")
_LOCAL_BODY = re.compile(r"(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?(?:regional|city|town|district|municipal|village|oblast)\s+"
                         r"(?:[\w'’\-]+\s+){0,2}?"
                         r"(?:prosecutor['’]?s?(?:\s+office)?|prosecutors|administration|council|police|governor|mayor|"
                         r"head|emergency\s+services?|rescuers|department|office)|"
                         # ("the plant's press service": the body of the thing struck, which stands on that ground)
                         r"(?:the\s+)?(?:plant|station|refinery|facility|enterprise|port|airport)['’]s\s+"
                         r"(?:press\s+(?:service|office)|management|administration|spokes(?:man|woman|person))",
                         re.IGNORECASE)


# a party named as who declared a truce ("in the middle of the ceasefire Russia had declared", "Russia's Easter truce")
# is no party of the strike
_TRUCE_OF = re.compile(r"\b(?:ceasefire|cease-fire|truce|moratorium)\s+(?:that\s+)?$", re.IGNORECASE)
_OWN_TRUCE = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|moratorium)\b", re.IGNORECASE)


def holder(location: Any) -> str | None:
    """The party holding the ground of a frame's location (a dict of the place component), if it can tell."""
    if not isinstance(location, dict):
        return None
    country, admin1 = location.get("country"), location.get("admin1_code")
    if country == "RU" or HELD_SINCE_2014.get(str(admin1)) == "RU":
        return "RU"
    if country == "UA":
        return "UA"
    return None


def _named_parties(frame: Frame) -> set[str]:
    """The parties the sentence names outside its attribution."""
    claimant_span = frame.spans.get("claimant")
    return {party for party, start, end in lx.party_mentions(frame.sentence)
            if not (claimant_span and claimant_span[0] <= start < claimant_span[1])
            and not _TRUCE_OF.search(frame.sentence, max(0, start - 40), start)
            and not _OWN_TRUCE.match(frame.sentence, end)}


@component("trucewatch.side_by_place.v1", reads=("frames.event", "frames.claimant", "frames.actor",
                                                 "frames.location"), writes=("frames.actor", "frames.stance"))
def side_by_place(state: ArticleState) -> None:
    """The acting party of a strike whose sentence names none, from the ground it hit and the claimant's side."""
    lexicon = active_lexicon()
    for frame in state.frames:
        if (speaker := _speaking_for_ground(state, frame, lexicon)) is not None:
            frame.put("claimant", speaker)  # (its words and their span stay the attribution's)
            alleged = lx.ALLEGE.search(frame.sentence)
            frame.put("stance", "alleges", alleged.span() if alleged else None)
            continue
        claimant = frame.values.get("claimant")
        if (frame.event not in _EVENTS or frame.values.get("actor") or frame.values.get("denial")
                or claimant not in ("RU", "UA") or frame.values.get("kind") in ("protest", "bodies_found")):
            continue
        opponent = lx.OPPONENT[claimant]
        held = holder(frame.values.get("location"))
        named = _named_parties(frame)
        text = str(frame.values.get("claimant_text") or "").strip()
        if held == claimant and not named and not _UNNAMED.match(text):
            frame.put("actor", opponent)
            alleged = lx.ALLEGE.search(frame.sentence)
            frame.put("stance", "alleges", alleged.span() if alleged else None)
            continue
        armed = lexicon.body_kind(text) in ARMED_BODIES if text else False
        if armed and (held == opponent or (held is None and named == {opponent})) and not _ENEMY_WORDS.search(
                frame.sentence):
            frame.put("actor", claimant)
            frame.put("stance", "acknowledges")
            continue
        sender = None if named else _sent_before(state, frame)
        if sender is not None and held != sender:
            # "Russia launched 179 drones at Ukraine overnight, ... In the Kirovohrad region a drone hit an energy
            # facility, local officials said": one of the weapons the same speaker said a party sent
            frame.put("actor", sender)
            frame.put("stance", "alleges" if sender == opponent else "acknowledges")


def _speaking_for_ground(state: ArticleState, frame: Frame, lexicon: Any) -> str | None:
    """The party of a body named with no party (its kind known to the lexicon) that tells of a strike by the party
    the sentence names on the other party's ground, when another sentence of the article has that ground's holder
    speak ("Moscow accused Ukraine of ..."), or when it is a region's or a town's own body ("the regional prosecutor's
    office", "the city council"): that holder; None otherwise (alone, "Russian forces shelled Kherson, the
    defence ministry said" or "..., the grid operator said" stays a report of a body of no party)."""
    claimant, actor = frame.values.get("claimant"), frame.values.get("actor")
    if (frame.event not in (*_EVENTS, "interception") or not isinstance(claimant, str) or claimant in lx.OPPONENT
            or frame.values.get("denial") or actor not in ("RU", "UA")
            or frame.values.get("kind") in ("protest", "bodies_found")):
        return None
    text = str(frame.values.get("claimant_text") or claimant).strip()
    local = _LOCAL_BODY.fullmatch(text) is not None
    if _UNNAMED.match(text) or (lexicon.body_kind(text) is None and not local) or (
            frame.event == "interception" and not local):
        # (a weapon brought down onto a plant, told by the plant's own body, is told for the ground it stands on)
        return None
    held = holder(frame.values.get("location"))
    if held != lx.OPPONENT[actor] or _named_parties(frame) != {actor} or lx.SELF_REFERENCE.search(frame.sentence):
        return None
    if local:
        return held  # "according to the regional prosecutor's office, which said a Russian drone ... in Kherson"
    text = state.article.text
    for start, end in state.sentences:
        sentence = text[start:end]
        if sentence.strip() != frame.sentence.strip() and (found := claimant_in(sentence)) and found[1] == held:
            return held
    return None


def _sent_before(state: ArticleState, frame: Frame) -> str | None:
    """The party that an earlier sentence of the same side's speakers says sent the weapon this frame names (the
    nearest such frame: a strike or an interception whose doer it found), when it names one."""
    weapon = frame.values.get("weapon")
    if not weapon or weapon == "unknown":
        return None
    for before in reversed(state.frames):
        if (before.index < frame.index and before.values.get("weapon") == weapon
                and before.values.get("claimant") == frame.values.get("claimant")
                and before.values.get("actor") in lx.OPPONENT and not before.values.get("denial")):
            return str(before.values["actor"])
    return None
