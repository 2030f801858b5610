"""What the dependency parse says about an event sentence: whether it reports an event at all (by the word
classes and roles of its words, whatever the verb), who acted (subject, passive agent, the side of an
intercepted weapon), who said it (the subject of a verb of saying, "according to X") and whether the event
verb is negated or only projected.

Parsing costs about 2 ms a sentence, so the components call it only where the surface leaves a question
open: sentences without a trigger word, passive voice, interceptions, more than one party named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.syntax_words import (
    AIRCRAFT,
    ATTACKER_NOUNS,
    BURIAL_MARKS,
    BURIAL_PLACES,
    BURIED,
    COUNTED_HARM,
    FILMED,
    FIRED_MUNITIONS,
    FLAG_NOUNS,
    FLAG_OCCASIONS,
    FLAG_PHRASAL,
    FLAG_SIDES,
    FLAG_VERBS,
    FOUND_VERBS,
    FUTURE_HEADS,
    GRAVE_NOUNS,
    GROUND_NOUNS,
    GROUND_TAKEN,
    GROUND_VERBS,
    HARM_ADJECTIVES,
    HARM_NOUNS,
    HARM_ONLY_WITH,
    HARM_VERBS,
    IMPACT_VERBS,
    LYING_VERBS,
    MODALS,
    NOT_HARMED,
    ONLY_DONE_TO,
    PERSON_WORDS,
    PHRASAL_HARM,
    REMAINS_OF,
    TAKEN_BY_FORCE,
    TAKEN_VERBS,
    TAKING_NOUNS,
    TORTURE_SITES,
    TREND_VERBS,
    USE_VERBS,
    VIOLENCE_NOUNS,
    VIOLENCE_VERBS,
    VIOLENT_VERBS,
    WEAPON_WORDS,
)


@lru_cache(maxsize=1)
def parser() -> Any:
    """en_core_web_sm with tagger, parser and lemmatizer (no entity recogniser)."""
    from trucewatch.nlp.spacy_support import model

    nlp = model(full=True)
    return nlp


# A date or clock time heading a line ("26/03/2025 Drone dropping ...") makes the parser read the words
# after it as a noun compound; it is blanked (same length, so character offsets hold) before parsing.
_LEADING_STAMP = re.compile(r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d)(?:\s+\d{1,2}:\d\d)?(?:\s*[-–]\s*"
                            r"\d{1,2}:\d\d)?\s*:?")


def parse(sentences: list[str]) -> list[Any]:
    """Parsed spaCy Docs, one per sentence (batched)."""
    if not sentences:
        return []
    nlp = parser()
    blanked = [_LEADING_STAMP.sub(lambda m: "." + " " * (len(m.group(0)) - 1), sentence) for sentence in sentences]
    with nlp.select_pipes(disable=["ner"]):
        return [_subject_restored(doc) for doc in nlp.pipe(blanked, batch_size=64)]


def _subject_restored(doc: Any) -> Any:
    """The parse with its main verb restored where the parser took a sentence's opening noun for the whole clause and
    the verb with its object for a modifier of it ("Russian missiles damaged above-ground equipment at …, according
    to X, whose statement was reported by Y": "damaged" as a reduced relative clause of "missiles"): a noun heading
    the sentence whose modifier right after it is a past verb with a direct object is that verb's subject."""
    roots = [token for token in doc if token.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return doc
    root = roots[0]
    verb = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if verb is None or verb.head.i != root.i or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or not any(
            child.dep_ == "dobj" for child in verb.children) or any(
            token.pos_ not in ("PUNCT", "SPACE") for token in doc[:root.left_edge.i]):
        return doc
    from spacy.tokens import Doc

    heads = [token.head.i for token in doc]
    deps = [token.dep_ for token in doc]
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = verb.i, "nsubj"
    return Doc(doc.vocab, words=[token.text for token in doc], spaces=[bool(token.whitespace_) for token in doc],
               heads=heads, deps=deps, tags=[token.tag_ for token in doc], pos=[token.pos_ for token in doc],
               lemmas=[token.lemma_ for token in doc], morphs=[str(token.morph) for token in doc])


# Armed forces seen on the ground (a convoy, troops entering a town, tanks on a train): a monitor's event,
# kept as `other` with the kind `military_presence`.
PRESENCE_NOUNS = frozenset({
    "troop", "troops", "force", "forces", "convoy", "column", "tank", "equipment", "vehicle", "weaponry", "weapon",
    "military", "army", "soldier", "logistics", "logistic", "checkpoint", "position", "ship", "personnel", "unit",
    "buildup", "build-up", "movement", "deployment", "truck", "helicopter", "jet", "aircraft", "launcher",
    "artillery", "howitzer", "armour", "armor", "apc", "ifv", "bmp", "btr", "paratrooper", "camp", "base",
    "system", "boat", "fighter", "warship", "submarine", "pontoon", "airbase", "vdv", "spetsnaz", "plane",
    "ammo", "depot", "mercenary", "tos", "arty", "tigr", "kamaz", "occupier", "invader",
    # soldiers by their arm ("Marines dug in on the left bank at X", "infantry moving along the road to Y")
    "marines", "infantry", "infantryman", "infantrymen", "commando", "sapper", "serviceman", "servicemen",
    # what forces build where they stand ("Russian trenches near X", "fortifications along the road to Y")
    "trench", "fortification", "dugout", "bunker", "roadblock", "blockpost", "crossing",
    # ("Su-34 bombers parked at the airbase", "landing craft moored in the harbour")
    "bomber", "craft",
    # an airborne fighting vehicle by its class alone ("Russian BMD abandoned in X")
    "bmd",
})
# works forces build, and a crossing: things standing or done where forces are, never an act done to something
# ("fortification of the old castle", "the crossing of the Dnipro by swimmers") nor a thing's kind ("trench warfare
# museum", "trench coats")
_WORKS = frozenset({"trench", "fortification", "dugout", "bunker", "roadblock", "blockpost", "crossing"})
# a move of forces has a direction ("push into X", "pull back"); "push for a deal" is none
_DIRECTIONS = frozenset({"into", "towards", "toward", "to", "through", "out", "back", "forward", "on", "deeper",
                         "closer", "across", "from", "ahead", "beyond", "past", "inside"})
# a presence noun after these is a civil thing: "body armour", "a fire truck", "the border crossing"
_CIVIL_COMPOUNDS = frozenset({"body", "fire", "border", "pedestrian", "railway", "rail", "level", "zebra",
                              "checkpoint", "customs", "garbage", "food", "delivery", "ice", "cream"})
# a camp these name is people's, not forces': "a tent camp for the displaced", "a children's camp", "a refugee camp"
_CIVIL_CAMPS = frozenset({"tent", "tents", "refugee", "refugees", "child", "children", "summer", "holiday",
                          "youth", "pioneer", "scout", "camping", "displacement", "evacuee", "evacuees", "migrant",
                          "migrants", "filtration", "transit", "sports", "health", "school"})
# a side's people by nationality, as the subject of a move only forces make ("Russians retreat from X",
# "Ukrainians push towards Y"); "Ukrainians leave X on buses" are civilians
SIDE_PEOPLE = frozenset({"russians", "ukrainians", "orcs", "rashists", "ruscists"})
_FORCE_MOVES = frozenset({"retreat", "withdraw", "advance", "push", "pull", "storm", "counterattack", "regroup",
                          "entrench", "fortify", "dig", "flee"})
# a move of forces named as a noun, with the side's adjective or its forces ("after the Russian withdrawal",
# "the retreat of Russian troops")
MOVE_NOUNS = frozenset({"withdrawal", "retreat", "pullout", "counteroffensive", "counterattack"})
_SIDES = frozenset({"russian", "ukrainian", "enemy", "russia", "ukraine"})
# Armoured vehicles and systems by their model ("T-72s", "bmp-3", "BTR-82A", "TOS-1A"), by their GRAU index
# (digits, one or two letters for the class, digits, and a suffix: "9A52-2", "2S19", "9K720", "1L260", "1RL257")
# and aircraft and helicopters by their model ("Su-25s", "MiG-29", "Ka-52", "Mi-8", "Tu-22M3", "Il-76", "An-26"):
# military presence too, when seen, moving or flying (not bought, delivered or seized: `TAKEN_VERBS`).
MODEL_PATTERN = (r"(?:(?:t|bmp|bmd|btr|mt-lb|tos|2s)-?\d+[a-z0-9]*"
                 r"|\d{1,2}(?:[abdklmprsuv]|rl|sh|ya)\d{1,4}(?:-\d{1,2})?[a-z]{0,2}\d?"
                 r"|(?:su|mig|ka|mi|tu|il|yak)-?\d{1,3}[a-z]{0,3}\d?|an-\d{1,3}[a-z]{0,2})s?")
_MODELS = re.compile(MODEL_PATTERN, re.IGNORECASE)
# A munition, or a part of one, found at a place ("rocket booster in a residential area", "a cluster munition
# outside the village"): evidence that a strike reached it some time before, kept as `other` with the kind
# `munition_remnants` (no time of its own). The part nouns count only with a munition word on them.
MUNITION_NOUNS = frozenset({"rocket", "munition", "submunition", "warhead", "missile", "shell", "projectile",
                            "ordnance", "bomblet", "mine", "landmine"})
# munitions the weapon lexicon knows that are found rather than fired ("Mine found in a field")
_FOUND_MUNITIONS = frozenset({"ordnance", "bomblet", "mine", "landmine"})
MUNITION_PARTS = frozenset({"booster", "motor", "section", "tail", "casing", "part", "piece", "engine", "nozzle"})
PRESENCE_VERBS = frozenset({
    "move", "transport", "spot", "see", "enter", "take", "capture", "control", "station", "deploy", "arrive",
    "leave", "head", "cross", "travel", "withdraw", "retreat", "gather", "mass", "seize", "occupy", "patrol",
    "build", "dig", "load", "unload", "park", "drive", "pass", "roll", "advance", "set", "film", "observe",
    "locate", "position", "carry", "ship", "abandon", "shoot", "chase", "detain", "fly", "search", "hoist",
    "raise", "assemble", "establish", "regroup", "redeploy", "hide", "store",
    "photograph", "picture", "fortify", "entrench", "tow", "land",
    # standing where they were seen ("trucks lined up at the base", "landing craft moored in the harbour", "a column
    # stopped near the bus station")
    "line", "moor", "stop",
})
# verbs of presence only with forces as their subject ("Ukrainian forces push towards X", "troops reach Y"; a boat
# pushed by the wind, or an agreement reached with soldiers, is none) or, for a welcome, as their object
_FORCES_DO = frozenset({"push", "reach", "approach"})
_FORCES_MET = frozenset({"welcome", "greet", "meet"})


def _weapon(token: Any) -> bool:
    """A weapon the lexicon names, alone or with the word before it ("grenade launchers", "rocket launcher")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if WEAPON_WORDS.fullmatch(token.text) is not None:
        return True
    # only as a verb's or a preposition's noun: "Cluster munitions" heading a headline are remnants
    return token.dep_ != "ROOT" and token.head.pos_ in ("VERB", "AUX", "ADP") and _two_word_weapon(token)


def _headline_plural(token: Any) -> bool:
    """A plural noun heading a headline that the parser took for a verb ("Shell fragments embedded in a wall",
    "Bullet holes in a car": "fragments", "holes" tagged VBZ with no subject)."""
    return token.tag_ == "VBZ" and token.dep_ == "ROOT" and token.lower_.endswith("s") and not any(
        child.dep_ in ("nsubj", "nsubjpass", "expl") for child in token.children)


def _acted_on(token: Any, deps: tuple[str, ...] = ("dobj", "nsubjpass"),
              modifying: tuple[str, ...] = ("acl", "relcl")) -> list[Any]:
    """What a verb acts on: its object or passive subject (``deps``), and the noun it modifies as a clause or
    participle (``modifying``: "a village recaptured by", "civilians buried in a yard")."""
    acted_on = [child for child in token.children if child.dep_ in deps]
    if token.dep_ in modifying:
        acted_on.append(token.head)
    return acted_on


def _said_of(token: Any) -> bool:
    """What the verb acts on is something said ("accusations levelled at Kyiv")."""
    acted_on = _acted_on(token, ("dobj", "nsubjpass", "nsubj"), ("acl", "relcl", "amod"))
    return any(each.lemma_.lower() in NOT_HARMED or each.lower_ in NOT_HARMED or (
        token.lemma_.lower() == "shoot" and each.lemma_.lower() in FILMED) for each in acted_on)


def _ground_taken(token: Any) -> bool:
    """A verb of retaking ground whose object is a place or control ("liberated Trostianets", "regained
    control of X", "the village was recaptured")."""
    if token.pos_ != "VERB" or (token.lemma_.lower() not in GROUND_VERBS and token.lower_ not in (
            "retook", "retaken")) or token.dep_ == "amod" or any(
            child.dep_ == "prt" and child.lower_ == "out" for child in token.children):
        return False  # "took out a BMP" destroyed it (a verb of harm: `PHRASAL_HARM`)
    taken = _acted_on(token)
    if not taken:
        # a headline without its auxiliary: "Kherson liberated", "Mariupol encircled"
        taken = [child for child in token.children if child.dep_ == "nsubj" and child.pos_ == "PROPN"
                 and child.tag_ == "NNP"]
    if any(each.pos_ == "PROPN" or each.lemma_.lower() in GROUND_TAKEN for each in taken):
        return True
    # a building taken by armed men ("gunmen seized the administration building"; never "tax officials seized the
    # building of the company", nor "soldiers taking over a building", which may be done without a fight)
    subject = subject_of(token, False)
    return token.lemma_.lower() != "take" and subject is not None and subject.dep_ == "nsubj" and _noun_in(
        subject, ATTACKER_NOUNS | PRESENCE_NOUNS | SIDE_PEOPLE) and any(
        each.lemma_.lower() in TAKEN_BY_FORCE for each in taken)


def _town_falls(token: Any) -> bool:
    """A town that falls ("Lysychansk falls", "Severodonetsk fell to Russian forces"), not a shell falling on it."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "fall":
        return False
    town = any(child.dep_ == "nsubj" and child.text[:1].isupper() and child.pos_ in ("PROPN", "NOUN")
               and child.tag_ in ("NNP", "NN") and not _weapon(child)
               and not _noun_in(child, MUNITION_NOUNS | HARM_NOUNS | PRESENCE_NOUNS) for child in token.children)
    return town and not any(child.dep_ == "prep" and child.lower_ in ("on", "onto", "near", "in")
                            for child in token.children)


def _harm_word(token: Any) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in HARM_VERBS and token.dep_ != "amod":
        if lemma == "land" and _landing_aircraft(token):
            return False  # "Two Su-25s landed in X": forces seen, not a munition's impact
        if lemma in HARM_ONLY_WITH and not any(
                each.lower_ in HARM_ONLY_WITH[lemma] for each in token.subtree if each.i > token.i):
            return False
        if lemma in ONLY_DONE_TO and not any(child.dep_ in ("dobj", "nsubjpass", "auxpass")
                                              for child in token.children):
            return False
        return not _said_of(token)
    if token.pos_ == "NOUN" and token.lower_ == "remains" and any(
            child.dep_ == "prep" and child.lower_ == "of" and any(
                each.dep_ == "pobj" and _noun_in(each, REMAINS_OF) for each in child.children)
            for child in token.children):
        return True
    if token.pos_ == "VERB" and any((lemma, child.lower_) in PHRASAL_HARM for child in token.children
                                    if child.dep_ in ("prt", "advmod", "prep")):
        # "Knocked out Russian tank", "a column was wiped out", "a drone takes out a BMP", "a helicopter was brought
        # down"; never "took out a loan", nor "soldiers take out goods from a store"
        if lemma == "take" and not any(_weapon(each) or _MODELS.fullmatch(each.lower_) or _noun_in(
                each, PRESENCE_NOUNS | MUNITION_NOUNS) for each in _acted_on(token)):
            return False
        return not _said_of(token)
    if token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.tag_ == "NNS" and lemma in VIOLENT_VERBS:
        return True  # a headline's verb tagged a plural noun: "Ammunition depot detonates in X"
    if token.pos_ == "VERB" and lemma == "tear" and any(child.lower_ in ("off", "apart") for child in token.children):
        return not _said_of(token)  # "Roof torn off a house", "a car torn apart"; "a monument torn down" is not
    if token.pos_ == "VERB" and lemma == "go" and any(child.lower_ == "down" for child in token.children) and any(
            child.dep_ == "nsubj" and (_weapon(child) or _noun_in(child, AIRCRAFT)) for child in token.children):
        return True  # "A Russian warplane went down near X"
    if token.pos_ == "VERB" and lemma == "lose" and any(
            child.dep_ == "dobj" and child.lemma_.lower() in ("life", "live") for child in token.children):
        return True  # "lost his life"
    if (token.pos_ in ("NOUN", "PROPN") or _headline_plural(token)) and (
            lemma in HARM_NOUNS or token.lower_.rstrip("s") in HARM_NOUNS or token.lower_ in HARM_NOUNS):
        if token.dep_ == "nsubj" and token.lower_ in COUNTED_HARM and token.head.lemma_.lower() in TREND_VERBS:
            return False  # "civilian casualties rose over the weekend": a trend of a count
        return not _remnants_of_a_group(token)
    # "destroyed school", "a house burnt out", "Charred remains of ...": participles of harm only ("fallen
    # soldiers" is no event)
    return token.dep_ in ("amod", "acomp", "advcl", "acl", "relcl", "ROOT", "conj", "nsubj", "oprd") and (
        token.text.lower() in HARM_ADJECTIVES or (token.tag_ == "VBN" and lemma in HARM_ADJECTIVES)) and (
        not _said_of(token))


def _landing_aircraft(verb: Any) -> bool:
    """The subject of "land" is an aircraft ("helicopters landing at the airfield", "two Su-25s landed in
    Millerovo")."""
    subject = subject_of(verb, False)
    return subject is not None and _aircraft(subject)


def _aircraft(token: Any) -> bool:
    """An aircraft, by its noun or its model ("helicopters", "Su-25s")."""
    return _noun_in(token, AIRCRAFT) or _MODELS.fullmatch(token.lower_) is not None


def _remnants_of_a_group(token: Any) -> bool:
    """Remnants of an armed group or a force ("the ISIL remnants", "remnants of the army") are people, not what is
    left of a munition or a building."""
    if token.lemma_.lower() != "remnant":
        return False
    owners = [child for child in token.children if child.dep_ in ("compound", "poss", "amod", "nmod")]
    owners += [each for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
               for each in child.children if each.dep_ == "pobj"]
    return any(owner.pos_ == "PROPN" or _noun_in(owner, PRESENCE_NOUNS) for owner in owners)


# nouns of what a strike leaves, after which a noun of harm or a weapon is a modifier ("shrapnel marks", "Impact site
# at a school", "the blast scene", "Smoke clouds rise over a depot")
_TRACE_HEADS = frozenset({"mark", "hole", "scar", "trace", "damage", "crater", "fragment", "piece", "debris",
                          "toll", "site", "scene", "cloud", "plume", "column", "pall", "billow"})
_HOLE_MARKS = frozenset({"shell", "bullet", "shrapnel", "missile", "rocket", "bomb", "gaping", "huge", "large", "big"})
_HOLE_IN = frozenset({"roof", "wall", "building", "house", "facade", "façade", "road", "ceiling", "floor", "fence",
                      "hull", "apartment", "school", "hospital", "ground", "field", "yard", "courtyard", "street",
                      "bridge", "tank", "car", "bus", "vehicle", "window"})


def _hole(token: Any) -> bool:
    """A hole a munition left: "Bullet holes in a car", "Hole in the roof of a school" (never "a hole in the
    budget")."""
    if not (token.pos_ in ("NOUN", "PROPN") or _headline_plural(token)) or token.lemma_.lower() not in (
            "hole", "holes") or token.dep_ == "compound":
        return False
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in _HOLE_MARKS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "through", "on"):
            place = next((each for each in child.children if each.dep_ == "pobj"), None)
            if place is not None and place.lemma_.lower() in _HOLE_IN:
                return True
    return False


def _violence_word(token: Any) -> bool:
    """Someone arrested, detained, abducted or interrogated ("Activist arrested by occupiers in X", "Civilians
    taken captive"); a noun of it heading a phrase ("Abduction of a mayor in X")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in VIOLENCE_VERBS and token.dep_ != "amod":
        return any(_noun_in(each, _PERSONS | PERSON_WORDS) or each.pos_ == "PROPN"
                   or each.lower_ in ("him", "her", "them") for each in _acted_on(token))
    if token.pos_ == "VERB" and lemma == "steal" and token.dep_ != "amod":
        return not _said_of(token)  # "grain being stolen": looting, as the trigger lexicon's "looted"
    if token.pos_ == "VERB" and lemma == "take" and any(
            child.dep_ in ("oprd", "dobj", "attr", "acomp", "npadvmod")
            and child.lower_ in ("captive", "prisoner", "hostage") for child in token.children):
        return True  # "taken captive", "took them prisoner"
    if lemma == "torture" and token.dep_ == "compound" and token.head.lemma_.lower() in TORTURE_SITES:
        return True  # "Torture chamber found in X"
    return token.pos_ in ("NOUN", "PROPN") and lemma in VIOLENCE_NOUNS and token.dep_ != "compound"


def _ground_word(token: Any) -> bool:
    """Fighting over ground: a verb of retaking it, or a noun of an offensive or a liberation heading a phrase
    ("Ukrainian counteroffensive near X", "Makariv after liberation")."""
    if _ground_taken(token) or _town_falls(token):
        return True
    if token.lemma_.lower() in TAKING_NOUNS and token.pos_ == "NOUN":
        return any(child.lower_ == "of" and any(grand.pos_ == "PROPN" for grand in child.children)
                   for child in token.children)
    return token.lower_.rstrip("s") in GROUND_NOUNS and token.dep_ != "compound" and (
        token.pos_ in ("NOUN", "PROPN", "ADJ"))


def _weapon_acts(token: Any) -> bool:
    """A weapon as object or passive subject is an event only when used ("used mortars", "rockets were
    launched"), not when bought, sent or seized; as subject, not when it only moves ("a heavy mortar headed
    east", "tanks entered the village": military presence)."""
    verb = token.head.lemma_.lower()
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        # "troops with tanks and heavy equipment had moved to X": what forces bring along as they move is presence
        governing = token.head
        while governing.pos_ != "VERB" and governing.head.i != governing.i:
            governing = governing.head
        if governing.pos_ == "VERB" and governing.lemma_.lower() in PRESENCE_VERBS and (
                governing.lemma_.lower() not in HARM_VERBS):
            return False
    landing = _aircraft(token)
    if any(child.dep_ in ("acl", "relcl") and child.lemma_.lower() in PRESENCE_VERBS
           and (child.lemma_.lower() not in HARM_VERBS or (landing and child.lemma_.lower() == "land"))
           for child in token.children):
        return False  # "two helicopters seen near X", "a Su-25 flying over Y", "helicopters landing at Z": presence
    if token.dep_ in ("dobj", "nsubjpass"):
        return verb in HARM_VERBS or verb in USE_VERBS
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        if landing and verb == "land":
            return False  # an aircraft that lands is seen, not a munition's impact
        return verb in HARM_VERBS or verb not in PRESENCE_VERBS
    return True


# where a weapon goes as it strikes ("diving into the refinery", "plunging onto the roof")
_INTO = frozenset({"into", "onto", "through"})


def impact_participle(token: Any) -> bool:
    """A weapon's participle of impact with where it went ("video shows a drone diving into the refinery", "footage
    of a missile plunging into a block of flats"), also when the parser takes the participle for a noun the weapon
    modifies ("drone diving"), or its bare infinitive after a verb of seeing, which the parser takes for such a noun
    too ("journalists watched a Shahed drone dive into a substation"): the weapon struck, whatever shows it."""
    # (the parser may hang "into" on the verb that shows the weapon: "showed a drone diving into the depot")
    if not any(child.dep_ == "prep" and child.lower_ in _INTO and child.i > token.i
               for child in (*token.children, *(token.head.children if token.dep_ == "dobj" else ()))):
        return False
    if token.pos_ == "VERB" and token.dep_ in ("acl", "relcl"):
        return token.lower_.endswith("ing") and _weapon(token.head) and token.lemma_.lower() in IMPACT_VERBS
    if token.pos_ != "NOUN" or not any(child.dep_ == "compound" and (_weapon(child) or _two_word_weapon(child))
                                       for child in token.children):
        return False
    if not token.lower_.endswith("ing"):
        return token.dep_ == "dobj" and token.lower_ in IMPACT_VERBS and token.head.lemma_.lower() in _SEEING
    stem = token.lower_[:-3]
    return any(each in IMPACT_VERBS for each in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


def _two_word_weapon(token: Any) -> bool:
    """A weapon the lexicon names with the word before it, wherever it stands ("a Lancet loitering munition diving
    onto a transformer": the parser makes the munition a compound of the participle)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.dep_ == "compound" and before.head.i == token.i
            and WEAPON_WORDS.fullmatch(f"{before.text} {token.text}") is not None)


# verbs of seeing or showing after which a weapon's bare infinitive tells its impact ("watched a drone dive into …")
_SEEING = frozenset({"watch", "see", "film", "show", "record", "capture", "spot", "witness", "hear", "photograph"})


def _munition_strikes(token: Any) -> bool:
    """A munition the weapon lexicon does not name, as the subject of a verb of harm or of impact ("A rocket slammed
    into a block of flats", "shells rained down on the town")."""
    if not (token.pos_ == "NOUN" or token.tag_ == "NNPS") or token.dep_ != "nsubj" or not _noun_in(
            token, FIRED_MUNITIONS):
        return False  # a capitalised plural heading a headline is tagged a proper noun; "Shell" (the firm) is one
    verb = token.head
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in IMPACT_VERBS or _harm_word(verb)) and not projected(verb)


def _noun_in(token: Any, words: frozenset[str]) -> bool:
    """The noun, singular or plural, is one of ``words`` (a capitalised headline noun is tagged as a proper
    noun and keeps its plural as its lemma: "Russian Vehicles moving")."""
    lowered = token.lower_
    return (token.lemma_.lower() in words or lowered in words or (lowered.endswith("s") and lowered[:-1] in words)
            or (lowered.endswith("es") and lowered[:-2] in words))


def _bodies(token: Any) -> bool:
    """Bodies or corpses lying, found or left somewhere, or heading a headline with no verb ("At least 20 bodies
    lying along a street"), or shown or seen at a place ("news showing bodies on streets near a plant", "Footage
    of bodies in a yard"): the dead of an event whose cause the text does not say (kept as `other` with the
    kind `bodies_found`). Bodies handed over, repatriated or exchanged are not, nor bodies of water, governing
    bodies or body armour."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ("body", "corpse") or token.dep_ == "compound":
        return False
    if not _of_the_dead(token):
        return False
    verbs = [child for child in token.children if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB"]
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        verbs.append(token.head)
    if not verbs and _located(token) and (
            (token.dep_ == "dobj" and token.head.lemma_.lower() in _SHOWING_VERBS)
            or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _IMAGERY)):
        return True
    if verbs:
        return any(verb.lemma_.lower() in LYING_VERBS for verb in verbs)
    return token.dep_ == "ROOT" or (token.head.dep_ == "ROOT" and token.head.pos_ not in ("VERB", "AUX"))


# what bodies may be said to be ("dead", "charred", "civilian") and whose ("of civilians", "of Russian soldiers");
# any other modifier names an institution or a thing ("governing bodies", "bodies of water", "state bodies")
_BODY_MARKS = frozenset({"dead", "lifeless", "charred", "burned", "burnt", "mutilated", "decomposed", "decomposing",
                         "unburied", "unidentified", "civilian", "human", "bloodied", "bloody", "tortured", "bound",
                         "frozen", "several", "many", "numerous", "more", "other", "scattered", "abandoned"})
_PERSONS = frozenset({"civilian", "people", "person", "resident", "local", "villager", "inhabitant", "soldier",
                      "serviceman", "servicemen", "troop", "fighter", "man", "men", "woman", "women", "child",
                      "children", "victim", "prisoner", "defender", "marine", "paratrooper", "dead",
                      "family", "passenger", "driver", "volunteer", "mercenary", "occupier", "invader", "pow",
                      "cyclist", "pensioner", "girl", "boy", "teenager", "baby", "journalist", "farmer", "doctor",
                      "nurse", "policeman", "worker", "neighbour", "neighbor", "grandmother", "grandfather",
                      "mother", "father", "son", "daughter", "husband", "wife", "priest", "teacher", "student"})
_LOCATIVE = frozenset({"in", "on", "near", "at", "along", "outside", "inside", "under", "among", "around", "beside",
                       "behind", "across", "next", "by"})
_SHOWING_VERBS = frozenset({"show", "see", "film", "photograph", "document", "find", "discover", "record", "spot",
                            "picture", "capture", "leave", "recover", "exhume", "unearth"})
_IMAGERY = frozenset({"footage", "video", "photo", "photograph", "image", "imagery", "picture", "pic", "clip",
                      "exhumation", "discovery", "recovery"})


def _of_the_dead(token: Any) -> bool:
    """Nothing on the body noun says it is an institution or a thing: its modifiers are of the dead, and its
    "of" names people."""
    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.lower_ not in _BODY_MARKS and child.lemma_.lower() not in (
                _BODY_MARKS) and not any(pattern.search(child.text) for pattern, _ in lx.ACTORS):
            return False
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((each for each in child.children if each.dep_ == "pobj"), None)
            if owner is None or not (_noun_in(owner, _PERSONS) or owner.lower_ in _PERSONS):
                return False
    return True


def _located(token: Any) -> bool:
    """A locative phrase on the noun ("bodies on streets", "bodies in a yard near X"), or after it on the verb or
    the noun of imagery it depends on (the parser often attaches it there: "showing bodies | on streets")."""
    holders = (token, token.head, token.head.head) if token.dep_ == "pobj" else (token, token.head)
    return any(child.dep_ == "prep" and child.lower_ in _LOCATIVE and child.i > token.i
               for holder in holders for child in holder.children)


def _burial(token: Any) -> bool:
    """A mass or makeshift grave, or rows of fresh graves: where the dead of an attack or an occupation lie
    (kept as `other` with the kind `burial_site`); "the graves of fallen soldiers" are no event."""
    if token.pos_ == "VERB" and token.lemma_.lower() == "bury" and token.dep_ != "amod":
        # "Locals bury their neighbours in X", "civilians buried in a yard"; never in a cemetery, where the
        # dead are buried in peace
        return any(_noun_in(each, _PERSONS | BURIED) for each in _acted_on(token)) and not any(
            each.lemma_.lower() in ("cemetery", "graveyard", "honour", "honor") for each in token.doc)
    if token.lemma_.lower() not in GRAVE_NOUNS:
        return False
    if token.lemma_.lower() == "exhumation" and token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound" and (
            not any(child.lower_ == "of" for child in token.children)):
        return True  # "Exhumation in X": the dead raised from where they were buried ("of bodies": bodies found)
    if token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in ("row", "line", "site", "pit", "trench"):
        return True  # "grave rows" (tagged as an adjective at times)
    if token.pos_ == "NOUN" and token.dep_ in ("ROOT", "nsubj", "nsubjpass", "dobj") and any(
            (child.dep_ == "prep" and child.lower_ == "of" and any(
                each.dep_ == "pobj" and _noun_in(each, _PERSONS) for each in child.children))
            or (child.dep_ == "prep" and child.lower_ in ("in", "near", "outside", "behind") and any(
                each.dep_ == "pobj" and each.lemma_.lower() in BURIAL_PLACES for each in child.children))
            for child in token.children):
        return True  # "Burial of civilians in a yard", "Graves in the forest near X"
    return token.pos_ == "NOUN" and any(child.dep_ in ("amod", "compound") and child.lemma_.lower() in BURIAL_MARKS
                                        for child in token.children)


def _remnant(token: Any) -> bool:
    """A munition or a part of one heading a headline with no verb of its own ("Rocket booster in Kharkiv",
    "A Tochka-U rocket near Kherson, documented"), or found, seen or lying somewhere."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("ROOT", "nsubj", "nsubjpass", "dobj"):
        return False
    lemma = token.lemma_.lower()
    if lemma in MUNITION_PARTS:
        if not any(each.dep_ in ("compound", "amod", "nmod") and each.i < token.i
                   and (each.lemma_.lower() in MUNITION_NOUNS or _weapon(each)) for each in token.subtree):
            return False  # "rocket booster", "missile tail section", "Kh-101 engine"
    elif lemma not in MUNITION_NOUNS or (_weapon(token) and lemma not in _FOUND_MUNITIONS):
        return False  # a weapon the lexicon knows acting is a strike (the rule before this one)
    if any(child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and child.lemma_.lower() not in FOUND_VERBS
           for child in token.children):
        return False  # "rockets hidden in cargo cars" are stocks, not remnants
    head = token if token.dep_ == "ROOT" else token.head
    return head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in FOUND_VERBS


def projected(token: Any) -> bool:
    """The word is negated ("did not strike") or only projected ("will strike", "plans to strike")."""
    for each in (token, token.head if token.dep_ in ("xcomp", "aux") else token):
        for child in each.children:
            if child.dep_ == "neg":
                return True
            if child.dep_ == "aux" and child.lower_ in MODALS and not (
                    child.lower_ in ("can", "could") and each.lemma_.lower() in FOUND_VERBS):
                return True  # "will strike"; but "forces can be seen in X" reports what is there
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in FUTURE_HEADS


@dataclass(frozen=True)
class EventWord:
    start: int  # character span in the sentence
    end: int
    kind: str  # strike | interception | ground_assault | other
    negated: bool
    # what made it an event: a verb of harm, a weapon as subject/object ("a missile landed"), a noun of damage
    # or a participle heading a headline, or military presence
    cue: str = "verb"


def event_word(doc: Any) -> EventWord | None:
    """The word that makes the sentence an event report, by word class and role, or None."""
    best: EventWord | None = None
    # a weapon told striking ("video shows a drone diving into the refinery") is the event, before any noun of harm
    # ("registered a fire at the refinery, and video shows a drone diving into it")
    impact = next((token for token in doc if impact_participle(token) and not projected(token)), None)
    if impact is not None:
        return EventWord(impact.idx, impact.idx + len(impact.text), "strike", False, "weapon")
    for token in doc:
        lemma = token.lemma_.lower()
        kind: str | None = None
        if _violence_word(token):
            return EventWord(token.idx, token.idx + len(token.text), "other", projected(token), "violence")
        if _ground_word(token):
            kind = "ground_assault"
        elif _harm_word(token) or _hole(token):
            kind = "interception" if lemma in ("intercept", "down", "interception", "shootdown") or (
                lemma in ("shoot", "go", "bring") and any(c.lower_ == "down" for c in token.children)) else "strike"
            if lemma in ("clash", "battle", "fighting", "fight", "storm", "assault", "ambush", "engage", "repel") or (
                    token.lower_ == "hostilities"):
                kind = "ground_assault"
        elif _munition_strikes(token) or (
                _weapon(token) and token.dep_ in ("nsubj", "nsubjpass", "ROOT", "dobj", "pobj", "conj") and (
                    token.dep_ != "pobj" or token.head.lower_ in ("by", "with", "from", "on", "onto", "over", "into"))
                and _weapon_acts(token)):
            kind = "strike"
        elif _remnant(token):
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "remnant")
        elif _burial(token):
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "burial")
        elif _bodies(token):
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "bodies")
        if kind is None or (token.dep_ == "compound" and token.head.lemma_.lower() not in _TRACE_HEADS):
            continue  # "the fire service" is not a fire; "shrapnel marks" are what a strike left
        governing = token
        while governing.pos_ != "VERB" and governing.head.i != governing.i:
            governing = governing.head
        cue = "weapon" if _weapon(token) else "verb" if token.pos_ == "VERB" and token.dep_ != "amod" else "noun"
        found = EventWord(token.idx, token.idx + len(token.text), kind,
                          projected(token) or (governing is not token and projected(governing)), cue)
        if not found.negated:
            return found
        best = best or found
    if best is None:
        return presence_word(doc)
    return best


def presence_word(doc: Any) -> EventWord | None:
    """Armed forces or their equipment seen somewhere: a noun of the military with a verb of movement or
    presence, or heading a headline without a verb."""
    has_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in doc)
    # ("who heads the regional military administration": to head something is to lead it, not to move)
    # (the first not only meant: "Residents try to stop Russian forces entering X" are forces entering)
    moving = next((t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in PRESENCE_VERBS and not (
        t.lemma_.lower() == "head" and any(child.dep_ == "dobj" and child.pos_ == "NOUN" for child in t.children))
        and not projected(t)), None)
    for token in doc:
        if _flag_changed(token):
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "presence")
        if token.lower_ in SIDE_PEOPLE and token.dep_ == "nsubj" and token.head.lemma_.lower() in _FORCE_MOVES and (
                not projected(token.head)) and _directed(token.head):
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "presence")
        if token.lemma_.lower() in MOVE_NOUNS and any(
                child.lower_ in _SIDES or (child.lower_ == "of" and any(
                    _noun_in(grand, PRESENCE_NOUNS) for grand in child.children)) for child in token.children):
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "presence")
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or not (
                _noun_in(token, PRESENCE_NOUNS) or _MODELS.fullmatch(token.lower_) or _noun_in(token, MUNITION_NOUNS)
                or _weapon(token)):
            continue
        if (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in TAKEN_VERBS) or any(
                child.dep_ in ("acl", "relcl") and child.lemma_.lower() in TAKEN_VERBS for child in token.children):
            continue  # "rifles were seized", "bought mortars", "MiG-29s delivered to X": taken or traded, not seen
        if _noun_in(token, _WORKS) and (token.dep_ in ("compound", "amod", "nmod") or any(
                child.lower_ == "of" for child in token.children)):
            continue
        if any(child.dep_ == "compound" and child.lemma_.lower() in _CIVIL_COMPOUNDS for child in token.children):
            continue  # "body armour" is worn, "a fire truck" puts fires out: not forces seen
        if token.lemma_.lower() == "camp" and any(child.dep_ in ("compound", "poss", "amod", "nmod") and (
                child.lower_ in _CIVIL_CAMPS or child.lemma_.lower() in _CIVIL_CAMPS) for child in token.children):
            continue  # a tent camp, a children's camp: people's, not forces seen
        if moving is not None:
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "presence")
        if ((token.dep_ == "nsubj" and token.head.lemma_.lower() in _FORCES_DO and _directed(token.head)) or (
                token.dep_ == "dobj" and token.head.lemma_.lower() in _FORCES_MET)) and not projected(token.head):
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "presence")
        if not has_verb:
            return EventWord(token.idx, token.idx + len(token.text), "other", False, "presence")
    return None


def _flag_changed(token: Any) -> bool:
    """A side's flag raised, hoisted or removed (`FLAG_VERBS`, `FLAG_PHRASAL`): "Ukrainian flag raised over the
    village council", "Russian Flag Removed", "Ukrainians raise flag over X"; not at an occasion
    (`FLAG_OCCASIONS`), nor only projected ("vowed to raise the flag over Kyiv")."""
    if not _noun_in(token, FLAG_NOUNS) or token.dep_ == "compound" or any(
            child.dep_ == "compound" and child.lemma_.lower() == "day" for child in token.children):
        return False
    verbs = [child for child in token.children if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB"]
    if token.dep_ in ("dobj", "nsubjpass", "nsubj") and token.head.pos_ == "VERB":
        verbs.append(token.head)
    verb = next((each for each in verbs if each.lemma_.lower() in FLAG_VERBS or any(
        (each.lemma_.lower(), child.lower_) in FLAG_PHRASAL for child in each.children if child.dep_ == "prt")), None)
    if verb is None or projected(verb) or any(each.lemma_.lower() in FLAG_OCCASIONS for each in token.doc):
        return False
    owned = any(child.dep_ in ("amod", "compound", "poss", "nmod") and child.lower_.removesuffix("'s").removesuffix(
        "’s") in FLAG_SIDES for child in token.children)
    raiser = subject_of(verb, False) if token.dep_ == "dobj" else None
    return owned or (raiser is not None and raiser is not token and (
        raiser.lower_ in SIDE_PEOPLE or _noun_in(raiser, PRESENCE_NOUNS)))


def _directed(verb: Any) -> bool:
    """A verb of moving forces with a direction or a goal ("push towards X", "pulled out of Y", "reach Z"); not
    "push for a deal"."""
    if verb.lemma_.lower() not in ("push", "pull"):
        return True
    return any(child.lower_ in _DIRECTIONS for child in verb.children)


def subject_of(verb: Any, passive: bool) -> Any | None:
    """The verb's subject, or the one it shares with the verb it is conjoined to."""
    wanted = ("nsubjpass",) if passive else ("nsubj",)
    for child in verb.children:
        if child.dep_ in wanted or child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ == "conj":
        return subject_of(verb.head, passive)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None
