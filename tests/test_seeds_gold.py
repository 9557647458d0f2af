"""The seed articles against the human gold: every quote, speaker, cross-outlet finding, term."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from quotecheck import compare
from quotecheck.drift import describe
from quotecheck.models import Severity

from .conftest import SEEDS


def _group_of(comparison, file: str, starts: str):
    for g in (*comparison.groups, *comparison.singletons):
        if any(q.article_id == file and q.text.startswith(starts) for q in g.members):
            return g
    raise AssertionError(f"no group holds the quote starting {starts!r} in {file}")


def test_every_gold_quote_is_found_verbatim_with_its_speaker_and_nothing_else(seeds, gold):
    expected = Counter()
    for article in gold["articles"]:
        for q in article["quotes"]:
            expected[(article["file"], q["text"], q["speaker"])] += q["occurrences"]
    found = Counter((q.article_id, q.text, q.speaker) for q in seeds.quotes)
    assert found == expected
    assert sum(expected.values()) == 27


def test_offsets_slice_back_to_the_quote(seeds):
    for q in seeds.quotes:
        assert seeds.article(q.article_id).text[q.start : q.end] == q.text


def test_the_repeated_paragraph_is_known_and_never_compared_with_itself(seeds):
    repeated = [
        q
        for q in seeds.quotes
        if q.article_id.startswith("000") and q.text.startswith("as Japan and the EU")
    ]
    assert [q.repeat_of for q in repeated] == [None, repeated[0].index, repeated[0].index]
    for g in seeds.groups:
        assert all(e.files[0] != e.files[1] for e in g.edits)
        assert len([q for q in g.members if q.article_id.startswith("000")]) <= 1


@pytest.mark.parametrize("index", range(10))
def test_cross_outlet_finding(seeds, gold, index):
    finding = gold["cross_outlet"][index]
    files = finding["files"]
    group = _group_of(seeds, files[0], finding["quote_starts"])
    assert sorted(group.articles) == sorted(files)
    assert group.reference.speaker == finding["speaker"]
    # the outlets' curly and straight marks are recorded with severity none; the human's
    # findings are about the words
    marks = [e for e in group.edits if e.rule == "marks"]
    assert all(e.severity == Severity.NONE for e in marks)
    edits = [e for e in group.edits if e.rule != "marks"]
    kinds = {e.kind for e in edits}
    text = finding["finding"]
    if text == "identical":
        assert edits == [] and describe(group.edits) == "identical"
        assert group.severity == Severity.NONE
    elif "punctuation placement" in text:
        assert kinds == {"punctuation_placement"}
        assert group.severity == Severity.STYLE
    elif "serial (Oxford) comma" in text:
        assert kinds == {"serial_comma"}
        assert group.severity == Severity.STYLE
        (edit,) = edits
        with_comma = edit.files[0] if edit.reference == "," else edit.files[1]
        assert with_comma == "000_1bcfa3094ee00e81.txt"
    elif "one outlet only" in text:
        assert group in seeds.singletons
    elif "fragment of 'historical and very timely'" in text:
        assert group in seeds.singletons
        assert any("historical and very timely" in note.text for note in group.notes)
        # "the other outlets paraphrase it as 'a historic and timely step' without quote marks"
        whole = _group_of(seeds, files[0], "historical and very timely")
        (paraphrase,) = [e for e in whole.edits if e.kind == "paraphrased"]
        assert paraphrase.files[1] == "003_a414e4963cfec035.txt"
        assert paraphrase.variant == "historic and timely"
    else:  # pragma: no cover - a new kind of gold finding needs a check here
        pytest.fail(f"no check for gold finding {text!r}")


def test_quotes_outside_cross_outlet_findings_are_one_outlet_quotes(seeds, gold):
    several = {
        (f["files"][0], f["quote_starts"]) for f in gold["cross_outlet"] if len(f["files"]) > 1
    }
    assert len(seeds.groups) == len(several)


@pytest.mark.parametrize("index", range(5))
def test_term_drift(seeds, gold, index):
    entry = gold["term_drift"][index]
    expected = {form: sorted(files) for form, files in entry["files"].items()}
    matches = [t for t in seeds.terms if {f: sorted(v) for f, v in t.forms.items()} == expected]
    assert matches, f"no term drift reported as {expected}; got {[t.forms for t in seeds.terms]}"


def test_no_term_drift_beyond_the_gold(seeds, gold):
    assert len(seeds.terms) == len(gold["term_drift"])


def test_manifest_metadata(seeds, gold):
    for entry in gold["articles"]:
        article = seeds.article(entry["file"])
        assert (article.outlet, article.date, article.title) == (
            entry["outlet"],
            entry["date"],
            entry["title"],
        )


def test_the_wire_named_in_the_manifest_is_the_reference(seeds):
    assert {g.reference.article_id for g in seeds.groups} == {"003_a414e4963cfec035.txt"}


def test_header_conventions_give_the_same_metadata_without_a_manifest(tmp_path, gold):
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    comparison = compare([tmp_path])
    for entry in gold["articles"]:
        article = comparison.article(entry["file"])
        assert (article.outlet, article.date, article.title) == (
            entry["outlet"],
            entry["date"],
            entry["title"],
        )


def test_page_furniture_is_not_article_text(seeds):
    article = seeds.article("000_1bcfa3094ee00e81.txt")
    body = " ".join(
        article.paragraph_text(i) for i, p in enumerate(article.paragraphs) if p.role == "body"
    )
    for debris in (
        "MENU",
        "Home » World",
        "READ ALSO",
        "Powered by Investing.com",
        "Copyright",
        "Border controls are the new normal",
        "Subscribe",
    ):
        assert debris not in body
    assert "Pyongyang also test-fired" in body
