"""ACLED CSV exports → reports, set-based in DuckDB.

One ACLED event is one report ``acled:<event_id_cnty>``. ``event_date`` with ``time_precision`` becomes a UTC
interval covering the local day (1), the week around it (2) or its month (3); ``sub_event_type`` plus the
wording of ``notes`` give the event and weapon; ``actor1`` is the acting party through the actor map;
``geo_precision`` gives ``precision_km``; ``notes`` and ``tags`` give target hints (see
:mod:`trucewatch.ingest.hints`). ACLED's own ``source`` and ``source_scale`` are kept in the provenance.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

import duckdb

from trucewatch.ingest.actors import ActorRule, create_actor_table, load_actor_rules, resolve_actors_sql
from trucewatch.ingest.base import Staged
from trucewatch.ingest.checks import Check, compact_json_sql, coordinate_checks, quoted, reason_columns
from trucewatch.ingest.hints import target_hint_sql, weapon_hint_sql
from trucewatch.ingest.places import (
    create_admin1_table,
    create_country_table,
    create_point_table,
    local_day_sql,
)
from trucewatch.ingest.tabular import (
    RawTable,
    blank_to_null_sql,
    check_header,
    drop_raw,
    drop_relation,
    ident,
    raw_lines,
    read_head,
    read_table,
    sql_str,
    view_rejects,
)
from trucewatch.store.bulk import insert_rows

REQUIRED = ("event_id_cnty", "event_date", "sub_event_type", "actor1", "country", "latitude", "longitude")
OPTIONAL = (
    "time_precision", "event_type", "assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "admin2",
    "location", "geo_precision", "notes", "fatalities", "source", "source_scale", "tags", "timestamp",
    "civilian_targeting", "disorder_type", "iso",
)
DATE_FORMATS = ("%d/%m/%Y %H:%M:%S", "%Y-%m-%d", "%d %B %Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%d-%B-%Y")

# geo_precision: 1 = the named town, 2 = near it / part of a region, 3 = only the province is known.
GEO_PRECISION_KM: dict[str, float] = {"1": 2.0, "2": 25.0, "3": 100.0}

# sub_event_type → (event, default weapon, outcome). The weapon is refined from the notes where ACLED's
# category mixes several (shelling/artillery/missile attack; air/drone strike; disrupted weapons use).
SUB_EVENTS: dict[str, tuple[str, str | None, str | None]] = {
    "shelling/artillery/missile attack": ("shelling", "artillery", "hit"),
    "air/drone strike": ("strike", "unknown", "hit"),
    "disrupted weapons use": ("interception", "unknown", "intercepted"),
    "remote explosive/landmine/ied": ("other", "other", "hit"),
    "grenade": ("other", "other", "hit"),
    "suicide bomb": ("other", "other", "hit"),
    "chemical weapon": ("strike", "other", "hit"),
    "armed clash": ("ground_assault", "small_arms", None),
    "government regains territory": ("ground_assault", None, None),
    "non-state actor overtakes territory": ("ground_assault", None, None),
    "attack": ("other", None, None),
    "abduction/forced disappearance": ("other", None, None),
    "sexual violence": ("other", None, None),
    "agreement": ("other", None, None),
    "arrests": ("other", None, None),
    "change to group/activity": ("other", None, None),
    "headquarters or base established": ("other", None, None),
    "looting/property destruction": ("other", None, None),
    "non-violent transfer of territory": ("other", None, None),
    "other": ("other", None, None),
    "peaceful protest": ("other", None, None),
    "protest with intervention": ("other", None, None),
    "excessive force against protesters": ("other", None, None),
    "violent demonstration": ("other", None, None),
    "mob violence": ("other", None, None),
}
_REFINED = ("shelling/artillery/missile attack", "air/drone strike", "disrupted weapons use")
# every match contains "prisoner" or "pow swap": a substring test spares most rows the regex
PRISONER_EXCHANGE = "prisoner (exchange|swap)|exchange of prisoners|pow swap"

# provenance keys → the SQL for their values; keys whose value is empty are left out. Where the row was
# read from is in the report's input_file / input_line / source_row_id columns.
PROVENANCE: tuple[tuple[str, str], ...] = (
    ("format", "'acled'"), ("row_id", "row_id"), ("source", "acled_source"), ("source_scale", "source_scale"),
    ("event_type", "event_type"), ("sub_event_type", "sub_event_type"), ("actor1", "actor1"),
    ("assoc_actor_1", "assoc_actor_1"), ("actor2", "actor2"), ("actor2_party", "party2"),
    ("assoc_actor_2", "assoc_actor_2"), ("admin2", "admin2"), ("geo_precision", "geo_precision"),
    ("time_precision", "time_precision"), ("civilian_targeting", "civilian_targeting"), ("tags", "tags"),
    ("acled_timestamp", "acled_timestamp"),
    ("location_from_point", "CASE WHEN point_code IS NOT NULL THEN ['admin1_code'] END"),
)


class AcledAdapter:
    name = "acled"

    def sniff(self, path: Path, head: str) -> bool:
        first = head.splitlines()[0].lower() if head else ""
        return "event_id_cnty" in first and "sub_event_type" in first

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        head = read_head(path)
        columns, delimiter = check_header(path, head, REQUIRED, "ACLED")
        present = {c.lower(): c for c in columns}
        rules = load_actor_rules(options.get("mapping"))  # a bad map fails before the file is read
        raw = read_table(con, path, f"{relation}_raw", columns, delimiter,
                         keep=[present[n] for n in (*REQUIRED, *OPTIONAL) if n in present])

        def release() -> None:
            # the rows read are held in memory until dropped; when the write failed, the transaction may
            # refuse statements (the original error is the one to report)
            with suppress(duckdb.Error):
                drop_relation(con, f"{relation}_all")
                drop_raw(con, raw)
                for name in (f"{relation}_keys", f"{relation}_dups", f"{relation}_when", f"{relation}_who",
                             f"{relation}_points"):
                    drop_relation(con, name)

        try:
            staged = self._transform(con, path, relation, raw, present, rules)
        except BaseException:
            release()
            raise
        staged.release = release
        return staged

    def _transform(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, raw: RawTable,
        present: dict[str, str], rules: list[ActorRule],
    ) -> Staged:
        """The rows of ``raw`` → TEMP VIEW ``relation`` of reports, with the bad rows taken out.

        A view, not a table: the per-row work (hints, JSON provenance, checks) then runs once, inside the
        insert into ``reports``, on every core. Copying the rows into a table first would write them twice,
        and DuckDB scans a table created in the open transaction on one thread only.
        """

        def raw_col(name: str) -> str:
            return f"r.{ident(present[name])}" if name in present else "NULL::VARCHAR"

        def col(name: str) -> str:
            return blank_to_null_sql(raw_col(name)) if name in present else "NULL::VARCHAR"

        # Per-row work stays in one pass over the rows. Everything that depends on a few distinct values
        # (dates and time zones, countries, admin1 codes, actor parties, sub-event types) is worked out
        # once per distinct value in two small lookup tables and joined on the raw text.
        when_key = ("event_date", "time_precision", "country", "admin1")
        who_key = ("sub_event_type", "actor1", "actor2")
        create_country_table(con)
        create_actor_table(con, rules)
        create_sub_event_table(con)
        # one scan collects the distinct keys of both lookups and the ids that occur more than once
        # (repeated ids are rare; when there are none the join below is skipped)
        keys = f"{relation}_keys"
        key_cols = ", ".join(f"{raw_col(k)} AS k_{k}" for k in (*when_key, *who_key))
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {keys} AS SELECT * FROM (
                SELECT {', '.join(f'k_{k}' for k in (*when_key, *who_key))}, row_id,
                    grouping(k_{when_key[0]}) = 0 AS is_when, grouping(k_{who_key[0]}) = 0 AS is_who,
                    grouping(row_id) = 0 AS is_id, count(*) AS n, min(_line) AS first_line
                FROM (SELECT {key_cols}, {col('event_id_cnty')} AS row_id, r._line FROM {raw.table} r)
                GROUP BY GROUPING SETS (({', '.join(f'k_{k}' for k in when_key)}),
                                        ({', '.join(f'k_{k}' for k in who_key)}), (row_id))
            ) WHERE NOT is_id OR (n > 1 AND row_id IS NOT NULL)"""
        )
        self._create_when_table(con, f"(SELECT * FROM {keys} WHERE is_when)", f"{relation}_when", when_key)
        self._create_who_table(con, f"(SELECT * FROM {keys} WHERE is_who)", f"{relation}_who", who_key)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {relation}_dups AS SELECT row_id, first_line FROM {keys} WHERE is_id"
        )
        drop_relation(con, keys)
        has_dups = bool(con.execute(f"SELECT count(*) FROM {relation}_dups").fetchone() != (0,))

        def joined(key: tuple[str, ...], alias: str) -> str:
            return " AND ".join(f"{alias}.k_{k} IS NOT DISTINCT FROM {raw_col(k)}" for k in key)

        # a region name that is missing or unknown: the region of the point, once per distinct point (a file
        # whose every region is named, as most are, skips the scan)
        lat, lon = f"try_cast({col('latitude')} AS DOUBLE)", f"try_cast({col('longitude')} AS DOUBLE)"
        unnamed = con.execute(f"SELECT count(*) FROM {relation}_when WHERE admin1_code IS NULL "
                              "AND iso2 IS NOT NULL").fetchone()
        has_points = bool(unnamed and unnamed[0]) and create_point_table(
            con, f"SELECT {lat} AS lat, {lon} AS lon, w.iso2 AS country FROM {raw.table} r "
            f"JOIN {relation}_when w ON {joined(when_key, 'w')} WHERE w.admin1_code IS NULL AND w.iso2 IS NOT NULL",
            f"{relation}_points") > 0
        # an equality join (a hash join); the points are distinct, so no row is repeated
        point_join = (f"LEFT JOIN {relation}_points pt ON pt.lat = {lat} AND pt.lon = {lon} "
                      "AND pt.stated = w.iso2" if has_points else "")
        point_code = "CASE WHEN w.admin1_code IS NULL THEN pt.code END" if has_points else "NULL::VARCHAR"

        weapon_hint = weapon_hint_sql("text_lc")
        target_hint = target_hint_sql("text_lc")
        prov_file = sql_str(str(path))
        dup_join = (f"LEFT JOIN {relation}_dups dup ON dup.row_id = {col('event_id_cnty')}" if has_dups
                    else "")
        first_line = "coalesce(dup.first_line, r._line)" if has_dups else "r._line"
        stage_sql = f"""CREATE OR REPLACE TEMP VIEW {relation}_all AS
            WITH a AS (
                SELECT r._line, {first_line} AS first_line,
                    {col('event_id_cnty')} AS row_id, {col('event_date')} AS date_raw,
                    {col('event_type')} AS event_type, {col('sub_event_type')} AS sub_event_type,
                    {col('actor1')} AS actor1, {col('assoc_actor_1')} AS assoc_actor_1,
                    {col('actor2')} AS actor2, {col('assoc_actor_2')} AS assoc_actor_2,
                    {col('country')} AS country_raw, {col('admin1')} AS admin1, {col('admin2')} AS admin2,
                    {col('location')} AS location, {col('latitude')} AS lat_raw,
                    {col('longitude')} AS lon_raw,
                    try_cast({col('latitude')} AS DOUBLE) AS lat, try_cast({col('longitude')} AS DOUBLE) AS lon,
                    {col('geo_precision')} AS geo_precision, {col('notes')} AS notes,
                    {col('fatalities')} AS fatalities_raw, try_cast({col('fatalities')} AS INTEGER) AS killed,
                    {col('source')} AS acled_source, {col('source_scale')} AS source_scale,
                    {col('tags')} AS tags, {col('timestamp')} AS acled_timestamp,
                    {col('civilian_targeting')} AS civilian_targeting,
                    w.day, w.time_precision, w.iso2, w.tz, w.south, w.north, w.west, w.east, w.s, w.e,
                    coalesce(w.admin1_code, {point_code}) AS admin1_code, {point_code} AS point_code,
                    o.se_event, o.se_weapon, o.se_outcome, o.refined, o.party1, o.party2,
                    lower(concat_ws(' ', {col('notes')}, {col('tags')})) AS text_lc
                FROM {raw.table} r
                LEFT JOIN {relation}_when w ON {joined(when_key, 'w')}
                LEFT JOIN {relation}_who o ON {joined(who_key, 'o')}
                {point_join}
                {dup_join}
            ), j AS (
                SELECT a.*, CASE WHEN refined THEN {weapon_hint} END AS weapon_hint FROM a
            )
            SELECT
                'acled:' || row_id AS id, 'ACLED' AS source_name, NULL::VARCHAR AS source_url,
                NULL::TIMESTAMP AS published_at, 'dataset' AS source_kind, NULL::VARCHAR AS aligned_with,
                'ACLED' AS claimant, 'reports' AS stance, party1 AS actor,
                s AS occurred_start, e AS occurred_end, tz,
                location AS location_name, admin1, admin1_code, iso2 AS country, lat, lon,
                CASE geo_precision {' '.join(f"WHEN '{k}' THEN {v}" for k, v in GEO_PRECISION_KM.items())}
                    END::DOUBLE AS precision_km,
                {target_hint} AS target_category, NULL::VARCHAR AS target_name,
                tags AS target_description,
                coalesce(weapon_hint, se_weapon) AS weapon, se_outcome AS outcome,
                NULL::BIGINT AS count, false AS aggregate, NULL::VARCHAR AS relates_to, notes AS text,
                CASE WHEN (contains(text_lc, 'prisoner') OR contains(text_lc, 'pow swap'))
                          AND regexp_matches(text_lc, {sql_str(PRISONER_EXCHANGE)}) THEN 'prisoner_exchange'
                     WHEN se_event = 'shelling' AND weapon_hint IN ('missile', 'drone', 'aerial_bomb', 'fpv')
                     THEN 'strike'
                     ELSE coalesce(se_event, 'other') END AS event,
                killed, NULL::INTEGER AS injured, 'acled' AS format, {prov_file} AS input_file,
                _line AS input_line, row_id AS source_row_id,
                {compact_json_sql(PROVENANCE)} AS provenance,
                NULL::VARCHAR AS spans,
                _line,
                {reason_columns(_checks(), _PASSING)}
            FROM j"""
        con.execute(stage_sql)
        problems, bad_lines = view_rejects(con, f"{relation}_all", path)
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {relation} AS SELECT * FROM {relation}_all"
            + (" WHERE _reason IS NULL" if problems else "")
        )
        unknown_sub = con.execute(
            f"SELECT DISTINCT sub_event_type FROM {relation}_who WHERE sub_event_type IS NOT NULL "
            "AND NOT known ORDER BY 1"
        ).fetchall()
        notes = [f"sub_event_type '{s}' is not in trucewatch's ACLED vocabulary: event 'other'"
                 for (s,) in unknown_sub]
        lines = dict(raw.reject_lines)
        lines.update(raw_lines(path, bad_lines))
        rejects = sorted(raw.rejects + problems, key=lambda p: p.where.line or 0)
        # a repeated event_id_cnty is rejected above ("repeats the row at line …"): the ids are unique
        return Staged(relation, raw.rows_read, rejects, lines, notes, unique_ids=True)

    @staticmethod
    def _create_when_table(con: duckdb.DuckDBPyConnection, keys: str, table: str, key: tuple[str, ...]) -> None:
        """Per distinct (event_date, time_precision, country, admin1) in ``keys``: the day, the UTC
        interval, the country's code, zone and extent, and the admin1 code."""
        fmts = "[" + ", ".join(sql_str(f) for f in DATE_FORMATS) + "]"

        def clean(name: str) -> str:
            return f"nullif(trim(k.k_{name}), '')"

        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {table}_k AS
            SELECT k.*, try_strptime(k.date_raw, {fmts})::DATE AS day, c.iso2, c.tz, c.south, c.north,
                c.west, c.east
            FROM (SELECT {', '.join(f'k.k_{name}' for name in key)}, {clean('event_date')} AS date_raw,
                      coalesce({clean('time_precision')}, '1') AS time_precision,
                      {clean('country')} AS country, {clean('admin1')} AS admin1
                  FROM {keys} k) k
            LEFT JOIN _tw_countries c ON c.key = lower(k.country)"""
        )
        create_admin1_table(con, f"SELECT admin1 AS name, iso2 AS country FROM {table}_k")
        # one time-zone conversion per distinct (day, zone, precision), not per row
        start_d, end_d = local_day_sql("day", "tz")
        start_w, end_w = local_day_sql("day - 3", "tz", "INTERVAL 7 DAY")
        start_m, end_m = local_day_sql("date_trunc('month', day)::DATE", "tz", "INTERVAL 1 MONTH")
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {table} AS
            SELECT k.*, ad.code AS admin1_code,
                CASE WHEN day IS NULL OR tz IS NULL THEN NULL WHEN time_precision = '2' THEN {start_w}
                     WHEN time_precision = '3' THEN {start_m} WHEN time_precision = '1' THEN {start_d} END AS s,
                CASE WHEN day IS NULL OR tz IS NULL THEN NULL WHEN time_precision = '2' THEN {end_w}
                     WHEN time_precision = '3' THEN {end_m} WHEN time_precision = '1' THEN {end_d} END AS e
            FROM {table}_k k
            LEFT JOIN _tw_admin1 ad ON ad.name = k.admin1 AND ad.country IS NOT DISTINCT FROM k.iso2"""
        )
        con.execute(f"DROP TABLE IF EXISTS {table}_k")

    @staticmethod
    def _create_who_table(con: duckdb.DuckDBPyConnection, keys: str, table: str, key: tuple[str, ...]) -> None:
        """Per distinct (sub_event_type, actor1, actor2) in ``keys``: event, weapon, outcome, parties."""
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {table}_k AS SELECT {', '.join(f'k.k_{name}' for name in key)},
                {', '.join(f"nullif(trim(k.k_{name}), '') AS {name}" for name in key)}
            FROM {keys} k"""
        )
        actors = resolve_actors_sql(f"SELECT actor1 AS name FROM {table}_k UNION SELECT actor2 FROM {table}_k")
        refined = ", ".join(sql_str(s) for s in _REFINED)
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {table} AS
            WITH parties AS ({actors})
            SELECT k.*, se.name IS NOT NULL AS known, se.event AS se_event, se.weapon AS se_weapon,
                se.outcome AS se_outcome, lower(k.sub_event_type) IN ({refined}) AS refined,
                p1.party AS party1, p2.party AS party2
            FROM {table}_k k
            LEFT JOIN _tw_sub_events se ON se.name = lower(k.sub_event_type)
            LEFT JOIN parties p1 ON p1.name = k.actor1
            LEFT JOIN parties p2 ON p2.name = k.actor2"""
        )
        con.execute(f"DROP TABLE IF EXISTS {table}_k")


# True only for rows that pass every check in _checks (a coordinate inside the country's box is a number in
# range): one test clears the usual row
_PASSING = (
    "row_id IS NOT NULL AND first_line = _line AND day IS NOT NULL AND time_precision IN ('1', '2', '3') "
    "AND lat BETWEEN j.south AND j.north AND lon BETWEEN j.west AND j.east "
    "AND (geo_precision IS NULL OR geo_precision IN ('1', '2', '3')) "
    "AND (fatalities_raw IS NULL OR killed >= 0) AND sub_event_type IS NOT NULL"
)


def _checks() -> list[Check]:
    return [
        Check("row_id IS NULL", "'event_id_cnty is empty'", "event_id_cnty"),
        Check("first_line < _line", "'event_id_cnty ' || row_id || ' repeats the row at line ' || first_line",
              "event_id_cnty"),
        Check("date_raw IS NULL", "'event_date is empty'", "event_date"),
        Check("day IS NULL", f"{quoted('date_raw')} || ' is not a date (expected DD/MM/YYYY, YYYY-MM-DD "
              "or \"10 January 2024\")'", "event_date"),
        Check("time_precision NOT IN ('1', '2', '3')", f"{quoted('time_precision')} || ' is not 1, 2 or 3'",
              "time_precision"),
        Check("country_raw IS NULL", "'country is empty'", "country"),
        Check("iso2 IS NULL", f"{quoted('country_raw')} || ' is not a known country'", "country"),
        *coordinate_checks("lat_raw", "lon_raw", "lat", "lon", "country_raw", bbox="j"),
        Check("geo_precision IS NOT NULL AND geo_precision NOT IN ('1', '2', '3')",
              f"{quoted('geo_precision')} || ' is not 1, 2 or 3'", "geo_precision"),
        Check("fatalities_raw IS NOT NULL AND (killed IS NULL OR killed < 0)",
              f"{quoted('fatalities_raw')} || ' is not a whole number'", "fatalities"),
        Check("sub_event_type IS NULL", "'sub_event_type is empty'", "sub_event_type"),
    ]


def create_sub_event_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _tw_sub_events (name VARCHAR, event VARCHAR, weapon VARCHAR, "
        "outcome VARCHAR)"
    )
    insert_rows(con, "_tw_sub_events", ("name", "event", "weapon", "outcome"),
                [(name, *mapped) for name, mapped in SUB_EVENTS.items()])
