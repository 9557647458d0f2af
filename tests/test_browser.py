"""The HTML report as a reader sees it, in headless Chromium driven by Playwright.

CI installs Debian's chromium (``.ci/run``); elsewhere these tests skip with a message saying how
to enable them. Playwright never downloads a browser of its own here: it is pointed at
``/usr/bin/chromium``.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from quotecheck import compare, parse_article, write_reports

from .conftest import SEEDS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="pip install playwright to run the browser tests"
)
if not Path(CHROMIUM).exists():  # pragma: no cover - depends on the machine
    pytest.skip(
        "no chromium: apt-get install chromium to run the browser tests", allow_module_level=True
    )


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


def open_report(browser, folder: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request",
        lambda r: (
            requests.append(r.url) if not r.url.startswith(("file:", "data:", "about:")) else None
        ),
    )
    page.goto((folder / "index.html").resolve().as_uri())
    return page, errors, requests


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    write_reports(compare([SEEDS]), folder)
    return folder


def csv_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def test_the_tables_match_the_csv_files(browser, seeds_report):
    page, errors, requests = open_report(browser, seeds_report)
    disc = csv_rows(seeds_report / "discrepancies.csv")
    assert page.locator("#discrepancy-table tbody tr").count() == sum(1 for r in disc if r["file"])
    assert page.locator("#single-table tbody tr").count() == sum(1 for r in disc if not r["file"])
    assert page.locator("#terms-table tbody tr").count() == len(
        csv_rows(seeds_report / "terms.csv")
    )
    assert page.locator("#files-table tbody tr").count() == len(
        csv_rows(seeds_report / "files.csv")
    )
    assert page.locator("#terms-table").get_by_text("defence", exact=True).is_visible()
    assert page.locator("#terms-table").get_by_text("defense", exact=True).is_visible()
    page.screenshot(path=str(seeds_report / "screenshot.png"), full_page=True)
    assert (seeds_report / "screenshot.png").stat().st_size > 10_000
    assert errors == [] and requests == []


def test_sorting_and_filtering(browser, seeds_report):
    page, errors, _ = open_report(browser, seeds_report)
    rows = page.locator("#discrepancy-table tbody tr")
    severity_header = page.locator("#discrepancy-table thead th").nth(1)
    severity_header.get_by_role("button").click()
    first = rows.nth(0).locator("td").nth(1).inner_text()
    severity_header.get_by_role("button").click()
    assert severity_header.get_attribute("aria-sort") == "descending"
    assert rows.nth(0).locator("td").nth(1).inner_text() != first
    page.select_option("#severity-filter", "none")
    visible = [r for r in rows.all() if r.is_visible()]
    assert visible and all(r.get_attribute("data-severity") == "none" for r in visible)
    page.select_option("#severity-filter", "")
    page.fill("#text-filter", "Ishiba")
    assert sum(r.is_visible() for r in rows.all()) == 1
    assert errors == []


def test_keyboard_reaches_the_sort_buttons(browser, seeds_report):
    page, _, _ = open_report(browser, seeds_report)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('th') !== null"):
            break
    else:
        pytest.fail("no sort button reachable with the keyboard")


def test_no_script_from_an_article_runs(browser, tmp_path):
    hostile = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    text = (
        f"Minister Ana Kalomi spoke on Monday. {hostile}\n\n"
        f'"We will act {hostile} now," Kalomi said.'
    )
    articles = [
        parse_article(text, f"{name}.txt", outlet=f"Outlet {hostile} {name}") for name in ("a", "b")
    ]
    from quotecheck import compare_articles

    write_reports(compare_articles(articles), tmp_path)
    page, errors, requests = open_report(browser, tmp_path)
    assert page.evaluate("window.pwned === undefined") and errors == []
    assert page.get_by_text("<script>window.pwned = 1</script>", exact=False).count() > 0
    assert requests == []
