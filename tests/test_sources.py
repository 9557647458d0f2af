"""Inputs: saved web pages, JSON Lines, CSV, standard input and globs give the same findings as
the equivalent text files, and every input is accounted for."""

from __future__ import annotations

import csv
import html
import io
import json
import sys

from quotecheck import compare, to_json
from quotecheck.sources import load_articles

from .conftest import SEEDS


def findings(comparison) -> dict:
    """What was found, by outlet rather than by file name or offset."""
    outlet = {a.id: a.outlet for a in comparison.articles}
    groups = sorted(
        (
            g.reference.speaker,
            tuple(sorted(outlet[f] for f in g.articles)),
            tuple(sorted(e.kind for e in g.edits)),
        )
        for g in comparison.groups
    )
    terms = sorted(
        (
            t.kind,
            tuple(
                sorted(
                    (form, tuple(sorted(outlet[f] for f in files)))
                    for form, files in t.forms.items()
                )
            ),
        )
        for t in comparison.terms
    )
    quotes = sorted((outlet[q.article_id], q.text, q.speaker) for q in comparison.quotes)
    return {"groups": groups, "terms": terms, "quotes": quotes}


def seed_records(seeds):
    return [
        {
            "id": a.id,
            "outlet": a.outlet,
            "date": a.date,
            "title": a.title,
            "reference": "yes" if a.is_reference else "",
            "text": a.text,
        }
        for a in seeds.articles
    ]


def test_json_lines_give_the_same_report_as_the_text_files(tmp_path, seeds):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in seed_records(seeds)), encoding="utf-8")
    from_jsonl = compare([path])
    assert findings(from_jsonl) == findings(seeds)
    assert {k: v for k, v in to_json(from_jsonl).items() if k != "files"} == {
        k: v for k, v in to_json(seeds).items() if k != "files"
    }


def test_csv_with_a_text_column_gives_the_same_report(tmp_path, seeds):
    path = tmp_path / "articles.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["id", "outlet", "date", "title", "reference", "text"]
        )
        writer.writeheader()
        writer.writerows(seed_records(seeds))
    assert findings(compare([path])) == findings(seeds)


def test_saved_web_pages_give_the_same_findings(tmp_path, seeds):
    for article in seeds.articles:
        paragraphs = "".join(
            f"<p>{html.escape(article.paragraph_text(i))}</p>"
            for i, p in enumerate(article.paragraphs)
            if p.role == "body"
        )
        page = (
            f"<html><head><title>{html.escape(article.title or 'News')}</title>"
            f'<meta property="og:site_name" content="{html.escape(article.outlet)}">'
            f'<meta property="article:published_time" content="{article.date}T08:00:00Z">'
            "</head><body><nav><a href='/'>Home</a> » <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(article.title or 'News')}</h1>{paragraphs}</article>"
            "<footer>All contents © Copyright Example Ltd. All Rights Reserved</footer>"
            "</body></html>"
        )
        (tmp_path / article.id.replace(".txt", ".html")).write_text(page, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,reference\n003_a414e4963cfec035.html,yes\n", encoding="utf-8"
    )
    from_html = compare([tmp_path])
    assert {a.outlet for a in from_html.articles} == {a.outlet for a in seeds.articles}
    found, expected = findings(from_html), findings(seeds)
    assert found["groups"] == expected["groups"] and found["terms"] == expected["terms"]
    # the page extractor drops a paragraph repeated back to back, so compare distinct quotes
    assert set(found["quotes"]) == set(expected["quotes"])


def test_bad_lines_are_skipped_and_accounted_for(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = {
        "id": "a",
        "outlet": "Daily",
        "text": "The minister said on Friday the pact was signed.",
    }
    path.write_text(
        json.dumps(good) + "\nnot json\n" + json.dumps({"id": "b"}) + "\n[1]\n", encoding="utf-8"
    )
    articles, statuses = load_articles([path])
    assert [a.id for a in articles] == ["a"]
    assert [s.status for s in statuses] == ["read", "skipped", "skipped", "skipped"]
    assert all(s.message for s in statuses[1:])


def test_standard_input_and_globs(tmp_path, monkeypatch):
    text = "The minister said on Friday that the pact would be signed within weeks in Tokyo."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    articles, _ = load_articles(["-"])
    assert [a.id for a in articles] == ["stdin"]
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    articles, statuses = load_articles([str(tmp_path / "*.txt"), str(tmp_path / "*.pdf")])
    assert sorted(a.id for a in articles) == ["a.txt", "b.txt"]
    assert any(s.status == "skipped" and "matches no file" in s.message for s in statuses)


def test_seeds_folder_reads_the_same_through_a_glob(seeds):
    assert findings(compare([str(SEEDS / "*.txt")], manifest=SEEDS / "manifest.csv")) == findings(
        seeds
    )


def test_a_skipped_record_names_its_place_once(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text('id,text\n1,"Ruth Albers said ""we will win."""\n2,\n', encoding="utf-8")
    _articles, statuses = load_articles([path])
    skipped = [s for s in statuses if s.status == "skipped"]
    assert [(s.path, s.message) for s in skipped] == [
        (f"{path}:3", "no 'text' to read; each article needs a text field")
    ]
