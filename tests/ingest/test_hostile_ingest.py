"""Ingest never raises to the top: hostile lines are rejects with line and reason, several files are honest
about what was written, and a bug exits 70 with one line and a traceback file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trucewatch import api
from trucewatch.cli import main

GOOD = {"id": "good-1", "source": {"name": "S", "published_at": "2025-03-20T09:00:00+02:00"},
        "occurred": {"start": "2025-03-20", "tz": "Europe/Kyiv"}, "location": {"country": "UA"}}


def _line(**changes: Any) -> str:
    return json.dumps({**GOOD, **changes})


HOSTILE_LINES = [
    ('{"id": "deep", "source": {"name": "s"}, "provenance": ' + "[" * 1000 + "]" * 1000 + "}", "nested more than"),
    ('{"id": "deep2", "source": {"name": "s"}, "provenance": ' + "[" * 40 + "]" * 40 + "}", "nested more than"),
    (_line(id="y1", occurred={"start": "0001-01-01", "tz": "Europe/Kyiv"}), "year 1;"),
    (_line(id="y9999", occurred={"start": "9999-12-31", "tz": "Europe/Kyiv"}), "year 9999;"),
    (_line(id="pub1", source={"name": "S", "published_at": "0001-01-01T00:00:00+02:00"}), "year 1;"),
    (_line(id="big", count=10**30), "beyond what a 64-bit integer holds"),
    (_line(id="killed", casualties={"killed": 2**63}), "beyond what a 64-bit integer holds"),
    ('{"id": "nan", "source": {"name": "S"}, "location": {"lat": NaN, "lon": 1}}', "NaN is not a number"),
    ('{"id": "inf", "source": {"name": "S"}, "location": {"lat": 1e400, "lon": 1}}', "too large to be a number"),
    ('{"id": "surrogate", "source": {"name": "S\\ud800"}}', "unpaired UTF-16 surrogate"),
]


def test_hostile_lines_are_rejects_and_good_lines_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    api.init_store(db, load_shipped=False)
    lines = [_line(), *(line for line, _ in HOSTILE_LINES), _line(id="good-2")]
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.open("ab").write(b'{"id": "latin1", "source": {"name": "\xe9"}}\n')
    sniffed = CliRunner().invoke(main, ["ingest", "--db", str(db), str(path)])
    # sniffing the format needs UTF-8: a clean refusal naming the line of the bad byte, nothing written
    assert sniffed.exit_code == 2 and f"{path}:{len(lines) + 1}: file is not UTF-8" in sniffed.output
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(path), "--format", "native",
                                       "--output", "json"])
    assert result.exit_code == 0, result.output
    [summary] = json.loads(result.stdout)
    assert summary["ingested"] == 2 and summary["rejected"] == len(HOSTILE_LINES) + 1
    reasons = {reject["line"]: reject["reason"] for reject in summary["rejects"]}
    for number, (_, expected) in enumerate(HOSTILE_LINES, start=2):
        assert expected in reasons[number], (number, reasons[number])
    assert "not valid UTF-8" in reasons[len(lines) + 1]
    rejects = [json.loads(row) for row in Path(summary["rejects_file"]).read_text(encoding="utf-8").splitlines()]
    assert [row["line"] for row in rejects] == sorted(reasons)


def test_limits_are_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "store.duckdb"
    api.init_store(db, load_shipped=False)
    path = tmp_path / "old.jsonl"
    path.write_text(_line(id="old", occurred={"start": "1850-06-01", "tz": "Europe/Kyiv"}) + "\n", encoding="utf-8")
    assert api.ingest(db, [path])[0].rejected == 1
    monkeypatch.setenv("TRUCEWATCH_LIMIT_MIN_YEAR", "1800")
    assert api.ingest(db, [path])[0].ingested == 1
    monkeypatch.setenv("TRUCEWATCH_LIMIT_JSON_DEPTH", "lots")
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(path)])
    assert result.exit_code == 2 and "TRUCEWATCH_LIMIT_JSON_DEPTH='lots' is not a whole number" in result.output


def test_every_limit_is_documented() -> None:
    from dataclasses import fields

    from trucewatch.limits import Limits, env_name

    docs = (Path(__file__).resolve().parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")
    for item in fields(Limits):
        assert f"`{env_name(item.name)}`" in docs, f"{env_name(item.name)} is not in docs/formats.md"
        assert f"{getattr(Limits, item.name):,}".replace(",", "") in docs.replace(",", "").replace("_", "")


# ---------------------------------------------------------------------------------------------- many files
@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.jsonl"
    good.write_text(_line() + "\n" + _line(id="good-2") + "\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(_line(id="row-ok") + "\nnot json\n", encoding="utf-8")
    return {"good": good, "bad": bad, "rows": rows}


def _store(tmp_path: Path) -> Path:
    db = tmp_path / "store.duckdb"
    api.init_store(db, load_shipped=False)
    return db


def test_without_strict_each_file_stands_alone_and_exit_3_names_the_refused(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    db = _store(tmp_path)
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(files["good"]), str(files["bad"])])
    assert result.exit_code == 3, result.output
    assert re.search(r"good\.jsonl.*written", result.stdout) and re.search(r"bad\.csv.*refused", result.stdout)
    assert f"refused {files['bad']} (nothing of it written)" in result.stdout
    assert api.status(db)["reports"] == 2
    again = CliRunner().invoke(main, ["ingest", "--db", str(db), str(files["bad"]), str(files["good"]),
                                      "--output", "json"])
    assert again.exit_code == 3
    by_file = {Path(item["file"]).name: item for item in json.loads(again.stdout)}
    assert by_file["bad.csv"]["status"] == "refused" and "cannot tell the format" in by_file["bad.csv"]["error"]
    assert by_file["good.jsonl"]["status"] == "written" and by_file["good.jsonl"]["unchanged"] == 2


def test_every_file_refused_is_exit_2_listing_each(tmp_path: Path, files: dict[str, Path]) -> None:
    db = _store(tmp_path)
    other = tmp_path / "missing.jsonl"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(files["bad"]), str(other)])
    assert result.exit_code == 2
    assert "none of the 2 files was ingested" in result.output
    assert str(files["bad"]) in result.output and str(other) in result.output


@pytest.mark.parametrize("order", [("good", "bad"), ("good", "rows"), ("rows", "good")])
def test_strict_is_one_transaction_over_all_files(tmp_path: Path, files: dict[str, Path],
                                                  order: tuple[str, str]) -> None:
    db = _store(tmp_path)
    stale = files["good"].with_name("good.jsonl.rejects.jsonl")
    stale.write_text("{}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--strict", "--db", str(db), *(str(files[n]) for n in order)])
    assert result.exit_code == 2, result.output
    assert api.status(db)["reports"] == 0  # nothing of the good file either
    assert stale.exists()  # no file on disk changed for a transaction that rolled back
    assert not files["rows"].with_name("rows.jsonl.rejects.jsonl").exists()


def test_strict_over_good_files_writes_all(tmp_path: Path, files: dict[str, Path]) -> None:
    db = _store(tmp_path)
    other = tmp_path / "other.jsonl"
    other.write_text(_line(id="other-1") + "\n", encoding="utf-8")
    results = api.ingest(db, [files["good"], other], strict=True)
    assert [r.ingested for r in results] == [2, 1] and api.status(db)["reports"] == 3


# ------------------------------------------------------------------------------------------- internal errors
def test_a_bug_exits_70_with_one_line_and_a_traceback_file(
    tmp_path: Path, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _store(tmp_path)

    def broken(*_: object, **__: object) -> None:
        raise KeyError("simulated bug")

    monkeypatch.setattr("trucewatch.ingest.driver.ingest_file", broken)
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(files["good"])])
    assert result.exit_code == 70
    [message] = result.stderr.strip().splitlines()
    assert message.startswith("internal error [KeyError]: 'simulated bug'")
    traceback_file = Path(message.rsplit("the traceback is in ", 1)[1])
    try:
        assert "Traceback" in traceback_file.read_text(encoding="utf-8")
    finally:
        traceback_file.unlink()


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_generic_json_records_that_are_too_deep_or_not_numbers_are_rejects(tmp_path: Path, fmt: str) -> None:
    db = _store(tmp_path)
    fixtures = Path(__file__).parent / "fixtures"
    mapping = tmp_path / "mapping.yaml"
    text = (fixtures / "generic_json_mapping.yaml").read_text(encoding="utf-8")
    mapping.write_text(text.replace("format: json\nrecords: data.items\n", f"format: {fmt}\n"
                                    + ("records: items\n" if fmt == "json" else "")), encoding="utf-8")
    good = ('{"ref": 1, "when": "2025-04-20", "place": "Odesa", "lat": 46.48, "lon": 30.72, "what": "port", '
            '"who": "russian army"}')
    deep = '{"ref": 2, "when": ' + "[" * 1000 + "]" * 1000 + "}"
    nan = '{"ref": 3, "when": "2025-04-20", "lat": NaN, "lon": 30.7}'
    path = tmp_path / f"records.{fmt}"
    if fmt == "jsonl":
        path.write_text("\n".join([good, deep, nan]) + "\n", encoding="utf-8")
        [result] = api.ingest(db, [path], format="generic", mapping=mapping)
        assert result.ingested == 1 and result.rejected == 2
        assert [p.where.line for p in result.rejects] == [2, 3]
    else:
        deep40 = '{"ref": 2, "when": ' + "[" * 40 + "]" * 40 + "}"
        path.write_text('{"items": [' + ", ".join([good, nan, deep40]) + "]}", encoding="utf-8")
        [result] = api.ingest(db, [path], format="generic", mapping=mapping)
        assert result.ingested == 1 and result.rejected == 2
        assert "too large" in result.rejects[0].message and "nested more than" in result.rejects[1].message
        # too deep for the JSON parser itself (on every Python version): a clean refusal of the file
        deep = '{"ref": 2, "when": ' + "[" * 100_000 + "]" * 100_000 + "}"
        path.write_text('{"items": [' + ", ".join([good, deep]) + "]}", encoding="utf-8")
        result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(path), "--format", "generic",
                                           "--mapping", str(mapping)])
        assert result.exit_code == 2 and "nested too deeply" in result.output
