"""`trucewatch eval posts`: the JSON keys the issue names, scores on posts written for this test, and bad
gold or posts files refused with exit code 2 naming the file and line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from trucewatch.cli import main

POSTS = [
    ("2025-04-02 04:15", "В течение прошедшей ночи дежурными средствами ПВО уничтожены 9 украинских БПЛА над "
                         "территорией Брянской области и 5 над территорией Курской области."),
    ("2025-04-02 09:00", "Сегодня ночью ВСУ атаковали беспилотниками подстанцию в Белгородской области, "
                         "повреждено оборудование."),
    ("2025-04-02 12:00", "Расчеты гаубиц продолжают выполнять боевые задачи в зоне специальной военной операции."),
    ("2025-04-02 13:00", "Этот пост никто не размечал."),
]
GOLD = [
    {"datetime": "2025-04-02 04:15", "key": POSTS[0][1][:50], "kind": "interceptions",
     "regions": ["RU-BRY", "RU-KRS"], "drones": 14, "missiles": None, "energy_claim": False, "target": None,
     "object": None, "event_date": "2025-04-02"},
    {"datetime": "2025-04-02 09:00", "key": POSTS[1][1][:50], "kind": "strike_on_russia",
     "regions": ["RU-BEL"], "drones": None, "missiles": None, "energy_claim": True,
     "target": "energy.transmission.substation", "object": None, "event_date": "2025-04-02"},
    # a deliberately wrong label: the post names no region, so precision stays whole and recall drops
    {"datetime": "2025-04-02 12:00", "key": POSTS[2][1][:50], "kind": "other", "regions": ["RU-KRS"],
     "drones": None, "missiles": None, "energy_claim": False, "target": None, "object": None,
     "event_date": None, "note": "wrong on purpose"},
]
KEYS = {"n", "kind_accuracy", "region_precision", "region_recall", "region_f1", "drones_exact",
        "energy_claim_precision", "energy_claim_recall", "energy_claim_f1", "target_accuracy",
        "event_date_accuracy", "posts_per_second"}


def files(tmp_path: Path, gold: list[dict[str, object]] | None = None, gold_text: str | None = None
          ) -> tuple[Path, Path]:
    posts = tmp_path / "posts.csv"
    with posts.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "datetime", "text_snippet"])
        writer.writerows([(stamp[:10], stamp, text) for stamp, text in POSTS])
    labels = tmp_path / "gold.jsonl"
    labels.write_text(gold_text if gold_text is not None else "".join(
        json.dumps(line, ensure_ascii=False) + "\n" for line in (gold or GOLD)), encoding="utf-8")
    return posts, labels


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["eval", "posts", *args])
    return result.exit_code, result.output


def test_scores_and_keys(tmp_path: Path) -> None:
    posts, gold = files(tmp_path)
    code, output = run(str(posts), str(gold))
    assert code == 0, output
    scores = json.loads(output)
    assert set(scores) >= KEYS
    assert scores["n"] == 3  # the unlabelled post is not scored
    assert scores["kind_accuracy"] == 1.0
    assert scores["drones_exact"] == 1.0
    assert scores["energy_claim_f1"] == 1.0 and scores["target_accuracy"] == 1.0
    assert scores["event_date_accuracy"] == 1.0
    assert scores["region_precision"] == 1.0 and scores["region_recall"] == 0.75
    assert not any(key.startswith("_") for key in scores)
    # each share with the interval it could move within on another sample; three posts pin little
    intervals = scores["intervals_95"]
    assert intervals["kind_accuracy"] == [0.4385, 1.0]
    low, high = intervals["region_f1"]
    assert low < scores["region_f1"] <= high
    assert intervals["drones_exact"] is not None and intervals["drones_exact"][0] < 0.5
    # where the misses come from, without a post: the one region missed is on a post whose kind is right
    assert scores["kind_confusion"] == {}
    assert scores["misses_by_kind"] == {"regions": {"kind right": 1, "kind wrong": 0},
                                        "event_date": {"kind right": 0, "kind wrong": 0}}
    code, output = run(str(posts), str(gold), "--details")
    details = json.loads(output)["_errors"]
    assert [error["key"] for error in details] == [POSTS[2][1][:50]]


def test_misses_counted_by_whether_the_kind_is_right(tmp_path: Path) -> None:
    # the substation strike labelled as talk: its kind, its region and its date are all wrong, and counted so
    gold = [dict(GOLD[0]), {**GOLD[1], "kind": "other", "regions": [], "energy_claim": False, "target": None,
                            "event_date": "2025-04-01"}]
    posts, labels = files(tmp_path, gold)
    code, output = run(str(posts), str(labels))
    assert code == 0, output
    scores = json.loads(output)
    assert scores["kind_confusion"] == {"other -> strike_on_russia": 1}
    assert scores["misses_by_kind"] == {"regions": {"kind right": 0, "kind wrong": 1},
                                        "event_date": {"kind right": 0, "kind wrong": 1}}


@pytest.mark.parametrize(("gold_text", "where", "words"), [
    ('{"datetime": "2025-04-02 04:15", "key": "x", "kind": "interception"}\n', ":1", "kind 'interception'"),
    ('\n{"datetime": "2025-04-02 04:15", "key": "x", "kind": "other", "drones": "5"}\n', ":2", "drones must"),
    ('{"datetime": "2025-04-02 04:15", "key": "x", "kind": "other", "colour": 1}\n', ":1", "unknown field"),
    ('{"datetime": "2025-04-02 04:15", "key": "x", "kind": "other", "target": "energy.oil"}\n', ":1",
     "target 'energy.oil'"),
    ('not json\n', ":1", "not valid JSON"),
    ('{"datetime": "2025-04-02 04:15", "key": "no such post", "kind": "other"}\n', ":1", "no gold line matches"),
])
def test_bad_gold(tmp_path: Path, gold_text: str, where: str, words: str) -> None:
    posts, gold = files(tmp_path, gold_text=gold_text)
    code, output = run(str(posts), str(gold))
    assert code == 2
    assert f"{gold}{where}" in output and words in output


def test_bad_posts_file(tmp_path: Path) -> None:
    _, gold = files(tmp_path)
    posts = tmp_path / "other.csv"
    posts.write_text("a,b\n1,2\n", encoding="utf-8")
    code, output = run(str(posts), str(gold))
    assert code == 2 and f"{posts}:1" in output and "no text column" in output
    code, output = run(str(tmp_path / "missing.csv"), str(gold))
    assert code == 2 and "no such file" in output


DIGEST_POSTS = [
    ("2025-01-14 08:00", "Вночі дрони уразили нафтобазу в Енгельсі, на території пожежа."),
    ("2025-01-20 18:00", "Підсумки ударів по росії за останній тиждень (13.01–19.01): 13–14 січня: 🔴 Удар БПЛА – "
                         "нафтобаза в Енгельсі. 🔴 Удар БПЛА – завод у Казані."),
]


def test_a_digest_is_scored_on_all_it_says(tmp_path: Path) -> None:
    """A digest repeating a labelled post keeps that place in its own score: the store keeps one report of
    the two, but a post's score does not hang on which other posts the gold file labels."""
    posts = tmp_path / "posts.csv"
    with posts.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["datetime", "text_snippet"])
        writer.writerows(DIGEST_POSTS)
    line = {"drones": None, "missiles": None, "target": None, "object": None, "event_date": None,
            "energy_claim": False}
    strike = {**line, "datetime": DIGEST_POSTS[0][0], "key": DIGEST_POSTS[0][1][:50], "kind": "strike_on_russia",
              "regions": ["RU-SAR"]}
    digest = {**line, "datetime": DIGEST_POSTS[1][0], "key": DIGEST_POSTS[1][1][:50], "kind": "summary",
              "regions": ["RU-SAR", "RU-TA"]}
    for labelled in ([digest], [strike, digest]):
        gold = tmp_path / "gold.jsonl"
        gold.write_text("".join(json.dumps(each, ensure_ascii=False) + "\n" for each in labelled), encoding="utf-8")
        code, output = run(str(posts), str(gold), "--details")
        assert code == 0, output
        scores = json.loads(output)
        assert scores["region_recall"] == 1.0, scores["_errors"]
