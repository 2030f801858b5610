"""An attack told first in general terms and in the next sentence in detail: "Russia's latest massed attack on the
Ukrainian energy system reached the western region of Ivano-Frankivsk on Friday morning. A cruise missile hit a fuel
storage depot on the outskirts of Kolomyia at about 06:40, the governor said." The first sentence places the attack
only in a region (or nowhere) and names no thing struck, or a kind of thing the second names more narrowly; the
second tells the strike on that thing in a town of the region. They are one event: the general sentence makes no
report of its own, and the detailed one takes its speaker when it names none. A count in the general sentence
("shelled the region 20 times"), a second event word ("separately", "elsewhere"), another region, or a thing struck
of another kind keeps both reports, and so does a first sentence naming neither the region nor a kind of thing
struck (its region carried from the article's context: "Emergency services said they had brought the fire under
control")."""

from __future__ import annotations

import re
from typing import Any

from trucewatch import taxonomy
from trucewatch.geo.admin1 import admin1_name
from trucewatch.nlp import follow_ups
from trucewatch.nlp.clauses import ORDINAL_OPENING
from trucewatch.nlp.pipeline import ArticleState, Frame, component

_STRIKES = ("strike", "shelling")
# how a time no words of the sentence told was read (trucewatch.nlp.timex.Resolved.how)
_UNTOLD = ("publication", "context")


@component("trucewatch.told_in_detail.v1", reads=("frames.location", "frames.target", "frames.count"),
           writes=("frames",))
def told_in_detail(state: ArticleState) -> None:
    """Drop a frame that only tells in general terms the strike the next sentence's frame tells in detail, or the
    strikes the next sentences tell one by one."""
    _told_one_by_one(state)
    _hit_told_next(state)
    by_index = {frame.index: frame for frame in state.frames}
    for frame in list(state.frames):
        detail = by_index.get(frame.index + 1)
        if detail is None or not _general_of(frame, detail):
            continue
        if "claimant" not in detail.values and "claimant" in frame.values:
            detail.put("claimant", frame.values["claimant"])
            if "claimant_text" in frame.values:
                detail.put("claimant_text", frame.values["claimant_text"])
        # "... attacks on the region in the small hours of Sunday. A drone set fire to a shed in X": the detail tells
        # no time of its own, the general sentence's is the strike's
        _take_time(frame, detail)
        state.frames.remove(frame)
        state.dropped.append((frame.sentence, "the strike the next sentence tells in detail"))


def _take_time(general: Frame, detail: Frame) -> None:
    """The general sentence's time is the detail's when the detail tells none of its own."""
    own_time, general_time = detail.values.get("occurred"), general.values.get("occurred")
    if (general_time is not None and getattr(general_time, "how", None) not in _UNTOLD
            and (own_time is None or getattr(own_time, "how", None) in _UNTOLD)):
        detail.spans.pop("occurred", None)
        detail.put("occurred", general_time)


# what each of the events told one by one takes from the sentence that counts them, when it tells none of its own
_COUNTED_GIVES = ("location", "weapon", "claimant", "claimant_text", "actor")


def _told_one_by_one(state: ArticleState) -> None:
    """"Two explosions shook Belgorod on Saturday. The first, at about 09:10, hit a car park; the second, at about
    11:35, tore through a block of flats": the strikes counted (two or more, or a plural with no count) are the ones
    the next sentences or clauses, each opening with an ordinal ("The first", "the second", "the other"), tell one by
    one. Each takes the counting sentence's place, weapon, speaker and side where it names none, and the counting
    sentence, whose strikes they are, makes no report of its own."""
    frames = state.frames
    for general in list(frames):
        if general not in frames or general.event not in _STRIKES or general.values.get("denial"):
            continue
        at = frames.index(general)
        told: list[Frame] = []
        for detail in frames[at + 1:]:
            if detail.index != general.index + len(told) + 1 or not ORDINAL_OPENING.match(detail.sentence):
                break
            told.append(detail)
        count = general.values.get("count")
        if len(told) < 2 or any(detail.event not in _STRIKES for detail in told):
            continue
        for detail in told:
            if detail.values.get("actor") is None and general.values.get("actor") is not None:
                detail.put("stance", general.values.get("stance", "reports"))  # (the side's stance comes with it)
            for key in _COUNTED_GIVES:
                if detail.values.get(key) is None and general.values.get(key) is not None:
                    detail.put(key, general.values[key])
            _take_time(general, detail)
        # (a count of one is a plural's with no number, "Russian missiles hit Dnipro"; "Three missiles" of which two
        # are told keeps the count's report, for the third)
        if count in (None, 1, len(told)):
            frames.remove(general)
            state.dropped.append((general.sentence, "the strikes the next sentences tell one by one"))


def _hit_told_next(state: ArticleState) -> None:
    """"Russian artillery shelled Velykyi Burluk … between 09:00 and 10:00. Two shells landed in the yard of the local
    lyceum": a strike on a named town with nothing struck named, then the next sentences telling only what was hit
    (no place but the town's region, no time, weapon, side or speaker of their own, no word of another event): one
    event, the town's, which takes the thing hit of the first of them (later ones may name it again or more narrowly);
    they make no report of their own."""
    frames = state.frames
    for general in list(frames):
        if general not in frames or not _takes_the_hit(general):
            continue
        following = frames[frames.index(general) + 1:]
        for number, detail in enumerate(following, start=1):
            if detail.index != general.index + number or not _only_the_hit(general, detail):
                break
            if general.values.get("target") is None:
                # (the sentence runs on to the detail's end, so that the thing hit keeps its words in the evidence)
                shift = detail.offset - general.offset
                span = detail.spans.get("target")
                general.put("target", detail.values["target"],
                            (span[0] + shift, span[1] + shift) if span else None)
                if detail.values.get("target_name"):
                    general.put("target_name", detail.values["target_name"])
            follow_ups.join(state, general, detail, detail.sentence, detail.offset + len(detail.sentence),
                            "what was hit in the strike the sentence before tells")


def _takes_the_hit(general: Frame) -> bool:
    """A strike on a town named, nothing struck named, one event (no count, aggregate or denial)."""
    place = general.values.get("location")
    return (general.event in _STRIKES and general.values.get("target") is None and isinstance(place, dict)
            and bool(place.get("name")) and general.values.get("count") in (None, 1)
            and not general.values.get("aggregate") and not general.values.get("denial"))


def _only_the_hit(general: Frame, detail: Frame) -> bool:
    """Whether ``detail`` tells only what ``general``'s strike hit (see :func:`_hit_told_next`)."""
    target, place, when = detail.values.get("target"), detail.values.get("location"), detail.values.get("occurred")
    if detail.event not in _STRIKES or not isinstance(target, str) or detail.values.get("denial"):
        return False
    if place is not None and not (_region_only(place) and place.get("admin1_code") == general.values[
            "location"].get("admin1_code")):
        return False
    if when is not None and getattr(when, "how", None) not in _UNTOLD:
        return False
    if follow_ups.cross_sentence_patterns()["another"].search(detail.sentence):
        return False
    broad = general.values.get("target")
    if isinstance(broad, str) and not (target == broad or taxonomy.within(target, broad)):
        return False
    return all(detail.values.get(key) in (None, general.values.get(key)) for key in ("weapon", "actor"))


def _general_of(general: Frame, detail: Frame) -> bool:
    """Whether ``general`` tells in general terms the strike ``detail`` tells."""
    if _reacted_to(general, detail):
        return True
    if general.event not in _STRIKES or (detail.event not in _STRIKES and not (
            # "... attempted a terrorist attack on energy infrastructure in the Bryansk region. Air defences destroyed
            # 14 drones; debris damaged a power line near Klintsy": the attack is the interception whose debris hit
            detail.event == "interception" and detail.values.get("target") is not None and (
                "debris_at" in detail.values
                or follow_ups.cross_sentence_patterns()["debris_within"].search(detail.sentence)))):
        return False
    # (a count of one tells no more events than the detail: "a drone attack on the region")
    if general.values.get("count") not in (None, 1) or general.values.get("aggregate") or general.values.get("denial"):
        return False
    region, town = general.values.get("location"), detail.values.get("location")
    broad, narrow = general.values.get("target"), detail.values.get("target")
    if not isinstance(town, dict) or not town.get("name"):
        return False
    if region is None:
        # "Naftogaz says Russia hit its gas network again. ... drones struck a gas metering station on the outskirts
        # of Lubny": no place at all, and a kind of thing the next sentence names more narrowly
        if broad is None and not _named_before_told(general, detail):
            return False
    elif not _region_only(region) or region.get("admin1_code") != town.get("admin1_code"):
        return False
    elif broad is None and admin1_name(region["admin1_code"]).split()[0] not in general.sentence:
        return False  # a sentence naming neither its region nor a kind of thing struck tells no attack in general
    if follow_ups.cross_sentence_patterns()["another"].search(detail.sentence):
        return False
    if "claimant" in general.spans and "claimant" in detail.spans and _named_anew(
            str(general.values.get("claimant_text") or ""), str(detail.values.get("claimant_text") or "")):
        return False  # each told by a speaker of its own: two reports of one event, both kept
    if broad is not None and (narrow is None or not taxonomy.within(narrow, broad)):
        return False
    actor, own_actor = general.values.get("actor"), detail.values.get("actor")
    return actor is None or own_actor is None or actor == own_actor


def _reacted_to(general: Frame, detail: Frame) -> bool:
    """"Western leaders spent Monday condemning the heaviest missile attack on Kyiv in months. Russia's defence
    ministry rejected the accusation that one of its missiles hit the Okhmatdyt children's hospital in Kyiv": a
    reaction to the strike (condemned, denounced, mourned), naming no thing struck and no other place or weapon than
    the next sentence's, which tells it."""
    if general.event not in _STRIKES or general.values.get("denial") or general.values.get("target") is not None:
        return False
    if not _REACTION.search(general.sentence, 0, general.trigger[0]):
        return False
    weapon, place, own_place = general.values.get("weapon"), general.values.get("location"), detail.values.get(
        "location")
    same_place = place is None or (isinstance(place, dict) and isinstance(own_place, dict) and (
        place.get("name") == own_place.get("name") or (_region_only(place)
                                                        and place.get("admin1_code") == own_place.get("admin1_code"))))
    return same_place and (weapon is None or weapon == detail.values.get("weapon"))


# a verb of reaction right before the event named ("condemning the heaviest missile attack", "mourned the strike")
_REACTION = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|deplor(?:e|es|ed|ing)|"
                       r"mourn(?:s|ed|ing)?|(?:react|respond)(?:s|ed|ing)?\s+to)\s+(?:the|this|that|these|those|a|an|"
                       r"its|their|his|her)\s+(?:[\w\-]+\s+){0,5}$", re.IGNORECASE)


def _named_before_told(general: Frame, detail: Frame) -> bool:
    """'"Children were inside when the drone hit," X said, after a Russian drone struck a kindergarten in Kharkiv':
    a sentence naming the weapon or the strike by a definite word, with no place, thing struck or time of its own,
    before the sentence that tells it (the speaker's words about the strike told next)."""
    weapon = general.values.get("weapon")
    when = general.values.get("occurred")
    return (general.values.get("target") is None and (weapon is None or weapon == detail.values.get("weapon"))
            and (when is None or getattr(when, "how", None) in _UNTOLD)
            and _DEFINITE.search(general.sentence) is not None)


# the weapon or the event named by a definite word ("the drone", "this strike")
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:drones?|missiles?|rockets?|shells?|bombs?|strikes?|attacks?|"
                       r"blasts?|explosions?)\b|"
                       # ("Then he read out the night's damage": what the next sentence tells)
                       r"\bthe\s+(?:night|day|evening|morning|weekend)['’]s\s+(?:damage|destruction|toll|attacks?|"
                       r"strikes?)\b", re.IGNORECASE)


def _region_only(location: Any) -> bool:
    """A place that is a region and no settlement in it."""
    return isinstance(location, dict) and not location.get("name") and bool(location.get("admin1_code"))


def _named_anew(first: str, second: str) -> bool:
    """Whether the second speaker is another body named by its own name ("DTEK" after "governor Oleh Kiper"), not the
    first named again ("the ministry" after "The Russian Defence Ministry", "the company" after "Naftogaz")."""
    second = second.strip()
    if not second or not second[0].isupper() or second.lower().startswith(("the ", "it", "he ", "she ", "they ")):
        return False
    return second.lower() not in first.lower() and first.lower() not in second.lower()
