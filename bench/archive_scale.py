"""The quote archive at scale (``make bench``: an archive of a million quotes).

An archive of N generated quotes (the statements of :mod:`align_scale`, each run by 1 to 8
outlets, a third of the copies edited, ten to an article) is filled in bulk through the
archive's own tables and keys, with each article's extraction found on every core as
``archive add`` stores it, then measured on one core:

- ``archive add`` of 300 more articles the normal way (extraction, attribution, one transaction
  each): articles and quotes per second;
- ``archive check`` of one new article against the whole archive: median of 5 runs, and how many
  archived articles it compared (those sharing a close quote with it, at most 200);
- ``archive search`` for two words: median of 5 runs;
- the file's size.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from align_scale import quote_corpus

from quotecheck.archive import (
    KEPT_KINDS,
    Archive,
    _articles,
    _keys,
    _packed,
    _quotes,
    _rebuilt,
    content_hash,
    extractor,
    quote_keys,
)
from quotecheck.articles import parse_article
from quotecheck.parallel import map_ordered
from quotecheck.pipeline import attributed

BATCH = 20_000
RESULTS = Path(__file__).resolve().parent / "results.md"


def article_texts(n: int, seed: int = 0) -> list[tuple[str, str, list[str]]]:
    """(id, text, quotes) of articles holding ``n`` generated quotes, ten to an article: each
    quote a paragraph of its own, attributed after the quote."""
    quotes, _articles_unused = quote_corpus(n, seed)
    random.Random(seed).shuffle(quotes)  # a statement's copies land in different articles
    by_article: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, q in enumerate(quotes):
        by_article[f"s{seed}-{i // 10:07d}"].append((q.text, q.speaker or "Someone"))
    out = []
    for article_id, said in by_article.items():
        lead = f"Report {article_id}\n\nThe council met on Monday to discuss the budget.\n\n"
        body = "\n\n".join(f'"{text}," said {speaker}.' for text, speaker in said)
        out.append((article_id, lead + body, [t for t, _ in said]))
    return out


def fill(archive: Archive, articles: list[tuple[str, str, list[str]]]) -> int:
    """The articles stored straight into the archive's tables, in large transactions."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    sqlite = archive.engine.dialect.name == "sqlite"
    count = 0
    for start in range(0, len(articles), BATCH // 10):
        chunk = articles[start : start + BATCH // 10]
        with archive.engine.begin() as conn:
            first = conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM articles").scalar()
            first_quote = conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM quotes").scalar()
            rows, quote_rows, key_rows, texts = [], [], [], []
            for n, (article_id, text, said) in enumerate(chunk, 1):
                rows.append(
                    {
                        "id": first + n,
                        "key": article_id,
                        "version": 1,
                        "content_hash": content_hash(text),
                        "article_id": article_id,
                        "path": article_id,
                        "outlet": f"Outlet {hash(article_id) % 50}",
                        "date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
                        "language": "en",
                        "text": text,
                        "added": now,
                        "is_reference": False,
                    }
                )
                for i, quote in enumerate(said):
                    count += 1
                    quote_id = first_quote + count
                    quote_rows.append(
                        {
                            "id": quote_id,
                            "article": first + n,
                            "idx": i,
                            "start": 0,
                            "stop": len(quote),
                            "text": quote,
                            "kind": "sentence",
                            "speaker": None,
                            "method": "after",
                            "confidence": 0.9,
                        }
                    )
                    key_rows += [{"quote": quote_id, "key": k} for k in quote_keys(quote)]
                    texts.append((quote_id, quote))
            extractions = map_ordered(_extraction, rows, os.cpu_count() or 1)
            for row, extraction in zip(rows, extractions, strict=True):
                row["extraction"], row["extractor"] = extraction, extractor()
            conn.execute(_articles.insert(), rows)
            conn.execute(_quotes.insert(), quote_rows)
            conn.execute(_keys.insert(), key_rows)
            if sqlite:
                conn.exec_driver_sql("INSERT INTO quote_search (rowid, text) VALUES (?, ?)", texts)
    if not sqlite:  # the ids were given: the sequences go on after them
        with archive.engine.begin() as conn:
            for table in ("articles", "quotes"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT MAX(id) FROM {table}))"
                )
    return count


def _extraction(row: dict) -> bytes:
    """What ``archive add`` stores of an article's quotes (the article rebuilt as a check
    rebuilds it)."""
    article = _rebuilt({"title": None, "url": None, "first_published_in": None, **row})
    return _packed(attributed(article))


def rare_words(quote: str) -> str:
    """Two of a quote's words, the rarest of the vocabulary (``w0`` is the commonest)."""
    ranked = sorted(
        quote.replace(",", "").split(), key=lambda w: -int(w[1:] or 0) if w[1:].isdigit() else 0
    )
    return " ".join(ranked[:2])


def median_time(run, times: int = 5) -> tuple[float, object]:
    spent, result = [], None
    for _ in range(times):
        t = time.perf_counter()
        result = run()
        spent.append(time.perf_counter() - t)
    return statistics.median(spent), result


HEADER = (
    "\n## The quote archive (SQLite, one core)\n\n"
    "| archive of | fill | add 300 articles | check one article | compared | search | file |\n"
    "|---|---|---|---|---|---|---|\n"
)


def main(sizes: list[int]) -> None:
    """Each size's row on standard output, and the table appended to ``bench/results.md``."""
    print(HEADER, end="")
    rows = []
    for n in sizes:
        folder = tempfile.mkdtemp()
        db = os.path.join(folder, "archive.sqlite")
        articles = article_texts(n)
        with Archive(db) as archive:
            t = time.perf_counter()
            stored = fill(archive, articles)
            filled = time.perf_counter() - t
            extra = [
                parse_article(text, f"{i}.txt", f"new-{i}", language="en")
                for i, (_id, text, _said) in enumerate(article_texts(3000, seed=1)[:300])
            ]
            t = time.perf_counter()
            added = archive.add(extra)
            adding = time.perf_counter() - t
            probe = parse_article(
                articles[len(articles) // 2][1], "probe.txt", "probe", language="en"
            )
            probe = parse_article(
                probe.text.replace(" said ", " told reporters, said "), "probe.txt", "probe"
            )
            checking, _comparison = median_time(partial(archive.check, [probe]))
            keys = [quote_keys(q.text) for q in attributed(probe) if q.kind in KEPT_KINDS]
            compared = len(archive._sharing(keys))
            searching, _hits = median_time(partial(archive.search, rare_words(articles[0][2][0])))
        size = os.path.getsize(db) / 1e6
        shutil.rmtree(folder, ignore_errors=True)
        rows.append(
            f"| {stored:,} quotes | {filled:.0f} s | {adding:.1f} s "
            f"({len(added.added) / adding:.0f} articles/s, {added.quotes / adding:.0f} quotes/s) "
            f"| {checking * 1000:.0f} ms | {compared} articles "
            f"| {searching * 1000:.0f} ms | {size:.0f} MB |\n"
        )
        print(rows[-1], end="", flush=True)
    with open(RESULTS, "a", encoding="utf-8") as results:
        results.write(HEADER + "".join(rows))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000_000])
