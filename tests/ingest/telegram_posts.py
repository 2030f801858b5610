"""Telegram Desktop channel exports written for the posts-ingest tests: a tally, digests that repeat it or
nothing, another region's tally and a strike, as the Russian MoD's channel words them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

TALLY = ("В течение прошедшей ночи дежурными средствами ПВО уничтожены 12 украинских БПЛА над территорией "
         "Брянской области.")
DIGEST = ("🗓 Главное за день. Ночью дежурными средствами ПВО уничтожены 12 украинских БПЛА над территорией "
          "Брянской области.")
NEW_DIGEST = ("🗓 Главное за день. Ночью дежурными средствами ПВО уничтожены 5 украинских БПЛА над территорией "
              "Смоленской области.")
KURSK = "Дежурными средствами ПВО уничтожены 3 БПЛА над территорией Курской области."
STRIKE = ("В результате удара беспилотников ВСУ по нефтеперекачивающей станции «Кропоткинская» в Краснодарском "
          "крае повреждено оборудование.")


def message(number: int, text: str, when: str, **more: Any) -> dict[str, Any]:
    """One message of an export, dated ``when`` (ISO, with its offset) as Telegram Desktop writes it."""
    moment = datetime.fromisoformat(when)
    return {"id": number, "type": "message", "date": moment.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(moment.timestamp())), "text": text, **more}


def export(path: Path, messages: list[dict[str, Any]]) -> Path:
    """``messages`` written at ``path`` as a channel's ``result.json``."""
    path.write_text(json.dumps({"name": "Минобороны России", "type": "public_channel", "id": 42,
                                "messages": messages}, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
