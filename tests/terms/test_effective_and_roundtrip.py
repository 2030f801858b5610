"""effective_clauses (overrides) and the dict round trip used by the store."""

from __future__ import annotations

import json

import pytest

from trucewatch.errors import AgreementError
from trucewatch.model import Scope
from trucewatch.terms import (
    AS_WRITTEN,
    agreement_from_dict,
    agreement_to_dict,
    effective_clauses,
    load_agreement_text,
    load_shipped,
)

BASE = """\
id: t
title: T
parties: [{id: RU, name: Russia}, {id: UA, name: Ukraine}]
window: {tz: Europe/Moscow, start: 2025-03-18, duration: 30d}
clauses:
  - id: energy
    kind: prohibition
    title: Energy
    acts: [strike]
    bound_parties: [RU]
    scope: {include: [energy]}
    citations: [{source: S, date: 2025-03-18, paraphrase: P}]
  - id: swap
    kind: obligation
    title: Swap
    acts: [prisoner_exchange]
    bound_parties: [RU, UA]
    deadline: 2025-03-19T12:00
    citations: [{source: S, date: 2025-03-18, paraphrase: P}]
"""
CITE = "    citations: [{source: S, date: 2025-03-18, paraphrase: P}]\n"


def test_no_readings_gives_one_as_written_reading() -> None:
    agreement = load_agreement_text(BASE)
    assert agreement.readings == ()
    effective = effective_clauses(agreement)
    assert [(e.clause.id, e.reading_id) for e in effective] == [("energy", AS_WRITTEN), ("swap", AS_WRITTEN)]
    assert effective[0].window == agreement.window
    assert effective[0].scope == Scope(("energy",))
    assert effective[1].bound_parties == ("RU", "UA")
    assert all(e.in_force for e in effective)


def test_overrides_apply_most_specific_first() -> None:
    readings = (
        "readings:\n"
        "  - id: wide\n    name: Wide\n    scope: {include: [energy, infrastructure]}\n"
        "    bound_parties: [RU, UA]\n    geography: {include: {countries: [UA]}}\n"
        + CITE
        + "  - id: narrow\n    name: Narrow\n    scope: {include: [infrastructure]}\n"
        "    clause_scopes: {energy: {include: [energy.oil], exclude: [energy.oil.storage]}}\n"
        "    window: {start: 2025-03-25}\n    in_force: false\n    in_force_reason: condition unmet\n" + CITE
    )
    agreement = load_agreement_text(BASE + readings)
    effective = {(e.reading_id, e.clause.id): e for e in effective_clauses(agreement)}
    assert list(effective) == [("wide", "energy"), ("wide", "swap"), ("narrow", "energy"), ("narrow", "swap")]

    wide = effective["wide", "energy"]
    assert wide.scope.include == ("energy", "infrastructure")
    assert wide.bound_parties == ("RU", "UA") and wide.geography.include_countries == ("UA",)
    assert wide.window == agreement.window and wide.in_force

    narrow_energy, narrow_swap = effective["narrow", "energy"], effective["narrow", "swap"]
    assert narrow_energy.scope == Scope(("energy.oil",), ("energy.oil.storage",))  # per-clause beats reading
    assert narrow_swap.scope == Scope(("infrastructure",))  # the reading's whole scope
    assert narrow_energy.bound_parties == ("RU",)  # inherited from the clause
    assert not narrow_energy.in_force and narrow_energy.in_force_reason == "condition unmet"
    # a reading that moves only the start keeps the agreement's end instant
    assert narrow_energy.window.start != agreement.window.start
    assert narrow_energy.window.end == agreement.window.end
    assert narrow_energy.window.start_label == "2025-03-25"


def test_shipped_energy_moratorium_effective_view() -> None:
    energy = next(a for a in load_shipped() if a.id == "energy-moratorium-2025")
    effective = {(e.reading_id, e.clause.id): e for e in effective_clauses(energy)}
    assert len(effective) == 6
    assert effective["us", "energy-strikes"].window.end is None
    assert effective["us", "energy-strikes"].scope.include == ("energy", "infrastructure")
    assert effective["ukraine", "energy-strikes"].scope.include == ("energy",)
    assert "energy.gas.production" not in effective["kremlin", "energy-strikes"].scope.include
    # the exchange keeps the clause's own (empty) scope under every reading
    assert effective["kremlin", "prisoner-exchange"].scope == Scope()


def test_round_trip_of_every_shipped_agreement() -> None:
    for agreement in load_shipped():
        as_dict = agreement_to_dict(agreement)
        text = json.dumps(as_dict, sort_keys=True)
        assert agreement_from_dict(json.loads(text)) == agreement
        # deterministic: the same agreement gives the same bytes
        assert json.dumps(agreement_to_dict(agreement), sort_keys=True) == text
        assert as_dict["window"]["start"].endswith("Z")


def test_round_trip_keeps_every_override() -> None:
    readings = (
        "readings:\n  - id: r\n    name: R\n    held_by: UA\n    note: n\n"
        "    clause_scopes: {energy: {include: [energy.gas]}}\n"
        "    geography: {include: {areas: [{name: Sea, bbox: [27, 40.5, 42, 47]}]}}\n"
        "    window: {end: open}\n    bound_parties: [UA]\n" + CITE
    )
    agreement = load_agreement_text(BASE + readings)
    assert agreement_from_dict(agreement_to_dict(agreement)) == agreement
    stored = agreement_to_dict(agreement)
    assert stored["clauses"][1]["deadline"] == "2025-03-19T09:00:00Z"
    assert stored["readings"][0]["geography"]["areas"][0]["bbox"] == [27.0, 40.5, 42.0, 47.0]


def test_unknown_format_version_is_refused() -> None:
    stored = agreement_to_dict(load_agreement_text(BASE))
    stored["format_version"] = 99
    with pytest.raises(AgreementError, match="format_version"):
        agreement_from_dict(stored)
