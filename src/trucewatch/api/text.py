"""Text in: plain functions over the extraction pipeline (the CLI and ``ingest --text`` call these)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trucewatch.geo.hostilities import using_front_lines
from trucewatch.model import Report
from trucewatch.nlp.sources import using_source_lexicon
from trucewatch.nlp.split import HALVES

if TYPE_CHECKING:
    from trucewatch.nlp.pipeline import Article

__all__ = ["HALVES", "check_articles", "components", "eval_acled", "eval_case", "eval_cir", "eval_posts",
           "extract_files",
           "pipeline_components", "report_to_native", "stream_reports", "using_front_lines", "using_source_lexicon"]


def extract_files(
    paths: Sequence[Path],
    *,
    anchors: dict[str, datetime] | None = None,
    published_at: datetime | None = None,
    source: str | None = None,
    skipped: list[tuple[str, str]] | None = None,
    read: list[Article] | None = None,
) -> list[Report]:
    """``nlp.files.extract_files``, imported when text is read (the readers load their models and lexicons
    at import: the commands that read no text do not wait for them)."""
    from trucewatch.nlp.files import extract_files as extract

    return extract(paths, anchors=anchors, published_at=published_at, source=source, skipped=skipped, read=read)


def check_articles(paths: Sequence[Path], *, published_at: datetime | None = None,
                   source: str | None = None) -> int:
    """``nlp.files.check_articles``: every article of ``paths`` read, not extracted, so that a bad input is
    refused before any report is written where it cannot be taken back."""
    from trucewatch.nlp.files import check_articles as check

    return check(paths, published_at=published_at, source=source)


def stream_reports(
    paths: Sequence[Path],
    *,
    anchors: dict[str, datetime] | None = None,
    published_at: datetime | None = None,
    source: str | None = None,
) -> Iterator[Report]:
    """``nlp.files.stream_reports``: the reports of :func:`extract_files` given as they are made (a JSON Lines
    file is read a line at a time), for writing them out as they come."""
    from trucewatch.nlp.files import stream_reports as stream

    return stream(paths, anchors=anchors, published_at=published_at, source=source)


def report_to_native(report: Report) -> dict[str, Any]:
    """One report as a native-format JSON object (DESIGN.md), with its spans and provenance."""
    record: dict[str, Any] = {"id": report.id}
    source: dict[str, Any] = {"name": report.source.name}
    if report.source.url:
        source["url"] = report.source.url
    if report.source.published_at:
        source["published_at"] = report.source.published_at.isoformat()
    if report.source.kind:
        source["kind"] = report.source.kind
    record["source"] = source
    if report.claimant:
        record["claimant"] = report.claimant
    record["stance"] = report.stance
    if report.actor:
        record["actor"] = report.actor
    if report.event:
        record["event"] = report.event
    if report.occurred:
        record["occurred"] = {"start": report.occurred.start.isoformat(), "end": report.occurred.end.isoformat(),
                              "tz": report.occurred.tz}
    if report.location:
        location = {
            "name": report.location.name, "admin1": report.location.admin1_code or report.location.admin1,
            "country": report.location.country, "lat": report.location.lat, "lon": report.location.lon,
            "precision_km": report.location.precision_km,
        }
        record["location"] = {key: value for key, value in location.items() if value is not None}
    if report.target:
        target = {"category": report.target.category, "name": report.target.name,
                  "description": report.target.description}
        record["target"] = {key: value for key, value in target.items() if value is not None}
    for key in ("weapon", "outcome", "count"):
        value = getattr(report, key)
        if value is not None:
            record[key] = value
    record["aggregate"] = report.aggregate
    if report.relates_to:
        record["relates_to"] = report.relates_to
    if report.casualties:
        casualties = {"killed": report.casualties.killed, "injured": report.casualties.injured}
        record["casualties"] = {key: value for key, value in casualties.items() if value is not None}
    record["text"] = report.text
    record["spans"] = report.spans
    record["provenance"] = report.provenance
    return record


def eval_acled(path: Path, *, front_lines: Path | None = None, half: str | None = None) -> dict[str, Any]:
    """Score extraction from ACLED ``notes`` against the file's own coding (see docs/extraction.md);
    ``front_lines``: a YAML file of lines of contact to use instead of the shipped ones; ``half``: score
    only the "tuning" or the "check" half of the development split."""
    from trucewatch.nlp.evaluate import eval_acled as run

    with using_front_lines(front_lines):
        return run(Path(path), half=half)


def eval_cir(path: Path, *, front_lines: Path | None = None, half: str | None = None) -> dict[str, Any]:
    """Score extraction on a monitor-map CSV (title + brief description in; the row's coordinates, province
    and country out), for all rows and each fixed half, or with ``half`` ("tuning" or "check") for that half
    alone; see docs/extraction.md."""
    from trucewatch.nlp.evaluate_cir import eval_cir as run

    with using_front_lines(front_lines):
        return run(Path(path), half=half)


def eval_case(path: Path, *, method: str = "rules") -> dict[str, Any]:
    """Score the shipped event-type classifier on a CASE-2021 task 2 TSV (id, EventSnippet, SubType);
    ``method="cv"`` adds a cross-validated research figure (see docs/extraction.md)."""
    from trucewatch.nlp.evaluate import eval_case as run

    return run(Path(path), method=method)


def eval_posts(posts: Path, gold: Path, *, tz: str = "UTC", source: str | None = None,
               details: bool = False) -> dict[str, Any]:
    """Score the Russian/Ukrainian/English post extraction on a posts CSV against gold lines (JSONL)."""
    from trucewatch.nlp.posts_eval import eval_posts as run

    return run(Path(posts), Path(gold), tz=tz, source=source, details=details)


def pipeline_components() -> list[dict[str, Any]]:
    """The default pipeline: each component's name and what it reads and writes."""
    from trucewatch.nlp.extract import default_pipeline

    return default_pipeline().describe()


def components() -> dict[str, Any]:
    """Every registered extraction component and reader, with versions: the readers by language (with the
    library versions and data digests they depend on), the English pipeline's components in order, and any
    other registered component."""
    from trucewatch.nlp.registry_listing import list_components

    return list_components()
