"""Alignment: which quotes, across articles, are the same statement.

Two quotes from different articles are the same statement when their words are close (word-level
edit similarity at or above ``Config.align_threshold``) or when one lies inside the other (a
fragment of a longer quote: nearly whole and unbroken, or close to its best-matching window).
A long quote that renders several statements other outlets quote apart is a member of each of
their groups, and two quotes that share a sentence or a long clause while each runs on where the
other does not render one statement. Candidate pairs come from shared word runs (block keys), so
the work grows with the number of plausible pairs, not with the square of all quotes. A
paragraph repeated inside one article is not a second outlet: its quotes stay with the original
and are never compared with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import combinations

import regex

from .lexicon import function_words
from .lexicon import words as lexicon_words
from .metrics import containment, window_similarity, word_similarity
from .models import Article, Config, Note, Quote, QuoteGroup
from .names import different_people, same_person
from .normalize import (
    expanded,
    fold_typography,
    sentences,
    spelled_out,
    split_trailing_punctuation,
    words,
)
from .spelling import spelling_key

#: kinds of quote that are somebody's statement, and so are aligned and compared
STATEMENT_KINDS = frozenset({"sentence", "fragment", "turn"})


_STOPWORDS = function_words()
#: a word pair shared by more distinct wordings than this tells nothing ("in the", "we will")
MAX_BLOCK = 200
#: a shingle shared by at most this many wordings pairs them all (sixteen: a statement eight
#: outlets cut in two ways each); a wider one pairs a wording with the others only when it is
#: among the RAREST rarest it shares, and only up to WIDE_PARTNERS partners
NARROW_BLOCK = 16
RAREST = 4
WIDE_PARTNERS = 100


def _key(q: Quote) -> tuple[str, ...]:
    """The words alignment compares: lower case, typography folded, one spelling for British
    and American forms (``organisations`` and ``organizations`` are one word here; the
    difference is for :mod:`quotecheck.drift` to report)."""
    return _key_of(q.text)


@lru_cache(maxsize=1 << 20)  # every wording of a large run: align clears it when done
def _key_of(text: str) -> tuple[str, ...]:
    # a plain-text feed's copy ("voellig", "l'ete") meets the original: drift tells them apart
    return tuple(spelling_key(_NE.sub("", spelled_out(w))) for w in words(text) if w != "ne")


#: the first half of the French negation, "ne" or "n'" before a verb: "pas" carries the
#: negation, and a quote that adds or drops it ("nous n'irons pas" / "nous irons") must still meet
#: its other version, for drift to report the flipped negation
_NE = regex.compile(r"^n['’](?=\p{L})")


def _spelled_out(q: Quote) -> tuple[str, ...]:
    """The quote's key with contractions spelled out: ``I'm glad`` is ``I am glad`` here."""
    return _spelled_out_of(q.text)


@lru_cache(maxsize=1 << 16)
def _spelled_out_of(text: str) -> tuple[str, ...]:
    return tuple(spelling_key(spelled_out(w)) for w in expanded(words(text)))


def content_words(key: Sequence[str]) -> frozenset[str]:
    """The words of a key that are not stop words: what two wordings must share to be one
    statement (the archive's blocking keys read them too)."""
    return frozenset(w for w in key if w not in _STOPWORDS)


#: a sentence of at least this many words, found inside another outlet's quote, makes the two
#: quotes renderings of one statement even when each runs on where the other does not
SHARED_SENTENCE_WORDS = 6


#: a clause (between commas, semicolons or colons) this long is as telling as a sentence
SHARED_CLAUSE_WORDS = 9
_CLAUSE_BREAK = regex.compile(r"[,;:…—–]+\s")


def _sentences(q: Quote) -> list[tuple[str, ...]]:
    """The alignment keys of the quote's sentences and long clauses, in order: the parts
    another outlet may quote while it runs on differently around them."""
    parts = []
    for sentence in sentences(q.text):
        key = _key_of(sentence)
        if len(key) >= SHARED_SENTENCE_WORDS:
            parts.append(key)
        clauses = [_key_of(c) for c in _CLAUSE_BREAK.split(sentence)]
        if len(clauses) > 1:
            parts += [c for c in clauses if len(c) >= SHARED_CLAUSE_WORDS]
    return parts


#: quotes of at most this many words are short: they are compared through word pairs, longer
#: ones with each other through word triples
SHORT_WORDS = 4
#: wordings of up to this many words meet every wording of their length that differs from them
#: in one word only: one word changed in the middle of five ("a total disgrace for Valbourg" /
#: "… disaster …") leaves the two no word triple in common
ONE_WORD_APART = 6


def _shingles(key: Sequence[str], n: int) -> set[tuple[str, ...]]:
    """The key's runs of ``n`` words (the whole key when it is shorter, none when it has no
    word: a quote of marks alone, ``"!"``, meets no other)."""
    if len(key) < n:
        return {tuple(key)} if key else set()
    return set(zip(*(key[i:] for i in range(n)), strict=False))  # shorter tails end it


def _pairs_of(key: Sequence[str]) -> set[tuple[str, ...]]:
    """A wording's runs of two words, and its pairs across one word between them: a short
    wording meets the longer it was cut from with a word dropped or changed inside it
    ("nicht tragbar" / "nicht mehr tragbar", "costly, dangerous gamble" / "costly, reckless
    gamble")."""
    runs = _shingles(key, 2)
    runs.update(zip(key, key[2:], strict=False))
    return runs


#: words that negate (data/negations.txt): left out of the word runs that pair a short wording
#: with others, up to this many words
_NEGATIONS = lexicon_words("negations.txt")
NEGATED_SHORT_WORDS = 8


def _blocking_key(key: tuple[str, ...]) -> tuple[str, ...]:
    """A short wording's words without its negations: a negation added inside a short quote
    ("nous irons pas jusqu'au bout" / "nous irons jusqu'au bout …") would leave the two no word
    triple in common, and a flipped negation is the very difference an editor must see. A
    longer wording keeps them: its other triples meet its versions, and common runs bridged
    across a negation ("we are [not] going to") would pair unrelated statements."""
    if len(key) > NEGATED_SHORT_WORDS:
        return key
    return tuple(w for w in key if w not in _NEGATIONS)


def _candidates(distinct: list[tuple[str, ...]]) -> set[tuple[int, int]]:
    """Pairs of wordings worth scoring: long ones sharing a word triple, and a short one with
    any wording sharing a word pair, so that a fragment of two to four words meets the long
    quote it was cut from. Word pairs shared by more than :data:`MAX_BLOCK` wordings tell
    nothing.

    A triple shared by more than :data:`NARROW_BLOCK` wordings pairs only the wordings for which
    it is among the :data:`RAREST` rarest triples they share with any other, up to
    :data:`WIDE_PARTNERS` partners: two versions of one statement share many triples, some of
    them rare, while pairing every wording of a common triple ("we are going") with every other
    made the pairs grow faster than the corpus (and linked random statements of common words)."""
    triples: dict[tuple[str, ...], list[int]] = defaultdict(list)
    # word pairs of the short wordings, and every wording holding one of them
    pairs: dict[tuple[str, ...], tuple[list[int], list[int]]] = {
        run: ([], [])
        for key in map(_blocking_key, distinct)
        if len(key) <= SHORT_WORDS
        for run in _pairs_of(key)
    }
    runs_of: list[list[tuple[str, ...]]] = []
    for d, key in enumerate(map(_blocking_key, distinct)):
        short = len(key) <= SHORT_WORDS
        runs_of.append([] if short else list(_shingles(key, 3)))
        for run in runs_of[d]:
            triples[run].append(d)
        if pairs:
            # a short wording's pair met as a run, or across one word of the longer's
            # ("nicht tragbar" in "nicht mehr tragbar")
            for run in _pairs_of(key):
                if run in pairs:
                    pairs[run][0 if short else 1].append(d)
    found: set[tuple[int, int]] = set()
    for block in triples.values():  # each block's wordings in increasing order: pairs (x < y)
        if 1 < len(block) <= NARROW_BLOCK:
            found.update(combinations(block, 2))
    for d, runs in enumerate(runs_of):
        sizes = [(len(triples[run]), run) for run in runs]
        if sum(1 < size <= NARROW_BLOCK for size, _ in sizes) >= RAREST:
            continue  # its rarest shared runs are all narrow: paired above
        budget = WIDE_PARTNERS
        for size, run in sorted(item for item in sizes if item[0] > 1)[:RAREST]:
            if size <= NARROW_BLOCK:
                continue
            if size > budget:
                break
            budget -= size
            found.update((min(d, e), max(d, e)) for e in triples[run] if e != d)
    for shorts, longs in pairs.values():
        if len(shorts) + len(longs) <= MAX_BLOCK:
            found.update(combinations(shorts, 2))
            found.update((min(x, y), max(x, y)) for x in shorts for y in longs)
    # the same words but one, or but their numbers ("près de 80 % des vols", "… 70 % …"): a
    # word or a number changed in the middle of a short quote leaves the two no word triple in
    # common, and a changed number is the very difference an editor must see
    apart: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for d, key in enumerate(distinct):
        if any(c.isdigit() for word in key for c in word):
            apart[tuple("#" if any(c.isdigit() for c in w) else w for w in key)].append(d)
        if SHORT_WORDS < len(key) <= ONE_WORD_APART:
            for n in range(len(key)):
                apart[(*key[:n], "\0", *key[n + 1 :])].append(d)
    for block in apart.values():
        if 1 < len(block) <= NARROW_BLOCK:
            found.update(combinations(block, 2))
    return found


def same_statement(a: Quote, b: Quote, config: Config = Config()) -> float:
    """How surely ``a`` and ``b`` are the same statement: a score in [0, 1], 0 when they are not.

    Near-identical wordings score their word similarity; a fragment of a longer quote scores
    ``align_threshold``; the same speaker's statement in other words (a rewording) scores
    ``rewording_score``, lower than any match of the words themselves.

    >>> from quotecheck.models import Quote
    >>> q = lambda t: Quote("x", 0, 0, len(t), t, "fragment", 0)
    >>> same_statement(q("a new chapter in our ever-closer relations"),
    ...                q("a new chapter in our ever-closer relations."))
    1.0
    """
    return _score(_key(a), _key(b), a.speaker is not None and a.speaker == b.speaker, config)


def _inside(ka: Sequence[str], kb: Sequence[str], same_speaker: bool, config: Config) -> bool:
    """Whether the shorter wording lies inside the longer: nearly whole in one unbroken run, or,
    for a longer stretch, closely matching its best window (edited or translated on the way;
    more loosely when both are the same speaker's)."""
    if containment(ka, kb) >= config.fragment_coverage:
        return True
    needed = config.window_similarity_same_speaker if same_speaker else config.window_similarity
    if min(len(ka), len(kb)) < config.window_words or window_similarity(ka, kb) < needed:
        return False
    if same_speaker:
        return True
    # two voices: a common frame with other words after it ("it's going to be utterly
    # pointless" / "it's going to be all hands on deck") is no edited copy; the shorter's
    # telling words must be found in the longer, half of them at least
    shorter, longer = sorted((ka, kb), key=len)
    missing = content_words(shorter) - content_words(longer)
    telling = [w for w in shorter if w not in _STOPWORDS]
    if (
        len(shorter) <= FRAME_WORDS
        and len(longer) - len(shorter) >= FRAME_MARGIN
        and telling
        and {telling[0], telling[-1]} & missing
    ):
        return False  # "X is a fraud" / "X is a credit to the whole town": one frame
    return 2 * len(missing) <= len(content_words(shorter))


#: a wording this short whose first or last telling word the longer lacks shares only a frame
#: with it ("this is a harbour thing" / "this is a harbour town with a long …"); a longer
#: one is a retranslation that may well change its edges ("dear" / "dearest"), and so is a
#: wording about as long as the other (``let us make …`` / ``we will make …``): only a wording
#: ``FRAME_MARGIN`` words shorter than the other or more is read as a part cut from it
FRAME_WORDS = 8
FRAME_MARGIN = 2


def _is_fragment(ka: Sequence[str], kb: Sequence[str], same_speaker: bool, config: Config) -> bool:
    """Whether the shorter wording lies inside the longer without the two being
    near-identical: a part of a longer quote, not another rendering of it."""
    return (
        len(ka) != len(kb)
        and word_similarity(ka, kb) < config.align_threshold
        and _inside(ka, kb, same_speaker, config)
    )


def _score(ka: Sequence[str], kb: Sequence[str], same_speaker: bool, config: Config) -> float:
    if not ka or not kb:
        return 0.0
    sa, sb = set(ka), set(kb)
    if len(sa & sb) / min(len(sa), len(sb)) < config.rewording_overlap:
        return 0.0  # too few shared words for any kind of match: skip the costly measures
    similarity = word_similarity(ka, kb)
    if similarity >= config.align_threshold:
        return similarity
    shorter = min(len(ka), len(kb))
    long_enough = shorter >= max(3, config.min_fragment_words) or (
        shorter >= config.min_fragment_words and same_speaker
    )
    if long_enough and _inside(ka, kb, same_speaker, config):
        return config.align_threshold  # a fragment: as sure as the weakest accepted match
    if same_speaker and _one_word_off(*sorted((ka, kb), key=len)):
        return config.align_threshold  # "nicht tragbar" / "nicht mehr tragbar", one speaker's
    ca, cb = content_words(ka), content_words(kb)
    if (
        same_speaker
        and min(len(ca), len(cb)) >= 3
        and len(ca & cb) / min(len(ca), len(cb)) >= config.rewording_overlap
    ):
        return config.rewording_score
    return 0.0


def _one_word_off(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether a short wording (three or four words) is a stretch of the longer with one word
    inside it changed or dropped, its first and last words kept and two telling words shared:
    ``costly, dangerous gamble`` / ``costly, reckless gamble``, ``nicht tragbar`` in ``nicht
    mehr tragbar`` (a word changed at an edge, or one frame of common words around it, ``a
    great thing`` / ``a tough thing``, leaves too little to tell one statement)."""
    n = len(short)
    if not 3 <= n <= SHORT_WORDS or len(content_words(short)) < TELLING_WORDS:
        return False
    for i in range(len(long) - n + 1):
        window = long[i : i + n]
        changed = [k for k, (x, y) in enumerate(zip(short, window, strict=True)) if x != y]
        if (
            len(changed) == 1
            and 0 < changed[0] < n - 1
            and len(content_words(short) & content_words(window)) >= TELLING_WORDS
        ):
            return True
        wider = long[i : i + n + 1]
        if len(wider) == n + 1 and any(
            list(short) == [*wider[:k], *wider[k + 1 :]] for k in range(1, n)
        ):
            return True
    return False


#: a wording with fewer words than this outside the stopwords ("it's fine", "no idea") is too
#: common to tell that a longer quote holding it renders the same statement
TELLING_WORDS = 2


def _weak(
    x: int,
    y: int,
    distinct: list[tuple[str, ...]],
    wordings: dict[tuple[str, ...], list[int]],
    originals: list[Quote],
    config: Config,
    voices: dict[int, list[Quote]],
) -> bool:
    """Whether two wordings' likeness is too weak a sign of one statement: the shorter is a
    part of the longer made of common words only, or it is short and the two are surely
    different persons' (two people who both said "totally inappropriate" said two things), or
    every quote of one is given to another person than every quote of the other (``"a great
    many residents"`` inside nine long quotes of nine people)."""
    shorter, longer = sorted((distinct[x], distinct[y]), key=len)
    if len(content_words(shorter)) < TELLING_WORDS and _is_fragment(shorter, longer, False, config):
        return True
    if len(shorter) > SHORT_WORDS:
        return False
    for z in (x, y):  # one quote per speaker: a wording printed a thousand times has a few
        if z not in voices:
            voices[z] = list(
                {originals[i].speaker: originals[i] for i in wordings[distinct[z]]}.values()
            )
    pairs = [(a, b) for a in voices[x] for b in voices[y]]
    return any(_two_people(a, b) for a, b in pairs) or all(_named_apart(a, b) for a, b in pairs)


def _named_apart(a: Quote, b: Quote) -> bool:
    """Whether two quotes are given to two persons by name, however sure each attribution."""
    persons = a.attribution.source_type == b.attribution.source_type == "person"
    return persons and bool(a.speaker and b.speaker) and not same_person(a.speaker, b.speaker)


def _two_people(a: Quote, b: Quote) -> bool:
    """Whether two quotes are surely two different persons' (an organisation and a person may
    be one voice: its spokesperson)."""
    persons = a.attribution.source_type == b.attribution.source_type == "person"
    return persons and different_people(a, b)


@lru_cache(maxsize=1 << 20)  # cleared with _key_of
def _core_wording(text: str) -> str:
    return split_trailing_punctuation(fold_typography(text))[0]


def _reference(members: list[Quote], articles: dict[str, Article]) -> Quote:
    """The wire or original when the manifest names one; else, among the versions that name the
    speaker most outlets name, the majority wording, else the earliest article by date; among
    versions no date tells apart, the one that lacks fewest of the others' words (so that a
    fragment or an outlier is the variant set against it, not the reference every other version
    is said to change), then the first by name."""
    if len(members) == 1:  # a singleton: most of a large run's groups
        return members[0]
    flagged = [q for q in members if articles[q.article_id].is_reference]
    if flagged:
        return flagged[0]
    # words a speaker relays from another ("read out the company's statement:") tell whose
    # statement it is no more than a reporter does
    speakers = Counter(
        q.speaker for q in members if q.speaker and "relayed" not in q.attribution.method.split("+")
    ).most_common(2)
    if speakers and (len(speakers) == 1 or speakers[0][1] > speakers[1][1]):
        # one speaker most outlets name: an outlet naming another is the variant
        members = [q for q in members if q.speaker in (speakers[0][0], None)]
    wordings = Counter(_core_wording(q.text) for q in members)
    top = max(wordings.values())

    def earliest(q: Quote) -> tuple[str, str, int]:
        return (articles[q.article_id].date or "9999", q.article_id, q.start)

    if list(wordings.values()).count(top) == 1 and top > 1:
        majority = [q for q in members if wordings[_core_wording(q.text)] == top]
        return min(majority, key=earliest)
    first = min(members, key=earliest)
    undated = [q for q in members if articles[q.article_id].date == articles[first.article_id].date]
    if (
        len(undated) < 3
        or len(wordings) > _MEDOID_LIMIT
        or len({q.speaker for q in undated} - {None}) > 1  # two people: each against the first
    ):
        return first
    lacking = _words_lacking({_core_wording(q.text) for q in undated})
    return min(undated, key=lambda q: (lacking[_core_wording(q.text)], earliest(q)))


#: the most distinct wordings whose central one is looked for (pairs grow as its square)
_MEDOID_LIMIT = 40


def _words_lacking(wordings: set[str]) -> dict[str, int]:
    """For each wording, how many of the other wordings' words it lacks, summed over them all:
    the fewest make the version that best covers the statement (a fragment lacks most)."""
    bags = {w: Counter(w.lower().split()) for w in wordings}
    return {
        w: sum((other - bag).total() for v, other in bags.items() if v != w)
        for w, bag in bags.items()
    }


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
    # one comparison per distinct wording, however many outlets ran it
    wordings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, q in enumerate(originals):
        wordings[_key(q)].append(i)
    for members in wordings.values():
        if len(members) > 1:
            _by_agreement(members, originals)
    distinct = list(wordings)
    speakers = [  # tuples: a set per wording took 216 bytes even for one speaker
        tuple({originals[i].speaker for i in wordings[k]} - {None}) for k in distinct
    ]
    scores: dict[tuple[int, int], float] = {}
    one_speaker: set[tuple[int, int]] = set()
    candidates = _candidates(distinct)
    voices: dict[int, list[Quote]] = {}  # a wording's quotes, one per speaker, as needed
    word_sets = [frozenset(key) for key in distinct]
    for x, y in candidates:
        sa, sb = word_sets[x], word_sets[y]
        if len(sa & sb) / min(len(sa), len(sb)) < config.rewording_overlap:
            continue  # what _score tests first: too few shared words for any match
        same = any(same_person(s, t) for s in speakers[x] for t in speakers[y])
        score = _score(list(distinct[x]), list(distinct[y]), same, config)
        if score > 0 and not _weak(x, y, distinct, wordings, originals, config, voices):
            scores[(x, y)] = score
            if same:
                one_speaker.add((x, y))
    # wordings that differ only in their contractions ("I wasn't told" / "I was not told") are
    # one wording, however short: drift names the contraction
    contracted: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for x, key in enumerate(distinct):
        if any("'" in w or "’" in w for w in key):
            contracted[_spelled_out_of(" ".join(key))].append(x)
    for z, key in enumerate(distinct):
        for w in contracted.get(_spelled_out_of(" ".join(key)), ()):
            x, y = min(z, w), max(z, w)
            if (
                x != y
                and (x, y) not in scores
                and not _weak(x, y, distinct, wordings, originals, config, voices)
            ):  # two people who each said "it wasn't me" said two things
                scores[(x, y)] = 1.0
                if any(same_person(s, t) for s in speakers[x] for t in speakers[y]):
                    one_speaker.add((x, y))
    # a fragment is not chained into the longer quote's group: the longer quote joins the
    # fragment's statement as well (below), so two statements that one outlet runs inside one
    # long quote stay two groups
    fragments = {
        pair: len(distinct[pair[0]]) < len(distinct[pair[1]])
        for pair in scores
        if _is_fragment(
            list(distinct[pair[0]]), list(distinct[pair[1]]), pair in one_speaker, config
        )
    }
    for pair in _split_around_attribution(fragments, distinct, wordings, originals):
        del fragments[pair]  # one quote run in two parts: grouped whole, as before
    # (statement, quote that joins its group): a fragment's statement gains the longer quote
    joins = sorted((x, y) if x_shorter else (y, x) for (x, y), x_shorter in fragments.items())
    shared = _shared_sentences(candidates, scores, distinct, wordings, originals, config)
    parent = list(range(len(originals)))
    outlets = [{q.article_id} for q in originals]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        # a group never holds two quotes of one article, so two different quotes of one
        # outlet are never chained together through a third outlet's quote
        ri, rj = find(i), find(j)
        if ri != rj and not outlets[ri] & outlets[rj]:
            parent[ri] = rj
            # the smaller set goes into the larger, and the merged root's is let go: copying a
            # growing group's outlets into each newcomer made memory grow as the square
            small, large = sorted((outlets[ri], outlets[rj]), key=len)
            large |= small
            outlets[rj], outlets[ri] = large, set()

    for key, members in wordings.items():  # identical wordings first, n-th occurrence with n-th
        if len(members) == 1:
            continue
        occurrence: dict[str, int] = defaultdict(int)
        by_rank: dict[int, list[int]] = defaultdict(list)
        for i in members:
            by_rank[occurrence[originals[i].article_id]].append(i)
            occurrence[originals[i].article_id] += 1
        short = len(key) <= SHORT_WORDS
        for ranked in by_rank.values():
            for i in ranked[1:]:
                if not (short and _two_people(originals[ranked[0]], originals[i])):
                    union(ranked[0], i)
    for x, y in sorted(scores, key=lambda pair: (-scores[pair], pair)):
        if (x, y) in fragments:
            continue
        for i in wordings[distinct[x]]:  # best matches next
            for j in wordings[distinct[y]]:
                union(i, j)
    similarity_of = {
        (first, second): v
        for (x, y), v in scores.items()
        for first, second in ((distinct[x], distinct[y]), (distinct[y], distinct[x]))
    }
    by_article: dict[str, list[Quote]] = defaultdict(list)
    for q in originals:
        by_article[q.article_id].append(q)
    sizes = Counter(find(i) for i in range(len(originals)))
    alone = [i for i in range(len(originals)) if sizes[find(i)] == 1]
    for i, j in _same_slot(originals, by_id, alone):
        union(i, j)  # short quotes whose words differ, in the same slot of the same sentence
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(originals)):
        clusters[find(i)].append(i)
    joined = _join_statements(clusters, joins, distinct, wordings, originals, find)
    joined |= _join_statements(clusters, shared, distinct, wordings, originals, find, apart=True)
    groups, singletons = [], []
    for root, member_ids in sorted(
        clusters.items(), key=lambda item: _order(originals[item[1][0]])
    ):
        if len(member_ids) == 1 and member_ids[0] in joined and root == member_ids[0]:
            continue  # a long quote alone in its own cluster, now a member of a statement group
        members = sorted((originals[i] for i in member_ids), key=_order)
        member_keys = {_key(q) for q in members}
        linked = [
            similarity_of.get((a, b), 0.0)
            for a in member_keys
            for b in member_keys
            if a < b and (a, b) in similarity_of
        ]
        group = QuoteGroup(
            id="",
            members=tuple(members),
            reference=_reference(members, by_id),
            similarity=round(min(linked, default=1.0), 3),
            notes=_notes(members, by_article),
        )
        (groups if len(group.articles) > 1 else singletons).append(group)
    groups, singletons = _attach_split_parts(_without_subsets(groups), singletons, config)
    groups = _join_split_groups(groups, config)
    # groups joined since their reference was chosen: chosen again among all their members
    groups = [replace(g, reference=_reference(list(g.members), by_id)) for g in groups]
    groups = [_numbered(g, f"G{n}") for n, g in enumerate(groups, 1)]
    singletons = [_numbered(g, f"S{n}") for n, g in enumerate(singletons, 1)]
    _key_of.cache_clear()  # a million wordings need not outlive the run
    _spelled_out_of.cache_clear()
    _core_wording.cache_clear()
    return tuple(groups), tuple(singletons)


#: a short quote's words at most, for the sentence around it to tell its statement
SLOT_QUOTE_WORDS = 6
#: the words of the sentence around the quote, before and after it, that must match
SLOT_FRAME_WORDS = 8
_FRAME_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _frame(q: Quote, article: Article) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The words of the quote's sentence before and after it (at most ``SLOT_FRAME_WORDS``
    each side, lower case): the slot the quote fills."""
    text = article.text
    start = max(text.rfind(".", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    stops = [i for i in (text.find(".", q.end), text.find("\n", q.end)) if i >= 0]
    end = min(stops) if stops else len(text)
    before = _FRAME_WORD.findall(text[start : q.start].lower())[-SLOT_FRAME_WORDS:]
    after = _FRAME_WORD.findall(text[q.end : end].lower())[:SLOT_FRAME_WORDS]
    return (tuple(before), tuple(after)) if len(before) + len(after) >= SLOT_FRAME_WORDS else None


def _same_slot(
    originals: list[Quote], articles: dict[str, Article], alone: list[int]
) -> list[tuple[int, int]]:
    """Short quotes left alone that fill the same slot of the same sentence in two outlets
    (``condemned the council for its "disastrous handling" of the case`` against its
    "calamitous handling"): one statement whose words were changed, which no likeness of the
    words alone can find. A slot filled in three or more outlets joins them all."""
    by_frame: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]] = defaultdict(list)
    for i in alone:
        q = originals[i]
        article = articles.get(q.article_id)
        if article is None or len(q.text.split()) > SLOT_QUOTE_WORDS:
            continue
        if (frame := _frame(q, article)) is not None:
            by_frame[frame].append(i)
    pairs = []
    for members in by_frame.values():
        outlets = {originals[i].article_id for i in members}
        if len(outlets) == len(members) > 1:  # one quote per outlet, or no telling which
            pairs += [(members[0], i) for i in members[1:]]
    return pairs


def _split_around_attribution(
    fragments: dict[tuple[int, int], bool],
    distinct: list[tuple[str, ...]],
    wordings: dict[tuple[str, ...], list[int]],
    originals: list[Quote],
) -> set[tuple[int, int]]:
    """The fragment pairs whose shorter side is a part of one quote that an outlet split
    around its attribution ("…," she said. "…"): two or more parts of one paragraph, each
    inside the same longer wording. Those parts are one statement, not several."""
    parts: dict[tuple[int, str, int], set[tuple[int, int]]] = defaultdict(set)
    for (x, y), x_shorter in fragments.items():
        short, long = (x, y) if x_shorter else (y, x)
        for i in wordings[distinct[short]]:
            q = originals[i]
            parts[(long, q.article_id, q.paragraph)].add((x, y))
    return {pair for pairs in parts.values() if len(pairs) > 1 for pair in pairs}


def _by_agreement(members: list[int], originals: list[Quote]) -> None:
    """Order one wording's quotes so that where an article runs the words more than once (in
    the lead, then in the body), its occurrence given to the speaker the other outlets name
    comes first, and pairs with theirs; otherwise reading order."""
    articles = Counter(originals[i].article_id for i in members)
    if len(articles) == len(members):
        return
    named = Counter(
        originals[i].speaker
        for i in members
        if articles[originals[i].article_id] == 1 and originals[i].speaker
    )

    def agreement(i: int) -> int:
        speaker = originals[i].speaker
        return sum(n for other, n in named.items() if speaker and same_person(speaker, other))

    members.sort(key=lambda i: (-agreement(i), i))


def _shared_sentences(
    candidates: set[tuple[int, int]],
    scores: dict[tuple[int, int], float],
    distinct: list[tuple[str, ...]],
    wordings: dict[tuple[str, ...], list[int]],
    originals: list[Quote],
    config: Config,
) -> list[tuple[int, int]]:
    """Wordings not alike as wholes where a whole sentence of one lies inside the other: one
    outlet quotes sentences one and two, another two and three. As (statement, joining quote):
    the quote whose sentence the other holds joins the holder's statement, as a longer quote
    joins its fragment's; when each holds a sentence of the other, each joins the other's."""
    shared = []
    parts: dict[int, list[tuple[str, ...]]] = {}
    word_sets: dict[int, frozenset[str]] = {}
    for x, y in sorted(candidates - scores.keys()):
        for holder, other in ((x, y), (y, x)):
            if other not in parts:
                parts[other] = _sentences(originals[wordings[distinct[other]][0]])
            sentences = parts[other]
            held = distinct[holder]
            if holder not in word_sets:
                word_sets[holder] = frozenset(held)
            if any(
                len(s) < len(distinct[other])
                and len(s) <= len(held)  # the sentence inside the holder, not the other way
                and _may_lie_inside(s, word_sets[holder])
                # "I would say it is a …": a sentence shares enough words that say something
                and len(content_words(s) & word_sets[holder]) >= TELLING_WORDS
                and _inside(s, held, False, config)
                for s in sentences
            ):
                shared.append((holder, other))
    return shared


#: the least share of a wording's words found in another that :func:`_inside` can accept: a
#: run of 90% of them, or a window matching 80% (its edges may stand out of the longer wording,
#: which lowers what a match needs to two thirds)
INSIDE_AT_LEAST = 0.6


def _may_lie_inside(short: Sequence[str], longer: frozenset[str]) -> bool:
    """A cheap necessary test before :func:`_inside`: enough of ``short``'s words occur in the
    longer wording at all (a word counted as often as ``short`` has it)."""
    return sum(w in longer for w in short) >= INSIDE_AT_LEAST * len(short)


def _join_statements(
    clusters: dict[int, list[int]],
    joins: list[tuple[int, int]],
    distinct: list[tuple[str, ...]],
    wordings: dict[tuple[str, ...], list[int]],
    originals: list[Quote],
    find: Callable[[int], int],
    apart: bool = False,
) -> set[int]:
    """For each (statement, joining) pair of wordings, the joining quote becomes a member of
    the statement's group too, once per outlet: a long quote is a member of every statement it
    renders. Where the group already holds a quote of that outlet and ``apart`` is set (a
    shared sentence that is a second statement of the holder's quote), the two quotes form a
    group of their own. Returns the quotes that joined a group other than their own."""
    joined: set[int] = set()
    for statement, joining in joins:
        roots: dict[int, int] = {}  # each group the statement is in, with one of its quotes
        for h in wordings[distinct[statement]]:
            roots.setdefault(find(h), h)
        for root, h in sorted(roots.items()):
            members = clusters[root]
            inside, present = set(members), {originals[m].article_id for m in members}
            for i in wordings[distinct[joining]]:
                outlet = originals[i].article_id
                if i in inside or outlet == originals[h].article_id:
                    continue
                if outlet not in present:
                    members.append(i)
                    inside.add(i)
                    present.add(outlet)
                elif apart:
                    clusters[len(originals) + len(clusters)] = [h, i]
                else:
                    continue
                joined.add(i)
    return joined


def _without_subsets(groups: list[QuoteGroup]) -> list[QuoteGroup]:
    """The groups less those whose quotes all sit in one larger group (or an earlier one with
    the same quotes): the same comparison twice tells an editor nothing new."""
    sets = [frozenset((q.article_id, q.index) for q in g.members) for g in groups]
    holding: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, mine in enumerate(sets):
        for member in mine:
            holding[member].append(n)

    def redundant(n: int) -> bool:
        mine = sets[n]
        others = set.intersection(*(set(holding[m]) for m in mine)) - {n}
        return any(mine < sets[m] or (mine == sets[m] and m < n) for m in others)

    return [g for n, g in enumerate(groups) if not redundant(n)]


def _order(q: Quote) -> tuple[str, int]:
    return (q.article_id, q.start)


def _attach_split_parts(
    groups: list[QuoteGroup], singletons: list[QuoteGroup], config: Config
) -> tuple[list[QuoteGroup], list[QuoteGroup]]:
    """A quote one outlet split in two around the attribution ("…," she said. "…") and another
    ran whole: the second part, left alone because a group holds one quote per article at
    first, joins its first part's group when the other outlets' wording contains it."""
    member_of: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        for q in g.members:
            member_of[(q.article_id, q.index)].append(n)
    alone = []
    for single in singletons:
        part = single.reference
        key = _spelled_out(part)
        targets: list[int] = []  # every group its other part is in: a long quote may be in several
        for delta in (-1, 1, -2, 2):
            for n in member_of.get((part.article_id, part.index + delta), ()):
                if len(key) < config.min_fragment_words or n in targets:
                    continue
                neighbour = next(
                    q
                    for q in groups[n].members
                    if q.article_id == part.article_id and q.index == part.index + delta
                )
                others = [q for q in groups[n].members if q.article_id != part.article_id]
                both = len(key) + len(_spelled_out(neighbour))
                if neighbour.speaker == part.speaker and any(
                    _inside(key, _spelled_out(o), o.speaker == part.speaker, config)
                    and len(key) < len(_spelled_out(o))
                    and both <= 1.2 * len(_spelled_out(o))
                    for o in others
                ):
                    targets.append(n)
            if targets:
                break
        if not targets:
            alone.append(single)
            continue
        for n in targets:
            group = groups[n]
            groups[n] = replace(group, members=tuple(sorted((*group.members, part), key=_order)))
            member_of[(part.article_id, part.index)].append(n)
    return groups, alone


def _join_split_groups(groups: list[QuoteGroup], config: Config) -> list[QuoteGroup]:
    """Two groups that hold the two parts of one quote, where every outlet in the second split
    it around the attribution (``"…," she said. "…"``) and another outlet ran it whole in the
    first: one statement, each outlet's parts joined, as a part left alone joins its first part
    in :func:`_attach_split_parts`; else the whole quote reads as one that "runs longer"."""
    group_of: dict[tuple[str, int], int] = {}
    for n, g in enumerate(groups):
        for q in g.members:
            group_of.setdefault((q.article_id, q.index), n)
    joined: dict[int, list[Quote]] = {}
    gone: set[int] = set()
    for n, second in enumerate(groups):
        firsts = {group_of.get((q.article_id, q.index - 1)) for q in second.members}
        if len(firsts) != 1 or (first_n := firsts.pop()) is None or first_n == n:
            continue
        if first_n in gone or n in joined:
            continue
        first = groups[first_n]
        before = {(q.article_id, q.index): q for q in first.members}
        parts = [(before.get((q.article_id, q.index - 1)), q) for q in second.members]
        if any(p is None or p.speaker != q.speaker for p, q in parts):
            continue
        wholes = [w for w in first.members if w.article_id not in second.articles]
        head, tail = _spelled_out(parts[0][0]), _spelled_out(parts[0][1])
        if len(tail) < config.min_fragment_words or not any(
            _inside(tail, _spelled_out(w), w.speaker == parts[0][1].speaker, config)
            and len(head) + len(tail) <= 1.2 * len(_spelled_out(w))
            for w in wholes
        ):
            continue
        joined.setdefault(first_n, list(first.members)).extend(second.members)
        gone.add(n)
    return [
        replace(g, members=tuple(sorted(joined[n], key=_order))) if n in joined else g
        for n, g in enumerate(groups)
        if n not in gone
    ]


def _numbered(group: QuoteGroup, group_id: str) -> QuoteGroup:
    return replace(group, id=group_id)


def _notes(members: list[Quote], by_article: dict[str, list[Quote]]) -> tuple[Note, ...]:
    """Relations an editor should know: a quote that is a fragment of another in its article."""
    notes = []
    for q in members:
        key = _key(q)
        if len(key) < 2:
            continue
        for other in by_article[q.article_id]:
            other_key = _key(other)
            if (
                other.index != q.index
                and len(other_key) > len(key)
                and set(key) <= set(other_key)
                and containment(key, other_key) == 1.0
            ):
                notes.append(
                    Note(q.article_id, f"{_FRAGMENT_OF.format(q.text)}“{other.text}”{_SAME}")
                )
    return tuple(notes)


_FRAGMENT_OF = "“{}” is a fragment of "
_SAME = " in the same article"


def quoted_whole_elsewhere(group: QuoteGroup, quote: Quote) -> bool:
    """Whether the group notes that ``quote`` is a fragment of another quote in its own
    article: the outlet ran the statement whole as well, so the fragment cuts nothing."""
    opening = _FRAGMENT_OF.format(quote.text)
    return any(n.file == quote.article_id and n.text.startswith(opening) for n in group.notes)
