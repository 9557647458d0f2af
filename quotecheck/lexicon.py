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


def _agreed(forms: frozenset[str]) -> frozenset[str]:
    """The forms with their past participles agreeing with a feminine or plural subject, as
    pronominal verbs make them (``elle s'est indignée``, ``ils se sont exclamés``, ``elle s'est
    défendue``)."""
    agreed = set(forms)
    for form in forms:
        if form.endswith(("é", "i", "u")):
            agreed |= {form + "e", form + "s", form + "es"}
        elif form.endswith(("it", "is")):
            agreed |= {form + "e", form + "es"}
    return frozenset(agreed)


def _narrated(forms: frozenset[str]) -> frozenset[str]:
    """The forms with the imparfait and the passé simple of the first-group verbs whose past
    participle they hold (``regretté``: ``regrettait``, ``regrettaient``, ``regretta``), the
    tenses of narration that set a quote in a report (``regrettait lundi la maire``), their
    present plural (``racontent-ils``) and their infinitive (``Et de raconter``); ``c`` and ``g``
    keep their sound before ``a`` (``lançait``, ``jugeait``)."""
    derived = set(forms)
    for form in forms:
        if len(form) <= 3 or not form.endswith("é"):
            continue
        stem = form[:-1]
        before_a = _BEFORE_A.get(stem[-1], stem[-1])  # "lanç-ait", "juge-ait"
        derived |= {stem + "ent", stem + "er"}  # "racontent", the infinitive "raconter"
        derived |= {stem[:-1] + before_a + end for end in ("ait", "aient", "a")}
    return frozenset(derived)


def _future(forms: frozenset[str]) -> frozenset[str]:
    """The forms with the future of every infinitive they hold, third person singular and
    plural (``expliquera``, ``répondront``, ``diront``): a report sets what someone will say
    as it sets what they said (``Certains lui répondront : « … »``)."""
    future = set(forms)
    for form in forms:
        if form.endswith(("er", "ir")):
            future |= {form + "a", form + "ont"}
        elif form.endswith("re"):
            future |= {form[:-1] + "a", form[:-1] + "ont"}
    return frozenset(future)


#: how a stem's last letter is written before ``a`` so that it keeps its sound
_BEFORE_A = {"c": "ç", "g": "ge"}


def _reformed(forms: frozenset[str]) -> frozenset[str]:
    """The forms with their spelling of the 1990 rectifications too, which drop the circumflex
    of ``î`` and ``û`` (``enchainé``, ``connait``), as much online copy writes them."""
    return forms | {f.replace("î", "i").replace("û", "u") for f in forms}


@cache
def french_speech_verbs() -> frozenset[str]:
    """The French verbs of saying (data/fr/speech_verbs.txt) in every form news sets next to a
    quote: the list's, the imparfait, passé simple, plural and infinitive its participles make,
    the future, the agreeing participles and the 1990 spelling; the quote finder's incises
    and the attribution rules read the same forms."""
    return _reformed(_agreed(_future(_narrated(words("fr/speech_verbs.txt")))))
