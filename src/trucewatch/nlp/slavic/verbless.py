"""A Ukrainian post's strike told with no word of striking (:func:`verbless_strikes`), for the kind reader
(:mod:`trucewatch.nlp.slavic.kinds`) to read when ``strike_words`` finds none.

Three shapes, read by word class and case rather than by listed phrasings:

* a weapon aimed at a place or an object with no verb ("Дві балістичні ракети по центру міста", "шахедами по
  ДніпроГЕС", "Харків знову під КАБами");
* what a strike leaves (a blast shown as "💥", a fire as "🔥" in a clause with no verb of now, a store "going up in
  the air", damage, the dead or wounded) told in a sentence, or under a title, naming a place, with an object or a
  weapon named in the post;
* a weapon or a Ukrainian force as the subject of any verb in the past tense, with an energy or a military object
  after it in the clause ("дрони розвалили нафтобазу", "СБУ спалила понад 40 стратегічних бортів", "наші дрончики
  навєдались на підстанцію": the slang verb need not be listed).

Each is dropped in a sentence that asks, wishes, forecasts, denies, recalls a past year or tells a downing, and
none is read in a post holding a word of striking that ``strike_words``' guards set aside (strikes in general, one
to come, one wanted: "Тільки удари ракетами по Москві …"). A weapon aimed is dropped in a clause whose verb is in the
present or the future tense ("пускає дрони по вікнам": a habit, a video, a strike to come); a deed with any verb
is read only in a post that says when ("ЗСУ захопили … склади" is news of the ground war); what a strike leaves is
read in a post longer than a headline only under a title naming a place (deep in a post that opens on something
else it is a story's detail). Two shapes of a clause with no verb at all ("по порту і по підстанції", "Дві
балістики в центр міста") are read by :mod:`trucewatch.nlp.slavic.verbless_aimed`.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.energy_named import energy_mentions
from trucewatch.nlp.slavic.lexicon import lexicon
from trucewatch.nlp.slavic.morph import parse, readings
from trucewatch.nlp.slavic.places import find_places
from trucewatch.nlp.slavic.sides import russian_side
from trucewatch.nlp.slavic.timing import UK_MONTHS
from trucewatch.nlp.slavic.verbless_aimed import aimed_without_verb
from trucewatch.nlp.slavic.wording import has_verb, names_striking, over_years, struck_object, wording

_F = re.IGNORECASE
_W = r"[\w'’ʼ-]+"
# weapons of a strike, any case ("ракети", "КАБами", "авіабомб", "шахедами", "дрончики", "балістикою")
_WEAPON = (r"(?<![\w'’])(?:ракет(?!н)|КАБ|авіабомб|бомб|шахед|Shahed|дрон|БПЛА|БпЛА|безпілотник|балістик|ATACMS|HIMARS|"
           r"Storm\s+Shadow|SCALP|Нептун|Іскандер|Калібр|Кинджал|Х-\d+|птах|птич|"
           r"(?:крилат|балістичн|керован)\w*\s+ракет)\w*")
_AIMED = re.compile(rf"{_WEAPON}\s+(?:{_W}\s+)?по\s+((?:{_W}\s+){{0,2}}{_W})", _F)
_UNDER_FIRE = re.compile(rf"(?<![\w'’])під\s+(?:{_W}\s+)?{_WEAPON}", _F)
# what a strike leaves: a blast or a fire drawn, a store going up, damage, the dead or wounded (a blast or a fire
# named in words is a word of striking already, read with its own guards by ``strike_words``)
# (a fire's glow filmed, "місцеві знімають заграву"; damage in an official's Russian quoted, "«на предприятии
# незначительные повреждения»")
_AFTERMATH = re.compile(r"💥|🔥|(?<![\w'’])(?:зл[іе]т\w*|злета\w*)\s+(?:[ву]\s+)?повітря|"
                        r"(?<![\w'’])(?:пошкоджен|зруйнован|загибл|поранен|вигоріл|згоріл|заграв|зарев|поврежд)\w*", _F)
# the enemy's own, named by an adjective ("російських", "ворожий")
_ENEMY_OWN = re.compile(r"(?<![\w'’])(?:російськ|ворож|кацапськ|рашистськ|окупантськ)\w*", _F)
# a preposition of where from or where to: "злетіли з аеродрому", "летіли до заводу" name no object struck
_FROM_OR_TO = re.compile(r"(?<![\w'’])(?:з|із|зі|від|до|над)\s+(?:[\w'’-]+\s+){0,2}$", _F)
_AIRCRAFT = re.compile(r"(?<![\w'’])(?:борт|літак|гелікоптер|вертоліт|бомбардувальник|винищувач)\w*", _F)
_VERB_REACH = 3  # words from the subject to its verb
_NOT_YET_REACH = 3  # words before a weapon aimed that may make it wanted, as ``strike_words`` reads them
_OBJECT_REACH = 80  # characters from the verb to the object, within the clause
_CLAUSE_END = re.compile(r"[.!?;:,(—–\n]")
_OBJECT_WORDS = 5  # the object struck opens within this many words after the verb
# sentences that tell no strike: a question, a wish, a forecast, a condition, a denial, a past year, a downing
_NOT_TOLD = re.compile(r"\?|(?<![\w'’])(?:бажаю|бажаємо|хай|нехай|якщо|якби|буде|будуть|незабаром|скоро|"
                       r"нічого\s+не|не\s+було|фейк|(?:19|20)\d\d\s*(?:року|році|рік|р\.)|збит|збил|перехопл|перехопил|"
                       r"знешкод|подавл)\w*", _F)
_DOWNING_LEMMAS = frozenset({"збити", "перехопити", "знешкодити", "подавити", "запустити", "випустити",
                             "запускати", "випускати", "отримати", "передати", "купити", "виготовити"})
_MOVING = ("літати", "летіти", "їхати", "ходити", "йти")  # "злетіли", "полетіли", "прибули": moving, not striking
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# a report tells when its strike happened: a night, a part of a day, today or yesterday, a weekday or a date (an
# opinion, a forecast or an analysis seldom does); a post as short as a headline need not
TOLD_WHEN = re.compile(rf"(?<![\w'’])(?:у?вночі|ніч\w*|сьогодні|зранку|вранці|вдень|ввечері|щойно|[ву]чора|"
                   rf"позавчора|ранок|ранку|неділ\w*|понеділ\w*|вівтор\w*|серед\w*|четвер\w*|п[’'ʼ]ятниц\w*|субот\w*|"
                   rf"ноч\w*|сегодня|утр\w*|вечер\w*|дн[её]м|вчера)(?![\w'’])|"
                   rf"\d{{1,2}}\s+(?:{'|'.join(UK_MONTHS)})", _F)
_HEADLINE_LENGTH = 200
_CLAUSE_MARK = re.compile(r"[,;:—–]")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _SENTENCE.finditer(text) if match.group(0).strip()]


def _told(text: str, start: int, end: int) -> bool:
    return _NOT_TOLD.search(text, start, end) is None and not over_years(text, start)


def _aimed_at_a_target(words: str, language: str, in_a_place: bool = False) -> bool:
    """Whether the words after "по" name a place or a thing: a capitalised word, or a noun in the dative or the
    locative, the cases "по" governs (not a price, "по 20 тисяч", nor "по черзі", an adverb's)."""
    for word in words.split():
        if word[:1].isupper():
            return True
        # (any case of the first reading's noun in a sentence with no verb naming a place: "Ракета по дитячій лікарні
        # у Києві" reads first as a genitive; not "шахед по звуку", a sound told apart, "дронів отримали по медалі",
        # one each, nor "безпілотників по даних з …", whose noun is not the first reading)
        lemma, first = parse(word.lower(), language)
        tags = [first]
        if in_a_place and "NOUN" in first:
            tags.extend(grammemes for each, grammemes in readings(word.lower(), language)
                        if each == lemma and "NOUN" in grammemes)
        if any("NOUN" in grammemes and grammemes & {"datv", "loct"} for grammemes in tags):
            return True
        if not any("ADJF" in grammemes for grammemes in tags):
            return False
    return False


def _wanted(sentence: str, position: int, language: str) -> bool:
    """Whether a word of wanting, preparing, fearing or intending stands before ``position`` in its clause (the
    lists of ``strike_words``: "підготовку до запуску дронів по …", "мав намір … навести ракетний удар по …")."""
    clause = re.split(r"[,;:—–]", sentence[:position])[-1]
    lemmas = [parse(word.group(0).lower(), language)[0] for word in re.finditer(_W, clause)]
    return any(lemma in wording().intending for lemma in lemmas) or any(
        lemma in wording().not_yet for lemma in lemmas[-_NOT_YET_REACH:])


def _said_of_now_or_later(sentence: str, position: int, language: str) -> bool:
    """Whether the clause around ``position`` has a finite verb in the present or the future tense (not "є"): a
    weapon aimed is then what is done as a habit, shown or to come ("пускає дрони по вікнам", "завдає ударів
    ракетами по …"), not a strike told."""
    first = max((mark.end() for mark in _CLAUSE_MARK.finditer(sentence, 0, position)), default=0)
    stop = _CLAUSE_MARK.search(sentence, position)
    for word in re.finditer(_W, sentence[first:stop.start() if stop else len(sentence)]):
        lemma, grammemes = parse(word.group(0).lower(), language)
        if "VERB" in grammemes and grammemes & {"pres", "futr"} and lemma != "бути":
            return True
    return False


def _verb_of_now(sentence: str, position: int, language: str) -> bool:
    """Whether the clause around ``position`` has a word any reading of which is a verb in the present or the future
    tense (not "є"; "розносить" reads first as an infinitive)."""
    first = max((mark.end() for mark in _CLAUSE_MARK.finditer(sentence, 0, position)), default=0)
    stop = _CLAUSE_MARK.search(sentence, position)
    return any("VERB" in tags and tags & {"pres", "futr"} and lemma != "бути"
               for word in re.finditer(_W, sentence[first:stop.start() if stop else len(sentence)])
               for lemma, tags in readings(word.group(0).lower(), language))


def _past_verb(word: str, language: str) -> bool:
    return any("VERB" in tags and "past" in tags and lemma not in _DOWNING_LEMMAS and not lemma.endswith(_MOVING)
               for lemma, tags in readings(word.lower(), language))


def _object_named(text: str, language: str) -> bool:
    return struck_object(text, language) is not None or bool(energy_mentions(text)) or bool(_AIRCRAFT.search(text))


def _struck_in_clause(clause: str, language: str) -> bool:
    """Whether a clause after a verb names an object struck: not one a preposition of where from or where to
    governs ("злетіли з аеродрому")."""
    spans = [each[1].span() for each in energy_mentions(clause)]
    found = struck_object(clause, language)
    spans.extend([found] if found else [])
    spans.extend(match.span() for match in _AIRCRAFT.finditer(clause))
    return any(not _FROM_OR_TO.search(clause, 0, start) for start, _ in spans)


def _subject_acted(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Spans of past verbs whose subject is a weapon or a Ukrainian force and whose clause names an object struck,
    in a sentence naming a place (a Ukrainian force's, a place Russia holds or an object of the enemy's)."""
    found: list[tuple[int, int]] = []
    sentence = text[start:end]
    places = find_places(sentence, language)
    if not places and not _ENEMY_OWN.search(sentence):
        return found
    on_russian_side = _ENEMY_OWN.search(sentence) is not None or any(russian_side(place) for place in places)
    subjects = [(match.end(), False) for match in re.finditer(_WEAPON, sentence, _F)]
    subjects.extend((match.end(), True) for match in lexicon().actors["UA"].finditer(sentence))
    for subject_end, ukrainian in subjects:
        if ukrainian and not on_russian_side:
            continue
        for word in list(re.finditer(_W, sentence[subject_end:]))[:_VERB_REACH]:
            if word.group(0).lower() == "не":
                break
            if not _past_verb(word.group(0), language):
                continue
            verb_end = subject_end + word.end()
            rest = sentence[verb_end:verb_end + _OBJECT_REACH]
            stop = _CLAUSE_END.search(rest)
            clause = rest[:stop.start()] if stop else rest
            within = list(re.finditer(_W, clause))[:_OBJECT_WORDS]
            if within and _struck_in_clause(clause[:within[-1].end()], language):
                found.append((start + subject_end + word.start(), start + verb_end))
            break
    return found


def verbless_strikes(text: str, language: str = "uk") -> list[tuple[int, int]]:
    """Spans that tell a strike in ``text`` with no word of striking (the three shapes of the module's doc)."""
    found: list[tuple[int, int]] = []
    told_when = TOLD_WHEN.search(text) is not None
    headline = len(text) <= _HEADLINE_LENGTH
    if not (headline or told_when) or names_striking(text, language):
        return found  # (words of striking the guards of ``strike_words`` set aside are not read again by shape)
    spans = _sentences(text)
    title = text[spans[0][0]:spans[0][1]] if spans else ""
    title_places = bool(find_places(title, language)) if title else False
    object_in_post: bool | None = None
    for start, end in spans:
        sentence = text[start:end]
        if not _told(text, start, end):
            continue
        for match in _AIMED.finditer(sentence):
            if _aimed_at_a_target(match.group(1), language, not has_verb(sentence, language) and bool(
                    find_places(sentence, language))) and not _wanted(
                    sentence, match.start(), language) and not _said_of_now_or_later(sentence, match.start(), language):
                found.append((start + match.start(), start + match.end()))
        found.extend((start + match.start(), start + match.end()) for match in _UNDER_FIRE.finditer(sentence)
                     if find_places(sentence, language)
                     and not _said_of_now_or_later(sentence, match.start(), language))
        found.extend((start + first, start + last) for first, last in aimed_without_verb(
            sentence, language, places_in_post=lambda: bool(find_places(text, language))))
        if told_when:  # a deed told with any verb is a report only with its time ("ЗСУ захопили склади" is not)
            found.extend(_subject_acted(text, start, end, language))
        for match in _AFTERMATH.finditer(sentence):
            # under a title naming a place, or in a headline's sentence naming one: deep in a longer post that
            # opens on something else, damage is a story's detail ("розробка … був пошкоджений катер")
            if not (title_places or (headline and find_places(sentence, language))):
                break
            if object_in_post is None:
                object_in_post = _object_named(text, language) or re.search(_WEAPON, text, _F) is not None
            if match.group(0) == "🔥" and _verb_of_now(sentence, match.start(), language):
                continue  # "авіація розносить вщент … 🔥": a video's praise, the verb in the present
            if object_in_post:
                found.append((start + match.start(), start + match.end()))
    return sorted(set(found))
