"""Findings exports written batch by batch: the same bytes as the whole-list forms, every finding once, and
an unknown agreement refused before anything is written."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from trucewatch import api
from trucewatch.cli import main
from trucewatch.cli.core_commands import TABLE_ROWS
from trucewatch.errors import NotFound
from trucewatch.report import ReportResult, findings_csv, findings_geojson
from trucewatch.report.exports import write_export as _write_export
from trucewatch.web.app import create_app

AGREEMENT = "energy-moratorium-2025"


def _whole(fmt: str, rows: list[dict[str, object]]) -> str:
    if fmt == "json":
        return api.findings_json(rows)
    if fmt == "csv":
        return findings_csv(rows)
    return json.dumps(findings_geojson(rows), ensure_ascii=False)


def _streamed(fmt: str, batches: object) -> str:
    chunks = {"json": api.json_chunks, "csv": api.csv_chunks, "geojson": api.geojson_chunks}[fmt]
    return "".join(chunks(batches))  # type: ignore[operator]


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson"])
@pytest.mark.parametrize("batch", [1, 7, 5000])
def test_streamed_exports_are_the_whole_list_bytes(demo_db: Path, fmt: str, batch: int) -> None:
    rows = api.findings(demo_db, everything=True)
    assert len(rows) > 7 * 3  # several batches of 7, a last one part full
    streamed = _streamed(fmt, api.findings_batches(demo_db, everything=True, batch=batch))
    assert streamed == _whole(fmt, list(rows))  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson"])
def test_streamed_exports_of_nothing_are_the_whole_list_bytes(demo_db: Path, fmt: str) -> None:
    batches = api.findings_batches(demo_db, agreement=AGREEMENT, incident="inc:no-such-incident")
    assert _streamed(fmt, batches) == _whole(fmt, [])
    assert _streamed(fmt, []) == _whole(fmt, [])
    assert _streamed(fmt, [[], []]) == _whole(fmt, [])


# batches that straddle the queries, batches that divide them, batches larger than QUERY_ROWS (which then
# query a batch at a time); each query judges its keys afresh (about 0.2 s here), so the sizes are tens, not
# units: the same boundaries, eight queries rather than eighty
@pytest.mark.parametrize(("query_rows", "batch"), [(50, 30), (60, 30), (30, 50)])
def test_keys_judged_in_several_queries_give_the_same_rows(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                           query_rows: int, batch: int) -> None:
    """The store is queried QUERY_ROWS keys at a time and the rows handed out ``batch`` at a time: however the
    two divide, every finding comes once, in order."""
    findings_module = importlib.import_module("trucewatch.api.findings")  # the package's `findings` is a function
    listed = api.findings(demo_db, everything=True)
    assert len(listed) > 3 * max(query_rows, batch)  # several queries, whichever size steps them
    monkeypatch.setattr(findings_module, "QUERY_ROWS", query_rows)
    batches = list(api.findings_batches(demo_db, everything=True, batch=batch))
    assert all(0 < len(b) <= batch for b in batches)
    assert [r for b in batches for r in b] == listed


def test_batches_follow_the_filters_and_count_agrees(demo_db: Path) -> None:
    for filters in ({}, {"agreement": AGREEMENT}, {"everything": True}, {"verdict": ["not_covered"]},
                    {"agreement": AGREEMENT, "limit": 3}):
        listed = api.findings(demo_db, **filters)  # type: ignore[arg-type]
        batches = list(api.findings_batches(demo_db, batch=4, **filters))  # type: ignore[arg-type]
        assert all(0 < len(b) <= 4 for b in batches)
        assert [r for b in batches for r in b] == listed
        if "limit" not in filters:
            assert api.findings_count(demo_db, **filters) == len(listed)  # type: ignore[arg-type]
        if "limit" not in filters and "everything" not in filters:
            # one pass for the table: how many are shown and how many lie outside the reach
            counted = api.findings_counts(demo_db, **filters)  # type: ignore[arg-type]
            assert counted[1] > 0 or filters  # the demo holds findings outside the reach
            assert counted == (len(listed), api.findings_outside(demo_db, **filters))  # type: ignore[arg-type]
            assert counted[0] + counted[1] == api.findings_count(demo_db, **filters, everything=True)  # type: ignore[arg-type]


def test_an_unknown_agreement_is_refused_before_any_row(demo_db: Path, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no agreement 'nope'"):
        api.findings_batches(demo_db, agreement="nope")  # raised on the call, not on the first batch
    with pytest.raises(NotFound):
        api.findings_count(demo_db, agreement="nope")
    runner = CliRunner()
    for fmt in ("table", "json", "csv"):
        result = runner.invoke(main, ["findings", "--db", str(demo_db), "--agreement", "nope", "--format", fmt])
        assert result.exit_code == 2, result.output
        assert "no agreement 'nope'" in result.output
        assert not result.stdout.strip() or "no agreement" in result.stdout
    out = tmp_path / "report"
    result = runner.invoke(main, ["report", "--db", str(demo_db), "--agreement", "nope", "--out", str(out)])
    assert result.exit_code == 2 and "no agreement 'nope'" in result.output
    assert not out.exists() or not any(out.rglob("*"))


def test_cli_json_and_csv_write_every_finding(demo_db: Path) -> None:
    runner = CliRunner()
    rows = api.findings(demo_db, agreement=AGREEMENT)
    got = runner.invoke(main, ["findings", "--db", str(demo_db), "--agreement", AGREEMENT, "--format", "json"])
    assert got.exit_code == 0, got.output
    assert got.stdout == api.findings_json(rows)
    got = runner.invoke(main, ["findings", "--db", str(demo_db), "--agreement", AGREEMENT, "--format", "csv"])
    assert got.exit_code == 0, got.output
    assert got.stdout == findings_csv(rows)


def test_cli_table_shows_a_first_page_and_says_how_many_more(demo_db: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import trucewatch.cli.core_commands as commands

    total = api.findings_count(demo_db)
    assert total > 5
    monkeypatch.setattr(commands, "TABLE_ROWS", 5)
    runner = CliRunner()
    got = runner.invoke(main, ["findings", "--db", str(demo_db), "--utc"], terminal_width=400)
    assert got.exit_code == 0, got.output
    assert f"Findings (5 of {total})" in got.output
    assert f"showing 5 of {total} findings; --limit N, or --format csv/json for all" in got.output
    # --limit is what the user asked for: no note
    got = runner.invoke(main, ["findings", "--db", str(demo_db), "--limit", "3"], terminal_width=400)
    assert got.exit_code == 0 and "Findings (3)" in got.output and "showing" not in got.output
    # all of them fit: no note
    monkeypatch.setattr(commands, "TABLE_ROWS", total)
    got = runner.invoke(main, ["findings", "--db", str(demo_db)], terminal_width=400)
    assert got.exit_code == 0 and f"Findings ({total})" in got.output and "showing" not in got.output
    assert TABLE_ROWS == 200


def test_web_export_streams_the_same_bytes(demo_db: Path) -> None:
    client = TestClient(create_app(demo_db), base_url="http://127.0.0.1", raise_server_exceptions=False)
    rows = api.findings(demo_db, agreement=AGREEMENT)
    for fmt, media in (("json", "application/json"), ("csv", "text/csv; charset=utf-8"),
                       ("geojson", "application/geo+json")):
        got = client.get(f"/api/export/findings.{fmt}", params={"agreement": AGREEMENT})
        assert got.status_code == 200 and got.headers["content-type"] == media
        assert got.content == _whole(fmt, list(rows)).encode("utf-8")  # type: ignore[arg-type]
    got = client.get("/api/export/findings.csv", params={"agreement": "nope"})
    assert got.status_code == 404 and "no agreement 'nope'" in got.json()["error"]


def test_report_exports_are_streamed_whole_and_atomic(demo_db: Path, demo_report: ReportResult) -> None:
    rows = api.findings(demo_db)
    result = demo_report  # build_report(demo_db, <a folder of its own>), built once for the session
    folder = result.folder
    assert (folder / "findings.json").read_text(encoding="utf-8") == api.findings_json(rows)
    assert (folder / "findings.csv").read_text(encoding="utf-8") == findings_csv(rows)
    assert (folder / "findings.geojson").read_text(encoding="utf-8") == _whole("geojson", list(rows)) + "\n"
    # the count the page gives is the number of findings written
    assert f"{len(rows)} findings in this report" in result.report.read_text(encoding="utf-8")
    assert not list(folder.glob(".*.tmp"))


def test_an_export_that_fails_part_way_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "findings.json"
    target.write_text("previous\n", encoding="utf-8")

    def failing() -> object:
        yield "[\n  {"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        _write_export(target, failing(), 1000)  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.json"]
    # over the threshold part way: the compressed file holds every chunk, the plain one is gone
    import gzip

    chunks = [f"chunk {n}\n" * 50 for n in range(20)]
    written = _write_export(target, iter(chunks), 1000)
    assert written.name == "findings.json.gz" and not target.exists()
    assert gzip.decompress(written.read_bytes()).decode("utf-8") == "".join(chunks)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.json.gz"]
    # under it again: the plain file, and no stale .gz
    written = _write_export(target, iter(["small\n"]), 1000)
    assert written == target and target.read_text(encoding="utf-8") == "small\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.json"]


@pytest.mark.parametrize("value", [
    {"text": "quote \" backslash \\ line\u2028sep ü \n", "n": [1, -0.0, 1e16, 1.0000000000000002, None, True, False],
     "empty": {}, "none": [], "nested": {"deep": [{"x": float("nan")}, {"y": float("-inf")}]}, "big": -2**70},
    [], {}, "only a string", 3.25,
])
def test_the_json_writer_gives_the_standard_library_bytes(value: object) -> None:
    """The export's own indenting writer (the C string encoder) against json.dumps(indent=2), byte for byte."""
    rows = [value, {"row": 2}]
    assert "".join(api.json_chunks([rows[:1], rows[1:]])) == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def _awkward_rows() -> list[dict[object, object]]:
    """Rows a findings writer may meet: reasons shared by several rows (one list, as ``api.iter_findings``
    gives them), reasons equal as Python values but written differently (1, 1.0, True), text that needs
    quoting or a formula guard, missing and non-finite coordinates, a key that is not text."""
    shared = [{"condition": "party", "status": "pass", "detail": "=SUM(A1) \"quoted\", line\nbreak\r"},
              {"condition": "time", "status": "uncertain", "detail": None}]
    rows: list[dict[object, object]] = []
    for n, odd in enumerate([1, 1.0, True, "1", None, [1, "x"], {"k": 2}]):
        rows.append({"agreement": "a", "incident": f"-inc:{n}", "reports": ["r1", "r;2"] if n % 2 else [],
                     "reasons": shared if n % 3 else [{"condition": "act", "status": "pass", "detail": odd}],
                     "actor": "+ party" if n else "@x", "lat": [48.5, None, float("nan"), 3][n % 4],
                     "lon": [35, 30.25, float("inf"), -0.0][n % 4], "note": odd, "number": "-33.5"})
    rows.append({"agreement": "b", 7: "a key that is not text", "reasons": [], "lat": None, "lon": None})
    rows.append({"agreement": "c", "reasons": [{"condition": 1, "status": "pass", "detail": "d"}, "not a dict"]})
    return rows


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson"])
def test_the_fast_writers_give_the_whole_list_bytes_on_awkward_rows(fmt: str) -> None:
    """Each distinct reason is written once and its text reused: never for another value that is only equal
    to it (1, 1.0 and True), nor after the memo empties itself."""
    rows = _awkward_rows() * 3
    whole = _whole(fmt, rows)  # type: ignore[arg-type]
    assert _streamed(fmt, [rows[:5], rows[5:11], [], rows[11:]]) == whole
    findings_stream = importlib.import_module("trucewatch.api.findings_stream")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(findings_stream, "MEMO_SIZE", 2)
        assert _streamed(fmt, [rows[:4], rows[4:]]) == whole


def test_read_ahead_keeps_order_raises_errors_here_and_stops_its_reader() -> None:
    from trucewatch.report.exports import read_ahead

    assert list(read_ahead(iter(range(50)), depth=3)) == list(range(50))
    assert list(read_ahead([])) == []

    def failing() -> object:
        yield 1
        raise ValueError("store changed")

    got = []
    with pytest.raises(ValueError, match="store changed"):
        for item in read_ahead(failing()):  # type: ignore[call-overload]
            got.append(item)
    assert got == [1]
    closed = []

    def endless() -> object:
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            closed.append(True)

    taken = read_ahead(endless(), depth=2)  # type: ignore[call-overload]
    assert [next(taken) for _ in range(3)] == [0, 1, 2]
    taken.close()
    assert closed == [True]  # the source closed (its store released) before close() returned


def test_an_export_whose_writing_fails_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing (encoding, compressing, the disk) runs beside the making of the text: a failure there is
    raised to the caller and no file of the three is left, whole or part."""
    from trucewatch.report import exports

    calls = []
    original = exports.Export.write

    def write(self: exports.Export, chunk: str) -> None:
        calls.append(self.path.name)
        if len(calls) == 5:
            raise OSError("disk full")
        original(self, chunk)

    monkeypatch.setattr(exports.Export, "write", write)
    rows = [_awkward_rows()[:3]] * 4
    with pytest.raises(OSError, match="disk full"):
        exports.write_findings(tmp_path, rows, 1000)
    assert list(tmp_path.iterdir()) == []
