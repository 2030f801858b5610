"""What one sentence says of the event of another: which later sentence speaks for an earlier one ("Russian forces
struck a substation in X. ISW assessed that the strikes aim to ..." gives the strike no speaker; "... All targets
were hit, the ministry said" does), who "in his words" names, a sentence that only corrects the time of the event
before it ("The ministry later corrected the date of the attack to Tuesday"), and debris that fell after an
interception ("Air defence shot down a drone over Y. Falling debris damaged a power line": one event, the
interception's, with what the debris hit), and the clock time of what a strike caused, told next ("... overnight. A
fire broke out at 04:30.": the strike happened within the hour before). The words are data:
``data/follow_ups.yaml``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from trucewatch import safe_yaml
from trucewatch.nlp import event_roles
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.attribution import claimant_in, release_label
from trucewatch.nlp.pipeline import ArticleState, Frame, component
from trucewatch.nlp.place_names import names_in
from trucewatch.nlp.place_own import names_own_place
from trucewatch.nlp.syntax_roles import quoted

OPENING_SENTENCES = 3  # the article's claimant is the first speaker of its first sentences
SPEAKER_LOOKBACK = 3  # sentences before one with "in his words" searched for who he is
QUOTE_REACH = 3  # sentences after one that opens a quotation searched for the one that closes it and names who spoke


@cache
def cross_sentence_patterns() -> dict[str, re.Pattern[str]]:
    """The cross-sentence patterns, built from ``data/follow_ups.yaml``."""
    text = resources.files("trucewatch").joinpath("data/follow_ups.yaml").read_text("utf-8")
    data = safe_yaml.load(text, "trucewatch/data/follow_ups.yaml")

    def words(key: str) -> str:
        return "|".join(sorted(data[key], key=len, reverse=True))

    return {
        # ("think tank" is a noun)
        "assessing": re.compile(r"\s*,?\s*(?:(?:has|have|had|also|now)\s+)*(?:" + words("assessing_verbs")
                                + r")\b(?!\s+tanks?\b)", re.IGNORECASE),
        "assessing_before": re.compile(r"\b(?:" + words("assessing_verbs") + r")\s+$", re.IGNORECASE),
        "intent": re.compile(r"\b(?:" + words("intent_phrases") + r")\b", re.IGNORECASE),
        "another": re.compile(r"\b(?:" + words("another_event") + r")\b", re.IGNORECASE),
        "asking": re.compile(r"\b(?:" + words("asking_about") + r")\s+(?:the|these|those|this|that|its|their)\s+"
                             r"(?:[\w\-]+\s+)?$", re.IGNORECASE),
        # ("The strike came at around 23:00 on Tuesday": the event before named again, told only its time)
        "timed": re.compile(
            r"^\s*(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:" + words("event_nouns") + r")\s+(?:" + words("timing_verbs")
            + r")\s+(?P<circumstance>(?:" + words("circumstance_words") + r")\b)?(?P<when>[^,;]+)", re.IGNORECASE),
        # ("Shadows in the footage place the strike in mid-afternoon on Sunday", "Residents dated the blast to 3 a.m."):
        # the event before named again and dated by what was seen of it
        "placed": re.compile(
            # (the base forms "place" and "date" are verbs only after no determiner: :func:`_placed`)
            r"\b(?P<verb>" + words("placing_verbs") + r"|place|date)"
            r"\s+(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:" + words("event_nouns")
            + r")\s+(?P<when>(?:at|in|on|to|around|about|shortly|just|between|from|early|late|before|after)\b[^;]*)",
            re.IGNORECASE),
        "correction": re.compile(
            r"\b(?:" + words("correcting_verbs") + r")\s+(?:the|its|their)\s+(?:" + words("time_nouns") + r")\s+"
            r"(?:of|for|given for)\s+(?:the|this|that|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:" + words("event_nouns")
            + r")\s+to\s+(?P<when>.+)$", re.IGNORECASE),
        # ("The shelling damaged ...", "The bomb hit ...", "Rockets fell on ...", "It landed beside ...", "One
        # crashed into ...": the event or its weapons named again)
        "consequence": re.compile(
            r"^\s*(?:(?:(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?)?(?:" + words("event_nouns") + "|"
            + words("weapon_nouns") + r")|it|they|one|one of them)\s+(?:also\s+|then\s+)?"
            # ("The bombs fell between 22:40 and 23:20 and wrecked ...": their arrival, then what they did)
            r"(?:(?:" + words("arrival_verbs") + r")\b[^.;,]{0,60}?\band\s+)?(?:" + words("debris_harm") + r")\b",
            re.IGNORECASE),
        # ("A shell struck the village's clinic", "A missile hit a school in the town": one weapon not named before,
        # in the place before named again by its kind; "Another drone hit ..." is not one of these)
        "one_weapon": re.compile(r"^\s*(?:an?|one)\s+(?:[\w\-]+\s+)?(?:" + words("weapon_nouns")
                                 + r")\s+(?:also\s+)?(?:" + words("debris_harm") + r")\b", re.IGNORECASE),
        "place_again": re.compile(r"\b(?:the|that|this)\s+(?:" + words("places_again") + r")\b(?!\s+of\b)",
                                  re.IGNORECASE),
        # ("The plant stands in the town of Ukrainka", "Radiation levels at the site in Kurchatov were normal": where
        # the thing struck stands)
        "sited": re.compile(
            r"^\s*(?:the|this|that|its)\s+(?:[\w\-]+\s+){0,2}?(?:" + words("described_nouns") + r")\s+(?:itself\s+)?(?:"
            + words("siting_verbs") + r")\s+(?:(?:just|right|some|about|roughly|around)\s+)?(?:in|near|outside|by|"
            r"on\s+the\s+outskirts\s+of|close\s+to|\d+\s*(?:km|kilometres|kilometers)\b)|"
            r"\b(?:at|of)\s+the\s+(?:site|plant|station|facility)\s+(?:in|near|outside)\s+(?=[A-Z])", re.IGNORECASE),
        # ("An industrial enterprise was damaged", "A boiler house that heats the school was damaged, he said"; not
        # "The plant was struck again on Friday", a second strike)
        "harmed": re.compile(r"^\s*(?:an?|the|two|three|several|some)\s+[^,.;]{2,60}?\s+(?:was|were)\s+(?:also\s+)?(?:"
                             + words("harm_passive") + r")\b(?!\s+(?:by|again)\b)", re.IGNORECASE),
        # ("A fire broke out at 04:30", "Power went out at 23:10"): what a strike caused, which has a time of its own
        "caused": re.compile(r"\b(?:" + words("consequence_words") + r")\b", re.IGNORECASE),
        "debris": re.compile(
            # (a clause of the sentence before, split at ", and": "Drones attacked X overnight, and falling debris
            # damaged a block of flats")
            r"^\s*(?:and\s+)?(?:(?:the|some|falling|burning|fallen|flying|the\s+falling)\s+)*(?:"
            + words("debris_nouns") + r")\b(?P<rest>.*?)\b(?:" + words("debris_harm") + r")\b", re.IGNORECASE),
        # ("One of them was brought down above X, and its wreckage fell onto a substation in Y": group ``debris``)
        "debris_of_one": re.compile(
            r"^\s*(?:" + words("one_of_them") + r")\b[^.;]*?[,;]?\s+(?:and\s+)?(?P<debris>(?:its|their|the)\s+"
            r"(?:falling\s+)?(?:" + words("debris_nouns") + r"))\b[^.;]*?\b(?:" + words("debris_harm") + r")\b",
            re.IGNORECASE),
        # ("... destroyed drones over X, and falling debris from one of them set a locomotive on fire in Y": the
        # debris told in the interception's own sentence; trucewatch.nlp.debris_place)
        "debris_within": re.compile(
            r"\b(?:(?:falling|burning|fallen|flying)\s+)?(?:" + words("debris_nouns") + r")\b[^.;]*?\b(?:"
            + words("debris_harm") + r")\b", re.IGNORECASE),
        # ("called it a deliberate Russian hit", "described the strike as a war crime"): the event before named again
        # as what the speaker judges it to be, the event word after the naming
        "named_as": re.compile(
            r"\b(?:" + words("naming_verbs") + r")\s+(?:it|this|that|(?:the|this|that)\s+(?:" + words("event_nouns")
            + r"))\s+(?:as\s+)?(?:an?|the|another|yet another)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE),
        # ("... but called the attack reckless", "condemned the strike"): a naming verb before the event named again
        "naming_before": re.compile(r"\b(?:" + words("naming_verbs") + r")\s+(?:the|these|those|this|that)\s+"
                                    r"(?:[\w\-]+\s+)?$", re.IGNORECASE),
        # ("The plant makes explosives and filled shells for the army, the statement said"): the thing struck before,
        # named again by a generic noun, described
        "described": re.compile(
            r"^\s*(?:the|this|that)\s+(?:" + words("described_nouns") + r")\s+(?:also\s+)?(?:"
            + words("describing_verbs") + r")\b", re.IGNORECASE),
        # ("One got through and struck a substation in Y", "Two slipped through and hit ...")
        "got_through": re.compile(
            r"^\s*(?:" + words("leakers") + r")\b[^.;]{0,40}?\b(?:" + words("got_through") + r")\b", re.IGNORECASE),
    }


# ---------------------------------------------------------------------------------------------- who speaks for what
# "in his words", "in her own words": the person named as speaking before
_THEIR_WORDS = re.compile(r"\b[Ii]n\s+(?:his|her|their)\s+(?:own\s+)?words\b")
# a sentence that only says whose the account before was ("That was the account given by X", "That is according to X")
_ACCOUNT_BEFORE = re.compile(r"\W*(?:That|This|Such)\s+(?:was|is)\s+(?:(?:the|his|her|their)\s+(?:[\w\-]+\s+)?"
                             r"(?:account|version|picture)\s+(?:given|offered|provided|posted|shared|released)\s+by|"
                             r"according\s+to)\s+(?:the\s+)?$")
# what is said ends before the speaker: "..., the governor said", '..." the governor wrote', "..., said the mayor"
_SAID_BEFORE = re.compile(r"(?:[,\"”’']\s*|,\s*(?:said|says|wrote|writes|added|stated|reported|noted)\s+)$")


def opening_claimant(state: ArticleState) -> None:
    """The article's claimant: the body a release is labelled with ("Ukrenergo: ..."), else the first speaker its
    first sentences name, and the sentence that names it."""
    label = release_label(state.article.text)
    if label:
        state.context_claimant, state.context_claimant_at = (label[0], label[1]), 0
        return
    for number, (start, end) in enumerate(state.sentences[:OPENING_SENTENCES]):
        found = _speaker(state, start, end)
        if found:
            state.context_claimant, state.context_claimant_at = (found[0], found[1]), number
            return


def _speaker(state: ArticleState, start: int, end: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """Who the sentence at ``start:end`` says speaks (the article's opening places a title: "the governor" of the
    region it names)."""
    text = state.article.text
    return claimant_in(text[start:end], f"{text[start:end]}\n{text[:2000]}")


def carried_claimant(state: ArticleState, frame: Frame) -> tuple[str, str | None] | None:
    """The claimant of a frame whose sentence names none: who "in his words" names, when the sentence says so;
    else the article's claimant, unless it is named only in a later sentence that speaks of another fact."""
    if _THEIR_WORDS.search(frame.sentence):
        for start, end in reversed(state.sentences[max(0, frame.index - SPEAKER_LOOKBACK):frame.index]):
            found = _speaker(state, start, end)
            if found:
                return found[0], found[1]
    if (quoted := _speaker_after_quote(state, frame)) is not None:
        return quoted
    said_at = state.context_claimant_at
    if state.context_claimant is None or said_at is None or said_at <= frame.index:
        return state.context_claimant
    return state.context_claimant if speaks_back(state, said_at) else None


def _speaker_after_quote(state: ArticleState, frame: Frame) -> tuple[str, str | None] | None:
    """Who speaks a quotation open at the end of the frame's sentence and closed in a later one, named after it
    ("\"This is one more fake. Our forces keep the halt,\" Ukraine's General Staff said"): the sentence that closes it
    names the speaker (within QUOTE_REACH sentences)."""
    text = state.article.text
    if not quoted(text, frame.offset + len(frame.sentence)):
        return None
    for start, end in state.sentences[frame.index + 1:frame.index + 1 + QUOTE_REACH]:
        if not quoted(text, end):  # the quotation closes here
            found = _speaker(state, start, end)
            return (found[0], found[1]) if found else None
    return None


def speaks_back(state: ArticleState, number: int) -> bool:
    """Whether the speaker of sentence ``number`` speaks for the event of an earlier sentence: not when it judges
    ("ISW assessed that", "the strikes aim to") or tells of another event ("also", "separately"); yes when the
    sentence tells of an event itself, or puts its speaker after what is said ("All targets were hit, the
    ministry said"); not when the speaker opens a sentence that tells of something else ("Peskov said the talks
    would go ahead", "authorities reported power cuts")."""
    start, end = state.sentences[number]
    sentence = state.article.text[start:end]
    found = _speaker(state, start, end)
    patterns = cross_sentence_patterns()
    if found is None or patterns["intent"].search(sentence) or patterns["another"].search(sentence):
        return False
    span = found[2]
    if patterns["assessing"].match(sentence, span[1]) or patterns["assessing_before"].search(sentence, 0, span[0]):
        return False
    if any(frame.index == number for frame in state.frames):
        return True
    if _BLAMES.match(sentence, span[1]):
        return True  # "... The owner did not comment, but governor X blamed Ukraine": the blame is for the event before
    return span[0] > 0 and (_SAID_BEFORE.search(sentence, 0, span[0]) is not None
                            or _ACCOUNT_BEFORE.match(sentence, 0, span[0]) is not None)


# a speaker blaming or accusing a party of the event before and of nothing else ("governor X blamed Ukraine", "accused
# Kyiv of a drone attack"; not "accused Kyiv of wrecking the talks")
_BLAMES = re.compile(
    r"\s*(?:(?:has|had|also|quickly|promptly)\s+)*(?:blamed|blames|accused|accuses)\s+(?:the\s+)?"
    r"(?:Ukraine|Russia|Kyiv|Kiev|Moscow|the Kremlin|Ukrainian|Russian)(?:['’]s)?(?:\s+[\w\-]+){0,3}?"
    r"(?:\s+(?:for|of)\s+(?:the|a|an|this|that)\s+(?:[\w\-]+\s+){0,2}?(?:attack|strike|fire|blaze|blast|explosion|"
    r"shelling|raid)s?)?\s*[.;]?\s*$")


# ------------------------------------------------------------------------------------- corrections and debris
@component("trucewatch.follow_ups.v1", reads=("frames.event",), writes=("frames",))
def follow_ups(state: ArticleState) -> None:
    """Sentences that tell more of the event before them rather than an event of their own: a correction of its
    time is kept as the earlier frame's ``correction`` (read by the time component); debris that fell after an
    interception joins the interception's frame, whose sentence then runs to the debris sentence's end."""
    patterns = cross_sentence_patterns()
    text = state.article.text
    by_index = {frame.index: frame for frame in state.frames}
    before: Frame | None = None  # the frame of the nearest sentence before
    for number, (start, end) in enumerate(state.sentences):
        own = by_index.get(number)
        if before is not None and _told_of(state, before, own, number, text[start:end], end, patterns):
            continue
        if before is None and own is not None and _asked_of(text[start:end], own, patterns):
            # "Kyiv's power company declined to comment on the attack. Russian drones struck ...": what is asked
            # of an event the article tells later, no event of its own
            _drop(state, own, text[start:end], "what is asked or not told of the event")
            continue
        before = own or before


def _told_of(state: ArticleState, before: Frame, own: Frame | None, number: int, sentence: str, end: int,
             patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether sentence ``number`` only tells more of the event of ``before`` (then its own frame, if any, is
    dropped and what it tells is kept on ``before``)."""
    correction = patterns["correction"].search(sentence)
    if correction and (own is None or own.trigger[0] >= correction.start()):
        before.put("correction", correction.group("when"))
        _drop(state, own, sentence, "a correction of the time of the event before")
        return True
    timed, shift = patterns["timed"].match(sentence), 0
    lead = None if timed else _SPEAKER_LEAD.match(sentence)
    later = patterns["timed"].match(sentence[lead.end():]) if lead else None
    if lead and later and _DAYS_BEFORE.search(later.group("when")) and _CLOCK_AFTER.match(
            sentence, lead.end() + later.end("when")):
        # "The regional head said the attack took place two days earlier, at about 20:00": after a speaker's lead,
        # only a day told against the report's own, with its clock (a day told alone may be of another thing)
        timed, shift = later, lead.end()
    if (timed and before.event != "interception" and (own is None or own.trigger[0] < shift + timed.end("when"))
            and "correction" not in before.values
            # (a party named after the time told is of what the time is told against: "at about 23:00 on Sunday, less
            # than a day after Moscow's truce ran out")
            and not any(start < shift + timed.end("when") for _, start, _ in lx.party_mentions(sentence))
            and not patterns["another"].search(sentence)
            and (_TIME_WORD.search(timed.group("when")) or _DAYS_BEFORE.search(timed.group("when")))
            and not any(not _TIME_WORD.fullmatch(name) for name, *_ in names_in(sentence))):
        if timed.group("circumstance"):
            # "The attack came while the truce announced the previous afternoon was in force": the event before
            # named again, and the time told is of something else
            _drop(state, own, sentence, "the event before named again, with a time of something else")
            return True
        # "The strike came at around 23:00 on Tuesday, the ministry said": when the event before was, no event of
        # its own (what it goes on to tell of the event is detail); a clock right after a day told against the
        # report's ("two days earlier, at about 20:00") is part of it
        clock = _CLOCK_AFTER.match(sentence, shift + timed.end("when"))
        before.put("correction", timed.group("when") + (clock.group() if clock else ""))
        _drop(state, own, sentence, "the time of the event before")
        return True
    placed = _placed(sentence, patterns["placed"])
    if (placed and before.event != "interception" and before.index == number - 1
            and (own is None or placed.start() <= own.trigger[0] < placed.start("when"))
            and "correction" not in before.values and _TIME_WORD.search(placed.group("when"))
            and not patterns["another"].search(sentence)):
        # "... a drone hitting a tank near X. Shadows in the footage place the strike in mid-afternoon on Sunday":
        # when the event before was, as what was seen of it dates it
        before.put("correction", placed.group("when"))
        _drop(state, own, sentence, "the time of the event before, as what was seen of it dates it")
        return True
    if own is not None and (_judged_again(sentence, own, patterns)
                            or patterns["named_as"].search(sentence, 0, own.trigger[0])):
        _drop(state, own, sentence, "a judgement of the event before")
        return True
    if (own is not None and before.event in _STRIKES and before.index == number - 1 and own.event in _STRIKES
            and "correction" not in before.values and patterns["described"].match(sentence)
            and not patterns["another"].search(sentence) and not names_in(sentence)):
        # "... its drones struck Promsintez in Chapayevsk. The plant makes explosives and filled shells for the army,
        # and several explosions were recorded on the site": what the thing struck is, and what the strike did
        join(state, before, own, sentence, end, "what the thing struck before is")
        return True
    sited = patterns["sited"].search(sentence) if own is None and (
        before.event in _STRIKES or before.event == "interception") else None
    if (sited and number - 2 <= before.index < number and event_roles.mentions(before.sentence, lx.TARGETS)
            and names_in(sentence)
            and not lx.party_mentions(sentence) and not patterns["another"].search(sentence)):
        # "Russian missiles destroyed the Trypillia thermal power plant ... The plant stands in the town of Ukrainka":
        # where the thing struck stands is the place struck (trucewatch.nlp.debris_place reads the place there)
        at = end - len(sentence) - before.offset
        join(state, before, own, sentence, end, "where the thing struck before stands")
        before.put("debris_at", at)
        return True
    leaked = patterns["got_through"].match(sentence)
    if (leaked and before.event == "interception" and before.index == number - 1
            and (own.event in _STRIKES if own is not None else bool(_HARMED.search(sentence, leaked.end())))
            and "correction" not in before.values):
        # "Air defence engaged drones over X. One got through and struck a substation in Y": one attack, and what
        # it did is the strike; it is placed where the one that got through hit (trucewatch.nlp.debris_place)
        at = end - len(sentence) - before.offset
        join(state, before, own, sentence, end, "a weapon of the interception before that got through")
        before.event = own.event if own is not None else "strike"
        before.put("debris_at", at)
        return True
    # ("Sergei X, the head of the region, added that falling debris damaged a substation in Y": the debris told
    # after a speaker's verb of saying)
    debris, skip = _after_lead(patterns["debris"], sentence)
    of_one = None if debris else patterns["debris_of_one"].match(sentence)
    if ((debris or of_one) and before.event == "interception" and before.index == number - 1
            and (own is None or own.event == "strike" or (of_one and own.event == "interception")
                 # "Wreckage of a downed drone landed on a house": the interception word tells where the debris came
                 # from
                 or (debris and own.event == "interception" and own.trigger[0] < skip + debris.end("rest")))
            and "correction" not in before.values):
        # where the debris part starts in the joined sentence: a place it names is where the debris fell
        # (trucewatch.nlp.debris_place)
        at = end - len(sentence) - before.offset + (of_one.start("debris") if of_one else skip)
        join(state, before, own, sentence, end, "debris of the interception before")
        before.put("debris_at", at)
        return True
    if (debris and before.event in _STRIKES and before.index == number - 1 and skip == 0
            and (own is None or own.event in ("interception", *_STRIKES)) and "correction" not in before.values
            and {party for party, *_ in lx.party_mentions(sentence)} <= {
                party for party, *_ in lx.party_mentions(before.sentence)}
            and not patterns["another"].search(sentence) and not names_own_place(sentence, before.sentence)):
        # "Ukraine attacked the Tuapse refinery on the night before the truce began, X said. Debris from a Ukrainian
        # drone shot down over the plant at about 02:30 on Saturday set fire to a unit, it said": the strike told
        # again by its debris, and the clock it gives is the strike's
        clock = _CLOCK_PHRASE.search(sentence)
        join(state, before, own, sentence, end, "debris of the strike before")
        if clock is not None:
            before.put("correction", clock.group())
        return True
    said = _SAID_LEAD.match(sentence)
    told = sentence[said.end():] if said else sentence
    if (before.event != "interception" and before.index == number - 1 and (own is None or own.event in _STRIKES)
            and "correction" not in before.values
            and (patterns["consequence"].match(told) or patterns["harmed"].match(told)
                 or (patterns["one_weapon"].match(told) and patterns["place_again"].search(told)))
            and not _told_parties(sentence) and not patterns["another"].search(sentence)
            and not names_own_place(sentence, before.sentence) and not _other_side_speaks(said, sentence, before)):
        # (a sentence naming a place of its own, or "in a separate attack", may tell another strike: kept apart; a
        # district of the city before, or "on Telegram", is no place of its own; the other side's account of the
        # strike, "Kyiv said the strike hit a crowded street", is its own)
        # "Russian troops shelled X. The shelling damaged a school.": what the strike did, no event of its own
        join(state, before, own, sentence, end, "what the strike before did")
        return True
    stamp = _STAMPED.search(sentence) if own is None and before.index == number - 1 else None
    if stamp and "correction" not in before.values and not lx.party_mentions(sentence):
        # "... a drone diving into a fuel storage site. The metadata of the first clip gives 22:14 UTC on 31 August":
        # the time the footage was stamped with is the event's
        before.put("correction", stamp.group("when"))
        return True
    if (own is None and before.event in _STRIKES and before.index == number - 1 and "correction" not in before.values
            and patterns["caused"].search(sentence) and _CLOCK.search(sentence)
            and not lx.party_mentions(sentence) and not patterns["another"].search(sentence)
            and not names_in(sentence)):
        # "Russian drones struck a substation in Sumy overnight. A fire broke out at 04:30.": the clock time of
        # what the strike caused (read by the time component); the sentence tells no event of its own
        before.put("consequence_time", [number, end - len(sentence), end])
        return True
    return False


def _other_side_speaks(said: re.Match[str] | None, sentence: str, before: Frame) -> bool:
    """Whether the speaker a sentence opens with (``said``: "Kyiv said the strike ...") is of a party other than the
    claimant of the strike told before."""
    if said is None:
        return False
    speaker = claimant_in(sentence[:said.end()])
    if speaker is None or speaker[1] is None:
        return False
    claimant = before.values.get("claimant")
    if claimant is None:
        told = claimant_in(before.sentence)
        claimant = told[1] if told is not None else None
    return claimant is not None and speaker[1] != claimant


def _told_parties(sentence: str) -> list[tuple[str, int, int]]:
    """The parties a sentence names in what it tells: not in the words naming its speaker ('The depot was destroyed,"
    the Russian Defence Ministry said') nor in a clause of the speaker's blame after what is said ('..., the
    governor wrote, blaming Ukrainian artillery': whose the event before was, no event of its own)."""
    mentions = lx.party_mentions(sentence)
    if not mentions:
        return mentions
    blame = _BLAME_CLAUSE.search(sentence)
    said = claimant_in(sentence)
    speaker = said[2] if said is not None else None
    return [each for each in mentions if (blame is None or each[1] < blame.start())
            and (speaker is None or not speaker[0] <= each[1] < speaker[1])]


# the speaker's blame, told after what was said ("..., Khinshtein wrote on Telegram, blaming Ukrainian artillery")
_BLAME_CLAUSE = re.compile(r",\s*(?:and\s+)?(?:blaming|accusing|blamed|accused)\b[^.;\"“”]*\.?\s*$", re.IGNORECASE)
# the time footage is stamped with ("The metadata of the first clip gives 22:14 UTC on 31 August", "the video's
# timestamp reads 03:12")
_STAMPED = re.compile(r"\b(?:metadata|time\s*stamps?|time\s+code)\b[^.;]{0,60}?\b(?P<when>\d{1,2}[:.]\d{2}[^;,]*)",
                      re.IGNORECASE)
# what the one that got through did ("One got through and hit a substation"; "hit" alone makes no event of its own)
_HARMED = re.compile(r"\b(?:hit|struck|damaged|destroyed|slammed|crashed|exploded|landed)\b", re.IGNORECASE)
# who said it, before what was said ("The company, which does not name its stations, said the missile hit ..."):
# what was said may tell more of the event before as a sentence of its own would
# a speaker's words before what a sentence tells of the event before ("Sergei X, the head of the region, added that")
_SPEAKER_LEAD = re.compile(r"^[^.;]{0,150}?\b(?:said|says|added|adds|stated|reported|confirmed|wrote|writes|"
                           r"told(?:\s+(?:the\s+|a\s+)?[\w\-]+)?)\s+(?:that\s+)?")


def _after_lead(pattern: re.Pattern[str], sentence: str) -> tuple[re.Match[str] | None, int]:
    """The pattern's match at the sentence's start, else right after a speaker's lead (:data:`_SPEAKER_LEAD`), with
    where the matched words start."""
    found = pattern.match(sentence)
    lead = None if found else _SPEAKER_LEAD.match(sentence)
    after = pattern.match(sentence[lead.end():]) if lead else None
    return (after, lead.end()) if lead and after else (found, 0)
_SAID_LEAD = re.compile(r"^[^.;]{0,150}?\b(?:said|says|added|stated|reported|confirmed)\s+(?:that\s+)?(?=[Tt]he\b)")
# a word of time: a clock, a day, a part of the day
_TIME_WORD = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:a\.?m|p\.?m)|"
                        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                        r"\b(?:morning|afternoon|evening|night|overnight|midnight|noon|dawn|dusk|yesterday|today)\b",
                        re.IGNORECASE)
# a day told against the report's own ("two days earlier", "the night before", "the previous evening")
_DAYS_BEFORE = re.compile(r"\b(?:(?:\w+|a)\s+days?\s+(?:earlier|before)|the\s+(?:day|night|evening|morning)\s+before|"
                          r"the\s+previous\s+(?:day|night|evening|morning)|yesterday)\b", re.IGNORECASE)
# a clock set off by a comma after a day ("..., at about 20:00")
_CLOCK_AFTER = re.compile(r",\s*(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}\b")
# a clock time with what dates it, up to the clause's end ("at about 02:30 on Saturday")
_CLOCK_PHRASE = re.compile(r"\b(?:at\s+(?:about\s+|around\s+|roughly\s+)?)?\d{1,2}[:.]\d{2}\b[^,;]*")
# a clock time ("at 04:30", "at about 4:30 a.m.", "at 23:10 local time"): the consequence sentence must name one
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![\w])", re.IGNORECASE)


# the kinds of event whose frame, in a sentence telling what the strike before did, is that strike's
_STRIKES = ("strike", "shelling")
# the event named again ("the strikes", "these attacks")
_NAMED_AGAIN = re.compile(r"\b(?:the|these|those|such|this|that|its|their)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


# the words before "place" or "date" that make it a noun ("the date the strike ...", "to place the strikes in context")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|to|same|no|this|that|which|first)\s+$", re.IGNORECASE)


def _placed(sentence: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of the "placed" pattern whose verb is a verb ("place" and "date" only after no determiner)."""
    for match in pattern.finditer(sentence):
        if match.group("verb").lower() not in ("place", "date") or not _NOUN_BEFORE.search(
                sentence, max(0, match.start() - 10), match.start()):
            return match
    return None


def _judged_again(sentence: str, frame: Frame, patterns: dict[str, re.Pattern[str]]) -> bool:
    """"ISW assessed that the strikes aim to ...", "Analysts said the pattern of the attacks suggested an effort to
    ...", "The statement gave no details about the damage": a judgement of the event named again (a judging verb
    before it, or after it with the event its subject), or what is asked of it when no place is named with it
    ("Details of the strike on a school in X emerged": a strike of its own, maybe), no event of its own."""
    if not _NAMED_AGAIN.search(sentence, 0, frame.trigger[0]):
        return False
    if patterns["naming_before"].search(sentence, 0, frame.trigger[0]) and not names_own_place(
            sentence[frame.trigger[0]:], ""):
        return True  # "... but called the attack reckless": the event named again as what the speaker judges it
    words_before = re.finditer(r"\s\w", sentence[:frame.trigger[0]])
    # (the purpose a denial gives the claim it denies is no judgement of the event: "branded the claim a fabrication
    # aimed at the talks")
    intent = patterns["intent"].search(sentence, frame.trigger[1]) and not lx.DENIAL.search(sentence)
    return bool(intent or _asked_of(sentence, frame, patterns)
                or patterns["assessing"].match(sentence, frame.trigger[1])
                or any(patterns["assessing"].match(sentence, word.start()) for word in words_before))


def _asked_of(sentence: str, frame: Frame, patterns: dict[str, re.Pattern[str]]) -> bool:
    """"The statement gave no details about the damage", "Transneft declined to comment on the strike": what is
    asked or not told of the event named again, with no place named with it ("Details of the strike on a school in
    X emerged" may tell a strike of its own; a place in the speaker's name, "Kyiv's power company", is no matter)."""
    return bool(_NAMED_AGAIN.search(sentence, 0, frame.trigger[0])
                and patterns["asking"].search(sentence, 0, frame.trigger[0])
                and not names_in(sentence[frame.trigger[0]:]))


def join(state: ArticleState, before: Frame, own: Frame | None, sentence: str, end: int, why: str) -> None:
    """The sentence ending at ``end`` tells more of ``before``'s event: ``before``'s sentence runs to its end, and
    its own frame, if any, is dropped."""
    before.sentence = state.article.text[before.offset:end]
    state.parses.pop(before.index, None)  # the parse of the sentence alone no longer fits
    _drop(state, own, sentence, why)


def _drop(state: ArticleState, frame: Frame | None, sentence: str, why: str) -> None:
    if frame is not None:
        state.frames.remove(frame)
    state.dropped.append((sentence, why))


# ---------------------------------------------------------------------------------------- the strike told again
# the thing a sentence before named, named again where the strike on it is told ("the building had been hit",
# "his units had hit it", "rockets struck the site")
_THING_AGAIN = re.compile(
    r"\b(?:the|that|this)\s+(?:same\s+|damaged\s+)?(?:building|site|facility|plant|station|object|structure|"
    r"installation|enterprise|depot)\b(?!['’])|"
    r"\b(?:hit|struck|attacked|targeted|shelled|damaged|bombed|hitting|striking)\s+(?:it|them)\b", re.IGNORECASE)


@component("trucewatch.retold.v1", reads=("frames.weapon", "frames.occurred", "frames.claimant"),
           writes=("frames.weapon", "frames.occurred"))
def retold(state: ArticleState) -> None:
    """A sentence that tells what became of a thing and names no weapon ("Part of X was without heat
    after a boiler house was damaged", "The pumping station at X was on fire on Tuesday morning"), its speaker
    named only in the next sentence, which tells the strike on that thing again by a word naming it again ("The
    governor said the building had been hit by artillery fire in the morning", "X said his units had hit it
    overnight"): the first takes the weapon of the second, and its time when the second states one, since that
    is when the thing was struck. Both stay reports (the second may tell more)."""
    by_index = {frame.index: frame for frame in state.frames}
    for frame in state.frames:
        told = by_index.get(frame.index + 1)
        if (told is None or "weapon" in frame.values or "claimant" in frame.spans
                or frame.values.get("claimant") is None or told.values.get("claimant") != frame.values["claimant"]
                or {told.event, frame.event} - set(_STRIKES) or frame.values.get("denial")
                or told.values.get("denial")):
            continue
        said = told.spans.get("claimant")
        if not _THING_AGAIN.search(told.sentence, said[1] if said else 0):
            continue
        if "weapon" in told.values:
            frame.put("weapon", told.values["weapon"])
        own_time = told.values.get("occurred")
        if own_time is not None and own_time.how not in ("publication", "context"):
            frame.spans.pop("occurred", None)
            frame.put("occurred", own_time)
