"""Dashboard responsiveness at scale, in real headless Chromium.

    python bench/dashboard.py [--incidents 100000] [--store DIR] [--rounds 5] [--api-only]

Builds a synthetic store (the assessed demo store replicated with SQL inserts; tests/web/synthetic.py), or
reuses the one in --store, serves it on 127.0.0.1 and measures in Chromium the first contentful paint, the
first complete render and filter round trips (choose a reading → map, timeline, scorecard and incidents
redrawn). Also times each API call in-process. Prints one JSON object. The demo store (32 incidents) is
measured the same way in the same run as the baseline.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.web.browser import measure_dashboard  # noqa: E402
from tests.web.synthetic import build_synthetic_store  # noqa: E402

from trucewatch import api  # noqa: E402
from trucewatch.api import views  # noqa: E402


def api_timings(db: Path) -> dict[str, int]:
    filters = views.make_filters(agreement="energy-moratorium-2025", reading="kremlin")
    calls = {
        "incidents_page": lambda: views.incidents_page(db, filters, limit=25),
        "timeline": lambda: views.timeline(db, filters),
        "map_view": lambda: views.map_view(db, filters),
        "reading_comparison": lambda: views.reading_comparison(db, "energy-moratorium-2025"),
    }
    first = views.incidents_page(db, limit=1)["items"][0]["id"]
    calls["incident_detail"] = lambda: views.incident_detail(db, first)
    calls["findings_page"] = lambda: views.findings_page(db, filters, limit=50)
    # with no filter: every pair of every agreement's readings, the first page and one half way through them
    middle = views.findings_page(db, limit=1)["total"] // 2
    calls["findings_page_unfiltered"] = lambda: views.findings_page(db, limit=50)
    calls["findings_page_unfiltered_middle"] = lambda: views.findings_page(db, limit=50, offset=middle)
    calls["scorecard"] = lambda: api.scorecard(db)
    out = {}
    with api.open_store(db, read_only=True):  # as the server does: the database stays open
        for name, call in calls.items():
            call()
            started = time.perf_counter()
            call()
            out[name] = round((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="folder holding (or to hold) the synthetic store")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--api-only", action="store_true", help="time the API calls only (no browser)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trucewatch-bench-") as scratch:
        work = Path(scratch)
        baseline_db = Path(api.demo(work / "demo")["db"])
        folder = args.store or work / "big"
        db = folder / "trucewatch.duckdb"
        started = time.perf_counter()
        if not db.exists() or api.status(db)["incidents"] < args.incidents:
            db = build_synthetic_store(folder, incidents=args.incidents)
        build_s = round(time.perf_counter() - started, 1)
        status = api.status(db)
        result = {
            "incidents": status["incidents"], "findings": status["findings"], "store_build_s": build_s,
            "api_ms": api_timings(db),
            "baseline_demo": {"incidents": api.status(baseline_db)["incidents"], "api_ms": api_timings(baseline_db)},
        }
        if not args.api_only:
            result["browser"] = measure_dashboard(db, work / "profile-big", rounds=args.rounds)
            result["baseline_demo"]["browser"] = measure_dashboard(baseline_db, work / "profile-demo",
                                                                   rounds=args.rounds)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
