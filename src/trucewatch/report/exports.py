"""Findings as CSV and GeoJSON (the JSON export is ``api.findings_json``, byte-stable); incidents as an
ACLED-format CSV. The whole-list forms; ``api.findings_stream`` writes the same bytes batch by batch."""

from __future__ import annotations

import gzip
import os
import queue
import shutil
import threading
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from io import BufferedWriter
from itertools import tee
from pathlib import Path
from typing import Any, TypeVar

from trucewatch.api.acled_export import ACLED_COLUMNS
from trucewatch.api.findings import CSV_COLUMNS, findings_csv
from trucewatch.api.findings_stream import csv_chunks, geojson_chunks, geojson_feature, json_chunks

T = TypeVar("T")

__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "acled_csv", "findings_csv", "findings_geojson", "read_ahead",
           "write_export", "write_findings"]

# Chunks (about a batch's text each) waiting for the writer thread at most: the memory the overlap may hold
WRITE_QUEUE = 6


def findings_geojson(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One Feature per finding at its incident's position (null geometry when the incident is unlocated),
    every finding field in ``properties``."""
    return {"type": "FeatureCollection", "features": [geojson_feature(row) for row in rows]}


def acled_csv(rows: Sequence[dict[str, str]]) -> str:
    """Incidents (``api.acled_export.incidents_acled``) as an ACLED-format CSV, in ACLED's column order."""
    return findings_csv(rows, ACLED_COLUMNS)


class Export:
    """One export file written chunk by chunk: as is, or gzip-compressed as PATH.gz once over
    ``compress_above`` bytes (reproducible: no name or time inside), into a temporary file in the same folder
    renamed into place by ``finish``: a failure part way leaves the previous file (or none), never half of
    one."""

    def __init__(self, path: Path, compress_above: int) -> None:
        self.path, self.compress_above, self.size = path, compress_above, 0
        self.plain = path.with_name(f".{path.name}.tmp")
        self.packed = path.with_name(f".{path.name}.gz.tmp")
        self.raw: BufferedWriter = self.plain.open("wb")
        self.gz: gzip.GzipFile | None = None
        self.gz_raw: BufferedWriter | None = None

    def write(self, chunk: str) -> None:
        data = chunk.encode("utf-8")
        self.size += len(data)
        if self.gz is None and self.size > self.compress_above:
            # over the threshold: what is written so far moves into the compressed file, the rest follows
            self.raw.close()
            self.gz_raw = self.packed.open("wb")
            # level 6 (gzip's own default): on findings JSON 1.7× the speed of level 9 for 12 % more bytes
            self.gz = gzip.GzipFile(filename="", mode="wb", fileobj=self.gz_raw, mtime=0, compresslevel=6)
            with self.plain.open("rb") as head:
                shutil.copyfileobj(head, self.gz)
        (self.gz or self.raw).write(data)

    def _close(self) -> None:
        self.raw.close()
        if self.gz is not None:
            self.gz.close()
        if self.gz_raw is not None:
            self.gz_raw.close()

    def finish(self) -> Path:
        self._close()
        target, stale = self.path.with_name(self.path.name + ".gz"), self.path
        if self.gz is None:
            target, stale = stale, target
        os.replace(self.packed if self.gz is not None else self.plain, target)
        stale.unlink(missing_ok=True)  # a previous report into the same folder may have written the other form
        self.abandon()
        return target

    def abandon(self) -> None:
        self._close()
        self.plain.unlink(missing_ok=True)
        self.packed.unlink(missing_ok=True)


def write_export(path: Path, chunks: Iterable[str], compress_above: int) -> Path:
    """``chunks`` written to ``path`` (or PATH.gz), whole or not at all (``Export``)."""
    return _write_all([(Export(path, compress_above), iter(chunks))])[0]


def write_findings(folder: Path, batches: Iterable[Sequence[Mapping[str, Any]]], compress_above: int) -> list[Path]:
    """findings.json, findings.csv and findings.geojson from one pass over ``batches``: the three writers
    take one chunk each in turn, so at most a batch or two is held however many findings there are."""
    streams = tee(batches, 3)
    return _write_all([
        (Export(folder / "findings.json", compress_above), json_chunks(streams[0])),
        (Export(folder / "findings.csv", compress_above), csv_chunks(streams[1])),
        (Export(folder / "findings.geojson", compress_above), _line(geojson_chunks(streams[2]))),
    ])


def _line(chunks: Iterable[str]) -> Iterator[str]:
    yield from chunks
    yield "\n"


def _write_all(writers: list[tuple[Export, Iterator[str]]]) -> list[Path]:
    """The writers' chunks taken in turn, each written (encoded, compressed, to disk) by one thread beside
    this one: zlib and the disk work without Python's lock, so compressing overlaps the making of the next
    chunks. Whole or not at all: any failure, here or there, abandons every file."""
    pending: queue.Queue[tuple[Export, str] | None] = queue.Queue(maxsize=WRITE_QUEUE)
    failed: list[BaseException] = []

    def drain() -> None:
        while (item := pending.get()) is not None:
            if not failed:
                try:
                    item[0].write(item[1])
                except BaseException as exc:  # handed to the caller's thread, raised there
                    failed.append(exc)

    writer_thread = threading.Thread(target=drain, name="trucewatch-export-writer", daemon=True)
    writer_thread.start()
    try:
        try:
            live = list(writers)
            while live and not failed:
                for writer in list(live):
                    export, chunks = writer
                    chunk = next(chunks, None)
                    if chunk is None:
                        live.remove(writer)
                    else:
                        pending.put((export, chunk))
        finally:
            pending.put(None)
            writer_thread.join()
        if failed:
            raise failed[0]
        return [export.finish() for export, _ in writers]
    except BaseException:
        for export, _ in writers:
            export.abandon()
        raise


def read_ahead(items: Iterable[T], depth: int = 2) -> Generator[T, None, None]:
    """``items`` in order, taken from ``items`` by a thread of its own up to ``depth`` ahead: a store query
    (which runs without Python's lock) then overlaps the writing of the rows before it. An error there is
    raised here; stopping early stops the thread and closes ``items`` before this returns, so the caller may
    use the store again."""
    ahead: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        source = iter(items)
        try:
            for item in source:
                if not offer(("item", item)):
                    break
            else:
                offer(("end", None))
        except BaseException as exc:  # handed to the consumer, raised there
            offer(("error", exc))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    reader = threading.Thread(target=produce, name="trucewatch-read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            kind, value = ahead.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        reader.join()
