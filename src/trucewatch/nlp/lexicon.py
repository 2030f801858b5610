"""Word lists the extraction components match against, compiled once.

Written by hand for trucewatch from general knowledge of how ministries, air forces and news agencies
word strike reports; none of it is derived from evaluation data.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> str:
    return "|".join(alternatives)


# a drone named by what it lacks: "uncrewed boats", "unmanned surface vessels", "USVs", "uncrewed aerial vehicles"
UNCREWED = (r"(?:(?:uncrewed|unmanned|crewless|pilotless|remote-controlled|remotely (?:piloted|controlled))\s+"
            r"(?:aerial\s+vehicles?|aircraft|boats?|(?:surface\s+|naval\s+)?vessels?|craft)|USVs?)")


# ------------------------------------------------------------------------------------------ event triggers
# the inflected words that hand the blame for an act to the party named right after them ("blaming Ukraine", "accused
# Kyiv of"): the actor's reader (actors._blamed) and the place reader (place_roles, where the base forms join them)
BLAMING_WORDS = r"(?:blam(?:ing|ed|es)|accus(?:ing|ed|es))"
# what is "captured" by a camera, not taken by force ("a drone captured dramatic footage of the landslides")
_RECORDED = (r"(?:footage|videos?|images?|photos?|photographs?|pictures?|scenes?|moments?|attention|imagination|"
             r"hearts?|mood|essence)\b")
# what is "fought" without arms ("fighting deportation", "fighting corruption", "fighting the fires")
# "went off": an explosion only after a charge (GONE_OFF_AFTER), the trigger and its check one pattern
_GONE_OFF = r"(?:went|gone|goes|going) off"
_FOUGHT_NOT_ARMED = (r"(?:corruption|crime|deportation|extradition|poverty|disease|cancer|fires?|wildfires?|blazes?|"
                     r"flames|charges|allegations|the virus|covid\S*|pandemic|inflation|climate|discrimination|"
                     r"racism|addiction|hunger|illiteracy|fraud)\b")
# a violation is an event only of a truce: "ceasefire violations", "violated the silence regime" (never "human
# rights violations", "diplomats committed violations")
TRUCE = re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice|silence|regime|airspace|borders?|line of contact|"
                   r"contact line|agreements?|arrangements?|moratorium|minsk|accords?|de-?escalation)\b", re.IGNORECASE)
EVENT_TRIGGERS: dict[str, re.Pattern[str]] = {
    "interception": re.compile(
        r"\b(" + _words(
            r"shot down", r"shoot(?:ing)? down", r"intercept(?:ed|s|ing|ions?)?", r"downed", r"neutrali[sz]ed",
            r"destroyed by air defen[cs]es?",
            # "destroyed three Ukrainian naval drones": a weapon destroyed in flight is an interception
            # (not "destroyed a workshop assembling drones", "a depot for missiles": the weapons are what it holds)
            r"destroy(?:ed|ing) (?:(?!(?!incoming\b)\w+ing\b|for\b|with\b|(?:workshop|warehouse|depot|factory|plant|"
            r"facility|site|hangar|storage|production)s?\b)[\w\-]+ ){0,4}?(?:drones?|uavs?|missiles?|rockets?|"
            r"shaheds?|" + UNCREWED + r")",
            # ("Air defence units fought off a drone attack on the region": the attack repelled is an interception;
            # "air defence units engaged them over X": what air defence engages is in the air, no ground fighting)
            # (a title's present: "Kursk: air defence engages a target over the city", "air defence works over X")
            r"air defen[cs]es? (?:(?:units?|systems?|forces|crews)\s+)?(?:destroy(?:ed|s)|repel(?:led|s)|"
            r"repulse[ds]|fought off|fights? off|thwart(?:ed|s)|(?:were|was|is|are) active|work(?:ed|s|ing)|"
            r"engag(?:ed|es|ing))",
            r"defused", r"lost from radar", r"suppressed by electronic warfare", r"jammed",
            # security services taking weapons out of use (ACLED: disrupted weapons use)
            r"seized [\w ,\-]{0,60}?(?:explosives?|explosive devices|weapons|ammunition|grenades|IEDs)",
        ) + r")\b", re.IGNORECASE),
    "ground_assault": re.compile(
        r"\b(" + _words(
            r"clash(?:ed|es)?", r"assault(?:s|ed)?", r"offensive", r"storm(?:ed|ing)", r"repelled", r"repulsed",
            r"fighting(?! vehicles?|\s+(?:the\s+)?" + _FOUGHT_NOT_ARMED + r")", r"battles?", r"firefights?",
            r"engaged (?:in|with)", r"advanced?",
            # "Ukrainian and Russian forces fought in X": fighting at a place (not "fought off", "fought corruption")
            r"fought(?=\s+(?:in|near|around|at|on\s+the\s+outskirts\s+of|for\s+control\s+of)\b)",
            r"attempted to advance",
            # the verb "storm" after an attempt (round 50: "Russian forces tried to storm X"); "storm" alone is weather
            r"(?:tried|attempted|sought|trying|attempting|attempts?|efforts?)\s+to\s+storm",
            r"came under fire", r"fired on [\w ]*positions", r"fired? upon",
            r"were fired upon", r"positions? (?:came )?under (?:small arms )?fire",
            r"captured(?!\s+(?:[\w\-]+\s+){0,2}?" + _RECORDED + r")", r"took control", r"ambush(?:ed)?",
            # "used heavy machine guns and small arms against positions of ...": direct fire on positions
            r"(?:used|employed|fired(?: from)?) [\w\-, ]{0,140}?(?:against|on|at|upon) (?:the )?"
            r"[\w\- ]{0,40}?positions",
        ) + r")\b", re.IGNORECASE),
    "shelling": re.compile(
        r"\b(" + _words(
            r"shell(?:ed|ing|s)", r"artillery", r"mortars?", r"howitzers?", r"MLRS", r"Grad", r"Uragan", r"Smerch",
            r"rocket launchers?", r"bombard(?:ed|ment)", r"cannon", r"tank fire", r"fired (?:on|at|upon)",
            r"fired [\w\- ]{0,30}?(?:rockets|missiles|shells)",
        ) + r")\b", re.IGNORECASE),
    "strike": re.compile(
        r"\b(" + _words(
            r"strikes?", r"striking", r"struck", r"hit", r"hits", r"hitting", r"attack(?:ed|s|ing)?",
            r"air ?strikes?", r"bomb(?:ed|ing|s)",
            r"launched", r"targeted", r"targeting", r"blasts?", r"explosions?", r"exploded", r"damaged",
            # "drones ruptured an oil-gathering pipeline", "shrapnel punctured a tank": damage by its own verb
            r"ruptur(?:ed|ing)", r"punctur(?:ed|ing)",
            # "NASA FIRMS data show a cluster of thermal anomalies at the gas processing plant": a fire seen from space
            # ("FIRMS satellite fire data show a large heat signature at an oil depot", "satellites registered intense
            # heat at the refinery": the same, in other words)
            r"thermal anomal(?:y|ies)", r"heat signatures?", r"(?:intense|strong|large|significant) heat",
            r"destroyed", r"pounded", r"raid(?:s|ed)?", r"bl[eo]w(?:n)? up", r"blowing up",
            # "accused Kyiv's forces of blowing it up"
            r"bl(?:ew|own|ow|owing) (?:it|them) up",
            r"violat(?:e|es|ed|ing|ions?)",
            # "a 750 kV line was disconnected as a result of military activity": the monitors' word for fire
            r"(?:as a result of|due to|because of|caused by|owing to) (?:\w+ )?military activit(?:y|ies)",
            r"fired [\w\- ]{0,30}?munitions?", r"dropped [\w\- ]{0,40}?(?:explosives?|bombs?|grenades?|munitions?)",
            # "had sent 91 long-range drones against the residence": weapons sent at something
            # (or "accused Kyiv of sending three drones against the pumping station", "had sent a drone against the
            # plant")
            r"(?:sent|sending) [\w\- ]{0,30}?(?:drones?|uavs?|missiles?|rockets?) (?:against|at|towards?)",
            r"(?:disassembl|handl|detonat|trigger)\w* (?:an? |the )?(?:unknown )?"
            r"(?:explosive|landmine|mine|IED|UXO)\w*",
            # "an improvised explosive device had gone off under a train": only after a charge (GONE_OFF_AFTER)
            _GONE_OFF,
        ) + r")\b", re.IGNORECASE),
    # violence against people and property that is not a strike: kept as "other" events
    "violence": re.compile(
        r"\b(" + _words(r"kidnapp?(?:ed|ing)", r"abduct(?:ed|ion)", r"forcibly (?:relocated|deported|transferred)",
                        r"deport(?:ed|ation)", r"(?:illegally )?confiscat(?:ed|e|ing)", r"loot(?:ed|ing)",
                        r"detained", r"tortur(?:ed|ing)", r"executed") + r")\b",
        re.IGNORECASE),
    "protest": re.compile(
        r"\b(" + _words(r"protest(?:ed|s|ers)?", r"demonstrat(?:ed|ion|ions|ors)", r"rall(?:y|ied)",
                        r"picket(?:ed)?") + r")\b",
        re.IGNORECASE),
}

# what "went off" is an explosion of: a charge, not an alarm or a siren ("a bomb went off", "the device had gone off")
GONE_OFF_AFTER = re.compile(r"\b(?:devices?|bombs?|IEDs?|mines?|landmines?|charges?|explosives?|grenades?|shells?|"
                            r"munitions?|warheads?)\s+(?:(?:had|has|have)\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# images that "captured" the aftermath took no ground ("satellite imagery captured on Saturday shows ...")
RECORDED_BEFORE = re.compile(r"\b(?:footage|videos?|images?|imagery|photos?|photographs?|pictures?|cameras?)\s+"
                             r"(?:(?:was|were|had\s+been|has\s+been)\s+)?$", re.IGNORECASE)
GONE_OFF = re.compile(_GONE_OFF, re.IGNORECASE)

# A trigger is not an event when the clause around it denies, projects or supposes it.
# ("School No. 6", "house no. 12": the sign of a number is no negation)
NEGATION = re.compile(
    r"\b(no(?!\.?\s*\d)|not|never|none|neither|nor|without|didn't|did not|wasn't|weren't|was not|were not|hasn't|"
    r"haven't|has not|have not|no longer|refrained from|halted|stopped|ceased|absence of)\b",
    re.IGNORECASE)
FUTURE_OR_HYPOTHETICAL = re.compile(
    # "may" only in lower case and not before a day ("the May 8th attack", "On 9 May" are dates)
    r"\b(will|would|could|(?-i:may)(?!\s+\d)|might|shall|should|if|unless|plans? to|planning to|"
    r"intends? to|intend(?:ed)? to|"
    r"threaten(?:s|ed)? to|vowed to|prepar(?:es|ing) to|ready to|going to|in case|possible|potential|"
    r"warned that|could face|would be|expects?|expected)\b",
    re.IGNORECASE)
# what has not happened yet, right before the event word ("water systems are close to collapse", "on the brink of
# destruction")
ON_THE_VERGE = re.compile(r"\b(?:close\s+to|on\s+the\s+(?:verge|brink|edge)\s+of|at\s+risk\s+of|in\s+danger\s+of)"
                          r"\s+$", re.IGNORECASE)
# "ordered a halt to strikes on energy sites", "a moratorium on attacks on energy infrastructure": the strikes a truce
# or an order stops are no event
TRUCE_OBJECT = re.compile(r"(?:\b(?:halt|moratorium|ban|pause|suspension|freeze|cessation|end)\s+(?:to|on|of|in)\s+|"
                          # ("ordered its forces to halt strikes on energy facilities")
                          r"\bto\s+(?:halt|stop|cease|suspend|pause|end)\s+)"
                          r"(?:(?:all|any|further|mutual|the|its|their|long-range|air|aerial|energy|missile|drone|"
                          r"Russian|Ukrainian)\s+){0,3}$", re.IGNORECASE)
# (a ban on protests is no truce: "announcing the ban on protests in the city" tells of the protests' ban)
ACT_OF_WAR = re.compile(r"(?:strik|attack|shell|bomb|fir|hostilit|raid|hit)", re.IGNORECASE)
# what a government does or says, owned by a capital's possessive ("Moscow's goodwill gesture", "Kyiv's refusal")
POLITY_ACT_AFTER = re.compile(
    r"(?P<owner>['’]s?)?\s+(?:[a-z][\w\-]*\s+)?(?i:gestures?|positions?|decisions?|proposals?|offers?|demands?|"
    r"response|answer|moves?|stance|policy|pledges?|promises?|refusal|ultimatum|terms|conditions|envoys?|"
    r"negotiators|diplomats|officials|leadership|announcement|initiative|truce|ceasefire|moratorium)\b")
# a truce or a plan a capital owns by its name ("Moscow's Victory Day truce", "Kyiv's Easter ceasefire offer", "Moscow's
# self-declared Victory Day ceasefire")
CAPITAL_NAMED_ACT = re.compile(r"['’]s\s+(?:[a-z][\w\-]*\s+)?(?:[A-Z][\w\-]*\s+){0,2}(?i:truce|ceasefire|moratorium|"
                               r"proposal|offer|initiative|plan|pause)\b")
# a capital that stands for its government when it proclaims, orders or says something
CAPITAL = re.compile(r"Kyiv|Kiev|Moscow|Minsk")
GOVERNS_AFTER = re.compile(r"\s+(?:(?:had|has|have|then|also|later|first|been|is|was)\s+)*(?:proclaimed|announced|"
                            r"declared|ordered|agreed|proposed|offered|promised|pledged|rejected|accused|insisted|claimed|"
                            r"said|says|denied|demanded|refused|warned|threatened|insists|claims|denies|accuses|listed|"
                            r"lists|counted|counts|blamed|blames|(?:list|count|accus|blam|claim|insist|deny|deni|call|"
                            r"describ|brand|treat|present|cit|report)ing)\b")
# a capital that installs, appoints or backs someone, launches what struck or announces a truce ("officials installed
# by Moscow in Enerhodar", "a militia loyal to Moscow", "drones launched by Kyiv", "the truce announced by Moscow"):
# the words before it
GOVERNS_BEFORE = re.compile(r"\b(?:installed|appointed|backed|supported|controlled|sponsored|funded|armed|trained|"
                            r"run|loyal|launched|sent|fired|dispatched|ordered|announced|declared|proclaimed|proposed)"
                            r"\s+(?:by|to)\s+$", re.IGNORECASE)
# A round-up's heading: "In its weekly update, OCHA listed several attacks on civilian services." announces the
# attacks the next sentences tell one by one; it tells no event of its own (the words before its event word)
ROUND_UP_HEAD = re.compile(
    r"\b(?:listed|lists|recorded|records|documented|documents|logged|logs|catalogued|summari[sz]ed|summari[sz]es|"
    r"detailed|details|set\s+out|sets\s+out)\s+(?:several|a\s+number\s+of|multiple|numerous|various|a\s+series\s+of|"
    r"a\s+string\s+of|a\s+list\s+of|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z][\w\-]*\s+)?$",
    re.IGNORECASE)
# A denial: a verb of denial, "did not strike", or a claim labelled false ("called the reports fake", "the
# claims were fabricated"). A label word alone is no denial: "accused Kyiv of a provocation" alleges.
_LABEL = r"(?:false|fakes?|fabricat\w*|provocations?|staged|disinformation|lies?|propaganda|untrue|baseless)"
# the labels that say a claim is untrue by themselves ("provocation" alone may name the act: "calling it a
# provocation" of the other side's strike)
_FALSE_LABEL = (r"(?:false|fakes?|fabricat\w*|staged(?:\s+provocations?)?|disinformation|lies?|propaganda|untrue|"
                r"baseless|theat(?:re|er)|hoax|fiction|fairy tales?|absurd|groundless|unfounded|nonsense|invented|"
                r"slander|made[\s-]up|concocted|cooked[\s-]up|dreamt[\s-]up|dreamed[\s-]up)")
DENIAL = re.compile(
    # ('That was "an outright lie", X said': the account before, pointed at and labelled false, group ``that``)
    r"^\W{0,2}(?P<that>(?:That|This|It)\s+(?:was|is)\s+(?:[\w'’\-]+\s+){0,2}?[\"“'‘]?(?:[\w'’\-]+\s+){0,2}?"
    + _FALSE_LABEL + r")\b|"
    r"\b(denie[sd]|deny(?:ing)?|rejected|rejects|dismissed|dismisses|refuted|refutes|"
    # ("brushed aside Kyiv's assertion that …", "waved away the claim")
    r"brush(?:ed|es)\s+aside|waved\s+(?:away|off)|shrugged\s+off|"
    # "dismissing as 'fabrications' Ukrainian claims that ...": the -ing form with what it dismisses
    r"(?:rejecting|dismissing|refuting)\s+(?:[\w'’\"“”\-]+\s+){0,5}?(?:claims?|reports?|allegations?|accusations?|"
    r"accounts?|as)\b|"
    # (the act in other verbs: "did not fly", "did not bomb", "did not use drones against")
    r"did not (?:strike|attack|target|carry out|shell|launch|fire|hit|bomb|fly|use|send|drop)|"
    # ("had nothing to do with the blast"; an account that 'has nothing to do with reality')
    r"had nothing to do with|(?:has|have)\s+nothing\s+to\s+do\s+with\s+(?:reality|the\s+truth|the\s+facts)|"
    # (... or in the present, of what a side's forces ever do: 'Russian forces "do not hit passenger trains"')
    r"(?:do|does) not (?:strike|attack|target|shell|hit|bomb)\b|"
    # ("Ukraine was not involved in the drone strikes on the plant", "had no involvement in")
    r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:not|never)\s+involved\s+in|had\s+no\s+(?:involvement|part|role)\s+in|"
    # "Not so, countered the ministry", "That is not true, Kyiv replied"
    r"(?:not so|not true|untrue|nonsense),\s+(?:[\w'’\-]+\s+){0,6}?(?:countered|replied|retorted|responded|"
    r"insisted|said|says|answered)|"
    # "had not struck the city", "have never targeted": the act denied in the perfect
    # ("had not flown anywhere near Bryansk", "had never carried out strikes", "have not used drones against")
    r"(?:had|has|have)\s+(?:not|never)\s+(?:struck|attacked|targeted|shelled|launched|fired|hit|bombed|flown|"
    r"carried out|used|sent|dropped)|"
    # "its forces had carried out no strikes on energy facilities", "its aircraft had flown no missions over the
    # region": the owner's act denied with "no" on the act's noun
    # ("its forces were observing the truce and had carried out no strikes": another verb of the subject before;
    # "Russian forces … had carried out no such strike": the side by its adjective, answering a claim with "no such";
    # not "Russian aircraft carried out no strikes …, but artillery shelled X", a governor's account)
    r"\b(?:(?:its|their|our)\s+(?:[\w\-]+\s+)?(?:forces|troops|units|aircraft|aviation|army|military|drones)\s+"
    r"(?:(?:were|was|are|is|had|has|have)\s+(?:[\w\-]+\s+){1,5}?and\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:carried\s+out|conducted|launched|made|flew|flown)\s+no\s+(?:[\w\-]+\s+){0,2}?|"
    r"(?:ukrainian|russian)\s+(?:[\w\-]+\s+)?(?:forces|troops|units|aircraft|aviation|army|military|drones)\s+"
    r"(?:(?:were|was|are|is|had|has|have)\s+(?:[\w\-]+\s+){1,5}?and\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:carried\s+out|conducted|launched|made)\s+no\s+such\s+)"
    r"(?:strikes?|attacks?|missions?|sorties|raids?)\b|"
    # ("the General Staff replied that it had carried out no strikes on energy sites": the speaker itself, or its side
    # by name, "Peskov said Russia had carried out no strikes on Ukrainian energy")
    r"\b(?:it|they|we|ukraine|russia|kyiv|kiev|moscow)\s+(?:(?:were|was|are|is|had|has|have)\s+(?:[\w\-]+\s+){1,5}?and\s+)?"
    r"(?:had|has|have)\s+(?:carried\s+out|conducted|launched|made|flown)\s+no\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:strikes?|attacks?|missions?|sorties|raids?)\b|"
    # ("said Ukraine had launched no drones at the plant", "its forces fired no missiles at the city": the side's
    # weapons denied with "no")
    r"\b(?:it|they|we|ukraine|russia|kyiv|kiev|moscow|(?:its|their|our)\s+(?:[\w\-]+\s+)?(?:forces|troops|units|"
    r"army|military))\s+(?:(?:had|has|have)\s+)?(?:launched|fired|sent|used|dropped)\s+no\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:drones?|missiles?|rockets?|shells?|bombs?|uavs?)\b|"
    # ("Russia had struck no port in Mykolaiv", "its aircraft had struck no civilian site", "Ukrainian forces had
    # attacked no energy facility", "its forces had struck nothing in Odesa region": the thing struck denied with
    # "no", "nothing" or "nowhere"; not "struck no fewer than 40 targets")
    r"\b(?:it|they|we|ukraine|russia|kyiv|kiev|moscow|(?:its|their|our|ukrainian|russian)\s+(?:[\w\-]+\s+)?"
    r"(?:forces|troops|units|"
    r"army|military|drones|missiles|aircraft|aviation|planes|jets))\s+"
    # ("Russian forces had kept to the ceasefire and had struck no energy site": another verb of the subject before)
    r"(?:(?:were|was|are|is|had|has|have)\s+(?:[\w\-]+\s+){1,5}?and\s+)?(?:(?:had|has|have)\s+)?"
    r"(?:struck|hit|attacked|targeted|shelled|bombed|fired\s+(?:at|on|upon))\s+"
    r"(?:no\s+(?!(?:fewer|less|more|longer|later|sooner)\b)[a-z]\w*|nothing\b|nowhere\b)|"
    # "No Ukrainian drone came anywhere near the plant": a side's weapon or force said to have done nothing
    # ("none of its drones had targeted the plant": the weapon owned by the speaker)
    r"\b(?:no\s+(?:ukrainian|russian)|none\s+of\s+(?:its|their|our|the\s+(?:ukrainian|russian)))\s+"
    r"(?:drones?|missiles?|aircraft|shells?|troops|forces|units?|weapons?|rockets?)\s+(?:(?:\w+\s+)?"
    # ("no Ukrainian drones had flown against Zhukovka": the verb in the perfect too; "no Russian drone had gone
    # anywhere near the plant")
    r"(?:came|come|went|gone|flew|flown|struck|attacked|targeted|fired|shelled|hit|launched|crossed)\b|"
    # ("no Russian weapon had been aimed at the city", "no Ukrainian missiles were fired at the town")
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:aimed|fired|launched|directed|used|sent)\s+"
    r"(?:at|against|on|towards?)\b|"
    # ("none of its drones were in the area", "no Russian aircraft was anywhere near the town": where they were)
    r"(?:were|was|had\s+been|have\s+been)\s+(?:anywhere\s+|even\s+)?(?:in|near|over|around|close\s+to|"
    r"involved)\b)|"
    # ("its drones had not been anywhere near Livny", "their troops were not in the area": the owner's, negated)
    r"\b(?:its|their|our)\s+(?:[\w\-]+\s+)?(?:drones?|missiles?|aircraft|troops|forces|units?)\s+(?:were|was|had|have|"
    r"has)\s+(?:not|never)\s+(?:been\s+)?(?:anywhere\s+|even\s+)?(?:in|near|over|around|close\s+to|involved)\b|"
    # "and that no missile had hit the town": a weapon of no side said in the perfect to have hit nothing there
    r"\bno\s+(?:[\w\-]+\s+)?(?:drones?|missiles?|shells?|rockets?|bombs?)\s+(?:had|has|have)\s+(?:ever\s+)?"
    r"(?:hit|struck|landed\s+(?:in|on|near)|fallen\s+(?:in|on|near)|targeted|attacked)\b|"
    # "no such strike took place", "the attack never happened": the event itself denied (group ``event``)
    # ("no such strike had taken place", "the attack had not taken place": in the perfect, as reported speech has it)
    r"(?P<event>no such (?:[\w\-]+\s+)?(?:strikes?|attacks?|shelling|incident|thing)\s+(?:took place|happened|"
    r"occurred|was carried out|(?:had|has)\s+(?:ever\s+)?(?:taken place|happened|occurred|been carried out))|"
    r"never (?:happened|took place|occurred|taken place)|did not (?:happen|take place|occur)|"
    r"(?:had|has) not (?:taken place|happened|occurred))|"
    # "called the claim a provocation", "called it a staged provocation"; not "calling it a provocation" said of
    # the other side's attack, which accuses
    # ('called "fake" a report that ...': the label may come first, in quotes)
    # ('called it "another Russian fake"': a quoted label with words of its own before it)
    r"(?:call(?:ed|ing|s)?|brand(?:ed|ing|s)?|label+(?:ed|ing|s)?|dubb(?:ed|ing)|dubs?)\s+"
    r"(?:[\"“'‘]?[\w'’\-]+\s+){0,8}?[\"“'‘]?" + _FALSE_LABEL + r"|"
    r"call(?:ed|ing|s)?\s+(?:[\w'’\-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|statements?|"
    r"footage|video|accounts?)\s+(?:[\w'’\-]+\s+){0,6}?provocations?|"
    # ("called the Kiev regime's claims that Russian missiles struck a hospital in Sumy a staged provocation": a long
    # claim, the label after it)
    r"call(?:ed|ing|s)?\s+(?:[\w'’\-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|statements?)\s+that\s+"
    # ("called Kyiv's claim that Russian drones had struck a substation in Apostolove at about 02:10 on Saturday a
    # fabrication": a clock or a date in the claim)
    r"(?:[\w'’\-]+(?:[:./][\w'’\-]+)*[:.,]?\s+){2,24}?[\"“'‘]?(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:provocations?|" +
    _FALSE_LABEL + r")\b|"
    # ('called "a crude provocation" Kiev's claims that ...': the label first, then what it labels)
    r"call(?:ed|ing|s)?\s+[\"“'‘]?(?:[\w'’\-]+\s+){0,3}?provocations?[\"”'’]?,?\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:claims?|reports?|allegations?|accusations?|statements?|footage|video|accounts?)\b|"
    # ("russian propaganda is spreading a fake claim that the Armed Forces of Ukraine shelled ...": the claim told
    # as false by the words before it)
    r"\b" + _FALSE_LABEL + r"\s+(?:claims?|reports?|allegations?|accusations?|stories|story|news)\s+"
    r"(?:that|of|about)\b|"
    # "Moscow's claim that Ukrainian drones attacked the station on Friday is a fabrication"
    # ('reports of a missile hitting a school at 05:40 on 02.09.2026 were "a crude fabrication"': clocks and dates
    # in the claim, the label in quotes)
    # ("Statements by the russian Ministry of Defence that Ukrainian drones attacked the plant in Udomlya, Tver region,
    # at 02:50 Moscow time on October 18 are a lie": a long claim, commas in it)
    r"(?:claims?|reports?|allegations?|accusations?|statements?|stor(?:y|ies))(?:\s+[\w'’\-]+(?:[:.,][\w'’\-]+)*,?){0,28}?\s+"
    r"(?:were|was|is|are)\s+[\"“'‘]?(?:\w+\s+){0,2}?(?:" + _LABEL + "|" + _FALSE_LABEL + ")" +
    r"|as\s+(?:an?\s+)?(?:\w+\s+)?" + _LABEL + r")\b|"
    # ("described as absurd Moscow's claim that ...", "characterised as groundless the reports of ...")
    r"\b(?:described|describing|describes|characteri[sz]ed|characteri[sz]ing|branded|branding|labell?ed|labell?ing)"
    r"\s+as\s+[\"“'‘]?(?:an?\s+)?(?:\w+\s+)?" + _FALSE_LABEL + r"\b|"
    # ('"Absurd" was how the foreign ministry described Moscow's claim that ...': the label first)
    r"^\s*[\"“'‘]?(?:an?\s+)?(?:\w+\s+)?" + _FALSE_LABEL + r"[\"”'’]?,?\s+(?:was|is)\s+how\b",
    re.IGNORECASE)
# ", a claim Kyiv rejected", ", which Moscow denied": another party's denial of the statement reported, not
# the claimant's own; ``who`` is the party that denies it
_DENY_VERB = r"(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes)"
DENIED_BY_OTHERS = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:claim|allegation|accusation|account|version|statement)|which)\s+(?:that\s+)?"
    r"(?:(?:was\s+|has\s+been\s+|had\s+been\s+)?" + _DENY_VERB + r"\s+by\s+"
    r"(?P<by>(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,4}?)(?=\s*[,.;]|\s*$)|"
    r"(?P<who>(?:[\w'’]+\s+){0,2}?[\w'’]+)\s+(?:has\s+|have\s+|had\s+)?" + _DENY_VERB + r"\b)", re.IGNORECASE)
ACKNOWLEDGE = re.compile(
    r"\b(acknowledged|admitted|confirmed (?:that )?(?:its|our)|our forces|its forces|carried out a "
    r"(?:massive |high-precision |group )?strike|struck (?:enemy|ukrainian military|russian military)|"
    r"successfully (?:hit|struck|destroyed))\b",
    re.IGNORECASE)
# verbs of saying beyond "said", "claimed" and "reported": "informed residents", "disclosed", "boasted", "corrected
# his post", "noted in a Facebook post", "Not so, countered the ministry"
SAYING_MORE = (r"informed|counted|answered|replied|responded|retorted|disclosed|boasted|corrected|noted|countered|"
               r"revealed|explained|specified|clarified|asserted|"
               # ("Russia's defence ministry listed what it called Kyiv's breaches: …")
               r"listed|lists|"
               # the words state media use for a ministry's saying ("..., the Defence Ministry stressed")
               r"stressed|emphasi[sz]ed|underlined|pointed out")
# a party taking credit: what it tells is its own act ("boasted that a massive strike had crippled ...", "claimed
# responsibility for", "claiming the strike as its own", "took credit for")
# (and in other words: "took responsibility for", "assumed responsibility", "said it was responsible for the attack",
# "said its agents were behind the blast")
CREDIT = re.compile(r"\b(?:boast(?:ed|s|ing)|claim(?:ed|s|ing)? responsibility|claim(?:ed|s|ing)? credit|"
                    r"(?:t(?:ook|akes?|aking)|assum(?:ed|es|ing)|accept(?:ed|s|ing)) (?:credit|responsibility)|"
                    r"said (?:it|they|(?:its|their) (?:[\w\-]+\s+)?(?:forces|troops|units|agents|drones|operators))\s+"
                    r"(?:was|were|had been) (?:responsible for|behind)|"
                    r"claim(?:ed|s|ing)? (?:[\w'’\-]+\s+){1,10}?as (?:its|their|our) own)"
                    r"\b", re.IGNORECASE)
ALLEGE = re.compile(r"\b(accused|accuses|alleged|alleges|claimed|claims|blamed|blames)\b", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------- parties
# Claimants (which body speaks for which party) are data: trucewatch/data/claimants/default.yaml, read by
# trucewatch.nlp.sources. Acting parties, as named in event sentences (party id per pattern):
# a capital standing for its government as the doer: "Kyiv launched", "Moscow had continued to attack"
_CAPITAL_ACTS = (r"\s+(?:(?:has|had|have|again|also|then|repeatedly)\s+)*(?:(?:continued|tried|attempted|sought)"
                 r"\s+to\s+)?(?:launch|attack|strik|struck|fir(?:e|ed|ing)\b|shell|sent|send|blew|blow|hit|target|bomb|"
                 # ("Kyiv had answered Moscow's gesture with an attack on energy infrastructure")
                 r"answer|respond|retaliat)"
                 r"\w*\b(?!\s+by\b)")  # "Kyiv hit by Russian missiles" is the place hit
_LAUNCHED_BY = r"(?<=launched by )|(?<=sent by )|(?<=fired by )|(?<=dispatched by )"
ACTORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), party) for p, party in [
        (r"\b(nafs?|novorossiya|separatists?|rebel forces|dpr forces|lpr forces)\b", "DPR"),
        # (a capital that accuses, or that launched what struck: "drones launched by Kyiv")
        (r"\b(russian|russians|russia(?:'s)?|kremlin(?:'s)?|moscow's|(?:(?<=accused )|" + _LAUNCHED_BY + r")moscow|"
         r"moscow regime|"
         r"moscow(?=" + _CAPITAL_ACTS + r"))\b", "RU"),
        # the Armed Forces of Ukraine by their English, Ukrainian and Russian abbreviations ("accused the AFU of ...")
        (r"\b(ukrainian|ukraine(?:'s)?|ukrainians|kyiv's|(?:(?<=accused )|" + _LAUNCHED_BY + r")(?:kyiv|kiev)|"
         r"(?:kyiv|kiev) regime|(?-i:AFU|ZSU|VSU)|"
         r"(?:kyiv|kiev)(?=" + _CAPITAL_ACTS + r"))\b", "UA"),
    ]
]


def party_mentions(sentence: str) -> list[tuple[str, int, int]]:
    """(party, start, end) of each acting party the sentence names (:data:`ACTORS`), in order."""
    mentions = [(party, m.start(), m.end()) for pattern, party in ACTORS for m in pattern.finditer(sentence)]
    mentions.sort(key=lambda item: item[1])
    return mentions


# "its forces", "our troops", "its sea drones": the claimant's own
# (not the body a statement cites as its source: "the General Staff said, citing its air force, that ...";
# "the service's long-range drones hit ...": a body named again by what it is, after the source said it)
SELF_REFERENCE = re.compile(r"(?<!citing )(?<!quoting )(?<!according to )\b(its|our|their|the (?:service|agency|"
                            r"ministry|directorate|command)['’]s) "
                            r"(?:(?:sea|naval|long-range|attack|strike|unmanned|special) )?"
                            r"(forces|troops|army|units|military|aviation|air force|agents|"
                            r"operators|fighters|soldiers|servicemen|defenders|drones|navy)\b", re.IGNORECASE)
OPPONENT = {"RU": "UA", "UA": "RU", "DPR": "UA"}
# weapon systems only one side fires in this war: a sentence whose doer is such a weapon and names no party
# ("ATACMS missiles destroyed a launcher", "was hit by Kinzhal missiles") names its side by it. Systems both sides
# field (S-300, Grad, glide bombs, FPV drones) are not listed.
WEAPON_SIDES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), party) for p, party in [
        (r"\b(shaheds?|geran(?:-2)?s?|gerberas?|kinzhals?|kalibrs?|iskanders?|kh-\d+\w*|kabs?|oreshnik|zircons?|"
         r"tsirkons?|lancets?|onyx)\b", "RU"),
        (r"\b(atacms|storm shadows?|scalps?|himars|gmlrs|neptunes?|flamingos?|lyutyi|liutyi|palianytsias?|"
         r"peklos?|taurus)\b", "UA"),
    ]
]

# "Debris from a Ukrainian drone downed over the region": the party named with the weapon launched it
WEAPON_NAMED = re.compile(r"\s+(?:[\w\-]+\s+)?(?:drones?|uavs?|missiles?|" + UNCREWED + r")\b", re.IGNORECASE)
# ("the aggressor launched 80 drones", "the invaders shelled": the words for the enemy the enemy's victims use)
ENEMY_DOER = re.compile(r"\b(?:the|our)\s+(?:enemy|aggressor|invaders|occupiers)\b"
                        r"(?!\s+(?:positions?|targets?|equipment|troops'))|"
                        r"\benemy\s+(?:forces|troops|army|drones|aviation|artillery|missiles)\b", re.IGNORECASE)
# a colon, semicolon or dash: what follows is told in its own right
FRAME_MARK = re.compile(r"[:;—]\s")
# "a fuel supply point for Russian troops fighting in Donbas", "shells sent to units fighting near X": forces that
# are served or supplied, told by what they do, not fighting the sentence reports
FIGHTERS_SERVED = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,2}?(?:troops|forces|units|soldiers|"
                             r"fighters|servicemen|brigades?)\s+$", re.IGNORECASE)
# a subordinate clause of time or concession opening the sentence (a few words may come before its conjunction),
# ended by a comma: who speaks there does not tell the main clause ("A day after Moscow announced it would spare
# energy sites, Russian forces ..."), and a refused event word in it (future, negated) leaves the main clause's own
# ("Barely a day after Moscow announced it would stop hitting energy sites, a drone damaged ...")
OPENING_CLAUSE = re.compile(r"\s*(?:[\w\-]+\s+){0,4}?(?:after|before|since|while|whereas|although|though|when|once|"
                            r"even as|despite)\s[^,;:]{0,200}?,\s+", re.IGNORECASE)


def main_clause_after(sentence: str, after: int) -> re.Match[str] | None:
    """The opening clause (:data:`OPENING_CLAUSE`) when it ends past ``after`` (a refused event word in it)."""
    opening = OPENING_CLAUSE.match(sentence)
    return opening if opening is not None and opening.end() > after else None

# ---------------------------------------------------------------------------------------------- weapons
WEAPONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), weapon) for p, weapon in [
        (r"\bFPV\b|first[- ]person[- ]view", "fpv"),
        # (Ukraine's Unmanned Systems Forces strike with drones: "his units, the Unmanned Systems Forces, struck")
        (r"\b(shahed|shaheds|geran|gerbera|lancet|uavs?|drones?|(?:quad|multi|hexa|octo)copters?|" + UNCREWED +
         r"|loitering munitions?|"
         r"unmanned systems (?:forces|troops|units?|brigades?|regiments?|battalions?))\b", "drone"),
        (r"\b(KABs?|FABs?|guided (?:aerial )?bombs?|glide bombs?|aerial bombs?|air ?strikes?|air forces|"
         r"aviation|bombs?|bombed|bombing|helicopters?|military aircraft|(?:fighter|attack) jets?|"
         r"Su[- ]?\d{2}|Mi[- ]\d+|Ka-\d+)\b", "aerial_bomb"),
        # (the Czech RM-70 "Vampire" and Ukraine's Bureviy, Vilkha and Olkha are rocket launchers too)
        (r"\b(HIMARS|MLRS|Grad|Uragan|Smerch|Tornado|multiple rocket|multiple[- ]launch|rocket launchers?|"
         r"rocket artillery|BM-\d{2}|TOS-\d\w?|Vampire|RM-70|Bureviy|Vilkha|Olkha)\b", "mlrs"),
        (r"\b(missiles?|iskander|kinzhal|kalibr|kh-\d+|s-300|s-400|atacms|storm shadow|neptune|"
         r"ballistic|cruise|onyx|tochka)\b", "missile"),
        # "a shell hit", not "a shell company"; "tanks", not "fuel tanks"
        (r"\b(artillery|mortars?|howitzers?|shell(?:ed|ing|s)|shell(?!\s+compan)(?!-)|cannon|tank fire|"
         r"(?<!anti-)(?<!fuel )(?<!oil )(?<!storage )(?<!water )tanks?)\b", "artillery"),
        (r"\b(small arms|machine ?guns?|rifles?|sniper|grenade launchers?|automatic weapons)\b", "small_arms"),
        (r"\b(mines?|landmines?|ied|explosive devices?|grenades?|uxo|cluster (?:munitions?|bombs?)|submunitions?|"
         r"incendiar(?:y|ies)|thermite|(?:underwater )?explosives|(?:underwater|explosive) charges)\b", "other"),
    ]
]

# ----------------------------------------------------------------------------------------------- targets
def _plural(pattern: str) -> str:
    """Let a target pattern also match its plural ("airfields", "hospitals")."""
    return pattern[:-3] + r")s?\b" if pattern.endswith(r")\b") else pattern


# the works where arms are made, and the arms, in the three ways a text tells it (TARGETS, military.defence_industry)
_ARMS_WORKS = r"(?:plants?|factory|factories|works|workshops?|enterprises?|facilit(?:y|ies)|premises|hangars?)"
_ARMS_MADE = (r"(?:missiles|drones|uavs|weapons|munitions|ammunition|shells|explosives|bombs|military equipment|"
              r"armou?red vehicles|arms)")

TARGETS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_plural(p), re.IGNORECASE), code) for p, code in [
        # (the shelter over a destroyed reactor, "the New Safe Confinement", is the nuclear site's)
        (r"\b(nuclear power plant|npp|nuclear plant|nuclear power station|reactors?|(?:new )?safe confinement|"
         r"sarcophagus)\b", "energy.generation.nuclear"),
        (r"\b(combined heat and power|chp|heat(?:ing)? and power plant|thermal power (?:and heating )?plant "
         r"in the city)\b", "energy.generation.chp"),
        # (a reservoir's dam holds water, no plant: "the Karlivka reservoir dam", "the dam of the Oskil reservoir")
        (r"\b(reservoir dam|dam of the (?:[\w\-]+ ){0,2}reservoir)\b", "infrastructure.water"),
        # (and a pumped-storage plant, a hydro plant that pumps its water back up: "the Dniester pumped storage power
        # plant")
        (r"\b(hydroelectric|hydro power|hydropower|hpp|dam|pumped[- ]storage|pspp)\b", "energy.generation.hydro"),
        # ("a thermal power station", "the Novocherkassk state district power plant", "a coal-fired power station")
        (r"\b(thermal power (?:plant|station)|tpp|thermal plant|coal(?:-fired)? (?:power )?(?:plant|station)|"
         r"state district power (?:plant|station)|gres)\b", "energy.generation.thermal"),
        (r"\b(solar (?:power )?plant|solar farm)\b", "energy.generation.solar"),
        (r"\b(wind (?:power )?(?:plant|farm|park|station)|wind turbines?)\b", "energy.generation.wind"),
        (r"\b(power (?:plant|station)|(?:power|energy|electricity) generation|(?:power|generating) units?)\b",
         "energy.generation"),
        (r"\b(substations?|switchyard)\b", "energy.transmission.substation"),
        # "the 330 kV Ferosplavna-1 line": a line's voltage, its name between
        (r"\b(power lines?|transmission lines?|high-voltage lines?|overhead (?:power )?lines?|pylons?|"
         r"\d{1,3}[- ]?(?:kv|kilovolts?) (?:[\w\-]+ ){0,2}?lines?)\b",
         "energy.transmission.line"),
        (r"\b((?:auto)?transformers?)\b", "energy.transmission.transformer"),
        (r"\b((?:power |electricity )?distribution (?:grids?|networks?|systems?|lines?|companies|company|"
         r"infrastructure|facilit(?:y|ies))|power distribution)\b", "energy.transmission.distribution"),
        (r"\b(power grid|electricity grid|grid|transmission (?:facilit(?:y|ies)|infrastructure|network|assets?))\b",
         "energy.transmission"),
        (r"\b(refinery|refineries|oil refining|oil(?: products)? processing plant|oil products plant|"
         r"refining (?:plant|complex))\b", "energy.oil.refinery"),
        # (a pumping station told with water in its sentence is the water supply's: "shelling damaged a pumping
        # station supplying Horlivka, leaving thousands without running water")
        (r"\b((?<!oil )pumping station(?=[^.;]*\bwater\b))", "infrastructure.water"),
        (r"\b((?<!water )(?<!sewage )pumping station|oil pumping|pumping facility)\b",
         "energy.oil.pumping_station"),
        # a store of munitions is a military target the taxonomy has no leaf for (docs/extraction.md, "What was hit"):
        # the military node, not a fuel depot; not an arsenal of weapons a party owns ("its arsenal of missiles")
        (r"\b((?:military |army )?(?:ammunition|ammo|munitions?|weapons?|arms)(?: and (?:ammunition|ammo|munitions?|"
         r"weapons?|arms))? (?:depot|dump|store|storage(?: (?:site|facility|base))?|warehouse|stockpile)|"
         r"(?<!its )(?<!their )(?<!our )(?<!'s )(?<!’s )arsenal(?!s? of\b))\b", "military"),
        # an armed force's own store of fuel is a military target, not the energy sector's
        # (and one told by whom it serves: "a fuel depot supplying Russian units", "an oil depot used by the army", "a
        # depot storing fuel for Russian troops"; "an army fuel base")
        # (or a fleet's: "a Black Sea Fleet fuel depot")
        (r"\b((?:military|army|troops'|air base|[Ff]leet|naval) (?:fuel|supply) (?:depot|base)|"
         r"(?:(?:fuel|oil|supply) depots? "
         r"(?:supplying|serving|feeding|used by|that (?:supplied|supplies|served|serves|fuell?ed|fuels))|depots? "
         r"(?:storing|holding) (?:fuel|diesel|petrol) for)\s+(?:the\s+)?"
         r"(?:[\w\-]+\s+){0,2}?(?:troops|units|forces|army|military|frontline|front line|front|soldiers))\b",
         "military.fuel_depot"),
        # a ship struck at a terminal is a port's ("a tanker was damaged at the oil terminal"), the terminal's tanks
        # alone are oil storage
        (r"\b((?:tankers?|ships?|vessels?)\s+(?:[\w\-]+\s+){0,3}?at\s+(?:the|an?)\s+(?:[\w\-]+\s+)?terminal)\b",
         "infrastructure.port"),
        # (not "a fuel tank car", a railway wagon)
        (r"\b(oil depot|oil storage|fuel depot|tank farm|oil terminal|(?:fuel|oil) tanks?(?!\s+(?:cars?|wagons?)\b)|"
         r"fuel storage)\b",
         "energy.oil.storage"),
        # ("an oil-gathering pipeline", "an oil trunk pipeline")
        (r"\b(oil(?:[- ](?:gathering|trunk|export|transit|products?))? pipelines?)\b", "energy.oil.pipeline"),
        (r"\b(gas metering station|gas measuring station|metering station)\b", "energy.gas.metering"),
        (r"\b(compressor station)\b", "energy.gas.compressor"),
        # (a field's treatment or processing unit readies the gas it produces: "a gas treatment unit", "a gas
        # processing unit"; a gas processing plant, which takes gas from many fields, stays the kind alone)
        (r"\b(gas production|gas field|gas wells?|gas extraction|gas (?:treatment|processing|preparation) units?)\b",
         "energy.gas.production"),
        (r"\b(gas storage|underground storage)\b", "energy.gas.storage"),
        (r"\b(gas pipeline|gas distribution)\b", "energy.gas.pipeline"),
        (r"\b(gas infrastructure|gas (?:network|system|grid)s?|"
         r"gas facilit(?:y|ies)|gas processing (?:plant|facility|complex)|gas plant|"
         r"gas chemical (?:plant|complex))\b", "energy.gas"),
        (r"\b(oil infrastructure|oil facilit(?:y|ies)|oil industry)\b", "energy.oil"),
        (r"\b(energy (?:infrastructure|facilit(?:y|ies)|objects?|sites?|system|sector|equipment)|power "
         r"(?:infrastructure|facilit(?:y|ies)|sector|equipment)|"
         # a country's whole system ("Russia attacked Ukraine's power system"), not a strike on it told after a plant
         r"(?:ukraine's|russia's|ukraine’s|russia’s|the country's|the country’s|national) "
         r"(?:power|electricity) system)\b",
         "energy"),
        # the sector by its owner's name: "went after our energy", "Ukraine's energy" (not its minister or firms)
        (r"\b((?:our|their|its|the country's|ukraine's|russia's) energy)\b(?!\s+(?:minister|ministry|compan|"
         r"firms?|securit|suppl|exports?|prices?|independence|needs|bills?|market|policy|strategy|sector))",
         "energy"),
        # ("a stretch of track", "the rail yard", "a shunting yard", "a rail freight yard", "the junction's tracks")
        # (a railway bridge is a bridge: "hit a railway bridge near Liubotyn")
        (r"\b(railway(?! bridges?\b)|railroad(?! bridges?\b)|rail line|train station|locomotive|railway station|"
         r"trains?|rail(?:way)? (?:junction|"
         r"yard|depot|tracks?)|(?:marshalling|shunting|freight|goods) yard|(?:fuel |oil )?tank (?:cars?|wagons?)|"
         r"(?:stretch(?:es)?|section) of (?:rail(?:way)? )?"
         r"tracks?)\b",
         "infrastructure.rail"),
        (r"(?<!pontoon )\b(bridge)\b", "infrastructure.bridge"),  # (a pontoon bridge is an army's: military.equipment)
        # (a berth or pier is a port's, whatever it loads: "hit a grain berth in the port of Mykolaiv")
        (r"\b(port|seaport|harbou?r|grain\s+terminals?|(?:grain\s+)?(?:berths?|piers?|quays?))\b",
         "infrastructure.port"),
        (r"\b(airport)\b", "infrastructure.airport"),
        (r"\b(airfield|air base|airbase)\b", "military.airfield"),
        (r"\b(water supply|water pumping|water treatment|waterworks|water (?:filtration|purification) "
         r"(?:station|plant|facility)|filtration station|water (?:main|tower|utility))\b", "infrastructure.water"),
        (r"\b(boiler house|boiler room|heating plant|district heating|heat supply (?:facilit(?:y|ies)|networks?))\b",
         "infrastructure.heating"),
        (r"\b(telecom|mobile tower|communications tower|tv tower|television tower|tv mast|television mast|"
         r"radio mast|radio tower|broadcasting tower|mobile (?:phone )?masts?|cell(?:ular|phone)? towers?)\b",
         "infrastructure.telecom"),
        # "the Kupol plant, which builds air-defence systems for the Russian army": a works making arms
        # "enterprises in Pavlohrad that produce solid rocket fuel for the army": the verb in either number
        # ("a plant producing explosives", "a factory making drones": the participle too; "a gunpowder plant", "an
        # ammunition factory": the arms named before the works; not "a workshop assembling drones at an airfield",
        # which the airfield holds)
        # ("the factory makes navigation modules for guided bombs": the verb with no "which", parts for the arms)
        (r"\b((?:plants?|factory|factories|works|enterprises?)\b[^.;]{0,40}?\b(?:(?:(?:which|that)\s+)?"
         r"(?:builds?|make|makes|produces?|manufactures?|assembles?|repairs?|supply|supplies)|building|making|"
         r"producing|manufacturing|assembling|repairing|supplying|"
         # ("describing the factory as a maker of engines for Russian cruise missiles")
         r"(?:an?\s+)?(?:makers?|manufacturers?|producers?|suppliers?)\s+of)\s+(?:[\w\-]+\s+){0,3}?"
         r"(?:(?:for|of)\s+(?:[\w\-]+\s+){0,3}?)?"
         r"(?:air[- ]defen[cs]e systems|missiles|drones|uavs|weapons|munitions|ammunition|shells|explosives|bombs|"
         r"military equipment|armou?red vehicles|warplanes|military aircraft|aircraft (?:parts|components|engines)|"
         r"arms|rocket fuel|propellants?|gunpowder)|"
         r"(?:gunpowder|ammunition|munitions?|explosives?|missile|rocket|drone|uav|shell|arms|propellant|"
         r"rocket[- ]fuel|tank|armou?red[- ]vehicle)\s+(?:plants?|factory|factories|works|makers?|manufacturers?)|"
         # ("workshops in Sheptytskyi, Lviv region, where long-range drones were being assembled": the place where
         # arms were made, told with "where")
         + _ARMS_WORKS + r"\b[^.;]{0,50}?\bwhere\s+(?:[\w\-]+\s+){0,3}?" + _ARMS_MADE
         + r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+"
         r"(?:being\s+)?(?:assembled|made|produced|built|manufactured|repaired|modified|fitted)|"
         # ("a workshop in Kharkiv where Ukrainian forces assembled long-range attack drones": told actively)
         + _ARMS_WORKS + r"\b[^.;]{0,50}?\bwhere\s+(?:[\w\-]+\s+){1,4}?(?:assembled|assemble|assembles|made|make|"
         r"makes|produced|produce|produces|built|build|builds|manufactured|repaired|modified|fitted)\s+"
         r"(?:[\w\-]+\s+){0,3}?" + _ARMS_MADE + r"|"
         # ("a workshop assembling Ukrainian attack drones": told by a participle; not one at an airfield, which is
         # the site struck: "a workshop assembling long-range drones at a Ukrainian airfield")
         + _ARMS_WORKS + r"\s+(?:assembling|making|producing|building|manufacturing|repairing|modifying)\s+"
         r"(?:[\w\-]+\s+){0,3}?" + _ARMS_MADE
         + r"(?!\s+at\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}(?:airfield|air\s*base|airbase)s?\b)"
         r")\b", "military.defence_industry"),
        # (not "the bread factory", a bakery: civilian.commercial)
        # ("a workshop of a steel works", "the metallurgical plant")
        (r"\b(industrial (?:facility|enterprise|site|area|zone|district|estate|park)|(?<!bread )(?<!-baking )factory|"
         r"steel ?works|iron ?works|steel mills?|smelters?|metallurgical (?:works|combine|plant)|"
         r"(?<!bread )(?<!-baking )plant|coal mines?|"
         r"collier(?:y|ies)|mining (?:enterprise|company|site))\b",
         "infrastructure.industrial"),
        (r"\b(hospital|(?:poly)?clinic|medical (?:facility|centre|center)|ambulance|maternity (?:ward|home)|"
         r"health (?:centre|center|facility)|medical institution|health ?care (?:facility|institution)|"
         # a village's first-aid or paramedic post (a "FAP", feldsher-midwife station): its only health facility
         r"first[- ]aid (?:post|station|point|centre|center)|"
         r"(?:medical|paramedic|feldsher(?:-midwife)?) (?:post|station)|dispensary)\b",
         "civilian.health"),
        # ("a lyceum", "a gymnasium": Ukrainian and Russian schools by their names)
        (r"\b(school|kindergarten|university|college|lyceums?|lycées?|gymnasium|nursery|preschool|pre-school|"
         r"educational (?:institution|facility|establishment))\b",
         "civilian.education"),
        # (not the church people were on their way to: "streets full of people going to church")
        (r"(?<!going to )(?<!went to )(?<!way to )(?<!walking to )(?<!heading to )(?<!headed to )"
         r"(?<!coming from )(?<!returning from )\b(church|monastery|mosque|cathedral)\b", "civilian.religious"),
        # ("a shopping arcade", "a dozen kiosks"; a warehouse told by the goods or the trade it serves: "a furniture
        # warehouse", "a logistics warehouse", "the warehouse of a parcel delivery company", "a logistics company's
        # warehouse", not a grain warehouse)
        (r"\b(shopping (?:centre|center|mall|arcade)|supermarket|hypermarket|mall|market|shop|"
         r"(?<!grain )(?<!seed )(?<!fertili[sz]er )(?<!fuel )store|cafe|restaurant|"
         r"hotel|bakery|bakeries|pharmacy|pharmacies|petrol station|filling station|gas station|(?:car )?dealerships?|"
         r"bread(?:-baking)? (?:factory|factories|plant)|"  # a bakery on a town's scale ("the bread factory")
         r"(?:car )?showrooms?|arcades?|kiosks?|"
         r"(?:furniture|logistics|retail|wholesale|commercial|clothing|household goods|parcel|postal|delivery) "
         r"warehouses?|warehouses? of an? (?:[\w\-]+ ){0,2}?(?:company|firm|retailer|chain)|"
         r"(?:company|firm|retailer|chain)['’]s warehouses?)\b",
         "civilian.commercial"),
        (r"\b((?:administrative|administration|government|cabinet(?: of ministers)?|ministry|parliament|council)"
         r" (?:building|headquarters)|government quarter|city hall|town hall)\b", "civilian.administrative"),
        # ("a tractor working a field", "a combine harvester": farm machines at work)
        # ("the fuel store of a farming company": a farm's)
        (r"\b(farm|farming|grain|agricultural|granary|crop|tractors?|combine harvesters?)\b", "civilian.agriculture"),
        # ("a five-storey building", "a multi-storey block": a building told by its floors is a block of flats;
        # "dachas"; not "a House of Culture")
        (r"\b(residential|apartment (?:block|building)|high-rise|houses?(?! of culture)|homes?|dwellings?|"
         r"dormitor(?:y|ies)|hostels?|dachas?|[\w]+-stor(?:e)?y (?:buildings?|blocks?)|"
         r"private (?:house|home)s?|block of flats)\b", "civilian.residential"),
        # a vehicle people ride in: civilian, of no finer kind ("a municipal bus", "a civilian car", "a minibus")
        (r"\b((?:mini|trolley)?bus|buses|minibuses|trolleybuses|trams?|"
         r"(?:civilian|passenger|private) (?:cars?|vehicles?)|"
         # a place of culture, of no finer kind ("a House of Culture", "the palace of culture", "a museum")
         r"(?:house|palace) of culture|cultural centre|cultural center|museum|library|"
         # streets told full of people when the strike came ("struck central Sumy when streets were full of people")
         r"streets\s+(?:were\s+|was\s+)?(?:full|crowded|packed|busy)|(?:crowded|busy)\s+streets?|"
         # a public place where people gather ("fragments came down over a beach", "a playground")
         r"beach(?:es)?|playgrounds?|promenade)\b", "civilian"),
        # ("a temporary deployment point of a brigade", "a point of temporary deployment": where a unit is quartered)
        (r"\b(military base|barracks|command post|headquarters|training (?:grounds?|range)|firing range|"
         r"(?:temporary )?deployment (?:points?|sites?|areas?|bases?)|points? of (?:temporary )?deployment|"
         r"military training (?:centre|center|area)|military (?:training )?camp)\b", "military.base"),
        # what was hit, not what fired: tanks and howitzers are left out ("shelled from tanks")
        # (a side's vehicles, trucks or column are its army's: "destroyed Russian vehicles"; a pontoon bridge is
        # an army's crossing)
        (r"\b(military (?:vehicles?|equipment)|armou?red (?:vehicles?|personnel carriers?)|infantry fighting "
         r"vehicles?|air defen[cs]e systems?|radars?|(?:missile |rocket |s-\d00 |patriot )?launchers?|"
         r"(?:russian|ukrainian|enemy|occupiers['’]|occupation) (?:military )?(?:vehicles?|trucks|convoys?|columns?)|"
         r"pontoon (?:bridges?|crossings?)|"
         # (the armoured carriers by their type: "a Russian BMD", "a column of MT-LBs")
         r"bm[dp]s?(?:-\d)?|mt-lbs?)\b",
         "military.equipment"),
        # (and where troops sit: "a Russian dugout", "trenches", "a firing point")
        (r"\b(positions?|troops|servicemen|soldiers|commanders|officers|manpower|dugouts?|trench(?:es)?|"
         r"firing points?)\b", "military.personnel"),
        (r"\b(defen[cs]e (?:industry|plant|enterprise)|military-industrial)\b", "military.defence_industry"),
        (r"\b(warships?|vessel|frigate|landing ship|landing craft|patrol boats?|corvettes?|minesweepers?|"
         r"naval base)\b", "military.naval"),
    ]
]

# ------------------------------------------------------------------------------------------ numbers, tallies
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "a dozen": 12, "fifteen": 15, "twenty": 20,
    "several": None, "dozens": None,
}
NUMBER = r"(?P<num>\d{1,3}(?:[,\s]\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
         r"fifteen|twenty|an?|a dozen)"
# a number glued to a letter and a hyphen is a model's ("Kh-101 cruise missiles", "S-300 missiles"), no count
MUNITION_COUNT = re.compile(
    r"(?<![\w\-–])" + NUMBER + r"\s+(?:(?:attack|strike|kamikaze|decoy|combat|russian|ukrainian|shahed-type|enemy|"
    r"long-range|cruise|ballistic|guided|aerial|imitator|attack and decoy|air-launched|[A-Z][\w\-]+)\s+){0,3}"
    r"(?P<what>drones?|uavs?|shaheds?|missiles?|rockets?|bombs?|kabs?|shells?|artillery shells|projectiles?|"
    r"munitions?)\b",
    re.IGNORECASE)
TALLY = re.compile(
    r"(?<![\w\-–])" + NUMBER + r"\s+(?:(?:ceasefire|truce|[a-z]+)\s+)?(?P<what>violations?|attacks?|strikes?|times|"
    r"shellings|incidents|assaults)\b(?!\s+(?:and\s+decoy\s+)?(?:drones?|uavs?|missiles?|helicopters?|aircraft))",
    re.IGNORECASE)
KILLED = re.compile(
    r"(?:" + NUMBER + r"\s+(?:\w+\s+){0,3}?(?:were|was|have been|has been|are|is)?\s*(?:killed|dead|died|"
    r"lost their lives|KIA\b)|(?:killing|killed|kills)\s+" + NUMBER.replace("num", "num2") + r")",
    re.IGNORECASE)
INJURED = re.compile(
    r"(?:" + NUMBER + r"\s+(?:\w+\s+){0,3}?(?:were|was|have been|has been|are|is)?\s*(?:injured|wounded|hurt|WIA\b)|"
    r"(?:injuring|wounding|injured|wounded|hurt|hurting)\s+" + NUMBER.replace("num", "num2") + r")",
    re.IGNORECASE)
NO_CASUALTIES = re.compile(r"\bno (?:casualties|victims|one was (?:hurt|injured|killed)|injuries)\b", re.IGNORECASE)

HIT = re.compile(
    r"\b(hit|hits|struck|damaged|destroyed|ablaze|fire broke out|caught fire|set on fire|killed|injured|"
    r"wounded|impact|landed|fell on|explosions?|debris)\b", re.IGNORECASE)
ATTEMPTED = re.compile(r"\b(attempted|tried to|failed|unsuccessful)\b", re.IGNORECASE)
NEAR = re.compile(r"\b(near|outskirts of|vicinity of|close to|around|not far from|outside)\s*$", re.IGNORECASE)
