"""The extraction components. Each registers under a versioned name and declares what it reads/writes.

Order of the default pipeline (see :data:`DEFAULT_COMPONENTS`): sentences -> events -> claims -> actor ->
weapon -> target -> counts -> casualties -> outcome -> time -> place.
"""

from __future__ import annotations

import re
from typing import Any

from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.gazetteer import admin1_match, geocode
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.pipeline import ArticleState, Frame, component
from trucewatch.nlp.spacy_support import place_entities, split_sentences
from trucewatch.nlp.timex import KYIV, MOSCOW, _find_date, resolve_time

# Strong triggers make an event by themselves; weak ones ("damaged", "explosions") only with a weapon or
# an acting party in the same sentence, so that follow-up sentences about damage do not double-count.
_WEAK = re.compile(r"^(damaged|destroyed|explosions?|blasts?|exploded|hit|hits|launched|targeted|targeting|"
                   r"violat\w*)$",
                   re.IGNORECASE)
_PRIORITY = ("interception", "ground_assault", "shelling", "strike", "protest")
MAX_SENTENCE_CHARS = 2000  # longer "sentences" are tables or run-on junk: not read for events


@component("trucewatch.sentences.v1", reads=("text",), writes=("sentences",))
def sentences(state: ArticleState) -> None:
    """Split the text into sentences with spaCy's rule-based sentencizer."""
    state.sentences = split_sentences(state.article.text)


def _clause_before(sentence: str, position: int) -> str:
    start = max(sentence.rfind(mark, 0, position) for mark in (",", ";", ":", " but ", " while "))
    return sentence[start + 1 if start >= 0 else 0 : position]


@component("trucewatch.events.v1", reads=("sentences",), writes=("frames.event",))
def events(state: ArticleState) -> None:
    """Find event sentences by trigger words; drop negated, future and hypothetical ones."""
    text = state.article.text
    for number, (start, end) in enumerate(state.sentences):
        sentence = text[start:end]
        if len(sentence) > MAX_SENTENCE_CHARS:
            continue
        found: dict[str, re.Match[str]] = {}
        for kind, pattern in lx.EVENT_TRIGGERS.items():
            for match in pattern.finditer(sentence):
                weak = kind == "strike" and _WEAK.match(match.group(0))
                if weak and not (_has_weapon(sentence) or _party_mentions(sentence)):
                    continue
                found.setdefault(kind, match)
                break
        if not found:
            continue
        kind = next(each for each in _PRIORITY if each in found)
        trigger = found[kind]
        denial = lx.DENIAL.search(sentence)
        window = _clause_before(sentence, trigger.start())[-80:]
        if not denial:
            if lx.NEGATION.search(window) and not re.search(r"\bno (?:casualties|injuries)\b", window, re.I):
                state.dropped.append((sentence, "negated"))
                continue
            if lx.FUTURE_OR_HYPOTHETICAL.search(window) or re.match(r"\s*if\b", sentence, re.I):
                state.dropped.append((sentence, "future or hypothetical"))
                continue
        frame = Frame(sentence, start, number, "other" if kind == "protest" else kind, trigger.span())
        frame.put("event", frame.event, trigger.span())
        if denial:
            frame.put("denial", True, denial.span())
        state.frames.append(frame)


def _has_weapon(sentence: str) -> bool:
    return any(pattern.search(sentence) for pattern, _ in lx.WEAPONS)


def _party_mentions(sentence: str) -> list[tuple[str, int, int]]:
    mentions: list[tuple[str, int, int]] = []
    for pattern, party in lx.ACTORS:
        mentions.extend((party, m.start(), m.end()) for m in pattern.finditer(sentence))
    mentions.sort(key=lambda item: item[1])
    return mentions


_SAID = re.compile(
    r"(?:according to (?:the )?(?P<a>[^,.;]{3,80}?)(?=[,.;]|$))|"
    r"(?P<b>(?:the )?[A-Z][\w'’\- ]{2,80}?)\s+(?:said|says|reported|reports|stated|claimed|claims|announced|"
    r"wrote|told|accused|alleged|denied|acknowledged|confirmed|added)\b|"
    r"\b(?:said|reported|stated|claimed|announced|wrote)\s+(?P<c>(?:the )?[A-Za-z][\w'’\- ]{2,80}?)(?=[,.;]|$)",
)


def _claimant_in(sentence: str) -> tuple[str, str | None, tuple[int, int]] | None:
    for match in _SAID.finditer(sentence):
        group = next(name for name in ("a", "b", "c") if match.group(name))
        claimant = match.group(group).strip()
        span = match.span(group)
        for pattern, party in lx.CLAIMANTS:
            if pattern.search(claimant):
                return claimant, party, span
        if group != "b" or claimant[:1].isupper():
            return claimant, None, span
    return None


@component("trucewatch.claims.v1", reads=("frames.event",), writes=("frames.claimant", "frames.stance"))
def claims(state: ArticleState) -> None:
    """Who says it (party id when known) and whether they allege, deny, acknowledge or report it."""
    text = state.article.text
    for start, end in state.sentences[:3]:
        found = _claimant_in(text[start:end])
        if found and state.context_claimant is None:
            state.context_claimant = (found[0], found[1])
    for frame in state.frames:
        found = _claimant_in(frame.sentence)
        if found:
            frame.put("claimant_text", found[0], found[2])
            frame.put("claimant", found[1] or found[0], found[2])
        elif state.context_claimant:
            frame.put("claimant_text", state.context_claimant[0])
            frame.put("claimant", state.context_claimant[1] or state.context_claimant[0])


@component("trucewatch.actor.v1", reads=("frames.event", "frames.claimant"), writes=("frames.actor",
                                                                                  "frames.stance"))
def actor(state: ArticleState) -> None:
    """The party the sentence says acted; for an interception, the attacker (the interceptor is kept)."""
    for frame in state.frames:
        claimant_span = frame.spans.get("claimant")
        mentions = [
            m for m in _party_mentions(frame.sentence)
            if not (claimant_span and claimant_span[0] <= m[1] < claimant_span[1])
        ]
        trigger_start = frame.trigger[0]
        before = [m for m in mentions if m[1] < trigger_start]
        after = [m for m in mentions if m[1] >= trigger_start]
        passive = re.search(r"\bby\s+(?:the\s+)?(?:a\s+)?(" + "|".join(
            p.pattern.strip(r"\b") for p, _ in lx.ACTORS) + r")", frame.sentence, re.IGNORECASE)
        chosen: tuple[str, int, int] | None = None
        if frame.event == "interception":
            if before:
                interceptor = before[-1]
                frame.put("interceptor", interceptor[0], (interceptor[1], interceptor[2]))
                attacker = next((m for m in after if m[0] != interceptor[0]), None)
                frame.put("actor", attacker[0] if attacker else lx.OPPONENT.get(interceptor[0]),
                          (attacker[1], attacker[2]) if attacker else None)
                _stance(frame)
                continue
            chosen = after[0] if after else None
        self_reference = lx.SELF_REFERENCE.search(frame.sentence[:trigger_start])
        if frame.event != "interception" and self_reference and frame.values.get("claimant") in ("RU", "UA"):
            frame.put("actor", frame.values["claimant"], self_reference.span())
            _stance(frame)
            continue
        if frame.event == "interception":
            pass
        elif before:
            chosen = before[0]
        elif passive:
            chosen = next((m for m in mentions if m[1] >= passive.start(1)), None)
        elif after:
            # "... were struck by drones launched by Russia" or "a Russian drone attack": the first mention
            chosen = after[0]
        if chosen:
            frame.put("actor", chosen[0], (chosen[1], chosen[2]))
        _stance(frame)


def _stance(frame: Frame) -> None:
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


@component("trucewatch.weapon.v1", reads=("frames.event",), writes=("frames.weapon",))
def weapon(state: ArticleState) -> None:
    """The weapon class named in the sentence (FPV, drone, aerial bomb, MLRS, missile, artillery, ...)."""
    for frame in state.frames:
        for pattern, name in lx.WEAPONS:
            match = pattern.search(frame.sentence)
            if match:
                frame.put("weapon", name, match.span())
                break


@component("trucewatch.target.v1", reads=("frames.event",), writes=("frames.target",))
def target(state: ArticleState) -> None:
    """What was hit, as a taxonomy code (most specific pattern first)."""
    for frame in state.frames:
        best: tuple[int, str, re.Match[str]] | None = None
        for rank, (pattern, code) in enumerate(lx.TARGETS):
            match = pattern.search(frame.sentence)
            if match and (best is None or rank < best[0]):
                best = (rank, code, match)
                break
        if best:
            frame.put("target", best[1], best[2].span())
            frame.put("target_name", best[2].group(0))


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    cleaned = re.sub(r"[,\s]", "", text)
    if cleaned.isdigit():
        return int(cleaned)
    return lx.NUMBER_WORDS.get(text.lower())


@component("trucewatch.counts.v1", reads=("frames.event",), writes=("frames.count", "frames.aggregate"))
def counts(state: ArticleState) -> None:
    """Munition counts ("145 drones and 6 missiles" = 151) and tallies ("4,900 violations": aggregate)."""
    for frame in state.frames:
        tally = lx.TALLY.search(frame.sentence)
        tally_number = _number(tally.group("num")) if tally else None
        if tally and tally_number and (
            tally.group("what").lower().startswith("violation") or tally_number >= 10
            or re.search(r"\b(in total|since|over the past|during the (?:day|week|month))\b", frame.sentence, re.I)
        ):
            frame.put("count", tally_number, tally.span())
            frame.put("aggregate", True, tally.span())
            continue
        total = 0
        first: tuple[int, int] | None = None
        last_end = 0
        for match in lx.MUNITION_COUNT.finditer(frame.sentence):
            value = _number(match.group("num"))
            if value is None:
                continue
            # "72 of the 145 drones were shot down" must not add up: count the launch figure only once
            if re.match(r"\s+of\s+", frame.sentence[match.end("num") : match.end("num") + 5]):
                continue
            total += value
            first = first or match.span()
            last_end = match.end()
        if first is not None and total > 0:
            frame.put("count", total, (first[0], last_end))
            if re.search(r"\b(overnight|in total|since|over the past|across|throughout)\b", frame.sentence, re.I) \
                    and total >= 10:
                frame.put("aggregate", True, (first[0], last_end))


@component("trucewatch.casualties.v1", reads=("frames.event",), writes=("frames.casualties",))
def casualties(state: ArticleState) -> None:
    """Killed and injured counts; "no casualties" is zero of each."""
    for frame in state.frames:
        none = lx.NO_CASUALTIES.search(frame.sentence)
        if none:
            frame.put("killed", 0, none.span())
            frame.put("injured", 0, none.span())
            continue
        for key, pattern in (("killed", lx.KILLED), ("injured", lx.INJURED)):
            match = pattern.search(frame.sentence)
            if match:
                value = _number(match.group("num") or match.group("num2"))
                if value is not None:
                    frame.put(key, value, match.span())


@component("trucewatch.outcome.v1", reads=("frames.event",), writes=("frames.outcome",))
def outcome(state: ArticleState) -> None:
    """hit, intercepted or attempted, from the sentence's wording."""
    for frame in state.frames:
        if frame.event == "interception":
            frame.put("outcome", "intercepted", frame.trigger)
            continue
        if frame.event not in ("strike", "shelling"):
            continue
        hit = lx.HIT.search(frame.sentence)
        attempted = lx.ATTEMPTED.search(frame.sentence)
        if hit:
            frame.put("outcome", "hit", hit.span())
        elif attempted:
            frame.put("outcome", "attempted", attempted.span())


@component("trucewatch.time.v1", reads=("frames.event", "published_at", "anchors"), writes=("frames.occurred",))
def when(state: ArticleState) -> None:
    """The interval each event happened in, against the publication time, named anchors and the article's
    first date; Moscow time when the sentence says so."""
    published = state.article.published_at
    text = state.article.text
    for start, end in state.sentences[:4]:
        found = _find_date(text[start:end], published)
        if found:
            state.context_date = found[0]
            break
    for frame in state.frames:
        tz = MOSCOW if re.search(r"moscow time|\bmsk\b", frame.sentence, re.I) else KYIV
        resolved = resolve_time(frame.sentence, published, tz=tz, anchors=state.anchors,
                                context_date=state.context_date)
        if resolved is not None:
            frame.put("occurred", resolved, resolved.span)


_NAME = r"[A-ZА-ЯІЇЄҐ][\w'’]+(?:-[A-Za-zА-Яа-яІіЇїЄєҐґ][\w'’]*)*"
_PLACE_AFTER = re.compile(
    r"\b(?P<prep>in|near|at|on|over|around|outskirts of|of|to|towards|targeting|across|outside|from|"
    r"shelled|attacked|struck|hit)\s+(?:the\s+)?(?:(?:city|town|village|settlement|community|urban-type "
    r"settlement)\s+of\s+)?(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,2})"
    r"(?:\s+(?:community|settlement|village|city|town))?"
    # ", Oblast" after a place names its oblast, unless it is a list ("over Kharkiv, Sumy and Poltava")
    r"(?:\s*,?\s*\(?(?P<admin>" + _NAME + r"(?:\s+" + _NAME + r")?)(?:\s+(?:region|oblast|province))?\)?"
    r"(?![\w\s]*?\b(?:and|or)\s+[A-Z]))?",
)
_CODED_TO = re.compile(r"coded to (?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,2})(?:,\s*(?P<admin>" + _NAME
                       + r"))?")
_ADMIN1_MENTION = re.compile(r"\b(?P<name>" + _NAME + r"(?:\s+" + _NAME + r")?)\s+(?:region|oblast|province|Oblast|"
                             r"Region|krai|Krai|regions|oblasts)\b|\b(?:region|oblast) of (?P<name2>" + _NAME + r")")
_NOT_PLACES = frozenset({
    "the", "a", "an", "russian", "ukrainian", "russia", "ukraine", "this", "that", "these", "those", "on",
    "in", "at", "near", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "casualties", "according", "its", "their", "our", "air", "armed", "military",
    "forces", "general", "staff", "ministry", "defence", "defense", "president", "governor", "moscow-time",
    "local", "kyiv's",
})


def _admin1_of(text: str | None) -> str | None:
    if not text:
        return None
    return admin1_code(text)


@component("trucewatch.place.v1", reads=("frames.event",), writes=("frames.location",))
def place(state: ArticleState) -> None:
    """Where: place names after prepositions (with an oblast given as ", Oblast" or "X region" as
    context), geocoded offline; spaCy GPE/LOC entities when no pattern finds a place."""
    text = state.article.text
    if state.context_admin1 is None:
        for start, end in state.sentences[:6]:
            for mention in _ADMIN1_MENTION.finditer(text[start:end]):
                code = _admin1_of(mention.group("name") or mention.group("name2"))
                if code:
                    state.context_admin1 = code
                    break
            if state.context_admin1:
                break
    unresolved: list[Frame] = []
    for frame in state.frames:
        if not _place_by_pattern(frame, state.context_admin1):
            unresolved.append(frame)
    if unresolved:
        for frame, entities in zip(unresolved, place_entities([f.sentence for f in unresolved]), strict=True):
            for name, start, end in entities:
                if _try_place(frame, name, (start, end), None, state.context_admin1):
                    break
            else:
                if state.context_admin1:
                    _put_admin1_only(frame, state.context_admin1)


def _place_by_pattern(frame: Frame, context_admin1: str | None) -> bool:
    sentence = frame.sentence
    sentence_admin1 = None
    for mention in _ADMIN1_MENTION.finditer(sentence):
        sentence_admin1 = _admin1_of(mention.group("name") or mention.group("name2"))
        if sentence_admin1:
            break
    coded = _CODED_TO.search(sentence)
    candidates: list[tuple[str, tuple[int, int], str | None, bool]] = []
    if coded:
        candidates.append((coded.group("name"), coded.span("name"), coded.group("admin"), False))
    for match in _PLACE_AFTER.finditer(sentence):
        near = match.group("prep").lower() in ("near", "outskirts of", "around", "outside")
        candidates.append((match.group("name"), match.span("name"), match.group("admin"), near))
    explicit_admin1: str | None = None
    for name, span, admin_text, near in candidates:
        words = name.split()
        while words and words[0].lower().strip("'’s") in _NOT_PLACES:
            words = words[1:]
        if not words:
            continue
        cleaned = " ".join(words)
        admin = _admin1_of(admin_text) if admin_text else None
        explicit_admin1 = explicit_admin1 or admin
        context = admin or sentence_admin1 or context_admin1
        if _try_place(frame, ("near " if near else "") + cleaned, span, context, context_admin1,
                      explicit=bool(admin or sentence_admin1)):
            return True
    if explicit_admin1 or sentence_admin1:
        _put_admin1_only(frame, explicit_admin1 or sentence_admin1)
        return True
    return False


def _put_admin1_only(frame: Frame, code: str | None) -> None:
    """Only the oblast is known: its centre, with its radius as the precision."""
    centre = admin1_match(code) if code else None
    if centre is None:
        frame.put("location", {"admin1_code": code, "name": None})
        return
    frame.put("location", {"name": None, "admin1_code": code, "country": centre.country, "lat": centre.lat,
                           "lon": centre.lon, "precision_km": centre.precision_km, "source": centre.source})


def _try_place(frame: Frame, name: str, span: tuple[int, int], context: str | None,
               article_admin1: str | None, *, explicit: bool = False) -> bool:
    bare = name.removeprefix("near ")
    if bare.lower() in _NOT_PLACES or len(bare) < 3:
        return False
    match = geocode(name, admin1_code=context) if context else None
    if match is None:
        anywhere = geocode(name)
        # an explicit oblast that does not hold the name wins over a same-named place elsewhere
        if anywhere is not None and not explicit:
            match = anywhere
            if article_admin1 and match.admin1_code != article_admin1 and match.candidates > 1:
                match = geocode(name, admin1_code=article_admin1) or match
    if match is None:
        return False
    location: dict[str, Any] = {
        "name": bare, "admin1_code": match.admin1_code, "country": match.country, "lat": match.lat,
        "lon": match.lon, "precision_km": match.precision_km, "candidates": match.candidates,
        "source": match.source,
    }
    frame.put("location", location, span)
    return True


DEFAULT_COMPONENTS = [
    "trucewatch.sentences.v1", "trucewatch.events.v1", "trucewatch.claims.v1", "trucewatch.actor.v1",
    "trucewatch.weapon.v1", "trucewatch.target.v1", "trucewatch.counts.v1", "trucewatch.casualties.v1",
    "trucewatch.outcome.v1", "trucewatch.time.v1", "trucewatch.place.v1",
]
