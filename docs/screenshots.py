"""The README's screenshots of the seeds' page, at desktop and phone width (``make screenshots``).

Drives Debian's chromium through Playwright, as the browser tests do; writes
``docs/report-desktop.png`` and ``docs/report-phone.png``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from quotecheck import compare, write_reports

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def main(source: str = str(ROOT / "seeds")) -> None:
    with tempfile.TemporaryDirectory() as folder:
        write_reports(compare([source]), folder)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for name, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto((Path(folder) / "index.html").as_uri())
                out = ROOT / "docs" / f"report-{name}.png"
                page.screenshot(path=str(out), full_page=False)
                print(f"wrote {out.relative_to(ROOT)}")
            browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
