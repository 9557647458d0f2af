"""Broken and hostile input: each gets a clear message or a warning, the rest of the batch goes
on, and every file is listed with its status."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quotecheck import compare, extract, parse_article
from quotecheck.articles import decode
from quotecheck.cli import main
from quotecheck.output import write_reports
from quotecheck.sources import load_articles

GOOD = 'Minister Ana Kalomi spoke in Geneva on Monday.\n\n"We will act now," Kalomi said.\n'


def statuses_by_name(folder: Path) -> dict[str, tuple[str, str]]:
    _articles, statuses = load_articles([folder])
    return {Path(s.path).name: (s.status, s.message) for s in statuses}


def test_a_folder_of_broken_files_is_read_file_by_file(tmp_path):
    files = {
        "good.txt": GOOD.encode(),
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02\x03 not text \x00",
        "invalid-utf8.txt": GOOD.encode() + b"\x81\x8d\x90 caf\xe9",
        "utf16.txt": GOOD.encode("utf-16"),
        "utf16le-no-mark.txt": GOOD.encode("utf-16-le"),
        "utf16be-no-mark.txt": GOOD.encode("utf-16-be"),
        "stray-mark.txt": b"\xff\xfe" + GOOD.encode(),
        "cp1252.txt": GOOD.replace('"', "\u201c", 1)
        .replace('now,"', "now,\u201d")
        .encode("cp1252"),
        "crlf.txt": GOOD.replace("\n", "\r\n").encode(),
        "lone-cr.txt": GOOD.replace("\n", "\r").encode(),
        "zero-width and bidi.txt": GOOD.replace("Kalomi said", "Ka\u200blomi\u202e said").encode(),
        "name with spaces ü 中文.txt": GOOD.encode(),
        "<img src=x onerror=alert(1)>.txt": GOOD.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "manifest.csv").write_text("file,outlet\nghost.txt,Nobody\n", encoding="utf-8")
    found = statuses_by_name(tmp_path)
    assert set(found) == set(files) | {"ghost.txt"}
    assert found["empty.txt"] == (
        "skipped",
        "empty file; nothing to check",  # the status names the file; its message does not again
    )
    assert found["binary.txt"][0] == "skipped" and "binary" in found["binary.txt"][1]
    assert found["invalid-utf8.txt"][0] == "warning"
    assert found["cp1252.txt"][0] == "warning"
    for name in ("utf16le-no-mark.txt", "utf16be-no-mark.txt"):  # read, not taken for binary
        assert found[name] == ("warning", "UTF-16 text with no byte-order mark")
    assert found["stray-mark.txt"][0] == "warning" and "not UTF-16" in found["stray-mark.txt"][1]
    assert found["ghost.txt"][0] == "skipped" and "manifest" in found["ghost.txt"][1]
    for name in (
        "good.txt",
        "utf16.txt",
        "crlf.txt",
        "lone-cr.txt",
        "name with spaces ü 中文.txt",
        "<img src=x onerror=alert(1)>.txt",
    ):
        assert found[name][0] == "read", name
    comparison = compare([tmp_path])
    speakers = {
        (q.article_id, q.speaker) for q in comparison.quotes if q.text == "We will act now,"
    }
    assert {name for name, _ in speakers} >= {
        "good.txt",
        "utf16.txt",
        "crlf.txt",
        "lone-cr.txt",
        "cp1252.txt",
        "name with spaces ü 中文.txt",
    }
    assert all(speaker == "Ana Kalomi" for _, speaker in speakers)
    report = tmp_path / "report"
    write_reports(comparison, report)
    page = (report / "index.html").read_text(encoding="utf-8")
    assert "<img src=x onerror" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_offsets_hold_with_crlf_lone_cr_and_invisible_characters():
    for text in (
        GOOD.replace("\n", "\r\n"),
        GOOD.replace("\n", "\r"),
        "\u200b\ufeff" + GOOD.replace("act", "a\u200bct\u202e"),
    ):
        (quote,) = extract(text)
        assert text[quote.start : quote.end] == quote.text and quote.speaker == "Ana Kalomi"


def test_decoding_never_raises():
    for data in (b"\xff\xfe\x00", b"\xfe\xff", b"\x81\x8d\x8f\x90\x9d", bytes(range(256))):
        text, _warnings = decode(data)
        assert isinstance(text, str)


def test_a_very_long_article_and_a_very_long_line():
    filler = "The council met again on Monday to discuss the budget and the roads plan. " * 6
    long_article = GOOD + "\n\n" + "\n\n".join(f"{filler}{i}" for i in range(45_000))
    assert len(long_article) > 20_000_000
    (quote,) = extract(long_article)
    assert quote.speaker == "Ana Kalomi"
    one_line = GOOD.replace("\n\n", " ") + filler * 11_500
    assert len(one_line) > 5_000_000
    assert [q.text for q in extract(one_line)] == ["We will act now,"]


@pytest.mark.parametrize("marks", ['"' * 5000, "“" * 3000 + "”" * 10, "«»" * 2000, '" x ' * 3000])
def test_thousands_of_quote_marks_never_swallow_the_article(marks):
    text = f"{marks}\n\n{GOOD}"
    quotes = extract(text)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    assert any(q.text == "We will act now," and q.speaker == "Ana Kalomi" for q in quotes)


def test_quotes_nested_two_hundred_deep():
    nested = "“‘" * 200 + "deep" + "’”" * 200
    text = f"Officials said {nested} on Monday.\n\n{GOOD}"
    quotes = extract(text)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    assert any(q.speaker == "Ana Kalomi" for q in quotes)


def test_a_folder_of_ten_thousand_files(tmp_path):
    for i in range(10_000):
        (tmp_path / f"{i:05d}.txt").write_text(
            f"Story {i} was published on Monday in town.", encoding="utf-8"
        )
    articles, statuses = load_articles([tmp_path])
    assert len(articles) == len(statuses) == 10_000


def test_an_unreadable_file_is_skipped_with_the_reason(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    found = statuses_by_name(tmp_path)
    assert found["a.txt"][0] == "read"
    assert found["locked.txt"][0] == "skipped" and "Permission denied" in found["locked.txt"][1]


def test_a_crash_mid_write_leaves_the_previous_report_whole(tmp_path, monkeypatch):
    comparison = compare([parse_article(GOOD, "a.txt"), parse_article(GOOD, "b.txt")])
    write_reports(comparison, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def crash(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_reports(compare([parse_article(GOOD.replace("now", "later"), "c.txt")]), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_cli_goes_on_past_bad_files(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "quiet.txt").write_text("The ferry sailed at noon.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert "We will act now," in captured.out
    assert "skipped" in captured.err and "empty file" in captured.err
    # the article with no quote is in no row: the last line accounts for it and the skipped one
    assert captured.err.splitlines()[-1] == (
        "quotecheck: 2 articles read, 1 with no quote; 1 quote; 1 input skipped (above)"
    )


def test_decoding_reads_utf16_saved_without_a_mark():
    text = 'Ana Kalomi: "Wir handeln jetzt." Ça ira.'
    for order in ("utf-16-le", "utf-16-be"):
        assert decode(text.encode(order)) == (text, ("UTF-16 text with no byte-order mark",))
    assert decode(b"\x00\x01\x02\x03 not text \x00 at all")[1] != (
        "UTF-16 text with no byte-order mark",
    )


def test_a_demonstrative_with_no_one_to_stand_for_is_no_crash():
    """``sagte dieser`` with nobody named before it, after a capitalised word that is no name:
    the demonstrative stays unresolved (it once raised an IndexError)."""
    text = (
        "Der Gemeinderat tagte.\n\n"
        "Lindenhain sagte dieser, dass der Platz „nicht mehr bespielbar“ sei."
    )
    (quote,) = extract(parse_article(text, language="de"))
    assert quote.text == "nicht mehr bespielbar"
    assert text[quote.start : quote.end] == quote.text


def test_an_article_the_rules_loop_on_keeps_its_quotes_and_warns(monkeypatch, tmp_path, capsys):
    """Should the attribution rules loop on some text, the run goes on: that article's quotes
    are listed without speakers, a warning names it, and the other articles keep theirs."""
    import quotecheck.pipeline as pipeline

    real = pipeline.attribute

    def looping(article, quotes):
        if "harbour" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, quotes)

    monkeypatch.setattr(pipeline, "attribute", looping)
    (tmp_path / "a.txt").write_text('"The harbour stays open," Ann King said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('"The ferry is late," Tom Brell said.\n', encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="a.txt"):
        assert main(["extract", str(tmp_path), "--format", "jsonl", "--jobs", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["speaker"]) for r in records] == [
        ("The harbour stays open,", None),
        ("The ferry is late,", "Tom Brell"),
    ]
