"""The extraction components. Each registers under a versioned name and declares what it reads/writes.

Order of the default pipeline (see :data:`DEFAULT_COMPONENTS`): sentences -> events -> follow-ups -> claims ->
actor -> weapon -> target -> counts -> casualties -> outcome -> time -> the strike told again -> place -> where debris
fell -> the strike told in detail -> headline -> side by place -> local time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from trucewatch.nlp import actors as _actors  # noqa: F401  (registers trucewatch.actor.v2)
from trucewatch.nlp import debris_place as _debris  # noqa: F401  (registers trucewatch.debris_place.v1)
from trucewatch.nlp import (
    event_roles,
    follow_ups,
    main_event,
    speaker_reference,
    spelling,
    syntax,
    syntax_roles,
    syntax_words,
    target_choice,
    target_reference,
)
from trucewatch.nlp import headline as _headline  # noqa: F401  (registers trucewatch.headline.v1)
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp import local_time as _local_time  # noqa: F401  (registers trucewatch.local_time.v1)
from trucewatch.nlp import measures as _measures  # noqa: F401  (registers counts, casualties, outcome)
from trucewatch.nlp import places as _places  # noqa: F401  (registers trucewatch.place.v2)
from trucewatch.nlp import sides_by_place as _sides  # noqa: F401  (registers trucewatch.side_by_place.v1)
from trucewatch.nlp import told_in_detail as _detail  # noqa: F401  (registers trucewatch.told_in_detail.v1)
from trucewatch.nlp.alternation import by_first_letter
from trucewatch.nlp.attribution import NOUN_OR_SAYING, claimant_in, credit_taker, own_voices
from trucewatch.nlp.clauses import ORDINAL_OPENING, event_clauses, list_items
from trucewatch.nlp.parses import doc_of, parse_all
from trucewatch.nlp.pipeline import ArticleState, Frame, component
from trucewatch.nlp.sources import active_lexicon
from trucewatch.nlp.spacy_support import split_sentences
from trucewatch.nlp.timex import KYIV, MOSCOW, Resolved, _find_date, resolve_time, without_dateline
from trucewatch.nlp.timex_claimed import claim_zone
from trucewatch.nlp.timex_said import agreed_days
from trucewatch.nlp.timex_told import told_time
from trucewatch.nlp.timex_truce import with_truce_start
from trucewatch.nlp.triggers import has_weapon, triggers, truce_covers
from trucewatch.nlp.weapon_carrier import dropped_from
from trucewatch.nlp.weapon_made import made_there

_PRIORITY = ("interception", "ground_assault", "shelling", "strike", "violence", "protest")
MAX_PARSED = 64  # sentences without a trigger parsed per article at most (a long page stays fast)
MAX_SENTENCE_CHARS = 2000  # longer "sentences" are tables or run-on junk: not read for events


@component("trucewatch.sentences.v1", reads=("text",), writes=("sentences",))
def sentences(state: ArticleState) -> None:
    """Split the text into sentences with spaCy's rule-based sentencizer; a semicolon after which another
    party's body speaks ("...; Russia's MoD, for its part, claimed ...") ends a sentence too, and so does ", and"
    before a second event with a subject of its own (:mod:`trucewatch.nlp.clauses`)."""
    text = state.article.text
    for start, end in split_sentences(text):
        for part in own_voices(text, start, end):
            for clause in event_clauses(text, *part):
                listed = list_items(text, *clause)
                if listed is None:
                    state.sentences.append(clause)
                    continue
                head = len(state.sentences)
                state.sentences.append(listed[0])
                for item in listed[1]:
                    state.list_heads[len(state.sentences)] = head
                    state.sentences.append(item)


def _clause_before(sentence: str, position: int) -> str:
    start = max(sentence.rfind(mark, 0, position) for mark in (",", ";", ":", " but ", " while "))
    return sentence[start + 1 if start >= 0 else 0 : position]


# stems of verbs of destruction and of taking captive (any inflection: "razed", "levelling", "knocked")
_DESTRUCTION_STEMS = frozenset({
    "knock", "captive", "raze", "level", "gut", "riddle", "scorch", "shatter", "obliterate", "pulveri", "ravage",
    "mangle", "sabotage", "torch", "flatten", "smash", "devastate", "blacken", "ransack", "plunder", "vandali",
    "retook", "pierc", "punctur", "pummel", "eliminat", "annihilat", "wipe", "went down", "uninhabitable",
    "remains", "falls", "fallen", "mining", "mined", "breach", "stole", "steal", "torn", "tore", "detonat", "bury",
    "buri", "overran", "overrun", "sunk", "sank", "mowed", "mown", "succumb"})
# Words that may report an event without a trigger ("Damage to a school", "A missile landed near ..."):
# such sentences are parsed, and the parse decides by word class and role (trucewatch.nlp.syntax).
_CUES = re.compile(r"\b(" + by_first_letter([
    "damag\\w*", "destr\\w*", "ruin\\w*", "burn\\w*", "ablaze", "dead", "deceased", "bod(?:y|ies)", "corpses?",
    "casualt\\w*", "kill\\w*", "wound\\w*", "injur\\w*", "explo\\w*", "wreck\\w*", "drones?", "uavs?", "bombs?",
    "mines?", "shaheds?", "grenades?", "collaps\\w*", "landed", "fell", "crashed", "downed", "incendiar\\w*",
    "engulf\\w*", "blown", "blew", "hurt", "shot", "shoot\\w*", "holes?", "lost (?:his|her|their) li(?:fe|ves)",
    # the verbs of destruction, of ground retaken and of violence, in any inflection
    *sorted(f"{re.escape(verb[:-1] if verb.endswith('e') else verb)}\\w*" for verb in (
        (syntax_words.GROUND_VERBS - {"take"}) | syntax_words.VIOLENCE_VERBS | _DESTRUCTION_STEMS)),
    *sorted(re.escape(word) for word in syntax_words.HARM_ADJECTIVES | syntax_words.GROUND_NOUNS),
    # and every noun the parse reads as harm, military presence or a munition, singular or plural
    *sorted(f"{re.escape(word[:-1])}ies" for word in (
        syntax_words.HARM_NOUNS | syntax.PRESENCE_NOUNS | syntax_words.VIOLENCE_NOUNS) if word.endswith("y")),
    *sorted(f"{re.escape(word)}(?:s|es)?" for word in (
        syntax_words.HARM_NOUNS | syntax.PRESENCE_NOUNS | syntax.MUNITION_NOUNS | syntax.MUNITION_PARTS
        | syntax_words.GRAVE_NOUNS | syntax_words.VIOLENCE_NOUNS | syntax.SIDE_PEOPLE | syntax.MOVE_NOUNS
        | syntax_words.FLAG_NOUNS)),
    syntax.MODEL_PATTERN,
    # the verbs whose every use is violence, in every inflection ("gunned", "target" is not one), and those who attack
    *sorted({re.escape(form) for verb in syntax_words.VIOLENT_VERBS for form in spelling.inflections(verb)}),
    *sorted(f"{re.escape(word)}s?" for word in syntax_words.ATTACKER_NOUNS),
], ignore_case=True) + r")\b", re.IGNORECASE)  # grouped: trucewatch.nlp.alternation


_IMPACT = re.compile(r"\b(?:land(?:ed|ing)|fell|crash(?:ed|ing)|slamm(?:ed|ing)|smash(?:ed|ing)|tore through|"
                     r"ripped through|razed|flattened|collapsed|set ablaze|burn(?:ed|t) down)\b", re.IGNORECASE)
# harm with a natural cause and no weapon or party named is no event of this kind
_NATURAL = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|seismic|magnitude|eruptions?|volcan\w*|"
                      r"floods?|flooding|landslides?|mudslides?|rockfalls?|hurricanes?|typhoons?|cyclones?|"
                      r"tornado(?:es)?|tsunamis?|avalanches?|droughts?|heatwaves?|lightning|storms?|wildfires?|"
                      r"bushfires?|forest fires?|high winds|searing temperatures)\b", re.IGNORECASE)
# ...unless the sentence names a deliberate act ("floods after the dam was blown up")
# ("struck", "hit" are what a quake or a storm does too: they count by the weapon or the party named with them)
_DELIBERATE = re.compile(r"\b(?:attack\w*|shell\w*|bomb\w*|blow\w*|blew|explo\w*|sabotag\w*|"
                         r"detonat\w*|mined|undermin\w*|destroyed by|blast\w*)\b", re.IGNORECASE)
# what an `other` event found by the parse is, by what made it one (syntax.EventWord.cue)
_OTHER_KINDS = {"remnant": "munition_remnants", "burial": "burial_site", "bodies": "bodies_found",
                "presence": "military_presence", "violence": "violence"}
# kinds that are traces of an earlier event: their time is when they were found or seen, not when it happened
TRACE_KINDS = frozenset({"munition_remnants", "burial_site", "bodies_found"})
TRACE_TIME = ("when the traces were found or seen, as the text dates it; the text gives no time for the event "
              "that left them")
_CORRECTION = re.compile(r"^\s*(?:editor['’]s\s+)?(?:correction|clarification)\s*[:—–]", re.IGNORECASE)
DENIED_FIRST_REACH = 2  # a denial told first answers a claim reported at most this many sentences after it
_SIDE_DENIED = re.compile(r"no\s|none\s|its\s|their\s|our\s", re.IGNORECASE)
_ANSWER = re.compile(r"\b(claims?|allegations?|accusations?|reports?|statements?|versions?|accounts?|stor(?:y|ies)|"
                     r"it|this|that)\b",
                     re.IGNORECASE)


@component("trucewatch.events.v2", reads=("sentences",), writes=("frames.event", "frames.list_of"))
def events(state: ArticleState) -> None:
    """Find event sentences: trigger words first; a sentence without one is parsed and reports an event
    when a word of harm, a weapon as subject, or a noun of damage or casualties heads it. Negated, future
    and hypothetical sentences are dropped; denials are kept. A sentence that reports nothing may be read with
    one misspelt event word corrected (:func:`_spelling`)."""
    text = state.article.text
    to_parse: list[tuple[int, int, str, bool]] = []
    silent: list[tuple[int, int, str]] = []  # sentences with no event word at all: candidates for spelling
    denied_first: tuple[int, int, str, tuple[int, int]] | None = None  # a denial before any event is told
    for number, (start, end) in enumerate(state.sentences):
        sentence = text[start:end]
        if len(sentence) > MAX_SENTENCE_CHARS:
            state.dropped.append((sentence[:200], "longer than a sentence can be"))
            continue
        if state.frames and _CORRECTION.match(sentence):
            # "Correction: an earlier version gave the time as 13:00; the administration says it was 14:20": the
            # report before is corrected (its time, in `when`), no new event is told
            state.frames[-1].put("correction", sentence)
            state.dropped.append((sentence, "a correction of the report before"))
            continue
        found, weak_only = triggers(sentence, bool(state.frames))
        head = state.list_heads.get(number)
        if head is not None and state.frames and state.list_heads.get(state.frames[-1].index, state.frames[-1].index) \
                == head:
            # "... on three targets: the X refinery, a depot near Y, ...": each thing listed is a strike of its own,
            # told by the sentence that lists them (trucewatch.list_items.v1 gives it what that sentence says)
            frame = Frame(sentence, start, number, state.frames[-1].event, (0, 0))
            frame.put("list_of", head)
            state.frames.append(frame)
            continue
        if not found:
            answer = lx.DENIAL.search(sentence)
            # what is denied is named by a word for the claim ("denied the claim") or by a side's weapons or
            # forces said to have done nothing ("none of its drones were in the area")
            answer = answer if answer and (_ANSWER.search(sentence) or _SIDE_DENIED.match(answer.group())) else None
            if answer and state.frames:
                # "Kyiv denied the claim": a denial of the event the article reported before
                frame = Frame(sentence, start, number, state.frames[-1].event, answer.span())
                frame.put("event", frame.event, answer.span())
                frame.put("denial", True, answer.span())
                frame.put("answers", state.frames[-1].index)
                state.frames.append(frame)
                continue
            if answer and not state.frames and denied_first is None:
                denied_first = (number, start, sentence, answer.span())  # unless the parse reads an event in it
            if not weak_only and len(to_parse) < MAX_PARSED and _parse_wanted(sentence, bool(state.frames)):
                # like a weak trigger, a noun of damage reports an event only before the article has reported
                # one ("Damage to a school in Lyman"); after that it is detail, and only a verb of harm or a
                # weapon acting ("A missile landed near a school") makes a further event
                to_parse.append((number, start, sentence, bool(state.frames)))
            elif not weak_only:
                silent.append((number, start, sentence))
            continue
        kind = main_event.main_kind(sentence, found, _PRIORITY)
        trigger = found[kind]
        denial = lx.DENIAL.search(sentence)
        others = lx.DENIED_BY_OTHERS.search(sentence)
        denied_by = None
        if denial and others and others.start() <= denial.start() < others.end():
            denial = None  # the claim is the claimant's; another party's denial is not its stance
            denied_by = next((others.span(name) for name in ("who", "by") if others.group(name)), None)
        refused = None if denial else _refused(sentence, trigger.start()) or (
            _natural(sentence) if kind != "interception" else None)
        span = trigger.span()
        if refused and not denial:
            later = _after_frame_mark(sentence, trigger.end(), bool(state.frames))
            if later is not None:
                kind, span, refused = later[0], later[1], None
        if refused == _COVERED and has_weapon(sentence) and len(to_parse) < MAX_PARSED:
            # "drones set fire to an oil depot ..., hours after Putin ordered a halt to strikes on energy facilities":
            # the only event word is what the order covers, and the parse may find the act ("set fire")
            to_parse.append((number, start, sentence, bool(state.frames)))
            continue
        if refused:
            state.dropped.append((sentence, refused))
            continue
        frame = _trigger_frame(sentence, start, number, kind, span)
        if denial:
            frame.put("denial", True, denial.span())
            if denial.group("that") and not state.frames:
                # (the account before told by a verb the parse reads: which frame it is is known after the parse)
                frame.put("answers_before", True)
            if state.frames and (denial.group("event") or denial.group("that")):
                # "Kyiv said no such strike took place", 'That was "a lie", X said': the event denied is the one the
                # article reported before
                frame.put("answers", state.frames[-1].index)
        if denied_by and others:
            # ", a claim Kyiv rejected": the denier's own report is made from this frame (extract.others_denials)
            frame.put("denied_by", sentence[denied_by[0]:denied_by[1]], denied_by)
            frame.put("denied_by_clause", True, others.span())
        state.frames.append(frame)
    if to_parse:
        parsed = syntax.parse([each[2] for each in to_parse])
        for (number, start, sentence, follow_up), doc in zip(to_parse, parsed, strict=True):
            word = syntax.event_word(doc)
            if word is None:
                state.dropped.append((sentence, "no event word"))
                silent.append((number, start, sentence))
                continue
            refused = _parse_refused(sentence, word, follow_up)
            if refused:
                state.dropped.append((sentence, refused))
                continue
            frame = _parsed_frame(sentence, start, number, word)
            state.parses[number] = doc
            state.frames.append(frame)
    if silent:
        _spelling(state, silent, MAX_PARSED - len(to_parse))
    state.frames.sort(key=lambda each: each.index)
    for position, frame in enumerate(state.frames):
        if frame.values.pop("answers_before", False) and position:
            frame.put("answers", state.frames[position - 1].index)
    _round_up_heads(state)
    if denied_first is not None:
        _denial_told_first(state, *denied_first)


def _round_up_heads(state: ArticleState) -> None:
    """"OCHA listed several attacks on civilian services. On 12 January shelling damaged …": a sentence that heads
    a round-up (``lexicon.ROUND_UP_HEAD`` right before its event word, and no name after it) tells no event of its
    own when later sentences tell events; its frame is dropped."""
    for frame in list(state.frames):
        if (lx.ROUND_UP_HEAD.search(frame.sentence, 0, frame.trigger[0]) and not frame.values.get("denial")
                and not re.search(r"\b[A-Z]", frame.sentence[frame.trigger[1]:])
                and any(other.index > frame.index for other in state.frames)):
            state.frames.remove(frame)
            state.dropped.append((frame.sentence, "the heading of a round-up told in the sentences after it"))


def _denial_told_first(state: ArticleState, number: int, start: int, sentence: str, span: tuple[int, int]) -> None:
    """"Moscow rejected the accusation. Ukrainian officials had said Russian drones hit a power plant in X": a
    denial told before the claim it answers, which one of the next two sentences reports; else one told after a
    claim only the parse found an event in ("... said Ukrainian troops wrecked the station. Kyiv rejected the
    accusation"), which one of the two sentences before reports."""
    if any(frame.index == number for frame in state.frames):
        return
    answered = next((frame for frame in state.frames if number < frame.index <= number + DENIED_FIRST_REACH), None)
    before = [frame for frame in state.frames if number - DENIED_FIRST_REACH <= frame.index < number]
    if answered is None and before:
        answered = before[-1]
    if answered is None:
        return
    frame = Frame(sentence, start, number, answered.event, span)
    frame.put("event", frame.event, span)
    frame.put("denial", True, span)
    frame.put("answers", answered.index)
    at = state.frames.index(answered)
    state.frames.insert(at if answered.index > number else at + 1, frame)


# what is negated is the event's consequence, not the event ("No electricity in X after a strike on the plant",
# "a hospital without power following shelling")
_CAUSE = re.compile(r"\b(?:after|following|due to|because of|as a result of|caused by|since)\b", re.IGNORECASE)


def _after_frame_mark(sentence: str, after: int, reported_before: bool) -> tuple[str, tuple[int, int]] | None:
    """(kind, trigger span) of an event told after a colon, semicolon or dash that follows a refused trigger ("If
    confirmed, the strike would be a breach: the ministry says drones attacked a station"), when that clause is
    itself neither negated nor hypothetical; the span is in the sentence."""
    mark = lx.FRAME_MARK.search(sentence, after) or lx.main_clause_after(sentence, after)
    if mark is None:
        return None
    rest_start = mark.end()
    found, _ = triggers(sentence[rest_start:], reported_before)
    if not found:
        return None
    kind = next(each for each in _PRIORITY if each in found)
    if _refused(sentence[rest_start:], found[kind].start()):
        return None
    return kind, (rest_start + found[kind].start(), rest_start + found[kind].end())


_REFUSAL_REACH = 80  # how far before the trigger a negation, a future or a hypothesis is looked for


def _refused(sentence: str, trigger_start: int) -> str | None:
    """Why a trigger does not report an event: negated, future or hypothetical in the clause before it."""
    if truce_covers(sentence, trigger_start):
        return _COVERED
    clause = _clause_before(sentence, trigger_start)
    window = clause[-_REFUSAL_REACH:]
    if len(clause) > _REFUSAL_REACH and clause[-_REFUSAL_REACH - 1].isalnum():
        window = re.sub(r"^\w+", "", window)  # a word the cut split is no word of its own ("Ivano-Frankivsk": not "no")
    negations = list(lx.NEGATION.finditer(window))
    if negations and not re.search(r"\bno (?:casualties|injuries)\b", window, re.I) and not _CAUSE.search(
            window, negations[-1].end()):
        return "negated"
    # an opening "if" reaches no further than a colon, semicolon or dash ("If true, it would be a breach: the
    # ministry says drones attacked ..." reports the attack)
    opening_if = re.match(r"\s*if\b", sentence, re.I) and not lx.FRAME_MARK.search(sentence, 0, trigger_start)
    if lx.FUTURE_OR_HYPOTHETICAL.search(window) or opening_if or lx.ON_THE_VERGE.search(window):
        return "future or hypothetical"
    return None


def _parse_wanted(sentence: str, reported_before: bool) -> bool:
    """Whether a sentence without a trigger is worth parsing (a cue word before the first event; a weapon or
    a verb of impact after it)."""
    if not reported_before:
        return bool(_CUES.search(sentence) or has_weapon(sentence))
    return has_weapon(sentence) or _IMPACT.search(sentence) is not None or ORDINAL_OPENING.match(sentence) is not None


_COVERED = "what a truce or an order covers"


def _parse_refused(sentence: str, word: syntax.EventWord, follow_up: bool) -> str | None:
    if truce_covers(sentence, word.start):
        return _COVERED
    if (word.negated and not lx.DENIAL.search(sentence)) or lx.ON_THE_VERGE.search(sentence, 0, word.start):
        return "negated or projected"
    natural = _natural(sentence)
    if natural:
        return natural
    if follow_up and word.cue not in ("verb", "weapon") and not ORDINAL_OPENING.match(sentence):
        # ("the second, at about 11:35, tore through a block of flats": one of the events counted before, told)
        return "detail of an event reported before"
    return None


def _natural(sentence: str) -> str | None:
    """Harm a natural cause did, with no weapon, party or deliberate act named ("deaths in the volcanic eruption",
    "an earthquake struck Java, killing eight", "firefighters battle wildfires")."""
    if (_NATURAL.search(sentence) and not _DELIBERATE.search(sentence) and not has_weapon(sentence)
            and not lx.party_mentions(sentence)):
        return "a natural disaster"
    return None


def _trigger_frame(sentence: str, start: int, number: int, kind: str, span: tuple[int, int]) -> Frame:
    """The frame a trigger word makes: protests and violence are `other` events of that kind."""
    frame = Frame(sentence, start, number, "other" if kind in ("protest", "violence") else kind, span)
    frame.put("event", frame.event, span)
    if kind in ("protest", "violence"):
        frame.put("kind", kind)
    return frame


def _parsed_frame(sentence: str, start: int, number: int, word: syntax.EventWord,
                  span: tuple[int, int] | None = None) -> Frame:
    span = span or (word.start, word.end)
    frame = Frame(sentence, start, number, word.kind, span)
    frame.put("event", frame.event, span)
    frame.put("parsed", True)
    if word.kind == "other":
        frame.put("kind", _OTHER_KINDS.get(word.cue, "military_presence"))
    denial = lx.DENIAL.search(sentence)
    if denial:
        frame.put("denial", True, denial.span())
    return frame


@dataclass(frozen=True)
class _Correction:
    number: int  # sentence number
    start: int  # sentence offset in the article
    sentence: str  # as written
    word_start: int  # the misspelt word in the sentence
    word_end: int
    word: str
    fix: str

    @property
    def corrected(self) -> str:
        return self.sentence[:self.word_start] + self.fix + self.sentence[self.word_end:]

    def original(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the corrected sentence in the sentence as written (the corrected word is the misspelt
        one)."""
        fix_end = self.word_start + len(self.fix)
        shift = len(self.word) - len(self.fix)

        def back(position: int, end: bool) -> int:
            if position <= self.word_start:
                return position
            if position >= fix_end:
                return position + shift
            return self.word_end if end else self.word_start

        return back(span[0], False), back(span[1], True)


MAX_SPELLING_PARSES = 16  # corrected sentences parsed per article at most
MAX_SPELLING_TRIALS = 64  # corrections tried per article at most
MAX_SENTENCE_CORRECTIONS = 8  # a sentence with more possible corrections is not read by spelling


def _spelling(state: ArticleState, silent: list[tuple[int, int, str]], parse_budget: int) -> None:
    """Sentences that report nothing, read again with one lowercase word that is no English word corrected to
    an event word one edit away ("Civilian severely injurded in X", "Widespread amage to X"). A correction is
    kept only when it is the one correction of the sentence that makes it report an event; the report quotes the
    sentence as written, its spans point into it, and `spelling` says what was read ("injurded → injured")."""
    trials: list[_Correction] = []
    for number, start, sentence in silent:
        own = [_Correction(number, start, sentence, low, high, word, fix)
               for low, high, word, fixes in spelling.candidates(sentence) for fix in fixes]
        if len(own) > MAX_SENTENCE_CORRECTIONS:
            continue  # many unknown words near event words: not a word mistyped, and any one reading a guess
        if len(trials) + len(own) > MAX_SPELLING_TRIALS:
            break  # a long page of such text stays fast; a sentence is tried whole or not at all
        trials.extend(own)
    if not trials:
        return
    readings: dict[int, list[tuple[_Correction, Frame, Any]]] = {}
    to_parse: list[tuple[_Correction, bool]] = []
    for trial in trials:
        corrected = trial.corrected
        reported_before = any(frame.index < trial.number for frame in state.frames)
        found, weak_only = triggers(corrected, reported_before)
        if found:
            kind = next(each for each in _PRIORITY if each in found)
            trigger = found[kind]
            if lx.DENIAL.search(corrected) or _refused(corrected, trigger.start()):
                continue
            frame = _trigger_frame(trial.sentence, trial.start, trial.number, kind, trial.original(trigger.span()))
            readings.setdefault(trial.number, []).append((trial, frame, None))
        elif not weak_only and _parse_wanted(corrected, reported_before) and len(to_parse) < min(
                parse_budget, MAX_SPELLING_PARSES):
            to_parse.append((trial, reported_before))
    if to_parse:
        for (trial, follow_up), doc in zip(to_parse, syntax.parse([each[0].corrected for each in to_parse]),
                                           strict=True):
            word = syntax.event_word(doc)
            if word is None or _parse_refused(trial.corrected, word, follow_up):
                continue
            frame = _parsed_frame(trial.sentence, trial.start, trial.number, word,
                                  trial.original((word.start, word.end)))
            readings.setdefault(trial.number, []).append((trial, frame, doc))
    for number, read in sorted(readings.items()):
        if len(read) != 1:
            state.dropped.append((read[0][0].sentence, f"{len(read)} spelling corrections make it an event"))
            continue
        trial, frame, doc = read[0]
        frame.put("spelling", [f"{trial.word} → {trial.fix}"], (trial.word_start, trial.word_end))
        if doc is not None and len(trial.word) == len(trial.fix):
            state.parses[number] = doc  # same offsets; else the sentence as written is parsed when needed
        state.frames.append(frame)


# a body named again by its kind ("Ukrenergo announced outages. ... the company said"): the article's claimant
_ANAPHOR = re.compile(r"^(?:the|this)\s+"
                      # ("the state company", "the national grid operator": the body named before by its kind)
                      rf"(?:{speaker_reference.KIND_MODIFIERS}\s+){{0,2}}(?:company|ministry|operator|agency|service|"
                      r"department|office|utility|firm|military|army|navy|fleet|command|administration)$|"
                      # "According to his post, ...": the words of the one named speaking before
                      r"^(?:his|her|their|its)\s+(?:[\w\-]+\s+)?(?:post|statement|account|update|message|address|"
                      r"remarks|comments?|briefing|words)$", re.IGNORECASE)


# a wire story's agency at its head ("ENERGODAR, August 17. /TASS/.", "KYIV, March 3 (Ukrinform) -"): whose outlet
# it is speaks for what the story passes on from a body the lexicon does not know
_WIRE_AGENCY = re.compile(r"^\s*[A-Z][A-Z.'\- ]{2,40},(?:\s+[A-Z][a-z]+)?(?:\s+\w+\.?\s+\d{1,2}\.?)?\s*"
                          r"(?:/(?P<slash>[A-Z][\w ]{1,20})/|\((?P<paren>[A-Z][\w ]{1,20})\))")


def _wire_party(text: str) -> str | None:
    match = _WIRE_AGENCY.match(text)
    found = active_lexicon().party_of(match.group("slash") or match.group("paren")) if match else None
    return found[0] if found and found[1] == "named" else None


@component("trucewatch.claims.v2", reads=("frames.event",), writes=("frames.claimant", "frames.stance"))
def claims(state: ArticleState) -> None:
    """Who says it, from the attribution ("X said", "according to X", "X claimed/denied", "X's statement"),
    matched against the source lexicon (party id when known); the subject of a verb of saying in the parse
    when the wording is unusual; else the article's first claimant."""
    text = state.article.text
    lexicon = active_lexicon()
    agency = _wire_party(text)  # the wire head's agency, if a party's: one per article
    follow_ups.opening_claimant(state)
    for frame in state.frames:
        def finite_verbs(frame: Frame = frame) -> frozenset[int]:
            return frozenset(t.idx for t in doc_of(state, frame)  # type: ignore[attr-defined]
                             if t.tag_ in ("VBD", "VBZ", "VBP"))

        found = claimant_in(frame.sentence, f"{frame.sentence}\n{text[:2000]}", parse_verbs=finite_verbs)
        if found and NOUN_OR_SAYING.search(frame.sentence):
            verbs = finite_verbs()
            found = claimant_in(frame.sentence, f"{frame.sentence}\n{text[:2000]}", verbs) if verbs else found
        found = speaker_reference.referred_to(state, frame, found)
        if found is None and _SPEECH.search(frame.sentence):
            span = syntax_roles.attribution(doc_of(state, frame))
            if span is not None:
                phrase = frame.sentence[span[0]:span[1]]
                party = lexicon.party_of(phrase, f"{frame.sentence}\n{text[:2000]}")
                if party or found is None:
                    found = (phrase, party[0] if party else None, span)
        if (found is None or found[1] is None) and (taker := credit_taker(frame.sentence)):
            found = taker  # "The SBU took credit for ..., a source told the Kyiv Independent"
        found = speaker_reference.referred_to(state, frame, found)
        if found and found[1] is None and _ANAPHOR.match(found[0]) and state.context_claimant and (
                state.context_claimant[1]):
            found = (found[0], state.context_claimant[1], found[2])
        if found and found[1] is None and agency:
            found = (found[0], agency, found[2])
        if found:
            frame.put("claimant_text", found[0], found[2])
            frame.put("claimant", found[1] or found[0], found[2])
        elif carried := follow_ups.carried_claimant(state, frame):
            frame.put("claimant_text", carried[0])
            frame.put("claimant", carried[1] or carried[0])


_SPEECH = re.compile(r"\b(said|says|claimed|reported|stated|announced|according|accused|denied|rejected|"
                     r"dismissed|confirmed|acknowledged|wrote|writes|told|blamed|statement|" + lx.SAYING_MORE + r")\b",
                     re.IGNORECASE)


def _without_claimant(frame: Frame) -> str:
    """The sentence with the claimant's words blanked (same length): "the grid operator said" names no
    target, "the Air Force said" no weapon."""
    span = frame.spans.get("claimant")
    if not span:
        return frame.sentence
    return frame.sentence[:span[0]] + " " * (span[1] - span[0]) + frame.sentence[span[1]:]


def _named(state: ArticleState, lexicon: list[tuple[re.Pattern[str], str]],
           in_role: Callable[[Frame, object, list[event_roles.Mention]], event_roles.Mention | None],
           keep: Callable[[str, int, int], bool] = lambda text, start, end: True,
           ) -> Iterator[tuple[Frame, event_roles.Mention, list[event_roles.Mention]]]:
    """Each frame's choice among the ``lexicon``'s matches outside its attribution: the lexicon's own, unless the
    matches name several things and the parse (asked in one batch) puts one of them in the event's role."""
    by_text: dict[str, list[event_roles.Mention]] = {}  # frames of one sentence share its matches
    found_in: list[tuple[Frame, list[event_roles.Mention]]] = []
    for frame in state.frames:
        if (text := _without_claimant(frame)) not in by_text:
            by_text[text] = [each for each in event_roles.mentions(text, lexicon) if keep(text, each.start, each.end)]
        found_in.append((frame, by_text[text]))
    parse_all(state, [frame for frame, found in found_in if event_roles.several(found, frame.sentence)])
    for frame, found in found_in:
        if not found:
            continue
        chosen = event_roles.by_lexicon(found)
        if event_roles.several(found, frame.sentence):
            chosen = in_role(frame, doc_of(state, frame), found) or chosen
        yield frame, chosen, found


@component("trucewatch.weapon.v2", reads=("frames.event", "frames.claimant"), writes=("frames.weapon",))
def weapon(state: ArticleState) -> None:
    """The weapon class named in the sentence outside its attribution (FPV, drone, aerial bomb, MLRS, missile,
    artillery, ...); of several classes, the one the parse makes the event's means (:mod:`event_roles`)."""
    for frame, chosen, _ in _named(state, lx.WEAPONS, lambda frame, doc, found: event_roles.weapon_in_role(
            doc, found, frame.event == "interception"), lambda text, start, end: not made_there(text, start, end)):
        frame.put("weapon", chosen.value, (chosen.start, chosen.end))
    for frame in state.frames:
        said = frame.spans.get("claimant")
        if "weapon" not in frame.values and frame.event != "interception" and said and frame.values.get(
                "actor") == frame.values.get("claimant") and _DRONE_FORCES.search(frame.sentence, said[0], said[1]):
            # "Robert Brovdi, commander of Ukraine's Unmanned Systems Forces, said his units hit a depot": a drone
            # unit's own strike names no weapon but its own
            frame.put("weapon", "drone", (said[0], said[1]))
        if frame.values.get("weapon") == "other":
            # "dropped a grenade from a quadcopter": the carrier's class (trucewatch.nlp.weapon_carrier)
            start = state.sentences[frame.index - 1][0] if frame.index > 0 else 0
            carrier = dropped_from(frame.sentence, state.article.text[start:state.sentences[frame.index][0]])
            if carrier is not None:
                at = frame.spans["weapon"]
                frame.put("weapon", carrier, (at[0], at[1]))


@component("trucewatch.target.v2", reads=("frames.event", "frames.claimant"), writes=("frames.target",))
def target(state: ArticleState) -> None:
    """What was hit, as a taxonomy code, outside the sentence's attribution: of several codes, the one the parse
    says the event acts on most directly (:mod:`event_roles`), else the most specific pattern."""
    # (sentence number, code): "the plant" may name one of them again, also one a sentence with no event named
    # ("The substation supplying X was put out of action. ... two rockets had hit the site")
    # (the sentences with no event are read for targets only when some frame names a thing again: the lexicon's
    # every pattern over every such sentence costs a fifth of the extraction)
    own: list[tuple[int, str]] = []
    silent: list[list[tuple[int, str]]] = []  # read once, when first asked

    def earlier() -> list[tuple[int, str]]:
        if not silent:
            silent.append(_silent_targets(state))
        return sorted(silent[0] + own)

    for frame, chosen, found in _named(state, lx.TARGETS,
                                       lambda frame, doc, found: event_roles.target_in_role(doc, found),
                                       lambda text, start, end: not (_MEANS.search(text, start, end) and
                                                                     _FIRED_FROM.search(text, 0, start))):
        own_start, own_end = state.sentences[frame.index]
        chosen = target_choice.refined(frame.sentence, chosen, found, own_end - own_start)
        joined = event_roles.joined_target(frame.sentence, chosen, found, lx.TARGETS) or chosen.value
        before = tuple(each.value for each in sorted(found, key=lambda each: each.start) if each.end < chosen.start)
        code = target_reference.carried(frame.sentence[:chosen.end], joined, earlier, frame.index, before)
        own.append((frame.index, code))
        frame.put("target", code, (chosen.start, chosen.end))
        frame.put("target_name", frame.sentence[chosen.start:chosen.end])
    target_reference.fill_named_again(state.frames, earlier, _without_claimant)
    target_reference.described_next(state.frames, state.sentences, state.article.text, _lexicon_target)
    target_reference.outage_told(state.frames)


# a launcher or a ship a weapon was fired from is the means, not what was hit ("fired a salvo from Vampire multiple
# rocket launchers at Belgorod", "missiles launched from warships in the Black Sea")
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot|struck|attacked|shelled)\b[^.;]{0,40}?\bfrom\s+"
                         r"(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)
_MEANS = re.compile(r"\b(?:launchers?|warships?|vessels?|frigates?|corvettes?|submarines?|ships?)\b", re.IGNORECASE)
# a force or unit that fights with drones ("Unmanned Systems Forces", "a drone unit", "drone operators")
_DRONE_FORCES = re.compile(r"\b(?:unmanned systems|drone (?:units?|operators|forces|brigade|battalion|regiment)|"
                           r"strike drone)\b", re.IGNORECASE)


def _lexicon_target(words: str) -> str | None:
    """The code the lexicon reads first in ``words``, or None."""
    named = event_roles.mentions(words, lx.TARGETS)
    return event_roles.by_lexicon(named).value if named else None


def _silent_targets(state: ArticleState) -> list[tuple[int, str]]:
    """(sentence number, code) of the target the lexicon reads first in each sentence that reports no event."""
    with_events = {frame.index for frame in state.frames}
    found: list[tuple[int, str]] = []
    for number, (start, end) in enumerate(state.sentences):
        named = [] if number in with_events else event_roles.mentions(state.article.text[start:end], lx.TARGETS)
        if named:
            found.append((number, event_roles.by_lexicon(named).value))
    return found


@component("trucewatch.time.v2", reads=("frames.event", "frames.claimant", "frames.stance", "published_at",
                                       "anchors"),
           writes=("frames.occurred",))
def when(state: ArticleState) -> None:
    """The interval each event happened in, against the publication time, named anchors and the article's
    first date, in the source's time zone: Moscow time when the sentence says so or a Russian body makes
    the claim, Kyiv time otherwise."""
    published = state.article.published_at
    text = state.article.text
    # ("Moscow said its guns would fall silent at midnight as 8 May began ... just before the truce took effect")
    state.anchors = with_truce_start(text, published, KYIV, state.anchors)
    for start, end in state.sentences[:4]:
        found = _find_date(agreed_days(without_dateline(text[start:end], published)), published)
        if found:
            state.context_date = found[0]
            break
    for frame in state.frames:
        tz = _zone_named(frame.sentence) or (MOSCOW if frame.values.get("claimant") == "RU" else KYIV)
        resolved = told_time(frame.sentence, frame.trigger[0], published, tz, state.anchors, state.context_date)
        claimed = None if _zone_named(frame.sentence) else claim_zone(
            frame.sentence, frame.values.get("claimant"), frame.values.get("stance"))
        if claimed is not None and claimed[0] != tz and resolved is not None and resolved.span is not None and \
                resolved.span[0] >= claimed[1]:
            # a clock inside the claim a denial quotes is the claim's party's clock (`timex_claimed`)
            tz = claimed[0]
            resolved = told_time(frame.sentence, frame.trigger[0], published, tz, state.anchors, state.context_date)
        correction = frame.values.get("correction")
        if isinstance(correction, str) and resolved is not None:
            # the time a correction gives, on the day the report named
            corrected = resolve_time(correction, published, tz=tz, anchors=state.anchors,
                                     context_date=resolved.start.astimezone(ZoneInfo(tz)).date())
            if corrected is not None and corrected.how not in ("publication", "context"):
                resolved = Resolved(corrected.start, corrected.end, corrected.tz, resolved.span, corrected.how)
        told = frame.values.get("consequence_time")
        if isinstance(told, list) and resolved is not None:
            resolved = _before_consequence(resolved, text[told[1]:told[2]], published, state.anchors)
            if resolved.how != NARROWED_BY_CONSEQUENCE:
                frame.values.pop("consequence_time")  # its clock did not fall within the event's interval
        if resolved is not None:
            frame.put("occurred", resolved, resolved.span)


def _zone_named(sentence: str) -> str | None:
    """The time zone a sentence names for its clocks: Moscow's ("Moscow time", "MSK"), else Kyiv's, else None."""
    if re.search(r"moscow time|\bmsk\b", sentence, re.I):
        return MOSCOW
    return KYIV if re.search(r"\b(?:kyiv|kiev) time\b", sentence, re.I) else None


# a consequence (a fire, an outage) follows the strike that caused it within this long
CONSEQUENCE_LAG = timedelta(hours=1)
NARROWED_BY_CONSEQUENCE = "before a consequence's clock"


def _before_consequence(resolved: Resolved, sentence: str, published: datetime | None,
                        anchors: dict[str, datetime]) -> Resolved:
    """The event's interval narrowed to the hour before the clock time of what it caused, told in the next sentence
    ("… overnight. A fire broke out at 04:30": 03:30-04:30), when that time falls within the interval and the
    interval is wider than that hour; else the interval as read."""
    if resolved.end - resolved.start <= CONSEQUENCE_LAG:
        return resolved
    # the clock in the zone its own sentence names ("at 03:40 Moscow time"), else in the event's
    own = _zone_named(sentence) or resolved.tz
    zone = ZoneInfo(own)
    days = dict.fromkeys((resolved.start.astimezone(zone).date(), resolved.end.astimezone(zone).date()))
    for day in days:
        clock = resolve_time(sentence, published, tz=own, anchors=anchors, context_date=day)
        if clock is None or clock.how != "clock" or not resolved.start <= clock.start <= resolved.end:
            continue
        start, end = max(resolved.start, clock.start - CONSEQUENCE_LAG), min(resolved.end, clock.end)
        if start <= end:
            return Resolved(start, end, resolved.tz, resolved.span, NARROWED_BY_CONSEQUENCE)
    return resolved


DEFAULT_COMPONENTS = [
    "trucewatch.sentences.v1", "trucewatch.events.v2", "trucewatch.follow_ups.v1", "trucewatch.claims.v2",
    "trucewatch.actor.v2", "trucewatch.weapon.v2", "trucewatch.target.v2", "trucewatch.counts.v1",
    "trucewatch.casualties.v1", "trucewatch.outcome.v1", "trucewatch.time.v2", "trucewatch.retold.v1",
    "trucewatch.place.v2", "trucewatch.debris_place.v1", "trucewatch.told_in_detail.v1", "trucewatch.headline.v1",
    "trucewatch.side_by_place.v1",
    "trucewatch.local_time.v1", "trucewatch.list_items.v1",
]


# what an item of a list of things struck takes from the sentence that lists them: who says it, who did it, how
_LISTED = ("claimant", "claimant_text", "stance", "actor", "interceptor", "denial")


@component("trucewatch.list_items.v1", reads=("frames.list_of",), writes=("frames.claimant", "frames.actor",
                                                                          "frames.occurred", "frames.weapon"))
def list_items_told(state: ArticleState) -> None:
    """Each item of a list of things struck ("... on three targets overnight: the X refinery, a depot near Y and
    the Z station") takes the speaker, the side, the stance, and (where it says none of its own) the weapon and the
    time of the sentence that lists them; that sentence, whose targets its items are, is no report of its own."""
    heads = {frame.index: frame for frame in state.frames if frame.index in state.list_heads.values()}
    for frame in state.frames:
        head = heads.get(frame.values.get("list_of", -1))
        if head is None:
            continue
        # what is taken from the listing sentence has no span in the item's words: the report says where it came
        # from instead (provenance "listed_in")
        frame.put("listed_in", [head.index, head.offset, head.offset + len(head.sentence)])
        for key in _LISTED:
            frame.spans.pop(key, None)
            if key in head.values:
                frame.put(key, head.values[key])
            else:
                frame.values.pop(key, None)
        if "weapon" in head.values and "weapon" not in frame.values:
            frame.put("weapon", head.values["weapon"])
        own_time = frame.values.get("occurred")
        if "occurred" in head.values and (own_time is None or own_time.how in ("publication", "context")):
            frame.spans.pop("occurred", None)
            frame.put("occurred", head.values["occurred"])
    listed = {frame.values["list_of"] for frame in state.frames if frame.values.get("list_of") in heads}
    state.frames = [frame for frame in state.frames if frame.index not in listed]
