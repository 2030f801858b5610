"""The oblast of a raion the text names comes from the raion table, not from the digits of its OCHA pcode, which
number the oblasts in OCHA's own order (Crimea's raions are UA01.., Luhansk's UA44.., the ISO codes UA-43 and UA-09)."""

from __future__ import annotations

import pytest

from trucewatch.geo.gazetteer import all_raions
from trucewatch.nlp.place_raion_oblast import raion_oblast


@pytest.mark.parametrize(("prefix", "oblast"), [("UA01", "UA-43"), ("UA44", "UA-09"), ("UA65", "UA-65")])
def test_a_raion_gives_its_own_oblast(prefix: str, oblast: str) -> None:
    codes = [code for code in all_raions() if code.startswith(prefix)]
    assert codes and all(raion_oblast(code) == oblast for code in codes)


def test_every_current_raion_gives_the_oblast_the_table_holds() -> None:
    assert all(raion_oblast(code) == each.admin1 for code, each in all_raions().items())


@pytest.mark.parametrize("code", [None, "", "UA9999", "former:Yasynuvatskyi"])
def test_no_current_raion_gives_no_oblast(code: str | None) -> None:
    assert raion_oblast(code) is None
