"""What an agreement can concern: the incidents inside a clause reading's window and geography.

An incident whose time lies wholly outside a clause reading's window, or whose place is certainly outside its
geography, is ``not_covered`` by it for a reason that says nothing about the incident. Listings and scorecards
leave such pairs out by default (they are counted, and ``--all`` / ``all=1`` shows them): a truce in Sudan
has nothing to say about a shelling in Kharkiv.

The test is looser than the judge's (``adjudicate.conditions.time`` and ``.geography``): whatever the judge
finds uncertain or passing is within reach, so every stored finding is within reach. An incident with no
time or no place is within reach.

``REACH`` is a relation with one row per clause reading (agreement_id, clause_id, reading_id); join it as
``rc`` and filter with ``within_reach()`` over the incident alias ``i``.
"""

from __future__ import annotations

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
_KM_PER_DEGREE = 111.0


def time_within(i: str = "i", rc: str = "rc") -> str:
    """SQL: the incident's time is not wholly before or after the window (the judge's ``_BEFORE`` and
    ``_AFTER``: an interval ``[s, e)`` ending at or before the start, an instant before it, anything starting
    at or after the end); an untimed incident is always within."""
    s, e = f"{i}.occurred_start", f"coalesce({i}.occurred_end, {i}.occurred_start)"
    before = f"(({e} > {s} AND {e} <= {rc}.ws) OR ({e} = {s} AND {s} < {rc}.ws))"
    after = f"({rc}.we IS NOT NULL AND {s} >= {rc}.we)"
    return f"({s} IS NULL OR NOT ({before} OR {after}))"


def place_within(i: str = "i", rc: str = "rc") -> str:
    """SQL: the incident's place is not certainly outside the geography (an unplaced incident never is)."""
    margin = f"(1 + coalesce({i}.precision_km, 0) / {_KM_PER_DEGREE})"
    in_area = (f"len(list_filter({rc}.inc_areas, b -> {i}.lat BETWEEN b.south - {margin} AND b.north + {margin} "
               f"AND {i}.lon BETWEEN b.west - {margin} AND b.east + {margin})) > 0")
    excluded = (f"(list_contains({rc}.ex_countries, {i}.country) "
                f"OR list_contains({rc}.ex_admin1, {i}.admin1_code))")
    included = f"""(({i}.country IS NULL AND {i}.lat IS NULL)
        OR list_contains({rc}.inc_countries, {i}.country)
        OR list_contains({rc}.inc_admin1, {i}.admin1_code)
        OR ({i}.admin1_code IS NULL AND list_contains({rc}.inc_admin1_countries, {i}.country))
        OR (len({rc}.inc_areas) > 0 AND {i}.lat IS NULL)
        OR {in_area})"""
    return (f"({rc}.geo_any OR NOT (coalesce({excluded}, false) "
            f"OR ({rc}.has_include AND NOT coalesce({included}, false))))")


def within_reach(i: str = "i", rc: str = "rc") -> str:
    """SQL: the incident ``i`` is within the window and geography of the clause reading ``rc``."""
    return f"({time_within(i, rc)} AND {place_within(i, rc)})"


def incident_within_agreement(i: str = "i", *, agreement: str = "?", reading: str | None = None,
                              clause: str | None = None) -> str:
    """SQL: the incident is within reach of some clause reading of an agreement (and reading and clause, when
    given); the arguments are SQL expressions, parameters by default (in this order)."""
    extra = (f" AND rc.reading_id = {reading}" if reading else "") + (f" AND rc.clause_id = {clause}" if clause else "")
    # a semi-join on the id: the reach test's lambda cannot see the columns of an outer query
    return (f"{i}.id IN (SELECT x.id FROM incidents x JOIN {REACH} rc ON {within_reach('x', 'rc')} "
            f"JOIN clause_readings k USING (agreement_id, clause_id, reading_id) "
            f"WHERE k.kind = 'prohibition' AND rc.agreement_id = {agreement}{extra})")


# The parties each agreement names: an incident's actor counts as a party of an agreement only when the
# agreement names it; any other actor is 'other', no actor is 'unknown'.
AGREEMENT_PARTIES = """(SELECT id AS agreement_id,
       coalesce(json_extract_string(body, '$.parties[*].id'), []) AS parties FROM agreements)"""
OTHER_PARTY = "other"
UNKNOWN_PARTY = "unknown"


def party_in(i: str = "i", ap: str = "ap") -> str:
    """SQL: the incident's acting party as the agreement ``ap`` sees it."""
    return (f"CASE WHEN {i}.actor IS NULL THEN '{UNKNOWN_PARTY}' WHEN list_contains({ap}.parties, {i}.actor) "
            f"THEN {i}.actor ELSE '{OTHER_PARTY}' END")
