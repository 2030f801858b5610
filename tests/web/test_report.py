"""The offline HTML report and its exports, built from the demo store plus hostile reports."""

from __future__ import annotations

import csv
import gzip
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch import api
from trucewatch.cli import main
from trucewatch.report import ReportResult, build_report, findings_csv, safe_url

from .conftest import HOSTILE_INCIDENT


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def built(demo_report: ReportResult) -> tuple[Path, Collector]:
    parsed = Collector()
    parsed.feed(demo_report.report.read_text(encoding="utf-8"))
    return demo_report.folder, parsed


def test_report_is_self_contained_and_runs_nothing(built: tuple[Path, Collector]) -> None:
    _, parsed = built
    assert not [t for t, _ in parsed.tags if t in ("script", "iframe", "object", "embed", "link")]
    for tag, attrs in parsed.tags:
        assert not [k for k in attrs if k.startswith("on")], f"event handler on <{tag}>"
        if tag == "img":
            assert (attrs["src"] or "").startswith("data:image/png;base64,")
        if tag == "a":
            href = attrs["href"] or ""
            assert href.startswith(("#", "https://", "http://")), href
    csp = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0] or "")


def test_hostile_text_is_shown_as_text(built: tuple[Path, Collector]) -> None:
    out, parsed = built
    text = "".join(parsed.text)
    assert "<img src=x onerror=alert(1)>" in text  # the literal characters, as text
    assert "Kharkiv <script>alert(3)</script>" in text
    assert not [a for t, a in parsed.tags if t == "img" and a.get("src") == "x"]
    assert not [a for t, a in parsed.tags if t == "a" and "javascript" in (a.get("href") or "")]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_report_content_per_agreement(built: tuple[Path, Collector], demo_db: Path) -> None:
    out, parsed = built
    text = " ".join(parsed.text)
    for agreement in ("energy-moratorium-2025", "black-sea-2025", "easter-truce-2025", "victory-day-truce-2025"):
        assert (out / "plots" / f"{agreement}-timeline.png").read_bytes()[:4] == b"\x89PNG"
        assert (out / "plots" / f"{agreement}-map.png").read_bytes()[:4] == b"\x89PNG"
    assert re.search(r"Under the us reading \d+ more incidents? (is|are) in scope than under kremlin", text)
    ids = {a.get("id") for _, a in parsed.tags}
    assert f"energy-moratorium-2025--{HOSTILE_INCIDENT}" in ids
    assert "Echo Monitor" in text and "alleges" in text


def test_exports_hold_every_finding(built: tuple[Path, Collector], demo_db: Path) -> None:
    out, _ = built
    everything = api.findings(demo_db)
    assert (out / "findings.json").read_text(encoding="utf-8") == api.findings_json(everything)
    rows = list(csv.DictReader((out / "findings.csv").open(encoding="utf-8")))
    assert len(rows) == len(everything)
    geo = json.loads((out / "findings.geojson").read_text(encoding="utf-8"))
    assert len(geo["features"]) == len(everything)
    located = [f for f in geo["features"] if f["geometry"]]
    assert located and all(f["geometry"]["type"] == "Point" for f in located)


def test_csv_quotes_formula_like_cells() -> None:
    text = findings_csv([{"agreement": "=HYPERLINK(1)", "reasons": [{"condition": "time", "status": "pass",
                                                                      "detail": "ok"}]}])
    row = next(csv.DictReader(text.splitlines()))
    assert row["agreement"] == "'=HYPERLINK(1)" and row["reasons"] == "time: pass — ok"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a", "https://example.org/a"), ("http://x.test", "http://x.test"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,x", None),
    ("/relative", None), (None, None),
])
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_report_command(demo_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["report", "--db", str(demo_db), "--agreement", "easter-truce-2025",
                                  "--out", str(tmp_path / "r"), "--format", "json"])
    assert result.exit_code == 0, result.output
    written = json.loads(result.output)
    assert written["agreements"] == ["easter-truce-2025"] and written["report_bytes"] > 0
    bad = runner.invoke(main, ["report", "--db", str(demo_db), "--agreement", "nope", "--out", str(tmp_path)])
    assert bad.exit_code == 2 and "no agreement 'nope'" in bad.output


def test_serve_get_runs_one_request_in_process(demo_db: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["serve", "--db", str(demo_db), "--get", "/api/readings?agreement=easter-truce-2025"])
    assert ok.exit_code == 0 and json.loads(ok.output)[0]["agreement"] == "easter-truce-2025"
    missing = runner.invoke(main, ["serve", "--db", str(demo_db), "--get", "/api/incidents/inc:nope"])
    assert missing.exit_code == 1 and json.loads(missing.output)["status"] == 404


def test_page_stays_under_its_byte_budget_and_large_exports_are_compressed(demo_db: Path, demo_report: ReportResult,
                                                                           tmp_path: Path) -> None:
    full = demo_report  # the whole report with the defaults (built once for the session)
    small = build_report(demo_db, tmp_path / "small", max_html_bytes=full.report_bytes // 2, compress_above=1000)
    # fewer incidents detailed (most severe first), the page within its budget unless at the floor
    html = small.report.read_text(encoding="utf-8")
    shown = [int(n) for n in re.findall(r"(\d+) of \d+ incidents, most severe first", html)]
    assert small.report_bytes < full.report_bytes
    assert small.report_bytes <= full.report_bytes // 2 or all(n <= 10 for n in shown)
    # every export over the threshold is gzip: the same bytes as the plain one once decompressed
    packed = tmp_path / "small" / "findings.json.gz"
    assert packed.is_file() and not (tmp_path / "small" / "findings.json").exists()
    assert gzip.decompress(packed.read_bytes()) == (full.folder / "findings.json").read_bytes()
    assert "findings.json.gz" in html
    # building again into the same folder without compression leaves no stale .gz behind
    build_report(demo_db, tmp_path / "small")
    assert (tmp_path / "small" / "findings.json").is_file() and not packed.exists()
