"""Russian and Ukrainian posts: the cases in post_cases*.yaml (written for these tests), language routing
and the bad input the issue names (empty, emoji-only, cut, mixed, slang)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.nlp.language import detect_language
from trucewatch.nlp.posts import Post, read_post_any, read_posts
from trucewatch.nlp.posts_eval import prediction

# post_cases.yaml, and post_cases_background.yaml: which sentences of a strike report give its places and day
CASES = [case for path in sorted(Path(__file__).parent.glob("post_cases*.yaml"))
         for case in yaml.safe_load(path.read_text(encoding="utf-8"))]


def _read(case: dict[str, Any]) -> Any:
    post = Post(id=case["id"], text=case["text"], published_at=datetime.fromisoformat(case["published_at"]),
                source=case.get("source", "channel"))
    return read_post_any(post)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_post_case(case: dict[str, Any]) -> None:
    result = _read(case)
    got = prediction(result)
    assert got["kind"] == case["kind"], result.skipped
    if "regions" in case:
        assert set(got["regions"]) == set(case["regions"])
    for field in ("drones", "missiles"):
        if field in case:
            assert got[field] == case[field]
    if "energy" in case:
        categories = [report.target.category for report in result.reports if report.target]
        assert case["energy"] in categories, categories
    if "energy_claim" in case:
        assert got["energy_claim"] == case["energy_claim"]
    if "target" in case:  # the post's one target as the gold lines give it (the most specific of its objects)
        assert got["target"] == case["target"]
    if "event_date" in case:
        assert got["event_date"] == case["event_date"]
    for field in ("actor", "claimant", "stance", "outcome"):
        if field in case:
            values = {getattr(report, field) for report in result.reports}
            assert case[field] in values, (field, values)
    if "time_basis" in case:
        assert result.reading is not None and result.reading.when is not None
        assert result.reading.when.how == case["time_basis"]
    for report in result.reports:  # every field that was found keeps the span it came from
        for key, (start, end) in report.spans.items():
            assert 0 <= start < end <= len(report.text or ""), key


@pytest.mark.parametrize(("text", "code", "supported"), [
    ("Дежурными средствами ПВО уничтожены два беспилотника над Брянской областью.", "ru", True),
    ("У ніч на 27 березня Сили оборони уразили нафтобазу, що забезпечувала ворога.", "uk", True),
    ("Air defence shot down 12 drones over the Bryansk region overnight, the ministry said.", "en", True),
    ("Сёння ноччу ў Мінску адбылася сустрэча, ўсе ўдзельнікі прыйшлі.", "be", False),
    ("Die Luftabwehr hat in der Nacht mehrere Drohnen über der Region abgeschossen.", "de", False),
    ("Russian drones hit Odesa overnight.", "en", True),
    ("الدفاع الجوي أسقط طائرات مسيرة", "ar", False),
    ("🔥🔥🔥 💥", "und", False),
    ("   ", "und", False),
    ("", "und", False),
])
def test_language(text: str, code: str, supported: bool) -> None:
    found = detect_language(text)
    assert (found.code, found.supported) == (code, supported), found.reason
    assert found.reason


def test_a_short_opening_in_one_language_outweighs_a_quote_in_the_other() -> None:
    quote = ("АО «Сигнал» (город Елец) — крупнейший производитель аккумуляторов для военно-промышленного "
             "комплекса России, который поставляет их на заводы.")
    assert detect_language(quote).code == "ru"
    assert detect_language("Єлець, Ліпецька область, уражено завод «Сигнал». " + quote).code == "uk"
    # an opening that mixes the two decides nothing on its own: the whole text does
    assert detect_language("Атака на Єлець и завод. " + quote).code == "ru"


def test_mixed_language_post_is_read_in_its_main_language() -> None:
    text = ("Ворог атакував підстанцію у Харкові. Russian MoD claims: «уничтожены 20 БПЛА». "
            "Пошкоджено обладнання, є знеструмлення.")
    assert detect_language(text).code == "uk"
    result = read_post_any(Post(id="mixed", text=text, published_at=datetime.fromisoformat(
        "2025-06-02T08:00:00+00:00")))
    assert result.reports and not result.skipped


def test_unsupported_and_empty_posts_are_skipped_with_reasons() -> None:
    posts = [Post(id="empty", text=""), Post(id="emoji", text="🙏🙏"),
             Post(id="german", text="Die Luftabwehr hat in der Nacht mehrere Drohnen über der Region abgeschossen."),
             Post(id="slang", text="Йобана русня, знову ця хуйня з тривогами 🤬", published_at=datetime.fromisoformat(
                 "2025-06-02T08:00:00+00:00"))]
    read = read_posts(posts)
    reasons = {result.post.id: result.skipped for result in read.results}
    assert reasons["empty"] == "empty post (no text)"
    assert reasons["emoji"] and "emoji" in reasons["emoji"]
    assert reasons["german"] and "not supported" in reasons["german"]
    assert reasons["slang"]  # read, nothing to report: a counted skip, not a crash
    summary = read.summary()
    assert summary["read"] == 4 and summary["skipped"] == 4 and summary["with_reports"] == 0


def test_post_without_time_gives_no_occurred_but_still_reports() -> None:
    result = read_post_any(Post(id="no-time", text="Дежурными средствами ПВО уничтожены 3 БПЛА над Курской областью."))
    assert result.reports and all(report.occurred is None for report in result.reports)


def test_digest_repeating_posts_adds_no_second_report() -> None:
    tally = Post(id="post-1", source="Минобороны России", published_at=datetime.fromisoformat(
        "2025-04-10T07:00:00+03:00"), text="В течение прошедшей ночи дежурными средствами ПВО уничтожены 12 "
                                           "украинских БПЛА над территорией Брянской области.")
    digest = Post(id="digest-1", source="Минобороны России", published_at=datetime.fromisoformat(
        "2025-04-10T20:00:00+03:00"), text="🗓 Главное за день. Ночью дежурными средствами ПВО уничтожены 12 "
                                           "украинских БПЛА над территорией Брянской области.")
    read = read_posts([tally, digest])
    assert [len(result.reports) for result in read.results] == [1, 0]
    assert read.results[1].skipped == "a digest repeating the source's own posts"
    alone = read_posts([digest])
    assert len(alone.reports) == 1  # a digest with nothing to repeat keeps its report


@pytest.mark.parametrize(("text", "category", "reports"), [
    ("Дрони атакували НПЗ «КІНЕФ» у Киришах.", "energy.oil.refinery", 1),
    ("В результате удара беспилотников ВСУ по нефтеперекачивающей станции «Кропоткинская» повреждено оборудование.",
     "energy.oil.pumping_station", 1),
    # (two objects: a works by its name, then another by its noun)
    ("Дрони атакували КІНЕФ, а потім НПЗ у Рязані.", "energy.oil.refinery", 2),
])
def test_a_works_named_after_its_noun_is_one_object(text: str, category: str, reports: int) -> None:
    result = _read({"id": "works", "text": text, "published_at": "2025-03-19T07:40:00+00:00"})
    assert [report.target.category for report in result.reports if report.target] == [category] * reports
