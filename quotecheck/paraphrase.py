"""Paraphrases: a statement one outlet quotes and another runs without quote marks.

Part of the drift stage: after the groups are classified, each statement quoted by some outlets
is looked for in the prose of the others (its content words, stemmed, close together outside
any quote), and each find is a ``paraphrased`` edit that shows the words as the other outlet
ran them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

import regex

from .drift import KINDS
from .lexicon import function_words
from .models import Article, Edit, Quote, QuoteGroup
from .normalize import words
from .quotes import mask_quotes, quotes_by_article
from .spelling import spelling_key

_STOPWORDS = function_words()


def _key(q: Quote) -> list[str]:
    return words(q.text)


_PROSE_WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")


def _stem(word: str) -> str:
    """A crude stem, enough to match "historical" with "historic": the first five letters."""
    word = spelling_key(word.lower())
    return word[:5] if len(word) >= 5 else word


def _prose_index(article: Article, quotes: tuple[Quote, ...]) -> list[tuple[str, int, int]]:
    """The article's content words outside its ``quotes``, as (stem, start, end), in order."""
    masked = mask_quotes(article, quotes)
    found = []
    for p in article.paragraphs:
        if p.role != "body":
            continue
        for m in _PROSE_WORD.finditer(masked, p.start, p.end):
            if m.group().lower() not in _STOPWORDS:
                found.append((_stem(m.group()), m.start(), m.end()))
    return found


def find_paraphrases(
    groups: Iterable[QuoteGroup],
    singletons: Iterable[QuoteGroup],
    articles: Iterable[Article],
    quotes: Iterable[Quote],
    coverage: float = 0.75,
) -> tuple[tuple[QuoteGroup, ...], tuple[QuoteGroup, ...]]:
    """Quoted in one outlet, reported without quote marks in another: for each statement, an
    article that runs most of its content words close together outside quotes gets a
    ``paraphrased`` edit (quoted "historical and very timely" / reported "a historic and timely
    step")."""
    articles, by_article = tuple(articles), quotes_by_article(quotes)
    prose = {a.id: _prose_index(a, by_article.get(a.id, ())) for a in articles}
    having: dict[str, set[str]] = defaultdict(set)  # stem -> articles using it in prose
    for article, words_ in prose.items():
        for stem, _start, _end in words_:
            having[stem].add(article)
    texts = {a.id: a.text for a in articles}
    reported: set[tuple[str, str, str, int]] = set()  # words found run in an article's prose

    def with_paraphrases(group: QuoteGroup) -> QuoteGroup:
        reference = group.reference
        wanted = list(dict.fromkeys(_stem(w) for w in _key(reference) if w not in _STOPWORDS))
        if len(wanted) < 2:
            return group
        need = max(2, -(-int(coverage * 100) * len(wanted) // 100))
        edits = []
        found_in = Counter(article for stem in wanted for article in having.get(stem, ()))
        printed = set(group.articles)
        for article, count in sorted(found_in.items()):
            if article in printed or count < need:
                continue
            best = _densest_window(
                prose[article], set(wanted), len(wanted) + 2, need, texts[article]
            )
            if best is None:
                continue
            start, end = best
            found = (reference.article_id, reference.text, article, start)
            if found in reported:
                continue  # the same words head another group too: one finding, not two
            reported.add(found)
            said = texts[article][start:end]
            edits.append(
                Edit(
                    "paraphrased",
                    KINDS["paraphrased"][0],
                    (reference.article_id, article),
                    reference.text,
                    said,
                    f"run without quote marks: ‘{said}’",
                    "paraphrase",
                )
            )
        return replace(group, edits=(*group.edits, *edits)) if edits else group

    return tuple(map(with_paraphrases, groups)), tuple(map(with_paraphrases, singletons))


#: the end of a sentence between two words of the prose
_SENTENCE_END = regex.compile(r"[.!?][\"”’»“«]*\s+[\"“„«]?\p{Lu}")


def _densest_window(
    words_: list[tuple[str, int, int]], wanted: set[str], width: int, need: int, text: str
) -> tuple[int, int] | None:
    """The span of the first run of ``width`` content words in one sentence holding ``need``
    wanted stems (a stem shared with the sentence before, ``Bürgermeisterin`` for ``Bürgern``,
    is no part of the statement's words)."""
    for i, (stem, _start, _end) in enumerate(words_):
        if stem not in wanted:
            continue
        window = words_[i : i + width]
        hits = [w for w in window if w[0] in wanted]
        cut = next(
            (
                k
                for k in range(1, len(hits))
                if _SENTENCE_END.search(text, hits[k - 1][2], hits[k][1] + 1)
            ),
            len(hits),
        )
        hits = hits[:cut]
        if len({w[0] for w in hits}) >= need:
            return hits[0][1], hits[-1][2]
    return None
