"""Quote spans: mark styles, apostrophes, unbalanced marks, multi-paragraph quotes, kinds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.articles import parse_article
from quotecheck.quotes import extract_quotes, find_spans

LEAD = "Officials met in the capital on Monday to discuss the new budget and taxes.\n\n"


def texts(s: str) -> list[str]:
    return [q.text for q in extract_quotes(parse_article(LEAD + s))]


def test_mark_styles():
    assert texts('He said "straight" and “curly” and „low“ and «angle» and »back« things.') == [
        "straight",
        "curly",
        "low",
        "angle",
        "back",
    ]


def test_apostrophes_are_not_quote_marks():
    assert (
        texts("Iwaya’s view of today’s EU’s role in the ’90s, rock ’n’ roll and students’ union.")
        == []
    )
    assert texts("“Today’s Ukraine could be tomorrow’s East Asia,” he said.") == [
        "Today’s Ukraine could be tomorrow’s East Asia,"
    ]


def test_unbalanced_mark_stops_at_the_paragraph_end():
    quotes = extract_quotes(
        parse_article(LEAD + '"This never closes, he said.\n\nNext paragraph "reads" fine.')
    )
    assert [(q.text, q.unbalanced) for q in quotes] == [
        ("This never closes, he said.", True),
        ("reads", False),
    ]


def test_multi_paragraph_quote_shares_one_id_and_speaker():
    text = (
        LEAD + 'Senator Ray Oduya spoke for an hour. "We will fight this bill," Oduya said. '
        '"We will fight it in committee.\n\n"We will fight it on the floor."'
    )
    quotes = extract_quotes(parse_article(text))
    assert [q.text for q in quotes] == [
        "We will fight this bill,",
        "We will fight it in committee.",
        "We will fight it on the floor.",
    ]
    assert quotes[2].part_of == quotes[1].index and not quotes[1].unbalanced


def test_sentence_or_fragment():
    quotes = extract_quotes(
        parse_article(LEAD + '"We are ready," he said, calling it "a good day".')
    )
    assert [q.kind for q in quotes] == ["sentence", "fragment"]


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@given(
    before=st.lists(WORD, max_size=6),
    inside=st.lists(WORD, min_size=1, max_size=8),
    after=st.lists(WORD, max_size=6),
    marks=st.sampled_from(['""', "“”", "«»", "„“"]),
)
def test_a_planted_quote_is_found_with_its_exact_span(before, inside, after, marks):
    prefix = " ".join(["Officials", *before]) + " "
    content = " ".join(inside)
    text = LEAD + prefix + marks[0] + content + marks[1] + " " + " ".join([*after, "today."])
    article = parse_article(text)
    quotes = extract_quotes(article)
    assert [q.text for q in quotes] == [content]
    assert text[quotes[0].start : quotes[0].end] == content
    assert quotes[0].start == len(LEAD + prefix) + 1


@given(st.text(alphabet=st.sampled_from(list("ab ,.\n\"“”«»’'")), max_size=300))
def test_spans_slice_back_and_never_overlap(text):
    spans, _ = find_spans(text)
    previous_end = -1
    for start, end, open_mark, _close in spans:
        assert previous_end < start <= end <= len(text)
        assert text[start - 1] == open_mark
        previous_end = end
