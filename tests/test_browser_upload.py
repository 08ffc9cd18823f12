"""Browser: upload a file whose every text field is an XSS payload; it reaches every page as text.

Also checks the upload report for a broken row, and that loading the valid rows
switches the whole app (map, timeline, patterns) to the uploaded cases.
"""

from __future__ import annotations

import csv
import io
import time

import pytest
from browser import ARTIFACTS, wait_for_drawn_canvas

from sanctuary_maps.load import DATA_DIR
from sanctuary_maps.schema import column_names

pytestmark = pytest.mark.browser

PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    "[click](javascript:window.__xss=1)",
    "<svg onload=window.__xss=1>",
]
TEXT_FIELDS = ["title", "people", "people_count_note", "sending_state", "host_state", "city", "summary"]


def xss_file() -> bytes:
    """Three valid cases in Budapest with payloads in every free-text field, plus one broken row."""
    rows = list(csv.DictReader(io.StringIO((DATA_DIR / "cases.csv").read_text(encoding="utf-8"))))
    base = next(r for r in rows if r["id"].startswith("mindszenty"))
    out = []
    for i, payload in enumerate(PAYLOADS[:3]):
        row = dict(base, id=f"xss-case-{i}", episode="", unconfirmed_fields="")
        for field in TEXT_FIELDS:
            row[field] = f"{payload} {field} {i}"
        out.append(row)
    out.append(dict(base, id="broken-row", start_date="not a date", title=PAYLOADS[3]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=column_names("cases.csv"))
    writer.writeheader()
    writer.writerows(out)
    return buffer.getvalue().encode("utf-8")


def no_script_ran(page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_uploaded_xss_payloads_are_shown_as_text_on_every_page(server, browser_context):
    page = browser_context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/upload")
    page.locator('input[type="file"]').set_input_files(
        files=[{"name": "mine.csv", "mimeType": "text/csv", "buffer": xss_file()}])
    page.get_by_text("1 problem(s) found").wait_for(timeout=60_000)
    # The report table is a canvas grid; its cells are mirrored in accessible grid cells.
    cells = page.locator("[role=gridcell]")
    cells.filter(has_text="must be a real date").first.wait_for(state="attached", timeout=30_000)
    assert cells.filter(has_text="start_date").count() >= 1
    assert cells.filter(has_text="must be a real date").count() == 1
    page.screenshot(path=ARTIFACTS / "upload-report.png", full_page=True)
    page.get_by_role("button", name="Explore the 3 valid rows").click()
    page.get_by_text("3 of 3 cases").wait_for(timeout=60_000)
    wait_for_drawn_canvas(page)
    no_script_ran(page)

    # Tooltip: deck.gl writes it into the page as HTML, so hover the points at the canvas centre.
    box = page.locator("canvas").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    time.sleep(1)
    no_script_ran(page)
    # Case card, opened from the picker: every field is shown as literal text.
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Case card").locator("input").click()
    page.get_by_role("option").filter(has_text="title 0").click()
    page.get_by_text('<img src=x onerror="window.__xss=1"> summary 0').wait_for(timeout=30_000)
    assert page.get_by_text('<img src=x onerror="window.__xss=1"> people 0').count() >= 1
    page.screenshot(path=ARTIFACTS / "upload-xss-card.png", full_page=True)
    no_script_ran(page)
    assert page.locator("img[src='x']").count() == 0 and page.locator("svg[onload]").count() == 0

    for link, marker in (("Timeline", "3 of 3 cases"), ("Patterns", "3 of 3 cases")):
        page.get_by_role("link", name=link).click()
        page.get_by_text(marker).first.wait_for(timeout=60_000)
        time.sleep(2)
        no_script_ran(page)
        page.screenshot(path=ARTIFACTS / f"upload-xss-{link.lower()}.png", full_page=True)
    assert page.locator("img[src='x']").count() == 0
    assert dialogs == []

    page.get_by_role("button", name="Back to the bundled data").click()
    page.get_by_text("3 of 3 cases").wait_for(state="detached", timeout=30_000)
    page.close()
