"""Names: whether two speaker names are one person's, and whether an attribution is sure.

A leaf that the comparison stages (:mod:`quotecheck.align`, :mod:`quotecheck.drift`,
:mod:`quotecheck.terms`) use without the attribution code: one person's name as different outlets
print it (accents, a title or a middle name on one side, a letter misspelled), and the
attributions sure enough to set two speakers against each other.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .metrics import char_similarity
from .models import Quote

#: letters that do not decompose into a base letter and a mark
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
    }
)


@lru_cache(maxsize=1 << 14)
def _plain(name: str) -> str:
    """A name without its accents (``Jørgen Sørensen`` → ``Jorgen Sorensen``), for comparing
    one person's name as different outlets print it."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """Whether two speaker names are one person's name spelled two ways (``Mykola Hrytsenkko``
    / ``Mykola Hrytsenko``, ``Jakob`` / ``Jacob``): the surnames alike and the first names
    alike or missing.

    >>> same_person("Mykola Hrytsenkko", "Mykola Hrytsenko")
    True
    >>> same_person("Jo Smith", "Al Jones")
    False
    >>> same_person("Deputy Mayor Ana Maria Ruiz", "Ana Ruiz"), same_person("Ana Ruiz", "Luis Ruiz")
    (True, False)
    >>> same_person("Jørgen Løkke", "Joergen Lokke"), same_person("Zoë Brontë", "Zoe Bronte")
    (True, True)
    """
    if a == b:
        return True
    pa, pb = _plain(a).split(), _plain(b).split()
    if char_similarity(pa[-1].lower(), pb[-1].lower()) < 0.75:
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    # any given name alike: a title or a middle name on one side only ("Chancellor Ivo
    # Joseph Dask" / "Ivo Dask") leaves the person the same
    return any(char_similarity(x.lower(), y.lower()) >= 0.6 for x in pa[:-1] for y in pb[:-1])


#: an attribution at least this sure, read from the speaker's own name beside the quote, is sure
#: enough to set two speakers against each other
SURE = 0.85


#: articles that open a phrase for people in a role, never a person's name (English, German,
#: French)
_ARTICLES = frozenset(
    {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "le", "la", "les"}
)


def sure_of_speaker(q: Quote) -> bool:
    """Whether the quote's speaker is named beside it by a confident rule: a person's full name
    or a named organisation, not a pronoun followed back, a sentence's subject or a guess.

    >>> from quotecheck.models import Attribution, Quote
    >>> said = Attribution("Ana Ruiz", "Ruiz", method="after", confidence=0.95,
    ...                    source_type="person")
    >>> sure_of_speaker(Quote("a", 0, 0, 0, "we act", "sentence", 0, attribution=said))
    True
    """
    a = q.attribution
    if not a.speaker or a.confidence < SURE or "pronoun" in a.method or "relayed" in a.method:
        return False
    names = a.speaker.split()
    capitalised = [w for w in names if w[:1].isupper() and not (len(w) > 1 and w.isupper())]
    if a.source_type == "person":  # first and last name, neither a shouted dateline
        return (
            len(names) >= 2
            and len(capitalised) == len(names)
            and "'s" not in a.speaker
            and names[0].lower() not in _ARTICLES  # "Die Außenminister X-s": a role, unnamed
        )
    return a.source_type == "organisation" and any(w[:1].isupper() for w in names)


def different_people(a: Quote, b: Quote) -> bool:
    """Whether two quotes' speakers are surely different people: both attributions sure, and
    not one surname under two given names (``Ivo Dask`` / ``Chancellor Dask``: a garbled
    title as often as a relative)."""
    if not (sure_of_speaker(a) and sure_of_speaker(b)):
        return False
    return not same_person(a.speaker.split()[-1], b.speaker.split()[-1])
