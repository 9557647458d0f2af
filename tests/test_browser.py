"""The HTML report as a reader sees it, in headless Chromium driven by Playwright.

CI installs Debian's chromium (``.ci/run``); elsewhere these tests skip with a message saying how
to enable them. Playwright never downloads a browser of its own here: it is pointed at
``/usr/bin/chromium``.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from quotecheck import compare, parse_article, write_reports
from quotecheck.models import Severity

from .conftest import CASES, SEEDS

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
    """One chromium for the module, and one context per (width, javascript) kept open: each
    test opens a fresh page in it (a context per test doubled the module's time)."""
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield Contexts(launched)
        launched.close()


class Contexts:
    def __init__(self, launched):
        self.launched, self.open = launched, {}

    def page(self, width: int, javascript: bool):
        key = (width, javascript)
        if key not in self.open:
            self.open[key] = self.launched.new_context(
                viewport={"width": width, "height": 900}, java_script_enabled=javascript
            )
        return self.open[key].new_page()


def open_report(browser, folder: Path, width: int = 1280, javascript: bool = True):
    page = browser.page(width, javascript)
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


@pytest.fixture(scope="module")
def story_report(tmp_path_factory) -> Path:
    """The invented four-outlet story: a dropped 'not', a changed number, addresses, times."""
    folder = tmp_path_factory.mktemp("story")
    write_reports(compare([CASES / "story"]), folder)
    return folder


def csv_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def finding_rows(page):
    return page.locator("#discrepancy-table tbody tr[data-rank]")


def visible(rows) -> list:
    return [r for r in rows.all() if r.is_visible()]


def test_the_key_findings_are_the_worst_groups_of_report_json(browser, story_report):
    page, errors, requests = open_report(browser, story_report)
    data = json.loads((story_report / "report.json").read_text(encoding="utf-8"))
    worst = sorted(
        (g for g in data["groups"] if Severity.parse(g["severity"]) >= Severity.MINOR),
        key=lambda g: (-Severity.parse(g["severity"]), int(g["id"][1:])),
    )
    items = page.locator("#key ol.key > li")
    assert [items.nth(i).get_attribute("data-group") for i in range(items.count())] == [
        g["id"] for g in worst
    ]
    first = items.nth(0).inner_text()
    assert "Metro Times drops ‘not’" in first and "We will raise rates this year" in first
    assert items.nth(0).get_by_role("link", name="Metro Times").get_attribute("href") == (
        "https://metrotimes.example.com/news/water-rates-council"
    )
    assert "has ‘3.4’ for ‘2.4’" in items.nth(1).inner_text()
    assert page.locator("h2").first.inner_text() == "Key findings"
    assert errors == [] and requests == []


def test_every_source_url_is_a_link(browser, story_report):
    page, _, _ = open_report(browser, story_report)
    manifest = csv_rows(CASES / "story" / "manifest.csv")
    assert all(row["url"] for row in manifest)
    for row in manifest:
        link = page.locator(f'#sources a[href="{row["url"]}"]')
        assert link.count() == 1 and link.inner_text() == row["title"], row["file"]
    assert page.locator("#sources").get_by_text("Nell Adair").is_visible()


def test_at_least_major_shows_only_major_and_critical_rows(browser, story_report):
    page, errors, _ = open_report(browser, story_report)
    rows = finding_rows(page)
    page.select_option("#severity-filter", label="at least major")
    shown = {r.get_attribute("data-severity") for r in visible(rows)}
    assert shown == {"major", "critical"}
    expected = {
        (r["group"], r["outlet"])
        for r in csv_rows(story_report / "discrepancies.csv")
        if r["file"] and r["severity"] in ("major", "critical")
    }
    found = {
        (r.locator("td").nth(1).inner_text(), r.locator("td").nth(4).locator("a").inner_text())
        for r in visible(rows)
    }
    assert found == expected
    page.select_option("#severity-filter", label="at least critical")
    assert {r.get_attribute("data-severity") for r in visible(rows)} == {"critical"}
    assert errors == []


def test_the_outlet_filter_keeps_that_outlets_rows(browser, story_report):
    page, _, _ = open_report(browser, story_report)
    page.select_option("#outlet-filter", label="Eastside Ledger")
    page.check("#show-quiet")
    wordings = [r.locator("td").nth(4).inner_text() for r in visible(finding_rows(page))]
    assert wordings and all("Eastside Ledger" in w for w in wordings)


def test_identical_rows_are_hidden_until_the_switch_shows_them(browser, story_report):
    for javascript in (True, False):
        page, _, _ = open_report(browser, story_report, javascript=javascript)
        quiet = page.locator("#discrepancy-table tr.quiet")
        loud = page.locator("#discrepancy-table tr[data-rank]:not(.quiet)")
        assert quiet.count() == 4 and loud.count() == 3
        assert not any(r.is_visible() for r in quiet.all())
        assert all(r.is_visible() for r in loud.all())
        page.get_by_label("identical and house-style rows", exact=False).check()
        assert all(r.is_visible() for r in quiet.all())


def test_the_page_reads_without_javascript(browser, story_report):
    page, _, _ = open_report(browser, story_report, javascript=False)
    assert page.locator("#key ol.key > li").count() == 2
    assert page.locator("#G1").is_visible() and page.locator("#scorecard").is_visible()
    assert not page.locator("#controls").is_visible()  # the filters need the script


def test_a_phone_never_scrolls_sideways(browser, story_report, seeds_report):
    for folder in (story_report, seeds_report):
        page, errors, _ = open_report(browser, folder, width=390)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.check("#show-quiet")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        for chip in page.locator("#discrepancy-table .sev-critical").all():
            box = chip.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert errors == []


def test_no_serious_accessibility_violation(browser, story_report):
    axe = pytest.importorskip("axe_playwright_python.sync_playwright").Axe()
    page, _, _ = open_report(browser, story_report)
    page.check("#show-quiet")
    page.locator("details.quiet-groups").first.evaluate("d => d.open = true")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        serious = [
            (v["id"], v["help"], len(v["nodes"]))
            for v in axe.run(page).response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], (width, serious)


def test_the_page_prints_without_its_controls(browser, story_report):
    page, _, _ = open_report(browser, story_report)
    page.emulate_media(media="print")
    assert not page.locator("#controls").is_visible()
    assert not page.locator("nav").is_visible()
    assert page.locator("#key ol.key").is_visible()


def test_the_tables_match_the_csv_files(browser, seeds_report):
    page, errors, requests = open_report(browser, seeds_report)
    disc = csv_rows(seeds_report / "discrepancies.csv")
    page.check("#show-quiet")
    pairs = {
        (r.locator("td").nth(1).inner_text(), link.inner_text())
        for r in finding_rows(page).all()
        for link in r.locator("td").nth(4).locator("a").all()
        or [r.locator("td").nth(4).locator(".meta")]
    }
    assert pairs == {(r["group"], r["outlet"]) for r in disc if r["file"]}
    assert page.locator("#single-table tbody tr").count() == sum(1 for r in disc if not r["file"])
    assert page.locator("#terms-table tbody tr").count() == len(
        csv_rows(seeds_report / "terms.csv")
    )
    assert page.locator("#files-table tbody tr").count() == len(
        csv_rows(seeds_report / "files.csv")
    )
    assert page.locator("#terms-table").get_by_text("defence", exact=True).is_visible()
    assert page.locator("#terms-table").get_by_text("defense", exact=True).is_visible()
    assert errors == [] and requests == []


def test_sorting(browser, story_report):
    page, errors, _ = open_report(browser, story_report)
    page.check("#show-quiet")
    rows = finding_rows(page)
    severity_header = page.locator("#discrepancy-table thead th").nth(0)
    severity_header.get_by_role("button").click()
    assert severity_header.get_attribute("aria-sort") == "ascending"
    assert rows.nth(0).get_attribute("data-severity") == "none"
    severity_header.get_by_role("button").click()
    assert rows.nth(0).get_attribute("data-severity") == "critical"
    page.fill("#text-filter", "Reyes")
    assert {r.locator("td").nth(2).inner_text() for r in visible(rows)} == {"Omar Reyes"}
    assert errors == []


def test_keyboard_reaches_the_sort_buttons(browser, seeds_report):
    page, _, _ = open_report(browser, seeds_report)
    for _ in range(60):
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


def test_a_story_with_only_house_style_says_so_and_the_switch_shows_the_rows(browser, seeds_report):
    page, _, _ = open_report(browser, seeds_report)
    note = page.locator("#discrepancy-table tr.all-quiet")
    assert note.is_visible() and "house style" in note.inner_text()
    assert "No outlet changed the words" in page.locator("#key").inner_text()
    page.check("#show-quiet")
    assert not note.is_visible() and finding_rows(page).first.is_visible()
