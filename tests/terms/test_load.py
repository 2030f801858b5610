"""Loading agreements: the shipped case file, time rules, YAML quirks, whole-file error reporting."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from trucewatch.errors import AgreementError
from trucewatch.model import Agreement
from trucewatch.terms import (
    AgreementInvalid,
    load_agreement_file,
    load_agreement_text,
    load_shipped,
    shipped_agreement_paths,
)

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def agreement_yaml(window: str, extra_clause: str = "", readings: str = "") -> str:
    return (
        "id: t\ntitle: T\nparties: [{id: RU, name: Russia}, {id: UA, name: Ukraine}]\n"
        "anchors:\n  call_end: 2025-03-18T18:30:00+02:00\n"
        f"window: {window}\n"
        "clauses:\n"
        "  - id: c\n    kind: prohibition\n    title: C\n    acts: [hostilities]\n    bound_parties: [RU]\n"
        f"{extra_clause}"
        "    citations: [{source: S, date: 2025-03-18, paraphrase: P}]\n"
        f"{readings}"
    )


@pytest.fixture(scope="module")
def shipped() -> dict[str, Agreement]:
    return {agreement.id: agreement for agreement in load_shipped()}


def test_shipped_case_file_has_the_four_agreements(shipped: dict[str, Agreement]) -> None:
    assert sorted(shipped) == [
        "black-sea-2025",
        "easter-truce-2025",
        "energy-moratorium-2025",
        "victory-day-truce-2025",
    ]
    assert len(shipped_agreement_paths()) == 4


@pytest.mark.parametrize("path", shipped_agreement_paths(), ids=lambda path: path.stem)
def test_shipped_file_hash_is_of_its_bytes(path: Path) -> None:
    agreement = load_agreement_file(path)
    assert agreement.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert agreement.source_file == str(path)
    for item in (*agreement.clauses, *agreement.readings):
        assert item.citations, f"{item.id} has no citation"


def test_easter_truce_window_is_exact(shipped: dict[str, Agreement]) -> None:
    easter = shipped["easter-truce-2025"]
    assert easter.window.start == utc("2025-04-19T15:00:00Z")
    assert easter.window.end == utc("2025-04-20T21:00:00Z")
    assert easter.declared_by == ("RU",)
    assert easter.clauses[0].acts == ("strike", "shelling", "interception", "ground_assault", "naval_action")
    readings = {reading.id: reading for reading in easter.readings}
    assert readings["kremlin"].bound_parties == ("RU",)
    assert readings["mirror"].bound_parties == ("RU", "UA")


def test_victory_day_truce_binds_russia_only(shipped: dict[str, Agreement]) -> None:
    truce = shipped["victory-day-truce-2025"]
    assert (truce.window.start, truce.window.end) == (
        utc("2025-05-07T21:00:00Z"),
        utc("2025-05-10T21:00:00Z"),
    )
    assert [reading.id for reading in truce.readings] == ["kremlin"]
    assert truce.readings[0].bound_parties == ("RU",)


def test_energy_moratorium_readings(shipped: dict[str, Agreement]) -> None:
    energy = shipped["energy-moratorium-2025"]
    call_end = utc("2025-03-18T16:30:00Z")
    assert energy.anchors == {"call_end": call_end}
    readings = {reading.id: reading for reading in energy.readings}
    assert list(readings) == ["us", "kremlin", "ukraine"]

    us, kremlin, ukraine = readings["us"], readings["kremlin"], readings["ukraine"]
    assert us.window is not None and (us.window.start, us.window.end) == (call_end, None)
    assert us.clause_scopes["energy-strikes"].include == ("energy", "infrastructure")
    # 30 calendar days on the Moscow clock (no DST in Moscow): same clock time on 04-17.
    assert kremlin.window is not None and kremlin.window.end == utc("2025-04-17T16:30:00Z")
    kremlin_scope = kremlin.clause_scopes["energy-strikes"].include
    assert {"energy.oil.refinery", "energy.gas.pipeline", "energy.generation.nuclear"} <= set(kremlin_scope)
    assert "energy.gas.production" not in kremlin_scope
    # Ukraine: the day of the 03-25 statements, Kyiv midnight at UTC+2; 30 days later Kyiv is UTC+3.
    assert ukraine.window is not None
    assert (ukraine.window.start, ukraine.window.end) == (
        utc("2025-03-24T22:00:00Z"),
        utc("2025-04-23T21:00:00Z"),
    )
    assert ukraine.window.tz == "Europe/Kyiv"

    exchange = next(clause for clause in energy.clauses if clause.kind == "obligation")
    assert exchange.acts == ("prisoner_exchange",) and exchange.bound_parties == ("RU", "UA")
    assert exchange.deadline == utc("2025-03-19T21:00:00Z")  # through the end of 03-19, Moscow time
    assert energy.reciprocity and "released" in energy.reciprocity


def test_black_sea_kremlin_reading_is_not_in_force(shipped: dict[str, Agreement]) -> None:
    black_sea = shipped["black-sea-2025"]
    assert black_sea.window.start == utc("2025-03-24T22:00:00Z") and black_sea.window.end is None
    readings = {reading.id: reading for reading in black_sea.readings}
    assert readings["kremlin"].in_force is False
    assert readings["kremlin"].in_force_reason and "sanctions" in readings["kremlin"].in_force_reason
    assert readings["us"].in_force and readings["ukraine"].in_force
    geography = black_sea.clauses[0].geography
    assert geography.areas[0].name == "Black Sea" and "UA-51" in geography.include_admin1


@pytest.mark.parametrize(
    ("window", "start", "end"),
    [
        # a date-only end runs through the end of that local day
        (
            "{tz: Europe/Moscow, start: 2025-05-08, end: 2025-05-10}",
            "2025-05-07T21:00:00Z",
            "2025-05-10T21:00:00Z",
        ),
        # naive datetimes are wall-clock time in tz; offsets are honoured as written
        (
            "{tz: Europe/Moscow, start: 2025-04-19T18:00, end: 2025-04-21T00:00+03:00}",
            "2025-04-19T15:00:00Z",
            "2025-04-20T21:00:00Z",
        ),
        # anchor plus offset; hours are exact elapsed time
        (
            "{tz: Europe/Moscow, start: call_end + 2h, duration: 720h}",
            "2025-03-18T18:30:00Z",
            "2025-04-17T18:30:00Z",
        ),
        # calendar days across Kyiv's switch to summer time (2025-03-30) keep the local clock
        (
            "{tz: Europe/Kyiv, start: 2025-03-25, duration: P30D}",
            "2025-03-24T22:00:00Z",
            "2025-04-23T21:00:00Z",
        ),
        (
            "{tz: Europe/Kyiv, start: 2025-03-25, duration: PT720H}",
            "2025-03-24T22:00:00Z",
            "2025-04-23T22:00:00Z",
        ),
        ("{tz: UTC, start: 2025-03-18T10:00:00Z, end: open}", "2025-03-18T10:00:00Z", None),
    ],
    ids=[
        "date-end-is-whole-day",
        "naive-and-offset",
        "anchor-plus-hours",
        "days-across-dst",
        "hours-across-dst",
        "open-end",
    ],
)
def test_window_time_rules(window: str, start: str, end: str | None) -> None:
    agreement = load_agreement_text(agreement_yaml(window))
    assert agreement.window.start == utc(start)
    assert agreement.window.end == (utc(end) if end else None)
    assert agreement.window.start.tzinfo is not None


def test_norway_stays_a_country_code() -> None:
    geography = "    geography:\n      include:\n        countries: [NO, UA]\n"
    agreement = load_agreement_text(agreement_yaml("{tz: UTC, start: 2025-03-18, end: open}", geography))
    assert agreement.clauses[0].geography.include_countries == ("NO", "UA")


def test_region_names_are_stored_as_iso_codes() -> None:
    geography = (
        "    geography:\n      include:\n        countries: [UA]\n        admin1: [Odesa Oblast, UA-63]\n"
        "      exclude:\n        admin1: [Crimea, GE-AB]\n"
    )
    agreement = load_agreement_text(agreement_yaml("{tz: UTC, start: 2025-03-18, end: open}", geography))
    assert agreement.clauses[0].geography.include_admin1 == ("UA-51", "UA-63")
    # codes outside the gazetteer's countries are accepted as written
    assert agreement.clauses[0].geography.exclude_admin1 == ("UA-43", "GE-AB")


def test_every_problem_is_reported_in_one_pass() -> None:
    text = agreement_yaml(
        "{tz: Europe/Moskow, start: 2025-03-18, end: open}",
        "    scope: {include: [energy.oill]}\n",
        "readings:\n  - id: r\n    name: R\n    bound_parties: [US]\n"
        "    citations: [{source: S, date: 2025-13-01, paraphrase: P}]\n",
    )
    with pytest.raises(AgreementInvalid) as raised:
        load_agreement_text(text, "many.yaml")
    messages = " | ".join(problem.message for problem in raised.value.problems)
    for expected in (
        "unknown time zone",
        "energy.oill",
        "'US' is not one of the parties",
        "real calendar date",
    ):
        assert expected in messages
    assert all(problem.where.line for problem in raised.value.problems)


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(AgreementError, match="not found") as raised:
        load_agreement_file(tmp_path / "nope.yaml")
    assert "nope.yaml" in str(raised.value)


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"id: t\ntitle: Kyiv \xe9\n")
    with pytest.raises(AgreementError, match="not UTF-8") as raised:
        load_agreement_file(path)
    assert f"{path}:2" in str(raised.value)


@pytest.mark.shared_data
def test_cited_urls_are_indexed_in_sources_md(shipped: dict[str, Agreement]) -> None:
    sources = SHARED_DATA / "ceasefire_terms_2025" / "SOURCES.md"
    if not sources.exists():
        pytest.skip(f"shared data not present at {sources}")
    listed = sources.read_text(encoding="utf-8")
    # The call's end time comes from one page found beside the SOURCES.md index; named here on purpose.
    extra = {"https://www.pravda.com.ua/eng/news/2025/03/18/7503475/"}
    for agreement in shipped.values():
        citations = [*agreement.citations]
        for item in (*agreement.clauses, *agreement.readings):
            citations.extend(item.citations)
        for citation in citations:
            assert citation.url, f"{agreement.id}: citation from {citation.source} has no url"
            assert citation.url in listed or citation.url in extra, citation.url
