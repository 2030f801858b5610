"""The run id stands for the rules as well as the inputs: change the rule code and the run id changes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from trucewatch import api
from trucewatch.adjudicate.identity import PACKAGE, digest_of, engine_label, rule_files, rules_digest

# trucewatch modules that shape reports or show results, not judge them: reports enter the run id by their
# content hash, so these need not
NOT_RULES = ("api", "ingest", "nlp", "geo", "cli", "web", "report", "errors", "limits", "files", "safe_yaml",
             "csv_writer", "__init__")
REPORT = {
    "id": "r1", "source": {"name": "General Staff of Ukraine", "kind": "official", "aligned_with": "UA"},
    "claimant": "UA", "stance": "alleges", "actor": "RU", "event": "shelling", "weapon": "artillery",
    "occurred": {"start": "2025-04-20T10:00:00", "tz": "Europe/Kyiv"},
    "location": {"name": "Kupiansk", "country": "UA"},
}
ASSESS = ("import json, sys; from trucewatch import api; "
          "run = api.assess(sys.argv[1], full=True); "
          "print(json.dumps({'run': run['run_id'], 'findings': api.findings_json(api.findings(sys.argv[1])), "
          "'modules': sorted({m.__file__ for m in list(sys.modules.values()) "
          "if m.__name__.startswith('trucewatch') and getattr(m, '__file__', None)})}))")


def _store(folder: Path) -> Path:
    db = folder / "store.duckdb"
    api.init_store(db)
    reports = folder / "reports.jsonl"
    reports.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    api.ingest(db, [reports], strict=True)
    return db


def _assess_with(src: Path, db: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", ASSESS, str(db)], env=env, capture_output=True, text=True,
                         check=True, timeout=300)
    result: dict[str, object] = json.loads(out.stdout)
    return result


@pytest.fixture(scope="module")
def copied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package's source: ``<copy>/trucewatch``."""
    root = tmp_path_factory.mktemp("src")
    shutil.copytree(PACKAGE, root / "trucewatch", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_every_module_assess_runs_is_in_the_digest(tmp_path: Path) -> None:
    db = _store(tmp_path)
    result = _assess_with(PACKAGE.parent, db)
    covered = {str(path) for path in rule_files()}
    modules = [Path(str(m)) for m in result["modules"]]  # type: ignore[attr-defined]
    assert any("conditions" in str(m) for m in modules)
    outside = [str(m.relative_to(PACKAGE)) for m in modules
               if str(m) not in covered and m.relative_to(PACKAGE).parts[0].removesuffix(".py") not in NOT_RULES]
    assert outside == [], "rule code outside adjudicate.identity.RULE_PACKAGES: add it there"


@pytest.mark.parametrize("name", ["adjudicate/conditions/time.py", "adjudicate/evaluate.py", "resolve/pairs.py",
                                  "registry/link.py", "taxonomy.py", "geo/distance.py", "data/sources/registry.yaml"])
def test_any_edit_of_the_rules_changes_the_digest(copied: Path, name: str) -> None:
    before = digest_of(copied / "trucewatch")
    path = copied / "trucewatch" / name
    original = path.read_bytes()
    try:
        path.write_bytes(original + b"\n")
        assert digest_of(copied / "trucewatch") != before
    finally:
        path.write_bytes(original)
    assert digest_of(copied / "trucewatch") == before == rules_digest()


def test_a_changed_rule_changes_the_run_id(copied: Path, tmp_path: Path) -> None:
    db = _store(tmp_path)
    here = api.assess(db, full=True)
    assert here["engine_version"] == engine_label()
    same = _assess_with(copied, db)
    assert same["run"] == here["run_id"]  # where the code lives is not part of the rules
    party = copied / "trucewatch" / "adjudicate" / "conditions" / "party.py"
    original = party.read_text(encoding="utf-8")
    try:
        party.write_text(original.replace("is bound by this clause", "is bound by the clause"), encoding="utf-8")
        changed = _assess_with(copied, db)
    finally:
        party.write_text(original, encoding="utf-8")
    assert changed["findings"] != same["findings"]  # the rule change shows in the findings ...
    assert changed["run"] != same["run"]  # ... and in the run id
