"""The native JSON Lines format: parsing, time rules, rejects, strict mode, idempotency."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from trucewatch import api
from trucewatch.errors import InputError, ValidationFailed
from trucewatch.ingest.native import ReportError, parse_report

BASE: dict[str, Any] = {
    "id": "r1",
    "source": {"name": "Ministry of Energy of Ukraine", "kind": "official", "aligned_with": "UA",
               "published_at": "2025-03-21T09:00:00+02:00"},
    "claimant": "UA",
    "stance": "alleges",
    "actor": "RU",
    "occurred": {"start": "2025-03-21T02:00:00", "end": "2025-03-21T04:00:00", "tz": "Europe/Kyiv"},
    "location": {"name": "Kramatorsk", "admin1": "Donetsk", "country": "UA"},
    "target": {"category": "energy.transmission.substation", "name": "a substation"},
    "weapon": "drone",
    "outcome": "hit",
}


def report(**changes: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(BASE))
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    target = tmp_path / "store.duckdb"
    api.init_store(target)
    return target


def test_naive_time_is_read_in_tz_and_stored_as_utc() -> None:
    parsed = parse_report(report())
    assert parsed.occurred is not None
    assert parsed.occurred.start == datetime(2025, 3, 21, 0, 0, tzinfo=UTC)  # Kyiv was UTC+2
    assert parsed.occurred.end == datetime(2025, 3, 21, 2, 0, tzinfo=UTC)


def test_date_alone_is_the_whole_local_day_across_the_clock_change() -> None:
    # Kyiv moved from UTC+2 to UTC+3 during 2025-03-30: that local day is 23 hours long
    parsed = parse_report(report(occurred={"start": "2025-03-30", "tz": "Europe/Kyiv"}))
    assert parsed.occurred is not None
    assert parsed.occurred.start == datetime(2025, 3, 29, 22, 0, tzinfo=UTC)
    assert parsed.occurred.end == datetime(2025, 3, 30, 21, 0, tzinfo=UTC)


def test_tz_is_inferred_from_the_country() -> None:
    parsed = parse_report(report(occurred={"start": "2025-04-01T03:00:00"},
                                 location={"name": "Sudzha", "country": "RU"}))
    assert parsed.occurred is not None and parsed.occurred.tz == "Europe/Moscow"
    assert parsed.occurred.start == datetime(2025, 4, 1, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"colour": "red"}, "colour", "unknown field 'colour'"),
        ({"source": {"name": "x", "homepage": "y"}}, "source.homepage", "unknown field"),
        ({"source": None}, "source", "'source' is required"),
        ({"source": {"url": "https://example.org"}}, "source.name", "'source.name' is required"),
        ({"id": ""}, "id", "must not be empty"),
        ({"id": 7}, "id", "must be a string"),
        ({"stance": "claims"}, "stance", "expected one of"),
        ({"weapon": "shahed"}, "weapon", "expected one of"),
        ({"target": {"category": "energy.substation"}}, "target.category", "not a taxonomy code"),
        ({"occurred": {"start": "2025-03-21T05:00:00+02:00", "end": "2025-03-21T01:00:00+02:00"}},
         "occurred.end", "before"),
        ({"occurred": {"start": "yesterday", "tz": "Europe/Kyiv"}}, "occurred.start", "not an ISO 8601"),
        ({"occurred": {"start": "2025-03-21T02:00:00"}, "location": None}, "occurred.start", "no UTC offset"),
        ({"occurred": {"start": "2025-03-21", "tz": "Kyiv"}}, "occurred.tz", "not an IANA time zone"),
        ({"location": {"lat": 95, "lon": 30}}, "location.lat", "between"),
        ({"location": {"lat": float("nan"), "lon": 30}}, "location.lat", "finite"),
        ({"location": {"lat": 50, "lon": float("inf")}}, "location.lon", "finite"),
        ({"location": {"country": "UA", "precision_km": float("nan")}}, "location.precision_km", "finite"),
        ({"location": {"lat": 50.0}}, "location.lon", "go together"),
        ({"location": {"country": "Ukraine"}}, "location.country", "alpha-2"),
        ({"count": -3}, "count", "whole number"),
        ({"aggregate": "yes"}, "aggregate", "true or false"),
        ({"relates_to": "r1"}, "relates_to", "itself"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_bad_fields_are_named(changes: dict[str, Any], field: str, message: str) -> None:
    data = report()
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    with pytest.raises(ReportError) as caught:
        parse_report(data)
    assert caught.value.field == field
    assert message in caught.value.message


def test_typo_in_field_gets_a_suggestion() -> None:
    with pytest.raises(ReportError, match="did you mean 'claimant'"):
        parse_report({**report(), "claimnt": "UA"})


def test_bad_rows_go_to_rejects_and_good_rows_go_in(db: Path, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [
        report(id="a"),
        "{not json",
        report(id="b", stance="claims"),
        "",
        report(id="a"),  # duplicate id within the file
        report(id="c", aggregate=True, count=145),
    ])
    [result] = api.ingest(db, [src])
    assert (result.rows_read, result.ingested, result.rejected) == (5, 2, 3)
    rejects = [json.loads(line) for line in Path(result.rejects_file or "").read_text().splitlines()]
    assert [r["line"] for r in rejects] == [2, 3, 5]
    assert rejects[1]["field"] == "stance"
    assert "duplicate id 'a' (first at line 1)" in rejects[2]["reason"]
    assert rejects[0]["raw"].startswith("{not json")
    assert api.status(db)["reports"] == 2


def test_strict_aborts_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [report(id="a"), report(id="b", weapon="laser")])
    with pytest.raises(ValidationFailed) as caught:
        api.ingest(db, [src], strict=True)
    assert f"{src}:2" in str(caught.value) and "weapon" in str(caught.value)
    assert api.status(db)["reports"] == 0
    assert not (tmp_path / "in.jsonl.rejects.jsonl").exists()


def test_ingesting_twice_changes_nothing(db: Path, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [report(id="a"), report(id="b")])
    first = api.ingest(db, [src])[0]
    second = api.ingest(db, [src])[0]
    assert (first.ingested, first.unchanged) == (2, 0)
    assert (second.ingested, second.unchanged) == (0, 2)
    with api.open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (1,)
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (2,)


def test_same_id_with_other_content_is_a_conflict(db: Path, tmp_path: Path) -> None:
    api.ingest(db, [write_jsonl(tmp_path / "one.jsonl", [report(id="a")])])
    other = write_jsonl(tmp_path / "two.jsonl", [report(id="b"), report(id="a", actor="UA")])
    with pytest.raises(InputError, match="already in the store with different content") as caught:
        api.ingest(db, [other])
    assert f"{other}:2" in str(caught.value)
    assert api.status(db)["reports"] == 1  # nothing of two.jsonl went in


def test_empty_and_binary_files_are_clear_errors(db: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(InputError, match="empty"):
        api.ingest(db, [empty], format="native")
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x01garbage\n")
    [result] = api.ingest(db, [binary], format="native")
    assert result.rejected == 1 and "UTF-8" in result.rejects[0].message


def test_provenance_keeps_file_and_line(db: Path, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [report(id="a"), report(id="b")])
    api.ingest(db, [src])
    with api.open_store(db, read_only=True) as store:
        rows = store.con.execute("SELECT id, input_file, input_line, format FROM reports ORDER BY id").fetchall()
    assert rows == [("a", str(src), 1, "native"), ("b", str(src), 2, "native")]
