"""A Ukrainian post's words of striking read by lemma: which words say a strike happened, which speak of
strikes in general or of one only wanted, and which name an object struck in a headline (the lists are data:
``strike_words`` and ``struck_objects`` in ``data/lexicon.yaml``).

Only words whose first three letters begin a listed lemma or stem are parsed, so a post costs a few
dictionary look-ups, not one per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from trucewatch.nlp.slavic.announced import review_announced
from trucewatch.nlp.slavic.facilities import facility_mentions
from trucewatch.nlp.slavic.fired import FIRED
from trucewatch.nlp.slavic.lexicon import lexicon, raw_lexicon
from trucewatch.nlp.slavic.morph import parse, readings
from trucewatch.nlp.slavic.spans import sentence_around
from trucewatch.nlp.slavic.timing import UK_MONTHS

_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’ʼ]+(?:-[А-Яа-яЁёІіЇїЄєҐґ'’ʼ]+)*")
# after a question, words saying nothing confirms it yet
_NOT_CONFIRMED_AFTER = re.compile(r"(?<![\w'’])(?:підтверджен\w*\s+(?:поки\s+)?(?:нема|немає|ще\s+нема)|"
                                  r"(?:поки\s+|ще\s+)?не\s+підтверджен\w*|поки\s+(?:що\s+)?невідомо|"
                                  r"подтверждени\w*\s+(?:пока\s+)?нет|не\s+подтвержден\w*)", re.IGNORECASE)
# ... and after sounds heard, words saying nothing confirms a hit ("гуло й під Міллеровим, але без підтверджень")
_BUT_UNCONFIRMED = re.compile(r"[^.!?\n]{0,40}?,?\s*(?:але|проте|однак)\s+(?:ще\s+|поки\s+(?:що\s+)?)?"
                              r"(?:нема[єе]?\s+|без\s+)підтверджен", re.IGNORECASE)
_NOT_YET_REACH = 3  # words before a word of striking that may make it wanted or possible, not done
# strikes in the plural that did happen: delivered ("завдали відчутних ударів"), their consequences or time
# ("внаслідок ракетних ударів", "під час ударів цієї ночі"; "після" below) or the other side's ("нові удари рф по
# енергетиці")
# (an attempt made counts: "спробували нанести удари по РЛС", and so does one of them: "однієї з масованих атак")
_HAPPENED = re.compile(r"(?:внаслідок|через|від|результаті|під\s+час|завдал\w*|завдав(?![\w'’])|нанесл\w*|наніс|"
                       r"спробувал\w*|спробував|одн\w+\s+з)\s+"
                       r"(?!(?:останні|недавні|нещодавні|минул)\w*\s)(?:[\w-]+\s+)?$", re.IGNORECASE)
# strikes counted happened ("ворог здійснив 54 обстріли", "два балістичні удари по навчальному закладу", "завдали 412
# ударів по 12 н.п."; not a date or a time: "1 травня", "о 05:00", nor a count told roughly, a year's: "щонайменше 165
# масових атак")
_COUNTED = re.compile(r"(?<![\w'’.:,])(?<!щонайменше\s)(?<!понад\s)(?<!близько\s)(?<!більше\s)(?<!майже\s)"
                      r"(?<!до\s)(?<!від\s)(?:\d+|два|дві|три|чотири|п[’'ʼ]ять|шість|сім|вісім|дев[’'ʼ]ять|десять)\s+"
                      r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# strikes of a day just past ("їхні сьогоднішні удари по Дніпру, Харкову …", "Нічні удари були виконані …"): these
# happened, however many (not "для здійснення нічних атак": what a weapon is for)
_OF_A_DAY = re.compile(r"(?<![\w'’])(?<!для\s)(?<!здійснення\s)(?<!нанесення\s)(?<!завдання\s)"
                       r"(?:сьогоднішн|[ву]чорашн|позавчорашн|нічн|ранков|вечірн)\w*\s+$", re.IGNORECASE)
# strikes the post says its news is about ("Скоріше за все, мова йде про удари сьогодні … по аеродрому Бельбек", "Мова
# ймовірно про удари «Нептунів» по заводу …"): the strikes of that news, however many
_SPOKEN_OF = re.compile(r"(?<![\w'’ʼ])мова\s+(?:(?:йде|іде|ймовірно|імовірно|певно|скоріше|напевно)\s+){0,2}про\s+"
                        r"(?:[\w'’ʼ-]+\s+)?$", re.IGNORECASE)
# (not strikes of late in general: "під час останніх атак випускали по Україні дрони з термобаричною частиною")
# "НПЗ призупинив роботу після атак українських дронів": strikes in the plural after "після" happened when the
# clause tells what they stopped or cost ("Sea Baby після атак на ворожий флот передали до музею", "після ударів —
# відповідати ворогу" speak of strikes in general)
# what a strike stopped, cut or damaged
_LOSS = r"призупин|припин|зупин|втрат|скороти|скоротил|знизил|впал|впав|пошкодж|вийш\w*\s+з\s+ладу"
_AFTER_A_CONSEQUENCE = re.compile(r"(?:" + _LOSS + r")\w*[^.!?\n]{0,80}?(?<![\w'’])після\s+(?:[\w-]+\s+)?$",
                                  re.IGNORECASE)
# a word of striking right after "після" dates something else ("Генштаб після удару по Сумах: …", "скликання Радбезу
# після атак рф") unless its sentence tells what the strike did or left (a fire put out or not, a blast, the dead or
# wounded, damage, a stop, a power cut, a flood, debris, a repeat, a day of mourning) or a time word names the one
# strike ("після сьогоднішнього удару", "після останньої атаки")
_AFTER = re.compile(r"(?<![\w'’])після\s+(?!(?:сьогоднішн|[ву]чорашн|нічн|ранков|вечірн|останн)\w*\s)(?:[\w'’-]+\s+)?$",
                    re.IGNORECASE)
# a word of striking right after "напередодні" / "накануне" names the strike something else came before ("Напередодні
# масованого ворожого обстрілу уражено аеродроми"): it dates the strike the post tells, it is not one told (not
# "напередодні ввечері", "накануне ночью": the day before, a time word)
ON_THE_EVE = re.compile(r"(?<![\w'’])(?:напередодні|накануне)(?!\s+(?:ввечері|увечері|вночі|уночі|вдень|зранку|вранці|"
                        r"вечером|ночью|днем|днём|утром)(?![\w'’]))\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# ... and so does one named as what a response answers ("Україна вдарить по рф у відповідь на сьогоднішню атаку
# Києва", "санкції у відповідь на удари": the news is the response; the noun in any case too: "вторгнення були
# навмисною відповіддю на українські атаки на Крим"), or as the topic of an opinion ("Марк Бернс жорстко
# висловився щодо атаки на Кривий Ріг", "прокоментував слова Трампа про те, що російський удар …")
_IN_ANSWER_TO = re.compile(r"(?<![\w'’])(?:(?:у|в)\s+відповідь|відповід(?:дю|і))\s+на\s+(?:[\w'’-]+\s+){0,2}$",
                           re.IGNORECASE)
_OPINION_ON = re.compile(r"(?<![\w'’])(?:висловив|висловил|прокоментува|відреагува|засудив|засудил|обурив|обурил)\w*"
                         r"[^.!?\n]{0,100}?(?<![\w'’])(?:щодо|про|стосовно)(?![\w'’])[^.!?\n]{0,50}$", re.IGNORECASE)
_CONSEQUENCE = re.compile(r"(?<![\w'’])(?:пожеж|горі|горит|палає|палал|спалах|вибух|загин|загибл|поранен|постраждал|"
                          # ("частина Бєлгорода сидить у темряві", "без опалення")
                          r"зруйн|руйнув|знеструм|блекаут|світла|темряв|опаленн|" + _LOSS
                          + r"|наслідк|руїн|вирв|дим|уламк|залишк|"
                          r"рештк|потуш|загас|погас|повтор|відключ|підтоп|затоп|жалоб|траур)", re.IGNORECASE)
# a relative clause that says with a word of habit or of the past what its noun did before ("…, яка нещодавно
# завдала удару по Києву", "…, які регулярно обстрілюють місто") describes the noun: the post's strike is told
# elsewhere, if at all (the present tense alone is not enough: "відео з дрона, який атакує підстанцію" tells one)
_RELATIVE = re.compile(r",\s*(як(?:ий|а|е|і|ого|ої|ому|ій|им|ими|их|ою)|котр\w+|де)\s+(?:[\w'’«»\"-]+\s+){0,5}$",
                       re.IGNORECASE)
_HABIT = re.compile(r"(?<![\w'’])(?:нещодавно|раніше|колись|регулярно|постійно|активно|неодноразово|часто|зазвичай|"
                    r"щодня|щоночі|весь\s+час)(?![\w'’])", re.IGNORECASE)
# the future of an imperfective verb, by "буде" or by "-тиме" ("буде атакувати", "продовжуватиме завдавати"; a
# perfective future, "прилетить", is read from the word itself)
_FUTURE = re.compile(r"буд(?:е|уть|у|емо|ете|еш)|\w{3,}тим(?:е|уть|у|емо|ете|еш)(?:ся)?")
# "порт має бути знищений", "повинен бути уражений": a strike owed, not one that happened
_MUST_BE = re.compile(r"\b(?:має|мають|мав|мала|мали|повинен|повинна|повинно|повинні|мусить|мусять)\s+(?:бути|буть)\s+"
                      r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# "DDoS-атаки", "кібератаки", "хакерська атака", "інформаційна атака", "гібридні атаки": not a strike with weapons
_NOT_ARMED = re.compile(r"(?:\bDD?oS|\bкібер|\bкибер|\bхакер\w*|\bінформаційн\w*|\bинформационн\w*|\bгібридн\w*|"
                        r"\bгибридн\w*)[\s-]*$", re.IGNORECASE)
# ... nor an attack on something that is no place or object ("атака на суверенитет Венгрии", "удар по демократії",
# "атака на свободу слова"): a figure of speech
_FIGURATIVE = re.compile(r"\s+(?:на|по|проти|против)\s+(?:[\w'’ʼ-]+\s+)?(?:суверенітет|суверенитет|демократі|демократи|"
                         r"незалежніст|независимост|свобод|репутаці|цінност|ценност|гідніст|достоинств)\w*",
                         re.IGNORECASE)
# the enemy named in the genitive after a word of striking is the one striking ("удари рф", "атаки ворога");
# after a preposition it is the target ("удари по росії")
NOT_A_TARGET = r"(?!(?:по|на|проти|[ву]глиб|всередин\w*|[ву]середині)\s)"  # "атаки вглиб рф" are on Russia
ENEMY_GENITIVE = r"(?:рф|росії|ворога|окупантів|русні)\b"
_BY_THE_ENEMY = re.compile(rf"\s+{NOT_A_TARGET}(?:[\w-]+\s+)?{ENEMY_GENITIVE}", re.IGNORECASE)
# "Атака мала відбутися 28 липня": a strike that was to happen, said after the word
_WAS_TO_HAPPEN = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}(?:мав|мала|мало|мали|має|мають|повин\w*)\s+(?:відбут|статис)",
                            re.IGNORECASE)
# the topic of a statement its sentence says is not confirmed or not known ("Інформація про пожежу … не
# підтвердилась", "щодо уражень поки що не відомо"; not "атакували РЛС, результат невідомий": the attack is told)
_TOPIC = re.compile(r"(?<![\w'’])(?:про|щодо|стосовно)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# ("Про влучання поки нічого": nothing heard of it yet)
_UNCONFIRMED = re.compile(r"(?<![\w'’])(?:не\s+(?:підтверд|відом|зафіксов|встановлен)|невідом|"
                          r"(?<=поки\s)нічого(?!\s+не)|(?<=поки\sщо\s)нічого(?!\s+не))\w*", re.IGNORECASE)
# ... but "повідомляють про влучання, деталі невідомо", "про пожежу, невідомо якого об'єкта": what is not known
# is another thing, the strike is told
_SOMETHING_ELSE = re.compile(r"(?:детал|подробиц|результат|наслідк|масштаб|причин)\w*\s+(?:[\w'’]+\s+){0,2}$",
                             re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"(?<![\w'’])не\s+(?:(?:наш|наша|наше|наші|їхній|їхня|їхнє|їхні)\s+)?[«\"]?$",
                             re.IGNORECASE)  # ... or disowned: "Ні, це не наш удар"
# flashes "in the sky" are the air defence at work over a place, no hit told ("спалахи в небі", "спалах високо в
# небі"; explosions told are a strike there, docs/posts.md, "The gold set")
_IN_THE_SKY = re.compile(r"\s*(?:[\w'’]+\s+)?(?:в|у)\s+неб[іе](?![\w'’])", re.IGNORECASE)
# "поки що не відомо, чи пов'язаний цей дим з атакою": whether there was a strike is asked, not told
_WHETHER = re.compile(r"(?:не\s+відом|невідом|не\s+ясно|неясно|незрозуміл|не\s+зрозуміл)\w*[^.!?\n]{0,40}?"
                      r"(?<![\w'’])чи(?![\w'’])[^.!?\n]{0,60}$", re.IGNORECASE)
# ... and asked first, said unknown after ("Чи повʼязано це з атакою дронів - поки не зрозуміло")
_WHETHER_FIRST = re.compile(r"(?<![\w'’])Чи(?![\w'’])")  # capitalised: it opens the question
# ... or opening a clause within the sentence, after a mark or a conjunction ("Що було ціллю і чи щось прилетіло —
# поки невідомо"; not "вибухи чи прильоти", one word or the other)
_WHETHER_CLAUSE = re.compile(r"(?:[,;:(—–]\s*|(?<![\w'’])(?:і|й|та|а|але)\s+)чи(?![\w'’])", re.IGNORECASE)
_NOT_KNOWN = re.compile(r"(?<![\w'’])(?:не\s+(?:відом|ясно|зрозуміл)|невідом|неясно|незрозуміл)\w*", re.IGNORECASE)
_WHICH = re.compile(r"\s*(?:як\w*|що|де|чи|звідки|кого|чого|чому|скільки)(?![\w'’])", re.IGNORECASE)
# a sentence of burning or damage "без наших атак" (without strikes) tells no strike, nor one that speaks of their
# absence ("багато хто вважає, що відсутність миттєвих вибухів — це марна трата", "пролетіли без вибухів")
_WITHOUT = re.compile(r"(?<![\w'’])(?:без|відсутн\w*)\s+(?:[\w'’-]+\s+){0,2}(?:атак|удар|прил[іь]от|уражен|вибух)",
                      re.IGNORECASE)
# strikes counted since a year or more ago ("З лютого 2022 року українські сили завдали понад 160 ударів", "з
# початку повномасштабного вторгнення", "З 2024-го по жовтень 2025-го") or over a whole year ("Атаки дронів за
# 2024 рік вивели …"): an overview, not a report of one
_SINCE_LONG_AGO = re.compile(rf"(?<![\w'’])з\s+(?:початку\s+)?(?:(?:повномасштабн|вторгнен|війн)\w*|"
                             rf"(?:{'|'.join(UK_MONTHS)})\s+\d{{4}}|\d{{4}}(?:-?го)?(?![\d\w]))"
                             rf"|(?<![\w'’])за\s+(?:\d{{4}}|минулий|весь|останній|цілий)\s+рік(?![\w'’])"
                             rf"|(?<![\w'’])(?:загалом|всього|усього|протягом|впродовж)\s+(?:[ув]\s+)?\d{{4}}"
                             rf"(?:-?(?:му|м|го))?\s+(?:році|року)(?![\w'’])",
                             re.IGNORECASE)  # "Атаки … за 2024 рік", "Лише за минулий рік під наші удари потрапили …",
# "Загалом у 2024-му році … було знищено приблизно 260 БпЛА «Shahed» безпосередньо на складах" (not "перший в 2026
# році НПЗ": the first of a year)
# strikes in the plural that something fell under ("Під точні удари дронів потрапили: три РЛС …", "опинилися під
# ударами"): the strikes happened
_UNDER = re.compile(r"(?<![\w'’])під\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_FELL_UNDER = re.compile(r"(?<![\w'’])(?:потрапи|потрапл|опинил|опинив|опиня)\w*", re.IGNORECASE)
# a sentence that opens with a condition ("Якщо Україні дадуть «Томагавки», під ударом опиняться …") tells a
# strike that may come
_CONDITION = re.compile(r"\W*(?:якщо|якби|коли\s+б|у\s+разі|в\s+разі)(?![\w'’])", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:—–]")
# ... and a clause opening with "коли" whose word of striking is in the present tense is what happens whenever it
# does, a generality ("Коли обломки падають на НПЗ п'ятий раз за місяць — це вже традиція. Коли традиція горить три
# доби — це «плановый ремонт»"), not a strike reported
_WHENEVER = re.compile(r"\W*коли(?![\w'’])", re.IGNORECASE)
# ... and so is a noun of striking listed after "коли є" / "якщо буде" ("Пишу тоді, коли є приліт, пожежа або відео"),
# or a verb in the present after "поки" ("поки в росії горять НПЗ, в Криму менше бензину"; not "поки що")
_WHENEVER_THERE_IS = re.compile(r"(?<![\w'’])(?:коли|якщо|як\s+тільки)\s+(?:є|буде|бува\w*|трапля\w*)\s+"
                                r"(?:[\w'’-]+\s*,?\s+(?:(?:або|чи|і|й|та)\s+)?){0,4}$", re.IGNORECASE)
_WHILE = re.compile(r"(?<![\w'’])поки\s+(?!що(?![\w'’]))(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# ... or after "звідки" ("Кацапи досі не розуміють, звідки прилітає"): a question of where strikes come from
_WHENCE = re.compile(r"(?<![\w'’])(?:звідки|звідкіля|откуда)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# a noun of striking under a negation: after "жодного" / "ніяких" ("Поки жодного підтвердженого влучання"), or in the
# genitive before a negated verb of showing or seeing in its clause ("Уражень поки ніхто не показав", "влучань ніхто не
# бачив"): none is told; also with what would show it between ("жодного відео з пожежами нема", "ніяких даних про
# влучання")
_NONE_OF = re.compile(r"(?<![\w'’])(?:жодн|ніяк)\w*\s+(?:[\w'’-]+\s+)?(?:(?:з|із|зі|про)\s+)?$|"
                      r"(?<![\w'’])ні\s+$", re.IGNORECASE)  # (or "ні … ні": "Ні прильотів, ні пожеж поки нема")
_NEGATED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:не\s+(?:показ|бач|відзня|зафіксув|підтверд|чул|помітил|"
                            r"публікув|викла)\w*|нема[єе]?(?![\w'’]))", re.IGNORECASE)  # ("Влучань на Сумщині немає")
# "засоби глибинного ураження", "Центр глибинних уражень", "наші засоби ураження тестять": the name of a capability,
# a body or a weapon, not a strike
_CAPABILITY = re.compile(r"(?<![\w'’])(?:глибинн\w*|засоб\w*)\s+$", re.IGNORECASE)
# a present tense of striking said to go on for weeks or months ("Уже кілька тижнів поспіль рф атакує одеську
# область новим БПЛА"): a habit that describes a weapon or a campaign, not a strike reported
_FOR_WEEKS = re.compile(r"(?<![\w'’])(?:(?:кілька|декілька|багато|\d+)\s+(?:тижн|місяц)\w*\s+поспіль|тижнями|місяцями)"
                        r"(?![\w'’])", re.IGNORECASE)
# a purpose after a past verb of using, aimed at something ("успішно застосували ATACMS для завдання точкового удару
# по військових об'єктах"): what the weapon was used for was done ("ракети для ударів" alone says what they are for)
_SERVED = re.compile(r"(?<![\w'’])(?:(?:застосува|використа|залучи|задія)(?:ли|в|ла|ло)|(?:застосован|використан)о)"
                     r"(?![\w'’])[^.!?\n]{0,80}?(?<![\w'’])(?:для|щоб|аби)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_PURPOSES = frozenset({"для", "щоб", "аби"})
# a job done well, said by "відпрацювати" with no target after it ("відпрацювали на відмінно", "відпрацювала
# чудово"; not "відпрацювали ювелірно по складу")
_WELL_DONE = re.compile(r"\s+(?:на\s+(?:відмінно|ура|п[''’ʼ]?ять|всі\s+(?:сто|100))|добре|чудово|ідеально|бездоганно|"
                        r"ювелірно|філігранно)(?![\w'’])", re.IGNORECASE)
_AIMED_AT = re.compile(r"(?<![\w'’])по\s", re.IGNORECASE)
# a present tense of striking said to happen more or less often, wherever the adverb stands in its sentence ("а
# прилітає, як ви бачите, частіше", "прилітає туди регулярно"): a habit compared, not a strike reported
_HOW_OFTEN = re.compile(r"(?<![\w'’])(?:частіше|рідше|регулярно|постійно|щоразу|раз\s+на\s+(?:тиждень|місяць))"
                        r"(?![\w'’])", re.IGNORECASE)
# strikes in the plural or the present said to happen of late ("Останнім часом ми бачимо атаки кількома хвилями")
_OF_LATE = re.compile(r"(?<![\w'’])(?:останнім\s+часом|все\s+частіше|дедалі\s+частіше|щодня|щоночі)(?![\w'’])",
                      re.IGNORECASE)
# ... and so do strikes in the plural called the latest ("останні масовані повітряні атаки рф")
_RECENT = re.compile(r"(?<![\w'’])(?:останні|недавні|нещодавні)(?:\s+[\w'’-]+){0,2}\s+$", re.IGNORECASE)
# a sentence that opens with the writer's or a speaker's opinion in the first person ("Я думаю, росія пішла і
# атакувала Україну", "Мені здається, …", "На мою думку, …")
_OPINION = re.compile(r"[^\w]*(?:я\s+)?(?:думаю|вважаю|гадаю|припускаю)(?![\w'’])|[^\w]*мені\s+здається|"
                      r"[^\w]*на\s+мою\s+думку", re.IGNORECASE)
_AIMED = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}по(?![\w'’])", re.IGNORECASE)
# a preposition that takes no genitive: "про атаки", "через атаки" are plural ("атаки" is also a genitive singular)
_ACCUSATIVE_ONLY = frozenset({"про", "через", "крізь", "на", "за", "під"})
# a verb in the first or second person or the imperative ("Поки ви обстрілюєте наші міста", "Ми атакуємо тільки
# ті об'єкти", "рознесіть їх"): rhetoric or a wish, not a report (the channel reports in the past or the third person)
_ADDRESSED = frozenset({"1per", "2per", "impr"})
# "для" before a person ("геолокували для вас удар по дитсадку") says whom a thing is for, not a purpose to come
_FOR_SOMEONE = re.compile(r"(?<![\w'’])для\s+(?:вас|нас|тебе|мене|них|неї|нього|всіх|усіх|себе)(?![\w'’])",
                          re.IGNORECASE)
# a sentence ends at "!", "?", a line break, or a full stop not followed by a small letter ("40 тис. без світла")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\s*[a-zа-яёіїєґ])")


def _sentence(text: str, position: int) -> tuple[int, int]:
    start = 0
    for mark in _SENTENCE_END.finditer(text, max(0, position - 400), position):
        start = mark.end()
    found = _SENTENCE_END.search(text, position)
    return start, found.start() if found else len(text)


def _not_told(text: str, word: Word) -> bool:
    """Whether the sentence around a word of striking says it did not happen or is not known: a strike that
    was to happen, the topic of an unconfirmed statement, a condition, burning without strikes, or strikes
    over years."""
    start, end = _sentence(text, word.start)
    if _WAS_TO_HAPPEN.match(text, word.end, end):
        return True
    if _WHETHER.search(text, start, word.start) or (
            (_WHETHER_FIRST.search(text, start, word.start) or _WHETHER_CLAUSE.search(text, start, word.start))
            and _NOT_KNOWN.search(text, word.end, end)):
        return True
    unconfirmed = _UNCONFIRMED.search(text, word.end, end)
    if unconfirmed and _TOPIC.search(text, max(start, word.start - 30), word.start) and not (
            _SOMETHING_ELSE.search(text, word.end, unconfirmed.start()) or _WHICH.match(text, unconfirmed.end())):
        return True
    clause = _clause(text, word, (start, end))[0]
    if _CONDITION.match(text, start, end) or _CONDITION.match(text, clause, end):
        return True  # "Якщо Україні дадуть …, під ударом опиняться …", "навіщо нам мир, якщо Росія атакує нас знову"
    return bool(_WITHOUT.search(text, start, end) or over_years(text, word.start))


def _clause(text: str, word: Word, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause around a word: its sentence cut at the marks of a clause before and after it."""
    start = max((mark.end() for mark in _CLAUSE_MARK.finditer(text, sentence[0], word.start)), default=sentence[0])
    after = _CLAUSE_MARK.search(text, word.end, sentence[1])
    return start, after.start() if after else sentence[1]


def over_years(text: str, position: int) -> bool:
    """Whether the sentence around ``position`` counts since a year or more ago ("з початку повномасштабного
    вторгнення")."""
    return bool(_SINCE_LONG_AGO.search(text, *_sentence(text, position)))


@dataclass(frozen=True)
class Wording:
    lemmas: frozenset[str]
    impersonal: frozenset[str]
    of_an_energy_object: frozenset[str]
    past_with_object: frozenset[str]  # verbs of striking only in the past with an object after them ("добили ТЕС")
    stems: tuple[str, ...]
    person_stems: tuple[str, ...]  # nouns of persons a stem also begins ("бавовнярі", the channel's readers)
    generic_plural: frozenset[str]
    not_yet: frozenset[str]
    not_an_event: frozenset[str]
    object_lemmas: frozenset[str]
    object_abbreviations: re.Pattern[str]
    headline: re.Pattern[str]
    prefixes: frozenset[str]
    night: re.Pattern[str]
    beating: re.Pattern[str]
    question: re.Pattern[str]
    ground: re.Pattern[str]  # armour or troops: what a word of destroying near them reports of ground fighting
    explainer: frozenset[str]  # verbs of talking over or explaining, said in the first person by a feature
    economy: re.Pattern[str]  # measures of an economy: strikes in the plural named with them are analysed
    review: re.Pattern[str]  # a head opening with a review of a weapon: a feature
    topic_head: re.Pattern[str]  # a head announcing a topic with no verb ("Трохи про …"): a feature
    by_hand: re.Pattern[str]  # a weapon held in the hand after a word of striking: a person's blow
    intending: frozenset[str]  # words of intending: a strike after one in its clause was only meant


def _words(raw: Any) -> frozenset[str]:
    return frozenset(str(each).lower() for each in raw)


@lru_cache(maxsize=1)
def wording() -> Wording:
    raw = raw_lexicon()
    strike, objects = raw["strike_words"], raw["struck_objects"]
    lemmas, stems = _words(strike["lemmas"]), tuple(str(each).lower() for each in strike["stems"])
    not_yet, not_an_event, object_lemmas = (_words(strike["not_yet"]), _words(strike["not_an_event"]),
                                            _words(objects["lemmas"]))
    impersonal, of_an_energy_object = _words(strike["impersonal"]), _words(strike["of_an_energy_object"])
    past_with_object = _words(strike["past_with_object"])
    # (a Ukrainian lemma's "і" is "о" or "е" in its other forms: "збір" → "збору", "піч" → "печі")
    prefixes = frozenset(variant for word in (*lemmas, *impersonal, *of_an_energy_object, *past_with_object, *stems,
                                              *not_an_event, *object_lemmas)
                         for variant in (word[:3], word[:3].replace("і", "о"), word[:3].replace("і", "е")))
    abbreviations = "|".join(re.escape(str(each)) for each in objects["abbreviations"])
    return Wording(lemmas=lemmas, impersonal=impersonal, of_an_energy_object=of_an_energy_object,
                   past_with_object=past_with_object, stems=stems,
                   person_stems=tuple(str(each).lower() for each in strike["person_stems"]),
                   generic_plural=_words(strike["generic_plural"]), not_yet=not_yet,
                   not_an_event=not_an_event, object_lemmas=object_lemmas,
                   object_abbreviations=re.compile(rf"\b(?:{abbreviations})\b"),
                   headline=re.compile(str(objects["headline"]), re.IGNORECASE), prefixes=prefixes,
                   night=re.compile(str(strike["night"]), re.IGNORECASE),
                   beating=re.compile(str(strike["beating"]), re.IGNORECASE),
                   question=re.compile(str(strike["question"]), re.IGNORECASE),
                   ground=re.compile(str(strike["ground"]), re.IGNORECASE),
                   by_hand=re.compile(str(strike["by_hand"]), re.IGNORECASE),
                   intending=_words(strike["intending"]),
                   explainer=_words(strike["explainer"]),
                   economy=re.compile(str(strike["economy"]), re.IGNORECASE),
                   review=re.compile(str(strike["review"]), re.IGNORECASE),
                   topic_head=re.compile(str(strike["topic_head"]), re.IGNORECASE))


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    lemma: str
    grammemes: frozenset[str]


_NAMES = frozenset({"Name", "Surn", "Patr"})


def _read(text: str, language: str) -> list[Word]:
    """The words of ``text`` that may be in the lists, with lemma and grammemes."""
    found: list[Word] = []
    prefixes = wording().prefixes
    for match in _WORD.finditer(text):
        lowered = match.group(0).lower().replace("’", "'").replace("ʼ", "'")
        if lowered[:3] not in prefixes:
            continue
        lemma, grammemes = parse(lowered, language)
        if language == "uk" and _NAMES & grammemes and match.group(0)[:1].islower():
            # a word in lower case is no name (a name would be capitalised): its first other reading ("знову гупало в
            # Енгельсі", a verb before a surname), or, where the Ukrainian dictionary reads it only as a name, a Russian
            # word quoted ("«В результате удара БПЛА …»"), read in Russian
            lemma, grammemes = next(((base, tags) for base, tags in readings(lowered, language)
                                     if not _NAMES & tags), None) or parse(lowered, "ru")
        if "infn" in grammemes and lowered.endswith("ть"):
            # "Україна вдарить по рф": the colloquial infinitive in "-ть" is likelier the perfective future
            future = next((tags for base, tags in readings(lowered, language) if "futr" in tags), None)
            grammemes = future if future is not None else grammemes
        found.append(Word(match.start(), match.end(), lemma if lemma else lowered, grammemes))
        if lowered != lemma and any(lowered.startswith(stem) for stem in wording().stems):
            found[-1] = Word(match.start(), match.end(), lowered, grammemes)
    return found


def _is_strike(word: Word, text: str) -> bool:
    words = wording()
    if word.lemma in words.impersonal:
        return "Impe" in word.grammemes or _in_a_night(text, word.start) or _energy_destroyed(text, word.end)
    if word.lemma in words.of_an_energy_object:
        return _energy_destroyed(text, word.end)  # "зайнялась компресорна станція": caught fire
    if word.lemma in words.past_with_object:
        return "past" in word.grammemes and _OBJECT_NEXT.match(text, word.end) is not None  # "добили ТЕС"
    if any(word.lemma.startswith(stem) for stem in words.person_stems):
        return False  # "Бережіть себе, бавовнярі": the readers addressed, no strike
    return word.lemma in words.lemmas or any(word.lemma.startswith(stem) for stem in words.stems)


# a word after a verb, in its clause: the verb's object or an adverb before it ("добили станцію", "добили вночі ТЕС")
_OBJECT_NEXT = re.compile(r"\s+[«\"]?[\w'’ʼ-]")


# (and the participle of hitting said of armour: "тягачів з ураженими на них танками"; any word of hitting said of
# it: "уразили рідкісну 170-міліметрову САУ", "уражено північнокорейську САУ"; a column covered by fire: "дрони
# накрили колону з трьох БТР"; a damaged or burnt-out one too: "пошкоджено БМП-3", "згоріли два танки")
_DESTROYING = frozenset({"знищити", "знищений", "знищено", "знищення", "уражений", "уражено", "уразити", "вразити",
                         "ураження", "розвалити", "демілітаризувати", "мінуснути", "відмінусувати", "замінусувати",
                         "накрити", "пошкодити", "пошкоджений", "згоріти", "добити", "спалити", "спалений",
                         "підбити", "підбитий"})
_GROUND_CLAUSE = re.compile(r"[.!?;\n]")
_GROUND_BEFORE, _GROUND_AFTER = 40, 60  # how far armour or troops named around a word of destroying are its object


def ground_fight(text: str, start: int, end: int) -> bool:
    """Whether armour or troops are named next to the word of destroying at ``start:end``, in its clause."""
    first = max(0, start - _GROUND_BEFORE)
    last = min(len(text), end + _GROUND_AFTER)
    for mark in _GROUND_CLAUSE.finditer(text, first, start):
        first = mark.end()
    stop = _GROUND_CLAUSE.search(text, end, last)
    return bool(wording().ground.search(text, first, stop.start() if stop else last))


def names_striking(text: str, language: str = "uk") -> bool:
    """Whether ``text`` holds a word of striking at all, whether or not :func:`strike_words` keeps it (a strike in
    general, one to come, one wanted are still words of striking, set aside by their guards)."""
    return any(_is_strike(word, text) for word in _read(text, language)) or bool(wording().beating.search(text)) \
        or bool(FIRED.search(text))


def _not_yet(found: re.Match[str], window: str, not_yet: frozenset[str], language: str) -> bool:
    """Whether the word ``found`` (in ``window``, the text just before a word of striking) makes that strike wanted,
    possible or stopped, not done: a word of ``not_yet`` — an impersonal form ("зупинено", "заборонено") only in the
    strike's own clause ("заборонено атакувати"; not "зупинено ТЕС, пошкоджено обидва енергоблоки": the plant
    stopped)."""
    lemma, grammemes = parse(found.group(0).lower(), language)
    if lemma not in not_yet:
        return False
    return "Impe" not in grammemes or _CLAUSE_MARK.search(window, found.end()) is None


def strike_words(text: str, language: str = "uk") -> list[tuple[int, int]]:
    """Spans of the words saying a strike happened: not in the future tense ("прилетить"), not in the plural
    of a word for strikes in general ("аналіз атак") and not within three words after a word of wanting,
    allowing or being able ("хочуть атакувати")."""
    words = wording()
    read = [word for word in _read(text, language) if _is_strike(word, text)]
    # a post counting strikes over a year or more speaks of its other strikes in the plural in general too
    overview = any(over_years(text, word.start) for word in read)
    spans: list[tuple[int, int]] = []
    for word in read:
        if "futr" in word.grammemes:
            continue  # "скоро прилетить": a strike to come
        if "VERB" in word.grammemes and _ADDRESSED & word.grammemes:
            continue  # "Поки ви обстрілюєте наші мирні міста": rhetoric
        if _CAPABILITY.search(text, max(0, word.start - 20), word.start):
            continue  # "засобами глибинного ураження": a capability's name
        relative = _RELATIVE.search(text, max(0, word.start - 60), word.start)
        if relative and _HABIT.search(text, relative.start(), word.start):
            continue  # "антена «Герані», яка нещодавно завдала удару по Києву": what the noun did before
        if relative and _habitual(text, relative, word, language):
            continue  # "на трасі, де наші дрони атакують автомобілі": what is done at a place, as a habit
        sentence = _sentence(text, word.start)
        if "pres" in word.grammemes and _FOR_WEEKS.search(text, sentence[0], word.start):
            continue  # "Уже кілька тижнів поспіль рф атакує одеську область …": a habit
        if "pres" in word.grammemes and "VERB" in word.grammemes and _HOW_OFTEN.search(text, *sentence):
            continue  # "На ремонт іде 2-3 місяці, а прилітає частіше": how often strikes come
        plural = any("plur" in tags for _, tags in readings(text[word.start:word.end].lower(), language))
        if _OF_LATE.search(text, sentence[0], word.start) and ("pres" in word.grammemes or plural):
            continue  # "Останнім часом ми бачимо атаки кількома хвилями": what happens of late
        if plural and _RECENT.search(text, max(0, word.start - 60), word.start):
            continue  # "незважаючи на останні масовані повітряні атаки рф на енергетику": strikes of late
        if _OPINION.match(text, sentence[0]):
            continue  # "Я думаю, росія пішла і атакувала Україну, тому що …": an opinion of why, not a report
        clause = _clause(text, word, sentence)
        if any(parse(each.lower(), language)[0] in words.intending
               for each in _WORD.findall(text, clause[0], word.start)):
            continue  # "він мав намір закласти вибухівку у штабі або навести ракетний удар по полігону": only meant
        # "застосували … для завдання удару по …" (not "використали FPV-дрон … для ураження цілі": a use in general)
        served = _SERVED.search(text, sentence[0], word.start) is not None and _AIMED.match(text, word.end) is not None
        if (_AFTER.search(text, max(0, word.start - 30), word.start)
                or _IN_ANSWER_TO.search(text, max(0, word.start - 60), word.start)
                or _OPINION_ON.search(text, sentence[0], word.start)) and not _CONSEQUENCE.search(text, *sentence):
            continue  # "Генштаб після удару по Сумах: росія отримає нашу лють": the strike dates a statement
        if ON_THE_EVE.search(text, max(0, word.start - 50), word.start):
            continue  # "Напередодні масованого ворожого обстрілу уражено аеродроми": the strike dates another
        if word.lemma in words.generic_plural and _plural(text, word, language) and (overview or not (
                _HAPPENED.search(text, max(0, word.start - 40), word.start)
                or _COUNTED.search(text, max(0, word.start - 40), word.start)
                or _OF_A_DAY.search(text, max(0, word.start - 30), word.start)
                or _SPOKEN_OF.search(text, max(0, word.start - 50), word.start)
                or _AFTER_A_CONSEQUENCE.search(text, max(0, word.start - 140), word.start)
                or _BY_THE_ENEMY.match(text, word.end)
                or (_UNDER.search(text, max(0, word.start - 30), word.start)
                    and _FELL_UNDER.search(text, *_clause(text, word, sentence))))):
            continue
        if word.lemma in words.generic_plural and _analysed(text, word, sentence, language):
            continue  # "Атаки … дронів спричинили падіння виробництва на НПЗ": strikes as a cause, analysed
        if _MUST_BE.search(text, max(0, word.start - 40), word.start):
            continue
        if _NEGATED_BEFORE.search(text, max(0, word.start - 12), word.start):
            continue  # "США «не вражені» планом", "не уражено": denied, or a word's other sense
        if "NOUN" in word.grammemes and (_NONE_OF.search(text, max(0, word.start - 40), word.start) or (
                "gent" in word.grammemes and _NEGATED_AFTER.match(text, word.end))):
            continue  # "Уражень поки ніхто не показав", "Поки жодного підтвердженого влучання": none told
        if "pres" in word.grammemes and (_WHENEVER.match(text, sentence[0], sentence[1])
                                         or _WHENEVER.match(text, clause[0], sentence[1])):
            continue  # "Коли традиція горить три доби — це «плановый ремонт»": a generality
        if ("NOUN" in word.grammemes and _WHENEVER_THERE_IS.search(text, max(0, word.start - 60), word.start)) or (
                "pres" in word.grammemes and (_WHILE.search(text, max(0, word.start - 40), word.start)
                                              or _WHENCE.search(text, max(0, word.start - 25), word.start))):
            continue  # "Пишу тоді, коли є приліт, пожежа …", "поки в росії горять НПЗ", "звідки прилітає": a generality
        if _NOT_ARMED.search(text, max(0, word.start - 20), word.start) or _FIGURATIVE.match(text, word.end):
            continue
        if word.lemma == "відпрацювати" and _WELL_DONE.match(text, word.end) and not _AIMED_AT.search(
                text, word.end, clause[1]):
            continue  # "нічна зміна ППО відпрацювала на відмінно": a job done well, no target named
        if word.lemma == "спалах" and _IN_THE_SKY.match(text, word.end):
            continue  # "над Краснодаром гучно, спалахи в небі": the air defence at work, no hit told
        if _not_told(text, word):
            continue
        if word.lemma in words.impersonal and _BUT_UNCONFIRMED.match(text, word.end, sentence[1]):
            continue  # "У Татарстані вчора теж гуло, але ще нема підтверджень": sounds heard, no hit told
        if words.by_hand.match(text, word.end):
            continue  # "ударив Кондратьєва молотком по голові": a person's blow, an assault
        if word.lemma in _DESTROYING and ground_fight(text, word.start, word.end):
            continue  # "Знищений Т-72 у Курській області": a ground fight's result
        # (within the word's sentence: "… компоненти для вибухівки. Горить, чорний дим": the "для" before the full
        # stop makes no fire wanted)
        window = _FOR_SOMEONE.sub(" ", text[max(sentence[0], word.start - 80):word.start])
        nearest = list(_WORD.finditer(window))[-_NOT_YET_REACH:]
        before = [each.group(0) for each in nearest]
        if any(_not_yet(each, window, words.not_yet - (_PURPOSES if served else frozenset()), language)
               for each in nearest):
            continue
        if "NOUN" in word.grammemes and not served and _wanted_noun(text, word, language):
            continue  # "може бути новий російський масований удар": the adjectives before a noun do not count
        if any(_FUTURE.fullmatch(each.lower()) for each in before):
            continue  # "продовжуватиме завдавати ударів", "буде атакувати": a strike to come
        if before and {"VERB", "futr"} <= parse(before[-1].lower(), language)[1]:
            continue  # "рф завдасть удару по Україні", "нанесе удар": the perfective future of the verb before
        if "infn" in word.grammemes and before and "infn" in parse(before[-1].lower(), language)[1]:
            continue  # "може продовжувати атакувати": what something can do, not what it did
        if "infn" in word.grammemes and text[sentence[1]:sentence[1] + 1] == "?":
            continue  # "Залишити їх безкарними, чи атакувати терористів?": a question of what to do
        if text[sentence[1]:sentence[1] + 1] == "?" and _NOT_CONFIRMED_AFTER.search(text, sentence[1]):
            continue  # "Дрони розвалили нафтобазу в Туапсе? Поки підтверджень нема": asked, not told
        spans.append((word.start, word.end))
    # "б’ють по росії", "гатили по НПЗ"; "скинули два КАБи" (:mod:`.fired`)
    for beaten in (*words.beating.finditer(text), *FIRED.finditer(text)):
        before = _WORD.findall(text[max(0, beaten.start() - 80):beaten.start()])[-_NOT_YET_REACH:]
        if not any(parse(each.lower(), language)[0] in words.not_yet for each in before):
            spans.append(beaten.span())
    return sorted(spans)


def _wanted_noun(text: str, word: Word, language: str) -> bool:
    """Whether a word of wanting, allowing or being able stands within three words before a noun of striking,
    its adjectives not counted ("може бути новий російський масований удар")."""
    window = _FOR_SOMEONE.sub(" ", text[max(0, word.start - 80):word.start])
    before = _WORD.findall(re.split(r"[.!?\n]", window)[-1])
    kept = [each for each in before if not {"ADJF", "PRTF"} & parse(each.lower(), language)[1]
            or parse(each.lower(), language)[0] in wording().not_yet]
    return any(parse(each.lower(), language)[0] in wording().not_yet for each in kept[-_NOT_YET_REACH:])


# a works or a port that stopped ("НПЗ … припинив переробку нафти після атак", "Порт … припинив експорт нафти
# внаслідок ракетних ударів") is news of those strikes, not an analysis
_STOPPED = re.compile(r"(?<![\w'’])(?:при|за)?зупин\w*|(?<![\w'’])припин\w*", re.IGNORECASE)


def _analysed(text: str, word: Word, sentence: tuple[int, int], language: str) -> bool:
    """Whether a word of striking in the plural (by any reading: "Атаки … дронів спричинили …") is named as the
    cause of a measure of an economy in its sentence ("падіння виробництва на НПЗ", "17% потужностей
    нафтопереробки"): an analysis, unless the sentence says a works stopped or the strikes are the enemy's."""
    return bool(wording().economy.search(text, *sentence)) and not _STOPPED.search(text, *sentence) and not (
        _BY_THE_ENEMY.match(text, word.end)) and any(
        "plur" in tags for _, tags in readings(text[word.start:word.end].lower(), language))


_MEANS = frozenset({"яким", "якими", "якою"})


def _habitual(text: str, relative: re.Match[str], word: Word, language: str) -> bool:
    """Whether a word of striking in a relative clause is told in the present tense of what is done at a place
    ("…, де наші дрони атакують автомобілі") or with a means ("ракети, якими підари завдають удару по нашій
    енергетиці"): a habit that describes the place or the means, not a strike reported (after "який" the present
    may tell one: "відео з дрона, який атакує підстанцію")."""
    pronoun = relative.group(1).lower()
    if pronoun != "де" and pronoun not in _MEANS:
        return False
    if "pres" in word.grammemes:
        return True
    if pronoun == "де":
        return False  # "…, де росіяни повідомляють про вибухи": the explosions are told
    before = _WORD.findall(text[relative.end(1):word.start])[-2:]
    return any({"VERB", "pres"} <= parse(each.lower(), language)[1] for each in before)


def _plural(text: str, word: Word, language: str) -> bool:
    """Whether a word of striking is in the plural: by its likeliest reading, or by another one when the word
    before it is a preposition that takes no genitive ("про атаки БПЛА": not one attack) or an adjective in the
    plural ("російські атаки на Україну", "перші атаки корейських військових")."""
    if "plur" in word.grammemes:
        return True
    before = _WORD.findall(text[max(0, word.start - 30):word.start])
    if not before or not any("plur" in tags and base == word.lemma
                             for base, tags in readings(text[word.start:word.end].lower(), language)):
        return False
    if before[-1].lower() in _ACCUSATIVE_ONLY:
        return True
    # "російські атаки": an adjective in the plural right before agrees with a plural
    adjective = parse(before[-1].lower(), language)[1]
    return text[word.start - 1:word.start] == " " and {"ADJF", "plur"} <= adjective


# how far after a verb of destroying its object may start ("знищили найбільшу в регіоні підстанцію")
_OBJECT_REACH = 40


def _energy_destroyed(text: str, end: int) -> bool:
    """Whether an energy object follows the verb of destroying ending at ``end``, in its sentence ("Росія знищила
    підстанцію у Харкові", "шахеди знищили ТЕЦ"): a power plant or a substation is destroyed only by a strike, never
    in ground fighting, so any form of the verb reports one (not with a number before the object: "знищили 5
    дронів", "знищила близько 20% нафтопереробних спроможностей", a share over a war)."""
    stop = min(sentence_around(text, end)[1], end + _OBJECT_REACH)
    return any(not any(char.isdigit() for char in text[end:match.start()])
               for _category, pattern in lexicon().energy_objects for match in pattern.finditer(text, end, stop))


def _in_a_night(text: str, position: int) -> bool:
    """Whether the sentence around ``position`` names a night ("знищили РЛС в ніч 8 березня")."""
    return bool(wording().night.search(text, *sentence_around(text, position)))


def not_an_event(headline: str, language: str = "uk") -> bool:
    """Whether a post's first sentence makes it an anniversary, a fundraiser, a training, sanctions, or a
    feature (a question with a question word, or a review of a weapon)."""
    words = wording()
    plain = headline.replace("*", "")
    # a word in quotation marks is others' words ("окупанти кажуть — «навчання»"): no training of the post's own
    quoted = [match.span() for match in _IN_QUOTES.finditer(headline)]
    return bool(words.question.match(plain) or words.review.match(plain) or _PERMISSION.search(plain)) or any(
        word.lemma in words.not_an_event
        and not any(start <= word.start < end for start, end in quoted)
        and not (word.lemma in _ASSEMBLING and "3per" in word.grammemes)
        for word in _read(headline, language))



# leave to strike given, sought or refused ("Байден дозволив бити по території рф біля Харкова", "дозвіл на удари
# вглиб", "разрешили бить ATACMS"): policy talked over, no strike told
_PERMISSION = re.compile(r"(?<![\w'’])(?:дозвол|дозвіл|разреш)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:бити|бить|завдавати|"
                         r"наносити|наносить|вражати|атакувати|удар\w*|застосовувати|применять)(?![\w'’])",
                         re.IGNORECASE)


# a verb of collecting in the third person says what others assemble or gather ("цехи, де збирають «Герані»"), not
# the channel's own fundraiser ("Збираємо на …")
_ASSEMBLING = frozenset({"збирати", "зібрати"})


_IN_QUOTES = re.compile(r"«[^«»]{1,40}»")


# a first sentence that opens with "про" or "щодо" and ends before a new sentence: a title naming a topic
_TOPIC_TITLE = re.compile(r"\W*(?:про|щодо|стосовно)\s+([^.!?\n:]{1,120})(?:[.!?\n]|$)", re.IGNORECASE)
# a head opening with "як" / "как" and an infinitive, the dictionary's reading of the word after it ("Як читати …")
_HOW_TO = re.compile(r"\W*(?:як|как)\s+([\w'’ʼ]+)", re.IGNORECASE)
# the topic of a head as a clause of how or why ("про те, як …"), and a word explained ("що таке «НПС»?")
_HOW_IT_IS = re.compile(r"\s+те\s*,\s*(?:як|чому|навіщо)(?![\w'’])", re.IGNORECASE)
_WHAT_IS = re.compile(r"(?<![\w'’])що\s+таке\s+[«\"“]?[\w'’-]+[»\"”]?\s*[.?:]", re.IGNORECASE)
_EXPLAINER_HEAD = 250  # the greeting and the title may come first ("Доброго дня, друзі, Утопич на базі, і …")
_TOPIC_REACH = 4  # the words after the verb that say what is talked over ("про останню атаку на …")


def explains(text: str, language: str = "uk") -> bool:
    """Whether the post's head says in the first person that it will talk over, go through or explain
    something ("Сьогодні ми поговоримо про …", "Трошки поясню за відео"), or announces a topic with no verb
    ("Трохи про удари далекобійними дронами"): a feature, not a report, unless a
    word of striking that tells a strike follows in the next words ("Поговоримо про останню атаку на Казань",
    "Поясню: вночі уражено НПЗ")."""
    if review_announced(text, language):
        return True  # "Завтра повертаємося з розбором усього, що горіло на Брянщині …": a review to come (.announced)
    words = wording()
    head = text[:_EXPLAINER_HEAD]
    announced = words.topic_head.match(head)
    if announced:  # "Трохи про удари далекобійними дронами": a title with no verb
        # ("Лекція від підписника про те, як FIRMS відрізняє пожежу від факела": how something is done, explained)
        return _HOW_IT_IS.match(text, announced.end()) is not None or not _topic_told(text, announced.end(), language)
    asked = _WHAT_IS.search(head)
    if asked:  # "Вчора в коментах питали, що таке «НПС». Це нафтоперекачувальна станція": a word explained
        return not _topic_told(text, asked.end(), language)
    how = _HOW_TO.match(head)
    if how and any({"INFN", "infn"} & tags for _, tags in readings(how.group(1).lower(), language)):
        # "Як читати FIRMS: точка — це піксель …", "Как отличить прилёт от ПВО": a how-to, not a report
        return not _topic_told(text, how.end(), language)
    title = _TOPIC_TITLE.match(head)
    if title and not has_verb(title.group(1), language):
        # "Про зенітні дрони і сьогоднішню атаку на Київ.": a title that names its topic after "про", no verb
        return not _topic_told(text, title.start(1), language)
    prefixes = {each[:3] for each in words.explainer}
    for match in _WORD.finditer(head):
        lowered = match.group(0).lower()
        if lowered[:3] not in prefixes:
            continue
        lemma, grammemes = parse(lowered, language)
        if lemma not in words.explainer or "1per" not in grammemes:
            continue
        return not _topic_told(text, match.end(), language)  # "Поговоримо про атаку …", "Поясню: вночі уражено …"
    return False


def _topic_told(text: str, position: int, language: str) -> bool:
    """Whether one of the words after ``position`` is a word of striking that tells a strike."""
    topic = [each.start() for each in _WORD.finditer(text, position, position + 80)][:_TOPIC_REACH]
    told = [start for start, _ in strike_words(text, language)]
    return any(start in told for start in topic)


def struck_object(text: str, language: str = "uk") -> tuple[int, int] | None:
    """The span of the first object noun a headline may name as struck ("авіазавод", "ТЕЦ"), else None."""
    abbreviation = wording().object_abbreviations.search(text)
    spans = [(word.start, word.end) for word in _read(text, language) if word.lemma in wording().object_lemmas]
    if abbreviation:
        spans.append(abbreviation.span())
    # "КІНЕФ", "Шесхаріс": an energy object by its own name
    spans.extend(match.span() for facility, match in facility_mentions(text)[:1] if facility.category)
    return min(spans) if spans else None


def is_headline(text: str) -> bool:
    return bool(wording().headline.search(text))


def has_verb(text: str, language: str = "uk") -> bool:
    """Whether any word of ``text`` reads as a verb, or follows "не" (the dictionary reads slang it does not
    know as a noun: "не щолкай …, щас прілєтіт" is a threat, not a headline of a strike)."""
    return bool(_NEGATED.search(text)) or any("VERB" in parse(word.lower(), language)[1]
                                             for word in _WORD.findall(text))


_NEGATED = re.compile(r"(?<![\w'’])не\s+[А-Яа-яЁёІіЇїЄєҐґ]", re.IGNORECASE)
