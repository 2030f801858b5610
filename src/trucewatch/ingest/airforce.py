"""Ukrainian Air Force attack data ("Massive Missile Attacks on Ukraine" CSV) → one report per attack wave.

The dataset has one row per weapon model per reported window. A *wave* here is what one post of one command
reported for one weapon class (drones, missiles, guided bombs) in one window: its rows are summed into one
report ``airforce:<post>:<window start>:<class>`` with the launched / destroyed / lost counts, an outcome
and the oblasts it affected. The weapon class of a model comes from ``missiles_and_uavs.csv`` found next to
the input (or ``options["weapons"]``), with name patterns for models it does not list. Times are Kyiv time.

Regional air commands often repeat what the national command reported for the same night; both are kept
and each regional wave that overlaps a national wave of the same class lists it under ``overlaps`` in its
provenance (and a note counts them), so that corroboration can avoid counting one attack twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from trucewatch.errors import InputError, Problem, Where
from trucewatch.ingest.base import Staged
from trucewatch.ingest.checks import Check, quoted, reason_columns
from trucewatch.ingest.places import create_admin1_table
from trucewatch.ingest.tabular import (
    blank_to_null_sql,
    check_header,
    drop_raw,
    drop_relation,
    ident,
    raw_lines,
    read_head,
    read_table,
    sql_str,
)

REQUIRED = ("time_start", "time_end", "model", "launched", "destroyed", "source")
WEAPONS_FILE = "missiles_and_uavs.csv"
TZ = "Europe/Kyiv"
TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d")

# Reporting units: the national command, regional commands, and others that the dataset cites.
COMMANDS: tuple[tuple[str, str, bool], ...] = (
    # (regular expression on the source, name, national)
    ("(?i)^(https?://t\\.me/)?kpszsu\\b", "Ukrainian Air Force Command", True),
    ("(?i)pvkpivden", "Ukrainian Air Command South", False),
    ("(?i)pvkshid", "Ukrainian Air Command East", False),
    ("(?i)pvkzahid", "Ukrainian Air Command West", False),
    ("(?i)pvkcenter", "Ukrainian Air Command Center", False),
    ("(?i)generalstaff", "General Staff of the Armed Forces of Ukraine", False),
    ("(?i)cincafu", "Commander-in-Chief of the Armed Forces of Ukraine", False),
    ("(?i)chiefukrdiu", "Defence Intelligence of Ukraine", False),
    ("(?i)kharkivoda", "Kharkiv Regional Military Administration", False),
)

# Model names the weapon reference may not list, by pattern (lower case), first match wins.
MODEL_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"uav|shahed|geran|gerbera|lancet|orlan|zala|supercam|merlin|молнія|фенікс|картограф|привет|drone",
     "drone"),
    (r"bomb|\bkab\b|gbu|fab", "aerial_bomb"),
    (r"missile|x-\d|kalibr|iskander|kinzhal|c-[34]00|zircon|oniks|kn-23|tochka|banderol", "missile"),
)


class AirForceAdapter:
    name = "airforce"

    def sniff(self, path: Path, head: str) -> bool:
        first = head.splitlines()[0].lower() if head else ""
        return all(c in first for c in ("time_start", "time_end", "model", "launched", "destroyed"))

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        head = read_head(path)
        columns, delimiter = check_header(path, head, REQUIRED, "air-force attack data")
        raw = read_table(con, path, f"{relation}_raw", columns, delimiter)
        present = {c.lower(): c for c in columns}
        notes: list[str] = []

        def col(name: str) -> str:
            return blank_to_null_sql(f"r.{ident(present[name])}") if name in present else "NULL::VARCHAR"

        def number(name: str) -> str:
            return f"try_cast({col(name)} AS DOUBLE)"

        notes.append(_create_weapon_table(con, path, options))
        fmts = "[" + ", ".join(sql_str(f) for f in TIME_FORMATS) + "]"
        con.execute(
            f"""CREATE OR REPLACE TEMP VIEW {relation}_a AS SELECT r._line,
                {col('time_start')} AS start_raw, {col('time_end')} AS end_raw,
                try_strptime({col('time_start')}, {fmts}) AS start_local,
                try_strptime({col('time_end')}, {fmts}) AS end_local,
                length({col('time_end')}) <= 10 AS end_is_date,
                {col('model')} AS model, {col('source')} AS post,
                {col('launched')} AS launched_raw, {number('launched')} AS launched,
                {col('destroyed')} AS destroyed_raw, {number('destroyed')} AS destroyed,
                {number('not_reach_goal')} AS not_reach_goal, {number('still_attacking')} AS still_attacking,
                {number('num_hit_location')} AS hit_locations,
                {number('num_fall_fragment_location')} AS debris_locations,
                {col('launch_place')} AS launch_place, {col('carrier')} AS carrier,
                {col('target')} AS target_area, {col('target_main')} AS target_main,
                {col('affected region')} AS affected_raw, {col('destroyed_details')} AS destroyed_details
            FROM {raw.table} r"""
        )
        # affected oblasts: the list-like "affected region" column, else the stated target areas
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {relation}_areas AS
            SELECT _line, trim(name) AS name FROM (
                SELECT _line, unnest(CASE WHEN affected_raw IS NOT NULL
                    THEN regexp_extract_all(affected_raw, '''([^'']+)''', 1)
                    ELSE regexp_split_to_array(regexp_replace(coalesce(target_main, target_area, ''),
                         ',[^,]*(raion|district)', '', 'gi'), ' and |,') END) AS name
                FROM {relation}_a)
            WHERE trim(name) <> ''"""
        )
        create_admin1_table(con, f"SELECT name, 'UA' AS country FROM {relation}_areas")
        model_case = " ".join(f"WHEN regexp_matches(lower(a.model), {sql_str(p)}) THEN {sql_str(w)}"
                              for p, w in MODEL_PATTERNS)
        command_case = " ".join(f"WHEN regexp_matches(coalesce(a.post, ''), {sql_str(p)}) THEN {sql_str(n)}"
                                for p, n, _ in COMMANDS)
        national_case = " ".join(f"WHEN regexp_matches(coalesce(a.post, ''), {sql_str(p)}) THEN {str(n).lower()}"
                                 for p, _, n in COMMANDS)
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {relation}_p AS
            SELECT a.*,
                coalesce(w.weapon, CASE {model_case} ELSE 'unknown' END) AS weapon,
                coalesce(w.recon, false) AS recon,
                CASE {command_case} ELSE coalesce(a.post, 'unknown source') END AS command,
                CASE {national_case} ELSE false END AS is_national,
                (start_local AT TIME ZONE '{TZ}') AT TIME ZONE 'UTC' AS start_utc,
                ((CASE WHEN end_is_date THEN end_local + INTERVAL 1 DAY ELSE end_local END)
                    AT TIME ZONE '{TZ}') AT TIME ZONE 'UTC' AS end_utc,
                {reason_columns(_checks())}
            FROM {relation}_a a LEFT JOIN _tw_weapons w ON w.model = a.model"""
        )
        bad = con.execute(
            f"SELECT _line, _reason, _field FROM {relation}_p WHERE _reason IS NOT NULL ORDER BY _line"
        ).fetchall()
        quirks = con.execute(
            f"SELECT count(*) FROM {relation}_p WHERE _reason IS NULL AND destroyed > launched"
        ).fetchone()
        if quirks and quirks[0]:
            notes.append(f"{quirks[0]} row(s) claim more destroyed than launched (kept as reported)")
        self._waves(con, path, relation)
        n_waves, n_rows = con.execute(
            f"SELECT count(*), coalesce(sum(n_rows), 0) FROM {relation}_w"
        ).fetchone() or (0, 0)
        overlapping = con.execute(
            f"SELECT count(*) FROM {relation}_w WHERE len(overlapping_ids) > 0"
        ).fetchone()
        notes.append(f"{n_rows} good row(s) formed {n_waves} attack wave report(s) (one per post, window "
                     "and weapon class); rows read counts waves plus rejected rows")
        if overlapping and overlapping[0]:
            notes.append(f"{overlapping[0]} regional wave(s) overlap a national wave of the same weapon class "
                         "(kept; see provenance.overlaps)")
        unresolved = con.execute(
            f"SELECT string_agg(DISTINCT s.name, ', ' ORDER BY s.name) FROM {relation}_areas s "
            "JOIN _tw_admin1 ad ON ad.name = s.name WHERE ad.code IS NULL"
        ).fetchone()
        if unresolved and unresolved[0]:
            notes.append(f"areas that are not an oblast (kept as location names): {unresolved[0][:300]}")
        self._reports(con, path, relation)
        for name in ("_a", "_p", "_w", "_areas"):
            drop_relation(con, f"{relation}{name}")
        drop_raw(con, raw)
        lines = raw_lines(path, [int(b[0]) for b in bad])
        lines.update(raw.reject_lines)
        problems = [*raw.rejects, *_problems(path, bad)]
        problems.sort(key=lambda p: p.where.line or 0)
        return Staged(relation, int(n_waves) + len(problems), problems, lines, notes)

    def _waves(self, con: duckdb.DuckDBPyConnection, path: Path, relation: str) -> None:
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {relation}_w AS
            WITH g AS (
                SELECT coalesce(post, 'unknown') AS post, start_local, max(end_local) AS end_local, weapon,
                    'airforce:' || coalesce(post, 'unknown') || ':' || strftime(start_local, '%Y-%m-%dT%H:%M')
                        || ':' || weapon AS id,
                    min(_line) AS first_line, count(*) AS n_rows, any_value(command) AS command,
                    bool_or(is_national) AS is_national, min(start_utc) AS start_utc, max(end_utc) AS end_utc,
                    sum(launched)::BIGINT AS launched, sum(destroyed)::BIGINT AS destroyed,
                    sum(not_reach_goal)::BIGINT AS not_reach_goal,
                    sum(still_attacking)::BIGINT AS still_attacking,
                    max(hit_locations)::BIGINT AS hit_locations, max(debris_locations)::BIGINT AS debris_locations,
                    bool_and(recon) AS recon, any_value(start_raw) AS start_raw, max(end_raw) AS end_raw,
                    list(DISTINCT model ORDER BY model) AS models,
                    list(struct_pack(model := model, launched := launched, destroyed := destroyed,
                        line := _line) ORDER BY _line) AS breakdown,
                    list(DISTINCT launch_place) FILTER (WHERE launch_place IS NOT NULL) AS launch_places,
                    list(DISTINCT carrier) FILTER (WHERE carrier IS NOT NULL) AS carriers,
                    any_value(target_area) AS target_area, list(_line) AS lines
                FROM {relation}_p WHERE _reason IS NULL
                GROUP BY coalesce(post, 'unknown'), start_local, weapon
            ), areas AS (
                SELECT g.id, list(DISTINCT s.name ORDER BY s.name) AS names,
                    list(DISTINCT ad.code ORDER BY ad.code) FILTER (WHERE ad.code IS NOT NULL) AS codes
                FROM g, unnest(g.lines) AS u(line)
                JOIN {relation}_areas s ON s._line = u.line
                LEFT JOIN _tw_admin1 ad ON ad.name = s.name
                GROUP BY g.id
            )
            SELECT g.*, coalesce(areas.names, []) AS area_names, coalesce(areas.codes, []) AS area_codes,
                coalesce((SELECT list(n.id ORDER BY n.id) FROM g n WHERE n.is_national AND NOT g.is_national
                    AND n.weapon = g.weapon AND n.start_utc < g.end_utc AND g.start_utc < n.end_utc), [])
                    AS overlapping_ids
            FROM g LEFT JOIN areas USING (id)"""
        )

    def _reports(self, con: duckdb.DuckDBPyConnection, path: Path, relation: str) -> None:
        prov_file = sql_str(str(path))
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {relation} AS SELECT
                id, command AS source_name,
                CASE WHEN post LIKE 'http%' THEN post WHEN post = 'unknown' THEN NULL
                     ELSE 'https://www.facebook.com/' || post END AS source_url,
                NULL::TIMESTAMP AS published_at, 'official' AS source_kind, 'UA' AS aligned_with,
                'UA' AS claimant, 'alleges' AS stance, 'RU' AS actor,
                start_utc AS occurred_start, end_utc AS occurred_end, '{TZ}' AS tz,
                nullif(array_to_string(area_names, '; '), '') AS location_name,
                CASE WHEN len(area_codes) = 1 THEN area_names[1] END AS admin1,
                CASE WHEN len(area_codes) = 1 THEN area_codes[1] END AS admin1_code,
                'UA' AS country, NULL::DOUBLE AS lat, NULL::DOUBLE AS lon, NULL::DOUBLE AS precision_km,
                NULL::VARCHAR AS target_category, NULL::VARCHAR AS target_name,
                target_area AS target_description, weapon,
                CASE WHEN launched IS NULL THEN 'unknown'
                     WHEN coalesce(hit_locations, 0) > 0
                          OR launched > coalesce(destroyed, 0) + coalesce(not_reach_goal, 0)
                                        + coalesce(still_attacking, 0) THEN 'hit'
                     ELSE 'intercepted' END AS outcome,
                launched AS count, false AS aggregate, NULL::VARCHAR AS relates_to,
                command || ': ' || coalesce(launched::VARCHAR, '?') || ' ' || array_to_string(models, ', ')
                    || ' launched ' || start_raw || coalesce(' to ' || end_raw, '') || ' Kyiv time, '
                    || coalesce(destroyed::VARCHAR, '?') || ' destroyed'
                    || coalesce(', ' || not_reach_goal || ' lost', '')
                    || coalesce('; affected: ' || nullif(array_to_string(area_names, ', '), ''), '') AS text,
                CASE WHEN recon THEN 'other' ELSE 'strike' END AS event,
                NULL::INTEGER AS killed, NULL::INTEGER AS injured, 'airforce' AS format,
                {prov_file} AS input_file, first_line AS input_line, post AS source_row_id,
                to_json(struct_pack(format := 'airforce', file := {prov_file}, line := first_line,
                    lines := lines, row_id := post, post := post, command := command, is_national := is_national,
                    launched := launched, destroyed := destroyed, not_reach_goal := not_reach_goal,
                    still_attacking := still_attacking, hit_locations := hit_locations,
                    debris_locations := debris_locations, models := models, breakdown := breakdown,
                    launch_places := launch_places, carriers := carriers, admin1_codes := area_codes,
                    areas := area_names, overlaps := overlapping_ids))::VARCHAR AS provenance,
                NULL::VARCHAR AS spans
            FROM {relation}_w ORDER BY first_line"""
        )


def _checks() -> list[Check]:
    time_hint = " || ' is not a time (expected YYYY-MM-DD HH:MM or YYYY-MM-DD, Kyiv time)'"
    return [
        Check("start_raw IS NULL", "'time_start is empty'", "time_start"),
        Check("start_local IS NULL", f"{quoted('start_raw')}{time_hint}", "time_start"),
        Check("end_raw IS NOT NULL AND end_local IS NULL", f"{quoted('end_raw')}{time_hint}", "time_end"),
        Check("coalesce(end_local, start_local) + CASE WHEN end_is_date THEN INTERVAL 1 DAY ELSE INTERVAL 0 "
              "DAY END < start_local", "'time_end ' || end_raw || ' is before time_start ' || start_raw",
              "time_end"),
        Check("a.model IS NULL", "'model is empty'", "model"),
        Check("launched_raw IS NOT NULL AND (launched IS NULL OR launched < 0)",
              f"{quoted('launched_raw')} || ' is not a count'", "launched"),
        Check("destroyed_raw IS NOT NULL AND (destroyed IS NULL OR destroyed < 0)",
              f"{quoted('destroyed_raw')} || ' is not a count'", "destroyed"),
    ]


def _problems(path: Path, bad: list[tuple[Any, ...]]) -> list[Problem]:
    return [Problem(Where(str(path), int(line), field), str(reason)) for line, reason, field in bad]


def _create_weapon_table(con: duckdb.DuckDBPyConnection, path: Path, options: dict[str, Any]) -> str:
    """TEMP TABLE _tw_weapons(model, weapon, recon) from the weapon reference; returns a note."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _tw_weapons (model VARCHAR PRIMARY KEY, weapon VARCHAR, recon BOOLEAN)"
    )
    given = options.get("weapons")
    reference = Path(given) if given else path.parent / WEAPONS_FILE
    if not reference.exists():
        if given:
            raise InputError("weapon reference file not found", Where(str(reference)))
        return f"no {WEAPONS_FILE} next to the input: weapon classes come from model names"
    head = read_head(reference)
    columns, delimiter = check_header(reference, head, ("model", "category"), "weapon reference")
    table = read_table(con, reference, "_tw_weapons_raw", columns, delimiter)
    con.execute(
        f"""INSERT INTO _tw_weapons SELECT model, any_value(CASE
                WHEN lower(category) = 'uav' THEN 'drone'
                WHEN lower(category) LIKE '%bomb%' THEN 'aerial_bomb'
                WHEN lower(category) LIKE '%missile%' OR lower(category) LIKE '%ballistic%' THEN 'missile'
                ELSE 'other' END),
            bool_and(coalesce(lower({ident('type') if 'type' in columns else 'NULL'}), '') = 'reconnaissance')
        FROM (SELECT trim(model) AS model, trim(category) AS category, * EXCLUDE (model, category)
              FROM {table.table}) WHERE model IS NOT NULL AND model <> '' GROUP BY model"""
    )
    drop_raw(con, table)
    return f"weapon classes from {reference}"
