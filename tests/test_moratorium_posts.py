"""End to end: Russian MoD-style posts from the 2025 moratorium window, as a Telegram export, become
allegations that the shipped energy-moratorium-2025 readings judge. The posts are written for this test in
the channel's formulae; the real channel's posts are not shipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch.cli import main

POSTS = [
    # 2025-03-19 07:40 MSK: an accusation of a drone strike on a named oil pumping station
    ("1742359200", "⚡️ В течение прошедшей ночи киевский режим атаковал ударными БПЛА объекты энергетики на "
                   "территории Российской Федерации. В результате удара беспилотников по нефтеперекачивающей "
                   "станции «Кропоткинская» в Краснодарском крае повреждено оборудование и возник пожар. "
                   "🔹 Минобороны России"),
    # 2025-03-20 07:10 MSK: a night's interception tally, kept apart as a tally
    ("1742443800", "В течение прошедшей ночи дежурными средствами ПВО уничтожены 12 украинских беспилотных "
                   "летательных аппаратов: 8 над территорией Брянской области и 4 над территорией Курской "
                   "области. 🔹 Минобороны России"),
    # 2025-03-21 09:00 MSK: a photo caption without words
    ("1742536800", ""),
]


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


@pytest.mark.slow
def test_moratorium_posts_are_judged_under_the_kremlin_reading(tmp_path: Path) -> None:
    messages = [{"id": number, "type": "message", "date": "2025-03-19T07:40:00", "date_unixtime": unix,
                 "text": text, **({"photo": "photos/1.jpg"} if not text else {})}
                for number, (unix, text) in enumerate(POSTS, start=1)]
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Минобороны России", "type": "public_channel", "id": 1,
                                  "messages": messages}, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    run("init", "--db", db)
    ingested = json.loads(run("ingest", "--db", db, "--output", "json", str(export)))[0]
    assert ingested["format"] == "telegram" and ingested["ingested"] == 3
    assert ingested["notes"][0].startswith("posts read 3 = 2 with reports + 1 skipped")
    run("assess", "--db", db)
    rows = json.loads(run("findings", "--db", db, "--agreement", "energy-moratorium-2025", "--format", "json"))
    kremlin = [row for row in rows if row["reading"] == "kremlin"]
    assert len(kremlin) == 1
    finding = kremlin[0]
    assert finding["actor"] == "UA"
    assert finding["verdict"] == "alleged_violation"
    reasons = {reason["condition"]: reason for reason in finding["reasons"]}
    assert reasons["target"]["status"] == "pass"
    assert "energy.oil.pumping_station" in reasons["target"]["detail"]
    assert "Кропоткинская" in reasons["target"]["detail"]
    assert reasons["time"]["status"] == "pass"
    tallies = json.loads(run("tallies", "--db", db, "--format", "json"))
    assert sorted(row["count"] for row in tallies if row.get("count") is not None) == [4, 8]
