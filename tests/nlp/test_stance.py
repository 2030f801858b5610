"""Stance from wording: a verb of denial or a claim labelled false denies; a label word alone does not."""

from __future__ import annotations

from datetime import datetime

import pytest

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

PUBLISHED = datetime.fromisoformat("2025-03-21T12:00:00+03:00")


@pytest.mark.parametrize(("text", "claimant", "stance", "actor"), [
    ("Russia accused Ukraine of a provocation by shelling the Zaporizhzhia nuclear plant on Friday.",
     "RU", "alleges", "UA"),
    ("The Russian Defence Ministry said Ukrainian drones attacked Sudzha in a staged provocation.",
     "RU", "alleges", "UA"),
    ("Kyiv denied attacking the gas metering station in Sudzha.", "UA", "denies", "UA"),
    ("Ukraine's General Staff called Moscow's reports of a strike on Sudzha fake.", "UA", "denies", "UA"),
    ("Ukraine's General Staff said Russian claims of a strike on Sudzha were fabricated.", "UA", "denies", "UA"),
    ("The Kremlin said Russian forces did not strike energy facilities in Ukraine on Friday.",
     "RU", "denies", "RU"),
    ("The Russian Defence Ministry said its forces struck a Ukrainian airfield near Poltava.",
     "RU", "acknowledges", "RU"),
    ("Local residents reported explosions near a fuel depot in Engels.", "Local residents", "reports", None),
], ids=lambda value: value[:40] if isinstance(value, str) and len(value) > 12 else None)
def test_stance(text: str, claimant: str, stance: str, actor: str | None) -> None:
    report = extract_article(Article("stance", text, PUBLISHED))[0]
    assert (report.claimant, report.stance, report.actor) == (claimant, stance, actor)
