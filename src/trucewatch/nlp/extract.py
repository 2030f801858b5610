"""Articles in, native reports out: runs the pipeline and turns each event frame into a Report."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from trucewatch import taxonomy
from trucewatch.geo.admin1 import admin1_name
from trucewatch.model import Casualties, Location, Occurred, Report, Source, Target
from trucewatch.nlp import components as _components
from trucewatch.nlp import lexicon as lx
from trucewatch.nlp.pipeline import Article, ArticleState, Frame, Pipeline
from trucewatch.nlp.sources import active_lexicon
from trucewatch.nlp.timex import Resolved
from trucewatch.nlp.timex_said import at_truce_edge, said_on

PIPELINE_VERSION = "trucewatch-extract/99"
_SEAT_OPENING = re.compile(r"\s*In\s+([A-Z][\w'\-]+),\s+")
_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?=[A-Z])")
_ABBREVIATED = re.compile(r"^[A-Z][^()]{3,}\(\s*([A-Z][A-Z0-9&\-]{1,9})\s*\)$")


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline(list(_components.DEFAULT_COMPONENTS))


def analyse(article: Article, *, anchors: dict[str, datetime] | None = None,
            pipeline: Pipeline | None = None) -> ArticleState:
    state = ArticleState(article=article, anchors=dict(anchors or {}))
    return (pipeline or default_pipeline()).run(state)


def extract_article(article: Article, *, anchors: dict[str, datetime] | None = None) -> list[Report]:
    state = analyse(article, anchors=anchors)
    reports = link_denials(told_again(state.frames, [
        _report(article, frame, number) for number, frame in enumerate(state.frames, start=1)]))
    return reports + others_denials(state.frames, reports)


# "... had carried out the strike", "claimed the attack": the event word named again, a definite noun
_EVENT_AGAIN = re.compile(r"\b(?:the|that|this|last\s+night['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+"
                          r"(?:[\w\-]+\s+)?$", re.IGNORECASE)
_EVENT_NOUN = re.compile(r"(?:strikes?|attacks?|raids?|shelling|bombardment|blast|explosions?)$", re.IGNORECASE)


def told_again(frames: list[Frame], reports: list[Report]) -> list[Report]:
    """A report whose event is the one an earlier sentence told, named again by a definite noun ("An official in
    Ukraine's security service said SBU drones had carried out the strike"), that names no place and no thing
    struck of its own (or only "the city" of the event before, :func:`places._town_told_before`): what it leaves
    unsaid (place, target, weapon, and its time when it states none) is the earlier report's. Who speaks, who acted
    and the stance stay its own."""
    told: list[Report] = []
    for position, (frame, report) in enumerate(zip(frames, reports, strict=True)):
        word = frame.sentence[frame.trigger[0]:frame.trigger[1]]
        if (position and (report.location is None or frame.values.get("place_told_before")) and report.target is None
                and not frame.values.get("denial")
                and _EVENT_NOUN.fullmatch(word) and _EVENT_AGAIN.search(frame.sentence, 0, frame.trigger[0])
                and (earlier := reports[position - 1]).location is not None and earlier.target is not None):
            report = replace(
                report, location=earlier.location, target=earlier.target, weapon=report.weapon or earlier.weapon,
                occurred=report.occurred if report.spans.get("occurred") else earlier.occurred,
                provenance={**report.provenance, "told_again_from": earlier.id})
        told.append(report)
    return told


def others_denials(frames: list[Frame], reports: list[Report]) -> list[Report]:
    """Another party's denial told inside a claim's sentence ("Russia's Defence Ministry said ..., a claim Kyiv
    rejected"): a report of its own, by the party that denies (from the source lexicon), stance ``denies``,
    answering the claim (``relates_to``), so that resolution makes the incident disputed. It follows the
    article's other reports, numbered after them; a denier the lexicon does not know, or the claimant itself,
    makes none."""
    lexicon = active_lexicon()
    made: list[Report] = []
    for frame, claim in zip(frames, reports, strict=True):
        who = frame.values.get("denied_by")
        found = lexicon.party_of(who, frame.sentence) if isinstance(who, str) else None
        if found is None or found[0] == claim.claimant:
            continue
        spans = dict(claim.spans)
        spans["claimant"] = frame.spans["denied_by"]
        spans["stance"] = frame.spans["denied_by_clause"]
        spans.pop("denied_by", None)
        spans.pop("denied_by_clause", None)
        made.append(replace(
            claim, id=f"{claim.id.rsplit('-', 1)[0]}-{len(reports) + len(made) + 1}", claimant=found[0],
            stance="denies", relates_to=claim.id, spans=spans,
            provenance={**claim.provenance, "claimant_text": who, "denies_report": claim.id}))
    return made


def link_denials(reports: list[Report]) -> list[Report]:
    """A denial answers the allegation it denies: the nearest other report of the article in which another
    claimant alleges that the denying party acted (``relates_to`` = its id), so that resolution puts both in
    one incident and it becomes disputed. Denials across articles are left to resolution's similarity."""
    linked: list[Report] = []
    by_sentence = {report.provenance.get("sentence"): report for report in reports}
    for position, report in enumerate(reports):
        answered_sentence = by_sentence.get(report.provenance.get("answers_sentence", -1))
        if answered_sentence is not None:
            # "Kyiv denied the claim": what is denied is what that sentence reported
            report = replace(_answering(report, answered_sentence),
                             actor=answered_sentence.actor if answered_sentence.actor else report.actor)
        if report.stance == "denies" and report.relates_to is None and report.claimant:
            denier = report.claimant
            answered = sorted(
                (other for other in reports if other.stance == "alleges" and other.actor == denier
                 and other.claimant != denier),
                key=lambda other: abs(reports.index(other) - position))
            if not answered and report.target is not None:
                # "Zakharova denied that Russia's forces had targeted an apartment building in Poltava ... Ukrainian
                # officials had said a missile struck the five-storey block": the other party telling of the same
                # thing hit, naming no doer, is the allegation denied
                answered = sorted(
                    (other for other in reports if other is not report and other.stance in ("alleges", "reports")
                     and other.actor is None and other.claimant == lx.OPPONENT.get(denier)
                     and other.target is not None and other.target.category == report.target.category),
                    key=lambda other: abs(reports.index(other) - position))
            if answered:
                # "X accused Russia of striking a gas station in Merefa. Moscow denied hitting the station", and the
                # denial told first ("Kyiv said no drones had flown against the town. Moscow had said ... a depot"):
                # what the denial leaves unsaid is the allegation's
                # (the act denied is the allegation's: its actor is the denier, whatever side the counter-story
                # names, "made up to distract from Russian strikes")
                report = _answering(replace(report, relates_to=answered[0].id,
                                            actor=answered[0].actor or report.actor), answered[0])
        linked.append(report)
    return linked


_BLAMED_ON = re.compile(r"\b(?:pin|pins|pinned|pinning|blame|blames|blamed|blaming|shift|shifts|shifted|shifting)\b"
                        r"[^.;]{0,40}?\b(?:on|onto)\s+(?:the\s+)?$|"
                        # ... or whom the story is said to smear ("a staged provocation intended to discredit Kyiv")
                        r"\b(?:discredit|discredits|discrediting|smear|smears|smearing|defame|defaming|demoni[sz]e|"
                        r"demoni[sz]ing)\s+(?:the\s+)?$", re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s?\b")
_CAPITALS = frozenset({"Kyiv", "Moscow"})


_AXIS_AFTER = re.compile(r"\s+(?:axis|direction|front|sector|frontline|front\s+line)\b", re.IGNORECASE)


def _answering(report: Report, answered: Report) -> Report:
    """A denial with what it leaves unsaid taken from the report it answers: its time when it states none, its
    place when it names none (a region carried from the article's context is none) or only the denier's seat
    ("Moscow's Defence Ministry denied ..."), target, weapon."""
    where, who = report.spans.get("location"), report.spans.get("claimant")
    seat = bool(where and who and who[0] <= where[0] and where[1] <= who[1])
    # "In Moscow, the Defence Ministry called the report fake": the town the sentence opens with, right before the
    # denier, is where the denier sits
    opening = _SEAT_OPENING.match(report.text or "")
    seat = seat or bool(where and who and opening and opening.start(1) <= where[0] and where[1] <= opening.end(1)
                        and (report.text or "")[opening.end():who[0]].lower() in ("", "the "))
    # a region carried from the article's context, which the denial's own words do not name
    carried = where is None and report.location is not None and report.location.name is None and not (
        report.location.admin1_code and admin1_name(report.location.admin1_code).split()[0] in (report.text or ""))
    # a capital named as the agent of the denial's counter-story is no place of the event ("calling the statement a
    # provocation staged by Kyiv")
    seat = seat or bool(where and re.search(r"\bby\s+$", (report.text or "")[max(0, where[0] - 8):where[0]]))
    # nor is the capital the blame is put on ("Moscow was trying to pin the damage on Kyiv")
    seat = seat or bool(where and _BLAMED_ON.search((report.text or "")[max(0, where[0] - 60):where[0]]))
    # ... nor the capital named in the possessive ("meant to cast doubt on Kyiv's commitment"): its government
    seat = seat or bool(where and _POSSESSIVE.match(report.text or "", where[1]) and report.location is not None
                        and report.location.name in _CAPITALS)
    # only the region the allegation's town lies in ("had carried out no strikes on energy facilities in Sumy region",
    # "had flown no missions over Kharkiv region"): what is denied is the event there, at the allegation's town
    regional = bool(report.location is not None and report.location.name is None and answered.location is not None
                    and answered.location.name and report.location.admin1_code
                    and answered.location.admin1_code == report.location.admin1_code)
    # ... or the front's axis where the denier's units stand ("its units on the Kherson axis had held their fire"):
    # where they are, not where the event denied was
    axis = bool(where and _AXIS_AFTER.match(report.text or "", where[1]) and answered.location is not None
                and answered.location.name)
    return replace(
        report,
        # (the day the denial was said, "replied on Sunday that ...", is no time of the event denied)
        occurred=answered.occurred if report.occurred is None or report.spans.get("occurred") is None
        or said_on(report.text or "", report.spans.get("occurred"))
        # (nor is the clock the denier says its side ceased fire at, "ceased fire at 18:00 Moscow time as ordered")
        or at_truce_edge(report.text or "", report.spans.get("occurred")) else report.occurred,
        location=answered.location if report.location is None or seat or carried or regional or axis
        else report.location,
        # what is denied is what the allegation struck: the denial's own words of a target belong to its
        # counter-story ("rejected the accusation, saying its troops were observing the truce"), unless they name
        # more narrowly the thing the allegation names ("a substation" denied, "left the city without power" alleged)
        target=report.target if _narrower(report.target, answered.target) else answered.target or report.target,
        weapon=answered.weapon if answered.weapon and _others_weapon(report) else report.weapon or answered.weapon)


def _narrower(own: Target | None, other: Target | None) -> bool:
    """Whether ``own`` names the thing ``other`` names, as narrowly or more."""
    return bool(own is not None and other is not None and own.category and other.category
                and taxonomy.within(own.category, other.category))


def _others_weapon(report: Report) -> bool:
    """Whether the weapon a denial names is the other side's, of its counter-story ("Kyiv denied it, saying the line
    had been brought down by a Russian air-defence missile"), not the weapon of the act denied ("said its artillery
    had not shelled homes")."""
    span, opponent = report.spans.get("weapon"), lx.OPPONENT.get(report.claimant or "")
    return bool(span and opponent and any(party == opponent for party, _, _ in lx.party_mentions(
        (report.text or "")[max(0, span[0] - 30):span[0]])))


def _report(article: Article, frame: Frame, number: int) -> Report:
    values = frame.values
    occurred = None
    resolved = values.get("occurred")
    if isinstance(resolved, Resolved):
        occurred = Occurred(start=resolved.start, end=resolved.end, tz=resolved.tz)
    location = None
    where = values.get("location")
    if isinstance(where, dict):
        location = Location(
            name=where.get("name"), admin1_code=where.get("admin1_code"), country=where.get("country"),
            lat=where.get("lat"), lon=where.get("lon"), precision_km=where.get("precision_km"),
        )
        if location.country is None and location.admin1_code:
            location = Location(name=None, admin1_code=location.admin1_code,
                                country=location.admin1_code[:2])
    target = None
    if values.get("target"):
        target = Target(category=values["target"], name=None, description=values.get("target_name"))
    casualties = None
    if "killed" in values or "injured" in values:
        casualties = Casualties(killed=values.get("killed"), injured=values.get("injured"))
    claimant = values.get("claimant")
    if isinstance(claimant, str) and claimant == values.get("claimant_text"):
        # a claimant that is no party (its words, not a party id) is named as itself: "the IAEA said" is "IAEA"
        # (its words keep the article; "the army" stays: a common noun needs it)
        claimant = _ARTICLE.sub("", claimant) or claimant
        # "the Caspian Pipeline Consortium (CPC)": the short name the body goes by, the same in every article
        abbreviated = _ABBREVIATED.search(claimant)
        claimant = abbreviated.group(1) if abbreviated else claimant
    return Report(
        id=f"{article.id}-{number}",
        source=Source(name=article.source, url=article.url, published_at=article.published_at,
                      kind=article.source_kind),
        claimant=claimant,
        stance=values.get("stance", "reports"),
        actor=values.get("actor"),
        occurred=occurred,
        location=location,
        target=target,
        weapon=values.get("weapon"),
        outcome=values.get("outcome"),
        count=values.get("count"),
        aggregate=bool(values.get("aggregate", False)),
        text=frame.sentence,
        event=frame.event,
        casualties=casualties,
        provenance={
            **article.provenance,
            "article": article.id,
            "sentence": frame.index,
            "sentence_span": [frame.offset, frame.offset + len(frame.sentence)],
            "extractor": PIPELINE_VERSION,
            **({"interceptor": values["interceptor"]} if "interceptor" in values else {}),
            **({"event_kind": values["kind"]} if "kind" in values else {}),
            **({"spelling": values["spelling"]} if "spelling" in values else {}),
            **({"time_basis": _components.TRACE_TIME} if values.get("kind") in _components.TRACE_KINDS else {}),
            **({"answers_sentence": values["answers"]} if "answers" in values else {}),
            **({"claimant_refers_back": values["claimant_reference"]} if "claimant_reference" in values else {}),
            # an item of a list of things struck: the sentence that lists them, which says who did it and when
            **({"listed_in": {"sentence": values["listed_in"][0], "sentence_span": values["listed_in"][1:]}}
               if "listed_in" in values else {}),
            # the time narrowed by the clock of what the event caused, told in a later sentence ("A fire broke out
            # at 04:30")
            **({"time_from_consequence": {"sentence": values["consequence_time"][0],
                                          "sentence_span": values["consequence_time"][1:]}}
               if "consequence_time" in values else {}),
            **({"location_candidates": values["location"].get("candidates")}
               if isinstance(where, dict) and where.get("candidates") else {}),
            **({"location_basis": where["basis"]} if isinstance(where, dict) and where.get("basis") else {}),
        },
        spans={key: list(span) for key, span in sorted(frame.spans.items())},
    )
