"""Times in the CLI's tables: in the agreement's zone where one is in view, in the zone the store's
agreements share (else UTC, labelled) where none is, UTC with --utc; whole local days written as dates,
also across a clock change; json always UTC."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from trucewatch.cli import main


def run(*args: str, code: int = 0) -> str:
    # wide enough that no time is folded over two lines
    result = CliRunner(env={"COLUMNS": "400"}).invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


def lines_of(output: str, needle: str) -> list[str]:
    return [line for line in output.splitlines() if needle in line]


# ------------------------------------------------------------------------------------------- findings
def test_findings_in_the_agreements_zone_with_whole_days_as_dates(kyiv_db: Path) -> None:
    out = run("findings", "--db", str(kyiv_db), "--agreement", "kyiv-pause")
    assert "when (Europe/Kyiv)" in out
    (day,) = lines_of(out, "inc:r-day")
    assert "│ 2025-03-26 " in day  # 2025-03-25 22:00 – 2025-03-26 22:00 UTC, the whole of 26 March in Kyiv
    (dst,) = lines_of(out, "inc:r-dst")
    assert "│ 2025-03-30 " in dst  # the 23-hour day of the clock change is still one day
    (span,) = lines_of(out, "inc:r-span")
    assert "│ 2025-03-29 – 2025-03-31 " in span  # across the change, the last day included
    (exact,) = lines_of(out, "inc:r-exact")
    assert "│ 2025-03-27 02:30–04:00 EET " in exact
    (india,) = lines_of(out, "inc:r-india")  # a whole day in India is not one in Kyiv
    assert "│ 2025-03-27 20:30 – 2025-03-28 20:30 EET " in india


def test_findings_utc(kyiv_db: Path) -> None:
    out = run("findings", "--db", str(kyiv_db), "--agreement", "kyiv-pause", "--utc")
    assert "when (UTC)" in out and "when (Europe/Kyiv)" not in out
    assert "│ 2025-03-25 22:00 – 2025-03-26 22:00 UTC " in lines_of(out, "inc:r-day")[0]
    assert "│ 2025-03-29 22:00 – 2025-03-30 21:00 UTC " in lines_of(out, "inc:r-dst")[0]
    assert "│ 2025-03-27 00:30–02:00 UTC " in lines_of(out, "inc:r-exact")[0]


def test_findings_json_and_csv_stay_utc(kyiv_db: Path) -> None:
    rows = json.loads(run("findings", "--db", str(kyiv_db), "--agreement", "kyiv-pause", "--format", "json"))
    day = next(r for r in rows if r["incident"] == "inc:r-day")
    assert (day["occurred_start"], day["occurred_end"]) == ("2025-03-25T22:00:00Z", "2025-03-26T22:00:00Z")
    assert "2025-03-25T22:00:00Z" in run("findings", "--db", str(kyiv_db), "--format", "csv")


def test_findings_of_agreements_in_two_zones(two_zone_db: Path) -> None:
    out = run("findings", "--db", str(two_zone_db), "--verdict", "alleged_violation")
    assert "when (agreement's zone)" in out  # each row in its own agreement's zone
    india = lines_of(out, "inc:r-india")
    assert any("│ 2025-03-28 " in line and "india-pause" in line for line in india)
    assert any("│ 2025-03-27 20:30 – 2025-03-28 20:30 EET " in line and "kyiv-pause" in line for line in india)
    only = run("findings", "--db", str(two_zone_db), "--agreement", "india-pause")
    assert "when (Asia/Kolkata)" in only
    # half-hour zone: 2025-03-25 22:00 UTC is 03:30 the next morning in India
    assert "│ 2025-03-26 03:30 – 2025-03-27 03:30 IST " in lines_of(only, "inc:r-day")[0]


# ---------------------------------------------------------------------------------------- obligations
def test_obligations_deadline_and_detail_in_the_agreements_zone(kyiv_db: Path) -> None:
    out = run("obligations", "--db", str(kyiv_db))
    assert "deadline (Europe/Kyiv)" in out and "detail (times in Europe/Kyiv)" in out
    (ru,) = [line for line in lines_of(out, "kyiv-pause") if "│ RU " in line]
    # the end of 27 March in Kyiv, not 22:00 UTC
    assert "│ overdue " in ru and "│ 2025-03-28 00:00 EET " in ru
    assert "no report of prisoner_exchange by the deadline 2025-03-28 00:00 EET" in ru
    assert "22:00" not in ru


def test_obligations_utc(kyiv_db: Path) -> None:
    out = run("obligations", "--db", str(kyiv_db), "--utc")
    assert "deadline (UTC)" in out
    (ru,) = [line for line in lines_of(out, "kyiv-pause") if "│ RU " in line]
    assert "│ 2025-03-27 22:00 UTC " in ru and "by the deadline 2025-03-27 22:00 UTC" in ru


def test_obligations_json_keeps_the_stored_utc_detail(kyiv_db: Path) -> None:
    rows = json.loads(run("obligations", "--db", str(kyiv_db), "--format", "json"))
    assert {r["party"] for r in rows} == {"RU", "UA"}
    for row in rows:
        assert row["detail"] == "no report of prisoner_exchange by the deadline 2025-03-27 22:00Z"
        assert row["deadline"] == "2025-03-27T22:00:00Z" and row["tz"] == "Europe/Kyiv"


# ------------------------------------------------------------------------- no agreement in view: tallies
def test_tallies_in_the_zone_of_the_stores_one_agreement(kyiv_db: Path) -> None:
    out = run("tallies", "--db", str(kyiv_db))
    assert "when (Europe/Kyiv)" in out and "│ 2025-03-28 " in lines_of(out, "r-tally")[0]
    utc = run("tallies", "--db", str(kyiv_db), "--utc")
    assert "when (UTC)" in utc and "│ 2025-03-27 22:00 – 2025-03-28 22:00 UTC " in lines_of(utc, "r-tally")[0]
    (row,) = json.loads(run("tallies", "--db", str(kyiv_db), "--format", "json"))
    assert row["occurred_start"] == "2025-03-27T22:00:00Z"


def test_tallies_in_utc_when_the_agreements_zones_differ(two_zone_db: Path) -> None:
    out = run("tallies", "--db", str(two_zone_db))
    assert "when (UTC)" in out and "│ 2025-03-27 22:00 – 2025-03-28 22:00 UTC " in lines_of(out, "r-tally")[0]


# ------------------------------------------------------------------------------------------ incidents
def test_incidents_list_for_an_agreement(two_zone_db: Path) -> None:
    out = run("incidents", "list", "--db", str(two_zone_db), "--agreement", "india-pause")
    assert "when (Asia/Kolkata)" in out
    assert "│ 2025-03-28 " in lines_of(out, "inc:r-india")[0]
    assert "│ 2025-03-26 03:30 – 2025-03-27 03:30 IST " in lines_of(out, "inc:r-day")[0]
    utc = run("incidents", "list", "--db", str(two_zone_db), "--agreement", "india-pause", "--utc")
    assert "when (UTC)" in utc and "│ 2025-03-27 18:30 – 2025-03-28 18:30 UTC " in lines_of(utc, "inc:r-india")[0]


def test_incidents_list_without_an_agreement(kyiv_db: Path, two_zone_db: Path) -> None:
    one = run("incidents", "list", "--db", str(kyiv_db))
    assert "when (Europe/Kyiv)" in one and "│ 2025-03-30 " in lines_of(one, "inc:r-dst")[0]
    two = run("incidents", "list", "--db", str(two_zone_db))
    assert "when (UTC)" in two and "│ 2025-03-29 22:00 – 2025-03-30 21:00 UTC " in lines_of(two, "inc:r-dst")[0]
    rows = json.loads(run("incidents", "list", "--db", str(kyiv_db), "--format", "json"))
    dst = next(r for r in rows if r["id"] == "inc:r-dst")
    assert (dst["occurred_start"], dst["occurred_end"]) == ("2025-03-29T22:00:00Z", "2025-03-30T21:00:00Z")


def test_incidents_list_leaves_out_what_the_agreement_cannot_concern(kyiv_db: Path) -> None:
    out = run("incidents", "list", "--db", str(kyiv_db), "--agreement", "kyiv-pause")
    assert "inc:r-late" not in out  # 10 April, after the window
    assert "1 incident(s) outside the agreement's windows and geography not shown (--all shows them)" in out
    everything = run("incidents", "list", "--db", str(kyiv_db), "--agreement", "kyiv-pause", "--all")
    assert "│ 2025-04-10 " in lines_of(everything, "inc:r-late")[0] and "not shown" not in everything
    result = CliRunner().invoke(main, ["incidents", "list", "--db", str(kyiv_db), "--agreement", "nope"])
    assert result.exit_code == 2 and "no agreement 'nope'" in result.output


def test_incident_show(kyiv_db: Path) -> None:
    out = run("incidents", "show", "--db", str(kyiv_db), "inc:r-span")
    assert "when: 2025-03-29 – 2025-03-31 (Europe/Kyiv)" in out
    assert "when (Europe/Kyiv)" in out and "│ 2025-03-29 – 2025-03-31 " in lines_of(out, "│ r-span ")[0]
    utc = run("incidents", "show", "--db", str(kyiv_db), "inc:r-span", "--utc")
    assert "when: 2025-03-28 22:00 – 2025-03-31 21:00 UTC (UTC)" in utc
    india = run("incidents", "show", "--db", str(kyiv_db), "r-india", "--agreement", "kyiv-pause")
    assert "when: 2025-03-27 20:30 – 2025-03-28 20:30 EET (Europe/Kyiv)" in india
    result = CliRunner().invoke(main, ["incidents", "show", "--db", str(kyiv_db), "r-india", "--agreement", "nope"])
    assert result.exit_code == 2 and "no agreement 'nope'" in result.output


# --------------------------------------------------------------------------------------------- status
def test_status_names_the_zone_of_the_last_run(kyiv_db: Path, two_zone_db: Path) -> None:
    out = run("status", "--db", str(kyiv_db))
    assert "last run judged as of (Europe/Kyiv)" in out
    assert "last run judged as of (UTC)" in run("status", "--db", str(two_zone_db))
    assert "last run judged as of (UTC)" in run("status", "--db", str(kyiv_db), "--utc")
    as_of = json.loads(run("status", "--db", str(kyiv_db), "--format", "json"))["last_run"]["as_of"]
    assert as_of.endswith("Z")


# --------------------------------------------------------------------------------------------- report
def test_report_writes_whole_days_as_dates_and_keeps_utc_in_tooltips(kyiv_db: Path, tmp_path: Path) -> None:
    run("report", "--db", str(kyiv_db), "--out", str(tmp_path / "report"))
    html = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    # the window, 00:00 25 March to the end of 1 April in Kyiv, across the clock change
    assert ">2025-03-25 – 2025-04-01</td>" in html
    assert 'title="UTC: 2025-03-28T22:00:00Z – 2025-03-31T21:00:00Z">2025-03-29 – 2025-03-31</span>' in html
    assert 'title="UTC: 2025-03-29T22:00:00Z – 2025-03-30T21:00:00Z">2025-03-30</span>' in html
    assert ">2025-03-27 02:30–04:00 EET</span>" in html
    # the tally and the run belong to no one agreement: the zone of the store's one agreement
    assert "when (Europe/Kyiv time)" in html and ">2025-03-28</td>" in html
    assert "00:00 – " not in html  # no whole day is written as midnight to midnight


def test_time_reasons_in_each_agreements_own_zone(two_zone_db: Path) -> None:
    # the window is written once per clause reading, each in its own agreement's zone; the incident's time
    # in that same zone
    rows = json.loads(run("findings", "--db", str(two_zone_db), "--all", "--format", "json"))
    time_reason = {(r["agreement"], r["incident"]): next(x["detail"] for x in r["reasons"] if x["condition"] == "time")
                   for r in rows}
    assert time_reason[("kyiv-pause", "inc:r-day")] == (
        "occurred 2025-03-26 00:00 to 2025-03-27 00:00, inside the window "
        "2025-03-25 00:00 to 2025-04-02 00:00 (Europe/Kyiv time)")
    assert time_reason[("india-pause", "inc:r-day")] == (
        "occurred 2025-03-26 03:30 to 2025-03-27 03:30, inside the window "
        "2025-03-25 00:00 to 2025-04-02 00:00 (Asia/Kolkata time)")
    assert time_reason[("kyiv-pause", "inc:r-late")] == (
        "occurred 2025-04-10 00:00 to 2025-04-11 00:00, after the window "
        "2025-03-25 00:00 to 2025-04-02 00:00 (Europe/Kyiv time)")
