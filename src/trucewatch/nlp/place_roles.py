"""The role a place name plays in its sentence when it is not where the event happened: where a shot, a weapon
or a unit came from, where a news report was filed or those who report it are, where people live or go, what
the event is compared with, whose official speaks, where someone was born (:func:`name_role`). The words
before the name say which; :mod:`trucewatch.nlp.places` drops names in these roles as the event's place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from trucewatch.geo.admin1 import admin1_code
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.place_names import NAME, PART_OF, a_seat, strip_words
from trucewatch.nlp.place_readings import village_named

# A place named in another role than where the event happened (round 9): where a shot, a weapon or a unit came
# from ("launched from Belgorod", "shelling from the direction of Horlivka", "troops from Crimea"), where
# something was going ("heading to Izium", "towards Kharkiv", "evacuated to Lviv", "a minibus taking residents out
# to Pavlohrad"), what the event is compared
# with ("the same as in Bucha"). The words before the name say which.
_LAUNCH_FROM = re.compile(
    r"(?:\b(?i:launch(?:ed|ing)|fir(?:ed|ing)|shot|flew|flying|fl(?:y|ies)|took\s+off)\b(?:\s+[\w-]+){0,3}?\s+"
    r"|\b(?i:shelling|shells|shelled|struck|attacked|strikes?|attacks?|missiles?|rockets?|drones?|UAVs?|"
    # what carries a weapon comes from where it is based ("Tu-95 bombers from Engels", "warships from Sevastopol")
    r"bombers?|aircraft|(?:war)?planes?|jets?|helicopters?|(?:war)?ships?|submarines?|vessels?|"
    r"launchers?|artillery|mortars?|launch(?:es)?)\s+"
    # fire that "came from" a place (round 45: "artillery fire came from the Kursk region")
    r"|\b(?i:fire|shells?|shots?|shelling|strikes?|attacks?)\s+(?i:came|comes|coming|was\s+fired|were\s+fired)\s+)"
    # "shelled from across the Dnipro": the far bank a shot came from
    r"(?i:from)\s+(?:(?i:across|over|beyond)\s+)?"
    # "shelled from across the border in Russia's Kursk region" (round 50): the region beyond the border
    r"(?:(?:the\s+)?(?i:border|frontier)\s+(?i:in|with|of)\s+)?"
    r"(?:the\s+)?(?:(?i:direction|area|territory|side|region)\s+of\s+(?:the\s+)?)?" + PART_OF + r"$")
# where a weapon was fired from, told after its launcher or its position ("launched from the S-300 complex in
# Belgorod", "fired from positions near Horlivka"), or after the place it hit ("shelling of Vovchansk from Belgorod
# oblast", "fired on Nikopol from Enerhodar")
_LAUNCHED_FROM_SITE = re.compile(
    r"\b(?i:launch(?:ed|ing)|fir(?:ed|ing)|shot)\s+(?i:from)\s+(?:(?:the|an?|its|their)\s+)?"
    r"(?:(?![A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’])[\w-]+\s+){0,3}?"
    r"(?i:in|near|at|outside)\s+(?:the\s+)?" + PART_OF + r"$")
_HIT_THEN_FROM = re.compile(
    r"\b(?i:shelling|shells|shelled|shelling\s+of|strikes?\s+(?:on|at)|struck|attacked|attacks?\s+on|"
    r"fired\s+(?:on|at|upon)|firing\s+(?:on|at))\s+(?:the\s+)?(?:(?i:city|town|village)\s+of\s+)?"
    r"[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+)?(?:\s*,\s*[A-Z][\w'’-]+(?:\s+(?i:oblast|region))?)?"
    r"\s+(?i:from)\s+(?:the\s+)?(?:(?i:territory|direction|side)\s+of\s+(?:the\s+)?)?" + PART_OF + r"$")
# who says something, based in a place ("a Kyiv-based analyst said", "the London-based monitor"): not the event's
# place
_BASED_SOURCE = re.compile(NAME + r"-based\s+(?:[\w-]+\s+){0,2}?(?i:analysts?|experts?|think[\s-]tanks?|"
                           r"journalists?|correspondents?|reporters?|newspapers?|outlets?|publications?|media|"
                           r"monitors?|observers?|bloggers?|channels?|agency|agencies|institutes?|researchers?|"
                           r"organi[sz]ations?|groups?|NGOs?|companies|company|firms?)\b")
# where the guns that fired on another place stand ("Russian forces in Belgorod shelled Kharkiv", "artillery in
# Novopskov fired on Bilovodsk"); not where forces were hit ("forces in Kherson shelled by …") nor forces that
# attacked where they are ("troops near Izium attacked Ukrainian positions")
_GUNS_IN = re.compile(r"\b(?i:forces|troops|artillery|army|units?|batteries|guns|gunners|military|howitzers|"
                      r"launchers)\s+"
                      r"(?:(?i:stationed|based|positioned|deployed|located|dug\s+in)\s+)?"
                      # guns across a river from their target (round 50: "artillery positioned across the Dnipro
                      # shelled Kherson")
                      r"(?i:in|at|across|beyond|(?:on\s+)?the\s+(?:other|far|left|right)\s+(?:side|bank)\s+of)\s+"
                      r"(?:the\s+)?$")
_FIRED_ON_PLACE = re.compile(
    NAME + r"(?:\s+" + NAME + r")?(?:\s+(?i:oblast|region|province))?(?:\s*,\s*[\w\s]+?,)?\s+"
    r"(?i:shelled|fired\s+(?:on|at|upon)|struck|attacked|hit|"
    r"bombarded|pounded|launched\s+\w+\s+(?:on|at))\s+(?:the\s+)?(?:(?i:city|town|village|outskirts)\s+of\s+)?"
    r"(?!(?:Ukrainian|Russian|Ukraine|Russia)\b)[A-ZА-ЯІЇЄҐ]")
# where guns stand, told without their target (round 44): "shelled by Russian forces from positions near Hola
# Prystan", "fire from firing positions outside Tokmak", "Russian artillery positioned near Enerhodar supported the
# assault": a position of guns or a stationing verb after a weapon, not where the event happened
_FROM_POSITIONS = re.compile(
    r"\b(?i:from)\s+(?:(?:their|its|the|firing|artillery|Russian|Ukrainian|enemy|occupied)\s+){0,2}"
    r"(?i:(?:firing\s+)?positions?|emplacements?)\s+(?i:in|near|at|outside|around|close\s+to)\s+(?:the\s+)?"
    + PART_OF + r"$")
# ... but not where troops were thrown back from, which is where the fighting was ("assaulted and were repulsed from
# Ukrainian positions near Avdiivka"), and only after a word of fire
_DISLODGED_FROM = re.compile(r"\b(?i:repulsed|repelled|pushed\s+back|driven(?:\s+back|\s+out)?|ousted|expelled|"
                             r"dislodged|withdr[ae]w|retreated|ejected|knocked\s+out|forced\s+out|evicted)\s+$")
_FIRE_WORD = re.compile(r"\b(?i:shell(?:ed|ing|s)?|fir(?:ed|ing|e)|struck|strikes?|launch(?:ed|es)?|shot|hit|"
                        r"bombard\w*|pound\w*|artillery|mortars?|rockets?|missiles?|drones?|MLRS|Grads?)\b")
_GUNS_STATIONED = re.compile(
    r"\b(?i:artillery|batteries|battery|gunners|howitzers?|launchers?|mortars?|guns|MLRS|tanks?)\s+"
    r"(?i:stationed|based|positioned|deployed|located|dug\s+in|firing)\s+(?i:in|at|near|outside|around)\s+"
    r"(?:the\s+)?" + PART_OF + r"$")
# where weapons passed on their way, or were engaged before one got through ("a group of drones crossed the Bryansk
# region and was engaged over Karachev", "drones flying over Sumy"): the event's place only when the sentence names no
# other ("air defences shot down drones over Belgorod region" is Belgorod region)
_PASSAGE = re.compile(r"\b(?i:crossed|crossing|(?:flew|flying|flown|passed|passing)\s+(?:over|across|through)|"
                      r"(?:engaged|shot\s+down|downed|intercepted|destroyed|tracked)\s+(?:over|above))\s+"
                      r"(?:the\s+)?" + PART_OF + r"$")
_FROM_DIRECTION = re.compile(r"\b(?i:from)\s+the\s+(?i:direction|side)\s+of\s+(?:the\s+)?$")
_MOVING_FROM = re.compile(
    r"\b(?i:troops|forces|units?|soldiers|servicemen|fighters|brigades?|battalions?|regiments?|convoys?|columns?|"
    r"paratroopers|marines|mercenaries|conscripts|reservists|mobili[sz]ed|divisions?|"
    r"reinforcements|redeployed|transferred|deployed|sent|arrived|arriving|came|coming|brought)\s+"
    r"(?:\w+\s+){0,2}?(?i:from)\s+(?:the\s+)?" + PART_OF + r"$")
# where an advance set out from, told after where it went (round 46: "troops tried to advance in the direction of
# Novopavlivka (Donetsk oblast) from Puteprovid", "Russian forces attacked towards Fedorivka from Shevchenko"): the
# fighting is on the way to the goal, not at the start line
_ADVANCE_FROM = re.compile(
    r"\b(?i:advanc\w*|attack\w*|assault\w*|push\w*|offensive|mov(?:ed|ing|e))\s+(?:\w+\s+){0,3}?"
    r"(?i:towards?|in\s+the\s+direction\s+of)\s+[^.;:!?]{1,80}?\s(?i:from)\s+(?:the\s+)?" + PART_OF + r"$")
_LEAVING = re.compile(r"\b(?i:fleeing|fled|flee|leaving|left|leaves?|escaping|escaped|"
                      r"(?:evacuat\w*|retreat\w*|withdr\w*)\s+(?:\w+\s+){0,2}?from)\s+(?:the\s+)?" + PART_OF + r"$")
# smoke, fire or sound coming from a place: the place is where it burns, not where something set out from
_EMANATING_FROM = re.compile(r"\b(?i:smoke|flames?|fires?|plumes?|glow|explosions?|blasts?)\s+(?:\w+\s+){0,2}?"
                             r"(?i:coming|rising|billowing|pouring|came|rose|billowed|poured)\s+"
                             r"(?i:from)\s+(?:the\s+)?" + PART_OF + r"$")
# a place named only as a modifier, a hyphened word before a unit, a person or a thing (Round 40): where a unit is
# garrisoned ("the Odesa-based 28th brigade", "Lviv-based paratroopers" fight far from it), where someone was born ("a
# Kherson-born soldier"), where a thing was made or registered ("Odesa-made drones", "a Lviv-registered truck"),
# where it was going ("a Kyiv-bound train"). What is based there and stands there is there ("the Kherson-based TV
# tower", "the Kharkiv-based Turboatom plant"), and so are a unit's own headquarters or barracks
_GARRISONED = re.compile(
    NAME + r"-(?i:based|garrisoned|headquartered)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?i:brigades?|regiments?|battalions?|divisions?|corps|units?|squadrons?|detachments?|formations?|troops|"
    r"forces|fighters|soldiers|servicem[ae]n|paratroopers|marines|pilots|gunners|mercenaries|defenders|conscripts|"
    r"guardsmen|commandos)\b(?!['’]s?\s+(?i:headquarters|HQ|base|barracks|garrison|depot)\b|\s+(?i:headquarters|HQ|"
    r"base|barracks|garrison|depot)\b)")
# a unit named by its garrison as what was struck is struck there ("Strike on a Melitopol-based military unit")
_STRUCK_BEFORE = re.compile(r"\b(?i:strikes?|attacks?|shelling|bombing|raids?|hits?|struck|attacked|shelled|bombed|"
                            r"targeted|targeting|targets?)\s+(?:(?i:on|at|of|against)\s+)?(?:(?i:the|a|an)\s+)?$")
# a pipeline named after a place or its two ends ("the Druzhba oil pipeline", "the Odesa–Brody pipeline"): the name
# of a line hundreds of km long, not where on it the event happened
_PIPELINE_NAMED = re.compile(NAME + r"(?:\s*[–—-]\s*" + NAME + r")*\s+"
                             r"(?i:(?:oil|gas|crude|ammonia|fuel|oil\s+products?|products?|main)\s+)?(?i:pipelines?)\b")
# a region's own body that speaks ("the Sumy regional military administration said", "Belgorod governor Vyacheslav
# Gladkov wrote", "according to the Kharkiv regional prosecutor"), named after the region's city (a body that is
# struck stands in its city: "Destruction of Mykolaiv Regional State Administration"); its name stays a reading of
# the place (place_cases.yaml, "Kharkiv governor says shelling killed two"), and the city when the sentence names
# "the city" again (trucewatch.nlp.places._speakers_town)
_REGION_BODY = re.compile(
    # ("Sevastopol's Russian-installed governor", "Kursk region's acting governor")
    NAME + r"(?:['’]s)?\s+(?:(?i:russian-installed|russia-installed|moscow-installed|kremlin-installed|"
    r"russian-appointed|russia-appointed|moscow-appointed|acting|occupation)\s+)?"
    r"(?:(?i:regional|oblast|provincial)\s+(?:(?i:military|state|civil[\s-]military)\s+)?"
    r"(?i:governor|administration|council|authorities|head|police|prosecutor['’]?s?)|(?i:governor))\b"
    r"(?!['’]s\s+(?i:residence|office|building))(?!\s+(?i:building|headquarters|offices?|premises|compound))")
# ... and speaks: a verb of saying after it (with a name or an apposition between), or "according to", "said" before
_SAYING_AFTER = re.compile(r"[^.;:!?]{0,90}?\b(?i:said|says|reported|reports|wrote|writes|told|stated|announced|added|"
                           r"claimed|claims|posted|warned|confirmed|noted)\b")
_SAYING_BEFORE = re.compile(r"\b(?i:according\s+to|said|says|wrote|reported|citing|quoting)\s+(?:[\w'’.-]+\s+){0,5}$")
_BORN = re.compile(NAME + r"-(?i:born|bred)\b")
_MADE = re.compile(NAME + r"-(?i:made|built|manufactured|produced|assembled|registered|plated)\b")
_BOUND = re.compile(NAME + r"-(?i:bound)\b")
# whose home a place is: "a resident of Kyiv", "refugees from Mariupol", "a soldier from Lviv"; where captives were
# taken ("POWs from Mariupol killed in Olenivka", "defenders of Azovstal")
_HOME_OF = re.compile(r"\b(?i:residents?|natives?|citizens?|inhabitants?|evacuees|refugees|soldiers?|servicem[ae]n|"
                      r"journalists?|volunteers?|students?|families|family|sergeants?|privates?|officers?|"
                      r"lieutenants?|captains?|colonels?|commanders?|medics?|pilots?|drivers?|conscripts?|"
                      r"POWs?|PoWs?|prisoners?(?:\s+of\s+war)?|captives?|defenders?|hostages?|detainees?|deportees?|"
                      r"civilians?|(?:wo)?m[ae]n|boys?|girls?|teenagers?|child(?:ren)?)\s+(?:of|from)\s+(?:the\s+)?$")
_FROM = re.compile(r"\b(?i:from)\s+(?:the\s+)?$")
_GOING_TO = re.compile(
    r"\b(?i:towards?|heading\s+(?:to|for|towards)|headed\s+(?:to|for|towards)|en\s+route\s+to|bound\s+for|"
    r"(?:road|way|route|highway)\s+to|evacuat\w*\s+(?:\w+\s+){0,3}?to|(?:moved|moving|fled|flee|flees|fleeing|"
    r"escaped|escaping|taken|taking|transported|transporting|carrying|ferrying|bringing|"
    r"driven|deported|relocated|returned|returning)\s+(?:\w+\s+){0,2}?to)\s+(?:the\s+)?" + PART_OF
    + r"(?:(?:city|town|village)\s+of\s+)?$")
# a settlement named as a direction or an axis of the front ("on the Zaporizhzhia direction, troops shelled Orikhiv",
# "in the Pokrovsk direction near Myrnohrad"): the front's sector, not the event's place when the sentence names
# another (trucewatch.nlp.place_shape widens its precision when it is the only one)
_AXIS_NAMED = re.compile(NAME + r"(?:['’]s)?\s+(?i:axis|direction|front)\b(?![\s-]+(?i:door|line|page|yard))")
_AXIS_OF = re.compile(r"\b(?i:on|in|along)\s+the\s+(?i:direction|axis)\s+of\s+(?:the\s+)?$")
# a weapon's or a vehicle's model name right before what it is ("Tyulpan mortar", "Buk launcher", "Tornado-S
# rockets"): read as a place only by its own name, never by a spelling variant of another's
MODEL_AFTER = re.compile(r"(?:-\w+)?\s+(?i:mortars?|howitzers?|launchers?|(?:air\s+defen[cs]e\s+)?systems?|guns?|"
                         r"tanks?|rockets?|missiles?|shells?|rounds?|drones?|UAVs?|vehicles?|helicopters?|jets?|"
                         r"bombers?|aircraft|bombs?|radars?|MLRS|SAMs?)\b")
# whose official speaks: "footage posted by the mayor of Mariupol shows shelling in Volnovakha" (the event's place is
# another name of the sentence when there is one; "the mayor of Mariupol said the city was shelled" is Mariupol)
_OFFICIAL_OF = re.compile(r"\b(?i:mayor|governor|head|chief|council|administration|authorities|police|ombudsman|"
                          r"spokes(?:man|woman|person))\s+of\s+(?:the\s+)?(?:(?i:city|town|village)\s+of\s+)?$")
# where someone was born or grew up ("born in 1995 in Mykhlia, Khmelnytsky oblast, killed in the war zone"; not a flag
# or a banner raised, "Ukrainian flag raised over the school in Dudchany": where it flies)
_BORN_IN = re.compile(r"\b(?i:born|(?<!flag\s)(?<!flags\s)(?<!banner\s)(?<!banners\s)raised|grew\s+up)\s+"
                      r"(?:[\w,]+\s+){0,3}?(?i:in)\s+(?:the\s+)?(?:(?i:city|town|village)\s+of\s+)?$")
# whom a speaker blames or accuses ("the governor said, blaming Kyiv", "accused Moscow of"): a side, not a place
_ACCUSED_BEFORE = re.compile(rf"\b(?:blame|accuse|{lx.BLAMING_WORDS})\s+(?:the\s+)?$", re.IGNORECASE)
_COMPARED_WITH = re.compile(
    r"\b(?i:same\s+as|as\s+(?:it\s+)?(?:was\s+|were\s+|did\s+|had\s+)?|like|similar\s+to\s+(?:that|those|the\s+one)|"
    r"reminiscent\s+of\s+(?:that|those|what\s+happened)|after\s+what\s+happened)\s+(?i:in|at)\s+(?:the\s+)?$")


# A news agency's dateline: where the report was filed ("KYIV, March 3 (Reuters) -", "KHARKIV, Ukraine (AP) —")
_DATELINE = re.compile(
    r"[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’-]+)?\s*,\s*(?:[A-Z][a-z]+\s*,?\s*)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\((?i:Reuters|AP|AFP|Ukrinform|"
    r"TASS|RIA|Interfax|UNIAN|Kyiv Independent)\))"
    r"|[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+)?\s*\((?i:Reuters|AP|AFP|Ukrinform|TASS|RIA|Interfax|UNIAN)\)")
# a newspaper or an agency named after its city ("according to the Kyiv Independent", "Kyiv Post reports"): who
# reports, not where it happened ("the Kyiv TV tower" is in Kyiv: only words that always name a publication)
_OUTLET = re.compile(NAME + r"\s+(?:Independent|Post|Times|Journal|Herald|Gazette|Tribune|Daily|Telegraph|Insider|"
                     r"Pravda|Observer|Inform)\b")
# Where those who report it are: "officials in Moscow said", "according to sources in Kyiv"
_OFFICIALS_IN = re.compile(r"\b(?i:officials?|authorities|sources?|spokes(?:man|woman|person)|diplomats?|analysts?|"
                           r"experts?|observers|correspondents?|reporters?|journalists?)\s+in\s+(?:the\s+)?$")
# an official said to speak in a city ("Stepnohirsk shelled, reports the regional governor in Zaporizhzhia"): where
# the one who reports sits (round 45)
_REPORTER_IN = re.compile(r"\b(?i:reports?|reported|said|says|writes|wrote|announced|according\s+to)\s+"
                          r"(?:(?i:the|a)\s+)?(?:[\w-]+\s+){0,3}?(?i:governor|head|mayor|administration|official|"
                          r"spokes(?:man|woman|person)|police|prosecutor)\s+(?i:in)\s+(?:the\s+)?$")
_ACCORDING_TO = re.compile(r"\b(?i:according\s+to|cited|citing|quoted|quoting)\s+(?:\w+\s+){0,3}$")
# who is cited, named alone right after "according to" and before a comma or the end ("according to Gladkov,"),
# is a person or a body; "according to Kharkiv officials" names the officials' city, read as before
_ACCORDING_TO_NAME = re.compile(r"\b(?i:according\s+to|citing|quoting)\s+(?:(?i:governor|mayor|head|spokesman|"
                                r"spokeswoman|commander|general|minister|president|official)\s+)?"
                                r"(?:[A-Z][\w'’-]+\s+)?$")
_SOURCE_ENDS = re.compile(NAME + r"\s*(?:[,:;)]|$)")
_SPEAKS_LATER = re.compile(NAME + r"(?:\s+" + NAME + r")?\s+(?i:have\s+|has\s+|had\s+)?(?i:said|says|told|reported|"
                           r"claimed|announced|stated|denied|confirmed|insisted|warned|declared|proposed|agreed|"
                           r"offered|rejected|demanded|ordered|promised|accepted)\b")
# a record's date before a dateline
_DATE_ONLY = re.compile(r"\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*")
# who is cited, named alone right after a verb of saying ("…, says Kyiv", "… - said Moscow")
_SAYS_BEFORE = re.compile(r"\b(?i:says|said|claims|claimed|reports|reported|announced|insists|insisted)\s+$")
# where a statement was made: "told reporters in Moscow", "speaking in Brussels", "a statement from Kyiv", "the
# Defence Ministry in Moscow", "the embassy in Washington", "the UN Security Council in New York" (not Niu York)
_STATEMENT_IN = re.compile(r"\b(?:(?i:speaking|spoke|speaks|told\s+(?:reporters|journalists|the\s+press)|"
                           r"press\s+conference|briefing|statement|ministry|embassy|consulate|parliament|summit|"
                           r"conference|talks|Security\s+Council|General\s+Assembly)\s+(?:in|from)|"
                           r"(?i:statement|briefing)\s+(?:issued|made|given)\s+in|Ministry\s+of\s+\w+\s+in|"
                           # ('called the report from Tula "another fake"': whose report is answered)
                           r"(?i:the|that|this)\s+(?i:reports?|claims?|allegations?|accusations?)\s+from)"
                           r"\s+(?:the\s+)?$")
# where an onlooker stood ("smoke over the island seen from the Odesa coast", "explosions heard from Kherson"): the
# event was elsewhere, often far; "footage from Mariupol" is Mariupol
_SEEN_FROM = re.compile(r"\b(?i:seen|visible|filmed|photographed|observed|heard|watched|spotted)\s+(?:\w+\s+){0,2}?"
                        r"(?i:from)\s+(?:the\s+)?" + PART_OF + r"$")
_LIST_BEFORE = re.compile(NAME + r"(?:\s+" + NAME + r")?(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)$")


# Roles of a name that say the event happened elsewhere (:func:`name_role`): such a name is never the event's
# place, nor the text's region, nor an anchor for namesakes (trucewatch.nlp.places).
ELSEWHERE_ROLES = frozenset({"launched", "comparison", "dateline", "source", "birthplace", "vantage", "garrison",
                             "provenance", "line", "accused"})


def named_elsewhere(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` is not where the event happened, whatever else the sentence names: named in
    another role (a weapon's or a unit's origin, a comparison, a dateline, a source), or as where someone is from
    ("a sergeant from the Vinnytsia region was killed in the east"; "residents of Kharkiv region" may be where it
    happened)."""
    role = name_role(sentence, start)
    return role in ELSEWHERE_ROLES or role == "origin" or (role == "home" and from_home(sentence, start))


# a place told as where something happened ("a substation in Mtsensk", "near Lgov")
_PLACED_AT = re.compile(r"\b(?i:in|near|at|outside)\s+(?:the\s+)?(?:(?i:town|city|village)\s+of\s+)?(?P<name>" +
                        NAME + r")")


def bounds_nothing(sentence: str, start: int) -> bool:
    """Whether a region named at ``start`` bounds none of its sentence's names: named elsewhere
    (:func:`named_elsewhere`), or as where weapons passed while the sentence places the event at another name
    ("hit a substation in Mtsensk after drones crossed the Bryansk region": the region bounds no town the drone then
    hit; "drones were shot down over Moscow region" alone keeps the region)."""
    if named_elsewhere(sentence, start):
        return True
    return name_role(sentence, start) == "passage" and any(
        found.start("name") != start and name_role(sentence, found.start("name")) is None
        for found in _PLACED_AT.finditer(sentence))


# the sentence says the event was somewhere else than a named place, without naming it ("in the east", "at the
# front", "in eastern Ukraine", "in Donbas")
_TOLD_ELSEWHERE = re.compile(
    r"\b(?i:in|on|at|near)\s+(?:the\s+)?(?:(?i:east|south|north|front|front\s*line|frontline|war\s+zone|"
    r"combat\s+zone|battlefield|contact\s+line)\b|(?i:eastern|southern|northern)\s+(?i:Ukraine|front)\b|Donbas)")


def from_home(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` says where someone is from while the sentence puts the event elsewhere ("a
    soldier from Lviv was killed in the east"): not the event's place ("a soldier from Lviv killed" keeps Lviv,
    "residents of Kharkiv" are in Kharkiv)."""
    return name_role(sentence, start) == "home" and _FROM.search(sentence, max(0, start - 12), start) is not None \
        and _TOLD_ELSEWHERE.search(sentence) is not None


@lru_cache(maxsize=8192)  # asked again of the same name by several readers of a sentence
def name_role(sentence: str, start: int) -> str | None:
    """The role of the name starting at ``start`` when it is not where the event happened: "launched" (where a
    shot or a weapon came from), "dateline" (where a news report was filed), "source" (where those who report it
    are: "officials in Moscow said"), "origin" (where a unit or people
    came from), "home" (where people live or come from: "residents of", "a soldier from"),
    "destination", "comparison", "official" (whose official speaks),
    "birthplace", "axis" (a direction or an axis of the front: "the Bakhmut direction"), "vantage" (where an
    onlooker stood: "seen from Odesa"), "garrison" (where a unit is based: "the Odesa-based 28th brigade"),
    "provenance" (where a thing was made or registered: "Odesa-made drones"), "line" (the name of a pipeline:
    "the Druzhba oil pipeline", "the Odesa–Brody pipeline"), "passage" (where weapons passed or were engaged on
    their way: "crossed the Bryansk region", "engaged over Karachev"), "accused" (the side a speaker blames: "said,
    blaming Kyiv");
    None when the words around it say nothing of the kind."""
    before = sentence[max(0, start - 80):start]
    if (not before.strip() or _DATE_ONLY.fullmatch(before)) and _DATELINE.match(sentence, start):
        return "dateline"  # "KYIV, April 12 (Reuters) -", also after a record's date ("12/04/2022 MOSCOW (AP) -")
    if (modifier := _modifier_role(sentence, start)) is not None:
        return modifier  # "the Odesa-based 28th brigade", "a Kherson-born soldier", "a Kyiv-bound train"
    while (item := _LIST_BEFORE.search(before)) is not None:
        before = before[:item.start()]  # "retreating from Kutuzivka and Prelesne": a list shares its role
    if _LAUNCH_FROM.search(before) or _FROM_DIRECTION.search(before) or _LAUNCHED_FROM_SITE.search(before) or \
            _HIT_THEN_FROM.search(before) or _fired_from_positions(before) or _GUNS_STATIONED.search(before) or (
            _GUNS_IN.search(before) and _FIRED_ON_PLACE.match(sentence, start)):
        return "launched"
    if (_ACCORDING_TO_NAME.search(before) or _SAYS_BEFORE.search(before)) and _SOURCE_ENDS.match(sentence, start):
        return "source"  # "according to Gladkov, a drone attacked Belgorod": a person's name, not a village;
        # "Shelling kills two, says Kyiv"
    if _STATEMENT_IN.search(before) or _BASED_SOURCE.match(sentence, start) or _OUTLET.match(sentence, start):
        return "source"  # "Peskov told reporters in Moscow", "the Defence Ministry in Moscow reports", "according to
        # the Kyiv Independent"
    if (speaks := _SPEAKS_LATER.match(sentence, start)) is not None and a_seat(speaks.group(0).split()[0]):
        return "source"  # "Moscow said its forces destroyed a depot": a capital as the one who speaks
    if _REPORTER_IN.search(before):
        return "source"
    if (officials := _OFFICIALS_IN.search(before)) and (
            _ACCORDING_TO.search(before, 0, officials.start()) or _SPEAKS_LATER.match(sentence, start)):
        return "source"
    if _ACCUSED_BEFORE.search(before):
        return "accused"
    if _COMPARED_WITH.search(before):
        return "comparison"
    if _PASSAGE.search(before):
        return "passage"
    emanating = _EMANATING_FROM.search(before) is not None  # "smoke seen coming from X": X burns
    if _SEEN_FROM.search(before) and not emanating:
        return "vantage"
    if (_MOVING_FROM.search(before) or _LEAVING.search(before) or _ADVANCE_FROM.search(before)) and not emanating:
        return "origin"
    if _HOME_OF.search(before):
        return "home"
    if _GOING_TO.search(before):
        return "destination"
    if _OFFICIAL_OF.search(before):
        return "official"
    if _BORN_IN.search(before):
        return "birthplace"
    if _AXIS_NAMED.match(sentence, start) or _AXIS_OF.search(before):
        return "axis"
    return None


def _fired_from_positions(before: str) -> bool:
    """Whether ``before`` ends with where guns fired from ("shelled … from positions near"), not where troops were
    thrown back from ("repulsed from Ukrainian positions near")."""
    found = _FROM_POSITIONS.search(before)
    return found is not None and _DISLODGED_FROM.search(before, 0, found.start()) is None and _FIRE_WORD.search(
        before, 0, found.start()) is not None


def speaking_region_body(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` is a region's own body that speaks (:data:`_REGION_BODY`; "Kharkiv regional
    governor X said"): the region the speaker is of, not the place of the event."""
    body = _REGION_BODY.match(sentence, start)
    return body is not None and (_SAYING_AFTER.match(sentence, body.end()) is not None
                                 or _SAYING_BEFORE.search(sentence, max(0, start - 60), start) is not None)


def region_body_in(sentence: str) -> str | None:
    """The name of the region whose own body speaks in the sentence ("the head of the Kherson regional military
    administration reported", "Voronezh governor X said", "X, the Russian-installed head of occupied Donetsk region,
    said"), or None."""
    for found in re.finditer(NAME, sentence):
        if speaking_region_body(sentence, found.start()):
            return found.group(0)
    head = _HEAD_OF_REGION.search(sentence)
    if head is not None and _SAYING_AFTER.match(sentence, head.end()):
        return head.group("name")
    return None


# "the Russian-installed head of occupied Donetsk region": a region's head named by the region
_HEAD_OF_REGION = re.compile(r"\b(?i:head|governor|leader)\s+of\s+(?:the\s+)?(?:(?i:occupied|russian-held|"
                             r"russian-occupied|ukrainian-held|ukrainian-controlled)\s+)?(?:the\s+)?(?P<name>" + NAME
                             + r")\s+(?i:region|oblast)\b")


# a works named after one town and placed in another ("the Sloviansk thermal power plant in Mykolaivka", "the
# Zmiiv power station in Komsomolske"): the name is the works', the place after "in" is where it stands
_WORKS_NAMED_IN = re.compile(NAME + r"\s+(?i:(?:thermal|hydro(?:electric)?|nuclear|coal[\s-]fired|gas[\s-]fired)\s+)?"
                             r"(?i:power\s+(?:plant|station)|(?:oil\s+)?refinery|CHP|TPP|TES|HPP|NPP)\s+"
                             r"(?i:in|at)\s+(?:(?i:the\s+)?(?i:town|village|city|settlement)\s+of\s+)?"
                             r"(?!(?:Russia|Ukraine|Belarus|Crimea)\b)(?P<place>[A-Z][\w\-]+)(?![\w'’\-])"
                             r"(?!\s+(?i:region|oblast|krai|province|republic|district|raion|area)\b)")


def _modifier_role(sentence: str, start: int) -> str | None:
    """The role of a name at ``start`` named only as a modifier: "garrison" ("the Odesa-based 28th brigade"), "line"
    (a pipeline's name: "the Druzhba oil pipeline"; a works named after a town and placed in another: "the Sloviansk
    thermal power plant in Mykolaivka"), "birthplace" ("a Kherson-born soldier"), "provenance" ("a
    Lviv-registered truck", "Odesa-made drones"), "destination" ("a Kyiv-bound train"); None for any other name
    ("the Kherson-based TV tower"), and for a unit named by its garrison as what was struck ("Strike on a
    Melitopol-based military unit")."""
    if _GARRISONED.match(sentence, start):
        return None if _STRUCK_BEFORE.search(sentence, max(0, start - 40), start) else "garrison"
    if _PIPELINE_NAMED.match(sentence, start):
        return "line"  # (each end of "the Odesa–Brody pipeline" is followed by the rest of the line's name)
    if (works := _WORKS_NAMED_IN.match(sentence, start)) and not admin1_code(works.group("place")) and (
            village_named(works.group("place"), first_word=False)):
        # a works' name, its place told after it: like a pipeline's, the name of a thing (not "the Syzran refinery in
        # Samara region", whose town is its name; nor "… plant in April": a settlement's name follows)
        return "line"
    if _BORN.match(sentence, start):
        return "birthplace"
    if _MADE.match(sentence, start):
        return "provenance"
    if _BOUND.match(sentence, start):
        return "destination"
    return None


def in_speakers_words(span: tuple[int, int], said: list[int] | None, party: object,
                      named: Sequence[tuple[str, tuple[int, int], str | None, bool]]) -> bool:
    """Whether a name at ``span`` lies inside the words naming a speaker the source lexicon knows (``said``, its
    party ``party``) while the sentence names another place outside them (of ``named``, as ``names_in`` gives them):
    "Denis Pushilin, Moscow's appointee in Donetsk, said a boiler house in Kirovskoye was hit" happened in Kirovskoye;
    Donetsk is where the speaker sits. (With no other place named, the speaker's town may still be the event's.)"""
    if not said or party not in ("UA", "RU") or not (said[0] <= span[0] and span[1] <= said[1]):
        return False
    return any(not (said[0] <= start and end <= said[1]) for name, (start, end), _, _ in named
               if strip_words(name)[0])
