"""time: did it happen while the clause was in force under this reading? The window is ``[ws, we)`` in UTC
(``we`` NULL: open-ended); the incident's time is ``[s, e)`` or an instant ``s = e``; ``pub`` is when the
first report of it was published (an event cannot follow its own report). Times in the detail are written
in the window's own zone."""

from __future__ import annotations

from trucewatch.adjudicate.conditions import Condition


def _local(ts: str, tz: str = "p.window_tz") -> str:
    return f"strftime(timezone({tz}, {ts}::TIMESTAMPTZ), '%Y-%m-%d %H:%M')"


# entirely before the window: e ≤ ws for an interval, s < ws for an instant; entirely after: s ≥ we
_BEFORE = "((p.e > p.s AND p.e <= p.ws) OR (p.e = p.s AND p.s < p.ws))"
_AFTER = "(p.we IS NOT NULL AND p.s >= p.we)"
_INSIDE = "(p.s >= p.ws AND (p.we IS NULL OR p.e <= p.we) AND (p.we IS NULL OR p.s < p.we))"
_PUBLISHED_BEFORE = "(p.s IS NULL AND p.pub < p.ws)"

_OCCURRED = f"CASE WHEN p.e > p.s THEN {_local('p.s')} || ' to ' || {_local('p.e')} ELSE {_local('p.s')} END"


def window_text(cr: str = "cr") -> str:
    """SQL over the clause reading ``cr`` (a ``clause_readings`` row): its window in words, in its own zone.
    The pipeline writes it once per clause reading (``wt.window_text``), not once per pair."""
    return (f"{_local(f'{cr}.window_start', f'{cr}.window_tz')} || ' to ' || "
            f"coalesce({_local(f'{cr}.window_end', f'{cr}.window_tz')}, 'open-ended') || ' (' || {cr}.window_tz "
            f"|| ' time)'")


_WINDOW = "wt.window_text"

CONDITION = Condition(
    name="time",
    column="time_status",
    status=f"""CASE WHEN NOT p.in_force THEN 'fail'
         WHEN {_PUBLISHED_BEFORE} THEN 'fail'
         WHEN p.s IS NULL THEN 'uncertain'
         WHEN {_BEFORE} THEN 'fail'
         WHEN {_AFTER} THEN 'fail'
         WHEN {_INSIDE} THEN 'pass'
         ELSE 'uncertain' END""",
    missing="p.in_force AND p.s IS NULL AND NOT coalesce(p.pub < p.ws, false)",
    detail=f"""CASE WHEN NOT p.in_force
             THEN 'the ' || p.reading_id || ' reading does not hold this clause in force'
                  || coalesce(': ' || p.reading_note, '')
         WHEN {_PUBLISHED_BEFORE}
             THEN 'the time of the incident is not known, but it was first reported on ' || {_local('p.pub')}
                  || ', before the window ' || {_WINDOW}
         WHEN p.s IS NULL THEN 'the time of the incident is not known; window ' || {_WINDOW}
         WHEN {_BEFORE} THEN 'occurred ' || {_OCCURRED} || ', before the window ' || {_WINDOW}
         WHEN {_AFTER} THEN 'occurred ' || {_OCCURRED} || ', after the window ' || {_WINDOW}
         WHEN {_INSIDE} THEN 'occurred ' || {_OCCURRED} || ', inside the window ' || {_WINDOW}
         WHEN p.s < p.ws
             THEN 'occurred ' || {_OCCURRED} || ': the interval straddles the start of the window ' || {_WINDOW}
         ELSE 'occurred ' || {_OCCURRED} || ': the interval straddles the end of the window ' || {_WINDOW}
    END""",
    decides_not_covered=f"NOT p.in_force OR coalesce({_PUBLISHED_BEFORE}, false) OR coalesce({_BEFORE}, false) "
                        f"OR coalesce({_AFTER}, false)",
)
