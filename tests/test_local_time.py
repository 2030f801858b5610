"""How a time or an interval is written for a person, in Python (CLI, report) and in the dashboard's
JavaScript (static/times.js), checked against the same cases so that the two cannot drift apart."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from trucewatch.api.local_time import local_span, obligation_detail, store_zone, whole_days, zone_label

TIMES_JS = Path(__file__).resolve().parents[1] / "src" / "trucewatch" / "web" / "static" / "times.js"

# (start, end, zone, as written): the same in Python and in the browser
SPANS = [
    # one whole local day (UTC+2)
    ("2025-03-25T22:00:00Z", "2025-03-26T22:00:00Z", "Europe/Kyiv", "2025-03-26"),
    # the day the clocks go forward is 23 hours long, the day they go back 25: still one day each
    ("2025-03-29T22:00:00Z", "2025-03-30T21:00:00Z", "Europe/Kyiv", "2025-03-30"),
    ("2025-10-25T21:00:00Z", "2025-10-26T22:00:00Z", "Europe/Kyiv", "2025-10-26"),
    # three whole days across the change: the last day included
    ("2025-03-28T22:00:00Z", "2025-03-31T21:00:00Z", "Europe/Kyiv", "2025-03-29 – 2025-03-31"),
    # half-hour and three-quarter-hour zones
    ("2025-03-24T18:30:00Z", "2025-03-25T18:30:00Z", "Asia/Kolkata", "2025-03-25"),
    ("2025-03-24T18:15:00Z", "2025-03-26T18:15:00Z", "Asia/Kathmandu", "2025-03-25 – 2025-03-26"),
    # whole UTC days in UTC; the same instants are not whole days in Kyiv
    ("2025-03-25T00:00:00Z", "2025-03-27T00:00:00Z", None, "2025-03-25 – 2025-03-26"),
    ("2025-03-25T00:00:00Z", "2025-03-27T00:00:00Z", "Europe/Kyiv", "2025-03-25 02:00 – 2025-03-27 02:00 EET"),
    # within one local day: one date, two times
    ("2025-03-27T00:30:00Z", "2025-03-27T02:00:00Z", "Europe/Kyiv", "2025-03-27 02:30–04:00 EET"),
    ("2025-03-27T00:30:00Z", "2025-03-27T02:00:00Z", None, "2025-03-27 00:30–02:00 UTC"),
    # an instant, even at midnight
    ("2025-03-25T22:00:00Z", "2025-03-25T22:00:00Z", "Europe/Kyiv", "2025-03-26 00:00 EET"),
    ("2025-03-25T22:00:00Z", None, None, "2025-03-25 22:00 UTC"),
]


@pytest.mark.parametrize(("start", "end", "zone", "expected"), SPANS, ids=[c[3] + f" {c[2]}" for c in SPANS])
def test_local_span(start: str, end: str | None, zone: str | None, expected: str) -> None:
    assert local_span(start, end, zone) == expected


def test_the_dashboard_writes_spans_as_the_cli_does() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("needs node to run the dashboard's static/times.js")
    script = ("globalThis.window = globalThis; require(process.argv[1]);"
              "const cases = JSON.parse(process.argv[2]);"
              "console.log(JSON.stringify(cases.map(([s, e, z]) => window.trucewatchTimes.span(s, e, z))));")
    cases = [[s, e, z] for s, e, z, _ in SPANS]
    out = subprocess.run([node, "-e", script, str(TIMES_JS), json.dumps(cases)], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert json.loads(out) == [expected for *_, expected in SPANS]


def test_whole_days_needs_midnight_to_a_later_midnight() -> None:
    from trucewatch.api.local_time import to_zone

    def days(start: str, end: str) -> object:
        first, last = to_zone(start, "Europe/Kyiv"), to_zone(end, "Europe/Kyiv")
        assert first is not None and last is not None
        return whole_days(first, last)

    assert days("2025-03-25T22:00:00Z", "2025-03-25T22:00:00Z") is None  # empty
    assert days("2025-03-25T22:00:00Z", "2025-03-26T21:59:00Z") is None  # a minute short
    assert str(days("2025-03-25T22:00:00Z", "2025-03-27T22:00:00Z")) == \
        "(datetime.date(2025, 3, 26), datetime.date(2025, 3, 27))"


def test_obligation_detail_writes_each_instant_in_the_zone() -> None:
    detail = "no report yet; deadline 2025-03-27 22:00Z, as of 2025-03-30 06:00Z"
    assert obligation_detail(detail, "Europe/Kyiv") == \
        "no report yet; deadline 2025-03-28 00:00 EET, as of 2025-03-30 09:00 EEST"
    assert obligation_detail(detail, "Asia/Kolkata") == \
        "no report yet; deadline 2025-03-28 03:30 IST, as of 2025-03-30 11:30 IST"
    assert obligation_detail(detail, None) == "no report yet; deadline 2025-03-27 22:00 UTC, as of 2025-03-30 06:00 UTC"
    assert obligation_detail("the us reading does not hold this clause in force", "Europe/Kyiv") == \
        "the us reading does not hold this clause in force"


def test_zone_label() -> None:
    assert zone_label(["Europe/Kyiv", "Europe/Kyiv"]) == "Europe/Kyiv"
    assert zone_label(["Europe/Kyiv", "Asia/Kolkata"]) == "agreement's zone"
    assert zone_label([None]) == zone_label([]) == "UTC"


def test_store_zone_of_an_empty_store(tmp_path: Path) -> None:
    from trucewatch import api

    db = tmp_path / "empty.duckdb"
    api.init_store(db, load_shipped=False)
    assert store_zone(db) is None
