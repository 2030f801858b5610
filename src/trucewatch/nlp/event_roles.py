"""Which of several weapons or targets a sentence names belongs to its event, read from the dependency parse.

A sentence may name more than one weapon ("fired 78 missiles and 106 drones", "struck by missiles while drones
circled") or more than one thing that could be the target ("hit a school near the railway station", "the blast
also damaged houses"). The lexicon alone takes the most specific pattern anywhere in the sentence; here each
mention is placed by its role instead:

* a weapon counts when it is the agent or instrument of an event ("hit by drones", "a strike by drones",
  "attacked with missiles", "missiles struck"), what was launched, fired or used ("launched 728 drones"), what a
  drone or missile event noun is made of ("a drone attack"), or, in an interception, what was shot down ("102 of
  the 127 missiles"); a coordinated list counts from its first conjunct, and a weapon word that only modifies
  another noun ("a workshop assembling drones", "Tu-95 bombers", "the think tank") has no role;
* a target counts by how directly the event acts on it: the object or passive subject of a verb of striking
  (level 0: "hit a school", "was struck", "a strike on X", "slammed into X"), of damage (level 1: "damaged a
  line", "was destroyed", "lost its power line"), the subject of a consequence (level 2: "hospitals lost power",
  "the depot caught fire"), or the place of the event (level 3: "destroyed at the air base", "shot down near the
  plant"); a noun hanging from such a phrase ("a school near the railway station") is one step further away.

The components (:mod:`trucewatch.nlp.components`) ask only when the sentence names two weapon classes or two
target codes, and keep the lexicon's choice when the parse gives none of the mentions a role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile
from typing import Any

from trucewatch.nlp.literal_gate import Gate, could_match, fold, gate
from trucewatch.nlp.syntax_words import HARM_VERBS, IMPACT_VERBS, SPEECH_VERBS, USE_VERBS

_NOUNISH = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ", "X"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
# what a weapon may be the means of: "a drone attack", "a strike by drones", "a barrage of missiles"
EVENT_NOUNS = frozenset({"attack", "strike", "raid", "shelling", "bombardment", "assault", "barrage", "salvo",
                         "bombing", "fire", "hit", "wave", "swarm", "volley", "onslaught", "impact", "blast"})
# verbs whose object is what the event struck (level 0)
STRIKE_VERBS = frozenset({"hit", "strike", "struck", "attack", "target", "shell", "bomb", "bombard", "pound",
                          "hammer", "raid", "pummel", "storm", "assault", "ram"}) | IMPACT_VERBS
# verbs whose object is what the event damaged (level 1)
DAMAGE_VERBS = frozenset({"damage", "destroy", "knock", "disable", "cut", "sink", "burn", "set", "blow", "raze",
                          "level", "flatten", "wreck", "ruin", "demolish", "shatter", "gut", "torch", "ignite",
                          "engulf", "devastate", "lose", "sever", "down", "disrupt", "break"})
# verbs whose subject suffers the consequence (level 2): "hospitals lost power", "the depot caught fire"
CONSEQUENCE_VERBS = frozenset({"lose", "catch", "collapse", "burn", "explode", "suffer", "sustain", "go"})
# prepositions of where a munition ends up ("fell on", "slammed into", "fired at")
IMPACT_PREPOSITIONS = frozenset({"into", "onto", "on", "upon", "against", "at"})
LOCATIVE_PREPOSITIONS = frozenset({"at", "near", "in", "inside", "outside", "beside", "around", "close", "next"})
# verbs an event names its weapon with: launched, fired, used, sent, "carried out airstrikes"
LAUNCH_VERBS = USE_VERBS | frozenset({"send", "unleash", "direct", "carry", "conduct", "mount", "perform"})
# words for an amount that a weapon hangs from by "of" ("dozens of drones", "102 of the 127 missiles")
_QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "group",
                             "swarm", "wave", "barrage", "salvo", "volley", "pair", "couple", "total", "series"})


@dataclass(frozen=True)
class Mention:
    """A lexicon match in the sentence: its character span, the value it names (weapon class or target code) and
    its rank in the lexicon (lower is more specific)."""

    start: int
    end: int
    value: str
    rank: int


def mentions(sentence: str, lexicon: list[tuple[re.Pattern[str], str]]) -> list[Mention]:
    """Every match of every pattern of ``lexicon`` (lx.WEAPONS or lx.TARGETS) in the sentence (a pattern whose
    opening letters the sentence lacks is not run: :mod:`trucewatch.nlp.literal_gate`)."""
    folded = fold(sentence)
    return [Mention(match.start(), match.end(), value, rank) for rank, (each, value) in enumerate(_gates(lexicon))
            if could_match(each, sentence, folded) for match in each.pattern.finditer(sentence)]


# the gates of each lexicon, by the lexicon's id (the lexicon kept beside them, so that the id stays its own): a
# cache keyed by the patterns themselves would hash each compiled pattern, its code included, on every sentence
_GATED: dict[int, tuple[list[tuple[re.Pattern[str], str]], list[tuple[Gate, str]]]] = {}


def _gates(lexicon: list[tuple[re.Pattern[str], str]]) -> list[tuple[Gate, str]]:
    """The lexicon's patterns with their gates, made once per lexicon (again if the list was changed in place)."""
    made = _GATED.get(id(lexicon))
    if made is None or made[0] is not lexicon or len(made[1]) != len(lexicon):
        made = (lexicon, [(gate(pattern), value) for pattern, value in lexicon])
        _GATED[id(lexicon)] = made
    return made[1]


def several(found: list[Mention], sentence: str) -> bool:
    """Whether the mentions name more than one value once a match inside another, or right next to it, is merged
    into it ("thermal power plant" holds "power plant", "FPV drones" is one phrase: one thing, the more specific
    name): only then can the parse change the lexicon's choice (one phrase gives the more specific name either
    way), so only then is it asked."""
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda each: (each.start, -each.end)):
        if kept and (mention.start < kept[-1].end or not sentence[kept[-1].end:mention.start].strip(" -")):
            if mention.rank < kept[-1].rank:
                kept[-1] = Mention(kept[-1].start, max(kept[-1].end, mention.end), mention.value, mention.rank)
            continue
        kept.append(mention)
    return len({mention.value for mention in kept}) > 1


_AND = re.compile(r"\s*,?\s+(?:and|or|&)\s+")
# "energy generation and transmission facilities", "oil and gas facilities": a modifier joined by "and"/"or" to the
# one a target match starts with shares its head noun
_JOINED_MODIFIER = re.compile(r"\b([a-z][\w\-]+)" + _AND.pattern + "$")


def _parent(one: str, other: str) -> str | None:
    """The nearest common parent of two taxonomy codes ("energy.generation", "energy.transmission" -> "energy")."""
    pairs = zip(one.split("."), other.split("."), strict=False)
    shared = [part for part, _ in takewhile(lambda pair: pair[0] == pair[1], pairs)]
    return ".".join(shared) or None


def joined_target(sentence: str, chosen: Mention, found: list[Mention],
                  lexicon: list[tuple[re.Pattern[str], str]]) -> str | None:
    """The target code of targets joined by "and"/"or" ("energy generation and transmission facilities": energy.
    generation and energy.transmission; "oil and gas facilities"): the codes' nearest common parent (``energy``)
    when the other conjunct (a match of its own, or a modifier taking the chosen match's head noun) names another
    code; None otherwise."""
    for other in found:
        if other.value != chosen.value and (
                _AND.fullmatch(sentence[chosen.end:other.start]) or _AND.fullmatch(sentence[other.end:chosen.start])):
            return _parent(chosen.value, other.value)
    words = sentence[chosen.start:chosen.end].split(maxsplit=1)
    before = sentence[max(0, chosen.start - 40):chosen.start]
    joined = _JOINED_MODIFIER.search(before)
    if len(words) < 2 or joined is None:
        return None
    lead = before[:joined.start(1)].split()[-1:]  # "energy" of "energy generation and ..."
    phrase = " ".join([*lead, joined.group(1), words[1]])
    modifier = len(" ".join(lead)) + (1 if lead else 0)
    code = next((value for pattern, value in lexicon for match in pattern.finditer(phrase)
                 if match.start() <= modifier < match.end()), None)
    return None if code is None or code == chosen.value else _parent(chosen.value, code)


def by_lexicon(found: list[Mention]) -> Mention:
    """The lexicon's own choice: the first pattern in its order that matches, at its first match."""
    return min(found, key=lambda mention: (mention.rank, mention.start))


def _token(doc: Any, mention: Mention) -> Any | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _phrase_head(token: Any) -> Any:
    """The head noun of the phrase a matched word stands in ("Kh-101" in "Kh-101 cruise missiles" -> missiles)."""
    while _modifies_a_noun(token):
        token = token.head
    return token


def _modifies_a_noun(token: Any) -> bool:
    """Whether ``token`` modifies a noun of its phrase ("Kh-101" of "missiles"); not an event noun ("FPV drone
    strikes": the phrase is "FPV drone")."""
    return token.dep_ in _MODIFIER_DEPS and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN") and (
        token.head.lemma_.lower() not in EVENT_NOUNS)


def _position(token: Any) -> int:
    """Where the phrase of a matched word starts; a modifier that heads a list of its own ("Kinzhal missiles and
    attack drones" misread as one phrase) starts where it stands."""
    while _modifies_a_noun(token):
        if _heads_a_list(token):
            return int(token.left_edge.i)
        token = token.head
    return min([int(token.i)] + [int(child.left_edge.i) for child in token.lefts if not _heads_a_list(child)])


def _heads_a_list(token: Any) -> bool:
    return any(child.dep_ == "cc" for child in token.children)


def _of_quantity(token: Any) -> Any:
    """The amount a noun hangs from by "of" ("dozens of drones", "102 of the missiles", "one of its plants")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.pos_ in ("NUM", "ADJ", "PRON", "DET") or head.head.lemma_.lower() in _QUANTITY_NOUNS):
        return head.head
    return token


def _event_verb(token: Any) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and lemma not in SPEECH_VERBS and (
        lemma in HARM_VERBS or lemma in STRIKE_VERBS or lemma in DAMAGE_VERBS or lemma in LAUNCH_VERBS)


def _first_conjunct(token: Any) -> Any:
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


# ------------------------------------------------------------------------------------------------------ weapons
def _struck_thing(token: Any) -> bool:
    """Whether the noun ``token`` is what an event verb acts on, or the place such a thing is given in: "hit
    airfields with missiles", and "hit the air base in the Khmelnytskyi region with Iskander missiles" read with
    the "with" under the region."""
    for _ in range(4):
        if token.dep_ in ("dobj", "obj", "nsubjpass"):
            return _event_verb(token.head)
        head = token.head
        if not (token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS | {"of"}
                and head.head.pos_ in ("NOUN", "PROPN")):
            return False
        token = head.head
    return False


def _weapon_role(token: Any, interception: bool) -> bool:
    """Whether the weapon phrase headed by ``token`` is the means of an event."""
    head = token.head
    if token.dep_ in _MODIFIER_DEPS and head.i != token.i:
        # "a drone attack", "missile strikes": the weapon names the event's means; "a drone workshop" does not
        return head.lemma_.lower() in EVENT_NOUNS
    amount = _of_quantity(token)
    if amount is not token:
        token = _first_conjunct(amount)  # "dozens of drones", "102 of the 127 missiles and 99 of ..."
        head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("including", "like") and head.head.i != head.i:
        # "with weapons, including Kinzhal missiles, as well as attack UAVs": what the list names has the role of
        # the noun it elaborates
        return _weapon_role(_first_conjunct(head.head), interception)
    if token.dep_ == "pobj":
        preposition = head.lower_
        governor = head.head
        if preposition == "by":
            return True  # "hit by drones", "a strike by drones"
        if preposition == "with":
            # "attacked Kherson with drones", "an attack with missiles"; not "a drone with a warhead"; "hit
            # airfields with missiles" read with the "with" under the object still names the means
            return _event_verb(governor) or governor.lemma_.lower() in EVENT_NOUNS or _struck_thing(governor)
        if preposition == "of":
            return governor.lemma_.lower() in EVENT_NOUNS  # "a barrage of missiles"
        return False
    if token.dep_ in ("nsubj", "csubj"):
        return _event_verb(head)  # "missiles struck", "a drone dropped explosives"; not "the think tank assessed"
    if token.dep_ in ("dobj", "obj"):
        # "fired 78 missiles", "used 1,300 glide bombs"; in an interception "downed 40 drones"
        return head.lemma_.lower() in LAUNCH_VERBS or interception
    if token.dep_ == "nsubjpass":
        return interception  # "drones were shot down"; "Su-34s were destroyed" is what was hit
    return token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN") and interception


def weapon_in_role(doc: Any, mentions: list[Mention], interception: bool) -> Mention | None:
    """The weapon mention that the parse puts in an event role: the first such phrase in the text, and within
    one phrase ("FPV drone") the lexicon's more specific class. None when no mention has a role."""
    placed: list[tuple[int, int, Mention]] = []
    for mention in mentions:
        token = _token(doc, mention)
        if token is None:
            continue
        head = _phrase_head(token)
        # a list of weapons ("missiles and drones") has its role at its first conjunct
        if _weapon_role(_first_conjunct(head), interception):
            placed.append((_position(token), mention.rank, mention))
    if not placed:
        return None
    return min(placed, key=lambda item: (item[0], item[1]))[2]


# ------------------------------------------------------------------------------------------------------ targets
def _target_level(token: Any) -> int | None:
    """How directly the event acts on the noun ``token`` (0 struck, 1 damaged, 2 suffered, 3 the place), None
    when its own role says nothing."""
    head = token.head
    lemma = head.lemma_.lower()
    dep = token.dep_
    if dep in ("dobj", "obj") and head.pos_ in ("VERB", "AUX"):
        if lemma in STRIKE_VERBS:
            return 0
        if lemma in DAMAGE_VERBS:
            return 1
        return None
    if dep == "nsubjpass":
        if lemma in STRIKE_VERBS:
            return 0
        if lemma in DAMAGE_VERBS or lemma in HARM_VERBS:
            return 1
        return None
    if dep == "nsubj" and lemma in CONSEQUENCE_VERBS:
        return 2
    if dep == "pobj":
        preposition = head.lower_
        governor = head.head
        governing = governor.lemma_.lower()
        if governor.pos_ in ("NOUN", "PROPN") and governing in EVENT_NOUNS and preposition in IMPACT_PREPOSITIONS:
            return 0  # "a strike on the substation", "attacks against energy facilities"
        if governor.pos_ in ("VERB", "AUX"):
            if preposition in IMPACT_PREPOSITIONS - {"at"} and (
                    governing in STRIKE_VERBS or governing in LAUNCH_VERBS or governing in ("fall", "land", "crash")):
                return 0  # "slammed into a high-rise", "debris fell on a building", "dropped bombs on X"
            if preposition == "at" and governing in LAUNCH_VERBS:
                return 0  # "fired missiles at the energy system"
            if preposition == "at" and governing in ("explode", "detonate", "land", "crash"):
                return 0  # "a drone detonated at the nuclear plant, damaging a transformer": the plant was hit
            if preposition in LOCATIVE_PREPOSITIONS and (_event_verb(governor) or governing in CONSEQUENCE_VERBS):
                return 3  # "destroyed at the air base", "shot down near the plant"
    return None


def _target_role(token: Any) -> tuple[int, int] | None:
    """(level, steps) of the target phrase headed by ``token``: its own level, or that of the phrase it hangs from
    ("a school near the station": the station is one step from the school struck)."""
    for steps in range(8):
        token = _first_conjunct(_of_quantity(token))
        level = _target_level(token)
        if level is not None:
            return level, steps
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN"):
            token = head  # "the plant's only remaining line"
        elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
            token = _phrase_head(head.head)  # "a school near the railway station"
        elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ in ("acl", "relcl"):
            token = head.head.head  # "a workshop assembling drones at an airfield"
        elif token.dep_ in ("dobj", "obj", "nsubj") and head.dep_ in ("acl", "relcl"):
            token = head.head  # "a fuel storage facility serving the air base"
        else:
            return None
    return None


def _describes_a_place(token: Any) -> bool:
    """Whether ``token`` stands in a clause that describes a named place ("Kurchatov, the town that hosts the
    plant", "Enerhodar, which houses the plant")."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in ("relcl", "acl"):
            named = ancestor.head
            return bool(named.pos_ == "PROPN" or (named.dep_ == "appos" and named.head.pos_ == "PROPN"))
    return False


def target_in_role(doc: Any, mentions: list[Mention]) -> Mention | None:
    """The target mention the event acts on most directly (lowest level, then fewest steps, then first in the
    text, then the lexicon's more specific code); None when no mention has a role."""
    placed: list[tuple[int, int, int, int, Mention]] = []
    heads: list[tuple[str, Mention]] = []
    told: list[tuple[Mention, Any]] = []  # the mentions the parse has a token for, with it
    for mention in mentions:
        token = _token(doc, mention)
        if token is None:
            continue
        told.append((mention, token))
        head = _phrase_head(token)
        heads.append((head.lemma_.lower(), mention))
        found = _target_role(head)
        if found is not None:
            placed.append((found[0], found[1], head.i, mention.rank, mention))
    if not placed:
        # no role: what a clause describing a named place names is the place's description, not what was hit
        # ("a fire at a substation in Kurchatov, the town that hosts the Kursk nuclear power plant")
        undescribed = [mention for mention, token in told if not _describes_a_place(token)]
        return by_lexicon(undescribed) if 0 < len(undescribed) < len(told) else None
    best = min(placed, key=lambda item: item[:4])
    # the same thing named twice ("one of its thermal power plants ... the strike on the plant"): the more
    # specific name of the head noun the event acts on
    lemma = next(word for word, mention in heads if mention is best[4])
    return min((mention for word, mention in heads if word == lemma), key=lambda mention: mention.rank)
