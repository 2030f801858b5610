"""The self-contained HTML report and its exports.

``build_report`` writes into one folder:
  report.html          one file, no scripts, no external requests (a Content-Security-Policy forbids both):
                       per agreement the scorecard, the differences between readings in words, the
                       timeline and map (embedded PNG images), and the findings with reasons and evidence
  findings.json/.csv/.geojson   every finding (the JSON is ``trucewatch findings --format json``'s bytes)
  incidents.acled.csv           every incident as an ACLED-format row (docs/formats.md)
  plots/*.png          the timeline and map of every agreement

Report text is escaped by Jinja2's autoescaping; links are only made from http(s) URLs.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from trucewatch import api
from trucewatch.api import views
from trucewatch.api.acled_export import incidents_acled
from trucewatch.errors import NotFound, UserError
from trucewatch.model import ENGINE_VERSION
from trucewatch.report import exports, plots
from trucewatch.report.outlines import ATTRIBUTION, load_outlines

TEMPLATES = Path(__file__).resolve().parent / "templates"
REPORT_MAP_POINTS = 20_000  # beyond this many located incidents a map panel shows grid cells


@dataclass
class ReportResult:
    folder: Path
    report: Path
    report_bytes: int
    files: list[Path] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "report": str(self.report), "report_bytes": self.report_bytes,
                "files": [str(f) for f in self.files], "agreements": self.agreements}


def safe_url(value: Any) -> str | None:
    """The URL if it is http(s); anything else (javascript:, data:, relative) is shown as text only."""
    if not isinstance(value, str):
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["excerpt"] = views.excerpt
    env.filters["label"] = lambda v: str(v).replace("_", " ") if v is not None else ""
    return env


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _agreement_section(db: Path, agreement: dict[str, Any], plots_dir: Path, outlines: dict[str, Any],
                       max_incidents: int) -> tuple[dict[str, Any], list[Path]]:
    agreement_id = agreement["id"]
    detail = api.show_agreement(db, agreement_id)
    readings = [r["id"] for r in detail.get("readings", [])]
    timelines, maps = [], []
    for reading in readings:
        filters = views.make_filters(agreement=agreement_id, reading=reading)
        timelines.append({"reading": reading, "timeline": views.timeline(db, filters)})
        located = views.map_view(db, filters, max_points=REPORT_MAP_POINTS)
        maps.append({"reading": reading, "points": located["points"] or located["cells"],
                     "unlocated": located["unlocated"]})
    written = []
    figures = {}
    for kind, figure in (("timeline", plots.timeline_figure(timelines, f"{agreement_id}: incidents by local day")),
                         ("map", plots.map_figure(maps, outlines, f"{agreement_id}: incidents by verdict"))):
        png = plots_dir / f"{agreement_id}-{kind}.png"
        data = plots.to_png(figure)
        png.write_bytes(data)
        written.append(png)
        figures[kind] = {"src": _data_uri(data), "png": f"plots/{png.name}"}
    section = {
        "id": agreement_id,
        "title": detail.get("title") or agreement_id,
        "description": detail.get("description"),
        "parties": detail.get("parties", []),
        "readings": detail.get("readings", []),
        "windows": views.reading_windows(db, agreement=agreement_id),
        "scorecard": api.scorecard(db, agreement=agreement_id),
        "comparison": views.reading_comparison(db, agreement_id),
        "figures": figures,
        "unlocated": {m["reading"]: m["unlocated"] for m in maps},
        "evidence": views.incidents_with_evidence(db, views.make_filters(agreement=agreement_id),
                                                  limit=max_incidents),
    }
    return section, written


def build_report(db: str | Path, out: str | Path, *, agreement: str | None = None,
                 max_incidents: int = 500) -> ReportResult:
    """Write the report and exports for every agreement (or one) into ``out``; returns what was written.
    ``max_incidents`` caps the incidents detailed per agreement (most severe first); the exports always
    hold every finding."""
    db, out = Path(db), Path(out)
    if max_incidents < 1:
        raise UserError(f"max_incidents must be at least 1 (got {max_incidents})")
    # One read-only connection held open for the whole build: each api call then reuses the open database.
    with api.open_store(db, read_only=True):
        agreements = api.list_agreements(db)
        if agreement:
            agreements = [a for a in agreements if a["id"] == agreement]
            if not agreements:
                raise NotFound(f"no agreement '{agreement}' in the store",
                               hint="'trucewatch agreements list' shows the ids")
        status = api.status(db)
        if not status["last_run"]:
            raise UserError(f"the store {db} has not been assessed yet", hint="run 'trucewatch assess' first")
        plots_dir = out / "plots"
        plots_dir.mkdir(parents=True, exist_ok=True)
        outlines = load_outlines()
        sections, files = [], []
        for item in agreements:
            section, written = _agreement_section(db, item, plots_dir, outlines, max_incidents)
            sections.append(section)
            files += written
        rows = api.findings(db, agreement=agreement)
        tallies = api.tallies(db)
        acled_rows = incidents_acled(db, agreement=agreement)
    for name, text in (("findings.json", api.findings_json(rows)),
                       ("findings.csv", exports.findings_csv(rows)),
                       ("findings.geojson", json.dumps(exports.findings_geojson(rows), ensure_ascii=False) + "\n"),
                       ("incidents.acled.csv", exports.acled_csv(acled_rows))):
        path = out / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    html = _environment().get_template("report.html.j2").render(
        sections=sections, status=status, engine_version=ENGINE_VERSION, tallies=tallies,
        attribution=ATTRIBUTION, n_findings=len(rows), verdict_colours=plots.VERDICT_COLOURS,
        severity=views.SEVERITY,
    )
    report = out / "report.html"
    report.write_text(html, encoding="utf-8")
    return ReportResult(folder=out, report=report, report_bytes=report.stat().st_size,
                        files=[report, *files], agreements=[s["id"] for s in sections])
