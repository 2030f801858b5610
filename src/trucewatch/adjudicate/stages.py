"""The stages of ``assess`` and the commands that fill its inputs, each declaring the store tables it reads
and writes and the temporary tables it hands to a later stage (as an nlp pipeline's components declare what
they read and write). ``check_stages`` says when a stage needs what nothing upstream provides;
docs/architecture.md shows the same graph, and a test keeps the two and the store's schema in step.

Temporary tables are the stage's own business unless declared here: resolution hands its groups to the
incidents stage through ``resolve.RESOLUTION``; judging builds its ``_ev_*`` tables (``adjudicate.signatures``)
and drops them before it returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from trucewatch.resolve import RESOLUTION


@dataclass(frozen=True)
class Stage:
    name: str
    runs: str                       # the function that does it
    reads: tuple[str, ...] = ()     # store tables
    writes: tuple[str, ...] = ()    # store tables
    needs: tuple[str, ...] = ()     # temporary tables an earlier stage hands over
    provides: tuple[str, ...] = ()  # temporary tables it hands over
    summary: str = ""


# ---------------------------------------------------------------------------- inputs: the commands that fill them
STORE = Stage("store", "store.Store.migrate / store.settings", writes=("meta",),
              summary="schema version; settings the user chose (the candidate radius)")
LOAD_AGREEMENTS = Stage("agreements load", "adjudicate.compile.save_agreement",
                        reads=("agreements",), writes=("agreements", "clause_readings", "scope_items", "geo_items"),
                        summary="an agreement and its clause × reading rows, scope and geography items")
INGEST = Stage("ingest", "ingest.driver.ingest_file", reads=("reports",),
               writes=("reports", "ingests", "ingest_skipped"),
               summary="reports from files, and a record of each file ingested (with the posts it skipped)")
FACILITIES = Stage("facilities import", "registry.import_facilities", writes=("facilities",),
                   summary="the registry of protected facilities")
OVERRIDES = Stage("incidents merge/split/discount", "resolve.overrides", reads=("reports",),
                  writes=("incident_overrides",), summary="analysts' overrides of grouping and grading")
EMBED = Stage("embed", "resolve.embeddings.embed_reports", reads=("reports", "text_embeddings"),
              writes=("text_embeddings",), summary="text vectors for text similarity (optional)")
REMOVE = Stage("reports/agreements remove", "api.removal",
               reads=("reports", "ingests", "agreements", "findings"),
               writes=("reports", "facility_candidates", "agreements", "clause_readings", "scope_items", "geo_items",
                       "findings", "obligations", "removals"),
               summary="reports (by id or ingest) or an agreement taken out, and a record of what went and why")
ALERTS = Stage("alerts", "api.alerts", reads=("finding_changes", "run_log"),
               writes=("webhooks", "webhook_deliveries"),
               summary="webhook subscriptions, and each delivery after a run has committed")
COMMANDS: tuple[Stage, ...] = (STORE, LOAD_AGREEMENTS, INGEST, FACILITIES, OVERRIDES, EMBED, REMOVE, ALERTS)

# ------------------------------------------------------------------------------------------------ assess
CHANGES = Stage("changes", "adjudicate.incremental.report_changes",
                reads=("reports", "assessed_reports", "runs", "meta", "agreements", "facilities", "incident_overrides"),
                provides=("_inc_changed", "_inc_removed"),
                summary="what changed since the last assess (reports added, changed, removed; agreements, "
                        "facilities, resolution inputs): incremental, or everything when there is no record")
RESOLVE = Stage("resolve", "resolve.resolve_groups", reads=("reports", "incident_overrides", "text_embeddings"),
                provides=tuple(RESOLUTION.names().values()),
                summary="which reports describe one event, and how independent their sources are")
INCIDENTS = Stage("incidents", "adjudicate.incidents.build_incidents", reads=("reports",),
                  needs=(RESOLUTION.members, RESOLUTION.reports, RESOLUTION.groups, RESOLUTION.links,
                         RESOLUTION.scores, RESOLUTION.overrides),
                  writes=("incidents", "incident_reports"), summary="incidents with their evidence grade")
CANDIDATES = Stage("candidates", "registry.link_candidates", reads=("reports", "facilities", "meta"),
                   writes=("facility_candidates",),
                   summary="registered facilities near reports that do not name their target")
JUDGE = Stage("judge", "adjudicate.evaluate.evaluate",
              reads=("incidents", "incident_reports", "reports", "clause_readings", "scope_items", "geo_items",
                     "facility_candidates", "facilities"),
              writes=("findings",), summary="every incident × prohibition clause × reading; stores what is covered")
OBLIGATIONS = Stage("obligations", "adjudicate.obligations.evaluate_obligations",
                    reads=("clause_readings", "reports"), writes=("obligations",),
                    summary="obligations fulfilled, overdue or pending")
HISTORY = Stage("history", "adjudicate.history.record_changes",
                reads=("findings", "finding_changes", "run_log", "incidents", "clause_readings"),
                writes=("run_log", "finding_changes"),
                summary="each finding whose verdict, party or statuses changed in this run (verdict history)")
RECORD = Stage("record", "adjudicate.assess",
               reads=("agreements", "reports", "incidents", "findings", "clause_readings"),
               writes=("runs", "meta", "assessed_agreements", "assessed_reports"),
               summary="the run: its id, the inputs' hashes, what was assessed (for the next incremental run)")
ASSESS: tuple[Stage, ...] = (CHANGES, RESOLVE, INCIDENTS, CANDIDATES, JUDGE, OBLIGATIONS, HISTORY, RECORD)


def check_stages(stages: tuple[Stage, ...] = ASSESS, inputs: tuple[Stage, ...] = COMMANDS) -> list[str]:
    """What the pipeline ``stages`` needs that nothing provides: a store table no command and no stage writes
    (a stage may read what a later one recorded in the previous run: the store keeps it), or a temporary
    table no earlier stage hands over (it lives only during one run). Empty when the pipeline holds."""
    problems: list[str] = []
    written = {table for stage in (*inputs, *stages) for table in stage.writes}
    handed: set[str] = set()
    for stage in stages:
        problems += [f"stage '{stage.name}' reads table {table}, which no command or stage writes"
                     for table in stage.reads if table not in written]
        problems += [f"stage '{stage.name}' needs {table}, which no earlier stage provides"
                     for table in stage.needs if table not in handed]
        handed.update(stage.provides)
    return problems


def owners() -> dict[str, list[str]]:
    """Store table → the stages and commands that write it, in pipeline order."""
    result: dict[str, list[str]] = {}
    for stage in (*COMMANDS, *ASSESS):
        for table in stage.writes:
            result.setdefault(table, []).append(stage.name)
    return result
