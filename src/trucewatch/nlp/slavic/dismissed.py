"""A fire or a strike a post tells and then dismisses in its own words: put down to a technical cause with no weapon
named (:func:`technical_cause`), quoted from others and debunked (:func:`quoted_and_debunked`), taken back by an
update or a correction (:func:`retracted`), or said in the writer's own words not to have happened, to be a fake,
or to be with no hit known yet
(:func:`no_strike_happened`). Read by :mod:`trucewatch.nlp.slavic.kinds`, which makes such a post ``other``.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.roles import NO_HITS_YET
from trucewatch.nlp.slavic.spans import sentence_around
from trucewatch.nlp.slavic.unconfirmed import hearsay_unconfirmed
from trucewatch.nlp.slavic.wording import strike_words

_F = re.IGNORECASE

# a fire or a blast put down to a technical cause, by anyone ("технологічний збій", "уряд каже, що причина технічна",
# "коротке замикання") ...
_TECHNICAL_CAUSE = re.compile(r"(?<![\w'’])(?:технологічн|технічн|техногенн|технологическ|техническ)\w*\s+"
                              r"(?:збій|збою|збої|причин\w*|несправн\w*|аварі\w*|сбой|сбоя|неисправн\w*|авари\w*)|"
                              r"(?<![\w'’])причин\w*\s+(?:[\w'’]+\s+){0,2}(?:технічн|технологічн|техническ|"
                              r"технологическ)\w*|(?<![\w'’])коротк\w*\s+замикан\w*|(?<![\w'’])самозайман\w*", _F)
# ... in a post naming no weapon nor a strike, once "no drones" is set aside ("без дронів", "дронів не було"), and
# not in mockery of the official word ("офіційно — технічна причина 😏")
_WEAPON_OR_STRIKE = re.compile(r"(?<![\w'’])(?:дрон|БПЛА|БпЛА|безпілот|беспилот|птах|птич|шахед|ракет|атак|удар|"
                               r"прил[іьеё]о?т|уражен|влучан|ППО|ПВО)\w*", _F)
# ("дронів ніхто не чув", "вибухів ніхто не чув": nobody heard or saw any, as _BY_ITSELF reads it too)
_NOBODY_SAW_DRONES = r"(?<![\w'’])(?:дронів|БПЛА|БпЛА|птахів|вибухів|прильотів)\s+ніхто\s+не\s+(?:бачив|чув)(?![\w'’])"
_NO_DRONES = re.compile(r"(?<![\w'’])без\s+(?:дронів|птахів|БПЛА|БпЛА|атаки|удару|прильоту)(?![\w'’])|"
                        r"(?<![\w'’])(?:дронів|птахів|БПЛА|БпЛА|прильоту|прильотів)\s+(?:там\s+|тут\s+)?не\s+було"
                        rf"(?![\w'’])|{_NOBODY_SAW_DRONES}", _F)
_MOCKED = re.compile(r"(?<![\w'’])(?:офіційн\w*|нібито|звісно|звичайно|ага|ну-ну|так-так)(?![\w'’])|[😏🤡😂🤣😁🙃]|"
                     r"[«\"]\s*(?:технічн|технологічн|техническ|технологическ)", _F)


def technical_cause(text: str) -> bool:
    """Whether the post puts its fire or blast down to a technical cause and names no weapon nor strike (drones said
    to be absent aside), with no mockery of the official word."""
    if not _TECHNICAL_CAUSE.search(text) or _MOCKED.search(text):
        return False
    return _WEAPON_OR_STRIKE.search(_NO_DRONES.sub(" ", text)) is None


# a quotation (« … ») and what the post says of it in its own words: the picture is of another year ("зроблене ще у
# 2022-му", "Насправді це Бєлгород 2024 року"), "не ведіться", nothing was found ("пошкоджень не зафіксовано")
_QUOTATION = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")
_DEBUNKED = re.compile(r"(?<![\w'’])(?:насправді|не\s+ведіться|не\s+вір\w*)(?![\w'’])|"
                       # ... no trace of it shown ("Жодного фото уламків, жодного відео"), or a pretext made ready
                       # ("Схоже на підготовку приводу")
                       r"(?<![\w'’])(?:жодн|ніяк)\w*\s+(?:фото|відео|кадр|доказ|підтвердж|уламк|слід)\w*|"
                       r"(?<![\w'’])підготовк\w*\s+(?:\w+\s+)?(?:привод|привід|провокаці)\w*|"
                       r"(?<![\w'’])(?:зроблен|знят|відзнят)\w*\s+(?:ще\s+)?(?:у|в)\s+(?:19|20)\d\d|"
                       r"(?<![\w'’])(?:пошкоджень|уражень|влучань|руйнувань)\s+(?:[\w'’]+\s+)?не\s+зафіксован", _F)


def quoted_and_debunked(text: str) -> bool:
    """Whether every word of striking in the post stands inside a quotation the post's own words then debunk
    ("Фото «палаючого … НПЗ» … зроблене ще у 2022-му. Не ведіться", "Ці кадри русня видає за «удар ЗСУ по Брянську».
    Насправді це Бєлгород 2024 року")."""
    quotes = [match.span() for match in _QUOTATION.finditer(text)]
    if not quotes:
        return False
    outside = "".join(text[end:start] for (_, end), (start, _) in zip([(0, 0), *quotes], [*quotes, (len(text), 0)],
                                                                        strict=True))
    found = strike_words(text)
    return bool(found) and all(any(start <= word < end for start, end in quotes) for word, _ in found) and bool(
        _DEBUNKED.search(outside))


# an update that takes the post back ("UPD: Схоже що ні(", "UPD: не підтвердилось", "Оновлення: фейк")
_RETRACTED = re.compile(r"(?:\bUPD|\bОновлен\w*)\s*:?\s*(?:[\w'’]+\s+){0,2}(?:ні|не\s+підтверд\w*|фейк)(?![\w'’])|"
                        # ... or calls it off, says the pictures are last year's or that the channel hurried ("UPD:
                        # все, відбій, фото з листопада минулого року", "UPD: поспішили"; not "UPD: відбій тривоги")
                        r"(?:\bUPD|\bОновлен\w*)\s*:?[^\n]{0,60}?(?<![\w'’])(?:відбій(?![\w'’])"
                        r"(?!\s+(?:повітрян\w*\s+)?тривог)|поспішили(?![\w'’])|(?:фото|відео|кадр|світлин)\w*\s+"
                        r"(?:ще\s+)?(?:з|зі|із)\s+(?:[\w'’]+\s+)?минулого\s+року)|"
                        # ... or says what it was instead, or that the writer takes the question back ("UPD: то були
                        # навчання МНС", "UPD: … тож не бавовна, а цирк", "UPD: знімаю питання")
                        r"(?:\bUPD|\bОновлен\w*)\s*:?[^\n]*?(?<![\w'’])(?:(?:то|це)\s+(?:був|була|було|були)\s+"
                        r"(?:лише\s+|просто\s+|звичайні\s+)?навчання|не\s+(?:бавовна|приліт|удар|атака|вибух)\s*,\s*а|"
                        r"знімаю\s+(?:питання|пост|новину))(?![\w'’])", _F)
# ... or a post that says in its own words that no strike happened ("виявляється ніяких вибухів не було, просто дах
# завалило снігом"; not the other side's words: "русня пише, що ніяких вибухів не було")
# a post that opens by correcting an earlier post and says what "in fact" happened withdraws that post's strike
# ("Уточнення до вчорашнього посту: відео з «палаючим НПЗ» — насправді горів склад")
_CORRECTED = re.compile(r"\W*(?:уточнення|виправлення|поправка)\s+(?:до|щодо)\s+(?:[\w'’ʼ]+\s+){0,2}"
                        r"(?:пост|допис|новин|повідомлен)\w*[^\n]*?(?<![\w'’ʼ])насправді(?![\w'’ʼ])", _F)
_NONE_HAPPENED = re.compile(r"(?<![\w'’])(?:ніяк|жодн)\w*\s+(?:[\w'’]+\s+)?(?:вибух|удар|атак|прил[іь]о?т|уражен|пожеж)"
                            r"\w*\s+(?:[\w'’]+\s+)?не\s+(?:було|був|була|сталос[ья])(?![\w'’])|"
                            # ... or that no drones were there, or that it happened without the writer's side ("Одразу
                            # кажу — дронів там не було", "Просто пожежа, без нашої участі")
                            r"(?<![\w'’])(?:дронів|БПЛА|БпЛА|птахів|ракет|прильоту|прильотів)\s+(?:там|тут)"
                            # ("Дронів там, схоже, взагалі не було")
                            r"(?:\s*,\s*[\w'’]+\s*,)?\s+(?:взагалі\s+|зовсім\s+)?не\s+було(?![\w'’])|"
                            r"(?<![\w'’])без\s+(?:нашої|наших)\s+(?:участі|дронів|птахів)(?![\w'’])|"
                            # ... or, with no verb, that there were none, two such in a row ("Ніяких дронів, жодних
                            # вибухів, просто горить")
                            r"(?<![\w'’])(?:ніяких|жодних)\s+(?:дронів|птахів|ракет|вибухів|прильотів|ударів|атак)"
                            r"\s*[,;—–-]\s*(?:(?:і|та|й|ні)\s+)?(?:ніяких|жодних)\s+(?:дронів|птахів|ракет|вибухів|"
                            r"прильотів|ударів|атак)(?![\w'’])|"
                            # ... or that the writer's side struck nothing ("Нічого ми не атакували", "ніхто нічого не
                            # бив"; not "АЕС ніхто не чіпав", one object untouched beside a strike told)
                            r"(?<![\w'’])нічого\s+(?:[\w'’]+\s+){0,2}?не\s+(?:атакува|бив|били|вдари|уразил|уразив|"
                            r"чіпа|обстріл|підрива|підірва)\w*|"
                            # ... or that the pictures going round are of another year ("Кадри з ТЕЦ …, які летять по
                            # всіх каналах — це 2022-й", "Відео … — ще з 2023 року")
                            r"(?<![\w'’])(?:кадр|відео|фото|світлин)\w*[^.!?\n]{0,100}?[—–-]\s*(?:це\s+)?(?:ще\s+)?"
                            r"(?:з\s+|зі\s+)?(?:19|20)\d\d(?![\d.,:])|"
                            # ... or that it was no strike at all ("Це не дрони і не ГУР — просто газовий балон")
                            r"(?<![\w'’])це\s+не\s+(?:дрон\w*|ракет\w*|шахед\w*|приліт|прильот\w*|удар|атака|ГУР|СБУ|"
                            r"наші)(?![\w'’])|"
                            # ... or found by a reverse image search, or of another place and year ("Пошук по картинці
                            # — 5 секунд: це Алеппо, 2016 рік")
                            r"(?<![\w'’])(?:пошук|поиск)\s+(?:по\s+)?(?:картинці|картинке|фото|зображенню)(?![\w'’])|"
                            r"(?<![\w'’])це\s+[А-ЯІЇЄҐ][\w'’-]+,\s*(?:19|20)\d\d\s*(?:рік|року|р\.)|"
                            # ... or that they are old ("Перевірив — старе фото з 2024-го", "це архівне відео")
                            # ("Це була стара відеошка 2023 року")
                            r"(?:[—–-]|(?<![\w'’])(?:це|є))\s*(?:(?:був|була|було|були)\s+)?(?:ще\s+|дуже\s+|просто\s+)?"
                            r"(?:стар|архівн|минулорічн)(?:е|і|ий|а)\s+(?:фото|відео|кадр|світлин|фотк|відос)\w*|"
                            # ("Відео з палаючим заводом, яке ми вчора публікували, виявилось старим")
                            r"(?<![\w'’])(?:кадр|відео|фото|світлин|ролик|відос)\w*[^.!?\n]{0,80}?(?:вияви\w*|виявляєт\w*|"
                            r"оказа\w*)\s+(?:ще\s+)?(?:стар|архівн|минулорічн)\w*|"
                            # ... or that the smoke or fire came not from a strike ("Дим на фото — від пожежі на складі,
                            # не від удару")
                            r"(?<![\w'’])не\s+від\s+(?:удар|прил[іь]о?т|дрон|атак|вибух|ракет|шахед)\w*|"
                            # ... or that the writer takes the post back ("Тож цей епізод знімаю", "пост видаляю")
                            r"(?<![\w'’])(?:епізод|пост|допис|новин|інформаці)\w*\s+(?:[\w'’]+\s+){0,3}?"
                            # (or has: "Пост видалили", "допис прибрали")
                            r"(?:знімаю|видаляю|прибираю|відкликаю|знімаємо|видаляємо|прибираємо|відкликаємо|"
                            r"видалили|видалено|прибрали|зняли|відкликали)(?![\w'’])|"
                            r"(?<![\w'’])(?:знімаю|видаляю|прибираю|відкликаю|знімаємо|видаляємо|прибираємо|відкликаємо)\s+"
                            # ("Знімаємо ранковий пост про «удар …»", "видаляємо вчорашню новину")
                            r"(?:[\w'’]+\s+){0,2}?"
                            r"(?:епізод|пост|допис|новин|інформаці)\w*",
                            _F)
# ... or that there were no hits, in a post that counts nothing downed ("сьогодні вночі по Києву не було влучань, ППО
# спрацювала ідеально"; a tally saying "влучань не було" stays a tally)
_NO_HITS = re.compile(r"(?<![\w'’])не\s+було\s+(?:жодних\s+|ніяких\s+)?(?:влучань|прильотів|уражень)(?![\w'’])|"
                      # ... or that it has gone without hits so far ("Поки що без влучань, чекаємо ранку")
                      r"(?<![\w'’])(?:поки\s+що|поки|наразі|досі)\s+без\s+(?:влучань|прильотів|уражень)(?![\w'’])|"
                      # ... or that none is seen, or none yet ("Влучань поки не видно, пожеж теж", "уражень наразі
                      # немає", "не видно ні влучань, ні пожеж"; "влучань не зафіксовано" alone may close a report of
                      # debris)
                      r"(?<![\w'’])(?:влучань|прильотів|уражень)\s+(?:(?:поки\s+що|поки|наразі|ще)\s+"
                      r"(?:не\s+видно|не\s+зафіксовано|немає|нема)|не\s+видно)(?![\w'’])|"
                      r"(?<![\w'’])не\s+видно\s+(?:ні\s+)?(?:влучань|прильотів|уражень)(?![\w'’])|"
                      # ("Влучань за даними ОВА не було": by an authority's word)
                      r"(?<![\w'’])(?:влучань|прильотів|уражень)\s+(?:за\s+даними\s+[\w'’]+\s+)?"
                      r"не\s+було(?![\w'’])", _F)
# ... or that the fire started by itself, with no drones ("не наша бавовна — сама зайнялась", "дронів ніхто не
# бачив"), when every word of striking stands in such a sentence
_BY_ITSELF = re.compile(r"(?<![\w'’])(?:сама|само|сам|сами|сама\s+собою)\s+(?:по\s+собі\s+)?(?:зайнял\w*|загорі\w*|"
                        r"спалахну\w*|загорел\w*|вибухну\w*)|(?<![\w'’])не\s+наша\s+(?:бавовна|робота)(?![\w'’])|"
                        + _NOBODY_SAW_DRONES, _F)
# ... or that what others showed is a fake ("З 90% впевненістю можемо сказати, що це наєбалово повне", "— ФЕЙК!")
_FAKE = re.compile(r"(?<![\w'’])(?:це|є)\s+(?:[\w'’]+\s+){0,2}?(?:фейк|наєбалов|постановк|вкид)\w*(?![\w'’])|"
                   r"[—–-]\s*фейк\w*(?![\w'’])|"
                   # ... or a sentence opening with the word ("Фейк: ніякого удару …", "Фейк для МАГАТЕ"), an emoji
                   # ending the sentence before as a full stop does ("… пальми в кадрі 🌴 Фейкороби, старайтеся")
                   r"(?:^|(?<=[.!?\n\U0001F300-\U0001FAFF\u2600-\u27BF]))\s*[^\w\s]{0,3}\s*фейк\w*(?![\w'’])", _F)
# ("кажу" is the writer's own word: "Одразу кажу — дронів там не було")
_SAID_BY_OTHERS = re.compile(r"(?<![\w'’])(?:заявля|заяви|каж(?!у(?![\w'’]))|пиш|стверджу|бреш|повідомля|пізд|пизд|"
                             r"відповіда|"
                             r"вважа)\w*[^.!?\n]*$", _F)


def _headed(heads: str, reach: int, words: str) -> re.Pattern[str]:
    """A post opening with one of ``heads`` whose heading line and the ``reach`` characters after it say one of
    ``words``."""
    return re.compile(rf"\W*(?:{heads})(?![\w'’ʼ])[^\n]{{0,40}}\n?[\s\S]{{0,{reach}}}?(?<![\w'’ʼ])(?:{words})"
                      r"(?![\w'’ʼ])", _F)


# ... or opens with a correction and says what it corrects was not confirmed or written in haste ("**Поправка** ❗️ Вчора
# ми писали про «уражений НПЗ у Новошахтинську» — інфа не підтвердилась"; not "Уточнення по ночі …", more detail)
# (or a call-off heading it, "Відбій по Туапсе: інфа не підтвердилась"; not an air-raid all-clear, "Відбій тривоги")
_CORRECTION_HEAD = _headed(r"поправка|виправлення|спростування|відбій(?!\s+(?:повітрян\w*\s+)?тривог)", 200,
                           r"не\s+підтверд\w*|поспішил[аи]?|поспішив|помилил\w*|помилка|"
                           # ... or says what it wrote was wrong ("горів не нафтозавод, як я написав, а склад")
                           r"як\s+(?:я|ми)\s+(?:на)?писал?[аи]?(?:в)?")


# ... or opens by saying the news of a strike was not confirmed ("Інформація про удар по Брянській ТЕЦ не
# підтвердилась."; not a report of one the other side does not confirm, which names the side: "росіяни не
# підтверджують")
_UNCONFIRMED_HEAD = re.compile(r"\W*(?:інформаці\w*|інфа|новин\w*|дані|повідомлен\w*)\s+(?:про|щодо)\s+[^\n]{0,80}?"
                               r"(?<![\w'’ʼ])не\s+підтвердил\w*", _F)


# ... or a clarification heading it that says the news was not confirmed or owns to haste ("Уточнення по Ільському:
# вчорашня інформація … не підтвердилась", "Уточнення щодо Новоросійська … Вибачаємось за поспіх"; not one that
# corrects a detail, "Уточнення до нічного посту: писали про Тулу — помилилися, вибухи були в Рязані")
_CLARIFIED_AWAY = _headed("уточнення", 300, r"не\s+підтвердил\w*|поспіх\w*")


def retracted(text: str) -> bool:
    """Whether an update takes the post back, or the post opens by correcting an earlier one or by saying its news
    was not confirmed."""
    return _RETRACTED.search(text) is not None or _CORRECTED.match(text) is not None or (
        _CORRECTION_HEAD.match(text) is not None) or _UNCONFIRMED_HEAD.match(text) is not None or (
        _CLARIFIED_AWAY.match(text) is not None)


def no_strike_happened(text: str, *, counts_downed: bool) -> bool:
    """Whether the post says in its own words that no strike or explosion happened, or that what was shown is a
    fake (not quoting the other side); with ``counts_downed`` (the post gives a count downed) a tally's "влучань не
    було" does not count."""
    hits = [] if counts_downed else [*_NO_HITS.finditer(text)]
    for match in [*_NONE_HAPPENED.finditer(text), *_FAKE.finditer(text), *hits]:
        begin = sentence_around(text, match.start())[0]
        # (an emoji ends what others said as a full stop does: "Кацапи пишуть, що ми «атакували …» 🙄 Нічого ми не …")
        begin = max([begin, *[each.end() for each in _EMOJI.finditer(text, begin, match.start())]])
        if not _SAID_BY_OTHERS.search(text, begin, match.start()):
            return True
    if not counts_downed and _only_in(text, [*NO_HITS_YET.finditer(text), *_BY_ITSELF.finditer(text)]):
        return True
    if hearsay_unconfirmed(text):
        return True  # "місцеві кажуть, що на днях вибухало … Поки не можемо підтвердити" (.unconfirmed)
    return quoted_and_debunked(text)


def _only_in(text: str, found: list[re.Match[str]]) -> bool:
    """Whether some of ``found`` stand in the post and every word of striking it holds stands in a sentence of
    theirs or in a question ("Самара, шо там горить?")."""
    if not found:
        return False
    sentences = [sentence_around(text, match.start()) for match in found]
    return all(any(start <= word < end for start, end in sentences) or text[sentence_around(text, word)[1]:][:1] == "?"
               for word, _ in strike_words(text))


_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")


# a fire told, and nothing else of striking ("горить склад", "пожежа на НПЗ", "FIRMS показав гарячу точку") ...
_FIRE_WORD = re.compile(r"(?:гор[іи]|пожеж|пала|загор|вигор|займан|полум|гаряч)", _F)
# ... that the writer answers with a bare "ні" right after others' words quoted ("Нам пишуть «знову горить завод».
# Ні: …", "«це наші дрони»: ні."), says was not attacked ("Наше Кам'янське цієї ночі не атакували", "ніяких дронів"),
# or puts down to an accident ("аварію на установці")
_FIRE_DISMISSED = re.compile(r"[»\"”]\s*[.!?:]?\s*(?P<no>ні)\s*(?:[:.!—–,]|$)|"
                             r"(?<![\w'’])не\s+(?:атакува|атакова|вража|уража|обстрілюва|бомбил)\w*|"
                             r"(?<![\w'’])(?:атак|удар|прильот|обстріл)\w*\s+не\s+було(?![\w'’])|"
                             # ("ніяких дронів, ніякої «руки Києва» — просто пожежа": none, in the writer's words)
                             r"(?<![\w'’])(?:ніяких|жодних)\s+(?:дронів|атак|ударів|прильотів|БПЛА|БпЛА)(?![\w'’])|"
                             r"(?<![\w'’])(?P<accident>авар(?:ія|ію|ії|ією))(?![\w'’])", _F | re.MULTILINE)


def fire_dismissed(text: str) -> bool:
    """Whether every word of striking in a Ukrainian post is one of fire, and no strike made it: the writer's bare
    "ні" answering what others wrote, an accident (as anyone says, as :func:`technical_cause` reads a technical
    cause), or no attack in the writer's own words (not what others say: "росіяни пишуть, що їх не атакували");
    not in mockery of the official word."""
    dismissals = [*_FIRE_DISMISSED.finditer(text)]
    if not dismissals or _MOCKED.search(text):
        return False
    found = strike_words(text)
    if not found or not all(_FIRE_WORD.match(text, start) for start, _ in found):
        return False
    for match in dismissals:
        if match.group("no") or match.group("accident"):
            return True  # (the writer's "ні" answers what others write; an accident is the cause, as anyone says)
        begin = sentence_around(text, match.start())[0]
        # (an emoji ends what others wrote as a full stop does: "Пишуть, шо горить НПЗ 🔥 Одразу скажу: ніяких дронів")
        begin = max([begin, *[each.end() for each in _EMOJI.finditer(text, begin, match.start())]])
        if not _SAID_BY_OTHERS.search(text, begin, match.start()):
            return True
    return False
