"""Who said it: attributing each quotation to a speaker, person or document.

News attributes quotes in a few recurring shapes, and this module tries them in order of how
reliable they are, recording which one fired:

- ``after``: a cue right after the quote (``"…," Moreau said``, ``"…," said Moreau``,
  ``"…", according to Moreau``), also across a run of quotes joined by "and";
- ``before``: a speech verb earlier in the same sentence with its subject (``Oduya told reporters
  that the pact comes "…"``, ``He called it "…"``, ``who told reporters … "…"``), where a subject
  separated from its verb by a clause is the sentence's subject, and a participle (``promising``,
  ``describing it as``) takes the subject of the clause it hangs on;
- ``colon``: a previous paragraph ending ``Caddell continued:``;
- ``continuation``: a later part of a multi-paragraph quote, or a quote paragraph right after
  another with no cue of its own.

Pronouns and ``who`` resolve to the most recent person named before them (quotes excluded); a
surname or ``Mr. X`` resolves to the full name the article introduced; a title before the name is
kept apart as the role. Documents (``the text of the X``, ``a statement from X``) are sources too.
A speaker that cannot be resolved is reported as unknown, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .lexicon import rows, words
from .models import Article, Attribution, Quote
from .quotes import MASK, mask_quotes

_VERB_FORMS: dict[str, str] = {}
for _lemma, *_forms in rows("speech_verbs.tsv"):
    for _form in (_lemma, *_forms):
        _VERB_FORMS[_form.lower()] = _lemma
_PARTICIPLES = frozenset(r[3].lower() for r in rows("speech_verbs.tsv") if len(r) > 3)
_VERB = regex.compile(
    r"\b(?:" + "|".join(sorted(map(regex.escape, _VERB_FORMS), key=len, reverse=True)) + r")\b"
)
_TITLES = words("titles.txt")
_HONORIFICS = words("honorifics.txt")
_NOT_NAMES = words("not_names.txt")
_ORG_WORDS = words("organisation_words.txt")
_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_RELATIVES = frozenset({"who", "whom"})
_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "al",
        "le",
        "la",
        "di",
        "du",
        "del",
        "dos",
        "el",
    }
)
_SKIP_BEFORE_VERB = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "would",
        "will",
        "could",
        "can",
        "may",
        "might",
        "also",
        "later",
        "then",
        "previously",
        "once",
        "again",
        "earlier",
        "often",
        "already",
        "just",
        "even",
        "never",
        "last",
        "this",
        "week",
        "month",
        "year",
        "then-",
        "did",
        "does",
    }
)
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "capt",
        "sgt",
        "adm",
        "maj",
        "u.s",
        "u.k",
    }
)
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*\.?|" + MASK + r"+|\S")
_DOCUMENT = regex.compile(
    r"(?:the|a|an)\s+(?P<noun>text|statement|report|document|draft|declaration|communiqu[eé]|letter|"
    r"memo|memorandum|press release|resolution|filing|complaint|ruling|indictment|transcript)\s+"
    r"(?:of|from|by|issued by|released by)\s+(?:the\s+)?(?P<name>\p{Lu}[^,;:.]*?)\s*(?=,|$)",
    regex.IGNORECASE,
)
_SENTENCE_BREAK = regex.compile(r"[.!?][" + MASK + r"\"”’)]*\s+(?=[\p{Lu}" + MASK + r"\"“‘(])")


@dataclass(frozen=True)
class Mention:
    """Words that name a possible speaker, at ``start:end`` in the article."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | relative | role | document | organisation
    name: str | None = None
    role: str | None = None


def _is_cap(token: str) -> bool:
    return token[:1].isupper() and token.lower().rstrip(".") not in _NOT_NAMES


def _is_title(token: str) -> bool:
    return (
        token.lower() in _TITLES
        or token.lower().rstrip(".") in _TITLES
        or token.lower().removesuffix("’s").removesuffix("'s") in _TITLES
    )


def _tokens(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok.endswith(".") and len(tok) > 1:
            stem = tok[:-1].lower()
            if not (stem in _ABBREVIATIONS or (len(stem) == 1 and tok[0].isupper())):
                out.append((base + m.start(), base + m.end() - 1, tok[:-1]))
                out.append((base + m.end() - 1, base + m.end(), "."))
                continue
        out.append((base + m.start(), base + m.end(), tok))
    return out


def _np_word(token: str) -> bool:
    """Whether a token can be part of a speaker's noun phrase."""
    low = token.lower()
    if not token[:1].isalnum() or low in _VERB_FORMS:
        return False
    if token[:1].isupper():
        return low.rstrip(".") not in _NOT_NAMES or low.rstrip(".") in _TITLES
    return low not in _NOT_NAMES and low not in _SKIP_BEFORE_VERB


def _split_name(run: list[tuple[int, int, str]], text: str, base: int) -> Mention | None:
    """Split a noun phrase into role and name: ``EU trade chief`` + ``Carla Moreau``."""
    if not run:
        return None
    k = len(run)
    while (
        k > 0
        and (_is_cap(run[k - 1][2]) or run[k - 1][2].lower() in _NAME_PARTICLES)
        and not _is_title(run[k - 1][2])
    ):
        k -= 1
    name_tokens = run[k:]
    role_tokens = [t for t in run[:k] if t[2].lower() not in _HONORIFICS]
    start, end = run[0][0], run[-1][1]
    if not name_tokens:
        if any(_is_title(t[2]) for t in run):
            return Mention(
                start,
                end,
                text[start - base : end - base],
                "role",
                role=" ".join(t[2] for t in run),
            )
        return None
    if len(name_tokens) > 4 or name_tokens[0][2].lower() in _NAME_PARTICLES:
        return None
    name = " ".join(t[2] for t in name_tokens)
    kind = "organisation" if any(t[2].lower() in _ORG_WORDS for t in name_tokens) else "name"
    role = (
        " ".join(t[2] for t in role_tokens) if any(_is_title(t[2]) for t in role_tokens) else None
    )
    if role is None:  # words before the name that are no title are not part of it
        start = name_tokens[0][0]
    return Mention(start, end, text[start - base : end - base], kind, name=name, role=role)


def np_before(text: str, end: int, base: int = 0) -> Mention | None:
    """The speaker phrase ending at ``end`` (the subject right before a speech verb).

    >>> m = np_before("which EU trade chief Carla Moreau hailed", 33)
    >>> m.name, m.role, (m.start, m.end)
    ('Carla Moreau', 'EU trade chief', (6, 33))
    """
    toks = _tokens(text[: end - base], base)
    while toks and (
        toks[-1][2].lower() in _SKIP_BEFORE_VERB
        or (toks[-1][2].lower().endswith("ly") and not toks[-1][2][:1].isupper())
    ):
        toks.pop()
    if not toks:
        return None
    s, e, last = toks[-1]
    if last.lower() in _PRONOUNS:
        return Mention(s, e, last, "pronoun")
    if last.lower() in _RELATIVES:
        return Mention(s, e, last, "relative")
    run: list[tuple[int, int, str]] = []
    for tok in reversed(toks):
        if not _np_word(tok[2]):
            break
        run.insert(0, tok)
    if run and run[0][2].lower() == "the":
        run = run[1:]
    return _split_name(run, text, base)


def np_after(text: str, start: int, base: int = 0) -> Mention | None:
    """The speaker phrase starting at ``start`` (after an inverted verb: ``said Moreau``)."""
    toks = _tokens(text[start - base :], start)
    if toks and toks[0][2].lower() in _PRONOUNS:
        return Mention(toks[0][0], toks[0][1], toks[0][2], "pronoun")
    if toks and toks[0][2].lower() == "the":
        toks = toks[1:]
    run = []
    for tok in toks:
        if not _np_word(tok[2]):
            break
        run.append(tok)
    return _split_name(run, text, base)


class _Resolver:
    """Turns mentions into canonical speakers, using the persons an article has named so far."""

    def __init__(self, article: Article, masked: str):
        self.article = article
        self.masked = masked
        self.people: list[Mention] = []  # person mentions in text order
        self.full_names: dict[str, str] = {}  # surname -> full name
        self._collect_people()

    def _collect_people(self) -> None:
        found: list[Mention] = []
        for p in self.article.paragraphs:
            if p.role not in {"body", "title", "standfirst"}:
                continue
            para = self.masked[p.start : p.end]
            for m in regex.finditer(r"(?:\p{Lu}[\p{L}’'\-]*\.?\s+){0,6}\p{Lu}[\p{L}’'\-]*", para):
                mention = np_before(para, m.end(), 0)
                if mention is None or mention.kind != "name":
                    continue
                after = para[m.end() : m.end() + 40]
                before = para[: m.start()]
                speaker_like = bool(
                    regex.match(r"\s*(?:,\s*who\b|(?:\w+\s+){0,2}" + _VERB.pattern + ")", after)
                ) or bool(_VERB.search(before[-12:]))
                if (
                    mention.role
                    or speaker_like
                    or (len(mention.name.split()) >= 2 and mention.role)
                ):
                    found.append(
                        replace(mention, start=mention.start + p.start, end=mention.end + p.start)
                    )
        for m in found:
            parts = [t for t in m.name.split() if not (len(t) == 2 and t.endswith("."))]
            if len(parts) >= 2:
                self.full_names.setdefault(parts[-1].lower(), " ".join([parts[0], *parts[1:]]))
        # surname-only mentions of people the article introduced count as mentions too
        surnames = "|".join(map(regex.escape, {n.split()[-1] for n in self.full_names.values()}))
        if surnames:
            for p in self.article.paragraphs:
                if p.role not in {"body", "title", "standfirst"}:
                    continue
                for m in regex.finditer(
                    rf"\b(?:{surnames})\b(?![’']s)", self.masked[p.start : p.end]
                ):
                    found.append(
                        Mention(
                            p.start + m.start(),
                            p.start + m.end(),
                            m.group(),
                            "name",
                            name=m.group(),
                        )
                    )
        self.people = sorted({(m.start, m.end): m for m in found}.values(), key=lambda m: m.start)

    def canonical(self, name: str) -> str:
        """The fullest name the article uses for this person (``Moreau`` -> ``Carla Moreau``)."""
        parts = [t for t in name.split() if t.lower() not in _HONORIFICS]
        if not parts:
            return name
        full = self.full_names.get(parts[-1].lower()) or self._introduced_as(parts[-1])
        if full and (len(parts) == 1 or full.split()[0] == parts[0]):
            return full
        return " ".join(parts)

    def _introduced_as(self, surname: str) -> str | None:
        """A full name ending in ``surname`` anywhere in the article (``Carla Moreau``), found
        when the article never gave that person a title or a speech verb."""
        pattern = rf"(?<![\p{{L}}.])(\p{{Lu}}[\p{{L}}’'\-]+)\s+{regex.escape(surname)}\b"
        for m in regex.finditer(pattern, self.masked):
            first = m.group(1)
            low = first.lower()
            if low not in _NOT_NAMES and not _is_title(first) and low not in _ORG_WORDS:
                self.full_names[surname.lower()] = f"{first} {surname}"
                return self.full_names[surname.lower()]
        return None

    def person_before(self, offset: int) -> Mention | None:
        """The most recent person named before ``offset``."""
        best = None
        for m in self.people:
            if m.end > offset:
                break
            best = m
        return best

    def resolve(
        self, mention: Mention, cue: str | None, method: str, confidence: float
    ) -> Attribution:
        """An attribution for ``mention``; unknown when a pronoun or role has no antecedent."""
        role = mention.role
        source_type = "person"
        if mention.kind in {"pronoun", "relative"}:
            antecedent = self.person_before(mention.start)
            if antecedent is None or mention.text.lower() in {"i", "we"}:
                return Attribution(
                    None,
                    mention.text,
                    mention.start,
                    mention.end,
                    None,
                    cue,
                    method + "+unresolved",
                    0.2,
                )
            speaker = self.canonical(antecedent.name or antecedent.text)
            confidence -= 0.1
            method += f"+{mention.kind}"
        elif mention.kind == "role":
            noun = mention.role.split()[-1].lower() if mention.role else ""
            antecedent = next(
                (
                    m
                    for m in reversed(self.people)
                    if m.end <= mention.start and m.role and noun in m.role.lower()
                ),
                None,
            )
            if antecedent is None:
                return Attribution(
                    None,
                    mention.text,
                    mention.start,
                    mention.end,
                    role,
                    cue,
                    method + "+unresolved-role",
                    0.2,
                )
            speaker = self.canonical(antecedent.name or "")
            method += "+role-noun"
            confidence -= 0.15
        elif mention.kind == "document":
            speaker, source_type = mention.name or mention.text, "document"
        else:
            speaker = self.canonical(mention.name or mention.text)
            source_type = "organisation" if mention.kind == "organisation" else "person"
        return Attribution(
            speaker,
            mention.text,
            mention.start,
            mention.end,
            role,
            cue,
            method,
            round(confidence, 2),
            source_type,
        )


def _sentence_start(masked: str, para_start: int, offset: int) -> int:
    start = para_start
    for m in _SENTENCE_BREAK.finditer(masked, para_start, offset):
        token = masked[max(para_start, m.start() - 4) : m.start()].split()[-1:] or [""]
        if token[0].lower().strip("(") in _ABBREVIATIONS or regex.fullmatch(r"\p{Lu}", token[0]):
            continue
        start = m.end()
    return start


def _subject_of_sentence(resolver: _Resolver, masked: str, start: int, end: int) -> Mention | None:
    """The sentence's opening noun phrase: a document (``The text of the X``) or a speaker."""
    head = masked[start:end]
    lead = regex.match(r"\s*(?:(?:But|And|So|Yet|Still|Meanwhile),?\s+)?", head)
    offset = start + lead.end()
    if doc := _DOCUMENT.match(masked[offset:end].split(",")[0]):
        name = f"{doc['name'].strip()} ({doc['noun'].lower()})"
        return Mention(offset, offset + doc.end(), doc.group(), "document", name=name)
    return np_after(masked, offset, 0)


def _cue_after(masked: str, q: Quote, para_end: int) -> tuple[Mention, str] | None:
    pos = q.end + (1 if q.close_mark else 0)
    while True:  # skip quotes joined by "and" ("…" and "…", X said)
        joined = regex.match(
            r"[,.]?\s*(?:and|or|,)\s*" + MASK + r"+[.!?]*" + MASK + "?", masked[pos:para_end]
        )
        if not joined:
            break
        pos += joined.end()
    tail = masked[pos:para_end]
    lead = regex.match(r"[,.;:!?]?\s*[—–-]*\s*", tail)
    at = pos + lead.end()
    rest = masked[at:para_end]
    if m := regex.match(r"according to\s+", rest):
        mention = np_after(masked, at + m.end(), 0)
        return (mention, "according to") if mention else None
    if (v := _VERB.match(rest)) and v.group() not in _PARTICIPLES:
        mention = np_after(masked, at + v.end() + 1, 0)
        return (mention, v.group()) if mention else None
    for v in _VERB.finditer(rest[:120]):
        mention = np_before(masked, at + v.start() - 1, 0)
        if mention is None:
            # an apposition between subject and verb: "Caddell, a longtime pollster, said"
            appo = regex.match(r"(.+?),[^,]{2,80},\s*$", rest[: v.start()])
            mention = np_before(masked, at + appo.end(1), 0) if appo else None
        if mention is not None and mention.start >= at:
            return mention, v.group()
        break
    return None


def _cue_before(
    resolver: _Resolver,
    masked: str,
    q: Quote,
    sentence_start: int,
    attributed: dict[int, Attribution],
) -> Attribution | None:
    open_at = q.start - 1
    verbs = list(_VERB.finditer(masked, sentence_start, open_at))
    for v in reversed(verbs):
        if v.group() in _PARTICIPLES:
            continue
        mention = np_before(masked, v.start() - 1, 0)
        if mention is not None and mention.end < v.start() and mention.start >= sentence_start:
            if mention.kind == "relative":
                comma = regex.search(r"\s*,?\s*$", masked[sentence_start : mention.start])
                antecedent = np_before(masked, sentence_start + comma.start(), 0)
                if antecedent is not None and antecedent.kind == "name":
                    found = resolver.resolve(antecedent, v.group(), "before+who", 0.85)
                    return replace(
                        found,
                        mention=mention.text,
                        mention_start=mention.start,
                        mention_end=mention.end,
                    )
            return resolver.resolve(mention, v.group(), "before", 0.9)
        previous = _tokens(masked[sentence_start : v.start()])[-1:]
        if previous and previous[0][2][:1].islower() and previous[0][2] not in _SKIP_BEFORE_VERB:
            continue  # a noun, not a verb: "port calls", "phone calls"
        subject = _subject_of_sentence(resolver, masked, sentence_start, v.start())
        if subject is not None:
            return resolver.resolve(subject, v.group(), "before+sentence-subject", 0.75)
    if verbs:  # only participles: "…", he said, promising "…"
        earlier = [
            a for i, a in attributed.items() if i < q.start and i >= sentence_start and a.speaker
        ]
        if earlier:
            a = earlier[-1]
            return replace(a, cue=verbs[-1].group(), method="before+participle", confidence=0.8)
        subject = _subject_of_sentence(resolver, masked, sentence_start, verbs[-1].start())
        if subject is not None:
            return resolver.resolve(subject, verbs[-1].group(), "before+participle", 0.75)
    return None


def attribute(article: Article, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The article's quotes with their :class:`Attribution` filled in.

    >>> from quotecheck.articles import parse_article
    >>> from quotecheck.quotes import extract_quotes
    >>> text = ('EU trade chief Carla Moreau arrived in Tokyo on Friday for talks.\\n\\n'
    ...         '"We live in a very dangerous world," he said.')
    >>> a = parse_article(text)
    >>> [(q.speaker, q.attribution.mention) for q in attribute(a, extract_quotes(a))]
    [('Carla Moreau', 'he')]
    """
    masked = mask_quotes(article, quotes)
    resolver = _Resolver(article, masked)
    by_start: dict[int, Attribution] = {}
    result: list[Quote] = []
    for q in quotes:
        para = article.paragraphs[q.paragraph]
        attribution = None
        if q.repeat_of is not None:
            attribution = result[q.repeat_of].attribution
        if attribution is None and (cue := _cue_after(masked, q, para.end)):
            mention, verb = cue
            attribution = resolver.resolve(mention, verb, "after", 0.95)
        if attribution is None or attribution.speaker is None:
            start = _sentence_start(masked, para.start, q.start)
            before = _cue_before(resolver, masked, q, start, by_start)
            attribution = before or attribution
        if (attribution is None or attribution.speaker is None) and q.part_of is not None:
            first = result[q.part_of].attribution
            attribution = replace(first, method="continuation", confidence=0.8)
        if attribution is None and q.start - 1 == para.start:
            attribution = _colon_or_previous(resolver, masked, article, q, result)
        by_start[q.start] = attribution or Attribution(None)
        result.append(replace(q, attribution=attribution or Attribution(None)))
    # a multi-paragraph quote has one speaker: later parts give theirs to parts without one
    return tuple(
        replace(q, attribution=result[q.part_of].attribution)
        if q.part_of is not None and result[q.part_of].speaker and q.speaker is None
        else q
        for q in result
    )


def _colon_or_previous(
    resolver: _Resolver, masked: str, article: Article, q: Quote, done: list[Quote]
) -> Attribution | None:
    """A quote opening its paragraph with no cue: ``X continued:`` before it, or the same speaker
    as a quote paragraph right before it."""
    index = q.paragraph - 1
    while index >= 0 and article.paragraphs[index].role not in {"body", "title", "standfirst"}:
        index -= 1
    if index < 0:
        return None
    prev = article.paragraphs[index]
    tail = masked[prev.start : prev.end]
    if tail.rstrip().endswith(":"):
        verbs = list(_VERB.finditer(tail))
        if verbs:
            mention = np_before(masked, prev.start + verbs[-1].start() - 1, 0)
            if mention is not None:
                return resolver.resolve(mention, verbs[-1].group(), "colon", 0.85)
    previous_quotes = [d for d in done if d.paragraph == index and d.speaker]
    if previous_quotes and masked[prev.start] == MASK:
        return replace(previous_quotes[-1].attribution, method="continuation", confidence=0.6)
    return None


def unify_speakers(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """One canonical name per person across articles: a surname used alone in one article takes
    the full name another article gives, when exactly one full name has that surname."""
    full: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker and q.attribution.source_type == "person" and len(q.speaker.split()) >= 2:
            full.setdefault(q.speaker.split()[-1].lower(), set()).add(q.speaker)
    out = []
    for q in quotes:
        s = q.speaker
        if s and q.attribution.source_type == "person" and len(s.split()) == 1:
            names = full.get(s.lower(), set())
            if len(names) == 1:
                q = replace(q, attribution=replace(q.attribution, speaker=next(iter(names))))
        out.append(q)
    return tuple(out)
