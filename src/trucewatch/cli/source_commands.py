"""Facility registry commands: ``facilities import``, ``facilities list``, ``facilities link``."""

from __future__ import annotations

from pathlib import Path

import click

from trucewatch.api import sources
from trucewatch.cli.app import console, db_option, echo_csv, echo_json, format_option, main, say, table
from trucewatch.model import CANDIDATE_MAX_KM

FACILITY_COLUMNS = ("id", "name", "category", "country", "admin1_code", "lat", "lon", "capacity_mw", "source",
                    "licence")

# the candidate radius, spelt the same on ``facilities import`` and ``facilities link``
max_km_option = click.option(
    "--max-km", type=float,
    help=f"Distance within which a report gets a facility as a candidate target; kept in the store for every "
         f"later link and assess (default: the store's radius, at first {CANDIDATE_MAX_KM:g}).")


@main.group()
def facilities() -> None:
    """The registry of protected facilities (power plants, refineries, your own lists)."""


@facilities.command("import")
@db_option
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--category", help="Taxonomy code for every facility of a file without a category column.")
@click.option("--defaults", is_flag=True,
              help="Also load the shipped Ukraine + Russia registry (WRI GPPD, CC BY 4.0).")
@click.option("--strict", is_flag=True, help="Any bad row aborts that file and nothing of it is written.")
@max_km_option
@format_option("table", "json")
def facilities_import(
    db: Path, files: tuple[Path, ...], category: str | None, defaults: bool, strict: bool, max_km: float | None,
    fmt: str,
) -> None:
    """Import facilities from GPPD CSV, facility CSV or GeoJSON files, then relink candidate targets."""
    if not files and not defaults:
        raise click.UsageError("give facility files, or --defaults for the shipped registry")
    result = sources.import_facilities(db, list(files), category=category, strict=strict, defaults=defaults,
                                       max_km=max_km)
    if fmt == "json":
        echo_json(result)
        return
    for item in result["imports"]:
        say(f"{item['file']} ({item['kind']}): read {item['rows_read']}, imported {item['imported']}, "
                   f"rejected {item['rejected']}")
        for reject in item["rejects"][:20]:
            where = f"line {reject['line']}" if reject["line"] else reject["field"]
            say(f"  - {where}: {reject['reason']}")
    counts = ", ".join(f"{k} {v}" for k, v in result["facilities"].items())
    say(f"facilities: {counts}; candidate targets: {result['candidates']}")


@facilities.command("list")
@db_option
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. UA.")
@click.option("--category", help="Taxonomy code or prefix, e.g. energy.generation.")
@click.option("--admin1", help="ISO 3166-2 code, e.g. UA-63.")
@click.option("--limit", type=int, help="Show at most this many.")
@format_option("table", "json", "csv")
def facilities_list(
    db: Path, country: str | None, category: str | None, admin1: str | None, limit: int | None, fmt: str
) -> None:
    """List registered facilities."""
    rows = sources.list_facilities(db, country=country, category=category, admin1=admin1, limit=limit)
    if fmt == "json":
        echo_json(rows)
    elif fmt == "csv":
        echo_csv(rows, FACILITY_COLUMNS)
    else:
        console().print(table(f"{len(rows)} facilities", FACILITY_COLUMNS,
                              [[row[c] for c in FACILITY_COLUMNS] for row in rows]))


@facilities.command("link")
@db_option
@max_km_option
@format_option("table", "json")
def facilities_link(db: Path, max_km: float | None, fmt: str) -> None:
    """Recompute candidate targets of stored reports (run after ingesting)."""
    result = sources.link_candidates(db, max_km)
    if fmt == "json":
        echo_json(result)
        return
    say(f"{result['candidates']} candidate targets for {result['reports_with_candidates']} reports "
               f"(within {result['max_km']:g} km plus each report's precision, or in its admin1 areas)")
