"""A capital named for its government, not as a place: "Отвечать за это будет Киев", "провокация Киева", "Минобороны
РФ снова обвиняет Киев", "Київ заявив …", "Москва ответит". Read by :func:`trucewatch.nlp.slavic.places.find_places`
for a capital with no preposition of place before it ("в Киеве", "по Києву", "над Москвою" stay the city); and which
capital the capital's adjective names (:func:`moscows_adjective`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trucewatch.nlp.slavic.morph import parse

_CAPITALS = frozenset({"київ", "киев", "москва"})
# a word of blaming, answering or demanding just before ("обвиняет Киев", "провокация Киева", "отвечать за это будет
# Киев", "позиція Москви", "«руки Києва»")
_BEFORE = re.compile(r"(?<![\w'’])(?:обвиня\w*|обвинил\w*|звинувач\w*|провокаци\w*|провокаці\w*|"
                     r"(?:отвеча|відповіда)\w*(?:\s+[\w'’-]+){0,3}|позици\w*|позиці\w*|требовани\w*|вимог\w*|"
                     r"заявлени\w*|заяв[аиуі]|рук[аиуі]|виконанн[іяю]|исполнени[еия]|"
                     # ("коли це вигідно Москві", "в интересах Москвы": whose gain, the government's)
                     r"вигідн\w*|выгодн\w*|інтерес\w*|интерес\w*|користь)\s+$", re.IGNORECASE)
# ... or a verb of saying, answering, blaming or demanding just after ("Київ заявив", "Москва ответит"), or of crying
# out or complaining ("Москва кричить: …", "Кремль скаржиться"); "у виконанні Москви" before: by the government
# (the stems of crying out, shared with _CRYING_OUT below)
_CRYING = r"крич|вереща|істер|истер|скигл|обурю|возмуща|вопят|волают|репет"
_AFTER = re.compile(r"\s*(?:(?:знову|знов|вже|уже|снова|опять|традиційно|традиционно|вкотре|вчергове|"
                    # ("Киев в очередной раз нарушил", "Київ укотре порушив")
                    r"укотре|(?:в|у)\s+(?:очередной|который|черговий|котрий)\s+раз|(?:ещё|еще)\s+раз)\s+)?"
                    r"(?:заяв|ответ|відпові|обвин|звинуват|требу|вимага|отрица|заперечу|признал|визна|"
                    rf"пригрози|погрожу|согласил|погодив|{_CRYING}|скарж|жалу|"
                    # (or of breaking a deal, or of not caring: "Киев нарушает мораторий", "Киеву плевать")
                    r"наруша|нарушил|поруш|сорвал|зірвав|плевать|плювати|"
                    # (or caught at breaking it: "Кремль «ловить» Київ на порушеннях", "уличили Киев в нарушениях")
                    r"(?:на|в|у)\s+(?:порушенн|нарушени)|"
                    # (or the side that goes on striking, or struck, in the singular: "Киев продолжает атаковать
                    # объекты энергетики", "Київ вдарив по …"; not "Київ атакують дрони", the city attacked)
                    r"(?:продолжа|продовжу)\w*\s+(?:атак|удар|бить|бити|обстрел|обстріл)|"
                    r"(?:атаковал|атакував|атакувала|ударил|вдарив|вдарила|обстрелял|обстріляв|обстріляла)(?![\w'’]))"
                    r"\w*", re.IGNORECASE)
_REACH = 40
# a preposition of place just before: the city itself ("У Києві заявили про вибухи", "по Киеву")
_PLACE_BEFORE = re.compile(r"(?<![\w'’])(?:в|у|во|на|над|по|под|під|біля|около|возле|з|із|зі|из|с|со|до|к)\s+$",
                           re.IGNORECASE)


# ... even after a preposition of place, a verb of crying out just after ("а в москві вже кричать про «удар по
# інвесторам»", "в Кремле истерят"), or of what they will say ("У Москві, звісно, скажуть, що …"): the government's
# outcry or answer, told in mockery, not a place of the event
_CRYING_OUT = re.compile(r"\s*,?\s*(?:(?:вже|уже|знову|снова|опять|одразу|сразу|давно|звісно|конечно|звичайно),?\s+)?"
                         rf"(?:{_CRYING}|плач|ниют|ноют|скажуть|скажут)\w*", re.IGNORECASE)


def capital_as_government(word: str, text: str, start: int, end: int, language: str) -> bool:
    """Whether the capital ``word`` at ``start:end`` of ``text`` is named for its government (see the module)."""
    if parse(word.lower(), language)[0] not in _CAPITALS:
        return False
    if _PLACE_BEFORE.search(text, max(0, start - 6), start):
        return bool(_CRYING_OUT.match(text, end))
    return bool(_BEFORE.search(text, max(0, start - _REACH), start) or _AFTER.match(text, end))


# the capital's adjective ("столичні аеропорти") after Moscow, its oblast or its mayor is named is Moscow's, not Kyiv
_MOSCOW_MAYOR = re.compile(r"(?<![\w'’])Соб[яі]н[іи]н\w*")
_MOSCOW_CODES = frozenset({"RU-MOW", "RU-MOS"})


def moscows_adjective(text: str, start: int, codes_before: Iterable[str]) -> bool:
    """Whether the capital's adjective at ``start`` ("Москва прокинулась від птахів … столичні аеропорти стояли")
    follows a place of ``codes_before`` that is Moscow or its oblast, or its mayor, and so names Moscow."""
    return text[start:start + 7].lower() == "столичн" and (
        bool(_MOSCOW_CODES & set(codes_before)) or _MOSCOW_MAYOR.search(text, 0, start) is not None)
