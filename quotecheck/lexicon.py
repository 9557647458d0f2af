"""Reading the lexicons in ``quotecheck/data``: general word lists kept as data, with provenance.

Each data file starts with ``#`` comment lines saying where its entries come from. Plain ``.txt``
files hold one entry per line; ``.tsv`` files hold tab-separated columns.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("quotecheck").joinpath("data", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of a one-per-line data file, lower-cased.

    >>> "minister" in words("titles.txt")
    True
    """
    return frozenset(ln.strip().lower() for ln in _lines(name))


@cache
def function_words() -> frozenset[str]:
    """The function words of every language read (English, German, French), left out when
    judging whether two wordings share their content: one set, since a quote's language is not
    known where wordings are compared, each list leaving out the forms that are content words
    in another (German ``die``, French ``car``).

    >>> {"the", "nicht", "les"} <= function_words(), "war" in function_words()
    (True, False)
    """
    return words("stopwords.txt") | words("de/stopwords.txt") | words("fr/stopwords.txt")


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, comments and blank lines skipped."""
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in _lines(name))


@cache
def by_kind(name: str) -> dict[str, frozenset[str]]:
    """The words of a two-column ``kind<TAB>word`` data file, grouped by kind (a kind with no
    word is an empty set).

    >>> "der" in by_kind("de/words.tsv")["determiner"], by_kind("de/words.tsv")["none"]
    (True, frozenset())
    """
    grouped: dict[str, set[str]] = {}
    for kind, word in rows(name):
        grouped.setdefault(kind, set()).add(word)
    return _Kinds({kind: frozenset(found) for kind, found in grouped.items()})


class _Kinds(dict[str, frozenset[str]]):
    def __missing__(self, kind: str) -> frozenset[str]:
        return frozenset()


@cache
def role_epithets(language: str) -> dict[str, tuple[str, ...]]:
    """The epithets a language's news writes for a role already named (``the head of state``)
    and the role nouns each stands for, from ``role_epithets.tsv``; the epithets folded as
    :func:`epithet_key` folds a phrase.

    >>> role_epithets("de")["regierungschefin"][:2]
    ('kanzlerin', 'bundeskanzlerin')
    """
    return {
        epithet_key(epithet): tuple(r.strip() for r in roles.split(";"))
        for lang, epithet, roles in rows("role_epithets.tsv")
        if lang == language
    }


def epithet_key(words: str) -> str:
    """Words as the epithet table compares them: lower case, accents and the kind of apostrophe
    folded (news writes ``l’Etat`` and ``l'État`` alike)."""
    return " ".join(fold_accents(words.lower().replace("’", "'")).split())


def fold_accents(word: str) -> str:
    """A word without its accents: ``cécile`` is ``cecile``, ``jörg`` is ``jorg``."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def abbreviations() -> dict[str, str]:
    """Acronym -> expansion, from ``data/abbreviations.tsv``."""
    return {acronym: expansion for acronym, expansion, *_ in rows("abbreviations.tsv")}


def is_expansion(short: str, long: str) -> bool:
    """Whether ``long`` spells out the acronym ``short``: by the word list, or by its initials
    (small words such as "of" and "the" skipped).

    >>> is_expansion("NATO", "North Atlantic Treaty Organization"), is_expansion("EU", "Europe")
    (True, False)
    """
    if abbreviations().get(short, "").lower() == long.lower():
        return True
    initials = "".join(
        w[0]
        for w in long.replace("-", " ").split()
        if w.lower() not in {"of", "for", "and", "the", "on"}
    )
    letters = "".join(c for c in short if c.isalpha())
    return len(letters) >= 2 and initials.upper() == letters.upper()
