"""UCDP GED CSV → reports, set-based in DuckDB.

One GED event is one report ``ucdp:<id>``. ``date_start``..``date_end`` become the local days they cover
(``date_prec`` is kept); ``where_prec`` gives ``precision_km``; ``side_a`` and ``side_b`` map to parties
through the actor map. A GED event records fighting between two sides without saying who fired, so the
report's ``actor`` stays empty and both sides' parties are kept in the provenance. ``best`` deaths is
``killed``; ``low``, ``high`` and the per-side death counts are kept too, as are the news sources.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from trucewatch.ingest.actors import create_actor_table, load_actor_rules, resolve_actors_sql
from trucewatch.ingest.base import Staged
from trucewatch.ingest.checks import Check, coordinate_checks, quoted, reason_columns
from trucewatch.ingest.hints import WEAPON_RULES, target_hint_sql, weapon_hint_sql
from trucewatch.ingest.places import create_admin1_table, create_country_table, fill_from_points, local_day_sql
from trucewatch.ingest.tabular import (
    blank_to_null_sql,
    check_header,
    drop_raw,
    drop_relation,
    ident,
    raw_lines,
    read_head,
    read_table,
    split_rejects,
    sql_str,
)
from trucewatch.store.reports import REPORT_COLUMNS

REQUIRED = ("id", "side_a", "side_b", "date_start", "date_end", "where_prec", "latitude", "longitude",
            "country", "best")
OPTIONAL = ("relid", "date_prec", "adm_1", "adm_2", "where_coordinates", "where_description",
            "source_article", "source_office", "source_date", "source_headline", "number_of_sources",
            "type_of_violence", "conflict_name", "dyad_name", "low", "high", "deaths_a", "deaths_b",
            "deaths_civilians", "deaths_unknown", "event_clarity")
DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%g", "%d/%m/%Y")

# where_prec: 1 exact place, 2 within ~25 km, 3 second-order unit, 4 first-order unit, 5 a linear
# feature (road, river, front line), 6 country only, 7 waters or airspace.
WHERE_PREC_KM: dict[str, float] = {
    "1": 1.0, "2": 25.0, "3": 50.0, "4": 150.0, "5": 50.0, "6": 500.0, "7": 500.0,
}
_EVENT_BY_WEAPON = {w: e for _, w, e in WEAPON_RULES}


class UcdpAdapter:
    name = "ucdp"

    def sniff(self, path: Path, head: str) -> bool:
        first = head.splitlines()[0].lower() if head else ""
        return all(c in first for c in ("side_a", "side_b", "where_prec", "date_prec"))

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        head = read_head(path)
        columns, delimiter = check_header(path, head, REQUIRED, "UCDP GED")
        raw = read_table(con, path, f"{relation}_raw", columns, delimiter)
        present = {c.lower(): c for c in columns}

        def col(name: str) -> str:
            return blank_to_null_sql(f"r.{ident(present[name])}") if name in present else "NULL::VARCHAR"

        def whole(name: str) -> str:
            return f"try_cast(try_cast({col(name)} AS DOUBLE) AS INTEGER)"

        create_country_table(con)
        create_actor_table(con, load_actor_rules(options.get("mapping")))
        fmts = "[" + ", ".join(sql_str(f) for f in DATE_FORMATS) + "]"
        con.execute(
            f"""CREATE OR REPLACE TEMP VIEW {relation}_a AS SELECT r._line,
                {col('id')} AS row_id, {col('relid')} AS relid,
                {col('date_start')} AS start_raw, {col('date_end')} AS end_raw,
                try_strptime({col('date_start')}, {fmts})::DATE AS day_start,
                try_strptime({col('date_end')}, {fmts})::DATE AS day_end,
                {col('date_prec')} AS date_prec, {col('where_prec')} AS where_prec,
                {col('side_a')} AS side_a, {col('side_b')} AS side_b,
                {col('country')} AS country_raw, {col('adm_1')} AS adm_1, {col('adm_2')} AS adm_2,
                {col('where_coordinates')} AS place, {col('where_description')} AS where_description,
                {col('latitude')} AS lat_raw, {col('longitude')} AS lon_raw,
                try_cast({col('latitude')} AS DOUBLE) AS lat, try_cast({col('longitude')} AS DOUBLE) AS lon,
                {col('best')} AS best_raw, {whole('best')} AS best, {whole('low')} AS low,
                {whole('high')} AS high, {whole('deaths_a')} AS deaths_a, {whole('deaths_b')} AS deaths_b,
                {whole('deaths_civilians')} AS deaths_civilians, {whole('deaths_unknown')} AS deaths_unknown,
                {col('source_headline')} AS headlines, {col('source_office')} AS offices,
                {col('source_date')} AS source_dates, {col('source_article')} AS articles,
                {col('number_of_sources')} AS number_of_sources,
                {col('type_of_violence')} AS type_of_violence, {col('conflict_name')} AS conflict_name,
                {col('dyad_name')} AS dyad_name, {col('event_clarity')} AS event_clarity,
                lower(coalesce({col('source_headline')}, '')) AS text_lc
            FROM {raw.table} r"""
        )
        create_admin1_table(
            con, f"SELECT a.adm_1 AS name, c.iso2 AS country FROM {relation}_a a "
            f"LEFT JOIN _tw_countries c ON c.key = lower(a.country_raw)"
        )
        start, _ = local_day_sql("day_start", "tz")
        _, end = local_day_sql("day_end", "tz")
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {relation}_days AS SELECT day_start, day_end, tz,
                {start} AS s, {end} AS e
            FROM (SELECT DISTINCT a.day_start, a.day_end, c.tz FROM {relation}_a a
                  JOIN _tw_countries c ON c.key = lower(a.country_raw)
                  WHERE a.day_start IS NOT NULL AND a.day_end IS NOT NULL)"""
        )
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {relation}_actors AS "
            + resolve_actors_sql(f"SELECT side_a AS name FROM {relation}_a UNION SELECT side_b FROM {relation}_a")
        )
        event_case = " ".join(f"WHEN {sql_str(w)} THEN {sql_str(e)}" for w, e in _EVENT_BY_WEAPON.items())
        prec_case = " ".join(f"WHEN '{k}' THEN {v}" for k, v in WHERE_PREC_KM.items())
        prov_file = sql_str(str(path))
        # repeated ids are rare: find them with one aggregate instead of a window over every row
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {relation}_dups AS SELECT row_id, min(_line) AS first_line "
            f"FROM {relation}_a WHERE row_id IS NOT NULL GROUP BY row_id HAVING count(*) > 1"
        )
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {relation}_p AS
            WITH j AS (
                SELECT a.*, c.iso2, c.tz, c.south, c.north, c.west, c.east, d.s, d.e,
                    pa.party AS party_a, pb.party AS party_b, ad.code AS admin1_code,
                    {weapon_hint_sql('a.text_lc')} AS weapon_hint,
                    {target_hint_sql('a.text_lc', energy_only=True)} AS target_hint,
                    coalesce(dup.first_line, a._line) AS first_line
                FROM {relation}_a a
                LEFT JOIN {relation}_dups dup ON dup.row_id = a.row_id
                LEFT JOIN _tw_countries c ON c.key = lower(a.country_raw)
                LEFT JOIN {relation}_days d ON d.day_start = a.day_start AND d.day_end = a.day_end
                     AND d.tz = c.tz
                LEFT JOIN {relation}_actors pa ON pa.name = a.side_a
                LEFT JOIN {relation}_actors pb ON pb.name = a.side_b
                LEFT JOIN _tw_admin1 ad ON ad.name = a.adm_1 AND ad.country IS NOT DISTINCT FROM c.iso2
            )
            SELECT
                'ucdp:' || row_id AS id, 'UCDP GED' AS source_name, NULL::VARCHAR AS source_url,
                NULL::TIMESTAMP AS published_at, 'dataset' AS source_kind, NULL::VARCHAR AS aligned_with,
                'UCDP GED' AS claimant, 'reports' AS stance, NULL::VARCHAR AS actor,
                s AS occurred_start, e AS occurred_end, tz,
                place AS location_name, adm_1 AS admin1, admin1_code, iso2 AS country, lat, lon,
                (CASE where_prec {prec_case} END)::DOUBLE AS precision_km,
                target_hint AS target_category, NULL::VARCHAR AS target_name,
                where_description AS target_description, coalesce(weapon_hint, 'unknown') AS weapon,
                'hit' AS outcome, NULL::BIGINT AS count, false AS aggregate, NULL::VARCHAR AS relates_to,
                headlines AS text,
                CASE WHEN type_of_violence = '3' THEN 'other'
                     ELSE coalesce(CASE weapon_hint {event_case} END, 'other') END AS event,
                best AS killed, NULL::INTEGER AS injured, 'ucdp' AS format, {prov_file} AS input_file,
                _line AS input_line, row_id AS source_row_id,
                to_json(struct_pack(format := 'ucdp', file := {prov_file}, line := _line, row_id := row_id,
                    relid := relid, side_a := side_a, side_a_party := party_a, side_b := side_b,
                    side_b_party := party_b, date_prec := date_prec, where_prec := where_prec,
                    adm_2 := adm_2, deaths_low := low, deaths_high := high, deaths_a := deaths_a,
                    deaths_b := deaths_b, deaths_civilians := deaths_civilians,
                    deaths_unknown := deaths_unknown, type_of_violence := type_of_violence,
                    conflict_name := conflict_name, dyad_name := dyad_name, event_clarity := event_clarity,
                    number_of_sources := number_of_sources, source_office := offices,
                    source_date := source_dates, source_article := articles))::VARCHAR AS provenance,
                NULL::VARCHAR AS spans,
                _line,
                {reason_columns(_checks())}
            FROM j"""
        )
        fill_from_points(con, f"{relation}_p")  # a missing or unknown adm_1: the region of the point
        problems, bad_lines = split_rejects(con, f"{relation}_p", relation, path, REPORT_COLUMNS)
        for name in (f"{relation}_a", f"{relation}_p", f"{relation}_dups", f"{relation}_days", f"{relation}_actors"):
            drop_relation(con, name)
        drop_raw(con, raw)
        lines = dict(raw.reject_lines)
        lines.update(raw_lines(path, bad_lines))
        rejects = sorted(raw.rejects + problems, key=lambda p: p.where.line or 0)
        return Staged(relation, raw.rows_read, rejects, lines, [])


def _checks() -> list[Check]:
    date_hint = " || ' is not a date (expected YYYY-MM-DD)'"
    return [
        Check("row_id IS NULL", "'id is empty'", "id"),
        Check("first_line < _line", "'id ' || row_id || ' repeats the row at line ' || first_line", "id"),
        Check("day_start IS NULL", f"coalesce({quoted('start_raw')}{date_hint}, 'date_start is empty')",
              "date_start"),
        Check("day_end IS NULL", f"coalesce({quoted('end_raw')}{date_hint}, 'date_end is empty')", "date_end"),
        Check("day_end < day_start", "'date_end ' || day_end || ' is before date_start ' || day_start",
              "date_end"),
        Check("country_raw IS NULL", "'country is empty'", "country"),
        Check("iso2 IS NULL", f"{quoted('country_raw')} || ' is not a known country'", "country"),
        *coordinate_checks("lat_raw", "lon_raw", "lat", "lon", "country_raw", bbox="j"),
        Check("where_prec IS NULL OR where_prec NOT IN ('1', '2', '3', '4', '5', '6', '7')",
              f"coalesce({quoted('where_prec')} || ' is not 1 to 7', 'where_prec is empty')", "where_prec"),
        Check("best_raw IS NOT NULL AND (best IS NULL OR best < 0)",
              f"{quoted('best_raw')} || ' is not a whole number'", "best"),
    ]
