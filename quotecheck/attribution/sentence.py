"""Rules that read the quote's sentence: a speech verb earlier or later in it, a possessive
and a noun of speech, or, with no cue at all, the subject of the clause or sentence holding the
words.
"""

from __future__ import annotations

import regex

from ..models import Attribution
from ..quotes import MASK
from .closing import reported_in_subordinate
from .context import Context, Rule
from .cues import (
    NOUN_FROM,
    as_mentioned,
    as_relayed,
    attribute_verb,
    cues,
    in_opening_clause,
    main_clause_start,
    not_a_cue,
    opens_reported_clause,
    passive_agent,
    relayed,
    reporter,
    resolve_in_sentence,
)
from .grammar import SET_OFF
from .phrases import RESOLVED, Mention
from .resolve import UNRESOLVED, adjusted
from .words import (
    ADDRESSEE_VERBS,
    PARTICIPLES,
    PAST_FORMS,
    SPEECH_NOUNS,
    SPEECH_VERB_FORMS,
    VerbMatch,
)

_PARENTHETICAL_AFTER = regex.compile(r"\s*,")
_SET_OFF_BEFORE = regex.compile(r"[,—–" + MASK + r"]\s*$")
#: a relative clause still open at the quote; a comma inside it lists adjectives ("a bold,
#: decent man")
_RELATIVE_CLAUSE = regex.compile(
    r"(?:,\s*|(?<=\p{Lu}\p{Ll}+)\s+)(who)\b(?:[^,]|,\s*(?=\p{Ll}+\s+\p{Ll}))*$"
)


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
        if in_opening_clause(ctx.grammar, start, verb, ctx.quote.start):
            return None  # "While Ames spoke, the union urged members against "…""
        claim = _OWNED_CLAIM_OPENING.search(ctx.masked, verb.end(), ctx.quote.start)
        if claim is not None and claim.group("noun") in SPEECH_NOUNS:
            return None  # "rejected Okafor's claim that "…"": the possessive rule's, hers
        found = attribute_verb(ctx.resolver, verb, start, rule.method, rule.confidence, ctx.earlier)
        if found is not None:
            outer = reporter(ctx.resolver, start, verbs[:n], verb, rule.method, rule.confidence)
            found = found if outer is None else relayed(outer, found)
            owner = _words_owned_between(ctx, verb.end(), rule)
            found = found if owner is None else relayed(found, owner)
            return as_relayed(found) if _anothers_view(ctx, found, verb) else found
    return None


def _anothers_view(ctx: Context, found: Attribution, verb: VerbMatch) -> bool:
    """Whether the words after the verb are a view another holds, as its subject tells it:
    shared with them (``agreed with King that "…"``) or claimed by them (``said King was wrong
    to claim "…"``)."""
    if SPEECH_VERB_FORMS.get(verb.group().lower()) in _AGREEING and _SHARED_WITH.match(
        ctx.masked, verb.end()
    ):
        return True
    opening = ctx.quote.start - len(ctx.quote.open_mark)
    after = found.mention_end if found.mention_end is not None else verb.end()
    return _ANOTHER_CLAIMS.search(ctx.masked, after, opening) is not None


#: verbs of agreeing, with whom before the words both hold: "agreed with Ann King that "…""
_AGREEING = frozenset({"agree", "concur"})
_SHARED_WITH = regex.compile(r"\s+with\s+(?:\p{Lu}[\p{L}’'.\-]*\s+){1,3}(?:that\b|on\b|:)")
#: another's verb of saying in the infinitive right before the words: "Ann King was wrong to
#: claim "…"", "she was right to say"
_ANOTHER_CLAIMS = regex.compile(
    r"\b(?:was|were|is|are)\s+(?:\p{Ll}+\s+){0,2}?(?:wrong|right|quick|careful|keen|first)\s+to"
    r"\s+(?:say|claim|suggest|insist|argue|call|describe|warn|predict)\b[^" + MASK + r"]{0,30}$"
)


_NEXT_CHARACTER = regex.compile(r"\s*(\S)")
#: a possessive and a noun of speech whose "that" clause the words open: "Okafor's claim that "…""
_OWNED_CLAIM_OPENING = regex.compile(
    r"(?:\b[Hh]is|\b[Hh]er|\p{L}[’']s?)\s+(?P<noun>\p{Ll}+)\s+that\s+" + MASK + r"*$"
)


def later(ctx: Context, rule: Rule) -> Attribution | None:
    """A speech verb later in the quote's sentence with its subject beside it (``… a "rough
    week", the Eastfield Gazette reports.``)."""
    q, masked, para_end, grammar = ctx.quote, ctx.masked, ctx.paragraph.end, ctx.grammar
    if (
        q.text.rstrip().endswith((".", "!", "?"))
        and (following := _NEXT_CHARACTER.match(masked, q.end + 1, para_end)) is not None
        and following.group(1).isupper()
    ):
        return None  # the quote ended its sentence
    if reported_in_subordinate(ctx):
        return None  # 'When a fan shouted, "…," Ames joked': not the later verb's
    end = grammar.sentence_end(q.end + 1, para_end)
    for verb in ctx.resolver.verbs_in(q.end + 1, end):
        if agent := passive_agent(grammar, verb):  # "… as described by Jo Smith"
            return ctx.resolver.resolve(agent, verb.group(), rule.method, rule.confidence)
        if verb.group() in PARTICIPLES or not_a_cue(grammar, q.end + 1, verb):
            continue
        mention = grammar.np_before(verb.start() - 1)
        if mention is None or mention.start <= q.end:
            if SPEECH_VERB_FORMS[verb.group().lower()] in ADDRESSEE_VERBS:
                continue  # "…, told Fox News": the person told, no speaker
            if not _SET_OFF_BEFORE.search(masked, q.end, verb.start()):
                continue  # "… and called Nurses United": an object, not an inverted subject
            mention = grammar.np_after(verb.end() + 1)  # "…, says Jo Smith, a consultant"
            if mention is not None and opens_reported_clause(masked, mention):
                continue  # "…," said he had "…": what is said, not who says it
            if mention is not None:  # "…, said the bureau's director, Jo Smith, on Monday"
                mention = grammar.named_in_apposition(mention, end, SET_OFF) or mention
        if mention is not None and mention.start > q.end and mention.kind in RESOLVED:
            return ctx.resolver.resolve(mention, verb.group(), rule.method, rule.confidence)
    return None


# -- no cue at all -------------------------------------------------------------------------------


#: words that open a clause of its own inside a sentence, its subject right after them
_SUBORDINATOR = regex.compile(
    r"\b(?:because|although|though|if|when|whenever|while|before|after|since|unless|until|"
    r"where|why|whereas|so that|once)\s+"
    r"|\b(?:as|and|but)\s+(?=(?:he|she|they)\s)"  # "as he keeps talking about", "and she …"
    # a clause joined to the one before by a comma and a conjunction, with a subject of its
    # own: "The tests proved it, and Ann King later admitted …"
    r"|,\s+(?:and|but|yet)\s+",
    regex.IGNORECASE,
)


_CLAUSE_CLOSED = regex.compile(r"[,;—–]|\s-\s")  # a comma, semicolon or dash ends a clause


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
    if _CLAUSE_CLOSED.search(between):
        return None  # the clause ended before the quote: "When it comes up, Ames calls it …"
    if main_clause_start(ctx.masked, ctx.sentence_start, q.start - 1) > mention.end:
        return None  # ended by a quote's comma inside its marks: 'While Ames called it "…," …'
    return mention


def _embedded_subject(ctx: Context):
    q = ctx.quote
    if q.kind != "fragment":
        return None
    if (clause := _clause_subject(ctx)) is not None:
        return clause
    start = main_clause_start(ctx.masked, ctx.sentence_start, q.start - 1)
    if start > ctx.sentence_start and MASK not in ctx.masked[ctx.sentence_start : start]:
        start = ctx.sentence_start  # a clause with no quote: the grammar reads past it itself
    subject = ctx.grammar.sentence_subject(start, q.start - 1, phrase=True)
    if subject is None or subject.end > q.start:
        return None
    return subject


_POSSESSIVE_S = regex.compile(r"[’']s?$")
_SPEECH_NOUN = regex.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er)|\b\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3}[’']s?)"
    r"\s+(?:(?:[\p{Ll}\-]+|\p{Lu}\p{Ll}+)\s+){0,3}?(?P<noun>\p{Ll}+)"
    # when it was said: "on Monday", "Monday", "during the debate"
    # or whom it was for: "to his staff", "for voters"
    r"(?:\s+(?:\p{Lu}\p{Ll}+|(?:during|at|in|on|before|after|to|for|about|from)"
    r"(?:\s+[\p{L}\-]+){1,4}?))?"
    # an aside set off by commas: "His claim, made on live TV, was that"
    r"(?:,[^,;:" + MASK + r"]{3,60},)?"
    # what it was about, in a few lower-case words: "that she", "that he was"
    r"\s+(?:(?:that|of|to be|for|as|was|is),?\s+(?:\p{Ll}+\s+){0,3}?)?"
    # the words in brackets after it: "her apology at the hearing ("I am sorry")"
    r"\(?" + MASK + r"*$"
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


_INDEFINITE = regex.compile(r"(?:an?|one|some|another)\s", regex.IGNORECASE)
#: a noun of speech after its owner's possessive: "Brell's claim that", "the union's warning that"
_OWNED_NOUN = regex.compile(r"(?P<owner>\p{L}[\p{L}.\-]*[’']s?)\s+(?P<noun>\p{Ll}+)(?=\s+that\s)")
#: the clause that gives the words, right after who they came from: "that", past an aside
_WHOSE_THAT = regex.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;:" + MASK + r"]{3,80},)?\s+that\s+")


def claimed_by(ctx: Context, rule: Rule) -> Attribution | None:
    """Words in the clause of a noun of speech and who it came from (``dismissed comments from
    Premier Jo Ames that he had "singled out" the state``, ``claims by the union that …``):
    theirs, not the words of the sentence's own verb, which only reacts to them."""
    q, masked = ctx.quote, ctx.masked
    for m in reversed(list(NOUN_FROM.finditer(masked, ctx.sentence_start, q.start))):
        if m.group("noun") not in SPEECH_NOUNS:
            continue
        owner = ctx.grammar.np_after(m.end())
        if owner is None or owner.kind not in {"name", "organisation", "role"}:
            return None
        if owner.kind == "role" and _INDEFINITE.match(masked, m.end()):
            return None  # "the claim by a would-be mayor that …": nobody named
        that = _WHOSE_THAT.match(masked, owner.end, q.start)
        if that is None or MASK in masked[that.end() : q.start].rstrip(MASK):
            return None  # no clause of the words, or another quote's in between
        if cues(ctx.resolver, that.end(), q.start):
            return None  # the clause reports someone else: "… that Ames had said "…""
        return ctx.resolver.resolve(owner, m.group("noun"), rule.method, rule.confidence)
    return _owned_claim(ctx, rule)


#: someone's words named between a verb and the quote: "told them of Ames's past descriptions
#: of the port as", "recalled Ames’s remark about"
_OWNED_WORDS = regex.compile(r"(?P<owner>\p{Lu}[\p{L}.\-]*[’']s?)(?P<nouns>(?:\s+\p{Ll}+){1,3})")


#: the words named next: "his descriptions of it as "…"", "her remark that "…"", "his words: "…""
_CONTENT_NEXT = regex.compile(r"(?:\bas|\bthat|:)\s*$")
#: or right after the noun of speech: "her description of a "…"", "his claim of "…""
_OF_CONTENT = regex.compile(r"\s+of(?:\s+(?:a|an|the))?\s+")


def _words_owned_between(ctx: Context, start: int, rule: Rule) -> Attribution | None:
    """The person whose words a noun of speech after their possessive names between a verb and
    the quote (``told the audience of Ames’s past descriptions of it as "…"``): the words are
    theirs, the verb's subject only relays them; or None."""
    masked = ctx.masked
    for m in _OWNED_WORDS.finditer(masked, start, ctx.quote.start):
        nouns = [w for w in m.group("nouns").split() if w.removesuffix("s") in SPEECH_NOUNS]
        between = masked[m.end() : ctx.quote.start].rstrip(MASK)
        if not nouns or MASK in between:
            continue  # another quote between: the words named are that one's
        said = masked.rfind(nouns[-1], m.start("nouns"), m.end()) + len(nouns[-1])
        if not (
            _CONTENT_NEXT.search(between)
            or _OF_CONTENT.fullmatch(masked, said, ctx.quote.start - len(ctx.quote.open_mark))
        ):
            continue  # "Brell's tweet was only "…"": words about the tweet, not its words
        owner = ctx.grammar.np_before(m.end("owner"), subject=False)
        if owner is not None and owner.kind == "name":
            return ctx.resolver.resolve(owner, nouns[0], rule.method, rule.confidence)
    return None


def _owned_claim(ctx: Context, rule: Rule) -> Attribution | None:
    """Words in the clause of a noun of speech after its owner's possessive (``rejected Brell's
    claim that the plan was "…"``): the owner's."""
    q, masked = ctx.quote, ctx.masked
    for m in reversed(list(_OWNED_NOUN.finditer(masked, ctx.sentence_start, q.start))):
        if m.group("noun") not in SPEECH_NOUNS:
            continue
        that = _WHOSE_THAT.match(masked, m.end("noun"), q.start)
        if that is None or MASK in masked[that.end() : q.start].rstrip(MASK):
            return None
        if not masked[that.end() : q.start].strip(MASK + " "):
            return None  # the words open the clause: the possessive rule's ("X's claim that "…"")
        if cues(ctx.resolver, that.end(), q.start):
            return None  # the clause reports someone else
        owner = ctx.grammar.np_before(m.end("owner"), subject=False)
        if owner is None or owner.kind not in {"name", "organisation"}:
            return None
        if any(
            _THAT_NEXT.fullmatch(masked, v.end(), owner.start)
            for v in cues(ctx.resolver, ctx.sentence_start, owner.start, participles=False)
        ):
            return None  # "X said that Y's claim that … is "…"": X's words about the claim
        return ctx.resolver.resolve(owner, m.group("noun"), rule.method, rule.confidence)
    return None


#: a verb of saying's object clause opening right after it, a word or two of when between
_THAT_NEXT = regex.compile(r"(?:\s+\p{L}+){0,2}?\s+that\s+")


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
    passive = _PASSIVE_BEFORE.search(ctx.masked, subject.end, ctx.quote.start)
    if passive is not None and passive.group("verb") in PAST_FORMS:
        return Attribution(None, method=f"{rule.method}+passive")  # what it is called, by whom?
    if (
        subject.kind == "phrase"
        and not _DETERMINED.search(ctx.masked, max(0, subject.start - 12), subject.start)
        and _cue_just_before(ctx)
    ):  # 'Lies travel fast, he said. Good news wins when "…"': no one named as the subject,
        return None  # the words are the cue's
    if (
        subject.kind == "pronoun"
        and not ctx.masked[ctx.sentence_start : subject.start].strip()
        and not _EXPLETIVE_AFTER.match(ctx.masked, subject.end)
    ):
        # "The study followed 4,000 adults. It found that …": "it" is the study, as after a
        # verb of saying; not an expletive "it" ("It is known as …", "it's the …")
        return resolve_in_sentence(
            ctx.resolver, ctx.sentence_start, subject, None, rule.method, rule.confidence
        )
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)


#: what follows an expletive "it" or a generic "they", which stand for nothing named before: a
#: form of "be", a verb of seeming, or a verb of naming ("it's known as", "it seems", "they
#: call it")
_EXPLETIVE_AFTER = regex.compile(
    r"(?:[’']s|[’']d|\s+(?:(?:\p{Ll}+ly|also|still|now)\s+)?"
    r"(?:is|was|were|are|be|been|has\s+been|had\s+been|will\s+be|would\s+be|seems?|seemed"
    r"|appears?|appeared|looks?|looked|remains?|remained|takes?|took|call|called|say|says"
    r"|turns?\s+out|turned\s+out|happens?|happened|matters?|mattered|helps?|helped))\b"
)


#: a passive verb of saying right before the words, with no agent: they are what the subject is
#: called, not what it says ("The mill was described as "a danger"", "Vogt has been branded a
#: "traitor"", "aides were said to be "furious"")
_PASSIVE_BEFORE = regex.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\p{Ll}+ly|once|also|often|long|even|still|never"
    r"|sometimes|already|again)\s+){0,2}(?P<verb>\p{Ll}+)(?:\s+as|\s+to\s+be)?"
    r"(?:\s+(?:a|an|the))?\s*" + MASK + r"*$"
)
#: a determiner right before a noun phrase: people or a thing named as such ("the two
#: lawmakers"), not a bare word read as one ("Given his …", "Good news")
_DETERMINED = regex.compile(r"\b(?i:the|a|an|this|these|those|that|its|their|his|her)\s+$")


def _cue_just_before(ctx: Context) -> bool:
    """Whether the sentence before the quote's, in its paragraph, has a speech verb and the
    quote's sentence none before it."""
    start = ctx.sentence_start
    if start == ctx.paragraph.start:
        return False
    previous_start = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
    if cues(ctx.resolver, start, ctx.quote.start):
        return False  # a cue of its own, whose subject was not found: "T-shirts that said"
    return bool(cues(ctx.resolver, previous_start, start))


#: a clause opening the sentence on a question put to someone, up to the quote, with no comma
#: yet (the clause goes on) and no quote before (a comma inside its marks may have closed the
#: clause): "Asked whether the plan was", "When pressed by Jo Ames about"; German "Auf die
#: Frage, ob der Plan", "Gefragt, warum"; French "Interrogé sur", "À la question de savoir si".
#: The asker, where named: after "by", or as a name after "von" or "par"
_NAME = r"(?:\p{Lu}[\p{L}\-]+\s+){1,2}\p{Lu}[\p{L}\-]+"
_QUESTION_CLAUSE = regex.compile(
    r"(?:(?:(?:When|After|Once|If)\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)"
    r"(?:\s+by\s+(?P<asker>[^,;:]+?))?"
    r"\s+(?:whether|if|about|why|how|what|when|where|who|to|on|for)\b"
    r"|(?:Auf\s+die\s+Frage|Gefragt)(?:\s+von\s+(?P<named>" + _NAME + r"))?"
    r"\s*,?\s+(?:ob|wie|warum|weshalb|wieso|was|wann|wo|wer|nach)\b"
    r"|(?:Interrogé|Questionné)e?s?(?:\s+par\s+(?P<named>" + _NAME + r"))?"
    r"\s+(?:sur|à\s+propos\s+d|au\s+sujet\s+d)"
    r"|À\s+la\s+question\s+(?:de\s+savoir\s+)?(?:si|s['’]|pourquoi|comment|quand|où|qui|ce\s+qu))"
    r"[^,;:" + MASK + r"]*"
)


def question_put(ctx: Context, rule: Rule) -> Attribution | None:
    """Words quoted inside the question a sentence opens on (``Asked whether Ames "has the
    integrity to serve," 75 percent said yes``; ``Asked by Jo Ames if …``): the asker's, not
    the answer's subject, who only answers them; no one's when the asker is not named."""
    q, masked = ctx.quote, ctx.masked
    start = ctx.sentence_start
    clause = _QUESTION_CLAUSE.match(masked, start, q.start - len(q.open_mark))
    if clause is None or clause.end() != q.start - len(q.open_mark):
        return None
    if clause.group("asker"):
        asker = ctx.grammar.np_after(clause.start("asker"))
        if asker is not None and asker.kind in RESOLVED:
            return ctx.resolver.resolve(asker, "asked", rule.method, rule.confidence)
    if named := clause.group("named"):  # "Auf die Frage von Jonas Pfeifer, ob …"
        s, e = clause.span("named")
        asker = Mention(s, e, named, "name", name=named)
        return ctx.resolver.resolve(asker, "asked", rule.method, rule.confidence)
    return Attribution(None, None, None, None, None, "asked", rule.method, UNRESOLVED)
