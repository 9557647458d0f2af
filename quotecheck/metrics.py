"""Similarity measures between wordings: the one module that imports textdistance and
rapidfuzz (edit distances are rapidfuzz's C++, called directly: through textdistance's
dispatch the same figure cost five times as long).

Every measure takes two token sequences and returns a score in [0, 1], 1 for identical, and is
symmetric, so that the alignment never depends on the order in which outlets are listed.
"""

from __future__ import annotations

from collections.abc import Sequence

import textdistance
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

_OVERLAP = textdistance.Overlap(as_set=True)


def word_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """1 minus the word-level edit distance over the longer length.

    >>> word_similarity("we live in a world".split(), "we live in a very dangerous world".split())
    0.714...
    """
    if not a and not b:
        return 1.0
    return Levenshtein.normalized_similarity(a, b)


def longest_common_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest run of words the two share, in order and unbroken."""
    if not a or not b:
        return 0
    return len(textdistance.lcsstr(list(a), list(b)))


def containment(a: Sequence[str], b: Sequence[str]) -> float:
    """How much of the shorter sequence lies in one unbroken run inside the longer one.

    >>> containment(["very", "timely"], ["historical", "and", "very", "timely"])
    1.0
    """
    shorter = min(len(a), len(b))
    return longest_common_run(a, b) / shorter if shorter else 0.0


def window_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """How closely the shorter sequence matches its best-matching stretch of the longer one:
    1 when it lies inside word for word, less for each word changed, added or dropped.

    >>> window_similarity("the end of the pier".split(),
    ...                   "she walked to the tip of the pier today".split())
    0.8
    """
    if not a or not b:
        return 0.0
    short, long = as_strings(*sorted((a, b), key=len))
    return fuzz.partial_ratio(short, long) / 100


def as_strings(*sequences: Sequence[str]) -> tuple[str, ...]:
    """Word sequences as strings of one character per distinct word (shared across them), so
    that a string measure or search, at C speed, counts words.

    >>> [[ord(c) - 0x10000 for c in s] for s in as_strings(["we", "act"], ["act", "now"])]
    [[0, 1], [1, 2]]
    """
    codes: dict[str, str] = {}
    return tuple(
        "".join(codes.setdefault(w, chr(0x10000 + len(codes))) for w in seq) for seq in sequences
    )


def shared_words(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the smaller vocabulary found in the other (overlap coefficient on word sets)."""
    if not a or not b:
        return 0.0
    return float(_OVERLAP.normalized_similarity(list(a), list(b)))


def char_similarity(a: str, b: str) -> float:
    """1 minus the character edit distance over the longer length (for names and terms).

    >>> round(char_similarity("Hrytsenkko", "Hrytsenko"), 2)
    0.9
    """
    if not a and not b:
        return 1.0
    return Levenshtein.normalized_similarity(a, b)


def word_diff(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """A minimal word-level edit script as difflib-style opcodes (``equal``, ``replace``,
    ``delete``, ``insert``). Minimal, unlike difflib's longest-block heuristic, so repeated words
    never turn one dropped hyphen into a cut and an extension.

    The script is the same whichever side comes first (mirrored), so that A against B is
    always the mirror of B against A: where two scripts are equally short, the edit distance's
    own choice would depend on the order.

    >>> word_diff(["we", "-", "we", "we"], ["we", "we", "we"])
    [('equal', 0, 1, 0, 1), ('delete', 1, 2, 1, 1), ('equal', 2, 4, 1, 3)]
    """
    a, b = list(a), list(b)
    if a <= b:
        return [tuple(op) for op in Levenshtein.opcodes(a, b)]
    mirror = {"insert": "delete", "delete": "insert"}
    return [(mirror.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in Levenshtein.opcodes(b, a)]
