"""Bounded work: on adversarial input, the work grows in proportion to the input's length.

Work is counted, not timed: the number of lines of quotecheck's own code executed while
extracting (a deterministic count, whatever the machine is doing), on inputs of size n, 2n and 4n.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotecheck import extract


def work(text: str) -> int:
    """Lines of quotecheck's code run to extract the quotes of ``text``."""
    count = 0

    def tracer(frame, event, _arg):
        nonlocal count
        if "quotecheck" not in frame.f_code.co_filename:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        extract(text)
    finally:
        sys.settrace(None)
    return count


ADVERSARIAL = {
    "straight marks": lambda n: '"' * n,
    "curly marks": lambda n: "“" * n + "”" * (n // 2),
    "marks and spaces": lambda n: '" ' * n,
    "spaces": lambda n: "He said " + " " * n + '"yes"',
    "capitalised words": lambda n: "Aa " * n + 'said "yes".',
    "capitalised names and verbs": lambda n: "Jo Smith said, " * n + '"yes," he said.',
    "quotes and attributions": lambda n: '"We act," Jo Smith said. ' * n,
    "apostrophes": lambda n: "it’s " * n + "“ok”",
    "one long paragraph of quotes": lambda n: '"a" "b" ' * n,
    "interview turns": lambda n: (
        "Tom Brell met us.\n\n" + "Brell: We act.\n\nTimes: Why?\n\n" * (n // 10)
    ),
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_work_grows_linearly_on_adversarial_input(name):
    make = ADVERSARIAL[name]
    small, large = work(make(150)), work(make(600))
    assert large <= 4 * small * 1.5 + 1000, (name, small, large)


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\"“”«»„‘’' Aa.,:\n")), min_size=50, max_size=200))
@example(":" * 37 + "A»" + ":" * 7 + 'A»:"')  # no quote in two copies, three in eight
def test_work_on_random_punctuation_soup_is_bounded_by_its_length(seed):
    # from four copies up, not one or two: a single copy, or two, may hold no quote at all when
    # the marks pair up only across copies, and then its work says nothing about the cost per
    # quote (found with ':::…»“::::"“:"' and ':::…A»:::A»:"')
    small, large = work(seed * 4), work(seed * 16)
    assert large <= 4 * small * 1.5 + 2000


def report_work(texts: list[str]) -> int:
    """Lines of Python run (quotecheck's and the libraries' it calls, difflib and jinja2
    included) to compare ``texts`` as outlets and render every report format."""
    from quotecheck import compare_articles, parse_article, render_html, render_text, to_json

    articles = [parse_article(t, f"{n}.txt") for n, t in enumerate(texts)]
    count = 0

    def tracer(frame, event, _arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    render_html(compare_articles(articles[:1]))  # imports and template compilation, once
    sys.settrace(tracer)
    try:
        result = compare_articles(articles)
        render_html(result), render_text(result), to_json(result)
    finally:
        sys.settrace(None)
    return count


def _capitalised(n: int) -> str:
    return " ".join(("Alpha", "Bravo", "Charlie", "Delta", "Echo")[i % 5] for i in range(n))


LEAD = "Minister Ana Kalomi spoke in Geneva on Monday.\n\n"
HOSTILE_REPORTS = {
    # a quote whose closing mark never comes runs into the long line: two outlets carry it, one
    # with a word more, so the page and the drift diff the long quote against its variant
    "a quote running into a long line of capitalised words": lambda n: [
        f'{LEAD}"We will act now, {_capitalised(n)}\n',
        f'{LEAD}"We will act now, {_capitalised(n)} Zulu\n',
    ],
    "one quote, then a long line of capitalised words": lambda n: [
        f'{LEAD}"We will act now," Kalomi said. {_capitalised(n)}\n',
        f'{LEAD}"We will act now," Kalomi said. {_capitalised(n)}\n',
    ],
    "a line of straight marks": lambda n: [f"{LEAD}{chr(34) * n}\n", f"{LEAD}{chr(34) * n}\n"],
}


@pytest.mark.parametrize("name", HOSTILE_REPORTS)
def test_report_work_grows_linearly_on_hostile_pages(name):
    make = HOSTILE_REPORTS[name]
    small, large = report_work(make(400)), report_work(make(1600))
    assert large <= 4 * small * 1.5 + 5000, (name, small, large)
