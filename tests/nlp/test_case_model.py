"""The learned CASE classifier: deterministic, honest cross-validation, and it learns what it is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from trucewatch.errors import InputError
from trucewatch.nlp import case_model
from trucewatch.nlp.case_model import cross_validate, features, fold_of, train
from trucewatch.nlp.evaluate import eval_case

# Two made-up vocabularies no rule knows: the model can only get them right by learning.
_RED = ["the zorblat crew met at the quay", "a zorblat gathering by the old quay", "zorblat members at the quay"]
_BLUE = ["plinkets sold wares near the mill", "the plinket market by the mill", "plinket traders at the mill"]


def _data(copies: int) -> tuple[list[str], list[str], list[str]]:
    texts = [text for _ in range(copies) for text in (*_RED, *_BLUE)]
    labels = [label for _ in range(copies) for label in ["RED"] * 3 + ["BLUE"] * 3]
    return [str(i) for i in range(len(texts))], texts, labels


def test_features_are_stable_and_bounded() -> None:
    first = features("Rebels shelled the town.")
    assert first == features("Rebels shelled the town.")
    assert all(0 <= index < 1 << case_model.HASH_BITS for index in first)
    assert features("") != []  # the rules' label is always a feature


def test_training_learns_unseen_words() -> None:
    _, texts, labels = _data(3)
    model = train(texts, labels)
    assert model.predict(["a zorblat meeting", "the plinket stall"]) == ["RED", "BLUE"]


def test_cross_validation_never_predicts_a_row_with_a_model_that_saw_it(monkeypatch: pytest.MonkeyPatch) -> None:
    ids, texts, labels = _data(5)
    texts = [f"{text} #{row_id}" for row_id, text in zip(ids, texts, strict=True)]
    id_of = dict(zip(texts, ids, strict=True))
    seen: list[set[str]] = []
    original = case_model.train

    def spy(train_texts: list[str], train_labels: list[str]) -> case_model.Model:
        seen.append({id_of[text] for text in train_texts})
        return original(train_texts, train_labels)

    monkeypatch.setattr(case_model, "train", spy)
    predicted = cross_validate(ids, texts, labels, folds=5)
    assert len(predicted) == len(texts) and all(predicted)
    folds = {row_id: fold_of(row_id, 5) for row_id in ids}
    assert len(seen) == len(set(folds.values()))
    for trained_on in seen:
        held_out = set(ids) - trained_on
        (fold,) = {folds[row_id] for row_id in held_out}  # exactly one fold is held out
        assert all(folds[row_id] != fold for row_id in trained_on)


def test_folds_depend_on_the_id_not_the_order() -> None:
    assert fold_of("row-17", 5) == fold_of("row-17", 5)
    assert {fold_of(f"row-{i}", 5) for i in range(100)} == set(range(5))


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    lines = ["id\tEventSnippet\tSubType", *(f"{i}\t{text}\t{label}" for i, (text, label) in enumerate(rows))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_case_scores_the_shipped_rules_and_cv_only_as_a_labelled_extra(tmp_path: Path) -> None:
    _, texts, labels = _data(10)
    path = _write(tmp_path / "case.tsv", list(zip(texts, labels, strict=True)))
    shipped = eval_case(path)
    # the headline score is the shipped classifier's, which has never seen these made-up words
    assert shipped["n"] == 60 and shipped["method"].startswith("rules (shipped")
    assert shipped["accuracy"] < 0.5 and "cv_accuracy" not in shipped
    assert shipped["with_report"] == 0.0  # no snippet reports a violent event: extract stays silent
    research = eval_case(path, method="cv")
    assert research["accuracy"] == shipped["accuracy"]
    assert research["cv_accuracy"] == 1.0 and "not the score of anything shipped" in research["cv_note"]


def test_eval_case_refuses_an_unknown_method(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown method"):
        eval_case(_write(tmp_path / "case.tsv", [("Police arrested two protesters.", "ARREST")]), method="fit")
