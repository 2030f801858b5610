"""Which of the things a sentence names was hit, once the parse or the lexicon has chosen one: not what a truce or an
order named after the event covers ("..., two days after Putin ordered a halt to strikes on Ukrainian energy sites"),
the one narrower thing the sentence joined to the event names, not a part of a town where things were hit, the
facility a part of which was hit ("the administrative building of a coal mine"), and a works told by what it makes.
Used by the target component (:mod:`trucewatch.nlp.components`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from trucewatch import taxonomy
from trucewatch.nlp import event_roles

_WORKS, _ARMS_WORKS = "infrastructure.industrial", "military.defence_industry"
# the words of a truce or an order before what it covers ("ordered a halt to strikes on Ukrainian energy sites",
# "had stopped attacking energy facilities")
_TRUCE_SCOPE = re.compile(r"\b(?:halt\w*|paus\w*|moratorium|ban\w*|stop\w*|end(?:ed|ing|s)?|freez\w*|suspen\w*|"
                          r"refrain\w*)\s+(?:(?:to|on|of|from)\s+)?(?:[\w\-]+\s+){0,2}?(?:strikes?|attacks?|attacking|"
                          r"striking|hitting|shelling|targeting)\s+(?:(?:on|against|at)\s+)?(?:[\w'’\-]+\s+){0,2}$|"
                          # "Hours after Kyiv promised not to strike energy sites, drones hit an oil depot": what a
                          # promise covers
                          r"\b(?:promis\w*|pledg\w*|vow\w*|undert\w*|agree\w*)\s+not\s+to\s+(?:strike|attack|hit|"
                          r"target|shell)\s+(?:[\w'’\-]+\s+){0,2}$",
                          re.IGNORECASE)
# between a part hit and the facility it belongs to ("the administrative building of a coal mine")
_PART_OF = re.compile(r"\s+of\s+(?:an?|the|its|their|one of the)\s+(?:[\w\-]+\s+){0,2}?", re.IGNORECASE)
# between a thing hit and the military site that holds it ("destroyed fuel tanks at a Russian army fuel depot"); a
# part at a civilian site stays the part ("a transformer at a substation", "a fuel tank at the railway station")
_AT_SITE = re.compile(r"\s+at\s+(?:an?|the|its|their|one of the)\s+(?:[\w\-]+\s+){0,2}?", re.IGNORECASE)
_MILITARY = "military"
_CIVILIAN = "civilian"
# between a public place and the quarter it lies in ("a playground in a residential area", "a beach by a hospital")
_IN_SETTING = re.compile(r"\s+(?:in|of|near|outside|beside|by|next\s+to)\s+(?:an?|the|its|their)\s+"
                         r"(?:[\w\-]+\s+){0,2}?", re.IGNORECASE)
_QUARTERS, _PEOPLE = "military.base", "military.personnel"
_HELD_BY = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w\-]+\s+){0,2}?", re.IGNORECASE)
_POWER_PLANT, _THERMAL = "energy.generation", "energy.generation.thermal"
_OIL_PUMPING, _WATER = "energy.oil.pumping_station", "infrastructure.water"
# water named before a pumping station in its sentence ("without running water after the main pumping station was hit")
_WATER_BEFORE = re.compile(r"\bwater\b(?=[^.;]*$)", re.IGNORECASE)
_OIL_BEFORE = re.compile(r"\b(?:oil|gas|crude)\s+$", re.IGNORECASE)
# the plant's own fuel, named after it: "its fuel oil facilities", "the plant's coal stocks"
_THERMAL_FUEL = re.compile(r"\b(?:its|the\s+(?:plant|station)['’]s)\s+(?:fuel[\s-]oil|coal|mazut|heavy\s+oil)\b",
                           re.IGNORECASE)
# (a clock time's colon is no clause mark: "between 04:00 and 06:00 Moscow time, naming ...")
# between a general thing attacked and a narrower one in the same sentence that a participle of the attack names as
# what was struck ("had attacked energy infrastructure despite the moratorium, sending drones against an oil pumping
# station", "attacked energy facilities, striking a substation")
_CLAUSE_TEXT = r"(?:[^.;:]|(?<=\d)[:.](?=\d))*"
_PHRASE_TEXT = r"(?:[^,.;:]|(?<=\d)[:.](?=\d))*"  # ... that stops at a comma too
_ELABORATED = re.compile(_CLAUSE_TEXT + r",\s+(?:striking|hitting|targeting|attacking|shelling|damaging|"
                         r"(?:sending|launching|firing|directing)\s+(?:[\w\-]+\s+){1,3}?(?:against|at|on|towards?|into)"
                         r")\s+" + _PHRASE_TEXT, re.IGNORECASE)
# between a general thing attacked and a narrower one the sentence then names as one of them ("had hit energy
# facilities that support the defence industry, among them the Burshtyn thermal power plant", "energy sites, including
# a substation")
# (or names it among them: "fired missiles at Ukrainian power facilities, naming the Dnipro hydroelectric station
# among the sites hit")
# ("…, among them, it said, a 330 kV substation": a comma after the words)
_ONE_OF_THEM = re.compile(_CLAUSE_TEXT + r"?,?\s+(?:among them|among which|including|such as|notably|in particular|"
                          r"naming|listing|singling out),?\s+" + _CLAUSE_TEXT, re.IGNORECASE)
# between a general thing a denial names and the narrower one the account it denies names ("carried out no strikes
# on Ukrainian energy sites and called Kyiv's claim that Russian drones hit a substation ... a fabrication")
_ACCOUNT_THAT = re.compile(r"\b(?:claims?|reports?|accusations?|allegations?|assertions?|statements?)\s+that\b",
                           re.IGNORECASE)
_TOWN_PART = re.compile(r"\bindustrial\s+(?:area|zone|district|estate|park)s?\b", re.IGNORECASE)


def refined(sentence: str, chosen: event_roles.Mention, found: list[event_roles.Mention], own: int
            ) -> event_roles.Mention:
    """The thing hit among ``found`` (the lexicon's matches in ``sentence``), ``chosen`` first chosen; ``own``: the
    length of the frame's own sentence, where ``sentence`` joins later ones to it."""
    # "..., two days after Putin ordered a halt to strikes on Ukrainian energy sites": what a truce covers is not what
    # was hit
    chosen = _other_than(chosen, found, lambda each: _in_truce_scope(sentence, each))
    # "a missile hit the Burshtyn thermal power plant, during the morning's mass attack on Ukraine's grid": what the
    # wider attack the event fell in was aimed at is not what was hit
    chosen = _other_than(chosen, found, lambda each: _in_wider_attack(sentence, each))
    chosen = _narrower(sentence, chosen, found, own)
    # "pounded the industrial zone of X and set the town's power plant on fire": a part of a town is where things were
    # hit; what it holds, when named, is what was hit
    chosen = _other_than(chosen, found, lambda each: _TOWN_PART.search(sentence, each.start, each.end) is not None)
    whole = next((each for each in found if each.start > chosen.end
                  and (_PART_OF.fullmatch(sentence, chosen.end, each.start) or (
                      _AT_SITE.fullmatch(sentence, chosen.end, each.start)
                      and taxonomy.within(each.value, _MILITARY) and not taxonomy.within(chosen.value, _MILITARY)))),
                 None)
    if whole is not None:
        # "hit the administrative building of a coal mine": the facility attacked, not the part of it hit
        chosen = whole
    within = next((each for each in found if chosen.value == _CIVILIAN and each.start > chosen.end
                   and taxonomy.below(each.value, _CIVILIAN)
                   and _IN_SETTING.fullmatch(sentence, chosen.end, each.start)), None)
    if within is not None:
        # "exploded near a playground in a residential area": a public place told by the kind of quarter it lies in
        chosen = within
    held = next((each for each in found if chosen.value == _QUARTERS and each.value == _PEOPLE
                 and each.start > chosen.end and _HELD_BY.fullmatch(sentence, chosen.end, each.start)), None)
    if held is not None:
        # "destroyed a temporary deployment point of Ukrainian troops": the troops the point holds were struck ("a
        # deployment point of a brigade" names no people, and stays the base)
        chosen = held
    if chosen.value == _POWER_PLANT and _THERMAL_FUEL.search(sentence, chosen.end, own):
        # "hit the Shchekino power station, setting fire to its fuel oil facilities": a plant that burns fuel oil or
        # coal is a thermal one
        chosen = event_roles.Mention(chosen.start, chosen.end, _THERMAL, chosen.rank)
    if chosen.value == _OIL_PUMPING and _WATER_BEFORE.search(sentence, 0, chosen.start) and not _OIL_BEFORE.search(
            sentence, max(0, chosen.start - 12), chosen.start):
        # "left without running water after the town's main pumping station was damaged": the water supply's (the
        # lexicon reads water named after it so)
        chosen = event_roles.Mention(chosen.start, chosen.end, _WATER, chosen.rank)
    if chosen.value == _WORKS:
        # "hit the Progress plant, saying the factory makes modules for guided bombs": the works is told by what it
        # makes
        chosen = next((each for each in found if each.value == _ARMS_WORKS), chosen)
    return chosen


def _other_than(chosen: event_roles.Mention, found: list[event_roles.Mention],
                named_so: Callable[[event_roles.Mention], bool]) -> event_roles.Mention:
    """``chosen``, or when it is ``named_so`` (named as what a truce covers, what a wider attack was aimed at, a part of
    a town) the lexicon's choice among the others of ``found`` that are not, if any."""
    if named_so(chosen) and (others := [each for each in found if not named_so(each)]):
        return event_roles.by_lexicon(others)
    return chosen


# the wider attack an event fell in, before what it was aimed at ("during the morning's mass attack on Ukraine's grid",
# "amid a massive strike on energy facilities")
_WIDER_ATTACK = re.compile(r"\b(?:during|amid|amidst|as\s+part\s+of)\s+(?:an?\s+|the\s+)?(?:[\w'’\-]+\s+){0,3}?"
                           r"(?:attacks?|strikes?|barrages?|assaults?|bombardments?|raids?|waves?)\s+(?:on|against)\s+"
                           r"(?:[\w'’\-]+\s+){0,2}$", re.IGNORECASE)


def _in_wider_attack(sentence: str, mention: event_roles.Mention) -> bool:
    return _WIDER_ATTACK.search(sentence, max(0, mention.start - 90), mention.start) is not None


def _in_truce_scope(sentence: str, mention: event_roles.Mention) -> bool:
    return _TRUCE_SCOPE.search(sentence, max(0, mention.start - 90), mention.start) is not None


def _narrower(sentence: str, chosen: event_roles.Mention, found: list[event_roles.Mention], own: int
              ) -> event_roles.Mention:
    """"hit the city's energy infrastructure overnight. Drones struck a substation in its east": a thing named by a
    general code, and by one narrower code under it in the sentence joined to the frame's own (``own``: its own
    sentence's length) as what the strike did, is the narrower thing; several narrower codes ("... a substation and
    a power line") keep the general one, and so does a narrower word in the frame's own sentence ("an attack on an
    energy facility, though debris set a fuel tank alight"), unless a participle of the attack after a comma names it as
    what was struck ("attacked energy infrastructure, sending drones against an oil pumping station"), the sentence
    names it as one of them ("energy facilities ..., among them the Burshtyn thermal power plant") or the account
    a denial answers names it, after or before the general words ("no strikes on energy sites ..., called Kyiv's claim
    that drones hit a substation ... a fabrication")."""
    narrower = [each for each in found if taxonomy.below(each.value, chosen.value) and (
        each.start >= own or (each.start > chosen.end and (_ELABORATED.fullmatch(sentence, chosen.end, each.start)
                                                           or _ONE_OF_THEM.fullmatch(sentence, chosen.end, each.start)
                                                           or _ACCOUNT_THAT.search(sentence, chosen.end, each.start)))
        # ("rejected Kyiv's claim that drones knocked out a substation ..., saying its forces had not struck Ukraine's
        # energy system": the account told first names the thing, the denial's general words after it do not)
        or (each.end <= chosen.start and _ACCOUNT_THAT.search(sentence, max(0, each.start - 100), each.start)))]
    # ("the Burshtyn thermal power plant": "power plant" in "thermal power plant" is no second narrower thing)
    narrower = [each for each in narrower if not any(taxonomy.below(other.value, each.value) for other in narrower)]
    if len({each.value for each in narrower}) != 1:
        return chosen
    return min(narrower, key=lambda each: each.start)
