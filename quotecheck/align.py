"""Alignment: which quotes, across articles, are the same statement.

Two quotes from different articles are the same statement when their words are close (word-level
edit similarity at or above ``Config.align_threshold``) or when one lies, nearly whole and
unbroken, inside the other (a fragment of a longer quote). Candidate pairs come from a shared
word pair (a block key), so the work grows with the number of plausible pairs, not with the
square of all quotes. A paragraph repeated inside one article is not a second outlet: its quotes
stay with the original and are never compared with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .metrics import containment, word_similarity
from .models import Article, Config, Quote, QuoteGroup
from .normalize import fold_typography, split_trailing_punctuation, words

#: kinds of quote that are somebody's statement, and so are aligned and compared
STATEMENT_KINDS = frozenset({"sentence", "fragment", "turn"})


def _key(q: Quote) -> list[str]:
    return words(q.text)


def _blocks(key: list[str]) -> set[tuple[str, ...]]:
    if len(key) < 2:
        return {tuple(key)}
    return {tuple(key[i : i + 2]) for i in range(len(key) - 1)}


def same_statement(a: Quote, b: Quote, config: Config = Config()) -> float:
    """How surely ``a`` and ``b`` are the same statement: a score in [0, 1], 0 when they are not.

    >>> from quotecheck.models import Quote
    >>> q = lambda t: Quote("x", 0, 0, len(t), t, "fragment", 0)
    >>> same_statement(q("a new chapter in our ever-closer relations"),
    ...                q("a new chapter in our ever-closer relations."))
    1.0
    """
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return 0.0
    similarity = word_similarity(ka, kb)
    if similarity >= config.align_threshold:
        return similarity
    shorter = min(len(ka), len(kb))
    same_speaker = a.speaker is not None and a.speaker == b.speaker
    long_enough = shorter >= max(3, config.min_fragment_words) or (
        shorter >= config.min_fragment_words and same_speaker
    )
    if long_enough and containment(ka, kb) >= config.fragment_coverage:
        return config.align_threshold  # a fragment: as sure as the weakest accepted match
    return 0.0


def _reference(members: list[Quote], articles: dict[str, Article]) -> Quote:
    """The wire or original when the manifest names one, else the majority wording, else the
    earliest article (by date, then by name)."""
    flagged = [q for q in members if articles[q.article_id].is_reference]
    if flagged:
        return flagged[0]
    wordings = Counter(split_trailing_punctuation(fold_typography(q.text))[0] for q in members)
    top = max(wordings.values())

    def earliest(q: Quote) -> tuple[str, str, int]:
        return (articles[q.article_id].date or "9999", q.article_id, q.start)

    if list(wordings.values()).count(top) == 1 and top > 1:
        majority = [
            q
            for q in members
            if wordings[split_trailing_punctuation(fold_typography(q.text))[0]] == top
        ]
        return min(majority, key=earliest)
    return min(members, key=earliest)


def align(
    quotes: Iterable[Quote], articles: Iterable[Article], config: Config = Config()
) -> tuple[tuple[QuoteGroup, ...], tuple[QuoteGroup, ...]]:
    """Group the same statement across articles.

    Returns the groups that span two or more articles and the singletons (quotes run by one
    outlet only), each singleton as a one-member group. Repeats of a paragraph inside one article
    are left out of both: they belong to their original.
    """
    by_id = {a.id: a for a in articles}
    originals = [q for q in quotes if q.repeat_of is None and q.kind in STATEMENT_KINDS]
    keys = [_key(q) for q in originals]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for block in _blocks(key):
            index[block].append(i)
    scores: dict[tuple[int, int], float] = {}
    for members in index.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if originals[i].article_id != originals[j].article_id and (i, j) not in scores:
                    scores[(i, j)] = same_statement(originals[i], originals[j], config)
    # best matches first; a group never holds two quotes of one article, so two different
    # quotes of one outlet are never chained together through a third outlet's quote
    parent = list(range(len(originals)))
    outlets = [{q.article_id} for q in originals]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        ri, rj = find(i), find(j)
        if score > 0 and ri != rj and not outlets[ri] & outlets[rj]:
            parent[ri] = rj
            outlets[rj] |= outlets[ri]
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(originals)):
        clusters[find(i)].append(i)
    groups, singletons = [], []
    for member_ids in sorted(clusters.values(), key=lambda ids: _order(originals[ids[0]])):
        members = sorted((originals[i] for i in member_ids), key=_order)
        linked = [
            s for (i, j), s in scores.items() if s > 0 and i in member_ids and j in member_ids
        ]
        group = QuoteGroup(
            id="",
            members=tuple(members),
            reference=_reference(members, by_id),
            similarity=round(min(linked, default=1.0), 3),
            notes=_notes(members, originals),
        )
        (groups if len(group.articles) > 1 else singletons).append(group)
    groups = [_numbered(g, f"G{n}") for n, g in enumerate(groups, 1)]
    singletons = [_numbered(g, f"S{n}") for n, g in enumerate(singletons, 1)]
    return tuple(groups), tuple(singletons)


def _order(q: Quote) -> tuple[str, int]:
    return (q.article_id, q.start)


def _numbered(group: QuoteGroup, group_id: str) -> QuoteGroup:
    return replace(group, id=group_id)


def _notes(members: list[Quote], everything: list[Quote]) -> tuple[str, ...]:
    """Relations an editor should know: a quote that is a fragment of another in its article."""
    notes = []
    for q in members:
        key = _key(q)
        for other in everything:
            if other.article_id != q.article_id or other.index == q.index:
                continue
            other_key = _key(other)
            if len(other_key) > len(key) >= 2 and containment(key, other_key) == 1.0:
                notes.append(
                    f"“{q.text}” is a fragment of “{other.text}” in the same article "
                    f"({q.article_id})"
                )
    return tuple(notes)
