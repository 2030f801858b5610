"""Core commands: init, agreements, ingest, assess, findings, scorecard, obligations, tallies, status, demo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from trucewatch import api
from trucewatch.api.local_time import local, local_span, obligation_detail, store_zone, zone_label
from trucewatch.cli.app import (
    TABLE_ROWS,
    all_option,
    console,
    db_option,
    echo_csv,
    echo_data,
    echo_json,
    echo_json_batches,
    format_option,
    main,
    memory_option,
    plain,
    say,
    table,
    table_total,
    utc_option,
)
from trucewatch.cli.progress import ingest_progress, quiet_option, stage_progress
from trucewatch.errors import UserError
from trucewatch.model import VERDICTS, VIOLATION_LIKE

if TYPE_CHECKING:
    from trucewatch.ingest.driver import IngestResult



@main.command()
@db_option
@click.option("--no-agreements", is_flag=True, help="Create an empty store without the shipped agreements.")
@format_option("table", "json")
def init(db: Path, no_agreements: bool, fmt: str) -> None:
    """Create the store (or upgrade it) and load the shipped agreements."""
    result = api.init_store(db, load_shipped=not no_agreements)
    if fmt == "json":
        echo_json(result)
        return
    loaded = ", ".join(a["id"] for a in result["agreements"]) or "none"
    facilities = result["facilities"].get("total", 0)
    say(f"store {result['db']} (schema {result['schema_version']}); agreements: {loaded}; "
               f"registered facilities: {facilities}")


# ------------------------------------------------------------------------------------------ agreements
@main.group()
def agreements() -> None:
    """Validate, list and show agreements (terms as code)."""


@agreements.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option("table", "json")
def agreements_validate(files: tuple[Path, ...], fmt: str) -> None:
    """Validate agreement YAML files; errors name the file, line and field."""
    result = api.validate_agreements(list(files))
    if fmt == "json":
        echo_json(result)
        return
    for item in result:
        say(f"ok  {item['file']}: {item['id']} — clauses {', '.join(item['clauses'])}; "
                   f"readings {', '.join(item['readings'])}")


@agreements.command("load")
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def agreements_load(db: Path, files: tuple[Path, ...]) -> None:
    """Validate agreement files and store them (replacing an agreement with the same id)."""
    for item in api.load_agreements(db, list(files)):
        say(f"{'loaded' if item['changed'] else 'unchanged'}  {item['id']}  ({item['file']})")


@agreements.command("list")
@db_option
@format_option("table", "json")
def agreements_list(db: Path, fmt: str) -> None:
    """List the agreements in the store."""
    rows = api.list_agreements(db)
    if fmt == "json":
        echo_json(rows)
        return
    console().print(table("Agreements", ["id", "title", "parties", "clauses", "readings"], [
        [r["id"], r["title"], ", ".join(r["parties"]), ", ".join(r["clauses"]), ", ".join(r["readings"])]
        for r in rows
    ]))


@agreements.command("show")
@db_option
@click.argument("agreement_id")
@utc_option
@format_option("table", "json")
def agreements_show(db: Path, agreement_id: str, utc: bool, fmt: str) -> None:
    """Show one agreement with every clause × reading as adjudication sees it (times in its own zone, or
    --utc)."""
    data = api.show_agreement(db, agreement_id)
    if fmt == "json":
        echo_json(data)
        return
    parties = ", ".join(f"{p['id']} ({p.get('name') or p['id']})" for p in data.get("parties", []))
    console().print(table(f"{data['id']}: {data.get('title', '')}\nparties: {parties}",
                          ["clause", "reading", "kind", "bound", "from", "to", "in force"], [
        [e["clause_id"], e["reading_id"], e["kind"], ", ".join(e["bound_parties"]),
         local(e["window_start"], None if utc else e["window_tz"]),
         local(e["window_end"], None if utc else e["window_tz"]) if e["window_end"] else "open-ended",
         "yes" if e["in_force"] else f"no: {e['reading_note']}"]
        for e in data["effective"]
    ]))


# -------------------------------------------------------------------------------------------- ingest
@main.command()
@db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "input_format", default=None,
              help="Input format (default: sniffed from the file): native, acled, ucdp, airforce, telegram, posts, "
                   "generic, text.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML column mapping for the generic CSV/JSON format or a posts CSV.")
@click.option("--strict", is_flag=True,
              help="All files are one transaction: any bad row or file aborts it and nothing is written.")
@click.option("--rejects-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where rejects files go (default: next to each input).")
@click.option("--text", "as_text", is_flag=True,
              help="The files are text (txt, md, html, or JSONL of {id, text, published_at, source}): "
                   "extract reports from them first (the same as --format text).")
@click.option("--front-lines", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="With --text or --format text: lines of contact by period (YAML) to use instead of the shipped "
                   "ones.")
@click.option("--embed/--no-embed", default=True, show_default=True,
              help="Embed the new texts for text similarity now (when that optional model is installed), up to "
                   "20,000 per file; 'trucewatch embed' does the rest.")
@click.option("--output", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="How to print the ingest report (--format names the input format here).")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes reading posts (Telegram exports, posts CSVs) or articles (--text) in their "
                   "language; default: the cores, at most 2. 1 reads them in this process. Same output whatever N.")
@quiet_option
def ingest(db: Path, files: tuple[Path, ...], input_format: str | None, mapping: Path | None, strict: bool,
           rejects_dir: Path | None, as_text: bool, front_lines: Path | None, embed: bool, fmt: str,
           workers: int | None, quiet: bool) -> None:
    """Ingest report files: per file, rows read / ingested / unchanged / rejected, with reasons.

    Re-ingesting the same file changes nothing. Bad rows go to FILE.rejects.jsonl next to the input
    (or --rejects-dir). Each file stands alone: a file refused as a whole is named and the others are
    written (exit 3 when some files were written and others refused). With --strict all files are one
    transaction: any bad row or file aborts it and nothing is written (exit 2)."""
    paths = list(files)
    if front_lines and not as_text and input_format != "text":
        raise UserError("--front-lines only applies to text input", hint="add --text")
    with ingest_progress(paths, quiet) as (on_file, on_result):
        if as_text or input_format == "text":  # --format text is --text: its lines of contact, --strict too
            results = api.ingest_text(db, paths, rejects_dir=rejects_dir, on_file=on_file, front_lines=front_lines,
                                      on_result=on_result, embed=embed, workers=workers, strict=strict)
        else:
            results = api.ingest(db, paths, format=input_format, strict=strict, mapping=mapping,
                                 rejects_dir=rejects_dir, on_file=on_file, embed=embed, on_result=on_result,
                                 workers=workers)
    # every file refused (nothing written) raised already: exit 2 with each file's error
    refusals = [r for r in results if r.error is not None]
    if fmt == "json":
        echo_json([r.as_dict() for r in results])
    else:
        _print_ingest(results)
    if refusals:
        raise SystemExit(PARTLY_DONE)  # some files written, others refused (each named above)


PARTLY_DONE = 3


def _print_ingest(results: list[IngestResult]) -> None:
    out = console()
    out.print(table("Ingest", ["file", "format", "status", "read", "ingested", "unchanged", "rejected",
                               "rejects file"],
                    [[r.file, r.format, r.status, r.rows_read, r.ingested, r.unchanged, r.rejected,
                      r.rejects_file or ""] for r in results]))
    for r in results:
        if r.error is not None:
            out.print(plain(f"refused {r.file} (nothing of it written): [{r.error.code}] {r.error}"))
        for note in r.notes:
            out.print(plain(f"note: {r.file}: {note}"))
        for problem in r.rejects[:10]:
            out.print(plain(f"rejected {problem}"))
        if len(r.rejects) > 10:
            out.print(plain(f"… {len(r.rejects) - 10} more in {r.rejects_file}"))


@main.command()
@db_option
@click.option("--limit", type=click.IntRange(min=1), help="At most this many texts.")
@format_option("table", "json")
def embed(db: Path, limit: int | None, fmt: str) -> None:
    """Embed the report texts that have no vector yet (text similarity, an optional signal of grouping).

    Ingest does this for the texts it writes (up to a limit); run this after a bulk ingest so that the next
    assess need not."""
    result = api.embed_texts(db, limit=limit)
    if fmt == "json":
        echo_json(result)
    else:
        click.echo(result.get("note") or f"embedded {result['embedded']} text(s) with {result['model']}")


# -------------------------------------------------------------------------------------------- assess
@main.command()
@db_option
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"]),
              help="Judge obligations as of this UTC time (default: the latest report time in the store).")
@click.option("--check", is_flag=True, help="Exit 1 when any finding is a (possible) violation.")
@click.option("--full", is_flag=True,
              help="Rebuild every incident and judge everything again (default: only what changed since the last "
                   "assess; the result is the same).")
@memory_option
@quiet_option
@format_option("table", "json")
def assess(db: Path, as_of: datetime | None, check: bool, full: bool, memory_limit: str | None, quiet: bool,
           fmt: str) -> None:
    """Build incidents and judge every incident under every clause and reading.

    On a terminal each stage is shown as it runs (not when piped, nor with --quiet)."""
    with stage_progress(quiet) as on_stage:
        run = api.assess(db, as_of=as_of, memory_limit=memory_limit, full=full, on_stage=on_stage)
    if fmt == "json":
        echo_json(run)
    else:
        say(f"run {run['run_id']} (engine {run['engine_version']}): {run['incidents']} incidents, "
                   f"{run['findings']} findings, {run['obligations']} obligation statuses")
    if check and api.findings(db, verdict=list(VIOLATION_LIKE), limit=1):
        raise SystemExit(1)


# ------------------------------------------------------------------------------------------- findings


@main.command()
@db_option
@click.option("--agreement", help="Only this agreement id.")
@click.option("--clause", help="Only this clause id.")
@click.option("--reading", help="Only this reading id.")
@click.option("--party", help="Only incidents whose acting party is this party id ('unknown': none is known).")
@click.option("--verdict", multiple=True, type=click.Choice(VERDICTS), help="Only these verdicts (repeatable).")
@click.option("--since", help="Only incidents that occurred on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only incidents that occurred on or before this date (YYYY-MM-DD), or before a "
              "date-time.")
@click.option("--incident", help="Only this incident id.")
@click.option("--limit", type=click.IntRange(min=1),
              help=f"At most this many findings (a table shows {TABLE_ROWS} unless given; json and csv all).")
@click.option("--as-of", "as_of", metavar="RUN|DATE",
              help="The findings as they stood after a past run (a run id, #N, or the last run up to a date), "
                   "with their condition statuses; not_covered is implied and not listed.")
@all_option
@utc_option
@format_option("table", "json", "csv")
def findings(db: Path, agreement: str | None, clause: str | None, reading: str | None, party: str | None,
             verdict: tuple[str, ...], since: str | None, until: str | None, incident: str | None,
             limit: int | None, as_of: str | None, everything: bool, utc: bool, fmt: str) -> None:
    """Findings: one per incident × clause × reading, with a reason per condition.

    Incidents outside a clause's window or geography are left out (and counted) unless --all. Tables show
    times in each agreement's own zone (--utc for UTC); json and csv are always UTC. A table shows a first
    page (--limit sets its size); json and csv write every finding, batch by batch. --as-of shows the findings as
    they stood after a past run."""
    if as_of is not None:
        from trucewatch.cli.monitor_commands import findings_as_of

        if since or until:
            raise UserError("--since and --until cannot be combined with --as-of")
        findings_as_of(db, as_of, agreement=agreement, clause=clause, reading=reading, party=party,
                       verdicts=verdict, incident=incident, limit=limit, fmt=fmt)
        return
    filters: dict[str, Any] = {"agreement": agreement, "clause": clause, "reading": reading, "party": party,
                               "verdict": list(verdict), "since": since, "until": until, "incident": incident}
    if fmt in ("json", "csv"):
        # every finding, batch by batch: memory stays bounded however many the store holds
        batches = api.findings_batches(db, **filters, limit=limit, everything=everything)
        if fmt == "json":
            echo_json_batches(batches)
        else:
            for chunk in api.csv_chunks(batches):
                echo_data(chunk)
        return
    shown = limit or TABLE_ROWS
    rows = api.findings(db, **filters, limit=shown, everything=everything)
    outside = 0
    if everything or incident:
        total = table_total(rows, limit, shown, lambda: api.findings_count(db, **filters, everything=everything))
    else:
        # how many there are and how many lie outside the reach (api.findings_page counts them)
        within, outside = api.findings_counts(db, **filters)
        total = table_total(rows, limit, shown, lambda: within)
    zones = {} if utc else api.agreement_zones(db)
    parties = {a["id"]: set(a["parties"]) for a in api.list_agreements(db)}
    in_view = [zones.get(r["agreement"]) for r in rows] or [zones.get(agreement or "")]
    out = console()
    out.print(table(f"Findings ({len(rows)})" if total == len(rows) else f"Findings ({len(rows):,} of {total:,})",
                    [f"when ({zone_label(in_view)})", "place", "target", "party",
                     "agreement / clause / reading", "verdict", "incident", "why"], [
        [local_span(r["occurred_start"], r["occurred_end"], zones.get(r["agreement"])) or "unknown",
         place_text(r), r["target_category"] or "unknown", party_text(r["actor"], parties.get(r["agreement"])),
         f"{r['agreement']} / {r['clause']} / {r['reading']}", r["verdict"], r["incident"], _why(r["reasons"])]
        for r in rows
    ]))
    notes = sorted({(r["agreement"], r["reciprocity"]) for r in rows if r["reciprocity"]})
    for agreement_id, note in notes:
        out.print(plain(f"reciprocity ({agreement_id}): {note}"))
    if total > len(rows):
        say(f"showing {len(rows):,} of {total:,} findings; --limit N, or --format csv/json for all")
    if outside:
        say(f"{outside:,} finding(s) outside their clause's window or geography not shown (all not_covered; "
            "--all shows them)")


def place_text(row: Mapping[str, Any]) -> str:
    """Where, as people read it: place, region code, country."""
    return ", ".join(str(v) for v in (row.get("location"), row.get("admin1_code"), row.get("country")) if v) or "?"


def party_text(actor: str | None, parties: set[str] | None) -> str:
    """The acting party as the agreement sees it: a party it names, another actor, or unknown."""
    if actor is None:
        return "unknown"
    return actor if parties is None or actor in parties else f"{actor} (not a party)"


def _why(reasons: Sequence[Mapping[str, Any]]) -> str:
    """The conditions that decided the verdict (fails first, then uncertainties); all pass otherwise."""
    decisive = [r for r in reasons if r["status"] == "fail"] or [r for r in reasons if r["status"] == "uncertain"]
    if not decisive:
        return "all conditions pass"
    return "\n".join(f"{r['condition']} {r['status']}: {r['detail']}" for r in decisive)


@main.command()
@db_option
@click.option("--agreement", help="Only this agreement id.")
@all_option
@format_option("table", "json", "csv")
def scorecard(db: Path, agreement: str | None, everything: bool, fmt: str) -> None:
    """Counts of findings per agreement × reading × acting party, by verdict.

    An actor the agreement does not name counts as 'other', no actor as 'unknown'. Incidents outside a
    clause's window or geography are not counted (the table says how many) unless --all."""
    rows = api.scorecard(db, agreement=agreement, everything=everything)
    columns = ["agreement", "reading", "party", *VERDICTS, "total"]
    if fmt == "json":
        echo_json(rows)
    elif fmt == "csv":
        echo_csv(rows, columns)
    else:
        _print_scorecard(rows)
        if not everything:
            for item in api.scorecard_outside(db, agreement=agreement):
                say(f"{item['agreement']} / {item['reading']}: {item['outside']:,} incident × clause pair(s) outside "
                    "the window or geography not counted (--all counts them)")


def _print_scorecard(rows: list[dict[str, Any]]) -> None:
    short = ["corroborated", "alleged", "disputed", "possible", "not covered", "insufficient"]
    console().print(table("Scorecard (findings by acting party and verdict)",
                          ["agreement", "reading", "party", *short, "total"],
                          [[r["agreement"], r["reading"], r["party"], *(r[v] for v in VERDICTS), r["total"]]
                           for r in rows]))


@main.command()
@db_option
@click.option("--agreement", help="Only this agreement id.")
@utc_option
@format_option("table", "json")
def obligations(db: Path, agreement: str | None, utc: bool, fmt: str) -> None:
    """Obligations such as a prisoner exchange: fulfilled, overdue or pending, per party and reading.

    The table shows the deadline and the times in the detail in each agreement's own zone (--utc for UTC);
    json keeps the stored detail, its times in UTC."""
    rows = api.obligations(db, agreement=agreement)
    if fmt == "json":
        echo_json(rows)
        return
    label = zone_label(None if utc else r["tz"] for r in rows)
    console().print(table("Obligations", ["agreement", "clause", "reading", "party", "status",
                                          f"deadline ({label})", f"detail (times in {label})"],
                          [[r["agreement"], r["clause"], r["reading"], r["party"], r["status"],
                            local(r["deadline"], None if utc else r["tz"]) or "none",
                            obligation_detail(r["detail"], None if utc else r["tz"])] for r in rows]))


@main.command()
@db_option
@utc_option
@format_option("table", "json")
def tallies(db: Path, utc: bool, fmt: str) -> None:
    """Aggregate reports (tallies such as "145 drones overnight"), kept apart from incidents.

    No agreement is in view: the table shows times in the zone every agreement in the store shares (UTC when
    they differ, or with --utc); json is UTC."""
    rows = api.tallies(db)
    if fmt == "json":
        echo_json(rows)
        return
    zone = None if utc else store_zone(db)
    console().print(table("Tallies", ["id", "source", "claimant", f"when ({zone_label([zone])})", "count",
                                      "weapon", "outcome"],
                          [[r["id"], r["source"], r["claimant"],
                            local_span(r["occurred_start"], r["occurred_end"], zone) or "unknown", r["count"],
                            r["weapon"], r["outcome"]] for r in rows]))


@main.command()
@db_option
@utc_option
@format_option("table", "json", default="table")
def status(db: Path, utc: bool, fmt: str) -> None:
    """What the store holds: schema version, agreements, reports by source, incidents, findings by verdict,
    the last run (its time in the zone every agreement in the store shares, else UTC; --utc for UTC)."""
    data = api.status(db)
    if fmt == "json":
        echo_json(data)
        return
    rows = [[k, v] for k, v in data.items() if not isinstance(v, dict)]
    rows += [[f"facilities: {k}", v] for k, v in data.get("facilities", {}).items()]
    rows += [[f"findings: {k}", v] for k, v in data["findings_by_verdict"].items()]
    rows += [[f"reports from {k}", v] for k, v in data["reports_by_source"].items()]
    run = data["last_run"]
    if run:
        zone = None if utc else store_zone(db)
        rows += [["last run", f"{run['run_id']} (engine {run['engine_version']})"],
                 [f"last run judged as of ({zone_label([zone])})", local(run["as_of"], zone) or "none"]]
    else:
        rows += [["last run", "none: run 'trucewatch assess'"]]
    console().print(table("Store status", ["what", "value"], rows))


@main.command()
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@format_option("table", "json")
def demo(folder: Path | None, fmt: str) -> None:
    """A fresh store in FOLDER (default: a new temporary folder) with the shipped agreements and sample
    reports, assessed; prints the scorecard and where the store and findings are."""
    result = api.demo(folder)
    if fmt == "json":
        echo_json(result)
        return
    _print_scorecard(result["scorecard"])
    run = result["run"]
    say(f"\n{run['incidents']} incidents, {run['findings']} findings (run {run['run_id']}).")
    say(f"store:    {result['db']}")
    say(f"findings: {result['findings_file']}")
    say(f"next:     trucewatch findings --db {result['db']} --agreement energy-moratorium-2025")
