"""The source lexicon: which party a body that makes a statement speaks for.

The shipped defaults are ``trucewatch/data/claimants/default.yaml`` (its header explains the format); a
user's file adds to them (``--sources FILE``; :func:`using_source_lexicon`). Malformed files raise
:class:`InputError` naming the file, line and field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Where

DEFAULT_PATH = "trucewatch/data/claimants/default.yaml"
_PARTY_KEYS = {"country", "designators", "named", "unqualified"}
_TOP_KEYS = {"version", "bodies", "parties", "replace_defaults", "named_by_kind", "non_parties"}
# "the governor of Belgorod region", "Kharkiv regional military administration", "the mayor of Odesa"
_REGIONAL = re.compile(
    r"\b(?:(?:[Gg]overnor|[Gg]overnment|[Hh]ead|[Mm]ayor|[Cc]hief)\s+of\s+(?:the\s+)?"
    r"(?P<after>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)|"
    r"(?P<before>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)(?:'s)?\s+"
    r"(?:[Rr]egion(?:al|'s|’s)?\s+|[Oo]blast(?:'s|’s)?\s+|[Cc]ity\s+|[Kk]rai(?:'s|’s)?\s+|[Rr]epublic(?:'s|’s)?\s+)?"
    # "the Krasnodar region's operational headquarters": a Russian region's emergency staff
    # "Udmurtia's head Alexander Brechalov": a republic's head is its governor
    r"(?:(?:[Mm]ilitary\s+|[Ss]tate\s+)?[Aa]dministration|(?:[Aa]cting\s+)?[Gg]overnor|[Mm]ayor|authorities|officials|"
    r"[Gg]overnment|"
    r"(?<=['’]s\s)[Hh]ead|"
    r"(?:[Oo]perational|[Ee]mergency)\s+[Hh]eadquarters))")
# ("the head of the Graivoron district": a district's head speaks for the side of the region the text names)
_UNNAMED_REGIONAL = re.compile(r"\b(?:governor|(?:regional|city|district|oblast) (?:military |state )?administration|"
                               r"mayor|(?:regional|city|local) (?:authorities|officials?)|city council|"
                               r"head of the (?:region|city)|head of the (?:[\w'\-]+ ){1,2}(?:district|raion|hromada)|"
                               # ("citing the head of the Velykyi Burluk hromada", "the village head said")
                               r"(?:district|raion|hromada|village|settlement) (?:head|chief)|"
                               r"regional (?:head|chief|leader)|"
                               # "the regional operational headquarters said": a Russian region's emergency staff
                               # ("the region's operational headquarters", "the region's administration": the region's)
                               r"(?:regional |city |the |region['’]s |city['’]s )(?:operational|emergency) "
                               r"(?:headquarters|HQ|staff)|(?:region|oblast|krai)['’]s (?:military |state )?"
                               r"(?:administration|authorities)|"
                               # "the regional energy company said": a region's power distributor, the region's party
                               r"regional (?:energy|power|electricity|grid|gas) (?:company|utility|distributor|"
                               r"operator|supplier|firm))\b")
# a town whose mayor or officials speak is placed by the gazetteer only when it is a town of this size (a small
# namesake elsewhere must not decide whose officials they are)
_SPEAKING_TOWN_POPULATION = 20_000
# regions held by Russia since 2014: their governor or head in the news is the one Russia installed
HELD_SINCE_2014 = {"UA-43": "RU", "UA-40": "RU"}
def mayor_of(kinds: str = "city", *, bodies: bool = False) -> re.Pattern[str]:
    """A town's mayor ("Konotop Mayor X", "Kharkiv's city mayor", "the mayor of Sumy"), the town in group ``before``
    or ``after``; ``kinds``: the words for the town that may stand before "mayor" ("city", "city|town"); ``bodies``:
    also the town's own administration or council ("Kherson's city military administration", "the Sumy City
    Council"), which speaks for the town as its mayor does."""
    body = r"|(?i:city|town)\s+(?:(?i:military|civil[- ]military)\s+)?(?i:administration|council)\b" if bodies else ""
    # (not who installed the mayor: "the Russian-installed mayor of Horlivka" is Horlivka's)
    return re.compile(rf"\b(?P<before>(?![A-Za-z]+-(?:installed|appointed|backed)\b)[A-Z][a-z'\-]{{3,}})(?:['’]s)?\s+"
                      rf"(?:(?:(?:{kinds})\s+)?[Mm]ayor\b{body})|"
                      r"\b[Mm]ayor\s+of\s+(?P<after>[A-Z][a-z'\-]{3,})\b")


_MAYOR = mayor_of()
# "Officials in Saratov said", "the authorities in Kherson": the officials of the town or region named, as its mayor or
# its governor are (the whole attribution is only these words: "US officials in Kyiv" are no town's)
# ("Moscow-installed officials in Enerhodar", "Officials installed by Moscow in Enerhodar": whose officials they are
# does not change whose town; "officials in the Dnipropetrovsk region" are the region's)
OFFICIALS_IN = re.compile(r"(?:[Tt]he\s+)?(?:(?i:local|city|regional|[\w]+-(?:installed|appointed|backed))\s+)?"
                          r"(?i:officials|authorities)\s+(?:(?i:installed|appointed|backed)\s+by\s+(?:the\s+)?"
                          r"[A-Z][a-z]+\s+)?in\s+(?:the\s+)?"
                          r"(?P<after>[A-Z][a-z'\-]{3,}(?:\s+[A-Z][a-z'\-]{2,})?)(?:\s+(?i:region|oblast|province))?")
# ("Belgorod region", "the region of Ivano-Frankivsk")
_REGION_MENTION = re.compile(r"\b([A-Z][\w'\-]+)\s+(?:[Rr]egion|[Oo]blast|[Kk]rai)\b|\b(?:[Rr]egion|[Oo]blast)\s+of\s+"
                             r"([A-Z][\w'\-]+)")
_TOWN_MENTION = re.compile(
    r"(?:\b(?i:in|of|near|over|on|at|to|approaching|towards?|struck|hit|attacked|shelled|bombed|targeted)\s+"
    r"(?:the\s+)?|^)(?:(?:[Rr]ussian|[Uu]krainian|[Kk]yiv|[Mm]oscow)-(?:held|controlled|occupied)\s+)?"
    r"([A-Z][a-z'\-]{3,}?)(?:['’]s)?\b(?!\s+time)(?:\s+(?P<second>[A-Z][a-z'\-]{2,})\b)?",
    re.MULTILINE)
# (a town of two words, "Kryvyi Rih", "Bila Tserkva", "Stary Oskol": the two words are looked up first; "in
# Ukrainian-held Kostiantynivka": the side that holds it is no town)
# (above: "Lviv's historic centre": the town is Lviv; "missiles struck Kharkiv, the mayor said"; "a fire at the
# Volgograd refinery, regional governor X said": the facility's town)
_AS_PLACE = re.compile(r"\b(?:in|across|inside|throughout)\s+(?:the\s+)?$")
# "an independent Russian news outlet", "exiled Russian media": the country's people, not its state
_NOT_THE_STATE = re.compile(r"\b(?:independent|exiled|opposition|dissident)\s+$")
# phrases whose reading a lexicon keeps before it starts afresh (a bound on the memory it holds)
_PHRASES_KEPT = 4096
_REGION_WORDS = re.compile(r"\b(?:[Rr]egion|[Rr]egional|[Oo]blast|[Kk]rai|[Cc]ity|[Pp]rovince|[Rr]epublic)\b")


@dataclass(frozen=True)
class Party:
    id: str
    country: str | None
    designators: tuple[str, ...]
    named: tuple[str, ...]
    # bodies that, named with no party at all ("the General Staff said"), are this party's
    unqualified: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceLexicon:
    bodies: dict[str, tuple[str, ...]]
    parties: tuple[Party, ...]
    origin: str
    # kind of body -> the names of that kind's bodies, one of which a body of the kind named with no party is
    # when the text names it ("the grid operator" of an article naming Ukrenergo)
    named_by_kind: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # designators of states and bodies that are no party ("US", "British", "the UN"): a speaker they qualify
    # before any party's word ("US officials in Kyiv", "a British diplomat in Moscow") speaks for no party
    non_parties: tuple[str, ...] = ()
    # what the phrase alone decides (:meth:`_by_phrase`), by phrase: the same speakers recur in article after article
    _phrases: dict[str, tuple[bool, tuple[str, str] | None, str]] = field(
        default_factory=dict, compare=False, repr=False)

    def party_of(self, phrase: str, context: str = "") -> tuple[str, str] | None:
        """(party id, how it matched: a body kind, ``named``, ``regional`` or ``designator``) for an
        attribution phrase, or None when it names no known party. ``context``: text around the phrase,
        whose regions ("Belgorod region") say whose "the governor" or "the regional administration" is."""
        known = self._phrases.get(phrase)
        if known is None:
            if len(self._phrases) >= _PHRASES_KEPT:
                self._phrases.clear()
            known = self._phrases[phrase] = self._by_phrase(phrase)
        decided, answer, text = known
        if decided:
            return answer
        if context and _UNNAMED_REGIONAL.search(text):
            for mention in _REGION_MENTION.finditer(context):
                found = self._regional(f"{mention.group(1) or mention.group(2)} governor")
                if found:
                    return found, "regional"
            # "In Kherson, ... the regional administration said", "Mayor X" of a city the text names: the
            # first town of the text that is a region's seat (or a city region) says whose the body is
            for mention in _TOWN_MENTION.finditer(context):
                two = f"{mention.group(1)} {mention.group('second')}" if mention.group("second") else None
                found = (two and self._town_party(two)) or self._regional(f"{mention.group(1)} governor") or \
                    self._town_party(mention.group(1))
                if found:
                    return found, "regional"
        return self._unqualified(text, context)

    def _by_phrase(self, phrase: str) -> tuple[bool, tuple[str, str] | None, str]:
        """What :meth:`party_of` reads from the phrase alone, before any context: (whether that decides, the
        answer if it does, the phrase's normal form)."""
        text = normalise(phrase)
        if not text or self._third_party_first(phrase, text):
            return True, None, text
        designated = self._designator(text)
        if designated:
            for kind, variants in self.bodies.items():
                if _has_any(text, variants):
                    return True, (designated[0], kind), text
        for party in self.parties:
            if _has_any(text, party.named):
                return True, (party.id, "named"), text
        regional = self._regional(phrase) or self._mayor_of(phrase) or self._officials_in(phrase)
        if regional:
            return True, ((designated[0] if designated else regional), "regional"), text
        if designated:
            return True, (designated[0], "designator"), text
        return False, None, text

    def _unqualified(self, text: str, context: str) -> tuple[str, str] | None:
        """A body named with no party ("the General Staff said"): the party the text gives that body elsewhere
        ("Ukraine's General Staff", "the General Staff of Ukraine"), else the party whose ``unqualified`` list
        holds it (a user's lexicon may hold none)."""
        kind = self.body_kind(text)
        if kind is None:
            return None
        # a body of several words only: "the army" or "the military" named with a party elsewhere may be another
        variants = [variant for variant in self.bodies[kind] if " " in variant and _has(text, variant)]
        lowered = normalise(context) if context and variants else ""
        for party in self.parties:
            if lowered and party.designators and _designated_body(tuple(variants), party.designators).search(lowered):
                return party.id, kind
        for party in self.parties:
            if _has_any(text, party.unqualified):
                return party.id, "unqualified"
        named = self.named_by_kind.get(kind, ())
        if named and context:
            # "the transmission system operator said", the text naming Ukrenergo: the company of that kind the text
            # names first is the body
            lowered = normalise(context)
            found = sorted((match.start(), name) for name in named
                           if (match := re.search(rf"(?<![\w'\-]){re.escape(name)}(?![\w\-])", lowered)))
            for _position, name in found:
                owner = next((each.id for each in self.parties if name in each.named), None)
                if owner:
                    return owner, kind
        return None

    def senders(self, sentence: str) -> list[tuple[str, int, int]]:
        """(party, start, end) of each body the lexicon names for a party by itself that the sentence names right
        before its weapons or its forces ("SBU long-range drones", "HUR drones", "FSB units"): the side that sent
        them."""
        found: list[tuple[str, int, int]] = []
        words = set(_WORD.findall(sentence.lower()))  # (a name's first word must be there: most sentences hold none)
        for party in self.parties:
            if party.named and not words.isdisjoint(_first_words(party.named)):
                found.extend((party.id, m.start(), m.end()) for m in _sending(party.named).finditer(sentence))
        return sorted(found, key=lambda each: each[1])

    def body_kind(self, phrase: str) -> str | None:
        """The kind of body an attribution names ("the Air Force" -> ``air_force``), whoever's it is."""
        text = normalise(phrase)
        return next((kind for kind, variants in self.bodies.items() if _has_any(text, variants)), None)

    def _town_party(self, name: str) -> str | None:
        """The party of the country holding a town of the name ("the town's mayor" of Nikopol), when the
        gazetteer places it at a town of ``_SPEAKING_TOWN_POPULATION`` people or more."""
        from trucewatch.geo.gazetteer import geocode

        place = geocode(name)
        if place is None or (place.population or 0) < _SPEAKING_TOWN_POPULATION:
            return None
        return next((p.id for p in self.parties if p.country and p.country == place.country), None)

    def _mayor_of(self, phrase: str) -> str | None:
        """The party of a town whose mayor speaks ("the Novorossiysk mayor", "the mayor of Nikopol")."""
        match = _MAYOR.search(phrase)
        return self._town_party(match.group("before") or match.group("after")) if match else None

    def _officials_in(self, phrase: str) -> str | None:
        """The party of the town or region whose officials speak ("Officials in Saratov")."""
        match = OFFICIALS_IN.fullmatch(phrase.strip())
        if match is None:
            return None
        name = match.group("after")
        return self._regional(f"{name} governor") or self._town_party(name)

    @cached_property
    def _non_party_patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None,
                                           re.Pattern[str] | None]:
        """The patterns :meth:`_third_party_first` searches, made once per lexicon: the non-parties in small letters
        (in the normal form), those in capitals (as written, and in the normal form), and every word of the parties
        (designators and names)."""
        capitals = tuple(word for word in self.non_parties if word.isupper())
        others = tuple(normalise(word) for word in self.non_parties if not word.isupper())
        words = tuple(word for party in self.parties for word in (*party.designators, *party.named))
        return (_alternation(others) if others else None, _alternation(capitals) if capitals else None,
                _alternation(tuple(normalise(word) for word in capitals)) if capitals else None,
                _alternation(words) if words else None)

    def _third_party_first(self, phrase: str, text: str) -> bool:
        """Whether a non-party's designator qualifies the speaker before any party's own word: an entry in
        capitals ("US", "UN") counts only where the phrase writes it so ("told us" is no state)."""
        others, capitals, capitals_small, party_words = self._non_party_patterns
        first = others.search(text) if others else None
        found = [first.start()] if first else []
        if capitals and capitals_small and capitals.search(phrase):
            found += [match.start() for match in capitals_small.finditer(text)]
        if not found:
            return False
        party_at = party_words.search(text) if party_words else None
        return party_at is None or min(found) < party_at.start()

    def _designator(self, text: str) -> tuple[str, int] | None:
        found: list[tuple[int, str]] = []
        for party in self.parties:
            for word in party.designators:
                match = re.search(rf"(?<![\w'\-]){re.escape(word)}(?![\w\-])", text)
                if match and (_AS_PLACE.search(text[:match.start()]) or _NOT_THE_STATE.search(text[:match.start()])):
                    match = None  # "the monitoring mission in Ukraine": the country is where, not whose
                if match:
                    found.append((match.start(), party.id))
        if not found:
            return None
        position, party_id = min(found)
        return party_id, position

    def _regional(self, text: str) -> str | None:
        from trucewatch.geo.admin1 import admin1_code, admin1_country

        for match in _REGIONAL.finditer(text):
            name = _REGION_WORDS.sub(" ", match.group("after") or match.group("before") or "").strip()
            name = re.sub(r"['’]s$", "", name)  # "Udmurtia's head"
            if len(name) < 3:
                continue
            # "Acting Sumy mayor": a capitalised title word before the name is not part of it
            code = admin1_code(name) or (admin1_code(name.split()[-1]) if " " in name else None)
            country = HELD_SINCE_2014.get(code or "") or (admin1_country(code) if code else None)
            party = next((p.id for p in self.parties if country and p.country == country), None)
            if party:
                return party
        return None


def normalise(text: str) -> str:
    lowered = text.lower().replace("’", "'").replace("defense", "defence").replace("-based", "")
    lowered = re.sub(r"\s+", " ", lowered).strip(" ,.;:\"'")
    return re.sub(r"^(?:the|a|an)\s+", "", lowered)


def _has(text: str, phrase: str) -> bool:
    return _alternation((phrase,)).search(text) is not None


def _has_any(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether the text holds any of the phrases as whole words (one compiled pattern per list)."""
    return bool(phrases) and _alternation(phrases).search(text) is not None


@lru_cache(maxsize=1024)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])")


_WORD = re.compile(r"[\w\-]+")


@lru_cache(maxsize=16)
def _first_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_WORD.findall(name)[0] for name in names if _WORD.search(name))


@lru_cache(maxsize=16)
def _sending(names: tuple[str, ...]) -> re.Pattern[str]:
    """A name of ``names`` right before a weapon or a force it sends ("SBU long-range drones")."""
    alternatives = "|".join(re.escape(each) for each in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?=(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:drones?|uavs?|missiles?|"
                      rf"forces|troops|units|operators|special forces)\b)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _designated_body(variants: tuple[str, ...], designators: tuple[str, ...]) -> re.Pattern[str]:
    """One of the bodies with one of a party's designators before it ("Ukraine's general staff") or after "of"
    ("the general staff of Ukraine")."""
    body = "|".join(re.escape(each) for each in sorted(variants, key=len, reverse=True))
    party = "|".join(re.escape(each) for each in sorted(designators, key=len, reverse=True))
    return re.compile(rf"(?<![\w'\-])(?:{party})\s+(?:{body})(?![\w\-])|"
                      rf"(?<![\w\-])(?:{body})\s+of\s+(?:the\s+)?(?:armed forces of\s+)?(?:{party})(?![\w\-])")


def _strings(value: Any, where: Where) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(each, str) and each.strip() for each in value):
        raise InputError("must be a list of non-empty strings", where)
    return tuple(normalise(each) for each in value)


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*:", line):
            return number
    return None


def parse_source_lexicon(text: str, origin: str) -> tuple[SourceLexicon, bool]:
    """A lexicon from YAML text, and whether it asks to replace the defaults."""
    data = safe_yaml.load(text, origin)
    if not isinstance(data, dict):
        raise InputError("a source lexicon is a mapping with `bodies` and `parties`", Where(origin, 1))
    unknown = set(data) - _TOP_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise InputError(f"unknown key {key!r}", Where(origin, _line_of(text, key), key),
                         hint=f"allowed: {', '.join(sorted(_TOP_KEYS))}")
    if data.get("version", 1) != 1:
        raise InputError("only version 1 is known", Where(origin, _line_of(text, "version"), "version"))
    bodies_data = data.get("bodies") or {}
    if not isinstance(bodies_data, dict):
        raise InputError("`bodies` must map a kind to its variants", Where(origin, _line_of(text, "bodies"),
                                                                             "bodies"))
    bodies = {str(kind): _strings(variants, Where(origin, _line_of(text, str(kind)), f"bodies.{kind}"))
              for kind, variants in bodies_data.items()}
    parties_data = data.get("parties") or {}
    if not isinstance(parties_data, dict):
        raise InputError("`parties` must map a party id to its entry", Where(origin, _line_of(text, "parties"),
                                                                               "parties"))
    parties: list[Party] = []
    for party_id, entry in parties_data.items():
        where = Where(origin, _line_of(text, str(party_id)), f"parties.{party_id}")
        if not isinstance(entry, dict):
            raise InputError("a party entry is a mapping (country, designators, named)", where)
        unknown = set(entry) - _PARTY_KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise InputError(f"unknown key {key!r}", Where(origin, _line_of(text, key), f"parties.{party_id}.{key}"),
                             hint=f"allowed: {', '.join(sorted(_PARTY_KEYS))}")
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
            raise InputError("country must be an ISO 3166-1 alpha-2 code such as UA",
                             Where(origin, where.line, f"parties.{party_id}.country"))
        parties.append(Party(
            str(party_id), country,
            _strings(entry.get("designators", []), Where(origin, where.line, f"parties.{party_id}.designators")),
            _strings(entry.get("named", []), Where(origin, where.line, f"parties.{party_id}.named")),
            _strings(entry.get("unqualified", []), Where(origin, where.line, f"parties.{party_id}.unqualified")),
        ))
    kinds_data = data.get("named_by_kind") or {}
    if not isinstance(kinds_data, dict):
        raise InputError("`named_by_kind` must map a kind of body to the names of its bodies",
                         Where(origin, _line_of(text, "named_by_kind"), "named_by_kind"))
    named_by_kind = {str(kind): _strings(names, Where(origin, _line_of(text, "named_by_kind"),
                                                      f"named_by_kind.{kind}"))
                     for kind, names in kinds_data.items()}
    non_parties = _strings(data.get("non_parties", []), Where(origin, _line_of(text, "non_parties"), "non_parties"))
    return (SourceLexicon(bodies, tuple(parties), origin, named_by_kind, non_parties),
            bool(data.get("replace_defaults", False)))


def _merge(defaults: SourceLexicon, mine: SourceLexicon) -> SourceLexicon:
    bodies = {**defaults.bodies, **{kind: tuple(dict.fromkeys((*mine.bodies[kind], *defaults.bodies.get(kind, ()))))
                                    for kind in mine.bodies}}
    ids = {party.id for party in mine.parties}
    # the user's parties first: their entries win over the shipped ones
    parties = (*mine.parties, *(party for party in defaults.parties if party.id not in ids))
    named_by_kind = {**defaults.named_by_kind, **{
        kind: tuple(dict.fromkeys((*names, *defaults.named_by_kind.get(kind, ()))))
        for kind, names in mine.named_by_kind.items()}}
    return SourceLexicon(bodies, parties, f"{mine.origin} + {defaults.origin}", named_by_kind,
                         tuple(dict.fromkeys((*mine.non_parties, *defaults.non_parties))))


@lru_cache(maxsize=1)
def default_lexicon() -> SourceLexicon:
    text = resources.files("trucewatch").joinpath("data/claimants/default.yaml").read_text("utf-8")
    return parse_source_lexicon(text, DEFAULT_PATH)[0]


def load_source_lexicon(path: Path) -> SourceLexicon:
    """The defaults with a user's file added (or the file alone when it says ``replace_defaults: true``)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the source lexicon: {exc}", Where(str(path))) from exc
    return _parsed(text, str(path))


@lru_cache(maxsize=8)
def _parsed(text: str, origin: str) -> SourceLexicon:
    mine, replace = parse_source_lexicon(text, origin)
    return mine if replace else _merge(default_lexicon(), mine)


_ACTIVE: list[SourceLexicon] = []


def active_lexicon() -> SourceLexicon:
    """The lexicon extraction uses now: the innermost :func:`using_source_lexicon`, else the defaults."""
    return _ACTIVE[-1] if _ACTIVE else default_lexicon()


@contextmanager
def using_source_lexicon(path: Path | None) -> Iterator[None]:
    """Extract with a user's source lexicon inside the block (``None``: the defaults)."""
    if path is None:
        yield
        return
    _ACTIVE.append(load_source_lexicon(Path(path)))
    try:
        yield
    finally:
        _ACTIVE.pop()
