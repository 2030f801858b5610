"""The one API the CLI and the web app call: plain functions returning data."""

from trucewatch.api.core import (
    assess,
    demo,
    findings,
    findings_json,
    ingest,
    ingest_text,
    init_store,
    list_agreements,
    load_agreements,
    obligations,
    open_store,
    scorecard,
    show_agreement,
    status,
    tallies,
    validate_agreements,
)

__all__ = [
    "assess",
    "demo",
    "findings",
    "findings_json",
    "ingest",
    "ingest_text",
    "init_store",
    "list_agreements",
    "load_agreements",
    "obligations",
    "open_store",
    "scorecard",
    "show_agreement",
    "status",
    "tallies",
    "validate_agreements",
]
