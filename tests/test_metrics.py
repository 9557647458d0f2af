"""The word diff every drift finding rests on: a valid script, as short as the edit distance,
the same whichever version comes first, and words kept in place where that costs nothing."""

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from quotecheck.metrics import containment, longest_common_run, script_length, word_diff

#: a few words, so that random versions share some and repeat some
_words = st.lists(
    st.sampled_from(["we", "it", "is", "it's", "safe", ",", "not", "the", "quay"]), max_size=9
)


@given(_words, _words)
def test_the_script_rebuilds_the_second_version_from_the_first(a, b):
    rebuilt, at_a, at_b = [], 0, 0
    for tag, i1, i2, j1, j2 in word_diff(a, b):
        assert (i1, j1) == (at_a, at_b)  # contiguous on both sides
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        rebuilt += b[j1:j2]
        at_a, at_b = i2, j2
    assert (at_a, at_b) == (len(a), len(b))
    assert rebuilt == b


@given(_words, _words)
def test_the_script_is_as_short_as_the_edit_distance(a, b):
    assert script_length(word_diff(a, b)) == Levenshtein.distance(a, b)


@given(_words, _words)
def test_the_script_is_the_mirror_of_the_other_order(a, b):
    mirror = {"insert": "delete", "delete": "insert"}
    swapped = [(mirror.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in word_diff(b, a)]
    assert word_diff(a, b) == swapped


def test_a_word_both_keep_stays_in_place_before_words_run_on():
    a = ["when", "it", "is", "safe"]
    b = ["when", "it's", "safe", ",", "and", "only", "then"]
    kept = [a[i1:i2] for tag, i1, i2, _, _ in word_diff(a, b) if tag == "equal"]
    assert kept == [["when"], ["safe"]]


def test_a_word_moved_is_no_word_kept_between_a_cut_and_an_addition():
    # "on 3 March" / "on March 3rd": the shortest script replaces both, so that the date is read
    # whole, not as "3" cut and "3rd" added around a kept "March"
    ops = word_diff(["on", "3", "march"], ["on", "march", "3rd"])
    assert [tag for tag, *_ in ops] == ["equal", "replace"]


def _brute_common_run(a, b):
    return max(
        (
            n
            for i in range(len(a))
            for j in range(len(b))
            for n in range(1, min(len(a) - i, len(b) - j) + 1)
            if a[i : i + n] == b[j : j + n]
        ),
        default=0,
    )


#: long enough that a library's other code path for long inputs is taken (textdistance joins
#: words into strings from 200 items on)
_long_words = st.lists(
    st.sampled_from(["we", "it", "the", "quay", "harbour"]), min_size=190, max_size=260
)


@given(
    st.lists(st.sampled_from(["we", "it", "the", "quay", "harbour"]), min_size=1, max_size=4),
    _long_words,
)
def test_the_longest_common_run_counts_words_whatever_the_length(short, long):
    assert longest_common_run(short, long) == _brute_common_run(short, long)
    assert containment(short, long) <= 1.0
