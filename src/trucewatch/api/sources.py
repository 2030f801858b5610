"""Structured sources and the facility registry, as plain functions for the CLI and the web app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trucewatch import registry
from trucewatch.store import Store


def import_facilities(
    db: str | Path, files: list[Path], *, category: str | None = None, strict: bool = False,
    defaults: bool = False, link_km: float | None = 10.0,
) -> dict[str, Any]:
    """Import facility files (and/or the shipped default registry), each in its own transaction.

    Afterwards the candidate targets of stored reports are recomputed (unless ``link_km`` is None).
    """
    results: list[dict[str, Any]] = []
    with Store(db, create=False) as store:
        if defaults:
            with store.transaction() as con:
                results.append(registry.load_default_registry(con).as_dict())
        for path in files:
            with store.transaction() as con:
                results.append(registry.import_facilities(con, Path(path), category=category,
                                                          strict=strict).as_dict())
        candidates = None
        if link_km is not None:
            with store.transaction() as con:
                candidates = registry.link_candidates(con, link_km)
        counts = registry.count_facilities(store.con)
    return {"imports": results, "facilities": counts, "candidates": candidates}


def list_facilities(
    db: str | Path, *, country: str | None = None, category: str | None = None, admin1: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    with Store(db, create=False, read_only=True) as store:
        return registry.list_facilities(store.con, country=country, category=category, admin1=admin1,
                                        limit=limit)


def link_candidates(db: str | Path, max_km: float = 10.0) -> dict[str, Any]:
    """Recompute candidate targets for every stored report; returns counts."""
    with Store(db, create=False) as store:
        with store.transaction() as con:
            n = registry.link_candidates(con, max_km)
        reports = store.con.execute(
            "SELECT count(DISTINCT report_id) FROM facility_candidates"
        ).fetchone()
    return {"max_km": max_km, "candidates": n, "reports_with_candidates": int(reports[0]) if reports else 0}


def facility_counts(db: str | Path) -> dict[str, int]:
    """Facilities by category group and in total (for ``status``)."""
    with Store(db, create=False, read_only=True) as store:
        return registry.count_facilities(store.con)
