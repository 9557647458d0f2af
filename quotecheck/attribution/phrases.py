"""Noun phrases for attribution: what a run of words names. A mention is the phrase an
attribution uses: a name with its title (``EU trade chief Carla Moreau``), a pronoun (``she``), a
relative (``who``), a role noun (``the minister``), a body (``the Bank of Westmark``), a document
(``the text of the X``) or another noun phrase (``one employee``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .words import (
    AUXILIARIES,
    DOCUMENT_NOUNS,
    FIRST_NAMES,
    HONORIFICS,
    NAME_SUFFIXES,
    NOT_NAMES,
    ORG_WORDS,
    PARTICLES,
    POSTNOMINALS,
    SPEECH_VERB_FORMS,
    TITLES,
    Token,
    is_title,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .grammar import Grammar

#: mentions that name a speaker, or point at one (the others are phrases)
RESOLVED = ("name", "organisation", "document", "role", "pronoun", "relative")
INITIAL = regex.compile(r"\p{Lu}\.")
_POSSESSIVE_END = regex.compile(r"[’']s?$")
#: ordinals inside a common noun phrase ("the second official"), never a name's words
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last"})


@dataclass(frozen=True)
class Mention:
    """Words that name a possible speaker, at ``start:end`` in the text."""

    start: int
    end: int
    text: str
    kind: str  # name | organisation | pronoun | relative | role | document | phrase
    name: str | None = None
    role: str | None = None


def _is_cap(token: str) -> bool:
    """Whether a token can be part of a name: capitalised, no word that never names, and no
    compound that describes (``Larchmont-born``, ``Valbourg-based``)."""
    return (
        token[:1].isupper()
        and token.lower().rstrip(".") not in NOT_NAMES
        and not _DESCRIBING_COMPOUND.search(token)
    )


#: a capitalised compound ending in a lower-case word: "Larchmont-born", "Valbourg-backed"
_DESCRIBING_COMPOUND = regex.compile(r"^\p{Lu}\p{L}+(?:-\p{L}+)*-\p{Ll}+$")
#: a given name of two short syllables joined by a hyphen, as Korean and Chinese names are
#: romanised ("Jae-min", "Ki-moon", "Ing-wen"), and the short family name written before it
_SYLLABLES = regex.compile(r"\p{Lu}\p{Ll}{0,3}-\p{Ll}{1,4}")
_FAMILY_NAME = regex.compile(r"\p{Lu}\p{Ll}{0,4}")


def _syllable_given_name(run: list[Token], k: int) -> bool:
    """Whether ``run[k]`` is a given name of hyphened syllables after a family name (``Lee
    Jae-min``): a part of a name, though it ends in lower case as "Larchmont-born" does."""
    return (
        k > 0
        and bool(_SYLLABLES.fullmatch(run[k][2]))
        and bool(_FAMILY_NAME.fullmatch(run[k - 1][2]))
        and _is_cap(run[k - 1][2])
        and not is_title(run[k - 1][2])
    )


def np_word(token: str, named: bool = False) -> bool:
    """Whether a token can be part of a speaker's noun phrase; ``named``: a capitalised word
    after a determiner, a name even when it is also a verb (``The Post``, ``the Report``)."""
    low = token.lower()
    if not token[:1].isalnum():
        return False
    if low in SPEECH_VERB_FORMS and not (named and token[:1].isupper()):
        return False
    if token[:1].isupper():
        return low.rstrip(".") not in NOT_NAMES or low.rstrip(".") in TITLES
    return low in _ORDINALS or (low not in NOT_NAMES and low not in AUXILIARIES)


def document_noun(word: str) -> bool:
    """Whether ``word`` names a kind of text, in the singular or the plural (``records``)."""
    low = word.lower()
    return low in DOCUMENT_NOUNS or (low.endswith("s") and low[:-1] in DOCUMENT_NOUNS)


def _title_as_surname(run: list[Token], at: int) -> bool:
    """Whether the title word at ``at`` is the surname of the given name or the honorific
    before it (``Rep. Ann King``, ``Jo Lee King Jr.``, ``Mrs King``): the name's last word but
    for a suffix."""
    before = run[at - 1][2] if at > 0 else ""
    return (
        (before.lower() in FIRST_NAMES and before[:1].isupper())
        or before.lower() in _SURNAME_HONORIFICS
    ) and all(t[2].lower() in NAME_SUFFIXES for t in run[at + 1 :])


#: honorifics written before a surname alone ("Mrs King", "Dr Bishop"), unlike "Sir" and "Dame"
_SURNAME_HONORIFICS = HONORIFICS - {"sir", "dame"}


#: a body's name joined by "and" (``Larchmont Fire and Rescue Service``): whole, however long
_BODY_JOINED = regex.compile(
    r"\s(?:and|&)\s+(?:\p{Lu}\S*\s+)*(?i:"
    + "|".join(sorted((regex.escape(w) for w in ORG_WORDS), key=len, reverse=True))
    + r")$"
)


#: what joins a role to its field before a name: "Secretary of State", "Minister for Energy"
_COMPLEMENTED = frozenset({"of", "for"})


#: the particles of a phrasal verb of saying in a headline: "Speaks Out", "Hits Back"
_VERB_PARTICLES = frozenset({"out", "back", "up", "off"})


def _without_headline_verb(run: list[Token]) -> list[Token]:
    """A run of capitalised words less a headline's verb of saying in the third person at its
    end (``Tom Brell Speaks Out``, ``Ann King Warns``): a person's name, a given name in it,
    never ends on one."""
    end = len(run)
    if end > 3 and run[-1][2].lower() in _VERB_PARTICLES:
        end -= 1
    last = run[end - 1][2] if end else ""
    if (
        end > 2
        and last[:1].isupper()
        and last.lower().endswith("s")
        and last.lower() in SPEECH_VERB_FORMS
        and any(t[2].lower() in FIRST_NAMES for t in run[: end - 1])
    ):
        return run[: end - 1]
    return run


def split_name(
    run: list[Token], text: str, descriptor: Callable[[str], bool] | None = None
) -> Mention | None:
    """Split a noun phrase into role and name: ``EU trade chief`` + ``Carla Moreau``;
    ``descriptor`` tells the words before a given name that describe the person rather than
    begin their name."""
    if not run:
        return None
    run = _without_headline_verb(run)
    if (
        len(run) > 2
        and run[-1][2].isupper()
        and run[-1][2].lower() in POSTNOMINALS
        and _is_cap(run[-2][2])
        and not is_title(run[-2][2])
    ):
        run = run[:-1]  # "Anil Varma MP": the seat's letters are no part of the name
    k = len(run)
    while (
        k > 0
        and (
            _is_cap(run[k - 1][2])
            or _syllable_given_name(run, k - 1)
            or run[k - 1][2].lower() in PARTICLES
            or (run[k - 1][2] == "&" and k > 1 and k < len(run))  # "Procter & Gamble"
            or (  # "Larchmont Fire and Rescue Service": "and" inside one body's name
                run[k - 1][2] == "and"
                and 1 < k < len(run)
                and run[-1][2].lower() in ORG_WORDS
                and _is_cap(run[k - 2][2])
                and run[k - 2][2].lower() not in ORG_WORDS  # not "the Post and the Times"
            )
        )
        and (not is_title(run[k - 1][2]) or _title_as_surname(run, k - 1))
    ):
        k -= 1
    name_tokens = run[k:]
    role_tokens = [t for t in run[:k] if t[2].lower() not in HONORIFICS]
    start, end = run[0][0], run[-1][1]
    span = text[start:end]
    if not name_tokens:
        possessive = [n for n, t in enumerate(run[:-1]) if _POSSESSIVE_END.search(t[2])]
        head_phrase = run[possessive[-1] + 1 :] if possessive else run  # "the senator’s aide"
        if any(is_title(t[2]) for t in head_phrase):
            return Mention(start, end, span, "role", role=" ".join(t[2] for t in run))
        head = run[-1][2]
        if len(run) == 1 and head.endswith("ing"):
            return None  # a participle or a gerund ('…," giving states', "spending"): nobody
        body = head.lower() in ORG_WORDS  # "the prominent Harbourside civil rights group"
        if (
            (len(run) <= 4 or (body and len(run) <= 6))
            and not head[:1].isupper()
            and any(c.isalpha() for c in head)
        ):
            if body and not document_noun(head):  # "Lee’s office"
                return Mention(start, end, span, "organisation", name=span)  # not "Lee’s post"
            if document_noun(head) or document_noun(" ".join(t[2] for t in run[-2:])):
                # "the lawsuit", "a 2013 study", "disclosures show", "a press release"
                return Mention(start, end, span, "document", name=span)
            return Mention(start, end, span, "phrase")  # "one employee", "Lee supporters"
        return None
    if name_tokens[0][2].islower() and not any(t[2][:1].isupper() for t in name_tokens):
        return None  # particles alone ("de", "van") name nobody; "von der Brandt" does
    owner = [n for n, t in enumerate(name_tokens[:-1]) if _POSSESSIVE_END.search(t[2])]
    if owner and all(t[2].lower() in ORG_WORDS for t in name_tokens[owner[-1] + 1 :]):
        owner = []  # "the Alzheimer's Society", "the Women's Institute": one body's name
    if owner:  # "Eastfield News’ Dana Quist": the outlet is a role, the name follows it
        cut = owner[-1] + 1
        role_tokens, name_tokens = [*role_tokens, *name_tokens[:cut]], name_tokens[cut:]
    given = next(
        (i for i, t in enumerate(name_tokens[1:-1], 1) if t[2].lower() in FIRST_NAMES), None
    )
    # a role's "of" or "for", with its article maybe: "Leader of the Opposition Ann Lee"
    complemented = bool(role_tokens) and (
        role_tokens[-1][2] in _COMPLEMENTED
        or (role_tokens[-1][2] == "the" and [t[2] for t in role_tokens[-2:-1]] in (["of"], ["for"]))
    )
    if (
        given is not None
        and (
            complemented  # "Secretary of State Ann Lee"
            or (
                descriptor
                and all(
                    descriptor(t[2]) and t[2].lower() not in FIRST_NAMES
                    for t in name_tokens[:given]
                )
            )
        )
    ):
        # "House Mike Johnson", "Billionaire Ann Lee": the name starts at its given name
        role_tokens, name_tokens = [*role_tokens, *name_tokens[:given]], name_tokens[given:]
    # "Dunmore Alderman Jo C. Smith": the last words are the name; after a role's "of" or
    # "for" its complement takes a word ("Minister for Energy Jo Smith"): a name of two words
    after_of = complemented and given is None
    longest, kept = (2, 2) if after_of else (4, 3)
    words = [i for i, t in enumerate(name_tokens) if t[2].lower() not in PARTICLES]
    if len(words) > longest and not _BODY_JOINED.search(" ".join(t[2] for t in name_tokens)):
        # a particle is no word of its own: "Ana Lima da Silva" is three
        keep = kept + sum(bool(INITIAL.fullmatch(name_tokens[i][2])) for i in words[-kept - 1 :])
        cut = words[-keep] if keep <= len(words) else 0
        role_tokens, name_tokens = [*role_tokens, *name_tokens[:cut]], name_tokens[cut:]
    name = " ".join(t[2] for t in name_tokens)
    kind = (
        "organisation"
        if any(t[2].lower() in ORG_WORDS or t[2] == "&" for t in name_tokens)
        else "name"
    )
    titled = any(is_title(t[2]) for t in role_tokens) or len(run) > len(name_tokens) + 2
    role = " ".join(t[2] for t in role_tokens) if titled else None
    if role is None:  # words before the name that are no title are not part of it
        start = name_tokens[0][0]
    return Mention(start, end, text[start:end], kind, name=name, role=role)


def of_phrase(grammar: Grammar, before: list[Token], mention: Mention) -> Mention:
    """The noun phrase a proper noun ends when ``of``, ``for`` or ``in`` joins it to capitalised
    words before it: a body (``the Bank of England``), a title (``Speaker of the House Mike
    Johnson``), or a person and where they are from or what they belong to (``Jo Ames of
    Cheyenne``, ``Jo Ames, of the residents' group``, ``Jo Ames, with the sheriff's office``:
    the person)."""
    if (person := _person_of_body(grammar, before)) is not None:
        return person
    words = mention.text.split()
    named_in_full = mention.kind == "name" and len(words) > 1 and words[0].lower() in FIRST_NAMES
    if before[-1:] and before[-1][2] == "," and not named_in_full:
        # "Jo Ames of Valbourg, Larchmont says": a town and its state after the person, who
        # speaks; not "With Jo Ames of the Post, Tom Brell says": a person of their own
        k = len(before) - 1
        while k > 0 and _is_cap(before[k - 1][2]):
            k -= 1
        if 0 < k < len(before) - 1 and (person := _person_of_body(grammar, before[:k])):
            return person
    while mention.text[:1].isupper():
        n = len(before)
        if n and before[-1][2] == "the":
            n -= 1
        joiner = before[n - 1][2] if n >= 2 else ""
        if joiner not in {"of", "for", "in"} and not (
            joiner == "and" and mention.kind == "organisation"
        ):
            return mention
        head: list[Token] = []
        rest = before[: n - 1]
        for i in range(len(rest) - 1, -1, -1):
            word = rest[i][2]
            initial = word == "." and i > 0 and len(rest[i - 1][2]) == 1  # "G.K. Ames"
            if not (initial or _is_cap(word) or word.lower() in PARTICLES) or word == "The":
                break
            head.insert(0, rest[i])
        if not head:
            return mention
        if joiner == "and":  # "Larchmont Fire and Rescue Service": one body's name
            if head[0][2].lower() in FIRST_NAMES or head[-1][2].lower() in ORG_WORDS:
                return mention  # "Jo Ames and …", "the Post and the Times": two of them
            start = head[0][0]
            span = grammar.text[start : mention.end]
            return Mention(start, mention.end, span, "organisation", name=span)
        joined = _joined(grammar, head, mention, before[n - 1][2])
        if joined is None:
            return mention
        if joined.kind == "name" and joined.end <= mention.start:
            return joined  # the person; where they are from is no part of the name
        mention, before = joined, [t for t in before if t[1] <= joined.start]
    return mention


#: what stands between a person's name and a body they belong to: "Jo Ames(,) of the …",
#: "Jo Ames, with the sheriff's office, said"
_MEMBER_OF = frozenset({"of", "from", "with"})
_ARTICLES = frozenset({"the", "a", "an"})


def _person_of_body(grammar: Grammar, before: list[Token]) -> Mention | None:
    """The person named right before ``of``, ``from`` or ``with`` and what they belong to, with
    or without a comma between (``Jo Ames, of the residents' group said``), or None."""
    n = len(before) - (bool(before) and before[-1][2].lower() in _ARTICLES)
    if n < 2 or before[n - 1][2] not in _MEMBER_OF:
        return None
    n -= 1 + (before[n - 2][2] == ",")
    head: list[Token] = []
    for token in reversed(before[:n]):
        if not _is_cap(token[2]):
            break
        head.insert(0, token)
    return _person(grammar, head) if head else None


def _person(grammar: Grammar, head: list[Token]) -> Mention | None:
    """The person capitalised words name, with a role or a known given name first."""
    person = split_name(head, grammar.text, grammar.describes)
    if person is None or person.kind != "name" or not person.name:
        return None
    return person if person.role or person.name.split()[0].lower() in FIRST_NAMES else None


def _named_after_body(grammar: Grammar, mention: Mention) -> Mention | None:
    """The person named after the body a title is of (``Inspector General of Police K Ames``,
    ``Commissioner of Police Jo Ames``): two or three capitalised words after the body's last
    word, opening on a given name or an initial."""
    toks = grammar.tokens(mention.start, mention.end)
    last_body = max((i for i, t in enumerate(toks) if t[2].lower() in ORG_WORDS), default=None)
    if last_body is None:
        return None
    rest = toks[last_body + 1 :]
    if len(rest) > 3 and rest[0][2] == "(" and rest[1][2].isupper() and rest[2][2] == ")":
        rest = rest[3:]  # its acronym: "Inspector General of Police (IGP) K Ames"
    if not 2 <= len(rest) <= 3 or not all(_is_cap(t[2]) and not is_title(t[2]) for t in rest):
        return None
    first = rest[0][2]
    if any(t[2].lower() in ORG_WORDS for t in rest) or not (
        first.lower() in FIRST_NAMES or len(first.rstrip(".")) == 1
    ):
        return None
    name = " ".join(t[2] for t in rest)
    return Mention(rest[0][0], rest[-1][1], name, "name", name=name)


def _joined(grammar: Grammar, head: list[Token], mention: Mention, joiner: str) -> Mention | None:
    """What ``head`` + ``joiner`` (of, for, in) + ``mention`` names, or None if they are no one
    phrase; ``in`` joins only a title, a body or a named person to a place (``Police in
    Dover``, ``Tom Reyes in Dover``)."""
    start, end, last = head[0][0], mention.end, head[-1][2].lower()
    span = grammar.text[start:end]
    if is_title(last):
        if mention.kind == "name" and mention.name and " " in mention.name:
            name = mention.name
            whole = split_name(grammar.tokens(start, end), grammar.text, grammar.describes)
            if whole and whole.name and " " in whole.name and name.endswith(" " + whole.name):
                name = whole.name  # "Minister for Energy Jo Smith": the field is no name
            role = grammar.text[start : end - len(name)].strip()  # "Speaker of the House"
            return Mention(start, end, span, "name", name, role)
        if mention.kind == "organisation" and (person := _named_after_body(grammar, mention)):
            role = grammar.text[start : person.start].strip()  # "Commissioner of Police Jo Ames"
            return Mention(start, end, span, "name", person.name, role)
        if mention.kind == "organisation":  # "the CEO of Acme": Acme, with its role
            return Mention(start, end, span, "organisation", mention.name, head[-1][2])
        return Mention(start, end, span, "role", role=span)  # "the Secretary of State"
    if last in ORG_WORDS:
        if mention.kind == "name" and mention.role and mention.name:
            role = grammar.text[start : end - len(mention.name)].strip()
            return Mention(start, end, span, "name", mention.name, role)  # "Bank of X analyst Jo"
        return Mention(start, end, span, "organisation", name=span)
    person = split_name(head, grammar.text, grammar.describes)
    if person is not None and person.kind == "name":
        words = (person.name or "").split()
        if (
            person.role
            or words[0].lower() in FIRST_NAMES
            or INITIAL.match(words[0])
            or (len(words) == 1 and joiner != "in" and grammar.named_inside_sentences(words[0]))
        ):
            return person
    if len(head) >= 2 and joiner != "in":  # "the Orthodox Patriarchate of Valbourg"
        return Mention(start, end, span, "organisation", name=span)
    return None
