"""Posts as an input format: Telegram Desktop channel exports (``telegram``) and CSV files of posts
(``posts``, with an optional column mapping). Each post is read in its own language (docs/extraction.md)
and the reports go through the same transaction, idempotency and ingest log as any other file. Every post
is accounted for in the notes and the ingest log (``ingests.items_*``, one ``ingest_skipped`` row per post
skipped): read = posts with reports + posts skipped, each skip with its reason.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Where
from trucewatch.ingest.base import ItemAccounting, SkippedItem, Staged
from trucewatch.ingest.native import arrow_rows
from trucewatch.ingest.staging import (
    batches,
    discard,
    remove_folder,
    report_writer,
    stage_view,
    staging_folder,
    write_reports,
)
from trucewatch.model import Report
from trucewatch.nlp.post_files import PostColumns, PostStream, stream_posts_csv, stream_telegram_export
from trucewatch.nlp.post_workers import PostReaders
from trucewatch.nlp.posts import DIGEST_REPEAT, Post, PostResult, is_digest, reason_group, signature

_MAPPING_KEYS = {"columns", "tz", "source", "aligned_with"}
_COLUMN_KEYS = {"text", "datetime", "id", "source", "url", "tz"}


# posts read and staged at a time: the memory of the reading is that of one chunk, whatever the file's size
CHUNK_POSTS = 2000
# bytes of a report's signature key (:func:`signature_key`)
KEY_BYTES = 16


def signature_key(report: Report) -> bytes:
    """A report's signature (:func:`trucewatch.nlp.posts.signature`: source, event, region, weapon, count,
    target, day) as 16 bytes of BLAKE2b over its ``repr``: equal signatures give equal keys, and two
    different ones the same key with a chance of about n² / 2¹²⁹ among n reports (10⁻²⁶ at a million). The
    file's posts' keys are held packed in one ``bytearray``, 16 bytes a report instead of a tuple of seven
    objects in a set."""
    return hashlib.blake2b(repr(signature(report)).encode("utf-8"), digest_size=KEY_BYTES).digest()


def accounting(file_skipped: list[tuple[str, str, int | None]], summary: dict[str, Any]) -> list[str]:
    """The notes that account for every post: read, with reports, skipped with reasons, languages."""
    reasons: Counter[str] = Counter(summary["skipped_reasons"])
    reasons.update(reason for _, reason, _ in file_skipped)
    read = summary["read"] + len(file_skipped)
    skipped = summary["skipped"] + len(file_skipped)
    notes = [f"posts read {read} = {summary['with_reports']} with reports + {skipped} skipped; "
             f"{summary['reports']} reports and {summary['tallies']} tallies"]
    if reasons:
        notes.append("skipped: " + "; ".join(f"{count} {reason}" for reason, count in reasons.most_common()))
    if summary["languages"]:
        notes.append("languages: " + ", ".join(f"{code} {count}" for code, count in
                                               sorted(summary["languages"].items())))
    return notes


def _line(provenance: dict[str, Any]) -> int | None:
    line = provenance.get("line")
    return line if isinstance(line, int) else None


@dataclass
class _Digest:
    """A digest with reports, held back until the whole file is read: where its skip would stand among the
    posts' skips, and each report's signature key and whether it is a tally."""

    slot: int
    post_id: str
    line: int | None
    reports: list[tuple[bytes, bool]]


@dataclass
class _Tally:
    """What a file's posts gave so far (small per-post bookkeeping only: skips and signatures)."""

    read: int = 0
    reports: int = 0
    tallies: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    skips: list[SkippedItem | None] = field(default_factory=list)  # None: a held digest's place
    # the signature keys of the reports of posts, not digests, KEY_BYTES each, in the order read
    seen: bytearray = field(default_factory=bytearray)
    digests: list[_Digest] = field(default_factory=list)

    def seen_among(self, wanted: set[bytes]) -> set[bytes]:
        """The keys of ``wanted`` that some post's report has (one pass over the packed keys)."""
        if not wanted:
            return set()
        packed = bytes(self.seen)
        return {key for start in range(0, len(packed), KEY_BYTES)
                if (key := packed[start:start + KEY_BYTES]) in wanted}

    def count(self, reports: list[Report]) -> None:
        tallies = sum(report.aggregate for report in reports)
        self.tallies += tallies
        self.reports += len(reports) - tallies


def _stage(con: duckdb.DuckDBPyConnection, stream: PostStream, relation: str, fmt: str, path: Path, *,
           chunk: int | None = None, options: dict[str, Any] | None = None) -> Staged:
    """Read and stage ``chunk`` posts (default :data:`CHUNK_POSTS`) at a time. The reports are staged in a
    Parquet file in a temporary folder (``relation`` is a view over it, removed by ``release``), so that they
    wait on disk, not in memory, until the driver writes them. A digest's reports are staged aside, and its
    repeats of the file's other posts dropped once every post is read: the same reports, ids and skips as
    reading the file whole (:func:`trucewatch.nlp.posts.read_posts`), whether the digest comes before or after
    the posts it repeats. Folders that ingests killed before they could clean up left behind are removed first.
    With ``options["workers"]`` above 1 (default 1) the posts are read in that many worker processes, started
    for the file and stopped once its posts are read, each chunk's results in the order of its posts: the
    same output whatever the workers."""
    readers = PostReaders(int((options or {}).get("workers") or 1))
    folder = staging_folder("posts")
    staged, aside = folder / "reports.parquet", folder / "digests.parquet"
    tally = _Tally()
    try:
        with report_writer(staged) as writer:
            with report_writer(aside) as held:
                for batch in batches(stream.posts, chunk or CHUNK_POSTS):
                    _stage_batch(read_batch(readers, batch), tally, writer, held, fmt, path)
            _stage_digests(tally, writer, aside)
        stage_view(con, relation, staged)
    except BaseException:
        discard(con, relation, folder)
        raise
    finally:
        readers.close()
    skipped = [each for each in tally.skips if each is not None]
    summary = {
        "read": tally.read, "with_reports": tally.read - len(skipped), "reports": tally.reports,
        "tallies": tally.tallies, "skipped": len(skipped),
        "skipped_reasons": dict(Counter(reason_group(each.reason) for each in skipped)),
        "languages": dict(tally.languages),
    }
    items = ItemAccounting(read=len(stream.skipped) + tally.read, with_reports=tally.read - len(skipped),
                           skipped=[SkippedItem(post_id, reason, line) for post_id, reason, line in stream.skipped]
                           + skipped)
    return Staged(relation=relation, rows_read=tally.reports + tally.tallies,
                  notes=accounting(stream.skipped, summary), unique_ids=False, items=items,
                  release=lambda: remove_folder(folder))


def read_batch(readers: PostReaders, batch: list[Post]) -> list[PostResult]:
    """One chunk's posts read, in order (a function of its own: the phases bench times it as the reading)."""
    return readers.read(batch)


def _stage_batch(results: list[PostResult], tally: _Tally, writer: pq.ParquetWriter, held: pq.ParquetWriter,
                 fmt: str, path: Path) -> None:
    reports: list[Report] = []
    digests: list[Report] = []
    for result in results:
        tally.read += 1
        tally.languages[result.language.code] += 1
        if result.kind != "summary":
            for report in result.reports:
                tally.seen += signature_key(report)
        if is_digest(result):
            number = len(tally.digests)
            tally.digests.append(_Digest(len(tally.skips), result.post.id, _line(result.post.provenance),
                                         [(signature_key(report), report.aggregate) for report in result.reports]))
            tally.skips.append(None)
            # staged aside under a working id (digest number / report index), renamed when it is kept
            digests.extend(replace(report, id=f"{number}/{index}") for index, report in enumerate(result.reports))
            continue
        if result.skipped:
            tally.skips.append(SkippedItem(result.post.id, result.skipped, _line(result.post.provenance)))
        tally.count(result.reports)
        reports.extend(result.reports)
    write_reports(writer, reports, fmt, path)
    write_reports(held, digests, fmt, path)


def _stage_digests(tally: _Tally, writer: pq.ParquetWriter, aside: Path) -> None:
    """The digests' reports that no other post of the file gave, numbered anew after their digest."""
    renamed: dict[str, str] = {}
    seen = tally.seen_among({key for digest in tally.digests for key, _ in digest.reports})
    for number, digest in enumerate(tally.digests):
        kept = [index for index, (key, _) in enumerate(digest.reports) if key not in seen]
        if not kept:
            tally.skips[digest.slot] = SkippedItem(digest.post_id, DIGEST_REPEAT, digest.line)
            continue
        renamed.update((f"{number}/{index}", f"{digest.post_id}-{new}") for new, index in enumerate(kept, start=1))
        tally.tallies += sum(digest.reports[index][1] for index in kept)
        tally.reports += sum(not digest.reports[index][1] for index in kept)
    if not renamed:
        return
    for batch in pq.ParquetFile(aside).iter_batches(batch_size=CHUNK_POSTS):
        rows = [{**row, "id": renamed[row["id"]]} for row in batch.to_pylist() if row["id"] in renamed]
        if rows:
            writer.write_table(arrow_rows(rows))


class TelegramAdapter:
    name = "telegram"

    def sniff(self, path: Path, head: str) -> bool:
        start = head.lstrip()[:4000]
        return start.startswith("{") and '"messages"' in start and ('"date"' in start or '"type"' in start)

    def stage(self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]) -> Staged:
        return _stage(con, stream_telegram_export(path), relation, self.name, path, options=options)


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
        return _stage(con, stream_posts_csv(path, columns), relation, self.name, path, options=options)
