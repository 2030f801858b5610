"""The fast write path: ids stay unique without a primary key, hashes from older stores still match,
line numbers survive reader rejects, and provenance keeps only what a row says."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from trucewatch.errors import InputError
from trucewatch.ingest.driver import ingest_file
from trucewatch.store import Store
from trucewatch.store.reports import REPORT_COLUMNS, write_report_rows
from trucewatch.store.schema import MIGRATIONS

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def count(store: Store) -> int:
    row = store.con.execute("SELECT count(*) FROM reports").fetchone()
    return int(row[0]) if row else -1


def stage_copy_of_reports(store: Store, relation: str, where: str = "true") -> None:
    """A staged relation made of stored reports (plus an extra column, which writers must ignore)."""
    store.con.execute(
        f"CREATE OR REPLACE TEMP TABLE {relation} AS SELECT {', '.join(REPORT_COLUMNS)}, 'x' AS _extra "
        f"FROM reports WHERE {where}"
    )


def test_an_id_repeated_in_one_input_is_refused_naming_both_lines(store: Store) -> None:
    ingest_file(store, FIXTURES / "acled_small.csv")
    stage_copy_of_reports(store, "_twice", "id = 'acled:TST1'")
    store.con.execute("UPDATE _twice SET input_file = 'other.csv', input_line = 7")
    store.con.execute("INSERT INTO _twice SELECT * REPLACE (12 AS input_line) FROM _twice")
    with pytest.raises(InputError) as caught:
        write_report_rows(store.con, "_twice")
    message = str(caught.value)
    assert "acled:TST1" in message and "other.csv:7" in message and "other.csv:12" in message
    assert caught.value.where.file == "other.csv" and caught.value.where.line == 7
    assert count(store) == 5


def test_an_id_repeated_in_a_new_input_is_refused_before_anything_is_written(store: Store) -> None:
    ingest_file(store, FIXTURES / "acled_small.csv")
    stage_copy_of_reports(store, "_new", "id = 'acled:TST2'")
    store.con.execute("UPDATE _new SET id = 'acled:NEW1'")
    store.con.execute("INSERT INTO _new SELECT * FROM _new")
    with pytest.raises(InputError, match="appears more than once"):
        write_report_rows(store.con, "_new")
    assert store.con.execute("SELECT count(*) FROM reports WHERE id = 'acled:NEW1'").fetchone() == (0,)


def test_a_stored_id_with_different_content_is_a_conflict_and_nothing_is_written(
    store: Store, tmp_path: Path
) -> None:
    ingest_file(store, FIXTURES / "acled_small.csv")
    changed = tmp_path / "acled_changed.csv"
    text = (FIXTURES / "acled_small.csv").read_text(encoding="utf-8")
    changed.write_text(text.replace("49.9935", "49.9936"), encoding="utf-8")
    before = store.con.execute("SELECT lat FROM reports WHERE id = 'acled:TST1'").fetchone()
    with pytest.raises(InputError) as caught:
        ingest_file(store, changed)
    assert "acled:TST1" in str(caught.value) and "different content" in str(caught.value)
    assert caught.value.where.file == str(changed) and caught.value.where.line == 2
    assert count(store) == 5
    assert store.con.execute("SELECT lat FROM reports WHERE id = 'acled:TST1'").fetchone() == before


def test_a_report_stored_with_an_older_hash_is_recognised_as_unchanged(store: Store) -> None:
    ingest_file(store, FIXTURES / "acled_small.csv")
    # what a store written by an earlier version holds: the same content under another hash scheme
    store.con.execute("UPDATE reports SET content_hash = 'md5-of-an-older-scheme'")
    again = ingest_file(store, FIXTURES / "acled_small.csv")
    assert (again.ingested, again.unchanged, again.rejected) == (0, 5, 0)
    assert count(store) == 5


def test_ids_stay_unique_across_ingests_without_a_primary_key(store: Store, tmp_path: Path) -> None:
    constraints = store.con.execute(
        "SELECT constraint_type FROM duckdb_constraints() WHERE table_name = 'reports'"
    ).fetchall()
    assert ("PRIMARY KEY",) not in constraints and ("NOT NULL",) in constraints
    ingest_file(store, FIXTURES / "acled_small.csv")
    moved = tmp_path / "same_rows_other_name.csv"
    shutil.copy(FIXTURES / "acled_small.csv", moved)
    result = ingest_file(store, moved)
    assert (result.ingested, result.unchanged) == (0, 5)
    assert store.con.execute("SELECT count(DISTINCT id), count(*) FROM reports").fetchone() == (5, 5)


def test_a_store_with_the_keyed_reports_table_is_migrated_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(path))
    for version, ddl in MIGRATIONS:
        if version <= 3:
            con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '3')")
    con.execute(
        "INSERT INTO reports (id, content_hash, source_name, claimant, stance, aggregate, format, text) "
        "VALUES ('native:old-1', 'md5-of-an-older-scheme', 'Suspilne', 'Suspilne', 'alleges', false, "
        "'native', 'kept across the migration')"
    )
    con.close()
    with Store(path) as store:
        assert store.schema_version() >= 4
        assert store.con.execute("SELECT id, text FROM reports").fetchall() == [
            ("native:old-1", "kept across the migration")]
        with pytest.raises(duckdb.ConstraintException):
            store.con.execute(
                "INSERT INTO reports (id, content_hash, source_name, claimant, stance, aggregate, format) "
                "VALUES (NULL, 'h', 's', 'c', 'alleges', false, 'native')"
            )


def test_line_numbers_stay_right_after_rows_the_reader_rejects(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled_bad_rows.csv"
    shutil.copy(FIXTURES / "acled_bad_rows.csv", path)
    good = (FIXTURES / "acled_bad_rows.csv").read_text(encoding="utf-8").splitlines()[-1]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("a,b\n")  # line 12: rejected by the reader
        for n in range(13, 20):
            handle.write(good.replace("GOOD9", f"GOOD{n}") + "\n")
    result = ingest_file(store, path)
    assert {p.where.line for p in result.rejects} == {3, 4, 5, 6, 7, 8, 9, 10, 12}
    lines = dict(store.con.execute("SELECT source_row_id, input_line FROM reports").fetchall())
    assert lines == {"BAD0": 2, "GOOD9": 11, **{f"GOOD{n}": n for n in range(13, 20)}}


def test_acled_provenance_keeps_only_what_the_row_gives(store: Store) -> None:
    ingest_file(store, FIXTURES / "acled_small.csv")
    row = store.con.execute("SELECT provenance, input_line FROM reports WHERE id = 'acled:TST1'").fetchone()
    assert row is not None
    provenance = json.loads(row[0])
    assert provenance["format"] == "acled" and provenance["row_id"] == "TST1"
    assert provenance["source"] == "Suspilne"
    assert None not in provenance.values()
    assert "assoc_actor_1" not in provenance  # empty in the file


def test_line_numbers_do_not_depend_on_the_connections_row_order_setting(store: Store) -> None:
    store.con.execute("SET preserve_insertion_order = false")
    ingest_file(store, FIXTURES / "acled_small.csv")
    lines = dict(store.con.execute("SELECT source_row_id, input_line FROM reports").fetchall())
    assert lines == {"TST1": 2, "TST2": 3, "TST3": 4, "TST4": 5, "TST5": 6}
    setting = store.con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()
    assert setting is not None and setting[0] in (False, "false")  # the caller's setting is left as it was


def test_nothing_read_for_staging_is_left_behind(store: Store) -> None:
    ingest_file(store, FIXTURES / "acled_small.csv")
    left = store.con.execute(
        "SELECT view_name FROM duckdb_views() WHERE temporary AND view_name LIKE '_ingest_stage%' "
        "UNION ALL SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE '_ingest_stage%'"
    ).fetchall()
    assert left == []
