"""A large synthetic store for scale tests and the dashboard bench.

The demo store (shipped agreements and sample reports, assessed by the real engine) is replicated with SQL
inserts: every report, incident and finding is copied ``copies`` times with its id suffixed and its
coordinates jittered by up to ±0.3°. Times are kept, so every copied finding is the engine's own verdict
on an identical incident; only the volume is synthetic.
"""

from __future__ import annotations

import math
from pathlib import Path

from trucewatch import api

_JITTER = "((hash({key}, k, '{axis}') % 600) / 1000.0 - 0.3)"


def build_synthetic_store(folder: Path, incidents: int = 100_000) -> Path:
    """A store in ``folder`` with at least ``incidents`` incidents (whole copies of the demo's)."""
    db = Path(api.demo(folder)["db"])
    with api.open_store(db) as store, store.transaction() as con:
        row = con.execute("SELECT count(*) FROM incidents").fetchone()
        per_copy = int(row[0]) if row and row[0] else 1
        copies = range(1, math.ceil(incidents / per_copy))
        span = [copies.start, copies.stop]
        con.execute(f"""
            INSERT INTO reports BY NAME
            SELECT r.* REPLACE (r.id || '~' || k AS id, r.relates_to || '~' || k AS relates_to,
                                r.lat + {_JITTER.format(key='r.id', axis='lat')} AS lat,
                                r.lon + {_JITTER.format(key='r.id', axis='lon')} AS lon)
            FROM reports r, range(?, ?) AS c(k) WHERE NOT r.aggregate""", span)
        con.execute(f"""
            INSERT INTO incidents BY NAME
            SELECT i.* REPLACE (i.id || '~' || k AS id, i.primary_report || '~' || k AS primary_report,
                                i.lat + {_JITTER.format(key='i.primary_report', axis='lat')} AS lat,
                                i.lon + {_JITTER.format(key='i.primary_report', axis='lon')} AS lon)
            FROM incidents i, range(?, ?) AS c(k)""", span)
        con.execute("""
            INSERT INTO incident_reports
            SELECT incident_id || '~' || k, report_id || '~' || k, role
            FROM incident_reports, range(?, ?) AS c(k)""", span)
        con.execute("""
            INSERT INTO findings BY NAME
            SELECT f.* REPLACE (f.incident_id || '~' || k AS incident_id,
                                list_transform(f.report_ids, x -> x || '~' || k) AS report_ids)
            FROM findings f, range(?, ?) AS c(k)""", span)
    return db
