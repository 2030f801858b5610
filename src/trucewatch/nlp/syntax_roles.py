"""Who did it and who said it, from the dependency parse of an event sentence: the acting side from the subject,
a passive's agent or an intercepted weapon (:func:`roles`), and the span of who is said to speak (:func:`attribution`).
The parse and the word classes are :mod:`trucewatch.nlp.syntax`'s."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.syntax import impact_participle, subject_of
from trucewatch.nlp.syntax_words import (
    DEFENCE_VERBS,
    HARM_ADJECTIVES,
    HARM_NOUNS,
    NOUN_ROLES,
    OWNER_PRONOUNS,
    PRONOUNS,
    SPEECH_VERBS,
)


def _agent(verb: Any) -> Any | None:
    """The passive verb's agent; "by X" attached lower down ("fired upon with mortars by X") counts too."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    subject = subject_of(verb, True)
    inside = {t.i for t in subject.subtree} if subject is not None else set()
    for token in verb.subtree:
        if token.lower_ == "by" and token.i not in inside and token.i > verb.i:
            found = next((g for g in token.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _object(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _party(token: Any | None, exclude: tuple[int, int] | None,
           lexicon: list[tuple[re.Pattern[str], str]] = lx.ACTORS, without: Any | None = None) -> str | None:
    """The party the words of ``token``'s phrase name (outside ``exclude``, and outside the phrase of ``without``, a
    clause hanging from it), by the ``lexicon`` of parties or, with :data:`lexicon.WEAPON_SIDES`, of weapons only one
    side fires."""
    if token is None:
        return None
    inner = {t.i for t in without.subtree} if without is not None else set()
    words = [t for t in token.subtree if not (exclude and exclude[0] <= t.idx < exclude[1]) and t.i not in inner]
    if not words:
        return None
    text = " ".join(t.text for t in words)
    return next((party for pattern, party in lexicon if pattern.search(text)), None)


# verbs a place or a force is "under" an attack with ("came under fire", "remained under shelling")
_UNDER_VERBS = frozenset({"come", "be", "remain", "fall", "stay"})
# verbs of sending a weapon, whose passive subject is the weapon ("missiles were fired at", "drones were launched at")
_SENT_VERBS = frozenset({"fire", "launch", "shoot", "drop", "send", "direct", "aim"})


def _passive(verb: Any) -> bool:
    """Passive voice; a bare participle after a noun ("a vehicle destroyed") only with an agent or as a verb
    of harm ("forces clashed with ..." is active); never with an active subject ("drones had hit"), unless a bare
    participle has an agent (a headline's "X struck by Y")."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ == "agent" for c in verb.children):
        # a headline's passive with no auxiliary, whose patient the parse takes for a subject ("Russia's Black Sea
        # Fleet headquarters struck by Ukrainian missiles")
        return True
    if any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children) or (
        verb.dep_ in ("acl", "conj") and verb.tag_ == "VBN" and verb.lemma_.lower() in HARM_ADJECTIVES)


@dataclass(frozen=True)
class Roles:
    actor: str | None
    interceptor: str | None
    patient: tuple[int, int] | None = None  # span of the party acted upon (not the actor)
    agent_found: bool = False  # the parse found who acted (a subject or agent), whether or not it names a party
    by_claimant: bool = False  # the doer is a pronoun for the claimant ("Kyiv said it had hit ...")
    # the doer is "they" in the speaker's own quoted words ('"They sent a drone at our substation," said X'): not the
    # speaker, whose side would say "we", but the other side
    by_others: bool = False


def _span(token: Any | None, verb: Any | None = None) -> tuple[int, int] | None:
    """The noun phrase of ``token``: its subtree, or only the words up to it when it heads the sentence; a subject
    of ``verb`` told before it ends before the verb (the parse may hang a clause after the verb from the subject:
    "X was damaged in an attack, the ministry said, one of several sites targeted as Russia launched ...")."""
    if token is None:
        return None
    if token.dep_ == "ROOT":
        return token.left_edge.idx, token.idx + len(token.text)
    words = list(token.subtree)
    if verb is not None and token.head.i == verb.i and token.i < verb.i:
        words = [word for word in words if word.i < verb.i]
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _patient(verb: Any, passive: bool) -> tuple[int, int] | None:
    """The span of what ``verb`` acts on: its passive subject, else its object."""
    return _span(subject_of(verb, True), verb) if passive else _span(_object(verb))


def roles(doc: Any, trigger_start: int, interception: bool, exclude: tuple[int, int] | None) -> Roles | None:
    """Acting party (and interceptor) from the roles around the event word at ``trigger_start``; None when
    the parse names no party in those roles. ``exclude``: the claimant's span, which is not a role."""
    token = next((t for t in doc if t.idx <= trigger_start < t.idx + len(t.text)), None)
    if token is None:
        return None
    verb = token.head if token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass") else token
    # a word tagged as a verb in a noun's role ("…, Shaheds among them, in the attack") is no verb of the event
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in NOUN_ROLES) and verb.dep_ != "ROOT" and (
            verb.head.i != verb.i):
        verb = verb.head
    if (token.pos_ == "NOUN" and token.lemma_.lower() in HARM_NOUNS) or token.head.lower_ == "by":
        # "a Russian drone attack on Odesa", "killed by Russian shelling": the word's own modifiers name the actor
        own = _party_of_modifiers(token, exclude)
        if own and not interception:
            return Roles(own, None)
    noun = token
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    if not interception and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in _UNDER_VERBS:
        # "Russia's regions came under attack from Ukrainian drones", "Belgorod came under Ukrainian artillery
        # fire": the subject is what was attacked; who attacked is named on the attack's own words or after "from"
        # or "by", if at all
        came = noun.head.head
        sources = [each for each in (*noun.children, *came.children) if each.dep_ == "prep" and each.lower_ in (
            "from", "by")]
        found = _party_of_modifiers(noun, exclude) or next(
            (party for each in sources if (party := _party(each, exclude))), None)
        return Roles(found, None, _span(subject_of(came, False), came), found is not None)
    if not interception and impact_participle(token):
        # "video shows a Ukrainian drone diving into the refinery": the weapon's own words name who sent it, whatever
        # shows it
        weapon = token.head if token.pos_ == "VERB" else token
        words = [t for t in weapon.subtree if t.i < token.i and not (exclude and exclude[0] <= t.idx < exclude[1])]
        text = " ".join(t.text for t in words)
        own = next((party for pattern, party in (*lx.ACTORS, *lx.WEAPON_SIDES) if pattern.search(text)), None)
        if own:
            return Roles(own, None)
    passive = _passive(verb)
    if interception:
        patient = subject_of(verb, True) if passive else _object(verb)
        agent = _agent(verb) if passive else subject_of(verb, False)
        attacker, interceptor = _party(patient, exclude), _party(agent, exclude)
        if patient is not None and interceptor and any(t.lower_ == "own" for t in patient.subtree):
            attacker = interceptor  # "shot down seven of their own drones"
        if attacker or interceptor:
            return Roles(attacker, interceptor)
        return None
    lemma = verb.lemma_.lower()
    if lemma in DEFENCE_VERBS:
        # "X repelled Y's assault" / "X were repelled by Y": the one repelled is the attacker
        attacker = subject_of(verb, True) if passive else _object(verb)
        found = _party(attacker, exclude)
        return Roles(found, None) if found else None
    agent = _agent(verb) if passive else subject_of(verb, False)
    if agent is not None and _speaker_pronoun(agent) and verb.dep_ in ("ccomp", "xcomp", "conj", "advcl"):
        # "X confirmed they had struck ...", "the commander said his units had hit ...": the pronoun stands for
        # the subject of the verb above, which may well be the claimant itself (then the claim acknowledges
        # its own act, whether or not the claimant's words name a party: "Kyiv said it had hit ...")
        speaker = subject_of(verb.head, False)
        if speaker is not None and exclude and exclude[0] <= speaker.idx < exclude[1] and agent.lower_ == "they" and (
                quoted(doc.text, agent.idx) and not quoted(doc.text, verb.head.idx)):
            patient = _patient(verb, passive)
            return Roles(None, None, patient, True, by_others=True)
        if speaker is not None and exclude and exclude[0] <= speaker.idx < exclude[1]:
            patient = _patient(verb, passive)
            return Roles(None, None, patient, True, by_claimant=True)
        agent = speaker or agent
        exclude = None
    # "a Ukrainian drone hitting a Russian tank": the noun a participle's clause hangs from is its doer, and its own
    # words name the doer's side before the clause's words do (the tank's); when they name none, the whole phrase
    # is read ("shelling ... by Russian forces")
    clause = verb if agent is not None and verb.dep_ in ("acl", "relcl") and agent.i == verb.head.i else None
    actor = (_party(agent, exclude, without=clause) if clause is not None else None) or _party(agent, exclude)
    if actor is None:
        # "ATACMS missiles destroyed ...": a weapon only one side fires names the doer
        actor = _party(agent, None, lx.WEAPON_SIDES)
    if actor is None and passive and agent is None and lemma in _SENT_VERBS:
        # "Russian cruise missiles were fired at the Kyiv hydroelectric plant": what was fired is the weapon sent, not
        # what was acted upon; its side sent it
        sent = subject_of(verb, True)
        found = _party(sent, exclude) or _party(sent, None, lx.WEAPON_SIDES)
        if found is not None:
            return Roles(found, None, None, True)
    if actor is None and not passive:
        subject = subject_of(verb, False)
        if subject is not None and subject.dep_ == "nsubj" and lemma in ("accuse", "blame"):
            actor = _party(_object(verb), exclude)
    patient = _patient(verb, passive)
    return Roles(actor, None, patient, agent is not None and verb.pos_ == "VERB")


def quoted(text: str, at: int) -> bool:
    """Whether the character at ``at`` lies inside a quotation: after an odd number of straight double quotes, or
    after more opening curly quotes than closing ones."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _speaker_pronoun(agent: Any) -> bool:
    """A pronoun ("it", "they") or a force owned by one ("his units", "its drones"): who it is the clause above
    says."""
    return agent.lower_ in PRONOUNS or (agent.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in agent.children))


def _party_of_modifiers(token: Any, exclude: tuple[int, int] | None) -> str | None:
    words = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    for word in words:
        found = _party(word, exclude)
        if found:
            return found
    return None


def attribution(doc: Any) -> tuple[int, int] | None:
    """The character span of who says it: the subject of a verb of saying, or the object of "according
    to"."""
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            target = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if target is not None:
                words = list(target.subtree)
                return words[0].idx, words[-1].idx + len(words[-1].text)
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
            if token.dep_ in ("relcl", "acl"):
                continue  # "the truce Moscow had declared": who declared the thing a noun names, not who speaks
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("it", "they", "he", "she", "we", "i", "which", "who"):
                words = [t for t in subject.subtree]
                return words[0].idx, words[-1].idx + len(words[-1].text)
    return None
