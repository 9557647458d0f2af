"""Rules that read beyond the quote's sentence: the quote before it in the paragraph, the
paragraph before (a colon, a speech verb, a speaker's run of quotes), a multi-paragraph quote's
first part, and transcript turns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

import regex

from ..language import uses_rules_of
from ..lexicon import rows
from ..models import Article, Attribution, Paragraph, Quote
from ..quotes import (
    ANSWER_LABELS,
    LABEL_HONORIFIC,
    MASK,
    QUESTION_LABELS,
    TURN_LABEL,
    crosshead_quote,
    initials_name,
    turn_label,
)
from .context import Context, Rule
from .cues import (
    NOUN_FROM,
    as_mentioned,
    attribute_verb,
    cues,
    passive_agent,
)
from .german_words import is_given_name, is_person
from .german_words import noun_phrase as german_noun_phrase
from .grammar import PREPOSITIONS
from .phrases import Mention, document_noun
from .words import (
    GIVEN_NAMES,
    KINSHIP,
    NOT_NAMES,
    ORG_WORDS,
    PERSONAL,
    RELATIVES,
    SPEECH_NOUNS,
    bare,
    is_title,
)

#: how sure an answer (``A:``) is the person a question-and-answer piece introduces: a guess,
#: never sure enough to set two speakers against each other
INTERVIEWEE_CONFIDENCE = 0.7
#: roles of the people who ask the questions, never the one who answers
_ASKERS = frozenset({"host", "anchor", "interviewer", "reporter", "correspondent", "moderator"})
#: words of a transcript's stage directions, never a speaker's label ("VIDEO CLIP:", "(APPLAUSE)")
_STAGE = frozenset(
    {"VIDEO", "CLIP", "AUDIO", "CROSSTALK", "APPLAUSE", "LAUGHTER", "BEGIN", "END"}
    | {"COMMERCIAL", "BREAK", "INAUDIBLE", "UNIDENTIFIED", "SOUNDBITE"}
)


# -- from other quotes ---------------------------------------------------------------------------


def continuation(ctx: Context, rule: Rule) -> Attribution | None:
    """A later part of a quote running over several paragraphs: its first part's speaker, when
    that part has one (else this part's own cues decide)."""
    if ctx.quote.part_of is None:
        return None
    first = ctx.done[ctx.quote.part_of].attribution
    if first.speaker is None and first.mention is None:
        return None
    return replace(first, method=rule.method, confidence=rule.confidence)


def split(ctx: Context, rule: Rule) -> Attribution | None:
    """The second half of a split quote (``"…," she said. "…"``), or another quote of the
    paragraph with no cue of its own: the quote before it's speaker."""
    if not ctx.same_paragraph or not ctx.same_paragraph[-1].attribution.mention:
        return None
    previous = ctx.same_paragraph[-1]
    named_at = previous.attribution.mention_start or -1
    between = previous.end < named_at < ctx.quote.start
    coordinated = _COORDINATED.fullmatch(ctx.masked, previous.end, ctx.quote.start) is not None
    if ctx.quote.kind != "sentence" and not between and not coordinated:
        return None  # (words joined to the quote before, 'her "calm" and her "poise"', are its)
    # words inside a later sentence that names its own speaker ('It is the "best" season, fans
    # said'; 'She blamed it on a "disturbed person"') are that speaker's
    inside = ctx.masked[ctx.sentence_start : ctx.quote.start - 1].strip()
    if inside and named_at < ctx.sentence_start and _own_speaker(ctx):
        return None
    own = _cue_between(ctx, previous.end, previous.attribution)
    if own is not None and _another_speaker(ctx, own, previous.attribution):
        return None  # '"…," Ames said, and her brother broke in. "…"'
    if own is None and _another_person_between(ctx, previous):
        return None  # '"…," Ames says. Her husband nods. "…"': his words, not hers
    confidence = min(rule.confidence, previous.attribution.confidence)
    found = replace(previous.attribution, method=rule.method, confidence=confidence)
    if own is not None and _main_clause_after(ctx, own, previous.attribution):
        # the words of a sentence of its own that names the speaker again: '"…," Ames said.
        # She added that … "…"'
        found = replace(
            found, mention=own.mention, mention_start=own.mention_start, mention_end=own.mention_end
        )
    return found


def same_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """Words in marks later in the sentence of a quote given a speaker, no name and no cue of
    their own between (``Si neuf personnes « ont retrouvé un travail », les autres restent « dans
    une situation difficile »``): that quote's speaker, whose account the sentence goes on with."""
    q = ctx.quote
    if q.kind == "sentence" or not ctx.same_paragraph:
        return None
    previous = ctx.same_paragraph[-1]
    if (
        not previous.speaker
        or previous.end <= ctx.sentence_start
        or _CAPITAL.search(ctx.masked, previous.end + len(previous.close_mark), q.start)
        or _cue_between(ctx, previous.end, previous.attribution) is not None
    ):
        return None
    confidence = min(rule.confidence, previous.attribution.confidence)
    return replace(previous.attribution, method=rule.method, confidence=confidence)


#: a capital letter: where a name may stand
_CAPITAL = regex.compile(r"\p{Lu}")
#: a sentence opening on a relative of someone: "Her husband …", "His daughter …"
_KIN_OPENING = regex.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Ll}+)\b")


#: between two quotes joined as one list: a closing mark, "and" (or "or", "et", "ou", "und",
#: "oder") and maybe a determiner, then the opening mark: 'her "calm" and her "poise"'
_COORDINATED = regex.compile(
    r"[^\p{L}\d]{0,3}\s*,?\s*(?:and|or|et|ou|und|oder)\s+(?:\p{Ll}+\s+)?[^\p{L}\d\s]{1,2}\s*"
)


def _another_person_between(ctx: Context, previous: Quote) -> bool:
    """Whether a sentence of its own stands between the quote before (and its cue) and this
    quote, which opens its sentence, and opens on a person other than the quote before's speaker
    (``Her husband nods.``, ``Tom Brell shrugs.``): the reporter has turned to that person."""
    start, named_at = ctx.sentence_start, previous.attribution.mention_end or previous.end
    if ctx.quote.kind != "sentence":
        return False
    if ctx.quote.start - 1 > start + 1 and not _introduces(ctx.masked, start, ctx.quote.start):
        return False
    for _ in range(_SENTENCES_BETWEEN):  # "Xavier takes the floor. The tone is sharp: «…»"
        before_start = ctx.grammar.sentence_start(ctx.paragraph.start, start - 2)
        if before_start <= max(previous.end, named_at) or MASK in ctx.masked[before_start:start]:
            return False
        subject = ctx.grammar.sentence_subject(before_start, start)
        if subject is None and (kin := _KIN_OPENING.match(ctx.masked, before_start, start)):
            subject = Mention(kin.start(1), kin.end(1), kin.group(1), "phrase")
        if subject is not None and (
            subject.kind in {"name", "role"}
            or (subject.kind == "phrase" and subject.text.lower() in KINSHIP)
        ):
            found = ctx.resolver.resolve(subject, None, "split", 1.0)
            if _a_person(ctx, subject, found):
                return found.speaker != previous.attribution.speaker
        start = before_start
    return False


def _a_person(ctx: Context, subject: Mention, found: Attribution) -> bool:
    """Whether a subject read as a name or a role is a person's: in German, whose nouns all
    open in capitals (``Von den 130 Ausgabestellen hätten …``), only a noun phrase for a person
    (``Ihr Mann``, ``Der Bürgermeister``) whose name, if it has one, opens on a given name or
    was given in full before."""
    if uses_rules_of(ctx.article.language) != "de":
        return True
    phrase = german_noun_phrase(ctx.masked, subject.start, subject.end)
    if phrase is None or not is_person(phrase):
        return False
    speaker = found.speaker or ""
    return (
        phrase.name is None
        or is_given_name(speaker.split()[0] if speaker else "")
        or (speaker != phrase.name)
    )


#: how many sentences back the person the reporter turned to is looked for
_SENTENCES_BETWEEN = 2
#: a short clause that only introduces the quote after it and names no one: "The tone is
#: sharp:", "Le ton est offensif :"
_INTRODUCING = regex.compile(r"[^,;:\p{Lu}]{0,40}[:\s\u00a0]*", regex.DOTALL)


def _introduces(masked: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to the quote at ``end`` are a short clause ending on a
    colon that names no one (only its first word in capitals)."""
    words = masked[start:end].rstrip(MASK + " \u00a0\u202f")
    if not words.endswith(":"):
        return False
    head, _, rest = words.partition(" ")
    return bool(head) and _INTRODUCING.fullmatch(rest) is not None


_MAIN_CLAUSE_OPENING = regex.compile(
    r"(?:.*?,?\s+(?:and|but)\s+|(?:And|But|So)\s+)?(?:[Tt]hen\s+)?"
    r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+)?",
    regex.DOTALL,
)


def _cue_between(ctx: Context, start: int, before: Attribution) -> Attribution | None:
    """What the last speech verb between the quote before and this one attributes, when its
    subject stands between them (past the quote before's own cue: '"…," said Ames, a baker.
    "…"')."""
    if before.mention_end is None:
        return None
    start = max(start, before.mention_end)
    verbs = cues(ctx.resolver, start, ctx.quote.start, participles=False)
    if not verbs:
        return None
    sentence_start = ctx.grammar.sentence_start(ctx.paragraph.start, verbs[-1].start())
    found = attribute_verb(ctx.resolver, verbs[-1], sentence_start, "split", 1.0, [])
    if found is None or (found.mention_start or -1) < start:
        return None
    return found


def _opens_main_clause(ctx: Context, found: Attribution) -> int | None:
    """Where the sentence starts whose main clause ``found``'s mention opens (a sentence, or a
    clause joined by "and" or "but": "…, and her brother broke in"; not "after the senator
    spoke"), or None."""
    sentence_start = ctx.grammar.sentence_start(ctx.paragraph.start, found.mention_start + 1)
    opening = _MAIN_CLAUSE_OPENING.fullmatch(ctx.masked, sentence_start, found.mention_start)
    return sentence_start if opening is not None else None


def _main_clause_after(ctx: Context, found: Attribution, before: Attribution) -> bool:
    """Whether ``found``'s mention opens a main clause in a sentence after the one of the
    quote before's cue."""
    sentence_start = _opens_main_clause(ctx, found)
    return sentence_start is not None and sentence_start > (before.mention_end or 0)


def _another_speaker(ctx: Context, found: Attribution, before: Attribution) -> bool:
    """Whether a cue between two quotes gives the second to another than the first's speaker:
    not a pronoun (``She says``, ``but who said``), in a main clause of its own."""
    if found.speaker == before.speaker or bare(found.mention or "") in PERSONAL | RELATIVES:
        return False
    return _opens_main_clause(ctx, found) is not None


def _own_speaker(ctx: Context) -> bool:
    """Whether the quote's sentence has a speech verb or a named or personal subject."""
    grammar = ctx.grammar
    end = grammar.sentence_end(ctx.quote.end, ctx.paragraph.end)
    if cues(ctx.resolver, ctx.sentence_start, end):
        return True
    subject = grammar.sentence_subject(ctx.sentence_start, ctx.quote.start - 1)
    return subject is not None and (
        subject.kind in {"name", "organisation", "role"} or subject.text.lower() in PERSONAL
    )


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
    # the speaker of the sentence is the one whose verb reports the rest ("Jo Smith said that
    # the board had asked …"), not the subject of a verb inside what is reported
    verb = next((v for v in verbs[:-1] if _THAT.match(ctx.masked, v.end())), verbs[-1])
    return attribute_verb(ctx.resolver, verb, previous_start, rule.method, rule.confidence, [])


#: a verb of saying followed by the clause it reports
_THAT = regex.compile(r"\s+that\b")


def previous_sentence(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence right after ``Jo Smith said in a statement.`` in its paragraph."""
    return _previous_sentence(ctx, rule, anywhere=False)


def previous_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """A quoted sentence standing alone right after a sentence that opens on a person the article
    names, with no speech verb (``Dana Quist was blunt. "It's over."``): that person."""
    q, para_start, start = ctx.quote, ctx.paragraph.start, ctx.sentence_start
    if start == para_start or q.kind != "sentence" or q.start - 1 > start + 1:
        return None  # the quote must be its sentence, not words after a colon in it
    previous_start = ctx.grammar.sentence_start(para_start, start - 2)
    subject = _person_opening(ctx, previous_start, start) or _person_closing(
        ctx, previous_start, start
    )
    if subject is None:
        return None
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)


def _person_closing(ctx: Context, start: int, end: int) -> Mention | None:
    """The person the sentence at ``start`` ends on, named in full and set off by what they are
    (``Among those waiting was Tom Brell, 54, a retired teacher.``, ``The plan does not convince
    Jo Kern, a doctor.``): the one a quoted sentence standing alone after it introduces. The
    first such person, not one inside the apposition (``Jo Kern, a friend of Ann King.``), nor
    one after a preposition (``… interviewed by Jo Kern``, ``… not just for Jo Kern``)."""
    masked = ctx.masked
    if MASK in masked[start:end]:
        return None
    for m in ctx.resolver.people:
        if m.start < start or m.end > end or " " not in m.text:
            continue
        before = masked[max(start, m.start - 12) : m.start].split()
        if _CLOSING_APPOSITION.fullmatch(masked, m.end, end) and not (
            before and before[-1].lower() in PREPOSITIONS
        ):
            return m
    return None


#: what may follow the name that closes a sentence: nothing, or what the person is set off by
#: commas (an age, a role, where they are from, a relative clause), then the sentence's end
_CLOSING_APPOSITION = regex.compile(
    r"(?:,\s*(?:\d{1,3}|an?|the|who|whose|one|from|of)\b[^.!?;:\n]*?)?[.!?]\s*"
)


def _person_opening(ctx: Context, start: int, end: int) -> Mention | None:
    """The person the sentence at ``start`` opens on, when the article shows it is one: a name
    the people index holds, not a capitalised word it never gives as a person, or ``he`` or
    ``she``."""
    subject = ctx.grammar.sentence_subject(start, end)
    if subject is not None and subject.kind == "pronoun" and subject.text.lower() in {"he", "she"}:
        return subject  # "Asked about her future, she was coy. "…"": the person it stands for
    if subject is not None and subject.kind == "role":
        return subject  # "The judge then turned to the defendant. "…"": the one in that office
    if subject is None or subject.kind != "name":
        return None
    if not any(m.start < subject.end and subject.start < m.end for m in ctx.resolver.people):
        return None
    return subject


def nearby(ctx: Context, rule: Rule) -> Attribution | None:
    """Any quote of a sentence with no cue of its own, after a sentence with a speech verb
    (``Ames has argued that … As a result, there is "a very powerful industry"``)."""
    return _previous_sentence(ctx, rule, anywhere=True)


# -- from the paragraph before -------------------------------------------------------------------


#: what may stand before a quote's words at the start of its paragraph: its mark and spaces
_OPENING = "\"'“”„‟«»‘’‚‛‹›「『 \u00a0\u202f"


def _paragraph_before(ctx: Context) -> int | None:
    """The index of the text paragraph before a quote that opens its own paragraph; for an
    item of a list of quotes (``- "…"``), the paragraph before the list, which introduces it."""
    text, paragraphs = ctx.article.text, ctx.article.paragraphs
    lead = text[ctx.paragraph.start : ctx.quote.start - len(ctx.quote.open_mark)]
    item = _LIST_ITEM.match(lead)
    if lead[item.end() if item else 0 :].strip(_OPENING) != "":
        return None  # the quote does not open its paragraph
    index = ctx.quote.paragraph - 1
    while index >= 0 and (
        paragraphs[index].role not in {"body", "title", "standfirst"}
        or (item and _LIST_ITEM.match(text, paragraphs[index].start, paragraphs[index].end))
    ):
        index -= 1
    return index if index >= 0 else None


#: a list item's bullet at the start of its paragraph: "- ", "• ", "* ", "– "
_LIST_ITEM = regex.compile(r"[ \t]*[-–•*·▪][ \t\u00a0]+")


def _colon_sentence(ctx: Context) -> tuple[Paragraph, int] | None:
    index = _paragraph_before(ctx)
    if index is None:
        return None
    prev = ctx.article.paragraphs[index]
    if not ctx.masked[prev.start : prev.end].rstrip().endswith(":"):
        return None
    start = ctx.grammar.sentence_start(prev.start, prev.end - 1)
    item = _LIST_ITEM.match(ctx.masked, start, prev.end)  # "- Jo Ames (mayor):": past the bullet
    return prev, item.end() if item else start


#: words saying the text that follows is given whole: "It reads in full:", "We publish it
#: here in full:", "Die Zeitung dokumentiert es im Wortlaut:", "Nous publions ci-dessous …"
_IN_FULL = regex.compile(
    r"\b(?:in\s+full|in\s+its\s+entirety|verbatim|im\s+Wortlaut|in\s+voller\s+Länge"
    r"|ci-dessous|ci-après|dans\s+son\s+intégralité|en\s+intégralité|intégralement)\b",
    regex.IGNORECASE,
)


def in_full_span(ctx: Context) -> tuple[int, int] | None:
    """Where the person whose words a quote paragraph gives whole is named: from the sentence
    before a colon sentence that says the text follows in full (``Mayor Jo Ames issued a
    statement. It reads in full:``) to that colon; None when the quote follows no such
    sentence."""
    if (found := _colon_sentence(ctx)) is None:
        return None
    prev, start = found
    if not _IN_FULL.search(ctx.masked, start, prev.end):
        return None
    if start > prev.start + 1:
        return ctx.grammar.sentence_start(prev.start, start - 2), prev.end
    before = ctx.resolver.paragraph_before(prev.start)
    if before is None:
        return start, prev.end
    return ctx.grammar.sentence_start(before.start, before.end - 1), prev.end


def in_full(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph given whole after the sentences that name who said or issued it (``Jo
    Ames issued a statement. It reads in full:``): the one person named there."""
    if (span := in_full_span(ctx)) is None:
        return None
    people = [m for m in ctx.resolver.people if span[0] <= m.start < span[1]]
    if len({ctx.resolver.canonical(m.name or m.text) for m in people}) != 1:
        return None  # nobody, or two people: no telling whose text it is
    last = max(people, key=lambda m: (m.end, m.end - m.start))  # "Jo Ames", not its "Ames"
    return ctx.resolver.resolve(last, None, rule.method, rule.confidence)


def across_colon(
    ctx: Context, rule: Rule, said_before: Callable[[Context, Rule], Attribution | None]
) -> Attribution | None:
    """A quote paragraph after a paragraph that ends on a colon (``… erklärte die Ministerin:``
    ¶ ``„…“``): what a language's rule for a verb of saying before the quote finds in that
    paragraph's last sentence, as if the quote closed it."""
    if (found := _colon_sentence(ctx)) is None:
        return None
    prev, start = found
    return said_before(replace(ctx, paragraph=prev, sentence_start=start), rule)


def colon(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after ``Caddell continued:``: the speech verb's subject."""
    if (found := _colon_sentence(ctx)) is None:
        return None
    prev, start = found
    verbs = list(ctx.resolver.verbs_in(start, prev.end))
    if not verbs or _NOUN_AFTER_DETERMINER.search(ctx.masked, start, verbs[-1].start()):
        return None  # "Below are the remarks by Jo Ames:": a noun, for colon_subject to read
    if verbs[-1].group().lower() in SPEECH_NOUNS and _NOUN_AFTER_ADJECTIVE.search(
        ctx.masked, start, verbs[-1].start()
    ):
        return None  # "Highlights from his opening remarks:": a noun after its adjective
    return attribute_verb(ctx.resolver, verbs[-1], start, rule.method, rule.confidence, [])


#: a determiner right before a word: the word is a noun ("the remarks", "her comments")
_NOUN_AFTER_DETERMINER = regex.compile(r"\b(?:the|a|an|his|her|their|its|these|those)\s+$", regex.I)
#: the same with an adjective between ("his opening remarks"), before a noun of speech
_NOUN_AFTER_ADJECTIVE = regex.compile(
    r"\b(?:the|a|an|his|her|their|its|these|those)\s+\p{Ll}+\s+$", regex.I
)


def colon_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after a colon and no speech verb (``Jo Okoro echoed:``): the
    sentence's subject."""
    if (found := _colon_sentence(ctx)) is None:
        return None
    prev, start = found
    subject = (
        _attributed_to(ctx, start, prev.end)
        or ctx.grammar.sentence_subject(start, prev.end)
        or _words_from(ctx, start, prev.end)
    )
    if subject is None or _bare_label(ctx, subject, prev.end):
        return None
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)


#: a press release's line that gives whose the words below are: "Quote attributable to …",
#: "The following statement is attributed to …", "Comment from …"
_ATTRIBUTED_TO = regex.compile(
    r"(?i:\b(?:attributable|attributed)\s+to|^\W*(?:quote|comment|statement)s?\s+(?:from|by))\s+"
    r"(?=(?:the\s+)?\p{Lu})",
    regex.MULTILINE,
)


def _attributed_to(ctx: Context, start: int, end: int) -> Mention | None:
    """The person or body a press release's line above the quote gives it to (``Quote
    attributable to Ruth Albers, director of the museum:``)."""
    if (found := _ATTRIBUTED_TO.search(ctx.masked, start, end)) is None:
        return None
    owner = ctx.grammar.np_after(found.end())
    return owner if owner is not None and owner.kind in {"name", "organisation"} else None


def _words_from(ctx: Context, start: int, end: int) -> Mention | None:
    """Who the words a sentence announces came from, when it names them by a noun (``Here is
    the full statement from the regional police:``): the person or body after "from" or "by";
    or whose they are by a possessive (``The key points of her speech:``: the woman last
    named)."""
    for m in NOUN_FROM.finditer(ctx.masked, start, end):
        if m.group("noun") in SPEECH_NOUNS or document_noun(m.group("noun")):
            owner = ctx.grammar.np_after(m.end())
            if owner is not None and owner.kind in {"name", "organisation", "role"}:
                return owner
    for m in _OWNED_SPEECH.finditer(ctx.masked, start, end):
        if m.group("noun") in SPEECH_NOUNS or document_noun(m.group("noun")):
            pronoun = "he" if m.group("owner").lower() == "his" else "she"
            return Mention(m.start("owner"), m.end("owner"), pronoun, "pronoun")
    return None


#: his or her before a noun of speech, an adjective maybe between: "her speech", "his opening
#: remarks"
_OWNED_SPEECH = regex.compile(r"\b(?P<owner>[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+)?(?P<noun>\p{Ll}+)\b")


def _bare_label(ctx: Context, subject: Mention, end: int) -> bool:
    """Whether a paragraph before the colon is only a label naming no one (``Opening
    statement:``, ``Closing remarks:``), as a transcript or a sheet of quotes sets its parts:
    a document noun with nothing after it (``Statement in full:`` names the statement)."""
    return subject.kind == "document" and not ctx.masked[subject.end : end].strip(" \t\n:")


def caption_after(ctx: Context, rule: Rule) -> Attribution | None:
    """A paragraph that is nothing but a quote, then a paragraph opening on a person's full name
    and their age set off, as a vox pop captions each voice after it (``„…“`` ¶ ``Jana Roth,
    34, ist Lehrerin.``, ``"…"`` ¶ ``Tom Brell (52), farmer``): the person the caption names."""
    q, masked, paragraph = ctx.quote, ctx.masked, ctx.paragraph
    if masked[paragraph.start : q.start - len(q.open_mark)].strip() or masked[
        q.end + len(q.close_mark) : paragraph.end
    ].strip(" .,"):
        return None  # the quote is not the whole paragraph
    caption = _CAPTION.match(masked, paragraph.end)
    if caption is None or not is_given_name(caption.group("name").split()[0]):
        return None
    name = caption.group("name")
    at = caption.start("name")
    return Attribution(
        name, name, at, at + len(name), None, "", rule.method, rule.confidence, "person"
    )


#: a line break, a given name and a surname, and the person's age set off after them:
#: "Jana Roth, 34,", "Tom Brell (52)"
_CAPTION = regex.compile(
    r"[ \t]*\n\s*(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00a0]+\p{Lu}[\p{Ll}\-]+){1,2})"
    r"(?:,[ \u00a0]*\d{1,3}(?:[ \u00a0]+\p{L}+)?,|[ \u00a0]*\(\d{1,3}\))"
)


def paragraph_continuation(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph following a paragraph of one speaker's quotes: that speaker."""
    index = _paragraph_before(ctx)
    if index is None or _COLON_CLAUSE_AFTER.match(ctx.masked, ctx.quote.end, ctx.paragraph.end):
        return None  # '« … » : la fermeture divise': a headline's quote before its topic
    if crosshead_quote(ctx.quote, ctx.article.text):
        return None  # '“On a été pris de court”' between paragraphs: a pull quote as heading
    previous = [d for d in ctx.by_paragraph.get(index, ()) if d.speaker]
    if not previous:
        return None
    confidence = min(rule.confidence, previous[-1].attribution.confidence)
    found = replace(previous[-1].attribution, method=rule.method, confidence=confidence)
    prev = ctx.article.paragraphs[index]
    start = ctx.grammar.sentence_start(prev.start, prev.end - 1)
    if start <= max(previous[-1].end, found.mention_end or 0):
        return found
    # the paragraph ends on a sentence about the speaker: its subject is the nearer mention
    # ('"…," Ames said. She then turned to the crowd. ¶ "…"')
    subject = ctx.grammar.sentence_subject(start, prev.end)
    if subject is None or subject.kind not in {"name", "pronoun"}:
        return found
    again = ctx.resolver.resolve(subject, None, rule.method, rule.confidence)
    return as_mentioned(found, subject) if again.speaker == found.speaker else found


#: a language's words for :func:`last_speaker`: its words of the first person, whether a word
#: names a person (a given name, a role or a noun for people), and the conjunction that joins
#: a quoted clause to the reporter's (", et « … »", ", und „…“") at the end of what stands before
LastSpeakerWords = tuple[regex.Pattern, Callable[[str], bool], regex.Pattern]
#: how many paragraphs back the last quote may stand
_LAST_SPEAKER_REACH = 3
_LETTERS = regex.compile(r"\p{L}+")
#: where the reporter's text between two quotes splits into sentences
_SENTENCES = regex.compile(r"(?<=[.!?])\s+")


def last_speaker(
    ctx: Context,
    rule: Rule,
    language: LastSpeakerWords,
    reported: Callable[[str], bool] | None = None,
) -> Attribution | None:
    """A quoted sentence in the first person standing alone, no cue in its sentence, after the
    reporter's words since the last quote name no one else (``« … », avoue l'éleveur.`` ¶
    ``Huit bêtes seront euthanasiées, un choc pour l'éleveur. « Nous avons … »``): the last
    quote's speaker, a few paragraphs back at most; the reporter has turned to no one else.
    A quoted clause joined to the reporter's by a conjunction stands alone too (``Le vote a été
    unanime, et « la question s'est imposée à nous ».``). Where the language has a mood of
    reported speech (``reported``), the people a sentence in it names are the last speaker's
    account, not someone the reporter turns to (``…, die Bewohner genug trinken.``)."""
    first_person, names_someone, joining = language
    q, masked = ctx.quote, ctx.masked
    opened = q.start - len(q.open_mark)
    closed = q.end + len(q.close_mark)
    alone = q.kind == "sentence" and ctx.sentence_start == opened
    if not (alone or joining.search(masked, ctx.sentence_start, opened)):
        return None
    if not first_person.search(q.text) or crosshead_quote(q, ctx.article.text):
        return None  # (a crosshead is the page's pull from the story, echoed or no one's)
    if masked[closed : ctx.grammar.sentence_end(closed, ctx.paragraph.end)].strip(" .\u00a0"):
        return None  # words after it in its sentence: a cue the rules did not read
    # (past crossheads: the page's pulls from the story, headings between its paragraphs)
    crossheads = [d for d in ctx.done if crosshead_quote(d, ctx.article.text)]
    last = next((d for d in reversed(ctx.done) if d.kind != "title" and d not in crossheads), None)
    if (
        last is None
        or not last.speaker
        or last.attribution.source_type != "person"
        or q.paragraph - last.paragraph > _LAST_SPEAKER_REACH
    ):
        return None
    start = max(last.end + len(last.close_mark), last.attribution.mention_end or 0)
    if (last.attribution.mention_end or 0) > last.end:
        # past the rest of a cue after the quote: "« … », dit X, président de l'association."
        # sets off the speaker's own roles
        paragraph_end = ctx.article.paragraphs[last.paragraph].end
        start = min(ctx.grammar.sentence_end(start, paragraph_end), opened)
    between = masked[start:opened]
    for heading in crossheads:
        if start <= heading.start < opened:
            at, end = heading.start - len(heading.open_mark), heading.end + len(heading.close_mark)
            between = between[: at - start] + " " * (end - at) + between[end - start :]
    if MASK in between:
        return None  # a title or a slogan quoted between: the reporter's own thread
    own = {w.lower() for w in _LETTERS.findall(last.attribution.mention or "")}
    if reported is not None:
        between = " ".join(s for s in _SENTENCES.split(between) if not reported(s))
    if any(names_someone(w) and w.lower() not in own for w in _LETTERS.findall(between)):
        return None
    confidence = min(rule.confidence, last.attribution.confidence)
    return replace(last.attribution, method=rule.method, confidence=confidence)


#: a line that labels what follows, as a sheet of quotes sets topics and questions: short, and
#: ending on a colon, a dash or a question mark ("On the win:", "Opening statement --"), or on
#: a few words after the question that trail off ("…, qu'en est-il ? On parle de coups…")
_LABEL_LINE = regex.compile(r"[^\n]{1,160}(?::|\s--|\s[—–]|\?|\?[^\n?]{1,80}(?:…|\.\.\.))\s*")
#: a heading that is only a person's name, with its title or position before it ("Dana Quist
#: --", "HEAD COACH DANA QUIST", "QB TOM BRELL:")
_HEADING = regex.compile(
    r"(\p{Lu}[\p{L}’'.\-]*\s+(?:\p{L}[\p{L}’'.\-]*\s+){0,5}?\p{Lu}[\p{L}’'\-]*)\s*(--|[—–:])?\s*"
)
#: how many paragraphs a sheet of quotes may run under one name
_HEADING_REACH = 12


#: a language's words for a heading: whether a word is a role or a position, whether a given
#: name (both lower-cased words)
HeadingWords = tuple[Callable[[str], bool], Callable[[str], bool]]
_ENGLISH_HEADING: HeadingWords = (is_title, lambda word: word in GIVEN_NAMES)


def speaker_heading(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph under a heading that is only a person's name (``Dana Quist --``,
    ``HEAD COACH DANA QUIST``), as a team's or an office's sheet of quotes sets them: only
    labels of topics or questions, and quote paragraphs of no other speaker, stand between."""
    return heading_speaker(ctx, rule, _ENGLISH_HEADING)


def heading_speaker(ctx: Context, rule: Rule, language: HeadingWords) -> Attribution | None:
    """:func:`speaker_heading` with a language's roles and given names (``Trainerin Ilka
    Brandes``, ``Le maire Hugo Perrin :``); up to the headline, with only topic headings and
    quote paragraphs between, the one person whose words the headline gives (``X : « … »`` ¶
    ``La première période`` ¶ ``« … »``); else, when a question stands before an answer, the
    one person the reporter's paragraph above names (an interview: ``Comments by striker
    Tom Brell after the match.`` ¶ ``How do you feel?`` ¶ ``"Tired but happy."``)."""
    text, paragraphs = ctx.article.text, ctx.article.paragraphs
    own = ctx.paragraph
    if not _LABEL_LINE.fullmatch(text, own.start, ctx.quote.start - len(ctx.quote.open_mark)) and (
        text[own.start : ctx.quote.start - len(ctx.quote.open_mark)].strip(_OPENING)
    ):
        return None  # the quote opens its paragraph, or follows a label line in it
    if _WORD.search(ctx.masked, ctx.quote.end + len(ctx.quote.close_mark), own.end):
        return None  # '« … » : l'opposition dénonce …': words of the reporter's after it
    if _names_someone(text[own.start : ctx.quote.start], language[1]):
        return None  # "Captain Tom Brell saw it the same way: "…"": the line names its speaker
    others: set[str] = set()  # the speakers of the quote paragraphs passed
    # whether a question stands before an answer: an interview
    asked = _QUESTION.search(text, own.start, ctx.quote.start - len(ctx.quote.open_mark))
    passed_unnamed = False  # a paragraph of the reporter's that names nobody, passed once
    for index in range(ctx.quote.paragraph - 1, max(-1, ctx.quote.paragraph - _HEADING_REACH), -1):
        p = paragraphs[index]
        name = _heading_name(text[p.start : p.end], language)
        if name is None and (apposed := _name_with_role(text[p.start : p.end], language)):
            # "Hugo Perrin, entraîneur" over the quotes: a heading where the article sets out
            # two or more voices so (a lone one may be a byline)
            name = apposed if _voices(ctx.article, language) >= 2 else None
        if name is not None:
            speaker = name.title() if name.isupper() else name  # "ANDY DALTON": Andy Dalton
            if others - {speaker}:
                return None  # another speaker's quotes under it: no sheet of quotes
            at = max(p.start, text.find(name, p.start, p.end))
            return Attribution(
                speaker,
                name,
                at,
                at + len(name),
                None,
                None,
                rule.method,
                rule.confidence,
                "person",
            )
        quoted = ctx.by_paragraph.get(index, ())
        if p.role == "title":  # up to the headline: whose words it gives heads the sheet
            said = {d.speaker for d in quoted if d.speaker}
            if len(said) != 1 or others - said:
                return None
            headline = next(d.attribution for d in quoted if d.speaker)
            confidence = min(rule.confidence, headline.confidence)
            return replace(headline, method=rule.method + "+headline", confidence=confidence)
        if not quoted and not (
            _LABEL_LINE.fullmatch(text, p.start, p.end)
            or _TOPIC_LINE.fullmatch(text, p.start, p.end)
        ):  # the reporter's text above the sheet: the one person it names, after questions
            named = _people_in(ctx, p) if asked else {}
            if asked and not named and not passed_unnamed:
                passed_unnamed = True  # "Here are the striker's words.": on to the headline
                continue
            if len(named) != 1 or " " not in (speaker := next(iter(named))) or others - {speaker}:
                return None  # no interview: no sheet of quotes
            person = named[speaker]
            return Attribution(
                speaker,
                person.text,
                person.start,
                person.end,
                person.role,
                None,
                rule.method + "+interviewee",
                INTERVIEWEE_CONFIDENCE,
                "person",
            )
        asked = asked or (not quoted and _QUESTION.search(text, p.start, p.end))
        others.update(d.speaker for d in quoted if d.speaker)
    return None


def _names_someone(line: str, is_given: Callable[[str], bool]) -> bool:
    """Whether a line names a person: a given name and a capitalised word after it."""
    words = line.split()
    return any(is_given(w.lower()) and n[:1].isupper() for w, n in pairwise(words))


#: a quote's end, then a colon and words: what the quote is about, as headlines set it
_COLON_CLAUSE_AFTER = regex.compile(r"[\s\u00a0\u202f»”\"’'" + MASK + r"]*:\s*\p{L}")
#: a word of the reporter's (the masked quotes hold none)
_WORD = regex.compile(r"\p{L}{2,}")
#: a paragraph, or the words before an answer in it, that ends on a question
_QUESTION = regex.compile(r"\?\s*$")


def _people_in(ctx: Context, paragraph: Paragraph) -> dict[str, Mention]:
    """The people a paragraph names, by their fullest name, each at its first mention."""
    named: dict[str, Mention] = {}
    for m in ctx.resolver.people:
        if paragraph.start <= m.start < paragraph.end:
            named.setdefault(ctx.resolver.canonical(m.name or m.text), m)
    return named


#: a topic heading between the quotes of a sheet: a few words and no punctuation ending a
#: sentence ("The second half", "La première période")
_TOPIC_LINE = regex.compile(r"\p{Lu}[^\n.!?;:,«»\"“”„]{0,59}(?<=\p{L})\s*")


#: a heading that names the person after a label and gives the role in brackets, as a round-up
#: of reactions sets them ("The calmest: Dana Quist (Rovers coach)", "Le plus soulagé : X (…)")
_LABELLED_HEADING = regex.compile(
    r"(?:[^:\n()]{1,40}:\s*)?(?P<name>\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){1,2})"
    r"\s*\([^()\n]{2,60}\)\s*"
)


#: a heading of a person's name and the role set off after it ("Dana Quist, Rovers coach",
#: "Hugo Perrin, demi d'ouverture"): no verb, no sentence's punctuation
_NAME_THEN_ROLE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){1,2}),\s+"
    r"[^\n,.;:!?«»\"“”„()]{2,40}?\s*"
)


def _name_with_role(paragraph: str, language: HeadingWords) -> str | None:
    """The name of a heading that is a person's name with a role set off after it, the name
    opening on a given name."""
    heading = _NAME_THEN_ROLE.fullmatch(paragraph)
    if heading is None:
        return None
    name = heading.group("name")
    first = name.split()[0].lower()
    return name if language[1](first) and not language[0](first) else None


def _voices(article: Article, language: HeadingWords) -> int:
    """How many of the article's paragraphs are a heading of a name and a role."""
    text = article.text
    return sum(bool(_name_with_role(text[p.start : p.end], language)) for p in article.paragraphs)


def _heading_name(paragraph: str, language: HeadingWords) -> str | None:
    """The person's name a heading paragraph is, titles and positions before it left out; a
    name with neither a position before it nor a dash or colon after it may be a byline, but a
    role in brackets after it makes it a heading (``Le plus soulagé : X (entraîneur de …)``)."""
    titled, is_given = language
    if (labelled := _LABELLED_HEADING.fullmatch(paragraph)) is not None:
        name = labelled.group("name")
        first = name.split()[0]
        return name if is_given(first.lower()) and not titled(first.lower()) else None
    heading = _HEADING.fullmatch(paragraph)
    if heading is None:
        return None
    words = heading.group(1).split()
    first = next((n for n, w in enumerate(words) if is_given(w.lower())), None)
    if first is None or not 2 <= len(words) - first <= 3:
        return None
    name, before = words[first:], words[:first]
    if any(titled(w) or w.lower() in NOT_NAMES | ORG_WORDS for w in name):
        return None
    if not all(titled(w) or (w.isupper() and len(w) <= 3) for w in before):
        return None  # "Head Coach", "QB": a position; anything else is no heading
    if not before and heading.group(2) is None:
        return None  # a name alone, with no dash or colon after it, may be a byline
    return " ".join(name)


def previous_paragraph(ctx: Context, rule: Rule) -> Attribution | None:
    """A quote paragraph after ``Jo Smith issued a statement apologising.``: the last speech
    verb of the paragraph before."""
    index = _paragraph_before(ctx)
    if index is None:
        return None
    prev = ctx.article.paragraphs[index]
    start = ctx.grammar.sentence_start(prev.start, prev.end - 1)
    last = ctx.resolver.verbs_in(start, prev.end)[-1:]
    if last and (agent := passive_agent(ctx.grammar, last[-1])):  # "… was read by Jo Ames."
        return ctx.resolver.resolve(agent, last[-1].group(), rule.method, rule.confidence)
    verbs = cues(ctx.resolver, start, prev.end)
    if not verbs:
        return None
    return attribute_verb(ctx.resolver, verbs[-1], start, rule.method, rule.confidence, [])


def previous_paragraph_subject(ctx: Context, rule: Rule) -> Attribution | None:
    """A paragraph that is nothing but a quote, after a paragraph whose last sentence opens on
    a person the article names, with no verb of saying (``Ames is upbeat about the plan.`` ¶
    ``"…"``): that person."""
    index = _paragraph_before(ctx)
    if index is None:
        return None
    para, q = ctx.paragraph, ctx.quote
    if ctx.article.text[q.end + len(q.close_mark) : para.end].strip(" .,\"”’'»"):
        return None  # words of the narrator's after the quote: a cue of its own, or none
    prev = ctx.article.paragraphs[index]
    start = ctx.grammar.sentence_start(prev.start, prev.end - 1)
    clauses = [start] + [m.end() for m in _CLAUSE.finditer(ctx.masked, start, prev.end)]
    subject = _person_opening(ctx, clauses[-1], prev.end) or _person_opening(ctx, start, prev.end)
    if subject is None or not _LOWER_WORD.search(ctx.masked, subject.end, prev.end):
        return None  # nobody, or a name alone on its line: a byline, no sentence about someone
    return ctx.resolver.resolve(subject, None, rule.method, rule.confidence)


_LOWER_WORD = regex.compile(r"\b\p{Ll}{2,}\b")
#: where a sentence's last main clause opens, whose subject the quote after it is about
#: ("They kept the car, but Jo Ames was not so lucky." ¶ "…": Jo Ames)
_CLAUSE = regex.compile(r"(?:,\s+(?:but|yet|and|while)|;)\s+(?=\S)")


# -- transcripts ---------------------------------------------------------------------------------


def transcript(ctx: Context, rule: Rule) -> Attribution | None:
    """A transcript turn (``QUILL: …``): the name its label gives, or the interviewer
    (``Q``); an answer (``A``) is the first person the article names before it, whom a
    question-and-answer piece introduces (``Mayor Lena Okafor sat down with …``), with the
    confidence of a guess; unknown when none is named."""
    q = ctx.quote
    if q.kind != "turn":
        return None
    para = ctx.article.paragraphs[q.paragraph]
    label = turn_label(ctx.article.text, para.start, para.end)
    start, end, word = label.start("label"), label.end("label"), label.group("label")
    if word in ANSWER_LABELS:  # "A:", "Antwort:", "Réponse :"
        speaker = _interviewee(ctx, start)
        if speaker is None:
            return Attribution(None, word, start, end, None, ":", rule.method + "+unresolved", 0.3)
        return Attribution(
            speaker, word, start, end, None, ":", rule.method + "+interviewee",
            INTERVIEWEE_CONFIDENCE, "person",
        )  # fmt: skip
    if word in QUESTION_LABELS:
        return Attribution("interviewer", word, start, end, None, ":", rule.method, 0.8, "person")
    named = label_name(word)
    if word.isupper() and len(word) <= 3:  # "JC – …": the person whose initials label the turn
        named = initials_name(ctx.article.text, word) or named
    return Attribution(
        ctx.resolver.canonical(named), word, start, end, None, ":", rule.method,
        rule.confidence, "person",
    )  # fmt: skip


def label_name(label: str) -> str:
    """How a transcript's label in capitals reads as a speaker: a name in title case, a role
    (``THE WITNESS``) in lower case, its small words lower-cased; a label already in title
    case (``McKay``) as written.

    >>> label_name("RUTH ALBERS"), label_name("THE COURT"), label_name("COUNSEL FOR THE CITY")
    ('Ruth Albers', 'the court', 'Counsel for the City')
    >>> label_name("McKay"), label_name("M. Legault")
    ('McKay', 'Legault')
    """
    if (honorific := _HONORIFIC.match(label)) is not None and label[honorific.end() :]:
        return label[honorific.end() :]  # "M. Legault", "Frau Brandes": the name
    if not label.isupper():
        return label
    words = label.split()
    if words[0].lower() == "the":
        return label.lower()
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize()
        for i, w in enumerate(words)
    )


#: an honorific opening a label ("M. Legault :", "Mrs. Brell:")
_HONORIFIC = regex.compile(LABEL_HONORIFIC + r"\s+")
#: words a label keeps in lower case after its first ("COUNSEL FOR THE CITY")
_SMALL_WORDS = frozenset({"for", "the", "of", "and", "to", "on", "at", "in"})


def _interviewee(ctx: Context, before: int) -> str | None:
    """The first person named before ``before`` who asks no questions: not a transcript's
    labelled speaker (``QUILL:``) nor named as its host or reporter."""
    text = ctx.article.text
    labels = {
        m.group("label").split()[-1].lower()
        for p in ctx.article.paragraphs
        if (m := turn_label(text, p.start, p.end))
        and m.group("label") not in QUESTION_LABELS | ANSWER_LABELS
    }
    named = [
        (ctx.resolver.canonical(p.name or p.text), set((p.role or "").lower().split()))
        for p in ctx.resolver.people
        if p.end <= before
    ]
    askers = {name for name, role in named if role & _ASKERS}
    found = next(
        (n for n, _ in named if n not in askers and n.split()[-1].lower() not in labels), None
    )
    given = _GIVEN_NAME_IN.get(uses_rules_of(ctx.article.language))
    if found is None and given is not None:  # the people index reads English names
        found = next(
            (
                m.group()
                for m in _FULL_NAME.finditer(text, 0, before)
                if given(m.group(1)) and m.group(2).lower() not in labels
            ),
            None,
        )
    return found


#: a given name and a surname, as a German or French interview's lead introduces its guest
_FULL_NAME = regex.compile(r"\b(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b")
_FRENCH_GIVEN = frozenset(name.lower() for _, name in rows("fr/given_names.tsv"))
#: each language's test for a given name, where the people index does not read its names
_GIVEN_NAME_IN: dict[str, Callable[[str], bool]] = {
    "de": is_given_name,
    "fr": lambda word: word.lower() in _FRENCH_GIVEN,
}


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
    return Attribution(
        ctx.resolver.canonical(label_name(word)), word, start, end, None, ":", rule.method,
        rule.confidence, "person",
    )  # fmt: skip
