"""Names that the place patterns read but that name something other than a place: a side ("Kiev's shelling of X",
"Moscow's goodwill gesture", the "ceasefire" Moscow had proclaimed), a military unit, a ship, a news agency, a
government seat speaking. Read by :mod:`trucewatch.nlp.place_names` (``names_another_thing``)."""

from __future__ import annotations

import re

from trucewatch.geo.gazetteer import geocode_candidates
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.place_readings import CITY_POPULATION

# A name right before a noun of armed forces or power names a side, not a place ("killed in Kiev forces'
# shelling", "shelling from Kiev troops", "Kiev's shelling of east Ukraine"), unless a facility's word follows
# ("Kharkiv military administration", "Lviv military hospital" are places).
_SIDE_AFTER = re.compile(
    r"(?P<owner>['’]s?)?\s+(?:(?P<side>(?i:forces|troops|army|military|regime|authorities|government|militias?|"
    r"militiamen|soldiers|servicemen|fighters|side|command|junta|aggression|rebels|separatists|insurgents|militants|"
    r"gunmen|partisans))\b(?![\s-]+(?i:administrations?|"
    r"hospitals?|academy|bases?|units?|enlistment|commissariat|cemetery|airfield|airport|lyceum|school|institute|"
    r"university|college|registration|prosecutor)\b)"
    r"|(?i:shelling|strikes?|attacks?|bombardments?|offensive|assaults?)\s+(?i:of|on)\s)")

# a people's adjective after a preposition ("on Russian positions", "at Ukrainian checkpoints"): no place
DEMONYM = re.compile(r"(?:Russian|Ukrainian|Belarusian|Chechen|Soviet|Wagner)s?")


# A name before the noun of a military unit names the unit, which is named after its base, its home or a
# battle, not where it is ("paratroopers of the Pskov division in Hostomel", "the Kantemirovskaya division",
# "Aidar battalion", "the Dnipro-1 regiment"); a town's garrison or territorial defence is in the town and is not
# matched.
_UNIT_AFTER = re.compile(
    r"(?:['’]s|-\d{1,2})?\s+(?:(?i:guards?|motor(?:i[sz]ed)?[- ]rifle|tank|airborne|air[- ]assault|assault|separate|"
    r"mechani[sz]ed|marine|naval|infantry|artillery|rocket|missile|special[- ](?:purpose|forces)|volunteer|"
    r"combined[- ]arms|rifle)\s+){0,3}(?i:divisions?|brigades?|regiments?|battalions?|fleet|flotilla|corps|"
    r"paratroopers|marines|detachments?|squadrons?)\b")


_UNIT_BEFORE = re.compile(r"\b(?i:regiment|battalion|brigade|division|detachment)\s+$")


# A ship is named after a city or a person, not where it is ("the Novocherkassk landing ship in Feodosia", "the
# landing ship Saratov", "cruiser Moskva"): a name right before the noun of a kind of ship, or right after it (in
# quotes or not), names the ship. The port it lies in is named with a preposition ("… in Berdyansk port").
_VESSEL_KIND = (r"(?:(?:large|small|big|medium)\s+)?(?:landing|patrol|missile|rocket|support|logistics|reconnaissance|"
                r"intelligence|rescue|hospital|command|guard|border|naval)\s+(?:ship|boat|craft)|cruiser|frigate|"
                r"corvette|submarine|minesweeper|destroyer")
_VESSEL_AFTER = re.compile(r"['’\"”]?\s+(?i:" + _VESSEL_KIND + r")\b")
_VESSEL_BEFORE = re.compile(r"\b(?i:" + _VESSEL_KIND + r"|ship|vessel|tanker|tug(?:boat)?|warship)\s+['‘’\"“]?$")


# a dateline's date, then the agency's acronym in brackets ("Khartoum, Jun 15 (UNI)", "Kyiv, March 3, 2022 (PTI)")
_DATE_THEN_BRACKET = re.compile(r"\b\d{1,4},?\s*\($")


def names_an_agency(name: str, sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is an acronym alone in brackets after a dateline's date: a news agency's
    ("Khartoum, Jun 15 (UNI)": no village Uni of Kirov oblast)."""
    return (name.isupper() and len(name) <= 6 and sentence[span[1]:span[1] + 1] == ")"
            and _DATE_THEN_BRACKET.search(sentence, max(0, span[0] - 12), span[0]) is not None)


def names_a_vessel(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is a ship's: right before the noun of a kind of ship ("the Novocherkassk landing
    ship", "the Moskva cruiser"; a bare "ship" or "vessel", or a plural, says too little: "a Sevastopol vessel" may be
    where it is), or right after it ("the landing ship 'Orsk'", "submarine Rostov-on-Don", "the tanker Volgoneft")."""
    return _VESSEL_AFTER.match(sentence, span[1]) is not None or _VESSEL_BEFORE.search(sentence, 0, span[0]) is not None


def names_a_unit(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is a military unit's (before the noun of a unit, or right after it:
    "the Ukrainian regiment Azov")."""
    return _UNIT_AFTER.match(sentence, span[1]) is not None or _UNIT_BEFORE.search(sentence, 0, span[0]) is not None


# The seats of the parties' governments (the units of Kyiv, Moscow and Minsk): a capital stands for its government
# as the one who speaks at a headline's end ("Four people killed in east Ukraine fighting: Kiev"), as the owner of
# an attack ("killed in Kiev's attack") and as the one blamed or at odds ("Kiev points at Moscow", "tensions with
# Moscow")
_GOVERNMENT_SEATS = frozenset({"UA-30", "RU-MOW", "BY-HM"})
_SAYS_AT_END = re.compile(r"(?:\s*[:|]\s*|\s+[-–—]\s*)$")
_CLAUSE_BEFORE = re.compile(r"\b(?i:killed|wounded|injured|dead|deadly|died|dies|casualties|clash|clashes|"
                            r"says|said|reports?|reported|claims?|claimed|accuses|accused)\b")
# the headline places the event elsewhere than the capital closing it ("killed in east Ukraine fighting: Kiev", "at
# Ukraine airport after deadly clash: Kiev");
# "Three killed in missile strike: Kyiv" may be in Kyiv
_ELSEWHERE_BEFORE = re.compile(r"\b(?i:east|eastern|south|southern|north|northern|west|western|donbas+|front|"
                               r"front-?line|separatist|war-torn|war\s+zone|fighting|region|oblast)\b"
                               # a site or place told by its country, which the capital would be told by its name:
                               # "Ceasefire at Ukraine airport after deadly clash: Kiev"
                               r"|\b(?i:at|near|outside|around)\s+(?:the\s+)?(?i:Ukraine|Ukrainian)(?:['’]s)?\b")
_OWNS_AN_ACT = re.compile(r"['’]s\s+(?:\w+\s+)?(?i:attacks?|shelling|strikes?|offensive|aggression|bombardments?|"
                          r"assaults?|provocations?|forces|troops|army)\b")
_AT_ODDS_BEFORE = re.compile(r"\b(?i:points?|pointing|pointed|blames?|blamed|blaming|accuses?|accused|tensions?|"
                             r"talks?|relations?|disputes?|standoff|pressure|sanctions?|war|ties)\s+(?:\w+\s+)?"
                             r"(?i:at|with|on|against|between)\s+$")

# "Moscow-installed officials", "Kremlin-appointed head": the capital joined to a participle of installing
_INSTALLED_AFTER = re.compile(r"[\-‑–]\s*(?i:installed|appointed|backed|controlled|run|loyal)\b")


def a_seat(name: str) -> bool:
    found = geocode_candidates(name.removesuffix("'s").removesuffix("’s"), limit=1)
    return bool(found) and found[0].admin1_code in _GOVERNMENT_SEATS and found[0].population >= CITY_POPULATION


def names_a_government(name: str, sentence: str, span: tuple[int, int]) -> bool:
    """Whether the capital named at ``span`` stands for its government, not for the city."""
    before = sentence[:span[0]]
    speaks_at_end = (not sentence[span[1]:].strip(" .!") and _SAYS_AT_END.search(before) is not None
                     and _CLAUSE_BEFORE.search(before) is not None and _ELSEWHERE_BEFORE.search(before) is not None)
    owns = _OWNS_AN_ACT.match(sentence, span[1] - (2 if name.endswith(("'s", "’s")) else 0)) is not None
    return (speaks_at_end or owns or _AT_ODDS_BEFORE.search(before) is not None) and a_seat(name)


def names_a_side(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is a side's: before a noun of armed forces or power, or a possessive
    before an act done to something else ("Kiev's shelling of X"; "the shelling of X" alone says nothing)."""
    after = _SIDE_AFTER.match(sentence, span[1])
    if after is None:
        # "Kyiv had answered Moscow's goodwill gesture with an attack": a capital owning a government's act or word
        polity = lx.POLITY_ACT_AFTER.match(sentence, span[1])
        if polity is not None and (bool(polity.group("owner")) or sentence[:span[1]].endswith(("'s", "’s"))):
            return True
        capital = lx.CAPITAL.fullmatch(sentence[span[0]:span[1]].rstrip("'’s")) is not None
        head = lx.CAPITAL.match(sentence, span[0])
        if head is not None and lx.CAPITAL_NAMED_ACT.match(sentence, head.end()):
            return True  # "the third day of Moscow's Victory Day truce" (read with the words after it, or alone)
        # 'the three-day "ceasefire" Moscow had proclaimed': a capital that proclaims, orders or says is its government,
        # as one that installs or backs ("officials installed by Moscow")
        return capital and (lx.GOVERNS_AFTER.match(sentence, span[1]) is not None or lx.GOVERNS_BEFORE.search(
            sentence, max(0, span[0] - 40), span[0]) is not None
            or _INSTALLED_AFTER.match(sentence, span[1]) is not None)
    return bool(after.group("side") or after.group("owner") or sentence[:span[1]].endswith(("'s", "’s")))
