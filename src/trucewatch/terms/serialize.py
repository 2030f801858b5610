"""Agreement <-> plain dict (JSON-able, deterministic): the form the store keeps in ``agreements.body``.

Instants are ISO 8601 UTC strings ending in ``Z``; tuples become lists; mappings are key-sorted. The dict
mirrors the model field by field so that ``agreement_from_dict(agreement_to_dict(a)) == a``.
"""

from __future__ import annotations

from typing import Any, cast

from trucewatch.errors import AgreementError
from trucewatch.model import (
    Agreement,
    Area,
    Citation,
    Clause,
    Geography,
    Party,
    Reading,
    Scope,
    Window,
)
from trucewatch.terms.times import iso_utc, parse_iso_utc

FORMAT_VERSION = 1


def _time(value: Any) -> str | None:
    return None if value is None else iso_utc(value)


def _citation(citation: Citation) -> dict[str, Any]:
    return {"source": citation.source, "date": citation.date, "url": citation.url,
            "paraphrase": citation.paraphrase}


def _scope(scope: Scope) -> dict[str, Any]:
    return {"include": list(scope.include), "exclude": list(scope.exclude)}


def _geography(geography: Geography) -> dict[str, Any]:
    return {
        "include_countries": list(geography.include_countries),
        "exclude_countries": list(geography.exclude_countries),
        "include_admin1": list(geography.include_admin1),
        "exclude_admin1": list(geography.exclude_admin1),
        "areas": [{"name": area.name, "bbox": list(area.bbox)} for area in geography.areas],
    }


def _window(window: Window) -> dict[str, Any]:
    return {"start": _time(window.start), "end": _time(window.end), "tz": window.tz,
            "start_label": window.start_label, "end_label": window.end_label}


def _clause(clause: Clause) -> dict[str, Any]:
    return {
        "id": clause.id, "kind": clause.kind, "title": clause.title, "acts": list(clause.acts),
        "bound_parties": list(clause.bound_parties), "scope": _scope(clause.scope),
        "geography": _geography(clause.geography), "deadline": _time(clause.deadline),
        "description": clause.description, "citations": [_citation(c) for c in clause.citations],
    }


def _reading(reading: Reading) -> dict[str, Any]:
    return {
        "id": reading.id, "name": reading.name, "held_by": reading.held_by,
        "window": _window(reading.window) if reading.window else None,
        "scope": _scope(reading.scope) if reading.scope else None,
        "bound_parties": list(reading.bound_parties) if reading.bound_parties is not None else None,
        "geography": _geography(reading.geography) if reading.geography is not None else None,
        "in_force": reading.in_force, "in_force_reason": reading.in_force_reason, "note": reading.note,
        "citations": [_citation(c) for c in reading.citations],
        "clause_scopes": {key: _scope(reading.clause_scopes[key]) for key in sorted(reading.clause_scopes)},
    }


def agreement_to_dict(agreement: Agreement) -> dict[str, Any]:
    """A deterministic, JSON-able dict of the whole agreement."""
    return {
        "format_version": FORMAT_VERSION,
        "id": agreement.id,
        "title": agreement.title,
        "description": agreement.description,
        "parties": [{"id": party.id, "name": party.name, **({"actors": list(party.actors)} if party.actors else {})}
                    for party in agreement.parties],
        "declared_by": list(agreement.declared_by),
        "anchors": {name: iso_utc(agreement.anchors[name]) for name in sorted(agreement.anchors)},
        "window": _window(agreement.window),
        "reciprocity": agreement.reciprocity,
        "clauses": [_clause(clause) for clause in agreement.clauses],
        "readings": [_reading(reading) for reading in agreement.readings],
        "citations": [_citation(c) for c in agreement.citations],
        "source_file": agreement.source_file,
        "source_sha256": agreement.source_sha256,
    }


# ------------------------------------------------------------------------------------------------- back
def _opt_time(value: Any) -> Any:
    return None if value is None else parse_iso_utc(value)


def _citation_from(d: dict[str, Any]) -> Citation:
    return Citation(d["source"], d.get("date"), d.get("url"), d.get("paraphrase"))


def _scope_from(d: dict[str, Any]) -> Scope:
    return Scope(tuple(d["include"]), tuple(d["exclude"]))


def _geography_from(d: dict[str, Any]) -> Geography:
    return Geography(
        include_countries=tuple(d["include_countries"]),
        exclude_countries=tuple(d["exclude_countries"]),
        include_admin1=tuple(d["include_admin1"]),
        exclude_admin1=tuple(d["exclude_admin1"]),
        areas=tuple(
            Area(a["name"], cast(tuple[float, float, float, float], tuple(float(v) for v in a["bbox"])))
            for a in d["areas"]
        ),
    )


def _window_from(d: dict[str, Any]) -> Window:
    return Window(parse_iso_utc(d["start"]), _opt_time(d["end"]), d["tz"], d.get("start_label"),
                  d.get("end_label"))


def _clause_from(d: dict[str, Any]) -> Clause:
    return Clause(
        id=d["id"], kind=d["kind"], title=d["title"], acts=tuple(d["acts"]),
        bound_parties=tuple(d["bound_parties"]), scope=_scope_from(d["scope"]),
        geography=_geography_from(d["geography"]), deadline=_opt_time(d.get("deadline")),
        description=d.get("description"), citations=tuple(_citation_from(c) for c in d["citations"]),
    )


def _reading_from(d: dict[str, Any]) -> Reading:
    return Reading(
        id=d["id"], name=d["name"], held_by=d.get("held_by"),
        window=_window_from(d["window"]) if d.get("window") else None,
        scope=_scope_from(d["scope"]) if d.get("scope") else None,
        bound_parties=tuple(d["bound_parties"]) if d.get("bound_parties") is not None else None,
        geography=_geography_from(d["geography"]) if d.get("geography") is not None else None,
        in_force=bool(d["in_force"]), note=d.get("note"),
        citations=tuple(_citation_from(c) for c in d["citations"]),
        clause_scopes={key: _scope_from(value) for key, value in sorted(d["clause_scopes"].items())},
        in_force_reason=d.get("in_force_reason"),
    )


def agreement_from_dict(d: dict[str, Any]) -> Agreement:
    """Rebuild an agreement stored with :func:`agreement_to_dict`."""
    version = d.get("format_version")
    if version != FORMAT_VERSION:
        raise AgreementError(
            f"stored agreement has format_version {version!r}; this trucewatch reads {FORMAT_VERSION}",
            hint="reload the agreement from its YAML file",
        )
    try:
        return Agreement(
            id=d["id"], title=d["title"],
            parties=tuple(Party(p["id"], p["name"], tuple(p.get("actors", ()))) for p in d["parties"]),
            window=_window_from(d["window"]),
            clauses=tuple(_clause_from(c) for c in d["clauses"]),
            readings=tuple(_reading_from(r) for r in d["readings"]),
            declared_by=tuple(d["declared_by"]),
            description=d.get("description"),
            reciprocity=d.get("reciprocity"),
            citations=tuple(_citation_from(c) for c in d["citations"]),
            source_file=d.get("source_file"),
            source_sha256=d.get("source_sha256"),
            anchors={name: parse_iso_utc(value) for name, value in sorted(d["anchors"].items())},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise AgreementError(f"stored agreement {d.get('id')!r} is malformed: {exc!r}") from exc
