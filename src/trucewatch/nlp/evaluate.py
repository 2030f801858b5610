"""Evaluation harness: score the extractor against a dataset's own coding.

- ACLED CSV: predict from ``notes`` only; compare admin1, coordinates, sub_event_type, acting side and
  date with the row's coding.
- CASE-2021 task 2 TSV (id, EventSnippet, SubType): classify each snippet; accuracy and macro-F1 of a
  learned classifier cross-validated on the file (:mod:`trucewatch.nlp.case_model`: no row is predicted by a
  model that saw it), with the hand-written rules' score (:mod:`trucewatch.nlp.case_rules`) beside it.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from trucewatch.errors import InputError, Where
from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.distance import LAT_LIMIT, LON_LIMIT, distance_km, valid_latitude, valid_longitude
from trucewatch.geo.gazetteer import geocode_candidates
from trucewatch.model import Report
from trucewatch.nlp.acled_coding import coded_by_wording, note_of
from trucewatch.nlp.acled_coding import sub_event_type as coded_sub_event
from trucewatch.nlp.basis_classes import count_basis
from trucewatch.nlp.case_rules import classify_snippet
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.intervals import wilson
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.split import HALVES, check_half, half_of

ACLED_COLUMNS = ("notes", "admin1", "latitude", "longitude", "sub_event_type", "actor1", "event_date")
CASE_COLUMNS = ("EventSnippet", "SubType")


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", Where(str(path))) from exc
    if b"\x00" in raw[:4096]:
        raise InputError("this is a binary file, not CSV/TSV text", Where(str(path)))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte {exc.start})", Where(str(path)), hint="re-save the file as UTF-8"
        ) from exc


def read_rows(path: Path, delimiter: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    text = _read_text(path)
    if not text.strip():
        raise InputError("the file is empty", Where(str(path)))
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    missing = [column for column in required if column not in (reader.fieldnames or [])]
    if missing:
        raise InputError(
            f"missing column(s) {', '.join(missing)}; found {', '.join(reader.fieldnames or [])}",
            Where(str(path), 1),
        )
    return list(reader)


def acled_side(actor: str) -> str:
    """Russia / Ukraine / other, from an ACLED actor1 name."""
    lowered = actor.lower()
    if lowered.startswith(("military forces of russia", "police forces of russia", "government of russia",
                           "wagner group")):
        return "Russia"
    if lowered.startswith(("military forces of ukraine", "police forces of ukraine", "government of ukraine")):
        return "Ukraine"
    return "other"


_SIDES = {"RU": "Russia", "UA": "Ukraine"}


def predicted_side(report: Report) -> str:
    coded = coded_by_wording(note_of(report))
    if coded and coded[1]:
        return _SIDES.get(coded[1], "other")  # the side that took a place, jammed a drone, fought first
    party = report.actor
    if report.event == "interception":
        # ACLED codes the interceptor as actor1 of "Disrupted weapons use"
        party = report.provenance.get("interceptor") or party
    return _SIDES.get(party or "", "other")


def sub_event_type(report: Report) -> str:
    """ACLED's sub_event_type for an extracted report (:func:`trucewatch.nlp.acled_coding.sub_event_type`)."""
    return coded_sub_event(note_of(report))


def _acled_date(text: str) -> date | None:
    try:
        return datetime.strptime(text.split()[0], "%d/%m/%Y").date()
    except (ValueError, IndexError):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


# every namesake a name may mean: the ceiling asks whether any of them lies near the truth
_CEILING_CANDIDATES = 500


def nearest_reading_km(name: str, lat: float, lon: float) -> float | None:
    """How far from the true point the nearest place bearing ``name`` lies (any namesake, any reading the
    gazetteer knows, in Ukraine and Russia): the best a geocoder that chose perfectly among the readings of
    the true place's own name could do. ``None`` when the gazetteer knows no place of that name."""
    distances = [distance_km(match.lat, match.lon, lat, lon)
                 for match in geocode_candidates(name, limit=_CEILING_CANDIDATES) if match.lat is not None]
    return min(distances, default=None)


def within_ceiling(name: str, lat: float, lon: float, km: float, reached: float | None) -> bool:
    """Whether a row can be placed within ``km`` of its truth: some reading of its own place name lies that
    near, or the extraction got there another way (a city's district, an offset from a town)."""
    if reached is not None and reached <= km:
        return True
    nearest = nearest_reading_km(name, lat, lon)
    return nearest is not None and nearest <= km


def truth_point(row: dict[str, str], where: Where, fields: tuple[str, str] = ("latitude", "longitude")
                ) -> tuple[float, float] | None:
    """A row's coded point (``fields``: its latitude and longitude columns); ``None`` when it has none; a
    value that is no coordinate stops the evaluation with the file, line and field."""
    if not all((row.get(field) or "").strip() for field in fields):
        return None
    point = []
    for field, limit, valid in zip(fields, (LAT_LIMIT, LON_LIMIT), (valid_latitude, valid_longitude), strict=True):
        try:
            value = float(row[field])
        except ValueError as exc:
            raise InputError(f"{field} {row[field]!r} is not a number", replace(where, field=field)) from exc
        if not valid(value):
            raise InputError(f"{field} {value} is outside ±{limit:g}", replace(where, field=field))
        point.append(value)
    return point[0], point[1]


def within_precision(distance: float, precision_km: float | None) -> bool:
    """Whether a placed answer's error lies within the precision it states (a settlement's extent, a region's
    radius, an undecided choice widened to its namesakes): how far its own precision can be trusted."""
    return precision_km is not None and distance <= precision_km


def extract_acled_rows(numbered: list[tuple[int, dict[str, str]]]) -> dict[int, list[Report]]:
    """The reports each row's ``notes`` give, by line number (one article per row, no publication time)."""
    return {number: extract_article(Article(id=f"acled-{number}", text=row.get("notes") or "", source="ACLED",
                                            source_kind="dataset"))
            for number, row in numbered}


def eval_acled_rows(rows: list[dict[str, str]], source: str = "acled", *,
                    numbered: list[tuple[int, dict[str, str]]] | None = None,
                    extracted: dict[int, list[Report]] | None = None) -> dict[str, Any]:
    """Score ACLED rows; ``numbered``/``extracted``: rows with their line numbers and reports already
    extracted (to score a subset of a file without extracting twice)."""
    numbered = numbered if numbered is not None else list(enumerate(rows, start=2))
    extracted = extracted if extracted is not None else extract_acled_rows(numbered)
    scores: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    far: Counter[str] = Counter()  # rows not placed within 25 km, by the basis of their place
    errors: dict[str, list[dict[str, Any]]] = {"admin1": [], "sub_event_type": [], "side": [], "date": [],
                                                "within_10km": []}
    for number, row in numbered:
        notes = row.get("notes") or ""
        reports = extracted[number]
        scores["without_report"] += not reports
        first = reports[0] if reports else None
        truth_admin1 = admin1_code(row.get("admin1") or "", "UA") or admin1_code(row.get("admin1") or "")
        located = next((r for r in reports if r.location and r.location.admin1_code), None)
        predicted_admin1 = located.location.admin1_code if located and located.location else None
        scores["admin1"] += predicted_admin1 == truth_admin1
        with_point = next((r for r in reports if r.location and r.location.lat is not None), None)
        distance = None
        point = truth_point(row, Where(source, number))
        if with_point and with_point.location and point:
            assert with_point.location.lat is not None and with_point.location.lon is not None
            distance = distance_km(with_point.location.lat, with_point.location.lon, *point)
        scores["within_10km"] += distance is not None and distance <= 10
        scores["within_25km"] += distance is not None and distance <= 25
        if point and (distance is None or distance > 25):
            count_basis(far, with_point, point, 25)
        if distance is not None and with_point and with_point.location:
            scores["placed"] += 1
            scores["within_precision"] += within_precision(distance, with_point.location.precision_km)
        if point:
            scores["within_10km_ceiling"] += within_ceiling(row.get("location") or "", *point, 10, distance)
            scores["within_25km_ceiling"] += within_ceiling(row.get("location") or "", *point, 25, distance)
        predicted_type = sub_event_type(first) if first else "none"
        confusion[(row.get("sub_event_type", ""), predicted_type)] += 1
        scores["sub_event_type"] += predicted_type == row.get("sub_event_type")
        side = predicted_side(first) if first else "other"
        scores["side"] += side == acled_side(row.get("actor1", ""))
        truth_date = _acled_date(row.get("event_date", ""))
        predicted_date = None
        if first and first.occurred:
            # the day of the interval's middle: a night told as "the night of 15-16 April" (evening to morning) is
            # the later day's, as coders date it; a day's interval keeps its day
            middle = first.occurred.start + (first.occurred.end - first.occurred.start) / 2
            predicted_date = middle.astimezone(ZoneInfo(first.occurred.tz or "Europe/Kyiv")).date()
        scores["date"] += predicted_date == truth_date
        for key, ok, detail in (
            ("admin1", predicted_admin1 == truth_admin1, [predicted_admin1, truth_admin1]),
            ("sub_event_type", predicted_type == row.get("sub_event_type"),
             [predicted_type, row.get("sub_event_type")]),
            ("side", side == acled_side(row.get("actor1", "")), [side, row.get("actor1")]),
            ("date", predicted_date == truth_date, [str(predicted_date), str(truth_date)]),
            ("within_10km", distance is not None and distance <= 10,
             [None if distance is None else round(distance, 1), row.get("location")]),
        ):
            if not ok:
                errors[key].append({"line": number, "predicted_vs_true": detail, "notes": notes[:200]})
    n = len(numbered)

    def share(key: str) -> float:
        return round(scores[key] / n, 4) if n else 0.0

    return {
        "n": n,
        "admin1_accuracy": share("admin1"),
        "within_10km": share("within_10km"),
        "within_25km": share("within_25km"),
        "within_10km_ceiling": share("within_10km_ceiling"),
        "within_25km_ceiling": share("within_25km_ceiling"),
        "within_precision": round(scores["within_precision"] / scores["placed"], 4) if scores["placed"] else 0.0,
        "sub_event_type_accuracy": share("sub_event_type"),
        "side_accuracy": share("side"),
        "date_accuracy": share("date"),
        "without_report": scores["without_report"],
        # the rows not placed within 25 km by why their place was chosen (nlp/basis_classes.py): counts only
        "misses_by_basis": {"not_within_25km": dict(far.most_common())},
        # where each share could lie on another sample of such rows (docs/extraction-rounds.md, "Intervals")
        "intervals_95": {key: wilson(scores[count], of) for key, count, of in (
            ("admin1_accuracy", "admin1", n), ("within_10km", "within_10km", n), ("within_25km", "within_25km", n),
            ("within_precision", "within_precision", scores["placed"]),
            ("sub_event_type_accuracy", "sub_event_type", n), ("side_accuracy", "side", n),
            ("date_accuracy", "date", n))},
        "_errors": errors,
        "_confusion": {f"{truth} -> {predicted}": count for (truth, predicted), count in confusion.most_common()
                       if truth != predicted},
    }


def eval_acled(path: Path, half: str | None = None) -> dict[str, Any]:
    """The scores of :func:`eval_acled_rows` for all rows, and the same for each fixed half (``halves``:
    ``tuning`` and ``check``, by :func:`half_of` of the row's ``event_id_cnty``); with ``half``, the scores of
    that half alone."""
    check_half(half)
    rows = read_rows(path, ",", ACLED_COLUMNS)
    numbered = list(enumerate(rows, start=2))
    parts = {name: [(number, row) for number, row in numbered
                    if half_of(row.get("event_id_cnty") or row.get("id") or str(number)) == name] for name in HALVES}
    if half is not None:
        part = parts[half]
        return {"half": half, **eval_acled_rows([row for _, row in part], str(path), numbered=part)}
    extracted = extract_acled_rows(numbered)
    result = eval_acled_rows(rows, str(path), numbered=numbered, extracted=extracted)
    result["halves"] = {}
    for name, part in parts.items():
        scored = eval_acled_rows([row for _, row in part], str(path), numbered=part, extracted=extracted)
        result["halves"][name] = {key: value for key, value in scored.items() if not key.startswith("_")}
    return result


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = sorted({truth for truth, _ in pairs})
    total = 0.0
    for label in labels:
        true_positive = sum(1 for truth, predicted in pairs if truth == label and predicted == label)
        predicted_count = sum(1 for _, predicted in pairs if predicted == label)
        truth_count = sum(1 for truth, _ in pairs if truth == label)
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / truth_count if truth_count else 0.0
        total += 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(total / len(labels), 4) if labels else 0.0


CV_FOLDS = 5
CV_MIN_ROWS = 50  # fewer labelled rows than this: too few to learn from, the rules alone are scored


def eval_case(path: Path, *, method: str = "rules") -> dict[str, Any]:
    """Score event-type classification on a labelled CASE file, as the product ships it.

    ``accuracy``/``macro_f1`` are those of the shipped classifier (:mod:`trucewatch.nlp.case_rules`: hand-
    written cues, nothing fitted on any labelled file); ``with_report`` is the share of snippets from which
    ``extract`` (the shipped pipeline) produces at least one report. ``method="cv"`` adds ``cv_accuracy`` and
    ``cv_macro_f1``: a classifier fitted on four fifths of *this* file and scored on the rest (5-fold). That
    is a research figure for what labelled data could give, not a score of anything shipped."""
    if method not in ("rules", "cv"):
        raise InputError(f"unknown method {method!r}", hint="use rules or cv")
    rows = read_rows(path, "\t", CASE_COLUMNS)
    texts = [row["EventSnippet"] or "" for row in rows]
    truths = [row["SubType"] or "" for row in rows]
    ids = [row.get("id") or str(number) for number, row in enumerate(rows)]
    predicted = [classify_snippet(text) for text in texts]
    pairs = list(zip(truths, predicted, strict=True))
    n = len(pairs)

    def accuracy(each: list[tuple[str, str]]) -> float:
        return round(sum(truth == guess for truth, guess in each) / n, 4) if n else 0.0

    reported = sum(bool(extract_article(Article(id=f"case-{row_id}", text=text, source="CASE",
                                                source_kind="dataset")))
                   for row_id, text in zip(ids, texts, strict=True))
    confusion = Counter((truth, guess) for truth, guess in pairs if truth != guess)
    result: dict[str, Any] = {
        "n": n,
        "accuracy": accuracy(pairs),
        "macro_f1": macro_f1(pairs),
        "method": "rules (shipped; nothing fitted on this file)",
        "with_report": round(reported / n, 4) if n else 0.0,
        "_confusion": {f"{truth} -> {guess}": count for (truth, guess), count in confusion.most_common(15)},
    }
    if method == "cv" and n >= CV_MIN_ROWS and len(set(truths)) > 1:
        from trucewatch.nlp.case_model import cross_validate

        cv_pairs = list(zip(truths, cross_validate(ids, texts, truths, CV_FOLDS), strict=True))
        result["cv_accuracy"] = accuracy(cv_pairs)
        result["cv_macro_f1"] = macro_f1(cv_pairs)
        result["cv_note"] = (f"logistic regression fitted on {CV_FOLDS - 1} of {CV_FOLDS} folds of this file: "
                             "a research figure, not the score of anything shipped")
    return result
