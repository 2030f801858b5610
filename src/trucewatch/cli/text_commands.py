"""`trucewatch extract` and `trucewatch eval acled|cir|case`: thin wrappers over trucewatch.api.text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import click

from trucewatch.api import text as text_api
from trucewatch.cli.app import json_for_terminal, main, say
from trucewatch.errors import UserError
from trucewatch.files import write_chunks_atomically


def _anchor(values: tuple[str, ...]) -> dict[str, datetime]:
    anchors: dict[str, datetime] = {}
    for value in values:
        name, sep, moment = value.partition("=")
        try:
            parsed = datetime.fromisoformat(moment.strip())
        except ValueError:
            parsed = None
        if not sep or not name.strip() or parsed is None or parsed.tzinfo is None:
            raise UserError(f"--anchor {value!r} is not NAME=ISO-8601-with-offset",
                            hint='e.g. --anchor "the call=2025-03-18T14:00:00+00:00"')
        anchors[name.strip()] = parsed
    return anchors


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--anchor", "anchors", multiple=True, metavar="NAME=TIME",
              help="A named instant text may count from, e.g. \"the call=2025-03-18T14:00:00+00:00\".")
@click.option("--published-at", metavar="TIME", help="Publication time for plain-text files (ISO 8601).")
@click.option("--source", metavar="NAME", help="Source name for plain-text files.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write JSONL here.")
@click.option("--front-lines", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Lines of contact by period (YAML, as src/trucewatch/geo/data/hostilities.yaml) to use instead "
                   "of the shipped ones when choosing among same-named villages.")
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="A source lexicon (YAML, as src/trucewatch/data/claimants/default.yaml) that maps the bodies "
                   "making statements to parties; added to the shipped one.")
def extract_command(files: tuple[Path, ...], anchors: tuple[str, ...], published_at: str | None,
                    source: str | None, output: Path | None, front_lines: Path | None,
                    sources_file: Path | None) -> None:
    """Extract native reports (JSONL) from text files: txt, md, html or JSONL of id/text/published_at/source."""
    named = _anchor(anchors)  # the options are refused before any file is read
    published = None
    if published_at:
        try:
            published = datetime.fromisoformat(published_at)
        except ValueError as exc:
            raise UserError(f"--published-at {published_at!r} is not ISO 8601") from exc
        if published.tzinfo is None:
            raise UserError("--published-at needs a UTC offset", hint="e.g. 2025-03-19T08:00:00+02:00")
    with text_api.using_front_lines(front_lines), text_api.using_source_lexicon(sources_file):
        if not output:  # printed lines cannot be taken back: a bad line is refused before the first is printed
            text_api.check_articles(list(files), published_at=published, source=source)
        reports = text_api.stream_reports(list(files), anchors=named, published_at=published,
                                          source=source)
        lines = (json.dumps(text_api.report_to_native(report), ensure_ascii=False) for report in reports)
        if output:
            written = _write_lines(output, lines)
        else:
            written = 0
            for line in lines:
                click.echo(json_for_terminal(line))
                written += 1
    if not written:
        click.echo("no reports: the files are empty or no sentence in them reports an event", err=True)
    if output:
        say(f"wrote {written} reports to {output}", err=True)


def _write_lines(output: Path, lines: Iterator[str]) -> int:
    """Write ``lines`` to ``output`` as they come (``files.write_chunks_atomically``: the file appears once the
    last is written, so a bad input met part way leaves ``output`` as it was). Returns the lines written."""
    written = 0

    def counted() -> Iterator[str]:
        nonlocal written
        for line in lines:
            written += 1
            yield line + "\n"

    write_chunks_atomically(output, counted())
    return written


@main.group("eval")
def eval_group() -> None:
    """Score the text extraction against labelled data."""


HALF_HELP = "Score one half of the development split only (by a hash of each row's id)."


def _public(result: dict[str, object], details: bool) -> dict[str, object]:
    return result if details else {key: value for key, value in result.items() if not key.startswith("_")}


@eval_group.command("acled")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="Also print the errors by field and the confusion counts.")
@click.option("--front-lines", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Lines of contact by period (YAML) to use instead of the shipped ones.")
@click.option("--half", type=click.Choice(text_api.HALVES), help=HALF_HELP)
def eval_acled_command(file: Path, details: bool, front_lines: Path | None, half: str | None) -> None:
    """Predict from ACLED `notes` only and compare with the file's own coding; prints one JSON object."""
    click.echo(json.dumps(_public(text_api.eval_acled(file, front_lines=front_lines, half=half), details)))


@eval_group.command("cir")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="Also list the rows that gave no report.")
@click.option("--front-lines", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Lines of contact by period (YAML) to use instead of the shipped ones.")
@click.option("--half", type=click.Choice(text_api.HALVES), help=HALF_HELP)
def eval_cir_command(file: Path, details: bool, front_lines: Path | None, half: str | None) -> None:
    """Extract from monitor-map rows (title + brief description) and compare with their coordinates,
    province and country; prints one JSON object."""
    click.echo(json.dumps(_public(text_api.eval_cir(file, front_lines=front_lines, half=half), details)))


@eval_group.command("case")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="Also print the most frequent confusions.")
@click.option("--cv", is_flag=True,
              help="Also fit a classifier on folds of FILE and report its cross-validated score (a research "
                   "figure, not the shipped classifier's).")
def eval_case_command(file: Path, details: bool, cv: bool) -> None:
    """Classify CASE-2021 task 2 snippets (id, EventSnippet, SubType) with the shipped rules; prints n,
    accuracy, macro_f1 and the share of snippets extract gives a report for."""
    click.echo(json.dumps(_public(text_api.eval_case(file, method="cv" if cv else "rules"), details)))


@eval_group.command("posts")
@click.argument("posts", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--tz", default="UTC", show_default=True, help="Time zone of the CSV's datetime column.")
@click.option("--source", metavar="NAME", help="Source name for the posts (e.g. the channel's title).")
@click.option("--details", is_flag=True, help="Also print each scored post's errors.")
def eval_posts_command(posts: Path, gold: Path, tz: str, source: str | None, details: bool) -> None:
    """Score extraction on a CSV of posts (datetime, text_snippet) against gold lines; prints one JSON object:
    n, kind accuracy, region precision/recall/F1, drones exact, energy_claim P/R/F1, target accuracy,
    event_date accuracy, posts/s, and where the misses come from (kind_confusion: wrong kinds by count;
    misses_by_kind: posts with wrong regions or date, by whether their kind is right)."""
    click.echo(json.dumps(_public(text_api.eval_posts(posts, gold, tz=tz, source=source, details=details),
                                  details), ensure_ascii=False))
