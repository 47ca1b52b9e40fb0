"""The review page in headless Chromium (Debian's package, driven by Playwright; no browser is
downloaded): sign in, clear a flagged page with the keyboard only, assign a patient found by
search, and see the filed document appear in the store. Screenshots are kept in
var/test-screenshots/."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from appdb.database import engine_for
from config.settings import load_settings
from flows.runner import run_batch
from pipeline.storage.store import LocalStore
from review.accounts import Accounts
from review.app import create_app
from tests.review_fixtures import build_review_batch

pytestmark = pytest.mark.usefixtures("prefect_server")  # batches run as flows


CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "var" / "test-screenshots"
PASSWORD = "correct horse battery staple"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    base = tmp_path_factory.mktemp("browser")
    batch = build_review_batch(base / "scan")
    url = f"sqlite:///{base / 'app.db'}"
    settings = load_settings({"database": {"url": url}})
    store = LocalStore(base / "store")
    result = run_batch(batch.source, batch.patients_csv, store, settings)
    Accounts(engine_for(url), settings).add("rita", "reviewer", PASSWORD)
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield {
        "url": f"http://127.0.0.1:{port}",
        "store": store,
        "batch": batch,
        "manifest": result,
    }
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium package is needed (make setup installs it)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


def shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def test_a_reviewer_clears_flagged_pages_with_the_keyboard_only(server, browser):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server["url"] + "/queue")
    assert page.url.endswith("/login")  # not signed in: sent to sign in
    # Sign in: the user name field has the focus; type, Tab, type, Enter.
    page.keyboard.type("rita")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/queue")
    shot(page, "1-queue")
    assert page.locator("text=Batch").count() >= 1

    # n: the oldest item (two pages before any cover sheet).
    page.keyboard.press("n")
    page.wait_for_url("**/items/*")
    page.wait_for_load_state("networkidle")
    item_url = page.url
    assert page.locator("#pageno").inner_text() == "1"
    page.keyboard.press("j")  # the item's second page
    assert page.locator("#pageno").inner_text() == "2"
    page.keyboard.press("+")
    page.keyboard.press("r")
    transform = page.evaluate(
        "() => document.querySelector('article.page:not([hidden]) .scan img').style.transform"
    )
    assert "rotate(90deg)" in transform and "scale(1.25)" in transform
    page.keyboard.press("0")
    page.keyboard.press("k")
    shot(page, "2-item")

    # p: find the patient by two identifiers read off the page; a: assign the one found.
    patient = server["batch"].known[0]
    page.keyboard.press("p")
    page.keyboard.type(patient.family)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.type(patient.dob)
    page.keyboard.press("Enter")
    page.wait_for_selector("ul.results")
    shot(page, "3-search")
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    page.wait_for_selector("#patient")
    assert f"MRN {patient.mrn}" in page.locator("#patient").inner_text()

    # 1: take the first suggested type; f: confirm and file. The next item loads at once.
    page.keyboard.press("1")
    page.wait_for_selector("#doctype")
    shot(page, "4-ready-to-file")
    page.keyboard.press("f")
    page.wait_for_url(lambda u: u != item_url and "/items/" in u)
    shot(page, "5-next-item")
    assert not errors, errors  # no script errors, no blocked inline code (CSP)

    # The document is in the store, under the patient, with the reviewer's name.
    batch_id = server["manifest"]["batch_id"]
    key = f"documents/{batch_id}/{batch_id}-d00000.json"
    assert server["store"].exists(key)
    meta = json.loads(server["store"].get(key))
    assert meta["subject"]["identifier"]["value"] == patient.mrn
    assert {"url": "urn:digitize:reviewed-by", "valueString": "rita"} in meta["extension"]
    assert server["store"].exists(key.removesuffix(".json") + ".pdf")
    page.close()


def test_keyboard_help_and_readme_screenshot(server, browser):
    """The keyboard help opens and closes; the screenshot is the one the README shows
    (DIGITIZE_UPDATE_SCREENSHOT=1 copies it to docs/review-page.png)."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(server["url"] + "/login")
    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/queue")
    page.keyboard.press("n")
    page.wait_for_url("**/items/*")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("?")
    assert page.locator("#help").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#help").is_visible()
    path = shot(page, "review-page")
    if os.environ.get("DIGITIZE_UPDATE_SCREENSHOT"):  # refresh the README's picture
        shutil.copyfile(path, Path(__file__).resolve().parent.parent / "docs" / "review-page.png")
    page.close()
