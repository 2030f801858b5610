"""End to end in real headless Chromium (Debian's /usr/bin/chromium via Playwright): the dashboard over the
demo store plus a hostile report. Filters by reading, opens an incident, checks its reasons and sources are
shown, that the hostile text stays inert text, and that no request left this machine."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .browser import CHROMIUM, chromium, running_server, timings, wait_for_refresh
from .conftest import HOSTILE_INCIDENT, HOSTILE_TEXT

REPO = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                     "(bash scripts/install-browser.sh installs it)"),
]
playwright = pytest.importorskip("playwright", reason="needs playwright (bash scripts/install-browser.sh)")


def test_dashboard_filter_click_reasons_offline_and_inert(demo_db: Path, tmp_path: Path) -> None:
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    with running_server(demo_db) as base, chromium(tmp_path / "profile") as context:
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base + "/")
        wait_for_refresh(page, 1)
        assert page.locator("tr.incident").count() > 0
        assert page.locator(".leaflet-container").count() == 1

        # filter by agreement, then by reading: every table row and the scorecard follow
        page.select_option("#f-agreement", "energy-moratorium-2025")
        wait_for_refresh(page, 2)
        assert "kremlin" in page.locator("#f-reading").inner_text()
        page.select_option("#f-reading", "kremlin")
        wait_for_refresh(page, 3)
        readings_in_scorecard = set(page.locator("table.scorecard tr td:nth-child(2)").all_inner_texts())
        assert readings_in_scorecard == {"kremlin"}
        assert "reading=kremlin" in page.url
        assert page.locator("#differences li").count() > 0  # the readings compared in words

        # open the hostile incident: findings under every reading with their reasons, and the sources
        page.locator(f'tr.incident[data-incident="{HOSTILE_INCIDENT}"]').click()
        page.wait_for_selector("#detail-panel:not([hidden]) tr.finding")
        detail = page.locator("#detail")
        readings_shown = set(detail.locator("tr.finding td:nth-child(3)").all_inner_texts())
        assert {"us", "kremlin", "ukraine"} <= readings_shown
        reasons = detail.locator("li.reason").all_inner_texts()
        assert any(r.startswith("time ") for r in reasons) and any(r.startswith("target ") for r in reasons)
        assert any("energy.transmission.substation" in r for r in reasons)
        assert "Echo Monitor" in detail.inner_text()
        # each finding's history: the hostile reports came in with the second run, as new findings
        page.wait_for_selector("#detail-history tr.change")
        assert detail.locator("#detail-history tr.change-new").count() > 0
        assert "#2" in detail.locator("#detail-history").inner_text()

        # the hostile text is shown literally and nothing in it became markup or ran
        texts = detail.locator(".report-text").all_inner_texts()
        assert HOSTILE_TEXT in texts
        assert "Kharkiv <script>alert(3)</script>" in detail.inner_text()
        assert page.locator('img[src="x"]').count() == 0
        assert "<b>Bold Source</b>" in detail.inner_text() and "<i>substation</i>" in detail.inner_text()
        assert page.locator("#detail script, #incidents script, #detail i").count() == 0
        # a javascript: URL is never made a link; an https one is
        assert page.locator('#detail a[href^="javascript"]').count() == 0
        assert page.locator('#detail a[href^="https://example.org/echo"]').count() == 1
        page.wait_for_timeout(300)  # give any injected handler the chance to fire
        assert dialogs == []
        assert errors == []

        page.evaluate("() => window.scrollTo(0, 0)")
        screenshot = tmp_path / "dashboard.png"
        page.screenshot(path=str(screenshot), full_page=False)
        assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        if os.environ.get("TRUCEWATCH_UPDATE_SCREENSHOT"):  # refresh the README's picture on request only
            shutil.copyfile(screenshot, REPO / "docs" / "screenshot.png")
        measured = timings(page)

    hosts = {urlsplit(url).hostname for url in requests if not url.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}, f"requests left this machine: {sorted(hosts)}"
    print(f"\ndemo store: {len(requests)} requests, all to 127.0.0.1; timings {measured}")
