"""Fuzzing the whole pipeline for a fixed time (``make fuzz``, FUZZ_SECONDS=60 by default).

Random articles are built from the characters and pieces that break text tools: every kind of
quote mark, apostrophes, brackets, ellipses, invisible and bidirectional characters, line ends,
capitalised names and speech verbs, HTML. Each pair of articles goes through extraction,
attribution, alignment, drift, terms and both renderers. A crash stops the run, and the input is
saved under ``tests/cases/fuzz/`` where ``tests/test_fuzz_cases.py`` replays it for ever after.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import time
import traceback
from pathlib import Path

from quotecheck import compare_articles, parse_article, render_html, render_text, to_json

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "fuzz"
PIECES = [
    '"',
    "“",
    "”",
    "„",
    "«",
    "»",
    "‹",
    "›",
    "‘",
    "’",
    "'",
    "「",
    "」",
    "『",
    "』",
    "…",
    "...",
    "[",
    "]",
    "(",
    ")",
    "—",
    "-",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u200b",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u00a0",
    "said",
    "told",
    "according to",
    "he",
    "she",
    "who",
    "Mr.",
    "Sen.",
    "Minister",
    "Ana",
    "Kalomi",
    "Jo Smith",
    "the",
    "and",
    "not",
    "two",
    "2%",
    "NATO",
    "Q:",
    "A:",
    "WALLACE:",
    "<script>",
    "&amp;",
    "READ ALSO",
    "MENU",
    "Home » World",
    "©",
    "so-called",
    "we",
    "will",
    "act",
    "now",
    "é",
    "中文",
    "\x00",
]


def article(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 400)))


def run_once(texts: list[str]) -> None:
    articles = [parse_article(t, f"{n}.txt", outlet=f"Outlet {n}") for n, t in enumerate(texts)]
    comparison = compare_articles(articles)
    render_html(comparison)
    render_text(comparison)
    to_json(comparison)
    for q in comparison.quotes:
        text = comparison.article(q.article_id).text
        assert text[q.start : q.end] == q.text, "a quote's offsets do not slice back to it"


def main(seconds: float) -> int:
    rng = random.Random(int(os.environ.get("FUZZ_SEED", time.time())))
    deadline, runs = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        texts = [article(rng) for _ in range(rng.randint(1, 3))]
        try:
            run_once(texts)
        except Exception:
            CASES.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha1("\x1e".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
            path = CASES / f"crash-{digest[:12]}.txt"
            path.write_text("\x1e".join(texts), encoding="utf-8", errors="surrogatepass")
            traceback.print_exc()
            print(f"fuzz: crash after {runs} runs; input saved as {path}", file=sys.stderr)
            return 1
        runs += 1
    print(f"fuzz: {runs} runs in {seconds:.0f} s, no crash")
    return 0


if __name__ == "__main__":
    sys.exit(main(float(os.environ.get("FUZZ_SECONDS", "60"))))
