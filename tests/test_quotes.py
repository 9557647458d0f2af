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


def _fields(s: str) -> list[tuple]:
    return [
        (q.text, q.part_of, q.open_mark, q.close_mark, q.unbalanced, q.kind, q.paragraph)
        for q in extract_quotes(parse_article(LEAD + s))
    ]


def test_a_quote_over_three_paragraphs_is_one_chain():
    """Each later part points at the first; only the last part has a closing mark."""
    s = '"We will act now.\n\n"We will win this fight.\n\n"And we never give up," she said. "Ever."'
    assert _fields(s) == [
        ("We will act now.", None, '"', "", False, "sentence", 1),
        ("We will win this fight.", 0, '"', "", False, "sentence", 2),
        ("And we never give up,", 0, '"', '"', False, "sentence", 3),
        ("Ever.", None, '"', '"', False, "sentence", 3),
    ]


def test_a_mark_left_open_before_a_paragraph_of_prose_is_unbalanced():
    assert _fields('"We will act now.\n\nThe talks ended at noon.') == [
        ("We will act now.", None, '"', "", True, "sentence", 1)
    ]


def test_transcript_turns_have_no_marks():
    assert _fields("WALLACE: Will you vote?\n\nA: No.") == [
        ("Will you vote?", None, "", "", False, "turn", 1),
        ("No.", None, "", "", False, "turn", 2),
    ]


def test_tricky_marks():
    """A space after the opening mark, a straight mark that opens a new quote before the last
    one closed, an opening curly mark used to close, a lone mark at the end."""
    assert _fields("She said “ … in the case of the deal” today.") == [
        (" … in the case of the deal", None, "“", "”", False, "fragment", 1)
    ]
    assert _fields('He said "we will act and "we will win" today.') == [
        ("we will act and ", None, '"', "", True, "fragment", 1),
        ("we will win", None, '"', '"', False, "fragment", 1),
    ]
    assert _fields("Okafor said: “Apparently not,“ he said. “Never.”") == [
        ("Apparently not,", None, "“", "“", False, "sentence", 1),
        ("Never.", None, "“", "”", False, "sentence", 1),
    ]
    assert _fields("A “quoted” end “") == [("quoted", None, "“", "”", False, "fragment", 1)]


BRITISH = (
    "Prime Minister Alba Reyes spoke in the capital on Tuesday after the talks broke up.\n\n"
    "'We will not be rushed into a bad agreement,' said Reyes, whose party's '90s pledge "
    "still stands.\n\n"
    "Reyes's deputy said the talks would resume. 'There is no deadline that matters more "
    "than getting it right,' she added."
)


def test_an_article_that_sets_speech_in_single_marks():
    from quotecheck import extract

    quotes = extract(BRITISH)
    assert [q.text for q in quotes] == [
        "We will not be rushed into a bad agreement,",
        "There is no deadline that matters more than getting it right,",
    ]
    assert quotes[0].speaker == "Alba Reyes"


def test_single_marks_are_not_speech_where_the_article_uses_double_marks():
    from quotecheck import extract

    mixed = BRITISH + '\n\n"We are close," an aide said.'
    assert [q.text for q in extract(mixed) if q.kind != "nested"] == ["We are close,"]
    headline = "Reyes: 'Bad Deal Worse Than No Deal'\n\n" + BRITISH.split("\n\n", 1)[1]
    assert "Bad Deal Worse Than No Deal" not in [q.text for q in extract(headline)]


def test_backslash_escaped_marks_of_a_stored_page():
    from quotecheck import extract

    text = (
        "Health Minister Ama Owusu opened the clinic in the north of the region on Monday.\n\n"
        '\\"This clinic will serve forty thousand people,\\" Owusu said.'
    )
    (q,) = extract(text)
    assert (q.text, q.speaker) == ("This clinic will serve forty thousand people,", "Ama Owusu")
    assert text[q.start : q.end] == q.text


def test_straight_marks_with_spaces_inside():
    from quotecheck import extract

    text = (
        "Health Minister Ama Owusu opened the clinic in the north of the region on Monday.\n\n"
        'The plan is " fully funded ", Owusu said, and "on time".'
    )
    assert [q.text for q in extract(text)] == ["fully funded", "on time"]
