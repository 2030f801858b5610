"""The source registry: name, kind, alignment with a party, and whom a source usually relays.

The shipped registry is ``trucewatch/data/sources/registry.yaml``; a user file in the same format can be
loaded instead. Incident resolution loads it into a temporary table ``_rv_sources`` (one row per name or
alias) and uses it to fill in missing alignment and to trace where a repeated claim comes from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Where
from trucewatch.model import SOURCE_KINDS
from trucewatch.store.bulk import insert_rows

SHIPPED_REGISTRY = Path(__file__).resolve().parent.parent / "data" / "sources" / "registry.yaml"
ENTRY_KEYS = {"name", "kind", "alignment", "cites", "aliases", "note"}


@dataclass(frozen=True)
class SourceEntry:
    name: str
    kind: str
    alignment: str | None
    cites: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    note: str | None = None


def load_registry(path: Path | None = None) -> list[SourceEntry]:
    """Read and check a registry file (the shipped one by default). Raises InputError naming the field.
    The shipped one is read once per process (an assess asks for it several times)."""
    if path is None:
        return list(_shipped_registry())
    return _read_registry(path)


@lru_cache(maxsize=1)
def _shipped_registry() -> tuple[SourceEntry, ...]:
    return tuple(_read_registry(SHIPPED_REGISTRY))


def _read_registry(file: Path) -> list[SourceEntry]:
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the source registry: {exc.strerror}", Where(str(file))) from exc
    data = safe_yaml.load(text, str(file))
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise InputError("expected a mapping with a list under 'sources'", Where(str(file), field="sources"))
    entries: list[SourceEntry] = []
    seen: dict[str, str] = {}
    for number, raw in enumerate(data["sources"]):
        entry = _entry(raw, file, f"sources[{number}]")
        for spelling in (entry.name, *entry.aliases):
            key = spelling.casefold()
            if key in seen:
                raise InputError(f"'{spelling}' is listed twice (also under {seen[key]})",
                                 Where(str(file), field=f"sources[{number}]"))
            seen[key] = f"sources[{number}]"
        entries.append(entry)
    return entries


def _entry(raw: Any, file: Path, field: str) -> SourceEntry:
    where = Where(str(file), field=field)
    if not isinstance(raw, dict):
        raise InputError("each source must be a mapping", where)
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(sorted(unknown))}; allowed: "
                         f"{', '.join(sorted(ENTRY_KEYS))}", where)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError("'name' is required", Where(str(file), field=f"{field}.name"))
    kind = raw.get("kind")
    if kind not in SOURCE_KINDS:
        raise InputError(f"kind must be one of {', '.join(SOURCE_KINDS)}, not {kind!r}",
                         Where(str(file), field=f"{field}.kind"))
    alignment = raw.get("alignment")
    if alignment is not None and not (isinstance(alignment, str) and alignment.strip()):
        raise InputError("alignment must be a party id or null", Where(str(file), field=f"{field}.alignment"))
    cites = _strings(raw.get("cites", []), Where(str(file), field=f"{field}.cites"))
    aliases = _strings(raw.get("aliases", []), Where(str(file), field=f"{field}.aliases"))
    note = raw.get("note")
    return SourceEntry(name.strip(), str(kind), alignment, cites, aliases,
                       str(note) if note is not None else None)


def _strings(value: Any, where: Where) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError("expected a list of names", where)
    return tuple(v.strip() for v in value)


def create_source_table(con: duckdb.DuckDBPyConnection, entries: Sequence[SourceEntry]) -> None:
    """TEMP TABLE _rv_sources(spelling, name, kind, alignment, cites): one row per name and alias, with
    ``spelling`` in lower case for matching report source names."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _rv_sources (spelling VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, "
        "alignment VARCHAR, cites VARCHAR[])"
    )
    rows = [
        (spelling.casefold(), e.name, e.kind, e.alignment, list(e.cites))
        for e in entries for spelling in (e.name, *e.aliases)
    ]
    if rows:
        insert_rows(con, "_rv_sources", ("spelling", "name", "kind", "alignment", "cites"), rows)
