"""Munitions dropped or fired told as a strike: "ворожа авіація скинула на селище два КАБи", "ворог випустив за день
понад 150 снарядів і мін" (a regional channel's tally of a day's shelling), read with the other words of striking
(:func:`trucewatch.nlp.slavic.wording.strike_words`). Nothing here raises on user text.
"""

from __future__ import annotations

import re

# a verb of dropping in the past, then (up to five words on) a bomb ("скинули два КАБи", "скинула на село дві
# авіабомби"); or of firing, then shells or mines, an artillery tally ("випустив по громаді 40 снарядів", "випущено 12
# мін"); not "скинули листівки", "скинули фото", nor "випустила щонайменше 31 ракету" (launches counted, often over
# months)
_WORDS = r"\s+(?:[\w'’ʼ-]+\s+){0,5}?"
FIRED = re.compile(r"(?<![\w'’ʼ])(?:(?:скинул[аио]?|скинув|скинуто|скидал[аио]?|скидав)" + _WORDS
                   + r"(?:КАБ|ФАБ|УМПК|авіабомб|бомб)|(?:випустил[аио]?|випустив|випущено|відстріляв|відстріляли)"
                   + _WORDS + r"(?:снаряд|мін(?:и|а|у|ами|ах)?(?![\w'’ʼ])))", re.IGNORECASE)
