"""Hypothesis strategies for quotecheck's values: public, for your own property-based tests.

Install with ``pip install 'quotecheck-news[strategies]'``. The strategies generate speakers, quotes
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
        "quotecheck.strategies needs hypothesis: pip install 'quotecheck-news[strategies]'"
    ) from err

from .drift import SPEAKER_WORDS
from .lexicon import function_words, rows
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
#: the pronoun news would use for each first name (quotecheck reads gender from first names)
PRONOUN_OF = {
    **dict.fromkeys(("Ana", "Carla", "Eun", "Greta", "Ines"), "she"),
    **dict.fromkeys(("Bruno", "Dmitri", "Farid", "Hiro", "Jonas"), "he"),
}
SURNAMES = ("Moreau", "Oduya", "Varga", "Lindqvist", "Kaplan", "Sato", "Novak", "Reyes", "Haddad")
_STOPWORDS = function_words()
#: edits :func:`drifted` makes under a name of their own, and the kind the comparator gives them
MADE_AS = {"punctuation_inside": "punctuation_placement"}  # minor inside, style at the end
#: every edit :func:`drifted` can make: the comparator's kinds, and the names in MADE_AS
DRIFT_KINDS = (
    "punctuation_placement",
    "typography",
    "spelling",
    "serial_comma",
    "case",
    "hyphenation",
    "punctuation_inside",
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
    "abbreviation_style",
    "speaker_conflict",
    "speaker_name",
)
_SPELLING = tuple((uk, us) for uk, us in rows("spelling_pairs.tsv"))


@dataclass(frozen=True)
class Drifted:
    """A quote, another outlet's version of it, and the edit that was made: the kind the
    comparator is to give it, and the words on each side."""

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
        # named right after the quote ("…," Ruiz said): sure enough to set speakers apart
        attribution=Attribution(
            speaker,
            speaker.split()[-1],
            cue="said",
            method="after",
            confidence=0.95,
            source_type="person",
        ),
    )


def drifted(
    kinds: Sequence[str] = DRIFT_KINDS, min_words: int = 6, max_words: int = 14
) -> st.SearchStrategy[Drifted]:
    """A quote and a variant differing by one edit of one of ``kinds`` (the arguments are
    checked here, when the strategy is built)."""
    return _drifted(_checked("edit kinds", kinds, DRIFT_KINDS), quote_words(min_words, max_words))


@st.composite
def _drifted(
    draw: st.DrawFn, kinds: list[str], words_strategy: st.SearchStrategy[list[str]]
) -> Drifted:
    kind = draw(st.sampled_from(kinds))
    words = draw(words_strategy)
    speaker = draw(speakers())
    i = draw(st.integers(1, len(words) - 3))
    base, new = list(words), list(words)
    removed = added = ""
    after = ""
    other_speaker = speaker
    if kind == "punctuation_inside":  # a punctuation_placement edit, minor inside the sentence
        base[i] += ";"
        new[i] += ":"
        removed, added = ";", ":"
    elif kind == "punctuation_placement":  # at the quote's end
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
    elif kind == "abbreviation_style":
        written = draw(st.sampled_from((("U.S.", "US"), ("U.K.", "UK"), ("Dr.", "Dr"))))
        base[i:i] = [written[0], "Ames"] if written[0] == "Dr." else [written[0]]
        new[i:i] = [written[1], "Ames"] if written[0] == "Dr." else [written[1]]
        removed, added = written
    elif kind == "speaker_conflict":
        other_speaker = draw(speakers().filter(lambda s: s.split()[-1] != speaker.split()[-1]))
        removed, added = speaker, other_speaker
        # a speaker conflict needs telling words both quote (SPEAKER_WORDS outside stopwords)
        telling = [w for w in WORDS if w not in _STOPWORDS and w not in base]
        missing = max(0, SPEAKER_WORDS - sum(w not in _STOPWORDS for w in base))
        base += telling[:missing]
        new = list(base)
    elif kind == "speaker_name":
        first, last = speaker.split()
        other_speaker = f"{first} {last[:-1]}{last[-1] * 2}"
        removed, added = speaker, other_speaker
    original = _quote("a.txt", " ".join(base), speaker, after)
    variant = _quote("b.txt", " ".join(new), other_speaker)
    made = MADE_AS.get(kind, kind)
    return Drifted(original, replace(variant, after=""), made, removed, added)


#: quote mark styles the extractor reads, by name
MARKS = {
    "straight": ('"', '"'),
    "curly": ("“", "”"),
    "guillemets": ("«", "»"),
    "low-high": ("„", "“"),
    # newswire corpora and text set for TeX: two grave accents and two apostrophes, one and one
    "newswire": ("``", "''"),
    "newswire-single": ("`", "'"),
    # German typed without the low mark: two commas, closed by two apostrophes
    "typed-low": (",,", "''"),
}
#: attribution shapes :func:`attributed_sentences` writes
SHAPES = (
    "after",
    "inverted",
    "pronoun",
    "colon",
    "comma",
    "that",
    "split",
    "according to",
    "who",
    "called it",
    "participle",
    "epithet",
    "role set off",
    "taken up",
)
#: countries an envoy is sent to, for a role set off before a name
_POSTS = ("Norway", "Chile", "Kenya", "Japan", "Portugal", "Canada")
#: speech verbs that read well with no object: "…," Moreau said / warned / added
VERBS = (
    "said",
    "added",
    "noted",
    "warned",
    "insisted",
    "argued",
    "explained",
    "stressed",
    "wrote",
    "conceded",
    "declared",
    "remarked",
    "recalled",
    "replied",
)
ROLES = ("Finance Minister", "Senator", "trade chief", "Mayor", "union spokesman")


#: attribution shapes :func:`attributed_sentences` writes in German and in French
SHAPES_BY_LANGUAGE = {
    "en": SHAPES,
    "de": (
        "after",
        "so",
        "pronoun",
        "colon",
        "adverbial",
        "laut",
        "paragraph",
        "epithet",
        "taken up",
        "perfect",
    ),
    "fr": (
        "after",
        "pronoun",
        "incise",
        "colon",
        "adverbial",
        "selon",
        "paragraph",
        "comme",
        "epithet",
        "later",
        "honorific",
        "headline",
        "taken up",
        "dialogue",
    ),
}
#: verbs of saying for German and French shapes, as they stand after a quote
VERBS_BY_LANGUAGE = {
    "en": VERBS,
    "de": ("sagte", "erklärte", "betonte", "meinte", "warnte", "ergänzte", "kritisierte"),
    "fr": ("déclaré", "affirmé", "souligné", "estimé", "expliqué", "ajouté", "indiqué", "dit"),
}
_PRONOUNS = {"de": {"she": "sie", "he": "er"}, "fr": {"she": "elle", "he": "il"}}
#: the past participle of each German verb of saying the shapes use, for the perfect
_GERMAN_PARTICIPLES = {
    "sagte": "gesagt",
    "erklärte": "erklärt",
    "betonte": "betont",
    "meinte": "gemeint",
    "warnte": "gewarnt",
    "ergänzte": "ergänzt",
    "kritisierte": "kritisiert",
}


@dataclass(frozen=True)
class AttributedSentence:
    """Two paragraphs, one naming the speaker and one holding a quote; the quote's words as
    extracted; the canonical speaker the extractor should name; the language it is written in
    (read it with ``parse_article(text, language=case.language)``)."""

    text: str
    quote: str
    speaker: str
    shape: str
    marks: str
    language: str = "en"


@dataclass(frozen=True)
class GeneratedArticle:
    """An article and its ground truth: each quote's words, its speaker (None for a scare
    quote) and its kind."""

    text: str
    quotes: tuple[tuple[str, str | None, str], ...]


def _checked(name: str, given: Sequence[str], allowed: Sequence[str]) -> list[str]:
    unknown = sorted(set(given) - set(allowed))
    if unknown or not given:
        raise ValueError(f"unknown {name} {unknown}; choose from {list(allowed)}")
    return list(given)


def quotes(
    marks: Sequence[str] = tuple(MARKS), min_words: int = 6, max_words: int = 14
) -> st.SearchStrategy[str]:
    """A quoted sentence with its marks: ``“We will build roads, schools and bridges.”``."""
    styles = _checked("marks", marks, MARKS)
    return st.builds(
        lambda ws, style: f"{MARKS[style][0]}{' '.join(ws).capitalize()}.{MARKS[style][1]}",
        quote_words(min_words, max_words),
        st.sampled_from(styles),
    )


def attributed_sentences(
    marks: Sequence[str] | None = None,
    shapes: Sequence[str] | None = None,
    verbs: Sequence[str] | None = None,
    language: str = "en",
) -> st.SearchStrategy[AttributedSentence]:
    """A quote with its attribution in one of the shapes news uses, in one of the mark styles;
    in English, German (``„…“, sagte Greta Novak.``) or French (``« … », a déclaré Greta
    Novak.``). German uses low-high marks (or two commas, as typed) and French guillemets
    unless ``marks`` says otherwise."""
    _checked("language", [language], tuple(SHAPES_BY_LANGUAGE))
    default_marks = {"en": tuple(MARKS), "de": ("low-high", "typed-low"), "fr": ("guillemets",)}[
        language
    ]
    chosen = (
        _checked("marks", marks or default_marks, MARKS),
        _checked("shapes", shapes or SHAPES_BY_LANGUAGE[language], SHAPES_BY_LANGUAGE[language]),
        _checked("verbs", verbs or VERBS_BY_LANGUAGE[language], VERBS_BY_LANGUAGE[language]),
    )
    if language == "en":
        return _attributed(*chosen)
    return _attributed_abroad(*chosen, language)


@st.composite
def _attributed(
    draw: st.DrawFn, marks: list[str], shapes: list[str], verbs: list[str]
) -> AttributedSentence:
    style = draw(st.sampled_from(marks))
    shape = draw(st.sampled_from(shapes))
    verb = draw(st.sampled_from(verbs))
    o, c = MARKS[style]
    speaker = draw(speakers())
    last = speaker.split()[-1]
    pronoun = PRONOUN_OF[speaker.split()[0]]
    role = draw(st.sampled_from(ROLES))
    words = " ".join(draw(quote_words(6, 10)))
    sentence_quote = words.capitalize()
    intro = f"{role[0].upper() + role[1:]} {speaker} arrived in the capital on Monday for talks."
    quote = f"{sentence_quote},"
    text = {
        "after": f"{o}{quote}{c} {last} {verb}.",
        "inverted": f"{o}{quote}{c} {verb} {role} {speaker}.",
        "pronoun": f"{intro}\n\n{o}{quote}{c} {pronoun} {verb}.",
        "colon": f"{last} {verb}: {o}{sentence_quote}.{c}",
        "comma": f"{last} {verb}, {o}{sentence_quote}.{c}",
        "that": f"{last} {verb} that the plan was {o}{words}{c}.",
        "split": f"{o}We are ready,{c} {last} {verb}. {o}{sentence_quote}.{c}",
        "according to": f"The plan is {o}{words}{c}, according to {speaker}.",
        "who": f"The talks were led by {role} {speaker}, who {verb} the deal was {o}{words}{c}.",
        "called it": f"{intro}\n\n{pronoun.capitalize()} called it {o}{words}{c} and left.",
        "participle": f"{o}We are ready,{c} {last} {verb}, describing the plan as {o}{words}{c}.",
        "epithet": f"President {speaker} toured the port.\n\n{o}{quote}{c} the head of state"
        f" {verb}.",
        "role set off": f"The Ambassador to {draw(st.sampled_from(_POSTS))}, {speaker}, toured"
        f" the port.\n\n{o}{quote}{c} the ambassador {verb}.",
        "taken up": f"{o}{sentence_quote}.{c}\n\nThat quote from {role} {speaker} was read out"
        " on Monday.",
    }[shape]
    if not text.startswith(intro):  # the article has named the speaker before the quote
        text = f"{intro}\n\n{text}"
    expected = {
        "colon": f"{sentence_quote}.",
        "comma": f"{sentence_quote}.",
        "split": f"{sentence_quote}.",
        "taken up": f"{sentence_quote}.",
        "that": words,
        "according to": words,
        "who": words,
        "called it": words,
        "participle": words,
    }.get(shape, quote)
    return AttributedSentence(text, expected, speaker, shape, style)


@st.composite
def _attributed_abroad(
    draw: st.DrawFn, marks: list[str], shapes: list[str], verbs: list[str], language: str
) -> AttributedSentence:
    style = draw(st.sampled_from(marks))
    shape = draw(st.sampled_from(shapes))
    verb = draw(st.sampled_from(verbs))
    o, c = MARKS[style]
    if style == "guillemets":
        o, c = "« ", " »"  # French sets them off with spaces, which are no part of the quote
    speaker = draw(speakers())
    pronoun = _PRONOUNS[language][PRONOUN_OF[speaker.split()[0]]]
    words = " ".join(draw(quote_words(6, 10)))
    sentence_quote = words.capitalize()
    if language == "de":
        role = {"sie": "Ministerin", "er": "Minister"}[pronoun]
        intro = f"{role} {speaker} traf am Montag in der Hauptstadt zu Gesprächen ein."
        text = {
            "after": f"{o}{sentence_quote}{c}, {verb} {speaker}.",
            "so": f"{o}{sentence_quote}{c}, so {speaker}.",
            "pronoun": f"{intro}\n\n{o}{sentence_quote}{c}, {verb} {pronoun}.",
            "colon": f"{speaker} {verb}: {o}{sentence_quote}.{c}",
            "adverbial": f"Nach dem Treffen {verb} {speaker}: {o}{sentence_quote}.{c}",
            "laut": f"Laut {speaker} ist der Plan {o}{words}{c}.",
            "paragraph": f"{speaker} {verb} am Abend:\n\n{o}{sentence_quote}.{c}",
            "epithet": f"Bundespräsident{'in' if pronoun == 'sie' else ''} {speaker} besuchte den"
            f" Hafen.\n\n{o}{sentence_quote}{c}, {verb} das Staatsoberhaupt.",
            "taken up": f"{o}{sentence_quote}.{c} Das {verb} {speaker} am Montag.",
            # the perfect after a fronted adverbial: the subject after the finite verb, the
            # participle closing the clause
            "perfect": f"Am Montag hat {speaker} vor der Presse {_GERMAN_PARTICIPLES[verb]}:"
            f" {o}{sentence_quote}.{c}",
        }[shape]
    else:
        role = {"elle": "La ministre", "il": "Le ministre"}[pronoun]
        intro = f"{role} {speaker} a rencontré lundi les élus de la capitale."
        clitic = f"a-t-{pronoun} {verb}"
        text = {
            "after": f"{o}{sentence_quote}{c}, a {verb} {speaker}.",
            "pronoun": f"{intro}\n\n{o}{sentence_quote}{c}, {clitic}.",
            "incise": f"{intro}\n\n{o}Nous irons, {clitic}, {words}{c}",
            "colon": f"{speaker} a {verb} : {o}{sentence_quote}.{c}",
            "adverbial": f"Lundi, {speaker} a {verb} : {o}{sentence_quote}.{c}",
            "selon": f"Selon {speaker}, {o}{words}{c}.",
            "paragraph": f"{speaker} a {verb} dans un communiqué :\n\n{o}{sentence_quote}.{c}",
            "comme": f"La ville paiera, comme l’a {verb} {speaker} : {o}{sentence_quote}.{c}",
            "epithet": f"{'La présidente' if pronoun == 'elle' else 'Le président'} {speaker} a"
            f" visité le port.\n\n{o}{sentence_quote}{c}, a {verb} le chef de l’État.",
            "later": f"Le plan est {o}{words}{c} et doit changer, a {verb} lundi {speaker}.",
            "honorific": f"{intro}\n\n{o}{sentence_quote}{c}, a {verb}"
            f" {'Mme' if pronoun == 'elle' else 'M.'} {speaker.split()[-1]}.",
            "headline": f"Politique – {speaker} : {o}{sentence_quote}{c}\n\n{intro}",
            "taken up": f"{o}{sentence_quote}.{c} C’est ce qu’a {verb} {speaker} lundi.",
            # dialogue set with dashes, no marks: the incise after the words gives the speaker
            "dialogue": f"{intro}\n\n— {sentence_quote}, {clitic}.\n\n— Et ensuite ? a"
            " demandé un élu.",
        }[shape]
    if not text.startswith(intro) and shape != "headline":  # a headline opens the article
        text = f"{intro}\n\n{text}"
    expected = {
        "colon": f"{sentence_quote}.",
        "adverbial": f"{sentence_quote}.",
        "perfect": f"{sentence_quote}.",
        "paragraph": f"{sentence_quote}.",
        "comme": f"{sentence_quote}.",
        "laut": words,
        "selon": words,
        "later": words,
        "incise": "Nous irons",  # the incise splits the quote: its first segment
        "taken up": f"{sentence_quote}.",
    }.get(shape, sentence_quote)
    return AttributedSentence(text, expected, speaker, shape, style, language)


def articles(
    min_quotes: int = 1,
    max_quotes: int = 4,
    marks: Sequence[str] = tuple(MARKS),
    debris: bool = True,
) -> st.SearchStrategy[GeneratedArticle]:
    """An article of several paragraphs with planted quotes and known speakers, pronoun
    references, apostrophes, a scare quote and, with ``debris``, page furniture around it."""
    if not 1 <= min_quotes <= max_quotes:
        raise ValueError("articles needs 1 <= min_quotes <= max_quotes")
    return _article(min_quotes, max_quotes, _checked("marks", marks, MARKS), debris)


@st.composite
def _article(
    draw: st.DrawFn, min_quotes: int, max_quotes: int, marks: list[str], debris: bool
) -> GeneratedArticle:
    planted = draw(
        st.lists(
            attributed_sentences(
                marks=marks, shapes=("after", "inverted", "colon", "that", "according to")
            ),
            min_size=min_quotes,
            max_size=max_quotes,
            unique_by=(lambda s: s.speaker.split()[-1], lambda s: s.quote),
        )
    )
    style = draw(st.sampled_from(marks))
    o, c = MARKS[style]
    paragraphs = [
        "Talks on the budget go on",
        "The council’s plan, first drawn up in the ’90s, "
        "was debated again on Monday in the capital, officials confirmed.",
    ]
    truth: list[tuple[str, str | None, str]] = []
    for sentence in planted:
        paragraphs.append(sentence.text)
        truth.append((sentence.quote, sentence.speaker, "quote"))
    paragraphs.append(f"Officials debated the so-called {o}reset{c} for hours on Monday night.")
    truth.append(("reset", None, "scare"))
    if debris:
        paragraphs = [
            "MENU",
            "Home » World",
            *paragraphs,
            "READ ALSO",
            "Another story about the council that readers liked this week",
            "All contents © Copyright Example Media. All Rights Reserved",
        ]
    return GeneratedArticle("\n\n".join(paragraphs), tuple(truth))
