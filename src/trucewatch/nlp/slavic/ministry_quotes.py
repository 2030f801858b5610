"""The Russian ministry's words a Ukrainian post passes on in a quotation: the quotation in Russian, the ministry named
as the one quoted, and the regions its count is broken down by after the quotation closes. Read by
:func:`trucewatch.nlp.slavic.reader.read_post`, which reads the quotation with the Russian formulae."""

from __future__ import annotations

import re

_F = re.IGNORECASE


# a post opening with the ministry and a quotation of its words ("МО рф звітує, цитую як є: «…", "Міноборони рф
# відзвітувало: «…", the Russian spelling in a Ukrainian post and the quote on the next line: "Мінобороны рф
# відзвітувало за ніч 😅\n«…")
_MINISTRY = r"(?:міноборони|мінобороны|минобороны|МО\s+рф|МО\s+росії)"
_MINISTRY_QUOTED = re.compile(r"\W*(?:російськ\w+\s+)?" + _MINISTRY + r"(?![\w'’])[^.!?\n«„“]{0,60}\n?[^\w\n«„“]*[«„“]",
                              _F)
# ... or a quotation in the post's opening lines that the words after it give to the ministry ("Рекорд 📈\n«За ночь над
# территорией России уничтожены 337 БПЛА …», — пише мінобороны.")
_SAID_BY_MINISTRY = re.compile(r"[»“”]\s*,?\s*[—–-]\s*(?:[\w'’]+\s+){0,2}?" + _MINISTRY + r"(?![\w'’])", _F)
_QUOTE_OPENING = 100  # how far into the post such a quotation opens
_MINISTRY_NAMED = re.compile(r"(?<![\w'’])" + _MINISTRY + r"(?![\w'’])", _F)


def ministry_quote(text: str) -> str | None:
    """The Russian ministry's words a Ukrainian post passes on by quoting them first (:func:`russian_quote`), opened by
    the ministry or followed by its name; None when the post does not open so."""
    if not _MINISTRY_NAMED.search(text):
        return None
    quoted = russian_quote(text)
    if quoted is None:
        return None
    if _MINISTRY_QUOTED.match(text):
        return quoted
    start = text.find(quoted)
    if start <= _QUOTE_OPENING and _SAID_BY_MINISTRY.match(text, start + len(quoted)):
        return quoted
    # ... or one opening the post's second line under a first line that names the ministry ("Міноборони рф звітує
    # про нічне полювання\nЗа їхніми даними, у ніч на 9 квітня «…»")
    first_line = text.find("\n")
    if 0 < first_line < start <= _QUOTE_OPENING and _MINISTRY_NAMED.search(text, 0, first_line) and \
            "\n" not in text[first_line + 1:start]:
        return quoted
    return None


# a quotation long enough to hold a clause: the ministry's or an official's words passed on
_QUOTE_OPENS, _QUOTE_CLOSES = "«„“", "»“”"
QUOTE_CHARACTERS = 60


def russian_quote(text: str) -> str | None:
    """The first quotation of QUOTE_CHARACTERS or more (quotes nested in it kept: "станцию «Русская»") whose words
    are Russian, or None."""
    from trucewatch.nlp.language import detect_language

    depth, start = 0, -1
    for index, char in enumerate(text):
        if char in _QUOTE_OPENS and not (char == "“" and depth):
            depth, start = depth + 1, index + 1 if depth == 0 else start
        elif char in _QUOTE_CLOSES and depth:
            depth -= 1
            if depth == 0 and index - start >= QUOTE_CHARACTERS and detect_language(text[start:index]).code == "ru":
                return text[start:index]
    return None


# a short quotation of the ministry's count whose regions the post lists after it ("«За ночь перехвачено и уничтожено
# 337 БПЛА»: 74 над Підмосков'ям, 126 над Курською областю …"), read on to the end of that sentence
_SHORT_TALLY_QUOTE = re.compile(r"[«„“]([^«»„“”\n]{20,80}?\d[^«»„“”\n]{0,40}?)[»“”]\s*:([^.!?\n]+)")


# the regions a quoted count is broken down by after the quotation closes ("«… уничтожены 43 украинских
# беспилотника»: 16 над Курською областю, 15 над Брянською …"), to the end of that sentence
_LIST_AFTER_QUOTE = re.compile(r"[»“”]\s*:([^.!?\n]+)")


def with_list_after(text: str, quoted: str | None) -> str | None:
    """The quotation ``quoted`` of ``text`` with the list its closing colon opens, when it has one, as one passage."""
    if quoted is None:
        return None
    after = _LIST_AFTER_QUOTE.match(text, text.index(quoted) + len(quoted))
    return f"{quoted.rstrip(' .')}: {after.group(1).strip()}." if after is not None and re.search(
        r"\d", after.group(1)) else quoted


def short_ministry_tally(text: str) -> str | None:
    """The ministry's count quoted in Russian with the regions listed after it, as one passage, in a post that names
    the ministry; None otherwise."""
    from trucewatch.nlp.language import detect_language

    if not _MINISTRY_NAMED.search(text):
        return None
    for match in _SHORT_TALLY_QUOTE.finditer(text):
        if detect_language(match.group(1)).code == "ru":
            return f"{match.group(1)}: {match.group(2).strip()}."
    return None
