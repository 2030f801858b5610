"""Long statements kept as .sql files beside their modules, and the named builder of the pair scores: they
load as the code uses them, name only declared inputs, and are part of the rules digest (the run id)."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from trucewatch.adjudicate import identity, incidents
from trucewatch.resolve import RESOLUTION
from trucewatch.resolve.pairs import ResolveSettings, scores_sql

ADJUDICATE = Path(incidents.__file__).parent


def test_incident_statements_come_from_their_sql_files() -> None:
    for name, sql in (("incidents_primary", incidents._PRIMARY_SQL), ("incidents", incidents._INCIDENTS_SQL)):
        text = (ADJUDICATE / f"{name}.sql").read_text(encoding="utf-8")
        header = re.match(r"(?:--[^\n]*\n)+", text)
        assert header, f"{name}.sql starts with a comment saying what it is for"
        assert sql == "\n" + text[header.end():]
        assert not sql.lstrip().startswith("--")


def test_incident_statements_name_only_the_resolve_stage_tables() -> None:
    declared = RESOLUTION.names()
    for sql in (incidents._PRIMARY_SQL, incidents._INCIDENTS_SQL):
        used = set(re.findall(r"\$\{(\w+)\}", sql))
        assert used and used <= set(declared), used - set(declared)
        assert "$" not in incidents._from_resolution(sql)
    assert incidents._INCIDENTS_SQL.count("{keys}") == 1
    assert incidents._INCIDENTS_SQL.lstrip().startswith("INSERT INTO incidents")


def test_sql_files_are_rule_files() -> None:
    files = {path.name for path in identity.rule_files()}
    assert {"incidents.sql", "incidents_primary.sql"} <= files


def test_scores_builder_uses_the_settings_and_the_text_switch() -> None:
    settings = ResolveSettings()
    plain, with_text = scores_sql(settings, with_text=False), scores_sql(settings, with_text=True)
    assert "_rv_vec" not in plain and "NULL::DOUBLE" in plain
    assert "array_cosine_similarity" in with_text and "_rv_vec" in with_text
    assert f">= {settings.link_score} AS linked" in plain
    other = scores_sql(ResolveSettings(link_score=0.99), with_text=False)
    assert ">= 0.99 AS linked" in other and other != plain


def test_scores_builder_gives_a_statement_duckdb_can_plan() -> None:
    con = duckdb.connect()
    con.execute("""CREATE TEMP TABLE _rv_cand (a INTEGER, b INTEGER)""")
    con.execute("""CREATE TEMP TABLE _rv_r (idx INTEGER, ps TIMESTAMP, pe TIMESTAMP, s TIMESTAMP, e TIMESTAMP,
        source_name VARCHAR, level VARCHAR, country VARCHAR, admin1_code VARCHAR, prec DOUBLE, has_target BOOLEAN,
        cat VARCHAR, name_tokens VARCHAR[], weapon VARCHAR, event VARCHAR, actor VARCHAR, claimant VARCHAR,
        count INTEGER, lat DOUBLE, lon DOUBLE)""")
    con.execute(scores_sql(ResolveSettings(), with_text=False))
    columns = [row[0] for row in con.execute("DESCRIBE _rv_scores").fetchall()]
    assert columns[:6] == ["a", "b", "score", "linked", "veto", "competing"]
    assert all(column.startswith("k_") for column in columns[6:])
