"""How far a development score could move on another sample of the same kind: 95 % intervals for the evals.

A score on 57 labelled posts or 263 ACLED rows is one draw. The evals print, beside each share, the interval a
reader should keep in mind before calling two scores different or a target met: the Wilson score interval for a
share of right answers (right out of n), and for an F1 over items (each with its hits, predicted and actual
counts) the 2.5th and 97.5th percentiles of the F1 of items resampled with replacement, from a fixed seed so that
the same file gives the same interval every run (never narrower than the Wilson interval of the F1 read as a share:
resampling a perfect sample gives it back every time).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

Z_95 = 1.959963984540054
RESAMPLES = 1_000
SEED = 20_250_318  # fixed: the same file gives the same interval every run


def wilson(right: int, n: int) -> list[float] | None:
    """The 95 % Wilson score interval of ``right`` out of ``n``, rounded to 4 places; None when ``n`` is 0."""
    if n <= 0:
        return None
    if not 0 <= right <= n:
        raise ValueError(f"right must lie between 0 and n: {right} of {n}")
    share = right / n
    denominator = 1 + Z_95 ** 2 / n
    centre = (share + Z_95 ** 2 / (2 * n)) / denominator
    half_width = Z_95 * math.sqrt(share * (1 - share) / n + Z_95 ** 2 / (4 * n * n)) / denominator
    return [round(max(0.0, centre - half_width), 4), round(min(1.0, centre + half_width), 4)]


def micro_f1(items: Sequence[tuple[int, int, int]]) -> float | None:
    """F1 over items of (hits, predicted, actual); None when nothing was predicted or expected."""
    hits = sum(item[0] for item in items)
    predicted = sum(item[1] for item in items)
    actual = sum(item[2] for item in items)
    if predicted + actual == 0:
        return None
    return 2 * hits / (predicted + actual)


def bootstrap_f1(items: Sequence[tuple[int, int, int]], resamples: int = RESAMPLES) -> list[float] | None:
    """The 95 % percentile interval of the F1 of ``items`` resampled with replacement (fixed seed), rounded to 4
    places; None when the F1 itself is undefined. Resamples whose F1 is undefined are left out."""
    if not items or micro_f1(items) is None:
        return None
    draw = random.Random(SEED)
    size = len(items)
    values = sorted(value for value in (micro_f1([items[draw.randrange(size)] for _ in range(size)])
                                        for _ in range(resamples)) if value is not None)
    low = values[int(0.025 * (len(values) - 1))]
    high = values[math.ceil(0.975 * (len(values) - 1))]
    # resampling a perfect (or null) sample gives it back every time: no interval at all. The F1 read as a share
    # of the mean of the predicted and expected counts gives the Wilson interval a share of right answers would,
    # and the printed interval is never narrower than that
    hits = sum(item[0] for item in items)
    units = max(hits, round((sum(item[1] for item in items) + sum(item[2] for item in items)) / 2))
    floor = wilson(hits, units) if units else None
    if floor is not None:
        low, high = min(low, floor[0]), max(high, floor[1])
    return [round(low, 4), round(high, 4)]
