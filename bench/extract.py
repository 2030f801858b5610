"""Throughput of `trucewatch extract` against the plain spaCy pipeline, on generated ~700-word articles;
with --posts, of the Russian/Ukrainian post reader against lemmatising every word of the same posts.

    python bench/extract.py --n 500
    python bench/extract.py --posts --n 2000

Articles are generated here from sentence templates (place names, weapons, targets, times, stances and
filler paragraphs), deterministically from --seed. Both pipelines read the same articles in the same run;
model loading is excluded from both timings. The last line is one JSON object:
{"n": ..., "articles_per_s": ..., "baseline_articles_per_s": ..., "words_per_article": ...,
 "cir_rows_per_s": ...} (the last: rows of ../shared/data/cir_events_2022 per second, null when absent), or with
--posts {"n": ..., "posts_per_s": ..., "baseline_posts_per_s": ..., "words_per_post": ...}. The post
baseline is pymorphy3 parsing each word of each post (no cache): the morphology the reader cannot do
without, so the ratio shows what the rest of the reading costs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article
from trucewatch.nlp.posts import Post, read_posts
from trucewatch.nlp.slavic.morph import analyser
from trucewatch.nlp.spacy_support import model

PLACES = [("Kharkiv", "Kharkiv region"), ("Sumy", "Sumy region"), ("Odesa", "Odesa region"),
          ("Zaporizhzhia", "Zaporizhzhia region"), ("Kryvyi Rih", "Dnipropetrovsk region"),
          ("Sloviansk", "Donetsk region"), ("Kherson", "Kherson region"), ("Poltava", "Poltava region"),
          ("Belgorod", "Belgorod region"), ("Kursk", "Kursk region"), ("Bryansk", "Bryansk region")]
WEAPONS = ["Shahed drones", "Iskander missiles", "KAB guided bombs", "artillery", "FPV drones", "cruise missiles"]
TARGETS = ["a substation", "a thermal power plant", "an oil refinery", "a residential building", "a hospital",
           "a railway depot", "a gas metering station", "port infrastructure", "a power line"]
TIMES = ["overnight", "on Tuesday night", "in the early hours of Sunday", "yesterday", "at 21:30 local time",
         "at 03:10 Moscow time", "an hour after the call"]
CLAIMANTS = ["the Ukrainian Air Force said", "the regional military administration said",
             "the Russian Defence Ministry claimed", "according to local officials", "the governor said"]
FILLER = [
    "Officials said repair crews were working to restore supplies to the affected districts.",
    "The statement gave no further details about the damage or the number of people affected.",
    "Residents described hearing several loud explosions before the power went out across the area.",
    "Emergency services said they had brought the fire under control by the morning.",
    "Analysts said the pattern of the attacks suggested an effort to overwhelm air defences.",
    "Negotiators were expected to meet again later in the week to discuss technical details of the pause.",
    "The claims could not be independently verified, and neither side provided imagery.",
    "Local authorities urged residents to stay in shelters until the all-clear was given.",
]


def article(number: int, rng: random.Random) -> Article:
    published = datetime(2025, 3, 19, 8, tzinfo=UTC) + timedelta(days=rng.randint(0, 40))
    sentences: list[str] = []
    while sum(len(s.split()) for s in sentences) < 700:
        if rng.random() < 0.35:
            place, region = rng.choice(PLACES)
            sentences.append(
                f"Russian {rng.choice(WEAPONS)} hit {rng.choice(TARGETS)} in {place}, {region}, "
                f"{rng.choice(TIMES)}, {rng.choice(CLAIMANTS)}."
            )
        else:
            sentences.append(rng.choice(FILLER))
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return Article(id=f"bench-{number}", text="\n\n".join(paragraphs), published_at=published, source="bench")


RU_REGIONS = ["Брянской", "Курской", "Белгородской", "Смоленской", "Тульской", "Воронежской", "Ростовской"]
UK_PLACES = ["у Саратові", "у Тамбовській області", "в Ростовській області", "у Брянську", "на Курщині"]
RU_NUMBERS = ["два", "три", "пять", "семь", "одиннадцать", "12", "24", "девять"]
POST_TEMPLATES = [
    "⚡️ В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены {n} украинских беспилотных "
    "летательных аппаратов над территорией {r} области и {m} над территорией {r2} области. 🔹 Минобороны России",
    "Около {h}.{mm} мск пресечена попытка киевского режима совершить террористическую атаку с применением БПЛА "
    "самолетного типа по объектам на территории Российской Федерации. Дежурными средствами ПВО украинский "
    "беспилотный летательный аппарат уничтожен над территорией {r} области.",
    "Сегодня ночью ВСУ атаковали беспилотниками подстанцию в {r} области, в результате атаки повреждено "
    "оборудование, возник пожар. Минобороны России",
    "🇺🇦 У ніч на {d} березня Сили оборони уразили нафтобазу {p}. Зафіксовано влучання та пожежу, горять "
    "резервуари. [🔸Підписатись](https://t.me/example)",
    "🗓 Главное за день. Министр обороны провел совещание. С {d} по {d2} марта нанесено {n} групповых ударов по "
    "объектам энергетики, обеспечивающим работу военно-промышленного комплекса.",
    "Расчеты самоходных гаубиц продолжают выполнять боевые задачи в зоне проведения специальной военной операции, "
    "поражая опорные пункты и живую силу противника.",
]


def post(number: int, rng: random.Random) -> Post:
    published = datetime(2025, 3, 19, 5, tzinfo=UTC) + timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 900))
    first, second = rng.sample(RU_REGIONS, 2)
    text = rng.choice(POST_TEMPLATES).format(
        n=rng.choice(RU_NUMBERS), m=rng.choice(RU_NUMBERS), r=first, r2=second, h=rng.randint(8, 22),
        mm=rng.choice(["00", "15", "30", "45"]), d=rng.randint(1, 14), d2=rng.randint(15, 28), p=rng.choice(UK_PLACES))
    return Post(id=f"bench-post-{number}", text=text, published_at=published, source="bench")


def posts_main(n: int, rng: random.Random) -> None:
    posts = [post(i, rng) for i in range(n)]
    words = sum(len(p.text.split()) for p in posts) / max(1, len(posts))
    read_posts(posts[:20])  # load the dictionaries and the gazetteer once
    started = time.perf_counter()
    read = read_posts(posts)
    ours = time.perf_counter() - started
    analysers = {"ru": analyser("ru"), "uk": analyser("uk")}
    started = time.perf_counter()
    for each in posts:
        morph = analysers["uk" if "У ніч" in each.text else "ru"]
        for word in each.text.split():
            morph.parse(word.strip(".,:;()«»"))
    baseline = time.perf_counter() - started
    summary = read.summary()
    print(f"trucewatch: {summary['reports']} reports and {summary['tallies']} tallies from {n} posts in "
          f"{ours:.2f} s; pymorphy3 on every word: {baseline:.2f} s", file=sys.stderr)
    print(json.dumps({
        "n": n,
        "posts_per_s": round(n / ours, 1),
        "baseline_posts_per_s": round(n / baseline, 1),
        "words_per_post": round(words),
        "reports": summary["reports"] + summary["tallies"],
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--posts", action="store_true", help="Russian/Ukrainian posts instead of articles.")
    parser.add_argument("--cir", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
                        / "cir_events_2022" / "events.csv",
                        help="monitor-map CSV whose rows (title + description) are also timed, when present")
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    if arguments.posts:
        posts_main(arguments.n, rng)
        return
    articles = [article(i, rng) for i in range(arguments.n)]
    words = sum(len(a.text.split()) for a in articles) / max(1, len(articles))
    anchors = {"the call": datetime(2025, 3, 18, 16, tzinfo=UTC)}

    extract_article(articles[0], anchors=anchors)  # load the gazetteer and spaCy objects once
    model()  # and the entity model, which only the first sentence that needs entities would load
    started = time.perf_counter()
    reports = sum(len(extract_article(a, anchors=anchors)) for a in articles)
    ours = time.perf_counter() - started

    baseline_nlp = model(full=True)
    list(baseline_nlp.pipe([articles[0].text]))
    started = time.perf_counter()
    for _ in baseline_nlp.pipe((a.text for a in articles), batch_size=32):
        pass
    baseline = time.perf_counter() - started

    cir_rate = None
    if arguments.cir.is_file():
        from trucewatch.nlp.evaluate import read_rows
        from trucewatch.nlp.evaluate_cir import CIR_COLUMNS, cir_text

        rows = read_rows(arguments.cir, ",", CIR_COLUMNS)
        short = [Article(id=f"cir-{i}", text=cir_text(row), source="bench") for i, row in enumerate(rows)]
        started = time.perf_counter()
        for each in short:
            extract_article(each)
        cir_rate = round(len(short) / (time.perf_counter() - started), 1)

    print(f"trucewatch: {reports} reports from {len(articles)} articles in {ours:.1f} s; "
          f"plain spaCy en_core_web_sm: {baseline:.1f} s", file=sys.stderr)
    print(json.dumps({
        "n": len(articles),
        "articles_per_s": round(len(articles) / ours, 1),
        "baseline_articles_per_s": round(len(articles) / baseline, 1),
        "words_per_article": round(words),
        "reports": reports,
        "cir_rows_per_s": cir_rate,
    }))


if __name__ == "__main__":
    main()
