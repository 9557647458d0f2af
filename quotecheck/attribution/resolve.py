"""From a mention to a canonical speaker: the people an article names, and one name per person.

Pronouns and relatives go to the most recent person named before them, surnames and ``Mr. X``
to the full name the article introduced, role nouns to the last person given that role, an age
(``the 52-year-old``) to the last person named, ``the ministry`` to the Ministry of Health named
before. What
cannot be resolved stays unknown, with the mention kept as evidence. How each way of resolving
lowers the rule's confidence is one table, :data:`ADJUSTMENTS`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container
from dataclasses import replace

import regex

from ..lexicon import epithet_key, rows
from ..models import HEADING_ROLES, Article, Attribution, Paragraph, Quote
from ..normalize import fold_space
from ..quotes import MASK
from .grammar import Grammar
from .people import (
    GIVEN_NAMES,
    POSSESSIVE_AFTER,
    POSSESSIVE_WORD,
    collect_people,
    in_name_case,
    name_suffix,
)
from .phrases import INITIAL, Mention
from .words import (
    AUXILIARIES,
    BODY_NOUNS,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    DEMONYM_ADJECTIVES,
    EPITHET_NOUNS,
    FIRST_NAMES,
    GENDERED,
    HONORIFICS,
    KINSHIP,
    NOT_NAMES,
    NUMBER_WORDS,
    ORG_WORDS,
    PARTICLES,
    PARTY_WORDS,
    PAST_FORMS,
    PERSONAL,
    PLACE_NAMES,
    POLICE_NOUNS,
    RANKS,
    RELATIVES,
    ROLE_EPITHETS,
    SPEECH_VERB_FORMS,
    SPOKESPERSON_NOUNS,
    TITLE_NOUNS,
    VerbMatch,
    bare,
    is_title,
    speech_verbs,
)

#: offices one person holds at a time, where an article is about them: "the Ruritanian
#: president" is the person just named, not "the spokesman" nor "the moderator"
#: occupations a profile calls its subject by ("the singer", "the pop star", "the striker"):
#: one of them stands for a person named with another ("Pop star X … the singer")
_OCCUPATIONS = frozenset(
    {"singer", "star", "actress", "actor", "rapper", "comedian", "musician", "author"}
    | {"novelist", "filmmaker", "striker", "quarterback", "midfielder", "goalkeeper", "pitcher"}
    | {"defender", "winger", "skipper", "sprinter", "golfer", "cyclist", "swimmer"}
    | {"batsman", "captain"}  # a team's captain plays: "Her captain, Jo Ames, … the defender"
)
_OFFICES = _OCCUPATIONS | frozenset(
    {"president", "senator", "governor", "minister", "chancellor", "mayor", "premier", "pope"}
    | {"king", "queen", "nominee", "candidate", "front-runner", "frontrunner", "head"}
    | {"secretary", "congressman", "congresswoman", "ambassador", "leader"}
    | {"mp", "mep", "msp", "lawmaker", "legislator", "councillor", "councilman", "councilwoman"}
    # who runs a team or a club, as sports news calls them ("the former Eastfield manager")
    | {"manager", "coach", "boss", "captain"}
)
#: a person by age, stage of life or fortune ("the teenager", "the billionaire"): words that
#: describe whoever the sentence before is about, whatever office they hold besides
_DESCRIPTIONS = frozenset(
    {"teenager", "youngster", "pensioner", "schoolboy", "schoolgirl", "pupil"}
    | {"businessman", "businesswoman", "billionaire", "millionaire", "tycoon"}
)


#: the endings of English plural nouns for people (``tenants``, ``patients``, ``refugees``):
#: a capitalised word with one that opens a sentence is no name. Not "-ers" nor "-ors", which
#: many surnames end on too (``Albers``, ``Connors``)
_PLURAL_PEOPLE_ENDINGS = ("ants", "ents", "ists", "ians", "ees")
#: the last mark before a word that opens a sentence (none: it opens its paragraph)
_SENTENCE_ENDS = frozenset({"", ".", "!", "?"})


def is_office(noun: str) -> bool:
    """Whether a noun names an office someone holds (``mayor``, ``coach``), not an occupation
    or a description (``striker``, ``pensioner``): its holder is someone of their own."""
    low = noun.lower()
    return low in _OFFICES and low not in _OCCUPATIONS


def role_of_another(masked: str, sentence: int, end: int, role: str) -> bool:
    """Whether the sentence before the one at ``sentence``, or this one up to ``end``, writes
    the role noun inside a clause, after a verb or a preposition and with no name after it (``Jo
    Ames met the mayor.``, ``reçu par le maire``, ``vom Bürgermeister empfangen``): someone the
    sentence is not about holds it, and a later ``the mayor said`` is theirs, not Ames's. (A
    sentence opening on the role, or the role set off after a comma, goes on about the one
    just named.)"""
    start = max(0, sentence - _OTHER_ROLE_WINDOW)
    for m in regex.finditer(rf"\b{regex.escape(role)}\b", masked[start:end], regex.IGNORECASE):
        at = start + m.start()
        determiner = _DETERMINER_AT_END.search(masked, max(start, at - 40), at)
        words = masked[max(start, at - 40) : determiner.start()].rstrip() if determiner else ""
        named = _NAME_AFTER_ROLE.match(masked, start + m.end())
        if words and words[-1] not in ".!?:;,»\n" + MASK and named is None:
            return True
    return False


#: how far before the quote's sentence a role written for someone else is looked for
_OTHER_ROLE_WINDOW = 300
#: a determiner, or a contracted preposition, right before a noun
_DETERMINER_AT_END = regex.compile(
    r"(?:\b(?:the|a|an|le|la|les|un|une|au|du|der|die|das|dem|den|des|ein|eine|einem|einen"
    r"|vom|zum|beim)[\s\u00a0]+|\b[Ll]['’][\s\u00a0]*)$",
    regex.IGNORECASE,
)
#: a name right after a role, set off or not: "the mayor, Jo Ames", "le maire Hugo Perrin"
_NAME_AFTER_ROLE = regex.compile(r",?[\s\u00a0]+\p{Lu}\p{Ll}")


def _epithet_head(noun: str, role: str) -> bool:
    """Whether a role's head noun can stand for a person named before: an office or a
    description (``the Ruritanian president``, ``the billionaire``), or any role word for one
    held before or given with an age (``the former banker``, ``the 71-year-old fisherman``);
    never a spokesperson's."""
    low = noun.lower()
    return (
        low in _OFFICES
        or low in _DESCRIPTIONS
        or (
            _EPITHET_ROLE.search(role) is not None
            and is_title(low)
            and low not in SPOKESPERSON_NOUNS
        )
    )


#: a U.S. state by any of the ways news writes it after a party, in lower case
_US_STATES = {
    form.lower(): state for state, *forms in rows("us_states.tsv") for form in (state, *forms)
}
#: a legislator's party and state in brackets after the name: "(R-Ohio)", "(D-Conn.)", "(I-VT)"
_PARTY_STATE = regex.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)\.?\s*-\s*(?P<state>[\p{L}. ]{2,20})\)")


def _party_state(text: str, end: int) -> str:
    """The state a party designation right after a name gives (``Sen. Jo Ames (R-Fla.)``:
    Florida), so that ``the Florida senator`` later is that senator; else empty."""
    found = _PARTY_STATE.match(text, end)
    return _US_STATES.get(found.group("state").strip().lower(), "") if found else ""


#: words before a role that make it one the person held before: it sits beside any they hold now
_FORMER_ROLE = regex.compile(r"(?i:\b(?:former|one-?time)\s|\bex-)")
#: a role its holder no longer has, retirement included ("the retired teacher"), or one given
#: with the holder's age ("the 71-year-old fisherman"): an epithet for the person just written
#: about, whatever their role was (a retired general is still the general, so a holder is
#: matched by :data:`_FORMER_ROLE` alone)
_EPITHET_ROLE = regex.compile(r"(?i:\b(?:former|one-?time|retired|\d{1,3}-year-old)\s|\bex-)")
#: how much a way of reaching the speaker lowers a rule's confidence, by the suffix it adds to
#: the rule's method: following a pronoun or ``who`` back, a role noun to the last person with
#: that role, an age to the last person named, a relative clause's antecedent, a participle's
#: clause
ADJUSTMENTS: dict[str, float] = {
    "pronoun": -0.1,
    "relative": -0.1,
    "role-noun": -0.15,
    "epithet": -0.15,
    # a person unnamed but for the name they gave ("who gave her name only as Greta")
    "named-as": -0.15,
    "org-noun": -0.15,
    "who": -0.05,
    "participle": -0.05,
    # two people named as one subject: the words are both's, never surely one person's
    "joint": -0.05,
    # words a named speaker said, relayed by the source after "according to": the source is
    # the attribution (as annotated news counts it), never sure enough to set speakers apart
    "relayed": -0.1,
}
#: what may stand right before a title word that is a surname: a sentence's or a line's start,
#: a quote (masked), a bracket
_BEFORE_BARE_TITLE = frozenset(",.;:!?\n(\"”’'" + MASK)
#: an indefinite article before a noun, past its adjectives or a quote that qualifies it
_INDEFINITE_BEFORE = regex.compile(
    r"\b(?i:a|an|one|another)\s+(?:(?:(?!(?:the|of|from|to|for|by|with|in|on|at|and|or)\b)"
    r"[\p{Ll}\-]+|" + MASK + r"+)\s+){0,3}$"
)


def _owner_untitled(name: str) -> str:
    """A body named for the person it serves without that person's title (``Mayor Ann King's
    office`` is ``Ann King's office``, as ``Mayor Ann King`` is ``Ann King``)."""
    words = name.split()
    owner = next((n for n, w in enumerate(words) if POSSESSIVE_AFTER.search(w)), None)
    if owner is None:
        return name
    first = 0
    while first < owner - 1 and is_title(words[first].rstrip(".")) and words[first][:1].isupper():
        first += 1
    if first == 0 or words[first].lower() not in FIRST_NAMES:
        return name  # "Harbour Board's office": no person's name after the words dropped
    return " ".join(words[first:])


#: a possessive right before a noun: "his wife", "their son"
_POSSESSIVE_BEFORE = regex.compile(r"\b(?i:his|her|their)\s+$")
#: "the former" and "the latter", and how far back the two people they choose between may be
_FORMER_LATTER = frozenset({"former", "latter"})
_PAIR_REACH = 300
#: the definite article, where an office with no name may start: "the mayor"
_DEFINITE_ARTICLE = regex.compile(r"\b[Tt]he\s")
#: the confidence of an attribution that names nobody (the mention is kept as evidence)
UNRESOLVED = 0.3
#: a sentence that opens on the pronoun of the other gender
_OTHER_PRONOUN = {
    "male": regex.compile(r"(?:^|[.!?][\"”’]?\s+)She\b", regex.MULTILINE),
    "female": regex.compile(r"(?:^|[.!?][\"”’]?\s+)He\b", regex.MULTILINE),
}
#: a pronoun of the gender for the one a sentence is about, after a possessive subject
_OBJECT_PRONOUN = {
    "male": regex.compile(r"\b(?:him|his|himself)\b"),
    "female": regex.compile(r"\b(?:her|herself)\b"),
}
#: what follows a name's "’s" that is "has" or "is", not a possessive: "Ames’s been", "’s not"
_CONTRACTED_VERB_NEXT = regex.compile(
    r"\s+(?:been|not|never|got|gone|going|also|still|just|already|a|an|the|\p{Ll}+ing|\p{Ll}+ed)\b"
)


def _party_before_name(parts: list[str]) -> bool:
    """Whether a name's words open on a party's adjective before a given name (``Republican Jo
    Ames``), not on a body's name (``Democratic Harbour Committee``)."""
    return len(parts) > 2 and parts[0].lower() in PARTY_WORDS and parts[1].lower() in GIVEN_NAMES


#: capitalised words right before a name: the rest of a body's name ("the Larchmont Evening Times")
_CAPITALISED_RUN_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}’'\-]*[ \u00a0]+){1,3}$")
#: how many people back a pronoun looks for one of its gender
AGREEMENT_LOOKBACK = 3
#: how many sentences back an office looks for the person it stands for, past people who
#: hold a role of their own ("Jo Ames denied it. Her adviser Tom Brell … The minister said")
_OFFICE_SENTENCES_BACK = 2
#: the shortest surname read as another's with a letter dropped or added
_MISSPELT_LENGTH = 5


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one of two words is the other with one letter inserted (``mauge``, ``mauger``)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) != 1:
        return False
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[at:] == b[at + 1 :]


#: what stands before the one told: "told the Gazette", "a statement to the Gazette"
_ADDRESSED = regex.compile(
    r"\b(?:told|(?:said|wrote|spoke|talked|talking|speaking|statement|interview|remarks|comments)"
    r"(?:\s+[\p{L}\p{N}’'-]+){0,3}?\s+to)\s+$"
)

_TEXT_ROLES = frozenset({"body", "title", "standfirst"})


#: a verb right after a name, with an adverb maybe: "Ames argued", "Ames later said"
#: "and" between two named speakers, no comma before it ("Ames and Brell said")
_AND_BEFORE = regex.compile(r"(?<=[\p{L}.])\s+and\s+$")
_AND_AFTER = regex.compile(r"\s+and\s+(?=\p{Lu})")
#: a comma between the names of a list of speakers, before or after a name
_COMMA_BEFORE = regex.compile(r"(?<=\p{L}),\s+$")
_COMMA_AFTER = regex.compile(r",\s+(?=\p{Lu})")


def _named(mention: Mention | None) -> bool:
    """Whether a mention is a person's name."""
    return mention is not None and mention.kind == "name" and bool(mention.name)


_VERB_RIGHT_AFTER = regex.compile(
    r"\s+(?:\p{Ll}+ly\s+|(?:also|later|then)\s+)?"
    # not a preposition or a word of when, which go on the verb before ("said Ames and Brell
    # in a statement", "… on Monday", "… yesterday")
    r"(?!(?:in|on|at|to|for|with|from|after|before|during|by|about|outside|as|while|when"
    r"|who|whose|yesterday|today|tonight|earlier|last|this)\b)\p{Ll}"
)
#: nothing but the first words of a name: "called [Ruth ]Albers's remarks"
_NAME_WORDS = regex.compile(r"(?:\s+\p{Lu}[\p{L}.’'\-]*)*\s*")


#: a capitalised word and the space after it, ending where a surname starts (a headline's last
#: word and the first of the text under it are no name: one line break at most); O’Brien,
#: Jean-Luc, never "Thin-skinned'"
_WORD_BEFORE_SURNAME = regex.compile(
    r"(?<![\p{L}.’'])(\p{Lu}\p{L}*(?:[’']\p{L}+|-\p{Lu}\p{L}*)*)(?:[^\S\n]+\n?|\n)[^\S\n]*\Z"
)
_WORD_BOUNDARY = regex.compile(r"\b")
#: how far before a surname the word before it is looked for
_WORD_BEFORE_WINDOW = 200


def _words_before(text: str, surname: str) -> list[tuple[int, int, str]]:
    """Each capitalised word right before ``surname`` in ``text``: the start of the word, the end
    of the surname and the word, in order and never overlapping. Found from the surname's
    occurrences with one precompiled pattern, not a pattern compiled for each surname (a compile
    per surname was 2% of extraction)."""
    found: list[tuple[int, int, str]] = []
    last_end = 0
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if at >= last_end and _WORD_BOUNDARY.match(text, end):
            word = _WORD_BEFORE_SURNAME.search(text, max(last_end, at - _WORD_BEFORE_WINDOW), at)
            if word is not None:
                found.append((word.start(), end, word.group(1)))
                last_end = end
        at = text.find(surname, at + 1)
    return found


#: a capitalised word going on after a name's word in the same line: "Kay" in "Ed Kay Ames"
_NAME_GOES_ON = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")
#: a sentence opening on somebody unnamed: "A protester who …", "Another resident"
_UNNAMED_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?" + MASK + r"][\"”’]?\s)|(?<=\n))"
    # a word of when or a conjunction may lead: "Then a protester took the microphone."
    r"(?:(?:Then|Later|But|And|Soon|Finally|Meanwhile|Afterwards|Next|Now|Still"
    r"|(?:Moments|Minutes|Hours)\s+later),?\s+(?=\p{Ll}))?"
    r"(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+\p{Ll}+[’']s))(?=\s)"
    r"\s+(?P<words>(?:[\p{L}\p{N}\-]+\s+){0,3}\p{L}+)\b"
)
_LOWER_WORD = regex.compile(r"\p{Ll}+\b")
#: the words that take up two people named together, after "the" (``both`` alone)
_TWO_OF_THEM = frozenset({"two", "pair", "couple", "duo", "both"})
_DEFINITE_BEFORE = regex.compile(r"\b[Tt]he\s+$")
#: nothing but a quote, its marks and a comma up to its cue's pronoun
_QUOTE_ONLY = regex.compile(r"[\s\"“”'‘’,.!?" + MASK + r"]*\s")
#: "who" right after a phrase: the phrase names a person
_WHO_NEXT = regex.compile(r",?\s+who\b")
#: "The" opening a sentence, before a role that may be somebody nobody named
_DEFINITE_OPENING = regex.compile(r"(?:^|(?<=[.!?" + MASK + r"][\"”’]?\s)|(?<=\n))The\s+(?=\p{Ll})")
_LOWER_WORDS = regex.compile(r"(?<![\p{L}\-’'])\p{Ll}+(?![\p{L}\-])")
#: nothing but a word or two between a noun and its verb ("Her deputy agreed", "… later said"),
#: or a phrase set off by commas ("The victim's mother, speaking outside the court, said")
_VERB_NEXT = regex.compile(r"(?:,\s+\p{Ll}[^,.;:!?\n]{0,60},)?(?:\s+\p{Ll}+){0,2}\s+")
#: a name of capitalised words, with the small words names of bodies have inside ("Ministry of
#: Health", "Procter & Gamble", "Bank for International Settlements")
_PROPER_NAME = regex.compile(
    r"\p{Lu}[\p{L}&’'.\-]*(?:(?: (?:of|for)(?: the)?| and| &)? \p{Lu}[\p{L}&’'.\-]*)*"
)
_LEADING_THE = regex.compile(r"^The\s+")
#: a body named by its place and a common noun after "the": "the Eastfield city council",
#: "the Nordhafen school board"
_PLACE_BODY = regex.compile(r"\b[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+)+(?:\p{Ll}+\s+)?(\p{Ll}+))\b")
_STOP = regex.compile(r"\.\s+(?=\p{Lu})")
#: a text introduced as somebody's: "said in a statement", "issued a statement", "a statement
#: from"
#: who may issue a text: a person or a body
_ISSUERS = frozenset({"name", "organisation"})
_ISSUED = regex.compile(
    r"(?P<verb>\b(?:[Ii]n|issued|released|put\s+out|posted|tweeted|shared|sent|published|wrote)\s+)?"
    r"\b(?:[Aa]n?)\s+(?:written\s+|brief\s+)?"
    r"(?P<noun>statement|letter|post|email|e-mail|memo|tweet|video|photo|picture|message|note)\b"
    r"(?P<from>\s+(?:from|by)\s)?"
)
#: what shows a name to be a company's: an executive title after it, a company noun before it
_COMPANY_EVIDENCE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}&\-]+(?:\s\p{Lu}[\p{L}&\-]+){0,2})(?:[’']s)?,?\s+"
    r"(?:CEO|chief\s+executive|co-?founder|founder|shareholders|shares)\b"
    r"|\b(?:company|firm|operator|startup|maker|retailer|manufacturer|carrier)\s+"
    r"(?P<name>\p{Lu}[\p{L}&\-]+(?:\s\p{Lu}[\p{L}&\-]+){0,2})"
    # a brand's capital inside a word ("SeaLift", "RiverStone"), which no family name has
    # but for its prefixes (McAdam, MacLeod, DeSantis, LaGuardia)
    r"|\b(?!Mc|Mac|De|Di|La|Le|Van|Von|O’|O')(?P<name>\p{Lu}\p{Ll}+\p{Lu}\p{L}*)\b(?![’']s\s+(?:wife|husband))"
)
#: how far back a common noun looks for the body it stands for
ORGANISATION_LOOKBACK = 3000
#: a quote opening a sentence (masked with its marks and the comma inside them): '"…," said X'
_QUOTE_THEN_COMMA = regex.compile(r"\s*" + MASK + r"+,?\s+")
_MARKS_AND_SPACE = " \u00a0\"“”‘’'«»„,"
#: the name a person unnamed otherwise gave, set off after the phrase for them ("a passenger,
#: who gave her name only as Greta,", "a nurse, who asked to be identified only by her first
#: name, Ruth,", "one resident, identified only as Tom,")
_NAMED_ONLY_AS = regex.compile(
    r",\s+(?:who\s+(?:(?:only\s+)?gave|would\s+(?:only\s+)?give)\s+(?:his|her|their)\s+"
    r"(?:first\s+)?name\s+(?:only\s+)?as"
    r"|who\s+(?:gave|would\s+give)\s+only\s+(?:his|her|their)\s+first\s+name,?"
    r"|who\s+(?:asked|wished|wanted|agreed)\s+to\s+be\s+(?:identified|named)\s+(?:only\s+)?"
    r"(?:by\s+(?:his|her|their)\s+first\s+name,?|as)"
    r"|identified\s+only\s+(?:by\s+(?:his|her|their)\s+first\s+name,?|as)"
    # or named in full: "a relative, identified as Miss Ann Cotton, said"
    r"|(?:identified|named)(?:\s+by\s+(?:police|officials|authorities|the\s+family))?\s+as"
    r"(?=\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{Ll}’'\-]+(?:\s+\p{Lu}\.)?"
    r"(?:\s+\p{Lu}[\p{Ll}’'\-]+){0,2}\s*,)"
    r"(?:\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?)?)\s+"
    r"(?P<name>\p{Lu}[\p{Ll}’'\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'\-]+){0,2})"
    r"(?=\s*,|[.!?]?(?:\s|$))"
)
#: verbs of asking, after which an epithet may be the one asked
_ASKING = frozenset({"asked", "asks", "wondered", "inquired", "enquired", "queried"})
#: a person's age standing for them: "the 52-year-old said"
_EPITHET = regex.compile(r"\d{1,3}-year-old")
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+)\b")


def _head(name: str) -> str:
    """The head word of a body's name: ``Ministry`` of the Ministry of Health, ``Ltd``."""
    before_of = regex.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0]
    return before_of.split()[-1].lower().rstrip(".,")


def adjusted(method: str, confidence: float, suffix: str) -> tuple[str, float]:
    """A rule's method and confidence after reaching the speaker by way of ``suffix``."""
    return f"{method}+{suffix}", round(confidence + ADJUSTMENTS[suffix], 2)


#: a subordinate clause opening a sentence, up to its comma and the main clause's first word
_LEADING_SUBORDINATE = regex.compile(
    r"\s*(?:Even\s+)?(?:As|While|When|After|Before|Although|Though|Since|Once|Until)\s+"
    r"(?P<clause>[^,;:" + MASK + r"]{3,150}?),\s*(?:however,\s*)?"
)


def _role_nouns(role: str) -> str:
    """A person's role in lower case, with the nouns its abbreviated titles stand for (``Sen.``
    is a senator and a lawmaker), for a later role noun to be looked up in."""
    low = role.lower()
    expansions = [n for word in low.split() for n in TITLE_NOUNS.get(word, ())]
    return " ".join([low, *expansions])


def _qualifiers_agree(asked: str, held: str) -> bool:
    """Whether the capitalised words qualifying a role noun (``the Florida senator``) can be
    those of a role a person holds (``senator from Vermont`` cannot): when both name a place
    or a body, they share one."""
    ranks = [{w.lower() for w in role.split()} & RANKS for role in (asked, held)]
    if ranks[0] != ranks[1]:
        return False  # "the opposition leader" is not "Council leader Ana Varga"
    # "the Secretary-General's spokesperson" and "spokesperson for the Secretary-General" agree
    wanted = {POSSESSIVE_WORD.sub("", w.lower()) for w in asked.split()[:-1] if w[:1].isupper()}
    given = {w.lower().strip(".,") for w in held.split() if w[:1].isupper()}
    return not wanted or not given or bool(wanted & given)


#: what opens a phrase before a subject whose persons are never that subject: a participle
#: (French "-ant", English "-ing"), or a preposition of facing, turning or viewpoint
_NOT_THE_SUBJECT = regex.compile(
    r"(?:(?:[Ss]['’]|[Ee]n[\s\u00a0]+|[Ss]e[\s\u00a0]+)?\p{L}{2,}(?:ant|ing)\b"
    r"|(?:[Ff]ace|[Ss]elon|[Cc]ontrairement|[Aa]près|[Dd]evant)\b)"
)


class Resolver:
    """Turns mentions into canonical speakers, using the people an article names."""

    def __init__(self, article: Article, grammar: Grammar, until: int | None = None):
        """``until``: where attribution can stop looking (the paragraph after the last quote);
        people and verbs further on are never asked about, so a long article costs only up to
        its last quote."""
        self.grammar = grammar
        self.masked = masked = grammar.text
        self._text = article.text  # the quotes' words, which the masked text hides
        #: the sentences whose subject is being read, so that reading one never loops back
        #: to itself (a role's holder sought in the sentence that names the role)
        self.sentences_being_read: set[tuple[int, int]] = set()
        until = len(masked) if until is None else until
        self._paragraphs = [
            p for p in article.paragraphs if p.role in _TEXT_ROLES and p.start < until
        ]
        self.verbs = speech_verbs(masked[:until])  # once per article, then queried by range
        self._verb_starts = [v.start() for v in self.verbs]
        self._lower_words: frozenset[str] | None = None  # read when first asked for
        people = collect_people(grammar, self._paragraphs, self.verbs_in)
        self.people = people.mentions
        self.full_names = people.full_names  # surname -> full name (None: none found)
        self._full_names_seen = people.seen  # every full name, two sharing a surname too
        self._people_ends = [m.end for m in self.people]

    def before_own_phrase(self, pronoun: int) -> int:
        """Where a pronoun's antecedent may be named up to: before the phrase its own sentence
        opens on when a participle or a preposition opens it (``S'adressant à X, elle a
        déclaré``, ``Turning to X, she said``: X is the one spoken to), else the pronoun."""
        paragraph = self.paragraph_at(pronoun)
        if paragraph is None or pronoun <= paragraph.start:
            return pronoun
        sentence = self.grammar.sentence_start(paragraph.start, pronoun)
        lead = self.masked[sentence:pronoun]
        if lead.rstrip(" \u00a0").endswith(",") and _NOT_THE_SUBJECT.match(lead):
            return sentence
        return pronoun

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The text paragraph holding ``offset``, if any."""
        return next((p for p in self._paragraphs if p.start <= offset < p.end), None)

    def _role_indexed(self, mention: Mention) -> str | None:
        """The role the people index gives a name where the article names the person
        (``Ann King's spokesman, Tom Brell``, ``Tom Brell, a spokesman for Ann King``)."""
        if mention.kind != "name":
            return None
        at = bisect_left(self._people_ends, mention.end)
        while at < len(self.people) and self.people[at].end == mention.end:
            if self.people[at].start == mention.start:
                return self.people[at].role
            at += 1
        return None

    def _holder_before(
        self, mention: Mention, noun: str, asked: str | None = None
    ) -> Mention | None:
        """The last person mentioned before ``mention`` who holds the role its noun names, by
        any mention of theirs so far (``Sen. Tom Vask … Sen. Jo Lee … Vask's ad … the senator
        says``: Vask); for a former role, one named as its former holder. ``asked``: the role
        wanted, when not the mention's own (an epithet's: ``the head of government``)."""
        before = [m for m in self.people if m.end <= mention.start]
        former = _FORMER_ROLE.search(mention.role or "") is not None
        holders = {
            self.canonical(m.name or m.text)
            for m in before
            if m.role
            and noun in _role_nouns(m.role)
            and _qualifiers_agree(
                asked or mention.role or "", f"{m.role} {_party_state(self.masked, m.end)}"
            )
            # "the former mayor" is not the mayor named now, only one named as a former one;
            # "the mayor" is not one named as a former mayor
            and former == (_FORMER_ROLE.search(m.role) is not None)
        }
        if not holders:
            return None
        return next(m for m in reversed(before) if self.canonical(m.name or m.text) in holders)

    def _role_holder(self, mention: Mention) -> Mention | None:
        """The person named before whom a role with no name stands for (``the senator`` for
        ``Sen. Jo Lee``, ``the head of state`` for ``President Ana Varga``, ``the Ruritanian
        president`` right after a sentence about her), or None: somebody unnamed."""
        noun = (mention.role or "").split()[-1].lower()
        return (
            self._holder_before(mention, noun)
            or self._epithet_holder(mention)
            or self._titled_epithet(mention)
            or self._titled_epithet_before(mention)
        )

    def _epithet_holder(self, mention: Mention) -> Mention | None:
        """The last person named before an epithet (``the head of state``, ``the Labour
        frontbencher``: the epithet its head noun) who holds a role it stands for (``President
        Ana Varga``, ``shadow health secretary Jo Ames``)."""
        key = epithet_key(mention.role or "")
        held = ROLE_EPITHETS.get(key) or ROLE_EPITHETS.get(key.rsplit(" ", 1)[-1], ())
        holders = [
            m for role in held if (m := self._holder_before(mention, role, role)) is not None
        ]
        return max(holders, key=lambda m: m.start, default=None)

    def paragraph_before(self, offset: int) -> Paragraph | None:
        """The text paragraph ending last before ``offset``, if any."""
        return next((p for p in reversed(self._paragraphs) if p.end <= offset), None)

    def paragraph_after(self, offset: int) -> Paragraph | None:
        """The text paragraph starting first at or after ``offset``, if any."""
        return next((p for p in self._paragraphs if p.start >= offset), None)

    def verbs_in(self, start: int, end: int) -> list[VerbMatch]:
        """The speech verbs lying wholly in ``masked[start:end]``, in order."""
        first = bisect_left(self._verb_starts, start)
        last = bisect_left(self._verb_starts, end)
        return [v for v in self.verbs[first:last] if v.end() <= end]

    def canonical(self, name: str) -> str:
        """The fullest name the article uses for this person (``Moreau`` -> ``Carla Moreau``),
        honorifics, middle initials, invisible characters and a possessive dropped."""
        parts = in_name_case([t for t in fold_space(name).split() if t.lower() not in HONORIFICS])
        if not parts:
            return name
        if _party_before_name(parts):
            parts = parts[1:]  # "Republican Jo Ames": the party, then the name
        parts[-1] = POSSESSIVE_WORD.sub("", parts[-1]) or parts[-1]  # "Rees’" is Rees
        suffix = name_suffix(parts)
        if suffix:
            parts.pop()
        if len(parts) > 2:
            parts = [
                parts[0],
                *(t for t in parts[1:-1] if not INITIAL.fullmatch(t)),
                parts[-1],
            ]
        surname_only = len(parts) == 1 or all(p.islower() for p in parts[:-1])  # "von der Brandt"
        surname = " ".join(parts) if surname_only else parts[-1]
        if suffix:  # "Ames Jr.": looked up with its suffix
            surname, parts = f"{surname} {suffix}", [*parts, suffix]
        full = self.full_names.get(surname.lower(), "")
        if full == "" and " " in surname:  # "da Costa": the full name ending so, by its last word
            whole = self.full_names.get(parts[-1].lower()) or ""
            full = whole if whole.lower().endswith(" " + surname.lower()) else ""
        if full == "":
            full = self._introduced_as(surname)
        if full and _party_before_name(full.split()):
            full = full.split(" ", 1)[1]  # "Republican Jo Ames", named so once
        if full and surname_only and (other := self._of_title_gender(name, full, surname)):
            return other  # "Mr Finch" after "Margaret and Harold Finch": Harold Finch
        if full and (
            surname_only
            or full.split()[0] == parts[0]
            or full.lower().endswith(" " + " ".join(parts).lower())
        ):  # "Moreau", "Carla Moreau", "La Vigne" for Nancy La Vigne, "Van den Berg" opening a
            # sentence for Pieter van den Berg
            return full
        if len(parts) == 1 and (family := self._family_name_first(parts[0])):
            return family  # "Xi Jinping … Xi said"
        if len(parts) == 1 and (misspelt := self._misspelt_surname(parts[0])):
            return misspelt  # "Greta Lindqvist … Lindqvst said": a letter dropped
        return " ".join(parts)

    def _misspelt_surname(self, word: str) -> str | None:
        """The one person named in full whose surname ``word`` misses a letter of or adds one
        to (``Lindqvst``, ``Brandess`` for ``Lindqvist``, ``Brandes``), as copy edited in a hurry
        drops or doubles one: surnames of five letters or more, a letter substituted left out
        (``Brett`` and ``Brell`` may be two people), and a plural (``the Brells``) too."""
        if len(word) < _MISSPELT_LENGTH or not word[:1].isupper():
            return None
        found = {
            full
            for surname, full in self.full_names.items()
            if full
            and " " not in surname
            and min(len(surname), len(word)) >= _MISSPELT_LENGTH
            and _one_letter_apart(surname, word.lower())
            and word.lower() != surname + "s"  # "the Ameses", "both Clintons": the family
        }
        return found.pop() if len(found) == 1 else None

    def _of_title_gender(self, name: str, full: str, surname: str) -> str | None:
        """Of two people the article names with one surname, the one a gendered title before
        the surname (``Mr``, ``Mrs``) tells, when the first full name found is the other's."""
        told = next((GENDERED[w.lower()] for w in name.split() if w.lower() in HONORIFICS), None)
        if told is None or FIRST_NAMES.get(full.split()[0].lower()) in {None, told}:
            return None
        matching = {
            n
            for n in self._full_names_seen
            if n.endswith(" " + surname) and FIRST_NAMES.get(n.split()[0].lower()) == told
        }
        return matching.pop() if len(matching) == 1 else None

    def known_surname(self, word: str) -> bool:
        """Whether the article names somebody in full with ``word`` as the family name (``Al
        From``, ``Ann May``): then ``word`` alone is that person, whatever else it means."""
        full = self.full_names.get(word.lower(), "")
        return bool(self._introduced_as(word) if full == "" else full)

    def _family_name_first(self, word: str) -> str | None:
        """The one full name the article gives that starts with ``word``: a given name alone
        (``Kay said`` after ``Kay Ames``), or a name written family name first (``Xi``)."""
        names = self._full_names_seen.union(filter(None, self.full_names.values()))
        found = {n for n in names if n.split()[0] == word}
        return found.pop() if len(found) == 1 else None

    def _common_word(self, word: str) -> bool:
        """Whether ``word`` before a surname is an ordinary word capitalised by a headline or a
        sentence (``Is Ames Ready …``, ``Maybe Ames``, ``Six Ames Voters``): the article writes
        it in lower case too, or it is a number, and it is no given name."""
        if self._lower_words is None:
            self._lower_words = frozenset(_LOWER_WORDS.findall(self.masked))
        low = word.lower()
        return (low in self._lower_words or low in NUMBER_WORDS) and low not in GIVEN_NAMES

    def _introduced_as(self, surname: str) -> str | None:
        """A full name ending in ``surname`` (with its particles: ``von der Brandt``) anywhere in
        the article (``Carla Moreau``), for a person the article never gave a title or a speech
        verb."""
        # a word from the middle of a name the article gave whole: "Lula" for Luiz Inácio Lula
        # da Silva, "Ruiz" for Carmen Ruiz Ortega (an Iberian name goes by its first surname)
        inner = {n for n in self._full_names_seen if surname in n.split()[1:-1]}
        if len(inner) == 1 and " " not in surname:
            self.full_names[surname.lower()] = full = inner.pop()
            return full
        possessor = surname[:1].isupper()  # "Ames’s Harbourline" is no name; "Ames’s group" is
        found = [
            (start, end, word)
            for start, end, word in _words_before(self.masked, surname)
            if word.lower() not in NOT_NAMES
            and not is_title(word)
            and word.lower() not in ORG_WORDS
            and word.lower() not in SPEECH_VERB_FORMS  # "Said Okafor: …"
            and not self._common_word(word)
            and not (
                possessor
                and POSSESSIVE_AFTER.match(word[-2:])
                and not self._common_word(word[:-2])  # "People’s Daily" is a name
            )
        ]
        candidates = [word for _start, _end, word in found]
        # a known given name first ("Ruth Okafor", not "Critic Okafor"); then a name that ends
        # on the word; then a full name the word begins ("Kay said" after "Energy Kay Ames");
        # last a name that goes on past the word (a headline's "Ruth Okafor Wins")
        first = next((c for c in candidates if c.lower() in GIVEN_NAMES), None)
        first = first or next(
            (word for _start, end, word in found if not _NAME_GOES_ON.match(self.masked, end)),
            None,
        )
        full = f"{first} {surname}" if first else None
        if full is None and " " not in surname:
            full = self._family_name_first(surname)
        if full is None and candidates:
            full = f"{candidates[0]} {surname}"
        if (
            full is not None and surname.lower() in ORG_WORDS
        ):  # "the Larchmont Evening Times": all of it
            start = next(start for start, _end, word in found if f"{word} {surname}" == full)
            run = _CAPITALISED_RUN_BEFORE.search(self.masked, max(0, start - 40), start)
            words = run.group().split() if run else []
            titled = [n for n, w in enumerate(words) if is_title(w)]
            words = words[titled[-1] + 1 :] if titled else words  # "House Speaker Jo Ames’s …"
            while words and words[0].lower() in NOT_NAMES:
                words.pop(0)  # "The", "Both" opening the sentence
            full = " ".join([*words, full])
        self.full_names[surname.lower()] = full
        return full

    def organisation_before(self, mention: Mention) -> str | None:
        """The body a common noun stands for (``the ministry`` → the Ministry of Health, ``the
        company`` → Kell Ferries Ltd): the last capitalised name before it whose head is that
        noun (or, for a company, a company's suffix), unless two such names stand together."""
        words = (mention.name or mention.text).split()
        if 1 < len(words) <= 3 and all(w.islower() for w in words):
            return self._named_in_full(mention, words)  # "the sheriff's office"
        if len(words) != 1 or not words[0].islower():
            return None
        noun = words[0]
        wanted = (
            COMPANY_NOUNS | COMPANY_SUFFIXES
            if noun in COMPANY_NOUNS
            else POLICE_NOUNS
            if noun in POLICE_NOUNS
            else {noun}
        )
        window = self.masked[max(0, mention.start - ORGANISATION_LOOKBACK) : mention.start]
        names = [  # a full stop may end a sentence inside a run: "… Ferries Ltd. In a …"
            part for m in _PROPER_NAME.finditer(window) for part in _STOP.split(m.group())
        ]
        for found in reversed(names):
            name = _LEADING_THE.sub("", found).rstrip(".,")
            heads = [_head(part) for part in name.split(" and ")]
            if name.isupper() or " " not in name or heads[-1] not in wanted:
                continue
            return None if sum(h in wanted for h in heads) > 1 else name
        if noun in COMPANY_NOUNS:  # a company named without a suffix: "SeaLift said"
            return self._company_before(mention.start) or self._body_opening_before(mention)
        return (
            _place_body_before(window, wanted)
            or _possessed_body_before(window, wanted)
            or (self._body_opening_before(mention) if noun in BODY_NOUNS else None)
        )

    def _body_opening_before(self, mention: Mention) -> str | None:
        """The name the sentence before ``the company`` opens on, when it names nobody the
        article knows as a person (``Ferrix has clarified the remark. The company says …``)."""
        if self.masked[max(0, mention.start - 4) : mention.start].lower() != "the ":
            return None
        if (before := self.sentence_before(mention.start)) is None:
            return None
        subject = self.grammar.sentence_subject(*before)
        if subject is None or subject.kind not in {"name", "organisation"}:
            return None
        name = subject.name or subject.text
        if name == mention.text and subject.start < mention.start:
            # "The company said …. '…,' the company said": the company the sentence before meant
            return self.organisation_before(subject)
        if name.islower():
            return None  # "the board said": a common noun names no body
        if (
            " " not in name
            and (self._indexed(subject) is not None or self.full_names.get(name.lower()))
        ) or name.split()[0].lower() in FIRST_NAMES:
            return None  # a person: "Jo Ames has clarified …", "Ames has …"
        return name

    def _body_subject_before(self, mention: Mention) -> str | None:
        """The body the sentence before ``mention`` opens on (``The ministry did not reply. Its
        website calls …``: the ministry), for the ``its`` that owns a document; None when that
        sentence opens on a person or on nothing a body's name."""
        if (before := self.sentence_before(mention.start)) is None:
            return None
        subject = self.grammar.sentence_subject(*before)
        if subject is None or subject.kind != "organisation":
            return None
        return self.organisation_before(subject) or subject.name or subject.text

    def _named_in_full(self, mention: Mention, words: list[str]) -> str | None:
        """The body's name a common noun phrase repeats the end of (``the sheriff's office`` →
        the Forde County Sheriff's Office, named before it)."""
        window = self.masked[max(0, mention.start - ORGANISATION_LOOKBACK) : mention.start]
        tail = " ".join(words).lower().replace("’", "'")
        for found in reversed([m.group() for m in _PROPER_NAME.finditer(window)]):
            name = _LEADING_THE.sub("", found).rstrip(".,")
            if " " in name and name.lower().replace("’", "'").endswith(" " + tail):
                return name
        return None

    def _issuer_before(self, mention: Mention) -> Mention | None:
        """Who issued the text ``the statement`` points back to: the name before the last
        ``in a statement`` or ``issued a statement`` (``SeaLift said in a statement``), or
        after ``a statement from``; None for a text of its own (``a statement said``)."""
        words = mention.text.split()
        if len(words) != 1 or self.masked[max(0, mention.start - 4) : mention.start] != "the ":
            return None
        start = max(0, mention.start - ORGANISATION_LOOKBACK)
        issued = None
        for found in _ISSUED.finditer(self.masked, start, mention.start - 4):
            if found.group("verb") or found.group("from"):
                issued = found
        if issued is None or issued.group("noun").lower() != words[0].lower():
            return None
        if issued.group("from") is not None:
            return self._sender(Mention(issued.start("noun"), issued.end("noun"), "", "document"))
        return self._issuing_subject(issued)

    def _text_issued_before(self, mention: Mention) -> Mention | None:
        """Who issued the text ``it`` stands for when no body is named before it (``Mayor Jo
        Ames released a letter. "…," it said``): the subject of the last sentence that issued
        a text, a few sentences back at most."""
        start = max(0, mention.start - 400)
        issued = None
        for found in _ISSUED.finditer(self.masked, start, mention.start):
            if found.group("verb") and not found.group("verb").lower().startswith("in"):
                issued = found
        return None if issued is None else self._issuing_subject(issued)

    def _issuer_of(self, mention: Mention) -> Mention | None:
        """Who issued the text a mention is itself (``Ames issued a statement, which read``),
        or None."""
        start = max(0, mention.start - ORGANISATION_LOOKBACK)
        issued = next(
            (
                found
                for found in _ISSUED.finditer(self.masked, start, mention.end)
                if found.group("verb") and found.end("noun") == mention.end
            ),
            None,
        )
        return None if issued is None else self._issuing_subject(issued)

    def _issuing_subject(self, issued: regex.Match) -> Mention | None:
        """The person or body the sentence of ``issued a statement`` (or ``said in a
        statement``) gives as its subject."""
        sentence = self.grammar.sentence_start(0, issued.start())
        if issued.start() - sentence < 3 and issued.group().startswith("In"):
            # "In a statement, the authority said …": the subject of the verb after it
            end = self.grammar.sentence_end(issued.end(), len(self.masked))
            after = self.verbs_in(issued.end(), end)[:1]
            subject = self.grammar.np_before(after[0].start() - 1) if after else None
            return subject if subject is not None and subject.kind in _ISSUERS else None
        verbs = self.verbs_in(sentence, issued.start())
        subject = (  # "the company said in a statement", "Ames issued a statement"
            self.grammar.np_before(verbs[-1].start() - 1) if verbs else None
        ) or self.grammar.sentence_subject(sentence, issued.start())
        return subject if subject is not None and subject.kind in _ISSUERS else None

    def _company_document(self, mention: Mention) -> str | None:
        """The company a text is said to be from by a company noun before its noun (``read the
        company statement``): the company last named."""
        words = [w.lower() for w in mention.text.split()]
        if len(words) < 2 or not any(w in COMPANY_NOUNS for w in words[:-1]):
            return None
        noun = next(w for w in words[:-1] if w in COMPANY_NOUNS)
        return self.organisation_before(Mention(mention.start, mention.end, noun, "organisation"))

    def _body_named_from(self, word: str, offset: int) -> str | None:
        """The body's name that a lone capitalised word opens, named in full before ``offset``
        or there (``Portwell Group``, ``The Harbour Post``): a short form for the body, or the
        start of its name, not a person's surname (none of the article's people has it)."""
        if " " in word or not word[:1].isupper():
            return None
        opening = regex.compile(
            rf"\b{regex.escape(word)}((?:[ \u00a0]+\p{{Lu}}[\p{{L}}&.]*){{1,3}})"
        )
        for m in opening.finditer(self.masked, 0, offset + len(word) + _BODY_NAME_REACH):
            if m.start() > offset:
                break  # named only later; at the word itself, it goes on to the body's name
            last = m.group(1).split()[-1].lower().rstrip(".")
            if last in ORG_WORDS or last in COMPANY_SUFFIXES:
                return m.group().strip()
        return None

    def _company_before(self, offset: int) -> str | None:
        """The last name before ``offset`` that the text shows to be a company's, by an
        executive title after it (``Acmeo CEO Jo Ames``, ``Acmeo's founder``) or a company noun
        before it (``the operator Acmeo``), unless it is a person's name."""
        text = self.masked[max(0, offset - ORGANISATION_LOOKBACK) : offset]
        found = [m.group("name") for m in _COMPANY_EVIDENCE.finditer(self.masked, 0, offset)]
        for name in reversed(found):
            if (
                self.full_names.get(name.split()[-1].lower())
                or name.split()[0].lower() in FIRST_NAMES
            ):
                continue  # a person's: "Ames's founder"
            if name in text:
                return name
        return None

    def _plural_noun_opening(self, mention: Mention) -> bool:
        """Whether a one-word "name" is a plural common noun for people that only opening its
        sentence capitalises (``Tenants vented …``, ``Refugees said``): a plural's ending,
        no given name, no surname the article knows, never capitalised inside a sentence."""
        word = mention.text
        before = self.masked[max(0, mention.start - 3) : mention.start].strip()[-1:]
        return (
            word[1:].islower()
            and word.endswith(_PLURAL_PEOPLE_ENDINGS)
            and word.lower() not in FIRST_NAMES
            and not self.full_names.get(word.lower())
            and before in _SENTENCE_ENDS
            and not self.grammar.named_inside_sentences(word)
        )

    def _described(self, mention: Mention) -> Mention | None:
        """The person an epithet after ``the`` stands for: their age (``the 52-year-old``) or
        nationality (``the Spaniard``), the last person named."""
        word = mention.text
        following = _NEXT_WORD.match(self.masked, mention.end)
        alone = following is None or (
            following.group(1) in SPEECH_VERB_FORMS
            or following.group(1) in AUXILIARIES
            or following.group(1) in PAST_FORMS
            or following.group(1).endswith("ed")
        )  # "the Swede smiled", not "the Kazakh government"
        epithet = (mention.kind == "phrase" and _EPITHET.fullmatch(word)) or (
            mention.kind == "name" and word.lower() in EPITHET_NOUNS and alone
        )  # "the Spaniard said", "the Republican said", not "the Kazakh government"
        if not epithet or self.masked[max(0, mention.start - 4) : mention.start].lower() != "the ":
            return None
        if mention.kind == "name":  # "Danish striker Jo Ames … the Dane": the Dane, if named
            person = self._of_nationality(mention.start, word.lower()) or self.person_before(
                mention.start
            )
        else:
            person = self.person_before(mention.start)
        if person is not None and self._unnamed_between(person.end, mention.start):
            return None  # "A woman who lives nearby said …. "…," the 34-year-old said"
        return person

    def _of_nationality(self, offset: int, demonym: str) -> Mention | None:
        """The last person before ``offset`` whose role gives the nationality ``demonym``
        names (``Danish striker Jo Ames`` for ``the Dane``), among the people just named."""
        forms = {demonym, DEMONYM_ADJECTIVES.get(demonym, demonym)}
        named = self.people[: bisect_right(self._people_ends, offset)]
        of_it = {
            self.canonical(m.name or m.text)
            for m in named
            if m.role and forms & {w.lower() for w in m.role.split()}
        }
        seen: set[str] = set()
        for person in reversed(named):  # the people just named, each once
            name = self.canonical(person.name or person.text)
            if name in of_it:
                return person
            seen.add(name)
            if len(seen) >= AGREEMENT_LOOKBACK:
                break
        return None

    def _titled_epithet(self, mention: Mention) -> Mention | None:
        """The person an office no one in the article holds stands for, right after a sentence
        about them (``Ada Brell visited the port. The Ruritanian president said …``): the
        person the sentence before opens on, as for an epithet."""
        # the noun heading the role: "head" in "the head of the port authority"
        head = regex.split(r" (?:of|for) ", mention.role or "")[0].split()[-1:]
        definite = self.masked[max(0, mention.start - 4) : mention.start].lower() == "the "
        paragraph = self.paragraph_at(mention.start)
        if not (head and _epithet_head(head[0], mention.role or "") and definite and paragraph):
            return None
        grammar = self.grammar
        start = grammar.sentence_start(paragraph.start, mention.start)
        if role_of_another(self.masked, start, mention.start, head[0]):
            return None  # 'Jo Ames met the mayor. "…," the mayor said': not Ames
        # the office's own sentence first when it opens on its subject and then the quote
        # (``Ada Brell rejected it: "…," the president said``)
        own = (
            MASK in self.masked[start : mention.start]
            and MASK not in self.masked[start : start + 3]
        )
        for n in range(_OFFICE_SENTENCES_BACK):
            end = start
            if n == 0 and own:
                opening, end = start, mention.start
            else:
                if start <= paragraph.start + 1:  # the paragraph's first sentence: the one before
                    paragraph = self.paragraph_before(paragraph.start)
                    if paragraph is None:
                        return None
                    start = end = paragraph.end
                opening = grammar.sentence_start(paragraph.start, max(paragraph.start, start - 2))
            previous = grammar.sentence_subject(opening, end)
            if previous is None:
                previous = self._speaker_after_statement(opening, end)
            elif MASK in self.masked[max(paragraph.start, opening - 3) : previous.start]:
                return None  # not a sentence about a person ('"…?" Borger asked.': a question)
            if previous is not None and previous.kind == "role" and previous.role:
                # "Ada Brell spoke. The Ruritanian president recalled … . "…," said the head of
                # the palace": an epithet after a sentence about the person by an epithet, or
                # by a role they hold ("The Ohio senator fired back …")
                noun = previous.role.split()[-1].lower()
                return self._holder_before(previous, noun) or self._titled_epithet(previous)
            if previous is None or previous.kind != "name":
                return None
            person = next((m for m in self.people if m.start == previous.start), None)
            if person is None:
                return None
            name = self.canonical(person.name or person.text)
            roles = [
                m.role.lower()
                for m in self.people
                if m.role and self.canonical(m.name or m.text) == name
            ]
            if (
                _EPITHET_ROLE.search(mention.role or "") is not None
                or head[0].lower() in _DESCRIPTIONS
                or not roles
                or (  # "Pop star Jo Ames … the singer": an occupation for one named with another
                    head[0].lower() in _OCCUPATIONS
                    and any(w in _OCCUPATIONS for role in roles for w in role.split())
                )
            ):  # "Jo Ames, the Eastfield boss, … said the former Valbourg manager": Ames
                return person
            start = opening  # a person with a role of their own holds no other: the one before
        return None

    def _body_spoken_for(self, mention: Mention) -> str | None:
        """The body a spokesperson named by its noun speaks for (``a police spokeswoman``,
        ``a council spokesman``), as ``a spokesman for the council`` does: the body of that
        noun named before, or None."""
        words = (mention.role or "").lower().split()
        if len(words) == 1 and words[0] in SPOKESPERSON_NOUNS:
            return self._body_before_spokesperson(mention)
        if len(words) != 2 or words[1] not in SPOKESPERSON_NOUNS or words[0] not in ORG_WORDS:
            return None
        noun = Mention(mention.start, mention.start + len(words[0]), words[0], "organisation")
        return self.organisation_before(noun)

    def _body_before_spokesperson(self, mention: Mention) -> str | None:
        """The body a spokesperson with no other word speaks for: the one the sentence before
        opens on (``The Environment Agency said it would review its response. A spokesperson
        said …``), named with a capital, no person."""
        before = self.sentence_before(mention.start)
        if before is None:
            return None
        subject = self.grammar.sentence_subject(*before)
        if subject is None or subject.kind != "organisation":
            return None
        name = _LEADING_THE.sub("", subject.name or subject.text)
        return name if name[:1].isupper() else self.organisation_before(subject)

    def _speaker_of_statement(self, opening: int, end: int) -> Mention | None:
        """The person named as the speaker of the statement a sentence opens on, before or
        after its verb of saying (``"…," Jo Ames said``, ``"…," said Jo Ames``), named before
        ``end``; None after a question, or when no name gives it."""
        inverted = self._speaker_after_statement(opening, end)
        if inverted is not None or (said := self._statement_verb(opening, end)) is None:
            return inverted
        quoted, verb = said
        named = self.grammar.np_before(verb.start() - 1)
        if (
            named is None
            or named.kind != "name"
            or named.start < quoted.end()
            or self.masked[quoted.end() : named.start].strip()
        ):
            return None
        return named

    def _statement_verb(self, opening: int, end: int) -> tuple[regex.Match, VerbMatch] | None:
        """The quoted statement a sentence opens on and the first verb of saying after it,
        before ``end``; None when the sentence opens on none, or on a question."""
        quoted = _QUOTE_THEN_COMMA.match(self.masked, opening, end)
        if quoted is None or self._text[quoted.start() : quoted.end()].rstrip(_MARKS_AND_SPACE)[
            -1:
        ] in {"?", ""}:
            return None
        verbs = self.verbs_in(quoted.end(), end)[:1]
        return (quoted, verbs[0]) if verbs else None

    def _speaker_after_statement(self, opening: int, end: int) -> Mention | None:
        """The person named after the inverted verb of a sentence that opens on a quoted
        statement (``"…," said Valbourg boss Marc Delaunay.``): the sentence is theirs as much
        as one opening on their name. Not after a question (``"…?" asked Jo Ames``): the
        next epithet may be the one asked."""
        said = self._statement_verb(opening, end)
        if said is None or said[1].start() != said[0].end() or said[1].group() in _ASKING:
            return None
        named = self.grammar.np_after(said[1].end() + 1)
        return named if named is not None and named.kind == "name" else None

    def _titled_epithet_before(self, mention: Mention) -> Mention | None:
        """The person the same office stood for when the article last wrote it (``The
        Commons leader called … She said … The Commons leader added``): one phrase, one
        person, within an article."""
        if self.masked[max(0, mention.start - 4) : mention.start].lower() != "the ":
            return None  # "one lawmaker called …": somebody else
        phrase = regex.compile(r"\b[Tt]he " + regex.escape(mention.text) + r"\b")
        earlier = list(phrase.finditer(self.masked, 0, max(0, mention.start - 4)))
        for found in reversed(earlier):
            start = found.start() + 4
            person = self._titled_epithet(replace(mention, start=start, end=found.end()))
            if person is not None:
                return person
        return None

    def _bare_title(self, mention: Mention) -> bool:
        """Whether a role is one capitalised word standing with no article or word of its own
        before it but a verb of saying, in the body (``"…," King said``, ``said Bishop, 60``):
        a surname, as a title in running text needs its article ("the king") or a name after
        it; a headline drops articles ("Mayor says …")."""
        word = mention.text
        if (
            mention.role != word
            or " " in word
            or not word[:1].isupper()
            or word.isupper()
            or word.endswith("s")  # "Aides say", "Officials said": a plural needs no article
        ):
            return False
        before = self.masked[max(0, mention.start - 20) : mention.start].rstrip(" \u00a0")
        last_word = before.rsplit(None, 1)[-1] if before else ""
        return (
            not before
            or before[-1] in _BEFORE_BARE_TITLE
            or last_word in SPEECH_VERB_FORMS  # '"…," said King, 45'
        ) and not self._in_heading(mention.start)

    def _in_heading(self, offset: int) -> bool:
        """Whether ``offset`` lies in the article's headline or standfirst."""
        return any(p.start <= offset < p.end and p.role in HEADING_ROLES for p in self._paragraphs)

    def _kin_named_before(self, mention: Mention) -> Mention | None:
        """The person named before as the kin a possessive and a kinship noun stand for
        (``his wife`` after ``His wife, Ann Brell, …``): the last one named so, or None."""
        if not _POSSESSIVE_BEFORE.search(self.masked, max(0, mention.start - 7), mention.start):
            return None
        noun = mention.text.lower()
        before = self.people[: bisect_right(self._people_ends, mention.start)]
        return next((m for m in reversed(before) if m.role == noun), None)

    def _former_or_latter(self, mention: Mention) -> Mention | None:
        """The first or the second of the last two people named in the sentence before (or
        earlier in the sentence) that ``the former`` or ``the latter`` points back to; None
        when fewer than two are named there."""
        if self.masked[max(0, mention.start - 4) : mention.start].lower() != "the ":
            return None
        start = max(0, mention.start - _PAIR_REACH)
        people: list[Mention] = []
        for person in reversed(self.people[: bisect_right(self._people_ends, mention.start)]):
            if person.start < start:
                break
            name = self.canonical(person.name or person.text)
            if all(self.canonical(p.name or p.text) != name for p in people):
                people.insert(0, person)
            if len(people) == 2:
                break
        if len(people) < 2:
            return None
        return people[0] if mention.text.lower() == "former" else people[1]

    def person_before(self, offset: int, pronoun: str = "") -> Mention | None:
        """The most recent person named before ``offset`` whose gender, where the article
        tells it (``Mrs.``, ``spokesman``), does not contradict ``pronoun`` (``he``, ``she``)."""
        before = bisect_right(self._people_ends, offset)
        wanted = {"he": "male", "she": "female"}.get(pronoun.lower())
        if wanted is not None and (office := self._office_before(offset, wanted, before)):
            return office
        looked_at = 0  # the names looked at: one name's surname inside it ("Ruth Albers") is one
        last: Mention | None = None
        for n in range(before - 1, -1, -1):
            person = self.people[n]
            if last is None or person.end <= last.start or last.end <= person.start:
                looked_at += 1
                last = person
            if looked_at > AGREEMENT_LOOKBACK:
                break
            if self._outlet_addressed(person):
                continue
            if wanted is None or self.gender(person) in {None, wanted}:
                subject = self._subject_over(person, offset, wanted)
                if subject is not None and (
                    wanted is None
                    or self.gender(subject) == wanted
                    or (
                        self.gender(subject) is None
                        and not _OTHER_PRONOUN[wanted].search(self.masked, person.end, offset)
                    )  # "Dana Quist met Tom Brell. She said …. He called …": Brell
                ):
                    return subject
                return person
        return None  # the people just named are all of the other gender: nobody to follow

    def _office_before(self, offset: int, wanted: str, before: int) -> Mention | None:
        """The person a definite office opening the sentence before stands for, when nobody
        is named after it (``Jo Ames denied it. Her adviser Tom Brell … But the minister said
        …. "…," she said``: Ames), or None."""
        if (sentence := self.sentence_before(offset)) is None:
            return None
        opening, start = sentence
        if before and self.people[before - 1].end > opening:
            return None  # a person named since: the pronoun may be theirs
        subject = self.grammar.sentence_subject(opening, start)
        if subject is not None and subject.kind == "role" and subject.role:
            holder = self._role_holder(subject)
            return holder if holder is not None and self.gender(holder) in {None, wanted} else None
        for the in _DEFINITE_ARTICLE.finditer(self.masked, opening, start):
            # "According to the mayor, the money goes to schools. "…," she said": an office
            # the sentence names elsewhere, when its holder is known to be of that gender
            role = self.grammar.np_after(the.start())
            if role is not None and role.kind == "role" and role.role and role.end <= start:
                holder = self._role_holder(role)
                if holder is not None and self.gender(holder) == wanted:
                    return holder
        return None

    def sentence_before(self, offset: int) -> tuple[int, int] | None:
        """Where the sentence before the one at ``offset`` opens and ends: the last of the
        paragraph before when ``offset`` is in its paragraph's first sentence."""
        paragraph = self.paragraph_at(offset)
        if paragraph is None:
            return None
        start = self.grammar.sentence_start(paragraph.start, offset)
        if start <= paragraph.start + 1:
            paragraph = self.paragraph_before(paragraph.start)
            if paragraph is None:
                return None
            start = paragraph.end
        return self.grammar.sentence_start(paragraph.start, max(paragraph.start, start - 2)), start

    def _pair_before(self, pronoun: Mention) -> list[Mention] | None:
        """The named people joined by ``and`` as the subject of the sentence before a plural
        pronoun (``Jo Ames and Tom Brell agreed. "…," they said``), the first of them, when
        nobody is named between; else None."""
        word = bare(pronoun.text)
        if (
            not (word == "they" or self._the_two(pronoun))
            or (sentence := self.sentence_before(pronoun.start)) is None
        ):
            return None
        opening, end = sentence
        subject = self.grammar.sentence_subject(opening, end)
        if subject is None or subject.kind != "name":
            return None
        others = self._conjuncts(subject, subject=True)
        if not others:
            return None
        # nobody named after them, in their sentence ("X and Y met Z.") or since
        named_after = bisect_right(self._people_ends, pronoun.start) - bisect_right(
            self._people_ends, others[-1].end
        )
        return [subject, *others] if named_after == 0 else None

    def _the_two(self, mention: Mention) -> bool:
        """Whether a phrase takes up two people just named together: ``the two``, ``the
        pair``, ``the couple``, ``the duo``, ``both``."""
        word = mention.text.lower()
        return (
            mention.kind == "phrase"
            and word in _TWO_OF_THEM
            and (
                word == "both"
                or bool(
                    _DEFINITE_BEFORE.search(self.masked, max(0, mention.start - 4), mention.start)
                )
            )
        )

    def _outlet_addressed(self, person: Mention) -> bool:
        """Whether ``person`` is one word the article never gives a full name, told something
        (``told Quartz``, ``in a statement to Quartz``): an outlet, which no ``he`` follows."""
        return bool(_ADDRESSED.search(self.masked, max(0, person.start - 40), person.start)) and (
            " " not in self.canonical(person.name or person.text)
        )

    def _body_owning(self, document: Mention) -> str | None:
        """The body named before whose common noun owns a document (``the company's statement``:
        Kell Ferries Ltd), or None."""
        owner = _OWNING_NOUN.match(document.text)
        if owner is None or owner.group(1) not in ORG_WORDS:
            return None
        start = document.start + owner.start(1)
        noun = Mention(start, start + len(owner.group(1)), owner.group(1), "organisation")
        return self.organisation_before(noun)

    def _sender(
        self, document: Mention, kinds: frozenset[str] = frozenset({"name", "organisation"})
    ) -> Mention | None:
        """The body or person a document comes from, named right after it (``a statement
        from the sheriff's office``, ``a letter by Jo Ames``; with ``role`` among ``kinds``, ``a
        statement from the mayor``), or None."""
        link = _FROM_AFTER.match(self.masked, document.end, document.end + 30)
        if link is None:
            return None
        sender = self.grammar.np_after(link.end())
        return sender if sender is not None and sender.kind in kinds else None

    def _subject_over(
        self, person: Mention, offset: int, wanted: str | None = None
    ) -> Mention | None:
        """The person a sentence before ``offset`` opens on when ``person`` is only named later
        in it (``Rudd was a longtime ally of Mayor Joe Brell. On Sunday he …``: Rudd, the
        subject, not the object); in the pronoun's own sentence, the subject of a subordinate
        clause opening it (:meth:`_subordinate_subject`); None when ``person`` is that
        subject."""
        paragraph = self.paragraph_at(person.start)
        if paragraph is None:
            return None
        start = self.grammar.sentence_start(paragraph.start, person.start)
        end = self.grammar.sentence_end(person.end, paragraph.end)
        if end > offset:  # the pronoun's own sentence: "Ames told Brell that he …"
            return self._subordinate_subject(start, person, offset, wanted)

        if not self.masked[start : person.start].strip(" \"“‘'"):
            return None  # the person opens the sentence: its subject
        subject = self.grammar.sentence_subject(start, person.start)
        if subject is None and (speaker := self._speaker_of_statement(start, person.start)):
            # '"…," Ames said in reply to Brell's claims. "…," he added': the speaker
            return None if speaker.start == person.start else self._indexed(speaker)
        if subject is None:  # a thing opening the sentence: "The debris shows …"
            thing = self.grammar.sentence_subject(start, person.start, phrase=True)
            opening = self.masked[start : thing.start].strip().lower() if thing else "-"
            if opening not in {"", "the", "a", "an", "this", "these"}:
                return None
            return self._reporter_before(paragraph, start)
        if (
            subject.kind == "pronoun"
            and wanted is not None
            and {"he": "male", "she": "female"}.get(subject.text.lower()) == wanted
            and subject.end <= person.start
        ):  # "He said the wounds on Vogt's hands …. "…," he said": the same he as before
            return self.person_before(subject.start, subject.text)
        if subject.kind != "name":
            return None
        if subject.end > person.start:
            return None
        owner = POSSESSIVE_WORD.sub("", subject.text)
        possessive = owner != subject.text and not _CONTRACTED_VERB_NEXT.match(
            self.masked, subject.end
        )  # "Ames’s plan", not "Ames’s been making the case" (has)
        if possessive or POSSESSIVE_AFTER.match(self.masked, subject.end):
            if (
                wanted is not None
                and self.gender(subject) in {None, wanted}
                and _OBJECT_PRONOUN[wanted].search(self.masked, subject.end, person.start)
            ):  # "Ames’s move follows pressure on him from Brell. He …": the sentence is Ames's
                end = subject.start + len(owner)
                return self._indexed(subject) or Mention(subject.start, end, owner, "name", owner)
            return None  # "Ames’s plan …": no subject of its own
        if (
            not POSSESSIVE_AFTER.search(person.text)  # "Brell’s proposed wall": no verb of his
            and (word := _VERB_RIGHT_AFTER.match(self.masked, person.end))
        ) and any(
            v.start() == word.end() - 1
            for v in self.verbs_in(person.end, min(paragraph.end, word.end() + 20))
        ):
            return None  # "…, Mr Brell argued. He said …": the one who spoke last
        verbs = self.verbs_in(subject.end, person.start)
        if (
            verbs
            and (
                (  # '"…," said Hemsley': the speaker himself; not "Ames accused Hemsley of …"
                    verbs[-1].end() >= person.start - 2
                    and MASK in self.masked[subject.end : verbs[-1].start()]
                )
                or SPEECH_VERB_FORMS.get(verbs[-1].group().lower()) == "ask"  # the one who answers
            )
        ):
            return None
        if (
            verbs
            and _NAME_WORDS.fullmatch(self.masked, verbs[-1].end(), person.start)
            and not (  # "did not deny reports Jo Ames’s office …": "reports" is deny's object
                len(verbs) > 1 and not self.masked[verbs[-2].end() : verbs[-1].start()].strip()
            )
            and wanted is not None
            and self.gender(person) == wanted
            and self.gender(subject) is None
        ):
            return None  # "Chair Kim Osei called Albers's remarks …. She had voted": Albers
        return self._indexed(subject)

    def _reporter_before(self, paragraph: Paragraph, start: int) -> Mention | None:
        """The person who reports in the sentence before, when the sentence at ``start`` has a
        thing for its subject and goes on with what they reported (``Ames said parts were
        found. The debris shows the loss of all five, including Jo Brell. "…," he said``:
        Ames, not Brell)."""
        if start <= paragraph.start:
            return None
        before = self.grammar.sentence_start(paragraph.start, start - 2)
        reporter = self.grammar.sentence_subject(before, start - 1)
        if reporter is None or reporter.kind != "name":
            return None
        verbs = self.verbs_in(reporter.end, start - 1)
        if not verbs or not _APPOSITION_BETWEEN.fullmatch(
            self.masked, reporter.end, verbs[0].start()
        ):
            return None
        return self._indexed(reporter)

    def _indexed(self, mention: Mention) -> Mention | None:
        """The person of the people index named at ``mention``, or None."""
        first = bisect_left(self._people_ends, mention.start)
        known = self.people[first : bisect_right(self._people_ends, mention.end)]
        return next((m for m in known if m.start >= mention.start), None)

    def _subordinate_subject(
        self, start: int, person: Mention, offset: int, wanted: str | None
    ) -> Mention | None:
        """The subject of a subordinate clause that opens the sentence when ``person`` is its
        object and the pronoun at ``offset`` opens the main clause right after its comma
        (``Even as Ames was criticizing Brell, she came under fire …``: Ames), unless only
        ``person`` is known to agree with the pronoun (``When Tom Vale accused Nora Brill …,
        she said``)."""
        m = _LEADING_SUBORDINATE.match(self.masked, start, offset)
        if m is None or not (m.start("clause") < person.start < m.end()) or m.end() != offset:
            return None
        subject = self.grammar.np_after(m.start("clause"))
        if subject is None or subject.kind != "name" or subject.end >= person.start:
            return None
        found = self._indexed(subject)
        if (
            found is not None
            and wanted is not None
            and self.gender(found) != wanted
            and self.gender(person) == wanted
        ):
            return None  # only the object is known to agree with the pronoun
        return found

    def _unnamed_between(self, start: int, end: int) -> bool:
        """Whether a sentence between ``start`` and ``end`` opens on an unnamed person who
        speaks (``A protester who gave no name said …``, ``Another resident told …``): the
        one a later ``he`` or ``she`` follows, not the person named before."""
        for m in _UNNAMED_SUBJECT.finditer(self.masked, start, end):
            # the first word of the phrase for a person is its head: "One local resident"
            noun = next(
                (
                    w
                    for w in _LOWER_WORD.finditer(self.masked, m.start("words"), m.end())
                    if is_title(w.group()) or w.group() in GENDERED
                ),
                None,
            )
            if noun is None and _WHO_NEXT.match(self.masked, m.end()):
                # "One of the pharmacists, who asked …": "who" tells a person, the last word
                words = list(_LOWER_WORD.finditer(self.masked, m.start("words"), m.end()))
                noun = words[-1] if words else None
            if noun is None:
                continue
            sentence_end = self.grammar.sentence_end(noun.end(), end)
            verbs = self.verbs_in(noun.end(), sentence_end)
            if m.group("owner") is None and (
                verbs or _QUOTE_ONLY.fullmatch(self.masked, sentence_end, end)
            ):  # or the quote and its pronoun right after the sentence: "One resident … was
                return True  # in tears. "…," she said"
            if any(_VERB_NEXT.fullmatch(self.masked, noun.end(), v.start()) for v in verbs[:2]):
                return True  # "Her deputy agreed.", not "His wife, he says, plans …"
        return any(
            self._unheld_role_speaks(m.end(), end)
            for m in _DEFINITE_OPENING.finditer(self.masked, start, end)
        )

    def _unheld_role_speaks(self, start: int, end: int) -> bool:
        """Whether the sentence at ``start`` opens on a definite role nobody named holds and
        speaks (``The clerk, who asked not to be named, said …``): a person of its own, whom a
        later ``he`` or ``she`` follows, not the person named before."""
        mention = self.grammar.np_after(start)
        if mention is None or mention.kind != "role" or not mention.role:
            return False
        verb = self.verbs_in(mention.end, self.grammar.sentence_end(mention.end, end))[:1]
        speaks = bool(verb) and (
            _VERB_NEXT.fullmatch(self.masked, mention.end, verb[0].start()) is not None
            or _WHO_NEXT.match(self.masked, mention.end) is not None
        )
        return speaks and self._role_holder(mention) is None

    def gender(self, person: Mention) -> str | None:
        """The gender the words in front of a person's name or in their role tell, if any, or
        else the person's first name (the full name the article gave them)."""
        words = (person.role or "").lower().split()
        words += self.masked[max(0, person.start - 20) : person.start].lower().split()[-2:]
        told = next((GENDERED[w] for w in reversed(words) if w in GENDERED), None)
        if told is not None:
            return told
        names = self.canonical(person.name or person.text).split()
        return FIRST_NAMES.get(names[0].lower()) if len(names) > 1 else None

    def _conjuncts(self, mention: Mention, subject: bool = False) -> list[Mention]:
        """The people joined to a named speaker as one subject, in the order named: before it
        (``Ames and Brell said``, ``Ames, Brell and Kern said``) or after it (``said Ames,
        Brell and Kern``, or a sentence's ``subject``: ``Ames and Brell agreed``); none when no
        ``and`` joins the last of them."""
        if before := _AND_BEFORE.search(self.masked, max(0, mention.start - 6), mention.start):
            other = self.grammar.np_before(before.start(), subject=False)
            if not _named(other) or other.end != before.start():
                return []  # "Jo Ames of the Institute for Science and Security": one body
            found = [other]
            while comma := _COMMA_BEFORE.search(
                self.masked, max(0, found[0].start - 3), found[0].start
            ):
                previous = self.grammar.np_before(comma.start(), subject=False)
                if not _named(previous) or previous.end != comma.start():
                    break
                found.insert(0, previous)
            return found
        found, at = [], mention.end
        while link := _COMMA_AFTER.match(self.masked, at) or _AND_AFTER.match(self.masked, at):
            other = self.grammar.np_after(link.end())
            if not _named(other):
                return []
            found.append(other)
            at = other.end
            if link.re is _AND_AFTER:
                if not subject and _VERB_RIGHT_AFTER.match(self.masked, other.end):
                    return []  # "said Ames and Brell nodded": a clause of its own
                return found
        return []

    def resolve(
        self, mention: Mention, cue: str | None, method: str, confidence: float
    ) -> Attribution:
        """An attribution for ``mention``; unknown (with the mention kept) when a pronoun, role
        or phrase has no antecedent."""

        def unknown(why: str) -> Attribution:
            return Attribution(
                None,
                mention.text,
                mention.start,
                mention.end,
                mention.role,
                cue,
                f"{method}+{why}",
                UNRESOLVED,
            )

        if (
            mention.kind in {"role", "phrase"}
            and self.masked.startswith(",", mention.end)
            and (named := _NAMED_ONLY_AS.match(self.masked, mention.end))
        ):  # "another passenger, who gave her name only as Greta, said": Greta
            method, confidence = adjusted(method, confidence, "named-as")
            return Attribution(
                named.group("name"),
                mention.text,
                mention.start,
                mention.end,
                mention.role,
                cue,
                method,
                confidence,
                "person",
            )

        if mention.kind == "name" and self._plural_noun_opening(mention):
            return unknown("phrase")  # "Commuters vented …": people unnamed, not a name

        speaker, source_type, role = None, "person", mention.role or self._role_indexed(mention)
        if mention.kind in {"pronoun", "phrase"} and (pair := self._pair_before(mention)):
            # "Jo Ames and Tom Brell agreed. "…," they said", "the two said": both of them
            names = [self.canonical(m.name or m.text) for m in pair]
            method, confidence = adjusted(*adjusted(method, confidence, "pronoun"), "joint")
            return Attribution(
                ", ".join(names[:-1]) + " and " + names[-1],
                mention.text,
                mention.start,
                mention.end,
                None,
                cue,
                method,
                confidence,
                "person",
            )
        if (
            mention.kind == "pronoun"
            and bare(mention.text) == "it"
            and (issuer := self._text_issued_before(mention)) is not None
        ):  # "Mayor Jo Ames released a letter. "…," it said": the text, so its writer
            speaker = self.canonical(issuer.name or issuer.text)
            source_type = "organisation" if issuer.kind == "organisation" else "person"
            method, confidence = adjusted(method, confidence, "pronoun")
        elif mention.kind in {"pronoun", "relative"}:
            offset = mention.start
            if mention.kind == "pronoun":  # "Turning to X, she said": not X
                offset = self.before_own_phrase(offset)
            antecedent = self.person_before(offset, bare(mention.text))
            if antecedent is None or bare(mention.text) not in PERSONAL | RELATIVES:
                return unknown(f"unresolved-{mention.kind}")
            if mention.kind == "pronoun" and self._unnamed_between(antecedent.end, mention.start):
                return unknown("unresolved-pronoun")  # "A protester said …. "…," he said"
            speaker = self.canonical(antecedent.name or antecedent.text)
            method, confidence = adjusted(method, confidence, mention.kind)
        elif mention.kind == "role":
            noun = mention.role.split()[-1].lower() if mention.role else ""
            # "a senator said", "one resident shouted": somebody unnamed in that role, never the
            # senator named before (a spokeswoman still speaks for the force named before)
            unnamed = _INDEFINITE_BEFORE.search(
                self.masked, max(0, mention.start - 40), mention.start
            )
            antecedent = (
                None
                if unnamed
                else self._holder_before(mention, noun) or self._epithet_holder(mention)
            )
            if antecedent is None and not unnamed and self._in_heading(mention.start):
                # a headline or standfirst names a role before the body names the person
                # ("…, says councillor"): the first person the article gives that role
                antecedent = next(
                    (
                        m
                        for m in self.people
                        if m.role
                        and noun in m.role.lower().split()
                        and _qualifiers_agree(mention.role or "", m.role)
                    ),
                    None,
                )
            body = self._body_spoken_for(mention) if antecedent is None else None
            if antecedent is not None:
                speaker = self.canonical(antecedent.name or "")
                method, confidence = adjusted(method, confidence, "role-noun")
            elif body is not None:  # "a police spokeswoman said": the force named before
                speaker, source_type = body, "organisation"
                method, confidence = adjusted(method, confidence, "org-noun")
            elif full := self.full_names.get(
                " ".join(w for w in mention.text.lower().split() if w not in HONORIFICS)
            ):
                speaker = full  # a title word that is a person's surname: "(Mrs) King said"
            elif not unnamed and (
                person := self._titled_epithet(mention) or self._titled_epithet_before(mention)
            ):
                speaker = self.canonical(person.name or person.text)
                method, confidence = adjusted(method, confidence, "epithet")
            elif self._bare_title(mention):
                # '"…," King said': a title word with no article, a name
                speaker = self.canonical(mention.text)
            else:
                return unknown("unresolved-role")
        elif (person := self._described(mention)) is not None:  # "the 52-year-old said"
            speaker = self.canonical(person.name or person.text)
            method, confidence = adjusted(method, confidence, "epithet")
        elif mention.kind == "phrase" and _HANDLE.fullmatch(
            self.masked, max(0, mention.start - 1), mention.end
        ):  # "the account @valbourgport replied": the account, by its handle
            speaker, source_type = "@" + mention.text, "unknown"
        elif (
            mention.kind == "phrase"
            and mention.text.lower() in KINSHIP
            and (kin := self._kin_named_before(mention)) is not None
        ):  # "His wife, Ann Brell, said …. '…,' his wife said": Ann Brell
            speaker = self.canonical(kin.name or kin.text)
            method, confidence = adjusted(method, confidence, "role-noun")
        elif (
            mention.kind == "phrase"
            and mention.text.lower() in _FORMER_LATTER
            and (person := self._former_or_latter(mention)) is not None
        ):  # "Ann King met Tom Brell. The latter said …": Tom Brell
            speaker = self.canonical(person.name or person.text)
            method, confidence = adjusted(method, confidence, "pronoun")
        elif (
            mention.kind == "phrase"
            and mention.text in BODY_NOUNS
            and (named := self._body_opening_before(mention))
        ):  # "the carrier said", "the lender said": the body the sentence before opens on
            speaker, source_type = named, "organisation"
            method, confidence = adjusted(method, confidence, "org-noun")
        elif mention.kind == "phrase":
            return unknown("phrase")
        elif mention.kind == "document" and (
            owner := _OWNER_PRONOUN.search(self.masked, max(0, mention.start - 8), mention.start)
        ):  # "Her letter said": the words of the woman last named
            pronoun = "he" if owner.group(1).lower() == "his" else "she"
            antecedent = self.person_before(mention.start, pronoun)
            if antecedent is None:
                return unknown("unresolved-pronoun")
            speaker = self.canonical(antecedent.name or antecedent.text)
            method, confidence = adjusted(method, confidence, "pronoun")
        elif (
            mention.kind == "document"
            and _ITS_BEFORE.search(self.masked, max(0, mention.start - 8), mention.start)
            and (body := self._body_subject_before(mention))
        ):  # "The ministry did not reply. Its website calls …": the ministry's words
            speaker, source_type = body, "organisation"
            method, confidence = adjusted(method, confidence, "pronoun")
        elif mention.kind == "document" and (writer := _document_owner(mention.text)):
            speaker = self.canonical(writer)  # "Osei’s letter said": Osei's words
            source_type = (
                "organisation" if any(w.lower() in ORG_WORDS for w in writer.split()) else "person"
            )
        elif mention.kind == "document" and (body := self._body_owning(mention)) is not None:
            speaker, source_type = body, "organisation"  # "the company's statement read"
            method, confidence = adjusted(method, confidence, "org-noun")
        elif mention.kind == "document" and (owner := _owning_noun(mention)) is not None:
            if owner.kind == "role":  # "the mayor's message": the mayor's words
                return self.resolve(owner, cue, method, confidence)
            speaker, source_type = owner.text, "organisation"  # "the council's message"
        elif (
            mention.kind == "document"
            and (office := self._sender(mention, frozenset({"role"})))
            and self._role_holder(office) is not None
        ):  # "according to a statement from the mayor", the mayor named before: her words
            return self.resolve(office, cue, method, confidence)
        elif mention.kind == "document" and (sender := self._sender(mention)) is not None:
            speaker = (  # "a statement from police", "a statement from the company"
                sender.kind == "organisation" and self.organisation_before(sender)
            ) or self.canonical(sender.name or sender.text)
            source_type = "organisation" if sender.kind == "organisation" else "person"
        elif mention.kind == "document" and (
            issuer := self._issuer_before(mention) or self._issuer_of(mention)
        ):
            speaker = (  # "X said in a statement … the statement": X's words
                issuer.kind == "organisation" and self.organisation_before(issuer)
            ) or self.canonical(issuer.name or issuer.text)
            source_type = "organisation" if issuer.kind == "organisation" else "person"
            method, confidence = adjusted(method, confidence, "org-noun")
        elif mention.kind == "document" and (company := self._company_document(mention)):
            speaker, source_type = company, "organisation"  # "the company statement"
            method, confidence = adjusted(method, confidence, "org-noun")
        elif mention.kind == "document":
            speaker, source_type = mention.name or mention.text, "document"
        elif mention.kind == "organisation" and (
            named := self.organisation_before(mention)
        ):  # "the company said": the body last named
            speaker, source_type = named, "organisation"
            method, confidence = adjusted(method, confidence, "org-noun")
        elif mention.kind == "name" and (others := self._conjuncts(mention)):
            # "Ames and Brell said", "said Ames, Brell and Kern": all speak, none alone
            people = sorted((mention, *others), key=lambda m: m.start)
            names = [self.canonical(m.name or m.text) for m in people]
            speaker = ", ".join(names[:-1]) + " and " + names[-1]
            first, last = people[0], people[-1]
            mention = Mention(first.start, last.end, self.masked[first.start : last.end], "name")
            method, confidence = adjusted(method, confidence, "joint")
        elif mention.kind == "organisation" and _INDEFINITE_BEFORE.search(
            self.masked, max(0, mention.start - 40), mention.start
        ):  # 'a "Save the Docks" campaign', "a new company": one not named before
            speaker, source_type = mention.name or mention.text, "organisation"
        else:
            name = mention.name or mention.text
            if mention.kind == "name" and " " not in name:  # "Mr Finch", the title left out
                titled = _TITLE_BEFORE.search(self.masked, max(0, mention.start - 6), mention.start)
                name = f"{titled.group(1)} {name}" if titled else name
            speaker = self.canonical(name)
            if (
                mention.kind == "name"
                and speaker == name
                and (body := self._body_named_from(name, mention.start)) is not None
            ):  # "Portwell said" after "Portwell Group": the body, by its first word
                speaker, source_type = body, "organisation"
            elif mention.kind == "name" and (
                speaker.lower() in PLACE_NAMES
                or (_ACRONYM_NAME.fullmatch(speaker) and not is_title(speaker))  # not "the VP"
            ):  # "Burkina Faso said": the state, by its government; "NAREF said": a body
                source_type = "organisation"
            elif (
                mention.kind == "name"
                and speaker == name
                and " " not in name
                and self.masked[max(0, mention.start - 4) : mention.start].lower() == "the "
            ):  # "the Guardian said", "the Courier reported": a name after "the", no person's
                source_type = "organisation"
            if mention.kind == "organisation":
                source_type = "organisation"
                if name.islower() and not 0 <= self.masked.find(speaker) < mention.start:
                    speaker = name  # "police say" is not the "Eastfield police" named later
                speaker = _owner_untitled(speaker)
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


#: how far past a lone word a body's name it opens may run: "Portwell Group Holdings Ltd"
_BODY_NAME_REACH = 40
#: a name that is one acronym in capitals: a body's ("NAREF", "HBU"), never a person's
_ACRONYM_NAME = regex.compile(r"\p{Lu}{2,6}")
#: a gendered title right before a surname: "Mr Finch", "Mrs. Finch"
_TITLE_BEFORE = regex.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+$")
#: a common noun owning a document: "company's statement", "the council's report"
_OWNING_NOUN = regex.compile(r"(?:the\s+)?(\p{Ll}+)[’']s\s+\p{Ll}+$")
#: "his" or "her" before a document noun: its writer, followed back like a pronoun
_OWNER_PRONOUN = regex.compile(r"\b([Hh]is|[Hh]er)\s+$")
_ITS_BEFORE = regex.compile(r"\b[Ii]ts\s+$")
#: what may stand between a subject and its verb: an apposition set off by commas ("Jo Ames,
#: commander of the district, said")
_APPOSITION_BETWEEN = regex.compile(r"\s*(?:,[^,;:.]{1,80},\s*)?")
#: what ties a document to whoever sent it: "a statement from", "a letter by"
_FROM_AFTER = regex.compile(
    r",?\s+(?:(?:sent|issued|released|posted|signed|written|published|tabled|filed|drafted"
    r"|sponsored|put\s+forward)\s+(?:out\s+)?)?(?:from|by)\s+"
)
#: a document its writer owns: "Osei’s letter", "the Acme Group’s statement"
#: a document and its owner, a brand between them maybe: "Osei’s letter", "Osei’s Facebook post"
_OWNED_DOCUMENT = regex.compile(
    r"(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}\-]*)[’']s?\s+"
    r"(?:\p{Lu}[\p{L}\-]*\s+)?\p{Ll}+"
)


#: a social-media handle: "@" and one word
_HANDLE = regex.compile(r"@\w{2,30}")


def _owning_noun(document: Mention) -> Mention | None:
    """The role or the body a common noun names as a document's owner (``the mayor's
    message``: the mayor; ``the council's statement``: the council), as a mention of its own,
    when no body named before owns it; or None."""
    owner = _OWNING_NOUN.match(document.text)
    if owner is None:
        return None
    noun = owner.group(1)
    kind = "role" if is_title(noun) else "organisation" if noun in ORG_WORDS else None
    if kind is None:
        return None
    start, end = document.start + owner.start(1), document.start + owner.end(1)
    return Mention(
        start,
        end,
        noun,
        kind,
        name=noun if kind == "organisation" else None,
        role=noun if kind == "role" else None,
    )


def _document_owner(text: str) -> str | None:
    """The name owning a document phrase (``Osei’s letter``: Osei), whose words it gives."""
    if "’" not in text and "'" not in text:
        return None
    m = _OWNED_DOCUMENT.fullmatch(text)
    if m is None or any(w.lower() in NOT_NAMES for w in m.group(1).split()):
        return None
    return m.group(1)


def unify_speakers(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """One canonical name per person across articles: a name given without a middle name
    (``Jo Kern``) takes the fuller one (``Jo Peter Kern``), and a surname used alone the full
    name, where exactly one such fuller name exists, so that a report lists each person once."""
    people = {
        q.speaker
        for q in quotes
        if q.speaker
        and q.attribution.source_type == "person"
        and not q.attribution.joint
        and _name_like(q.speaker)
    }
    fuller: dict[str, str] = {}
    for name in people:
        if len(name.split()) < 2:
            continue
        longer = {other for other in people if _fuller_form(name, other)}
        fullest = {n for n in longer if not any(_fuller_form(n, o) for o in longer)}
        if len(fullest) == 1:  # two fullest names ("Jo A. Kern", "Jo B. Kern"): two people
            fuller[name] = fullest.pop()
    full: dict[str, set[str]] = {}
    for name in people:
        if len(name.split()) >= 2:
            full.setdefault(name.split()[-1].lower(), set()).add(fuller.get(name, name))
    for name in people:
        if len(name.split()) == 1 and len(names := full.get(name.lower(), set())) == 1:
            fuller[name] = next(iter(names))
    if not fuller:
        return quotes
    return tuple(
        replace(q, attribution=replace(q.attribution, speaker=fuller[q.speaker]))
        if q.speaker in fuller and q.attribution.source_type == "person" and not q.attribution.joint
        else q
        for q in quotes
    )


def _name_like(speaker: str) -> bool:
    """Whether a speaker is written as a name, every word capitalised but a name's particles
    (``Ana da Silva``), not a phrase a name ends (``le fils de Maeva``, ``a spokesman for
    King``): only a name stands for the person a surname alone names. One word is looked up,
    whatever its case."""
    first, *rest = speaker.split()
    return not rest or (
        first[:1].isupper() and all(w[:1].isupper() or w in PARTICLES for w in rest)
    )


def _fuller_form(name: str, other: str) -> bool:
    """Whether ``other`` is ``name`` with more words inside it (``Jo Peter Kern`` of ``Jo
    Kern``): the same first and last word, and every word of ``name`` in order."""
    short, long = name.split(), other.split()
    if len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


def _place_body_before(window: str, nouns: Container[str]) -> str | None:
    """The last body in ``window`` named by its place and one of ``nouns`` in lower case
    (``the Eastfield city council`` for ``a council spokeswoman``), or None."""
    for found in reversed(list(_PLACE_BODY.finditer(window))):
        place = found.group(1).split()
        if found.group(2) in nouns and place[0].lower() not in NOT_NAMES:
            return found.group(1)
    return None


#: a body named by its head's office in lower case: "the state auditor's office", "the county
#: sheriff's department"
_POSSESSED_BODY = regex.compile(r"\b[Tt]he\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+[’']s\s+(\p{Ll}+))\b")


def _possessed_body_before(window: str, nouns: Container[str]) -> str | None:
    """The last body in ``window`` named by its head's title and one of ``nouns`` (``the
    state auditor's office`` for a later ``the office``), or None."""
    for found in reversed(list(_POSSESSED_BODY.finditer(window))):
        if found.group(2) in nouns:
            return found.group(1)
    return None
