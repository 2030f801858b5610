"""The Atom feed of changed findings (RFC 4287): the latest changes, newest first, one entry per change."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from trucewatch.api.core import open_store
from trucewatch.api.history import CHANGE_FIELDS, NO_FILTERS, ChangeFilters, change_row, check_filters
from trucewatch.errors import UserError
from trucewatch.model import ENGINE_VERSION

ATOM = "http://www.w3.org/2005/Atom"
DEFAULT_ENTRIES = 100
MAX_ENTRIES = 1000


def parse_verdicts(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def findings_feed(db: str | Path, *, base_url: str, filters: ChangeFilters = NO_FILTERS,
                  entries: int = DEFAULT_ENTRIES) -> str:
    """The feed as XML text. ``base_url`` is where the server is reached (for the feed's and entries'
    links); filters that could never match are a UserError (a 400)."""
    if not 1 <= entries <= MAX_ENTRIES:
        raise UserError(f"entries: {entries} is not between 1 and {MAX_ENTRIES}")
    base = base_url.rstrip("/")
    with open_store(db, read_only=True) as store:
        con = store.con
        check_filters(con, filters)
        where, params = filters.where()
        rows = con.execute(f"""
            SELECT {CHANGE_FIELDS} FROM finding_changes c JOIN run_log l USING (seq)
            WHERE {' AND '.join(where) or 'TRUE'}
            ORDER BY c.seq DESC, c.agreement_id, c.clause_id, c.reading_id, c.incident_id
            LIMIT {int(entries)}""", params).fetchall()
        last = con.execute("SELECT max(recorded_at) FROM run_log").fetchone()
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    store_name = Path(db).name
    _text(feed, "id", f"tag:trucewatch,2025:{store_name}/findings")
    _text(feed, "title", f"trucewatch: changed findings ({store_name})" + _describe(filters))
    _text(feed, "updated", _stamp(last[0] if last else None))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "trucewatch")
    generator = _text(feed, "generator", "trucewatch")
    generator.set("version", ENGINE_VERSION)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base}/feeds/findings.atom",
                  type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=f"{base}/", type="text/html")
    for row in rows:
        _entry(feed, change_row(row), base, store_name, row[2])
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _describe(filters: ChangeFilters) -> str:
    parts = [f"{name} {value}" for name, value in (("agreement", filters.agreement), ("reading", filters.reading),
                                                   ("party", filters.party)) if value]
    if filters.verdicts:
        parts.append("verdict " + "|".join(filters.verdicts))
    return f" — {', '.join(parts)}" if parts else ""


def _stamp(value: Any) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value is not None else "1970-01-01T00:00:00Z"


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = text
    return element


def _entry(feed: ET.Element, change: dict[str, Any], base: str, store_name: str, recorded_at: Any) -> None:
    key = f"{change['agreement']}/{change['clause']}/{change['reading']}/{change['incident']}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "id", f"tag:trucewatch,2025:{store_name}/change/{change['run_seq']}/{digest}")
    old, new = change["old_verdict"], change["verdict"]
    verb = {"new": f"{new}", "changed": f"{old} → {new}", "reasons": f"{new} (reasons changed)",
            "not_covered": f"{old} → not_covered", "withdrawn": f"{old} withdrawn"}[change["change"]]
    _text(entry, "title", f"{change['incident']}: {verb} ({change['agreement']} {change['clause']}, "
                          f"{change['reading']} reading)")
    _text(entry, "updated", _stamp(recorded_at))
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="application/json",
                  href=f"{base}/api/incidents/{change['incident']}")
    ET.SubElement(entry, f"{{{ATOM}}}category", term=change["verdict"])
    reasons = "; ".join(f"{r['condition']} {r['status']}" for r in change["reasons"])
    summary = (f"Run #{change['run_seq']} ({change['run_id']}): {change['change']} finding for incident "
               f"{change['incident']} (acting party {change['actor'] or 'unknown'}) under clause "
               f"{change['clause']} of {change['agreement']}, {change['reading']} reading: {verb}."
               + (f" Conditions: {reasons}." if reasons else ""))
    _text(entry, "summary", summary)
