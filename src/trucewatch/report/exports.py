"""Findings as CSV and GeoJSON (the JSON export is ``api.findings_json``, byte-stable); incidents as an
ACLED-format CSV. The whole-list forms; ``api.findings_stream`` writes the same bytes batch by batch."""

from __future__ import annotations

import gzip
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from io import BufferedWriter
from itertools import tee
from pathlib import Path
from typing import Any

from trucewatch.api.acled_export import ACLED_COLUMNS
from trucewatch.api.findings import CSV_COLUMNS, findings_csv
from trucewatch.api.findings_stream import csv_chunks, geojson_chunks, geojson_feature, json_chunks

__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "acled_csv", "findings_csv", "findings_geojson", "write_export",
           "write_findings"]


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
    try:
        live = list(writers)
        while live:
            for writer in list(live):
                export, chunks = writer
                chunk = next(chunks, None)
                if chunk is None:
                    live.remove(writer)
                else:
                    export.write(chunk)
        return [export.finish() for export, _ in writers]
    except BaseException:
        for export, _ in writers:
            export.abandon()
        raise
