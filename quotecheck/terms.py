"""Terms: wording that drifts between outlets outside the quotes.

Edited wire copy shows itself in the reporter's own words: one outlet writes "defence", another
"defense"; one spells out "North Atlantic Treaty Organization (NATO)", another writes "NATO"; a
name's parts swap order ("US-Mexico" / "Mexico-US"). This module finds, across articles:

- ``spelling``: one word in British and American spelling;
- ``name``: one multi-word name written differently (spelling, case, order of hyphenated parts);
- ``acronym``: an acronym in some outlets, its expansion in others (from the article's own
  definitions and the general list in ``data/abbreviations.tsv``);
- ``name spelling``: a quoted person's name spelled differently (``Hrytsenkko`` / ``Hrytsenko``);
- ``name variant``: one name written two ways in the same words around it (``in Kharkiv on
  Monday`` / ``in Kharkov on Monday``, ``Mykolenko`` / ``Mikolenko``): a transliteration, an old
  spelling or a misspelling.

Quotes are left out: a difference inside a quote is the comparator's business.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

import regex
from rapidfuzz.distance import Levenshtein

from .lexicon import abbreviations, by_kind, fold_accents, is_expansion, rows, words
from .metrics import char_similarity
from .models import Article, Quote, Severity, TermDrift
from .names import same_person
from .normalize import fold_typography
from .quotes import MASK, mask_quotes, quotes_by_article
from .spelling import american, spelling_key, spelling_variety

_NOT_NAMES = words("not_names.txt")
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
#: a day or a month after "on" ends a name: "the Partnership on Monday" (not "Council on
#: Foreign Relations")
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
)
_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{N}’'\-]*(?:\s+(?:(?:and|of|for|de|on(?!\s+" + _WHEN + r"))\s+)?"
    r"\p{Lu}[\p{L}\p{N}’'\-]*)+"
)
_DEFINITION = regex.compile(
    r"(?P<long>\p{Lu}[\p{L}\-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?\p{Lu}[\p{L}\-]*){1,8})"
    r"\s*\((?P<short>\p{Lu}[\p{Lu}\p{N}\-]{1,9})\)"
)
_TEXT_ROLES = frozenset({"body", "title", "standfirst"})


def _prose(
    article: Article, quotes: Mapping[str, tuple[Quote, ...]], roles: frozenset[str] = _TEXT_ROLES
) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph in ``roles``, with the article's quotes (``quotes``
    by article id) masked out."""
    masked = mask_quotes(article, quotes.get(article.id, ()))
    return [(p.start, masked[p.start : p.end]) for p in article.paragraphs if p.role in roles]


def sentence_at(text: str, start: int, end: int, elide: bool = False) -> str:
    """The sentence of ``text`` around ``start:end``, white space folded; with ``elide``, the
    words at ``start:end`` shown as an ellipsis (a quote's attribution, the quote left out).

    >>> sentence_at('Rain fell. "We stay," Ida Lund said. Then', 12, 20, elide=True)
    '"…" Ida Lund said.'
    """
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    middle = "…" if elide else text[start:end]
    return " ".join((text[left:start] + middle + text[end:right]).replace(MASK, "…").split())


#: where an article writes a form: its text and the form's span, cut into an example sentence
#: only for the few forms reported
_Where = tuple[str, int, int]


def _collect(
    found: dict[str, dict[str, dict[str, _Where]]],
    key: str,
    form: str,
    article: Article,
    start: int,
    end: int,
) -> None:
    """Record that ``article`` writes ``key`` as ``form``, first at ``start:end``."""
    found[key][form].setdefault(article.id, (article.text, start, end))


def _report(kind: str, found: dict[str, dict[str, dict[str, _Where]]], detail) -> list[TermDrift]:
    drifts = []
    for key, forms in sorted(found.items()):
        files = {f for by_file in forms.values() for f in by_file}
        if len(forms) < 2 or len(files) < 2:
            continue
        drifts.append(
            TermDrift(
                kind=kind,
                key=key,
                forms={form: tuple(sorted(by_file)) for form, by_file in sorted(forms.items())},
                detail=detail(list(sorted(forms))),
                examples={
                    form: sentence_at(*next(iter(by_file.values())))
                    for form, by_file in sorted(forms.items())
                },
            )
        )
    return drifts


def spelling_drift(articles: Iterable[Article], quotes: Iterable[Quote]) -> list[TermDrift]:
    """Words written in British spelling by some outlets and American by others."""
    by_article = quotes_by_article(quotes)
    found: dict[str, dict[str, dict[str, _Where]]] = defaultdict(lambda: defaultdict(dict))
    for article in articles:
        for offset, text in _prose(article, by_article):
            for m in _WORD.finditer(text):
                word = m.group().lower()
                _collect(
                    found, american(word)[0], word, article, offset + m.start(), offset + m.end()
                )

    def detail(forms: list[str]) -> str:
        rule = next((r for f in forms if (r := american(f)[1])), "")
        variety = spelling_variety(rule)  # German and Swiss copy differ by ß/ss alone
        named = "British vs American spelling" if variety == "UK/US spelling" else variety
        return f"{named}: " + " / ".join(forms)

    return _report("spelling", found, detail)


def _name_key(name: str) -> str:
    parts = []
    for token in name.split():
        pieces = [spelling_key(p) for p in token.split("-")]
        if len(pieces) > 1 and all(p[:1].isupper() for p in token.split("-")):
            pieces = sorted(pieces)
        parts.append("-".join(pieces))
    return " ".join(parts)


def _strip_leading(name: str) -> str:
    tokens = name.split()
    while tokens and tokens[0].lower() in _NOT_NAMES:
        tokens.pop(0)
    return " ".join(tokens)


def name_drift(articles: Iterable[Article], quotes: Iterable[Quote]) -> list[TermDrift]:
    """Multi-word names written differently: spelling, case or order of hyphenated parts.

    Headlines are left out: title case would make every phrase look like a name.
    """
    by_article = quotes_by_article(quotes)
    found: dict[str, dict[str, dict[str, _Where]]] = defaultdict(lambda: defaultdict(dict))
    for article in articles:
        for offset, text in _prose(article, by_article, frozenset({"body"})):
            for m in _NAME.finditer(text):
                name = _strip_leading(m.group())
                if len(name.split()) < 2 or sum(w.isupper() for w in name.split()) > 1:
                    continue  # a name in capitals is a dateline's, a label's: layout, not spelling
                start = offset + m.end() - len(name)
                _collect(found, _name_key(name), name, article, start, offset + m.end())

    def detail(forms: list[str]) -> str:
        notes = []
        split = [f.split() for f in forms]
        if len({len(s) for s in split}) == 1:
            for column in zip(*split, strict=True):
                if len(set(column)) > 1:
                    a, b = sorted(set(column))[:2]
                    if a.lower() == b.lower():
                        notes.append(f"case: {a} / {b}")
                    elif sorted(a.split("-")) == sorted(b.split("-")):
                        notes.append(f"order: {a} / {b}")
                    else:
                        notes.append(f"spelling: {a} / {b}")
        return "; ".join(notes) or " / ".join(forms)

    return _report("name", found, detail)


def acronym_drift(articles: Iterable[Article], quotes: Iterable[Quote]) -> list[TermDrift]:
    """An acronym in some outlets, its expansion in others.

    Reported when outlets differ in which of the two they use; outlets using both (or defining
    the acronym) are shown with the form they wrote.
    """
    articles, by_article = tuple(articles), quotes_by_article(quotes)
    prose = {a.id: _prose(a, by_article) for a in articles}
    expansions = dict(abbreviations())
    for chunks in prose.values():
        for _offset, text in chunks:
            for m in _DEFINITION.finditer(text):
                long = _strip_leading(m["long"])
                if is_expansion(m["short"], long):
                    expansions.setdefault(m["short"], long)
    drifts = []
    for short, long in sorted(expansions.items()):
        acronym = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(short)}(?![\p{{L}}\p{{N}}])")
        spelled = regex.compile(rf"\b{regex.escape(long)}\b", regex.IGNORECASE)
        defined = regex.compile(
            rf"\b{regex.escape(long)}\s*\(\s*{regex.escape(short)}\s*\)", regex.IGNORECASE
        )
        usage: dict[str, tuple[bool, bool]] = {}
        forms: dict[str, dict[str, str]] = defaultdict(dict)
        for article in articles:
            text = "\n".join(t for _o, t in prose[article.id])
            a_hit, e_hit, d_hit = acronym.search(text), spelled.search(text), defined.search(text)
            if not (a_hit or e_hit):
                continue
            usage[article.id] = (bool(a_hit), bool(e_hit))
            hit = d_hit or (a_hit if not e_hit else e_hit if not a_hit else None)
            form = (
                d_hit.group()
                if d_hit
                else short
                if not e_hit
                else e_hit.group()
                if not a_hit
                else f"{short} and {e_hit.group()}"
            )
            example = sentence_at(text, (hit or a_hit).start(), (hit or a_hit).end())
            forms[form][article.id] = example
        if len(usage) >= 2 and len(set(usage.values())) > 1:
            drifts.append(
                TermDrift(
                    kind="acronym",
                    key=short,
                    forms={f: tuple(sorted(by_file)) for f, by_file in sorted(forms.items())},
                    detail=f"{short} = {long}: spelled out in some outlets, abbreviated in others",
                    examples={
                        f: next(iter(by_file.values())) for f, by_file in sorted(forms.items())
                    },
                )
            )
    return drifts


def speaker_name_drift(articles: Iterable[Article], quotes: Iterable[Quote]) -> list[TermDrift]:
    """One person's name spelled differently by different outlets (``Hrytsenkko`` /
    ``Hrytsenko``, a misspelled first name), from the speakers the articles quote: every
    spelling of that person in one finding, however many outlets spell it how many ways."""
    texts = {a.id: a.text for a in articles}
    # speaker -> article -> (whether the article writes the name, a sentence that does)
    forms: dict[str, dict[str, tuple[bool, str]]] = defaultdict(dict)
    for q in quotes:
        a = q.attribution
        if (
            q.speaker
            and a.source_type == "person"
            and len(q.speaker.split()) >= 2
            and _a_name(q.speaker)  # not "ein Sprecher der Stadt": a role has no spelling
            and not _JOINT.search(q.speaker)  # "Jo Ames and Tom Brell": two people, not a name
        ):
            text, surname = texts[q.article_id], q.speaker.split()[-1]
            at = a.mention_start if a.mention_start is not None else q.start
            if surname not in (a.mention or ""):  # "he said": where the article writes the name
                at = text.find(surname) if surname in text else at
            seen = forms[q.speaker].get(q.article_id)
            named = surname in text
            if seen is None or (named and not seen[0]):
                forms[q.speaker][q.article_id] = (named, sentence_at(text, at, at))
    drifts = []
    for names in _one_person_each(sorted(forms)):
        names = [n for n in names if any(_spelled_two_ways(n, m) for m in names if m != n)]
        if len(names) < 2:
            continue
        outlets = {frozenset(forms[n]) for n in names}
        if len(outlets) == 1:
            continue  # every spelling in the same outlets: two people, or one article's slip
        ways = _COUNT_WORDS.get(len(names), str(len(names)))
        drifts.append(
            TermDrift(
                kind="name spelling",
                key=names[0],
                forms={n: tuple(sorted(forms[n])) for n in names},
                detail=f"one person's name spelled {ways} ways: {' / '.join(names)}",
                examples={n: max(forms[n].values(), key=lambda e: e[0])[1] for n in names},
                severity=Severity.MINOR,
            )
        )
    return drifts


_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}
#: what joins the names of a joint speaker: "Jo Ames and Tom Brell", "Roux, Lenoir et Vidal"
_JOINT = regex.compile(r", | (?:and|und|et) ")


#: the particles inside a name, lower case (data/grammar.tsv: ``von``, ``de``, ``bin``)
_PARTICLES = by_kind("grammar.tsv")["particle"]
#: articles that open a role or a common noun, never a person's name
_ARTICLES = frozenset(
    {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem"}
    | {"le", "la", "les", "l'", "l’", "un", "une"}
)


def _a_name(speaker: str) -> bool:
    """Whether a speaker is written as a person's name (``Ruth K. Albers``, ``Ilka von
    Brandes``), not as a role or a phrase (``ein Sprecher der Stadt``, ``Die Veranstalter``)."""
    words_ = speaker.split()
    return words_[0].lower() not in _ARTICLES and all(
        w[:1].isupper() or w in _PARTICLES for w in words_
    )


#: given names (data/first_names.tsv): two different ones are two people's
_GIVEN_NAMES = frozenset(name for _, name in rows("first_names.tsv"))


def _spelled_two_ways(a: str, b: str) -> bool:
    """Whether two names that :func:`same_person` joins differ as one name misspelled or
    transliterated would (``Jon`` / ``Joh Vogt``, ``Vogt`` / ``Vögt``), not as its marks'
    typography (``O'Brell`` / ``O’Brell``), a name and its fuller form (``Ruth Albers`` / ``Ruth
    K. Albers``: no spelling) nor as two people whose given names are two names of the lexicon
    (``Robert`` / ``Roger Quist``; ``Tom Brell`` / ``Tim Bell``), unless one is the other's
    short form (``Christoph`` / ``Christopher``) or a slip of one letter with the surname
    kept (``Jon`` / ``Joh``)."""
    words_a, words_b = a.split(), b.split()
    if set(words_a) <= set(words_b) or set(words_b) <= set(words_a):
        return False
    if fold_typography(a) == fold_typography(b):
        return False  # "O'Malley" / "O’Malley": the apostrophe's typography, not the name
    given_a, given_b = words_a[0].lower(), words_b[0].lower()
    two_names = (
        given_a != given_b
        and given_a in _GIVEN_NAMES
        and given_b in _GIVEN_NAMES
        and not (given_a.startswith(given_b) or given_b.startswith(given_a))
    )
    slip = words_a[-1] == words_b[-1] and Levenshtein.distance(given_a, given_b) <= 1
    return not two_names or slip


def _one_person_each(names: list[str]) -> list[list[str]]:
    """The names grouped by the person they spell (:func:`same_person` joins two names, and
    one name may join two groups into one), each group in the order given."""
    groups: list[list[str]] = []
    for name in names:
        joined = [g for g in groups if any(same_person(name, other) for other in g)]
        merged = [n for g in joined for n in g] + [name]
        groups = [g for g in groups if g not in joined] + [sorted(merged)]
    return [g for g in groups if len(g) > 1]


#: a capitalised word with the two words either side of it, in the prose outside quotes
_IN_CONTEXT = regex.compile(
    r"(?<=(\p{L}+ \p{L}+)[ ,]+)(\p{Lu}[\p{L}’'\-]{3,})(?=[ ,.;:]+(\p{L}+ \p{L}+))"
)
#: every capitalised word: a spelling an outlet writes anywhere
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}’'\-]{3,}")
#: how alike two spellings of one name are at least, by characters, when their consonants
#: differ (``Lindquist`` / ``Lindqvist``); ``Kharkov`` / ``Kharkiv``, ``Mikolenko`` / ``Mykolenko``,
#: ``Farrell`` / ``Ferrell`` share their consonants
_VARIANT_SIMILARITY = 0.85
#: a possessive or a plural's ending, and the vowels, left out when names are compared
_ENDING = regex.compile(r"(?:['’]s?|s)$")
_VOWELS = regex.compile(r"[aeiouy]+")
#: the endings that make an adjective or a people of a place's name (``Iranian``, ``American``,
#: ``Chinese``, ``Polish``, ``Israeli``): another word, not another spelling
_DERIVED = frozenset({"n", "an", "ian", "ean", "ese", "ish", "i", "ic", "er", "ite"})


def variant_name_drift(articles: Iterable[Article], quotes: Iterable[Quote]) -> list[TermDrift]:
    """One name written two ways by different outlets between the same two words on each side
    (``was signed in Kharkiv on Monday`` / ``was signed in Kharkov on Monday``): a transliteration,
    an older spelling or a misspelling, each outlet writing one spelling only. Two names are
    two spellings when their consonants are the same in the same order (``Mikolenko`` /
    ``Mykolenko``) or their letters nearly so, never by case, an apostrophe or a plural."""
    by_article = quotes_by_article(quotes)
    places: dict[tuple[str, str], dict[str, dict[str, _Where]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    written: dict[str, set[str]] = {}
    for article in articles:
        seen: set[str] = set()
        for offset, text in _prose(article, by_article, frozenset({"body"})):
            seen.update(_CAPITALISED.findall(text))
            for m in _IN_CONTEXT.finditer(text):
                name = m.group(2)
                where = (article.text, offset + m.start(2), offset + m.end(2))
                place = (m.group(1).lower(), m.group(3).lower())
                places[place][name].setdefault(article.id, where)
        written[article.id] = seen
    found: dict[str, dict[str, dict[str, _Where]]] = defaultdict(lambda: defaultdict(dict))
    for names in places.values():
        for a in names:
            for b in names:
                if a < b and _variants(a, b) and _apart(names[a], names[b], a, b, written):
                    key = _bare(min(a, b))
                    for form in (a, b):
                        for article_id, where in names[form].items():
                            found[key][form].setdefault(article_id, where)
    drifts = _report(
        "name variant", found, lambda forms: "one name written two ways: " + " / ".join(forms)
    )
    return [replace(d, severity=Severity.MINOR) for d in drifts]


def _bare(name: str) -> str:
    """A name folded for comparison: accents, case, a possessive or plural ending."""
    bare = fold_accents(name).lower().replace("’", "'")
    return _ENDING.sub("", _ENDING.sub("", bare))  # "Muslims'", "Muslims", "Muslim"


def _variants(a: str, b: str) -> bool:
    """Whether two names are one written two ways: the same first letter and consonants, or
    nearly the same letters; never the same name in another case, with an apostrophe, a plural,
    a hyphen or a spelling the spelling lists know (found apart)."""
    bare_a, bare_b = _bare(a), _bare(b)
    if (
        bare_a.replace("-", "") == bare_b.replace("-", "")
        or bare_a[:1] != bare_b[:1]
        or spelling_key(a) == spelling_key(b)
    ):
        return False
    short, long = sorted((bare_a, bare_b), key=len)
    if long.startswith(short) and long[len(short) :] in _DERIVED:
        return False  # "Iran" / "Iranian", "America" / "American": a word made from the name
    same_consonants = regex.sub(r"(.)\1+", r"\1", _VOWELS.sub("", bare_a[1:])) == regex.sub(
        r"(.)\1+", r"\1", _VOWELS.sub("", bare_b[1:])
    )
    return same_consonants or char_similarity(bare_a, bare_b) >= _VARIANT_SIMILARITY


def _apart(in_a: Mapping[str, _Where], in_b: Mapping[str, _Where], a: str, b: str, written) -> bool:
    """Whether no outlet writing one spelling writes the other anywhere."""
    return not any(b in written[i] for i in in_a) and not any(a in written[i] for i in in_b)


def term_drift(articles: Iterable[Article], quotes: Iterable[Quote]) -> tuple[TermDrift, ...]:
    """Every wording drift outside quotes between the articles: names, spellings, acronyms,
    speakers' names."""
    articles, quotes = tuple(articles), tuple(quotes)
    speakers = speaker_name_drift(articles, quotes)
    spelled = {form for d in speakers for form in d.forms}
    named = {w for form in spelled for w in form.split()}
    return (
        *(  # "Skipper Ana Ruiz" / "Skipper Ana Ruíz": the speaker's spelling, found already
            d
            for d in name_drift(articles, quotes)
            if not all(form.endswith(tuple(spelled)) for form in d.forms)
        ),
        *spelling_drift(articles, quotes),
        *acronym_drift(articles, quotes),
        *speakers,
        *(  # a speaker's name spelled two ways is that finding already
            d for d in variant_name_drift(articles, quotes) if not set(d.forms) <= named
        ),
    )
