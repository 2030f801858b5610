"""Classes of ``location_basis``: why a place was chosen, reduced to a few kinds (one reading of the name; a
choice among namesakes by the region the text names, by another place it names, by the line of contact, by
population, or undecided; a region alone; a name missing from the gazetteer), so that an eval can count its
misses by cause without listing rows (``misses_by_basis``). The patterns are data:
``data/place_basis_classes.yaml``."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

from trucewatch import safe_yaml
from trucewatch.model import Report

NO_PLACE = "no_place"
OTHER = "other"
UNSTATED = "unstated"
ALTERNATE = "by_alternate_name"


@cache
def _classes() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    text = resources.files("trucewatch").joinpath("data/place_basis_classes.yaml").read_text("utf-8")
    data = safe_yaml.load(text, "trucewatch/data/place_basis_classes.yaml")
    classes = tuple((str(item["name"]), re.compile(str(item["pattern"]), re.IGNORECASE))
                    for item in data["classes"])
    return classes, re.compile(str(data["alternate_name"]), re.IGNORECASE)


def basis_class(basis: str) -> str:
    """The class of one ``location_basis``: the first class whose pattern matches it, else ``other``."""
    classes, _ = _classes()
    return next((name for name, pattern in classes if pattern.search(basis)), OTHER)


def count_basis(counter: Counter[str], report: Report | None) -> None:
    """Add one miss to ``counter`` by the basis of the report it was scored by: ``no_place`` without a placed
    report, ``unstated`` for a place without a basis, else its class; and ``by_alternate_name`` beside it
    where the name was found by an alternate name or a spelling variant."""
    if report is None or report.location is None or report.location.lat is None:
        counter[NO_PLACE] += 1
        return
    basis = str((report.provenance or {}).get("location_basis") or "")
    if not basis:
        counter[UNSTATED] += 1
        return
    counter[basis_class(basis)] += 1
    _, alternate = _classes()
    if alternate.search(basis):
        counter[ALTERNATE] += 1
