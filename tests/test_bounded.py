"""Bounded work: on adversarial input, the work grows in proportion to the input's length.

Work is counted, not timed: the number of lines of quotecheck's own code executed while
extracting (a deterministic count, whatever the machine is doing), on inputs of size n, 2n and 4n.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
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
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_work_grows_linearly_on_adversarial_input(name):
    make = ADVERSARIAL[name]
    small, large = work(make(500)), work(make(2000))
    assert large <= 4 * small * 1.5 + 1000, (name, small, large)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\"“”«»„‘’' Aa.,:\n")), min_size=50, max_size=200))
def test_work_on_random_punctuation_soup_is_bounded_by_its_length(seed):
    # from two copies up, not one: a single copy may hold no quote at all, and then its work says
    # nothing about the cost per quote (found with ':::…»“::::"“:"')
    small, large = work(seed * 2), work(seed * 8)
    assert large <= 4 * small * 1.5 + 2000
