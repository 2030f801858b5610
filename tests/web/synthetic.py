"""A large synthetic store for scale tests and the dashboard bench.

The demo store (shipped agreements and sample reports, assessed by the real engine) is replicated with SQL
inserts: every report, incident and facility candidate is copied ``copies`` times with its id suffixed and
its coordinates jittered by up to ±0.3° and its times (published, occurred) shifted by up to ±6 hours, the same
shift for a copy's reports and incidents (so that the copies do not share the demo's 24 incident times, which
would flatter any cache keyed on them); then the engine judges every copy (``adjudicate.evaluate``), so the
findings are its own verdicts; only the volume is synthetic.
"""

from __future__ import annotations

import math
from pathlib import Path

from trucewatch import api
from trucewatch.adjudicate import incremental
from trucewatch.adjudicate.evaluate import evaluate

_JITTER = "((hash({key}, k, '{axis}') % 600) / 1000.0 - 0.3)"
# minutes, from -360 to +360: copy k's shift
_SHIFT = "to_minutes(((k * 37) % 721) - 360)"
_TIMES = ("occurred_start", "occurred_end")


def _shifted(alias: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"{alias}.{column} + {_SHIFT} AS {column}" for column in columns)


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
                                r.lon + {_JITTER.format(key='r.id', axis='lon')} AS lon,
                                {_shifted('r', ('published_at', *_TIMES))})
            FROM reports r, range(?, ?) AS c(k) WHERE NOT r.aggregate""", span)
        con.execute(f"""
            INSERT INTO incidents BY NAME
            SELECT i.* REPLACE (i.id || '~' || k AS id, i.primary_report || '~' || k AS primary_report,
                                i.lat + {_JITTER.format(key='i.primary_report', axis='lat')} AS lat,
                                i.lon + {_JITTER.format(key='i.primary_report', axis='lon')} AS lon,
                                {_shifted('i', _TIMES)})
            FROM incidents i, range(?, ?) AS c(k)""", span)
        con.execute("""
            INSERT INTO incident_reports
            SELECT incident_id || '~' || k, report_id || '~' || k, role
            FROM incident_reports, range(?, ?) AS c(k)""", span)
        con.execute("""
            INSERT INTO facility_candidates BY NAME
            SELECT fc.* REPLACE (fc.report_id || '~' || k AS report_id)
            FROM facility_candidates fc, range(?, ?) AS c(k)""", span)
        con.execute("DELETE FROM findings")
        evaluate(con)
        incremental.record_reports(con)
    return db
