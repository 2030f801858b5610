"""Actor names → the parties the agreements name, at assess time.

The ingest maps actor names to party ids through the actor map (``ingest.actors``: the shipped defaults and
a user's ``--mapping``). A report that map leaves without a party keeps the dataset's actor name: ACLED's
``actor1`` (in the provenance), a generic file's ``actor`` column, a native report's ``actor``. Here, when
incidents are built, such a name takes the party whose agreement names it (docs/agreements.md "Parties and
actor names"):

- a party's ``actors`` entry matches the whole actor name, or its beginning up to a word boundary
  ("Military Forces of Sudan" matches "Military Forces of Sudan (2019-) Air Force"); the longest wins;
- a party's ``name`` matches the whole actor name only ("Rapid Support Forces");
- names are compared by :func:`trucewatch.model.actor_key` (case, spacing and ACLED's "(2019-)" ignored);
- a name two agreements give to different party ids matches neither: its reports keep no party.

An incident's actor is then that party id under every agreement; an agreement that does not name the party
counts it as ``other`` (``api.core.scorecard``). Reads ``agreements`` and ``reports``; writes the TEMP TABLE
``ACTOR_PARTIES`` (name, party) that ``resolve.pairs.prepare_reports`` joins into the reports it reads.
"""

from __future__ import annotations

import json

import duckdb

from trucewatch.model import actor_key
from trucewatch.store.bulk import insert_rows

ACTOR_PARTIES = "_rv_actor_parties"
# The actor name a report came with, when the ingest's actor map gave it no party (SQL over reports ``r``).
RAW_NAME = "coalesce(r.provenance->>'$.actor1', r.provenance->>'$.actor_name', r.actor)"
UNMAPPED = f"(r.actor IS NULL OR r.actor = {RAW_NAME})"


def agreement_actor_names(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], dict[str, str]]:
    """(whole names, prefixes): actor key → party id over every stored agreement, the names that two
    agreements give to different parties left out."""
    whole: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for (parties,) in con.execute("SELECT body->>'$.parties' FROM agreements ORDER BY id").fetchall():
        for party in json.loads(parties or "[]"):
            named = actor_key(str(party.get("name") or ""))
            if named:
                whole.setdefault(named, set()).add(party["id"])
            for name in party.get("actors") or ():
                key = actor_key(str(name))
                if key:
                    prefixes.setdefault(key, set()).add(party["id"])
    both = {key: whole.get(key, set()) | prefixes.get(key, set()) for key in {*whole, *prefixes}}
    return ({key: next(iter(ids)) for key, ids in whole.items() if len(both[key]) == 1},
            {key: next(iter(ids)) for key, ids in prefixes.items() if len(both[key]) == 1})


def party_of(name: str, whole: dict[str, str], prefixes: dict[str, str]) -> str | None:
    """The party an actor name means under the agreements' names (see the module docstring), or None."""
    key = actor_key(name)
    if not key:
        return None
    if key in prefixes:
        return prefixes[key]
    if key in whole:
        return whole[key]
    words = key.split(" ")
    for end in range(len(words) - 1, 0, -1):  # the longest beginning first
        party = prefixes.get(" ".join(words[:end]))
        if party is not None:
            return party
    return None


def actor_parties(con: duckdb.DuckDBPyConnection, reports_sql: str) -> list[tuple[str, str]]:
    """(actor name, party) for the unmapped actor names of the reports ``reports_sql`` selects that an
    agreement gives a party, each distinct name matched once; sorted."""
    whole, prefixes = agreement_actor_names(con)
    if not whole and not prefixes:
        return []
    names = con.execute(f"SELECT DISTINCT {RAW_NAME} FROM ({reports_sql}) r WHERE {UNMAPPED} "
                        f"AND {RAW_NAME} IS NOT NULL").fetchall()
    return sorted((name, party) for (name,) in names if (party := party_of(name, whole, prefixes)) is not None)


def create_actor_parties(con: duckdb.DuckDBPyConnection, reports_sql: str) -> bool:
    """TEMP TABLE ``ACTOR_PARTIES`` (name, party) from :func:`actor_parties`; False (and no table) when no
    name means a party."""
    con.execute(f"DROP TABLE IF EXISTS {ACTOR_PARTIES}")
    found = actor_parties(con, reports_sql)
    if not found:
        return False
    con.execute(f"CREATE TEMP TABLE {ACTOR_PARTIES} (name VARCHAR, party VARCHAR)")
    insert_rows(con, ACTOR_PARTIES, ("name", "party"), found)
    return True


def with_parties_sql(reports_sql: str) -> str:
    """The reports ``reports_sql`` selects, each unmapped actor name replaced by its party (from
    ``ACTOR_PARTIES``, which :func:`create_actor_parties` made)."""
    return (f"SELECT r.* REPLACE (coalesce(ap.party, r.actor) AS actor) FROM ({reports_sql}) r "
            f"LEFT JOIN {ACTOR_PARTIES} ap ON ap.name = {RAW_NAME} AND {UNMAPPED}")
