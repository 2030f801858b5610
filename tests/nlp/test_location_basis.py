"""Every extracted place says why it was chosen among same-named settlements (report provenance)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch.cli import main
from trucewatch.geo.hostilities import using_front_lines
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.reader import Article


def _basis(text: str) -> str:
    reports = extract_article(Article(id="a", text=text, source="test", source_kind="news"))
    return str(reports[0].provenance.get("location_basis"))  # the first sentence's report


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("On 10 March 2024, Russian forces shelled near Bohdanivka, Donetsk region, with artillery.",
         ("settlements share the name", "front-line act", "line of contact of 2024-03-10")),
        ("On 10 March 2024, a Russian missile struck Bohdanivka, Donetsk region.",
         ("settlements share the name", "nothing in the text decides", "the precision covers them")),
        ("On 14 March 2023, Russian forces shelled Ivanivka in Skadovskyi raion with artillery.",
         ("in the raion the text names",)),
        ("On 14 March 2023, Russian forces shelled Novoselivka, Donetsk region. Strikes were also reported "
         "in Avdiivka.", ("nearest to another place the article names",)),
        ("On 2 April 2024, Russian drones struck Kramatorsk.", ("the only settlement of that name",)),
        ("On 10 March 2024, Russian forces shelled Artemivsk, Donetsk region.",
         ("found as Bakhmut, by an alternate name",)),
    ],
)
def test_the_basis_names_the_rule_that_chose(text: str, fragments: tuple[str, ...]) -> None:
    basis = _basis(text)
    for fragment in fragments:
        assert fragment in basis, basis
    if not any("found as" in fragment for fragment in fragments):
        assert "found as" not in basis  # a place found by its own name says nothing more


# an analyst's own line of contact past one of the Bohdanivkas
CUSTOM_LINES = Path(__file__).resolve().parents[1] / "fixtures" / "front-lines-bohdanivka.yaml"
SHELLING = "On 10 March 2024, Russian forces shelled near Bohdanivka, Donetsk region, with artillery."


def test_front_lines_from_a_file_choose_and_are_named(tmp_path: Path) -> None:
    with using_front_lines(CUSTOM_LINES):
        [report] = extract_article(Article(id="a", text=SHELLING, source="test", source_kind="news"))
    assert report.location is not None
    assert report.location.lat == pytest.approx(48.09, abs=0.05)
    assert f"front lines from {CUSTOM_LINES.name} (sha256 " in str(report.provenance["location_basis"])
    # outside the block the shipped lines choose again
    assert _basis(SHELLING).endswith("clearly nearer than the others")


def test_cli_rejects_a_bad_front_line_file_with_exit_2(tmp_path: Path) -> None:
    lines = tmp_path / "lines.yaml"
    lines.write_text("periods:\n  - name: x\n    from: soon\n    lines: [[[a, 1, 2], [b, 3, 4]]]\n")
    article = tmp_path / "a.txt"
    article.write_text(SHELLING, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--front-lines", str(lines), str(article)])
    assert result.exit_code == 2
    assert f"{lines}:3" in result.output and "not a date" in result.output
