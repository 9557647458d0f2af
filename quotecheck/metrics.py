"""Similarity measures between wordings: the one module that imports textdistance and
rapidfuzz (edit distances are rapidfuzz's C++, called directly: through textdistance's
dispatch the same figure cost five times as long).

Every measure takes two token sequences and returns a score in [0, 1], 1 for identical, and is
symmetric, so that the alignment never depends on the order in which outlets are listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

import textdistance
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

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
    """Length of the longest run of words the two share, in order and unbroken.

    (Not textdistance's ``lcsstr``: from 200 items on it joins the words it compares into a
    string and returns that, so a one-word run of a long quote counted its letters.)

    >>> longest_common_run(["you", "look", "cute"], ["you", "know", "look"] * 100)
    1
    """
    if not a or not b:
        return 0
    sa, sb = as_strings(a, b)
    matcher = SequenceMatcher(None, sa, sb, autojunk=False)
    return matcher.find_longest_match(0, len(sa), 0, len(sb)).size


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
        return _edit_script(a, b)
    mirror = {"insert": "delete", "delete": "insert"}
    return [(mirror.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in _edit_script(b, a)]


def _edit_script(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """The shortest edit script; where one as short keeps more words in place and ends (or
    opens) on words one side only has, that one: ``it is safe`` / ``it's safe, not a minute
    before`` keeps ``safe``, a contraction and words run on at the end, where the edit distance
    alone may rewrite all three words and insert the rest. (Inside the words, the shortest
    script stands: ``3 March`` / ``March 3rd`` is one date, not a word cut and another added.)"""
    shortest = [tuple(op) for op in Levenshtein.opcodes(a, b)]
    kept = [tuple(op) for op in Indel.opcodes(a, b)]
    if _kept(kept) > _kept(shortest) and script_length(kept) <= script_length(shortest):
        changes = [tag for tag, *_ in _runs(kept) if tag != "equal"]
        edge = (
            changes[-1] if kept[-1][0] != "equal" else changes[0] if kept[0][0] != "equal" else ""
        )
        # words one side only has at an edge, and no word of the other side's one-sided
        # elsewhere: not a word moved ("3 March" / "March 3rd")
        opposite = {"insert": "delete", "delete": "insert"}.get(edge)
        if opposite is not None and opposite not in changes:
            return kept
    return shortest


def _runs(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """The script with each run of changes between two kept stretches one edit: a
    replacement, or an insertion or a deletion when only one side changes."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if out and op[0] != "equal" and out[-1][0] != "equal":
            _, i1, _, j1, _ = out[-1]
            tag = "replace" if (op[2] > i1) and (op[4] > j1) else op[0]
            out[-1] = (tag, i1, op[2], j1, op[4])
        else:
            out.append(op)
    return out


def _kept(ops: list[tuple[str, int, int, int, int]]) -> int:
    return sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")


def script_length(ops: Sequence[tuple[str, int, int, int, int]]) -> int:
    """An edit script's length with each run of changes between two kept stretches one
    replacement, as long as its longer side: the edit distance of a shortest script.

    >>> script_length([("equal", 0, 1, 0, 1), ("insert", 1, 1, 1, 3), ("delete", 1, 2, 3, 3)])
    2
    """
    length, removed, added = 0, 0, 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            length, removed, added = length + max(removed, added), 0, 0
        else:
            removed, added = removed + i2 - i1, added + j2 - j1
    return length + max(removed, added)
