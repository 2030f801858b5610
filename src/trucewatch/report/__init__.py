"""The offline HTML report, the findings exports (JSON, CSV, GeoJSON) and the PNG plots. Uses ``api`` only."""

from trucewatch.report.build import ReportResult, build_report, safe_url
from trucewatch.report.exports import findings_csv, findings_geojson
from trucewatch.report.outlines import ATTRIBUTION, load_outlines, outline_text

__all__ = [
    "ATTRIBUTION",
    "ReportResult",
    "build_report",
    "findings_csv",
    "findings_geojson",
    "load_outlines",
    "outline_text",
    "safe_url",
]
