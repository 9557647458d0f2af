"""The attribution rules, as a table: each row a method name, a confidence, one finder and an
invented example. :func:`quotecheck.attribution.attribute` takes the first row that fires, so a
row's place in :data:`RULES` is its precedence.

Every finder has one signature, ``(context, rule) -> Attribution | None``: it reads the quote
and its surroundings from the :class:`Context` and names the speaker with the row's method and
confidence (lowered, with a suffix on the method, when the speaker is reached through a pronoun,
``who`` or a participle: see :data:`~quotecheck.attribution.resolve.ADJUSTMENTS`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from ..models import Article, Attribution, Paragraph, Quote
from ..quotes import MASK, TURN_LABEL
from .cues import (
    as_mentioned,
    attribute_verb,
    cues,
    inverted_subject,
    not_a_cue,
    passive_agent,
    resolve_in_sentence,
)
from .grammar import (
    PARTICIPLES,
    RESOLVED,
    SPEECH_NOUNS,
    Grammar,
    Mention,
    is_title,
    tokens,
)
from .resolve import UNRESOLVED, Resolver, adjusted

_ACCORDING_BEFORE = regex.compile(r"[Aa]ccording to\s+([^,.;:]{1,80}?)[,:]")
_ACCORDING_AFTER = regex.compile(r"according to\s+")
_ENDS_IN_COMMA_OR_COLON = regex.compile(r"[,:]\s*$")
_ENDS_IN_COMMA = regex.compile(r",\s*$")
_INTRODUCES_NEXT = regex.compile(r"\s*:\s*[\"“”'‘«„" + MASK + "]")
_JOINED_QUOTE = regex.compile(r"[,.]?\s*(?:and|or|,)\s*" + MASK + r"+[.!?,]*" + MASK + "?")
_LEAD_AFTER_QUOTE = regex.compile(r"[,.;:!?]?\s*[—–-]*\s*")
_PARENTHETICAL_AFTER = regex.compile(r"\s*,")
#: words of a transcript's stage directions, never a speaker's label ("VIDEO CLIP:", "(APPLAUSE)")
_STAGE = frozenset(
    {"VIDEO", "CLIP", "AUDIO", "CROSSTALK", "APPLAUSE", "LAUGHTER", "BEGIN", "END"}
    | {"COMMERCIAL", "BREAK", "INAUDIBLE", "UNIDENTIFIED", "SOUNDBITE"}
)
#: what opens a common noun phrase that names a speaker after an inverted verb ('said the
#: designer', 'said one source'), unlike an object ('denounced her record')
_ARTICLE = regex.compile(r"\s+(?:the|a|an|one|another|two|three|several|some)\s", regex.IGNORECASE)
#: an unnamed speaker right before the verb: "one said", "said another", "someone shouted"
_INDEFINITE = regex.compile(
    r"\s*(?:one|another|someone|somebody|a (?:man|woman|voice|resident|reader|witness))\b\s*",
    regex.IGNORECASE,
)
_SIGNATURE = regex.compile(r"[.,]?\s*[―—–-]{1,2}\s*")
#: what may follow a signature's name: an age, a place, a role, after commas
_SIGNATURE_REST = regex.compile(r"\s*(?:,\s*[^,.;:!?]{1,40}){0,3}\.?\s*$")
_RELATIVE_CLAUSE = regex.compile(r",\s*(who)\b[^,]*$")
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that"})
_GAP_WORDS = _NOUN_DETERMINERS | {"some", "one", "another", "for", "of", "many", "several"}
#: a cue introducing a quote stands at most this many tokens before the opening mark
INTRODUCING_TOKENS = 8


@dataclass
class Context:
    """A quote and what the rules may read around it."""

    article: Article
    resolver: Resolver
    quote: Quote
    paragraph: Paragraph
    sentence_start: int
    earlier: list[Attribution]  # this sentence's earlier attributions, nearest last
    same_paragraph: list[Quote]  # this paragraph's quotes attributed so far
    by_paragraph: dict[int, list[Quote]]  # every paragraph's attributed quotes so far
    done: list[Quote]  # every quote attributed so far, by index

    @property
    def grammar(self) -> Grammar:
        return self.resolver.grammar

    @property
    def masked(self) -> str:
        return self.resolver.masked


@dataclass(frozen=True)
class Rule:
    """One way news attributes a quote."""

    method: str
    confidence: float
    find: Callable[[Context, Rule], Attribution | None]
    example: str  # an invented sentence the rule attributes
    speaker: str  # the speaker it names there
    quote: str  # the quote of the example it attributes (its first words)


# -- before the opening mark ---------------------------------------------------------------------


def _before_mark(ctx: Context) -> str:
    return ctx.masked[ctx.sentence_start : ctx.quote.start - 1]


def _introducing_verbs(ctx: Context) -> list:
    """The cue standing a few words before the opening mark, when the words before it end in a
    comma or a colon (``X said, "…"``, ``X told Y: "…"``)."""
    if not _ENDS_IN_COMMA_OR_COLON.search(_before_mark(ctx)):
        return []
    verbs = cues(ctx.resolver, ctx.sentence_start, ctx.quote.start - 1)
    if verbs and len(tokens(ctx.masked[verbs[-1].end() : ctx.quote.start - 1])) <= (
        INTRODUCING_TOKENS
    ):
        return verbs
    return []


def according_before(ctx: Context, rule: Rule) -> Attribution | None:
    """``According to X, "…"``."""
    if m := _ACCORDING_BEFORE.search(_before_mark(ctx)):
        mention = ctx.grammar.np_after(ctx.sentence_start + m.start(1))
        if mention is not None:
            return ctx.resolver.resolve(mention, "according to", rule.method, rule.confidence)
    return None


def introduced(ctx: Context, rule: Rule) -> Attribution | None:
    """A speech verb ending right before the opening mark: ``X said, "…"``."""
    if _ACCORDING_BEFORE.search(_before_mark(ctx)):
        return None  # "according to" decides
    verbs = _introducing_verbs(ctx)
    if not verbs or _cue_right_after(ctx) or _name_heading(ctx):
        return None  # '…: "France is lost," he claimed': the cue beside the words decides
    if agent := passive_agent(ctx.grammar, verbs[-1]):  # 'was asked by Jo Baker, "…"'
        return ctx.resolver.resolve(agent, verbs[-1].group(), rule.method, rule.confidence)
    return attribute_verb(
        ctx.resolver, verbs[-1], ctx.sentence_start, rule.method, rule.confidence, ctx.earlier
    )


_DASH_BEFORE = regex.compile(r"(?:^|[—–-])\s*$")


def _name_heading(ctx: Context) -> Mention | None:
    """A name standing alone before the colon, after a dash or at the sentence's start (``Polls
    agree - Jo Smith: "…"``): the source of the words, as a round-up of sources sets them."""
    before = _before_mark(ctx).rstrip()
    if not before.endswith(":"):
        return None
    mention = ctx.grammar.np_before(ctx.sentence_start + len(before) - 1)
    if mention is None or mention.kind not in {"name", "organisation"}:
        return None
    if not _DASH_BEFORE.search(ctx.masked, ctx.sentence_start, mention.start):
        return None
    return mention


def _cue_right_after(ctx: Context) -> bool:
    """Whether a speech verb and its subject follow the quote's closing comma (``"…," he
    said``, ``"…," said Ames``)."""
    q = ctx.quote
    if not q.text.rstrip().endswith(","):
        return False
    at = _after_mark(ctx)
    if at is None:
        return False
    if _inverted_verb(ctx, at) is not None:
        return True
    verbs = ctx.resolver.verbs_in(at, min(ctx.paragraph.end, at + 60))
    if not verbs:
        return False
    mention = ctx.grammar.np_before(verbs[0].start() - 1)
    return (
        mention is not None
        and mention.kind in RESOLVED
        and ctx.masked[at : mention.start].strip().lower() in {"", "the", "a", "an"}
    )  # '"…," The Herald reported


def introduced_by_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A colon with no speech verb before the quote (``The email goes on: "…"``), taken only
    when no cue follows the quote either."""
    before = _before_mark(ctx)
    if _ACCORDING_BEFORE.search(before) or not before.rstrip().endswith(":"):
        return None
    if heading := _name_heading(ctx):
        return ctx.resolver.resolve(heading, None, rule.method, rule.confidence)
    if _introducing_verbs(ctx):
        return None  # a verb introduces it: that rule decides
    grammar = ctx.grammar
    subject = grammar.sentence_subject(ctx.sentence_start, ctx.quote.start - 1)
    if subject is None:  # the source named right before the colon ("… surprise pollster X:")
        colon = ctx.sentence_start + before.rstrip().rindex(":")
        subject = grammar.np_before(colon)
        if subject is None or subject.kind not in {"name", "organisation", "document"}:
            # or a common noun phrase opening the sentence ("Respondents must answer:")
            subject = grammar.sentence_subject(ctx.sentence_start, colon, phrase=True)
            if subject is None or subject.start != ctx.sentence_start:
                return None
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)


# -- after the closing mark ----------------------------------------------------------------------


def _after_mark(ctx: Context) -> int | None:
    """Where the words after the quote start (past quotes joined to it by "and"), or None when
    the quote closed its sentence and what follows starts another."""
    q, masked, end = ctx.quote, ctx.masked, ctx.paragraph.end
    pos = q.end + (1 if q.close_mark else 0)
    while joined := _JOINED_QUOTE.match(masked, pos, end):
        pos = joined.end()
    at = _LEAD_AFTER_QUOTE.match(masked, pos, end).end()
    if q.text.rstrip().endswith(".") and masked[at:end][:1].isupper():
        return None
    return at


def _inverted_verb(ctx: Context, at: int):
    """A speech verb right after the quote, before its subject (``"…," said X``)."""
    first = ctx.resolver.verbs_in(at, at + 40)[:1]
    if (
        first
        and first[0].start() == at
        and first[0].group() not in PARTICIPLES
        and ctx.masked[first[0].end() : first[0].end() + 1].isspace()  # not '"…" remark. Then'
    ):
        return first[0]
    return None


def _unnamed(ctx: Context, start: int, end: int, cue: str, rule: Rule) -> Attribution:
    """An unnamed speaker at the quote (``one``, ``another``): the quote's own, never the quote
    before it's, and unknown."""
    words = ctx.masked[start:end].strip()
    at = ctx.masked.index(words, start)
    return Attribution(
        None, words, at, at + len(words), None, cue, rule.method + "+indefinite", UNRESOLVED
    )


def according_after(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…", according to X``, or later in the quote's sentence (``… as "…" last year,
    according to X``)."""
    at = _after_mark(ctx)
    if at is None:
        return None
    end = ctx.grammar.sentence_end(at, ctx.paragraph.end)
    m = _ACCORDING_AFTER.search(ctx.masked, at, end)
    if m is None or MASK in ctx.masked[at : m.start()]:
        return None  # none, or another quote's
    mention = ctx.grammar.np_after(m.end())
    if mention is None:
        return None
    method, confidence = rule.method, rule.confidence
    if cues(ctx.resolver, ctx.sentence_start, m.start()):  # '"…," Ames said, according to X'
        method, confidence = adjusted(method, confidence, "relayed")
    return ctx.resolver.resolve(mention, "according to", method, confidence)


def after_inverted(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…," said X``."""
    at = _after_mark(ctx)
    if at is None or _ACCORDING_AFTER.match(ctx.masked, at, ctx.paragraph.end):
        return None
    verb = _inverted_verb(ctx, at)
    if verb is None:
        return None
    mention = ctx.grammar.np_after(verb.end() + 1)
    if mention is None and (m := _INDEFINITE.match(ctx.masked, verb.end())):
        return _unnamed(ctx, m.start(), m.end(), verb.group(), rule)  # '"…," said another'

    if mention is None:
        return None
    if mention.kind == "phrase" and not _ARTICLE.match(ctx.masked, verb.end()):
        return None  # '"…," denounced her record': an object; 'said the designer': a speaker
    return resolve_in_sentence(
        ctx.resolver, ctx.sentence_start, mention, verb.group(), rule.method, rule.confidence
    )


def after(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…," X said``: the first speech verb after the quote, with its subject right before
    it and only a title or a name's first words between."""
    at = _after_mark(ctx)
    if at is None or _ACCORDING_AFTER.match(ctx.masked, at, ctx.paragraph.end):
        return None
    if _inverted_verb(ctx, at) is not None:
        return None  # "said X" decides
    grammar = ctx.grammar
    verbs = ctx.resolver.verbs_in(at, min(ctx.paragraph.end, at + 250))
    for n, v in enumerate(verbs):
        if not_a_cue(grammar, at, v) and n + 1 < len(verbs):
            head = grammar.np_before(verbs[n + 1].start() - 1)
            if head is not None and head.start <= v.start():
                continue  # a noun heading the next verb's subject: '"…," the report stated'
        if _INTRODUCES_NEXT.match(ctx.masked, v.end()):
            return None  # '… at "smaller schools," Lee said: "…"': the next quote's cue
        if set_off := _set_off_subject(ctx, at, v):
            return resolve_in_sentence(
                ctx.resolver, ctx.sentence_start, set_off, v.group(), rule.method, rule.confidence
            )
        mention = grammar.np_before(v.start() - 1) or grammar.apposition_subject(at, v.start())
        if mention is None and _INDEFINITE.fullmatch(ctx.masked, at, v.start()):
            return _unnamed(ctx, at, v.start(), v.group(), rule)  # '"…," one said'
        if mention is None or mention.kind == "relative":  # "…" who reports: not a speaker
            return None
        gap = tokens(ctx.masked[at : mention.start])  # only a title or a name's first words
        if all(
            is_title(w)
            or w.lower() in _GAP_WORDS
            or w[:1].isupper()
            or w[:1] in "$&"
            or w.isdigit()
            for _s, _e, w in gap
        ):
            return resolve_in_sentence(
                ctx.resolver, ctx.sentence_start, mention, v.group(), rule.method, rule.confidence
            )
        return None
    return None


_COMMA_AHEAD = regex.compile(r"\s*,\s*")
_POSSESSIVE_S = regex.compile(r"[’']s?$")
_UTTERANCE_END = regex.compile(r"[,!?—–]\s*$")
_NAMED_SPEAKERS = frozenset({"name", "organisation", "role", "document"})


def _set_off_subject(ctx: Context, at: int, verb) -> Mention | None:
    """The speaker named right after the quote and set off by commas before the verb, however
    long the aside (``"…," Jo Bond, 30, of Raleigh, who was polled, said``), or the name in
    apposition to a role there (``the party's nominee, Jo Bond, said``)."""
    grammar, masked = ctx.grammar, ctx.masked
    if verb.group() in PARTICIPLES or MASK in masked[at : verb.start()]:
        return None
    if not _UTTERANCE_END.search(ctx.quote.text):
        return None  # 'as "in homage to" Lazar, Song wrote': the words run on past the quote
    head = grammar.np_after(at)
    if head is None or head.kind not in {"name", "organisation", "role", "document"}:
        return None
    comma = _COMMA_AHEAD.match(masked, head.end, verb.start())
    if comma is None:
        return None
    if head.kind == "role":  # "the nominee, Jo Bond, said"
        named = grammar.np_after(comma.end())
        if named is not None and named.kind == "name" and _COMMA_AHEAD.match(masked, named.end):
            return named
    return head


def later_inverted(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…" for the fleet, said X``: an inverted speech verb after a comma later in the quote's
    sentence, never one whose object is the person addressed (``told X``)."""
    at = _after_mark(ctx)
    if at is None:
        return None
    grammar, masked = ctx.grammar, ctx.masked
    for v in ctx.resolver.verbs_in(at, grammar.sentence_end(at, ctx.paragraph.end)):
        if MASK in masked[at : v.start()]:
            return None  # another quote's
        mention = inverted_subject(grammar, v, at) if v.start() > at else None
        if mention is not None:
            return ctx.resolver.resolve(mention, v.group(), rule.method, rule.confidence)
    return None


_VERB_SHAPED = regex.compile(r"\p{Ll}[\p{Ll}\-]*(?:ed|s)\b")
_ENDS_CLAUSE = regex.compile(r"\s*(?:[.,;:!?—–]|" + MASK + r"|$)")


def after_any_verb(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…," Hannity pressed.`` / ``"…," beamed Jo Bond.``: a quote closing on a comma or a
    question or exclamation mark, then a speaker and a past or present verb that ends the
    clause, whatever the verb: news attributes with many verbs no lexicon lists."""
    q, masked, grammar = ctx.quote, ctx.masked, ctx.grammar
    at = _after_mark(ctx)
    if at is None or not _UTTERANCE_END.search(q.text):
        return None
    inverted = _VERB_SHAPED.match(masked, at)  # '"…," beamed Jo Bond.'
    mention = grammar.np_after(inverted.end() + 1 if inverted else at)
    if mention is None or mention.kind not in _NAMED_SPEAKERS | {"pronoun"}:
        return None
    if inverted:
        if mention.kind == "pronoun" or not _ENDS_CLAUSE.match(masked, mention.end):
            return None
        return ctx.resolver.resolve(mention, inverted.group(), rule.method, rule.confidence)
    verb = _VERB_SHAPED.match(masked, mention.end + 1)  # '"…," Hannity pressed.'
    if verb is None or masked[mention.end : verb.start()] != " ":
        return None
    if not _ENDS_CLAUSE.match(masked, verb.end()):
        return None
    return resolve_in_sentence(
        ctx.resolver, ctx.sentence_start, mention, verb.group(), rule.method, rule.confidence
    )


def signed(ctx: Context, rule: Rule) -> Attribution | None:
    """A name under or after the quote with a dash and no verb (``"…" ― Lorna Betts``, a reader's
    reaction signed ``— Dana Quist, 54, Tulsa``)."""
    q, masked, article = ctx.quote, ctx.masked, ctx.article
    if not q.close_mark:
        return None
    end = ctx.paragraph.end
    at = q.end + 1
    if not masked[at:end].strip() and q.paragraph + 1 < len(article.paragraphs):
        following = article.paragraphs[q.paragraph + 1]  # the name on a line of its own
        at, end = following.start, following.end
    m = _SIGNATURE.match(masked, at, end)
    if m is None:
        return None
    mention = ctx.grammar.np_after(m.end())
    if mention is None or mention.kind not in {"name", "organisation"}:
        return None
    if masked[mention.end : end].strip() and not _SIGNATURE_REST.match(masked, mention.end, end):
        return None  # more than a name and where it is from: a sentence, not a signature
    return ctx.resolver.resolve(mention, None, rule.method, rule.confidence)


# -- elsewhere in the sentence -------------------------------------------------------------------


def before_parenthetical(ctx: Context, rule: Rule) -> Attribution | None:
    """``, Ames said,`` set inside the reporter's sentence before the quote."""
    masked, start = ctx.masked, ctx.sentence_start
    for verb in ctx.resolver.verbs_in(start, ctx.quote.start - 1):
        if not _PARENTHETICAL_AFTER.match(masked, verb.end()):
            continue
        mention = ctx.grammar.np_before(verb.start() - 1)
        if (
            mention is not None
            and mention.kind in {"name", "pronoun"}
            and masked[start : mention.start].rstrip().endswith(",")
        ):
            return ctx.resolver.resolve(mention, verb.group(), rule.method, rule.confidence)
    return None


def before(ctx: Context, rule: Rule) -> Attribution | None:
    """The nearest speech verb earlier in the quote's sentence, with its subject (``Oduya told
    reporters that the bill comes "…"``)."""
    start = ctx.sentence_start
    verbs = ctx.resolver.verbs_in(start, ctx.quote.start - 1)
    for n in range(len(verbs) - 1, -1, -1):
        verb = verbs[n]
        if agent := passive_agent(ctx.grammar, verb):  # "was asked by Jo Baker whether"
            return ctx.resolver.resolve(agent, verb.group(), rule.method, rule.confidence)
        if not_a_cue(ctx.grammar, start, verb):
            continue
        found = attribute_verb(ctx.resolver, verb, start, rule.method, rule.confidence, ctx.earlier)
        if found is not None:
            return _reporter(ctx, verbs[:n], verb, rule) or found
    return None


#: what ends a speech verb's object clause before a second verb: punctuation, a quote, a
#: conjunction, a wh-word ("to praise what she called")
_CLAUSE_BREAK = regex.compile(
    r"[,;:()\[\]—–" + MASK + r"]|\s(?:and|but|or|while|when|after|what|which|who|how|where)\s"
)
_INFINITIVE = regex.compile(r"\bto\s+$")


def _reporter(ctx: Context, earlier: list, verb, rule: Rule) -> Attribution | None:
    """The speaker of a speech verb whose object clause holds ``verb`` (``Oduya said Lee told
    the board the bridge is "…"``): news gives the words to the one who reports them."""
    start = ctx.sentence_start
    for outer in reversed(earlier):
        if _CLAUSE_BREAK.search(ctx.masked, outer.end(), verb.start()):
            return None
        if (
            outer.group() in PARTICIPLES
            or _INFINITIVE.search(ctx.masked, start, outer.start())
            or not_a_cue(ctx.grammar, start, outer)
        ):
            continue
        found = attribute_verb(ctx.resolver, outer, start, rule.method, rule.confidence, [])
        if found is not None and found.mention:
            return found
    return None


def later(ctx: Context, rule: Rule) -> Attribution | None:
    """A speech verb later in the quote's sentence with its subject beside it (``… a "rough
    week", the Daily Caller reports.``)."""
    q, masked, para_end, grammar = ctx.quote, ctx.masked, ctx.paragraph.end, ctx.grammar
    if (
        q.text.rstrip().endswith((".", "!", "?"))
        and masked[q.end + 1 : para_end].lstrip()[:1].isupper()
    ):
        return None  # the quote ended its sentence
    end = grammar.sentence_end(q.end + 1, para_end)
    for verb in ctx.resolver.verbs_in(q.end + 1, end):
        if agent := passive_agent(grammar, verb):  # "… as described by Jo Smith"
            return ctx.resolver.resolve(agent, verb.group(), rule.method, rule.confidence)
        if verb.group() in PARTICIPLES or not_a_cue(grammar, q.end + 1, verb):
            continue
        mention = grammar.np_before(verb.start() - 1)
        if mention is None or mention.start <= q.end:
            mention = grammar.np_after(verb.end() + 1)  # "…, says Jo Smith, a consultant"
        if mention is not None and mention.start > q.end and mention.kind in RESOLVED:
            return ctx.resolver.resolve(mention, verb.group(), rule.method, rule.confidence)
    return None


# -- from other quotes ---------------------------------------------------------------------------


def continuation(ctx: Context, rule: Rule) -> Attribution | None:
    """A later part of a quote running over several paragraphs: its first part's speaker."""
    if ctx.quote.part_of is None:
        return None
    first = ctx.done[ctx.quote.part_of].attribution
    return replace(first, method=rule.method, confidence=rule.confidence)


def split(ctx: Context, rule: Rule) -> Attribution | None:
    """The second half of a split quote (``"…," she said. "…"``), or another quote of the
    paragraph with no cue of its own: the quote before it's speaker."""
    if not ctx.same_paragraph or not ctx.same_paragraph[-1].attribution.mention:
        return None
    previous = ctx.same_paragraph[-1]
    between = previous.end < (previous.attribution.mention_start or -1) < ctx.quote.start
    if ctx.quote.kind != "sentence" and not between:
        return None
    confidence = min(rule.confidence, previous.attribution.confidence)
    return replace(previous.attribution, method=rule.method, confidence=confidence)


def _previous_sentence(ctx: Context, rule: Rule, anywhere: bool) -> Attribution | None:
    q, para_start, start = ctx.quote, ctx.paragraph.start, ctx.sentence_start
    if start == para_start:
        return None
    if not anywhere and (q.kind != "sentence" or q.start - 1 > start + 1):
        return None
    previous_start = ctx.grammar.sentence_start(para_start, start - 2)
    verbs = cues(ctx.resolver, previous_start, start, participles=anywhere)
    if not verbs:
        return None
    return attribute_verb(ctx.resolver, verbs[-1], previous_start, rule.method, rule.confidence, [])


def previous_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence right after ``Jo Smith said in a statement.`` in its paragraph."""
    return _previous_sentence(ctx, rule, anywhere=False)


def nearby(ctx: Context, rule: Rule) -> Attribution | None:
    """Any quote of a sentence with no cue of its own, after a sentence with a speech verb
    (``Ames has argued that … As a result, there is "a very powerful industry"``)."""
    return _previous_sentence(ctx, rule, anywhere=True)


# -- from the paragraph before -------------------------------------------------------------------


def _paragraph_before(ctx: Context) -> int | None:
    """The index of the text paragraph before a quote that opens its own paragraph."""
    if ctx.quote.start - 1 != ctx.paragraph.start:
        return None
    index = ctx.quote.paragraph - 1
    while index >= 0 and ctx.article.paragraphs[index].role not in {"body", "title", "standfirst"}:
        index -= 1
    return index if index >= 0 else None


def _colon_sentence(ctx: Context) -> tuple[Paragraph, int] | None:
    index = _paragraph_before(ctx)
    if index is None:
        return None
    prev = ctx.article.paragraphs[index]
    if not ctx.masked[prev.start : prev.end].rstrip().endswith(":"):
        return None
    return prev, ctx.grammar.sentence_start(prev.start, prev.end - 1)


def colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after ``Caddell continued:``: the speech verb's subject."""
    if (found := _colon_sentence(ctx)) is None:
        return None
    prev, start = found
    verbs = list(ctx.resolver.verbs_in(start, prev.end))
    if not verbs:
        return None
    return attribute_verb(ctx.resolver, verbs[-1], start, rule.method, rule.confidence, [])


def colon_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after a colon and no speech verb (``Jo Potts echoed:``): the
    sentence's subject."""
    if (found := _colon_sentence(ctx)) is None:
        return None
    prev, start = found
    subject = ctx.grammar.sentence_subject(start, prev.end)
    if subject is None:
        return None
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)


def paragraph_continuation(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph following a paragraph of one speaker's quotes: that speaker."""
    index = _paragraph_before(ctx)
    if index is None:
        return None
    previous = [d for d in ctx.by_paragraph.get(index, ()) if d.speaker]
    if not previous:
        return None
    confidence = min(rule.confidence, previous[-1].attribution.confidence)
    return replace(previous[-1].attribution, method=rule.method, confidence=confidence)


def previous_paragraph(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after ``Jo Smith issued a statement apologising.``: the last speech
    verb of the paragraph before."""
    index = _paragraph_before(ctx)
    if index is None:
        return None
    prev = ctx.article.paragraphs[index]
    start = ctx.grammar.sentence_start(prev.start, prev.end - 1)
    verbs = cues(ctx.resolver, start, prev.end)
    if not verbs:
        return None
    return attribute_verb(ctx.resolver, verbs[-1], start, rule.method, rule.confidence, [])


# -- no cue at all -------------------------------------------------------------------------------


#: words that open a clause of its own inside a sentence, its subject right after them
_SUBORDINATOR = regex.compile(
    r"\b(?:because|although|though|if|when|whenever|while|before|after|since|unless|until|"
    r"where|why|whereas|so that|once)\s+",
    regex.IGNORECASE,
)


def _clause_subject(ctx: Context) -> Mention | None:
    """The subject of the subordinate clause holding the quote (``… long before officials
    started to call it a "workplace" issue``): the noun phrase after the last subordinator
    before the quote, followed by its verb."""
    grammar, q = ctx.grammar, ctx.quote
    openers = list(_SUBORDINATOR.finditer(ctx.masked, ctx.sentence_start, q.start - 1))
    if not openers:
        return None
    opener = openers[-1]
    mention = grammar.np_after(opener.end())
    if mention is None or mention.end >= q.start or mention.kind == "relative":
        return None
    between = ctx.masked[mention.end : q.start]
    following = between.split()[:1]
    if not following or not following[0][:1].islower():
        return None  # no verb after it: not a clause's subject
    if "," in between:
        return None  # the clause ended before the quote: "When it comes up, Ames calls it …"
    return mention


def _embedded_subject(ctx: Context):
    q = ctx.quote
    if q.kind != "fragment":
        return None
    if (clause := _clause_subject(ctx)) is not None:
        return clause
    subject = ctx.grammar.sentence_subject(ctx.sentence_start, q.start - 1, phrase=True)
    if subject is None or subject.end > q.start:
        return None
    return subject


_SPEECH_NOUN = regex.compile(
    r"(?P<owner>\b(?:his|her)|\b\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3}[’']s?)"
    r"\s+(?:[\p{Ll}\-]+\s+){0,3}?(?P<noun>\p{Ll}+)\s+(?:(?:that|of|to be|for|as|was|is),?\s+)?"
    + MASK
    + r"*$"
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def possessed_words(ctx: Context, rule: Rule) -> Attribution | None:
    """Words set after a possessive and a noun of speech (``Ames’s claim that "…"``, ``her
    remark that "…"``): the possessor's."""
    start = max(ctx.sentence_start, ctx.quote.start - 120)
    m = _SPEECH_NOUN.search(ctx.masked, start, ctx.quote.start)
    if m is None or m.group("noun") not in SPEECH_NOUNS:
        return None
    owner, at = m.group("owner"), m.start("owner")
    if (pronoun := _POSSESSIVE_PRONOUNS.get(owner.lower())) is not None:
        person = ctx.resolver.person_before(at, pronoun)
        if person is None:
            return None
        found = ctx.resolver.resolve(
            person, None, *adjusted(rule.method, rule.confidence, "pronoun")
        )
        return as_mentioned(found, Mention(at, m.end("owner"), owner, "pronoun"))
    mention = ctx.grammar.np_before(at + len(_POSSESSIVE_S.sub("", owner)))
    if mention is None or mention.kind not in {"name", "organisation", "document"}:
        return None
    return ctx.resolver.resolve(mention, None, rule.method, rule.confidence)


def sentence_subject_who(ctx: Context, rule: Rule) -> Attribution | None:
    """Words embedded in a relative clause (``… Ames, who could be dubbed the "presumptive
    nominee"``): the clause's antecedent."""
    subject = _embedded_subject(ctx)
    if subject is None:
        return None
    who = _RELATIVE_CLAUSE.search(ctx.masked, subject.end, ctx.quote.start - 1)
    if who is None:
        return None
    relative = Mention(who.start(1), who.end(1), who.group(1), "relative")
    antecedent = ctx.grammar.relative_antecedent(ctx.sentence_start, relative)
    if antecedent is None:
        return None
    found = ctx.resolver.resolve(antecedent, None, rule.method, rule.confidence)
    return as_mentioned(found, relative)


def sentence_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """Words embedded in a sentence with no cue (``She has suggested naming a "chief harbour
    inspector"``): the sentence's subject."""
    subject = _embedded_subject(ctx)
    if subject is None:
        return None
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)


# -- transcripts ---------------------------------------------------------------------------------


def transcript(ctx: Context, rule: Rule) -> Attribution | None:
    """A transcript turn (``WALLACE: …``): the name its label gives, or the interviewer
    (``Q``); an answer (``A``) stays unknown."""
    q = ctx.quote
    if q.kind != "turn":
        return None
    para = ctx.article.paragraphs[q.paragraph]
    label = TURN_LABEL.match(ctx.article.text, para.start, para.end)
    start, end, word = label.start("label"), label.end("label"), label.group("label")
    if word == "A":
        return Attribution(None, word, start, end, None, ":", rule.method + "+unresolved", 0.3)
    if word == "Q":
        return Attribution("interviewer", word, start, end, None, ":", rule.method, 0.8, "person")
    name = " ".join(part.capitalize() for part in word.split())
    return Attribution(
        ctx.resolver.canonical(name), word, start, end, None, ":", rule.method,
        rule.confidence, "person",
    )  # fmt: skip


def quoted_turn(ctx: Context, rule: Rule) -> Attribution | None:
    """A transcript set inside quote marks (``"QUILL: Will you vote for the bill?``): the name
    its label gives."""
    q = ctx.quote
    label = TURN_LABEL.match(ctx.article.text, q.start, q.end)
    if label is None:
        return None
    start, end, word = label.start("label"), label.end("label"), label.group("label")
    if word in {"Q", "A"} or _STAGE & set(word.split()):
        return None
    name = " ".join(part.capitalize() for part in word.split())
    return Attribution(
        ctx.resolver.canonical(name), word, start, end, None, ":", rule.method,
        rule.confidence, "person",
    )  # fmt: skip


#: the rules in order of precedence: the first that fires names the speaker. The confidences
#: are fitted to the development set (``eval/fit_confidences.py`` on ``quotecheck evaluate
#: --format json``: how often each rule named the right speaker, smoothed as (right + 1) /
#: (quotes + 2)); ``transcript`` does not occur there and keeps its set value.
RULES: tuple[Rule, ...] = (
    Rule(
        "transcript",
        0.9,
        transcript,
        "WALLACE: Will the plan pass?\n\nOKAFOR: We will see what the committee says.",
        "Okafor",
        "We will see",
    ),
    Rule(
        "transcript+quoted",
        0.9,
        quoted_turn,
        'The hearing went on late.\n\n"QUILL: Will you vote for the bill?"\n\n'
        '"HARLOW: We will see what the committee says."',
        "Harlow",
        "HARLOW",
    ),
    Rule(
        "introduced+according",
        0.93,
        according_before,
        'According to Lena Okafor, "the bridge will reopen in May."',
        "Lena Okafor",
        "the bridge",
    ),
    Rule(
        "introduced",
        0.95,
        introduced,
        'Port director Lena Okafor told reporters: "The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "after+according",
        0.86,
        according_after,
        '"The bridge will reopen in May," according to Lena Okafor.',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "after+inverted",
        0.97,
        after_inverted,
        '"The bridge will reopen in May," said port director Lena Okafor.',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "later+inverted",
        0.94,
        later_inverted,
        '"This will be a hard winter" for the fleet, said Maren Holt.',
        "Maren Holt",
        "This will be",
    ),
    Rule(
        "after",
        0.98,
        after,
        '"The bridge will reopen in May," port director Lena Okafor said.',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "signed",
        0.73,
        signed,
        '"The bridge is a disgrace and everyone knows it." ― Lorna Betts, 54, Tulsa',
        "Lorna Betts",
        "The bridge",
    ),
    Rule(
        "introduced+colon",
        0.84,
        introduced_by_colon,
        'Port director Lena Okafor was blunt: "The bridge will not reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "before+parenthetical",
        0.91,
        before_parenthetical,
        'The bridge, Lena Okafor said, will reopen "well before the summer crowds."',
        "Lena Okafor",
        "well before",
    ),
    Rule(
        "before",
        0.91,
        before,
        'Lena Okafor told the council the bridge would reopen "well before the summer."',
        "Lena Okafor",
        "well before",
    ),
    Rule(
        "later",
        0.76,
        later,
        'The council faces a "rough week" ahead of the vote, the Harbour Gazette reports.',
        "Harbour Gazette",
        "rough week",
    ),
    Rule(
        "continuation",
        0.77,
        continuation,
        'Lena Okafor, the port director, wrote to the council:\n\n"The bridge is old.\n\n'
        '"It will reopen in May."',
        "Lena Okafor",
        "It will",
    ),
    Rule(
        "split",
        0.97,
        split,
        '"The bridge is old," Lena Okafor said. "It will reopen in May."',
        "Lena Okafor",
        "It will",
    ),
    Rule(
        "previous-sentence",
        0.82,
        previous_sentence,
        'Lena Okafor spoke at the quay on Monday. "The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "colon",
        0.95,
        colon,
        'Port director Lena Okafor added:\n\n"The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "colon+subject",
        0.67,
        colon_subject,
        'Port director Lena Okafor on the delay:\n\n"The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "after+verb",
        0.88,
        after_any_verb,
        '"Will the bridge reopen in May?" Lena Okafor pressed.',
        "Lena Okafor",
        "Will the bridge",
    ),
    Rule(
        "continuation+paragraph",
        0.82,
        paragraph_continuation,
        '"The bridge is old," Lena Okafor said. "It needs work."\n\n"It will reopen in May."',
        "Lena Okafor",
        "It will reopen",
    ),
    Rule(
        "previous-paragraph",
        0.48,
        previous_paragraph,
        'Lena Okafor wrote to the ferry crews on Monday.\n\n"The bridge will reopen in May."',
        "Lena Okafor",
        "The bridge",
    ),
    Rule(
        "possessive",
        0.75,
        possessed_words,
        'The council rejected Lena Okafor’s claim that "the bridge is safe for every lorry."',
        "Lena Okafor",
        "the bridge",
    ),
    Rule(
        "sentence-subject+who",
        0.57,
        sentence_subject_who,
        'Lena Okafor, who could be called "the bridge builder," took office in May.',
        "Lena Okafor",
        "the bridge builder",
    ),
    Rule(
        "sentence-subject",
        0.67,
        sentence_subject,
        'Lena Okafor wants to appoint a "chief bridge inspector" for the port.',
        "Lena Okafor",
        "chief bridge",
    ),
    Rule(
        "nearby",
        0.38,
        nearby,
        'Lena Okafor has argued that the bridge is old. As a result, there is "a real risk."',
        "Lena Okafor",
        "a real risk",
    ),
)


def rule_of(method: str) -> str:
    """The row of :data:`RULES` an attribution's method comes from (its suffixes dropped), or
    ``"none"`` when no rule named a speaker.

    >>> rule_of("after+inverted+pronoun"), rule_of("after+pronoun"), rule_of("scare")
    ('after+inverted', 'after', 'none')
    """
    names = [r.method for r in RULES if method == r.method or method.startswith(r.method + "+")]
    return max(names, key=len, default="none")
