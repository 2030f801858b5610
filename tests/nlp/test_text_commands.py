from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from trucewatch.cli import main


def test_extract_writes_native_jsonl(tmp_path: Path) -> None:
    article = tmp_path / "statement.txt"
    article.write_text("An hour after the call, Russian drones struck a substation in Sloviansk.\n", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "extract", str(article), "--published-at", "2025-03-19T08:00:00+02:00",
        "--anchor", "the call=2025-03-18T16:00:00+00:00",
    ])
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) == 1
    assert reports[0]["occurred"]["start"] == "2025-03-18T16:30:00+00:00"
    assert reports[0]["target"]["category"] == "energy.transmission.substation"


def test_extract_bad_input_exits_2_with_message(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = CliRunner().invoke(main, ["extract", str(binary)])
    assert result.exit_code == 2
    assert "x.txt" in result.output and "binary" in result.output
    result = CliRunner().invoke(main, ["extract", str(binary), "--anchor", "nonsense"])
    assert result.exit_code == 2 and "--anchor" in result.output


def test_eval_case_on_a_small_file(tmp_path: Path) -> None:
    tsv = tmp_path / "case.tsv"
    tsv.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tProtesters marched through the capital demanding reforms.\tPEACE_PROTEST\n"
        "2\tArtillery shelled the village overnight.\tART_MISS_ATTACK\n"
        "3\tTroops clashed with rebels near the border.\tARMED_CLASH\n"
        "4\tThe two sides signed a peace agreement.\tAGREEMENT\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "case", str(tsv)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    # the shipped rules are scored, and say so; extract reports the protest, the shelling and the clash,
    # not the agreement
    assert scores == {"n": 4, "accuracy": 1.0, "macro_f1": 1.0,
                      "method": "rules (shipped; nothing fitted on this file)", "with_report": 0.75}


def test_eval_acled_on_a_small_file(tmp_path: Path) -> None:
    csv_file = tmp_path / "acled.csv"
    csv_file.write_text(
        "event_date,sub_event_type,actor1,admin1,location,latitude,longitude,notes\n"
        '18/03/2025 00:00:00,Air/drone strike,Military Forces of Russia (2000-) Air Force,Kharkiv,Kharkiv,'
        '49.98,36.25,"On 18 March 2025, Russian forces carried out a drone strike on Kharkiv, Kharkiv."\n'
        '19/03/2025 00:00:00,Shelling/artillery/missile attack,Military Forces of Russia (2000-),Sumy,Sumy,'
        '50.91,34.80,"On 19 March 2025, Russian forces shelled Sumy, Sumy, with artillery."\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "acled", str(csv_file)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["n"] == 2
    for key in ("admin1_accuracy", "within_10km", "sub_event_type_accuracy", "side_accuracy", "date_accuracy"):
        assert scores[key] == 1.0, key


def test_eval_missing_columns(tmp_path: Path) -> None:
    tsv = tmp_path / "wrong.tsv"
    tsv.write_text("id\ttext\n1\thello\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "case", str(tsv)])
    assert result.exit_code == 2 and "missing column" in result.output
