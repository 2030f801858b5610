"""Benchmark: ACLED-format ingest, set-based (trucewatch) against csv module + row-by-row inserts.

    python bench/ingest.py --n 1000000

Writes a synthetic N-row ACLED export (full 33-column schema, realistic Ukrainian places, actors, notes),
ingests it into a fresh store through the real ingest path (``ingest_file``: sniffing, staging, reject
accounting, ``write_report_rows`` and the commit, all timed), then times the naive approach (csv.DictReader,
per-row parsing, one INSERT per row) on a sample of the same file and extrapolates its rate. Ends with one
JSON line: {"n", "rows_per_s", "baseline_rows_per_s", "ratio", ...}; ``cpu_s`` and ``load_avg`` say how
busy the machine was (a loaded machine gives fewer rows per second).

``copy_rows_per_s`` is a reference for what the storage engine itself costs, measured in the same run:
DuckDB alone copying the file into a fresh database file as text columns (``CREATE TABLE AS SELECT * FROM
read_csv(...)``), with no parsing, checks, mapping, line numbers or reject accounting.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from trucewatch.ingest.driver import ingest_file
from trucewatch.store import Store

HEADER = (
    "id", "iso", "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "source_scale", "notes",
    "fatalities", "timestamp", "geo_precision", "source", "civilian_targeting", "disorder_type", "tags",
    "actor_dyad",
)
PLACES = (  # (admin1, location, lat, lon) — public place names and approximate coordinates
    ("Donetsk", "Kostiantynivka", 48.527, 37.706), ("Kharkiv", "Kupiansk", 49.710, 37.616),
    ("Zaporizhia", "Orikhiv", 47.567, 35.782), ("Kherson", "Beryslav", 46.841, 33.426),
    ("Sumy", "Krasnopillia", 50.774, 35.266), ("Dnipropetrovsk", "Nikopol", 47.567, 34.396),
    ("Kyiv City", "Kyiv", 50.450, 30.523), ("Odesa", "Odesa", 46.482, 30.723),
    ("Luhansk", "Bilohorivka", 48.927, 38.242), ("Mykolaiv", "Ochakiv", 46.612, 31.549),
)
# --world: one row in five is outside Ukraine, some with a region name only ISO or English lists know and
# some with no region at all (coded from the point). (country, iso, admin1, location, lat, lon)
WORLD_PLACES = (
    ("Sudan", 729, "Khartoum", "Omdurman", 15.644, 32.478), ("Sudan", 729, "", "Al Fashir", 13.628, 25.349),
    ("Sudan", 729, "North Darfur", "Kutum", 14.200, 24.660), ("Syria", 760, "Idlib", "Idlib", 35.930, 36.634),
    ("Germany", 276, "Bavaria", "Munich", 48.137, 11.575), ("Germany", 276, "", "Cologne", 50.938, 6.960),
)
EVENTS = (
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)",
     "On {d}, Russian forces shelled {p} with artillery and mortars. Casualties unknown."),
    ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-) Air Force",
     "On {d}, Russian forces launched Shahed drones at {p}, damaging a substation; power outages reported."),
    ("Battles", "Armed clash", "Military Forces of Ukraine (2019-)",
     "On {d}, Ukrainian forces clashed with Russian forces near {p}. Casualties unknown."),
    ("Strategic developments", "Disrupted weapons use", "Military Forces of Ukraine (2019-) Air Force",
     "On {d}, Ukrainian air defence shot down a missile over {p}."),
)


def write_synthetic(path: Path, n: int, seed: int = 7, world: bool = False) -> None:
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(n):
            admin1, location, lat, lon = PLACES[i % len(PLACES)]
            country, iso = "Ukraine", 804
            if world and i % 5 == 4:
                country, iso, admin1, location, lat, lon = WORLD_PLACES[(i // 5) % len(WORLD_PLACES)]
            event_type, sub_event, actor1, note = EVENTS[rng.randrange(len(EVENTS))]
            day = start + timedelta(days=rng.randrange(900))
            writer.writerow([
                100000000 + i, iso, f"EV{i}", day.strftime("%d/%m/%Y 00:00:00"), day.year, 1, event_type,
                sub_event, actor1, "", 8, "", "", 0, 80, "Europe", country, admin1, "", "", location,
                round(lat + rng.uniform(-0.05, 0.05), 4), round(lon + rng.uniform(-0.05, 0.05), 4), "Other",
                note.format(d=day.strftime("%d %B %Y"), p=location), rng.randrange(3), 1705439373,
                rng.choice((1, 1, 2, 3)), "Ministry of Defence of Ukraine", "", "Political violence", "",
                f"{actor1} - ",
            ])


def ours(path: Path, folder: Path) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds (all threads) of one ingest through the driver, and rows ingested."""
    with Store(folder / "ours.duckdb") as store:
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        result = ingest_file(store, path)
        elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
    if result.rejected:
        raise SystemExit(f"the synthetic file should have no bad rows, {result.rejected} were rejected")
    return elapsed, cpu, result.ingested


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def copy_ceiling(path: Path, folder: Path) -> float:
    """Seconds DuckDB takes to copy the CSV into a new database file as text columns, doing nothing else."""
    con = duckdb.connect(str(folder / "copy.duckdb"))
    try:
        con.execute("SET preserve_insertion_order = false")
        started = time.perf_counter()
        con.execute(f"CREATE TABLE copied AS SELECT * FROM read_csv('{path}', all_varchar = true)")
        con.execute("CHECKPOINT")
        return time.perf_counter() - started
    finally:
        con.close()


def naive(path: Path, folder: Path, sample: int) -> tuple[float, int]:
    """csv module, Python parsing per row, one INSERT per row: what a first version would do."""
    with Store(folder / "naive.duckdb") as store:
        con = store.con
        # a first version keeps DuckDB's default insertion order (the store turns it off for its bulk writes;
        # with it off, every one-row INSERT of a transaction takes a row group of its own)
        con.execute("SET preserve_insertion_order = true")
        started = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        done = 0
        with path.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                if done >= sample:
                    break
                day = datetime.strptime(row["event_date"], "%d/%m/%Y %H:%M:%S")
                start = day - timedelta(hours=2)
                con.execute(
                    "INSERT INTO reports (id, content_hash, source_name, claimant, stance, occurred_start, "
                    "occurred_end, tz, location_name, admin1, country, lat, lon, precision_km, weapon, event, "
                    "text, killed, aggregate, format, input_file, input_line, source_row_id) "
                    "VALUES (?, ?, 'ACLED', 'ACLED', 'reports', ?, ?, 'Europe/Kyiv', ?, ?, 'UA', ?, ?, ?, ?, ?, "
                    "?, ?, false, 'acled', ?, ?, ?)",
                    [f"acled:{row['event_id_cnty']}", str(hash(tuple(row.values()))), start,
                     start + timedelta(days=1), row["location"], row["admin1"], float(row["latitude"]),
                     float(row["longitude"]), {"1": 2.0, "2": 25.0, "3": 100.0}[row["geo_precision"]],
                     "drone" if "drone" in row["notes"].lower() else "artillery",
                     "strike" if "Air/drone" in row["sub_event_type"] else "shelling", row["notes"],
                     int(row["fatalities"]), str(path), line, row["event_id_cnty"]],
                )
                done += 1
        con.execute("COMMIT")
        elapsed = time.perf_counter() - started
    return elapsed, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="rows in the synthetic file")
    parser.add_argument("--baseline-sample", type=int, default=20_000,
                        help="rows the naive baseline ingests (its rate is extrapolated)")
    parser.add_argument("--world", action="store_true",
                        help="one row in five outside Ukraine (Sudan, Syria, Germany), some without a region")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trucewatch-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "acled_synthetic.csv"
        write_synthetic(path, args.n, world=args.world)
        size_mb = path.stat().st_size / 1e6
        load_before = os.getloadavg()[0]
        ours_s, ours_cpu, inserted = ours(path, folder)
        if inserted != args.n:
            raise SystemExit(f"expected {args.n} rows ingested, got {inserted}")
        copy_s = copy_ceiling(path, folder)
        sample = min(args.n, args.baseline_sample)
        naive_s, done = naive(path, folder, sample)
        load_after = os.getloadavg()[0]
    rate = args.n / ours_s
    baseline = done / naive_s
    print(f"file: {args.n:,} rows, {size_mb:.0f} MB; trucewatch {ours_s:.2f} s ({ours_cpu:.2f} s CPU on "
          f"{os.cpu_count()} cores); naive {done:,} rows in {naive_s:.2f} s (extrapolated to "
          f"{args.n / baseline:.0f} s); DuckDB's bare copy of the file {copy_s:.2f} s; "
          f"1-minute load average {load_before:.2f} before, {load_after:.2f} after")
    print(json.dumps({"n": args.n, "world": args.world, "rows_per_s": round(rate),
                      "baseline_rows_per_s": round(baseline),
                      "ratio": round(rate / baseline, 1),
                      "copy_rows_per_s": round(args.n / copy_s), "seconds": round(ours_s, 2),
                      "cpu_s": round(ours_cpu, 2), "load_avg": round(load_before, 2),
                      "baseline_sample": done}))


if __name__ == "__main__":
    main()
