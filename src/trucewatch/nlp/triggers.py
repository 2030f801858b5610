"""The event words of a sentence (:data:`trucewatch.nlp.lexicon.EVENT_TRIGGERS`) that tell an event, for the events
component (:mod:`trucewatch.nlp.components`): strong triggers make an event by themselves; weak ones ("damaged",
"explosions") only with a weapon or an acting party in the same sentence (or before any event is told), so that
follow-up sentences about damage do not double-count; a weapon's name alone only where it is said to be used, not
where it is made, traded or hit; what a truce or an order covers is no event."""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.nlp import lexicon as lx
from trucewatch.nlp import syntax_words
from trucewatch.nlp.clauses import ORDINAL_OPENING

# the weak triggers (the module's doc)
_WEAK = re.compile(r"^(damaged|destroyed|explosions?|blasts?|exploded|hit|hits|launched|targeted|targeting|"
                   r"violat\w*)$",
                   re.IGNORECASE)
# A weapon's name as the only trigger ("artillery", "mortars", "Grad") reports shelling only where the sentence
# also says it was used or did harm; a purchase, a delivery or a training is no event.
_BARE_WEAPON = re.compile(r"^(?:artillery|mortars?|howitzers?|MLRS|Grad|Uragan|Smerch|rocket launchers?|cannon)$",
                          re.IGNORECASE)
_USED = re.compile(r"\b(?:fir\w*|shell\w*|strik\w*|struck|hit\w*|attack\w*|bombard\w*|pound\w*|us(?:ed|ing)|"
                   r"employ\w*|launch\w*|target\w*|damag\w*|destr\w*|kill\w*|wound\w*|injur\w*|explo(?!sives?\b)\w*|"
                   r"impact\w*|land\w*|against|at positions|on positions|shots?|salvos?|barrage\w*|duels?)\b",
                   re.IGNORECASE)
# a verb of making or trading weapons before them ("makes explosives and filled shells", "bought mortars")
_MADE_BEFORE = re.compile(r"\b(?:make|makes|made|making|produc\w*|manufactur\w*|assembl\w*|stor(?:e|es|ed|ing)|"
                          r"suppl\w*|deliver\w*|bought|buy\w*|sell\w*|sold)\b[^.;,]{0,50}$", re.IGNORECASE)
# a verb of harm right before the weapon ("A Lancet hit a Ukrainian howitzer": the weapon is what was hit)
_HIT_BEFORE = re.compile(r"\b(?:hit|hits|struck|destroyed|damaged|targeted|disabled)\s+(?:an?|the|two|three|several|"
                         r"its|their)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def triggers(sentence: str, reported_before: bool) -> tuple[dict[str, re.Match[str]], bool]:
    """The first trigger of each kind in the sentence, and whether only weak triggers were refused (a weak
    trigger needs a weapon or a party, or no event reported before in the article)."""
    found, weak_only = triggers_of(sentence, reported_before)
    return dict(found), weak_only


@lru_cache(maxsize=4096)  # asked again of a sentence for each of its clauses and events
def triggers_of(sentence: str, reported_before: bool) -> tuple[dict[str, re.Match[str]], bool]:
    """:func:`triggers`, kept for a sentence asked again (its clauses, its events)."""
    found: dict[str, re.Match[str]] = {}
    weak_only = False
    for kind, pattern in lx.EVENT_TRIGGERS.items():
        covered: re.Match[str] | None = None
        for match in pattern.finditer(sentence):
            weak = kind == "strike" and _WEAK.match(match.group(0))
            if weak and not (has_weapon(sentence) or lx.party_mentions(sentence) or not reported_before
                             or ORDINAL_OPENING.match(sentence)):
                weak_only = True
                continue
            if lx.GONE_OFF.fullmatch(match.group(0)) and not lx.GONE_OFF_AFTER.search(sentence, 0, match.start()):
                continue  # "the sirens went off": no charge went off
            if match.group(0).lower() == "captured" and lx.RECORDED_BEFORE.search(sentence, 0, match.start()):
                continue  # "satellite imagery captured on Saturday": no ground taken
            if match.group(0).lower() == "fighting" and lx.FIGHTERS_SERVED.search(sentence, 0, match.start()):
                continue  # "a supply point for Russian troops fighting in Donbas": no fighting reported
            if match.group(0).lower().startswith("violat") and not lx.TRUCE.search(sentence):
                continue  # "diplomats committed violations against Somalia", "human rights violations": no fire
            if (_BARE_WEAPON.match(match.group(0)) or match.group(0).lower() == "shells") and (_MADE_BEFORE.search(
                    sentence, max(0, match.start() - 60), match.start()) or _HIT_BEFORE.search(
                    sentence, max(0, match.start() - 50), match.start())):
                continue  # "The plant makes explosives and filled shells for the army": weapons made, no fire; "A
                # Lancet hit a Ukrainian howitzer": the weapon is what was hit
            if truce_covers(sentence, match.start()):
                # "urged both sides to stick to the pause on energy strikes after X was struck": what a truce covers
                # is no event (refused later, when no later word of the same kind tells one)
                covered = covered or match
                continue
            if _BARE_WEAPON.match(match.group(0)) and not _USED.search(sentence):
                continue  # "Ukraine bought mortars from Bulgaria": a weapon named is no shelling (the parse
                # may still read the sentence: "artillery positions were seen near X" is presence)
            found.setdefault(kind, match)
            break
        if covered is not None:
            found.setdefault(kind, covered)
    return found, weak_only


def truce_covers(sentence: str, start: int) -> bool:
    """Whether the event word at ``start`` names what a truce or an order stops ("a halt to strikes on energy
    sites")."""
    return bool(lx.TRUCE_OBJECT.search(sentence, 0, start) and lx.ACT_OF_WAR.match(sentence, start))


@lru_cache(maxsize=4096)
def has_weapon(sentence: str) -> bool:
    """Whether the sentence names a weapon."""
    return syntax_words.WEAPON_WORDS.search(sentence) is not None
