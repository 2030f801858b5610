"""Munitions dropped or fired told as a strike: "ворожа авіація скинула на селище два КАБи", "ворог випустив за день
понад 150 снарядів і мін" (a regional channel's tally of a day's shelling), an object "killed" with missiles
("кацапи вбили ракетами станцію"), drones that flew into an object ("шахеди влетіли в підстанцію"), read with the other
words of striking (:func:`trucewatch.nlp.slavic.wording.strike_words`). Nothing here raises on user text.
"""

from __future__ import annotations

import re

# a verb of dropping in the past, then (up to five words on) a bomb ("скинули два КАБи", "скинула на село дві
# авіабомби"); or of firing, then shells or mines, an artillery tally ("випустив по громаді 40 снарядів", "випущено 12
# мін"); not "скинули листівки", "скинули фото", nor "випустила щонайменше 31 ракету" (launches counted, often over
# months)
_WORDS = r"\s+(?:[\w'’ʼ-]+\s+){0,5}?"
# ... or a verb of killing, finishing off or smashing said of an object with a weapon in the instrumental ("кацапи вбили
# ракетами станцію", "добили шахедами підстанцію", "розбили ТЕС ракетами": the channel's words for an object wrecked;
# not "вбили двох людей", no weapon, nor "розбили дронами колону", no object of the kinds struck)
_SMASHED = r"(?:вбили|вбив|вбила|убили|убив|убила|добили|добив|добила|розбили|розбив|розбила|знесли|зніс|знесла)\s+"
_WITH_WEAPON = r"(?:ракет|шахед|дрон|КАБ|бомб|балістик|іскандер|калібр|кинджал)\w*(?:ами|ями|ою|ом)\s+"
_STRUCK_OBJECT = (r"(?:станці|електростанці|підстанці|ТЕС|ТЕЦ|ГЕС|ГАЕС|генераці|енергетик|НПЗ|нафтобаз|завод|склад|"
                  r"термінал|порт|аеродром|об['’ʼ]єкт)\w*(?![\w'’ʼ])")
_KILLED_WITH = (_SMASHED + r"(?:[\w'’ʼ-]+\s+)?" + _WITH_WEAPON + r"(?:[\w'’ʼ-]+\s+){0,2}?" + _STRUCK_OBJECT + "|"
                + _SMASHED + r"(?:[\w'’ʼ-]+\s+){0,2}?" + _STRUCK_OBJECT + r"\s+(?:[\w'’ʼ-]+\s+)?"
                + _WITH_WEAPON.removesuffix(r"\s+") + r"(?![\w'’ʼ])")
# ... or drones or missiles that flew into or fly into something ("шахеди влетіли в підстанцію", "наш дрон залітає
# прямо в цех"; not into an oblast or the airspace: "дрони влетіли в Брянську область" are on their way)
_FLEW_INTO = (r"(?:птах|пташ|дрон|БПЛА|БпЛА|шахед|ракет|герань|герані)\w*[»\"”]?\s+(?:[\w'’ʼ-]+\s+){0,2}?"
              r"(?:влетіли|влетів|влетіла|влетіло|влітає|влітають|залітає|залітають)\s+(?:прямо\s+|просто\s+)?"
              r"(?:на|в|у|до)(?!\s+(?:[\w'’ʼ-]+\s+)?(?:област|регіон|повітрян|небо|неба|простір)\w*|"
              r"\s+[\w'’ʼ-]+щин\w*(?![\w'’ʼ]))(?=\s)")
FIRED = re.compile(r"(?<![\w'’ʼ])(?:(?:скинул[аио]?|скинув|скинуто|скидал[аио]?|скидав)" + _WORDS
                   + r"(?:КАБ|ФАБ|УМПК|авіабомб|бомб)|(?:випустил[аио]?|випустив|випущено|відстріляв|відстріляли)"
                   + _WORDS + r"(?:снаряд|мін(?:и|а|у|ами|ах)?(?![\w'’ʼ]))|" + _KILLED_WITH + "|" + _FLEW_INTO + ")",
                   re.IGNORECASE)
