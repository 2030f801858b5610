"""Helpers for the browser test and the dashboard bench: the app on a free local port in a thread, and
Debian's headless Chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@contextmanager
def running_server(db: Path) -> Iterator[str]:
    """The dashboard app over ``db`` served by uvicorn on 127.0.0.1 in a thread; yields its base URL. The
    listening socket is bound here, to a port the system picks, and handed to uvicorn: no other process (an
    xdist worker's own server) can take the port between choosing and binding it. The thread is stopped and
    joined before this returns, so that no request is still reading the store when the interpreter exits."""
    import uvicorn

    from trucewatch.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 120
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=120)
        sock.close()
    assert not thread.is_alive(), "the test server did not stop"


@contextmanager
def chromium(user_data_dir: Path, *, width: int = 1400, height: int = 1000) -> Iterator[Any]:
    """A fresh persistent Chromium context (its own profile folder) from /usr/bin/chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(user_data_dir), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height},
        )
        # Playwright's 30 s default is tight for Chromium on a loaded 2-core CI machine under xdist
        context.set_default_timeout(120_000)
        context.set_default_navigation_timeout(120_000)
        try:
            yield context
        finally:
            context.close()


def wait_for_refresh(page: Any, count: int, timeout_ms: int = 120_000) -> None:
    """Wait until the dashboard has finished its ``count``-th refresh (data fetched and drawn). A selector,
    not a JS predicate: the page's Content-Security-Policy forbids the eval a predicate would need."""
    page.wait_for_selector(f'body[data-refreshes="{count}"]', state="attached", timeout=timeout_ms)


def timings(page: Any) -> dict[str, Any]:
    """First contentful paint, first complete render (data drawn) and every refresh, in ms."""
    return dict(page.evaluate("""() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return {first_contentful_paint_ms: paint ? Math.round(paint.startTime) : null,
                first_render_ms: window.trucewatchTimings.firstRender,
                refreshes_ms: window.trucewatchTimings.refreshes.slice()};
    }"""))


def measure_dashboard(db: Path, profile: Path, *, rounds: int = 3) -> dict[str, Any]:
    """Load the dashboard over ``db`` in Chromium and time it: first contentful paint, first complete render
    (facets, outlines, map, timeline, scorecard and the first page of incidents drawn) and ``rounds`` filter
    round trips (choose a reading → every panel redrawn), each measured by the page and from outside."""
    with running_server(db) as base, chromium(profile) as context:
        page = context.new_page()
        started = time.perf_counter()
        page.goto(base + "/")
        wait_for_refresh(page, 1)
        load_wall_ms = round((time.perf_counter() - started) * 1000)
        readings = ["kremlin", "us", "ukraine", ""]
        page.select_option("#f-agreement", "energy-moratorium-2025")
        wait_for_refresh(page, 2)
        round_trips_wall = []
        for i in range(rounds):
            started = time.perf_counter()
            page.select_option("#f-reading", readings[i % len(readings)])
            wait_for_refresh(page, 3 + i)
            round_trips_wall.append(round((time.perf_counter() - started) * 1000))
        measured = timings(page)
        incidents = page.locator("#status").inner_text()
    filter_page = measured["refreshes_ms"][2:]
    return {
        "status_line": incidents,
        "first_contentful_paint_ms": measured["first_contentful_paint_ms"],
        "first_render_ms": measured["first_render_ms"],
        "load_wall_ms": load_wall_ms,
        "filter_round_trip_ms": filter_page,
        "filter_round_trip_wall_ms": round_trips_wall,
        "filter_round_trip_median_ms": sorted(filter_page)[len(filter_page) // 2] if filter_page else None,
    }
