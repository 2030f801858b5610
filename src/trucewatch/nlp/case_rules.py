"""Rule-based CASE-2021 event-type classifier (the 25 ACLED sub-event types plus the "unseen" ones).

Cues are written by hand from the ACLED codebook's definitions of each sub-event type, checked in order
(most specific first). Nothing here is learned from the evaluation file.
"""

from __future__ import annotations

import re

_RULES: list[tuple[str, str]] = [
    ("CHEM_WEAP", r"chemical|chlorine|sarin|mustard gas|nerve agent|toxic gas|poison gas"),
    ("SUIC_BOMB", r"suicide|self-detonat|blew himself|blew herself|suicide vest|kamikaze bomber"),
    ("SEX_VIOL", r"\brap(?:e|ed|es|ing)\b|sexual(?:ly)? (?:assault|violence|abuse)|molest"),
    ("NATURAL_DISASTER", r"earthquake|flood|cyclone|hurricane|typhoon|landslide|tsunami|drought|wildfire|storm "
                         r"hit|volcan|heavy rain"),
    ("MAN_MADE_DISASTER", r"fire broke out|blaze|train (?:crash|derail)|collapsed|collapse of|gas leak|"
                          r"boat capsized|capsiz|stampede|road accident|plane crash|crashed|factory fire|"
                          r"industrial accident|explosion at (?:a|the) (?:factory|plant|warehouse|mine)"),
    ("AGREEMENT", r"signed (?:an? |the )?(?:peace |ceasefire )?(?:agreement|deal|accord|treaty|memorandum)|"
                  r"agreed (?:to|on) (?:a )?(?:ceasefire|truce|peace)|peace (?:deal|agreement|accord)|"
                  r"ceasefire agreement|reached (?:an )?agreement"),
    ("DIPLO", r"\bmet with\b|talks with|summit|visited|diplomat|ambassador|foreign minister|bilateral|"
              r"held talks|condemned|statement|urged"),
    ("ARREST", r"\barrest(?:ed|s)?\b|detained|taken into custody|apprehended|nabbed|held by police"),
    ("ABDUCT_DISSAP", r"abduct|kidnap|went missing|disappear|taken hostage|hostages"),
    ("FORCE_AGAINST_PROTEST", r"(?:police|security forces|troops) (?:fired|used|dispersed|charged|lobbed|"
                              r"beat)|tear ?gas|water cannon|rubber bullets|baton"),
    ("VIOL_DEMONSTR", r"\briot|pelted|stone[- ]pelting|torched|set ablaze|vandali[sz]|clashed with police|"
                      r"violent (?:protest|demonstration)|hurled stones|threw stones|burn(?:ed|t) tyres"),
    ("PROTEST_WITH_INTER", r"(?:protest|demonstrat|rally)[^.]*(?:police|arrested|detained|stopped|blocked|"
                           r"prevented)"),
    ("PEACE_PROTEST", r"protest|demonstrat|rally|rallies|march(?:ed)? (?:to|through|in)|sit-in|strike by|"
                      r"went on strike|picket|hunger strike|marched"),
    ("MOB_VIOL", r"\bmob\b|lynch|angry crowd|villagers attacked|crowd (?:beat|attacked)"),
    ("HQ_ESTABLISHED", r"headquarters|set up (?:a )?base|established (?:a )?(?:base|camp|office)"),
    ("GOV_REGAINS_TERIT", r"(?:army|troops|government forces|military|security forces) "
                          r"(?:recaptured|retook|regained|liberated|reclaimed)|recaptur|retook|liberated"),
    ("NON_STATE_ACTOR_OVERTAKES_TER", r"(?:militants|rebels|insurgents|fighters|taliban|al-shabaab|isis|is "
                                      r"fighters|jihadists) (?:captured|seized|took (?:over|control)|overran)|"
                                      r"seized control|overran|took control"),
    ("NON_VIOL_TERRIT_TRANSFER", r"withdrew from|handed over|pulled out of|withdrawal of|transferred control"),
    ("CHANGE_TO_GROUP_ACT", r"defect|merged|joined forces|new group|formed a|splinter|renamed|pledged "
                            r"allegiance|ceasefire declared|disband"),
    ("DISR_WEAP", r"defus|shot down|intercept|seized (?:a )?(?:weapons|arms|ammunition|explosives|cache)|"
                  r"recovered (?:a )?(?:weapons|arms|ammunition|explosives)|arms cache|weapons cache|"
                  r"bomb disposal|foiled|bomb squad|neutrali[sz]ed (?:an? )?(?:ied|bomb|explosive)"),
    ("GRENADE", r"grenade"),
    ("AIR_STRIKE", r"air ?strike|airstrike|air raid|warplanes?|fighter jets?|aircraft (?:bombed|struck)|"
                   r"drone strike|helicopter gunship|bombed from the air|aerial bombardment|aviation"),
    ("REM_EXPLOS", r"\bied\b|improvised explosive|roadside bomb|landmine|land mine|car bomb|explosive device|"
                   r"bomb (?:blast|exploded|went off)|blast|explosion|exploded|detonat"),
    ("ART_MISS_ATTACK", r"shell(?:ed|ing|s)|artillery|mortar|rocket|missile|projectile"),
    ("ARMED_CLASH", r"clash|gunfight|firefight|exchange of fire|fighting|battle|ambush|killed in "
                    r"an encounter|encounter|gun battle|attacked (?:an? )?(?:army|military|police) "
                    r"(?:post|base|convoy|patrol)"),
    ("PROPERTY_DISTRUCT", r"destroy(?:ed)? (?:property|houses|shops|crops)|looted|loot|set fire to|burn(?:ed|t) "
                          r"down|demolish|vandal"),
    ("ORG_CRIME", r"cartel|gang|drug|trafficking|smuggl|mafia|extortion"),
    ("ATTACK", r"attack|killed|shot dead|gunmen|stabbed|opened fire|murder|assassinat|shot and killed"),
    ("ATTRIB", r"claimed responsibility|blamed|attributed|responsible for"),
]
_COMPILED = [(label, re.compile(pattern, re.IGNORECASE)) for label, pattern in _RULES]


def classify_snippet(text: str) -> str:
    for label, pattern in _COMPILED:
        if pattern.search(text):
            return label
    return "OTHER"
