"""One vocabulary: verdicts, conditions, statuses and grades are defined once (model) and every front end
reads them from there: the dashboard's JavaScript from GET /api/vocabulary, never from a copy."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from trucewatch import model
from trucewatch.adjudicate.conditions import CONDITION_NAMES
from trucewatch.web import create_app

SRC = Path(__file__).resolve().parents[2] / "src" / "trucewatch"
# where a verdict name may be written out: the vocabulary itself and the verdict rule that produces them
VERDICT_HOMES = {"model.py", "api/vocabulary.py", "adjudicate/conditions/__init__.py"}


def test_the_dashboard_reads_the_vocabulary_from_the_api(demo_db: Path) -> None:
    with TestClient(create_app(demo_db), base_url="http://127.0.0.1") as client:
        answer = client.get("/api/vocabulary").json()
    assert [v["id"] for v in answer["verdicts"]] == list(model.SEVERITY)
    assert sorted(model.SEVERITY) == sorted(model.VERDICTS)
    assert answer["conditions"] == list(model.CONDITIONS) == list(CONDITION_NAMES)
    assert answer["evidence_grades"] == list(model.GRADES)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", v["colour"]) for v in answer["verdicts"])
    script = (SRC / "web" / "static" / "dashboard.js").read_text(encoding="utf-8")
    assert "/api/vocabulary" in script


def test_no_other_file_spells_out_the_verdicts() -> None:
    # a file that quotes three or more verdicts holds a list of them: a copy that can drift
    quoted = re.compile("[\"']({})[\"']".format("|".join(model.VERDICTS)))
    copies = sorted(str(path.relative_to(SRC)) for path in SRC.rglob("*")
                    if path.is_file() and path.suffix in (".py", ".js", ".css", ".html", ".j2", ".sql")
                    and "vendor" not in path.parts and path.relative_to(SRC).as_posix() not in VERDICT_HOMES
                    and len(set(quoted.findall(path.read_text(encoding="utf-8")))) >= 3)
    assert copies == []
