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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from trucewatch import api
from trucewatch.api import views
from trucewatch.api.acled_export import iter_incidents_acled
from trucewatch.api.findings import Finding
from trucewatch.api.local_time import agreement_zones, local, local_span, store_zone
from trucewatch.api.vocabulary import VERDICT_COLOURS, VERDICT_INK
from trucewatch.errors import NotFound, UserError
from trucewatch.model import ENGINE_VERSION, SEVERITY
from trucewatch.report import exports, plots
from trucewatch.report.outlines import ATTRIBUTION, country_extent, load_outlines

TEMPLATES = Path(__file__).resolve().parent / "templates"
REPORT_MAP_POINTS = 20_000  # beyond this many located incidents a map panel shows grid cells
# The HTML page stays small whatever the store holds: at most this many incidents are detailed in it, shared
# among the agreements, and fewer while the page is over MAX_HTML_BYTES; everything is in the exports.
INCIDENT_BUDGET = 600
MAX_HTML_BYTES = 3_000_000
MIN_INCIDENTS = 10
# An export larger than this is written gzip-compressed (NAME.gz; the same bytes once decompressed).
COMPRESS_ABOVE_BYTES = 10_000_000
# Findings per batch when writing the three findings files in one pass (smaller than a single export's: three
# texts of each batch are alive at once)
EXPORT_BATCH = 1000


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
    env.filters["local"] = local
    env.filters["local_span"] = local_span
    return env


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _agreement_section(db: Path, agreement: dict[str, Any], plots_dir: Path, outlines: dict[str, Any],
                       max_incidents: int, fallback: tuple[float, float, float, float] | None
                       ) -> tuple[dict[str, Any], list[Path]]:
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
                         ("map", plots.map_figure(maps, outlines, f"{agreement_id}: incidents by verdict", fallback))):
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
        "tz": (agreement_zones(db).get(agreement_id)),
    }
    return section, written


def build_report(db: str | Path, out: str | Path, *, agreement: str | None = None,
                 max_incidents: int = 500, max_html_bytes: int = MAX_HTML_BYTES,
                 compress_above: int = COMPRESS_ABOVE_BYTES) -> ReportResult:
    """Write the report and exports for every agreement (or one) into ``out``; returns what was written.
    ``max_incidents`` caps the incidents detailed per agreement (most severe first), within a budget of
    INCIDENT_BUDGET shared by the agreements, halved while the page is over ``max_html_bytes``; the exports
    always hold every finding, gzip-compressed (NAME.gz) when over ``compress_above`` bytes."""
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
        facets = views.facets(db)
        outlines = load_outlines(facets["countries"])
        countries_of = {a["id"]: a["countries"] for a in facets["agreements"]}
        sections, files = [], []
        per_agreement = min(max_incidents, max(MIN_INCIDENTS, INCIDENT_BUDGET // max(1, len(agreements))))
        for item in agreements:
            section, written = _agreement_section(db, item, plots_dir, outlines, per_agreement,
                                                  country_extent(outlines, countries_of.get(item["id"], [])))
            sections.append(section)
            files += written
        # every finding, streamed to disk batch by batch in one pass (memory stays bounded however many),
        # counted as it goes by (a count of its own would read every finding once more)
        written_findings = [0]

        def counted(batches: Iterable[list[Finding]]) -> Iterator[list[Finding]]:
            for batch in batches:
                written_findings[0] += len(batch)
                yield batch

        # the store is queried for the next findings while the ones before are written (exports.read_ahead);
        # closed here whatever happens, so its thread never outlives the build
        ahead = exports.read_ahead(api.findings_batches(db, agreement=agreement, batch=EXPORT_BATCH))
        try:
            files += exports.write_findings(out, counted(ahead), compress_above)
        finally:
            ahead.close()
        n_findings = written_findings[0]
        tallies = api.tallies(db)
        # the run and the tallies belong to no one agreement: the one in view, else the zone they all share
        page_tz = agreement_zones(db).get(agreement) if agreement else store_zone(db)
        files.append(exports.write_export(
            out / "incidents.acled.csv",
            api.csv_chunks(iter_incidents_acled(db, agreement=agreement), exports.ACLED_COLUMNS), compress_above))
    environment = _environment()
    while True:
        html = environment.get_template("report.html.j2").render(
            sections=sections, status=status, engine_version=ENGINE_VERSION, tallies=tallies, page_tz=page_tz,
            attribution=ATTRIBUTION, n_findings=n_findings, verdict_colours=VERDICT_COLOURS,
            verdict_ink=VERDICT_INK, severity=SEVERITY, exports={f.name.removesuffix(".gz"): f.name for f in files},
        )
        if len(html.encode("utf-8")) <= max_html_bytes or not _fewer_incidents(sections):
            break
    report = out / "report.html"
    report.write_text(html, encoding="utf-8")
    return ReportResult(folder=out, report=report, report_bytes=report.stat().st_size,
                        files=[report, *files], agreements=[s["id"] for s in sections])


def _fewer_incidents(sections: list[dict[str, Any]]) -> bool:
    """Halve the incidents detailed per agreement (never below MIN_INCIDENTS); False when none can go."""
    cut = False
    for section in sections:
        evidence = section["evidence"]
        keep = max(MIN_INCIDENTS, len(evidence["items"]) // 2)
        if keep < len(evidence["items"]):
            evidence["items"] = evidence["items"][:keep]
            evidence["shown"] = keep
            cut = True
    return cut
