"""Words for attribution: the speech-verb lexicon and its forms, the closed word classes
(titles, honorifics, auxiliaries, particles, abbreviations), and the tokeniser. Data read from
``quotecheck/data`` with its provenance; the grammar (:mod:`.grammar`) is built on them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

import regex

from ..lexicon import by_kind, fold_accents, role_epithets, rows, words
from ..quotes import MASK

#: every form of every speech verb in the lexicon, to its lemma: a noun phrase stops at one
SPEECH_VERB_FORMS: dict[str, str] = {
    form.lower(): lemma for lemma, *forms in rows("speech_verbs.tsv") for form in (lemma, *forms)
}
#: forms that close a participle clause ("saying", "calling")
PARTICIPLES = frozenset(
    form for r in rows("speech_verbs.tsv") if len(r) > 3 for form in (r[3], r[3].capitalize())
)  # "Insisting the referee was …": one opening a sentence too
#: past forms, the ones a passive is made of ("was asked by", "as described by")
PAST_FORMS = frozenset(r[2].lower() for r in rows("speech_verbs.tsv") if len(r) > 2)
#: forms that double as nouns ("a comment", "the reports", "port calls")
NOUN_FORMS = frozenset(f.lower() for r in rows("speech_verbs.tsv") for f in r[:2]) - {"says"}
#: nouns for what somebody said, whose possessor said it ("Ames's claim that …")
SPEECH_NOUNS = words("speech_nouns.txt")
#: the verbs of saying that tell a speaker goes on, by language (``added``, ``ajoute``)
CONTINUING_VERBS = by_kind("continuing_verbs.tsv")
VerbMatch = re.Match
_WORD = re.compile(r"\w+")
#: a cue opening a sentence right after a quote that ended the one before (masked), with its
#: speaker's name and a colon: '… "a bad joke." Said Okafor: "…"'
_OPENING_AFTER_QUOTE = re.compile(
    MASK + r"[\"”’)]* ?(?P<word>[A-Z][a-z]+)(?= [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}:)"
)
#: what follows a present-tense verb opening its sentence as a cue: its inverted subject
#: (``Says Okafor:``, ``Says the report``) or an imperative's object (``Ask yourself:``), not a
#: noun (``State media``, ``Report cards``); a participle may open a clause on anything
#: (``Asked about``, ``Told of it``)
_OPENING_CUE_NEXT = regex.compile(
    r"\s*[:,]|\s+(?:\p{Lu}|(?:the|a|an|one|another|his|her|their|its"
    r"|me|us|you|yourself|yourselves|him|them)\b)"
)
TITLES = words("titles.txt")
HONORIFICS = words("honorifics.txt")
NOT_NAMES = words("not_names.txt")
#: words for a quantity ("six", "dozen"): capitalised in a headline, still no given name
NUMBER_WORDS = frozenset(word for word, *_ in rows("number_words.tsv"))
ORG_WORDS = words("organisation_words.txt")
#: the English nouns for one who speaks for a body (data/spokesperson_nouns.tsv)
SPOKESPERSON_NOUNS = frozenset(
    noun for language, noun in rows("spokesperson_nouns.tsv") if language == "en"
)
DOCUMENT_NOUNS = words("document_nouns.txt")
#: abbreviated titles to the role nouns news later uses for the same person ("Sen." -> senator)
TITLE_NOUNS: dict[str, tuple[str, ...]] = {
    abbreviation: tuple(nouns.split()) for abbreviation, nouns in rows("title_abbreviations.tsv")
}
#: a person by nationality ("the Spaniard"): someone named just before
DEMONYMS = words("demonyms.txt")
#: countries, states and capitals that are given names too ("Georgia", "Victoria")
PLACE_NAMES = words("places.txt")
#: a nationality's adjective by its noun for a person, where they differ ("dane": "danish")
DEMONYM_ADJECTIVES = {noun: adjective for noun, adjective in rows("demonym_adjectives.tsv")}
#: epithets for a role already named ("the head of state") and the roles they stand for
ROLE_EPITHETS = role_epithets("en")
_GRAMMAR = by_kind("grammar.tsv")
PARTICLES = _GRAMMAR["particle"]
#: adverbs that stand between a subject or an auxiliary and the verb ("was once called")
AUXILIARY_ADVERBS = _GRAMMAR["adverb"]
AUXILIARIES = _GRAMMAR["auxiliary"] | AUXILIARY_ADVERBS
ABBREVIATIONS = _GRAMMAR["abbreviation"]
#: abbreviated state names after a city ("Boulder, Colo.,"): a place, never a name
STATE_ABBREVIATIONS = _GRAMMAR["state"]
#: speech verbs whose object is the person addressed ("told Ames"), by lemma
ADDRESSEE_VERBS = _GRAMMAR["addressee"]
#: nouns that stand for a company, and the suffixes that end a company's name
COMPANY_NOUNS = _GRAMMAR["company_noun"]
COMPANY_SUFFIXES = _GRAMMAR["company_suffix"]
#: nouns for a police force, any of which stands for the force named ("the force said")
POLICE_NOUNS = _GRAMMAR["police_noun"]
#: nouns for the kind of body a name stands for ("the charity said" after "The Eastfield Food
#: Bank opened …"): the body the sentence before is about
BODY_NOUNS = _GRAMMAR["body_noun"]
#: the simple past of the commonest irregular verbs ("came", "sat"): a clause's verb
IRREGULAR_PASTS = _GRAMMAR["past"]
#: a party's adjective before a politician's name ("Republican Jo Ames"): no part of the name
PARTY_WORDS = _GRAMMAR["party"]
#: a party's noun for one member ("the Republican said"): after "the", an epithet like a
#: nationality's ("the Spaniard said") for the person named before
PARTY_MEMBERS = _GRAMMAR["party_member"]
#: a noun for a person by nation or party after "the" ("the Spaniard", "the Republican")
EPITHET_NOUNS = DEMONYMS | PARTY_MEMBERS
#: nouns numbering a part of a text ("Article 12 states"): with its number, a document
DOCUMENT_PARTS = _GRAMMAR["document_part"]
#: generational suffixes closing a name ("Jr.", "III"): part of the name, never its surname
NAME_SUFFIXES = _GRAMMAR["suffix"]
#: words that make a role another office: "deputy mayor", "opposition leader"
RANKS = _GRAMMAR["rank"]
#: letters after a name for a seat or an honour ("Jo Ames MP", "Jo Ames KC"): no part of it
POSTNOMINALS = _GRAMMAR["postnominal"]
#: nouns ending a place's name ("Lee County"): a given name before them names no person
PLACE_NOUNS = _GRAMMAR["place"]
#: nouns for a person by their tie to another: "Ames's partner", "Ames's lawyers"
RELATIONS = _GRAMMAR["relation"]
#: kinship nouns: "his wife, Ann Brell," is the one "his wife said" names later
KINSHIP = _GRAMMAR["kin"]
#: words that tell a person's gender (data/gendered_words.tsv)
GENDERED: dict[str, str] = {word: gender for gender, word in rows("gendered_words.tsv")}


class _NameTable(dict):
    """Lower-cased given names, which the tables write without accents, looked up with them or
    without (``renée`` is ``renee``, ``zoë`` is ``zoe``)."""

    def __contains__(self, name: object) -> bool:
        if dict.__contains__(self, name):
            return True
        return (
            isinstance(name, str) and not name.isascii() and dict.__contains__(self, _folded(name))
        )

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        found = dict.get(self, name, _ABSENT)
        if found is _ABSENT and not name.isascii():
            found = dict.get(self, _folded(name), _ABSENT)
        return default if found is _ABSENT else found


class _NameSet(frozenset):
    """A set of lower-cased given names, looked up with accents or without (see _NameTable)."""

    def __contains__(self, name: object) -> bool:
        if frozenset.__contains__(self, name):
            return True
        return (
            isinstance(name, str)
            and not name.isascii()
            and frozenset.__contains__(self, _folded(name))
        )


_ABSENT = object()
_folded = lru_cache(maxsize=4096)(fold_accents)
#: known first names, each with the gender it tells when one sex bears it at least 95% of the
#: time, else None: the U.S. table (data/first_names.tsv), then names borne around the world
#: that it lacks (data/world_given_names.tsv), then the French and German tables' (``Michel``,
#: ``Jürgen``: common there, rare in the U.S.)
FIRST_NAMES: dict[str, str | None] = _NameTable(
    (name, None if gender == "either" else gender)
    for table in (
        "fr/given_names.tsv",
        "de/given_names.tsv",
        "world_given_names.tsv",
        "first_names.tsv",
    )
    for gender, name in rows(table)
)
#: first names that are no common word news capitalises ("Said Okafor:", "Will Ames …")
GIVEN_NAMES = _NameSet(frozenset(FIRST_NAMES) - SPEECH_VERB_FORMS.keys() - NOT_NAMES - AUXILIARIES)


def lone_given_name(word: str) -> bool:
    """Whether one word in title case is a given name that is no common word and no place
    (``Jane``, not ``Will``, ``Hope`` or ``Georgia``): a person the text names by it alone."""
    low = word.lower()
    return word[1:].islower() and low in GIVEN_NAMES and low not in PLACE_NAMES


#: a full stop close enough after a word's first letter to end an abbreviation or an initial:
#: checked first, so that most words never try the list of abbreviations
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_FULL_STOP_NEAR = rf"(?=[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.]{{0,{_LONGEST_ABBREVIATION - 1}}}\.)"
_TOKEN = regex.compile(  # one group: split() returns the tokens between the spaces
    "(" + _FULL_STOP_NEAR + r"(?:(?i:\b\L<abbreviations>\.)|\b(?:\p{Lu}\.){1,3}(?!\p{L}))"
    # a number with its thousands set off by commas ("3,000") is one word, not three
    r"|\p{N}{1,3}(?:,\p{N}{3})+(?![\p{L}\p{N}])"
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{Cf}’'\-]*|" + MASK + r"+|\S)",
    abbreviations=sorted(ABBREVIATIONS, key=len, reverse=True),
)
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
PERSONAL = frozenset({"he", "she"})  # pronouns resolved to a person; the others stay unknown
RELATIVES = frozenset({"who", "whom"})
_APOSTROPHE = regex.compile(r"[’']")
#: a token: its start, its end and its text
Token = tuple[int, int, str]


def tokens(text: str, base: int = 0) -> list[Token]:
    """Words and marks with their offsets; a period stays on abbreviations and initials only.

    >>> [t[2] for t in tokens("Sen. J. Smith said it.")]
    ['Sen.', 'J.', 'Smith', 'said', 'it', '.']
    """
    return indexed_tokens(text, base)[0]


def indexed_tokens(text: str, base: int = 0) -> tuple[list[Token], list[int], list[int]]:
    """The tokens of ``text`` with their starts and their ends as lists of their own, for a
    search by offset."""
    parts = _TOKEN.split(text)  # the spaces before each token, the token, …, the spaces last
    offsets = list(accumulate(map(len, parts), initial=base))  # where each part starts
    starts, ends = offsets[1:-1:2], offsets[2::2]
    return list(zip(starts, ends, parts[1::2], strict=True)), starts, ends  # all in C


def _trie(forms: list[str]) -> str:
    """One pattern for ``forms`` shaped as a trie (``sa(?:id|ys?)``): the regex engine walks it
    letter by letter instead of trying every form in turn."""
    root: dict = {}
    for form in forms:
        node = root
        for letter in form:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(k) + pattern(node[k]) for k in sorted(node) if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + ("?" if "" in node else "")

    return pattern(root)


@lru_cache(maxsize=1)
def _verb_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The speech-verb forms of several words, those of one word in lower case, and those of one
    word capitalised at a sentence's start, each as whole words and shaped as a trie: one pass
    over the text in C each, about twice as fast as a scan of every word with a lookup in the
    lexicon. Compiled on first use (30 ms), so that commands that attribute nothing do not pay
    for it."""
    multi = sorted(f for f in SPEECH_VERB_FORMS if " " in f)
    one = sorted(f for f in SPEECH_VERB_FORMS if f.isascii() and f.isalpha() and f.islower())
    opening = _trie(sorted(f.capitalize() for f in one if len(f) > 1))
    return (
        re.compile(r"\b" + _trie(multi) + r"\b"),
        re.compile(r"\b" + _trie(one) + r"\b"),
        re.compile(r"(?:^|[.!?\n][ ]{0,2})(?P<word>" + opening + r")\b"),
    )


def speech_verbs(text: str) -> list[VerbMatch]:
    """Every speech-verb form in ``text``, in order."""
    multi_word, one_word, opening_word = _verb_patterns()
    multi = list(multi_word.finditer(text))
    taken = {m.start() for m in multi}
    single = [
        m
        for m in one_word.finditer(text)
        if m.start() not in taken and text[m.start() - 1 : m.start()] != "-"  # "so-called"
    ]
    opening = [  # a sentence opening on its cue: "Said Okafor: …"
        _WORD.match(text, m.start("word"))
        for pattern in (opening_word, _OPENING_AFTER_QUOTE)
        for m in pattern.finditer(text)
        if m.group("word").lower() in SPEECH_VERB_FORMS
        and (
            m.group("word").endswith("ing")
            or m.group("word").lower() in PAST_FORMS
            or _OPENING_CUE_NEXT.match(text, m.end("word"))
        )
    ]  # after a quote only "Said Okafor:", not '"…," State spokesman Jo Ames said'
    return sorted([*multi, *single, *opening], key=lambda m: m.start())


_TITLE_PREFIXES = frozenset({"co", "ex", "vice", "deputy", "acting"})


@lru_cache(maxsize=1 << 14)  # the same few thousand capitalised words, asked again and again
def is_title(token: str) -> bool:
    """Whether ``token`` is a title or role word (``Minister``, ``Sen.``, ``spokesman``)."""
    low = token.lower()
    if "-" in low and low not in TITLES:  # "Secretary-General", "Vice-President", "co-chair"
        first, *_, last = low.removesuffix("’s").split("-")
        return last in TITLES and (first in TITLES or first in _TITLE_PREFIXES)
    return (
        low in TITLES
        or low.rstrip(".") in TITLES
        or low.removesuffix("’s") in TITLES
        or (token[:1].isupper() and low.endswith("s") and low[:-1] in TITLES)  # "Councillors"
    )


def bare(word: str) -> str:
    """A word without a contracted verb: ``he’s`` is ``he``."""
    return _APOSTROPHE.split(word.lower(), maxsplit=1)[0]


def person_noun(word: str) -> bool:
    """Whether a lower-case noun, singular or plural, stands for a person: a title or role
    (``aide``), a gendered word (``wife``), a tie to another (``partner``, ``lawyers``)."""
    singular = word.removesuffix("s") if len(word) > 3 else word
    return any(is_title(w) or w in GENDERED or w in RELATIONS for w in {word, singular})
