"""Plain dataclasses shared by every layer: reports, agreements, incidents, findings.

Times inside the model are timezone-aware ``datetime`` objects; the store keeps them as naive UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

ENGINE_VERSION = "0.2.0"  # the release; a run id also carries a digest of the rule code (adjudicate.identity)

Stance = Literal["alleges", "denies", "acknowledges", "reports"]
STANCES: tuple[str, ...] = ("alleges", "denies", "acknowledges", "reports")

Outcome = Literal["hit", "intercepted", "attempted", "unknown"]
OUTCOMES: tuple[str, ...] = ("hit", "intercepted", "attempted", "unknown")

SourceKind = Literal["official", "media", "monitor", "dataset", "social"]
SOURCE_KINDS: tuple[str, ...] = ("official", "media", "monitor", "dataset", "social")

WEAPONS: tuple[str, ...] = (
    "drone", "missile", "artillery", "mlrs", "aerial_bomb", "fpv", "small_arms", "other", "unknown",
)

# What happened. An extension of the DESIGN.md report format (optional field ``event``): prohibitions
# name the acts they forbid, and an obligation such as a prisoner exchange is fulfilled by an event.
EVENTS: tuple[str, ...] = (
    "strike",            # any remote attack: missile, drone, bomb (default when a weapon is given)
    "shelling",          # artillery, mortar, MLRS
    "interception",      # air defence shooting down incoming weapons (the strike itself was attempted)
    "ground_assault",    # armed clash, ground attack
    "naval_action",      # use of force at sea
    "military_use_of_vessel",
    "prisoner_exchange",
    "other",
)

Verdict = Literal[
    "corroborated_violation",
    "alleged_violation",
    "disputed",
    "possible_violation",
    "not_covered",
    "insufficient_information",
]
VERDICTS: tuple[str, ...] = get_args(Verdict)  # in the order DESIGN.md lists them

# Most severe first: an incident's headline verdict is the first of these among its findings (the map, the
# timeline, the ACLED export's tags and the dashboard's legend all follow this order).
SEVERITY: tuple[str, ...] = (
    "corroborated_violation",
    "alleged_violation",
    "disputed",
    "possible_violation",
    "insufficient_information",
    "not_covered",
)
# Verdicts that count as "in scope" (every condition passes or is only uncertain) and as violation-like
# (``assess --check`` exits 1 on these).
assert sorted(SEVERITY) == sorted(VERDICTS)
IN_SCOPE: tuple[str, ...] = SEVERITY[:5]
VIOLATION_LIKE: tuple[str, ...] = SEVERITY[:4]

ConditionStatus = Literal["pass", "fail", "uncertain"]
CONDITION_STATUSES: tuple[str, ...] = ("pass", "fail", "uncertain")
CONDITIONS: tuple[str, ...] = ("party", "act", "time", "target", "geography", "evidence")

# Evidence grades of an incident (docs/corroboration.md), strongest first.
GRADES: tuple[str, ...] = ("acknowledged", "corroborated", "single_source", "contested", "discounted")

# How readers spell an incident whose acting party is not known (filters, scorecards, facets).
UNKNOWN_PARTY = "unknown"

# A report whose target is unknown is related to registered facilities within this distance (plus its own
# location precision) unless the user set another radius (``facilities link --max-km``, kept in the store);
# see docs/verdicts.md, "Candidate targets".
CANDIDATE_MAX_KM = 10.0

ObligationStatus = Literal["fulfilled", "overdue", "pending", "not_in_force"]


# ----------------------------------------------------------------------------------------------- reports
@dataclass(frozen=True)
class Source:
    name: str
    url: str | None = None
    published_at: datetime | None = None
    kind: str | None = None
    aligned_with: str | None = None


@dataclass(frozen=True)
class Occurred:
    """When it happened, as a UTC interval [start, end]. ``start == end`` is an instant.

    A date alone covers that whole local day: [00:00, next 00:00) in ``tz``.
    """

    start: datetime
    end: datetime
    tz: str | None = None


@dataclass(frozen=True)
class Location:
    name: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None  # ISO 3166-2, e.g. UA-63; filled by the geo layer
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    precision_km: float | None = None


@dataclass(frozen=True)
class Target:
    category: str | None = None
    name: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None


@dataclass(frozen=True)
class Report:
    id: str
    source: Source
    claimant: str | None = None
    stance: str = "reports"
    actor: str | None = None
    occurred: Occurred | None = None
    location: Location | None = None
    target: Target | None = None
    weapon: str | None = None
    outcome: str | None = None
    count: int | None = None
    aggregate: bool = False
    relates_to: str | None = None
    text: str | None = None
    event: str | None = None
    casualties: Casualties | None = None
    # Where the report came from: file, line, format, the source's own row id. Not part of its identity.
    provenance: dict[str, Any] = field(default_factory=dict)
    # Character spans of extracted fields in ``text`` (field path -> [start, end]).
    spans: dict[str, list[int]] = field(default_factory=dict)

    @property
    def effective_claimant(self) -> str:
        return self.claimant or self.source.name


# ---------------------------------------------------------------------------------------------- agreements
@dataclass(frozen=True)
class Citation:
    source: str
    date: str | None = None
    url: str | None = None
    paraphrase: str | None = None


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    # actor names of conflict-event datasets that mean this party (matched with actor_key; see
    # docs/agreements.md "Parties and actor names")
    actors: tuple[str, ...] = ()


# An actor name longer than this is no dataset's actor name; it matches nothing.
MAX_ACTOR_NAME = 200
# ACLED dates its actor names: "Military Forces of Sudan (2019-)", "Military Forces of Ukraine (2014-2019)"
_ACTOR_PERIOD = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")


def actor_key(name: str) -> str:
    """The form in which actor names are compared: lower case, single spaces, ACLED's period in brackets
    left out ("Military Forces of Sudan (2019-) Air Force" -> "military forces of sudan air force"); empty
    for a name over MAX_ACTOR_NAME characters."""
    if len(name) > MAX_ACTOR_NAME:
        return ""
    return " ".join(_ACTOR_PERIOD.sub(" ", name).lower().split())


@dataclass(frozen=True)
class Scope:
    """Target scope: taxonomy codes or prefixes included, minus exclusions. Empty include = any target."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Area:
    """A named box [west, south, east, north] in degrees, e.g. a sea."""

    name: str
    bbox: tuple[float, float, float, float]


@dataclass(frozen=True)
class Geography:
    """Where a clause applies. Empty includes mean anywhere. Admin1 values are ISO 3166-2 codes."""

    include_countries: tuple[str, ...] = ()
    exclude_countries: tuple[str, ...] = ()
    include_admin1: tuple[str, ...] = ()
    exclude_admin1: tuple[str, ...] = ()
    areas: tuple[Area, ...] = ()

    @property
    def is_anywhere(self) -> bool:
        return not (
            self.include_countries
            or self.exclude_countries
            or self.include_admin1
            or self.exclude_admin1
            or self.areas
        )


@dataclass(frozen=True)
class Window:
    """When an agreement (or a reading of it) is in force, as UTC instants; ``end=None`` is open-ended."""

    start: datetime
    end: datetime | None
    tz: str
    start_label: str | None = None  # how the start was written (a date, a datetime, an anchor name)
    end_label: str | None = None


@dataclass(frozen=True)
class Clause:
    id: str
    kind: Literal["prohibition", "obligation"]
    title: str
    acts: tuple[str, ...]  # events from EVENTS the clause forbids (prohibition) or requires (obligation)
    bound_parties: tuple[str, ...]
    scope: Scope = Scope()
    geography: Geography = Geography()
    deadline: datetime | None = None  # obligations only
    description: str | None = None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Reading:
    """A named variant of an agreement (a party's or a source's reading). ``None`` fields inherit."""

    id: str
    name: str
    held_by: str | None = None
    window: Window | None = None
    scope: Scope | None = None
    bound_parties: tuple[str, ...] | None = None
    geography: Geography | None = None
    in_force: bool = True
    note: str | None = None
    citations: tuple[Citation, ...] = ()
    # per-clause overrides: clause id -> Scope (when a reading narrows one clause only)
    clause_scopes: dict[str, Scope] = field(default_factory=dict)
    # why a reading is not in force (e.g. a condition that was never met); set when in_force is False
    in_force_reason: str | None = None


@dataclass(frozen=True)
class Agreement:
    id: str
    title: str
    parties: tuple[Party, ...]
    window: Window
    clauses: tuple[Clause, ...]
    readings: tuple[Reading, ...]
    declared_by: tuple[str, ...] = ()
    description: str | None = None
    reciprocity: str | None = None
    citations: tuple[Citation, ...] = ()
    source_file: str | None = None
    source_sha256: str | None = None
    anchors: dict[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class EffectiveClause:
    """One clause as a reading sees it: every override applied. This is what adjudication compiles."""

    agreement_id: str
    clause: Clause
    reading_id: str
    window: Window
    scope: Scope
    bound_parties: tuple[str, ...]
    geography: Geography
    in_force: bool
    reading_note: str | None
    in_force_reason: str | None = None
