"""The editor's page at scale: the report for 1,000 articles, its size and time (``make bench``).

The corpus is 50 stories run by 20 outlets each: every story's statements are drawn from the
words of the seed articles' bodies and given to invented speakers, and each outlet prints most
of them, a third of the copies edited the way editors edit quotes (a word swapped or dropped, a
cut, a number, a comma). The page must stay under 5 MB (issue 13); the JSON, which keeps every
outlet's row, is the baseline it is set against, and both are timed in the same run.
"""

from __future__ import annotations

import csv
import math
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quotecheck import compare
from quotecheck.articles import parse_article
from quotecheck.output import write_reports
from quotecheck.page import render_html
from quotecheck.report import to_json

ROOT = Path(__file__).resolve().parent.parent
STORIES, OUTLETS, QUOTES_PER_STORY = 50, 20, 6
PAGE_LIMIT_MB = 5.0
RUNS = 3
FIRST = ["Ana", "Bram", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas"]
LAST = ["Albescu", "Brandvik", "Castell", "Dorn", "Eskola", "Fairlie", "Gauthier", "Holm"]


def vocabulary() -> list[str]:
    """The words of the seed articles' bodies, each once."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"), path.name)
        for i, p in enumerate(article.paragraphs):
            if p.role == "body":
                text = article.paragraph_text(i)
                found.update(dict.fromkeys(w.strip('"“”,.()') for w in text.split()))
    return [w for w in found if w.isalpha()]


def _edited(words: list[str], rng: random.Random) -> list[str]:
    words = list(words)
    kind = rng.choice(["swap", "drop", "cut", "number", "comma"])
    i = rng.randrange(1, len(words) - 1)
    if kind == "swap":
        words[i] = rng.choice(["very", "new", "strong", "clear", "major"])
    elif kind == "drop":
        del words[i]
    elif kind == "cut":
        words = words[: max(6, len(words) - 4)]
    elif kind == "number":
        words.insert(i, str(rng.randrange(2, 90)))
    else:
        words[i] += ","
    return words


def corpus(folder: Path, seed: int = 0) -> int:
    """Write the articles and their manifest into ``folder``; return how many."""
    rng = random.Random(seed)
    material = vocabulary()
    rows = []
    for story in range(STORIES):
        statements = [
            (rng.sample(material, rng.randint(10, 24)), f"{rng.choice(FIRST)} {rng.choice(LAST)}")
            for _ in range(QUOTES_PER_STORY)
        ]
        for outlet in range(OUTLETS):
            paragraphs = [f"Story {story}: what was said on day {story % 7 + 1}."]
            for words, speaker in statements:
                if rng.random() < 0.85:
                    said = _edited(words, rng) if rng.random() < 0.33 else words
                    paragraphs.append(f'"{" ".join(said)}," {speaker} said on Monday.')
            name = f"s{story:03d}-o{outlet:02d}.txt"
            (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
            rows.append(
                {
                    "file": name,
                    "outlet": f"Outlet {outlet:02d}",
                    "date": f"2026-01-{story % 28 + 1:02d}T{6 + outlet % 12:02d}:00",
                    "title": f"Story {story}",
                    "url": f"https://outlet{outlet:02d}.example.com/{story}",
                    "reference": "yes" if outlet == 0 else "",
                }
            )
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def _timed(run, runs: int = RUNS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def browser_open_seconds(page: Path) -> float | None:
    """How long headless chromium takes to load and lay out the page (None without one)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        tab = browser.new_page()
        start = time.perf_counter()
        tab.goto(page.as_uri(), wait_until="load")
        tab.evaluate("document.documentElement.scrollHeight")  # the layout done
        seconds = time.perf_counter() - start
        browser.close()
    return seconds


def report_growth(sizes: tuple[int, int] = (500, 4000)) -> list[tuple[int, float, float]]:
    """``quotecheck report`` on ``sizes`` articles of the extraction benchmark's corpus (seed
    paragraphs recombined): (articles, seconds, peak MB) for each size."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench import corpus as paragraphs_corpus

    texts = paragraphs_corpus(max(sizes) * 3000)[: max(sizes)]
    probe = (
        "import resource, subprocess, sys, time;"
        "start = time.perf_counter();"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
        "print(time.perf_counter() - start,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    found = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for i, text in enumerate(texts[:size]):
                Path(tmp, f"{i:05d}.txt").write_text(text, encoding="utf-8")
            command = [sys.executable, "-m", "quotecheck", "report", tmp, "--quiet"]
            done = subprocess.run(
                [sys.executable, "-c", probe, *command, "--out", str(Path(tmp) / "out")],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, peak_kb = done.stdout.split()
            found.append((size, float(seconds), int(peak_kb) / 1024))
    return found


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n = corpus(folder)
        compare_s, comparison = _timed(lambda: compare([folder]), 1)
        page_s, page = _timed(lambda: render_html(comparison))
        json_s, _ = _timed(lambda: to_json(comparison))
        write_s, _ = _timed(lambda: write_reports(comparison, Path(tmp) / "out"), 1)
        page_mb = len(page.encode("utf-8")) / 1e6
        json_mb = (Path(tmp) / "out" / "report.json").stat().st_size / 1e6
        opened = browser_open_seconds(Path(tmp) / "out" / "index.html")
    rows = [
        ("articles", f"{n:,} ({STORIES} stories × {OUTLETS} outlets)"),
        ("compare (read, extract, align, classify)", f"{compare_s:.1f} s"),
        ("page: render", f"{page_s:.2f} s (median of {RUNS})"),
        ("page: size", f"{page_mb:.2f} MB (limit {PAGE_LIMIT_MB:.0f} MB)"),
        ("baseline: report.json, every outlet's row", f"{json_mb:.2f} MB, built in {json_s:.2f} s"),
        ("ratio page / JSON", f"{page_mb / json_mb:.2f} in size, {page_s / json_s:.1f} in time"),
        ("all report files written", f"{write_s:.1f} s"),
        (
            "page opened in headless chromium",
            "no browser here" if opened is None else f"{opened:.1f} s to load and lay out",
        ),
    ]
    (small, t_small, m_small), (large, t_large, m_large) = report_growth()
    exponent = math.log(t_large / t_small) / math.log(large / small)
    rows.append(
        (
            f"report on {small:,} and {large:,} articles",
            f"{t_small:.1f} s and {t_large:.1f} s: time grows as articles^{exponent:.2f}; "
            f"peak memory {m_small:.0f} MB and {m_large:.0f} MB",
        )
    )
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    section = (
        f"\n## The editor's page, 1,000 articles\n\n| measure | result |\n|---|---|\n{table}\n"
    )
    with open(ROOT / "bench" / "results.md", "a", encoding="utf-8") as results:
        results.write(section)
    print(section)
    if page_mb > PAGE_LIMIT_MB:
        sys.exit(f"the page is {page_mb:.1f} MB, over the {PAGE_LIMIT_MB:.0f} MB limit")


if __name__ == "__main__":
    main()
