"""Files that come with report datasets but are not reports: weapon catalogues, facility registries, tables
of administrative units, documentation. A folder or glob ingest recognises them, says what they are and
what to do with them, and goes on with the other files instead of stopping.

Recognition is by the header row (every column a kind names must be present) or, for documentation, by
name; it applies only when the format was not given (``--format`` reads the file as that format).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trucewatch.errors import TrucewatchError
from trucewatch.ingest.tabular import read_head

REJECTS_SUFFIX = ".rejects.jsonl"
DOCUMENT_SUFFIXES = frozenset({".md", ".pdf", ".html", ".htm", ".rst", ".docx", ".xlsx", ".zip"})
DOCUMENT_NAMES = frozenset({"readme", "provenance", "license", "licence", "notice", "sources", "changelog"})


@dataclass(frozen=True)
class ReferenceKind:
    what: str                            # what the file is, in words
    columns: frozenset[str]              # header columns (lower case) that all must be present
    hint: str                            # what to do with it instead
    any_prefix: str | None = None        # and at least one column starting with this


KINDS: tuple[ReferenceKind, ...] = (
    ReferenceKind("a catalogue of missile and drone models", frozenset({"model", "category", "national_origin"}),
                  "reference data, not reports: the air-force adapter reads the weapon models of each attack itself"),
    ReferenceKind("a power-plant registry (Global Power Plant Database)", frozenset({"gppd_idnr"}),
                  "register the plants as protected facilities: trucewatch facilities import FILE --category …"),
    ReferenceKind("a list of facilities with positions and capacities", frozenset({"latitude", "longitude"}),
                  "register them as protected facilities: trucewatch facilities import FILE --category …",
                  any_prefix="capacity"),
    ReferenceKind("a table of administrative units (OCHA pcodes)", frozenset({"pcode", "parent_pcode"}),
                  "reference data for places, not reports; the shipped gazetteer already holds the regions"),
)


def expand_folders(paths: Sequence[Path]) -> list[Path]:
    """Each folder replaced by the files directly in it (sorted; hidden files and rejects files left out);
    files as given."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(p for p in sorted(path.iterdir())
                       if p.is_file() and not p.name.startswith(".") and not p.name.endswith(REJECTS_SUFFIX))
        else:
            out.append(path)
    return out


def reference_note(path: Path) -> str | None:
    """``'not ingested: <what it is>; <what to do>'`` when ``path`` is a known kind of reference file or
    documentation, else None (an unreadable file is left to the ingest to report)."""
    if path.suffix.lower() in DOCUMENT_SUFFIXES or path.stem.lower() in DOCUMENT_NAMES:
        return f"not ingested: {path.name} is documentation, not reports"
    if path.suffix.lower() not in (".csv", ".tsv", ".txt"):
        return None
    try:
        head = read_head(path, 64 * 1024)
    except TrucewatchError:
        return None
    first = head.splitlines()[0] if head else ""
    dialect = "excel-tab" if first.count("\t") > first.count(",") else "excel"
    columns = {c.strip().lower() for c in next(csv.reader([first], dialect=dialect), [])}
    for kind in KINDS:
        if kind.columns <= columns and (kind.any_prefix is None
                                        or any(c.startswith(kind.any_prefix) for c in columns)):
            return f"not ingested: {path.name} is {kind.what}; {kind.hint}"
    return None
