"""Cross-stage properties: planted quotes come back with their spans and speakers, identical
coverage shows no drift, and any generated corpus renders a report."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from markupsafe import escape

from quotecheck import compare_articles, extract, parse_article, render_html
from quotecheck.normalize import clipped, fold_inner_marks, fold_space, fold_typography
from quotecheck.strategies import PRONOUN_OF

SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tov", "vel", "zu", "dar", "nek"]
FIRST_NAMES = ["Ana", "Bruno", "Carla", "Dmitri", "Eun", "Farid", "Greta", "Hiro"]
ROLES = ["Finance Minister", "opposition leader", "trade chief", "Senator", "union spokesman"]
WORDS = [
    "we",
    "will",
    "defend",
    "our",
    "farmers",
    "the",
    "plan",
    "works",
    "and",
    "nobody",
    "can",
    "stop",
    "it",
    "today",
    "budget",
    "is",
    "fair",
]

surnames = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(
    lambda parts: "".join(parts).capitalize()
)
people = st.tuples(st.sampled_from(FIRST_NAMES), surnames, st.sampled_from(ROLES))
quoted = st.lists(st.sampled_from(WORDS), min_size=2, max_size=10).map(" ".join)
MARKS = st.sampled_from([('"', '"'), ("“", "”"), ("«", "»"), ("„", "“")])
SHAPES = st.sampled_from(["after", "inverted", "before_colon", "pronoun", "that"])


def sentence(shape: str, text: str, person: tuple[str, str, str], marks: tuple[str, str]) -> str:
    first, last, _role = person
    o, c = marks
    quote = f"{o}{text[0].upper() + text[1:]},{c}"
    return {
        "after": f"{quote} {last} said.",
        "inverted": f"{quote} said {last}.",
        "before_colon": f"{last} said: {o}{text[0].upper() + text[1:]}.{c}",
        "pronoun": f"{quote} {PRONOUN_OF[first]} said.",
        "that": f"{last} told reporters that the plan was {o}{text}{c}.",
    }[shape]


@given(people, quoted, MARKS, SHAPES)
def test_a_planted_quote_comes_back_with_its_span_and_speaker(person, text, marks, shape):
    first, last, role = person
    intro = f"{role[0].upper() + role[1:]} {first} {last} arrived in Brussels on Monday for talks."
    article_text = f"{intro}\n\n{sentence(shape, text, person, marks)}"
    quotes = extract(article_text)
    assert len(quotes) == 1
    (q,) = quotes
    assert article_text[q.start : q.end] == q.text
    assert fold_typography(q.text).lower().startswith(text.lower())
    assert q.speaker == f"{first} {last}"


@given(st.lists(st.tuples(people, quoted, MARKS, SHAPES), min_size=1, max_size=4))
def test_the_same_article_twice_shows_no_drift(planted):
    paragraphs = [
        f"{p[2]} {p[0]} {p[1]} spoke in Brussels on Monday about the new budget."
        for p, *_ in planted
    ]
    paragraphs += [sentence(shape, text, person, marks) for person, text, marks, shape in planted]
    text = "\n\n".join(paragraphs)
    result = compare_articles([parse_article(text, "a.txt"), parse_article(text, "b.txt")])
    assert all(g.edits == () for g in result.groups)
    assert result.terms == ()
    assert not result.singletons or all(len(g.articles) == 1 for g in result.singletons)


@given(
    st.lists(st.tuples(people, quoted, MARKS, SHAPES), min_size=1, max_size=3),
    st.sampled_from(["<script>alert(1)</script>", "Tom & Jerry", '"quoted" outlet']),
)
def test_any_corpus_renders_a_report_with_its_text_escaped(planted, hostile):
    articles = []
    for i, (person, text, marks, shape) in enumerate(planted):
        body = f"{person[2]} {person[0]} {person[1]} spoke on Monday in Brussels about {hostile}."
        articles.append(
            parse_article(
                f"{body}\n\n{sentence(shape, text, person, marks)}",
                f"{i}.txt",
                outlet=f"Outlet {hostile} {i}",
            )
        )
    page = render_html(compare_articles(articles))
    assert page.count("<script") == 1 and "<script>alert" not in page
    assert str(escape(f"Outlet {hostile} 0")) in page


#: the invisible characters the README says comparison ignores: zero-width spaces and joiners,
#: direction marks and embeddings, word joiners, the byte-order mark and the soft hyphen
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
INVISIBLE += "\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"
spaced_text = st.text(alphabet=st.sampled_from(f"ab.+«» \n\t\u00a0\u202f\u2065{INVISIBLE}"))


@given(spaced_text)
def test_folded_space_keeps_every_visible_character_and_one_space_between_words(text):
    folded = fold_space(text)
    visible = [c for c in text if not c.isspace() and c not in INVISIBLE]
    assert list(folded.replace(" ", "")) == visible
    assert "  " not in folded and folded == folded.strip()
    assert fold_space(folded) == folded


@given(spaced_text)
@example("+ »+")  # dropping the space made a pair a second fold found
@example("+«+a+«+")  # one fold made the pair around it
def test_inner_marks_fold_leaves_text_without_their_marks_alone(text):
    if not {"+", "«", "»"} & set(text):
        assert fold_inner_marks(text) == text
    assert fold_inner_marks(fold_inner_marks(text)) == fold_inner_marks(text)


@given(st.text(alphabet=st.sampled_from("ab .,…\n"), max_size=80), st.integers(8, 60))
@example("We got a fair deal... our members have spoken", 24)
def test_a_clipped_cell_fits_and_ends_in_one_ellipsis(text, width):
    """A table cell's text fits its width, starts as the text does, and a cut ends on one
    ellipsis after a letter, never on stops before it ('deal..…')."""
    one_line = " ".join(text.split())
    shown = clipped(text, width)
    assert len(shown) <= width
    if shown == one_line:
        return
    assert shown.endswith("…") and one_line.startswith(shown[:-1])
    assert not shown[:-1].endswith((".", ",", " ", "…"))
