"""The public strategies generate what they promise, refuse what they cannot do, and drive the
cross-stage properties: planted quotes come back with their spans and speakers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import compare_articles, extract, parse_article, render_html
from quotecheck.strategies import (
    MARKS,
    SHAPES,
    articles,
    attributed_sentences,
    drifted,
    quote_words,
    quotes,
    speakers,
)


@given(speakers())
def test_speakers_are_full_names(name):
    first, last = name.split()
    assert first[0].isupper() and last[0].isupper()


@given(quotes(marks=["guillemets"]))
def test_quotes_use_the_marks_asked_for(text):
    assert text.startswith("«") and text.endswith("»")


@given(attributed_sentences())
def test_every_attribution_shape_and_mark_comes_back_with_its_speaker(case):
    found = {q.text: q for q in extract(case.text)}
    assert case.quote in found, (case.shape, list(found))
    quote = found[case.quote]
    assert case.text[quote.start : quote.end] == case.quote
    assert quote.speaker == case.speaker, (case.shape, quote.attribution)


@pytest.mark.parametrize("language", ["de", "fr"])
@given(data=st.data())
def test_german_and_french_shapes_come_back_with_their_speaker(language, data):
    case = data.draw(attributed_sentences(language=language))
    found = {q.text: q for q in extract(parse_article(case.text, language=case.language))}
    assert case.quote in found, (case.shape, list(found))
    quote = found[case.quote]
    assert case.text[quote.start : quote.end] == case.quote
    assert quote.speaker == case.speaker, (case.shape, quote.attribution)


@given(articles())
def test_every_planted_quote_is_extracted_with_its_span_and_speaker(article):
    quotes_ = extract(article.text)
    by_text = {q.text: q for q in quotes_}
    for words, speaker, kind in article.quotes:
        assert words in by_text, (words, list(by_text))
        q = by_text[words]
        assert article.text[q.start : q.end] == words
        assert q.speaker == speaker
        assert (q.kind == "scare") == (kind == "scare")
    assert "Another story" not in {q.text for q in quotes_}


@given(articles(max_quotes=2), articles(max_quotes=2))
def test_every_generated_corpus_renders_a_report(first, second):
    page = render_html(
        compare_articles([parse_article(first.text, "a.txt"), parse_article(second.text, "b.txt")])
    )
    assert page.count("<table") >= 5 and page.rstrip().endswith("</html>")


@pytest.mark.parametrize(
    ("strategy", "kwargs"),
    [
        (drifted, {"kinds": ["teleportation"]}),
        (drifted, {"kinds": []}),
        (quotes, {"marks": ["smoke signals"]}),
        (attributed_sentences, {"shapes": ["telepathy"]}),
        (quote_words, {"min_size": 2}),
        (articles, {"min_quotes": 3, "max_quotes": 1}),
    ],
)
def test_strategies_check_their_arguments(strategy, kwargs):
    with pytest.raises(ValueError):
        strategy(**kwargs)  # checked when the strategy is built, not when drawn


def test_every_shape_and_mark_is_offered():
    assert set(MARKS) == {
        "straight",
        "curly",
        "guillemets",
        "low-high",
        "newswire",
        "newswire-single",
        "typed-low",
    }
    assert {"after", "inverted", "pronoun", "split", "who", "participle"} <= set(SHAPES)
