"""Rule cases as data (tests/cases/*.yaml), and the shipped sample reports.

Rule cases are grouped by the condition they are about: one file per condition of the registry
(``tests/cases/<condition>.yaml``, e.g. ``time.yaml``) and ``grouping.yaml`` for what is no single condition
(which reports become incidents, tallies, whole-truce scenarios). Each file holds two keys:
``condition:`` (its condition's name, or ``grouping``, equal to the file name) and ``cases:``, a list of
cases. A case is:

    id: unique across all files, used as the pytest id
    description: what it shows, in words
    agreement: a shipped agreement id (``energy-moratorium-2025``) or an agreement written inline in the
               docs/agreements.md format (written to a file and loaded into an otherwise empty store)
    reports: native reports (docs/report-format.md), ingested strictly: a bad report fails the case
    expect: list of {clause, reading, verdict, incident?, reports?, reasons?}
        incident: a report id; the finding checked is the one whose incident contains that report.
                  Without it the clause x reading must have exactly one finding.
        reports:  the exact set of report ids the finding carries
        reasons:  {condition: status} or {condition: {status, detail_contains}}
    no_findings_for: report ids that must appear in no finding at all (tallies, lone denials)
    discount: list of {report, reason}: an analyst discounts the incident of that report after assessment
              (``trucewatch incidents discount``), and the store is assessed again

The registry drives the checks: every condition has its file, and every status a condition's rule can give
is pinned by at least one case's ``reasons`` expectation.

Expectations follow docs/verdicts.md. When a case fails, the message shows the finding's reasons so it is
clear whether the engine or the case is wrong.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch import safe_yaml
from trucewatch.adjudicate.conditions import CONDITIONS as CONDITION_RULES
from trucewatch.model import CONDITION_STATUSES, CONDITIONS, VERDICTS

CASES_DIR = Path(__file__).resolve().parent / "cases"
REPO = Path(__file__).resolve().parents[1]
SAMPLE_REPORTS = REPO / "src" / "trucewatch" / "data" / "samples" / "reports-2025.jsonl"
VERDICTS_DOC = REPO / "docs" / "verdicts.md"

STATUSES = CONDITION_STATUSES
CASE_KEYS = {"id", "description", "agreement", "reports", "expect", "no_findings_for", "discount"}
# The file for cases about no single condition (incidents, tallies, whole-truce scenarios).
NOT_ONE_CONDITION = "grouping"
EXPECT_KEYS = {"clause", "reading", "verdict", "incident", "reports", "reasons"}
MIN_CASES = 40


# -------------------------------------------------------------------------------------- loading the cases
@dataclass(frozen=True)
class RuleCase:
    id: str
    file: str
    condition: str
    description: str
    agreement: str | dict[str, Any]
    reports: list[dict[str, Any]]
    expect: list[dict[str, Any]]
    no_findings_for: list[str]
    discount: list[dict[str, str]]

    @property
    def agreement_id(self) -> str:
        return self.agreement if isinstance(self.agreement, str) else str(self.agreement["id"])


class CaseFileError(ValueError):
    pass


def _check_case(raw: Any, file: str, index: int, condition: str = NOT_ONE_CONDITION) -> RuleCase:
    where = f"{file}, case {index + 1}"
    if not isinstance(raw, dict):
        raise CaseFileError(f"{where}: a case must be a mapping")
    case_id = raw.get("id")
    if not isinstance(case_id, str) or not case_id:
        raise CaseFileError(f"{where}: missing 'id'")
    where = f"{file}, case '{case_id}'"
    unknown = set(raw) - CASE_KEYS
    if unknown:
        raise CaseFileError(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(CASE_KEYS)})")
    for key in ("description", "agreement", "reports", "expect"):
        if key not in raw:
            raise CaseFileError(f"{where}: missing '{key}'")
    agreement = raw["agreement"]
    if not (isinstance(agreement, str) or (isinstance(agreement, dict) and isinstance(agreement.get("id"), str))):
        raise CaseFileError(f"{where}: 'agreement' must be a shipped id or an inline agreement with an 'id'")
    reports = raw["reports"]
    if not isinstance(reports, list) or not reports or not all(isinstance(r, dict) for r in reports):
        raise CaseFileError(f"{where}: 'reports' must be a non-empty list of report objects")
    report_ids = [r.get("id") for r in reports]
    expect = raw["expect"] or []
    no_findings_for = raw.get("no_findings_for") or []
    if not isinstance(expect, list) or not isinstance(no_findings_for, list):
        raise CaseFileError(f"{where}: 'expect' and 'no_findings_for' must be lists")
    if not expect and not no_findings_for:
        raise CaseFileError(f"{where}: a case must expect something (expect or no_findings_for)")
    for item in expect:
        if not isinstance(item, dict):
            raise CaseFileError(f"{where}: each expectation must be a mapping")
        unknown = set(item) - EXPECT_KEYS
        missing = {"clause", "reading", "verdict"} - set(item)
        if unknown or missing:
            raise CaseFileError(f"{where}: expectation {item}: unknown {sorted(unknown)}, missing {sorted(missing)}")
        if item["verdict"] not in VERDICTS:
            raise CaseFileError(f"{where}: unknown verdict {item['verdict']!r}")
        if "incident" in item and item["incident"] not in report_ids:
            raise CaseFileError(f"{where}: expectation names report {item['incident']!r}, not in the case")
        for condition, wanted in (item.get("reasons") or {}).items():
            status = wanted.get("status") if isinstance(wanted, dict) else wanted
            if condition not in CONDITIONS or status not in STATUSES:
                raise CaseFileError(f"{where}: bad reason {condition}: {wanted}")
    for report_id in no_findings_for:
        if report_id not in report_ids:
            raise CaseFileError(f"{where}: no_findings_for names {report_id!r}, not in the case")
    discount = raw.get("discount") or []
    if not isinstance(discount, list) or not all(
        isinstance(d, dict) and set(d) == {"report", "reason"} and d["report"] in report_ids
        and isinstance(d["reason"], str) and d["reason"] for d in discount
    ):
        raise CaseFileError(f"{where}: 'discount' must be a list of {{report, reason}} naming reports of the case")
    return RuleCase(
        id=case_id,
        file=file,
        condition=condition,
        description=str(raw["description"]),
        agreement=agreement,
        reports=reports,
        expect=expect,
        no_findings_for=[str(r) for r in no_findings_for],
        discount=[{"report": str(d["report"]), "reason": str(d["reason"])} for d in discount],
    )


def load_cases() -> list[RuleCase]:
    cases: list[RuleCase] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        document = safe_yaml.load(path.read_text(encoding="utf-8"), path.name)
        if (not isinstance(document, dict) or set(document) != {"condition", "cases"}
                or not isinstance(document["cases"], list)):
            raise CaseFileError(f"{path.name}: a case file holds exactly two keys, 'condition' and 'cases' (a list)")
        condition = document["condition"]
        if condition not in (*CONDITIONS, NOT_ONE_CONDITION) or path.stem != condition:
            allowed = [*CONDITIONS, NOT_ONE_CONDITION]
            raise CaseFileError(f"{path.name}: condition {condition!r} must be one of {allowed}"
                                f" and name the file ({condition}.yaml)")
        cases.extend(_check_case(raw, path.name, i, condition) for i, raw in enumerate(document["cases"]))
    return cases


def producible_statuses(rule_sql: str) -> list[str]:
    """The statuses a condition's status rule (SQL) can give: those it names as literals."""
    return [status for status in STATUSES if f"'{status}'" in rule_sql]


CASES = load_cases()


def test_enough_cases_with_unique_ids() -> None:
    ids = [case.id for case in CASES]
    duplicates = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
    assert not duplicates, f"duplicate case ids: {duplicates}"
    assert len(CASES) >= MIN_CASES, f"{len(CASES)} rule cases; at least {MIN_CASES} are required"


def test_every_condition_has_its_case_file() -> None:
    assert tuple(rule.name for rule in CONDITION_RULES) == CONDITIONS
    files = {case.file for case in CASES}
    assert files == {f"{name}.yaml" for name in (*CONDITIONS, NOT_ONE_CONDITION)}
    for name in CONDITIONS:
        assert any(case.condition == name for case in CASES), f"no rule case in {name}.yaml"


def test_every_status_of_every_condition_is_pinned_by_a_case() -> None:
    """Each condition x status its rule can give is expected, by name, in some case's reasons."""
    pinned = {
        (condition, wanted["status"] if isinstance(wanted, dict) else wanted)
        for case in CASES for item in case.expect for condition, wanted in (item.get("reasons") or {}).items()
    }
    wanted = {(rule.name, status) for rule in CONDITION_RULES for status in producible_statuses(rule.status)}
    assert len(wanted) >= 2 * len(CONDITIONS), "each condition can give at least two statuses"
    missing = sorted(wanted - pinned)
    assert not missing, f"condition x status without a rule case: {missing}"


def test_producible_statuses_reads_the_rule() -> None:
    assert producible_statuses("CASE WHEN x THEN 'pass' ELSE 'fail' END") == ["pass", "fail"]
    assert producible_statuses("CASE WHEN x THEN 'passed' END") == []


def test_case_loader_rejects_a_typo() -> None:
    bad = {"id": "x", "description": "d", "agreement": "a", "reports": [{"id": "r"}],
           "expect": [{"clause": "c", "reading": "r", "verdict": "alleged_violaton"}]}
    with pytest.raises(CaseFileError, match="unknown verdict"):
        _check_case(bad, "inline", 0)
    bad = {**bad, "expect": [{"clause": "c", "reading": "r", "verdict": "not_covered", "reason": {}}]}
    with pytest.raises(CaseFileError, match="unknown"):
        _check_case(bad, "inline", 0)
    bad = {**bad, "expect": [{"clause": "c", "reading": "r", "verdict": "not_covered"}],
           "discount": [{"report": "elsewhere", "reason": "why"}]}
    with pytest.raises(CaseFileError, match="discount"):
        _check_case(bad, "inline", 0)


def test_case_ids_cited_in_the_verdicts_doc_exist() -> None:
    """docs/verdicts.md cites rule cases in brackets, e.g. [`before-start`, `kyiv-dst-*`]; each must exist."""
    text = VERDICTS_DOC.read_text(encoding="utf-8")
    cited = [name for group in re.findall(r"\[((?:`[^`]+`,?\s*)+)\]", text)
             for name in re.findall(r"`([^`]+)`", group)]
    assert len(cited) >= 30, "the verdicts doc cites its rule cases"
    ids = [case.id for case in CASES]
    missing = [name for name in cited if not fnmatch.filter(ids, name)]
    assert not missing, f"docs/verdicts.md cites rule cases that do not exist: {missing}"


# --------------------------------------------------------------------------------------- running a case
def _run_case(case: RuleCase, tmp_path: Path) -> Path:
    from trucewatch import api
    from trucewatch.api import resolve as api_resolve

    db = tmp_path / "case.duckdb"
    if isinstance(case.agreement, str):
        api.init_store(db, load_shipped=True)
        shipped = {a["id"] for a in api.list_agreements(db)}
        assert case.agreement in shipped, f"no shipped agreement {case.agreement!r} (have {sorted(shipped)})"
    else:
        api.init_store(db, load_shipped=False)
        agreement_file = tmp_path / f"{case.agreement_id}.yaml"
        agreement_file.write_text(yaml.safe_dump(case.agreement, sort_keys=False, allow_unicode=True),
                                  encoding="utf-8")
        api.load_agreements(db, [agreement_file])
    reports_file = tmp_path / "reports.jsonl"
    reports_file.write_text(
        "".join(json.dumps(report, ensure_ascii=False) + "\n" for report in case.reports), encoding="utf-8"
    )
    results = api.ingest(db, [reports_file], strict=True)
    ingested = sum(result.ingested for result in results)
    assert ingested == len(case.reports), f"only {ingested} of {len(case.reports)} reports were ingested"
    api.assess(db)
    for item in case.discount:
        api_resolve.discount_incident(db, item["report"], reason=item["reason"], analyst="rule case")
    return db


def _describe(finding: dict[str, Any]) -> str:
    reasons = "\n".join(
        f"      {r['condition']:<9} {r['status']:<9} {r['detail']}" for r in finding.get("reasons", [])
    )
    return (f"    incident {finding['incident']} reports {finding['reports']} actor {finding['actor']}: "
            f"{finding['verdict']}\n{reasons}")


def _check_expectation(api: Any, db: Path, case: RuleCase, item: dict[str, Any]) -> list[str]:
    label = f"{item['clause']} / {item['reading']}"
    if "incident" in item:
        label += f" / incident of {item['incident']}"
    # the judge's verdict on every pair, also those the listings leave out as outside a window or geography
    rows = api.findings(db, agreement=case.agreement_id, clause=item["clause"], reading=item["reading"],
                        everything=True)
    if "incident" in item:
        rows = [row for row in rows if item["incident"] in row["reports"]]
    if len(rows) != 1:
        every = api.findings(db, agreement=case.agreement_id, everything=True)
        pairs = sorted({(row["clause"], row["reading"]) for row in every})
        shown = "\n".join(_describe(row) for row in rows)
        return [f"{label}: expected exactly one finding, got {len(rows)} "
                f"(clause/reading pairs with findings: {pairs})\n{shown}"]
    finding = rows[0]
    problems: list[str] = []
    if finding["verdict"] != item["verdict"]:
        problems.append(f"{label}: verdict {finding['verdict']}, expected {item['verdict']}")
    if "reports" in item and sorted(finding["reports"]) != sorted(item["reports"]):
        problems.append(f"{label}: reports {sorted(finding['reports'])}, expected {sorted(item['reports'])}")
    reasons = {reason["condition"]: reason for reason in finding["reasons"]}
    for condition, wanted in (item.get("reasons") or {}).items():
        status = wanted["status"] if isinstance(wanted, dict) else wanted
        got = reasons.get(condition)
        if got is None:
            problems.append(f"{label}: no reason for {condition}")
            continue
        if got["status"] != status:
            problems.append(f"{label}: {condition} is {got['status']}, expected {status}")
        fragment = wanted.get("detail_contains") if isinstance(wanted, dict) else None
        if fragment and fragment.lower() not in str(got["detail"]).lower():
            problems.append(f"{label}: {condition} detail lacks {fragment!r}: {got['detail']!r}")
    if problems:
        problems.append(_describe(finding))
    return problems


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_rule_case(case: RuleCase, tmp_path: Path) -> None:
    from trucewatch import api

    db = _run_case(case, tmp_path)
    problems: list[str] = []
    for item in case.expect:
        problems.extend(_check_expectation(api, db, case, item))
    if case.no_findings_for:
        for finding in api.findings(db, everything=True):
            leaked = sorted(set(case.no_findings_for) & set(finding["reports"]))
            if leaked:
                problems.append(f"reports {leaked} must have no finding, but:\n{_describe(finding)}")
    assert not problems, f"{case.file}, case '{case.id}': {case.description}\n" + "\n".join(problems)


# ----------------------------------------------------------------------------------- the sample reports
# The documented field sets (docs/report-format.md), written out here on purpose rather than imported
# from the parser, so that the sample file is checked against the documentation.
_FIELDS: dict[str, set[str]] = {
    "": {"id", "source", "claimant", "stance", "actor", "occurred", "location", "target", "weapon",
         "outcome", "count", "aggregate", "relates_to", "text", "event", "casualties", "provenance", "spans"},
    "source": {"name", "url", "published_at", "kind", "aligned_with"},
    "occurred": {"start", "end", "tz"},
    "location": {"name", "admin1", "country", "lat", "lon", "precision_km"},
    "target": {"category", "name", "description"},
    "casualties": {"killed", "injured"},
}


def unknown_fields(report: dict[str, Any]) -> list[str]:
    """Field paths in ``report`` that the native format does not define (provenance/spans are free-form)."""
    found = [name for name in report if name not in _FIELDS[""]]
    for section, allowed in _FIELDS.items():
        value = report.get(section) if section else None
        if isinstance(value, dict):
            found.extend(f"{section}.{name}" for name in value if name not in allowed)
    return found


def _sample_lines() -> list[tuple[int, dict[str, Any]]]:
    lines: list[tuple[int, dict[str, Any]]] = []
    for number, text in enumerate(SAMPLE_REPORTS.read_text(encoding="utf-8").splitlines(), start=1):
        if text.strip():
            value = json.loads(text)
            assert isinstance(value, dict), f"line {number} is not a JSON object"
            lines.append((number, value))
    return lines


def test_unknown_field_check_catches_a_stray_field() -> None:
    assert unknown_fields({"id": "x", "source": {"name": "y", "kind": "media"}}) == []
    assert unknown_fields({"id": "x", "source": {"name": "y", "type": "media"}, "oblast": "Sumy"}) == [
        "oblast", "source.type",
    ]


def test_sample_reports_are_json_with_known_fields_only() -> None:
    lines = _sample_lines()
    assert len(lines) >= 40
    problems = [f"line {n}: unknown field {f}" for n, report in lines for f in unknown_fields(report)]
    problems += [f"line {n}: no id or source.name" for n, report in lines
                 if not report.get("id") or not isinstance(report.get("source"), dict)
                 or not report["source"].get("name")]
    assert not problems, "\n".join(problems)
    ids = [report["id"] for _, report in lines]
    assert len(ids) == len(set(ids)), "report ids repeat"


def test_sample_reports_parse() -> None:
    from trucewatch.ingest.native import ReportError, parse_report

    problems = []
    for number, report in _sample_lines():
        try:
            parse_report(report)
        except ReportError as exc:
            problems.append(f"line {number}, field {exc.field}: {exc.message}")
    assert not problems, "\n".join(problems)


def test_sample_reports_relations_and_balance() -> None:
    reports = {report["id"]: report for _, report in _sample_lines()}
    for report in reports.values():
        target = report.get("relates_to")
        if report.get("stance") == "denies":
            assert target, f"{report['id']}: a denial must name what it denies"
        if target:
            assert target in reports, f"{report['id']}: relates_to {target!r} is not in the file"
            assert not reports[target].get("aggregate"), f"{report['id']}: answers a tally"
    claimants = {r.get("claimant") for r in reports.values()}
    stances = {r.get("stance", "reports") for r in reports.values()}
    assert {"RU", "UA"} <= claimants, "claims from both sides"
    assert {"alleges", "denies", "acknowledges", "reports"} <= stances
    assert sum(bool(r.get("aggregate")) for r in reports.values()) >= 3, "tallies"


def test_sample_reports_ingest_and_assess(tmp_path: Path) -> None:
    from trucewatch import api

    db = tmp_path / "sample.duckdb"
    api.init_store(db, load_shipped=True)
    results = api.ingest(db, [SAMPLE_REPORTS], strict=True)
    lines = _sample_lines()
    assert sum(result.ingested for result in results) == len(lines)
    api.assess(db)
    rows = api.findings(db, everything=True)
    tallies = {report["id"] for _, report in lines if report.get("aggregate")}
    assert rows, "the sample gives findings"
    assert not [row for row in rows if tallies & set(row["reports"])], "tallies get no findings"
    assert {row["agreement"] for row in rows} >= {
        "energy-moratorium-2025", "easter-truce-2025", "victory-day-truce-2025", "black-sea-2025",
    }
    assert len({row["verdict"] for row in rows}) >= 4, "the sample exercises several verdicts"
