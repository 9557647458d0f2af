"""Every core, the same output: ``--jobs N`` writes byte for byte what one process writes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.cli import main
from quotecheck.evaluate import evaluate
from quotecheck.parallel import CHUNK, cores, map_ordered
from quotecheck.pipeline import iter_quotes, quotes_of
from quotecheck.sources import iter_articles

from .conftest import CASES, SEEDS


def negate(n: int) -> int:
    return -n


def fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


@settings(max_examples=8, deadline=None)
@given(st.lists(st.integers(), max_size=3 * CHUNK + 5), st.integers(1, 3))
def test_results_come_back_in_input_order_for_any_number_of_jobs(items, jobs):
    assert list(map_ordered(negate, items, jobs)) == [-n for n in items]


def test_a_worker_error_reaches_the_caller():
    with pytest.raises(ValueError, match="seven"):
        list(map_ordered(fails_on_seven, range(4 * CHUNK), jobs=2))


def test_a_stream_is_read_a_bounded_way_ahead():
    read = []

    def numbers():
        for n in range(100 * CHUNK):
            read.append(n)
            yield n

    results = map_ordered(negate, numbers(), jobs=2)
    assert next(results) == 0
    assert len(read) < 100 * CHUNK  # not the whole stream before the first result
    results.close()


def test_cores_is_at_least_one():
    assert cores() >= 1


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """Enough articles to fill several chunks: the seeds and the invented story, each copied
    under several names, with unreadable files among them."""
    folder = tmp_path_factory.mktemp("many")
    for n in range(4):
        for source in (*SEEDS.glob("*.txt"), *(CASES / "story").glob("*.txt")):
            shutil.copy(source, folder / f"{n}-{source.name}")
    (folder / "2-empty.txt").write_text("", encoding="utf-8")
    (folder / "3-binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return folder


def run(capsys, *args: str) -> tuple[str, str]:
    capsys.readouterr()
    assert main(list(args)) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_extract_is_the_same_on_two_processes(many, capsys, fmt):
    one = run(capsys, "extract", str(many), "--format", fmt, "--jobs", "1")
    two = run(capsys, "extract", str(many), "--format", fmt, "--jobs", "2")
    assert one == two
    assert "2-empty.txt" in one[1] and "3-binary.txt" in one[1]  # skipped, and said so


def test_report_is_the_same_on_two_processes(many, tmp_path, capsys):
    for jobs in ("1", "2"):
        run(capsys, "report", str(many), "--out", str(tmp_path / jobs), "--jobs", jobs)
    files = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "2").iterdir())
    for name in files:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_evaluate_scores_the_same_on_two_processes(tmp_path):
    story = sorted((CASES / "story").glob("*.txt")) * 3
    gold = tmp_path / "gold.jsonl"
    with gold.open("w", encoding="utf-8") as out:
        for n, path in enumerate(story):
            text = path.read_text(encoding="utf-8")
            found = re.search(r'["“]([^"”]+)["”]', text)
            quote = {"start": found.start(1), "end": found.end(1), "text": found[1]}
            out.write(json.dumps({"id": f"{n}", "text": text, "quotes": [quote]}) + "\n")
    one, two = evaluate(gold, jobs=1), evaluate(gold, jobs=2)
    assert one.figures() == two.figures() and one.rules() == two.rules()
    assert [e.__dict__ for e in one.errors] == [e.__dict__ for e in two.errors]


def test_jobs_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit):
        main(["extract", str(SEEDS), "--jobs", "0"])
    assert "1 or more" in capsys.readouterr().err


@pytest.fixture(scope="module")
def cluster():
    """A real Dask cluster on this machine: a scheduler and two worker processes."""
    distributed = pytest.importorskip(
        "distributed", reason="pip install 'quotecheck-news[dask]' to run the cluster tests"
    )
    with distributed.LocalCluster(
        # ":0", a free port: None still binds 8787 (dask/distributed#8136)
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
    ) as local:
        yield local.scheduler_address


def test_a_dask_cluster_writes_the_same_report_byte_for_byte(many, cluster, tmp_path, capsys):
    run(capsys, "report", str(many), "--out", str(tmp_path / "one"), "--jobs", "1")
    run(capsys, "report", str(many), "--out", str(tmp_path / "dask"), "--scheduler", cluster)
    for name in ("report.json", "index.html", "quotes.csv", "discrepancies.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()


def test_a_dask_cluster_streams_the_same_quotes(many, cluster, capsys):
    one = run(capsys, "extract", str(many), "--format", "jsonl", "--jobs", "1")
    assert run(capsys, "extract", str(many), "--format", "jsonl", "--scheduler", cluster) == one


def test_no_scheduler_at_the_address_is_a_usage_error(capsys, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("quotecheck.parallel.CONNECT_SECONDS", 0.3)
    assert main(["extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "no Dask scheduler answers at tcp://127.0.0.1:9" in capsys.readouterr().err


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Every kind of reading at once: the same file name in two folders (the second must be
    known by its path), a manifest naming a missing file, JSON Lines with a bad line and an
    id that a text file already has, a CSV row without text, and files that cannot be read."""
    root = tmp_path_factory.mktemp("mixed")
    for folder in ("a", "b"):
        shutil.copytree(CASES / "story", root / folder)
    (root / "a" / "empty.txt").write_text("", encoding="utf-8")
    story = (CASES / "story" / "wire.txt").read_text(encoding="utf-8")
    records = [
        json.dumps({"id": "wire.txt", "outlet": "Copy Desk", "text": story}),
        "{not json",
        json.dumps({"id": "fresh", "outlet": "Copy Desk", "text": story}),
    ]
    (root / "b" / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (root / "b" / "rows.csv").write_text(
        'id,text\nr1,"Mayor Ida Brant said on Monday: ""The pool opens in May."""\nr2,\n',
        encoding="utf-8",
    )
    with (root / "a" / "manifest.csv").open("a", encoding="utf-8") as manifest:
        manifest.write("gone.txt,Nobody,2024-01-01,,,\n")
    return root


@pytest.mark.parametrize("jobs", [1, 2])
def test_worker_reading_gives_what_reading_here_gives(mixed, jobs):
    """Workers read and parse files themselves and ids are made unique where their results
    come back: the statuses and quotes must be those of reading every article here."""
    inputs = [mixed / "a", mixed / "b"]
    here = [
        (status, tuple(quotes_of([article])) if article is not None else ())
        for article, status in iter_articles(inputs)
    ]
    streamed = [(status, tuple(quotes)) for status, quotes in iter_quotes(inputs, jobs=jobs)]
    assert streamed == here
    ids = [s.article_id for s, _quotes in streamed if s.article_id is not None]
    assert len(ids) == len(set(ids))
    assert str(mixed / "b" / "wire.txt") in ids  # the second wire.txt, by its path
    assert {q.article_id for s, quotes in streamed for q in quotes} <= set(ids)
    skipped = {Path(s.path).name for s, _quotes in streamed if s.status == "skipped"}
    assert {"empty.txt", "gone.txt", "feed.jsonl:2", "rows.csv:3"} <= skipped
