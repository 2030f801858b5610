"""Every command that prints data shows it as given: no rich markup read from data, no control characters
written to the terminal (ESC sequences, CR, C1 controls, bidi overrides)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch import api
from trucewatch.cli import main
from trucewatch.cli.app import clean, json_for_terminal

CLEAR_SCREEN = "\x1b[2J"
WINDOW_TITLE = "\x1b]0;pwned\x07"
RED = "\x1b[31m"
HOSTILE_SOURCE = "Channel [/r/ukraine]" + CLEAR_SCREEN
HOSTILE_PLACE = "Kherson [city]"
HOSTILE_LINK = "[link=https://evil.example]click[/link]" + WINDOW_TITLE
HOSTILE_CLAIMANT = RED + "UA\x9b31m\u202e"

# what a terminal would act on: ESC, BEL, CR, C1 controls, bidi overrides
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _report(number: int, **extra: object) -> dict[str, object]:
    return {
        "id": f"hostile-{number}",
        "source": {"name": HOSTILE_SOURCE, "kind": "social", "published_at": "2025-03-20T09:00:00+02:00"},
        "claimant": HOSTILE_CLAIMANT, "stance": "alleges", "actor": "RU",
        "occurred": {"start": "2025-03-20T03:00", "end": "2025-03-20T04:00", "tz": "Europe/Kyiv"},
        "location": {"name": HOSTILE_PLACE, "country": "UA", "lat": 46.64, "lon": 32.61},
        "target": {"category": "energy.transmission.substation", "name": HOSTILE_LINK},
        "weapon": "drone", "outcome": "hit", "text": "=1+2 " + CLEAR_SCREEN, **extra,
    }


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "store.duckdb"
    api.init_store(db, load_shipped=True)
    reports = [_report(1), _report(2, source={"name": HOSTILE_LINK, "kind": "media",
                                                "published_at": "2025-03-20T10:00:00+02:00"}),
               {**_report(3), "aggregate": True, "count": 12}]
    path = folder / "hostile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    api.ingest(db, [path], strict=True)
    api.assess(db)
    return db


ESCAPED_SOURCE = "Channel [/r/ukraine]\\x1b[2J"
# each command, and a piece of hostile data its output must show verbatim (escaped where it is a control)
COMMANDS: list[tuple[list[str], str | None]] = [
    (["status"], ESCAPED_SOURCE),
    (["findings"], None),
    (["findings", "--format", "json"], None),
    (["scorecard"], None),
    (["tallies"], ESCAPED_SOURCE),
    (["obligations"], None),
    (["agreements", "list"], None),
    (["agreements", "show", "energy-moratorium-2025", "--format", "table"], None),
    (["incidents", "list"], HOSTILE_PLACE),
    (["incidents", "show", "hostile-1"], ESCAPED_SOURCE),
    (["incidents", "show", "hostile-2", "--format", "json"], None),
    (["incidents", "overrides"], None),
    (["facilities", "list"], None),
]


@pytest.mark.parametrize(("args", "shown"), COMMANDS, ids=[" ".join(a) for a, _ in COMMANDS])
def test_hostile_names_print_as_given_and_inert(hostile_db: Path, args: list[str], shown: str | None) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(hostile_db)], color=True)
    assert result.exit_code == 0, result.output
    assert not ACTIVE.search(result.stdout), repr(ACTIVE.findall(result.stdout)[:5])
    if shown is not None:
        assert shown in result.stdout


def test_csv_keeps_data_exact_into_a_pipe_and_escapes_on_a_terminal(
    hostile_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["incidents", "export-acled"]  # its notes column holds the report text, ESC included
    piped = CliRunner().invoke(main, [*args, "--db", str(hostile_db)])
    assert piped.exit_code == 0 and WINDOW_TITLE in piped.stdout  # a file gets the data as it is
    monkeypatch.setattr("trucewatch.cli.app.stdout_is_terminal", lambda: True)
    shown = CliRunner().invoke(main, [*args, "--db", str(hostile_db)])
    assert shown.exit_code == 0 and "\\x1b]0;pwned\\x07" in shown.stdout and not ACTIVE.search(shown.stdout)


def test_bracketed_place_names_keep_their_brackets(hostile_db: Path) -> None:
    result = CliRunner().invoke(main, ["incidents", "list", "--db", str(hostile_db)], color=True)
    assert "Kherson [city]" in result.output
    shown = CliRunner().invoke(main, ["incidents", "show", "hostile-1", "--db", str(hostile_db)], color=True)
    assert "Channel [/r/ukraine]\\x1b[2J" in shown.output  # the escape is shown, not acted on
    assert "[link=https://evil.example]click[/link]" in shown.output or "evil" not in shown.output


def test_override_reason_with_markup_and_escapes(hostile_db: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(hostile_db, db)
    reason = "[bold red]because[/] " + CLEAR_SCREEN
    merged = CliRunner().invoke(main, ["incidents", "merge", "hostile-1", "hostile-2", "--reason", reason,
                                       "--by", "[analyst]", "--db", str(db)], color=True)
    assert merged.exit_code == 0, merged.output
    assert "[bold red]because[/] \\x1b[2J" in merged.output and not ACTIVE.search(merged.output)
    listed = CliRunner().invoke(main, ["incidents", "overrides", "--db", str(db)], color=True)
    assert "[analyst]" in listed.output and not ACTIVE.search(listed.output)


def test_ingest_table_shows_a_hostile_file_name(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    api.init_store(db, load_shipped=False)
    path = tmp_path / f"Kherson [city]{CLEAR_SCREEN}.jsonl"
    path.write_text(json.dumps(_report(1)) + "\nnot json " + RED + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(path)], color=True)
    assert result.exit_code == 0, result.output
    assert "\\x1b[2J" in result.stdout and "[city]" in result.stdout  # shown, not acted on or eaten as markup
    assert not ACTIVE.search(result.stdout)


def test_errors_naming_hostile_input_are_escaped(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["agreements", "validate", str(tmp_path / f"x{CLEAR_SCREEN}.yaml")])
    assert result.exit_code == 2 and "\\x1b[2J" in result.output and not ACTIVE.search(result.output)


def test_clean_and_json_escaping() -> None:
    assert clean("a\x1b[31mb\rc\td\ne\x9b\u202e") == "a\\x1b[31mb\\x0dc\td\ne\\x9b\\u202e"
    text = json.dumps({"name": "x\x9by\u202e"}, ensure_ascii=False)
    escaped = json_for_terminal(text)
    assert not ACTIVE.search(escaped) and json.loads(escaped) == {"name": "x\x9by\u202e"}
