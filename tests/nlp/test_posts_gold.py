"""The hand-labelled posts (tests/nlp/gold_posts): labels and 50-character keys only; the posts are read
from ../shared/data at test time. Floors sit a little under the scores measured (docs/extraction.md)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from trucewatch.api.text import eval_posts

GOLD = Path(__file__).parent / "gold_posts"
DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
POSTS = {
    "ru_mod": DATA / "ru_mod_telegram_2023_2024" / "mod_russia_2023_2024.csv",
    "ua_milblog": DATA / "ua_milblog_telegram" / "dronbomber.csv",
}
# (set, half) -> floors: region F1, drones exact, energy_claim F1, target accuracy, event_date accuracy
FLOORS = {
    ("ru_mod", "tuning"): (0.92, 0.97, 0.95, 0.95, 0.97),
    ("ru_mod", "check"): (0.92, 0.95, 0.85, 0.75, 0.88),
    ("ua_milblog", "tuning"): (0.93, None, 0.95, 0.95, 0.97),
    # region F1 0.842 after Rounds 8-10, 0.821 after Round 11 (docs/posts-rounds.md); 0.800 after Round 18, whose
    # first-person opinion rule ("Мені здається, …") takes the one strike a check post tells in such a sentence
    # (region, date, energy claim and target of that post lost; docs/posts.md "Known limits")
    ("ua_milblog", "check"): (0.79, None, 0.90, 0.80, 0.85),
    # labelled later from posts in neither half, to tune date and region resolution once the tuning half had
    # no errors left in them (docs/posts-rounds.md, "Round 2")
    ("ru_mod", "extra"): (0.95, 0.97, None, None, 0.97),
    # the blogger's 200 Round 8 labels, drawn like its check half, are harder: event_date 0.976 -> 0.942;
    # 0.931 / 0.953 in region F1 / event_date after Round 9 (800 labels), 0.940 / 0.957 after Round 10 (920),
    # 0.946 / 0.969 after Round 11 (1,040), 0.946 / 0.966 after Round 12 (1,120), 0.954 / 0.965 after Round 13 (1,200),
    # 0.954 / 0.966 after Round 14 (1,280), 0.950 / 0.961 after Round 15 (1,360; its 80 labels brought one energy
    # claim missed, target 0.912 -> 0.909), 0.947 / 0.957 after Round 16 (1,420; its 60 labels, scored 0.821 / 0.870
    # before that round's changes, brought the floors down: 0.945 / 0.957 on all 1,420 with Round 15's code),
    # 0.945 / 0.957 after Round 17 (1,480; its 60 labels scored 0.839 / 0.957 before that round's changes), 0.941 /
    # 0.960 after Round 18 (1,580; its 100 labels scored 0.745 / 0.897 before that round's changes, 0.932 / 0.954 on
    # all 1,580 with Round 17's code), 0.938 / 0.961 after Round 19 (1,680; its 100 labels scored 0.821 / 0.780
    # before that round's changes, 0.934 / 0.949 on all 1,680 with Round 18's code), 0.937 / 0.962 after Round 22
    # (1,860; its 100 labels scored 0.885 / 0.917 before that round's changes, 0.932 / 0.960 on all 1,860 with
    # Round 21's code)
    ("ua_milblog", "extra"): (0.93, None, 0.94, 0.90, 0.95),
}


def test_gold_files_hold_labels_and_keys_only() -> None:
    sizes = {}
    for path in sorted(GOLD.glob("*.jsonl")):
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        sizes[path.name] = len(lines)
        for line in lines:
            assert set(line) <= {"datetime", "key", "kind", "regions", "drones", "missiles", "energy_claim",
                                 "target", "object", "event_date", "note"}
            assert len(line["key"]) <= 50
            assert line["energy_claim"] == (line["target"] is not None)
    assert sizes["ru_mod.tuning.jsonl"] + sizes["ru_mod.check.jsonl"] >= 200
    assert sizes["ua_milblog.tuning.jsonl"] + sizes["ua_milblog.check.jsonl"] >= 100


@pytest.mark.shared_data
@pytest.mark.slow
@pytest.mark.parametrize(("name", "half"), sorted(FLOORS))
def test_gold_scores_hold(name: str, half: str) -> None:
    if not POSTS[name].exists():
        pytest.skip(f"needs the shared data file {POSTS[name]} (not present here)")
    scores = eval_posts(POSTS[name], GOLD / f"{name}.{half}.jsonl")
    assert scores["gold_unmatched"] == 0  # every label finds its post by datetime and key
    region, drones, energy, target, event_date = FLOORS[(name, half)]
    assert scores["region_f1"] >= region
    if drones is not None:
        assert scores["drones_exact"] >= drones
    if energy is not None:
        assert scores["energy_claim_f1"] >= energy
    if target is not None:
        assert scores["target_accuracy"] >= target
    assert scores["event_date_accuracy"] >= event_date


# posts written in the styles of channels the reader was not first tuned on (the Ukrainian air force, regional
# administrations, the grid operator and the energy ministry, the General Staff, Russian governors and newspapers),
# shipped with their labels (docs/posts-rounds.md, "Other channels' styles"); split in two by a hash of each key.
# After the fixes the tuning half's misses prompted: tuning 0.988 / 1.000 / 1.000 / 1.000 / 1.000, check 0.851 /
# 0.500 / 0.737 / 0.542 / 0.818 (the check half's misses are of other kinds, not looked at)
CHANNEL_FLOORS = {
    "tuning": (0.96, 0.95, 0.95, 0.95, 0.97),
    "check": (0.82, 0.45, 0.70, 0.50, 0.79),
}


@pytest.mark.parametrize("half", sorted(CHANNEL_FLOORS))
def test_channel_gold_scores_hold(half: str) -> None:
    scores = eval_posts(GOLD / "channels.csv", GOLD / f"channels.{half}.jsonl")
    assert scores["gold_unmatched"] == 0
    region, drones, energy, target, event_date = CHANNEL_FLOORS[half]
    assert scores["region_f1"] >= region
    assert scores["drones_exact"] >= drones
    assert scores["energy_claim_f1"] >= energy
    assert scores["target_accuracy"] >= target
    assert scores["event_date_accuracy"] >= event_date


# a second batch of 100 in the styles of more channels (the air force, oblast administrations and city heads, energy
# companies, the General Staff, the SBU and military intelligence, Russian governors, the MoD, agencies, Ukrainian news
# sites, Russian bloggers), labelled before any change it prompted (docs/posts-rounds.md, "More channels' styles"):
# kind 0.660, region F1 0.793, drones exact 0.550, energy F1 0.820, target 0.694, event_date 0.747 before; 0.940 /
# 0.954 / 1.000 / 0.986 / 0.972 / 0.976 after the fixes its misses prompted. Floors: kind, region F1, drones exact,
# energy_claim F1, target accuracy, event_date accuracy.
CHANNELS2_FLOORS = (0.91, 0.93, 0.95, 0.95, 0.94, 0.95)


# a third batch of 100 in the styles of yet more channels (the navy, the border guard, the emergency services, city
# heads, the grid operator, gas companies, OSINT channels, Russian governors, the Russian emergency ministry, pipeline
# and grid operators, war bloggers and agencies), written after the second batch's fixes and labelled before any
# change it prompted (docs/posts-rounds.md, "A third batch of channels' styles"): kind 0.690, region F1 0.856, drones
# exact 0.625, energy F1 0.821, target 0.767, event_date 0.813 before; 0.910 / 0.926 / 0.875 / 0.966 / 0.933 / 0.920
# after the fixes its misses prompted. Floors as for the second batch.
CHANNELS3_FLOORS = (0.88, 0.90, 0.85, 0.94, 0.90, 0.90)
# three batches in the style of the blogger channel, written for the project apart from the code (tests/nlp/gold_posts
# /README.md): first scores kind / region F1 / energy F1 / target / event_date 0.770 / 0.897 / 0.870 / 0.810 / 0.831
# (blogger4), 0.730 / 0.672 / 0.746 / 0.618 / 0.679 (blogger5), 0.830 / 0.807 / 0.727 / 0.588 / 0.760 (blogger6),
# 0.760 / 0.677 / 0.781 / 0.706 / 0.857 (blogger7, posts extractor 32);
# floors a little under what the reader reaches now (blogger4 0.90 / 0.949 / 0.93 / 0.914 / 0.952, blogger5 0.92 /
# 0.899 / 0.939 / 0.912 / 0.925, blogger6 0.94 / 0.941 / 0.938 / 0.882 / 0.96, blogger7 0.92 / 0.957 / 0.899 / 0.912 /
# 0.959 after extractor 34, chosen on its half 0). Drones exact is left out: 4 to 14 posts.
BLOGGER4_FLOORS = (0.88, 0.93, 0.0, 0.91, 0.89, 0.93)
BLOGGER5_FLOORS = (0.90, 0.88, 0.0, 0.92, 0.89, 0.90)
BLOGGER6_FLOORS = (0.92, 0.92, 0.0, 0.92, 0.86, 0.94)
BLOGGER7_FLOORS = (0.90, 0.93, 0.0, 0.88, 0.89, 0.94)
# blogger14, held out and scored once with posts reader 42 (kind 0.93, region F1 0.915, energy F1 0.972, target 0.944,
# event_date 0.938), then opened by half and read for the misses of its half 0 (docs/posts-rounds.md, "blogger14,
# half 0"): floors at what the reader reaches on the whole batch after that round
BLOGGER14_FLOORS = (0.96, 0.962, 0.0, 0.972, 0.944, 0.958)
# a regional channel's style (Sumy oblast), by a writer who never saw the code, scored once with posts reader 42
# before any change: kind 0.86, region F1 0.754, energy F1 0.955, target 0.941, event_date 0.925; after the fixes
# its half 0's misses led to (half 1 scored only as aggregates: docs/posts-rounds.md, "blogger17, a regional
# channel") 0.94 / 0.919 / 0.971 / 0.971 / 0.981; floors a little under that.
BLOGGER17_FLOORS = (0.92, 0.90, 0.0, 0.95, 0.95, 0.96)
# a chatty, emotional Ukrainian milblogger channel's style (regions by colloquial names or a town only, nights told
# later, memes and politics), by a writer who never saw the code, scored once with posts reader 43 before any change:
# kind 0.85, region F1 0.901, energy F1 0.886, target 0.824, event_date 0.941; after the fixes its half 0's misses
# led to (half 1 scored only as aggregates: docs/posts-rounds.md, "blogger18, half 0") 0.93 / 0.915 / 0.941 / 0.882
# / 0.98; floors a little under that.
BLOGGER18_FLOORS = (0.91, 0.89, 0.0, 0.92, 0.86, 0.96)
# a Russian-language pro-Kremlin war correspondent's channel, by a writer who never saw the code, held out and scored
# once with posts reader 43 (kind 0.59, region F1 0.73, energy F1 0.754, target 0.605, event_date 0.611); after the
# fixes its half 0's misses led to (half 1 scored only as aggregates: docs/posts-rounds.md, "blogger16, half 0") 0.85
# / 0.868 / 0.93 / 0.868 / 0.87; floors a little under that (0.86 / 0.909 / 0.959 / 0.921 / 0.907 after
# blogger20's half 0, the floors left as they were).
BLOGGER16_FLOORS = (0.83, 0.85, 0.0, 0.91, 0.85, 0.85)
# a chatty, emotional Ukrainian-language milblogger channel (surzhyk and slang, nights told days later, regions by
# nicknames or a town only, a refinery by its town), by a writer who never saw the code, scored once with posts
# reader 44 before any change: kind 0.87, region F1 0.926, energy F1 0.848, target 0.818, event_date 0.923; after the
# fixes its half 0's misses led to (half 1 scored only as aggregates: docs/posts-rounds.md, "blogger19, a chatty
# Ukrainian-language channel") 0.96 / 0.983 / 0.941 / 0.97 / 0.981; floors a little under that.
BLOGGER19_FLOORS = (0.94, 0.96, 0.0, 0.92, 0.94, 0.96)
# a Russian-language Ukrainian news aggregator channel of the south (Odesa, Mykolaiv, Kherson: "россияне",
# "оккупанты", "наши ПВО", next-morning follow-ups, outages, strikes on Crimea and Russia reposted), by a writer who
# never saw the code, scored once with posts reader 44 before any change: kind 0.70, region F1 0.796, energy F1
# 0.776, target 0.633, event_date 0.673; after the fixes its half 0's misses led to (half 1 scored only as aggregates:
# docs/posts-rounds.md, "blogger20, a Russian-language Ukrainian channel") 0.88 / 0.903 / 0.909 / 0.80 / 0.885;
# floors a little under that.
BLOGGER20_FLOORS = (0.86, 0.88, 0.0, 0.89, 0.78, 0.86)
# the project's real Ukrainian milblogger channel's style (surzhyk, emoji, bold headlines, Russian oblasts in Ukrainian
# cases, several regions in one post, dates told in every way), by a writer who never saw the code, scored once with
# posts reader 45 before any change: kind 0.85, region F1 0.906, energy F1 0.909, target 0.972, event_date 0.981;
# after the fixes its half 0's misses led to (half 1 scored only as aggregates: docs/posts-rounds.md, "blogger22, the
# real channel's style, dates and regions") 0.93 / 0.945 / 0.959 / 0.972 / 0.981; floors at that level. One label
# brought to docs/posts.md's Round 24 (2026-12-05: a blame-shifting denial of the Sudzha station is a strike there):
# its kind, region and energy claim now read right, its day not (the week since the army left, told in the same
# sentence, is taken): event_date 0.962.
BLOGGER22_FLOORS = (0.93, 0.94, 0.0, 0.95, 0.97, 0.96)
# a public Ukrainian-language milblogger channel following drone strikes on Russia closely (towns' refineries and
# depots, governors mocked, the General Staff's and the Russian ministry's counts), by a writer who never saw the
# code, written with blogger19 and blogger20 and held out: scored once with the day's last code (posts reader 45, main
# 5aac5ae), its misses not read: kind 0.81, region F1 0.871, drones 0.833, energy F1 0.914, target 0.861, event_date
# 0.902; floors that first score, so that later work shows whether it carries over
BLOGGER21_FLOORS = (0.81, 0.87, 0.83, 0.91, 0.86, 0.90)
# a Ukrainian-language regional and front-line news channel's style (regional military administrations' mornings with
# hromadas and villages shelled, the Air Force's summaries, Russian governors' claims translated, drones on Russian
# refineries and depots by town, several regions in one post, dates told in every way), by a writer who never saw the
# code, scored once with posts reader 45 (main 9cf7245) before any change: kind 0.78, region F1 0.896, energy F1 0.949,
# target 0.895, event_date 0.875 (docs/posts-rounds.md, "blogger23, a regional news channel's tallies, dates and
# kinds"); two labels of "минулої доби" / "протягом доби" that had the day before were set to the post's day by
# docs/posts.md's convention (event_date 0.875 -> 0.911 with the same code); after the fixes its half 0's misses led
# to (half 1 scored only as aggregates) 0.88 / 0.936 / 0.974 / 0.895 / 0.929; floors at that level
BLOGGER23_FLOORS = (0.88, 0.93, 0.0, 0.97, 0.89, 0.92)
# the project's real Ukrainian milblogger channel's style again (surzhyk and Russian, emoji, bold headlines, towns,
# colloquial regions, oblasts in Ukrainian cases or only an object named, several regions in one post, denials, many
# non-events, dates told in every way or not at all), by a writer who never saw the code, scored once with posts
# reader 45 (main 6af89c0) before any change: kind 0.84, region F1 0.826, energy F1 0.845, target 0.70, event_date
# 0.843 (docs/posts-rounds.md, "blogger25, the real channel's style again: kinds, regions and dates"); after the fixes
# its half 0's misses led to (half 1 scored only as aggregates, unmoved) 0.91 / 0.89 / 0.877 / 0.75 / 0.941; floors at
# that level
BLOGGER25_FLOORS = (0.91, 0.89, 0.0, 0.87, 0.75, 0.94)
# blogger24: 100 posts in the style of the real Ukrainian milblogger channel, by a writer who never saw the code,
# written with blogger23 and held out: scored once with the day's last code (posts reader 46, main f0f01d9), its misses
# not read: kind 0.89, region F1 0.914, drones 0.60, energy F1 0.889, target 0.838, event_date 0.942; floors that first
# score, so that later work shows whether it carries over
BLOGGER24_FLOORS = (0.89, 0.91, 0.6, 0.88, 0.83, 0.94)
# blogger27: 100 posts in the style of a Russian-language pro-Russian war-correspondent channel, by a writer who never
# saw the code, written with blogger26 and held out: scored once with the session's last code (posts reader 47, main
# 8e34336), its misses not read: kind 0.73, region F1 0.738, drones 0.692, energy F1 0.698, target 0.512, event_date
# 0.643; later read by half (half 0's misses read, half 1 scored only as aggregates: docs/posts-rounds.md,
# "blogger27, half 0: …"): after the fixes 0.80 / 0.786 / 0.692 / 0.794 / 0.634 / 0.768; floors at that level
BLOGGER27_FLOORS = (0.80, 0.78, 0.69, 0.79, 0.63, 0.76)
# blogger26: the real Ukrainian milblogger channel's style with the emphasis on where and when (towns, raions, objects,
# colloquial regions, regions in Ukrainian cases, dates told every way or not at all), by a writer who never saw the
# code, scored once with posts reader 46 (main 78a0b46) before any change: kind 0.94, region F1 0.923, energy F1
# 0.955, target 0.914, event_date 0.92 (0.94 once one label of "минулої доби" was set to the post's day by
# docs/posts.md's convention); after the fixes its half 0's misses led to (half 1 scored only as aggregates:
# docs/posts-rounds.md, "blogger26, where and when in the real channel's style") 0.97 / 0.97 / 0.986 / 0.971 / 1.0;
# floors at that level
BLOGGER26_FLOORS = (0.97, 0.97, 0.0, 0.98, 0.97, 1.0)
# blogger28: a Russian-language pro-Russian war-correspondent ("военкор") channel's style (emoji, "Срочно", governors
# on Ukrainian drones over their regions, the ministry's tallies, the channel's own reports of Russian strikes on
# Ukrainian cities and energy by their Russian names, "киевский режим" accused of breaking the energy moratorium, many
# non-events), by a writer who never saw the code, scored once with posts reader 46 (main 11ccca4) before any change:
# kind 0.73, region F1 0.807, energy F1 0.783, target 0.643, event_date 0.648; after the fixes its half 0's misses
# led to (half 1 scored only as aggregates: docs/posts-rounds.md, "blogger28, a Russian war-correspondent channel")
# 0.87 / 0.88 / 0.902 / 0.821 / 0.796; floors at that level
BLOGGER28_FLOORS = (0.87, 0.88, 0.0, 0.90, 0.82, 0.79)
# blogger32: a fresh batch in blogger27's style (a Russian-language pro-Russian war-correspondent channel), by a
# writer who never saw the code, first scored by the lead (main a0bf41d, posts reader 47): kind
# 0.87, region F1 0.888, energy F1 0.907, target 0.805, event_date 0.868; with branch posts-ru27's rules (its half 0
# read only for a drop, half 1 scored as aggregates: docs/posts-rounds.md, "blogger32, ..."): 0.88 / 0.885 / 0.833 /
# 0.921 / 0.829 / 0.887; floors at that level
BLOGGER32_FLOORS = (0.88, 0.88, 0.83, 0.92, 0.82, 0.88)
# blogger29: Ukrainian official channels as an aggregator reposts them (regional military administrations' summaries by
# raion and hromada, the Air Force's tallies, Ukrenergo's and oblenergos' outages, the State Emergency Service, the
# General Staff's strikes on Russia, the energy ministry's moratorium accusations), by a writer who never saw the code,
# scored once with posts reader 47-to-be (main c4c4f8b) before any change: kind 0.96, region F1 0.929, drones 0.75,
# energy F1 0.954, target 0.882, event_date 0.909 (docs/posts-rounds.md, "blogger29, Ukrainian official channels
# reposted"); two labels of "протягом (минулої) доби" that had the day before were set to the post's day by
# docs/posts.md's convention (event_date 0.909 -> 0.945 with the same code); after the fixes its half 0's misses led to
# (half 1 scored only as aggregates, unmoved) 0.97 / 0.935 / 0.75 / 0.97 / 0.912 / 0.964; floors at that level
BLOGGER29_FLOORS = (0.97, 0.93, 0.75, 0.97, 0.91, 0.96)
# blogger30: the real Ukrainian milblogger channel's style once more, the emphasis on regions (every region named as
# struck, several per post, colloquial names, Ukrainian cases, Russian towns in either spelling; regions named only as
# launch sites, flight paths, a governor's seat or where people fled, not labelled) and dates ("цієї ночі", "вночі",
# "позавчора", weekdays, "у ніч проти", digits, posts just after midnight, or none), by a writer who never saw the
# code, scored once with posts reader 46 plus that afternoon's rounds (main 2b720bf) before any change: kind 0.90,
# region F1 0.886, drones 0.667, energy F1 0.873, target 0.737, event_date 0.882 (docs/posts-rounds.md, "blogger30,
# regions and dates in the real channel's style"); after the fixes its half 0's misses led to (half 1 scored only as
# aggregates, unmoved) 0.92 / 0.901 / 0.667 / 0.904 / 0.789 / 0.902; floors at that level
BLOGGER30_FLOORS = (0.92, 0.90, 0.66, 0.90, 0.78, 0.90)
# blogger33: 80 posts in the real Ukrainian milblogger channel's style, the emphasis on where and when (towns alone,
# colloquial regions, Moscow city and oblast, occupied Crimea and Sevastopol, a tanker in the Sea of Azov; launch sites,
# flight paths and a retracted town not labelled; nights, weekdays, "у ніч на 12-те", posts just after midnight), by a
# writer who never saw the code, scored once by the lead with posts reader 47 (main d14d8b3) before any change: kind
# 0.963, region F1 0.936, drones 0.8, energy F1 0.955, target 0.829, event_date 0.951 (docs/posts-rounds.md,
# "blogger33, where and when in the real channel's style"); after the fixes its half 0's misses led to (half 1 scored
# only as aggregates, unmoved) 0.988 / 0.954 / 0.8 / 0.986 / 0.886 / 0.976; floors at that level
BLOGGER33_FLOORS = (0.98, 0.95, 0.8, 0.98, 0.88, 0.97)
# blogger34: 100 posts in the real Ukrainian milblogger channel's style on the line between a post that reports a strike
# and one that only talks of strikes (analysis, old strikes recalled, the other side's claims mocked, fundraising,
# questions, corrections, retractions), by a writer who never saw the code, scored once with posts reader 62 (main
# 2fb2979) before any change: kind 0.80, region F1 0.823, drones 0.2, energy F1 0.892, target 0.914, event_date 0.92
# (docs/posts-rounds.md, "blogger34, a strike or talk of one"); after the fixes its half 0's misses led to (half 1
# scored only as aggregates, unmoved) 0.91 / 0.941 / 0.8 / 0.944 / 0.971 / 0.98; floors at that level
BLOGGER34_FLOORS = (0.91, 0.94, 0.8, 0.94, 0.97, 0.98)
# blogger35: 100 posts in the real Ukrainian milblogger channel's style, the ordinary mix of its posts, by a writer who
# never saw the code, scored once with posts reader 63 (main 925ce4e) before any change: kind 0.91, region F1 0.879,
# drones 0.6, energy F1 0.944, target 0.917, event_date 0.92 (docs/posts-rounds.md, "blogger35"); after the fixes its
# half 0's misses led to (half 1 scored only as aggregates, region F1 0.938 -> 0.947) 0.97 / 0.966 / 0.7 / 0.971 /
# 0.944 / 0.96; floors at that level
BLOGGER35_FLOORS = (0.97, 0.96, 0.7, 0.97, 0.94, 0.96)
# blogger36: 60 posts in the real Ukrainian milblogger channel's style, the ordinary mix, by a writer who never saw the
# code (the writer's Kyiv times converted to UTC before the first score), scored once with posts reader 65 (main
# eae5111) and not read: kind 0.817, region F1 0.811, drones 0.778, energy F1 0.941, target 0.96, event_date 0.967
# (docs/posts-rounds.md, "blogger36, held out"); then its half 0's misses read (posts reader 66, half 1 scored only as
# aggregates, unmoved): 0.85 / 0.855 / 0.778 / 0.962 / 1.0 / 0.967; floors at that level
BLOGGER36_FLOORS = (0.85, 0.85, 0.77, 0.96, 1.0, 0.96)
# blogger37: 60 more posts the same way, by another writer commissioned beside blogger36 who never saw the code and
# delivered after that stop's final checks (Kyiv times converted to UTC), scored once with posts reader 65 (main
# 93e60a4) and not read: kind 0.85, region F1 0.871, drones 0.706, energy F1 0.982, target 0.931, event_date 0.944
# (docs/posts-rounds.md, "blogger37, held out"); then its half 0's misses read (posts reader 66, half 1 scored only as
# aggregates: region F1 and date unmoved, drones exact 1.0): 0.917 / 0.947 / 1.0 / 1.0 / 0.966 / 1.0; floors at that
# level
BLOGGER37_FLOORS = (0.91, 0.94, 1.0, 1.0, 0.96, 1.0)
# blogger38: 60 more posts with the same brief by a third writer who never saw the code (commissioned 2026-12-05, Kyiv
# times converted to UTC), scored once with posts reader 71 (main db0a56f) and not read: kind 0.867, region F1 0.739,
# drones 1.0 (5), energy F1 0.88, target 0.88, event_date 0.871 (docs/posts-rounds.md, "blogger38, held out"); floors
# at that score; then its half 0's misses read (posts reader 72, half 1 scored only as aggregates, unmoved): 0.917 /
# 0.787 / 1.0 / 0.92 / 0.92 / 0.903; floors at that level
BLOGGER38_FLOORS = (0.91, 0.78, 1.0, 0.92, 0.92, 0.9)
# blogger39: 60 more posts with the same brief by a fourth writer who never saw the code (commissioned 2026-12-05, Kyiv
# times converted to UTC by the writer), scored once with posts reader 73 (main 46c3324) and not read: kind 0.883,
# region F1 0.911 (P 0.902, R 0.92), drones 0.75 (4), energy F1 0.92, target 0.92, event_date 0.933
# (docs/posts-rounds.md, "blogger39, held out"); then its half 0's misses read (posts reader 74, half 1 scored only as
# aggregates, unmoved): kind 0.917, region F1 0.949, the rest the same; floors at that level
BLOGGER39_FLOORS = (0.91, 0.94, 0.75, 0.92, 0.92, 0.93)
# blogger40: 60 more posts with the same brief by a fifth writer who never saw the code (commissioned 2026-12-05, times
# in UTC by the writer), scored once with posts reader 74 (main 6c5af76) and not read: kind 0.85, region F1 0.882 (P
# 0.932, R 0.837), drones 0.429 (7), energy F1 0.902, target 0.92, event_date 0.867 (docs/posts-rounds.md, "blogger40,
# held out"); floors at that score; then its half 0's misses read (posts reader 75, half 1 scored only as aggregates,
# unmoved): 0.917 / 0.969 / 0.429 / 0.941 / 0.96 / 0.9; floors at that level
BLOGGER40_FLOORS = (0.91, 0.96, 0.42, 0.94, 0.96, 0.9)
# blogger41 and blogger42: 60 posts each with the same brief by a sixth and a seventh writer who never saw the code
# (commissioned 2026-12-05, times in UTC by the writers; blogger42 with more reposted official words and posts on
# several nights or regions), scored once with posts reader 76 (main af9dd78) and not read (docs/posts-rounds.md,
# "blogger41 and blogger42, held out"): kind 0.85 and 0.833, region F1 0.923 and 0.94, drones 0.875 (8) and 0.833 (6),
# energy F1 0.936 and 0.917, target 0.88 and 0.84, event_date 0.935 and 0.935; then their half 0's misses read (posts
# reader 77, half 1 scored only as aggregates, unmoved): 0.90 / 0.94 / 1.0 / 0.958 / 0.92 / 0.968 and 0.917 / 0.948 /
# 0.833 / 0.917 / 0.84 / 0.935; floors at that level
BLOGGER41_FLOORS = (0.9, 0.94, 0.87, 0.95, 0.92, 0.96)
BLOGGER42_FLOORS = (0.91, 0.94, 0.83, 0.91, 0.84, 0.93)
# blogger43 (the ordinary mix, an eighth writer) and blogger44 (the ordinary mix with the emphasis on when, a ninth):
# 60 posts each by writers who never saw the code (commissioned 2026-12-05, times in UTC), scored once with posts reader
# 77 (main 7def276) and not read (docs/posts-rounds.md, "blogger43 and blogger44, held out"): kind 0.867 and 0.833,
# region F1 0.884 and 0.891, drones 0.6 (5) and 0.625 (8), energy F1 0.939 and 0.939, target 0.84 and 0.92, event_date
# 0.967 and 0.839; then their half 0's misses read (posts reader 78, half 1 scored only as aggregates): 0.933 / 0.903 /
# 0.8 / 0.958 / 0.84 / 0.967 and 0.883 / 0.901 / 0.875 / 0.939 / 0.92 / 0.839; floors at that level
BLOGGER43_FLOORS = (0.93, 0.9, 0.8, 0.95, 0.84, 0.96)
BLOGGER44_FLOORS = (0.88, 0.9, 0.87, 0.93, 0.92, 0.83)
# blogger45 (the ordinary mix, a tenth writer with the brief), 60 posts, commissioned 2026-12-05, scored once with posts
# reader 78 (main 5ddefbb) and not read (docs/posts-rounds.md, "blogger45, held out"): kind 0.883, region F1 0.881,
# drones 0.667 (3), energy F1 0.92, target 0.92, event_date 1.0; then its half 0's misses read (posts reader 79, half 1
# scored only as aggregates, unmoved): kind 0.917, region F1 0.889; floors at that level
BLOGGER45_FLOORS = (0.91, 0.88, 0.66, 0.92, 0.92, 1.0)
# blogger46 (the ordinary mix, an eleventh writer with the brief), 60 posts, commissioned 2026-12-05, scored once with
# posts reader 79 (main d0858d2) and not read (docs/posts-rounds.md, "blogger46, held out"): kind 0.95, region F1 0.935,
# drones 0.4 (5), energy F1 0.923, target 0.923, event_date 1.0; floors at that score
BLOGGER46_FLOORS = (0.95, 0.93, 0.4, 0.92, 0.92, 1.0)
# blogger47 (the ordinary mix, a twelfth writer with the brief) and blogger48 (the ordinary mix, a thirteenth, with more
# posts telling one night's strikes across regions and more written the morning after), 60 posts each, commissioned
# 2026-12-05, scored once with posts reader 80 (main 36a5cc0) and not read (docs/posts-rounds.md, "blogger47 and
# blogger48, held out"): kind 0.933 / 0.90, region F1 0.98 / 0.944, drones 0.6 (5) / 0.8 (5), energy F1 0.98 / 0.981,
# target 0.88 / 0.962, event_date 0.967 / 0.933; floors at that score
BLOGGER47_FLOORS = (0.93, 0.98, 0.6, 0.98, 0.88, 0.96)
BLOGGER48_FLOORS = (0.9, 0.94, 0.8, 0.98, 0.96, 0.93)
# blogger49 (the ordinary mix, a fourteenth writer with the brief) and blogger50 (the ordinary mix, a fifteenth, with
# more posts reposting official words with the blogger's comment), 60 posts each, commissioned 2026-12-05, scored once
# with posts reader 80 (main da176b8) and not read (docs/posts-rounds.md, "blogger49 and blogger50, held out"): kind
# 0.85 / 0.917, region F1 0.837 / 0.851, drones 0.667 (3) / 0.714 (7), energy F1 0.936 / 1.0, target 0.88 / 0.96,
# event_date 0.833 / 1.0; floors at that score
BLOGGER49_FLOORS = (0.85, 0.83, 0.66, 0.93, 0.88, 0.83)
BLOGGER50_FLOORS = (0.91, 0.85, 0.71, 1.0, 0.96, 1.0)
# blogger51 (the ordinary mix, a sixteenth writer with the brief) and blogger52 (the ordinary mix, a seventeenth, with
# more posts on Russian strikes on Ukraine's energy), 60 posts each, commissioned 2026-12-05, scored once with posts
# reader 81 (main e91715e) and not read (docs/posts-rounds.md, "blogger51 and blogger52, held out"): kind 0.917 / 0.867,
# region F1 0.926 / 0.904, drones 0.75 (4) / 0.833 (6), energy F1 0.864 / 0.963, target 0.792 / 0.962, event_date
# 0.968 / 1.0; floors at that score
BLOGGER51_FLOORS = (0.91, 0.92, 0.75, 0.86, 0.79, 0.96)
BLOGGER52_FLOORS = (0.86, 0.90, 0.83, 0.96, 0.96, 1.0)
# blogger53 and blogger54 (the ordinary mix, an eighteenth and a nineteenth writer with the brief), 60 posts each,
# commissioned 2026-12-05, scored once with posts reader 82 (main 42ac782) and not read (docs/posts-rounds.md,
# "blogger53 and blogger54, held out"): kind 0.90 / 0.933, region F1 0.907 / 0.876, drones 0.5 (4) / 0.333 (6), energy
# F1 0.913 / 0.96, target 0.84 / 0.92, event_date 0.839 / 0.967; floors at that score
BLOGGER53_FLOORS = (0.9, 0.9, 0.5, 0.91, 0.84, 0.83)
BLOGGER54_FLOORS = (0.93, 0.87, 0.33, 0.96, 0.92, 0.96)
# blogger55 (the ordinary mix, a twentieth writer with the brief), 60 posts, commissioned 2026-12-06, scored once with
# posts reader 84 (main 2513454) and not read (docs/posts-rounds.md, "blogger55, held out"): kind 0.917, region F1
# 0.909, drones 0.80 (10), energy F1 0.894, target 0.692, event_date 0.90; floors at that score
BLOGGER55_FLOORS = (0.91, 0.9, 0.8, 0.89, 0.69, 0.9)
# blogger56 (the ordinary mix with more official words passed on, a twenty-first writer with the brief), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 84 (main 5f34d54) and not read (docs/posts-rounds.md,
# "blogger56, held out"): kind 0.817, region F1 0.881, drones 0.769 (13), energy F1 0.936, target 0.80,
# event_date 0.867; floors at that score
BLOGGER56_FLOORS = (0.81, 0.88, 0.76, 0.93, 0.8, 0.86)
# blogger57 (the ordinary mix, nights retold days later and towns by older names, a twenty-second writer with the
# brief) and blogger58 (the ordinary mix, more Russian strikes on Ukraine's energy and the moratorium's quarrels, a
# twenty-third), 60 posts each, commissioned 2026-12-06, scored once with posts reader 85 (main 6a533c3) and not read
# (docs/posts-rounds.md, "blogger57 and blogger58, held out"): kind 0.817 / 0.883, region F1 0.892 / 0.885, drones
# 1.0 (7) / 0.571 (7), energy F1 0.941 / 0.917, target 0.846 / 0.808, event_date 0.90 / 0.903; floors at that score
BLOGGER57_FLOORS = (0.81, 0.89, 1.0, 0.94, 0.84, 0.9)
BLOGGER58_FLOORS = (0.88, 0.88, 0.57, 0.91, 0.8, 0.9)
# blogger59 (the ordinary mix, more strikes in occupied Ukrainian areas and installed officials quoted in Russian, a
# twenty-fourth writer with the brief) and blogger60 (the ordinary mix, time told loosely and several regions named at
# once, a twenty-fifth), 60 posts each, commissioned 2026-12-06, scored once with posts reader 87 (main be8a8c0) and not
# read (docs/posts-rounds.md, "blogger59 and blogger60, held out"): kind 0.767 / 0.833, region F1 0.73 / 0.838, drones
# 0.778 (9) / 0.80 (15), energy F1 0.92 / 0.941, target 0.846 / 0.885, event_date 0.967 / 0.875; floors at that score
BLOGGER59_FLOORS = (0.76, 0.73, 0.77, 0.92, 0.84, 0.96)
BLOGGER60_FLOORS = (0.83, 0.83, 0.8, 0.94, 0.88, 0.87)
# blogger61 (the ordinary mix, more posts just after midnight about the night before, more of the truce's mutual
# accusations and the Russian MoD quoted in Russian, a twenty-sixth writer with the brief) and blogger62 (the ordinary
# mix, more strikes far inside Russia on refineries and depots by name, places flown over or seen from, a
# twenty-seventh), 60 posts each, commissioned 2026-12-06, scored once with posts reader 89 (main cb95ad6) and not read
# (docs/posts-rounds.md, "blogger61 and blogger62, held out"): kind 0.817 / 0.933, region F1 0.864 / 0.832, drones
# 0.889 (9) / 0.75 (8), energy F1 0.945 / 0.96, target 0.926 / 0.84, event_date 0.879 / 0.968; floors at that score
BLOGGER61_FLOORS = (0.81, 0.86, 0.88, 0.94, 0.92, 0.87)
BLOGGER62_FLOORS = (0.93, 0.83, 0.75, 0.96, 0.84, 0.96)
# blogger63 (the ordinary mix, more Russian strikes on cities and the grid told with the administrations', Ukrenergo's
# and the Air Force's words, places only alerted or where debris fell, a twenty-eighth writer with the brief) and
# blogger64 (the ordinary mix, more Crimea and the Black Sea, memes and fundraisers naming places, corrections, a
# twenty-ninth), 60 posts each, commissioned 2026-12-06, scored once with posts reader 90 (main 0f8752a) and not read
# (docs/posts-rounds.md, "blogger63 and blogger64, held out"): kind 0.883 / 0.917, region F1 0.905 / 0.882, drones
# 0.833 (12) / 1.0 (8), energy F1 0.936 / 0.92, target 0.84 / 0.88, event_date 0.967 / 1.0; floors at that score
BLOGGER63_FLOORS = (0.88, 0.9, 0.83, 0.93, 0.84, 0.96)
BLOGGER64_FLOORS = (0.91, 0.88, 1.0, 0.92, 0.88, 1.0)
# blogger65 (the ordinary mix, several strikes of one night in one post, Russian governors and the MoD quoted in
# Russian, dates as weekdays, a thirtieth writer with the brief), 60 posts, commissioned 2026-12-06, scored once with
# posts reader 91 (main 69295bd) and not read (docs/posts-rounds.md, "blogger65 and blogger66, held out"): kind 0.917,
# region F1 0.91, drones 0.533 (15), energy F1 0.941, target 0.92, event_date 0.903; floors at that score
BLOGGER65_FLOORS = (0.91, 0.91, 0.53, 0.94, 0.92, 0.9)
# blogger66 (the ordinary mix, more of the truce's quarrels and lists of alleged violations, Russian strikes on gas in
# the west, towns of Belarus and Moldova in passing, a thirty-first writer), 60 posts, commissioned 2026-12-06, scored
# once with posts reader 91 (main 69295bd) and not read: kind 0.85, region F1 0.868, drones 0.818 (11), energy F1 0.96,
# target 0.80, event_date 0.935; floors at that score
BLOGGER66_FLOORS = (0.85, 0.86, 0.81, 0.96, 0.8, 0.93)
# blogger67 (the ordinary mix, more Russian strikes on cities of the east and south with casualties, Ukrainian strikes
# on Russian depots, airfields and border villages, dates told by a holiday or another event, a thirty-second writer),
# 60 posts, commissioned 2026-12-06, scored once with posts reader 93 (main 2f64a3a) and not read: kind 0.95, region F1
# 0.954, drones 1.0 (7), energy F1 0.889, target 0.792, event_date 1.0 (30); floors at that score
BLOGGER67_FLOORS = (0.95, 0.95, 1.0, 0.88, 0.79, 1.0)
# blogger68 (the ordinary mix, more reports passed on from other channels and local publics, corrections of an earlier
# post's place or time, the Russian MoD's per-region counts quoted in Russian, a few posts wholly in Russian, a
# thirty-third writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 93 (main 2f64a3a) and not
# read: kind 0.867, region F1 0.929, drones 0.692 (13), energy F1 0.962, target 0.846, event_date 0.906; floors there
BLOGGER68_FLOORS = (0.86, 0.92, 0.69, 0.96, 0.84, 0.9)
# blogger69 (the ordinary mix, more Russian strikes on railways, bridges and ports, villages with their hromada or
# raion, evening posts about the night before, a thirty-fourth writer), 60 posts, commissioned 2026-12-06, scored once
# with posts reader 94 (main 346b97f) and not read: kind 0.833, region F1 0.755, drones 0.75 (8), energy F1 0.917,
# target 0.80, event_date 0.903 (31); floors at that score
BLOGGER69_FLOORS = (0.83, 0.75, 0.75, 0.91, 0.8, 0.9)
# blogger70 (the ordinary mix, more strikes on Russian oil export terminals, pipelines and pumping stations, satellite
# fire data, times in Moscow time, a thirty-fifth writer), 60 posts, commissioned 2026-12-06, scored once with posts
# reader 94 (main 079b8f9) and not read: kind 0.867, region F1 0.909, drones 0.889 (9), energy F1 0.92, target 0.808,
# event_date 0.933 (30); floors at that score
BLOGGER70_FLOORS = (0.86, 0.9, 0.88, 0.92, 0.8, 0.93)
# blogger71 (the ordinary mix, more Russian glide-bomb and missile strikes on Sumy, Kharkiv and Zaporizhzhia with the
# air force's counts, the Easter and Victory Day truces, places on a town's edge, a thirty-sixth writer), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 95 (main f1ecf1f) and not read: kind 0.867, region F1 0.906,
# drones 0.9 (10), energy F1 0.917, target 0.917, event_date 0.862 (29); floors at that score
BLOGGER71_FLOORS = (0.86, 0.9, 0.9, 0.91, 0.91, 0.86)
# blogger72 (the ordinary mix, more strikes on Russian regions with the governor's per-district counts in Russian,
# dates as numbers, nights of two or three refineries, a thirty-seventh writer), 60 posts, commissioned 2026-12-06,
# scored once with posts reader 95 (main f1ecf1f) and not read: kind 0.917, region F1 0.924, drones 0.526 (19), energy
# F1 0.917, target 0.84, event_date 0.968 (31); floors at that score
BLOGGER72_FLOORS = (0.91, 0.92, 0.52, 0.91, 0.84, 0.96)
# blogger73 (more Russian strikes on Ukraine's gas production and storage, thermal plants and substations in the west
# told with Ukrenergo's and Naftogaz's words and the Air Force's counts, posts on outage schedules that name no
# strike, and places given by their hromada or as a village with its oblast, thirty-eighth writer), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 97 (main 55de519) and not read: kind 0.817, region F1 0.901,
# drones 0.9 (10), energy F1 0.898, target 0.769, event_date 0.839 (31); floors at that score
BLOGGER73_FLOORS = (0.81, 0.9, 0.9, 0.89, 0.76, 0.83)
# blogger74 (more posts on strikes on Russian ports and ships — Novorossiysk, Tuapse, Taman, Kavkaz port, Ust-Luga —
# and on Crimea, the Russian ministry's counts quoted in Russian, times told as 'минулої доби' or a clock range, and
# posts that tell a strike and mock the other side's claim in the same post, thirty-ninth writer), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 98 (main ba76561) and not read: kind 0.883, region F1 0.911,
# drones 0.75 (12), energy F1 0.939, target 0.917, event_date 0.969 (32); floors at that score, but event_date at
# 0.93: with reader 99 an air-raid alert with "вибухів ніде не було" in its read half no longer places Pskov nor reads
# as a strike, and as `other` it gives no day, where its writer dated the alert (one post, two wrong fields to one)
BLOGGER74_FLOORS = (0.88, 0.91, 0.75, 0.93, 0.91, 0.93)
# blogger75 (more Russian strikes on the north-east — Kharkiv, Sumy and Chernihiv oblasts' border hromadas, CHPs and
# substations — more drone strikes on the Volga region's refineries and depots, governors quoted in Russian, counts
# per region one after another, and posts that correct or retract an earlier one, fortieth writer), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 101 (main 48eeab6) and not read: kind 0.917, region F1 0.936,
# drones 0.5 (4), energy F1 0.943, target 0.88, event_date 0.871 (31); floors at that score
BLOGGER75_FLOORS = (0.91, 0.93, 0.5, 0.94, 0.88, 0.87)
# blogger76 (more posts written just after midnight or the next morning about the evening before, dates told by
# weekday or 'позавчора', posts naming three or more Russian regions at once, Russian strikes on Odesa and
# Dnipropetrovsk oblasts' energy, and enemy claims quoted only to be mocked, forty-first writer), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 101 (main 9183846) and not read: kind 0.967, region F1 0.904,
# drones 0.714 (7), energy F1 1.0, target 0.962, event_date 0.844 (32); floors at that score
BLOGGER76_FLOORS = (0.96, 0.9, 0.71, 1.0, 0.96, 0.84)
# blogger77 (more Russian strikes on Kyiv and Kyiv oblast's energy told with the Air Force's morning counts, the
# mayor's and the regional administration's words, and more drone strikes on Moscow oblast, Ryazan, Tver and Yaroslavl
# with airports closed and the mayor of Moscow quoted in Russian, forty-second writer), 60 posts, commissioned
# 2026-12-06, scored once with posts reader 102 (main 58f36b8) and not read: kind 0.833, region F1 0.883, drones 0.625
# (16), energy F1 0.936, target 0.8, event_date 0.867 (30); floors at that score
BLOGGER77_FLOORS = (0.83, 0.88, 0.62, 0.93, 0.8, 0.86)
# blogger78 (more posts on Crimea and the occupied south — Dzhankoi, Feodosia's oil terminal, Sevastopol's bays, Saky,
# Berdiansk port, Melitopol's substation, Henichesk — partisans' claims, the occupation officials quoted in Russian,
# places by the occupied town, and a few Russian strikes on Kherson and Zaporizhzhia city, forty-third writer), 60
# posts, commissioned 2026-12-06, scored once with posts reader 102 (main 58f36b8) and not read: kind 0.917, region F1
# 0.922, drones 1.0 (5), energy F1 0.958, target 0.84, event_date 0.968 (31); floors at that score
BLOGGER78_FLOORS = (0.91, 0.92, 1.0, 0.95, 0.84, 0.96)
# blogger79 (more Ukrainian strikes on southern Russia: the Kuban refineries, Tuapse, Novorossiysk, the Tikhoretsk
# pumping station, Rostov oblast and Volgograd, with governors quoted in Russian, and Russian strikes on Odesa and
# Mykolaiv oblasts, forty-fourth writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 103 (main
# f0f1dfa) and not read: kind 0.867, region F1 0.901, drones 0.909 (11), energy F1 0.939, target 0.84, event_date 1.0
# (31); floors at that score
BLOGGER79_FLOORS = (0.86, 0.9, 0.9, 0.93, 0.84, 1.0)
# blogger80 (more Russian strikes on the west of Ukraine's energy: Burshtyn, Dobrotvir, Ladyzhyn, gas storage and
# production in Lviv and Ivano-Frankivsk oblasts, substations in Rivne, Khmelnytskyi, Ternopil and Volyn oblasts, and
# Ukrainian strikes on Belgorod and Kursk substations and Bryansk and Oryol depots, forty-fifth writer), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 103 (main f0f1dfa) and not read: kind 0.867, region F1 0.918,
# drones 0.8 (10), energy F1 0.98, target 0.8, event_date 0.903 (31); floors at that score
BLOGGER80_FLOORS = (0.86, 0.91, 0.8, 0.98, 0.8, 0.9)
# blogger81 (more posts on the 2025 energy moratorium itself: the accusations each side made while it lasted (Sudzha,
# the Kropotkinskaya pumping station, Engels, energy in Kherson and Dnipropetrovsk oblasts), the Kremlin's and the
# Russian MoD's lists quoted in Russian with rebuttals, and Russian strikes on Kharkiv and Sumy, forty-sixth writer),
# 60 posts, commissioned 2026-12-06, scored once with posts reader 104 (main 1066111) and not read: kind 0.9, region
# F1 0.926, drones 1.0 (4), energy F1 0.939, target 0.808, event_date 0.967 (30); floors at that score
BLOGGER81_FLOORS = (0.9, 0.92, 1.0, 0.93, 0.8, 0.96)
# blogger82 (more Russian strikes on Dnipropetrovsk oblast (Dnipro, Kryvyi Rih, Nikopol, Pavlohrad, Marhanets) and
# Ukrainian drone strikes on Voronezh, Lipetsk, Tambov and Saratov/Engels, with the governors quoted in Russian,
# forty-seventh writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 104 (main 1066111) and not
# read: kind 0.867, region F1 0.931, drones 0.778 (9), energy F1 0.958, target 0.72, event_date 0.903 (31); floors at
# that score
BLOGGER82_FLOORS = (0.86, 0.93, 0.77, 0.95, 0.72, 0.9)
# blogger83 (more Russian strikes on the north of Ukraine's energy (Shostka, Konotop, Okhtyrka, Nizhyn) and Ukrainian
# strikes on Bryansk and Kursk oblasts (Klintsy, Lgov, Rylsk, the area of the Kursk nuclear plant), with the governors
# quoted in Russian, forty-eighth writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 105 (main
# 320a5e2) and not read: kind 0.85, region F1 0.891, drones 0.857 (7), energy F1 0.902, target 0.769, event_date 0.867
# (30); floors at that score
BLOGGER83_FLOORS = (0.85, 0.89, 0.85, 0.9, 0.76, 0.86)
# blogger84 (more Ukrainian long-range strikes deep in Russia (Tatarstan, Bashkortostan, Perm, Orenburg, Chuvashia,
# Ryazan) with the distances flown, and Russian strikes on Kyiv and Zhytomyr oblasts, forty-ninth writer), 60 posts,
# commissioned 2026-12-06, scored once with posts reader 105 (main 320a5e2) and not read: kind 0.867, region F1 0.943,
# drones 0.727 (11), energy F1 1.0, target 0.96, event_date 0.968 (31); floors at that score
BLOGGER84_FLOORS = (0.86, 0.94, 0.72, 1.0, 0.96, 0.96)
# blogger85 (more Russian strikes on the energy of central Ukraine (Poltava, Cherkasy, Vinnytsia and Khmelnytskyi
# oblasts; the Kremenchuk refinery, Ladyzhyn and Burshtyn power plants) and Ukrainian strikes on Rostov and Volgograd
# oblasts, fiftieth writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 105 (main 75fe2ef) and
# not read: kind 0.95, region F1 0.811, drones 0.8 (10), energy F1 0.98, target 0.923, event_date 0.935 (31); floors
# at that score
BLOGGER85_FLOORS = (0.95, 0.81, 0.8, 0.98, 0.92, 0.93)
# blogger86 (more Russian strikes on Kharkiv city and oblast's energy (CHP-5, the Zmiiv plant, substations, boiler
# houses) and Ukrainian strikes on Crimea and Krasnodar krai (Feodosia, Tuapse, Afipsky, Ilsky, Slavyansk-na-Kubani,
# Novorossiysk), fifty-first writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 105 (main
# 75fe2ef) and not read: kind 0.883, region F1 0.917, drones 0.75 (8), energy F1 0.893, target 0.923, event_date 1.0
# (31); floors at that score
BLOGGER86_FLOORS = (0.88, 0.91, 0.75, 0.89, 0.92, 1.0)
# blogger87 (more Russian strikes on Odesa and Mykolaiv oblasts' energy and ports (the Odesa CHP, the Danube ports)
# and Ukrainian strikes on Voronezh, Lipetsk and Tambov oblasts (Liski, Novolipetsk, the Tambov powder plant),
# fifty-second writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 106 (main 302f73a) and not
# read: kind 0.95, region F1 0.913, drones 0.833 (6), energy F1 1.0, target 0.92, event_date 0.906 (32); floors at
# that score
BLOGGER87_FLOORS = (0.95, 0.91, 0.83, 1.0, 0.92, 0.9)
# blogger88 (more Russian strikes on Dnipropetrovsk oblast's energy (the Prydniprovska plant, Kamianske, Nikopol,
# Kryvyi Rih) and Ukrainian strikes on the Volga (Saratov, Engels, Syzran, Novokuibyshevsk, Kstovo), fifty-third
# writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 106 (main 302f73a) and not read: kind
# 0.933, region F1 0.854, drones 1.0 (5), energy F1 0.894, target 0.8, event_date 0.938 (32); floors at that score
BLOGGER88_FLOORS = (0.93, 0.85, 1.0, 0.89, 0.8, 0.93)
# blogger89 (more Russian strikes on Zaporizhzhia city and oblast's energy (substations, the DniproHES dam, Vilniansk,
# Orikhiv, Komyshuvakha) and Ukrainian strikes on Bryansk oblast (Unecha, Seshcha, Klintsy, Novozybkov, Seltso,
# Pochep), fifty-fourth writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 107 (main d68edfa)
# and not read: kind 0.817, region F1 0.773, drones 0.714 (7), energy F1 0.943, target 0.926, event_date 0.903 (31);
# floors at that score
BLOGGER89_FLOORS = (0.81, 0.77, 0.71, 0.94, 0.92, 0.9)
# blogger90 (more Russian strikes on Kyiv city and oblast's energy (the Kyiv CHPs, Trypillia, Bila Tserkva, Brovary,
# Vyshhorod, Boryspil) and Ukrainian strikes on central Russia (Ryazan, Tula and Novomoskovsk, Kaluga, Yaroslavl,
# Moscow's approaches), fifty-fifth writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 107
# (main d68edfa) and not read: kind 0.933, region F1 0.879, drones 0.65 (20), energy F1 0.917, target 0.8, event_date
# 0.969 (32); floors at that score
BLOGGER90_FLOORS = (0.93, 0.87, 0.65, 0.91, 0.8, 0.96)
# blogger91 (more Russian strikes on Sumy and Chernihiv oblasts' energy (Shostka, Konotop, Okhtyrka, Nizhyn, Pryluky)
# and Ukrainian strikes on Kursk and Oryol oblasts (Kurchatov, Lgov, Zheleznogorsk, the Oryol CHP, Livny), fifty-sixth
# writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 108 (main 4313d83) and not read: kind 0.9,
# region F1 0.899, drones 1.0 (5), energy F1 0.92, target 0.769, event_date 1.0 (31); floors at that score
BLOGGER91_FLOORS = (0.9, 0.89, 1.0, 0.92, 0.76, 1.0)
# blogger92 (more Russian strikes on the west of Ukraine's energy (Burshtyn, Dobrotvir, the Stryi gas storage, Lviv
# and the Rivne plant's substations) and Ukrainian strikes on Leningrad oblast and the north-west (Ust-Luga, Primorsk,
# Kirishi, Pskov, Novgorod), fifty-seventh writer), 60 posts, commissioned 2026-12-06, scored once with posts reader
# 108 (main 4313d83) and not read: kind 1.0, region F1 0.937, drones 0.533 (15), energy F1 1.0, target 0.8, event_date
# 0.968 (31); floors at that score
BLOGGER92_FLOORS = (1.0, 0.93, 0.53, 1.0, 0.8, 0.96)
# blogger93 (more Russian strikes on Poltava and Kharkiv oblasts' gas production and power (Naftogaz sites near
# Poltava, Lubny, Myrhorod, Krasnohrad; Kharkiv's CHPs) and Ukrainian strikes on Belgorod oblast (Shebekino, Valuyki,
# Graivoron, Stary Oskol, the Belgorod CHP), fifty-eighth writer), 60 posts, commissioned 2026-12-06, scored once with
# posts reader 109 (main ef02562) and not read: kind 0.9, region F1 0.892, drones 0.8 (5), energy F1 0.96, target
# 0.92, event_date 0.967 (30); floors at that score
BLOGGER93_FLOORS = (0.9, 0.89, 0.8, 0.96, 0.92, 0.96)
# blogger94 (more Russian strikes on Kherson and Mykolaiv oblasts' energy (the Kherson CHP, Beryslav, Ochakiv,
# Mykolaiv's lines) and Ukrainian strikes on Crimea (Dzhankoi, the Feodosia oil terminal, Sevastopol, Saky, the
# Chonhar bridge), fifty-ninth writer), 60 posts, commissioned 2026-12-06, scored once with posts reader 109 (main
# ef02562) and not read: kind 0.883, region F1 0.821, drones 1.0 (9), energy F1 0.98, target 0.885, event_date 0.844
# (32); floors at that score
BLOGGER94_FLOORS = (0.88, 0.82, 1.0, 0.98, 0.88, 0.84)
# blogger95 (more Russian strikes on Dnipropetrovsk oblast's energy (Dnipro, Kryvyi Rih, Nikopol, Pavlohrad,
# Kamianske, Marhanets) and Ukrainian strikes on Voronezh and Lipetsk oblasts, sixtieth writer), 60 posts,
# commissioned 2026-12-07, scored once with posts reader 111 (main 9199e01) and not read: kind 0.983, region F1
# 0.966, drones 0.818 (11), energy F1 0.958, target 0.92, event_date 1 (31); floors at that score
BLOGGER95_FLOORS = (0.98, 0.96, 0.81, 0.95, 0.92, 1)
# blogger96 (more Russian strikes on Odesa oblast's energy and ports (Odesa, Chornomorsk, Izmail, Pivdennyi) and
# Ukrainian strikes on Krasnodar krai and Adygea (Novorossiysk, Tuapse, Afipsky, Ilsky, the Taman ports), sixty-first
# writer), 60 posts, commissioned 2026-12-07, scored once with posts reader 111 (main 9199e01) and not read: kind
# 0.883, region F1 0.899, drones 0.5 (4), energy F1 0.917, target 0.88, event_date 0.967 (30); floors at that score
BLOGGER96_FLOORS = (0.88, 0.89, 0.5, 0.91, 0.88, 0.96)
# blogger97 (more Russian strikes on the energy of Khmelnytskyi, Rivne and Volyn oblasts (the Khmelnytskyi and Rivne
# nuclear plants' substations, Netishyn, Varash, Shepetivka, Lutsk, Kovel) and Ukrainian strikes on Bryansk and
# Smolensk oblasts, sixty-second writer), 60 posts, commissioned 2026-12-07, scored once with posts reader 112 (main
# 4750471) and not read: kind 0.833, region F1 0.821, drones 0.8 (10), energy F1 0.875, target 0.76, event_date 0.897
# (29); floors at that score
BLOGGER97_FLOORS = (0.83, 0.82, 0.8, 0.87, 0.76, 0.89)
# blogger98 (more Russian strikes on the energy of unoccupied Donetsk oblast (Sloviansk, Kramatorsk, Druzhkivka,
# Kostiantynivka, Pokrovsk and Dobropillia) and Ukrainian strikes on Rostov and Volgograd oblasts, sixty-third
# writer), 60 posts, commissioned 2026-12-07, scored once with posts reader 112 (main 4750471) and not read: kind
# 0.85, region F1 0.925, drones 0.833 (6), energy F1 0.939, target 0.92, event_date 0.933 (30); floors at that score
BLOGGER98_FLOORS = (0.85, 0.92, 0.83, 0.93, 0.92, 0.93)
# blogger99 (more Russian strikes on the energy of Kyiv and Cherkasy oblasts (Trypillia, Bila Tserkva, Obukhiv,
# Brovary, the Kaniv hydro plant, Smila) and Ukrainian strikes on Oryol and Lipetsk oblasts, sixty-fourth writer), 60
# posts, commissioned 2026-12-07, scored once with posts reader 115 (main 7046291) and not read: kind 0.933, region
# F1 0.925, drones 1 (8), energy F1 0.894, target 0.84, event_date 0.967 (30); floors at that score
BLOGGER99_FLOORS = (0.93, 0.92, 1, 0.89, 0.84, 0.96)
# blogger100 (more Russian strikes on the energy of Zaporizhzhia city and the Dnipropetrovsk oblast south (the Dnipro
# hydro plant, Nikopol, Marhanets, Kryvyi Rih) and Ukrainian strikes on Krasnodar krai and Adygea, sixty-fifth
# writer), 60 posts, commissioned 2026-12-07, scored once with posts reader 115 (main 7046291) and not read: kind
# 0.867, region F1 0.829, drones 0.714 (7), energy F1 0.898, target 0.88, event_date 0.903 (31); floors at that score
BLOGGER100_FLOORS = (0.86, 0.82, 0.71, 0.89, 0.88, 0.9)
# posts in a batch (100 unless named here)
BATCH_SIZES = {"blogger33": 80, "blogger36": 60, "blogger37": 60, "blogger38": 60, "blogger39": 60, "blogger40": 60,
               "blogger41": 60, "blogger42": 60, "blogger43": 60, "blogger44": 60, "blogger45": 60,
               "blogger46": 60, "blogger47": 60, "blogger48": 60, "blogger49": 60, "blogger50": 60,
               "blogger51": 60, "blogger52": 60,
               "blogger53": 60, "blogger54": 60, "blogger55": 60,
               "blogger56": 60, "blogger57": 60, "blogger58": 60, "blogger59": 60, "blogger60": 60,
               "blogger61": 60, "blogger62": 60, "blogger63": 60, "blogger64": 60,
               "blogger65": 60, "blogger66": 60, "blogger67": 60, "blogger68": 60,
               "blogger69": 60, "blogger70": 60,
               "blogger71": 60, "blogger72": 60, "blogger73": 60, "blogger74": 60,
               "blogger75": 60, "blogger76": 60, "blogger77": 60, "blogger78": 60,
               "blogger79": 60, "blogger80": 60, "blogger81": 60, "blogger82": 60, "blogger83": 60, "blogger84": 60,
               "blogger85": 60, "blogger86": 60, "blogger87": 60, "blogger88": 60, "blogger89": 60, "blogger90": 60,
               "blogger91": 60, "blogger92": 60, "blogger93": 60, "blogger94": 60,
               "blogger95": 60, "blogger96": 60, "blogger97": 60, "blogger98": 60,
               "blogger99": 60, "blogger100": 60}
BATCH_FLOORS = {"channels2": CHANNELS2_FLOORS, "channels3": CHANNELS3_FLOORS, "blogger4": BLOGGER4_FLOORS,
                "blogger5": BLOGGER5_FLOORS, "blogger6": BLOGGER6_FLOORS, "blogger7": BLOGGER7_FLOORS,
                "blogger14": BLOGGER14_FLOORS, "blogger16": BLOGGER16_FLOORS, "blogger17": BLOGGER17_FLOORS,
                "blogger18": BLOGGER18_FLOORS, "blogger19": BLOGGER19_FLOORS, "blogger20": BLOGGER20_FLOORS,
                "blogger21": BLOGGER21_FLOORS, "blogger22": BLOGGER22_FLOORS, "blogger23": BLOGGER23_FLOORS,
                "blogger24": BLOGGER24_FLOORS, "blogger25": BLOGGER25_FLOORS,
                "blogger26": BLOGGER26_FLOORS, "blogger27": BLOGGER27_FLOORS, "blogger28": BLOGGER28_FLOORS,
                "blogger29": BLOGGER29_FLOORS, "blogger30": BLOGGER30_FLOORS, "blogger32": BLOGGER32_FLOORS,
                "blogger33": BLOGGER33_FLOORS, "blogger34": BLOGGER34_FLOORS,
                "blogger35": BLOGGER35_FLOORS, "blogger36": BLOGGER36_FLOORS,
                "blogger37": BLOGGER37_FLOORS, "blogger38": BLOGGER38_FLOORS, "blogger39": BLOGGER39_FLOORS,
                "blogger40": BLOGGER40_FLOORS, "blogger41": BLOGGER41_FLOORS, "blogger42": BLOGGER42_FLOORS,
                "blogger43": BLOGGER43_FLOORS, "blogger44": BLOGGER44_FLOORS, "blogger45": BLOGGER45_FLOORS,
                "blogger46": BLOGGER46_FLOORS, "blogger47": BLOGGER47_FLOORS, "blogger48": BLOGGER48_FLOORS,
                "blogger49": BLOGGER49_FLOORS, "blogger50": BLOGGER50_FLOORS,
                "blogger51": BLOGGER51_FLOORS, "blogger52": BLOGGER52_FLOORS,
                "blogger53": BLOGGER53_FLOORS, "blogger54": BLOGGER54_FLOORS,
                "blogger55": BLOGGER55_FLOORS, "blogger56": BLOGGER56_FLOORS,
                "blogger57": BLOGGER57_FLOORS, "blogger58": BLOGGER58_FLOORS,
                "blogger59": BLOGGER59_FLOORS, "blogger60": BLOGGER60_FLOORS,
                "blogger61": BLOGGER61_FLOORS, "blogger62": BLOGGER62_FLOORS,
                "blogger63": BLOGGER63_FLOORS, "blogger64": BLOGGER64_FLOORS, "blogger65": BLOGGER65_FLOORS,
                "blogger66": BLOGGER66_FLOORS, "blogger67": BLOGGER67_FLOORS, "blogger68": BLOGGER68_FLOORS,
                "blogger69": BLOGGER69_FLOORS, "blogger70": BLOGGER70_FLOORS,
                "blogger71": BLOGGER71_FLOORS, "blogger72": BLOGGER72_FLOORS,
                "blogger73": BLOGGER73_FLOORS,
                "blogger74": BLOGGER74_FLOORS,
                "blogger75": BLOGGER75_FLOORS,
                "blogger76": BLOGGER76_FLOORS,
                "blogger77": BLOGGER77_FLOORS,
                "blogger78": BLOGGER78_FLOORS,
                "blogger79": BLOGGER79_FLOORS,
                "blogger80": BLOGGER80_FLOORS,
                "blogger81": BLOGGER81_FLOORS,
                "blogger82": BLOGGER82_FLOORS,
                "blogger83": BLOGGER83_FLOORS,
                "blogger84": BLOGGER84_FLOORS,
                "blogger85": BLOGGER85_FLOORS,
                "blogger86": BLOGGER86_FLOORS,
                "blogger87": BLOGGER87_FLOORS,
                "blogger88": BLOGGER88_FLOORS,
                "blogger89": BLOGGER89_FLOORS,
                "blogger90": BLOGGER90_FLOORS,
                "blogger91": BLOGGER91_FLOORS,
                "blogger92": BLOGGER92_FLOORS,
                "blogger93": BLOGGER93_FLOORS,
                "blogger94": BLOGGER94_FLOORS,
                "blogger95": BLOGGER95_FLOORS,
                "blogger96": BLOGGER96_FLOORS,
                "blogger97": BLOGGER97_FLOORS,
                "blogger98": BLOGGER98_FLOORS,
                "blogger99": BLOGGER99_FLOORS,
                "blogger100": BLOGGER100_FLOORS}


@pytest.mark.parametrize("batch", sorted(BATCH_FLOORS))
def test_channel_batch_scores_hold(batch: str) -> None:
    scores = eval_posts(GOLD / f"{batch}.csv", GOLD / f"{batch}.jsonl")
    assert scores["n"] == BATCH_SIZES.get(batch, 100) and scores["gold_unmatched"] == 0
    kind, region, drones, energy, target, event_date = BATCH_FLOORS[batch]
    assert scores["kind_accuracy"] >= kind
    assert scores["region_f1"] >= region
    assert scores["drones_exact"] >= drones
    assert scores["energy_claim_f1"] >= energy
    assert scores["target_accuracy"] >= target
    assert scores["event_date_accuracy"] >= event_date


@pytest.mark.parametrize("batch", sorted(BATCH_FLOORS))
def test_channel_batch_labels_every_post_once(batch: str) -> None:
    lines = [json.loads(line) for line in (GOLD / f"{batch}.jsonl").read_text(encoding="utf-8").splitlines()]
    keys = [(line["datetime"], line["key"]) for line in lines]
    with (GOLD / f"{batch}.csv").open(encoding="utf-8", newline="") as handle:
        posts = [(row["datetime"], row["text_snippet"][:50]) for row in csv.DictReader(handle)]
    assert len(set(keys)) == len(keys) == len(posts) == len(set(posts)) == BATCH_SIZES.get(batch, 100)
    assert set(keys) == set(posts)


def test_channel_gold_halves_are_disjoint_and_cover_the_posts() -> None:
    halves = [{(line["datetime"], line["key"]) for line in map(json.loads, (GOLD / f"channels.{half}.jsonl").read_text(
        encoding="utf-8").splitlines())} for half in ("tuning", "check")]
    with (GOLD / "channels.csv").open(encoding="utf-8", newline="") as handle:
        posts = {(row["datetime"], row["text_snippet"][:50]) for row in csv.DictReader(handle)}
    assert not halves[0] & halves[1]
    assert halves[0] | halves[1] == posts
