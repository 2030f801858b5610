"""The dashboard's layout at laptop (1024 px) and desktop (1400 px) widths in real headless Chromium, for a
Ukraine agreement and for one elsewhere (the Sudan truce of the analyst scenario, loaded into a copy of the
demo store): nothing is cut off or needs sideways scrolling, times are in the agreement's zone, and
incidents outside an agreement are hidden and counted.

``TRUCEWATCH_UPDATE_SCREENSHOT=1`` also copies the screenshots to docs/ (docs/dashboard.md shows them)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from trucewatch import api

from .browser import CHROMIUM, chromium, running_server, wait_for_refresh

REPO = Path(__file__).resolve().parents[2]
SUDAN = REPO / "tests" / "fixtures" / "analyst" / "sudan-truce-2023.yaml"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                     "(bash scripts/install-browser.sh installs it)"),
]
playwright = pytest.importorskip("playwright", reason="needs playwright (bash scripts/install-browser.sh)")


@pytest.fixture(scope="module")
def store(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("layout") / "layout.duckdb"
    shutil.copyfile(demo_db, db)
    api.load_agreements(db, [SUDAN])
    api.assess(db)
    return db


@pytest.mark.parametrize("width", [1024, 1400])
@pytest.mark.parametrize(("agreement", "zone"), [
    ("energy-moratorium-2025", "Europe/Moscow"),
    ("sudan-truce-2023", "Africa/Khartoum"),
])
def test_dashboard_layout(store: Path, tmp_path: Path, width: int, agreement: str, zone: str) -> None:
    with running_server(store) as base, chromium(tmp_path / "profile", width=width, height=1000) as context:
        page = context.new_page()
        page.goto(f"{base}/?agreement={agreement}")
        wait_for_refresh(page, 1)
        # nothing wider than the window: the scorecard's verdict columns and the incident table fit
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll_width <= width, f"the page scrolls sideways at {width} px ({scroll_width} px wide)"
        box = page.locator("table.scorecard").bounding_box()
        assert box is not None and box["x"] + box["width"] <= width
        header = page.locator("table.scorecard th").last.bounding_box()
        assert header is not None and header["x"] + header["width"] <= width  # 'total' is in view
        # times in the agreement's zone; the timeline says its days are local
        assert f"when ({zone})" in page.locator("table.incidents").inner_text()
        assert f"Days in {zone} time." in page.locator("#timeline").inner_text()
        count = page.locator("#incident-count").inner_text()
        if agreement == "sudan-truce-2023":
            # only what cannot be placed or dated may concern it; the rest is counted as outside
            assert "outside the agreement" in count
            assert page.locator("tr.incident").count() <= 1
        else:
            assert page.locator("tr.incident").count() > 0
        page.wait_for_timeout(300)
        shot = tmp_path / f"dashboard-{agreement}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        if os.environ.get("TRUCEWATCH_UPDATE_SCREENSHOT"):
            shutil.copyfile(shot, REPO / "docs" / shot.name)
