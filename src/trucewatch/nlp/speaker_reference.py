"""Who a pronoun or a body's kind names as the speaker of a sentence ("..., it said", "He said a missile had hit ...",
"..., the ministry said"): the one an earlier sentence of the text has as its subject, nearest first.

News prose names its speaker once and then refers back to it: "Ukraine's Energy Ministry put out a statement on
Thursday. Russian drones had hit a substation in Kramatorsk overnight, the ministry said." The speaker of the second
sentence is the subject of the first, not the article's first speaker (who may be another party: "two days after
Moscow announced a halt"). The subjects of the parse of the sentences before are read, the main clause's first, and
the first that may speak and fits the words that refer back is taken: "he" / "she" a person or a title, "it" a body,
"they" either, "the ministry" a subject with that word. A subject may speak when the source lexicon knows its party or
its kind of body, or it is a title of office or a proper name ("the International Atomic Energy Agency"); "the
strike" or "a fire" never does.
"""

from __future__ import annotations

import re
from typing import Any

from trucewatch.nlp.attribution import LEAD_BEFORE_PRONOUN
from trucewatch.nlp.parses import doc_of_sentence
from trucewatch.nlp.pipeline import ArticleState, Frame
from trucewatch.nlp.sources import active_lexicon

LOOKBACK = 3  # sentences before the one that refers back searched for its speaker
_LONGEST = 600  # characters: a longer "sentence" is a list or a table, not parsed for its subject

# "..., it said", "He said ...", "she told reporters", "they added": a pronoun as the subject of a verb of saying,
# opening the sentence (after words of where or when: "In it he said") or a clause
_PRONOUN_SAID = re.compile(
    rf"(?:^|^{LEAD_BEFORE_PRONOUN}|[,;:]\s*|\s[-–—]\s*|[\"”’]\s*)(?P<p>it|he|she|they)\s+(?:(?:also|later|then|further)\s+)?"
    r"(?:said|says|wrote|writes|added|adds|stated|told|reported|claimed|announced|noted|insisted|alleged|posted|"
    r"explained|continued|confirmed|denied|acknowledged)\b", re.IGNORECASE)
# words before a body's kind ("the state company", "the national grid operator")
KIND_MODIFIERS = (r"(?:state|state-owned|state-run|national|energy|power|electricity|grid|gas|oil|private|holding|"
                  r"parent)")
# a body or an office named again by its kind ("the ministry", "this agency", "the governor")
_BODY_KINDS = (r"ministry|agency|company|operator|service|department|office|utility|firm|military|army|navy|fleet|"
               r"command|administration|mission|governor|mayor|staff")
_KIND_NAMED = re.compile(rf"^(?:the|this)\s+(?:{KIND_MODIFIERS}\s+){{0,2}}(?P<noun>{_BODY_KINDS}|commander|"
                         r"spokes(?:man|woman|person)|minister)$", re.IGNORECASE)
# a company's kind named again ("the state company", "the operator"): an earlier subject the lexicon knows by name fits
_COMPANY_KINDS = frozenset({"company", "operator", "utility", "firm"})
# a statement a pronoun owns ("Its statement added", "In his post ...": the owner speaks) and one a body named by
# its kind owns ("The ministry's spokesman later said", "the agency's statement")
_OWN_WORDS = re.compile(r"^(?P<own>its|his|her|their)\s+(?:[\w\-]+\s+)?(?:statement|post|message|update|summary|"
                        r"report|communiqu[eé]|briefing|account|note|release|address)$", re.IGNORECASE)
_OWNER_PRONOUN = {"its": "it", "his": "he", "her": "she", "their": "they"}
_KIND_OWNS = re.compile(rf"^the\s+(?P<noun>{_BODY_KINDS})['’]s\s+(?:[\w\-]+\s+)?(?:spokes(?:man|woman|person)|"
                        r"statement|post|message|update|summary|report|press\s+(?:service|office)|head|chief|"
                        r"representative)$", re.IGNORECASE)
# a statement from a body named by its kind ("according to a statement from the company", "a post by the ministry"):
# the body speaks
_STATEMENT_OF_KIND = re.compile(rf"^(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:statement|post|message|update|report|"
                                r"release|communiqu[eé])\s+(?:from|by|of)\s+"
                                rf"(?P<kind>the\s+(?:{KIND_MODIFIERS}\s+){{0,2}}(?:{_BODY_KINDS}))$", re.IGNORECASE)
# the head words of a subject that is a person by office
_TITLES = frozenset({
    "head", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "commander", "minister", "chief",
    "president", "official", "secretary", "director", "adviser", "advisor", "representative", "ombudsman", "envoy",
    "prosecutor", "deputy", "chairman", "chairwoman", "premier", "leader", "general", "colonel", "officer",
})
# words that make a proper name a body's ("Human Rights Watch", "Energy Ministry")
_BODY_WORDS = frozenset({
    "watch", "agency", "mission", "ministry", "staff", "forces", "force", "service", "office", "council", "committee",
    "command", "administration", "company", "group", "institute", "centre", "center", "fund", "organisation",
    "organization", "cross", "bank", "union", "commission", "court", "parliament", "government", "navy", "army",
    "guard", "kremlin", "team", "unit", "brigade", "directorate", "department", "operator", "ukrenergo",
})
# people speaking as a group ("officials", "the authorities")
_GROUPS = frozenset({"official", "authority", "spokesperson", "source", "investigator", "prosecutor", "police"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def refers_back(sentence: str, claimant: tuple[str, tuple[int, int]] | None) -> tuple[str, tuple[int, int]] | None:
    """The words (and their span) by which ``sentence`` refers back to its speaker: the ``claimant`` found in it
    when it names a body only by its kind ("the ministry"), a statement a pronoun owns ("Its statement"), one a
    body named by its kind owns ("the ministry's spokesman") or one from such a body ("a statement from the company":
    the words "the company"), else a pronoun that is the subject of a verb of saying
    ("it said"); None otherwise."""
    if claimant is not None:
        words = claimant[0].strip()
        if (statement := _STATEMENT_OF_KIND.match(words)) is not None:
            at = claimant[1][0] + len(claimant[0]) - len(claimant[0].lstrip())
            return statement.group("kind"), (at + statement.start("kind"), at + statement.end("kind"))
        return claimant if _KIND_NAMED.match(words) or _OWN_WORDS.match(words) or _KIND_OWNS.match(words) else None
    found = _PRONOUN_SAID.search(sentence)
    return (found.group("p"), found.span("p")) if found else None


def referred_to(state: ArticleState, frame: Frame, found: tuple[str, str | None, tuple[int, int]] | None
                 ) -> tuple[str, str | None, tuple[int, int]] | None:
    """The speaker named before that words of the frame's sentence refer back to ("Ukraine's Energy Ministry put out
    a statement. Drones hit a substation, the ministry said": the ministry named before, not the article's first
    speaker), when ``found`` names none with a party; else ``found``."""
    if (found is not None and found[1] is not None) or "claimant_reference" in frame.values:
        return found  # (claims asks before and after the parse's own reading; one search a frame)
    back = refers_back(frame.sentence, (found[0], found[2]) if found else None)
    earlier = antecedent(state, frame.index, back[0]) if back else None
    if back is not None and earlier is None and (owner := _company_before(frame.sentence, back)) is not None:
        earlier = (owner[0], owner[1], frame.index)  # "… one of DTEK's coal mines …, the company said"
    if back is None or earlier is None or (
            earlier[1] is None and state.context_claimant is not None and state.context_claimant[1] is not None):
        return found
    frame.put("claimant_reference", {"words": back[0], "sentence": earlier[2]})
    return earlier[0], earlier[1], back[1]


def antecedent(state: ArticleState, index: int, words: str) -> tuple[str, str | None, int] | None:
    """The speaker that ``words`` (from :func:`refers_back`) in sentence ``index`` refers back to, its party (None
    when the lexicon knows none) and its sentence: the first subject of the nearest earlier sentence that may speak
    and fits."""
    text = state.article.text
    context = text[:2000]
    for number in range(index - 1, max(-1, index - 1 - LOOKBACK), -1):
        start, end = state.sentences[number]
        if end - start > _LONGEST:
            continue
        for phrase, head in _subjects(doc_of_sentence(state, number)):
            owner = _company_owner(words, head)
            if owner is not None:
                return owner[0], owner[1], number
            if not _may_speak(phrase, head) or not _fits(words, phrase, head):
                continue
            found = active_lexicon().party_of(phrase, f"{phrase}\n{context}")
            return phrase, found[0] if found else None, number
    return None


def _company_owner(words: str, head: Any) -> tuple[str, str] | None:
    """"Lukoil's Volgograd refinery processes 15 million tonnes a year. The company said ...": the company the lexicon
    knows by name that owns the subject of a sentence before ("Lukoil's") and its party, when the words referring
    back name a company by its kind."""
    if not _names_a_company(words):
        return None
    for child in head.children:
        if child.dep_ == "poss" and (party := _company_party(str(child.text))) is not None:
            return str(child.text), party
    return None


def _names_a_company(words: str) -> bool:
    """Whether ``words`` name a body by a company's kind ("the company", "the state operator")."""
    kind = _KIND_NAMED.match(words.strip())
    return kind is not None and kind.group("noun").lower() in _COMPANY_KINDS


def _company_party(owner: str) -> str | None:
    """The party of a company the lexicon knows by name ("Lukoil", "DTEK"), or None."""
    found = active_lexicon().party_of(owner)
    return found[0] if found is not None and found[1] == "named" else None


# a company named by its possessive ("one of DTEK's coal mines", "Naftogaz's gas site")
_POSSESSIVE_NAME = re.compile(r"\b(?P<owner>[A-Z][\w\-]+)['’]s\b")


def _company_before(sentence: str, back: tuple[str, tuple[int, int]]) -> tuple[str, str] | None:
    """The company the lexicon knows by name whose possessive the sentence names before the words that name a
    company by its kind ("A drone struck one of DTEK's coal mines …, the company said"), and its party; the nearest
    such before the words."""
    if not _names_a_company(back[0]):
        return None
    for match in reversed(list(_POSSESSIVE_NAME.finditer(sentence, 0, back[1][0]))):
        if (party := _company_party(match.group("owner"))) is not None:
            return match.group("owner"), party
    return None


def _subjects(doc: Any) -> list[tuple[str, Any]]:
    """The subjects of the sentence's verbs as (words, head token): the main clause's first, then the others in
    the order they are written."""
    found = [token for token in doc if token.dep_ in _SUBJECTS and token.pos_ in ("NOUN", "PROPN")]
    found.sort(key=lambda token: (token.head.dep_ != "ROOT", token.i))
    phrases = []
    for token in found:
        words = doc[token.left_edge.i:token.right_edge.i + 1].text.strip(" ,;:-–—")
        phrases.append((words, token))
    return phrases


def _person(phrase: str, head: Any) -> bool:
    """A person: by office ("the head of the regional administration", "Kremlin spokesman Dmitry Peskov") or by
    name ("Robert Brovdi, who commands ..."): a proper name of two or three words none of which names a body."""
    if head.text.lower() in _BODY_WORDS:
        return False  # "Ukraine's General Staff", "the Kremlin's press office"
    name = [token for token in head.lefts if token.dep_ == "compound"] + [head]
    if any(token.lemma_.lower() in _TITLES for token in name):
        return True
    return head.pos_ == "PROPN" and 2 <= len(name) <= 3 and all(
        token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.lower() not in _BODY_WORDS for token in name)


def _fits(words: str, phrase: str, head: Any) -> bool:
    words = words.strip()
    owned = _OWN_WORDS.match(words)
    pronoun = _OWNER_PRONOUN[owned.group("own").lower()] if owned else words.lower()
    kind = _KIND_NAMED.match(words) or _KIND_OWNS.match(words)
    if pronoun in ("he", "she"):
        return _person(phrase, head)
    if pronoun == "it":
        return not _person(phrase, head)
    if pronoun == "they":
        return True
    if not kind:
        return False
    noun = kind.group("noun").lower()
    if noun in _COMPANY_KINDS and (found := active_lexicon().party_of(phrase)) and found[1] == "named":
        return True  # "the state company" of "Naftogaz said ..."
    return re.search(rf"\b{noun}\b", phrase, re.IGNORECASE) is not None


def _may_speak(phrase: str, head: Any) -> bool:
    """A subject that can say something: a proper name, a title of office, a body ("the Russian-installed
    administration"), or a body or office the lexicon knows; never a thing or an act ("a fixed-wing Ukrainian drone",
    "Russian artillery", "the strike")."""
    word = head.lemma_.lower()
    return head.pos_ == "PROPN" or word in _TITLES or word in _BODY_WORDS or word in _GROUPS or (
        active_lexicon().body_kind(phrase) is not None)
