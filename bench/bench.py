"""Speed and memory of extraction plus attribution (``make bench``).

Builds a corpus of at least 20 MB of real-looking articles (the seed articles' body paragraphs,
recombined at random with a fixed seed), then measures on one core:

- throughput of loading, quote extraction and attribution, in MB/s and articles/s, the median
  of several runs, with a bare regular-expression scan for quoted text over the same corpus as
  the baseline (the ceiling any extractor has to stay under);
- ``quotecheck extract --format jsonl`` on 2,000 files with ``--jobs 1`` and ``--jobs 2``: the
  scaling over cores, and the two outputs compared byte for byte;
- peak memory of ``quotecheck extract --format jsonl`` on N and 4N files: streaming means the
  peak does not grow with the number of files.

Results go to standard output and to ``bench/results.md``. Timings are wall-clock medians on
this machine; compare runs only on the same machine.
"""

from __future__ import annotations

import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from quotecheck.articles import parse_article
from quotecheck.parallel import cores
from quotecheck.pipeline import quotes_of

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 20_000_000
RUNS = 3
BASELINE = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def paragraphs() -> list[str]:
    """Body paragraphs of the seed articles: real news text, the material of the corpus. Kept
    to the seeds so the corpus, and so the figures, only change when the seeds do."""
    found = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"), path.name)
        found += [
            article.paragraph_text(i) for i, p in enumerate(article.paragraphs) if p.role == "body"
        ]
    return found


def corpus(target: int = TARGET_BYTES, seed: int = 0) -> list[str]:
    """Articles of 8 to 20 paragraphs drawn at random until ``target`` bytes."""
    rng = random.Random(seed)
    material = paragraphs()
    articles, size = [], 0
    while size < target:
        body = rng.sample(material, rng.randint(8, min(20, len(material))))
        text = f"Story {len(articles)}\n\n" + "\n\n".join(body)
        articles.append(text)
        size += len(text.encode("utf-8"))
    return articles


def throughput(articles: list[str]) -> dict[str, float]:
    """Median seconds of extraction plus attribution, and of the baseline scan."""
    size = sum(len(a.encode("utf-8")) for a in articles)
    ours, base, quotes = [], [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        quotes = sum(len(quotes_of([parse_article(t, f"{i}.txt")])) for i, t in enumerate(articles))
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        for t in articles:
            BASELINE.findall(t)
        base.append(time.perf_counter() - start)
    seconds, baseline = statistics.median(ours), statistics.median(base)
    return {
        "megabytes": size / 1e6,
        "articles": len(articles),
        "quotes": quotes,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds,
        "articles_per_s": len(articles) / seconds,
        "baseline_mb_per_s": size / 1e6 / baseline,
    }


def peak_memory_mb(files: int, articles: list[str]) -> float:
    """Peak resident memory of ``quotecheck extract --format jsonl`` over ``files`` files."""
    with tempfile.TemporaryDirectory() as folder:
        for i in range(files):
            Path(folder, f"{i:05d}.txt").write_text(articles[i % len(articles)], encoding="utf-8")
        probe = (
            "import resource, subprocess, sys;"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        command = [sys.executable, "-m", "quotecheck", "extract", folder, "--format", "jsonl"]
        command += ["--jobs", "1"]
        done = subprocess.run(
            [sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True
        )
        return int(done.stdout.strip()) / 1024


def jobs_scaling(articles: list[str], files: int = 2000, jobs: int = 2) -> dict[str, float]:
    """``quotecheck extract --format jsonl`` on ``files`` files with one process and with
    ``jobs``: median wall-clock seconds of each, and whether the two outputs are identical."""
    times: dict[int, list[float]] = {1: [], jobs: []}
    outputs: dict[int, bytes] = {}
    with tempfile.TemporaryDirectory() as folder:
        for i in range(files):
            Path(folder, f"{i:05d}.txt").write_text(articles[i % len(articles)], encoding="utf-8")
        for _ in range(RUNS):
            for n in times:
                command = [sys.executable, "-m", "quotecheck", "extract", folder, "--format"]
                start = time.perf_counter()
                done = subprocess.run(
                    [*command, "jsonl", "--jobs", str(n)], capture_output=True, check=True
                )
                times[n].append(time.perf_counter() - start)
                outputs[n] = done.stdout
    one, many = statistics.median(times[1]), statistics.median(times[jobs])
    return {"one": one, "many": many, "jobs": jobs, "identical": outputs[1] == outputs[jobs]}


def machine() -> str:
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor() or "unknown CPU",
        )
        if Path("/proc/cpuinfo").exists()
        else "?"
    )
    return f"{cpu}; Python {platform.python_version()}; {platform.system()} {platform.machine()}"


def main() -> None:
    articles = corpus()
    speed = throughput(articles)
    small, large = 200, 800
    memory = {n: peak_memory_mb(n, articles) for n in (small, large)}
    scaling = jobs_scaling(articles)
    rows = [
        (
            "corpus",
            f"{speed['megabytes']:.1f} MB, {speed['articles']} articles, {speed['quotes']} quotes",
        ),
        (
            "extraction + attribution",
            f"{speed['mb_per_s']:.2f} MB/s, "
            f"{speed['articles_per_s']:.0f} articles/s "
            f"(median of {RUNS}, one core)",
        ),
        ("baseline: bare regex scan", f"{speed['baseline_mb_per_s']:.0f} MB/s"),
        ("ratio to baseline", f"{speed['mb_per_s'] / speed['baseline_mb_per_s']:.4f}"),
        (
            f"extract --format jsonl, 2000 files, --jobs {scaling['jobs']} against --jobs 1",
            f"{scaling['many']:.1f} s against {scaling['one']:.1f} s: "
            f"{scaling['one'] / scaling['many']:.2f}x on {cores()} cores, output "
            + ("identical" if scaling["identical"] else "DIFFERENT"),
        ),
        (f"peak memory, extract on {small} files", f"{memory[small]:.0f} MB"),
        (
            f"peak memory, extract on {large} files",
            f"{memory[large]:.0f} MB ({memory[large] / memory[small]:.2f}x)",
        ),
    ]
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    report = (
        f"# Benchmark\n\n{date.today().isoformat()} on {machine()}\n\n"
        f"| measure | result |\n|---|---|\n{table}\n"
    )
    (ROOT / "bench" / "results.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
