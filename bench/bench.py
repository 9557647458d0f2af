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

import cProfile
import platform
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from quotecheck.articles import parse_article
from quotecheck.parallel import cores
from quotecheck.pipeline import quotes_of

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 20_000_000
RUNS = 3
#: functions listed in the profile
PROFILE_ROWS = 15
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


def jobs_scaling(articles: list[str], files: int = 2000, jobs: int = 2) -> dict[str, Any]:
    """``quotecheck extract --format jsonl`` on ``files`` files with one process, with ``jobs``
    and, when Dask is installed, on a local cluster of ``jobs`` worker processes: median
    wall-clock seconds of each, and whether every output is the one process's.

    Also the machine's own ceiling (``apart``): ``jobs`` independent one-process runs at once,
    each on its share of the files. Virtual cores that share a physical one, or a busy host,
    keep that below ``jobs``x, and no pool can beat it."""
    runs: dict[str, list[str]] = {"one": ["--jobs", "1"], "many": ["--jobs", str(jobs)]}
    cluster = _local_cluster(jobs)
    if cluster is not None:
        runs["dask"] = ["--scheduler", cluster.scheduler_address]
    times: dict[str, list[float]] = {name: [] for name in [*runs, "apart"]}
    outputs: dict[str, bytes] = {}
    extract = [sys.executable, "-m", "quotecheck", "extract"]
    try:
        with tempfile.TemporaryDirectory() as folder:
            shares = [Path(folder, str(n)) for n in range(jobs)]
            for share in shares:
                share.mkdir()
            for i in range(files):
                text = articles[i % len(articles)]
                Path(folder, f"{i:05d}.txt").write_text(text, encoding="utf-8")
                Path(shares[i % jobs], f"{i:05d}.txt").write_text(text, encoding="utf-8")
            command = [*extract, folder, "--format", "jsonl"]  # its share folders are not read
            for _ in range(RUNS):
                for name, options in runs.items():
                    start = time.perf_counter()
                    done = subprocess.run([*command, *options], capture_output=True, check=True)
                    times[name].append(time.perf_counter() - start)
                    outputs[name] = done.stdout
                start = time.perf_counter()
                apart = [
                    subprocess.Popen(
                        [*extract, str(share), "--format", "jsonl", "--jobs", "1"],
                        stdout=subprocess.DEVNULL,
                    )
                    for share in shares
                ]
                if any(process.wait() for process in apart):
                    raise RuntimeError("an independent extract run failed")
                times["apart"].append(time.perf_counter() - start)
    finally:
        if cluster is not None:
            cluster.close()
    found: dict[str, Any] = {name: statistics.median(t) for name, t in times.items()}
    found["jobs"] = jobs
    found["identical"] = all(out == outputs["one"] for out in outputs.values())
    return found


def _local_cluster(workers: int) -> Any:
    """A Dask cluster of ``workers`` processes on this machine, or None without Dask."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return None
    return LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )


def profile(articles: list[str], megabytes: float = 2.0) -> list[tuple[str, float]]:
    """Where one core's time goes: the functions with the largest share of the cumulative time
    of extraction and attribution over the first ``megabytes`` of the corpus."""
    sample, size = [], 0
    for text in articles:
        if size >= megabytes * 1e6:
            break
        sample.append(text)
        size += len(text.encode("utf-8"))
    profiler = cProfile.Profile()
    profiler.enable()
    for i, text in enumerate(sample):
        quotes_of([parse_article(text, f"{i}.txt")])
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = max(cumulative for _calls, _n, _own, cumulative, _callers in stats.values())
    shares = [
        (f"{Path(file).parent.name}/{Path(file).name}:{name}", cumulative / total)
        for (file, _line, name), (_c, _n, _own, cumulative, _callers) in stats.items()
        if "quotecheck" in file
    ]
    return sorted(shares, key=lambda item: -item[1])[:PROFILE_ROWS]


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
    where = profile(articles)
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
            f"{scaling['one'] / scaling['many']:.2f}x on {cores()} cores",
        ),
        (
            f"the machine's ceiling: {scaling['jobs']} independent --jobs 1 runs at once, "
            "each on its share of the files",
            f"{scaling['apart']:.1f} s ({scaling['one'] / scaling['apart']:.2f}x)",
        ),
        (
            f"the same on a local Dask cluster of {scaling['jobs']} worker processes",
            f"{scaling['dask']:.1f} s ({scaling['one'] / scaling['dask']:.2f}x)"
            if "dask" in scaling
            else "Dask not installed",
        ),
        (
            "outputs of --jobs 1, --jobs N and --scheduler",
            "identical" if scaling["identical"] else "DIFFERENT",
        ),
        (f"peak memory, extract on {small} files", f"{memory[small]:.0f} MB"),
        (
            f"peak memory, extract on {large} files",
            f"{memory[large]:.0f} MB ({memory[large] / memory[small]:.2f}x)",
        ),
    ]
    table = "\n".join(f"| {k} | {v} |" for k, v in rows)
    shares = "\n".join(f"| `{name}` | {share:.0%} |" for name, share in where)
    report = (
        f"# Benchmark\n\n{date.today().isoformat()} on {machine()}\n\n"
        f"| measure | result |\n|---|---|\n{table}\n\n"
        "## Where one core's time goes\n\n"
        "cProfile over 2 MB of the corpus, extraction and attribution: each function's share "
        "of the time, its callees included.\n\n"
        f"| function | share |\n|---|---|\n{shares}\n"
    )
    (ROOT / "bench" / "results.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
