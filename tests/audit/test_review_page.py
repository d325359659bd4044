"""The review page in a real browser (headless Chromium via Playwright), opened from file://.

Verdicts by mouse and keyboard, a note, persistence across reload, the Export download, the
report's counts; and article text with script/img payloads shown as text in review.html and
show.html, never run.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main as cli_main
from tests.audit.conftest import XSS_INDEX
from tests.audit.fixtures import XSS_TEXT
from tests.conftest import require

CHROMIUM = os.environ.get("NEWSREC_CHROMIUM", "/usr/bin/chromium")
STORAGE_COMMIT_MS = 500  # time given to the browser to commit localStorage before a reload


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed (pip install -e '.[audit]')")
    require(Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None,
            f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    context.close()


def _verdict(pg: Any, item_id: str) -> str | None:
    card = pg.locator(f'[id="item-{item_id}"]')
    pressed = card.locator('.verdicts button[aria-pressed="true"]')
    return pressed.get_attribute("data-verdict") if pressed.count() else None


def test_review_verdicts_persist_and_export_matches_report(page: Any, bundle_dir: Path, tmp_path: Path) -> None:
    sample = json.loads((bundle_dir / "sample.json").read_text(encoding="utf-8"))
    ids = [it["id"] for a in sample["articles"] for it in a["items"]]
    page.goto((bundle_dir / "review.html").as_uri())
    assert page.locator(".item").count() == len(ids)

    # mouse: correct, wrong, partly (naming a field) on the first three items
    page.locator(f'[id="item-{ids[0]}"] button[data-verdict="correct"]').click()
    page.locator(f'[id="item-{ids[1]}"] button[data-verdict="wrong"]').click()
    third = page.locator(f'[id="item-{ids[2]}"]')
    third.locator('button[data-verdict="partly"]').click()
    first_field = third.locator(".fields input").first
    first_field.check()
    # keyboard: j moves on (from item 2 to 3), 1/2/3 judge, n opens the note
    page.locator("body").press("Escape")
    page.keyboard.press("j")
    page.keyboard.press("1")
    page.keyboard.press("j")
    page.keyboard.press("2")
    page.keyboard.press("k")
    page.keyboard.press("n")
    page.keyboard.type("单位名称缺字 <b>x</b>")
    page.keyboard.press("Escape")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("3")
    given = {ids[0]: "correct", ids[1]: "wrong", ids[2]: "partly", ids[3]: "correct", ids[4]: "wrong",
             ids[5]: "partly"}
    # recall: one missed item on the first recall article, marked done
    recall = page.locator(".missed").first
    recall.locator("select.missed-field").select_option("speakers")
    recall.locator("input.missed-text").fill("张三 副主任")
    recall.locator("button.missed-add").click()
    recall.locator("input.recall-done").check()
    assert page.inner_text("#progress").startswith(f"6 / {len(ids)} items judged")

    # (Chromium hands localStorage writes to its browser process asynchronously; a reload a few
    # milliseconds after the last write can race them on a loaded machine, which a reviewer never does)
    page.wait_for_timeout(STORAGE_COMMIT_MS)
    page.reload()
    assert {i: _verdict(page, i) for i in given} == given
    assert page.locator(f'[id="item-{ids[3]}"] textarea.note').input_value() == "单位名称缺字 <b>x</b>"
    assert page.locator(f'[id="item-{ids[2]}"] .fields input').first.is_checked()
    assert page.locator(".missed li").first.inner_text().startswith("speakers: 张三 副主任")
    assert page.inner_text("#progress").startswith(f"6 / {len(ids)} items judged · 1 / 2")
    assert page.errors == []

    with page.expect_download() as info:
        page.click("#export")
    download = info.value
    assert download.suggested_filename == "verdicts.json"
    verdicts_path = tmp_path / "verdicts.json"
    download.save_as(verdicts_path)
    verdicts = json.loads(verdicts_path.read_text(encoding="utf-8"))
    assert {it["id"]: it["verdict"] for it in verdicts["items"] if it["verdict"]} == given
    assert next(it for it in verdicts["items"] if it["id"] == ids[2])["fields"] == [
        first_field.get_attribute("value")]

    assert cli_main(["audit", "report", str(verdicts_path)]) == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    in_sample = {it["id"] for it in verdicts["items"] if it["precision_sample"]}
    for verdict in ("correct", "partly", "wrong"):
        expected = sum(1 for i, v in given.items() if v == verdict and i in in_sample)
        assert report["overall"][verdict] == expected
    done = [a for a in verdicts["recall_articles"] if a["done"]]
    assert len(done) == report["recall_articles_done"] == 1
    assert sum(r["missed"] for r in report["recall"]) == 1


def test_review_page_shows_script_as_text(page: Any, bundle_dir: Path) -> None:
    sample = json.loads((bundle_dir / "sample.json").read_text(encoding="utf-8"))
    assert any(a["doc_id"].startswith(f"{XSS_INDEX:04d}") for a in sample["articles"])
    page.goto((bundle_dir / "review.html").as_uri())
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#articles img").count() == 0
    assert page.locator("#articles script").count() == 0
    assert XSS_TEXT in page.inner_text("#articles")


def test_show_page_shows_script_as_text(page: Any, records_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "show.html"
    assert cli_main(["show", str(records_path), "--index", str(XSS_INDEX), "--out", str(out)]) == 0
    page.goto(out.as_uri())
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0
    assert XSS_TEXT in page.inner_text(".text")
    assert page.errors == []
