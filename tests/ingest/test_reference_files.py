"""A folder or glob ingest names the reference files and documentation that come with report datasets
(weapon catalogues, facility registries, tables of administrative units, READMEs) and goes on with the
reports, instead of stopping on "cannot tell the format"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch import api
from trucewatch.cli import main
from trucewatch.errors import InputError, UserError

REPORT = {"id": "r1", "source": {"name": "Test desk", "published_at": "2025-03-20T08:00:00+02:00"},
          "actor": "RU", "occurred": {"start": "2025-03-20T02:00", "tz": "Europe/Kyiv"},
          "location": {"name": "Kharkiv", "country": "UA"}, "text": "A strike was reported."}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "dataset"
    data.mkdir()
    (data / "reports.jsonl").write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    (data / "weapons.csv").write_text("model,category,national_origin,type\nX-101,missile,russia,cruise\n",
                                      encoding="utf-8")
    (data / "plants.csv").write_text("country,name,gppd_idnr,capacity_mw,latitude,longitude\n"
                                     "UKR,Plant,WRI1,100,50.0,30.0\n", encoding="utf-8")
    (data / "refineries.csv").write_text("name_ru,latitude,longitude,capacity_mt_per_year\nA,55,50,3\n",
                                         encoding="utf-8")
    (data / "units.tsv").write_text("pcode\tparent_pcode\tname_en\nUA0102\tUA01\tX\n", encoding="utf-8")
    (data / "README.md").write_text("# About this dataset\n", encoding="utf-8")
    (data / "reports.jsonl.rejects.jsonl").write_text("", encoding="utf-8")  # an earlier run's, never read
    return data


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.duckdb"
    api.init_store(path, load_shipped=False)
    return path


def test_folder_ingest_names_reference_files_and_ingests_the_reports(db: Path, folder: Path) -> None:
    results = {Path(r.file).name: r for r in api.ingest(db, [folder], embed=False)}
    assert results["reports.jsonl"].status == "written" and results["reports.jsonl"].ingested == 1
    expected = {"weapons.csv": "catalogue of missile and drone models", "plants.csv": "power-plant registry",
                "refineries.csv": "facilities with positions", "units.tsv": "administrative units",
                "README.md": "documentation"}
    for name, what in expected.items():
        assert results[name].status == "skipped" and what in results[name].notes[0], name
    assert "reports.jsonl.rejects.jsonl" not in results
    assert api.status(db)["reports"] == 1


def test_only_reference_files_is_a_clear_error(db: Path, folder: Path) -> None:
    with pytest.raises(UserError, match=r"nothing to ingest: weapons\.csv is a catalogue"):
        api.ingest(db, [folder / "weapons.csv"], embed=False)
    assert api.status(db)["reports"] == 0


def test_a_given_format_reads_the_file_as_that_format(db: Path, folder: Path) -> None:
    # read as ACLED it lacks ACLED's columns: refused with that reason, never skipped
    with pytest.raises(InputError, match="missing required column"):
        api.ingest(db, [folder / "weapons.csv"], format="acled", embed=False)


def test_cli_lists_skipped_files_and_exits_0(db: Path, folder: Path) -> None:
    outcome = CliRunner().invoke(main, ["ingest", "--db", str(db), "--no-embed", str(folder)])
    assert outcome.exit_code == 0, outcome.output
    assert "skipped" in outcome.output and "weapons.csv is a catalogue" in outcome.output
