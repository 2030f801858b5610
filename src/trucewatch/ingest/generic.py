"""Any CSV or JSON file of incidents, through a small YAML mapping (column → report field, value maps).

The mapping (``--mapping FILE.yaml``, see docs/formats.md for a worked example)::

    version: 1
    format: csv                 # csv | json | jsonl (default: from the file name)
    id_prefix: "kharkiv-ova:"   # report ids are id_prefix + the id column
    columns:                    # report field <- column of the file
      id: incident_no
      occurred.start: date
      location.name: settlement
      target.category: object_type
    constants:                  # report field <- the same value on every row
      source.name: Kharkiv Regional Military Administration
      occurred.tz: Europe/Kyiv
    values:                     # per field: value in the file -> value trucewatch uses
      target.category: {"substation": energy.transmission.substation, "house": civilian.residential}
    date_formats: ["%d.%m.%Y %H:%M", "%d.%m.%Y"]   # strptime formats; ISO 8601 always works
    actors: {parties: {RU: {prefixes: ["russian"]}}}   # optional: names in `actor` -> party ids

Everything is checked set-based: taxonomy codes, vocabularies, dates, coordinates, time zones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from trucewatch import safe_yaml
from trucewatch.errors import InputError, Problem, Where
from trucewatch.ingest.actors import (
    ActorRule,
    create_actor_table,
    load_actor_rules,
    resolve_actors_sql,
    rules_from_section,
)
from trucewatch.ingest.base import Staged
from trucewatch.ingest.checks import Check, coordinate_checks, quoted, reason_columns
from trucewatch.ingest.places import create_admin1_table, create_country_table, fill_from_points
from trucewatch.ingest.tabular import (
    MAX_LINE_BYTES,
    drop_relation,
    header_fields,
    ident,
    raw_lines,
    read_head,
    read_table,
    split_rejects,
    sql_str,
)
from trucewatch.ingest.values import check_value, decode_json
from trucewatch.limits import current as current_limits
from trucewatch.model import EVENTS, OUTCOMES, SOURCE_KINDS, STANCES, WEAPONS
from trucewatch.store.reports import REPORT_COLUMNS
from trucewatch.taxonomy import all_codes

# mapping field -> reports column
FIELDS: dict[str, str] = {
    "id": "id", "source.name": "source_name", "source.url": "source_url",
    "source.published_at": "published_at", "source.kind": "source_kind",
    "source.aligned_with": "aligned_with", "claimant": "claimant", "stance": "stance", "actor": "actor",
    "occurred.start": "occurred_start", "occurred.end": "occurred_end", "occurred.tz": "tz",
    "location.name": "location_name", "location.admin1": "admin1", "location.country": "country",
    "location.lat": "lat", "location.lon": "lon", "location.precision_km": "precision_km",
    "target.category": "target_category", "target.name": "target_name",
    "target.description": "target_description", "weapon": "weapon", "outcome": "outcome", "count": "count",
    "aggregate": "aggregate", "relates_to": "relates_to", "text": "text", "event": "event",
    "killed": "killed", "injured": "injured",
}
_MAPPING_KEYS = {"version", "format", "delimiter", "id_prefix", "columns", "constants", "values",
                 "date_formats", "actors", "records"}
_VOCABULARIES: dict[str, tuple[str, ...]] = {
    "weapon": WEAPONS, "outcome": OUTCOMES, "stance": STANCES, "event": EVENTS, "source_kind": SOURCE_KINDS,
}


@dataclass
class Mapping:
    source: str
    format: str | None = None
    delimiter: str | None = None
    id_prefix: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    date_formats: list[str] = field(default_factory=list)
    actor_rules: list[ActorRule] = field(default_factory=list)
    records: str | None = None


def load_mapping(path: Path) -> Mapping:
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read mapping file: {exc.strerror or exc}", Where(where)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"the mapping file is not UTF-8 ({exc.reason} at byte {exc.start})", Where(where)) from exc
    doc = safe_yaml.load(text, where)
    if not isinstance(doc, dict):
        raise InputError("a mapping file must be a YAML mapping with a 'columns' key", Where(where, 1))
    unknown = sorted(set(doc) - _MAPPING_KEYS)
    if unknown:
        raise InputError(f"unknown key '{unknown[0]}'", Where(where, None, unknown[0]),
                         hint="allowed: " + ", ".join(sorted(_MAPPING_KEYS)))
    mapping = Mapping(where, format=doc.get("format"), delimiter=doc.get("delimiter"),
                      id_prefix=str(doc.get("id_prefix") or ""), records=doc.get("records"))
    if mapping.format not in (None, "csv", "json", "jsonl"):
        raise InputError("format must be csv, json or jsonl", Where(where, None, "format"))
    for key in ("columns", "constants"):
        section = doc.get(key) or {}
        if not isinstance(section, dict):
            raise InputError(f"'{key}' must map report fields to values", Where(where, None, key))
        for name, value in section.items():
            if name not in FIELDS:
                raise InputError(f"'{name}' is not a report field", Where(where, None, f"{key}.{name}"),
                                 hint="fields: " + ", ".join(FIELDS))
            if not isinstance(value, str | int | float | bool) or value == "":
                raise InputError("expected a column name or a value", Where(where, None, f"{key}.{name}"))
            getattr(mapping, key)[name] = str(value).lower() if isinstance(value, bool) else str(value)
    if "id" not in mapping.columns:
        raise InputError("'columns' must name the id column", Where(where, None, "columns.id"),
                         hint="ids must be stable, so that ingesting the file again changes nothing")
    if "source.name" not in mapping.columns and "source.name" not in mapping.constants:
        raise InputError("give source.name in 'columns' or 'constants'", Where(where, None, "columns"))
    values = doc.get("values") or {}
    if not isinstance(values, dict):
        raise InputError("'values' must map report fields to value maps", Where(where, None, "values"))
    for name, table in values.items():
        if name not in FIELDS or not isinstance(table, dict):
            raise InputError("expected a report field mapped to {value in file: value}",
                             Where(where, None, f"values.{name}"))
        mapping.values[name] = {str(k): str(v) for k, v in table.items()}
    formats = doc.get("date_formats") or []
    if not isinstance(formats, list) or not all(isinstance(f, str) and "%" in f for f in formats):
        raise InputError("date_formats must be a list of strptime formats such as '%d.%m.%Y'",
                         Where(where, None, "date_formats"))
    mapping.date_formats = formats
    if doc.get("actors") is not None:
        if not isinstance(doc["actors"], dict):
            raise InputError("'actors' must be an actor map", Where(where, None, "actors"))
        mapping.actor_rules, _ = rules_from_section(doc["actors"], where, path="actors.")
    return mapping


class GenericAdapter:
    name = "generic"

    def sniff(self, path: Path, head: str) -> bool:
        return False  # needs a mapping: chosen with --format generic

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        if not options.get("mapping"):
            raise InputError("the generic format needs a mapping file", Where(str(path)),
                             hint="pass --mapping MAPPING.yaml (see docs/formats.md)")
        mapping = load_mapping(Path(options["mapping"]))
        head = read_head(path)
        fmt = mapping.format or _format_of(path, head)
        wanted = sorted(set(mapping.columns.values()))
        if fmt == "csv":
            columns, delimiter = header_fields(head)
            delimiter = mapping.delimiter or delimiter
            columns = [c.strip().strip('"') for c in head.splitlines()[0].split(delimiter)] if head else []
            raw = read_table(con, path, f"{relation}_raw", columns, delimiter)
            rows_read, reader_rejects, lines = raw.rows_read, raw.rejects, dict(raw.reject_lines)
        else:
            columns, rows_read, reader_rejects, lines = _read_json(con, path, f"{relation}_raw", fmt, mapping)
        missing = [c for c in wanted if c not in columns]
        if missing:
            raise InputError(
                f"column(s) {', '.join(missing)} named in the mapping are not in the file "
                f"(it has: {', '.join(columns[:10])})", Where(str(path), 1),
                hint=f"fix 'columns' in {mapping.source}",
            )
        self._transform(con, path, relation, mapping)
        fill_from_points(con, f"{relation}_p")  # a missing or unknown region/country: from the point
        problems, bad_lines = split_rejects(con, f"{relation}_p", relation, path, REPORT_COLUMNS)
        for suffix in ("_raw", "_raw_read", "_raw_rej", "_a", "_p", "_actors"):
            drop_relation(con, f"{relation}{suffix}")
        if fmt != "json":
            lines.update(raw_lines(path, bad_lines))
        rejects = sorted(reader_rejects + problems, key=lambda p: p.where.line or 0)
        return Staged(relation, rows_read, rejects, lines, [])

    def _transform(self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, mapping: Mapping) -> None:
        def value(name: str) -> str:
            if name in mapping.columns:
                expr = f"nullif(trim(r.{ident(mapping.columns[name])}::VARCHAR), '')"
            elif name in mapping.constants:
                expr = sql_str(mapping.constants[name])
            else:
                return "NULL::VARCHAR"
            table = mapping.values.get(name)
            if table:
                cases = " ".join(f"WHEN {sql_str(k)} THEN {sql_str(v)}" for k, v in table.items())
                expr = f"coalesce(CASE {expr} {cases} END, {expr})"
            return expr

        create_country_table(con)
        create_actor_table(con, load_actor_rules(None, mapping.actor_rules))
        dt_formats = [f for f in mapping.date_formats if "%H" in f]
        d_formats = [f for f in mapping.date_formats if "%H" not in f]
        selects = ", ".join(f"{value(name)} AS {ident(column)}" for name, column in FIELDS.items())
        con.execute(f"CREATE OR REPLACE TEMP TABLE {relation}_a AS SELECT r._line, {selects} "
                    f"FROM {relation}_raw r")
        create_admin1_table(con, f"SELECT a.admin1 AS name, c.iso2 AS country FROM {relation}_a a "
                            "LEFT JOIN _tw_countries c ON c.key = lower(a.country)")
        con.execute(f"CREATE OR REPLACE TEMP TABLE {relation}_actors AS "
                    + resolve_actors_sql(f"SELECT actor AS name FROM {relation}_a"))
        codes = ", ".join(sql_str(c) for c in sorted(all_codes()))
        prov_file = sql_str(str(path))
        start = _time_sql("j.occurred_start", "tzn", dt_formats, d_formats)
        end = _time_sql("j.occurred_end", "tzn", dt_formats, d_formats)
        published = _time_sql("j.published_at", "'UTC'", dt_formats, d_formats)
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE {relation}_p AS
            WITH j AS (
                SELECT a.*, c.iso2, c.south, c.north, c.west, c.east,
                    coalesce(a.tz, c.tz, 'UTC') AS tzn, ad.code AS admin1_code_, pa.party AS actor_party,
                    try_cast(a.lat AS DOUBLE) AS lat_d, try_cast(a.lon AS DOUBLE) AS lon_d,
                    min(a._line) OVER (PARTITION BY a.id) AS first_line
                FROM {relation}_a a
                LEFT JOIN _tw_countries c ON c.key = lower(a.country)
                LEFT JOIN _tw_admin1 ad ON ad.name = a.admin1 AND ad.country IS NOT DISTINCT FROM c.iso2
                LEFT JOIN {relation}_actors pa ON pa.name = a.actor
            ), t AS (
                SELECT j.*, {start[0]} AS start_s, {start[1]} AS start_e, {end[0]} AS end_s, {end[1]} AS end_e,
                    {published[0]} AS published
                FROM j
            )
            SELECT {sql_str(mapping.id_prefix)} || id AS id, source_name, source_url, published AS published_at,
                source_kind, aligned_with, coalesce(claimant, source_name) AS claimant,
                coalesce(stance, 'reports') AS stance, coalesce(actor_party, actor) AS actor,
                start_s AS occurred_start, coalesce(end_e, start_e) AS occurred_end, tzn AS tz,
                location_name, admin1, admin1_code_ AS admin1_code, iso2 AS country, lat_d AS lat,
                lon_d AS lon, try_cast(precision_km AS DOUBLE) AS precision_km, target_category,
                target_name, target_description, weapon, outcome, try_cast("count" AS BIGINT) AS count,
                coalesce(try_cast(aggregate AS BOOLEAN), false) AS aggregate, relates_to, text,
                coalesce(event, CASE WHEN weapon IN ('mlrs', 'artillery') THEN 'shelling'
                                     WHEN weapon IS NOT NULL THEN 'strike' END) AS event,
                try_cast(killed AS INTEGER) AS killed, try_cast(injured AS INTEGER) AS injured,
                'generic' AS format, {prov_file} AS input_file, _line AS input_line, id AS source_row_id,
                to_json(struct_pack(format := 'generic', file := {prov_file}, line := _line, row_id := id,
                    mapping := {sql_str(mapping.source)}, actor_name := actor))::VARCHAR AS provenance,
                NULL::VARCHAR AS spans, _line,
                {reason_columns(_checks(codes))}
            FROM t"""
        )


def _time_sql(value: str, tz: str, dt_formats: list[str], d_formats: list[str]) -> tuple[str, str]:
    """SQL (start, end) in UTC for a time text: a date is its local day; an offset is honoured."""
    def fmt_list(formats: list[str]) -> str:
        return "[" + ", ".join(sql_str(f) for f in formats) + "]"

    date = f"try_strptime({value}, {fmt_list(['%Y-%m-%d', *d_formats])})"
    naive = f"try_strptime({value}, {fmt_list(dt_formats)})" if dt_formats else "NULL::TIMESTAMP"
    iso_naive = f"try_cast({value} AS TIMESTAMP)"
    offset = f"regexp_matches({value}, '([+-][0-9]{{2}}:?[0-9]{{2}}|Z)$')"

    def local(ts: str) -> str:
        return f"(({ts})::TIMESTAMP AT TIME ZONE {tz}) AT TIME ZONE 'UTC'"

    start = (f"CASE WHEN {value} IS NULL THEN NULL WHEN {date} IS NOT NULL THEN {local(date)} "
             f"WHEN {offset} THEN try_cast({value} AS TIMESTAMPTZ) AT TIME ZONE 'UTC' "
             f"WHEN {naive} IS NOT NULL THEN {local(naive)} ELSE {local(iso_naive)} END")
    end = (f"CASE WHEN {date} IS NOT NULL THEN {local(date + ' + INTERVAL 1 DAY')} ELSE {start} END")
    return start, end


def _checks(codes: str) -> list[Check]:
    def vocabulary(column: str, words: tuple[str, ...]) -> Check:
        allowed = ", ".join(sql_str(w) for w in words)
        return Check(f"{column} IS NOT NULL AND {column} NOT IN ({allowed})",
                     f"{quoted(column)} || ' is not one of: {', '.join(words)}'", column)

    return [
        Check("id IS NULL", "'id is empty'", "id"),
        Check("first_line < _line", "'id ' || id || ' repeats the row at line ' || first_line", "id"),
        Check("source_name IS NULL", "'source name is empty'", "source_name"),
        Check("tz IS NOT NULL AND tz NOT IN (SELECT name FROM pg_timezone_names())",
              f"{quoted('tz')} || ' is not an IANA time zone'", "tz"),
        Check("occurred_start IS NOT NULL AND start_s IS NULL",
              f"{quoted('occurred_start')} || ' is not a date or time'", "occurred_start"),
        Check("occurred_end IS NOT NULL AND end_s IS NULL",
              f"{quoted('occurred_end')} || ' is not a date or time'", "occurred_end"),
        Check("coalesce(end_e, start_e) < start_s", "'the end is before the start'", "occurred_end"),
        Check("published_at IS NOT NULL AND published IS NULL",
              f"{quoted('published_at')} || ' is not a date or time'", "published_at"),
        Check("country IS NOT NULL AND iso2 IS NULL", f"{quoted('country')} || ' is not a known country'",
              "country"),
        *coordinate_checks("lat", "lon", "lat_d", "lon_d", "country", lat_field="lat", lon_field="lon",
                           bbox="t"),
        Check(f"target_category IS NOT NULL AND target_category NOT IN ({codes})",
              f"{quoted('target_category')} || ' is not a taxonomy code (map it under values: target.category)'",
              "target_category"),
        *(vocabulary(column, words) for column, words in _VOCABULARIES.items()),
        *(Check(f"{c} IS NOT NULL AND (try_cast({c} AS BIGINT) IS NULL OR try_cast({c} AS BIGINT) < 0)",
                f"{quoted(c)} || ' is not a whole number'", c) for c in ("count", "killed", "injured")),
        Check("precision_km IS NOT NULL AND try_cast(precision_km AS DOUBLE) IS NULL",
              f"{quoted('precision_km')} || ' is not a number'", "precision_km"),
        Check("aggregate IS NOT NULL AND try_cast(aggregate AS BOOLEAN) IS NULL",
              f"{quoted('aggregate')} || ' is not true or false'", "aggregate"),
    ]


def _format_of(path: Path, head: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json" or head.lstrip().startswith("["):
        return "json"
    return "csv"


def _read_json(
    con: duckdb.DuckDBPyConnection, path: Path, table: str, fmt: str, mapping: Mapping
) -> tuple[list[str], int, list[Problem], dict[int, str]]:
    """Records of a JSON array (or JSON Lines) as text columns; ``_line`` is the line (JSONL) or index."""
    rejects: list[Problem] = []
    lines: dict[int, str] = {}
    records: list[tuple[int, dict[str, Any]]] = []
    limits = current_limits()
    if fmt == "jsonl":
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                if len(text) > MAX_LINE_BYTES:
                    rejects.append(Problem(Where(str(path), number), "line is longer than 1 MiB"))
                    continue
                obj, reason = decode_json(text, limits)
                if reason is not None:
                    rejects.append(Problem(Where(str(path), number), reason))
                    lines[number] = text.rstrip("\n")
                    continue
                if not isinstance(obj, dict):
                    rejects.append(Problem(Where(str(path), number), "expected a JSON object"))
                    lines[number] = text.rstrip("\n")
                    continue
                records.append((number, obj))
    else:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc.msg}", Where(str(path), exc.lineno)) from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"file is not UTF-8 (invalid byte at offset {exc.start})", Where(str(path))) from exc
        except RecursionError as exc:
            raise InputError("the JSON is nested too deeply", Where(str(path))) from exc
        for part in (mapping.records or "").split("."):
            if part:
                doc = doc.get(part) if isinstance(doc, dict) else None
        if not isinstance(doc, list):
            raise InputError("expected a JSON array of records", Where(str(path), None, mapping.records),
                             hint="name where the list is with 'records: path.to.list' in the mapping")
        for index, obj in enumerate(doc):
            reason = check_value(obj, limits)
            if reason is not None:
                rejects.append(Problem(Where(str(path), None, f"[{index}]"), reason))
            elif isinstance(obj, dict):
                records.append((index + 1, obj))
            else:
                rejects.append(Problem(Where(str(path), None, f"[{index}]"), "expected a JSON object"))
    columns = sorted({key for _, obj in records for key in obj})
    def text_of(value: Any) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    arrays = {c: pa.array([text_of(obj.get(c)) for _, obj in records], type=pa.string()) for c in columns}
    arrays["_line"] = pa.array([n for n, _ in records], type=pa.int64())
    arrow = pa.table(arrays)
    con.register("_tw_json_rows", arrow)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM _tw_json_rows")
    finally:
        con.unregister("_tw_json_rows")
    return columns, len(records) + len(rejects), rejects, lines
