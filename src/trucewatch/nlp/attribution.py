"""Who said it: the attribution of an English sentence ("X said", "according to X", "per X", "X quoted Y as
saying", "citing X", "X's statement", "..., said city mayor X", "X called the footage staged"), matched against the
source lexicon (:mod:`trucewatch.nlp.sources`). Used by the claims component (:mod:`trucewatch.nlp.components`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.sources import active_lexicon
from trucewatch.nlp.timex_said import SPEAKING_ASIDE

_SAID = re.compile(
    # ("As reported by TASS, citing the defence ministry, ...": the one by whom it was reported, as "according to")
    r"(?:(?:according to|(?<![\w\-])[Aa]s\s+(?:first\s+|earlier\s+|previously\s+)?(?:reported|claimed|announced|"
    r"stated|said)\s+by) (?:the )?(?P<a>[^,.;]{3,80}?)(?=[,.;]|$))|"
    # "Per the regional governor, ...", "..., per Ukraine's navy": "per" before a name or "the" (not "per day")
    r"(?:(?<![\w\-])[Pp]er\s+(?P<p>(?:the\s+)?[A-Z][^,.;]{2,80}?|the\s+[^,.;]{3,80}?)(?=[,.;]|$))|"
    # "Reuters quoted the governor as saying": the one quoted speaks; "RBC reported, citing a regional official"
    r"(?:\bquoted\s+(?P<q>(?:the\s+)?[\w'’\- ]{2,80}?)\s+as\s+saying\b)|"
    r"(?:\b(?:citing|quoting)\s+(?P<e>(?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|$))|"
    # ("Russia's MoD, for its part, claimed": an aside between the speaker and the verb)
    # ("Not so, countered the ministry": the answer is no speaker)
    # ("The Caspian Pipeline Consortium (CPC) said": a body's short name in parentheses is part of its name)
    r"(?P<b>(?!(?i:not so|not true|nonsense)\b)(?:the )?[A-Z][\w'’\- ]{2,80}?(?:\s\([A-Z][A-Z0-9&\-]{1,9}\))?|"
    r"the [a-z][\w'’\- ]{2,60}?)"
    # ("The strike was blamed on Russian forces by the governor": a passive's subject is what is told)
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)"
    # ("despite the Kremlin's announced truce", 'called "a crude provocation" Kiev's claims that ...': a possessive
    # before a participle or a noun is no speaker)
    r"(?<!['’]s)"
    # ("The company, which does not name its stations, said": a relative clause between the speaker and the verb)
    r"(?:,\s+(?:for (?:its|their|his|her) part|in turn|meanwhile|however|in response|in reply|"
    r"(?P<rel>(?:which|who)\s+[^,.;]{3,100}?)),|"
    # ("Russia's defence ministry, asked about the report by RIA Novosti, said": a participle's clause about the
    # speaker, read as part of who speaks, so that its words name no place or party of the event)
    r",\s+(?P<aside>(?:" + SPEAKING_ASIDE + r"|writing)\s+[^,.;]{3,100}?),)?"
    r",?\s+(?:(?:has|have|had)\s+)?"
    r"(?:said|says|say|reported|reports|stated|"
    # ("Putin told the military to stop hitting energy targets": an order, not a report)
    r"claimed|claims|announced|wrote|writes|told(?!\s+(?:(?:the|his|her|its|their)\s+)?[\w\-]+\s+to\s+(?!the\b|an?\b)[a-z]+\b)|"
    r"accused|accuses|alleged|denied|denies|acknowledged|confirmed|added|"
    # ("the truce announced by Moscow": a participle with its agent after it, not a speaker before it)
    # ("Governor X writes that …", "X posts on Telegram that …": a post summed up in the present; "posts" only before
    # what it says or where, since it is a noun as often)
    r"rejected|dismissed|brushed\s+aside|waved\s+(?:away|off)|blamed|blames|insisted|posted|posts(?=\s+(?:that|on|in)\b)|admitted|"
    + lx.SAYING_MORE
    + r")\b(?!\s+by\b)|"
    r"(?P<d>(?:the )?[A-Z][\w’\- ]{2,60}?)['’]s? (?:statement|report|announcement|claim|post|readout|update)\b|"
    # "was blamed on Russian forces by regional governor X", "had been reported by the ministry": the agent speaks
    r"(?:\b(?:was|were|is|are|been)\s+(?:(?:first|also|later|quickly|publicly)\s+)?(?:reported|claimed|announced|"
    r"confirmed|blamed\s+on\s+[^,.;]{2,60}?|attributed\s+to\s+[^,.;]{2,60}?|"
    # ("The accusation was rejected by Ukraine's General Staff": a denial's agent speaks too)
    r"denied|rejected|dismissed|refuted|disputed)|"
    # ("That was the account given by X, head of ...": who gave the account speaks)
    r"\b(?:account|version|figures?|details?|picture)\s+(?:given|offered|provided|posted|shared|released))\s+by\s+"
    r"(?P<y>(?:the )?[A-Za-z][\w'’\- ]{2,80}?)(?=[,.;]|$)|"
    # ("He said a Russian missile had hit ...": a pronoun before the verb is the speaker, the words after are what was
    # said)
    r"(?<![Hh]e )(?<![Ii]t )(?<![Ww]e )(?<![Tt]hey )"
    r"\b(?:said|reported|stated|claimed|announced|wrote|countered|replied|retorted|insisted|added)\s+"
    # ('…," the governor wrote of the strike on a shop': what the words are about, not who speaks)
    r"(?!(?:by|of|about|that)\s)(?P<c>(?:the )?[A-Za-z][\w'’\- ]{2,80}?)(?=[,.;]|:\s|$)",
)
# (not a time or a manner after the verb: "..., DTEK Odesa Grids, reported on Saturday, with ...")
# "In Mayor Ihor Terekhov's account, ...", "in the ministry's words": read only where such a noun is written
_IN_ACCOUNT = re.compile(r"\b[Ii]n\s+(?P<i>(?:the\s+)?[^,.;]{2,80}?)['’]s?\s+(?:account|words|telling|version)\b")
_ACCOUNT_NOUN = re.compile(r"['’]s?\s+(?:account|words|telling|version)\b|\bwords\s+of\b")
# "..., in the words of the regional governor": the one whose words they are speaks (never "in other words")
_IN_WORDS_OF = re.compile(r"\b[Ii]n\s+the\s+(?:very\s+)?words\s+of\s+(?P<w>(?:the\s+)?[^,.;]{2,80}?)(?=[,.;]|$)")
_GROUPS = ("a", "p", "q", "e", "i", "w", "b", "d", "y", "c")
_SPEAKER_AFTER = re.compile(r"\s+(?!(?i:on|in|at|late|early|last|this|yesterday|today|earlier|later|overnight|after|"
                            r"before|during|when|while|with|without|citing|adding|that|from|via|through|by|of|about|"
                            # ("..., said his units had hit it": a clause whose subject is a pronoun or owned by one)
                            r"his|her|its|their|our|my|it|they|he|she|we|i)\b)"
                            r"(?P<c>(?:the )?[A-Za-z][\w'’\- ]{2,80}?)(?=[,.;]|$)")
_TITLE_BEFORE = re.compile(r"(?<![\w\-])(?:(?:the|regional|city|town|acting|deputy|district|local|its)\s+)*"
                           r"(?:governor|mayor|head|spokes(?:man|woman|person)|minister|chief|commander)\s+$")
# "Vyacheslav Gladkov, governor of the Belgorod region, said": the title with "of" before a place set off by commas
# after a name (the speaker is the governor, not the region)
_TITLE_OF_BEFORE = re.compile(r",\s+(?P<t>(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?(?:governor|mayor|head)\s+of\s+"
                              r"(?:the\s+)?)$")
# the verbs of saying a speaker may follow (", said city mayor X"); after "dismissed" or "denied" come their objects
_INVERTS = re.compile(r"\b(?:said|says|say|wrote|writes|added|stated|reported|noted|countered|disclosed|announced)$")
# "..., said Yevhen Yevtushenko, head of the district military administration": the title after the name says whom
# the name speaks for
# (the title's words before it may be any: "the Russian-installed mayor of the city", "the Kremlin-appointed head of
# the region", "Kharkiv's mayor", "the region's governor"; the body after "of" may be left out when a possessive or a
# party's word before the title says whose it is)
_TITLE_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,3}?"
                          r"(?:head|governor|mayor|spokes(?:man|woman|person)|minister|chief|commander|director|"
                          r"secretary|chair(?:man|woman)?|adviser|advisor)"
                          r"(?:\s+(?:of|for|at|to)\s+(?P<t>[^,.;]{3,80}?))?(?=[,.;]|$)")
# an aside of place between a speaker and the verb of saying (", in occupied Donetsk region, said")
_ASIDE_BEFORE = re.compile(r",\s+(?:[\w'’\-]+\s+){0,4}?(?:in|near|outside|from)\s+(?:(?-i:[a-z][\w\-]*)\s+){0,3}$")
# a word that tells an event: the words before ", said" that hold one are what was said
_HARM_WORD = re.compile(r"\b(?:struck|strikes?|hit|hits|attack\w*|shell\w*|damag\w*|destroy\w*|fir(?:ed|ing)|"
                        r"launch\w*|down\w*|bomb\w*|kill\w*|wound\w*|injur\w*|explo\w*|burn\w*)\b", re.IGNORECASE)
# where something was said, opening the words before the verb of saying ("In a statement the company said")
_WHERE_SAID = re.compile(r"(?:in|on)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|post|message|"
                         r"update|briefing|video|address|interview|comment|note)\s+", re.IGNORECASE)
# a pronoun speaking after words of where or when with no comma ("In it he said", "On Telegram she wrote", "Later
# they added"): the pronoun alone speaks, and refers back to a speaker named before (nlp/speaker_reference)
LEAD_BEFORE_PRONOUN = (r"(?:in|on|at|later|then|afterwards|earlier|separately|meanwhile|elsewhere)\b"
                       r"(?:\s+[\w'’\-]+){0,3}?\s+")
_LED_PRONOUN = re.compile(rf"^{LEAD_BEFORE_PRONOUN}(?P<p>he|she|it|they)$", re.IGNORECASE)
# an adverb of when or how often between who speaks and the verb of saying
_ADVERB_AFTER = re.compile(r"\s+(?:later|also|then|again|earlier|separately|further|subsequently|previously|"
                           r"meanwhile|once\s+more)$", re.IGNORECASE)
# a thing a party announces or proposes, then its name with no "that" or comma between ("the truce Russia had
# announced", "the moratorium Putin proposed"): the verb of saying after them is in a clause of that noun
_ANNOUNCED_THING = re.compile(r"\b(?:truce|ceasefire|cease-fire|moratorium|pause|halt|deal|agreement|arrangement|"
                              r"plan|proposal|initiative|memorandum|pledge|promise)s?\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'’\-]+\s*){1,3}$")
# a person's name: two to four words in title case
_PERSON = re.compile(r"(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][a-z'’\-]+")
# ('"Absurd" was how the foreign ministry described the claim': the subject of "described" after "how")
_CALLED = re.compile(r"(?P<who>(?:the )?[A-Z][\w'’\- ]{2,80}?)\s+(?:call(?:ed|s)|described|characteri[sz]ed|branded)\b|"
                     r"\bhow\s+(?P<how>(?:the )?[A-Z][\w'’\- ]{2,80}?|the\s+[a-z][\w'’\- ]{2,60}?)\s+"
                     r"(?:described|describes|called|calls|characteri[sz]ed|branded|labell?ed)\b")
# ("Andriy Kovalenko, head of Ukraine's Centre for Countering Disinformation, called that a fabrication": the body
# of the title set off after the name, the name's party)
_TITLED_CALLED = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3},\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,3}?"
                            r"(?:head|spokes(?:man|woman|person)|director|chief|minister|secretary|adviser|advisor)"
                            r"\s+(?:of|for|at|to)\s+(?P<t>[^,.;]{3,80}?),\s+(?:call(?:ed|s)|described|characteri[sz]ed|"
                            r"branded)\b")
_DENIED_NOUN = re.compile(r"['’]s? (?:report|claim)$")
# "X called the report fake and said": a verb and its object before the verb of saying, joined by "and"
_CONJOINED = re.compile(r"\s(?:and|but)$")
# "In Moscow, the Defence Ministry said": the capital a sentence opens with is the seat of the body that speaks
_SEAT = re.compile(r"(?:^|[.;]\s+)[Ii]n\s+(?P<seat>[A-Z][a-z]+),\s+$")
# "KYIV - The UN monitoring mission said", "MOSCOW (Reuters) - ...": a wire dateline, where the story was filed, is no
# part of who speaks; a body of a kind named with no party ("..., the Defence Ministry said") is the dateline
# capital's, as it is of a capital the sentence opens with
_DATELINE = re.compile(r"^(?P<seat>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*)(?:\s*\([^)\n]*\))?\s+[-–—]+\s+",
                       re.MULTILINE)
# a title, then the name set off by commas ("A spokesman for Ukraine's army, Dmytro Lykhovii, told"; "The head of
# the regional administration, Oleh Syniehubov, said"; "Horlivka's Russian-installed mayor, Ivan Prikhodko, said"):
# the words of the title (group ``t``), right before the name
_TITLE_APPOSED = re.compile(r"(?:^|,\s+|[.;]\s+)(?P<t>(?:(?:a|an|the)\s+)?(?:[\w'’\-]+\s+){0,3}?(?:spokes(?:man|woman|"
                            r"person)|head|governor|mayor|minister|chief|commander|director|secretary|adviser|"
                            r"advisor|representative)(?:\s+(?:of|for|at|to)\s+[^,.;]{3,60})?),\s+$", re.IGNORECASE)
# 'X brushed the account aside: "…"': the subject of a clause in lower-case words that a colon ends before a quotation
_QUOTE_AFTER_COLON = re.compile(r"(?:^|,\s+|[.;]\s+)(?P<k>(?:the )?[A-Z][\w'’\- ]{2,80}?)\s+"
                                r"(?:[a-z][\w'’\-]*\s+){0,6}?[a-z][\w'’\-]*:\s*[\"“]")
# "Kremlin spokesman X brushed the accusation aside later that day, telling reporters that …": the subject of a
# clause in lower-case words whose participle of saying follows a comma speaks what is said (the subject in names and
# titles only: not "The Foreign Ministry called footage of a bus in Sumy staged, saying …", whose place is no part
# of who speaks)
_SAYING_PARTICIPLE = re.compile(r"(?:^|,\s+|[.;]\s+)(?P<k>(?:[Tt]he\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|"
                                r"for|the|spokes(?:man|woman|person)|minister|governor|head|chief|mayor|secretary))*)\s+"
                                r"(?:[a-z][\w'’\-]*\s+){0,8}?[a-z][\w'’\-]*,\s+(?:telling|saying|insisting|adding)\b")
# "officials in" in small letters before a place that the verb's subject starts with (the place alone is no speaker)
_OFFICIALS_BEFORE = re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\band\s))(?:(?:local|city|regional)\s+)?"
                               r"(?:officials|authorities)\s+in\s+$")
_PRONOUNS = re.compile(r"^(?:it|they|he|she|we|officials|authorities|sources|reports?|media|residents)$", re.I)


# "who leads Ukraine's Unmanned Systems Forces", "who heads the city's military administration": the body a person
# in a relative clause leads
_LEADS = re.compile(r"who\s+(?:(?:now|currently)\s+)?(?:leads|heads|commands|runs|chairs|directs|is\s+(?:the\s+)?"
                    r"(?:head|chief|commander|spokes(?:man|woman|person)|director)\s+of)\s+(?P<body>.+)$")


# "raised with his counterpart reports that ...": a word of saying that may be a noun, told by the verb before it
NOUN_OR_SAYING = re.compile(r"\b(?:reports|claims)\s+that\b", re.IGNORECASE)
_CITING_AFTER = re.compile(r",\s+(?:citing|quoting)\s+(?P<e>(?:the\s+)?[^,.;]{3,80}?)(?=[,.;]|$)")
# "Ukrainian reports", "Russian claims": a people's adjective before the noun, no speaker and a verb
# a verb of saying followed by what the speaker would do ("said it would stop", "announced they will halt") ...
_PROMISE_AFTER = re.compile(r"\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:would|will|was\s+going\s+to)\b")
# ... in a clause of time ("a day after", "since", "hours before", "when")
_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|until|when|once)\s+(?:[\w'’\-]+\s+){0,5}$", re.IGNORECASE)
# a body named again by its kind alone ("the company", "the state operator"), which the text's earlier words name
# (trucewatch.nlp.speaker_reference)
_KIND_ONLY = re.compile(r"(?:the|this)\s+(?:[\w\-]+\s+){0,2}?(?:company|operator|utility|firm|ministry|agency)",
                        re.IGNORECASE)
_PEOPLES_NOUN = re.compile(r"(?:the\s+)?(?:Ukrainian|Russian|Western)\s+(?:reports|claims)")


def claimant_in(sentence: str, context: str = "", verbs: frozenset[int] = frozenset(),
                parse_verbs: Callable[[], frozenset[int]] | None = None
                ) -> tuple[str, str | None, tuple[int, int]] | None:
    """Who a sentence says speaks: the words naming them, their party in the source lexicon (None when it knows
    no party for them) and the words' span; ``context`` (the article's opening) helps the lexicon place a title.
    A speaker the lexicon knows wins over an earlier one it does not. ``verbs``: where the finite verbs of the parse
    start; words before a verb of saying that hold one ("the Secretary raised with his counterpart reports that")
    are no speaker, and the verb of saying is a noun. ``parse_verbs``: the same from the parse, asked for only when
    the words after ", said" may be the speaker or what was said."""
    lexicon = active_lexicon()
    fallback: tuple[str, str | None, tuple[int, int]] | None = None
    denial = lx.DENIAL.search(sentence)
    opening = lx.OPENING_CLAUSE.match(sentence)
    matches = list(_SAID.finditer(sentence))
    if _ACCOUNT_NOUN.search(sentence):
        matches = sorted([*matches, *_IN_ACCOUNT.finditer(sentence), *_IN_WORDS_OF.finditer(sentence)],
                         key=lambda each: each.start())
    for match in matches:
        if opening and match.end() <= opening.end():
            continue  # "Although the Kremlin had announced a truce, Ukrainian officials say ...": not the speaker
        group = next(name for name in _GROUPS if name in match.re.groupindex and match.group(name))
        if group == "b" and any(match.start(group) <= at < match.end(group) for at in verbs):
            continue
        clause = max(0, sentence.rfind(",", 0, match.start(group)) + 1) if group == "b" else 0
        if group == "b" and _PROMISE_AFTER.match(sentence, match.end()) and _TIME_CLAUSE.search(
                sentence, clause, match.start(group)):
            continue  # "… a day after Moscow said it would stop hitting energy targets, Ukrenergo said": what a side
            # said it would do, in a clause of time, dates the event; it does not speak of it
        if group == "b" and match is not matches[-1] and _TIME_CLAUSE.search(sentence, clause, match.end(group) + 1):
            continue  # "…, the first night after the Kremlin declared the moratorium over, the company said": a
            # saying in a clause of time dates the event; the speaker after it speaks
        if group == "b" and _PEOPLES_NOUN.fullmatch(match.group(0)):
            continue  # 'called "groundless" Ukrainian reports that ...': a people's word and a noun, what is denied
        cited = _CITING_AFTER.match(sentence, match.end()) if group == "a" else None
        found = lexicon.party_of(cited.group("e"), context or sentence) if cited else None
        if cited and found:
            # "according to Reuters, citing Ukraine's air force": the one cited speaks
            return cited.group("e").strip(), found[0], cited.span("e")
        claimant = match.group(group).strip()
        span = match.span(group)
        if group == "d" and denial and _DENIED_NOUN.search(match.group(0)):
            continue  # "Moscow's claim that ... is a fabrication, Kyiv said": whose claim is denied, not who speaks
        # "In a statement, the Russian Defence Ministry said": the attribution starts after the last comma
        cut = max(claimant.rfind(", "), claimant.rfind(" that "))
        if cut >= 0 and group in ("b", "d"):
            claimant, span = claimant[cut + 2:].strip(), (span[0] + cut + 2, span[1])
        lead = _WHERE_SAID.match(claimant) if group in ("b", "d") else None
        if lead and lead.end() < len(claimant):
            # "In a statement the company said" (no comma after the words of where it was said)
            claimant, span = claimant[lead.end():], (span[0] + lead.end(), span[1])
        adverb = _ADVERB_AFTER.search(claimant) if group in ("b", "d") else None
        if adverb and adverb.start() > 0:
            # "The ministry's spokesman later said": the adverb belongs to the verb, not to who speaks
            claimant, span = claimant[:adverb.start()], (span[0], span[0] + adverb.start())
        led = _LED_PRONOUN.match(claimant) if group in ("b", "d") else None
        if led:
            claimant, span = led.group("p"), (span[0] + led.start("p"), span[0] + led.end("p"))
        dateline = _DATELINE.match(claimant) if group in ("b", "d") else None
        if dateline:
            claimant, span = claimant[dateline.end():].strip(), (span[0] + dateline.end(), span[1])
        if group == "b" and _ANNOUNCED_THING.search(claimant):
            continue  # "Ukrainian drones hit a depot during the truce Russia had announced, the General Staff said":
            # who announced the truce, in a clause of the truce's noun, is not who speaks of the event
        after = _SPEAKER_AFTER.match(sentence, match.end()) if group == "b" and "," in sentence[
            span[1]:match.end()] and _INVERTS.search(match.group(0)) else None
        if after and any(after.start("c") <= at < after.end("c")
                         for at in (verbs or (parse_verbs() if parse_verbs else frozenset()))):
            # "The Russian-installed head of Crimea, Sergei Aksyonov, said Ukrainian drones attacked ...": what
            # follows the verb holds a verb of its own, so it is what was said, and the name before speaks
            after = None
        if after and not any(trigger.search(claimant) for trigger in lx.EVENT_TRIGGERS.values()) and not (
                _HARM_WORD.search(claimant)) and lexicon.party_of(claimant, context or sentence) and not (
                lexicon.party_of(after.group("c"), context or sentence)):
            # "Denis Pushilin, Moscow's appointee in Donetsk, said a boiler house ... was hit": a speaker the lexicon
            # knows before the verb, and words after it that name no speaker it knows, are what was said
            after = None
        if after:
            # "Drones struck a depot, said city mayor X": the clause before the comma is what was said; the
            # speaker follows the verb ("..., Serhiy Lysak, said." keeps the name before it)
            claimant, span, group = after.group("c").strip(), after.span("c"), "c"
        if group == "b" and _CONJOINED.search(claimant) and parse_verbs is not None:
            # "the Defence Ministry called the report fake and said ...": the verb before "and" shares its subject
            # with the verb of saying, and the subject is who speaks
            first = min((at for at in (verbs or parse_verbs()) if span[0] < at < span[1]), default=None)
            if first is None:
                continue
            claimant = sentence[span[0]:first].strip()
            span = (span[0], span[0] + len(claimant))
        aside = _ASIDE_BEFORE.search(sentence, 0, span[0]) if group == "b" and sentence.startswith(
            ",", span[1]) else None
        if aside and aside.start() > 0:
            # "The Moscow-installed administration of Shakhtarsk, in occupied Donetsk region, said": the name after
            # a preposition, set off by commas, is where the speaker is; the speaker is the body named before it
            start = max(sentence.rfind(mark, 0, aside.start()) for mark in (", ", "; ", ": ")) + 2
            start = 0 if start == 1 else start
            head, whole = sentence[start:aside.start()].strip(), sentence[start:span[1]].strip()
            if len(head) <= 80 and (lexicon.party_of(head) or (
                    # "Denis Pushilin, Moscow's appointee in Donetsk, said": a person, and whose man he is
                    _PERSON.fullmatch(head) and lexicon.party_of(whole))):
                claimant, span = whole, (start, span[1])
        named = claimant[:1].isupper() or claimant[4:5].isupper()  # a name, not a clause in lower case
        title = _TITLE_BEFORE.search(sentence, 0, span[0]) if group == "b" else None
        if title:
            # "..., regional governor Yuri Slyusar said": the title in lower case belongs to the name
            claimant, span = sentence[title.start():span[1]].strip(), (title.start(), span[1])
        title_of = _TITLE_OF_BEFORE.search(sentence, 0, span[0]) if group == "b" and not title else None
        if title_of:
            claimant, span = sentence[title_of.start("t"):span[1]].strip(), (title_of.start("t"), span[1])
        officials = _OFFICIALS_BEFORE.search(sentence, 0, span[0]) if group == "b" else None
        if officials:
            # "..., officials in the Dnipropetrovsk region said": the officials of the place speak, not the place
            claimant, span = sentence[officials.start():span[1]].strip(), (officials.start(), span[1])
        found = lexicon.party_of(claimant, context or sentence) or _seated(sentence, claimant, span, context) or (
            _source_in_body(sentence, claimant, span))
        if not found and group == "q" and lexicon.body_kind(claimant):
            # "Russian state media quoted the defence ministry as saying": a party's media quoting a body of a kind
            # named with no party quote their own side's
            clause = max(sentence.rfind(mark, 0, match.start()) for mark in (", ", "; ", ": ", ". ")) + 2
            relayer = sentence[0 if clause == 1 else clause:match.start()].strip()
            found = lexicon.party_of(relayer) if 2 < len(relayer) < 80 else None
        led = _LEADS.match(match.group("rel") or "") if group == "b" and span[1] == match.end("b") else None
        if not found and led and named and (led_by := lexicon.party_of(led.group("body"), context or sentence)):
            # "Serhiy X, who leads Ukraine's Unmanned Systems Forces, said": the body a named person leads is whose
            # he is
            return sentence[span[0]:match.end("rel")], led_by[0], (span[0], match.end("rel"))
        if found and group == "b" and match.group("aside") and span[1] == match.end("b"):
            return sentence[span[0]:match.end("aside")], found[0], (span[0], match.end("aside"))
        if found:
            return claimant, found[0], span
        # "A spokesman for Ukraine's army, Dmytro Lykhovii, told reporters": a title before the name says whose he is
        apposed = _TITLE_APPOSED.search(sentence, 0, span[0]) if group == "b" and named else None
        found = lexicon.party_of(apposed.group("t"), context or sentence) if apposed else None
        if apposed and found:
            return sentence[apposed.start("t"):span[1]].strip(), found[0], (apposed.start("t"), span[1])
        titled = _TITLE_AFTER.match(sentence, span[1]) if named else None
        found = lexicon.party_of(sentence[span[0]:titled.end()], context or sentence) if titled else None
        if titled and found:
            return sentence[span[0]:titled.end()].strip(), found[0], (span[0], titled.end())
        if fallback is None and not _PRONOUNS.match(claimant) and group not in ("p", "e") and (
                group != "b" or named or _KIND_ONLY.fullmatch(claimant)):
            fallback = (claimant, None, span)
    colon = (_QUOTE_AFTER_COLON.search(sentence) or _SAYING_PARTICIPLE.search(sentence)) if (
        fallback is None or fallback[1] is None) else None
    if colon:
        # 'Foreign Ministry spokeswoman X brushed the account aside: "No Russian drones attacked ..."': who opens the
        # clause that a colon ends before a quotation speaks the quoted words (or one that a participle of saying
        # follows: "…, telling reporters that …")
        who, where = colon.group("k").strip(), colon.span("k")
        title = _TITLE_BEFORE.search(sentence, 0, where[0])
        if title:
            who, where = sentence[title.start():where[1]].strip(), (title.start(), where[1])
        found = lexicon.party_of(who, context or sentence) or _seated(sentence, who, where, context)
        if found:
            return who, found[0], where
        if fallback is None and not _PRONOUNS.match(who):
            fallback = (who, None, where)
    called = _CALLED.search(sentence) if denial and (fallback is None or fallback[1] is None) else None
    if called:
        # "The Foreign Ministry called the footage staged": who labels the report false speaks (before an outlet the
        # lexicon does not know: "…, saying its forces had launched no drones, Meduza reported")
        group = "who" if called.group("who") else "how"
        found = lexicon.party_of(called.group(group), context or sentence) or _seated(
            sentence, called.group(group), called.span(group), context)
        if found:
            return called.group(group).strip(), found[0], called.span(group)
    titled = _TITLED_CALLED.search(sentence) if denial and (fallback is None or fallback[1] is None) else None
    if titled and (found := lexicon.party_of(titled.group("t"), context or sentence)):
        return titled.group("t").strip(), found[0], titled.span("t")
    return fallback


# "Ukrenergo: Overnight, the enemy attacked ...", "General Staff of the Armed Forces of Ukraine: Statements by ...": a
# body's name before a colon opening the text is the label of its own release, and the body speaks the whole text
_LABEL = re.compile(r"^\s*(?P<k>[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,9}?)\s*:\s+(?=\S)")


def release_label(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """The body a release is labelled with before a colon opening the text, when the lexicon knows its party (a
    place named there, "Kyiv: ...", is where, not who)."""
    from trucewatch.geo.gazetteer import geocode

    label = _LABEL.match(text)
    if label is None:
        return None
    who = label.group("k")
    found = active_lexicon().party_of(who)
    if found is None or found[1] == "designator" or geocode(who) is not None:
        return None
    return who, found[0], label.span("k")


def _seated(sentence: str, claimant: str, span: tuple[int, int], context: str = "") -> tuple[str, str] | None:
    """The party of a body named with none, from the town the sentence opens with right before it ("In Moscow, the
    Defence Ministry called the report fake": the body in Moscow is Moscow's), else from the article's dateline
    ("MOSCOW - ..., the Defence Ministry said"), when the lexicon knows that town's; a regional title ("the
    governor") named with no region is the dateline's region's or town's."""
    kind = active_lexicon().body_kind(claimant)
    seat = (_SEAT.search(sentence, 0, span[0]) if kind else None) or _DATELINE.search(f"{sentence}\n{context}")
    if seat is None:
        return None
    if kind is None:
        # "ZAPORIZHZHIA - …, Ivan Fedorov, the governor, wrote": a regional title of the dateline's region or town
        return active_lexicon().party_of(claimant, seat.group("seat").title())
    return active_lexicon().party_of(f"{seat.group('seat').title()}'s {claimant}")


# "a source in the service said", "sources at the ministry": an unnamed insider of a body named before by its last
# word (the words before "said" may hold the insider, or only the body after "in")
_SOURCE_IN = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w\-]+\s+)?sources?\s+(?:in|within|at|inside|close\s+to)\s+$",
                        re.IGNORECASE)
_THE_BODY = re.compile(r"(?:.*?\bsources?\s+(?:in|within|at|inside|close\s+to)\s+)?the\s+(?P<noun>[a-z]+)",
                       re.IGNORECASE)


def _source_in_body(sentence: str, claimant: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """The party of "a source in the service" from the body the sentence named before it ending in that word
    ("drones of Ukraine's SBU security service struck ..., a source in the service said": the SBU's)."""
    body = _THE_BODY.fullmatch(claimant.strip())
    if body is None:
        return None
    insider = re.search(r"\bsources?\b", claimant, re.IGNORECASE)
    before = span[0] + insider.start() if insider else None
    if before is None and (source := _SOURCE_IN.search(sentence, 0, span[0])) and source.end() == span[0]:
        before = source.start()
    if before is None:
        return None
    # the last body so named before the insider
    named = list(re.finditer(r"(?:[\w'’\-]+\s+){1,3}?" + body.group("noun") + r"\b", sentence[:before],
                             re.IGNORECASE))
    return active_lexicon().party_of(named[-1].group(0)) if named else None


_SEMICOLON = re.compile(r";\s+")


def own_voices(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence cut at each semicolon after which a party's body opens a clause as its speaker, when the words
    before it name a party of their own: two reports of two sides joined in one sentence."""
    parts: list[tuple[int, int]] = []
    for mark in _SEMICOLON.finditer(text, start, end):
        after = mark.end()
        found = claimant_in(text[after:end])
        if found is None or found[1] is None or found[2][0] > 0 or mark.start() - start < 30:
            continue
        if not any(party != found[1] for party, _, _ in lx.party_mentions(text[start:mark.start()])):
            continue
        parts.append((start, mark.start() + 1))
        start = after
    return [*parts, (start, end)]


def credit_taker(sentence: str) -> tuple[str, str | None, tuple[int, int]] | None:
    """Who takes credit ("The SBU took credit for ...", "Ukraine's military intelligence claimed the strike as its
    own"), when the lexicon knows their party: the words before the verb, from the clause's start."""
    credit = lx.CREDIT.search(sentence)
    if credit is None:
        return None
    start = max(sentence.rfind(mark, 0, credit.start()) for mark in (", ", "; ", ": ")) + 2
    start = 0 if start == 1 else start
    phrase = sentence[start:credit.start()].strip()
    found = active_lexicon().party_of(phrase) if 2 < len(phrase) < 80 else None
    return (phrase, found[0], (start, start + len(phrase))) if found else None
