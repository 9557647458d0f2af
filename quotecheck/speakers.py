"""Who said it: attributing each quotation to a speaker, person or document.

News attributes quotes in a few recurring shapes. This module tries them in order of how reliable
they are and records which one fired (``Attribution.method``):

- ``introduced``: a cue ending right before the opening mark (``Moreau said, "…"``,
  ``Moreau told reporters: "…"``, ``According to Moreau, "…"``);
- ``after``: a cue right after the quote (``"…," Moreau said``, ``"…," said Moreau``,
  ``"…", according to Moreau``), also across quotes joined by "and";
- ``before``: a speech verb earlier in the same sentence with its subject (``Oduya told reporters
  that the bill comes "…"``, ``He called it "…"``, ``who told reporters … "…"``); a subject
  separated from its verb by an apposition or a clause is found before it, and a participle
  (``promising``, ``describing it as``) takes the subject of the clause it hangs on;
- ``split``: the second half of a split quote (``"…," she said. "…"``) takes the first half's
  speaker, as does any other quote in the paragraph with no cue of its own;
- ``later``: a cue later in the sentence (``… "a rough week" for Lee, the Times reports``);
- ``previous-sentence``: a quoted sentence after ``Jo Smith said on Monday.``;
- ``colon`` and ``continuation``: a quote paragraph after ``Caddell continued:``, a later part of
  a multi-paragraph quote, or a quote paragraph following another speaker's quotes;
- low confidence, when nothing above fired: ``sentence-subject`` (words embedded in a sentence
  are its subject's), ``nearby`` (the speech verb of the sentence before) and
  ``previous-paragraph`` (a quote paragraph after a paragraph ending on a speech verb).

A suffix says how the mention was resolved (``+pronoun``, ``+who``, ``+role-noun``) or why it
was not (``+unresolved-pronoun``, ``+phrase``); ``+headline`` marks a speaker read from a
headline, whose capitalised words cannot be told from names, so it is never sure. Names,
pronouns and roles are resolved in :mod:`quotecheck.names`.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .models import Article, Attribution, Quote
from .names import (
    ABBREVIATIONS,
    AUXILIARIES,
    DOCUMENT_NOUNS,
    NOUN_FORMS,
    PARTICIPLES,
    Mention,
    Resolver,
    VerbMatch,
    is_title,
    np_after,
    np_before,
    tokens,
    unify_speakers,
)
from .quotes import MASK, TURN_LABEL, mask_quotes

__all__ = ["attribute", "unify_speakers"]

_SCARE_MARKER = regex.compile(
    r"\b(?:so-called|the (?:word|term|phrase|label)s?|quote[ -]unquote|scare quotes)\s*"
    + MASK
    + r"+$",
    regex.IGNORECASE,
)

_DOCUMENT = regex.compile(
    r"(?:the|a|an)\s+(?P<noun>\L<nouns>)\s+(?:of|from|by|issued by|released by)\s+(?:the\s+)?"
    r"(?P<name>\p{Lu}[^,;:.]*?)\s*(?=,|$)",
    regex.IGNORECASE,
    nouns=sorted(DOCUMENT_NOUNS, key=len, reverse=True),
)
_CAPITAL = regex.compile(r"\p{Lu}")
_COORDINATED = regex.compile(r"\b(?:and|but)\s+(?:\p{Ll}+ly\s+|later\s+|then\s+|also\s+)?$")
_RELATIVE_CLAUSE = regex.compile(r",\s*(who)\b[^,]*$")  # a clause still open at the verb
_COMMA = regex.compile(",")
_PARENTHETICAL_AFTER = regex.compile(r"\s*,")
_APPOSITION_STARTS = frozenset({"The", "A", "An", "One"})  # and any lower-case word
_ENDS_AFTER_COMMA = regex.compile(r",\s*(?:\w+\s+){0,2}$")
_TRAILING_COMMA = regex.compile(r"\s*,?\s*$")
_ACCORDING_BEFORE = regex.compile(r"[Aa]ccording to\s+([^,.;]{1,80}?),")
_ACCORDING_AFTER = regex.compile(r"according to\s+")
_ENDS_IN_COMMA_OR_COLON = regex.compile(r"[,:]\s*$")
_JOINED_QUOTE = regex.compile(r"[,.]?\s*(?:and|or|,)\s*" + MASK + r"+[.!?,]*" + MASK + "?")
_LEAD_AFTER_QUOTE = regex.compile(r"[,.;:!?]?\s*[—–-]*\s*")
_SENTENCE_BREAK = regex.compile(r"[.!?][" + MASK + r"\"”’)]*\s+(?=[\p{Lu}\p{N}" + MASK + r"\"“‘(])")
_LEADING = regex.compile(
    r"\s*(?:\p{Lu}{2,}+[\p{Lu} .'’\-]*+(?:,[\p{L} .]{1,30}?\d{1,2})?\s*+(?:\([^()]{1,30}\))?"
    r"\s*+[—–\-]{1,2}\s*)?"  # a dateline: "PARIS, July 25 (AFP) — " (possessive: no backtracking)
    r"(?:(?:But|And|So|Yet|Still|Meanwhile|Then),?\s+)?"
)
_SUBJECT_PRONOUNS = frozenset({"who", "he", "she", "they", "it", "i", "we"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_CLAUSE_OPENERS = frozenset({"and", "but", "when", "while", "after", "as", "because", "so"})
_BE = frozenset({"be", "been", "being", "was", "were", "is", "are"})
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that"})
_GAP_WORDS = _NOUN_DETERMINERS | {"some", "one", "another", "for", "of", "many", "several"}
_RESOLVED = ("name", "organisation", "document", "role", "pronoun", "relative")


#: how far back a sentence's start is looked for: a bound, so that one endless paragraph costs
#: time in proportion to its length
SENTENCE_WINDOW = 3000


def _sentence_start(masked: str, para_start: int, offset: int) -> int:
    window = max(para_start, offset - SENTENCE_WINDOW)
    start = window
    for m in _SENTENCE_BREAK.finditer(masked, window, offset):
        token = masked[max(para_start, m.start() - 4) : m.start()].split()[-1:] or [""]
        if token[0].lower().strip("(") in ABBREVIATIONS or _CAPITAL.fullmatch(token[0]):
            continue
        start = m.end()
    return start


def _sentence_subject(masked: str, start: int, end: int, phrase: bool = False) -> Mention | None:
    """The sentence's subject: a document (``The text of the X``), or the noun phrase at its
    start or after a leading phrase (``In a statement, Jo Smith …``, ``Minutes later, she …``)."""
    offset = _LEADING.match(masked, start, end).end()
    if doc := _DOCUMENT.match(masked[offset:end].split(",")[0]):
        name = f"{doc['name'].strip()} ({doc['noun'].lower()})"
        return Mention(offset, offset + doc.end(), doc.group(), "document", name=name)
    candidates = [offset]
    comma = masked.find(",", offset, end)
    if comma != -1:
        candidates.append(
            comma + 1 + len(masked[comma + 1 : end]) - len(masked[comma + 1 : end].lstrip())
        )
    mentions = [m for m in (np_after(masked, at) for at in candidates) if m is not None]
    resolved = [m for m in mentions if m.kind in _RESOLVED]
    if resolved:  # "In a few days, Jo Smith …": the name, not the phrase before it
        return resolved[0]
    return next((m for m in mentions if m.kind == "phrase"), None) if phrase else None


def _apposition_subject(masked: str, start: int, verb_at: int) -> Mention | None:
    """The subject before a comma-delimited stretch: ``Gov. Jo Smith (R-OH), said`` and, past an
    apposition, ``Jo Smith, a longtime pollster who voted twice, said``."""
    before = masked[start:verb_at]
    if not _ENDS_AFTER_COMMA.search(before):
        return None
    commas = [start + m.start() for m in _COMMA.finditer(before)]
    if not commas:
        return None
    last = commas[-1]
    segment_start = commas[-2] + 1 if len(commas) > 1 else start
    words = masked[segment_start:last].split()
    first = words[0] if words else ""
    if len(commas) > 1 and (
        first[:1].islower() or first[:1].isdigit() or first in _APPOSITION_STARTS
    ):
        last = commas[-2]  # an apposition or an aside ("in Kentucky"): the noun stands before it
    mention = np_before(masked, last)
    return (
        mention
        if mention is not None and mention.kind in {"name", "organisation", "role"}
        else None
    )


def _nearest_pronoun(masked: str, start: int, end: int) -> Mention | None:
    """The last ``he`` or ``she`` opening a clause (``and he``, ``when she``) in
    ``masked[start:end]``: the subject of the clause a participle or a second verb hangs on."""
    toks = tokens(masked[start:end], start)
    found = [
        t
        for n, t in enumerate(toks)
        if t[2].lower() in _PERSON_PRONOUNS and n and toks[n - 1][2].lower() in _CLAUSE_OPENERS
    ]
    return Mention(*found[-1], "pronoun") if found else None


def _subject_of(masked: str, verb: VerbMatch, sentence_start: int) -> Mention | None:
    """Who does the speaking of ``verb``, a finite speech verb in the sentence."""
    mention = np_before(masked, verb.start() - 1)
    if mention is not None and mention.start >= sentence_start:
        return mention
    if _COORDINATED.search(masked, sentence_start, verb.start()):
        pronoun = _nearest_pronoun(masked, sentence_start, verb.start())
        if pronoun is not None:  # "when he brought up X and later said"
            return pronoun
    subject = _sentence_subject(masked, sentence_start, verb.start())
    if subject is not None and subject.kind == "document":
        return subject
    subject = _apposition_subject(masked, sentence_start, verb.start()) or subject
    if subject is not None and (who := _RELATIVE_CLAUSE.search(masked, subject.end, verb.start())):
        return Mention(who.start(1), who.end(1), who.group(1), "relative")  # "Ames, who has said"
    return subject


def _relative_antecedent(masked: str, sentence_start: int, mention: Mention) -> Mention | None:
    comma = _TRAILING_COMMA.search(masked[sentence_start : mention.start])
    antecedent = np_before(masked, sentence_start + comma.start())
    return antecedent if antecedent is not None and antecedent.kind == "name" else None


def _attribute_verb(
    resolver: Resolver,
    masked: str,
    verb: VerbMatch,
    sentence_start: int,
    method: str,
    confidence: float,
    earlier: list[Attribution],
) -> Attribution | None:
    """The attribution a speech verb gives, or None when it has no subject to be found."""
    cue = verb.group()
    if cue in PARTICIPLES:
        direct = np_before(masked, verb.start() - 1)
        if (
            direct is not None
            and direct.start >= sentence_start
            and direct.kind in _RESOLVED
            and direct.kind != "document"  # "issued a statement saying": the issuer speaks
        ):
            return resolver.resolve(direct, cue, method + "+participle", confidence - 0.05)
        if earlier:  # "…," he said, promising "…"
            return replace(earlier[-1], cue=cue, method=method + "+participle", confidence=0.8)
        finite = _cues(resolver, masked, sentence_start, verb.start(), participles=False)
        if finite:
            return _attribute_verb(
                resolver,
                masked,
                finite[-1],
                sentence_start,
                method + "+participle",
                confidence - 0.05,
                [],
            )
        subject = _nearest_pronoun(masked, sentence_start, verb.start()) or _sentence_subject(
            masked, sentence_start, verb.start(), phrase=True
        )  # "…, and he has battled with X, at one point calling him a "liar""
        if subject is None:
            return None
        return _resolve_in_sentence(
            resolver, masked, sentence_start, subject, cue, method + "+participle", 0.7
        )
    mention = _subject_of(masked, verb, sentence_start)
    if mention is None:
        return None
    if mention.kind == "relative" and (
        antecedent := _relative_antecedent(masked, sentence_start, mention)
    ):
        found = resolver.resolve(antecedent, cue, method + "+who", confidence - 0.05)
        return _as_mentioned(found, mention)
    return _resolve_in_sentence(resolver, masked, sentence_start, mention, cue, method, confidence)


def _as_mentioned(attribution: Attribution, mention: Mention) -> Attribution:
    """The attribution with the words the article used (``she``, ``who``) as its mention."""
    return replace(
        attribution, mention=mention.text, mention_start=mention.start, mention_end=mention.end
    )


def _cues(
    resolver: Resolver, masked: str, start: int, end: int, participles: bool = True
) -> list[VerbMatch]:
    """The speech verbs in ``masked[start:end]`` that attribute (no noun such as "a comment",
    no passive), participles only when asked for."""
    return [
        v
        for v in resolver.verbs_in(start, end)
        if (participles or v.group() not in PARTICIPLES) and not _not_a_cue(masked, start, v)
    ]


def _resolve_in_sentence(
    resolver: Resolver,
    masked: str,
    sentence_start: int,
    mention: Mention,
    cue: str | None,
    method: str,
    confidence: float,
) -> Attribution:
    """Resolve ``mention``; a pronoun inside a sentence that opens with a name is that name's
    (``Ames said that he …``, ``Dalton said Lee has "…," he said``), whoever was named in
    between."""
    subject = (
        _sentence_subject(masked, sentence_start, mention.start)
        if mention.kind == "pronoun"
        and mention.text.lower() in _PERSON_PRONOUNS
        and mention.start > sentence_start + 1
        else None
    )
    if subject is None or subject.kind != "name" or subject.end > mention.start:
        return resolver.resolve(mention, cue, method, confidence)
    found = resolver.resolve(subject, cue, method + "+pronoun", confidence - 0.1)
    return _as_mentioned(found, mention)


def _not_a_cue(masked: str, sentence_start: int, verb: VerbMatch) -> bool:
    """A speech-verb form that attributes nothing: a noun (``port calls``, ``a Twitter
    comment``) or a passive (``expected to be announced``)."""
    previous = [
        t[2]
        for t in tokens(masked[sentence_start : verb.start()])
        if not (t[2].endswith("ly") and t[2].islower())
    ][-2:]  # adverbs passed over
    if not previous:
        return False
    last = previous[-1]
    if last.lower() in AUXILIARIES or last.lower() == "to":
        return False  # "could quip", "to say"
    if last.lower() in _BE and verb.group().lower() not in NOUN_FORMS | PARTICIPLES:
        return True
    if verb.group().lower() not in NOUN_FORMS:
        return False
    if any(w[:1].isdigit() for w in previous):  # "22 Ames emails"
        return True
    if last.lower() in DOCUMENT_NOUNS:  # "the lawsuit alleges", "the report states"
        return False
    if last[:1].islower() and last not in AUXILIARIES and last.lower() not in _SUBJECT_PRONOUNS:
        return True
    return any(w.lower() in _NOUN_DETERMINERS for w in previous)


def _cue_introducing(
    resolver: Resolver, masked: str, q: Quote, sentence_start: int, earlier: list[Attribution]
) -> Attribution | None:
    """A cue ending right before the opening mark: ``X said, "…"``, ``X told Y: "…"``."""
    before = masked[sentence_start : q.start - 1]
    if m := _ACCORDING_BEFORE.search(before):
        mention = np_after(masked, sentence_start + m.start(1))
        return resolver.resolve(mention, "according to", "introduced", 0.9) if mention else None
    if not _ENDS_IN_COMMA_OR_COLON.search(before):
        return None
    verbs = _cues(resolver, masked, sentence_start, q.start - 1)
    if verbs and len(tokens(masked[verbs[-1].end() : q.start - 1])) <= 8:
        return _attribute_verb(
            resolver, masked, verbs[-1], sentence_start, "introduced", 0.95, earlier
        )
    if before.rstrip().endswith(":"):  # "Jo Smith echoed: …", "The email goes on: …"
        subject = _sentence_subject(masked, sentence_start, q.start - 1)
        if subject is not None:
            return resolver.resolve(subject, None, "introduced+colon", 0.7)
    return None


def _cue_after(
    resolver: Resolver, masked: str, q: Quote, sentence_start: int, para_end: int
) -> Attribution | None:
    """A cue right after the closing mark (after any quotes joined to this one by "and")."""
    pos = q.end + (1 if q.close_mark else 0)
    while joined := _JOINED_QUOTE.match(masked, pos, para_end):
        pos = joined.end()
    at = _LEAD_AFTER_QUOTE.match(masked, pos, para_end).end()
    rest = masked[at:para_end]
    if q.text.rstrip().endswith(".") and rest[:1].isupper():
        return None  # the quote closed its sentence: what follows starts another

    if m := _ACCORDING_AFTER.match(rest):
        mention = np_after(masked, at + m.end())
        return resolver.resolve(mention, "according to", "after", 0.95) if mention else None
    first = resolver.verbs_in(at, at + 40)[:1]
    if (
        first
        and first[0].start() == at
        and (v := first[0]).group() not in PARTICIPLES
        and masked[v.end() : v.end() + 1].isspace()  # not '"…" remark. Then': a noun
    ):
        mention = np_after(masked, v.end() + 1)
        if mention is not None and mention.kind != "phrase":  # not '"…," denounced her record'
            return _resolve_in_sentence(
                resolver, masked, sentence_start, mention, v.group(), "after+inverted", 0.95
            )
        return None
    for v in resolver.verbs_in(at, min(para_end, at + 250)):
        mention = np_before(masked, v.start() - 1) or _apposition_subject(masked, at, v.start())
        if mention is None or mention.kind == "relative":  # "…" who reports: not a speaker
            break
        gap = tokens(masked[at : mention.start])  # only a title or a name's first words
        if all(
            is_title(w)
            or w.lower() in _GAP_WORDS
            or w[:1].isupper()
            or w[:1] in "$&"
            or w.isdigit()
            for _s, _e, w in gap
        ):
            return _resolve_in_sentence(
                resolver, masked, sentence_start, mention, v.group(), "after", 0.95
            )
        break
    return None


def _cue_before(
    resolver: Resolver, masked: str, q: Quote, sentence_start: int, earlier: list[Attribution]
) -> Attribution | None:
    """A speech verb earlier in the quote's sentence: a parenthetical ``, Ames said,`` first,
    then the nearest one."""
    verbs = list(resolver.verbs_in(sentence_start, q.start - 1))
    for verb in verbs:  # ", Ames said," set inside the reporter's sentence
        if not _PARENTHETICAL_AFTER.match(masked, verb.end()):
            continue
        mention = np_before(masked, verb.start() - 1)
        if (
            mention is not None
            and mention.kind in {"name", "pronoun"}
            and masked[sentence_start : mention.start].rstrip().endswith(",")
        ):
            return resolver.resolve(mention, verb.group(), "before+parenthetical", 0.85)
    for verb in reversed(verbs):
        if _not_a_cue(masked, sentence_start, verb):
            continue
        found = _attribute_verb(resolver, masked, verb, sentence_start, "before", 0.9, earlier)
        if found is not None:
            return found
    return None


def _sentence_end(masked: str, offset: int, para_end: int) -> int:
    found = _SENTENCE_BREAK.search(masked, offset, para_end)
    return found.start() + 1 if found else para_end


def _cue_later(resolver: Resolver, masked: str, q: Quote, para_end: int) -> Attribution | None:
    """A speech verb later in the quote's sentence with its subject right before it
    (``… a "rough week", the Daily Caller reports.``)."""
    after = masked[q.end + 1 : para_end].lstrip()
    if q.text.rstrip().endswith((".", "!", "?")) and after[:1].isupper():
        return None  # the quote ended its sentence
    end = _sentence_end(masked, q.end + 1, para_end)
    for verb in resolver.verbs_in(q.end + 1, end):
        if verb.group() in PARTICIPLES or _not_a_cue(masked, q.end + 1, verb):
            continue
        mention = np_before(masked, verb.start() - 1)
        if mention is None or mention.start <= q.end:
            mention = np_after(masked, verb.end() + 1)  # "…, says Jo Smith, a consultant"
        if mention is not None and mention.start > q.end and mention.kind in _RESOLVED:
            return resolver.resolve(mention, verb.group(), "later", 0.7)
    return None


def _cue_previous_sentence(
    resolver: Resolver,
    masked: str,
    q: Quote,
    para_start: int,
    sentence_start: int,
    anywhere: bool = False,
) -> Attribution | None:
    """A quoted sentence right after ``Jo Smith said in a statement.`` in the same paragraph;
    with ``anywhere``, any quote of a sentence with no cue of its own (``Ames has argued that
    … As a result, there is "a very powerful industry"``), at lower confidence."""
    if sentence_start == para_start:
        return None
    if not anywhere and (q.kind != "sentence" or q.start - 1 > sentence_start + 1):
        return None
    previous_start = _sentence_start(masked, para_start, sentence_start - 2)
    verbs = _cues(resolver, masked, previous_start, sentence_start, participles=anywhere)
    if not verbs:
        return None
    method, confidence = ("previous-sentence", 0.75) if not anywhere else ("nearby", 0.5)
    return _attribute_verb(resolver, masked, verbs[-1], previous_start, method, confidence, [])


def _subject_fallback(
    resolver: Resolver, masked: str, q: Quote, sentence_start: int
) -> Attribution | None:
    """No cue at all: words embedded in a sentence are its subject's (``She has suggested
    naming a "chief harbour inspector"``), at low confidence."""
    if q.kind != "fragment":
        return None
    subject = _sentence_subject(masked, sentence_start, q.start - 1, phrase=True)
    if subject is None or subject.end > q.start:
        return None
    if who := _RELATIVE_CLAUSE.search(masked, subject.end, q.start - 1):
        # "… Ames, who could be dubbed the "presumptive nominee"": the clause's own subject
        relative = Mention(who.start(1), who.end(1), who.group(1), "relative")
        if antecedent := _relative_antecedent(masked, sentence_start, relative):
            found = resolver.resolve(antecedent, None, "sentence-subject+who", 0.45)
            return _as_mentioned(found, relative)
    return resolver.resolve(subject, None, "sentence-subject", 0.5)


def _previous_paragraph(article: Article, q: Quote) -> int | None:
    index = q.paragraph - 1
    while index >= 0 and article.paragraphs[index].role not in {"body", "title", "standfirst"}:
        index -= 1
    return index if index >= 0 else None


def _colon_or_continuation(
    resolver: Resolver, masked: str, article: Article, q: Quote, done: dict[int, list[Quote]]
) -> Attribution | None:
    """A quote opening its paragraph with no cue: ``X continued:`` closing the paragraph before,
    or the speaker of the quotes in the paragraph before."""
    index = _previous_paragraph(article, q)
    if index is None:
        return None
    prev = article.paragraphs[index]
    if masked[prev.start : prev.end].rstrip().endswith(":"):
        sentence_start = _sentence_start(masked, prev.start, prev.end - 1)
        verbs = list(resolver.verbs_in(sentence_start, prev.end))
        if verbs:
            found = _attribute_verb(resolver, masked, verbs[-1], sentence_start, "colon", 0.85, [])
            if found is not None:
                return found
        subject = _sentence_subject(masked, sentence_start, prev.end)  # "Jo Potts echoed:"
        if subject is not None:
            return resolver.resolve(subject, None, "colon", 0.7)
    previous = [d for d in done.get(index, ()) if d.speaker]
    if previous:
        confidence = min(0.6, previous[-1].attribution.confidence)
        return replace(previous[-1].attribution, method="continuation", confidence=confidence)
    # "Jo Smith issued a statement apologising." then a paragraph of quote: the last speaker
    sentence_start = _sentence_start(masked, prev.start, prev.end - 1)
    verbs = _cues(resolver, masked, sentence_start, prev.end)
    if verbs:
        return _attribute_verb(
            resolver, masked, verbs[-1], sentence_start, "previous-paragraph", 0.5, []
        )
    return None


def _turn_speaker(resolver: Resolver, article: Article, q: Quote) -> Attribution:
    """The speaker of a transcript turn, from its label: a name (``WALLACE`` is the Chris
    Wallace the article introduced), or the interviewer (``Q``); ``A`` stays unknown."""
    para = article.paragraphs[q.paragraph]
    label = TURN_LABEL.match(article.text, para.start, para.end)
    start, end, word = label.start("label"), label.end("label"), label.group("label")
    if word == "A":
        return Attribution(None, word, start, end, None, ":", "transcript+unresolved", 0.3)
    if word == "Q":
        return Attribution("interviewer", word, start, end, None, ":", "transcript", 0.8, "person")
    name = " ".join(part.capitalize() for part in word.split())
    return Attribution(
        resolver.canonical(name), word, start, end, None, ":", "transcript", 0.9, "person"
    )


def _is_scare(q: Quote, masked: str, attribution: Attribution | None) -> bool:
    """Words set off as a term, not as speech: the so-called "reset", the word "reset". Kept as
    a quote span of kind ``scare``, with no speaker.

    Only an explicit marker makes a scare quote: in annotated news (PolNeAR) most short
    fragments without a speech verb are still counted as somebody's words.
    """
    no_cue = attribution is None or attribution.method.startswith(("sentence-subject", "none"))
    marked = bool(_SCARE_MARKER.search(masked, max(0, q.start - 40), q.start))
    return q.kind == "fragment" and no_cue and marked and len(q.text.split()) <= 4


#: the most a speaker read from a headline can be trusted: below the level at which two outlets'
#: speakers are set against each other
HEADLINE_CONFIDENCE = 0.5


def _from_headline(attribution: Attribution) -> Attribution:
    """A headline's attribution, marked and held low: in title case ("… Wins Brandt Peace
    Prize") a name and the words around it look alike."""
    return replace(
        attribution,
        method=attribution.method + "+headline",
        confidence=min(attribution.confidence, HEADLINE_CONFIDENCE),
    )


def attribute(article: Article, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The article's quotes with their :class:`Attribution` filled in.

    >>> from quotecheck.articles import parse_article
    >>> from quotecheck.quotes import extract_quotes
    >>> text = ('EU trade chief Carla Moreau arrived in Tokyo on Friday for talks.\\n\\n'
    ...         '"We live in a very dangerous world," he said. "We must act."')
    >>> a = parse_article(text)
    >>> [(q.speaker, q.attribution.method) for q in attribute(a, extract_quotes(a))]
    [('Carla Moreau', 'after+pronoun'), ('Carla Moreau', 'split')]
    """
    if not quotes:
        return ()
    masked = mask_quotes(article, quotes)
    last = max(q.paragraph for q in quotes)
    until = article.paragraphs[min(last + 1, len(article.paragraphs) - 1)].end
    resolver = Resolver(article, masked, until)
    result: list[Quote] = []
    by_paragraph: dict[int, list[Quote]] = {}  # attributed statements, paragraph by paragraph
    for q in quotes:
        para = article.paragraphs[q.paragraph]
        if q.repeat_of is not None:
            result.append(replace(q, attribution=result[q.repeat_of].attribution))
            continue
        if q.kind == "turn":
            result.append(replace(q, attribution=_turn_speaker(resolver, article, q)))
            continue
        if q.kind in {"title", "nested"}:  # a work's name, or words the speaker quotes
            result.append(replace(q, attribution=Attribution(None, method=q.kind)))
            continue
        sentence_start = _sentence_start(masked, para.start, q.start)
        same_paragraph = by_paragraph.setdefault(q.paragraph, [])
        earlier = []  # the attributions of this sentence's earlier quotes, nearest last
        for d in reversed(same_paragraph):
            if d.start < sentence_start:
                break
            if d.attribution.speaker:
                earlier.insert(0, d.attribution)
        introduced = _cue_introducing(resolver, masked, q, sentence_start, earlier)
        if introduced is not None and introduced.cue is None:  # a bare colon: a verb after wins
            introduced = _cue_after(resolver, masked, q, sentence_start, para.end) or introduced
        attribution = (
            introduced
            or _cue_after(resolver, masked, q, sentence_start, para.end)
            or _cue_before(resolver, masked, q, sentence_start, earlier)
            or _cue_later(resolver, masked, q, para.end)
        )
        if attribution is None and q.part_of is not None:
            attribution = replace(
                result[q.part_of].attribution, method="continuation", confidence=0.8
            )
        if attribution is None and same_paragraph and same_paragraph[-1].attribution.mention:
            previous = same_paragraph[-1]
            between = previous.end < (previous.attribution.mention_start or -1) < q.start
            if q.kind == "sentence" or between:
                confidence = min(0.8, previous.attribution.confidence)
                attribution = replace(previous.attribution, method="split", confidence=confidence)
        if attribution is None:
            attribution = _cue_previous_sentence(resolver, masked, q, para.start, sentence_start)
        if attribution is None and q.start - 1 == para.start:
            attribution = _colon_or_continuation(resolver, masked, article, q, by_paragraph)
        if attribution is None:
            attribution = _subject_fallback(resolver, masked, q, sentence_start)
        if attribution is None:
            attribution = _cue_previous_sentence(
                resolver, masked, q, para.start, sentence_start, anywhere=True
            )
        if _is_scare(q, masked, attribution):
            result.append(replace(q, kind="scare", attribution=Attribution(None, method="scare")))
            continue
        if attribution is not None and q.placement == "headline":
            attribution = _from_headline(attribution)
        result.append(replace(q, attribution=attribution or Attribution(None)))
        same_paragraph.append(result[-1])
    # a multi-paragraph quote has one speaker: the first part gives it to parts without one
    return tuple(
        replace(q, attribution=result[q.part_of].attribution)
        if q.part_of is not None and result[q.part_of].speaker and q.speaker is None
        else q
        for q in result
    )
