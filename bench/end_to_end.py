"""End to end at volume: N synthetic reports over five years, ingested and assessed as a user runs it.

    python bench/assess.py --end-to-end --n 1000000

Synthetic data (written with DuckDB, no row copied from any dataset): N events over 2021–2025 at places
spread over Ukraine's oblasts (and a few Russian border regions), each an ACLED-format row; 30 % of them
also reported by UCDP GED (another dataset: a few hours and up to 3 km apart), so resolution has real
groups to find; N counts every row of both files. The shipped agreements and the default facility
registry are loaded (``trucewatch init``). Each stage runs as its own ``trucewatch`` process (``--db``), timed
with its peak RSS (``getrusage`` of the child): init, ingest ACLED, ingest UCDP, assess (full, the first),
then 1,000 more reports of the last week (what a monitor adds in a day) ingested and an incremental assess.
Ends with one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ACLED_HEADER = (
    "id", "iso", "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "source_scale", "notes",
    "fatalities", "timestamp", "geo_precision", "source", "civilian_targeting", "disorder_type", "tags",
    "actor_dyad",
)
# (admin1 as ACLED writes it, centre lat, lon): the oblasts' approximate centres
REGIONS = (("Donetsk", 48.0, 37.8), ("Kharkiv", 49.99, 36.23), ("Zaporizhia", 47.5, 35.5),
           ("Kherson", 46.6, 32.6), ("Sumy", 50.9, 34.8), ("Dnipropetrovsk", 48.4, 35.0),
           ("Mykolaiv", 46.97, 32.0), ("Odesa", 46.5, 30.7), ("Luhansk", 48.9, 39.0), ("Kyiv", 50.3, 30.5),
           ("Chernihiv", 51.5, 31.3), ("Poltava", 49.6, 34.5))
EVENTS = (("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)",
           "Russian forces shelled the area with artillery."),
          ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-) Air Force",
           "Russian forces launched drones at the area, damaging a substation."),
          ("Battles", "Armed clash", "Military Forces of Ukraine (2019-)",
           "Ukrainian forces clashed with Russian forces nearby."),
          ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Ukraine (2019-)",
           "Ukrainian drones struck an oil depot."))


def write_files(folder: Path, n: int, first: int = 0, prefix: str = "", start: str = "2021-01-01",
                days: int = 1826) -> tuple[Path, Path]:
    """ACLED and UCDP CSVs for ``n`` reports in all (events ``first``…, on ``days`` days from ``start``):
    1/1.3 of them ACLED rows."""
    events = max(int(n / 1.3), 1)
    regions = ", ".join(f"({k}, '{a}', {lat}, {lon})" for k, (a, lat, lon) in enumerate(REGIONS))
    kinds = ", ".join(f"({k}, '{t}', '{s}', '{a}', '{note}')" for k, (t, s, a, note) in enumerate(EVENTS))
    con = duckdb.connect()
    con.execute(f"""
        CREATE TABLE ev AS
        WITH r AS (SELECT * FROM (VALUES {regions}) t(k, admin1, lat, lon)),
             k AS (SELECT * FROM (VALUES {kinds}) t(k, event_type, sub_event_type, actor1, note))
        SELECT e, DATE '{start}' + (hash(e, 'day') % {days})::INTEGER AS day,
            (hash(e, 'hour') % 20)::INTEGER AS hour,
            r.admin1, round(r.lat + ((hash(e, 'y') % 1200)::INTEGER - 600) / 1000.0, 4) AS lat,
            round(r.lon + ((hash(e, 'x') % 1600)::INTEGER - 800) / 1000.0, 4) AS lon,
            k.event_type, k.sub_event_type, k.actor1, k.note, hash(e, 'ucdp') % 10 < 3 AS in_ucdp
        FROM range({first}, {first + events}) t(e)
        JOIN r ON r.k = hash(e, 'region') % {len(REGIONS)}
        JOIN k ON k.k = hash(e, 'kind') % {len(EVENTS)}
    """)
    acled, ucdp = folder / f"{prefix}acled.csv", folder / f"{prefix}ucdp.csv"
    con.execute(f"""COPY (SELECT e AS id, 804 AS iso, 'SYN' || e AS event_id_cnty,
            strftime(day, '%d/%m/%Y') || ' 00:00:00' AS event_date, year(day) AS year, 1 AS time_precision,
            event_type, sub_event_type, actor1, '' AS assoc_actor_1, 8 AS inter1, '' AS actor2, '' AS assoc_actor_2,
            0 AS inter2, 80 AS interaction, 'Europe' AS region, 'Ukraine' AS country, admin1, '' AS admin2,
            '' AS admin3, 'Place ' || (hash(e, 'place') % 20000) AS location, lat AS latitude, lon AS longitude,
            'National' AS source_scale, 'On that day ' || note AS notes, (hash(e, 'dead') % 3)::INTEGER AS fatalities,
            1705439373 AS timestamp, 1 AS geo_precision, 'Synthetic' AS source, '' AS civilian_targeting,
            'Political violence' AS disorder_type, '' AS tags, actor1 || ' - ' AS actor_dyad
        FROM ev ORDER BY e) TO '{acled}' (HEADER, DELIMITER ',')""")
    con.execute(f"""COPY (SELECT 900000000 + e AS id, 'SYN-' || e AS relid, year(day) AS year, True AS active_year,
            'Clear' AS code_status, 1 AS type_of_violence, 1 AS conflict_dset_id, 1 AS conflict_new_id,
            'Russia - Ukraine' AS conflict_name, 1 AS dyad_dset_id, 1 AS dyad_new_id,
            'Government of Russia (Soviet Union) - Government of Ukraine' AS dyad_name, 1 AS side_a_dset_id,
            1 AS side_a_new_id,
            CASE WHEN starts_with(actor1, 'Military Forces of Russia') THEN 'Government of Russia (Soviet Union)'
                 ELSE 'Government of Ukraine' END AS side_a,
            1 AS side_b_dset_id, 1 AS side_b_new_id,
            CASE WHEN starts_with(actor1, 'Military Forces of Russia') THEN 'Government of Ukraine'
                 ELSE 'Government of Russia (Soviet Union)' END AS side_b,
            1 AS number_of_sources, '' AS source_article, '' AS source_office, '' AS source_date,
            '' AS source_headline, '' AS source_original, 1 AS where_prec, '' AS where_coordinates,
            '' AS where_description, admin1 || ' oblast' AS adm_1, '' AS adm_2,
            round(lat + ((hash(e, 'dy') % 50)::INTEGER - 25) / 1000.0, 4) AS latitude,
            round(lon + ((hash(e, 'dx') % 50)::INTEGER - 25) / 1000.0, 4) AS longitude,
            '' AS geom_wkt, 1 AS priogrid_gid, 'Ukraine' AS country, 369 AS country_id, 'Europe' AS region,
            1 AS event_clarity, 1 AS date_prec, strftime(day, '%Y-%m-%d') AS date_start,
            strftime(day, '%Y-%m-%d') AS date_end, 0 AS deaths_a, 0 AS deaths_b, 0 AS deaths_civilians,
            0 AS deaths_unknown, 0 AS best, 0 AS high, 0 AS low, 365 AS gwnoa, 369 AS gwnob
        FROM ev WHERE in_ucdp ORDER BY e) TO '{ucdp}' (HEADER, DELIMITER ',')""")
    con.close()
    return acled, ucdp


def _stage(args: list[str], folder: Path) -> dict[str, object]:
    """Run one trucewatch command in its own process: seconds, CPU seconds and peak RSS of that process
    (``wait4``), and its output."""
    out, err = folder / "stage.out", folder / "stage.err"
    with out.open("w") as stdout, err.open("w") as stderr:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", "from trucewatch.cli import main; main()", *args],
                                 stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({code}): {err.read_text()[-2000:]}")
    return {"s": round(seconds, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024), "out": out.read_text()}


def end_to_end(n: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="trucewatch-e2e-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        # written by a child process, so that this one stays small: a child forked from it would count this
        # process's memory in its own peak
        subprocess.run([sys.executable, __file__, str(folder), str(n)], check=True)
        acled, ucdp = folder / "acled.csv", folder / "ucdp.csv"
        write_s = time.perf_counter() - started
        more_acled, more_ucdp = folder / "more-acled.csv", folder / "more-ucdp.csv"
        db = str(folder / "e2e.duckdb")
        stages: dict[str, dict[str, object]] = {}
        stages["init"] = _stage(["init", "--db", db], folder)
        stages["ingest_acled"] = _stage(["ingest", "--db", db, "--output", "json", str(acled)], folder)
        stages["ingest_ucdp"] = _stage(["ingest", "--db", db, "--output", "json", str(ucdp)], folder)
        stages["assess"] = _stage(["assess", "--db", db, "--format", "json"], folder)
        stages["ingest_1k"] = _stage(["ingest", "--db", db, "--output", "json", str(more_acled), str(more_ucdp)],
                                     folder)
        stages["assess_incremental"] = _stage(["assess", "--db", db, "--format", "json"], folder)
        try:
            full = json.loads(str(stages["assess"]["out"]))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"assess printed no JSON: {str(stages['assess']['out'])[:2000]}") from exc
        incremental = json.loads(str(stages["assess_incremental"]["out"]))
        ingested = sum(r["ingested"] for key in ("ingest_acled", "ingest_ucdp")
                       for r in json.loads(str(stages[key]["out"])))
        for stage in stages.values():
            stage.pop("out")
        return {
            "n": n, "reports_ingested": ingested, "incidents": full["incidents"],
            "stored_findings": full["stored_findings"], "findings": full["findings"],
            "incremental_mode": incremental["mode"], "write_files_s": round(write_s, 1),
            "assess_s": stages["assess"]["s"], "assess_peak_rss_mb": stages["assess"]["peak_rss_mb"],
            "incremental_1k_s": stages["assess_incremental"]["s"],
            "stages": stages, "load_avg": [round(v, 2) for v in os.getloadavg()],
        }


if __name__ == "__main__":
    # python bench/end_to_end.py FOLDER N: write the files end_to_end reads
    target, count = Path(sys.argv[1]), int(sys.argv[2])
    write_files(target, count)
    # what a monitor adds in a day: 1,000 reports of the last week
    write_files(target, 1000, first=10**9, prefix="more-", start="2025-12-25", days=7)
