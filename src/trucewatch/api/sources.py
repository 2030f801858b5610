"""Structured sources and the facility registry, as plain functions for the CLI and the web app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trucewatch import registry
from trucewatch.store import Store


def import_facilities(
    db: str | Path, files: list[Path], *, category: str | None = None, strict: bool = False,
    defaults: bool = False, link: bool = True, max_km: float | None = None,
) -> dict[str, Any]:
    """Import facility files (and/or the shipped default registry), each in its own transaction.

    Afterwards (with ``link``) the candidate targets of stored reports are recomputed within ``max_km``,
    which becomes the store's candidate radius (default: the radius the store has).
    """
    if max_km is not None:
        registry.check_radius(max_km)
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
        if link:
            with store.transaction() as con:
                if max_km is not None:
                    registry.set_candidate_radius(con, max_km)
                candidates = registry.link_candidates(con)
        counts = registry.count_facilities(store.con)
    return {"imports": results, "facilities": counts, "candidates": candidates}


def list_facilities(
    db: str | Path, *, country: str | None = None, category: str | None = None, admin1: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    with Store(db, create=False, read_only=True) as store:
        return registry.list_facilities(store.con, country=country, category=category, admin1=admin1,
                                        limit=limit)


def link_candidates(db: str | Path, max_km: float | None = None) -> dict[str, Any]:
    """Recompute candidate targets for every stored report within ``max_km``, which becomes the store's
    candidate radius (the next ``assess`` keeps it); without it, within the radius the store has. Returns
    counts and the radius used."""
    with Store(db, create=False) as store:
        with store.transaction() as con:
            if max_km is not None:
                registry.set_candidate_radius(con, max_km)
            max_km = registry.candidate_radius(con)
            n = registry.link_candidates(con, max_km)
        reports = store.con.execute(
            "SELECT count(DISTINCT report_id) FROM facility_candidates"
        ).fetchone()
    return {"max_km": max_km, "candidates": n, "reports_with_candidates": int(reports[0]) if reports else 0}


def facility_counts(db: str | Path) -> dict[str, int]:
    """Facilities by category group and in total (for ``status``)."""
    with Store(db, create=False, read_only=True) as store:
        return registry.count_facilities(store.con)
