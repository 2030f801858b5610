"""Generated hostile and unlucky inputs for the native, ACLED, generic and agreement readers.

Every input must end as rows written, rows rejected with a line and a reason, or a TrucewatchError (exit 2):
never any other exception. The four tests together read well over a thousand generated lines and documents in a
few tens of seconds; ``--hypothesis-seed`` reproduces a run. Each ingest of a generated file costs about a
tenth to a third of a second whatever it holds (the store's statements), so the examples are a few hundred,
not thousands: every kind of bad input the strategies draw still comes many times.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import resource
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trucewatch.errors import TrucewatchError
from trucewatch.ingest.driver import IngestResult, ingest_file
from trucewatch.store import Store
from trucewatch.terms.build import build_agreement

FIXTURES = Path(__file__).parent / "fixtures"
AGREEMENT = Path(__file__).resolve().parents[2] / "src" / "trucewatch" / "data" / "agreements" / \
    "energy-moratorium-2025.yaml"
def fuzz(examples: int) -> settings:
    """Fixed seed (the same inputs every run), no example database, no per-example deadline."""
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Values people and programs actually produce when they get it wrong.
NASTY_TEXT = ["", " ", "\x00", "\r=1+2", "Channel [/r/ukraine]", "\x1b[2J", "0001-01-01", "9999-12-31",
              "2025-02-30", "2025-03-18T25:00", "24:00", "-0", "1e400", "NaN", "Infinity", "9" * 40, "-" * 3,
              "Europe/Atlantis", "../../etc/passwd", "\u202e", "\ufeff", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "а" * 3000, '"', "'", ",", ";"]
NASTY_NUMBERS = [0, -1, 2**63, -(2**63) - 1, 10**30, 1e308, -1e308, 0.1, 91, -181, 20_001]
text = st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=40))
number = st.one_of(st.sampled_from(NASTY_NUMBERS), st.integers(), st.floats(allow_nan=True, allow_infinity=True))
scalar = st.one_of(st.none(), st.booleans(), number, text)
json_value = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(text, inner, max_size=3)), max_leaves=8)


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "fuzz.duckdb") as opened:
        yield opened


def _ingest(store: Store, path: Path, fmt: str, options: dict[str, Any] | None = None) -> IngestResult | None:
    """Ingest; a TrucewatchError is a clean refusal. Anything else propagates and fails the test."""
    try:
        result = ingest_file(store, path, format=fmt, options=options, rejects_dir=path.parent)
    except TrucewatchError:
        return None
    assert result.ingested + result.unchanged + result.rejected == result.rows_read
    assert all(p.where.line is not None or p.where.field for p in result.rejects)
    return result


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------------------------------------- native
def _native_line(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.text(max_size=60))  # not JSON at all
    if kind == 1:
        depth = draw(st.sampled_from([31, 33, 500, 1000, 5000]))
        return '{"id": "d", "source": {"name": "s"}, "provenance": ' + "[" * depth + "]" * depth + "}"
    if kind == 2:
        return '{"id": "s", "source": {"name": "x\\ud800"}, "text": "\\udfff"}'
    report: dict[str, Any] = {
        "id": draw(st.one_of(text, st.integers())),
        "source": draw(st.one_of(json_value, st.fixed_dictionaries(
            {"name": text}, optional={"published_at": text, "kind": text, "url": text, "aligned_with": text}))),
        "occurred": draw(st.one_of(json_value, st.fixed_dictionaries(
            {}, optional={"start": text, "end": text, "tz": st.one_of(text, st.sampled_from(["Europe/Kyiv"]))}))),
        "location": draw(st.one_of(json_value, st.fixed_dictionaries(
            {}, optional={"name": text, "country": text, "lat": number, "lon": number, "precision_km": number,
                          "admin1": text}))),
    }
    for key in draw(st.lists(st.sampled_from(["count", "casualties", "target", "weapon", "stance", "spans",
                                              "provenance", "aggregate", "relates_to", "text", "event",
                                              "unknown_field"]), max_size=4)):
        report[key] = draw(json_value)
    return json.dumps(report, ensure_ascii=draw(st.booleans()))


@st.composite
def native_files(draw: st.DrawFn) -> bytes:
    lines = [_native_line(draw) for _ in range(draw(st.integers(1, 12)))]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
    return "\n".join(lines).encode(encoding, "replace") + draw(st.sampled_from([b"", b"\n", b"\xff\xfe"]))


def test_native_reader_never_raises(store: Store, tmp_path: Path) -> None:
    seen = {"files": 0, "lines": 0}
    before = _peak_rss_mb()

    @fuzz(150)
    @given(native_files())
    def run(content: bytes) -> None:
        path = tmp_path / "fuzz.jsonl"
        path.write_bytes(content)
        seen["files"] += 1
        seen["lines"] += content.count(b"\n") + 1
        _ingest(store, path, "native")

    run()
    assert seen["lines"] > 600
    assert _peak_rss_mb() - before < 600


# -------------------------------------------------------------------------------------------------- ACLED
ACLED_HEADER = next(csv.reader(io.StringIO((FIXTURES / "acled_small.csv").read_text(encoding="utf-8"))))
ACLED_ROW = next(iter(list(csv.reader(io.StringIO((FIXTURES / "acled_small.csv").read_text(encoding="utf-8"))))[1:]))
cell = st.one_of(text, number.map(str), st.sampled_from(["19/03/2025 00:00:00", "2025-03-19", "19 March 2025"]))


@st.composite
def acled_files(draw: st.DrawFn) -> bytes:
    header = list(ACLED_HEADER)
    if draw(st.integers(0, 9)) == 0:
        del header[draw(st.integers(0, len(header) - 1))]  # a missing column: the file is refused
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(header)
    for _ in range(draw(st.integers(2, 10))):
        row = list(ACLED_ROW[: len(header)])
        for index in draw(st.lists(st.integers(0, len(header) - 1), max_size=6)):
            row[index] = draw(cell)
        writer.writerow(row)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "latin-1"]))
    return buffer.getvalue().encode(encoding, "replace")


def test_acled_reader_never_raises(store: Store, tmp_path: Path) -> None:
    seen = {"rows": 0, "read": 0}

    @fuzz(50)
    @given(acled_files())
    def run(content: bytes) -> None:
        path = tmp_path / "fuzz_acled.csv"
        path.write_bytes(content)
        result = _ingest(store, path, "acled")
        seen["rows"] += content.count(b"\n") - 1
        seen["read"] += result.rows_read if result else 0

    run()
    assert seen["rows"] > 150 and seen["read"] > 60


# ------------------------------------------------------------------------------------------------ generic
GENERIC_HEADER = ["incident_no", "date", "time", "settlement", "oblast", "object", "lat", "lon", "casualties",
                  "weapon_type"]


@st.composite
def generic_files(draw: st.DrawFn) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(GENERIC_HEADER)
    for number_ in range(draw(st.integers(2, 10))):
        row = [f"K-{number_}", "19.03.2025", "", "Kharkiv", "Kharkivska oblast", "substation", "49.99", "36.23", "0",
               "БПЛА"]
        for index in draw(st.lists(st.integers(0, len(row) - 1), max_size=5)):
            row[index] = draw(cell)
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def test_generic_reader_never_raises(store: Store, tmp_path: Path) -> None:
    seen = {"rows": 0, "read": 0}
    options = {"mapping": FIXTURES / "generic_mapping.yaml"}

    @fuzz(50)
    @given(generic_files())
    def run(content: bytes) -> None:
        path = tmp_path / "fuzz_generic.csv"
        path.write_bytes(content)
        result = _ingest(store, path, "generic", options)
        seen["rows"] += content.count(b"\n") - 1
        seen["read"] += result.rows_read if result else 0

    run()
    assert seen["rows"] > 150 and seen["read"] > 60


# ---------------------------------------------------------------------------------------------- agreement
BASE_AGREEMENT = yaml.safe_load(AGREEMENT.read_text(encoding="utf-8"))


def _mutate(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """Replace a few values of the shipped agreement by generated ones, anywhere in the tree."""
    if draw(st.integers(0, 14)) == 0:
        return draw(json_value)
    if isinstance(value, dict):
        return {key: _mutate(draw, item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_mutate(draw, item, depth + 1) for item in value]
    return value


@st.composite
def agreement_texts(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.text(max_size=200))
    if kind == 1:
        levels = draw(st.integers(3, 9))
        lines = ["id: x", "a0: &a0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"]
        lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, levels + 1)]
        return "\n".join([*lines, f"clauses: *a{levels}"]) + "\n"
    return yaml.safe_dump(_mutate(draw, BASE_AGREEMENT), allow_unicode=True, sort_keys=False)


def test_agreement_reader_never_raises() -> None:
    seen = {"documents": 0}

    @fuzz(150)
    @given(agreement_texts())
    def run(document: str) -> None:
        seen["documents"] += 1
        with contextlib.suppress(TrucewatchError):  # a clean refusal; anything else fails the test
            build_agreement(document, "fuzz.yaml")

    run()
    assert seen["documents"] >= 150
