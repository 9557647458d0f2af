"""Alignment and classification at scale: generated corpora of 10k, 100k (and 1M) quotes.

Statements are drawn from a Zipf-like vocabulary; each runs in 1 to 8 outlets (mean about 3),
and a third of the copies are edited the way editors edit quotes (a word swapped, cut short, a
comma, a spelling, a number). Times are the median of runs on one core; the scaling exponent is
the slope of log time against log N between the sizes measured.
"""

from __future__ import annotations

import itertools
import math
import random
import resource
import statistics
import sys
import time

from quotecheck.align import align
from quotecheck.drift import classify
from quotecheck.models import Article, Attribution, Quote

VOCABULARY = [f"w{i}" for i in range(20000)]
WEIGHTS = [1 / (i + 1) for i in range(len(VOCABULARY))]
SPEAKERS = [f"Speaker {i}" for i in range(2000)]


def _edit(words: list[str], rng: random.Random) -> list[str]:
    words = list(words)
    kind = rng.choice(["swap", "cut", "comma", "spelling", "number", "drop"])
    i = rng.randrange(len(words))
    if kind == "swap":
        words[i] = rng.choices(VOCABULARY, WEIGHTS)[0]
    elif kind == "cut" and len(words) > 6:
        words = words[: len(words) - 2]
    elif kind == "comma":
        words[i] += ","
    elif kind == "spelling":
        words[i] = "defence" if words[i] != "defence" else "defense"
    elif kind == "number":
        words[i] = str(rng.randrange(100))
    elif kind == "drop" and len(words) > 4:
        del words[i]
    return words


def quote_corpus(n: int, seed: int = 0) -> tuple[list[Quote], list[Article]]:
    """``n`` quotes spread over articles of 10 quotes each, with repetition across outlets."""
    rng = random.Random(seed)
    quotes: list[Quote] = []
    article_of = 0
    while len(quotes) < n:
        words = rng.choices(VOCABULARY, WEIGHTS, k=rng.randint(5, 25))
        speaker = rng.choice(SPEAKERS)
        for _copy in range(min(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8]), n - len(quotes))):
            text = " ".join(_edit(words, rng) if rng.random() < 0.33 else words)
            article_id = f"a{article_of:07d}"
            article_of += 1 if rng.random() < 0.1 else 0
            quotes.append(
                Quote(
                    f"{article_id}-{len(quotes) % 97}",
                    len(quotes),
                    0,
                    len(text),
                    text,
                    "fragment",
                    0,
                    attribution=Attribution(speaker),
                )
            )
    articles = [Article(a, a, a, "2026-01-01", None, "") for a in {q.article_id for q in quotes}]
    return quotes, articles


def run(n: int, runs: int) -> float:
    quotes, articles = quote_corpus(n)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        groups, _singletons = align(quotes, articles)
        for g in groups:
            classify(g)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(sizes: list[int]) -> list[tuple[int, float, float]]:
    results = []
    for n in sizes:
        seconds = run(n, 3 if n <= 100_000 else 1)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results.append((n, seconds, peak))
        print(f"{n:>9,} quotes: {seconds:8.2f} s   peak memory so far {peak:,.0f} MB", flush=True)
    for (n1, t1, _), (n2, t2, _) in itertools.pairwise(results):
        print(f"exponent {n1:,} -> {n2:,}: {math.log(t2 / t1) / math.log(n2 / n1):.2f}")
    return results


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
