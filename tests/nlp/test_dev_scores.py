"""scripts/dev_scores.py: every development score in one run, each with its interval; evals whose data is absent
are named as skipped, never left out silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trucewatch.nlp.evaluate_cir import CIR_COLUMNS

from .ucdp_scripts import ids_of_half, load_script, write_rows


def test_scores_what_is_there_and_names_what_is_not(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = load_script("dev_scores")
    data = tmp_path / "data"
    (data / "cir_events_2022").mkdir(parents=True)
    write_rows(data / "cir_events_2022" / "events.csv", CIR_COLUMNS, [
        {"entry": entry, "title": "Shelling of a school in Kramatorsk", "brief description": "", "lat": "48.7389",
         "lon": "37.5848", "country": "Ukraine", "province": "Donetsk Oblast", "town/city": "Kramatorsk"}
        for entry in ids_of_half("tuning", 3)])
    out = tmp_path / "scores.json"
    only = ["--only", "monitor map", "--only", "ACLED", "--only", "blogger", "--only", "MoD", "--only", "channels 2"]
    assert script.main(["--data", str(data), "--json", str(out), "--no-paragraphs", *only]) == 0
    table = capsys.readouterr()
    assert "| monitor map | tuning | 3 | with_report 1 (0.4385–1); named_town_within_10km 1" in table.out
    assert "skipped: ACLED (tuning):" in table.err and "acled_ukraine_sample.csv is absent" in table.err
    assert "skipped: blogger (tuning):" in table.err
    written = json.loads(out.read_text(encoding="utf-8"))
    labels = [(row["eval"], row["half"]) for row in written["rows"]]
    # the project-written channel batches need no shared data
    assert ("monitor map", "tuning") in labels and ("channels 2", "all") in labels
    assert ("monitor map", "check") not in labels  # check halves only when asked for
    assert any("MoD" in line for line in written["skipped"])
    # --only scored those evals and no other (the other channel batches were left out)
    assert {label for label, _ in labels} == {"monitor map", "channels 2"}
    assert not any("blogger extra" in line or "MoD extra" in line for line in written["skipped"])


def test_only_an_unknown_eval_exits_2_naming_the_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = load_script("dev_scores")
    assert script.main(["--data", str(tmp_path), "--no-paragraphs", "--only", "monitor-map"]) == 2
    err = capsys.readouterr().err
    assert "--only 'monitor-map' is no eval's label" in err and "monitor map, ACLED," in err
