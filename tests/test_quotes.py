"""Quote spans: mark styles, apostrophes, unbalanced marks, multi-paragraph quotes, kinds."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck.articles import parse_article
from quotecheck.quotes import DOUBLED_COMMA, extract_quotes, find_spans

from .conftest import CASES

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


def test_a_quote_opening_the_paragraph_under_a_headline_begins_a_sentence():
    """A headline ends with no full stop; the quote opening the next paragraph begins a
    sentence all the same. A show's name opening a line stays none ('"Night Ferry" star …')."""
    text = (
        'Minister pledges harbour future\n\n"The harbour will stay open," minister Ruth Albers '
        'said.\n\n"Night Ferry" star Tom Brell backed her.'
    )
    kinds = [q.kind for q in extract_quotes(parse_article(text))]
    assert kinds[0] == "sentence" and kinds[1] != "sentence"


def test_a_french_quote_opening_its_paragraph_before_the_cues_comma_begins_a_sentence():
    """French sets the comma after the closing guillemet, so the words end on no mark of
    their own: opening the paragraph, before `, reconnaît-il`, they begin a sentence."""
    text = "Le port de Valbourg ferme ses quais\n\n« Il fallait agir plus tôt », reconnaît-il."
    (quote,) = extract_quotes(parse_article(text, language="fr"))
    assert quote.kind == "sentence"


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
@example("« »")  # guillemets holding only their spaces (found by a CI run)
def test_spans_slice_back_and_never_overlap(text):
    spans, _ = find_spans(text)
    previous_end = -1
    for start, end, open_mark, _close in spans:
        assert previous_end < start <= end <= len(text)
        # the opening mark, with the spaces French sets inside guillemets (« Nous irons »)
        assert text[:start].endswith(open_mark)
        assert open_mark.strip() in "\"“”«»’'" or open_mark == DOUBLED_COMMA  # ",,a\"" opens
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
    assert _fields("QUILL: Will you vote?\n\nA: No.") == [
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
    # two curly apostrophes close a double mark, as two straight ones do
    assert _fields("“We will fight on,’’ Ann King said.") == [
        ("We will fight on,", None, "“", "’’", False, "sentence", 1)
    ]
    # a space typed inside straight marks: a closing mark after the words' comma, an opening
    # one before a capital (the span runs from mark to mark, as annotators mark it)
    assert _fields('"We will fight on, " Ann King said. " We have no choice."') == [
        ("We will fight on, ", None, '"', '"', False, "sentence", 1),
        (" We have no choice.", None, '"', '"', False, "sentence", 1),
    ]


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


def test_single_marks_are_speech_in_a_paragraph_without_double_marks():
    """An article may use double marks for a term and single marks for speech (some wire copy),
    or double marks for speech and single marks in a caption: the marks are read per paragraph."""
    from quotecheck import extract

    mixed = BRITISH + '\n\nThe deputy called it a "pause", not a collapse.'
    quotes = [q for q in extract(mixed) if q.kind != "nested"]
    assert [q.text for q in quotes] == [
        "We will not be rushed into a bad agreement,",
        "There is no deadline that matters more than getting it right,",
        "pause",
    ]
    caption = (
        "Harbour master Ines Calloway (left) said 'the new quay will be ready by the summer' "
        "to visiting officials.\n\n"
        "Harbour master Ines Calloway spoke at the opening of the dredging works on Friday.\n\n"
        '"The new quay will be ready by the summer," Calloway said.'
    )
    assert [q.text for q in extract(caption)] == [
        "the new quay will be ready by the summer",
        "The new quay will be ready by the summer,",
    ]


def test_a_quote_in_single_marks_over_two_paragraphs():
    """The British convention: the first paragraph is left open, the next reopens the quote."""
    from quotecheck import extract

    text = (
        "Rescue coordinator Tomas Vehko told reporters the search had ended on Thursday.\n\n"
        "'The wreckage was found two miles from the shore. We informed the crew's families "
        "at once.\n\n"
        "'Our thoughts are with every one of them tonight.'\n\n"
        "'Tis the season for storms, the harbour office said later."
    )
    first, second = extract(text)
    assert first.text.startswith("The wreckage") and first.text.endswith("at once.")
    assert second.text == "Our thoughts are with every one of them tonight."
    assert second.part_of == first.index
    assert first.speaker == second.speaker == "Tomas Vehko"


LETTER = (
    "The mayor, Edda Lindqvist, posted a letter to the city on Sunday:\n\n"
    '"Dear neighbours, the last four years have been the work of my life.\n\n'
    "I have decided not to stand again in the autumn election.\n\n"
    'I will say more about what comes next at the council meeting on Thursday."\n\n'
    'Her deputy said the decision "came as no surprise".'
)


def test_a_quote_that_runs_over_unmarked_paragraphs_to_its_closing_mark():
    """A letter quoted whole: one opening mark, paragraphs that do not reopen it, and a closing
    mark that pairs with nothing in its own paragraph."""
    from quotecheck import extract

    quotes = extract(LETTER)
    assert [q.text for q in quotes] == [
        "Dear neighbours, the last four years have been the work of my life.",
        "I have decided not to stand again in the autumn election.",
        "I will say more about what comes next at the council meeting on Thursday.",
        "came as no surprise",
    ]
    first = quotes[0]
    assert [q.part_of for q in quotes[1:3]] == [first.index, first.index]
    assert {q.speaker for q in quotes[:3]} == {"Edda Lindqvist"}
    assert not any(q.unbalanced for q in quotes)


def test_a_closing_mark_after_a_signature_line_does_not_run_a_quote_on():
    """A short line such as a name, before a stray closing mark, is a signature, not the end
    of a quote that ran over the paragraphs between."""
    from quotecheck import extract

    text = LETTER.replace(
        'I will say more about what comes next at the council meeting on Thursday."',
        'Edda Lindqvist."',
    )
    quotes = extract(text)
    assert quotes[0].unbalanced
    assert "Edda Lindqvist." not in [q.text for q in quotes]


def test_a_headline_quote_is_known_by_where_it_sits():
    """Title case in a headline's single marks is the headline's style: the words are a quote,
    placed in the headline, and the headline's capitalised words never give a sure speaker."""
    from quotecheck import extract

    text = (
        "Tamsin Orr-Vance: 'We Will Rebuild Every School'\n\n"
        "Education minister Tamsin Orr-Vance promised on Monday that every school damaged "
        'in the floods would be rebuilt. "We will rebuild every school," she said.'
    )
    headline, body = extract(text)
    assert (headline.text, headline.placement) == ("We Will Rebuild Every School", "headline")
    assert body.placement == "body"
    assert headline.speaker == "Tamsin Orr-Vance"
    assert headline.attribution.method.endswith("+headline")
    assert headline.attribution.confidence <= 0.5 < body.attribution.confidence
    assert "Title Case Words" not in [q.text for q in extract("Just 'Title Case Words' here.")]


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


QUOTE_MARK_CASES = json.loads((CASES / "quote_marks.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", QUOTE_MARK_CASES, ids=[c["label"] for c in QUOTE_MARK_CASES])
def test_quote_mark_case(case):
    """Each way news sets its marks gives exactly the quotes expected, with their speakers,
    placements and parts."""
    from quotecheck import extract

    article = parse_article(case["text"], language=case.get("language"))
    found = [q for q in extract(article, turns=True) if q.kind != "nested"]
    assert [q.text for q in found] == [e["text"] for e in case["quotes"]]
    for expected, q in zip(case["quotes"], found, strict=True):
        assert case["text"][q.start : q.end] == q.text
        if "speaker" in expected:
            assert q.speaker == expected["speaker"], q.attribution
        if "kind" in expected:
            assert q.kind == expected["kind"]
        assert q.placement == expected.get("placement", "body")
        first = expected.get("part_of")
        assert q.part_of == (None if first is None else found[first].index)


def test_a_quote_inside_a_quote_in_the_same_curly_marks_is_nested():
    from quotecheck import extract

    text = "“Voters fear what he calls “gridlock” more than rates,” said Tomas Reyes."
    assert [(q.text, q.kind) for q in extract(text)] == [
        ("Voters fear what he calls “gridlock” more than rates,", "sentence"),
        ("gridlock", "nested"),
    ]


def test_a_work_named_inside_a_quote_is_a_title_not_a_quote_in_the_quote():
    from quotecheck import extract

    text = "“She starred in the musical ‘Harbour Lights’ for ten years,” said Tomas Reyes."
    quotes = extract(text)
    assert [(q.text, q.kind) for q in quotes] == [
        ("She starred in the musical ‘Harbour Lights’ for ten years,", "sentence"),
        ("Harbour Lights", "title"),
    ]
    assert quotes[1].parent == quotes[0].index and quotes[1].speaker is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("„Er nannte den Plan ‚eine Frechheit‘ und ging“, sagte Henrik Vogt.", "de"),
        ("»Er nannte den Plan ›eine Frechheit‹ und ging«, sagte Henrik Vogt.", "de"),
        ("« Il a qualifié le plan de ‹ une honte › et il est parti », a dit Hugo Perrin.", "fr"),
        # French agency copy sets a quote inside a quote between plus signs
        ("« Il a qualifié le plan de +une honte+ et il est parti », a dit Hugo Perrin.", "fr"),
    ],
)
def test_a_quote_inside_a_german_or_french_quote_in_single_marks_is_nested(text, language):
    from quotecheck import extract

    quotes = extract(parse_article(text, language=language))
    assert [q.kind for q in quotes] == ["sentence", "nested"]
    assert quotes[1].text in {"eine Frechheit", "une honte"}  # the spaces inside ‹ › left out
    assert quotes[1].parent == quotes[0].index


def test_a_plus_sign_inside_a_word_or_a_sum_opens_no_quote():
    from quotecheck import extract

    text = "« Le score était de 3+2 et le bilan C+ », a dit Hugo Perrin."
    assert [q.kind for q in extract(parse_article(text, language="fr"))] == ["sentence"]


def test_an_outer_quote_left_open_is_not_taken_for_nesting():
    from quotecheck import extract

    text = "“We will win. “Nobody asked us,” she said."
    assert [q.text for q in extract(text) if q.kind != "nested"] == [
        "We will win. “Nobody asked us,"
    ]


_PLAIN_WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß", min_size=1, max_size=8),
    min_size=1,
    max_size=5,
).map(" ".join)


@given(_PLAIN_WORDS, _PLAIN_WORDS, _PLAIN_WORDS)
def test_a_low_high_quote_inside_a_low_high_quote_is_one_quote(before, inner, after):
    """German copy that sets a quote inside a quote with the same low-high marks (``„a „b“
    c“``) gives one quote holding the inner one, however the words run."""
    text = f"Sie sagte: „{before} „{inner}“ {after}“. Dann ging sie."
    spans, still_open = find_spans(text)
    assert still_open is None
    assert [text[a:b] for a, b, _, _ in spans] == [f"{before} „{inner}“ {after}"]


@pytest.mark.parametrize(
    "signature",
    [
        "Ivo Marsh, Harbour Workers Union.",
        "Councillor Ines Halloway.",
        "Former Harbour Board president Jo Ames.",
    ],
)
def test_a_name_signing_a_quote_inside_its_marks_is_no_part_of_it(signature):
    """Round-ups of reactions set the name on the line under the words, before the closing
    mark: the words are the quote, the name is not."""
    text = f'Reactions came in fast.\n\n"We will rebuild the quay next year.\n{signature}"'
    quotes = extract_quotes(parse_article(text))
    assert [q.text for q in quotes] == ["We will rebuild the quay next year."]


@pytest.mark.parametrize("last_line", ["Vote for Jo Ames.", "It was the harbour board."])
def test_a_sentence_closing_a_quote_over_two_lines_stays_part_of_it(last_line):
    text = f'Reactions came in fast.\n\n"We will rebuild the quay next year.\n{last_line}"'
    quotes = extract_quotes(parse_article(text))
    assert [q.text for q in quotes] == ["We will rebuild the quay next year.", last_line]


def test_a_double_quoted_quote_inside_a_single_quoted_one_is_nested_in_it():
    from quotecheck import extract

    text = "Rovers win.\n\n'I told them: \"Keep going.\" And they did,' said Tom McKay."
    found = [(q.text, q.kind, q.parent) for q in extract(text)]
    assert found == [
        ('I told them: "Keep going." And they did,', "sentence", None),
        ("Keep going.", "nested", 0),
    ]


def test_labels_that_ask_nothing_are_no_interview():
    """Two title-case labels taking turns make an interview only when the first asks."""
    assert _fields("When: Saturday at noon.\n\nWhere: The town hall.") == []
    assert [f[5] for f in _fields("The Courier: Why now?\n\nRuth Albers: Because it is time.")] == [
        "turn",
        "turn",
    ]


def test_a_term_quoted_inside_a_quote_left_open_is_nested_in_it():
    from quotecheck import extract

    text = "“It was a “perfect storm” of bad luck, and nobody had seen one like it."
    outer, inner = extract(text)
    assert outer.text == text[1:] and (inner.kind, inner.text) == ("nested", "perfect storm")
    assert inner.parent == outer.index


def test_an_opening_mark_typed_twice_opens_one_quote_not_a_nested_one():
    from quotecheck import extract

    assert [q.kind for q in extract("Ruth Albers said: ““We will win.”")] == ["fragment"]


def test_a_quote_keeps_the_narrators_last_words_before_it():
    from quotecheck import extract

    first, second = extract(
        'Ruth Albers said the council would not "close the ferry", and the meeting ended.\n\n'
        '"We are done," she said.'
    )
    assert first.before == "said the council would not"  # whole words, at most 30 characters
    assert second.before == ""  # nothing before it in its paragraph
