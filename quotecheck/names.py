"""Names: whether two speaker names are one person's, and whether an attribution is sure.

A leaf that the comparison stages (:mod:`quotecheck.align`, :mod:`quotecheck.drift`,
:mod:`quotecheck.terms`) use without the attribution code: one person's name as different outlets
print it (accents, a title or a middle name on one side, a letter misspelled), and the
attributions sure enough to set two speakers against each other.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from .lexicon import by_kind
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
    >>> same_person("Tom Brell", "Thomas Brell"), same_person("Bill Ames", "William Ames")
    (True, True)
    """
    if a == b:
        return True
    pa, pb = _parts(a), _parts(b)
    if not (pa and pb and same_surname(a, b)):
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    # any given name alike: a title or a middle name on one side only ("Chancellor Ivo
    # Joseph Dask" / "Ivo Dask") leaves the person the same
    return any(_same_given_name(x.lower(), y.lower()) for x in pa[:-1] for y in pb[:-1])


def short_form_of(a: str, b: str) -> bool:
    """Whether two names are one person's given name in full and in its short form, the
    surname the same (``Thomas Brell`` / ``Tom Brell``): no misspelling, a name they go by.

    >>> short_form_of("Thomas Brell", "Tom Brell"), short_form_of("Tom Brell", "Tom Brel")
    (True, False)
    """
    pa, pb = _parts(a), _parts(b)
    if len(pa) != len(pb) or len(pa) < 2 or pa[1:] != pb[1:]:
        return False
    x, y = pa[0].lower(), pb[0].lower()
    nicknames = _nicknames()
    return x != y and (y in nicknames.get(x, ()) or x in nicknames.get(y, ()))


def _same_given_name(x: str, y: str) -> bool:
    """Whether two given names are one: spelled alike (``Jakob`` / ``Jacob``), or one the
    other's English short form (``Tom`` / ``Thomas``, ``Bill`` / ``William``)."""
    if char_similarity(x, y) >= 0.6:
        return True
    nicknames = _nicknames()
    return y in nicknames.get(x, ()) or x in nicknames.get(y, ())


@cache
def _nicknames() -> dict[str, set[str]]:
    """Each English given name's nicknames, from the nicknames package: Carlton Northern's
    hand-curated table of about 1,100 names (Apache-2.0), read once when first needed."""
    from nicknames import NickNamer

    return NickNamer().nickname_lookup


#: words that open a body's name in one grammatical case or another (``des Hafenamts``,
#: ``das Hafenamt``; ``du parquet``, ``le parquet``), never part of the name itself
_CASE_ARTICLES = frozenset(
    {"the", "der", "die", "das", "den", "dem", "des", "le", "la", "les", "l'", "l’", "du", "de"}
)
#: endings German adds to a noun or an adjective in the genitive or dative (``des Städtischen
#: Hafenamts`` for ``das Städtische Hafenamt``)
_CASE_ENDINGS = ("s", "es", "n", "en")


def _uninflected(name: str) -> list[str]:
    words = name.replace("l'", "l' ").replace("l’", "l’ ").split()
    while words and words[0].lower() in _CASE_ARTICLES:
        words.pop(0)
    return words


def inflected_alike(a: str, b: str) -> bool:
    """Whether two speaker names are one name in two grammatical cases: an article and the case
    endings of its words apart (``des Hafenamts`` / ``das Hafenamt``, ``du
    parquet`` / ``le parquet``). Grammar, not a spelling: no difference to report.

    >>> inflected_alike("des Städtischen Hafenamts", "das Städtische Hafenamt")
    True
    >>> inflected_alike("die Polizei", "die Feuerwehr"), inflected_alike("Jo Hans", "Jo Hansen")
    (False, False)
    """
    wa, wb = _uninflected(a), _uninflected(b)
    if not wa or len(wa) != len(wb) or (wa == a.split() and wb == b.split()):
        return False  # no article on either side: a person's name ("Peter Hans", "Peter Hansen")
    for x, y in zip(wa, wb, strict=True):
        short, long = sorted((x, y), key=len)
        if short != long and not (long.startswith(short) and long[len(short) :] in _CASE_ENDINGS):
            return False
    return True


#: generational suffixes that close a name and say nothing of whose it is ("Ann Ames Jr.")
_SUFFIXES = by_kind("grammar.tsv")["suffix"]


def _parts(name: str) -> list[str]:
    """A name's words, accents and a closing generational suffix dropped."""
    parts = _plain(name).split()
    while len(parts) > 1 and parts[-1].lower() in _SUFFIXES:
        parts.pop()
    return parts


def _surnames(parts: list[str]) -> set[str]:
    """The ways a name's surname may be written: its last word, hyphens dropped (``Min-jun`` /
    ``Min Jun``), the two last words run together, and each half of a double-barrelled surname
    (``King-Brell`` is Ms King's or Ms Brell's)."""
    last = parts[-1].lower()
    found = {last.replace("-", ""), *last.split("-")}
    if len(parts) > 2:  # "Seo Min Jun": the given name's two words, written with a hyphen too
        found.add((parts[-2] + parts[-1]).lower().replace("-", ""))
    return {f for f in found if f}


@lru_cache(maxsize=1 << 16)
def same_surname(a: str, b: str) -> bool:
    """Whether two names may end on one surname, however it is spelled, hyphenated or cut
    (``Seo Min-jun`` / ``Seo Min Jun``, ``Ann King-Brell`` / ``Ann King``, ``Ames Jr.`` /
    ``Ames``).

    >>> same_surname("Seo Min-jun", "Seo Min Jun"), same_surname("Ann Ames Jr.", "Ann Ames")
    (True, True)
    >>> same_surname("Ann King-Brell", "Ann Brell"), same_surname("Jo Smith", "Jo Jones")
    (True, False)
    """
    pa, pb = _parts(a), _parts(b)
    if not (pa and pb):
        return False
    return any(char_similarity(x, y) >= 0.75 for x in _surnames(pa) for y in _surnames(pb))


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
    return not same_surname(a.speaker, b.speaker)
