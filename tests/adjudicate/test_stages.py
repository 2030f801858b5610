"""Visible stages: assess declares the tables each stage reads and writes; docs/architecture.md shows the
same, and both match the store's schema."""

from __future__ import annotations

import re
from pathlib import Path

from trucewatch.adjudicate.stages import ASSESS, COMMANDS, Stage, check_stages, owners
from trucewatch.resolve import RESOLUTION
from trucewatch.store import Store

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
ADJUDICATE = ROOT / "src" / "trucewatch" / "adjudicate"


def _schema_tables(tmp_path: Path) -> set[str]:
    with Store(tmp_path / "schema.duckdb", create=True) as store:
        return {row[0] for row in store.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}


def test_the_pipeline_needs_nothing_that_is_not_provided() -> None:
    assert check_stages() == []


def test_a_stage_needing_what_nothing_provides_is_reported() -> None:
    orphan = Stage("orphan", "nowhere", reads=("nowhere_table",), needs=("_tmp_nobody",))
    assert check_stages((*ASSESS, orphan)) == [
        "stage 'orphan' reads table nowhere_table, which no command or stage writes",
        "stage 'orphan' needs _tmp_nobody, which no earlier stage provides"]
    # the incidents stage before resolution: its hand-over does not exist yet
    assert any("needs _rv_members" in p for p in check_stages(tuple(s for s in ASSESS if s.name != "resolve")))


def test_every_store_table_has_a_declared_writer(tmp_path: Path) -> None:
    declared = {t for stage in (*COMMANDS, *ASSESS) for t in (*stage.reads, *stage.writes)}
    schema = _schema_tables(tmp_path)
    assert set(owners()) == schema, "declare the writer of every table in adjudicate/stages.py"
    assert declared <= schema, "a stage names a table the store does not have"


def test_architecture_doc_lists_every_table_with_its_writers(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Store tables and who writes them"):text.index("## One place for each fact")]
    rows = dict(re.findall(r"^\| `(\w+)` \| ([^|]+) \|$", section, flags=re.MULTILINE))
    assert set(rows) == _schema_tables(tmp_path), "docs/architecture.md: one row per store table"
    assert {table: [w.strip() for w in writers.split(",")] for table, writers in rows.items()} == owners()


def test_architecture_doc_names_every_stage_and_what_it_hands_on() -> None:
    text = DOC.read_text(encoding="utf-8")
    stages = dict(re.findall(r"^\| (\w+) \| `([\w.]+)` \|", text, flags=re.MULTILINE))
    assert stages == {stage.name: stage.runs for stage in ASSESS}
    assert all(f"`{table}`" in text for table in RESOLUTION.names().values())


def test_resolution_tables_are_read_only_through_the_declared_hand_over() -> None:
    declared = set(RESOLUTION.names().values())
    used = {name for path in ADJUDICATE.rglob("*.py")
            for name in re.findall(r"\b_rv_\w+", path.read_text(encoding="utf-8"))}
    assert used <= declared, "adjudicate reads a resolution table resolve does not declare"
    evaluation = {path.name for path in ADJUDICATE.rglob("*.py") if re.search(r"\b_ev_\w+", path.read_text("utf-8"))}
    assert evaluation <= {"signatures.py", "evaluate.py", "stages.py"}  # the judge stage's own tables
