"""``trucewatch eval posts``: extraction from posts scored against hand labels (docs/extraction.md).

The posts CSV has ``datetime`` (the post's time as the file gives it; ``tz`` names its zone) and
``text_snippet`` (or ``text``). Each gold line names one post by ``datetime`` and ``key`` (the first 50
characters of its text) and gives ``kind``, ``regions``, ``drones``, ``missiles``, ``energy_claim``,
``target``, ``object`` and ``event_date``. Posts without a gold line are not scored.
"""

from __future__ import annotations

import csv
import io
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from trucewatch.errors import InputError, Where
from trucewatch.geo.admin1 import admin1_code
from trucewatch.nlp.intervals import bootstrap_f1, wilson
from trucewatch.nlp.post_files import PostColumns, default_columns, read_posts_csv
from trucewatch.nlp.posts import Post, PostResult, read_posts
from trucewatch.nlp.reader import json_lines
from trucewatch.nlp.slavic.places import SEAS
from trucewatch.nlp.slavic.reader import KINDS

TARGETS: tuple[str, ...] = (
    "energy.oil.refinery", "energy.oil.pumping_station", "energy.oil.pipeline", "energy.oil.storage",
    "energy.gas.metering", "energy.gas.compressor", "energy.gas.pipeline", "energy.generation",
    "energy.transmission.line", "energy.transmission.substation", "energy",
)
_GOLD_FIELDS = {"datetime", "key", "kind", "regions", "drones", "missiles", "energy_claim", "target", "object",
                "event_date", "note"}
_SEA_BY_NAME = {name: code for code, (name, *_rest) in SEAS.items()}


def _gold(path: Path) -> list[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise InputError("no such file", Where(str(path)))
    lines: list[tuple[int, dict[str, Any]]] = []
    for number, _where, record in json_lines(path, path.read_text(encoding="utf-8")):
        unknown = set(record) - _GOLD_FIELDS
        if unknown:
            raise InputError(f"unknown field(s) {', '.join(sorted(unknown))}", Where(str(path), number,
                             sorted(unknown)[0]), hint="allowed: " + ", ".join(sorted(_GOLD_FIELDS)))
        for name in ("datetime", "key", "kind"):
            if not isinstance(record.get(name), str):
                raise InputError(f"{name} is required and must be a string", Where(str(path), number, name))
        if record["kind"] not in KINDS:
            raise InputError(f"kind {record['kind']!r} is not one of {', '.join(KINDS)}",
                             Where(str(path), number, "kind"))
        if not isinstance(record.get("regions", []), list):
            raise InputError("regions must be a list of codes", Where(str(path), number, "regions"))
        for name in ("drones", "missiles"):
            if record.get(name) is not None and not isinstance(record[name], int):
                raise InputError(f"{name} must be an integer or null", Where(str(path), number, name))
        if not isinstance(record.get("energy_claim", False), bool):
            raise InputError("energy_claim must be true or false", Where(str(path), number, "energy_claim"))
        if record.get("target") is not None and record["target"] not in TARGETS:
            raise InputError(f"target {record['target']!r} is not one of {', '.join(TARGETS)}",
                             Where(str(path), number, "target"))
        if record.get("event_date") is not None:
            try:
                date.fromisoformat(str(record["event_date"]))
            except ValueError as exc:
                raise InputError("event_date must be YYYY-MM-DD or null", Where(str(path), number,
                                                                                 "event_date")) from exc
        lines.append((number, record))
    return lines


def _coarse(category: str | None) -> str | None:
    while category:
        if category in TARGETS:
            return category
        category = category.rpartition(".")[0]
    return None


def prediction(result: PostResult) -> dict[str, Any]:
    """The gold-line fields as the extraction gives them for one post: all that the post's reading says, a
    digest's reports included when the file's other posts gave them first (:func:`read_posts` keeps one report
    of each for the store; a post's score must not hang on which other posts a gold file labels)."""
    regions: set[str] = set()
    drones = missiles = None
    energy: list[str] = []
    for report in result.reading.reports if result.reading is not None else result.reports:
        if report.stance == "denies":
            continue  # a denial says the strike did not happen: no region, no energy claim (the gold conventions)
        location = report.location
        if location is not None:
            code = location.admin1_code or _SEA_BY_NAME.get(location.name or "")
            if code:
                regions.add(code)
        regions.update(code for code in report.provenance.get("regions", []) if code)
        if report.event == "interception" and report.aggregate and report.count is not None:
            if report.weapon == "drone":
                drones = (drones or 0) + report.count
            elif report.weapon == "missile":
                missiles = (missiles or 0) + report.count
        if report.target and report.target.category and report.target.category.startswith("energy"):
            energy.append(report.target.category)
    when = result.reading.when if result.reading else None
    event_date = when.event_date() if when is not None and result.kind != "other" else None
    if result.reading is None and result.reports and result.reports[0].occurred:
        occurred = result.reports[0].occurred
        event_date = occurred.start.date() if occurred.end - occurred.start <= timedelta(hours=36) else None
    return {"kind": result.kind if result.kind in KINDS else "other", "regions": sorted(regions),
            "drones": drones, "missiles": missiles, "energy_claim": bool(energy),
            "target": _coarse(max(energy, key=lambda each: each.count("."))) if energy else None,  # the most specific
            "event_date": event_date.isoformat() if event_date else None}


def _rows_by_line(path: Path) -> dict[int, dict[str, str]]:
    """Each CSV row by the line it starts on (as :func:`read_posts_csv` numbers them)."""
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows: dict[int, dict[str, str]] = {}
    line = reader.line_num
    for row in reader:
        if line == 0:
            line = 1
        rows[line + 1] = row
        line = reader.line_num
    return rows


def _f1(hits: int, predicted: int, actual: int) -> dict[str, float | None]:
    precision = hits / predicted if predicted else None
    recall = hits / actual if actual else None
    f1 = (2 * precision * recall / (precision + recall)) if precision and recall else 0.0 if (
        predicted or actual) else None
    return {"precision": _round(precision), "recall": _round(recall), "f1": _round(f1)}


def _f1_of(items: list[tuple[int, int, int]]) -> dict[str, float | None]:
    """Micro precision, recall and F1 over items of (hits, predicted, expected)."""
    return _f1(sum(item[0] for item in items), sum(item[1] for item in items), sum(item[2] for item in items))


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def _weak(values: dict[str, str]) -> tuple[set[str] | None, int | None]:
    oblasts = values.get("oblasts")
    regions = None
    if oblasts is not None and oblasts.strip() and oblasts.strip() != "unknown":
        regions = {code for code in (admin1_code(name.replace("_", " ")) for name in oblasts.split("|")) if code}
    count = values.get("drone_count")
    return regions, int(count) if count is not None and count.strip().isdigit() else None


def eval_posts(posts_path: Path, gold_path: Path, *, tz: str = "UTC", source: str | None = None,
               details: bool = False) -> dict[str, Any]:
    """Score the post extraction; returns the JSON object ``trucewatch eval posts`` prints."""
    gold = _gold(gold_path)
    if not posts_path.is_file():
        raise InputError("no such file", Where(str(posts_path)))
    with posts_path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    try:
        columns = default_columns(header)
    except InputError as exc:
        raise InputError(exc.detail, Where(str(posts_path), 1), hint=exc.hint) from None
    if columns.datetime is None:
        raise InputError("no datetime column", Where(str(posts_path), 1),
                         hint="the posts file needs the post's time in a column named datetime")
    mapping = PostColumns(text=columns.text, datetime=columns.datetime, id=columns.id, source=columns.source,
                          url=columns.url, tz=tz, source_name=source)
    file = read_posts_csv(posts_path, mapping)
    weak_rows = _rows_by_line(posts_path)
    by_key: dict[tuple[str, str], Post] = {}
    weak_by_id: dict[str, dict[str, str]] = {}
    for post in file.posts:
        row = weak_rows.get(post.provenance["line"], {})
        by_key[((row.get(columns.datetime) or "").strip(), post.text[:50])] = post
        weak_by_id[post.id] = row
    chosen: list[tuple[dict[str, Any], Post]] = []
    missing = 0
    for _, record in gold:
        found = by_key.get((record["datetime"], record["key"]))
        if found is None:
            missing += 1
            continue
        chosen.append((record, found))
    if gold and not chosen:
        raise InputError("no gold line matches a post in the file (by datetime and the first 50 characters)",
                         Where(str(gold_path), 1), hint="check that the gold file belongs to this posts file")
    # load the dictionaries and the gazetteer first: the rate measured is that of reading posts
    read_posts([Post(id="warm-up", text="Над территорией Брянской области уничтожен БПЛА. Уражено НПЗ у Саратові.",
                     published_at=chosen[0][1].published_at if chosen else None)])
    started = time.perf_counter()
    read = read_posts([post for _, post in chosen])
    seconds = time.perf_counter() - started
    return _score(chosen, read.results, seconds, missing, weak_by_id, details)


def _score(chosen: list[tuple[dict[str, Any], Post]], results: list[PostResult], seconds: float, missing: int,
           weak_by_id: dict[str, dict[str, str]], details: bool) -> dict[str, Any]:
    kind_right = 0
    drone_n = drone_right = date_n = date_right = 0
    target_n = target_right = 0
    weak_region = [0, 0, 0]
    weak_drone = [0, 0]
    # per post: hits, predicted and expected, of the regions and of the energy claim (the F1s and their intervals)
    region_items: list[tuple[int, int, int]] = []
    energy_items: list[tuple[int, int, int]] = []
    errors: list[dict[str, Any]] = []
    confusion: Counter[str] = Counter()  # "gold -> predicted" of the posts whose kind is wrong
    # the posts whose regions or event date are wrong, by whether their kind is right (where a score's misses come
    # from, told without a post: a check half can be described by them and stay unread)
    misses = {"regions": Counter[str](), "event_date": Counter[str]()}
    for (record, post), result in zip(chosen, results, strict=True):
        predicted = prediction(result)
        gold_regions = set(record.get("regions") or [])
        wrong: dict[str, Any] = {}
        kind_right += predicted["kind"] == record["kind"]
        if predicted["kind"] != record["kind"]:
            wrong["kind"] = [record["kind"], predicted["kind"]]
        hits = len(gold_regions & set(predicted["regions"]))
        region_items.append((hits, len(predicted["regions"]), len(gold_regions)))
        if gold_regions != set(predicted["regions"]):
            wrong["regions"] = [sorted(gold_regions), predicted["regions"]]
        if record.get("drones") is not None:
            drone_n += 1
            drone_right += predicted["drones"] == record["drones"]
            if predicted["drones"] != record["drones"]:
                wrong["drones"] = [record["drones"], predicted["drones"]]
        claim = bool(record.get("energy_claim"))
        energy_items.append((int(claim and predicted["energy_claim"]), int(predicted["energy_claim"]), int(claim)))
        if claim != predicted["energy_claim"]:
            wrong["energy_claim"] = [claim, predicted["energy_claim"]]
        if claim:
            target_n += 1
            target_right += predicted["target"] == record.get("target")
            if predicted["target"] != record.get("target"):
                wrong["target"] = [record.get("target"), predicted["target"]]
        if record.get("event_date") is not None:
            date_n += 1
            date_right += predicted["event_date"] == record["event_date"]
            if predicted["event_date"] != record["event_date"]:
                wrong["event_date"] = [record["event_date"], predicted["event_date"]]
        weak_regions, weak_count = _weak(weak_by_id.get(post.id, {}))
        if weak_regions is not None:
            weak_region[0] += len(weak_regions & gold_regions)
            weak_region[1] += len(weak_regions)
        weak_region[2] += len(gold_regions)
        if weak_count is not None and record.get("drones") is not None:
            weak_drone[0] += 1
            weak_drone[1] += weak_count == record["drones"]
        if "kind" in wrong:
            confusion[" -> ".join(wrong["kind"])] += 1
        for field in misses:
            if field in wrong:
                misses[field]["kind wrong" if "kind" in wrong else "kind right"] += 1
        if wrong:
            errors.append({"datetime": record["datetime"], "key": record["key"], **wrong})
    n = len(chosen)
    region, energy = _f1_of(region_items), _f1_of(energy_items)
    out: dict[str, Any] = {
        "n": n,
        "gold_unmatched": missing,
        "kind_accuracy": _round(kind_right / n) if n else None,
        "region_precision": region["precision"], "region_recall": region["recall"], "region_f1": region["f1"],
        "drones_n": drone_n,
        "drones_exact": _round(drone_right / drone_n) if drone_n else None,
        "energy_claim_precision": energy["precision"], "energy_claim_recall": energy["recall"],
        "energy_claim_f1": energy["f1"],
        "target_n": target_n,
        "target_accuracy": _round(target_right / target_n) if target_n else None,
        "event_date_n": date_n,
        "event_date_accuracy": _round(date_right / date_n) if date_n else None,
        "posts_per_second": round(n / seconds, 1) if seconds > 0 else None,
        "kind_confusion": dict(confusion.most_common()),
        "misses_by_kind": {field: {"kind right": counts["kind right"], "kind wrong": counts["kind wrong"]}
                           for field, counts in misses.items()},
        # where each score could lie on another sample of the same kind (docs/posts.md, "Intervals")
        "intervals_95": {
            "kind_accuracy": wilson(kind_right, n), "region_f1": bootstrap_f1(region_items),
            "drones_exact": wilson(drone_right, drone_n), "energy_claim_f1": bootstrap_f1(energy_items),
            "target_accuracy": wilson(target_right, target_n), "event_date_accuracy": wilson(date_right, date_n),
        },
    }
    if weak_region[1] or weak_drone[0]:
        weak = _f1(weak_region[0], weak_region[1], weak_region[2])
        out["_weak_labels"] = {"region_f1": weak["f1"], "drones_exact": _round(weak_drone[1] / weak_drone[0])
                               if weak_drone[0] else None}
    if details:
        out["_errors"] = errors
    return out
