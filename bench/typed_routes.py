"""What the response models cost: each JSON route of the dashboard API timed over HTTP (in-process test
client) as served, with its response model, against the same route without one, in the same run.

    python bench/typed_routes.py [--incidents 100000] [--store DIR] [--rounds 7]

Builds a synthetic store (tests/web/synthetic.py), or reuses the one in --store. The untyped twin is the
served app's own routes re-registered with ``response_model=None``, so the only difference is the
validation and serialisation through the model. Prints one JSON object: per route the median of --rounds
calls, typed and untyped, in ms, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from fastapi import FastAPI  # noqa: E402
from fastapi.routing import APIRoute  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from tests.web.synthetic import build_synthetic_store  # noqa: E402

from trucewatch import api  # noqa: E402
from trucewatch.web import create_app  # noqa: E402

PATHS = (
    "/api/map?agreement=energy-moratorium-2025&reading=kremlin",  # cells
    "/api/map?verdict=disputed,possible_violation,insufficient_information&max_points=20000",  # points
    "/api/timeline?agreement=energy-moratorium-2025&reading=kremlin",
    "/api/timeline",
    "/api/facets",
    "/api/reports?reading=kremlin&limit=500",
    "/api/agreements/energy-moratorium-2025/comparison",
)


def untyped_twin(app: FastAPI) -> FastAPI:
    twin = FastAPI()
    for route in app.routes:
        if isinstance(route, APIRoute):
            twin.add_api_route(route.path, route.endpoint, methods=list(route.methods), response_model=None)
    return twin


def measure(db: Path, rounds: int) -> dict[str, dict[str, float]]:
    typed_app = create_app(db)
    out: dict[str, dict[str, float]] = {}
    with TestClient(typed_app, base_url="http://127.0.0.1") as typed, \
            TestClient(untyped_twin(typed_app), base_url="http://127.0.0.1") as untyped:
        first = typed.get("/api/incidents?limit=1").json()["items"][0]["id"]
        for path in (*PATHS, f"/api/incidents/{first}"):
            times: dict[str, list[float]] = {"typed": [], "untyped": []}
            answers = {}
            for _ in range(rounds + 1):  # the first round warms up and is not counted
                for name, client in (("typed", typed), ("untyped", untyped)):
                    started = time.perf_counter()
                    response = client.get(path)
                    times[name].append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200, (path, response.text[:200])
                    answers[name] = response.json()
            assert answers["typed"] == answers["untyped"], f"{path}: the model changes the answer"
            typed_ms, untyped_ms = (statistics.median(times[n][1:]) for n in ("typed", "untyped"))
            out[path] = {"typed_ms": round(typed_ms, 1), "untyped_ms": round(untyped_ms, 1),
                         "ratio": round(typed_ms / untyped_ms, 3)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="folder holding (or to hold) the synthetic store")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trucewatch-bench-") as scratch:
        folder = args.store or Path(scratch) / "big"
        db = folder / "trucewatch.duckdb"
        if not db.exists() or api.status(db)["incidents"] < args.incidents:
            db = build_synthetic_store(folder, incidents=args.incidents)
        result = {"incidents": api.status(db)["incidents"], "routes": measure(db, args.rounds)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
