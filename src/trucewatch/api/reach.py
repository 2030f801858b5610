"""What an agreement can concern: the incidents inside a clause reading's window and geography.

An incident whose time lies wholly outside a clause reading's window, or whose place is certainly outside its
geography, is ``not_covered`` by it for a reason that says nothing about the incident. Listings and scorecards
leave such pairs out by default (they are counted, and ``--all`` / ``all=1`` shows them): a truce in Sudan
has nothing to say about a shelling in Kharkiv.

The test is looser than the judge's (``adjudicate.conditions.time`` and ``.geography``): whatever the judge
finds uncertain or passing is within reach, so every stored finding is within reach. An incident with no
time or no place is within reach.

``reaches`` compiles each clause reading's reach to a condition over the incident with constants only (the
window's bounds, the store's places that pass its geography, its areas as boxes), found with one small query
over ``REACH`` (one row per clause reading) and the store's distinct places: filtering a million incidents
is then a plain scan, and counting per clause reading one pass with a filtered count each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trucewatch.errors import NotFound
from trucewatch.geo.distance import BOX_KM_PER_DEGREE
from trucewatch.ingest.tabular import sql_str

REACH = """(SELECT cr.agreement_id, cr.clause_id, cr.reading_id, cr.window_start AS ws, cr.window_end AS we,
       cr.geo_any,
       coalesce(list(g.value) FILTER (WHERE g.kind = 'country' AND g.include), []) AS inc_countries,
       coalesce(list(g.value) FILTER (WHERE g.kind = 'admin1' AND g.include), []) AS inc_admin1,
       coalesce(list(split_part(g.value, '-', 1)) FILTER (WHERE g.kind = 'admin1' AND g.include), [])
           AS inc_admin1_countries,
       coalesce(list({'west': g.west, 'south': g.south, 'east': g.east, 'north': g.north})
                FILTER (WHERE g.kind = 'area' AND g.include), []) AS inc_areas,
       coalesce(list(g.value) FILTER (WHERE g.kind = 'country' AND NOT g.include), []) AS ex_countries,
       coalesce(list(g.value) FILTER (WHERE g.kind = 'admin1' AND NOT g.include), []) AS ex_admin1,
       coalesce(bool_or(g.include), false) AS has_include
   FROM clause_readings cr
   LEFT JOIN geo_items g ON g.agreement_id = cr.agreement_id AND g.clause_id = cr.clause_id
        AND g.reading_id = cr.reading_id
   GROUP BY cr.agreement_id, cr.clause_id, cr.reading_id, cr.window_start, cr.window_end, cr.geo_any)"""

# A degree of latitude is about 111 km; a margin of one degree more keeps the test looser than the judge's
# (which measures a point's precision against an area's edge).


def _place_sure(k: str, rc: str) -> str:
    """The place test over a place key ``k`` (country, admin1_code, unplaced), areas left aside: true when
    the key alone puts every incident with it within reach."""
    excluded = f"(list_contains({rc}.ex_countries, {k}.country) OR list_contains({rc}.ex_admin1, {k}.admin1_code))"
    included = f"""(({k}.country IS NULL AND {k}.unplaced)
        OR list_contains({rc}.inc_countries, {k}.country)
        OR list_contains({rc}.inc_admin1, {k}.admin1_code)
        OR ({k}.admin1_code IS NULL AND list_contains({rc}.inc_admin1_countries, {k}.country))
        OR (len({rc}.inc_areas) > 0 AND {k}.unplaced))"""
    return (f"({rc}.geo_any OR NOT (coalesce({excluded}, false) "
            f"OR ({rc}.has_include AND NOT coalesce({included}, false))))")


def _place_excluded(k: str, rc: str) -> str:
    return (f"coalesce(list_contains({rc}.ex_countries, {k}.country) "
            f"OR list_contains({rc}.ex_admin1, {k}.admin1_code), false)")


@dataclass(frozen=True)
class Reach:
    """One clause reading's reach as a SQL condition over an incident (constants only: a plain scan)."""

    agreement_id: str
    clause_id: str
    reading_id: str
    condition: str
    uses_position: bool  # the condition reads lat/lon (the clause reading has areas), not only whether known


def incident_facts(compiled: list[Reach]) -> str:
    """SQL: the incidents reduced to what the compiled conditions and the scorecard read (acting party,
    place, time), each distinct combination once with its count ``n``: many incidents share them (a dataset
    dated by the day, one region), so counting per clause reading runs over far fewer rows. With an area the
    positions count, and every incident is its own row."""
    if any(r.uses_position for r in compiled):  # positions are nearly all distinct: no point grouping
        return "(SELECT actor, country, admin1_code, lat, lon, precision_km, occurred_start, occurred_end, " \
               "1 AS n FROM incidents)"
    return ("(SELECT actor, country, admin1_code, CASE WHEN lat IS NULL THEN NULL ELSE 0.0 END AS lat, "
            "occurred_start, occurred_end, count(*) AS n FROM incidents GROUP BY ALL)")


def require_agreement(con: Any, agreement: str | None) -> None:
    """An agreement named as a filter must be in the store: an unknown one is an error, not an empty answer."""
    if agreement is not None and not con.execute("SELECT 1 FROM agreements WHERE id = ?", [agreement]).fetchone():
        raise NotFound(f"no agreement '{agreement}' in the store", hint="'trucewatch agreements list' shows the ids")


def reaches(con: Any, *, agreement: str | None = None, reading: str | None = None, clause: str | None = None,
            alias: str = "i") -> list[Reach]:
    """The reach of every prohibition clause reading (of an agreement, reading, clause when given), each
    compiled to a condition over the incident ``alias``: the window as constants, the place as the list of
    the store's places (country, region, located or not) that pass, found once per place and clause reading
    in the store, plus each area as a box when the clause reading has areas."""
    narrow = " AND ".join(f"rc.{c} = ?" for c, v in (("agreement_id", agreement), ("reading_id", reading),
                                                     ("clause_id", clause)) if v) or "TRUE"
    params = [v for v in (agreement, reading, clause) if v]
    rows = con.execute(f"""
        WITH rc AS (SELECT rc.* FROM {REACH} rc JOIN clause_readings k USING (agreement_id, clause_id, reading_id)
                    WHERE k.kind = 'prohibition' AND {narrow}),
        places AS (SELECT DISTINCT country, admin1_code, lat IS NULL AS unplaced FROM incidents)
        SELECT rc.agreement_id, rc.clause_id, rc.reading_id, rc.ws, rc.we, rc.inc_areas,
               list({{'country': p.country, 'admin1_code': p.admin1_code, 'unplaced': p.unplaced}})
                   FILTER (WHERE {_place_sure('p', 'rc')}) AS sure,
               list({{'country': p.country, 'admin1_code': p.admin1_code, 'unplaced': p.unplaced}})
                   FILTER (WHERE NOT {_place_sure('p', 'rc')} AND NOT p.unplaced AND len(rc.inc_areas) > 0
                           AND NOT {_place_excluded('p', 'rc')}) AS in_areas,
               count(p.unplaced) AS n_places
        FROM rc LEFT JOIN places p ON TRUE
        GROUP BY ALL ORDER BY 1, 2, 3""", params).fetchall()
    out = []
    for agreement_id, clause_id, reading_id, ws, we, areas, sure, in_areas, n_places in rows:
        place = _place_condition(alias, sure or [], in_areas or [], areas, n_places)
        condition = f"({_time_condition(alias, ws, we)} AND {place})"
        out.append(Reach(agreement_id, clause_id, reading_id, condition, bool(in_areas)))
    return out


def _ts(value: datetime) -> str:
    return f"TIMESTAMP '{value.isoformat(sep=' ')}'"


def _time_condition(i: str, ws: datetime, we: datetime | None) -> str:
    """Not wholly before or after the window (the judge's ``_BEFORE`` / ``_AFTER``); untimed is within."""
    s, e = f"{i}.occurred_start", f"coalesce({i}.occurred_end, {i}.occurred_start)"
    end = f" AND {s} < {_ts(we)}" if we is not None else ""
    return f"({s} IS NULL OR ({e} >= {_ts(ws)} AND ({e} > {_ts(ws)} OR {s} = {_ts(ws)}){end}))"


def _key(i: str, place: dict[str, Any]) -> str:
    parts = [f"{i}.{column} IS NULL" if place[column] is None else f"{i}.{column} = {sql_str(place[column])}"
             for column in ("country", "admin1_code")]
    parts.append(f"{i}.lat IS NULL" if place["unplaced"] else f"{i}.lat IS NOT NULL")
    return "(" + " AND ".join(parts) + ")"


def _place_condition(i: str, sure: list[dict[str, Any]], in_areas: list[dict[str, Any]],
                     areas: list[dict[str, float]], n_places: int) -> str:
    if len(sure) == n_places:
        return "TRUE"
    terms = [_key(i, p) for p in sure]
    if in_areas:
        margin = f"(1 + coalesce({i}.precision_km, 0) / {BOX_KM_PER_DEGREE})"
        boxes = " OR ".join(
            f"({i}.lat BETWEEN {a['south']} - {margin} AND {a['north']} + {margin} "
            f"AND {i}.lon BETWEEN {a['west']} - {margin} AND {a['east']} + {margin})" for a in areas)
        terms.append(f"(({' OR '.join(_key(i, p) for p in in_areas)}) AND ({boxes}))")
    return "(" + (" OR ".join(terms) or "FALSE") + ")"


def incident_within(compiled: list[Reach]) -> str:
    """SQL: the incident is within reach of any of the compiled clause readings (FALSE for none)."""
    return "(" + (" OR ".join(r.condition for r in compiled) or "FALSE") + ")"


def pair_within(compiled: list[Reach], f: str = "f") -> str:
    """SQL: the pair ``f`` (agreement_id, clause_id, reading_id with the incident as ``i``) is within reach;
    ``compiled`` must cover every clause reading ``f`` can name."""
    return "(" + (" OR ".join(
        f"({f}.agreement_id = {sql_str(r.agreement_id)} AND {f}.clause_id = {sql_str(r.clause_id)} "
        f"AND {f}.reading_id = {sql_str(r.reading_id)} AND {r.condition})" for r in compiled) or "FALSE") + ")"


# The parties each agreement names: an incident's actor counts as a party of an agreement only when the
# agreement names it; any other actor is 'other', no actor is 'unknown' (api.core.scorecard).
AGREEMENT_PARTIES = """(SELECT id AS agreement_id,
       coalesce(json_extract_string(body, '$.parties[*].id'), []) AS parties FROM agreements)"""
OTHER_PARTY = "other"
