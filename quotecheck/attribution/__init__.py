"""Who said it: attributing each quotation to a speaker, person, organisation or document.

News attributes quotes in a few recurring shapes. Each is a row of :data:`~.rules.RULES` (its
method name, its confidence, the finder that recognises it and an invented example); this engine
takes the first row that fires for each quote and records the row's method
(``Attribution.method``). A suffix says how the mention was resolved (``+pronoun``, ``+who``,
``+role-noun``, ``+epithet``, ``+org-noun``, ``+participle``) or why it was not
(``+unresolved-pronoun``, ``+phrase``); ``+headline`` marks a speaker read from a headline, whose
capitalised words cannot be told from names, so it is never sure.

The modules: :mod:`.words` (the lexicons, word classes and tokens), :mod:`.grammar`
(sentences, noun phrases, subjects), :mod:`.phrases` (what a run of words names),
:mod:`.resolve` (mentions to canonical speakers, the confidence adjustments), :mod:`.cues`
(which speech verbs attribute, and whose), :mod:`.context` (what a rule reads), the finders by
where they look — :mod:`.opening` (before the opening mark), :mod:`.closing` (after the closing
mark), :mod:`.sentence` (the rest of its sentence), :mod:`.discourse` (other quotes, the
paragraph before, transcripts) — and :mod:`.rules` (the table).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from ..language import uses_rules_of
from ..lexicon import by_kind
from ..models import HEADING_ROLES, Article, Attribution, Quote
from ..normalize import words as word_keys
from ..quotes import MASK, QUESTION_LABELS, crosshead_quote, looks_like_title, mask_quotes
from . import french, german_words
from .cues import as_relayed
from .grammar import Grammar
from .named import CUE_WORDS
from .resolve import UNRESOLVED, Resolver, adjusted, is_office, unify_speakers
from .rules import RULES, Context, Rule, rule_of
from .words import CONTINUING_VERBS, FIRST_NAMES, PARTICLES, SPEECH_NOUNS, is_title

__all__ = ["RULES", "Rule", "attribute", "unify_speakers"]

_SCARE_MARKER = regex.compile(
    r"\b(?:so-called|the (?:word|term|phrase|label)s?|quote[ -]unquote|scare quotes"
    # words mentioned, not said: "words such as", "terms like"
    r"|(?:words?|terms?|phrases?|expressions?)\s+(?:such\s+as|like|including)"
    # a button's label: "click “Sign up”", "clicking the “Subscribe” button", "cliquez sur"
    r"|(?:click|tap)(?:s|ped|ping|ed|ing)?(?:\s+on)?(?:\s+the)?|cliqu\w*\s+sur(?:\s+l\w*)?"
    r"|klick\w*(?:\s+Sie)?\s+auf"
    # French: "le soi-disant", "ce qu'on appelle le", "le terme", "l'expression"
    r"|soi-disant|prétendue?s?|(?:le|du|au)\s+(?:mot|terme)|(?:l|de\s+l)['’]\s*expression"
    r"|ce\s+qu['’](?:on|l['’]on)\s+appelle(?:\s+(?:le|la|les|l['’]|un|une|des))?)[\s\u00a0]*"
    + MASK
    + r"+$",
    regex.IGNORECASE,
)
#: a name someone takes, whatever verb comes before: "wrote under the pseudonym “Greta Lind”"
_TAKEN_NAME = regex.compile(
    r"\b(?:pseudonym(?:e|es|s)?|alias(?:es)?|pen[\s-]names?|noms?\s+de\s+plume|(?:user|screen)[\s-]?names?"
    r"|Pseudonyms?|Decknamens?|Künstlernamens?)[\s\u00a0]*" + MASK + "+$",
    regex.IGNORECASE,
)
#: the most a speaker read from a headline can be trusted: below the level at which two outlets'
#: speakers are set against each other
HEADLINE_CONFIDENCE = 0.5


def _is_scare(
    q: Quote, masked: str, attribution: Attribution | None, previous: Quote | None
) -> bool:
    """Words set off as a term, not as speech: the so-called "reset", the word "reset", a
    letter or a code ("A", "E2"), a name taken (the pseudonym "Lind"), a button's label
    (click "Sign up"), and the next items of a list the first of which is one (``words such
    as "harbour," "strike" and "Eastfield"``). Kept as a quote span of kind ``scare``, with
    no speaker.

    Only an explicit marker makes a scare quote: in annotated news (PolNeAR) most short
    fragments without a speech verb are still counted as somebody's words.
    """
    if _CODE.fullmatch(q.text):
        return True  # a letter or a code: District "A", the "E2" tram, "Ba1"
    if len(q.text.split()) > 4:
        return False
    if _TAKEN_NAME.search(masked, max(0, q.start - 40), q.start):
        return True
    if attribution and not attribution.method.startswith(_NO_CUE):
        return False
    if previous is not None and previous.kind == "scare" and previous.paragraph == q.paragraph:
        return bool(_LIST_GAP.fullmatch(masked, previous.end, q.start))
    marked = _SCARE_MARKER.search(masked, max(0, q.start - 40), q.start)
    return q.kind == "fragment" and marked is not None


#: what a quote's own sentence names no speaker with: a guess from its subject or from the quote
#: before it, or nothing
_NO_CUE = ("sentence-subject", "none", "split")
#: what stands between two items of a list in marks: marks, a comma, "and", "or"
_LIST_GAP = regex.compile(
    r"[\s,;\"“”„‘’'«»" + MASK + r"]*(?:(?:and|or|und|oder|et|ou)[\s\"“”„‘’'«»" + MASK + r"]+)?"
)


#: a lone letter, or letters and digits run together: a label or a code, never speech
_CODE = regex.compile(r"\s*(?:\p{L}|\p{L}{1,3}\d{1,3}\p{L}?|\d{1,3}\p{L}{1,2})[,.]?\s*")


#: rules that only guess a speaker from the sentence around the words or the quote before them:
#: no speech verb of their own names one
_GUESSES = ("sentence-subject", "nearby", "split")


#: an abbreviation in brackets right after the closing mark: "Bridges Without Borders" (BWB)
_ABBREVIATION_AFTER = regex.compile(r"\s*\(\p{Lu}[\p{Lu}\d&\-]{1,9}\)")


def _abbreviated(q: Quote, text: str) -> bool:
    """Words in marks followed by their abbreviation in brackets (``die Organisation „Brücken
    ohne Grenzen“ (BOG)``, ``la coalition « Ensemble pour la région » (EPR)``): the name of a
    body, which no one says; speech would end on its stop."""
    return (
        q.kind == "fragment"
        and q.text.rstrip()[-1:] not in {".", "!", "?"}
        and bool(_ABBREVIATION_AFTER.match(text, q.end + len(q.close_mark)))
    )


#: a hyphen and a letter right after the closing mark: the words in marks begin a compound
_COMPOUND_AFTER = regex.compile(r"-\p{L}")


def _in_compound(q: Quote, text: str) -> bool:
    """Words in marks that a hyphen joins to the word after them (``die „Eins zu
    Eins“-Begegnung``, ``the “Made in Eastfield”-label``): part of a compound noun, a name or a
    term inside a word, never speech."""
    return q.kind == "fragment" and bool(_COMPOUND_AFTER.match(text, q.end + len(q.close_mark)))


#: a given name (or its initials) right before the marks and a capitalised word right after them
_GIVEN_NAME_BEFORE = regex.compile(r"\b(\p{Lu}\p{Ll}+|(?:\p{Lu}\.){1,3})\s+$")
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}")
_SURNAME_AFTER = regex.compile(r"\s+\p{Lu}\p{Ll}")


def _nickname(q: Quote, text: str) -> bool:
    """A name in marks between a given name or its initials and a surname (``Tomás “Tonio”
    Ames``, ``Gov. T.J. “Buzz” Ames``): the person's nickname, part of their name, never
    speech."""
    if (
        q.kind not in {"fragment", "sentence"}
        or len(q.text.split()) > 2
        or not q.text[:1].isupper()
        or (q.kind == "sentence" and not q.text[-1:].isalpha())  # "C.L. “Butch” Ames": a stop
    ):
        return False
    opening = q.start - len(q.open_mark)
    given = _GIVEN_NAME_BEFORE.search(text, max(0, opening - 30), opening)
    return (
        given is not None
        and (given.group(1).lower() in FIRST_NAMES or bool(_INITIALS.fullmatch(given.group(1))))
        and bool(_SURNAME_AFTER.match(text, q.end + len(q.close_mark)))
    )


def _is_name_of_something(q: Quote, attribution: Attribution | None, masked: str) -> bool:
    """A title-case phrase set in marks inside a body sentence, with no speech verb for it: the
    name of a show, a book, a campaign or a product (``the "Harbour Lights Brunch"``), not speech,
    which runs in the sentence's own case, nor what a crowd chants (``chants of "Free The
    Port"``)."""
    guessed = attribution is None or attribution.method.startswith(_GUESSES)
    return (
        q.kind == "fragment"
        and q.placement == "body"
        and guessed
        and len(q.text.split()) >= 2
        and looks_like_title(q.text)
        and not _CHANTED.search(masked, max(0, q.start - 24), q.start)
    )


#: a chant or a cry right before the words: they are shouted, whatever their case
_CHANTED = regex.compile(
    r"\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|cries|cried|calls|yell(?:s|ed|ing)?)"
    r"(?:\s+of)?\s*[,:]?\s*" + MASK + "+$",
    regex.IGNORECASE,
)


#: each language's test for words in marks that name a work, a body or a term, not speech
#: (English titles are read by case: :func:`_is_name_of_something`)
_TERMS: dict[str, Callable[[Quote, Attribution | None, str], bool]] = {
    "de": german_words.is_term,
    "fr": french.is_term,
}


def _from_headline(attribution: Attribution, article: Article) -> Attribution:
    """A headline's attribution, marked and held low: in title case ("… Wins Brandt Peace
    Prize") a name and the words around it look alike, so a name of more than two words keeps
    only as many as the body confirms (``Tom Brell Breaks Silence: "…"`` is Tom Brell's)."""
    speaker = _headline_name(attribution, article)
    if speaker is None and attribution.speaker is not None:  # the body shows it is no one
        return replace(
            attribution,
            speaker=None,
            method=attribution.method + "+headline",
            confidence=UNRESOLVED,
            source_type="unknown",
        )
    return replace(
        attribution,
        speaker=speaker,
        method=attribution.method + "+headline",
        confidence=min(attribution.confidence, HEADLINE_CONFIDENCE),
    )


def _headline_name(attribution: Attribution, article: Article) -> str | None:
    """The speaker a headline names, cut back to the words that name the person: the longest
    run of its first words that the body writes too, or, when the body gives none, a given name
    and the word after it."""
    speaker = attribution.speaker
    words = (speaker or "").split()
    if attribution.source_type != "person" or not words:
        return speaker
    body = " ".join(
        article.text[p.start : p.end] for p in article.paragraphs if p.role not in HEADING_ROLES
    )
    mention = (attribution.mention or "").split()
    while mention and is_title(mention[0]):
        mention = mention[1:]  # "Mayor Ann King Resigns": the title is no word of the name
    if (
        len(words) == 1
        and len(mention) > 2
        and mention[-1] == words[0]
        and all(w[:1].isupper() for w in mention)
        and not regex.search(rf"\b{regex.escape(words[0])}\b", body)
    ):  # "Ann King Resigns: "…"": a surname that is a title word ("King") read as the role
        # before a headline's verb; the longest run of its first words the body writes
        found = next(
            (
                " ".join(mention[:end])
                for end in range(len(mention) - 1, 1, -1)
                if regex.search(rf"\b{regex.escape(' '.join(mention[:end]))}\b", body)
            ),
            None,
        )
        if found is not None:
            return found
    if len(words) == 1 and (
        regex.search(rf"\b[Tt]he\s+{regex.escape(words[0])}\b", body)
        or (
            not regex.search(rf"\b{regex.escape(words[0])}\b", body)
            and not _said_by_verb(attribution)
        )
    ):  # "Lindenhain Ferry Sinks …": the body's "the Lindenhain" is a thing; "Flooding: "…"":
        return None  # a topic the body never names as anyone (a verb of saying names someone:
        # '"…", dit Perrin' over a body that calls him only "le ministre")
    if len(words) < 3:
        return speaker
    if regex.search(rf"\b{regex.escape(words[-1])}\b", body):
        return speaker  # the body writes its last word: a name ("Mary Ann Quist" … "Quist said")
    ends = [end for end in range(len(words) - 1, 0, -1) if words[end - 1].lower() not in PARTICLES]
    for end in ends:  # never a name cut after its particle ("Bart De" of "Bart De Wever")
        if regex.search(rf"\b{regex.escape(' '.join(words[:end]))}\b", body):
            return " ".join(words[:end])
    given_and_surname = 3 if words[1].lower() in PARTICLES else 2
    return " ".join(words[:given_and_surname]) if words[0].lower() in FIRST_NAMES else speaker


def _said_by_verb(attribution: Attribution) -> bool:
    """Whether a verb of saying next to the quote gave the attribution (``"…", says Perrin``),
    not a topic before a colon or a sentence's subject."""
    rule = attribution.method.split("+")[0]
    return bool(attribution.cue) and rule.split("-")[0] in {"after", "before"}


def attribute(article: Article, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The article's quotes with their :class:`Attribution` filled in.

    >>> from quotecheck.articles import parse_article
    >>> from quotecheck.quotes import extract_quotes
    >>> text = ('EU trade chief Carla Moreau arrived in Tokyo on Friday for talks.\\n\\n'
    ...         '"We live in a very dangerous world," she said. "We must act."')
    >>> a = parse_article(text)
    >>> [(q.speaker, q.attribution.method) for q in attribute(a, extract_quotes(a))]
    [('Carla Moreau', 'after+pronoun'), ('Carla Moreau', 'split')]
    """
    if not quotes:
        return ()
    masked = mask_quotes(article, quotes)
    last = max(q.paragraph for q in quotes)
    until = article.paragraphs[min(last + 1, len(article.paragraphs) - 1)].end
    grammar = Grammar(masked)
    resolver = Resolver(article, grammar, until)
    language = uses_rules_of(article.language)
    rules = [rule for rule in RULES if language in rule.languages]
    is_term = _TERMS.get(language)
    result: list[Quote] = []
    by_paragraph: dict[int, list[Quote]] = {}  # attributed statements, paragraph by paragraph
    for q in quotes:
        if q.repeat_of is not None:
            result.append(replace(q, attribution=result[q.repeat_of].attribution))
            continue
        if q.kind in {"title", "nested"}:  # a work's name, or words the speaker quotes
            result.append(replace(q, attribution=Attribution(None, method=q.kind)))
            continue
        para = article.paragraphs[q.paragraph]
        sentence_start = grammar.sentence_start(para.start, q.start)
        same_paragraph = by_paragraph.setdefault(q.paragraph, [])
        earlier = []  # the attributions of this sentence's earlier quotes, nearest last
        for d in reversed(same_paragraph):
            if d.start < sentence_start:
                break
            if d.attribution.speaker:
                earlier.insert(0, d.attribution)
        ctx = Context(
            article,
            resolver,
            q,
            para,
            sentence_start,
            earlier,
            same_paragraph,
            by_paragraph,
            result,
        )
        attribution = next(
            (found for rule in rules if (found := rule.find(ctx, rule)) is not None), None
        )
        if attribution is not None and _carried_over(attribution) and _pulled_line(q, ctx):
            attribution = None
        if q.kind == "turn":  # a transcript turn stands apart from the paragraph's quotes
            result.append(replace(q, attribution=attribution or Attribution(None)))
            continue
        if _is_scare(q, masked, attribution, result[-1] if result else None):
            result.append(replace(q, kind="scare", attribution=Attribution(None, method="scare")))
            continue
        if (
            _is_name_of_something(q, attribution, masked)
            or _abbreviated(q, article.text)
            or _in_compound(q, article.text)
            or _nickname(q, article.text)
            or (is_term is not None and is_term(q, attribution, article.text))
            or ((is_term is not None or q.text[:1].isupper()) and _named_before(q, result))
        ):
            result.append(replace(q, kind="title", attribution=Attribution(None, method="title")))
            continue
        if attribution is not None and q.placement == "headline":
            attribution = _from_headline(attribution, article)
        elif attribution is not None:
            attribution = _spokesperson_again(attribution, masked, language, rules, result)
            attribution = _speaker_going_on(attribution, ctx, language, rules)
            attribution = _body_in_full(attribution, masked, language)
            attribution = _anothers_words(attribution, ctx, language)
        result.append(replace(q, attribution=attribution or Attribution(None)))
        same_paragraph.append(result[-1])
    result = _listed_with_titles(result, masked)
    # a multi-paragraph quote has one speaker: the first of its parts that a cue names gives it
    # to the parts that name nobody, later or earlier, or only by a pronoun with no antecedent
    # before it (« Nous irons, a-t-il dit, jusqu'au bout », a prévenu X: the pronoun is X's);
    # a part's own cue outranks a speaker carried over from the paragraph before
    named: dict[int, Attribution] = {}
    for carried in (False, True):
        for q in result:
            if q.speaker and _carried_over(q.attribution) == carried:
                named.setdefault(_first_part(q), q.attribution)
    interviewee = _headline_interviewee(result)
    result = [
        replace(q, attribution=named[_first_part(q)])
        if _first_part(q) in named
        and (
            (
                (q.attribution.mention is None or _UNRESOLVED_PRONOUN in q.attribution.method)
                and not q.speaker
            )
            or (
                _carried_over(q.attribution)
                and not _carried_over(named[_first_part(q)])
                and q.speaker != named[_first_part(q)].speaker
            )
        )
        else replace(q, attribution=interviewee)
        if interviewee is not None and _unnamed_headline_statement(q)
        else q
        for q in result
    ]
    keys = _WordKeys({q.index: q.text for q in result})
    result = [_echoed_in_body(q, result, article.text, keys) for q in result]
    result = [_crosshead_between(at, result, article.text) for at in range(len(result))]
    return tuple(_without_article(q, language) for q in _roles_named_by_headline(result, keys))


#: a definite article opening a French body's name, elided or not
_FRENCH_ARTICLE = regex.compile(r"^(?:(?:[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’]\s*)(?=\p{Ll})")
#: a definite article opening a German body's name
_GERMAN_ARTICLE = regex.compile(r"^(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en)\s+(?=\p{Lu})")


def _without_article(quote: Quote, language: str) -> Quote:
    """A body's speaker without the definite article the sentence gave it (``la préfecture``,
    ``Die Polizei``), as English drops ``the``: one body, one name, whatever case or article
    each outlet writes; not a name the article belongs to (``Le Vigilant``, ``Die Hafenwoche``)."""
    a = quote.attribution
    if a.source_type != "organisation" or not a.speaker:
        return quote
    if language == "fr":
        bare = _FRENCH_ARTICLE.sub("", a.speaker)
    elif language == "de" and german_words.speaks_for(a.speaker):
        bare = _GERMAN_ARTICLE.sub("", a.speaker)
    else:
        return quote
    return quote if bare == a.speaker else replace(quote, attribution=replace(a, speaker=bare))


#: at most this many words in marks make a name the article gave earlier
NAMED_AGAIN_WORDS = 4


def _named_before(quote: Quote, earlier: list[Quote]) -> bool:
    """Whether a few words in marks, with no full stop of their own, are the name (or the start
    of the name) of a work, a firm or a product the article gave earlier (``die Kartoffelsorte
    „Lindgold“`` … ``einen Anbaustopp für „Lindgold“``; ``starred in "The Harbour Road"`` …
    ``"The Harbour Road" opens on Friday``): a name stays a name, whatever verb stands near
    it, even opening a paragraph of its own."""
    keys = word_keys(quote.text)
    if (
        quote.kind not in {"fragment", "sentence"}
        or not keys
        or len(keys) > NAMED_AGAIN_WORDS
        or quote.text.rstrip().endswith((".", "!", "?"))
    ):
        return False
    return any(q.kind == "title" and word_keys(q.text)[: len(keys)] == keys for q in earlier)


#: what stands between two items of a list: a comma, "and", "or", "&"
_LIST_SEPARATOR = regex.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:(?:and|or|&)[\s\u00a0]+)?")


def _listed_with_titles(quotes: list[Quote], masked: str) -> list[Quote]:
    """Quotes listed with titles (``roles in "The Long Harbour," "Valbourg 9," and "Night
    Train"``) are titles too when they read as one, however short: a list holds one kind of
    thing."""
    result = list(quotes)
    for order in (range(len(result)), range(len(result) - 1, -1, -1)):
        for i in order:
            q = result[i]
            if (
                q.kind not in {"fragment", "sentence"}
                or q.placement != "body"
                or q.text.rstrip().endswith((".", "!", "?"))
                or not looks_like_title(q.text.rstrip(","))
            ):
                continue
            pairs = [(result[i - 1], q)] if i > 0 else []
            pairs += [(q, result[i + 1])] if i + 1 < len(result) else []
            if any(
                "title" in {first.kind, second.kind}
                and first.paragraph == second.paragraph
                and _LIST_SEPARATOR.fullmatch(
                    masked, first.end + len(first.close_mark), second.start - len(second.open_mark)
                )
                for first, second in pairs
            ):
                result[i] = replace(q, kind="title", attribution=Attribution(None, method="title"))
    return result


#: the fewest words a headline's quote needs for the body's quote holding them to be its source
ECHO_WORDS = 3


class _WordKeys(dict):
    """Each quote's words as the echo tests compare them (`` a b c ``), by the quote's index,
    read the first time asked for: most articles never ask."""

    def __init__(self, texts: dict[int, str]) -> None:
        super().__init__()
        self._texts = texts

    def __missing__(self, index: int) -> str:
        self[index] = found = f" {' '.join(word_keys(self._texts[index]))} "
        return found


def _echoed_in_body(quote: Quote, quotes: list[Quote], text: str, keys: _WordKeys) -> Quote:
    """A headline's quote that no cue gave to anyone named (``Harbour chief: "We got it
    wrong"``), given to the one speaker of the body's quotes that hold its words (``"We got
    it wrong, and I am sorry," Ilka Brandes told …``): a headline cuts its quote from the
    story below it. So is a pull quote, a paragraph of nothing but a quote the story repeats
    from another paragraph. Held as low as any headline's speaker."""
    pulled = quote.placement == "body"
    carried = pulled and quote.attribution.method == "continuation+paragraph"
    if (quote.speaker and not carried) or quote.kind not in {"sentence", "fragment"}:
        return quote  # (a crosshead is carried on from the paragraph before: it may be a
        # pull quote of the one after, "« Déporter la crise »" over "« … déporter la crise … »")
    if pulled and not _alone_in_paragraph(quote, text):
        return quote
    wanted = keys[quote.index]
    if len(wanted.split()) < ECHO_WORDS:
        return quote
    sources = {
        q.attribution.speaker: q.attribution
        for q in quotes
        if q.placement == "body"
        and q.paragraph != quote.paragraph
        and q.attribution.speaker
        and wanted in keys[q.index]
    }
    if len(sources) != 1:
        return quote  # nobody, or two speakers: no telling whose words the headline cut
    (source,) = sources.values()
    if carried and _role_as_speaker(source):
        return quote  # the one after gives a role only: the name carried on stands
    own = None if carried else quote.attribution  # a mention carried on names someone else
    return replace(
        quote,
        attribution=replace(
            source,
            mention=own and own.mention,
            mention_start=own and own.mention_start,
            mention_end=own and own.mention_end,
            method="echo+pull-quote" if pulled else "echo+headline",
            confidence=min(source.confidence, HEADLINE_CONFIDENCE),
        ),
    )


def _crosshead_between(at: int, quotes: list[Quote], text: str) -> Quote:
    """A crosshead quote no rule and no echo gave to anyone, between the paragraphs of one
    speaker's quotes (``"…," says X.`` ¶ ``"Les gens sont lâches"`` ¶ ``X … "…"``), or after
    the paragraph of an article's only voice with no quote after it: that speaker's, held as
    low as a headline's; between two speakers, no one's."""
    quote = quotes[at]
    if quote.speaker or quote.placement != "body" or not crosshead_quote(quote, text):
        return quote
    before = next((q for q in reversed(quotes[:at]) if q.placement == "body" and q.speaker), None)
    after = next((q for q in quotes[at + 1 :] if q.placement == "body" and q.speaker), None)
    if before is None or before.paragraph != quote.paragraph - 1:
        return quote
    if after is None:  # the article's last quote: its own voice's if it has one only
        voices = {q.speaker for q in quotes[:at] if q.placement == "body" and q.speaker}
        if len(voices) != 1:
            return quote
    elif before.speaker != after.speaker or after.paragraph != quote.paragraph + 1:
        return quote
    return replace(
        quote,
        attribution=replace(
            before.attribution,
            method="continuation+paragraph+crosshead",
            confidence=min(before.attribution.confidence, HEADLINE_CONFIDENCE),
        ),
    )


def _roles_named_by_headline(quotes: list[Quote], keys: _WordKeys) -> list[Quote]:
    """The body's quotes given to a role the body never names (``"…", a lancé le Premier
    ministre``) given to the person the headline names saying the same words (``"…", dit
    Perrin``): a headline names whom the story calls by a role. Every quote of that role in
    the body goes with it; held as low as any headline's speaker."""
    headlines = [
        h
        for h in quotes
        if h.placement == "headline"
        and h.attribution.source_type == "person"
        and h.speaker
        and h.speaker[:1].isupper()
        and not _role_opening(h.speaker)
        and len(keys[h.index].split()) >= ECHO_WORDS
    ]
    named: dict[str, set[str]] = {}
    for q in quotes if headlines else ():
        if _unnamed_role(q):
            for h in headlines:
                if keys[h.index] in keys[q.index]:
                    named.setdefault(q.attribution.mention or "", set()).add(h.speaker or "")
    names = {role: people.pop() for role, people in named.items() if len(people) == 1}
    if not names:
        return quotes
    return [
        replace(
            q,
            attribution=replace(
                q.attribution,
                speaker=names[q.attribution.mention or ""],
                source_type="person",
                method=q.attribution.method.removesuffix("+unresolved-role") + "+headline-name",
                confidence=min(q.attribution.confidence, HEADLINE_CONFIDENCE),
            ),
        )
        if _unnamed_role(q) and q.attribution.mention in names
        else q
        for q in quotes
    ]


def _unnamed_role(quote: Quote) -> bool:
    """Whether a body quote's speaker is a role the article never names: given as its own words
    (``la ministre``), or left unresolved (``the minister``)."""
    a = quote.attribution
    if quote.placement != "body" or not a.mention:
        return False
    if a.speaker is None:
        return a.method.endswith("+unresolved-role")
    return a.source_type == "person" and _role_as_speaker(a)


def _role_as_speaker(a: Attribution) -> bool:
    """Whether an attribution's speaker is the words of a role, no name (``la ministre``)."""
    speaker = a.speaker or ""
    return speaker == a.mention and (not speaker[:1].isupper() or _role_opening(speaker))


#: an article opening a speaker's words: a role or a phrase, not a name ("Le maire", "The mayor")
_ROLE_OPENING = regex.compile(r"(?i:the|a|an|le|la|les|l['’]|un|une|der|die|das|ein|eine)\b")


def _role_opening(speaker: str) -> bool:
    return _ROLE_OPENING.match(speaker) is not None


def _alone_in_paragraph(quote: Quote, text: str) -> bool:
    """Whether a quote is a paragraph of its own: nothing but its marks and a stop around it,
    or the time a live page's entry heading gives before it (``09:50 'Like a freight train'``)."""
    opening = quote.start - len(quote.open_mark)
    line_start = text.rfind("\n", 0, opening) + 1
    line_end = text.find("\n", quote.end)
    after = text[quote.end + len(quote.close_mark) : line_end if line_end >= 0 else len(text)]
    before = text[line_start:opening]
    return (not before.strip() or bool(_ENTRY_TIME.fullmatch(before))) and not after.strip(" .")


#: the time a live page stamps an entry's heading with: "09:50", "10.15am", "14:02 GMT -"
_ENTRY_TIME = regex.compile(
    r"\s*\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?|GMT|BST|CET|CEST|UTC|ET|EST|EDT))?\s*[-–—:|]?\s*"
)


def _headline_interviewee(quotes: list[Quote]) -> Attribution | None:
    """The one person who answers in an interview's turns (``Lucie Marchand : …`` under ``Le
    Courrier : … ?``), as a headline's attribution: an interview's headline gives the
    interviewee's words. None unless every answer is one person's."""
    answers = {
        q.attribution.speaker: q.attribution
        for q in quotes
        if q.kind == "turn"
        and q.attribution.speaker
        and q.attribution.mention not in QUESTION_LABELS
        and not q.text.rstrip().endswith("?")
    }
    if len(answers) != 1:
        return None
    (answer,) = answers.values()
    if answer.source_type != "person":
        return None
    return replace(
        answer,
        mention=None,
        mention_start=None,
        mention_end=None,
        method="transcript+interviewee+headline",
        confidence=HEADLINE_CONFIDENCE,
    )


def _unnamed_headline_statement(quote: Quote) -> bool:
    """Whether a quote is a headline's statement that no cue gave to anyone."""
    return (
        quote.placement == "headline"
        and quote.kind in {"sentence", "fragment"}
        and quote.attribution.speaker is None
        and quote.attribution.mention is None
    )


#: the nouns for one who speaks for a body, by language (data/spokesperson_nouns.tsv)
_SPOKESPERSON_NOUNS = by_kind("spokesperson_nouns.tsv")
#: the definite articles a spokesperson noun stands after when it goes back to one named before
_DEFINITE = frozenset({"the", "der", "die", "le", "la", "l'", "l’"})


#: a noun and the preposition before the body it is of: "spokesperson for the "
_NOUN_FOR = regex.compile(r"\b(\p{L}+)\s+(?:for|of|at|from)\s+(?:the\s+)?$")


def _spoken_for_by(masked: str, start: int) -> str | None:
    """The noun of the one who speaks for the body named at ``start`` (``spokesperson`` in
    ``a spokesperson for the port authority``), or None."""
    found = _NOUN_FOR.search(masked, max(0, start - 40), start)
    return found.group(1).lower() if found else None


#: the noun phrase readers of German and French, and their nouns for institutions: a body named
#: in full before may be named again by its noun alone
_BODY_NOUNS = {
    "fr": (french.noun_phrase, french.INSTITUTIONS),
    "de": (german_words.noun_phrase, german_words.INSTITUTIONS),
}
#: each language's nouns for a company named before (``das Unternehmen``, ``l'entreprise``)
_COMPANY_NOUNS = {"fr": french.COMPANY_NOUNS, "de": german_words.COMPANY_NOUNS}
#: each language's nouns for the kind of body just named (``die Behörde``, ``l'autorité``)
_GENERIC_BODIES = {"fr": french.GENERIC_BODIES, "de": german_words.GENERIC_BODIES}
#: a definite article before a noun, where a body named in full may start
_DEFINITE_BEFORE_NOUN = {
    "de": regex.compile(r"\b[Dd](?:er|ie|as|em|en|es)\s+(?=\p{Lu})"),
    "fr": regex.compile(r"\b(?:[Ll][ae]\s+|[Ll]['’]\s*)(?=\p{L})"),
}
#: how far back a body the generic noun stands for is looked for: the sentence before or so
_GENERIC_WINDOW = 400
#: a company named in full: a name before its legal form (``Portwell AG``, ``Valmer SA``), or,
#: in French, whose nouns are in lower case, a name after a noun for a company (``le groupe
#: Valmer``)
_COMPANY_NAMED = regex.compile(
    r"\b(?P<name>\p{Lu}[\p{L}&\-]+(?:\s\p{Lu}[\p{L}&\-]+){0,2}\s"
    r"(?:AG|GmbH|SE|KGaA|KG|SA|SAS|SARL|NV|BV|Inc\.?|Ltd\.?|plc))(?!\p{L})"
    r"|\b(?P<noun>\p{Ll}+)\s+(?P<after>\p{Lu}[\p{L}&\-]+(?:\s\p{Lu}[\p{L}&\-]+){0,2})"
)
#: a noun after its article and a capitalised name after it: "das Unternehmen Portwell AG"
_NOUN_THEN_NAME = regex.compile(
    r"(?:(?i:le|la|les|der|die|das|des|dem|den)\s+|[Ll]['’]\s*)?(?P<noun>\p{L}+?)(?:e?s)?"
    r"\s+(?P<name>\p{Lu}[\p{L}&\-.]*(?:\s+\p{Lu}[\p{L}&\-.]*){0,3})"
)
#: the definite articles before a body's noun alone
_BODY_ARTICLES = {
    "fr": frozenset({"le", "la", "l'", "l’"}),
    "de": frozenset({"der", "die", "das", "dem"}),  # "hieß es aus dem Unternehmen"
}
#: a definite article opening a noun phrase, elided or not
_LEADING_ARTICLE = regex.compile(r"^(?:(?i:le|la|der|die|das)\s+|[Ll]['’]\s*)")
#: how far back the body named in full is looked for
_BODY_WINDOW = 3000


def _body_in_full(attribution: Attribution, masked: str, language: str) -> Attribution:
    """A body named by its noun alone after the definite article (``a indiqué le ministère``,
    ``teilte das Ministerium mit``) is the body the article named before in full with that
    noun (``le ministère de l'Intérieur``, ``das Bundesministerium für Verkehr``), the nearest;
    English does the same in its rules (``the ministry said``, ``+org-noun``). Never a
    document (``der Bericht``) nor a name (``die FIFA``)."""
    mention, start = attribution.mention or "", attribution.mention_start
    if language not in _BODY_NOUNS or attribution.source_type != "organisation" or start is None:
        return attribution
    read, institutions = _BODY_NOUNS[language]
    named = _NOUN_THEN_NAME.fullmatch(mention)
    if named is not None and named.group("noun").lower() in _COMPANY_NOUNS[language]:
        # "das Unternehmen Portwell AG", "l'entreprise Valmer": the company's own name
        return replace(attribution, speaker=named.group("name"))
    article, _, noun = regex.sub(r"^([Ll]['’])", r"\1 ", mention).partition(" ")
    sender = attribution.speaker or ""
    if sender.isalpha() and sender != mention and sender.lower() in mention.lower():
        # "in einer Mitteilung des Unternehmens", "le communiqué de la préfecture": the text's
        # sender, a body's noun alone after its article
        article, noun = next(iter(_BODY_ARTICLES[language])), sender
    low = noun.lower()
    generic = low in _GENERIC_BODIES[language]
    if (
        article.lower() not in _BODY_ARTICLES[language]
        or not noun.isalpha()
        or noun.isupper()
        or not (generic or _is_institution(low, institutions, language))
    ):
        return attribution
    if low in _COMPANY_NOUNS[language] and (company := _company_before(masked, start, language)):
        return _in_full(attribution, company)  # "Portwell AG …, teilte das Unternehmen mit"
    stem = r"\p{L}*" if language == "de" else ""  # "Ministerium" in "Bundesministerium"
    pattern = regex.compile(rf"\b{stem}{regex.escape(noun)}\b", regex.IGNORECASE)
    for found in reversed(list(pattern.finditer(masked, max(0, start - _BODY_WINDOW), start))):
        before = _WORD_BEFORE.search(masked, max(0, found.start() - 8), found.start())
        if (
            language == "fr"
            and before is not None  # (a capital opening a sentence tells nothing)
            and found.group()[:1].isupper() != noun[:1].isupper()
        ):
            continue  # "la direction" (a company's) is no "la Direction régionale …": French
            # writes a common noun in lower case and an institution's name with a capital
        at = found.start()
        if before is not None and before.group(1).lower() in _BODY_ARTICLES[language]:
            at = before.start()
        phrase = read(masked, at, start)
        if phrase is not None and phrase.end > found.end():
            return _in_full(attribution, _LEADING_ARTICLE.sub("", phrase.text))
        if found.group().lower() != low:  # "das Bundesministerium", a compound alone
            return _in_full(attribution, found.group())
    if generic and (body := _body_named_before(masked, start, low, language)):
        return _in_full(attribution, body)  # "Das Landesamt … . …, teilte die Behörde mit"
    return attribution


def _body_named_before(masked: str, start: int, generic: str, language: str) -> str | None:
    """The body named in full nearest before ``start``, within about a sentence, that a noun
    for its kind (``die Behörde``, ``l'autorité``) stands for: a noun phrase after a definite
    article headed by a noun for an institution (``das Landesamt für Arbeitsschutz``,
    ``l'Agence régionale de santé``), a capital in it, never the generic noun itself."""
    read, institutions = _BODY_NOUNS[language]
    window = max(0, start - _GENERIC_WINDOW)
    for found in reversed(list(_DEFINITE_BEFORE_NOUN[language].finditer(masked, window, start))):
        phrase = read(masked, found.start(), start)
        if phrase is None or phrase.end > start:
            continue
        words = _LEADING_ARTICLE.sub("", phrase.text).split()
        head = words[0].lower() if words else ""
        if head == generic or not any(w[:1].isupper() for w in words):
            continue
        if _is_institution(head, institutions, language):
            return " ".join(words)
    return None


def _is_institution(noun: str, institutions: frozenset[str], language: str) -> bool:
    """Whether a lower-cased noun is one for an institution: in German a compound may end on
    it (``bundesministerium``)."""
    return noun.endswith(tuple(institutions)) if language == "de" else noun in institutions


def _company_before(masked: str, start: int, language: str) -> str | None:
    """The company named in full nearest before ``start``: a name with its legal form, or in
    French a name after a noun for a company."""
    for found in reversed(
        list(_COMPANY_NAMED.finditer(masked, max(0, start - _BODY_WINDOW), start))
    ):
        if found.group("name"):
            return _LEADING_ARTICLE.sub("", found.group("name"))  # "Die Portwell AG"
        if language == "fr" and found.group("noun") in _COMPANY_NOUNS["fr"]:
            return found.group("after")
    return None


#: a speaker giving another's words: "quoting Ames", "citant Ames", "unter Berufung auf Ames"
_QUOTING = {
    # "quoting Ames", "paraphrasing", "echoing Ames", "reading from Ames's letter"; "citing
    # Ames" but not "citing Ames's plan", a reason
    "en": regex.compile(
        r"\b(?:[Qq]uoting|[Pp]araphrasing|[Ee]choing|[Rr]eading\s+(?:out\s+|aloud\s+)?from)"
        r"\s+(?:the\s+|a\s+)?\p{Lu}"
        r"|\b[Cc]iting\s+(?:the\s+)?\p{Lu}[\p{L}\-]*+(?:\s+\p{Lu}[\p{L}\-]*+)*+(?![’'\p{L}])"
        # "Brell quoted the mayor: "…"", not "was quoted as saying": the one quoted said it
        r"|\b[Qq]uoted\s+(?!as\b)(?:the\s+|an?\s+)?[\p{L}\-]+(?:\s+(?!as\b)[\p{L}\-]+){0,3}\s*:"
    ),
    "fr": regex.compile(
        r"\b[Cc]itant\s+(?:l[ea]\s+|les\s+|l['’])?\p{Lu}"
        # "reprenant les mots de la maire", "a cité la maire :": the one cited said it
        r"|\b[Rr]eprenant\s+(?:les|ses|leurs)\s+(?:mots|propos|termes)\s+d"
        r"|\bcité\s+(?:l[ea]\s+|les\s+|l['’])?[\p{L}\-]+(?:\s+[\p{L}\-]+){0,3}[\s\u00a0]*:"
    ),
    "de": regex.compile(r"\b(?:[Uu]nter\s+Berufung\s+auf|[Zz]itierend)\s+(?:\p{Ll}+\s+)?\p{Lu}"),
}
#: another's text or words named right before the quote and set off from it, the quote being
#: that text: "read out a letter from Ruth Ames:", "repeated Ames's famous line:", "cited Ames's
#: warning:" (a noun of speech, data/speech_nouns.txt; not "denounced Ames's remarks as", "said
#: the remark by Ames "was out of line"")
_TEXTS = (
    r"(?:"
    + "|".join(
        sorted(
            SPEECH_NOUNS | {"letter", "note", "e-mail", "email", "memo", "line", "poem", "post"},
            key=len,
            reverse=True,
        )
    )
    + r"|passage)s?"
)
_ANOTHERS_TEXT = regex.compile(
    rf"(?:\b{_TEXTS}\s+(?:from|by|of)\s+(?:the\s+late\s+)?\p{{Lu}}[\p{{L}}\-]*(?:\s+\p{{Lu}}[\p{{L}}\-]*)*"
    # "Ames's famous line", "the mayor's words": a possessor named or by a role
    rf"|(?:\b\p{{Lu}}[\p{{L}}\-]+|\b(?:the|[Tt]he)\s+(?:\p{{Ll}}+\s+){{0,2}}\p{{Ll}}[\p{{L}}\-]+)[’']s?\s+"
    rf"(?:famous\s+|own\s+|last\s+|old\s+)?{_TEXTS}"
    # "the words Ames used last year", "the line Ames wrote": the text, then who made it
    rf"|\b{_TEXTS}\s+(?:that\s+)?(?:\p{{Lu}}[\p{{L}}\-]*\s+){{1,3}}(?:had\s+)?"
    r"(?:used|spoke|said|wrote|uttered|tweeted|posted)(?:\s+\p{Ll}+){0,3})"
    r"(?:\s+(?:aloud|out|again|back|in\s+full|verbatim))?"  # "read Ames's tweet aloud:"
    r"[\s\u00a0]*[:,—–][\s\u00a0]*[\"“‘'«„" + MASK + r"]*$"
)


#: the same in German, whose possessive is an -s or an apostrophe: "widersprach Brandes'
#: Behauptung, „…“", "zitierte Kerns Warnung: „…“" (the claims of data/de/words.tsv), set off
#: (not "nannte Vogts Vorschlag „mutig“": the caller's words about it)
_ANOTHERS_TEXT_DE = regex.compile(
    r"\b\p{Lu}[\p{L}\-]+(?:s|’|')\s+(?:"
    + "|".join(sorted((c.capitalize() for c in german_words.CLAIMS), key=len, reverse=True))
    + r"|Worte|Brief|Mitteilung|Erklärung|Zitat)[\s\u00a0]*[:,—–][\s\u00a0]*[„»«\"“"
    + MASK
    + r"]*$"
)
#: a text and whom it is from, set off before the quote, in German and French: "las die
#: Erklärung der Stadt vor: „…“", "a lu le communiqué de la préfecture : « … »"
_TEXT_OF_ANOTHER = {
    "de": regex.compile(
        r"\b(?:Erklärung|Mitteilung|Pressemitteilung|Stellungnahme|Brief|Schreiben|Worte|Zitat)"
        r"\s+(?:der|des)\s+[^:„“»«\n]{1,60}?(?:\s+vor)?[\s\u00a0]*:[\s\u00a0]*[„»«\"“"
        + MASK
        + r"]*$"
    ),
    "fr": regex.compile(
        r"\b(?:communiqué|déclaration|lettre|message|courrier|texte|mots|propos)"
        r"\s+(?:de\s+la|de\s+l['’]|du|des|de(?!\s+presse\b))\s*[^:«»\n]{1,60}?[\s\u00a0]*:"
        r"[\s\u00a0]*[«\"“" + MASK + r"]*$"
    ),
}
_ANOTHERS_TEXTS = {
    "en": (_ANOTHERS_TEXT,),
    "de": (_ANOTHERS_TEXT_DE, _TEXT_OF_ANOTHER["de"]),
    "fr": (_TEXT_OF_ANOTHER["fr"],),
}


def _anothers_words(attribution: Attribution, ctx: Context, language: str) -> Attribution:
    """A person's attribution of words they give as someone else's (``Quoting Ames, Brell
    said: "…"``, ``Citant Ames, Brell a déclaré``, ``Brell read out a letter from Ames: "…"``):
    ``+relayed``. The one who utters them stays the speaker, as news annotation has it, but is
    never sure enough to set against another outlet that gives the words to their author."""
    quoting = _QUOTING.get(language)
    if quoting is None or attribution.source_type != "person":
        return attribution
    masked, q = ctx.masked, ctx.quote
    between = (
        masked[attribution.mention_end : q.start]
        if attribution.mention_end is not None and attribution.mention_end <= q.start
        else ""
    )
    if not (
        quoting.search(masked, ctx.sentence_start, ctx.sentence_end)
        or any(texts.search(between) for texts in _ANOTHERS_TEXTS.get(language, ()))
    ):
        return attribution
    return as_relayed(attribution)


#: the word right before a noun, an elided article with its apostrophe
_WORD_BEFORE = regex.compile(r"\b(\p{L}+['’]?)[\s\u00a0]*$")


def _in_full(attribution: Attribution, name: str) -> Attribution:
    method, confidence = adjusted(attribution.method, attribution.confidence, "org-noun")
    return replace(attribution, speaker=name, method=method, confidence=confidence)


def _definite_noun(attribution: Attribution, masked: str) -> list[str] | None:
    """The lower-cased words of a mention after its definite article (``the spokesperson``,
    ``der Sprecher``, ``le pêcheur``), or None when no definite article stands before it."""
    words = (attribution.mention or "").lower().split()
    start = attribution.mention_start or 0
    if words[:1] and words[0] in _DEFINITE:
        return words[1:]
    return words if masked[max(0, start - 4) : start].lower() == "the " else None


def _spokesperson_again(
    attribution: Attribution, masked: str, language: str, rules: list[Rule], earlier: list[Quote]
) -> Attribution:
    """A definite spokesperson that names no one (``"…," the spokesperson added``, ``fügte der
    Sprecher hinzu``) speaks for the body of the spokesperson quoted earlier in the article
    (``a spokesperson for the port authority said``); not when two bodies' spokespeople spoke."""
    words = _definite_noun(attribution, masked)
    if words is None:
        return attribution  # "a spokesperson said": somebody new
    if len(words) != 1 or words[0] not in _SPOKESPERSON_NOUNS.get(language, ()):
        return attribution
    if attribution.speaker not in (None, attribution.mention):  # named: "the spokesman, Jo Ames"
        return attribution
    before = [
        a
        for q in earlier
        if (a := q.attribution).speaker
        and a.mention != attribution.mention
        and (
            words[0] in (a.mention or "").lower().split()  # "ein Sprecher der Stadtwerke"
            or _spoken_for_by(masked, a.mention_start or 0) == words[0]  # "a spokesman for X"
        )
    ]
    if len({a.speaker for a in before}) != 1:
        return attribution
    method = attribution.method.removesuffix("+unresolved-role")
    base = next((r.confidence for r in rules if r.method == rule_of(method)), UNRESOLVED)
    method, confidence = adjusted(method, base, "role-noun")
    return replace(
        attribution,
        speaker=before[-1].speaker,
        source_type=before[-1].source_type,
        method=method,
        confidence=round(confidence, 2),
    )


#: words of a medium that carries speech aloud: words said there are no text's, though a
#: text goes on after them ("ajoute le communiqué")
_ON_AIR = regex.compile(
    r"\b(?:radio|télévision|television|TV|antenne|micro|microphone|plateau|podcast|Radio"
    r"|Fernsehen|Mikrofon|on air|interview|entretien)\b",
    regex.IGNORECASE,
)


def _said_on_air(masked: str, quote: Quote) -> bool:
    """Whether the sentence closing after a quote (its cue) names a medium of speech aloud."""
    stop = _SENTENCE_STOP.search(masked, quote.end + len(quote.close_mark))
    return bool(_ON_AIR.search(masked, quote.end, stop.end() if stop else len(masked)))


_SENTENCE_STOP = regex.compile(r"[.!?](?=\s|$)")


def _speaker_going_on(
    attribution: Attribution, ctx: Context, language: str, rules: list[Rule]
) -> Attribution:
    """A definite noun for a person that names no one, after a verb that tells the speaker
    goes on (``"…," the fisherman added``, ``« … », poursuit le pêcheur``, ``„…“, fügte der
    Fischer hinzu``): the person quoted last, in this paragraph or the one before, as an
    epithet for them; but the person the quote's own sentence opens on before a colon, when
    one does (``Plus loin, X bricole : « … », ajoute le retraité``)."""
    quote, masked, earlier = ctx.quote, ctx.masked, ctx.done
    continuing = CONTINUING_VERBS.get(language, ())
    cue = CUE_WORDS.split(attribution.cue.lower()) if attribution.cue else []
    if not any(word in continuing for word in cue):
        return attribution
    words = _definite_noun(attribution, masked)
    if words is None:
        return attribution  # "a fisherman added": somebody new
    named = attribution.speaker not in (None, attribution.mention)
    if named or len(words) != 1 or not words[0].isalpha() or is_office(words[0]):
        return attribution  # a name; a noun that is not one word; an office, held by its own
        # holder ("…," the mayor added: the rules for offices know who)
    method = attribution.method.removesuffix("+unresolved-role").removesuffix("+phrase")
    base = next((r.confidence for r in rules if r.method == rule_of(method)), UNRESOLVED)
    method, confidence = adjusted(method, base, "epithet")
    own = _colon_subject(ctx, language, rules)
    if own is not None:
        return replace(
            attribution,
            speaker=own,
            source_type="person",
            method=method,
            confidence=round(confidence, 2),
        )
    last = next((q for q in reversed(earlier) if q.attribution.speaker), None)
    if (
        last is None
        or quote.paragraph - last.paragraph > 1
        or last.attribution.source_type != "person"
        or not any(w[:1].isupper() for w in (last.attribution.speaker or "").split()[-1:])
        # "le pêcheur" again: no name to go on with
        or (attribution.source_type != "person" and _said_on_air(masked, last))
        # "a dit X à la radio. « … », ajoute le communiqué": said aloud, the text is another
    ):
        return attribution
    return replace(
        attribution,
        speaker=last.attribution.speaker,
        source_type="person",
        method=method,
        confidence=round(confidence, 2),
    )


#: what stands between a colon and the quote it opens: spaces and the (masked) opening mark
_OPENING_MARKS = ' \u00a0\u202f\t«»“”"„‚‹›' + MASK


def _colon_subject(ctx: Context, language: str, rules: list[Rule]) -> str | None:
    """The person named as the subject of the quote's own sentence when a colon opens the
    quote (``X bricole dans son garage : « … »``): the language's sentence-subject rule's."""
    before = ctx.masked[ctx.sentence_start : ctx.quote.start]
    if not before.rstrip(_OPENING_MARKS).endswith(":"):
        return None
    subject = next((r for r in rules if r.method == f"sentence-subject-{language}"), None)
    found = subject.find(ctx, subject) if subject is not None else None
    if found is None or found.source_type != "person" or "+" in found.method:
        return None  # a pronoun or a guess: no surer than the last speaker
    return found.speaker


#: the method suffix of a pronoun that no one named before stands for
_UNRESOLVED_PRONOUN = "+unresolved-pronoun"


#: rows that carry a speaker over from another quote or sentence, not from the quote's own cue
_CARRIED_OVER = ("continuation", "split", "previous-", "nearby")


def _carried_over(attribution: Attribution) -> bool:
    """Whether an attribution carries a speaker over from around the quote rather than from a
    cue of its own: a later part's cue names a quote run over paragraphs better."""
    return attribution.method.startswith(_CARRIED_OVER)


def _pulled_line(quote: Quote, ctx: Context) -> bool:
    """Whether a quote is a crosshead pulled from further on, in an article of several voices:
    a paragraph of its own with no full stop, question or exclamation mark in or after its
    marks (``"Nobody warned us"`` between two paragraphs), which may be any voice's, not
    necessarily the one above's. (In an article of one voice it is that voice's.)"""
    text, paragraph = ctx.article.text, ctx.paragraph
    return (
        quote.start - len(quote.open_mark) == paragraph.start
        and not text[quote.end + len(quote.close_mark) : paragraph.end].strip()
        and not _SENTENCE_END.search(text, quote.start, paragraph.end)
        and len({d.speaker for d in ctx.done if d.speaker}) > 1
    )


#: what ends a sentence
_SENTENCE_END = regex.compile(r"[.!?…]")


def _first_part(quote: Quote) -> int:
    return quote.index if quote.part_of is None else quote.part_of
