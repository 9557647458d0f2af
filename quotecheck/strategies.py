"""Hypothesis strategies for quotecheck's values: public, for your own property-based tests.

Install with ``pip install 'quotecheck[strategies]'``. The strategies generate speakers, quotes
and drifted variants of a quote together with the edits that were made, from the same lexicons
the extractor and the comparator read, so generators and parsers share one vocabulary::

    from hypothesis import given
    from quotecheck.drift import compare_quotes
    from quotecheck.strategies import drifted

    @given(drifted(kinds=["spelling", "serial_comma"]))
    def test_house_style_is_never_major(case):
        assert all(e.severity.label == "style" for e in compare_quotes(case.original, case.variant))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

try:
    from hypothesis import strategies as st
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "quotecheck.strategies needs hypothesis: pip install 'quotecheck[strategies]'"
    ) from err

from .lexicon import rows
from .models import Attribution, Quote

#: plain words that are no number, negation, acronym or spelling variant: edits among them are
#: substitutions, never something else by accident
WORDS = (
    "we",
    "will",
    "build",
    "roads",
    "schools",
    "bridges",
    "people",
    "deserve",
    "better",
    "plans",
    "this",
    "region",
    "needs",
    "stable",
    "jobs",
    "fair",
    "trade",
    "strong",
    "ties",
    "partners",
    "our",
    "cities",
    "must",
    "keep",
    "working",
    "together",
    "hard",
    "choices",
    "ahead",
    "today",
)
FIRST_NAMES = ("Ana", "Bruno", "Carla", "Dmitri", "Eun", "Farid", "Greta", "Hiro", "Ines", "Jonas")
SURNAMES = ("Moreau", "Oduya", "Varga", "Lindqvist", "Kaplan", "Sato", "Novak", "Reyes", "Haddad")
#: every edit kind :func:`drifted` can make
DRIFT_KINDS = (
    "punctuation_placement",
    "typography",
    "spelling",
    "serial_comma",
    "case",
    "hyphenation",
    "punctuation",
    "substitution",
    "insertion",
    "deletion",
    "reordering",
    "truncation",
    "extension",
    "number",
    "number_format",
    "negation",
    "elision",
    "editorial",
    "abbreviation",
    "speaker_conflict",
    "speaker_name",
)
_SPELLING = tuple((uk, us) for uk, us in rows("spelling_pairs.tsv"))


@dataclass(frozen=True)
class Drifted:
    """A quote, another outlet's version of it, and the edit that was made: its kind, and the
    words on each side."""

    original: Quote
    variant: Quote
    kind: str
    removed: str
    added: str


def speakers() -> st.SearchStrategy[str]:
    """Full names of invented people: ``"Greta Novak"``."""
    return st.builds(
        lambda f, s: f"{f} {s}", st.sampled_from(FIRST_NAMES), st.sampled_from(SURNAMES)
    )


def quote_words(min_size: int = 6, max_size: int = 14) -> st.SearchStrategy[list[str]]:
    """The words of a quote, from :data:`WORDS`, none repeated: a repeated word makes some edits
    ambiguous (dropping one "we" of "we we we" is a cut at the end as much as in the middle)."""
    if not 6 <= min_size <= max_size <= len(WORDS):
        raise ValueError(f"quote_words takes 6 <= min_size <= max_size <= {len(WORDS)}")
    return st.lists(st.sampled_from(WORDS), min_size=min_size, max_size=max_size, unique=True)


def _quote(article: str, text: str, speaker: str, after: str = "") -> Quote:
    return Quote(
        article,
        0,
        0,
        len(text),
        text,
        "fragment",
        0,
        after=after,
        attribution=Attribution(speaker, source_type="person"),
    )


@st.composite
def drifted(
    draw: st.DrawFn, kinds: Sequence[str] = DRIFT_KINDS, min_words: int = 6, max_words: int = 14
) -> Drifted:
    """A quote and a variant differing by one edit of one of ``kinds``."""
    unknown = set(kinds) - set(DRIFT_KINDS)
    if unknown or not kinds:
        raise ValueError(f"unknown edit kinds {sorted(unknown)}; choose from {DRIFT_KINDS}")
    kind = draw(st.sampled_from(list(kinds)))
    words = draw(quote_words(min_words, max_words))
    speaker = draw(speakers())
    i = draw(st.integers(1, len(words) - 3))
    base, new = list(words), list(words)
    removed = added = ""
    after = ""
    other_speaker = speaker
    if kind == "punctuation_placement":
        added, after = ",", ","
        new[-1] += ","
    elif kind == "typography":
        base[i], new[i] = "it's", "it’s"
        removed, added = "it's", "it’s"
    elif kind == "spelling":
        uk, us = draw(st.sampled_from(_SPELLING))
        base[i], new[i] = uk, us
        removed, added = uk, us
    elif kind == "serial_comma":
        base[i : i + 3] = [base[i] + ",", base[i + 1] + ",", "and", base[i + 2]]
        new = base[:]
        new[i + 1] = new[i + 1].rstrip(",")
        removed = ","
    elif kind == "case":
        new[i] = new[i].capitalize()
        removed, added = base[i], new[i]
    elif kind == "hyphenation":
        base[i : i + 2] = [f"{base[i]}-{base[i + 1]}"]
        new[i : i + 2] = [words[i], words[i + 1]]
        removed, added = base[i], f"{words[i]} {words[i + 1]}"
    elif kind == "punctuation":
        base[i] += ";"
        new[i] += ":"
        removed, added = ";", ":"
    elif kind == "substitution":
        replacement = draw(st.sampled_from([w for w in WORDS if w != words[i]]))
        new[i] = replacement
        removed, added = words[i], replacement
    elif kind == "insertion":
        added = draw(st.sampled_from(("really", "certainly", "quickly")))
        new.insert(i, added)
    elif kind == "deletion":
        removed = new.pop(i)
    elif kind == "reordering":
        j = draw(st.integers(i + 2, len(words) - 1)) if i + 2 < len(words) else i + 1
        new[i], new[j] = base[j], base[i]
        removed = added = f"{base[i]} {base[j]}"
    elif kind == "truncation":
        removed = " ".join(new[-2:])
        new = new[:-2]
    elif kind == "extension":
        added = "next year"
        new += ["next", "year"]
    elif kind == "number":
        a, b = draw(st.lists(st.integers(2, 999), min_size=2, max_size=2, unique=True))
        base.insert(i, str(a))
        new.insert(i, str(b))
        removed, added = str(a), str(b)
    elif kind == "number_format":
        base[i:i] = ["two", "percent"]
        new[i:i] = ["2%"]
        removed, added = "two percent", "2%"
    elif kind == "negation":
        base.insert(i, "will")
        new[i:i] = ["will", "not"]
        added = "not"
    elif kind == "elision":
        new[i] = "…"
        removed, added = words[i], "…"
    elif kind == "editorial":
        new[i] = "[the council]"
        removed, added = words[i], "[the council]"
    elif kind == "abbreviation":
        base[i:i] = ["NATO"]
        new[i:i] = ["North", "Atlantic", "Treaty", "Organization"]
        removed, added = "NATO", "North Atlantic Treaty Organization"
    elif kind == "speaker_conflict":
        other_speaker = draw(speakers().filter(lambda s: s.split()[-1] != speaker.split()[-1]))
        removed, added = speaker, other_speaker
    elif kind == "speaker_name":
        first, last = speaker.split()
        other_speaker = f"{first} {last[:-1]}{last[-1] * 2}"
        removed, added = speaker, other_speaker
    original = _quote("a.txt", " ".join(base), speaker, after)
    variant = _quote("b.txt", " ".join(new), other_speaker)
    return Drifted(original, replace(variant, after=""), kind, removed, added)
