"""Which texts the embedding step embeds, and in what order: those of the reports asked for, at least 20
characters, without a vector yet, each distinct text once, shortest first, at most ``limit``; the vectors are
stored under the text's hash. A stand-in model records what it is given."""

from __future__ import annotations

from collections.abc import Sequence
from hashlib import md5
from pathlib import Path

from trucewatch.resolve.embeddings import embed_reports
from trucewatch.store import Store


class Recording:
    model_id = "test-model"

    def __init__(self) -> None:
        self.given: list[str] = []

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.given.extend(texts)
        return [[1.0] + [0.0] * 383 for _ in texts]


TEXTS = {
    "a": "Удар по нефтебазе в Брянской области, повреждены резервуары.",
    "b": "Ночью сбиты беспилотники над Курской областью.",  # the shortest long enough
    "c": "Ночью сбиты беспилотники над Курской областью.",  # the same text: embedded once
    "d": "короткий текст",  # under 20 characters
    "e": "   ",
    "f": "Атака дронов на подстанцию в Белгородской области, без пострадавших.",
    "g": "A report of another file, not asked for: never embedded.",
}


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "t.duckdb")
    for report_id, text in TEXTS.items():
        store.con.execute(
            "INSERT INTO reports (id, content_hash, source_name, claimant, stance, aggregate, format, input_file, "
            "text) VALUES (?, 'h', 'src', 'RU', 'claims', false, 'native', ?, ?)",
            [report_id, "other.jsonl" if report_id == "g" else "posts.json", text])
    return store


def test_the_shortest_new_texts_of_the_reports_asked_for_are_embedded_once(tmp_path: Path) -> None:
    asked = "SELECT id FROM reports WHERE input_file = 'posts.json'"
    with _store(tmp_path) as store:
        model = Recording()
        assert embed_reports(store.con, model, asked, limit=2) == 2
        assert model.given == [TEXTS["b"], TEXTS["a"]]
        stored = {row[0] for row in store.con.execute("SELECT text_hash FROM text_embeddings").fetchall()}
        assert stored == {md5(TEXTS[key].encode()).hexdigest() for key in "ab"}
        again = Recording()
        assert embed_reports(store.con, again, asked) == 1  # what is left: the texts with a vector are skipped
        assert again.given == [TEXTS["f"]]
        assert embed_reports(store.con, Recording(), asked) == 0
