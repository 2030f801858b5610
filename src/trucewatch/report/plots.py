"""Static plots for the report: the timeline (incidents by day and verdict, one panel per reading with its
window shaded) and the map (shipped outlines, incidents coloured by verdict, one panel per reading).

matplotlib with the Agg backend: no display, no network. The same PNG is exported and embedded in the report
as a data: image, so nothing in it can run.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from trucewatch.api.vocabulary import VERDICT_COLOURS

WINDOW_COLOUR = "#4393c3"
matplotlib.rcParams["font.size"] = 8


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)


def _window_bounds(window: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    """A window's bounds on the timeline's axis: local wall-clock when the timeline is by local day."""
    return (_parse(window.get("start_local") or window["start"]),
            _parse(window.get("end_local") or window["end"]))


def focus(windows: Sequence[dict[str, Any]], days: Sequence[date]) -> tuple[datetime, datetime] | None:
    """The span a timeline shows: the windows with a margin (a day, or a fifth of their length when longer),
    not the whole store; an open-ended window runs to the last incident. None without a window."""
    bounds = [_window_bounds(w) for w in windows]
    starts = [b[0] for b in bounds if b[0] is not None]
    if not starts:
        return None
    last_day = datetime.combine(max(days), datetime.min.time()) + timedelta(days=1) if days else None
    ends = [b[1] or last_day or b[0] for b in bounds if b[0] is not None]
    first, last = min(starts), max(e for e in ends if e is not None)
    margin = max(timedelta(days=1), (last - first) / 5)
    return first - margin, last + margin


def timeline_figure(panels: Sequence[dict[str, Any]], title: str) -> Figure:
    """``panels``: one per reading, each ``{"reading", "timeline"}`` as returned by ``api.views.timeline``
    filtered to that reading. Stacked bars by verdict per day (local days when the timeline has an agreement's
    zone); the reading's window shaded; the axis focused on the windows."""
    panels = list(panels) or [{"reading": "(no readings)", "timeline": {"days": [], "windows": [],
                                                                       "verdicts": list(VERDICT_COLOURS)}}]
    figure = Figure(figsize=(9, 1.6 + 1.5 * len(panels)), layout="constrained")
    axes = figure.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    all_days = [date.fromisoformat(d["day"]) for p in panels for d in p["timeline"]["days"]]
    for axis, panel in zip(axes, panels, strict=True):
        data = panel["timeline"]
        days = [date.fromisoformat(d["day"]) for d in data["days"]]
        bottom = [0] * len(days)
        for verdict in data.get("verdicts", VERDICT_COLOURS):
            heights = [d.get(verdict, 0) for d in data["days"]]
            if any(heights):
                # a bar covers its day from midnight, so the window's shading lines up with it
                axis.bar(days, heights, bottom=bottom, width=0.85, align="edge", color=VERDICT_COLOURS[verdict],
                         label=verdict.replace("_", " "), edgecolor="none")
                bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        for window in data.get("windows", []):
            start, end = _window_bounds(window)
            if start is None:
                continue
            end = end or (datetime.combine(max(all_days), datetime.min.time()) + timedelta(days=1)
                          if all_days else start)
            axis.axvspan(start, end, color=WINDOW_COLOUR, alpha=0.12 if window["in_force"] else 0.04,
                         lw=0)
            state = "" if window["in_force"] else " (not in force)"
            axis.annotate(f"{window['reading']} window{state}", xy=(start, 1), xycoords=("data", "axes fraction"),
                          xytext=(2, -2), textcoords="offset points", va="top", fontsize=7, color="#2166ac")
        axis.set_ylabel(f"{panel['reading']}\nincidents")
        axis.grid(axis="y", color="#eeeeee")
        axis.set_axisbelow(True)
    span = focus([w for p in panels for w in p["timeline"].get("windows", [])], all_days)
    if span:
        axes[-1].set_xlim(*span)
    zones = {p["timeline"].get("tz") for p in panels} - {None}
    if zones:
        axes[-1].set_xlabel(f"day ({', '.join(sorted(zones))} time)")
    axes[-1].xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))  # type: ignore[no-untyped-call]
    handles, labels = [], []
    for axis in axes:
        for handle, label in zip(*axis.get_legend_handles_labels(), strict=True):
            if label not in labels:
                handles.append(handle)
                labels.append(label)
    if handles:
        figure.legend(handles, labels, loc="outside lower center", ncols=min(len(labels), 6), frameon=False)
    figure.suptitle(title, fontsize=10)
    return figure


def _rings(outline: dict[str, Any], extent: tuple[float, float, float, float]) -> list[list[list[float]]]:
    """Outer rings of the outline's polygons that reach into ``extent`` (west, east, south, north)."""
    west, east, south, north = extent
    rings = []
    for feature in outline.get("features", []):
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            ring = polygon[0]  # holes are too small to matter at report scale
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            if max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north:
                rings.append(ring)
    return rings


def _draw_outlines(axis: Any, outlines: dict[str, dict[str, Any]], extent: tuple[float, float, float, float]) -> None:
    # one collection per layer: thousands of separate patches would make layout and drawing crawl
    for name, face, edge, width in (("countries", "#f4f1ea", "#8c8c8c", 0.6), ("admin1", "none", "#c4c4c4", 0.3)):
        rings = _rings(outlines.get(name, {}), extent)
        if rings:
            axis.add_collection(PolyCollection(rings, facecolors=face, edgecolors=edge, linewidths=width,
                                               zorder=1), autolim=False)


def map_figure(panels: Sequence[dict[str, Any]], outlines: dict[str, dict[str, Any]], title: str,
               fallback: tuple[float, float, float, float] | None = None) -> Figure:
    """``panels``: one per reading, each ``{"reading", "points": [{lat, lon, verdict}]}``. The extent is that
    of all points (padded), or ``fallback`` (west, east, south, north: the agreement's countries) when
    nothing is located."""
    panels = list(panels) or [{"reading": "(no readings)", "points": []}]
    columns = min(len(panels), 3)
    rows = -(-len(panels) // columns)
    figure = Figure(figsize=(3.6 * columns, 3.2 * rows + 0.6), layout="constrained")
    axes = figure.subplots(rows, columns, squeeze=False).ravel()
    lats = [p["lat"] for panel in panels for p in panel["points"]]
    lons = [p["lon"] for panel in panels for p in panel["points"]]
    if lats:
        pad = 1.5
        extent = (min(lons) - pad, max(lons) + pad, min(lats) - pad, max(lats) + pad)
    elif fallback:
        pad = 1.0
        extent = (fallback[0] - pad, fallback[1] + pad, fallback[2] - pad, fallback[3] + pad)
    else:
        extent = (-170.0, 170.0, -60.0, 80.0)
    for axis in axes[len(panels):]:
        axis.set_visible(False)
    seen: dict[str, Any] = {}
    for axis, panel in zip(axes, panels, strict=False):
        _draw_outlines(axis, outlines, extent)
        for verdict, colour in reversed(VERDICT_COLOURS.items()):  # most severe drawn last, on top
            points = [p for p in panel["points"] if p["verdict"] == verdict]
            if points:
                seen[verdict] = axis.scatter([p["lon"] for p in points], [p["lat"] for p in points], s=14,
                                             c=colour, edgecolors="#333333", linewidths=0.4, zorder=3,
                                             label=verdict.replace("_", " "), rasterized=len(points) > 2000)
        axis.set_xlim(extent[0], extent[1])
        axis.set_ylim(extent[2], extent[3])
        # degrees of longitude shrink with latitude: equal distances look equal at the map's middle
        middle = math.radians((extent[2] + extent[3]) / 2)
        axis.set_aspect(1 / max(0.2, math.cos(middle)))
        axis.set_title(panel["reading"])
        axis.tick_params(labelsize=6)
    if seen:
        ordered = [v for v in VERDICT_COLOURS if v in seen]
        figure.legend([seen[v] for v in ordered], [v.replace("_", " ") for v in ordered],
                      loc="outside lower center", ncols=min(len(ordered), 6), frameon=False)
    figure.suptitle(f"{title}  (outlines: Natural Earth)", fontsize=10)
    return figure


def to_png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=130, metadata={"Software": None})
    return buffer.getvalue()
