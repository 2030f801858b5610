"""Posts as an input format: Telegram Desktop channel exports (``telegram``) and CSV files of posts
(``posts``, with an optional column mapping). Each post is read in its own language (docs/extraction.md)
and the reports go through the same transaction, idempotency and ingest log as any other file. Every post
is accounted for in the notes and the ingest log (``ingests.items_*``, one ``ingest_skipped`` row per post
skipped): read = posts with reports + posts skipped, each skip with its reason.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import duckdb

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Where
from trucewatch.ingest.base import ItemAccounting, SkippedItem, Staged
from trucewatch.ingest.native import stage_reports
from trucewatch.nlp.post_files import PostColumns, PostFile, read_posts_csv, read_telegram_export
from trucewatch.nlp.posts import PostsRead, read_posts

_MAPPING_KEYS = {"columns", "tz", "source", "aligned_with"}
_COLUMN_KEYS = {"text", "datetime", "id", "source", "url", "tz"}


def accounting(file: PostFile, summary: dict[str, Any]) -> list[str]:
    """The notes that account for every post: read, with reports, skipped with reasons, languages."""
    reasons: Counter[str] = Counter(summary["skipped_reasons"])
    reasons.update(reason for _, reason, _ in file.skipped)
    read = summary["read"] + len(file.skipped)
    skipped = summary["skipped"] + len(file.skipped)
    notes = [f"posts read {read} = {summary['with_reports']} with reports + {skipped} skipped; "
             f"{summary['reports']} reports and {summary['tallies']} tallies"]
    if reasons:
        notes.append("skipped: " + "; ".join(f"{count} {reason}" for reason, count in reasons.most_common()))
    if summary["languages"]:
        notes.append("languages: " + ", ".join(f"{code} {count}" for code, count in
                                               sorted(summary["languages"].items())))
    return notes


def items(file: PostFile, read: PostsRead) -> ItemAccounting:
    """Every post of the file for the ingest log: read, with reports, and each one skipped with its reason."""
    skipped = [SkippedItem(post_id, reason, line) for post_id, reason, line in file.skipped]
    skipped.extend(SkippedItem(result.post.id, result.skipped, _line(result.post.provenance))
                   for result in read.results if result.skipped)
    return ItemAccounting(read=len(file.skipped) + len(read.results),
                          with_reports=sum(not result.skipped for result in read.results), skipped=skipped)


def _line(provenance: dict[str, Any]) -> int | None:
    line = provenance.get("line")
    return line if isinstance(line, int) else None


def _stage(con: duckdb.DuckDBPyConnection, file: PostFile, relation: str, fmt: str, path: Path) -> Staged:
    read = read_posts(file.posts)
    reports = read.reports
    stage_reports(con, reports, relation, fmt, str(path))
    return Staged(relation=relation, rows_read=len(reports), notes=accounting(file, read.summary()),
                  unique_ids=False, items=items(file, read))


class TelegramAdapter:
    name = "telegram"

    def sniff(self, path: Path, head: str) -> bool:
        start = head.lstrip()[:4000]
        return start.startswith("{") and '"messages"' in start and ('"date"' in start or '"type"' in start)

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]) -> Staged:
        return _stage(con, read_telegram_export(path), relation, self.name, path)


def read_mapping(path: Path) -> PostColumns:
    """A posts mapping file: ``columns`` (text, datetime, id, source, url, tz), ``tz``, ``source``,
    ``aligned_with`` (docs/formats.md)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the mapping: {exc}", Where(str(path))) from exc
    raw = safe_yaml.load(text, str(path))
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), dict):
        raise InputError("a posts mapping needs a columns object (text: COLUMN, datetime: COLUMN, ...)",
                         Where(str(path), 1, "columns"))
    for key in set(raw) - _MAPPING_KEYS:
        raise InputError(f"unknown key {key!r}", Where(str(path), None, key),
                         hint="allowed: " + ", ".join(sorted(_MAPPING_KEYS)))
    columns = raw["columns"]
    for key in set(columns) - _COLUMN_KEYS:
        raise InputError(f"unknown column field {key!r}", Where(str(path), None, f"columns.{key}"),
                         hint="allowed: " + ", ".join(sorted(_COLUMN_KEYS)))
    if not isinstance(columns.get("text"), str):
        raise InputError("columns.text names the column holding the post's text", Where(str(path), None,
                                                                                        "columns.text"))
    aligned = raw.get("aligned_with")
    if aligned is not None and aligned not in ("RU", "UA"):
        raise InputError(f"aligned_with {aligned!r} is not a party id (RU or UA)", Where(str(path), None,
                                                                                         "aligned_with"))
    return PostColumns(text=columns["text"], datetime=columns.get("datetime"), id=columns.get("id"),
                       source=columns.get("source"), url=columns.get("url"), tz_column=columns.get("tz"),
                       tz=str(raw.get("tz") or "UTC"), source_name=raw.get("source"), aligned_with=aligned)


class PostsCsvAdapter:
    name = "posts"

    def sniff(self, path: Path, head: str) -> bool:
        first = head.splitlines()[0].lower() if head else ""
        columns = [column.strip().strip('"') for column in first.split(",")]
        return "text_snippet" in columns and "datetime" in columns

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]) -> Staged:
        mapping = options.get("mapping")
        columns = read_mapping(Path(mapping)) if mapping else None
        return _stage(con, read_posts_csv(path, columns), relation, self.name, path)
