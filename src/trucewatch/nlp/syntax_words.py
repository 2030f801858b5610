"""The word classes the dependency-parse reading of :mod:`trucewatch.nlp.syntax` asks about: lemmas of verbs,
nouns and adjectives by what they say of an event (harm, ground fighting, violence against people, speech, use of
a weapon, finding, planning)."""

from __future__ import annotations

import re

from trucewatch.nlp import lexicon as lx

# Lemmas by word class. A verb of harm or of use of force makes an event; so does a noun of damage or
# casualties heading a clause or a headline, a weapon that is the subject of a verb ("a missile landed"),
# or a participle of harm modifying a noun ("destroyed school").
# violence against people ("gunned down a doctor", "a priest was stabbed", "two guards were beheaded")
KILLING_VERBS = frozenset({"gun", "murder", "assassinate", "stab", "behead", "slay", "maim", "massacre", "lynch"})
HARM_VERBS = KILLING_VERBS | frozenset({
    "attack", "strike", "hit", "shell", "bomb", "fire", "launch", "target", "destroy", "damage", "kill", "wound",
    "injure", "explode", "detonate", "land", "fall", "crash", "burn", "down", "intercept", "shoot", "pound",
    "raid", "blow", "demolish", "flatten", "ruin", "smash", "torch", "ignite", "collapse", "hammer", "blast",
    "storm", "assault", "ambush", "mine", "drop", "engage", "repel", "neutralise", "neutralize", "die",
    "devastate", "wreck", "set", "catch", "struck", "impact", "engulf",
    # destruction beyond the trigger lexicon ("Buildings levelled in X", "Village razed to the ground")
    "raze", "level", "gut", "riddle", "scorch", "shatter", "obliterate", "pulverise", "pulverize", "ravage",
    "mangle", "hurt", "sabotage", "pierce", "puncture", "pummel", "eliminate", "annihilate", "breach",
    "bombard",
    # with the word that makes them harm (`HARM_ONLY_WITH`) or an object (`ONLY_DONE_TO`)
    "reduce", "succumb", "mow", "sink",
})
# Verbs of harm whose every use reports violence: in any inflection they admit a sentence to the parse
# (trucewatch.nlp.components), which then decides by role. The other verbs of harm ("set", "land", "target", "fire")
# admit it only with another cue, since alone they mostly say something else ("set up a base", "targets inflation").
VIOLENT_VERBS = KILLING_VERBS | frozenset({
    "attack", "shell", "bomb", "bombard", "kill", "wound", "injure", "explode", "detonate", "destroy", "damage",
    "intercept", "pound", "raid", "demolish", "ambush", "torch", "raze", "ravage",
})
# Those who attack, by what they do: a sentence naming one is parsed, and any verb of harm they are the subject of
# reports the act ("Suicide bombers target a church", "Gunmen opened fire on a bus", "two bombers blow themselves up")
ATTACKER_NOUNS = frozenset({
    "gunman", "gunmen", "bomber", "attacker", "assailant", "sniper", "militant", "insurgent", "jihadist", "terrorist",
    "raider", "arsonist", "kidnapper", "shooter", "saboteur",
})
# Verbs of harm with their particle: destroyed ("knocked out", "wiped out", "took out"), downed ("brought down") or
# torn open ("tore through the facade", "ripped through a market")
PHRASAL_HARM = frozenset({("knock", "out"), ("wipe", "out"), ("take", "out"), ("bring", "down"), ("tear", "through"),
                          ("rip", "through")})
# Verbs of harm only with one of these words below them: "set ablaze", "set on fire", "caught fire" (never "set up
# a base", "set a date", "caught the suspect")
HARM_ONLY_WITH = {"set": frozenset({"ablaze", "alight", "afire", "aflame", "fire", "flame", "flames"}),
                   "catch": frozenset({"fire", "flame", "flames", "light"}),
                   "reduce": frozenset({"rubble", "ruins", "ashes", "ash", "dust"}),  # never "reduced prices"
                   "succumb": frozenset({"wound", "wounds", "injury", "injuries", "burns"}),
                   "mow": frozenset({"down"})}
# Verbs of harm only when done to something (an object, or the passive): "a warship was sunk", "a drone sank a
# boat"; never "prices sank", "the ferry sank in a storm"
ONLY_DONE_TO = frozenset({"sink"})
# What a munition that is no weapon of the lexicon ("rocket", "shell", "projectile") does when it strikes: as the
# subject of one of these, or of a verb of harm, it reports a strike ("A rocket slammed into a block of flats")
IMPACT_VERBS = frozenset({"slam", "smash", "plough", "plow", "tear", "rip", "crash", "plunge", "pierce", "penetrate",
                           "rain", "whistle", "hurtle", "careen", "barrel", "thud", "dive", "nosedive", "ram"})
FIRED_MUNITIONS = frozenset({"rocket", "munition", "submunition", "warhead", "missile", "shell", "projectile"})
AIRCRAFT = frozenset({"warplane", "plane", "aircraft", "jet", "helicopter", "bomber", "fighter", "airplane"})
PERSON_WORDS = frozenset({"activist", "journalist", "mayor", "official", "priest", "teacher", "reporter", "head",
                           "pow", "prisoner", "volunteer", "cyclist", "farmer", "photographer", "student", "hostage"})
# Ground retaken: an event of fighting when what is taken is a place or control ("liberated Trostianets",
# "regained control of X"; never "regained consciousness").
GROUND_VERBS = frozenset({"liberate", "recapture", "retake", "regain", "reclaim", "capture", "take", "seize",
                          "encircle", "besiege", "surround", "overrun", "infiltrate"})
GROUND_TAKEN = frozenset({"control", "village", "town", "city", "settlement", "territory", "ground", "position",
                           "height", "area", "district", "bridgehead", "island", "hamlet", "outskirt", "suburb",
                           "post", "outpost", "checkpoint", "stronghold", "airport", "airfield"})
TAKEN_BY_FORCE = frozenset({"building", "headquarters", "office", "station", "premises", "council", "hall"})
# Violence against people that is no strike: arrest, abduction, captivity (kept as `other` of the kind
# `violence`, as the trigger lexicon's "detained", "kidnapped" are): the verb needs a person acted on
VIOLENCE_VERBS = frozenset({"arrest", "detain", "abduct", "kidnap", "imprison", "interrogate", "torture", "execute"})
VIOLENCE_NOUNS = frozenset({"arrest", "detention", "abduction", "kidnapping", "interrogation", "captivity",
                            "hostage", "torture"})
TORTURE_SITES = frozenset({"chamber", "room", "cell", "site", "basement", "camp", "center", "centre"})
# Nouns of fighting over ground, whatever their tag ("Ukrainian counteroffensive near X" is tagged an adjective)
GROUND_NOUNS = frozenset({"counteroffensive", "counter-offensive", "counterattack", "counter-attack", "liberation",
                          "recapture", "incursion", "gunfight", "crossfire", "siege", "encirclement", "breakthrough",
                          "massacre"})
# ... and a noun of taking ground, when what it takes is a named place ("claimed the capture of Piatykhatky"; not "the
# capture of two soldiers")
TAKING_NOUNS = frozenset({"capture", "seizure", "takeover"})
# "levelled accusations", "shattered the record", "prices were smashed", "the film was shot": what is said,
# measured or filmed, not harmed
NOT_HARMED = frozenset({
    "accusation", "charge", "claim", "criticism", "allegation", "sanction", "threat", "fine", "record", "price",
    "hope", "dream", "expectation", "illusion", "myth", "barrier", "silence", "stereotype", "taboo", "confidence",
    "economy", "share", "budget", "heart", "feeling", "nerve", "reputation", "career", "poverty", "tax", "need",
    "risk", "problem", "corruption", "requirement", "duty", "tariff", "debt", "waste", "queue", "backlog", "veil",
    "contract", "rule", "law", "bill", "regulation", "deadline", "data", "security", "privacy", "trust", "limit",
    "code", "obligation", "term", "money", "identity", "show", "spotlight", "idea", "election", "vote", "password",
    "firework", "fireworks", "confetti", "balloon", "loan", "mortgage", "insurance", "subscription", "advert",
    "government", "cabinet", "inflation", "rate",  # "protests brought down the government"
})
FILMED = frozenset({"film", "video", "footage", "scene", "movie", "photo", "clip", "documentary", "episode",
                     "picture", "commercial", "series"})
HARM_NOUNS = frozenset({
    "damage", "destruction", "explosion", "blast", "fire", "blaze", "strike", "airstrike", "attack", "shelling",
    "bombing", "bombardment", "casualty", "death", "ruin", "rubble", "crater", "debris",
    "wreckage", "impact", "detonation", "hit", "aftermath", "fighting", "battle", "clash", "assault",
    "shootdown", "interception", "remnant", "fragment", "burn", "destroy", "arson", "smoke", "gunfire", "shooting",
    "gunshot", "firing", "downing", "loss", "shootout", "skirmish", "looting", "fight", "flame",
    "injury", "fatality", "shrapnel", "carnage", "devastation", "havoc", "inferno", "wreck", "sabotage", "breach",
    "bang",  # "Loud bangs reported in X"
    "kia", "wia",  # killed, wounded in action ("One KIA, two WIA in Donbas")
    "hostilities",  # only in the plural ("Hostilities resumed near X"; "hostility towards migrants" is none)
})
# what is left of a home, a vehicle or a person after an attack ("the remains of their homes"; never "the
# remains of a medieval fortress")
REMAINS_OF = frozenset({"house", "home", "building", "school", "car", "bus", "vehicle", "tank", "shop", "hospital",
                         "church", "apartment", "block", "bridge", "kindergarten", "store", "market", "factory",
                         "plant", "station", "aircraft", "helicopter", "jet", "plane", "drone", "missile", "rocket",
                         "civilian", "soldier", "man", "woman", "child", "person", "people", "truck", "convoy"})
HARM_ADJECTIVES = frozenset({
    "destroyed", "damaged", "burned", "burnt", "burning", "shelled", "bombed", "dead", "deceased", "killed",
    "wounded", "injured", "ruined", "collapsed", "demolished", "charred", "gutted", "hit", "struck", "downed",
    "destroy", "damage", "burn", "kill", "wound", "injure", "ruin", "collapse", "demolish", "shell", "bomb",
    # the state destruction leaves ("Flattened houses", "Scorched apartment block", "Power station ablaze")
    "flattened", "razed", "levelled", "leveled", "torched", "riddled", "scorched", "shattered", "obliterated",
    "ravaged", "smashed", "wrecked", "devastated", "mangled", "blackened", "ablaze", "aflame", "burnt-out",
    "burned-out", "bombed-out", "shot-up", "pockmarked", "looted", "ransacked", "plundered", "vandalised",
    "vandalized", "knocked-out", "flatten", "raze", "torch", "riddle", "scorch", "shatter", "obliterate",
    "ravage", "smash", "wreck", "devastate", "mangle", "blacken", "loot", "ransack", "plunder", "vandalise",
    "vandalize", "uninhabitable", "pierced", "punctured", "blown-up", "blown", "breached", "breach",
})
SPEECH_VERBS = frozenset({
    "say", "claim", "report", "state", "announce", "accuse", "deny", "allege", "confirm", "acknowledge", "add",
    "write", "tell", "blame", "reject", "dismiss", "insist", "post", "publish", "refute", "admit", "note",
    "warn", "declare", "assert",
})
WEAPON_WORDS = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in lx.WEAPONS), re.IGNORECASE)
PRONOUNS = frozenset({"they", "it", "we", "he", "she"})
OWNER_PRONOUNS = frozenset({"its", "their", "our", "his", "her"})
DEFENCE_VERBS = frozenset({"repel", "repulse", "rebuff", "thwart", "fend", "push"})
MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can"})
LYING_VERBS = frozenset({"lie", "find", "discover", "leave", "scatter", "litter", "recover", "see", "show",
                          "remain", "pile", "dump", "exhume", "unearth"})
GRAVE_NOUNS = frozenset({"grave", "graveyard", "burial", "exhumation"})
BURIED = frozenset({"neighbour", "neighbor", "body", "relative", "dead", "victim"})
BURIAL_MARKS = frozenset({"mass", "makeshift", "fresh", "new", "improvised", "common"})
# where the dead of an attack are buried in haste (never a cemetery)
BURIAL_PLACES = frozenset({"forest", "wood", "yard", "courtyard", "garden", "field", "park", "playground",
                            "backyard", "pit", "trench", "ditch", "roadside"})
TAKEN_VERBS = frozenset({"seize", "confiscate", "capture", "buy", "sell", "send", "deliver", "receive", "supply",
                          "donate", "purchase", "order", "produce", "manufacture", "smuggle", "hand"})
USE_VERBS = frozenset({"use", "employ", "fire", "launch", "drop", "deploy", "aim", "direct", "throw", "hurl", "lob",
                        "toss", "plant", "lay", "place", "shoot", "trigger"})
FOUND_VERBS = frozenset({"find", "spot", "see", "document", "discover", "embed", "lie", "remain", "stick", "lodge",
                          "photograph", "film", "show", "record", "locate"})
FUTURE_HEADS = frozenset({"plan", "threaten", "vow", "intend", "prepare", "want", "try", "seek", "aim"})
# a count that changes: "civilian casualties rose", "deaths doubled" tell a trend, not an event ("smoke rising
# over X" is one: smoke is no count)
TREND_VERBS = frozenset({"rise", "increase", "fall", "drop", "double", "triple", "grow", "decline", "climb", "mount",
                         "decrease", "soar", "jump"})
COUNTED_HARM = frozenset({"casualty", "casualties", "death", "deaths", "toll", "fatality", "fatalities", "injury",
                          "injuries", "loss", "losses"})

# A side's flag raised, hoisted, hung, removed or taken down over a place says who holds it ("Ukrainian flag raised
# over the village council", "Residents remove the Russian flag from the city hall", "Ukrainians raise flag over
# X"): a monitor's event, kept as `other` with the kind `military_presence`. The flag is a side's by its adjective
# or by whom raises it; a flag waved, painted or sold, and any flag at a ceremony, a match or a festival, is none.
FLAG_NOUNS = frozenset({"flag", "tricolour", "tricolor", "banner"})
FLAG_SIDES = frozenset({"russian", "ukrainian", "soviet", "dpr", "lpr", "dnr", "lnr", "russia", "ukraine", "victory"})
FLAG_VERBS = frozenset({"raise", "hoist", "hang", "remove", "lower", "return", "plant", "replace", "restore"})
FLAG_PHRASAL = frozenset({("take", "down"), ("tear", "down"), ("pull", "down"), ("put", "up"), ("run", "up")})
FLAG_OCCASIONS = frozenset({"ceremony", "celebration", "festival", "parade", "match", "stadium", "concert",
                            "anniversary", "holiday", "tournament", "competition", "exhibition", "museum"})
# the dependency roles of a noun: a word in one of them that the tagger calls a verb ("Shaheds") is no verb of the
# event
NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "appos", "attr"})
