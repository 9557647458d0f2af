"""British vs American spelling: whether two words are the same word in two spellings.

The word pairs and the regular patterns (``-our/-or``, ``-ence/-ense``, ``-ise/-ize``…) are data in
``data/spelling_pairs.tsv`` and ``data/spelling_rules.tsv`` with their provenance; the spellings
either English accepts (``OK`` / ``okay``) in ``data/spelling_variants.tsv``. A pattern is
only ever checked against a pair of words that were both seen, so it cannot invent a spelling.
"""

from __future__ import annotations

from functools import cache

import regex

from .lexicon import rows

_PAIRS: dict[str, str] = {uk: us for uk, us in rows("spelling_pairs.tsv")}
#: two accepted spellings of one word in any English (``OK`` / ``okay``), by house style
_VARIANTS: dict[str, str] = {one: other for one, other in rows("spelling_variants.tsv")}
_US_TO_UK: dict[str, str] = {us: uk for uk, us in _PAIRS.items()}
_RULES = tuple((name, regex.compile(uk), us) for name, uk, us, *_ in rows("spelling_rules.tsv"))


@cache
def american(word: str) -> tuple[str, str | None]:
    """The American spelling of a lower-case word and the rule used (None when unchanged).

    >>> american("neighbours"), american("defence"), american("table")
    (('neighbors', '-our/-or'), ('defense', '-ence/-ense'), ('table', None))
    """
    if word in _PAIRS:
        return _PAIRS[word], "word list"
    for name, pattern, replacement in _RULES:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed, name
    return word, None


#: the varieties of spelling the rules of ``spelling_rules.tsv`` tell apart, by rule; every
#: other rule is British against American spelling
_VARIETY = {
    "ß/ss": "German/Swiss spelling (ß/ss)",
    "é/è": "French spelling, traditional or of 1990 (é/è)",
    "time": "time of day written another way",
    "variant": "another accepted spelling of the word",
    "a/an": "a or an before the same word (usage)",
}


def spelling_variety(rule: str) -> str:
    """What a spelling rule sets apart, as a report names it: ``UK/US spelling``, or ``German/
    Swiss spelling (ß/ss)``, so that an editor of German copy is not told of British English."""
    return _VARIETY.get(rule.removeprefix("spelling "), "UK/US spelling")


def spelling_rule(a: str, b: str) -> str | None:
    """The rule under which ``a`` and ``b`` are one word in British and American spelling.

    Case is kept apart: ``Defence`` and ``defense`` are not a pure spelling variant.

    >>> spelling_rule("Defence", "Defense"), spelling_rule("defence", "defense")
    ('-ence/-ense', '-ence/-ense')
    >>> spelling_rule("color", "colour"), spelling_rule("defence", "offence")
    ('-our/-or', None)
    """
    la, lb = a.lower(), b.lower()
    if _VARIANTS.get(la) == lb or _VARIANTS.get(lb) == la:
        return "variant"  # "OK" / "okay": either, in any English
    if a == b or (a[:1].isupper() != b[:1].isupper()):
        return None
    for uk, us in ((la, lb), (lb, la)):
        if _PAIRS.get(uk) == us:
            return "word list"
        converted, rule = american(uk)
        if rule and converted == us:
            return rule
    return None


def spelling_key(word: str) -> str:
    """A key equal for both spellings of a word: its American lower-case form."""
    low = word.lower()
    return american(_VARIANTS.get(low, low))[0]
