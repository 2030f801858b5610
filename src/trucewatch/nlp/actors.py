"""The acting party of each event and the claimant's stance towards it (``trucewatch.actor.v2``).

The party the sentence says acted comes from its surface where that is plain (a party named before the event word)
and from the parse's roles where it is not (passive voice, an interception, several parties, no party before the
event word): subject, passive agent, the object of "accuse". For an interception the actor is the side of the
intercepted weapon and the interceptor is kept. The stance follows from claimant and actor: a party telling the
other side's act alleges it, its own act it acknowledges, a denial denies, anyone else reports.
"""

from __future__ import annotations

import re

from trucewatch.nlp import event_roles, syntax_roles
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp import sides_by_place as _sides
from trucewatch.nlp.parses import doc_of as _doc
from trucewatch.nlp.pipeline import ArticleState, Frame, component
from trucewatch.nlp.sources import active_lexicon
from trucewatch.nlp.syntax_words import WEAPON_WORDS

# "the ministry said it had struck ...", "the commander said his units had hit ...": the doer may be the claimant,
# which the parse can tell
_PRONOUN_DOER = re.compile(r"\b(?:they|it|we|(?:his|her|its|their|our)\s+(?:[\w\-]+\s+)?(?:forces|troops|units|"
                           r"soldiers|fighters|operators|crews|drones|army|navy|military))\s+"
                           r"(?:had\s+|have\s+|has\s+)?(?:\w+ed|struck|hit|shot|blew)\b", re.IGNORECASE)
# "Its forces had not attacked ...", "His drone operators had hit ...", "None of its drones had flown at ...": forces or
# weapons a pronoun owns
_FORCES = (r"forces|troops|units|soldiers|fighters|operators|crews|pilots|army|navy|military|artillery|gunners|"
           r"air defen[cs]es?")
# (a plant's own units are no forces: "a fire broke out at one of its processing units")
_OWN_DOER = re.compile(rf"\b(?:his|her|its|their|our)\s+(?:own\s+)?(?:[\w\-]+\s+){{0,2}}?(?<!processing )"
                       rf"(?<!production )(?<!generating )(?<!refining )(?<!power )(?<!distillation )"
                       rf"(?:{_FORCES}|drones|missiles|aircraft|jets)\b", re.IGNORECASE)
# the event word owned by a pronoun, after the speaker ("..., its third attack on the crossing")
_OWN_EVENT = re.compile(r",\s+(?:its|their|our)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
# a word of forces or weapons, one or many
_DOER_WORD = re.compile(rf"\b(?:{_FORCES}|drones?|missiles?|aircraft|jets?)\b", re.IGNORECASE)
# "calling Russian accusations a provocation", "Russia's claim that ...": a party whose words are told is their
# speaker, not the doer of the act they tell
# ("when asked about Ukrainian accounts of a Russian missile hitting ...")
_ACCUSER = re.compile(r"(?:['’]s)?\s+(?:accusations?|claims?|allegations?|propaganda|officials|media|version|"
                      r"state media|statements?|reports?|stor(?:y|ies)|accounts?)\b", re.IGNORECASE)
# "Yevgeny Balitsky, the Russian-appointed governor", "the Moscow-installed head of the region": a party that
# appointed an official describes the official, not who acted
_APPOINTED = re.compile(r"-(?:appointed|installed)\b", re.IGNORECASE)
# '"…, they sent a drone at the substation that feeds our hospital," said the governor': "they" doing the act in a
# side's own quoted words is the other side (the speaker's side would say "we")
_QUOTED_THEY = re.compile(r"\bthey\s+(?:(?:have|had|also|again|just)\s+)*(?:\w+ed|sent|struck|hit|shot|blew|threw|"
                          r"dropped|fired|launched|shelled|bombed)\b", re.IGNORECASE)
# "in Kharkiv, Ukraine", "across Russia": the country named as a place, not as a party
# ("launched 80 drones at Ukraine", "against Russia": the country struck is no party either)
_COUNTRY_AS_PLACE = re.compile(r"(?:,|\b(?:in|across|of|to|from|into|over|inside|at|against|on|towards?))\s+"
                               r"(?:ukraine|russia)$", re.IGNORECASE)


# "a drone from Ukraine", "missiles fired from Russia", "shelling from the territory of Russia": where a weapon or an
# attack came from is the side that sent it, not where the event happened
_SENT_FROM = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?|shells?|shelling|fire|strikes?|attacks?|projectiles?|"
                        r"munitions?|bombs?)\s+(?:(?:\w+ly\s+)?(?:launched|fired|sent|flying|coming|flown)\s+)?"
                        r"from\s+(?:(?:the\s+)?(?:territory|direction|side)\s+of\s+)?$", re.IGNORECASE)


# "a kindergarten in Kyiv's Darnytskyi district", "Moscow's outskirts", "in Russia's far north", "in Russia's Krasnodar
# region": a possessive on a part of a city or a country names where, not who acted
_PART_OF_CITY = re.compile(r"(?:(?<=['’]s)|['’]s)\s+(?:(?:[A-Z][\w'’\-]+|(?:north|south|east|west)ern|central|historic|"
                           r"old|industrial|residential)\s+){0,2}(?:district|raion|neighbou?rhood|"
                           r"outskirts|suburbs?|cent(?:re|er)|downtown|streets?|quarter|microdistrict|outskirt|borough|"
                           r"regions?|oblasts?|provinces?|krai|republic|"
                           r"(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?)\b", re.IGNORECASE)


# "shelled from across the border in Russia's Kursk region": a part of a country fire came from names the side that
# fired
_FROM_BEFORE = re.compile(r"\bfrom\b[^.,;]{0,40}$", re.IGNORECASE)


# "over Russian regions", "across Ukrainian territory", "in Russian airspace", "towards the Russian capital": a side's
# adjective on land or sky after a word of where names the place, not who acted ("launched from Russian territory"
# still names the sender)
_LAND_NAMED = re.compile(r"\s+(?:(?:border|western|eastern|southern|northern|central|frontline|front-line)\s+)?"
                         r"(?:regions?|territory|territories|soil|airspace|skies|sky|cities|towns|villages|oblasts?|"
                         r"provinces?|border areas?|land|waters|capital|border)\b", re.IGNORECASE)
# ("launched towards the Russian capital": where to, as much as where)
_WHERE_BEFORE = re.compile(r"\b(?:over|in|across|into|inside|above|on|throughout|towards?|near|"
                           r"deep\s+(?:in|into|inside))\s+(?:the\s+)?$", re.IGNORECASE)


# "Ukraine's biggest hydroelectric plant hit in overnight barrage", "Kyiv's main children's hospital was struck": a
# party's possessive on the thing hit, told before the event word, names whose it is, not who acted
_POSSESSED = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}", re.IGNORECASE)


# a party the thing hit serves, told after the event word, is whom it serves, not who struck it ("drones hit the
# refinery at Kstovo, a supplier of fuel to the Russian army", "a depot supplying the Russian army")
_SERVED = re.compile(r"\b(?:(?:suppl(?:ier|iers|ies|ied|y)|serv(?:es|ed)|fuel(?:s|l?ed))\b[\w\s\-]{0,30}?\b(?:to|for)|"
                     r"supplying|serving|feeding|fuell?ing)\s+(?:the\s+)?$", re.IGNORECASE)


def _owns_target(sentence: str, mention: tuple[str, int, int], trigger_start: int) -> bool:
    """Whether a party's possessive before the event word owns the thing hit: a target the lexicon reads begins
    within three words of it, before the event word, and no word of forces or weapons comes between."""
    end = mention[2] - 2 if sentence[mention[1]:mention[2]].endswith(("'s", "’s")) else mention[2]
    if not sentence.startswith(("'s", "’s"), end) or end >= trigger_start:
        return False
    return any(found.end <= trigger_start and _POSSESSED.fullmatch(sentence, end, found.start)
               and not _DOER_WORD.search(sentence, end, found.start)
               for found in event_roles.mentions(sentence[:trigger_start], lx.TARGETS))


# the words between forces a pronoun owns and the word of their act ("its forces had struck", "its artillery had not
# shelled"): the act's word is the group
_DOER_VERB = re.compile(r"\s+(?:(?:had|have|has|also|then|again|allegedly|reportedly)\s+)*(?:not\s+|never\s+)?"
                        r"(?P<verb>[a-z]+)\b", re.IGNORECASE)


def _owned_doer(frame: Frame) -> re.Match[str] | None:
    """Forces or weapons a pronoun owns that do the frame's act (or are its word: "its artillery"), after the speaker
    named in the sentence ("the ministry said ..., dismissing reports that its artillery had shelled the village");
    when the event word is quoted first ('"Every target was hit," the ministry said, reporting that its forces had
    struck ...'), those that do an act of war the speaker's words go on to tell."""
    claimant_span = frame.spans.get("claimant")
    if not claimant_span or frame.event == "interception":
        return None  # (the air defence a pronoun owns intercepts; it does not do the act intercepted)
    quoted_first = syntax_roles.quoted(frame.sentence, frame.trigger[0]) and frame.trigger[0] < claimant_span[0]
    for owner in _OWN_DOER.finditer(frame.sentence, claimant_span[1]):
        verb = _DOER_VERB.match(frame.sentence, owner.end())
        if verb is None:
            continue
        told = quoted_first and any(pattern.match(frame.sentence, verb.start("verb"))
                                    for pattern in lx.EVENT_TRIGGERS.values())
        if owner.start() <= frame.trigger[0] < owner.end() or verb.start("verb") == frame.trigger[0] or told:
            return owner
    return None


# "Yunakivka, a Ukrainian border village", "the Russian town of Shebekino": a side's adjective on one settlement
# ("the Ukrainian river port of Reni": a port named by its town is a place too)
_SETTLEMENT_NAMED = re.compile(r"\s+(?:(?:border|frontline|front-line|small|southern|northern|eastern|western|river|"
                               r"sea|Danube|Black\s+Sea)\s+)?(?:village|town|city|settlement|hamlet|"
                               r"port\s+(?:city\s+)?of)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _land_named(sentence: str, mention: tuple[str, int, int]) -> bool:
    """Whether a party's adjective names land or sky after a word of where ("over Russian regions"), or describes
    one settlement ("Yunakivka, a Ukrainian border village")."""
    return bool(_LAND_NAMED.match(sentence, mention[2]) and _WHERE_BEFORE.search(sentence, 0, mention[1])) or bool(
        _SETTLEMENT_NAMED.match(sentence, mention[2]) and _ARTICLE_BEFORE.search(sentence, 0, mention[1]))


def _speaks(mention: tuple[str, int, int], claimant_span: list[int] | tuple[int, int] | None) -> bool:
    """Whether a party's mention lies inside the words naming who speaks (the claimant's span)."""
    return bool(claimant_span and claimant_span[0] <= mention[1] < claimant_span[1])


# "called Moscow's reports of a strike on Sudzha fake", "the Ukrainian side's allegations about a strike": in a
# denial, whose report is denied is not who acted
_CLAIM_OWNER = re.compile(r"(?:(?<=['’]s)|(?:\s+(?:side|regime|authorities|government|leadership))?['’]s)\s+"
                          r"(?:[\w\-]+\s+)?(?:reports?|claims?|allegations?|accusations?|statements?|version|"
                          r"accounts?)\b", re.IGNORECASE)


def _country_as_place(sentence: str, mention: tuple[str, int, int]) -> bool:
    """Whether a party's mention is a country named as where ("in Ukraine", "across Ukraine", "inside Russia"): the
    words before it are read back far enough to hold "across" and "inside". A country a weapon or an attack was
    sent from ("a drone from Ukraine") names the side that sent it."""
    if _SENT_FROM.search(sentence[max(0, mention[1] - 60):mention[1]]):
        return False
    return _COUNTRY_AS_PLACE.search(sentence[max(0, mention[1] - 8):mention[2]]) is not None


# passive voice, with or without its agent: "were fired upon by", "being destroyed", "a vehicle destroyed by"
_PASSIVE_BY = re.compile(r"\b(?:(?:was|were|been|being|is|are|be)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|wn|ck|uck|nt)\b|"
                         r"\w+(?:ed|en|wn|nt)\s+by\b)", re.IGNORECASE)


# "Ukrainian positions came under attack", "the village remained under shelling": the subject was attacked (the parse
# tells who attacked, if anyone: syntax_roles)
_UNDER_ATTACK = re.compile(r"\b(?:came|come|comes|coming|remain(?:ed|s)?|fell|falls)\s+under\b", re.IGNORECASE)


# what a denial goes on to say instead: ", saying Russian forces had shelled it"
# (", calling it a Russian provocation": the denier's counter-claim names another party)
# (", and that the damage had been done by a Ukrainian air-defence missile": a second clause of what the denier said)
# ("... said Ukraine had not attacked the plant and accused Russia of preparing a provocation": the other side
# accused after the denial, of something else)
_COUNTER = re.compile(r",\s+(?:saying|adding|and said|and added|insisting|arguing|calling it|branding it|describing it|"
                      r"and that)\b|\binstead\b|,?\s+(?:and|while)\s+(?:accused|accusing|blamed|blaming)\b",
                      re.IGNORECASE)


@component("trucewatch.actor.v2", reads=("frames.event", "frames.claimant"), writes=("frames.actor",
                                                                                  "frames.stance"))
def actor(state: ArticleState) -> None:
    """The party the sentence says acted; for an interception, the side of the intercepted weapon (the
    interceptor is kept). Where the surface is ambiguous (passive voice, an interception, several parties,
    no party before the event word) the parse's roles decide: subject, passive agent, the object of
    "accuse"."""
    for frame in state.frames:
        claimant_span = frame.spans.get("claimant")
        mentions = [
            m for m in lx.party_mentions(frame.sentence)
            if not _speaks(m, claimant_span) and not _ACCUSER.match(frame.sentence, m[2])
            and not _APPOINTED.match(frame.sentence, m[2])
            and not (_PART_OF_CITY.match(frame.sentence, m[2]) and not _FROM_BEFORE.search(
                frame.sentence, max(0, m[1] - 50), m[1]))
            and not _land_named(frame.sentence, m)
            and not _owns_target(frame.sentence, m, frame.trigger[0])
            and not (m[1] > frame.trigger[1] and _SERVED.search(frame.sentence, max(0, m[1] - 50), m[1]))
        ]
        # "SBU long-range drones had carried out the strike": a body that stands for its party, with its weapons
        mentions = sorted([*mentions, *(m for m in active_lexicon().senders(frame.sentence)
                                        if not _speaks(m, claimant_span)
                                        and not any(o[1] <= m[1] < o[2] for o in mentions))],
                          key=lambda each: each[1])
        trigger_start = frame.trigger[0]
        before = [m for m in mentions if m[1] < trigger_start]
        referred = frame.values.get("claimant_reference")
        owner = _OWN_DOER.search(frame.sentence, 0, frame.trigger[1]) if referred else _owned_doer(frame)
        if owner and frame.values.get("claimant") in lx.OPPONENT and not any(m[1] < owner.start() for m in mentions):
            # "Ukraine's General Staff issued a statement. Its forces had not attacked any energy facility in X, it
            # said": the forces a pronoun owns, with no party named before them, are the speaker's that the
            # sentence refers back to; so are they when the speaker is named before them in the sentence and they
            # do the act ("the ministry said ..., dismissing reports that its artillery had shelled the village")
            frame.put("actor", frame.values["claimant"], owner.span())
            _stance(frame)
            continue
        if frame.values.get("claimant") in lx.OPPONENT and not frame.values.get("denial") and _OWN_EVENT.search(
                frame.sentence, 0, frame.trigger[0]) and not any(m[1] < frame.trigger[0] for m in mentions):
            # "The SBU said it set off underwater explosives at the bridge's supports, its third attack on the
            # crossing": the event the speaker's pronoun owns is the speaker's own
            frame.put("actor", frame.values["claimant"])
            _stance(frame)
            continue
        counter = _COUNTER.search(frame.sentence)
        denial_span = frame.spans.get("denial")
        if (frame.values.get("denial") and frame.values.get("claimant") in lx.OPPONENT and counter and denial_span
                and denial_span[0] < counter.start() < trigger_start):
            # "Kyiv dismissed the claim that its troops blew up X, saying Russian forces had shelled it": the
            # event word lies in the denier's counter-claim; the act denied is the denier's own
            frame.put("actor", frame.values["claimant"])
            _stance(frame)
            continue
        if frame.values.get("denial") and counter and denial_span and denial_span[0] < counter.start():
            # "Moscow denied shelling X and said instead that Ukrainian drones struck Y": the counter-claim's
            # party is not the one whose act is denied
            mentions = [m for m in mentions if m[1] < counter.start()]
        if frame.values.get("kind") == "bodies_found":
            # "Bodies of Russian soldiers near X", "Russian news showing bodies": a party named is whose the dead
            # are or who shows them, not who killed them, which the text does not say
            _stance(frame)
            continue
        if frame.values.get("kind") == "military_presence":
            # "Russian troops entering the city": the forces seen are the acting side
            own = [m for m in mentions if not _country_as_place(frame.sentence, m)]
            if own:
                frame.put("actor", own[0][0], (own[0][1], own[0][2]))
            _stance(frame)
            continue
        launched = [m for m in mentions if lx.WEAPON_NAMED.match(frame.sentence, m[2])]
        if frame.event == "interception" and launched and len({m[0] for m in mentions}) == 1:
            # "Debris from a Ukrainian drone downed over the region": the one party named launched the weapon
            frame.put("actor", launched[0][0], (launched[0][1], launched[0][2]))
            frame.put("interceptor", lx.OPPONENT.get(launched[0][0]))
            _stance(frame)
            continue
        blamed = _blamed(frame, mentions)
        if blamed is not None:
            # "A drone slammed into a dormitory in X, the governor said, blaming Ukraine": the party the speaker
            # blames acted, whatever the parse makes of the event's own subject (a weapon with no side)
            frame.put("actor", blamed[0], (blamed[1], blamed[2]))
            _stance(frame)
            continue
        sender = _sender_of_trigger(frame, mentions)
        if sender is not None:
            # "a glide bomb dropped by a Russian jet slammed into the market": who sent the weapon acted
            frame.put("actor", sender[0], (sender[1], sender[2]))
            _stance(frame)
            continue
        ambiguous = (bool(mentions) and (
            frame.event == "interception" or _PASSIVE_BY.search(frame.sentence) is not None
            or _UNDER_ATTACK.search(frame.sentence) is not None
            or len({m[0] for m in mentions}) > 1 or not before or frame.values.get("parsed"))) or (
            frame.values.get("claimant") in lx.OPPONENT and _PRONOUN_DOER.search(frame.sentence) is not None)
        asked = ambiguous  # the parse's roles are asked at most once a frame
        if ambiguous:
            found = syntax_roles.roles(_doc(state, frame), trigger_start, frame.event == "interception",
                                 tuple(claimant_span) if claimant_span else None)  # type: ignore[arg-type]
            if found is not None and found.by_others and frame.values.get("claimant") in lx.OPPONENT:
                # '"They sent a drone at the substation that feeds our hospital," said the governor': "they" in a
                # side's own quoted words is the other side
                frame.put("actor", lx.OPPONENT[frame.values["claimant"]])
                _stance(frame)
                continue
            if found is not None and found.by_claimant and frame.values.get("claimant") in lx.OPPONENT:
                # "Kyiv said it had hit ...", "the commander said his units had hit ...": the claimant's own act
                frame.put("actor", frame.values["claimant"])
                _stance(frame)
                continue
            if found is not None and (found.actor or found.interceptor):
                if frame.event == "interception":
                    interceptor = found.interceptor or (lx.OPPONENT.get(found.actor) if found.actor else None)
                    if interceptor:
                        frame.put("interceptor", interceptor)
                    frame.put("actor", found.actor or lx.OPPONENT.get(interceptor or ""))
                else:
                    frame.put("actor", found.actor)
                _stance(frame)
                continue
            if found is not None and found.agent_found and frame.values.get("parsed"):
                # "A drone dropped explosives on Russian infantry": the doer is named and has no side, unless
                # it is the claimant's own ("its agents set fire to ...")
                self_named = lx.SELF_REFERENCE.search(frame.sentence[:frame.trigger[1]])
                if self_named and frame.values.get("claimant") in lx.OPPONENT:
                    frame.put("actor", frame.values["claimant"], self_named.span())
                _stance(frame)
                continue
            if found is not None and found.patient is not None:
                # the parse knows who was acted upon: that party is not the actor
                low, high = found.patient
                mentions = [m for m in mentions if not low <= m[1] < high]
                before = [m for m in mentions if m[1] < trigger_start]
        if frame.values.get("kind") == "protest":
            _stance(frame)
            continue
        mentions = [m for m in mentions if not _country_as_place(frame.sentence, m) and not (
            frame.values.get("denial") and _CLAIM_OWNER.match(frame.sentence, m[2]))]
        before = [m for m in before if m in mentions]
        _actor_by_position(frame, mentions, before)
        if not asked and "actor" not in frame.values and frame.event != "interception" and any(
                pattern.search(frame.sentence) for pattern, _ in lx.WEAPON_SIDES):
            # no party named, but the doer is a weapon only one side fires ("ATACMS missiles destroyed ..."); when
            # the roles were asked above, they found none
            found = syntax_roles.roles(_doc(state, frame), trigger_start, False,
                                 tuple(claimant_span) if claimant_span else None)  # type: ignore[arg-type]
            if found is not None and found.actor:
                frame.put("actor", found.actor)
        _stance(frame)


# the words that hand the blame to a party right after them: ", blaming Russian aircraft", "and blamed Ukraine",
# "accusing Kyiv of"
_BLAMING = re.compile(rf"\b{lx.BLAMING_WORDS}\s+(?:the\s+)?$", re.IGNORECASE)


def _blamed(frame: Frame, mentions: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The party a speaker blames in the event's sentence (", the governor said, blaming Ukraine"), when the
    sentence is no denial (whose counter-claim blames someone else) and tells no interception (which has its own
    rules)."""
    if frame.values.get("denial") or frame.event == "interception":
        return None
    found = next((m for m in mentions if _BLAMING.search(frame.sentence, max(0, m[1] - 20), m[1])), None)
    if found is None and (seat := _BLAMED_SEAT.search(frame.sentence)) is not None and (
            party := active_lexicon().party_of(seat.group("seat"))) is not None:
        # ", the governor said, blaming Kyiv": a capital blamed stands for its government (the source lexicon's)
        found = (party[0], seat.start("seat"), seat.end("seat"))
    return found


# a capital after a word of blame ("blaming Kyiv", "accused Moscow"), not its region
_BLAMED_SEAT = re.compile(rf"\b{lx.BLAMING_WORDS}\s+(?:the\s+)?(?P<seat>Kyiv|Kiev|Moscow|Kremlin)\b"
                          r"(?!\s+(?:region|oblast|province))", re.IGNORECASE)


_LAUNCHED_BY = re.compile(r"\b(?:launched|fired|sent|released|deployed|dropped)\s+(?:\w+\s+)?by\s+(?:the\s+)?$",
                         re.IGNORECASE)
# the weapon the event is told by, then who sent it: "a glide bomb dropped by a Russian jet", "a missile fired by
# Russian forces" (a party's word right after "by", an aircraft or a unit of it between)
_SENDING_VERBS = r"launched|fired|sent|released|dropped"
_SENT_BY = re.compile(rf"\s+(?:\w+ly\s+)?(?:{_SENDING_VERBS})\s+by\s+(?:the\s+|an?\s+)?$",
                      re.IGNORECASE)


def _sender_of_trigger(frame: Frame, mentions: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The party named as who sent the weapon that is the frame's event word ("a glide bomb dropped by a Russian
    jet"), or whose sending is ("drones launched by Kyiv"), when the sentence says so right after it; None otherwise
    (and for an interception, which has its own rules)."""
    if frame.event == "interception":
        return None
    end = frame.trigger[1]
    if _SENDING.fullmatch(frame.sentence, frame.trigger[0], end) and WEAPON_WORDS.search(
            frame.sentence, max(0, frame.trigger[0] - 30), frame.trigger[0]):
        # "Drones launched by Kyiv hit a refinery": the event word is the sending, the sender follows "by"
        return next((m for m in mentions if end < m[1] <= end + 20 and _BY.match(frame.sentence, end, m[1])), None)
    if not WEAPON_WORDS.search(frame.sentence[frame.trigger[0]:frame.trigger[1]]):
        return None
    return next((m for m in mentions if end < m[1] <= end + 40 and _SENT_BY.match(frame.sentence, end, m[1])), None)


_SENDING = re.compile(rf"(?:{_SENDING_VERBS})", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# "Russia had fired 87 drones ..., and air defences downed 53 of them": the party that fired them is the launcher
_FIRED_BY_IT = re.compile(r"\s+(?:(?:forces|troops|army)\s+)?(?:(?:had|has|have|again)\s+)?(?:launched|fired|sent)\b",
                          re.IGNORECASE)


_OWNER_OF_TARGET = re.compile(r"(?<=['’]s)\s+(?:[\w\-]+\s+){0,2}?(?:energy|power|grid|infrastructure|refiner(?:y|ies)|"
                              r"substations?|power plants?|oil|gas|ports?|cities|towns|homes)\b", re.IGNORECASE)
# "a train carrying Ukrainian armour", "a convoy transporting Russian troops": a party's word on what a thing hit
# carried names whose the cargo is, not who acted
_CARGO_BEFORE = re.compile(r"\b(?:carrying|transporting|ferrying|loaded\s+with|laden\s+with)\s+(?:\w+\s+){0,2}?$",
                           re.IGNORECASE)


def _actor_by_position(frame: Frame, mentions: list[tuple[str, int, int]],
                       before: list[tuple[str, int, int]]) -> None:
    trigger_start = frame.trigger[0]
    # "military activity affecting Ukraine's energy infrastructure": a party's possessive on what was hit names
    # whose it is, not who acted
    after = [m for m in mentions if m[1] >= trigger_start and not _OWNER_OF_TARGET.match(frame.sentence, m[2])
             and not _CARGO_BEFORE.search(frame.sentence[max(0, m[1] - 40):m[1]])]
    passive = re.search(r"\bby\s+(?:the\s+)?(?:a\s+)?(" + "|".join(
        p.pattern.strip(r"\b") for p, _ in lx.ACTORS) + r")", frame.sentence, re.IGNORECASE)
    chosen: tuple[str, int, int] | None = None
    if frame.event == "interception":
        launcher = next((m for m in mentions if _LAUNCHED_BY.search(frame.sentence[max(0, m[1] - 40):m[1]])
                         or _FIRED_BY_IT.match(frame.sentence, m[2]) or lx.WEAPON_NAMED.match(frame.sentence, m[2])
                         or _SENT_FROM.search(frame.sentence[max(0, m[1] - 60):m[1]])),
                        None)
        if launcher:
            # "Of the drones launched by Russia, 57 were shot down", "Drones launched from Ukraine's Sumy region were
            # shot down": who launched them is the actor
            frame.put("actor", launcher[0], (launcher[1], launcher[2]))
            frame.put("interceptor", lx.OPPONENT.get(launcher[0]))
            return
        if before:
            interceptor = before[-1]
            frame.put("interceptor", interceptor[0], (interceptor[1], interceptor[2]))
            attacker = next((m for m in after if m[0] != interceptor[0]), None)
            frame.put("actor", attacker[0] if attacker else lx.OPPONENT.get(interceptor[0]),
                      (attacker[1], attacker[2]) if attacker else None)
            return
        chosen = after[0] if after else None
    # up to the trigger's end: the trigger may be the weapon itself ("its naval drones sank a boat")
    self_reference = lx.SELF_REFERENCE.search(frame.sentence[:frame.trigger[1]])
    if frame.event != "interception" and self_reference and frame.values.get("claimant") in ("RU", "UA"):
        frame.put("actor", frame.values["claimant"], self_reference.span())
        return
    if frame.event == "interception":
        pass
    elif before:
        chosen = before[0]
    elif passive:
        chosen = next((m for m in mentions if m[1] >= passive.start(1)), None)
    elif after:
        # "... were struck by drones launched by Russia" or "a Russian drone attack": the first mention
        chosen = after[0]
    enemy = lx.ENEMY_DOER.search(frame.sentence[:frame.trigger[1]]) or _quoted_they(frame)
    if chosen:
        frame.put("actor", chosen[0], (chosen[1], chosen[2]))
    elif enemy and not frame.values.get("denial") and frame.values.get("claimant") in lx.OPPONENT:
        # "the Air Force said the enemy had launched 45 drones": a party's word for the other side
        frame.put("actor", lx.OPPONENT[frame.values["claimant"]], enemy.span())
    elif frame.values.get("claimant") in lx.OPPONENT and (credit := lx.CREDIT.search(frame.sentence)) and not (
            frame.values.get("denial")):
        # "the ministry boasted that a massive strike had crippled ...": a party taking credit tells its own act
        frame.put("actor", frame.values["claimant"], credit.span())
    elif frame.values.get("denial") and frame.values.get("claimant") in lx.OPPONENT:
        # "Kyiv denied attacking the station": the act denied is the claimant's own
        frame.put("actor", frame.values["claimant"])
    elif frame.event == "interception" and not mentions and frame.values.get("claimant") in lx.OPPONENT:
        # "Air defences shot down 21 drones, the city administration said": a party that tells of an interception
        # naming no side tells of its own air defence
        frame.put("interceptor", frame.values["claimant"])
        frame.put("actor", lx.OPPONENT[frame.values["claimant"]])


def _quoted_they(frame: Frame) -> re.Match[str] | None:
    """"They" doing an act inside a quotation before the event word's end, when the speaker is named outside it."""
    claimant_span = frame.spans.get("claimant")
    if not claimant_span or syntax_roles.quoted(frame.sentence, claimant_span[0]):
        return None
    return next((match for match in _QUOTED_THEY.finditer(frame.sentence, 0, frame.trigger[1])
                 if syntax_roles.quoted(frame.sentence, match.start())), None)


# a body named without its country that reports the other side's fire on its own ("the Air Force said Russia fired
# ..."); a general staff, navy or ministry tells its own side's strikes in the third person just as often
_ARMED_BODIES = frozenset({"air_force"})


def _whose_body(frame: Frame) -> None:
    """"Russia fired 78 missiles at X, the Air Force said": an air force that names the acting side in the third
    person, with no "its" or "our" for its own forces, is the other side's."""
    claimant, acting = frame.values.get("claimant"), frame.values.get("actor")
    if (not isinstance(claimant, str) or claimant in lx.OPPONENT or acting not in lx.OPPONENT
            or frame.values.get("denial") or lx.SELF_REFERENCE.search(frame.sentence)
            or _PRONOUN_DOER.search(frame.sentence)):
        return
    kind = active_lexicon().body_kind(claimant)
    if kind in _ARMED_BODIES or (frame.event == "interception" and kind in _sides.ARMED_BODIES):
        # "Russian air defences destroyed 62 Ukrainian drones ..., the Defence Ministry said": any military body
        # named without its country tells of its own side's interceptions
        span = frame.spans.get("claimant")
        frame.put("claimant", lx.OPPONENT[acting], (span[0], span[1]) if span else None)


def _stance(frame: Frame) -> None:
    _whose_body(frame)
    claimant = frame.values.get("claimant")
    acting = frame.values.get("actor")
    sentence = frame.sentence
    if frame.values.get("denial"):
        frame.put("stance", "denies", tuple(frame.spans["denial"]))  # type: ignore[arg-type]
        return
    acknowledged = lx.ACKNOWLEDGE.search(sentence)
    if claimant in ("RU", "UA") and acting == claimant and acknowledged:
        frame.put("stance", "acknowledges", acknowledged.span())
    elif claimant in ("RU", "UA") and acting and acting != claimant:
        alleged = lx.ALLEGE.search(sentence)
        frame.put("stance", "alleges", alleged.span() if alleged else None)
    elif claimant in ("RU", "UA") and acting == claimant:
        frame.put("stance", "acknowledges")
    else:
        frame.put("stance", "reports")

