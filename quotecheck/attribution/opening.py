"""Rules that read the words before a quote's opening mark: a cue introducing it (``X said,
"…"``, ``According to X, "…"``, ``X: "…"``).
"""

from __future__ import annotations

import regex

from ..models import Attribution
from ..quotes import MASK
from .closing import inverted_verb, reported_in_subordinate, words_after
from .context import Context, Rule
from .cues import as_relayed, attribute_verb, cues, passive_agent, relayed, reporter
from .phrases import RESOLVED, Mention
from .words import GIVEN_NAMES, PARTICIPLES, PARTICLES, SPEECH_NOUNS, is_title

#: a phrase naming the source of what follows: "According to X,", "In the words of X,", "Per X,",
#: "As per X," (Indian English), "In X's words,"
_ACCORDING_BEFORE = regex.compile(
    r"(?:\b[Aa]ccording to|\b[Aa]s per|\b[Ii]n the (?:words|view|opinion) of"
    r"|(?:^|(?<=[,;—–]\s))[Pp]er"
    r"|\b[Tt]o quote)"
    # the source, its initials and abbreviated titles kept ("Sen. Ruth J. Albers")
    r"\s+((?:[^,.;:]|(?<=\b\p{Lu}\p{Ll}{0,3})\.(?=\s))+?)[,:]"
    r"|\b[Ii]n\s+((?:the\s+)?\p{Lu}[^,.;:]{0,60}?)[’']s?\s+(?:own\s+)?"
    r"(?:words|view|opinion|estimation|judge?ment|assessment)[,:]"
)
_ENDS_IN_COMMA_OR_COLON = regex.compile(r"[,:]\s*$")
#: a cue introducing a quote stands at most this many tokens before the opening mark
INTRODUCING_TOKENS = 8


def _before_mark(ctx: Context) -> str:
    return ctx.masked[ctx.sentence_start : ctx.quote.start - 1]


#: a participle clause opening the sentence, up to its comma: "Asked about her chances, "
_OPENING_PARTICIPLE = regex.compile(
    r"\s*\p{Lu}\p{Ll}+(?:ing|ed(?=\s+(?:about|on|by|for|at|after|whether|if|over|during|to)\s))"
    r"\b[^,;:\"“”«»„" + MASK + r"]{0,80}?,\s*"
)


def _introducing_verbs(ctx: Context) -> list:
    """The cue standing a few words before the opening mark, when the words before it end in a
    comma or a colon (``X said, "…"``, ``X told Y: "…"``)."""
    if not _ENDS_IN_COMMA_OR_COLON.search(_before_mark(ctx)):
        return []
    # "Asked about it, Jo Ames smiled: "…"": a participle clause opening the sentence
    # introduces nothing
    opening = _OPENING_PARTICIPLE.match(ctx.masked, ctx.sentence_start, ctx.quote.start - 1)
    verbs = [
        v
        for v in cues(ctx.resolver, ctx.sentence_start, ctx.quote.start - 1)
        if opening is None or v.start() >= opening.end()
    ]
    last = ctx.resolver.verbs_in(ctx.sentence_start, ctx.quote.start - 1)[-1:]
    if last and last[-1] not in verbs and passive_agent(ctx.grammar, last[-1]):
        verbs = last  # a passive with its agent: 'The board was told by Lena Okafor: "…"'
    if verbs and len(ctx.grammar.tokens(verbs[-1].end(), ctx.quote.start - 1)) <= (
        INTRODUCING_TOKENS
    ):
        return verbs
    return []


def according_before(ctx: Context, rule: Rule) -> Attribution | None:
    """``According to X, "…"`` (``In the words of X``, ``Per X``, ``In X's words``)."""
    if m := _ACCORDING_BEFORE.search(_before_mark(ctx)):
        group = 1 if m.group(1) is not None else 2
        start, end = ctx.sentence_start + m.start(group), ctx.sentence_start + m.end(group)
        if cues(ctx.resolver, ctx.sentence_start, start):
            return None  # the frame of a reported clause: "Ames said, per a translator, that …"
        # any source, a name or not: "According to some on Twitter, …"
        mention = ctx.grammar.np_after(start) or Mention(start, end, m.group(group), "phrase")
        # "According to the mayor, Jo Ames, …": the person the role stands for
        mention = ctx.grammar.named_in_apposition(mention, ctx.quote.start) or mention
        found = ctx.resolver.resolve(mention, "according to", rule.method, rule.confidence)
        told = cues(ctx.resolver, mention.end, ctx.quote.start)
        if told:  # "According to Brell, King warned that "…"": King's words, as Brell tells it
            inner = attribute_verb(
                ctx.resolver, told[-1], mention.end, rule.method, rule.confidence, ctx.earlier
            )
            if inner is not None:  # whoever they are, the source only relays their words
                return relayed(found, inner) if inner.speaker else as_relayed(found)
        return found
    return _view_of(ctx, rule)


#: a sentence opening on whose view it gives: "To Ann King, …", "For Ann King, …"
_VIEW_OPENING = regex.compile(r"(?:To|For)\s+(?=\p{Lu})")


def _view_of(ctx: Context, rule: Rule) -> Attribution | None:
    """``To Ann King, the plan is "…"``, ``For Ann King, …``: the view, and so the words, of
    the person the sentence opens on, when no verb of saying in it gives them to another; only a
    person named with a given name (``For Eastfield, …`` is a place's benefit, no speaker)."""
    view = _VIEW_OPENING.match(ctx.masked, ctx.sentence_start, ctx.quote.start)
    if view is None or cues(ctx.resolver, ctx.sentence_start, ctx.quote.start):
        return None
    mention = ctx.grammar.np_after(view.end())
    if mention is None or mention.kind != "name" or not ctx.masked.startswith(",", mention.end):
        return None
    found = ctx.resolver.resolve(mention, None, rule.method, rule.confidence)
    words = (found.speaker or "").split()
    if found.source_type != "person" or len(words) < 2 or words[0].lower() not in GIVEN_NAMES:
        return None
    return found


def introduced(ctx: Context, rule: Rule) -> Attribution | None:
    """A speech verb ending right before the opening mark: ``X said, "…"``."""
    if _ACCORDING_BEFORE.search(_before_mark(ctx)):
        return None  # "according to" decides
    verbs = _introducing_verbs(ctx)
    if (
        not verbs
        or _name_heading(ctx)
        or (_cue_right_after(ctx) and not reported_in_subordinate(ctx))
    ):
        return None  # '…: "France is lost," he claimed': the cue beside the words decides
    if agent := passive_agent(ctx.grammar, verbs[-1]):  # 'was asked by Jo Baker, "…"'
        return ctx.resolver.resolve(agent, verbs[-1].group(), rule.method, rule.confidence)
    verb, start = verbs[-1], ctx.sentence_start
    found = attribute_verb(ctx.resolver, verb, start, rule.method, rule.confidence, ctx.earlier)
    if found is None:
        return None
    earlier = ctx.resolver.verbs_in(start, verb.start())
    outer = reporter(ctx.resolver, start, earlier, verb, rule.method, rule.confidence)
    if outer is None or found.mention_start is None or verb.group() in PARTICIPLES:
        return found
    # the cue's subject opens the object clause of the verb before ("X said he often asks, …")
    opens = _OBJECT_CLAUSE.fullmatch(ctx.masked, outer.mention_end or 0, found.mention_start)
    return relayed(outer, found) if opens else found


#: between a speech verb's subject and the subject of its object clause: the verb, maybe
#: "that" ("prosecutors say that he told")
_OBJECT_CLAUSE = regex.compile(r"\s+\p{Ll}+\s+(?:that\s+)?")
#: a possessive pronoun and a noun of speech opening the words before a colon ("Her answer to
#: critics:", "His reply was short:")
_OWNED_WORDS = regex.compile(
    r"(?:His|Her)\s+(?P<noun>"
    + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True))
    + r")\b[^:.!?\n]{0,40}:\s*$"
)
#: a name's possessive and a noun of speech opening the words before a colon ("Brell's
#: response:", "The council's answer to critics:")
_NAMED_OWNER_WORDS = regex.compile(
    r"\s*(?:[Tt]he\s+)?(?P<owner>[\p{L}.\-]+(?:\s+[\p{L}.\-]+){0,2}?)[’'](?:s\b)?\s+(?P<noun>"
    + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True))
    + r")\b[^:.!?\n]{0,40}:\s*$"
)
_DASH_END = regex.compile(r"\s+(?:--|[—–])\s*$")
_DASH_BEFORE = regex.compile(r"(?:\G|[—–-])\s*$")  # \G: where the search starts


def _name_heading(ctx: Context) -> Mention | None:
    """A name standing alone before the colon, after a dash or at the sentence's start (``Polls
    agree - Jo Smith: "…"``): the source of the words, as a round-up of sources sets them."""
    opening = ctx.quote.start - max(1, len(ctx.quote.open_mark))  # "« " with its space
    before = ctx.masked[ctx.sentence_start : opening].rstrip()
    if not before.endswith(":"):
        return None
    mention = ctx.grammar.np_before(ctx.sentence_start + len(before) - 1)
    if mention is None or mention.kind not in {"name", "organisation"}:
        return None
    words = mention.text.split()
    if any(w[:1].islower() and w not in PARTICLES and not is_title(w) for w in words):
        return None  # a clause, not a name alone: "C'est Me X qui s'avance … de Y :"
    if not _DASH_BEFORE.search(ctx.masked, ctx.sentence_start, mention.start):
        return None
    return mention


def named_before_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A name standing alone before a colon and the quote, after a dash or opening the
    sentence: a French headline's way of giving whose words they are (``Football – Hugo Perrin
    : « … »``); English reads it in ``introduced+colon``, German in ``before-de``."""
    heading = _name_heading(ctx)
    if heading is None or heading.kind != "name":
        return None
    return ctx.resolver.resolve(heading, None, rule.method, rule.confidence)


def _cue_right_after(ctx: Context) -> bool:
    """Whether a speech verb and its subject follow the quote's closing comma (``"…," he
    said``, ``"…," said Ames``)."""
    q = ctx.quote
    if not q.text.rstrip().endswith(","):
        return False
    at = words_after(ctx)
    if at is None:
        return False
    if inverted_verb(ctx, at) is not None:
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


#: a label that opens on a preposition names a topic: "On the win:", "About Coach Ames --"
_TOPIC_LABEL = regex.compile(r"\s*(?:On|About|Regarding|Concerning|Re|As for)\b")


#: a preposition of where or when before a noun phrase ("on Radio Eastfield", "at the rally"),
#: not one of a source ("from the report:")
_PLACE_BEFORE = regex.compile(r"\b(?i:on|at|in|during)\s+(?:the\s+)?$")


def introduced_by_colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A colon with no speech verb before the quote (``The email goes on: "…"``), taken only
    when no cue follows the quote either."""
    before = _before_mark(ctx)
    if _ACCORDING_BEFORE.search(before):
        return None
    if _DASH_END.search(before) and ctx.quote.kind == "sentence":
        before = _DASH_END.sub(":", before)
    if not before.rstrip().endswith(":"):
        return None
    if heading := _name_heading(ctx):
        return ctx.resolver.resolve(heading, None, rule.method, rule.confidence)
    if owned := _OWNED_WORDS.match(before):
        # "Her answer to critics: "…"" (a noun, not the verb "answer"): the words of the
        # person the pronoun stands for
        start = ctx.sentence_start + owned.start("noun")
        words = Mention(start, start + len(owned.group("noun")), owned.group("noun"), "document")
        return ctx.resolver.resolve(words, None, rule.method, rule.confidence)
    if named := _NAMED_OWNER_WORDS.match(before):
        # "Brell's response: "…"": the words of the one whose response it is
        end = ctx.sentence_start + named.end("owner")
        owner = ctx.grammar.np_before(end, subject=False)
        if owner is not None and owner.kind in {"name", "organisation"}:
            return ctx.resolver.resolve(owner, None, rule.method, rule.confidence)
    if _introducing_verbs(ctx):
        return None  # a verb introduces it: that rule decides
    grammar = ctx.grammar
    subject = grammar.sentence_subject(ctx.sentence_start, ctx.quote.start - 1)
    if subject is None and _TOPIC_LABEL.match(ctx.masked, ctx.sentence_start):
        return None  # what the words are about ("On stopping the Run:"), not who said them
    if subject is None:  # the source named right before the colon ("… surprise pollster X:")
        colon = ctx.sentence_start + before.rstrip().rindex(":")
        subject = grammar.np_before(colon, subject=False)
        if subject is not None and _PLACE_BEFORE.search(
            ctx.masked, max(ctx.sentence_start, subject.start - 12), subject.start
        ):
            return None  # "A week later, on Radio Eastfield:": where it was said, not who
        handle = subject is not None and ctx.masked[subject.start - 1 : subject.start] == "@"
        if subject is None or (
            subject.kind not in {"name", "organisation", "document"} and not handle
        ):  # an account by its handle stands as a name does ("@eastfieldmum:")
            # or a common noun phrase opening the sentence ("Respondents must answer:")
            subject = grammar.sentence_subject(ctx.sentence_start, colon, phrase=True)
            if subject is None or subject.start != ctx.sentence_start:
                return None
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)
