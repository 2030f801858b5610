"""A large synthetic store for scale tests and the dashboard bench.

The shipped sample reports are copied many times over with their ids suffixed (so ``relates_to`` chains stay
intact), shifted in time by whole days and jittered in space, then assessed by the real engine: the
incidents, findings and verdict mix come from adjudication, not from made-up rows.
"""

from __future__ import annotations

import math
from pathlib import Path

from trucewatch import api


def build_synthetic_store(folder: Path, incidents: int = 100_000) -> Path:
    """A store in ``folder`` with about ``incidents`` incidents (rounded up to whole copies of the samples)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "trucewatch.duckdb"
    if db.exists():
        db.unlink()
    api.init_store(db)
    api.ingest(db, sorted(api.core.SAMPLE_DIR.glob("*.jsonl")), strict=True)
    with api.open_store(db) as store, store.transaction() as con:
        row = con.execute(
            "SELECT count(*) FROM reports WHERE NOT aggregate AND relates_to IS NULL").fetchone()
        per_copy = int(row[0]) if row else 1
        copies = max(0, math.ceil(incidents / per_copy) - 1)
        con.execute("CREATE TEMP TABLE _original AS SELECT * FROM reports WHERE NOT aggregate")
        # shift by -20..+20 days and jitter by up to ±0.5°, deterministically from the copy number
        con.execute(
            """
            INSERT INTO reports BY NAME
            SELECT o.* REPLACE (
                o.id || '~' || k AS id,
                o.relates_to || '~' || k AS relates_to,
                o.content_hash || '~' || k AS content_hash,
                o.occurred_start + to_days(CAST((k * 7) % 41 - 20 AS INTEGER)) AS occurred_start,
                o.occurred_end + to_days(CAST((k * 7) % 41 - 20 AS INTEGER)) AS occurred_end,
                o.published_at + to_days(CAST((k * 7) % 41 - 20 AS INTEGER)) AS published_at,
                o.lat + ((hash(o.id, k, 'lat') % 1000) / 1000.0 - 0.5) AS lat,
                o.lon + ((hash(o.id, k, 'lon') % 1000) / 1000.0 - 0.5) AS lon
            )
            FROM _original o, range(1, ?) AS copies(k)
            """,
            [copies + 1],
        )
        con.execute("DROP TABLE _original")
    api.assess(db)
    return db
