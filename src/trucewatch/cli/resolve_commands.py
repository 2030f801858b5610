"""`trucewatch incidents …`: list and explain incidents; analysts' merge, split, discount and withdraw."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from trucewatch import api
from trucewatch.api import resolve as api_resolve
from trucewatch.api.local_time import agreement_zones, local_span, store_zone, zone_label
from trucewatch.cli.app import (
    TABLE_ROWS,
    all_option,
    console,
    db_option,
    echo_data,
    echo_json,
    echo_json_batches,
    format_option,
    main,
    plain,
    say,
    table,
    table_total,
    utc_option,
)
from trucewatch.errors import NotFound, UserError
from trucewatch.model import GRADES


def _analyst_option(func: Any) -> Any:
    return click.option("--by", "analyst", default=lambda: getpass.getuser(), show_default="your user name",
                        help="Who decides (kept with the override).")(func)


def _reason_option(func: Any) -> Any:
    return click.option("--reason", required=True, help="Why (kept with the override).")(func)


def _print_override(result: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        echo_json(result)
        return
    target = result["report_a"] + (f" + {result['report_b']}" if result.get("report_b") else "")
    say(f"{result['id']}: {result['action']} {target} by {result['analyst']} ({result['reason']})")
    if result.get("incident"):
        say(f"now in incident {result['incident']}")


@main.group("incidents")
def incidents_group() -> None:
    """Incidents: reports grouped by event, with evidence grades; analysts' overrides."""


@incidents_group.command("list")
@db_option
@format_option("table", "json")
@click.option("--agreement", help="Only the incidents within this agreement's windows and geography (the others "
              "are counted; --all lists them too), times in its zone.")
@click.option("--grade", type=click.Choice(GRADES), help="Only incidents of this evidence grade.")
@click.option("--limit", type=int, help="At most this many.")
@all_option
@utc_option
def list_command(db: Path, fmt: str, agreement: str | None, grade: str | None, limit: int | None,
                 everything: bool, utc: bool) -> None:
    """List incidents, newest first: a table shows the newest 200 and says how many there are (--limit for
    another number); json gives every incident, written as it is read.

    Times are in the agreement's zone with --agreement; without one, in the zone every agreement in the
    store shares (UTC when they differ); --utc for UTC; json is UTC."""
    if fmt == "json":
        echo_json_batches(api_resolve.iter_incidents(db, grade=grade, limit=limit, agreement=agreement,
                                                     everything=everything))
        return
    zone = _zone_in_view(db, agreement, utc)
    shown = limit or TABLE_ROWS
    rows = api_resolve.list_incidents(db, grade=grade, limit=shown, agreement=agreement, everything=everything)
    total = table_total(rows, limit, shown, lambda: api_resolve.count_incidents(db, grade=grade,
                                                                               agreement=agreement,
                                                                               everything=everything))
    console().print(table(
        f"{len(rows)} incidents" if total == len(rows) else f"{len(rows)} of {total:,} incidents",
        ("incident", f"when ({zone_label([zone])})", "actor", "target", "place", "reports", "origins", "grade"),
        [(r["id"], local_span(r["occurred_start"], r["occurred_end"], zone) or "unknown", r["actor"],
          r["target_name"] or r["target_category"], r["location_name"] or r["admin1_code"] or r["country"],
          r["n_reports"], r["n_independent_sources"], r["evidence_grade"]) for r in rows],
    ))
    if total > len(rows):
        say(f"showing the newest {len(rows)} of {total:,} incidents: --limit N for more, --format json for all")
    if agreement and not everything:
        outside = api_resolve.incidents_outside(db, agreement=agreement, grade=grade)
        if outside:
            say(f"{outside:,} incident(s) outside the agreement's windows and geography not shown (--all shows "
                "them)")


def _zone_in_view(db: Path, agreement: str | None, utc: bool) -> str | None:
    """The zone a table's times are in: the agreement's, else the one the store's agreements share, else UTC."""
    if agreement is None:
        return None if utc else store_zone(db)
    zones = agreement_zones(db)
    if agreement not in zones:
        raise NotFound(f"no agreement '{agreement}' in the store", hint="'trucewatch agreements list' shows the ids")
    return None if utc else zones[agreement]


@incidents_group.command("export-acled")
@db_option
@click.option("--agreement", help="Only incidents judged under this agreement (its findings fill the tags).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the CSV here (default: standard output).")
def export_acled_command(db: Path, agreement: str | None, output: Path | None) -> None:
    """Every incident as a row of an ACLED-format CSV (ACLED's columns and vocabulary; trucewatch's target,
    evidence grade and most severe finding in `tags`). trucewatch's own ACLED reader reads it back."""
    from trucewatch.api.acled_export import ACLED_COLUMNS, iter_incidents_acled
    from trucewatch.files import write_chunks_atomically

    if not api.status(db)["last_run"]:
        raise UserError(f"the store {db} has not been assessed yet", hint="run 'trucewatch assess' first")
    if agreement and agreement not in {a["id"] for a in api.list_agreements(db)}:
        raise NotFound(f"no agreement '{agreement}' in the store", hint="'trucewatch agreements list' shows the ids")
    if output is not None and not output.parent.is_dir():
        raise UserError(f"folder {output.parent} does not exist (output {output})")
    counts = {"rows": 0, "undated": 0}

    def batches() -> Iterator[list[dict[str, str]]]:
        for batch in iter_incidents_acled(db, agreement=agreement):
            counts["rows"] += len(batch)
            counts["undated"] += sum(1 for row in batch if not row["event_date"])
            yield batch

    # written batch by batch: a million incidents never sit in memory as one text
    chunks = api.csv_chunks(batches(), ACLED_COLUMNS)
    if output is None:
        for chunk in chunks:
            echo_data(chunk)
    else:
        write_chunks_atomically(output, chunks)
    where = f" to {output}" if output else ""
    rows_n, undated = counts["rows"], counts["undated"]
    say(f"{rows_n} incidents{where}"
               + (f"; {undated} without a time (event_date left empty)" if undated else ""), err=True)


@incidents_group.command("show")
@db_option
@format_option("table", "json")
@click.argument("incident")
@click.option("--agreement", help="Show times in this agreement's zone.")
@utc_option
def show_command(db: Path, fmt: str, incident: str, agreement: str | None, utc: bool) -> None:
    """Explain one incident (its id or any of its report ids): grade, reports, why they were grouped.

    Times are in the zone of --agreement, else the one every agreement in the store shares (UTC when they
    differ); --utc for UTC; json is UTC."""
    data = api_resolve.explain_incident(db, incident)
    if fmt == "json":
        echo_json(data)
        return
    zone = _zone_in_view(db, agreement, utc)
    out = console()
    out.print(plain(data["id"], "bold") + plain(f"  {data['evidence_grade']}: {data['evidence_detail']}"))
    out.print(plain(f"when: {local_span(data['occurred_start'], data['occurred_end'], zone) or 'unknown'}"
                    f" ({zone_label([zone])})"))
    grouping = data.get("grouping") or {}
    out.print(plain(f"grouping: {grouping.get('detail', '')}"))
    out.print(table("reports", ("report", "role", "source", "what", "stance", "actor",
                                f"when ({zone_label([zone])})"),
                    [(r["id"], r["role"], r["source"],
                      (r["event"] or "?") + (f" ({r['event_kind'].replace('_', ' ')})" if r["event_kind"] else "")
                      + (f"; read as {', '.join(r['spelling'])}" if r.get("spelling") else ""),
                      r["stance"], r["actor"], local_span(r["occurred_start"], r["occurred_end"], zone))
                     for r in data["reports"]]))
    links = grouping.get("links") or []
    if links:
        rows = []
        for link in links:
            keys = link.get("keys") or {}
            scored = ", ".join(f"{k} {v['score']}" for k, v in keys.items()
                               if isinstance(v, dict) and v.get("score") is not None)
            rows.append((link["a"], link["b"], link["via"], link["score"], scored))
        out.print(table("links", ("report", "report", "via", "score", "keys"), rows))
    nearest = grouping.get("nearest_unlinked")
    if nearest:
        out.print(plain(f"closest other report: {nearest['report']} (score {nearest['score']}): "
                        f"{nearest['why_not']}"))
    for repeat in grouping.get("repeats") or []:
        out.print(plain(f"{repeat['report']} repeats {repeat['repeats']}: {repeat['why']}"))
    for override in data["overrides"]:
        out.print(plain(f"override {override['id']}: {override['action']} by {override['analyst']} "
                        f"({override['reason']})" + (" [withdrawn]" if override["withdrawn_at"] else "")))


@incidents_group.command("merge")
@db_option
@format_option("table", "json")
@click.argument("report_a")
@click.argument("report_b")
@_reason_option
@_analyst_option
def merge_command(db: Path, fmt: str, report_a: str, report_b: str, reason: str, analyst: str) -> None:
    """Force the incidents of two reports into one (kept on record, applied on every assess)."""
    _print_override(api_resolve.merge_reports(db, report_a, report_b, reason=reason, analyst=analyst), fmt)


@incidents_group.command("split")
@db_option
@format_option("table", "json")
@click.argument("report_a")
@click.argument("report_b")
@_reason_option
@_analyst_option
def split_command(db: Path, fmt: str, report_a: str, report_b: str, reason: str, analyst: str) -> None:
    """Keep two reports in different incidents (kept on record, applied on every assess)."""
    _print_override(api_resolve.split_reports(db, report_a, report_b, reason=reason, analyst=analyst), fmt)


@incidents_group.command("discount")
@db_option
@format_option("table", "json")
@click.argument("incident")
@_reason_option
@_analyst_option
def discount_command(db: Path, fmt: str, incident: str, reason: str, analyst: str) -> None:
    """Discount an incident (its id or any report of it): its verdicts become insufficient_information."""
    _print_override(api_resolve.discount_incident(db, incident, reason=reason, analyst=analyst), fmt)


@incidents_group.command("withdraw")
@db_option
@format_option("table", "json")
@click.argument("override_id")
@_reason_option
@_analyst_option
def withdraw_command(db: Path, fmt: str, override_id: str, reason: str, analyst: str) -> None:
    """Stop applying an override; it stays on record."""
    result = api_resolve.withdraw_override(db, override_id, reason=reason, analyst=analyst)
    if fmt == "json":
        echo_json(result)
    else:
        say(f"{result['id']} withdrawn by {result['withdrawn_by']} ({result['withdrawn_reason']})")


@incidents_group.command("overrides")
@db_option
@format_option("table", "json")
def overrides_command(db: Path, fmt: str) -> None:
    """Every override with who, when and why, and whether it applies now."""
    rows = api_resolve.list_overrides(db)
    if fmt == "json":
        echo_json(rows)
        return
    console().print(table(
        f"{len(rows)} overrides",
        ("id", "action", "reports", "by", "when (UTC)", "reason", "applies"),
        [(r["id"], r["action"], " + ".join(x for x in (r["report_a"], r["report_b"]) if x), r["analyst"],
          r["created_at"], r["reason"], "yes" if r["applies"] else "no") for r in rows],
    ))
