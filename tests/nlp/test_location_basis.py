"""Every extracted place says why it was chosen among same-named settlements (report provenance)."""

from __future__ import annotations

import pytest

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
         ("settlements share the name", "gazetteer's first choice")),
        ("On 14 March 2023, Russian forces shelled Ivanivka in Skadovskyi raion with artillery.",
         ("in the raion the text names",)),
        ("On 14 March 2023, Russian forces shelled Novoselivka, Donetsk region. Strikes were also reported "
         "in Avdiivka.", ("nearest to another place the article names",)),
        ("On 2 April 2024, Russian drones struck Kramatorsk.", ("the only settlement of that name",)),
    ],
)
def test_the_basis_names_the_rule_that_chose(text: str, fragments: tuple[str, ...]) -> None:
    basis = _basis(text)
    for fragment in fragments:
        assert fragment in basis, basis
