"""Evaluation on the monitor-map format (CIR / Bellingcat "Russia-Ukraine Monitor Map" events).

Each row's ``title`` and ``brief description`` are one article (no publication time); the row's own
``lat``/``lon``, ``province`` and ``country`` are the truth. Rows are split into two fixed halves by a hash
of their ``entry`` id (:func:`trucewatch.nlp.evaluate.half_of`), so that a score measured on the half used
for development can be compared with the other half.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from trucewatch.errors import Where
from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import reverse_admin1
from trucewatch.model import Report
from trucewatch.nlp.basis_classes import count_basis
from trucewatch.nlp.evaluate import read_rows, truth_point, within_ceiling, within_precision
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.intervals import wilson
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.split import HALVES, check_half, half_of

CIR_COLUMNS = ("entry", "title", "brief description", "lat", "lon", "country", "province", "town/city")
OFF_KM = 100.0
_DATE_PREFIX = re.compile(r"^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*")
_COUNTRY_PREFIXES = (("ukrain", "UA"), ("crimea", "UA"), ("russia", "RU"), ("bela", "BY"), ("moldova", "MD"),
                     ("serbia", "RS"))


def cir_text(row: dict[str, str]) -> str:
    """The article a row gives: its title, and its description when that says more than the title."""
    title = (row.get("title") or "").strip()
    description = (row.get("brief description") or "").strip()
    if not description or _plain(description) in _plain(title):
        return title
    if _plain(_DATE_PREFIX.sub("", title)) in _plain(description):
        # the title is the date and the description's start: keep the date, read the description
        date = _DATE_PREFIX.match(title)
        return f"{date.group(0).strip()} {description}" if date else description
    return f"{title}\n{description}"


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9]+", " ", "".join(c for c in decomposed if not unicodedata.combining(c))).strip()


def _country(name: str) -> str | None:
    lowered = name.strip().lower()
    return next((code for prefix, code in _COUNTRY_PREFIXES if lowered.startswith(prefix)), None)


def names_town(row: dict[str, str], text: str) -> bool:
    """Whether the row's text names the row's own town (its ``town/city``, compared without accents,
    case or punctuation, ignoring "Oblast"/"region" words)."""
    town = _plain(row.get("town/city") or "")
    town = re.sub(r"\b(oblast|region|city|raion|district)\b", " ", town).strip()
    return len(town) >= 3 and re.search(rf"\b{re.escape(town)}\b", _plain(text)) is not None


def _truth(row: dict[str, str], where: Where) -> tuple[float | None, float | None, str | None, str | None]:
    point = truth_point(row, where, ("lat", "lon"))
    lat, lon = point if point else (None, None)
    country = _country(row.get("country") or "")
    admin1 = admin1_code(row.get("province") or "", country if country in ("UA", "RU") else None)
    if admin1 is None and lat is not None and lon is not None and country in ("UA", "RU", None):
        found = reverse_admin1(lat, lon)
        admin1 = found[1] if found else None
    return lat, lon, admin1, country


def first_located(reports: list[Report]) -> Report | None:
    """The report a row is scored by: the first with a point."""
    return next((r for r in reports if r.location and r.location.lat is not None), None)


def _score(rows: list[tuple[int, dict[str, str]]], results: dict[int, list[Report]], source: str
           ) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    far: Counter[str] = Counter()  # placed rows over 100 km off, by the basis of their place
    named_missed: Counter[str] = Counter()  # rows naming their town not placed within 10 km, by basis
    for number, row in rows:
        reports = results[number]
        text = cir_text(row)
        lat, lon, admin1, country = _truth(row, Where(source, number))
        located = first_located(reports)
        counts["with_report"] += bool(reports)
        counts["with_place"] += located is not None
        named = names_town(row, text)
        counts["named_town_n"] += named
        distance = None
        if located and located.location and lat is not None and lon is not None:
            assert located.location.lat is not None and located.location.lon is not None
            distance = distance_km(located.location.lat, located.location.lon, lat, lon)
        counts["within_10km"] += distance is not None and distance <= 10
        counts["within_25km"] += distance is not None and distance <= 25
        counts["named_town_within_10km"] += named and distance is not None and distance <= 10
        counts["named_town_within_10km_ceiling"] += named and lat is not None and lon is not None and \
            within_ceiling(row.get("town/city") or "", lat, lon, 10, distance)
        counts["over_100km"] += distance is not None and distance > OFF_KM
        truth = (lat, lon) if lat is not None and lon is not None else None
        if distance is not None and distance > OFF_KM:
            count_basis(far, located, truth, OFF_KM)
        if named and truth is not None and (distance is None or distance > 10):
            count_basis(named_missed, located, truth, 10)
        # the same, less the answers whose own precision covers the error (a region's centre at the region's
        # radius, an undecided choice widened to its namesakes): reported beside the metric, never instead
        precision = located.location.precision_km if located and located.location else None
        counts["over_100km_beyond_precision"] += distance is not None and distance > OFF_KM and (
            precision is None or distance > precision)
        # the same, less the answers that name no settlement (a region's centre for a region named alone)
        counts["over_100km_at_a_settlement"] += distance is not None and distance > OFF_KM and bool(
            located and located.location and located.location.name)
        counts["placed_with_truth"] += distance is not None
        # the same split by whether the row's text names the row's own town: a text naming only its region, or
        # another place than the one the monitors put the row at, cannot be placed at their point by reading it
        counts["placed_named"] += distance is not None and named
        counts["over_100km_named_town"] += distance is not None and distance > OFF_KM and named
        counts["over_100km_town_unnamed"] += distance is not None and distance > OFF_KM and not named
        counts["within_precision"] += distance is not None and within_precision(distance, precision)
        with_admin1 = next((r for r in reports if r.location and r.location.admin1_code), None)
        if admin1:
            counts["admin1_n"] += 1
            counts["admin1"] += bool(with_admin1 and with_admin1.location
                                     and with_admin1.location.admin1_code == admin1)
        if country:
            counts["country_n"] += 1
            # a place abroad has no admin1 the gazetteer knows (Belarus): its country still answers
            with_country = with_admin1 or next((r for r in reports if r.location and r.location.country), None)
            predicted = with_country.location.country if with_country and with_country.location else None
            counts["country"] += predicted == country
    n = len(rows)

    def share(key: str, of: int) -> float:
        return round(counts[key] / of, 4) if of else 0.0

    return {
        "n": n,
        "with_report": share("with_report", n),
        "with_place": share("with_place", n),
        "within_10km": share("within_10km", n),
        "within_25km": share("within_25km", n),
        "named_town_n": counts["named_town_n"],
        "named_town_within_10km": share("named_town_within_10km", counts["named_town_n"]),
        "named_town_within_10km_ceiling": share("named_town_within_10km_ceiling", counts["named_town_n"]),
        "admin1_accuracy": share("admin1", counts["admin1_n"]),
        "country_accuracy": share("country", counts["country_n"]),
        "over_100km": share("over_100km", counts["placed_with_truth"]),
        "over_100km_beyond_precision": share("over_100km_beyond_precision", counts["placed_with_truth"]),
        "over_100km_at_a_settlement": share("over_100km_at_a_settlement", counts["placed_with_truth"]),
        "within_precision": share("within_precision", counts["placed_with_truth"]),
        "placed_named_n": counts["placed_named"],
        "over_100km_named_town": share("over_100km_named_town", counts["placed_named"]),
        "over_100km_town_unnamed": share("over_100km_town_unnamed",
                                         counts["placed_with_truth"] - counts["placed_named"]),
        # the misses by why their place was chosen (nlp/basis_classes.py): counts, no row listed
        "misses_by_basis": {"over_100km": dict(far.most_common()),
                            "named_town_not_within_10km": dict(named_missed.most_common())},
        # where each share could lie on another sample of such rows (docs/extraction-rounds.md, "Intervals")
        "intervals_95": {key: wilson(counts[key], of) for key, of in (
            ("with_report", n), ("with_place", n), ("named_town_within_10km", counts["named_town_n"]),
            ("over_100km", counts["placed_with_truth"]),
            ("over_100km_beyond_precision", counts["placed_with_truth"]),
            ("within_precision", counts["placed_with_truth"]),
            ("over_100km_named_town", counts["placed_named"]),
            ("over_100km_town_unnamed", counts["placed_with_truth"] - counts["placed_named"]))},
    }


def _half(number: int, row: dict[str, str]) -> str:
    """The fixed half of a row, by its ``entry`` id (its line number when it has none)."""
    return half_of(row.get("entry") or str(number))


def eval_cir(path: Path, half: str | None = None) -> dict[str, Any]:
    """Score extraction on a monitor-map CSV: the keys of :func:`_score` for all rows, the same for each
    half (``halves``), and the extraction's throughput on these rows (``articles_per_s``, wall clock). With
    ``half`` ("tuning" or "check"), only that half's rows are read and scored (``half`` names it)."""
    check_half(half)
    numbered = [(number, row) for number, row in enumerate(read_rows(path, ",", CIR_COLUMNS), start=2)
                if half is None or _half(number, row) == half]
    results: dict[int, list[Report]] = {}
    started = time.perf_counter()
    for number, row in numbered:
        article = Article(id=row.get("entry") or f"row-{number}", text=cir_text(row), source="monitor map",
                          source_kind="monitor")
        results[number] = extract_article(article)
    elapsed = time.perf_counter() - started
    result = _score(numbered, results, str(path))
    if half is not None:
        result = {"half": half, **result}
    else:
        result["halves"] = {
            name: _score([(n, row) for n, row in numbered if _half(n, row) == name], results, str(path))
            for name in HALVES
        }
    result["articles_per_s"] = round(len(numbered) / elapsed, 1) if elapsed > 0 else None
    result["_silent"] = [{"line": n, "text": cir_text(row)[:200]} for n, row in numbered if not results[n]]
    return result
