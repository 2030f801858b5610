"""Text goes through the same ingest driver as every other format."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from trucewatch import api
from trucewatch.cli import main

ARTICLE = (
    "Ukraine's energy ministry said on Tuesday that Russian drones struck a substation near Sloviansk in "
    "Donetsk region overnight, cutting power to thousands of homes.\n"
)


def test_ingest_text_extracts_stores_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    api.init_store(db)
    article = tmp_path / "ministry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", str(db), "--text", "--output", "json", str(article)])
    assert first.exit_code == 0, first.output
    [result] = json.loads(first.output)
    assert result["format"] == "text" and result["ingested"] >= 1 and result["rejected"] == 0
    second = json.loads(runner.invoke(main, ["ingest", "--db", str(db), "--text", "--output", "json",
                                             str(article)]).output)[0]
    assert (second["ingested"], second["unchanged"]) == (0, result["ingested"])
    with api.open_store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT format, input_file, target_category, actor FROM reports WHERE format = 'text'").fetchall()
        logged = store.con.execute("SELECT count(*) FROM ingests WHERE format = 'text'").fetchone()
    assert ("text", str(article), "energy.transmission.substation", "RU") in rows
    assert logged == (1,)


def test_text_is_never_sniffed(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    api.init_store(db)
    article = tmp_path / "ministry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(article)])
    assert result.exit_code == 2 and "cannot tell the format" in result.output
