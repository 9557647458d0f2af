"""Rules that read the words after a quote's closing mark: a cue following it (``"…," X
said``, ``"…," said X``, ``"…," according to X``, a signature line).
"""

from __future__ import annotations

import regex

from ..models import Attribution
from ..quotes import MASK, signature_line
from .context import Context, Rule
from .cues import (
    after_possessive,
    as_relayed,
    attribute_verb,
    cues,
    inverted_subject,
    not_a_cue,
    opens_reported_clause,
    passive_agent,
    quoted_as,
    relayed,
    resolve_in_sentence,
    someone_of,
    surname_alone,
)
from .grammar import SET_OFF
from .phrases import RESOLVED, Mention
from .resolve import UNRESOLVED, adjusted
from .words import (
    AUXILIARIES,
    DOCUMENT_NOUNS,
    PARTICIPLES,
    PRONOUNS,
    RELATIVES,
    SPEECH_NOUNS,
    SPEECH_VERB_FORMS,
    VerbMatch,
    is_title,
    person_noun,
)

_ACCORDING_AFTER = regex.compile(
    r"according to\s+|\bas per\s+|\bin the (?:view|opinion|estimation|judge?ment) of\s+"
    # ", per a source familiar with the talks": "per" set off, before a source, not a rate
    r"|(?<=[,;—–" + MASK + r"]\s)per\s+(?=(?:a|an|the)\s|\p{Lu})"
    # "in Brell's view": the name before its possessive
    r"|\bin\s+(?=\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}[’']s?\s+"
    r"(?:view|opinion|estimation|judge?ment|assessment)\b)"
    # the words given as someone's answer: '"…," came the swift reply from X', '"…," was the
    # verdict of X'
    r"|\b(?:came|was)\s+(?:the|a|an|his|her|their)\s+(?:\p{Ll}+\s+)?"
    r"(?:reply|response|answer|retort|rejoinder|verdict|reaction|assessment)\s+(?:from|of)\s+"
)
#: from a common noun phrase to a name in apposition: ", ", " of the boy, ", " in Eastfield, "
_TO_APPOSITION = regex.compile(
    r"(?:\s+(?:of|for|at|from|in|on)\s+[^,.;:" + MASK + r"]{1,40}?)?,\s+"
)
#: a pronoun object and what it is blamed or praised for: the verb reports no quote before it
_OBJECT_AFTER = regex.compile(r"\s+(?:it|him|her|them|us|me)\s+(?:of|for)\b")
_WORD_AFTER = regex.compile(r"\s+\K\p{Lu}\p{Ll}+")
_INTRODUCES_NEXT = regex.compile(r"\s*:\s*[\"“”'‘«„" + MASK + "]")
_JOINED_QUOTE = regex.compile(r"[,.]?\s*(?:and|or|,)\s*" + MASK + r"+[.!?,]*" + MASK + "?")
_CLOSING_MARKS = "\"”’'»“ \u00a0\u202f"
_LEAD_AFTER_QUOTE = regex.compile(r"[,.;:!?]?\s*[—–-]*\s*")
#: what opens a common noun phrase that names a speaker after an inverted verb ('said the
#: designer', 'said one source'), unlike an object ('denounced her record')
_ARTICLE = regex.compile(r"\s+(?:the|a|an|one|another|two|three|several|some)\s", regex.IGNORECASE)
#: an unnamed speaker right before the verb: "one said", "said another", "someone shouted"
#: a recording's speaker, heard in it: '"…," the caller can be heard saying', "was heard to say"
_HEARD_BEFORE = regex.compile(
    r"\s+(?:(?:can|could|may|might|will|would)(?:\s+also|\s+clearly)?\s+be|is|are|was|were"
    r"|(?:has|have|had)\s+been)(?:\s+also|\s+clearly)?\s+(?:heard|seen)(?:\s+to)?\s+$"
)
_INDEFINITE = regex.compile(
    r"\s*(?:one|another|someone|somebody|a (?:man|woman|voice|resident|reader|witness))\b\s*",
    regex.IGNORECASE,
)
#: verbs that take no object between them and their subject when inverted: whatever follows
#: them is the speaker ('"…," said lawyers for the family')
_NO_OBJECT_VERBS = frozenset({"say", "add"})
_SIGNATURE = regex.compile(r"[.,]?\s*[―—–-]{1,2}\s*")
#: a signature in brackets right after the closing mark: '"…" (Dana Quist, Eastfield)'
_BRACKET_SIGNATURE = regex.compile(r"\s*\(\s*(?=\p{Lu})")
#: what may follow the name inside those brackets (an age, a place, how the words came), up to
#: the closing bracket that ends the line
_BRACKET_SIGNATURE_REST = regex.compile(r"(?:,\s*[^(),.;:!?]{1,40}){0,3}\s*\)[.]?\s*$")
#: what may follow a signature's name: an age, a place, a role, after commas
_SIGNATURE_REST = regex.compile(
    # an embedded post's handle and date: "— Jo Ames (@joames) May 3, 2016"
    r"(?:\s*\(@\w{1,30}\)(?:\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4})?)?"
    # where or how it was said first: "via Twitter", "on Instagram", "in a statement"
    r"(?:\s+(?:via|on|in|to|at)\s+[^,.;:!?]{1,40})?"
    r"\s*(?:,\s*[^,.;:!?]{1,40}){0,3}"
    r"(?:,\s*who\b[^;:!?]{1,120})?"  # "…, who represents the owners"
    # the occasion or the topic, as a round-up of the week's quotes gives it: "— Jo Ames after
    # the vote", "— Jo Ames, mayor, on the port's sale"
    r"(?:,?\s+(?:after|before|during|when|while|following|on|about|regarding|referencing"
    r"|referring\s+to|responding\s+to|explaining|describing)\s[^;!?\n]{1,200}?)?\.?\s*$"
)
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that"})
#: a noun phrase and a phrase after a preposition that modifies it, between a quote and its
#: verb: "a source familiar with the talks", "officials in Dover", "Jo Ames from Dover"
_MODIFIED = regex.compile(
    r"\s*(?P<det>(?i:the|a|an|one|another|some|two|three|several|many)\s+)?"
    r"(?P<head>(?:\p{L}[\p{L}’'.-]*\s+){0,3}?\p{L}[\p{L}’'.-]*)\s+"
    r"(?:in|at|from|for|to|of|on|with|near|inside|close\s+to|familiar\s+with)\s+"
    r"(?P<object>(?:[\p{L}\p{N}][\p{L}\p{N}’'&-]*\s+){0,5}?[\p{L}\p{N}][\p{L}\p{N}’'&-]*)\s*"
)
_THAT_BEFORE = regex.compile(r"\bthat\s*$")
#: a verb naming its object, then the object and maybe an article, right before the quote:
#: the words are the namer's
_NAMED_AS = regex.compile(
    r"(?<!\b(?i:his|her|their|its|a|the|our|my)\s)"  # not a noun: "his call for a"
    r"\b(?:call(?:s|ed)?|dub(?:s|bed)?|brand(?:s|ed)?|label(?:s|led|ed)?|term(?:s|ed)?)"
    r"(?:\s+[\p{L}\p{N}’'.-]+){0,4}\s+(?:(?:a|an|the|as)\s+)?$"
)
_FEW_WORDS = regex.compile(r"(?:\s+[\p{L}\p{N}’'-]+){0,4}\s*")
#: verb forms that show the words before a verb are a clause of their own, not its subject
_NOT_IN_PHRASE = regex.compile(r"\p{Ll}{2,}(?:ing|ed)")
_NOT_IN_PHRASE_WORDS = AUXILIARIES | PRONOUNS | RELATIVES | {"and", "or", "but", "if", "as", "when"}
_GAP_WORDS = _NOUN_DETERMINERS | {"some", "one", "another", "for", "of", "many", "several"}


def words_after(ctx: Context) -> int | None:
    """Where the words after the quote start (past quotes joined to it by "and"), or None when
    the quote closed its sentence and what follows starts another."""
    q, masked, end = ctx.quote, ctx.masked, ctx.paragraph.end
    pos = q.end + len(q.close_mark)
    last = q.text  # the last of the quotes joined: '"…" and "No more hate." In X, …'
    while joined := _JOINED_QUOTE.match(masked, pos, end):
        pos = joined.end()
        last = ctx.article.text[joined.start() : pos].rstrip(_CLOSING_MARKS)
    lead = _LEAD_AFTER_QUOTE.match(masked, pos, end)
    at = lead.end()
    # a full stop inside the marks, or outside them ('"productive". He …'), ended the sentence
    stopped = last.rstrip().endswith(".") or lead.group().lstrip()[:1] in {".", "!", "?"}
    if stopped and masked[at : min(at + 1, end)].isupper() and not _bare_cue(ctx, at, end):
        return None
    return at


#: a quote closing on "!" or "?", after which a capital may open a cue or a new sentence
_ENDS_ON_EXCLAMATION = regex.compile(r"[!?][\s\"”’']*$")
#: a verb's own object clause: the verb reports it, not the quote before
_THAT_NEXT = regex.compile(r"\s+that\b")
_THAT = regex.compile(r"\bthat\b")
#: an article or a possessive right before a quote's opening mark, and a noun in lower case
#: right after its closing one: the quoted words qualify the noun
_DETERMINER_BEFORE = regex.compile(r"\b(?i:a|an|the|this|that|its|their|his|her|our)\s+$")
_NOUN_AFTER = regex.compile(r"[ \u00a0]+\p{Ll}{2,}\b")
#: a sentence of nothing but a subject and its speech verb ("Ames said.", "The bank said."),
#: perhaps with a day or the channel it spoke through ("… said in a statement on Monday.")
_BARE_CUE = regex.compile(
    r"(?:(?:\p{Lu}[\p{L}’'\-]+\.?\s+){0,3}\p{Lu}[\p{L}’'\-]+|He|She|They"
    r"|The(?:\s+\p{Ll}[\p{Ll}\-]+){1,2}?)\s+(?:also\s+)?(?P<verb>\p{Ll}+)"
    r"(?:\s+(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:\p{Ll}+\s+)??"
    r"(?P<channel>\p{Ll}+))?(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s*\.(?=\s|$)"
)
#: what a speaker speaks through, besides a document or a statement: "in an interview"
_CHANNELS = DOCUMENT_NOUNS | SPEECH_NOUNS | {"interview", "briefing", "conference", "speech"}


def _qualifies_noun(ctx: Context) -> bool:
    """Whether the quoted words stand between an article and a noun (``a "Save the Docks"
    campaign branding …``): they qualify the noun, which is no speaker after them."""
    q, masked = ctx.quote, ctx.masked
    return bool(
        q.text.rstrip()[-1:] not in {",", ".", "!", "?"}
        and _DETERMINER_BEFORE.search(masked, max(0, q.start - 12), q.start - len(q.open_mark))
        and _NOUN_AFTER.match(masked, q.end + len(q.close_mark), ctx.paragraph.end)
    )


def _bare_cue(ctx: Context, at: int, end: int) -> bool:
    """Whether the sentence after a quote closed by a full stop is only its cue ('"… are
    missing." Ames said.'): the quote's, written with a stop for a comma."""
    m = _BARE_CUE.match(ctx.masked, at, end)
    if m is None or (m.group("channel") and m.group("channel") not in _CHANNELS):
        return False
    return bool(ctx.resolver.verbs_in(m.start("verb"), m.end("verb")))


def inverted_verb(ctx: Context, at: int):
    """A speech verb right after the quote, before its subject (``"…," said X``)."""
    first = ctx.resolver.verbs_in(at, at + 40)[:1]
    if (
        first
        and first[0].start() == at
        and first[0].group() not in PARTICIPLES
        and ctx.masked[first[0].end() : first[0].end() + 1].isspace()  # not '"…" remark. Then'
        and not _inside_clause(ctx, at)
    ):
        return first[0]
    return None


def _inside_clause(ctx: Context, at: int) -> bool:
    """Whether the quote is a fragment closing on a word with only a space before the verb
    after it (``the board had "never once" asked the crews``): words inside the sentence's own
    clause, whose verb runs on past them; no inverted cue (``"…," said X``) sets them off."""
    q = ctx.quote
    return (
        q.kind == "fragment"
        and q.text.rstrip()[-1:].isalnum()
        and not ctx.masked[q.end + len(q.close_mark) : at].strip()
    )


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
    according to X``); ``"…," came the reply from X``."""
    at = words_after(ctx)
    if at is None:
        return None
    end = ctx.grammar.sentence_end(at, ctx.paragraph.end)
    m = _ACCORDING_AFTER.search(ctx.masked, at, end)
    if m is None:
        return None
    if (
        m.start() > at
        and ctx.masked[at : at + 1].isupper()
        and _ENDS_ON_EXCLAMATION.search(ctx.quote.text)
        and not cues(ctx.resolver, at, m.start())
    ):  # '"Is it open?" The shop is …, according to its website': a new sentence, not a cue
        return None
    if MASK in ctx.masked[at : m.start()] and cues(ctx.resolver, at, m.start()):
        return None  # another quote's, with a cue of its own: '"…," Ames said of "…," according to'
    mention = ctx.grammar.np_after(m.end())
    if mention is None:
        return None
    # "according to the harbour master, Ines Calloway": the person the role stands for
    mention = ctx.grammar.named_in_apposition(mention, end, SET_OFF) or mention
    method, confidence = rule.method, rule.confidence
    if cues(ctx.resolver, ctx.sentence_start, m.start()):  # '"…," Ames said, according to X'
        method, confidence = adjusted(method, confidence, "relayed")
    replied = m.group()[:4] in {"came", "was "}  # '"…," came the reply from X'
    cue = " ".join(m.group().split()) if replied else "according to"
    return ctx.resolver.resolve(mention, cue, method, confidence)


_ARTICLE_START = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_FINAL_CLAUSE = regex.compile(r",\s*(?P<clause>[^,;:" + MASK + r"]{3,80}?)\s*[.!?]?\s*$")


def reporter_last(ctx: Context, rule: Rule) -> Attribution | None:
    """A source and its verb closing the quote's sentence after a comma (``… fans chanted
    "…," waving banners, the Harbour Gazette reported.``): the source of everything the sentence
    reports. (``…, reported the Gazette`` is ``later+inverted``'s.)"""
    at = words_after(ctx)
    if at is None:
        return None
    grammar, masked = ctx.grammar, ctx.masked
    end = grammar.sentence_end(at, ctx.paragraph.end)
    last = ctx.resolver.verbs_in(at, end)[-1:]
    if not last or masked[last[0].end() : end].strip(" .!?"):
        return None  # no speech verb closing the sentence
    final = _FINAL_CLAUSE.search(masked, at, end)
    if final is None or final.start() <= at:
        return None  # the quote's own attribution slot: the rules after the mark decide
    verbs = cues(ctx.resolver, final.start("clause"), final.end("clause"), participles=False)
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    mention = grammar.np_before(verb.start() - 1)
    if mention is None or mention.kind not in {"name", "organisation", "document"}:
        return None
    clause = masked[final.start("clause") : final.end("clause")].strip()
    if _ARTICLE_START.sub("", clause) != masked[mention.start : verb.end()].strip():
        return None  # more than a source and its verb: a clause of its own
    return ctx.resolver.resolve(mention, verb.group(), rule.method, rule.confidence)


def after_inverted(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…," said X``."""
    at = words_after(ctx)
    if at is None or _ACCORDING_AFTER.match(ctx.masked, at, ctx.paragraph.end):
        return None
    if _qualifies_noun(ctx):
        return None
    verb = inverted_verb(ctx, at)
    if verb is None:
        return None
    mention = ctx.grammar.np_after(verb.end() + 1) or _surname_after(ctx, verb.end())
    if mention is None and (m := _INDEFINITE.match(ctx.masked, verb.end())):
        return _unnamed(ctx, m.start(), m.end(), verb.group(), rule)  # '"…," said another'

    if mention is None:
        return None
    if opens_reported_clause(ctx.masked, mention):
        return None  # '"…," said he had "…"': the subject of what is said, no inversion
    named = _named_after(ctx, mention) if mention.kind in {"phrase", "role"} else None
    if (
        mention.kind == "phrase"
        and named is None
        and not _ARTICLE.match(ctx.masked, verb.end())
        and SPEECH_VERB_FORMS[verb.group().lower()] not in _NO_OBJECT_VERBS
        # a quote opening its sentence, then a verb and a noun for a person: the speaker
        and not (ctx.quote.kind == "sentence" and person_noun(mention.text.split()[-1].lower()))
    ):
        # '"…," denounced her record': an object; 'said the designer', '"…?" cried his wife':
        # a speaker
        return None
    if named is not None:
        mention = named  # 'said an uncle of the boy, Rob Lee.', 'urged Ames's aide, Rob Lee.'
    return resolve_in_sentence(
        ctx.resolver, ctx.sentence_start, mention, verb.group(), rule.method, rule.confidence
    )


def _surname_after(ctx: Context, at: int) -> Mention | None:
    """A known family name that is also a common word right after an inverted verb and set off
    (``"…," said May.``)."""
    word = _WORD_AFTER.match(ctx.masked, at)
    if word is None or not SET_OFF.match(ctx.masked, word.end()):
        return None
    return surname_alone(ctx.resolver, word.start(), word.end())


def _named_after(ctx: Context, phrase: Mention) -> Mention | None:
    """The name set off after a common noun phrase that closes the sentence (``said his
    uncle, Rob Lee.``, ``said a cousin of the boy, Rob Lee, …``), or None."""
    comma = _TO_APPOSITION.match(ctx.masked, phrase.end, phrase.end + 80)
    if comma is None:
        return None
    name = ctx.grammar.np_after(comma.end())
    if name is None or name.kind != "name" or not SET_OFF.match(ctx.masked, name.end):
        return None
    return name


def after(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…," X said``: the first speech verb after the quote, with its subject right before
    it and only a title or a name's first words between."""
    at = words_after(ctx)
    if at is None or _ACCORDING_AFTER.match(ctx.masked, at, ctx.paragraph.end):
        return None
    if inverted_verb(ctx, at) is not None:
        return None  # "said X" decides
    if _qualifies_noun(ctx):
        return None  # 'a "Save the Docks" campaign branding …': the campaign says nothing
    if _complement_of_cue(ctx):
        return None  # 'As Ames claimed that "…," Bell said': the quote is Ames's
    if _owned_words_after(ctx):
        return None  # "'…': the mayor's stark warning": a noun of speech, no verb; the headline's
    grammar = ctx.grammar
    verbs = ctx.resolver.verbs_in(at, min(ctx.paragraph.end, at + 250))
    set_off = _set_off_head(ctx, at) if verbs else None
    for n, v in enumerate(verbs):
        if after_possessive(grammar, at, v):
            continue  # '"…," Vogt’s call to close the pier …': a noun
        if v.group().lower() in _NAMING and n + 1 < len(verbs):
            named = grammar.np_after(v.end() + 1)
            if named is not None and named.kind == "name" and named.end >= verbs[n + 1].start() - 1:
                return resolve_in_sentence(  # '"…," one skipper called Jonas told the radio'
                    ctx.resolver,
                    ctx.sentence_start,
                    named,
                    verbs[n + 1].group(),
                    rule.method,
                    rule.confidence,
                )
        if not_a_cue(grammar, at, v) and n + 1 < len(verbs):
            head = grammar.np_before(verbs[n + 1].start() - 1)
            if head is not None and head.start <= v.start():
                continue  # a noun heading the next verb's subject: '"…," the report stated'
        if _INTRODUCES_NEXT.match(ctx.masked, v.end()):
            return None  # '… at "smaller schools," Lee said: "…"': the next quote's cue
        if _ENDS_ON_EXCLAMATION.search(ctx.quote.text) and (
            _THAT_NEXT.match(ctx.masked, v.end()) or _THAT.search(ctx.masked, at, v.start())
        ):
            return None  # '"15%!" Her father worried that …': a sentence of its own
        if _OBJECT_AFTER.match(ctx.masked, v.end()):
            return None  # '"…," he also accuses it of theft': the verb has an object of its own
        if set_off is not None and set_off.end < v.start() and _closes_aside(ctx, at, v):
            return resolve_in_sentence(
                ctx.resolver, ctx.sentence_start, set_off, v.group(), rule.method, rule.confidence
            )
        if v.group() in PARTICIPLES and (quoted := quoted_as(grammar, at, v)) is not None:
            return resolve_in_sentence(  # '"…," the Ledger quoted Jo Ames as saying'
                ctx.resolver, ctx.sentence_start, quoted, v.group(), rule.method, rule.confidence
            )
        if v.group().lower() in _TOLD and _PASSIVE_BEFORE.search(ctx.masked, at, v.start()):
            # '"…," Ames was told by Brell': the agent said it; with none, somebody unnamed
            agent = passive_agent(grammar, v)
            if agent is None:
                return Attribution(None, method=f"{rule.method}+passive")
            return resolve_in_sentence(
                ctx.resolver, ctx.sentence_start, agent, v.group(), rule.method, rule.confidence
            )
        heard = _HEARD_BEFORE.search(ctx.masked, at, v.start())
        mention = (
            grammar.np_before(heard.start() if heard is not None else v.start() - 1)
            or grammar.apposition_subject(at, v.start())
            or surname_alone(ctx.resolver, at, v.start())
        )
        if (mention is None or mention.kind == "phrase") and _INDEFINITE.fullmatch(
            ctx.masked, at, v.start()
        ):
            return _unnamed(ctx, at, v.start(), v.group(), rule)  # '"…," one said'
        if mention is not None and mention.kind == "relative":
            continue  # a verb of an aside ("…," Ames, who asked not to be named, said)
        if mention is None:
            return _modified_subject(ctx, at, v, rule)
        if mention.kind == "name" and someone_of(ctx.masked, at, mention.start):
            words = ctx.masked[at : v.start()].strip()  # '"…," an aide to Jo Ames said'
            start = ctx.masked.index(words, at)
            phrase = Mention(start, start + len(words), words, "phrase")
            return ctx.resolver.resolve(phrase, v.group(), rule.method, rule.confidence)
        gap = grammar.tokens(at, mention.start)  # only a title or a name's first words
        if len(gap) > 1 and gap[-1][2] == "and" and gap[-2][2][:1].isupper():
            gap = gap[:-1]  # a first speaker of two: '"…," Ames and Brell said'
        if all(
            is_title(w)
            or w.lower() in _GAP_WORDS
            or w[:1].isupper()
            or w[:1] in "$&@"  # "@" of a handle: '"…," @eastfieldmum wrote'
            or w.isdigit()
            for _s, _e, w in gap
        ):
            found = resolve_in_sentence(
                ctx.resolver, ctx.sentence_start, mention, v.group(), rule.method, rule.confidence
            )
            return _relaying(ctx, found, v, verbs[n + 1 :], rule)
        return _modified_subject(ctx, at, v, rule)
    return None


def _relaying(
    ctx: Context, found: Attribution | None, verb: VerbMatch, later: list[VerbMatch], rule: Rule
) -> Attribution | None:
    """``"…," Brell said King had told him``: the words of the one the verb's clause reports,
    as the verb's subject tells them: ``+relayed``, never set against an outlet that gives them
    to their author. ``found`` unchanged when the clause reports nobody else."""
    if found is None or not later or later[0].group() in PARTICIPLES:
        return found
    if not _WORDS_TO_NEXT_VERB.fullmatch(ctx.masked, verb.end(), later[0].start()):
        return found
    inner = attribute_verb(
        ctx.resolver, later[0], verb.end(), rule.method, rule.confidence, ctx.earlier
    )
    if inner is None or (inner.mention_start or 0) < verb.end():
        return found
    return relayed(found, inner) if inner.speaker else as_relayed(found)


#: the words from a verb of saying to the next that open its object clause: the clause's subject,
#: a name or a personal pronoun, and an auxiliary (" King had ", " that he has ")
_WORDS_TO_NEXT_VERB = regex.compile(
    r"\s+(?:that\s+)?(?:(?:\p{Lu}[\p{L}’'\-]*\s+){1,3}|(?:he|she|they)\s+)"
    r"(?:(?:had|has|have|would|was|were)\s+)?"
)


#: verbs whose passive subject is the one spoken to, not the speaker: "Ames was told"
_TOLD = frozenset({"told", "asked"})
#: a passive auxiliary right before a participle, an adverb maybe between: "was told", "was
#: later asked"
_PASSIVE_BEFORE = regex.compile(r"\b(?i:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?$")
#: a subordinate clause opening the sentence: "When a fan shouted, …", "As the crowd chanted, …"
_SUBORDINATE_OPENING = regex.compile(r"(?:When|As|After|Before|While|Once|Until|If)\s")
#: the comma that ends the verb's clause right before the quote
_COMMA_BEFORE_QUOTE = regex.compile(r",\s*$")


def reported_in_subordinate(ctx: Context) -> bool:
    """Whether the quote is what the speech verb ending a clause that opens the sentence
    reports (``When a fan shouted, "…," Ames joked``): that clause's subject said it, not the
    main clause's."""
    opening = ctx.quote.start - len(ctx.quote.open_mark)
    if not _SUBORDINATE_OPENING.match(ctx.masked, ctx.sentence_start, opening):
        return False
    comma = _COMMA_BEFORE_QUOTE.search(ctx.masked, max(ctx.sentence_start, opening - 3), opening)
    if comma is None or "," in ctx.masked[ctx.sentence_start : comma.start()]:
        return False  # the clause ends at a comma before: the verb is the main clause's
    verbs = ctx.resolver.verbs_in(ctx.sentence_start, opening)
    return bool(verbs) and bool(_FEW_WORDS.fullmatch(ctx.masked, verbs[-1].end(), comma.start()))


def _complement_of_cue(ctx: Context) -> bool:
    """Whether the quote is what a speech verb before it in its sentence reports (``Ames
    claimed on Tuesday that "…"``)."""
    opening = ctx.quote.start - len(ctx.quote.open_mark)
    if ctx.quote.kind == "fragment" and _NAMED_AS.search(
        ctx.masked, max(ctx.sentence_start, opening - 80), opening
    ):
        return True  # 'Ames called Bell a "talented man," agencies reported': Ames's words
    if reported_in_subordinate(ctx):
        return True  # 'When a fan shouted, "…," Ames joked': the clause's verb reports it
    that = _THAT_BEFORE.search(ctx.masked, max(ctx.sentence_start, opening - 12), opening)
    if that is None:
        return False
    for verb in reversed(ctx.resolver.verbs_in(ctx.sentence_start, that.start())):
        if not _FEW_WORDS.fullmatch(ctx.masked, verb.end(), that.start()):
            return False  # the nearest verb of saying is too far back to report the quote
        if verb.group() not in PARTICIPLES and not not_a_cue(ctx.grammar, ctx.sentence_start, verb):
            return True
    return False


def _modified_subject(ctx: Context, at: int, verb, rule: Rule) -> Attribution | None:
    """A speaker whose noun phrase a phrase after a preposition modifies, between the quote
    and the verb (``"…," a source familiar with the talks said``, ``"…," Jo Ames from Dover
    said``), or None."""
    masked = ctx.masked
    m = _MODIFIED.fullmatch(masked, at, verb.start())
    if m is None or verb.group() in PARTICIPLES or not_a_cue(ctx.grammar, at, verb):
        return None
    words = f"{m['head']} {m['object']}".split()
    if any(_NOT_IN_PHRASE.fullmatch(w) or w.lower() in _NOT_IN_PHRASE_WORDS for w in words):
        return None  # a clause, not a noun phrase: "… referring to the party's convention"
    head = m["head"].split()
    if m["det"] is None and all(w[:1].isupper() for w in head):
        subject = ctx.grammar.np_after(m.start("head"))
        if subject is None or subject.end != m.end("head") or subject.kind == "phrase":
            return None
    elif m["det"] is None and not (len(head) == 1 and head[0].islower() and head[0][-1] == "s"):
        return None  # a bare singular noun: an object or a clause, not a speaker
    else:
        phrase = Mention(m.start(), m.end("object"), masked[m.start() : m.end("object")], "phrase")
        subject = ctx.grammar.document_of(phrase)  # "a statement from the Finance Ministry"
        sender = _sender_of_text(ctx, m) if subject.kind == "phrase" else None
        subject = sender or subject
    return ctx.resolver.resolve(subject, verb.group(), rule.method, rule.confidence)


_FROM_OR_BY = regex.compile(r"\s+(?:from|by)\s+")


def _sender_of_text(ctx: Context, m: regex.Match) -> Mention | None:
    """The one a text comes from, named by a role after ``from`` or ``by`` (``a statement from
    the mayor``): the role, which the resolver follows back to its holder."""
    if not (DOCUMENT_NOUNS & {m["head"].split()[-1].lower()}):
        return None
    if not _FROM_OR_BY.fullmatch(ctx.masked, m.end("head"), m.start("object")):
        return None
    sender = ctx.grammar.np_before(m.end("object"))
    if sender is None or sender.kind != "role" or sender.start < m.start("object"):
        return None
    return sender


_COMMA_AHEAD = regex.compile(r"\s*,\s*")
_COMMA_BEFORE = regex.compile(r",\s*$")
#: the comma closing a name in apposition, maybe after where the person is from or works
#: ("the lead author, Jo Bond of Eastfield University, said")
_PLACED_COMMA = regex.compile(
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.\-’' ]{0,60}?)?\s*,\s*"
)
_UTTERANCE_END = regex.compile(r"[,!?—–]\s*$")
_NAMED_SPEAKERS = frozenset({"name", "organisation", "role", "document"})


def _set_off_head(ctx: Context, at: int) -> Mention | None:
    """The speaker named right after the quote and set off by a comma (``"…," Jo Bond, 30, of
    Raleigh, who was polled, said``), or the name in apposition to a role there (``the party's
    nominee, Jo Bond, said``); None when the quote's words run on past it."""
    grammar, masked = ctx.grammar, ctx.masked
    if not _UTTERANCE_END.search(ctx.quote.text):
        return None  # 'as "in homage to" Varga, Song wrote': the words run on past the quote
    head = grammar.np_after(at)
    if head is None or head.kind not in {"name", "organisation", "role", "document", "phrase"}:
        return None
    # "the nominee, Jo Bond, said", "one farmer, Jo Bond,", "a lawyer for Ames, Jo Bond,"
    if head.kind in {"role", "phrase"} and (
        link := _TO_APPOSITION.match(masked, head.end, head.end + 60)
    ):
        named = grammar.np_after(link.end())
        if named is not None and named.kind == "name" and _PLACED_COMMA.match(masked, named.end):
            return named
    return head if _COMMA_AHEAD.match(masked, head.end) else None


def _closes_aside(ctx: Context, at: int, verb) -> bool:
    """Whether ``verb`` ends the aside after the set-off speaker, not a verb inside it (``…,
    who asked not to be named,``) nor one past another quote."""
    if verb.group() in PARTICIPLES:
        return False
    if MASK in ctx.masked[at : verb.start()] and not _COMMA_BEFORE.search(
        ctx.masked, at, verb.start()
    ):
        return False  # past another quote, unless the aside closes right before the verb
        # ('"…," Tom Marsh, wearing "Vote Brell" pins, said')
    subject = ctx.grammar.np_before(verb.start() - 1)
    return subject is None or subject.kind != "relative"


def later_inverted(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…" for the fleet, said X``: an inverted speech verb after a comma later in the quote's
    sentence, never one whose object is the person addressed (``told X``)."""
    at = words_after(ctx)
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
#: a dash right after a quote's closing mark
_DASH_AFTER = regex.compile(r"\s*[—–]")
_ENDS_CLAUSE = regex.compile(r"\s*(?:[.,;:!?—–]|" + MASK + r"|$)")


def after_any_verb(ctx: Context, rule: Rule) -> Attribution | None:
    """``"…," Okafor pressed.`` / ``"…," beamed Jo Bond.`` / ``"…" — she paused — "…"``: a
    quote closing on a comma, a question or exclamation mark or a dash, then a speaker and a
    past or present verb that ends the clause, whatever the verb: news attributes with many
    verbs no lexicon lists."""
    q, masked, grammar = ctx.quote, ctx.masked, ctx.grammar
    at = words_after(ctx)
    if at is None or not (
        _UTTERANCE_END.search(q.text) or _DASH_AFTER.match(masked, q.end + len(q.close_mark))
    ):  # '"…" — she paused — "…"': a dash outside the marks breaks the utterance too
        return None
    if reported_in_subordinate(ctx):
        return None  # 'When a fan shouted, "…," Ames joked': the clause's verb reports it
    inverted = _VERB_SHAPED.match(masked, at)  # '"…," beamed Jo Bond.'
    mention = grammar.np_after(inverted.end() + 1 if inverted else at)
    if mention is None or mention.kind not in _NAMED_SPEAKERS | {"pronoun"}:
        return None
    if inverted:
        if mention.kind == "pronoun" or not _ENDS_CLAUSE.match(masked, mention.end):
            return None
        return ctx.resolver.resolve(mention, inverted.group(), rule.method, rule.confidence)
    verb = _VERB_SHAPED.match(masked, mention.end + 1)  # '"…," Okafor pressed.'
    if verb is None or masked[mention.end : verb.start()] != " ":
        return None
    if not _ENDS_CLAUSE.match(masked, verb.end()):
        return None
    return resolve_in_sentence(
        ctx.resolver, ctx.sentence_start, mention, verb.group(), rule.method, rule.confidence
    )


#: a headline's cue in title case after its quote: "'…': Okafor Says …", "'…', Warns Okafor"
_HEADLINE_CUE_AFTER = regex.compile(r"[\s\"”’'.!?]*[:,—–]\s*(?P<first>\p{Lu}\p{Ll}+)\b")
_TITLE_CASE_WORD = regex.compile(r"\s+(\p{Lu}[\p{L}.’'\-]*)")
#: a possessor and a noun of speech closing a headline after its quote, a few adjectives
#: between: "'…': Eastfield mayor's stark warning", "'…': Brell's defiant message to rivals"
_OWNER_OF_WORDS = regex.compile(
    r"(?P<owner>[\p{L}\-]+(?:\s+[\p{L}.\-]+){0,3}?)[’']s?\s+(?:\p{L}+\s+){0,2}?"
    r"(?P<noun>\p{L}+)\b(?:\s+(?:to|for|on|over|as)\b[^.!?]{0,60})?[.!?]?\s*$"
)
#: how many words a name before a headline's verb may have ("President Jo Ames Says")
_HEADLINE_NAME_WORDS = 4


def headline_cue(ctx: Context, rule: Rule) -> Attribution | None:
    """A headline's speaker after its quote, its verb in title case (``'In The Best Interest Of
    The Party': Okafor Says She Will Stand Down``, ``'…', Warns Okafor``), or, in sentence
    case, the person named after a colon whom the story names again (``'…': Dana Quist breaks
    her silence``)."""
    q = ctx.quote
    if q.placement != "headline":
        return None
    masked, grammar = ctx.masked, ctx.grammar
    m = _HEADLINE_CUE_AFTER.match(masked, q.end + len(q.close_mark), ctx.paragraph.end)
    if m is None:
        return None
    if m.group("first").lower() in SPEECH_VERB_FORMS:  # "…', Warns Okafor", ending the line
        verb, mention = m.group("first"), grammar.np_after(m.end() + 1)
        if mention is not None and masked[mention.end : ctx.paragraph.end].strip(" .!?"):
            return None  # "…': Read Full Text Of …": an imperative, no speaker
    elif owned := _owned_words_after(ctx, m):
        # "'We are broke': Eastfield mayor's stark warning": whose words the noun says they are
        verb, mention = owned.group("noun"), grammar.np_before(owned.end("owner"))
    else:  # "…': Okafor Says …": the first title-case word after the name that is a verb
        verb, mention, at = None, None, m.end()
        for _ in range(_HEADLINE_NAME_WORDS):
            word = _TITLE_CASE_WORD.match(masked, at, ctx.paragraph.end)
            if word is None:
                break
            if word.group(1).lower() in SPEECH_VERB_FORMS:
                verb, mention = word.group(1), grammar.np_before(word.start(1) - 1)
                break
            at = word.end()
        if mention is not None and mention.start < m.start("first"):
            return None
        if verb is None:  # "'…': Dana Quist breaks her silence": the person the story names
            verb, mention = ":", _named_in_story(ctx, m)
    if verb is None or mention is None or mention.kind not in RESOLVED:
        return None
    return ctx.resolver.resolve(mention, verb.lower(), rule.method, rule.confidence)


def _owned_words_after(ctx: Context, cue: regex.Match | None = None) -> regex.Match | None:
    """A headline's possessor and noun of speech after its quote and a colon (``'…': Eastfield
    mayor's stark warning``), or None."""
    q = ctx.quote
    if cue is None:
        if q.placement != "headline":
            return None
        cue = _HEADLINE_CUE_AFTER.match(ctx.masked, q.end + len(q.close_mark), ctx.paragraph.end)
    if cue is None or not cue.group().strip().startswith((":", "—", "–")):
        return None
    owned = _OWNER_OF_WORDS.match(ctx.masked, cue.start("first"), ctx.paragraph.end)
    return owned if owned and owned.group("noun").lower() in SPEECH_NOUNS else None


def _named_in_story(ctx: Context, cue: regex.Match) -> Mention | None:
    """The person a sentence-case headline names after its quote and a colon or a dash
    (``'…': Dana Quist breaks her silence``), when the story below names them again: a headline
    sets its speaker before what they did, with no verb of saying."""
    if cue.group().strip()[:1] not in {":", "—", "–"}:
        return None
    mention = ctx.grammar.np_after(cue.start("first"))
    if mention is None or mention.kind != "name" or not mention.name:
        return None
    after = ctx.masked[mention.end : ctx.paragraph.end]
    if not regex.match(r"\s+\p{Ll}", after):
        return None  # title case goes on: the verb is the words' own ("… Says …")
    surname = mention.name.split()[-1]
    return mention if ctx.masked.find(surname, ctx.paragraph.end) >= 0 else None


_SIGNED_BY_SOMEONE = regex.compile(r"\s*(?:a|an)\s+\p{Ll}")


#: the mark opening an item of a list: "- ", "* ", "• "
_BULLET = regex.compile(r"^\s*[-*•·–]\s+")


def signed(ctx: Context, rule: Rule) -> Attribution | None:
    """A name under or after the quote with a dash and no verb (``"…" ― Lorna Betts``, a reader's
    reaction signed ``— Dana Quist, 54, Tulsa``), or a full name in brackets after it (``"…"
    (Dana Quist, via email)``)."""
    q, masked, article = ctx.quote, ctx.masked, ctx.article
    if not q.close_mark:
        return _signed_inside(ctx, rule)
    # the quote's own line: a list keeps its items on lines of one paragraph (the masked text
    # joins a paragraph's lines, the article's keeps them)
    text = article.text
    line_start = max(ctx.paragraph.start, text.rfind("\n", ctx.paragraph.start, q.start) + 1)
    lead = _BULLET.sub("", masked[line_start : q.start], count=1)
    if lead.strip(MASK + " \u00a0\u202f"):
        return None  # the quote opens its line (or a list's item); a dash after a reported
        # sentence signs the writer
    end = text.find("\n", q.end, ctx.paragraph.end)
    end = ctx.paragraph.end if end == -1 else end
    at = q.end
    while at < end and masked[at] == MASK:
        at += 1  # past the closing mark, and the space French sets before a guillemet
    if not masked[at:end].strip() and end < ctx.paragraph.end:  # the name on the next line
        at, end = end + 1, text.find("\n", end + 1, ctx.paragraph.end)
        end = ctx.paragraph.end if end == -1 else end
    on_own_line = not masked[at:end].strip() and q.paragraph + 1 < len(article.paragraphs)
    if on_own_line:
        following = article.paragraphs[q.paragraph + 1]  # the name on a line of its own
        at, end = following.start, following.end
    m = _SIGNATURE.match(masked, at, end)
    if m is None and (bracket := _BRACKET_SIGNATURE.match(masked, at, end)) is not None:
        # '"…" (Dana Quist, via email)': a reader's name in brackets, the rest after commas
        mention = ctx.grammar.np_after(bracket.end())
        if (
            mention is not None
            and mention.kind == "name"
            and " " in (mention.name or "")  # a full name: "(Reuters)" credits a picture
            and _BRACKET_SIGNATURE_REST.match(masked, mention.end, end)
        ):
            return ctx.resolver.resolve(mention, None, rule.method, rule.confidence)
        return None
    if m is None and not on_own_line and q.text.rstrip()[-1:] in {".", "!", "?"}:
        # '"The council has lost the plot." Jo Kern, Eastfield': a reader's signature with no
        # dash, a full name and where they write from, nothing that reads as a clause
        bare = _BARE_SIGNATURE.match(masked, at, end)
        mention = ctx.grammar.np_after(bare.start("name")) if bare else None
        if mention is not None and mention.kind == "name" and mention.end == bare.end("name"):
            return ctx.resolver.resolve(mention, None, rule.method, rule.confidence)
        return None
    if m is None:
        return _name_line_under(ctx, rule) if on_own_line else None
    mention = ctx.grammar.np_after(m.end())
    if (
        mention is not None
        and mention.kind in {"name", "organisation"}
        and masked[m.end() : mention.end].lstrip()[:1].isupper()  # "– das ist …": no signature
        and (
            not masked[mention.end : end].strip() or _SIGNATURE_REST.match(masked, mention.end, end)
        )
    ):
        return ctx.resolver.resolve(mention, None, rule.method, rule.confidence)
    if (
        mention is not None
        and mention.kind == "phrase"
        and _SIGNED_BY_SOMEONE.match(masked, m.end(), end)
        and (
            not masked[mention.end : end].strip() or _SIGNATURE_REST.match(masked, mention.end, end)
        )
    ):  # '"…" — a reader, Tulsa': somebody unnamed signs it, nobody named before
        return ctx.resolver.resolve(mention, None, rule.method, rule.confidence)
    # the name after what the person is, in words of no name: "- Harbour pilot Tom Brell via X"
    for name in _FULL_NAME.finditer(masked, m.end(), min(end, m.end() + _SIGNATURE_WIDTH)):
        found = ctx.grammar.np_after(name.start())
        if (
            found is not None
            and found.kind == "name"
            and found.end == name.end()
            and _SIGNATURE_REST.match(masked, found.end, end)
        ):
            return ctx.resolver.resolve(found, None, rule.method, rule.confidence)
    return None  # more than a name and where it is from: a sentence, not a signature


def _name_line_under(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph with a line under it that signs it with no dash: a name with a role
    before it or how the words came after it (``"…"`` / ``Police Chief Jo Ames, at the first
    briefing.``), or a given name and an initial (``Ilka B.``). A bare full name is left alone
    (it may be the writer's byline), and so is a sheet of quotes whose first quote has a name
    or a label above it: there the names head them."""
    paragraphs = ctx.article.paragraphs
    signing = paragraphs[ctx.quote.paragraph + 1]
    if witness := _WITNESS_NAME.fullmatch(ctx.masked, signing.start, signing.end):
        name = witness.group().strip()
        end = signing.start + len(name)
        under: Mention | None = Mention(signing.start, end, name, "name", name)
    else:
        under = _name_line(ctx, ctx.quote.paragraph + 1)
        if under is None or not (under.role or ctx.masked[under.end : signing.end].strip()):
            return None
    k = ctx.quote.paragraph - 1  # back over the quotes signed before this one
    while k >= 1 and _name_line(ctx, k) is not None and _quote_alone(ctx, k - 1):
        k -= 2
    if k >= 0:  # what stands above the first of them is the headline or the reporter's prose
        above = paragraphs[k]
        line = ctx.article.text[above.start : above.end].rstrip()
        if (
            _name_line(ctx, k) is not None
            or line.endswith((":", "-", "—", "–"))
            or not (above.role == "title" or line[-1:] in _ENDS_PROSE)
        ):
            return None  # a name, a label ("On the late goal:"): the names head the quotes
    return ctx.resolver.resolve(under, None, rule.method, rule.confidence)


#: a given name and the initial of a surname, as a paper signs a witness's words (``Ilka B.``),
#: never a byline
_WITNESS_NAME = regex.compile(r"\p{Lu}\p{Ll}+[ \t\u00a0]+\p{Lu}\.[ \t]*")
#: how a paragraph of the reporter's prose ends
_ENDS_PROSE = frozenset('.!?"”»')


#: a line that signs a quote holds a name and little else: at most this many characters
_NAME_LINE_LENGTH = 150


def _name_line(ctx: Context, index: int) -> Mention | None:
    """The person a paragraph is no more than the name of, with a role and where or how the
    words came (``Mayor Jo Ames, in a statement.``), or None."""
    p = ctx.article.paragraphs[index]
    line = ctx.masked[p.start : p.end].rstrip()
    if not line or len(line) > _NAME_LINE_LENGTH or line.endswith(":") or MASK in line:
        return None
    mention = ctx.grammar.np_after(p.start)
    if mention is None or mention.kind != "name" or mention.start != p.start:
        return None
    if " " not in (mention.name or "") and not mention.role:
        return None  # one capitalised word: a heading's first word as likely as a name
    rest = ctx.masked[mention.end : p.start + len(line)]
    return mention if not rest.strip() or _SIGNATURE_REST.match(rest) else None


def _quote_alone(ctx: Context, index: int) -> bool:
    """Whether a paragraph is a quote and nothing else."""
    p = ctx.article.paragraphs[index]
    line = ctx.masked[p.start : p.end]
    return MASK in line and not line.strip(MASK + " \u00a0\u202f.,!?")


_CLOSING_DOUBLE = frozenset('"”»')
#: participles that give a name to the noun before them: "a skipper called Jonas told …"
_NAMING = frozenset({"called", "named"})
#: a full name: two to four capitalised words
_FULL_NAME = regex.compile(r"\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}’'\-]+){1,2}")
#: a signature with no dash after a quote on its line: a full name, then only places (words
#: in capitals), an age, or how the words came ("by email"), set off by commas, no stop
_BARE_SIGNATURE = regex.compile(
    r"[ \t]+(?P<name>\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\p{Lu}[\p{L}’'\-]+){1,2})"
    r"(?:,[ \t]*(?:\p{Lu}[\p{L}.\-]*(?:[ \t]+\p{Lu}[\p{L}.\-]*){0,2}|\d{1,3}"
    r"|(?:by|via)[ \t]+\p{L}+)){0,3}[ \t]*$"
)
#: how far after the dash a signature's name may stand: a few words of what the person is
_SIGNATURE_WIDTH = 80


def _signed_inside(ctx: Context, rule: Rule) -> Attribution | None:
    """A name on the line under the quote, inside its marks (``"…\nJo Ames, Harbour Union."``)."""
    q, article = ctx.quote, ctx.article
    if q.paragraph + 1 >= len(article.paragraphs):
        return None
    following = article.paragraphs[q.paragraph + 1]
    line = article.text[following.start : following.end].rstrip()
    if line[-1:] not in _CLOSING_DOUBLE or not signature_line(
        article.text, following.start, following.start + len(line) - 1
    ):
        return None
    mention = ctx.grammar.np_after(following.start)
    if mention is None or mention.kind not in {"name", "role"}:
        return None
    return ctx.resolver.resolve(mention, None, rule.method, rule.confidence)


#: the sentence after a quote takes its words up: "That was how X put it", "That is what X said"
_TAKEN_UP = regex.compile(
    r"([.!?]?|:(?=\s+(?:that|this)\s)|\s+[—–-](?=\s+(?:that|this)\s))\s+(?:(?:That|This)(?:[’']s|\s+is|\s+was)\s+(?:how|what)\s+"
    r"|(?:These|Those)\s+(?:are|were)\s+(?:the\s+)?words\s+(?:with\s+which\s+|that\s+)?"
    r"|(?:That|This)\s+(?:came|comes|was|is)\s+(?=from\s)"
    # "That quote from X appeared …", "The remark by X drew …": the words named, and whose
    r"|(?:That|This|The)\s+(?:quote|quotation|remark|comment|line|assessment)\s+(?=(?:from|by)\s)"
    # "That was the verdict of X": a noun of speech and whose
    r"|(?:[Tt]hat|[Tt]his|Such)\s+(?:was|is)\s+the\s+(?P<noun>\p{Ll}+)\s+"
    r"(?=(?:of|from)\s|(?P<subject>the\s+\p{Ll}|\p{Lu}))"
    r"|(?=So\s+\p{Ll}+\s+\p{Lu})|(?=So\s+\p{Ll}+\s+(?P<article>the|a|an)\s))"
)


def taken_up(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence that the next sentence takes up with a demonstrative and a speech verb
    (``"It's heartbreaking." That was how Nadia Petrov described the scene.``, ``These are the
    words with which X announced …``), or inverts it after ``So`` (``So said Nadia Petrov,
    …``): that verb's speaker; or whose words it says they were (``Those were the words of
    X``)."""
    q, masked = ctx.quote, ctx.masked
    reach = ctx.paragraph.end
    if not masked[q.end + len(q.close_mark) : reach].strip(" .!?"):  # the quote ends its
        following = ctx.resolver.paragraph_after(reach)  # paragraph: the next one takes it up
        reach = following.end if following is not None else reach
    m = _TAKEN_UP.match(masked, q.end + len(q.close_mark), reach)
    if m is None or not (m.group(1) or q.text.rstrip()[-1:] in {".", "!", "?"}):
        return None  # the quote ends its sentence, inside its marks or right after them
    if m.group("noun") and m.group("noun") not in SPEECH_NOUNS:
        return None  # "That was the end of it": no words of anyone's
    if m.group("subject"):  # "That was the promise Jo Ames made", "… the warning the mayor gave"
        mention = ctx.grammar.np_after(m.end())
        if (
            mention is None
            or mention.kind not in {"name", "role"}
            or not _VERB_NEXT.match(masked, mention.end)
        ):
            return None
        return ctx.resolver.resolve(mention, m.group("noun"), rule.method, rule.confidence)
    of = _WORDS_OF.match(masked, m.end()) or (m.group("noun") and _OF.match(masked, m.end()))
    if of:  # "Those were the words of X", "That was the verdict of X"
        mention = ctx.grammar.np_after(of.end())
        if mention is None or mention.kind not in {"name", "organisation", "role"}:
            return None
        if mention.kind == "role":  # "the words of the mayor, Tom Brell"
            mention = _named_after(ctx, mention) or mention
        return ctx.resolver.resolve(mention, "words", rule.method, rule.confidence)
    end = ctx.grammar.sentence_end(m.end(), reach)
    verbs = cues(ctx.resolver, m.start(), end, participles=False)
    if not verbs:
        return None
    if m.group("article") and verbs[0].start() != m.end() + 3:
        return None  # "So far the council has said …": no verb inverted after "So"
    if masked.startswith("So ", m.end()):  # "So said Jo Ames on Friday": the subject after it
        inverted = ctx.grammar.np_after(verbs[0].end() + 1)
        if inverted is not None and inverted.kind in {"phrase", "role"}:
            inverted = _named_after(ctx, inverted) or inverted  # "So said the lawyer, Jo Ames"
        if inverted is not None and inverted.kind in {"name", "organisation", "role"}:
            return ctx.resolver.resolve(inverted, verbs[0].group(), rule.method, rule.confidence)
    return attribute_verb(ctx.resolver, verbs[0], m.end(), rule.method, rule.confidence, [])


#: whose the words a demonstrative takes up are: "Those were the words of Dana Quist"
_WORDS_OF = regex.compile(r"(?<=words\s)of\s+|from\s+|by\s+")
_OF = regex.compile(r"(?:of|from)\s+")
#: the verb of a relative clause with no pronoun after a noun of speech: "the promise X made"
_VERB_NEXT = regex.compile(r"\s+(?:had\s+|has\s+|would\s+)?\p{Ll}+(?:ed|ade|ave|ent|ued)\b")
