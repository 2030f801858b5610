"""One CSV writer for every CSV trucewatch writes: RFC 4180 quoting, formula guard, fixed order."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from trucewatch.csv_writer import csv_text, guard

SRC = Path(__file__).resolve().parents[1] / "src"

HOSTILE = ["\r=1+2", "\n=HYPERLINK(\"http://evil.example\")", "\t@SUM(A1)", " -2+3", "+cmd", "=1+2",
           'say "hi", then\r\nleave', "plain", "-33.5", "1e5"]


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_carriage_returns_and_newlines_are_quoted_so_no_row_starts_with_a_formula() -> None:
    rows = [{"id": str(n), "value": value} for n, value in enumerate(HOSTILE)]
    text = csv_text(rows, ["id", "value"])
    parsed = _read(text)
    assert len(parsed) == len(HOSTILE) + 1  # no value broke into extra rows
    assert "\r=" not in text.replace('"\'\r=', "")  # the only CR before "=" is inside a quoted, guarded cell
    for (_, cell), value in zip(parsed[1:], HOSTILE, strict=True):
        if value in ("plain", "-33.5", "1e5"):
            assert cell == value
        else:
            assert cell == ("'" + value if re.match(r"^[\t\r\n ]*[=+\-@]", value) else value)


def test_guard_leaves_plain_numbers_and_text_alone() -> None:
    assert guard("-33.5") == "-33.5" and guard("+7") == "+7" and guard("Kherson") == "Kherson"
    assert guard("-1+2") == "'-1+2" and guard("\r\n=1") == "'\r\n=1"


def test_columns_and_cells_are_deterministic() -> None:
    rows = [{"b": {"y": 1, "x": 2}, "a": ["p", "q"], "extra": "ignored"}]
    assert csv_text(rows, ["a", "b", "missing"]) == 'a,b,missing\np;q,"{""x"": 2, ""y"": 1}",\n'


def test_findings_csv_and_acled_csv_use_the_writer() -> None:
    from trucewatch.report.exports import acled_csv, findings_csv

    row = {"agreement": "a", "location": "\r=1+2", "reasons": [{"condition": "time", "status": "fail",
                                                               "detail": "=bad"}]}
    parsed = _read(findings_csv([row]))
    assert len(parsed) == 2 and parsed[1][parsed[0].index("location")] == "'\r=1+2"
    acled = _read(acled_csv([{"event_id_cnty": "inc:1", "notes": "\n@x", "longitude": "-3.5000"}]))
    header = acled[0]
    assert acled[1][header.index("notes")] == "'\n@x" and acled[1][header.index("longitude")] == "-3.5000"


def test_no_other_module_writes_csv() -> None:
    offenders = [str(path.relative_to(SRC)) for path in SRC.rglob("*.py")
                 if path.name != "csv_writer.py" and re.search(r"csv\.(writer|DictWriter)\(", path.read_text("utf-8"))]
    assert offenders == []


@pytest.mark.parametrize("fmt", ["csv"])
def test_cli_findings_csv_is_guarded(tmp_path: Path, fmt: str) -> None:
    import json

    from click.testing import CliRunner

    from trucewatch import api
    from trucewatch.cli import main

    db = tmp_path / "store.duckdb"
    api.init_store(db, load_shipped=True)
    report = {"id": "r1", "source": {"name": "\r=1+2", "kind": "media", "published_at": "2025-03-20T09:00:00+02:00"},
              "actor": "RU", "stance": "alleges",
              "occurred": {"start": "2025-03-20T03:00", "tz": "Europe/Kyiv"},
              "location": {"name": "\r=SUM(1)", "country": "UA", "lat": 46.6, "lon": 32.6},
              "target": {"category": "energy"}, "weapon": "drone"}
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(report) + "\n", encoding="utf-8")
    api.ingest(db, [path])
    api.assess(db)
    result = CliRunner().invoke(main, ["findings", "--format", fmt, "--db", str(db)])
    assert result.exit_code == 0
    parsed = _read(result.stdout)
    assert len(parsed) > 1 and all(len(row) == len(parsed[0]) for row in parsed)
    assert {row[parsed[0].index("location")] for row in parsed[1:]} == {"'\r=SUM(1)"}
