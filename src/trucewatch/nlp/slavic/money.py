"""Sums of money raised in so many days ("185 тисяч за 2 дні", "зібрали 300к грн за три дні"): a fundraiser's
report, not a digest of the days' strikes, which "за 2 дні" alone tells (``kinds.summary`` in ``data/lexicon.yaml``).
Read by :func:`trucewatch.nlp.slavic.kinds.classify`. Nothing here raises on user text.
"""

from __future__ import annotations

import re

# a sum (figures, then a word of thousands or millions, or a currency) directly before "за N днів" / "за два дні"
_RAISED_IN_DAYS = re.compile(r"\d[\d\s.,]*\s*(?:тисяч\w*|тис\.?|тыс\w*\.?|к|k|млн\.?|мільйон\w*|миллион\w*)?\s*"
                             r"(?:грн\.?|гривень|гривні|гривня|₴|\$|доларів|долларов|євро|евро|€|руб\w*\.?)?"
                             r"(?<=[^\W\d]|[₴$€.])\s+(за\s+(?:\d+|два|дві|три|чотири|п['’ʼ]ять|кілька)\s+"
                             r"(?:дн(?:ів|і|ей|я)|доби))(?![\w'’ʼ])", re.IGNORECASE)


def without_money_days(text: str) -> str:
    """``text`` with the days over which a sum of money was raised blanked out (the same length)."""
    return _RAISED_IN_DAYS.sub(lambda match: match.group(0)[:match.start(1) - match.start()]
                               + " " * (match.end(1) - match.start(1)), text)
