"""Grammar for attribution: sentences, the noun phrase before or after a verb, and a sentence's
subject (what a run of words names is :mod:`.phrases`; the words and the tokeniser are in
:mod:`.words`).

:class:`Grammar` reads one masked text (quotes replaced by :data:`~quotecheck.quotes.MASK`) and
owns that text's tokens, so that the many windows attribution asks about are cut from one
tokenisation. The word lists are data in ``quotecheck/data`` with their provenance.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

import regex

from ..lexicon import by_kind
from ..quotes import MASK
from .phrases import RESOLVED, Mention, document_noun, np_word, of_phrase, split_name
from .words import (
    ABBREVIATIONS,
    AUXILIARIES,
    DEMONYM_ADJECTIVES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    DOCUMENT_PARTS,
    FIRST_NAMES,
    IRREGULAR_PASTS,
    NOT_NAMES,
    NUMBER_WORDS,
    ORG_WORDS,
    PARTICLES,
    PARTY_WORDS,
    PAST_FORMS,
    PERSONAL,
    PRONOUNS,
    RELATIVES,
    ROLE_EPITHETS,
    SPEECH_VERB_FORMS,
    SPOKESPERSON_NOUNS,
    STATE_ABBREVIATIONS,
    Token,
    bare,
    indexed_tokens,
    is_title,
    lone_given_name,
    person_noun,
    tokens,
)

#: a share of the people polled, as the subject of their answer ("About four in 10 said")
_SHARE = regex.compile(
    r"(?:(?<![\p{L}\p{N}])(?:(?i:about|nearly|almost|roughly|some|just|only|over|under)\s+)?"
    r"(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine))\s+(?:in|out\s+of)\s+(?:\d+|ten)"
    r"|(?<![\p{L}\p{N}.])\d+(?:\.\d+)?\s?%)(?=\s*$)"
)
#: quantifiers that float after the subject they count ("the two papers each called")
_FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})
#: pronouns that stand for an unnamed speaker ("another said", "some chanted"), or for two just
#: named ("both said")
INDEFINITE_PRONOUNS = frozenset(
    {"another", "one", "some", "many", "most", "others", "several", "few", "both"}
)
#: an indefinite determiner right before a phrase: somebody unnamed ("a senior figure")
_INDEFINITE_BEFORE = regex.compile(r"\b(?i:an?|one|another)\s+$")
_DETERMINERS = frozenset(
    {"the", "a", "an", "one", "some", "another", "his", "her", "their", "its", "our", "my", "your"}
)
#: determiners before somebody unnamed: "a senior Liberal", "another Whig", "a Larchmont builder"
_INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "some", "another"})
#: words that open a verb's object, never the next word of a noun phrase
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my"})
#: irregular pasts that end a common noun phrase ("the judge gave …"), less those that are
#: also nouns or adjectives inside one ("the far left", "a mug shot", "the rose garden")
_PHRASE_ENDING_PASTS = IRREGULAR_PASTS - {
    "left",
    "lay",
    "led",
    "rose",
    "saw",
    "shot",
    "fell",
    "won",
}
#: words that end bodies' and papers' names (the Observer, the Coast Guard) and name a person
#: too, in lower case after an indefinite article or a number: "a guard", "one observer"
_PEOPLE_TOO = frozenset({"observer", "observers", "examiner", "guard", "guards", "broadcaster"})
#: how many tokens a bracket between a subject and its verb may hold, both brackets counted
_BRACKET_TOKENS = 16
#: the days of the week and their parts, of a time adverbial between a subject and its verb
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
#: words that make a time adverb with "then" or "now" after them ("back then", "right now",
#: "until then"), and that word after them
_BEFORE_THEN = frozenset({"back", "right", "just", "even", "until", "till", "since", "by", "only"})
_THEN_AFTER = regex.compile(r"\s+(?:then|now)\b")
#: prepositions of English, which open a phrase that no subject or verb stands in
PREPOSITIONS = frozenset(
    {"in", "on", "at", "of", "for", "with", "by", "from", "to", "about", "after", "before"}
    | {"during", "over", "under", "into", "than", "as"}
)
_HEAD_NOUNS = ORG_WORDS | DOCUMENT_NOUNS  # where a common noun phrase naming a source ends
_APOSTROPHE = regex.compile(r"[’']")
#: a name's possessive ending: a noun it owns follows, never its verb
_OWNER = regex.compile(r"\p{L}[’']s$|s[’']$")
#: words after a name's 's that make it "is" or "has": "Ames's not sure", "Ames's been told"
_CONTRACTED_IS_NEXT = frozenset(
    {"not", "never", "been", "got", "gone", "going", "so", "a", "an", "the", "also", "still"}
)
#: lower-case words a possessive name's person noun may have before it: "Ames's top aide"
_OWNED_REACH = 4


def _person_owned(toks: list[Token], at: int) -> bool:
    """Whether the lower-case words at ``at``, after a possessive name, are a person of that
    name's (``Ames's strike partner``, ``Ames's top foreign policy aide``): the speaker then,
    not the name; what the name has or does (``Ames's speech``, ``Ames's view``) is the name's
    own words."""
    if toks[at : at + 1] and toks[at][2] in _CONTRACTED_IS_NEXT:
        return False  # "Ames's not so sure": the 's is "is"
    for _s, _e, word in toks[at : at + _OWNED_REACH]:
        if not word.islower():
            return False
        if person_noun(word):
            return True
    return False


_WINDOW = 150  # characters around a verb searched for its subject
#: a whole text is tokenised once when it is at least this long (shorter: window by window)
_WHOLE_TEXT = (400, 400_000)

# sentences and their subjects
_WORD = regex.compile(r"\w+")
_SENTENCE_BREAK = regex.compile(
    r"[.!?…][" + MASK + r"\"”’)]*\s+(?=[\p{Lu}\p{N}" + MASK + r"\"“‘(])"
    # a space lost between sentences: "… sagte Ahrens.Der …", '… the pier!”Former mayor …'
    r"|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll}+\b)"
    r"|[.!?][" + MASK + r"\"”’)]+(?=\p{Lu}\p{Ll})"
)
#: a day of the month, and the months German writes after its ordinal's full stop ("5. Mai")
_DAY = regex.compile(r"(?:0?[1-9]|[12]\d|3[01])")
_ORDINAL_MONTHS = by_kind("de/words.tsv")["month"]
_INITIALS = regex.compile(r"(?:\p{Lu}\.-?){0,3}\p{Lu}")  # "J", "G.K", "J.-P" (before the last stop)
_DOCUMENT = regex.compile(
    r"(?:the|a|an)\s+(?:(?-i:\p{Ll}[\p{Ll}\-]+)\s+)?(?P<noun>\L<nouns>)\s+"
    r"(?P<link>of|from|by|(?:issued|released|sent|written|signed|posted)(?:\s+out)?\s+by)\s+"
    r"(?:the\s+)?"
    r"(?-i:(?P<name>\p{Lu}[\p{L}\p{N}’'&.\-]*(?:\s+(?:(?:of|and|the|for)\s+)*\p{Lu}[\p{L}\p{N}’'&.\-]*)*)"
    # a day when it was sent, which is no part of the name: "… from Jo Ames on Tuesday", "…
    # late on Tuesday", "… last night"
    r"(?:\s+(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
    r"|last\s+(?:night|week)|this\s+(?:morning|week)))?)"
    r"\s*(?=,|$)",
    regex.IGNORECASE,
    nouns=sorted(DOCUMENT_NOUNS, key=len, reverse=True),
)


def _document_mention(doc: regex.Match, offset: int) -> Mention:
    """The speaker a text and its sender stand for (``The email from Jo Ames warned``: Jo Ames,
    her words; ``a statement from the Finance Ministry``: the ministry's statement)."""
    words = doc["name"].split()
    if (
        doc["link"].lower() != "of"
        and (len(words) == 1 or words[0].lower() in FIRST_NAMES)
        and not any(w.lower() in ORG_WORDS for w in words)
    ):  # "The email from (Jo) Ames on Tuesday warned": a person's words
        s, e = offset + doc.start("name"), offset + doc.end("name")
        return Mention(s, e, doc["name"], "name", name=doc["name"])
    name = f"{doc['name'].strip()} ({doc['noun'].lower()})"
    return Mention(offset + doc.start(), offset + doc.end(), doc.group(), "document", name=name)


_LEADING = regex.compile(
    r"\s*(?:[•·▪‣◦*]\s*)?"  # a list's bullet: "• Ann King, mayor: …"
    r"(?:(?:date:?\s+)?\d{4}-\d{2}-\d{2}\s+)?"  # a page's date stamp left before the dateline
    # a city in capitals, a hyphen only inside it ("WILKES-BARRE - " ends on its dash)
    r"(?:\p{Lu}{2,}+(?:[\p{Lu} .'’]|-(?=\p{Lu}))*+"
    r"(?:,[\p{L} .]{1,30}?(?:\d{1,2})?)?\s*+(?:\([^()]{1,30}\))?"
    r"\s*+[—–\-]{1,2}\s*"  # a dateline: "PARIS, July 25 (AFP) — ", "SALEM, Ore. — "
    r"|\p{Lu}\p{Ll}++(?:\s\p{Lu}\p{Ll}++)?\s*+\([^()]{1,30}\)\s*+[—–\-]{1,2}\s*"  # "Lima (AP) – "
    # "Valbourg (News Desk): ": a colon after a desk or agencies, never after a party
    r"|\p{Lu}\p{Ll}++(?:\s\p{Lu}\p{Ll}++)?\s*+"
    r"\([^()]{0,20}(?:Agenc|Desk|Wire|Bureau|News)[^()]{0,20}\)\s*+:\s+"
    # a city in title case, a date, a colon or a dash: "New Delhi, July 21 (IANS): "
    r"|\p{Lu}\p{Ll}++(?:\s\p{Lu}\p{Ll}++)?,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*+"
    r"(?:\([^()]{1,30}\))?\s*+[:—–\-]\s+)?"
    r"(?:(?:But|And|So|Yet|Still|Meanwhile|Then|Now|Instead|Also|Indeed|Finally|Again|Today)"
    r",?\s+(?:then,?\s+|also\s+)?)?"  # "And then Ames …", "Now Ames …"
    # a time set before the subject without a comma: "Yesterday Ames …", "On Monday Ames …"
    r"(?:(?:Yesterday|Tonight|Earlier|Later|(?:Earlier|Later|Last|This|(?:Earlier|Later)\s+this)\s+"
    r"(?:week|month|year|morning|afternoon|evening|night)|On\s+(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)"
    r",?\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its)\s))?"  # "Later the mayor …"
)
_COMMA = regex.compile(",")
#: what follows a name set off from the words after it: a comma, a stop, a bracket, the end
#: ('"…," said Moreau.', 'said Jo Smith, a historian,')
SET_OFF = regex.compile(r"\s*(?:[,.;:!?)]|$)")
#: how many phrases set off by commas may open a sentence before its subject
LEADING_PHRASES = 2
_ADVERBIAL = regex.compile(
    r"(?:after|before|while|when|during|following|despite|without|since|amid|under|later"
    r"|earlier|as|in|on|at|with|for|from|by|among|across|throughout|within|like|unlike"
    r"|upon|over|through|besides|beyond)\b",
    regex.IGNORECASE,
)
_STATE_THEN_COMMA = regex.compile(r"\s*(\p{Lu}[\p{L}.]*?)\.\s*,")
_APPOSITION_OPENING = regex.compile(r"(?:the|an?)\s+\w")
#: a role after a name opening on its possessor or "the" ("Acme’s president", "the firm’s CEO")
#: a possessor and a role it holds, up to a comma: "the party's state director", "Acme's
#: owner" (a few words before the possessive, a common noun last)
_POSSESSED_ROLE = regex.compile(
    r"(?:(?:the|The)\s+)?(?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+[’']s(?:\s+[\p{L}\-]+){0,3}?"
    r"\s+\p{Ll}[\p{Ll}\-]*"
)
_ROLE_APPOSITION_OPENING = regex.compile(r"(?:the|his|her|\p{Lu}[\p{L}.\-]*[’']s)\s+\w")
_LOWER_WORD = regex.compile(r"\s+(?!(?:and|or)\b)\p{Ll}")
#: words for a nationality, nouns and adjectives ("Belgian", "Danish"): they describe a person
#: whose name follows, no part of it
_NATIONALITIES = DEMONYMS | frozenset(DEMONYM_ADJECTIVES.values())
#: a role in the plural and capitalised, as a body named for its members ends ("the Royal College
#: of Surgeons", "the Society of Editors")
_MEMBERS = regex.compile(r"\p{Lu}\p{Ll}+s")
#: a person's age before their name in an apposition: "…, 67-year-old Jo Ames, said"
_AGE_BEFORE_NAME = regex.compile(r"\d{1,3}-year-old")
#: the endings of nouns for someone who does something: "butcher", "sailor", "florist"
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee")


def _describes_person(words: list[str]) -> bool:
    """Whether the words before a name in an apposition are an age or a noun for a person,
    maybe after one adjective (``67-year-old``, ``butcher``, ``local baker``): the name is the
    person they describe, not the object of a verb or a preposition (``who met Jo Ames``)."""
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]  # "the retired welder Jo Ames", "a baker named Jo Ames"
    if not words or (len(words) == 1 and _AGE_BEFORE_NAME.fullmatch(words[0])):
        return True  # the name is all of it, its role read with it: "retired judge Jo Ames"
    if len(words) > 2 or any(w.lower() in NOT_NAMES or not w.islower() for w in words):
        return False
    *adjective, noun = words
    if adjective and (adjective[0].endswith("ing") or adjective[0] in _NOT_ADJECTIVES):
        return False  # "beating Jo Ames": a verb and its object; "like teammate Jo Ames"
    return person_noun(noun) or noun.endswith(AGENT_ENDINGS)


_ARTICLES = frozenset({"the", "a", "an"})
#: words before a noun for a person that make it no apposition's head: "like teammate Jo Ames"
_NOT_ADJECTIVES = PREPOSITIONS | {"like", "unlike", "and", "or", "but", "whose", "his", "her"}
_APPOSITION_STARTS = frozenset({"The", "A", "An", "One"})  # and any lower-case word
_ENDS_AFTER_COMMA = regex.compile(r",\s*(?:\w+\s+){0,2}$")
_COMMA_THEN = regex.compile(r",\s*(?=\p{Lu})")
_COMMA_SPACE = regex.compile(r",\s*")
#: a comma, then maybe an article or a determiner, right before a role
_SET_OFF_BEFORE = regex.compile(r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:\p{Lu}\w*\s+)?$")
#: what a role is of or for, or where it is held, up to the comma before the name in
#: apposition: "chief of staff", "director for research", "head of the union in Eastfield"
_ROLE_COMPLEMENT = regex.compile(r"\s+(?:of|for|in|at|from|on)\s+[^\W\d][^,;:\"“”()]{0,50}?(?=,)")
_COORDINATING = regex.compile(r"\b(?:and|but|or|yet)\b")
_LISTED = regex.compile(r"\s*(?:,|and\b|or\b)")
_TRAILING_COMMA = regex.compile(r"\s*,?\s*$")
#: one or two lower-case words closing a sentence's opening phrase at its comma: the common
#: noun a capitalised first word modifies ("Shipping agents, however, …")
_NOUN_AFTER_OPENER = regex.compile(r"(?:[ ]\p{Ll}+){1,2}(?=,)")
#: lower-case words after a name that are no noun it modifies: "Ames herself, …", "Ames too, …"
_NOT_NOUNS = frozenset(
    {"himself", "herself", "itself", "themselves", "too", "also", "alone", "again", "though"}
    | {"however", "instead", "meanwhile", "then", "now", "said", "says", "added", "wrote"}
)
#: prepositions that place a common noun by a name: "a nurse from Eastfield"
_PLACING = frozenset({"in", "from"})
#: the comma (and article) that set off an apposition, right before its noun
_APPOSITION_COMMA = regex.compile(r",\s*(?:(?:a|an|the)\s+)?$")
#: a numbered part of a text ending a phrase: "Article 12", "Section 4(b)"
_NUMBERED_PART = regex.compile(
    r"\b(?P<part>\p{Lu}\p{Ll}+)\s+(?P<number>\d+(?:[.:]\d+)*(?:\(\w\))?)\s*$"
)
#: a numbered part of a text read forward, with the text it is of: "Section 4 of the act",
#: "Article 12 of the Harbour Code"
_NUMBERED_PART_AFTER = regex.compile(
    r"(?:the\s+)?(?P<part>\p{Lu}\p{Ll}+)\s+\d+(?:[.:]\d+)*(?:\(\w\))?"
    r"(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*"
    # a text named in lower case: up to three words before a comma ("the harbour act,"), else
    # one ("of the act says")
    r"|\p{Ll}+(?:\s+\p{Ll}+){1,2}(?=\s*[,;:])|\p{Ll}+))?"
)
_DETERMINER_WORD = regex.compile(r"\b(?:a|an|the|his|her|its|their|our)\s+")
_PREPOSITION_BEFORE = regex.compile(r"\b(?:of|with|on|from|in|at|about|for)\s+$")
#: a noun (perhaps after one modifier) and up to two prepositional phrases qualifying it
_NOUN_THEN_PHRASES = regex.compile(
    r"(?:[\p{Ll}\-]+\s+)?(?P<noun>\p{Ll}+)"
    r"(?:\s+(?:of|with|on|from|in|at|about|for)\s+[^,;:\"“”]{1,40}?){0,2}\s*"
)
#: words that open a sentence and never follow a title or an initial inside a name
_SENTENCE_OPENING_WORDS = frozenset(
    {"He", "She", "It", "They", "We", "I", "The", "But", "And", "This", "That", "In"}
)


def _no_surnames() -> frozenset[str]:
    """Words, in lower case, that open a sentence in French or German and are never a surname
    after an initial: pronouns, the French stop words (verbs, participles: ``Radio J.
    Interrogé sur …``) and the German sentence openers (``Zugleich``)."""
    french, german = by_kind("fr/words.tsv"), by_kind("de/words.tsv")
    found = set(french["stop"]) | set(german["opener"])
    for kinds in (french, german):
        found |= {w for kind, words_ in kinds.items() if kind.startswith("pronoun") for w in words_}
    return frozenset(w for w in found if len(w) > 1)


_NO_SURNAMES = _no_surnames()
#: the words a time adverbial ends on, before the subject of its clause ("last week he used")
_TIME_WORDS = frozenset(
    {"today", "yesterday", "tonight", "then", "later", "now", "week", "month", "year", "day"}
    | {"night", "morning", "afternoon", "evening", "weekend", "monday", "tuesday", "wednesday"}
    | {"thursday", "friday", "saturday", "sunday"}
)
#: an epithet for a role already named, after an article or a possessive, ending where the
#: speaker stands: "the head of state", "the country’s head of government"
_EPITHET_BEFORE = regex.compile(
    r"\b(?:the|its|his|her|their|\p{L}+[’']s)\s+(?P<epithet>"
    + "|".join(regex.escape(e) for e in ROLE_EPITHETS)
    + r")\s*$",
    regex.IGNORECASE,
)
_CLAUSE_OPENERS = frozenset({"and", "but", "when", "while", "after", "as", "because", "so"})
#: conjunctions that open a subordinate clause at a sentence's start
_SUBORDINATORS = frozenset(
    {"when", "while", "after", "before", "as", "because", "although", "though", "once", "since"}
    | {"until", "if", "whenever"}
)
#: a capitalised word after a lower-case word, a comma or a name's first word: capitalised as
#: names are
_INSIDE_SENTENCE = regex.compile(r"(?<=(?:[\p{Ll},;]|\p{Lu}\p{Ll}*)[^\S\n])\p{Lu}[\p{L}’'\-]*")
#: a word of letters, digits and underscores only, whose whole-word matches the two sets below
#: find exactly
_WORD_ONLY = regex.compile(r"\w+")
#: each word that follows a word in title case (overlapping: "Ann Carson Smith" gives both)
_AFTER_CAPITALISED = regex.compile(r"\b\p{Lu}\p{Ll}+\s+(?=(\w+))")
#: each word after a preposition of place, not followed by an apostrophe
_AFTER_PLACE_PREPOSITION = regex.compile(
    r"\b(?:in|from|across|throughout|near)\s+(?=(\w+)\b(?![’']))"
)
#: how far back a sentence's start is looked for: a bound, so that one endless paragraph costs
#: time in proportion to its length
SENTENCE_WINDOW = 3000


#: the letters the words of :data:`_QUANTITY` start with: a cheap test before the pattern
_QUANTITY_INITIALS = frozenset("AaSsNnRrOoMmFfLlUuDdHhTtEeJj0123456789")
#: a participle opening a clause after a comma: no subject starts there
_PARTICIPLE_AT = regex.compile(r"\p{Ll}{2,}ing\b")
#: how many, before the people counted: "About 200 protesters", "Hundreds of fans"
_QUANTITY = regex.compile(
    r"(?:(?i:about|some|nearly|almost|roughly|around|over|more\s+than|fewer\s+than"
    r"|less\s+than|at\s+least|up\s+to|an\s+estimated)\s+(?=\d)"
    r"|(?i:dozens|hundreds|thousands|tens\s+of\s+thousands|millions|scores)\s+of\s+(?=\p{Ll})"
    # a few people together: "A group of protesters", "a handful of residents"
    r"|(?i:an?\s+(?:(?:small|large|big)\s+)?(?:group|crowd|handful|couple|pair|dozen|number"
    r"|band|knot|gaggle)\s+of)\s+(?=\p{Ll})"
    # a share of the people polled: "About four in 10 voters", "At least half of voters"
    r"|(?:(?i:about|nearly|almost|roughly|some|just|only|over|under|more\s+than|at\s+least)\s+)?"
    r"(?:(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine))\s+(?:in|out\s+of)\s+(?:\d+|ten)"
    r"|(?i:half|a\s+third|two[- ]thirds|a\s+quarter|three[- ]quarters|a\s+majority)\s+of"
    r"(?:\s+the)?)\s+(?=\p{L}))"
)


class Grammar:
    """The grammar of one text: its tokens (cut from one tokenisation), sentences, noun
    phrases and subjects."""

    def __init__(self, text: str):
        self.text = text
        self._whole: tuple[list[Token], list[int], list[int]] | None = None
        self._named: frozenset[str] | None = None
        self._surnames: dict[str, bool] = {}
        self._after_capitalised: frozenset[str] | None = None
        self._after_place: frozenset[str] | None = None
        self._np_before: dict[int, Mention | None] = {}  # the people index and the rules ask alike

    def describes(self, word: str) -> bool:
        """Whether a capitalised word before a given name describes the person (``House``,
        ``Billionaire``): a body, a title, or a word capitalised only for opening a sentence."""
        return (
            word.lower() in ORG_WORDS
            or is_title(word)
            or word.lower() in _NATIONALITIES  # "Belgian Hugo Perrin", "Danish striker …"
            or (len(word) > 2 and word.isalpha() and not self.named_inside_sentences(word))
            or (word.isalpha() and word.isupper() and 2 <= len(word) <= 4)  # "QB Tom Brell"
        )

    def named_inside_sentences(self, word: str) -> bool:
        """Whether the text capitalises ``word`` inside a sentence somewhere, as it does a name
        and never a word capitalised only for opening a sentence (``Stunned by …``,
        ``Thirteen years on …``)."""
        if self._named is None:
            self._named = frozenset(_INSIDE_SENTENCE.findall(self.text))
        return word in self._named

    def after_capitalised_word(self, word: str) -> bool:
        """Whether the text writes ``word`` right after a word in title case (``Ann Carson``
        for ``Carson``). Every word so placed is read in one pass over the text, the first time
        it is asked: one pattern per word searched the whole text each time."""
        if self._after_capitalised is None:
            self._after_capitalised = frozenset(_AFTER_CAPITALISED.findall(self.text))
        if _WORD_ONLY.fullmatch(word):
            return word in self._after_capitalised
        return bool(regex.search(r"\b\p{Lu}\p{Ll}+\s+" + regex.escape(word) + r"\b", self.text))

    def after_place_preposition(self, word: str) -> bool:
        """Whether the text writes ``word`` after ``in``, ``from``, ``across``, ``throughout``
        or ``near``, and without a possessive (``voters in Georgia``): a place."""
        if self._after_place is None:
            self._after_place = frozenset(_AFTER_PLACE_PREPOSITION.findall(self.text))
        if _WORD_ONLY.fullmatch(word):
            return word in self._after_place
        place = r"\b(?:in|from|across|throughout|near)\s+" + regex.escape(word) + r"\b(?![’'])"
        return bool(regex.search(place, self.text))

    def surname(self, word: str) -> bool:
        """Whether the text names somebody with ``word`` after a given name (``Ruth
        Albers``), so that ``an angry Albers`` is that person, not somebody unnamed."""
        if word not in self._surnames:
            # a given name not itself after a capitalised word: "Port Sydney Democrat"
            # makes no Democrat a surname, "Ruth Albers" and "Sen. Ruth Albers" do
            pattern = regex.compile(
                r"(?<!\p{Lu}\p{L}+\s)\b(\p{Lu}\p{L}+)\s+" + regex.escape(word) + r"\b"
            )
            found = any(m.group(1).lower() in FIRST_NAMES for m in pattern.finditer(self.text))
            self._surnames[word] = found
        return self._surnames[word]

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``. A long text is tokenised once and then sliced;
        a short one (or a huge one) window by window."""
        low, high = _WHOLE_TEXT
        if not low <= len(self.text) <= high:
            return tokens(self.text[start:end], start)
        if self._whole is None:
            self._whole = indexed_tokens(self.text)
        toks, starts, ends = self._whole
        return toks[bisect_left(starts, start) : bisect_right(ends, end)]

    def np_before(self, end: int, *, subject: bool = True) -> Mention | None:
        """The speaker phrase ending at ``end``: the subject right before a speech verb.

        A name or a body after "of" or "for" and a common noun is no subject: the noun's
        people are (``the family of Jo Ames said``); ``subject=False`` keeps the name, for a
        phrase that only mentions someone (the people index, an antecedent).

        >>> m = Grammar("which EU trade chief Carla Moreau hailed").np_before(33)
        >>> m.name, m.role, (m.start, m.end)
        ('Carla Moreau', 'EU trade chief', (6, 33))
        """
        if end not in self._np_before:
            self._np_before[end] = self._phrase_before(end)
        mention = self._np_before[end]
        if (
            subject
            and mention is not None
            and mention.kind in {"role", "organisation", "phrase"}
            and (person := self._apposed_unclosed(mention)) is not None
        ):
            return person  # "Jo Ames, a spokeswoman for the police said": Jo Ames
        if subject and mention is not None and mention.kind in {"name", "organisation", "document"}:
            return _relation_of(self.text, self.tokens(max(0, mention.start - 60), end), mention)
        return mention

    def document_of(self, mention: Mention) -> Mention:
        """A common noun phrase that is a text and its sender (``a statement from the Finance
        Ministry``): the sender's text, as a sentence's subject is; else the phrase itself."""
        if mention.kind != "phrase":
            return mention
        doc = _DOCUMENT.fullmatch(self.text, mention.start, mention.end)
        return _document_mention(doc, 0) if doc else mention

    def _apposed_unclosed(self, mention: Mention) -> Mention | None:
        """The person opening the sentence when ``mention`` lies in an apposition to them that
        no second comma closes (``Dana Quist, a spokeswoman for the Larchmont police department
        said``): the verb's subject is the person, the comma a slip, not the body or the role."""
        found = _APPOSED_UNCLOSED.search(self.text, max(0, mention.start - 160), mention.end)
        words = found.group("apposition").split() if found else []
        if not any(is_title(w) for w in words) or "and" in words:
            return None  # "Jo Ames, the mayor and the council said": three of them
        name = found.group("name")
        if name.split()[0].lower() not in FIRST_NAMES:
            return None  # "Larchmont, the county seat said": a given name tells a person
        start = found.start("name")
        return Mention(start, found.end("name"), name, "name", name=name)

    def _phrase_before(self, end: int) -> Mention | None:
        text = self.text
        last = text[max(0, end - 3) : end].rstrip()[-1:]
        if (last.isdigit() or last == "%") and (
            share := _SHARE.search(text, max(0, end - 40), end)
        ):
            return Mention(share.start(), share.end(), share.group(), "phrase")  # "Six in 10 said"
        if (part := _NUMBERED_PART.search(text, max(0, end - 40), end)) and part.group(
            "part"
        ).lower() in DOCUMENT_PARTS:  # "Article 12 states": a part of a text
            return Mention(part.start(), part.end("number"), part.group().strip(), "document")
        if epithet := _EPITHET_BEFORE.search(text, max(0, end - 60), end):
            role = epithet.group("epithet")  # "the head of state said": a role, not "state"
            return Mention(
                epithet.start(), epithet.end("epithet"), epithet.group(), "role", role=role
            )
        toks = self.tokens(max(0, end - _WINDOW), end)
        while toks and (
            (toks[-1][2].lower() in AUXILIARIES and not _capitalised_inside(toks))
            or (
                toks[-1][2].lower().endswith("ly")
                and not toks[-1][2][:1].isupper()
                and not (len(toks) > 1 and toks[-2][2].lower() in _DETERMINERS)  # "the weekly"
            )
            # the first word of a time adverb of two: "Ames back then condemned", "right now"
            or (toks[-1][2] in _BEFORE_THEN and _THEN_AFTER.match(text, toks[-1][1]))
        ):
            toks.pop()
        if len(toks) > 2 and toks[-1][2].lower() in _PARTS_OF_DAY and toks[-2][2] in _WEEKDAYS:
            toks.pop()  # "Ames on Tuesday night said": the part of the day, then the day
        if (
            len(toks) > 2
            and toks[-1][2] in _WEEKDAYS
            and toks[-2][2].lower() == "on"
            and (toks[-3][2][:1].isupper() or is_title(toks[-3][2]) or document_noun(toks[-3][2]))
        ):  # "Ames on Tuesday said", "the mayor on Tuesday said"; not "a letter sent on Monday"
            del toks[-2:]
        if len(toks) > 1 and toks[-1][2].lower() in _FLOATING_QUANTIFIERS and toks[-2][2].isalpha():
            toks.pop()  # "the Herald and the Mail each called", "the senators both said"
        if toks and toks[-1][2].lower() == "ago":  # "The agency two weeks ago said"
            while (toks and toks[-1][2][:1].islower()) or (toks and toks[-1][2][:1].isdigit()):
                if toks[-1][2].lower() in _DETERMINERS:
                    break
                toks.pop()
        if not toks:
            return None
        s, e, last = toks[-1]
        if bare(last) in PRONOUNS:
            return Mention(s, e, last, "pronoun")
        if last.lower() in RELATIVES or (
            last.lower() == "which" and len(toks) > 1 and toks[-2][2] == ","
        ):
            return Mention(s, e, last, "relative")  # ", which" for a body or a text
        if last == ")":  # "Sen. Jo Smith (D-Conn.) said": skip the party and state, or an
            # aside about the subject ("Tom Brell (who chairs the harbour board) said")
            opening = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][2] == "("), None)
            if opening is not None and len(toks) - opening <= _BRACKET_TOKENS:
                toks = toks[:opening]
        if "(" in text[max(0, end - _WINDOW) : end]:
            toks = _without_acronyms_inside(toks)
        if last.lower() in INDEFINITE_PRONOUNS and (
            len(toks) == 1
            or not toks[-2][2][:1].isalnum()
            or toks[-2][2].lower() in {"and", "but", "yet", "so", "then"}
        ):  # "Another said", "… and some chanted": somebody unnamed opening the clause
            return Mention(s, e, last, "phrase")
        run: list[Token] = []
        for n in range(len(toks) - 1, -1, -1):
            if run and "\n" in text[toks[n][1] : run[0][0]]:
                break  # a line ends the phrase: a heading above the name is none of it
            named = (
                n > 0
                and (
                    toks[n - 1][2].lower() in _DETERMINERS
                    or (  # a verb form inside a name: "Maine State Police"
                        bool(run)
                        and toks[n][2][:1].isupper()
                        and toks[n - 1][2][:1].isupper()
                        and run[0][2][:1].isupper()
                    )
                    or (not run and _ends_determined_name(toks, n))  # "the Eastfield Post"
                )
            )
            head = n == len(toks) - 1 and toks[n][2] in _HEAD_NOUNS  # "the report said"
            ampersand = (  # "Procter & Gamble" (not "P&G": one word)
                toks[n][2] == "&"
                and bool(run)
                and n > 0
                and toks[n - 1][2][:1].isupper()
                and toks[n - 1][1] < toks[n][0] < run[0][0] - 1
            )
            # a verb's form after a determiner and before the phrase's head is its noun:
            # "the state health department", "a claims adjuster"
            modifier = (
                bool(run)
                and toks[n][2] in SPEECH_VERB_FORMS
                and n > 0
                and toks[n - 1][2].lower() in _DETERMINERS
            )
            if not (head or ampersand or modifier or np_word(toks[n][2], named)):
                break
            if run and toks[n][2] in _PHRASE_ENDING_PASTS and not named:
                break  # a past tense before its object: "Protesters held signs" is "signs"
            run.insert(0, toks[n])
        if len(run) > 1 and _verb_and_object(run):
            return None  # "Another featured five old photos telling": a verb and its object
        if object_of := _participle_object(run):
            # "Lawyers representing Jo Ames said", "Fans cheering Ames shouted": the name is
            # the participle's object; the people its noun names speak, unnamed
            return Mention(run[0][0], object_of, text[run[0][0] : object_of], "phrase")
        indefinite = None
        determiner = toks[-len(run) - 1] if run and len(toks) > len(run) else None
        definite = bool(run) and "the" in {
            run[0][2].lower(),
            determiner[2].lower() if determiner else "",
        }
        if run and run[0][2].lower() in _DETERMINERS:
            indefinite = run[0] if run[0][2].lower() in _INDEFINITE_DETERMINERS else None
            run = run[1:]
        elif (
            determiner
            and determiner[2].lower() in _INDEFINITE_DETERMINERS
            and text[determiner[0] - 1 : determiner[0]].strip() == ""
            # "a defensive Ames" may be Jo Ames; "a senior Liberal" is somebody unnamed, a
            # member of a party
            and not (any(t[2].islower() for t in run) and run[-1][2].lower() not in PARTY_WORDS)
        ):
            indefinite = determiner  # "said one Eastfield Democrat": somebody unnamed
        elif (
            len(run) > 1
            and _verb_not_head(run)
            and not (len(toks) > len(run) and toks[-len(run) - 1][2].lower() in _DETERMINERS)
        ):
            return None  # "Pell states:", "Acme reports" (not "the Acme report"): a name, a verb
        mention = self._unnamed(split_name(run, text, self.describes), indefinite)
        if (
            mention is not None
            and mention.kind == "organisation"
            and determiner
            and determiner[2].lower() in _INDEFINITE_DETERMINERS
        ):
            mention = self._unnamed(mention, determiner)  # "a guard": "a" before the phrase
        if definite:
            mention = _titled_role(run, mention)
        if run and all(t[2].islower() for t in run):
            mention = self._named_with_companions(toks[: len(toks) - len(run)], mention)
        if (
            mention is not None
            and mention.kind == "role"
            and (_MEMBERS.fullmatch(mention.text) or mention.text[:1].isupper())
        ):
            # "The Royal College of Surgeons said", "the Office of the State Auditor said": a
            # body named for its members or its head
            joined = of_phrase(self, toks[: len(toks) - len(run)], mention)
            mention = joined if joined.kind == "organisation" else mention
        if mention is not None and mention.kind in {"name", "organisation"}:
            mention = of_phrase(self, toks[: len(toks) - len(run)], mention)
            mention = _role_of_body(text, toks, mention)
        if mention is not None and mention.kind == "name":
            placed = self._placed_by_name(toks[: len(toks) - len(run)], mention)
            if placed is not mention:
                return placed  # the noun phrase the place completes, a preposition before it
        if mention is not None and mention.kind == "phrase":
            before = [t[2].lower() for t in toks[: len(toks) - len(run)]][-2:]
            # "in the past", not a speaker; but "as" before a subject and its verb opens a
            # clause ("As one aide told …", "… said as the heckler yelled")
            if any(w in PREPOSITIONS and w != "as" for w in before):
                return None
        return mention

    def _placed_by_name(self, before: list[Token], mention: Mention) -> Mention:
        """The common noun phrase a place's name completes (``a senior official in Nordhafen``,
        ``a nurse from Eastfield``): somebody unnamed or a role speaks, not the place; else
        ``mention``. ``before`` holds the words before the name."""
        if (
            len(before) < 2
            or before[-1][2] not in _PLACING
            or not before[-2][2].isalpha()
            or not before[-2][2].islower()
        ):
            return mention
        noun = self.np_before(before[-2][1], subject=False)
        if noun is None or noun.end != before[-2][1]:
            return mention
        if (
            noun.kind == "phrase"
            and " " not in (mention.name or "")
            and (mention.name or "").lower() not in FIRST_NAMES
            and _INDEFINITE_BEFORE.search(self.text, max(0, noun.start - 9), noun.start)
        ):
            return noun  # "A senior opposition figure in Nordhafen": somebody unnamed
        return noun if noun.kind == "role" else mention

    def _named_with_companions(
        self, before: list[Token], unnamed: Mention | None
    ) -> Mention | None:
        """A person named with unnamed companions speaks for them (``Jo Smith and colleagues``,
        ``Jo Smith and her lawyers``): the named conjunct, so a plural subject is not lost to a
        common noun; ``before`` holds the words before the unnamed conjunct."""
        if before and before[-1][2].lower() in _DETERMINERS:
            before = before[:-1]
        if unnamed is None or len(before) < 2 or before[-1][2] != "and":
            return unnamed
        named = self.np_before(before[-1][0])
        if named is None or named.kind != "name" or named.end != before[-2][1]:
            return unnamed
        return named

    def np_after(self, start: int) -> Mention | None:
        """The speaker phrase starting at ``start``: after an inverted verb (``said Moreau``)
        or at the start of a sentence."""
        if (part := _NUMBERED_PART_AFTER.match(self.text, start)) and part.group(
            "part"
        ).lower() in DOCUMENT_PARTS:  # "according to Section 4 of the act": a part of a text
            return Mention(part.start(), part.end(), part.group(), "document", name=part.group())
        if self.text[start : start + 1] in _QUANTITY_INITIALS and (
            quantity := _QUANTITY.match(self.text, start)
        ):
            # "About 200 protesters", "Hundreds of fans": a crowd, counted
            counted = self.np_after(quantity.end())
            if counted is not None and counted.kind == "name":
                # "four in 10 Eastfield voters": where the people counted are from, then them
                after = counted.end + 1
                lower = self.text[counted.end : after + 1][-1:].islower()
                people = self.np_after(after) if lower and self.text[counted.end] == " " else None
                counted = people if people is not None and people.kind == "phrase" else None
            if counted is None or counted.kind != "phrase":
                return None
            return Mention(start, counted.end, self.text[start : counted.end], "phrase")
        stop = min(len(self.text), start + _WINDOW)
        toks = self.tokens(start, stop)
        if "(" in self.text[start:stop]:
            toks = _without_acronyms_inside(toks)
        if toks and bare(toks[0][2]) in PRONOUNS:  # "she", "he’s"
            return Mention(toks[0][0], toks[0][1], toks[0][2], "pronoun")
        determined = bool(toks) and toks[0][2].lower() in _DETERMINERS
        indefinite = (
            toks[0] if determined and toks[0][2].lower() in _INDEFINITE_DETERMINERS else None
        )
        if determined:
            toks = toks[1:]
            if len(toks) > 1 and _verb_and_object(toks):
                return None  # "Another featured five photos": a pronoun, then its verb
            if toks and toks[0][2] in DOCUMENT_NOUNS:  # "the email goes on", not "the Post"
                s, e, noun = toks[0]
                return Mention(s, e, noun, "document", name=noun)
        run: list[Token] = []
        for i, tok in enumerate(toks):
            word = tok[2]
            if run and "\n" in self.text[run[-1][1] : tok[0]]:
                break  # a paragraph ends the phrase: "…, says councillor" over a headline
            # a capitalised first word is a name even when it is also a verb: "wrote Post …"
            ampersand = (  # "the Democrat & Chronicle" (not "P&G": one word)
                word == "&"
                and bool(run)
                and run[-1][2][:1].isupper()
                and toks[i + 1 : i + 2]
                and toks[i + 1][2][:1].isupper()
                and run[-1][1] < tok[0] < toks[i + 1][0] - 1
            )
            inside_name = (  # "Bank of Eastfield analyst Jo Smith", "Minister for Energy"
                bool(run)
                and run[-1][2][:1].isupper()
                and (word == "of" or (word == "for" and is_title(run[-1][2])))
                and toks[i + 1 : i + 2]
                and toks[i + 1][2][:1].isupper()
            )
            # a title's complement with its article: "Leader of the Opposition Tom Brell",
            # "Chancellor of the Exchequer"
            article_in_title = (
                bool(run)
                and (
                    (
                        word == "of"
                        and not determined  # "the Chancellor of the Exchequer, Jo Ames": set off
                        and is_title(run[-1][2])
                        and [t[2] for t in toks[i + 1 : i + 2]] == ["the"]
                        and toks[i + 2 : i + 3]
                        and toks[i + 2][2][:1].isupper()
                        and any(_named_next(toks, j) for j in range(i + 3, i + 6))
                    )
                    or (
                        word == "the"
                        and run[-1][2] == "of"
                        and len(run) > 1
                        and is_title(run[-2][2])
                        and toks[i + 1 : i + 2]
                        and toks[i + 1][2][:1].isupper()
                    )
                )
            )
            if (
                inside_name
                or article_in_title
                or (
                    word == "and"
                    and bool(run)
                    and run[-1][2][:1].isupper()
                    and (
                        (not determined and is_title(run[-1][2]) and _title_then_name(toks, i + 1))
                        or (
                            run[0][2].lower() not in FIRST_NAMES
                            and run[-1][2].lower() not in ORG_WORDS  # "the Post and the Times"
                            and _body_name_next(toks, i + 1)
                        )
                    )
                )
            ):  # "former Larchmont Mayor and Harbour Board Chairman Tom Brell": two offices
                run.append(tok)  # of one person, not two people
                continue
            after_of = bool(run) and run[-1][2] in {"of", "for"}  # "Secretary of State"
            inside = (  # a verb form inside a name: "the United States Coast Guard"
                bool(run)
                and run[-1][2][:1].isupper()
                and word[:1].isupper()
                and word.lower() not in PAST_FORMS  # a headline's "Jo Ames Explained Why"
                and toks[i + 1 : i + 2]
                and toks[i + 1][2][:1].isupper()
            )
            named = (
                (i == 0 and (determined or word[:1].isupper()))
                or after_of
                or bool(inside)
                or (bool(run) and run[-1][2] == "&")  # "the Mail & Post": a name's last word
            )
            if (
                i == 0
                and determined
                and word.lower() in _DAYS
                and toks[1:2]
                and toks[1][2].islower()
                and np_word(toks[1][2])
            ):
                run.append(tok)  # "a Wednesday editorial", "a Sunday column": when, not who
                continue
            before_title = (  # "said state Sen. Jo Ames": a word that is also a verb, then a title
                i == 0
                and word.islower()
                and word not in PREPOSITIONS
                and word not in AUXILIARIES
                and toks[1:2]
                and is_title(toks[1][2])
            )
            if not (
                ampersand
                or before_title
                or np_word(word, named)
                or _text_noun_heads(toks, i, determined)
            ):
                break
            if (
                run
                and run[-1][2][:1].isupper()
                and word[:1].islower()
                and word not in PARTICLES
                and not any(is_title(t[2]) for t in toks[i : i + 3])
                and not document_noun(word)  # "Financial disclosures show"
                and not _named_next(toks, i + 1)  # "Harbourline skipper Tom Brell": a noun for him
                and not ((run[0][2].islower() or determined) and _body_noun_ahead(toks, i))
                and not (_OWNER.search(run[-1][2]) and _person_owned(toks, i))
                and not self._common_opening(run, toks, i)
            ):
                break  # a name ends where its verb begins ("Ames reversed"), not a role's words
            if (
                run
                and word.islower()
                and ((len(word) > 4 and word.endswith("ed")) or word in _PHRASE_ENDING_PASTS)
            ):
                break  # a common noun phrase ends at a past tense: "the striker limped off"
            if (
                run
                and word.islower()
                and toks[i + 1 : i + 2]
                and toks[i + 1][2] in _OBJECT_OPENERS
                and not (word in ORG_WORDS and _BODY_NAMED_NEXT.match(self.text, tok[1]))
            ):
                break  # a word before "his"/"the" is the verb: "an analyst cut his rating"
            run.append(tok)
            following = toks[i + 1][2] if i + 1 < len(toks) else ""
            if (
                word.islower()
                and (word in _HEAD_NOUNS or document_noun(word))
                and not (
                    any(t[2][:1].isupper() for t in run)
                    and not following[:1].islower()  # "Financial disclosures show"
                )
                and not (
                    following[:1].isupper()
                    or is_title(following)
                    or following.lower() in _HEAD_NOUNS  # "a council survey"
                    or document_noun(f"{word} {following}")  # "a press release"
                    # "court documents", not "the council reports a deficit": a noun for a
                    # text that is no verb heads the phrase
                    or (document_noun(following) and following.lower() not in SPEECH_VERB_FORMS)
                    or (following.islower() and _named_next(toks, i + 2))  # "council veteran Jo …"
                )
            ):
                break  # a common noun phrase ends at its head: "the water board defended"
        run = _body_before_role(run, self.describes)
        if run and (object_of := _participle_object(run)) is not None:
            # "said lawyers representing Jo Ames": the lawyers, unnamed, not Jo Ames
            opening = indefinite[0] if indefinite else run[0][0]
            return Mention(opening, object_of, self.text[opening:object_of], "phrase")
        mention = self._unnamed(split_name(run, self.text, self.describes), indefinite)
        if determined and indefinite is None:
            mention = _titled_role(run, mention)
        if mention is not None and mention.kind == "role" and run:
            rest = toks[len(run) :]
            return (
                _named_after_role(self.text, rest, mention)
                or self._body_after_role(rest, mention)
                or mention
            )
        if (
            mention is not None
            and mention.kind in {"phrase", "organisation"}
            and run
            and run[-1][2] in ORG_WORDS  # in lower case: a noun for a kind of body, not a name
        ):
            return self._body_named_after(toks[len(run) :], mention) or mention
        return mention

    def _body_after_role(self, rest: list[Token], role: Mention) -> Mention | None:
        """The body a role is of or speaks for, right after it (``said a spokesperson for the
        transport ministry``, ``said the chief executive of Acme``): the body, with the role,
        as the same words before the verb give it; None when no body follows."""
        if len(rest) < 2 or rest[0][2] not in {"of", "for"}:
            return None
        body = self.np_after(rest[1][0])
        if body is None or body.kind != "organisation" or _NAME_SET_OFF.match(self.text, body.end):
            return None  # "The head of the harbour board, Tom Brell,": the name says who
        text = self.text[role.start : body.end]
        head = (role.role or "").lower().split()[-1:]
        if not head or head[0] not in SPOKESPERSON_NOUNS:
            # "said the chief executive of Acme": its holder speaks, as before the verb
            return _role_of_body(self.text, self.tokens(max(0, role.start - 8), body.end), body)
        return Mention(role.start, body.end, text, "organisation", body.name, role.role)

    def _common_opening(self, run: list[Token], toks: list[Token], at: int) -> bool:
        """Whether the run so far is one word capitalised only for opening the sentence and
        the plural noun at ``at`` heads the phrase with it (``Shop owners in Eastfield say``):
        no name, whose verb would begin there."""
        word, noun = run[0][2], toks[at][2]
        return (
            len(run) == 1
            and run[0] is toks[0]
            and word.isalpha()
            and not self.named_inside_sentences(word)
            and not lone_given_name(word)
            and noun.endswith("s")
            and not noun.endswith("ss")
            and (person_noun(noun) or noun[:-1].endswith(AGENT_ENDINGS))
        )

    def _body_named_after(self, rest: list[Token], kind: Mention) -> Mention | None:
        """The body a noun for its kind names right after it with its own article (``the
        advocacy group the Harbour League``): the body, the noun phrase before it its role."""
        if len(rest) < 2 or rest[0][2] != "the" or not rest[1][2][:1].isupper():
            return None
        named = self.np_after(rest[0][0])
        if named is None or named.kind != "organisation":
            return None
        text = self.text[kind.start : named.end]
        return Mention(kind.start, named.end, text, "organisation", named.name, kind.text)

    def _unnamed(self, mention: Mention | None, indefinite: Token | None) -> Mention | None:
        """A capitalised word after an indefinite determiner is nobody's name (``a senior
        Democrat``, ``A Valbourg politician``) unless the text names someone with it as a surname
        (``an angry Albers``), nor is a paper's word for a person in lower case (``a guard``,
        ``one observer``) a body: a phrase for someone unnamed, from the determiner."""
        if (
            mention is not None
            and indefinite is not None
            and mention.kind == "organisation"
            and mention.text.islower()
            and mention.text.split()[-1] in _PEOPLE_TOO
        ):  # "a guard", "one observer": somebody unnamed, no body nor paper
            start = indefinite[0]
            return Mention(start, mention.end, self.text[start : mention.end], "phrase")
        if mention is None or indefinite is None or mention.kind != "name" or mention.role:
            return mention
        if mention.name and self.surname(mention.name.split()[-1]):
            return mention
        start = indefinite[0]
        return Mention(start, mention.end, self.text[start : mention.end], "phrase")

    def sentence_start(self, para_start: int, offset: int) -> int:
        """Where the sentence holding ``offset`` starts (not after an abbreviation or an
        initial)."""
        window = max(para_start, offset - SENTENCE_WINDOW)
        start = window
        # two characters past ``offset``: the break's look at the word after it, for a
        # sentence that opens right at ``offset``
        for m in _SENTENCE_BREAK.finditer(self.text, window, offset + 2):
            if m.end() <= offset and not self._abbreviation_before(para_start, m):
                start = m.end()
        return start

    def sentence_end(self, offset: int, para_end: int) -> int:
        """Where the sentence running at ``offset`` ends (not after an abbreviation or an
        initial), at the latest the paragraph's end."""
        for m in _SENTENCE_BREAK.finditer(self.text, offset, para_end):
            if not self._abbreviation_before(offset, m):
                return m.start() + 1
        return para_end

    def _abbreviation_before(self, start: int, brk: regex.Match) -> bool:
        """Whether the full stop of the break ``brk`` ends an abbreviation (``Sen.``) or an
        initial rather than a sentence (the text read back no further than ``start``); one
        followed by a pronoun or an article ends a sentence too (``… in the U.S. He said``)."""
        at = brk.start()
        token = self.text[max(start, at - 8) : at].split()[-1:] or [""]
        following = _WORD.match(self.text, brk.end())
        if _DAY.fullmatch(token[0]) and following and following.group().lower() in _ORDINAL_MONTHS:
            return True  # German "am 5. Mai": a day's ordinal
        if not (token[0].lower().strip("(") in ABBREVIATIONS or _INITIALS.fullmatch(token[0])):
            return False
        return following is None or not (
            following.group() in _SENTENCE_OPENING_WORDS
            or following.group().lower() in _NO_SURNAMES
        )

    def sentence_subject(self, start: int, end: int, phrase: bool = False) -> Mention | None:
        """The sentence's subject: a document (``The text of the X``), or the noun phrase at its
        start or after a leading phrase (``In a statement, Jo Smith …``, ``Minutes later,
        she …``); a mere phrase only when ``phrase`` is asked for."""
        text = self.text
        offset = _LEADING.match(text, start, end).end()
        if doc := _DOCUMENT.match(text[offset:end].split(",")[0]):
            return _document_mention(doc, offset)
        candidates = [offset]
        comma = text.find(",", offset, end)
        for _ in range(LEADING_PHRASES):  # "On Thursday, after a long wait, Jo Smith …"
            while (
                comma != -1
                and (state := _STATE_THEN_COMMA.match(text, comma + 1, end))
                and (state.group(1).lower() in STATE_ABBREVIATIONS)
            ):  # "In Boulder, Colo., the founder …": past the place
                comma = state.end() - 1
            if comma == -1:
                break
            at = comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip())
            if _RELATIVE_AT.match(text, at, end):
                break  # "The 24-year-old, whose contract ends in May, said": a clause about it
            if _PARTICIPLE_AT.match(text, at, end):
                break  # "Fans gathered, holding signs and …": a clause of the one before
            if self._names_after_apposition(at, end):
                comma = text.find(",", at, end)  # "Joined by Jo Ames, the county sheriff,
                continue  # Reyes …": past the apposition to the name after it
            candidates.append(at)
            if not _ADVERBIAL.match(text, at, end):
                # "In May, the party's state director, Jo Ames, wrote": the name set off after
                # the subject (a possessive ends the phrase the grammar reads at ``at``)
                named = self._set_off_name(at, end)
                if named is not None:
                    candidates[-1] = named
                break  # a second phrase only after an adverbial one: "…, after a long wait, …"
            comma = text.find(",", at, end)
        mentions = [
            self._as_phrase(m) if m.start == offset else self._past_place(m, end)
            for m in (self.np_after(at) for at in candidates)
            if m is not None
        ]
        mentions = [self.named_in_apposition(m, end) or m for m in mentions]
        resolved = [m for m in mentions if m.kind in RESOLVED]
        if resolved:  # "In a few days, Jo Smith …": the name, not the phrase before it
            return resolved[0]
        return next((m for m in mentions if m.kind == "phrase"), None) if phrase else None

    def _set_off_name(self, at: int, end: int) -> int | None:
        """Where a name set off by commas starts right after a possessor's role at ``at`` (``the
        party's state director, Jo Ames, …``), or None."""
        comma = self.text.find(",", at, end)
        if comma == -1 or not _POSSESSED_ROLE.fullmatch(self.text, at, comma):
            return None
        rest = self.text[comma + 1 : end]
        name_at = comma + 1 + len(rest) - len(rest.lstrip())
        name = self.np_after(name_at)
        if name is None or name.kind != "name" or not self.text.startswith(",", name.end):
            return None
        return name_at

    def _names_after_apposition(self, at: int, end: int) -> bool:
        """Whether a common noun phrase at ``at`` is set off by a comma with a name and its
        verb right after (``…, the county sheriff, Reyes launched …``): an apposition closing
        a leading phrase, not the subject."""
        if not _APPOSITION_OPENING.match(self.text, at, end):
            return False
        comma = self.text.find(",", at, end)
        if comma == -1:
            return False
        name = self.np_after(
            comma + 1 + len(self.text[comma + 1 : end]) - len(self.text[comma + 1 : end].lstrip())
        )
        return (
            name is not None
            and name.kind == "name"
            and bool(_LOWER_WORD.match(self.text, name.end, end))
        )

    def named_in_apposition(
        self, mention: Mention, end: int, closing: regex.Pattern = _COMMA
    ) -> Mention | None:
        """The name set off right after a role or a common noun phrase (``The board’s chair,
        Omar Haddad, …``), and closed by ``closing`` (a comma; at a sentence's end, a stop
        too): the person the phrase stands for; None when there is none."""
        if mention.kind not in {"role", "phrase"}:
            return None
        at = mention.end
        if (
            mention.kind == "role"
            and (complement := _ROLE_COMPLEMENT.match(self.text, at, end))
            and not _SET_OFF_BEFORE.search(self.text, max(0, mention.start - 12), mention.start)
        ):  # "The chief of staff, Jo Ames, …": the role's own words; not a role set off after
            at = complement.end()  # a name, its own apposition in a list of people
        comma = _COMMA_SPACE.match(self.text, at, end)
        if comma is None:
            return None
        name = self.np_after(comma.end())
        if name is None or name.kind != "name" or not closing.match(self.text, name.end):
            return None
        if not self.text[comma.end() : comma.end() + 1].isupper() and not _describes_person(
            self.text[comma.end() : name.start].split()
        ):
            return None  # "The board’s chair, retired judge Omar Haddad, …" is Haddad
        return name

    def _past_place(self, mention: Mention, end: int) -> Mention:
        """The name after a place that closes a leading phrase (``Speaking in Dover, Kent,
        Okafor …``): a name set off by commas with another name right after it, that name not
        in a list (``Instead, Reyes, Tom Brell and Jo Smith …``), is the place."""
        after = _COMMA_THEN.match(self.text, mention.end, end)
        if mention.kind != "name" or after is None:
            return mention
        following = self.np_after(after.end())
        if following is None or following.kind != "name" or _LISTED.match(self.text, following.end):
            return mention
        return following

    def _as_phrase(self, mention: Mention) -> Mention:
        """A name of one word opening a sentence that the text never capitalises inside one is a
        common noun (``Respondents``, ``Stunned``): a phrase, no speaker's name; unless it is
        a given name (``Jane smiled.``) that is no common word and no place."""
        word = mention.text
        if mention.kind != "name" or " " in word:
            return mention
        noun = _NOUN_AFTER_OPENER.match(self.text, mention.end)
        if (
            noun is not None
            and not lone_given_name(word)
            and not any(w in _NOT_NOUNS or w.endswith("ly") for w in noun.group().split())
        ):  # "Shipping agents, however, termed": a common noun after its capitalised modifier
            end = noun.end()
            return Mention(mention.start, end, self.text[mention.start : end], "phrase")
        if self.named_inside_sentences(_APOSTROPHE.split(word, maxsplit=1)[0]):
            return mention
        if lone_given_name(word):
            return mention  # "Jane smiled.": a person, whose gender the name tells
        if word.lower() in DOCUMENT_NOUNS:  # "Transcript as follows:"
            return Mention(mention.start, mention.end, word, "document", name=word.lower())
        return Mention(mention.start, mention.end, word, "phrase")

    def unclosed_apposition_subject(
        self, start: int, verb_at: int, role: bool = False
    ) -> Mention | None:
        """The name a sentence opens on when an apposition after it runs to the verb with its
        closing comma left out (``Jo Ames, the navy's director of salvage said``); with
        ``role``, one that names the person's role after a possessor (``Jo Ames, Acme’s
        president said``), never an indefinite one (``Ames, a top aide said,`` sets the aide's
        words about Ames)."""
        before = self.text[start:verb_at]
        if before.count(",") != 1:
            return None
        opening = self.sentence_subject(start, verb_at)
        if (
            opening is None
            or opening.kind != "name"
            or opening.start != _LEADING.match(self.text, start, verb_at).end()
            or not self.text.startswith(",", opening.end)
        ):
            return None
        after = (
            opening.end
            + 1
            + len(self.text[opening.end + 1 : verb_at])
            - len(self.text[opening.end + 1 : verb_at].lstrip())
        )
        opens = _ROLE_APPOSITION_OPENING if role else _APPOSITION_OPENING
        return opening if opens.match(self.text, after, verb_at) else None

    def apposition_subject(self, start: int, verb_at: int) -> Mention | None:
        """The subject before a comma-delimited stretch: ``Gov. Jo Smith (R-OH), said`` and,
        past an apposition, ``Jo Smith, a longtime pollster who voted twice, said``."""
        before = self.text[start:verb_at]
        ending = _ENDS_AFTER_COMMA.search(before)
        if ending is None or _COORDINATING.search(ending.group()):
            return None  # "…, and emphasized": a second verb of the subject, no apposition
        commas = [start + m.start() for m in _COMMA.finditer(before)]
        if not commas:
            return None
        opening = self.sentence_subject(start, verb_at)
        if (
            opening is not None
            and opening.kind in {"name", "organisation"}
            and opening.start == _LEADING.match(self.text, start, verb_at).end()
            and opening.end in commas
            and not _LISTED.match(self.text, opening.end + 1)  # not "Ames, Brell and Lee said"
        ):  # the name the sentence opens on, set off: "Ames, during a visit to Lima, Peru, said"
            return opening
        last = commas[-1]
        segment_start = commas[-2] + 1 if len(commas) > 1 else start
        if (
            len(commas) > 1
            and (named := self.np_before(last)) is not None
            and named.kind == "name"
            and _describes_person(self.text[segment_start : named.start].split())
        ):
            return named  # "Her neighbour, butcher Jo Ames, said": the name a role comes before
        # past an apposition or an aside ("in Kentucky"), or two ("Ames, 45, a teacher from
        # Eastfield, said"): the noun before them
        for n in range(len(commas) - 1, max(0, len(commas) - 3), -1):
            words_ = self.text[commas[n - 1] + 1 : commas[n]].split()
            first = words_[0] if words_ else ""
            if (
                not (
                    first[:1].islower()
                    or first[:1].isdigit()
                    or first in _APPOSITION_STARTS
                    or any(  # a role not followed by a name: "…, Labour member for Eastfield, said"
                        is_title(w) and not (k + 1 < len(words_) and words_[k + 1][:1].isupper())
                        for k, w in enumerate(words_)
                    )
                )
                or (n < len(commas) - 1 and not first[:1].isdigit())
            ):
                break  # only an age stands before an apposition: "Ames, 45, a teacher, said"
            last = commas[n - 1]
        mention = self.np_before(last)
        if mention is not None and mention.kind in {"name", "organisation", "role"}:
            return mention
        return None

    def nearest_pronoun(self, start: int, end: int) -> Mention | None:
        """The last ``he`` or ``she`` opening a clause (``and he``, ``when she``) in
        ``text[start:end]``: the subject of the clause a participle or a second verb hangs
        on."""
        toks = self.tokens(start, end)
        # a sentence opening on a subordinate clause may end it with no comma: "When the boy
        # woke up he said": ``he`` is nominative, so after any word but a verb of saying, and
        # before any comma, it is the main clause's subject
        subordinate = bool(toks) and toks[0][2].lower() in _SUBORDINATORS
        found = []
        for n, t in enumerate(toks):
            subordinate = subordinate and t[2] != ","
            if (
                t[2] in PERSONAL
                and n
                and (
                    _opens_clause(toks[n - 1][2])
                    or (subordinate and _ends_subordinate_clause(toks[n - 1][2]))
                )
            ):
                found.append(t)
        return Mention(*found[-1], "pronoun") if found else None

    def relative_antecedent(self, sentence_start: int, mention: Mention) -> Mention | None:
        """The name a ``who`` stands for, or the body or text a ``which`` does: the noun
        phrase right before its comma."""
        comma = _TRAILING_COMMA.search(self.text[sentence_start : mention.start])
        antecedent = self.np_before(sentence_start + comma.start(), subject=False)
        # "a man who shouted": somebody unnamed or a role, never the person named before
        kinds = (
            {"organisation", "document"}
            if mention.text.lower() == "which"
            else {"name", "phrase", "role"}
        )
        if antecedent is not None and antecedent.kind in {"phrase", "role"} & kinds:
            # "Jo Ames, a native of Eastfield who writes fiction": the apposition's person
            apposed = _APPOSITION_COMMA.search(self.text, sentence_start, antecedent.start)
            named = self.np_before(apposed.start(), subject=False) if apposed else None
            return named if named is not None and named.kind == "name" else antecedent
        if antecedent is not None and antecedent.kind in kinds:
            return antecedent
        if mention.text.lower() == "which":  # "posted a photo of the quay on Tuesday, which read"
            return self._document_before_phrases(sentence_start, sentence_start + comma.start())
        return None

    def _document_before_phrases(self, start: int, end: int) -> Mention | None:
        """The document a clause ends on, past the phrases that qualify it (``a photo of the
        flooded quay on Tuesday``), or None."""
        for det in reversed(list(_DETERMINER_WORD.finditer(self.text, start, end))):
            noun = _NOUN_THEN_PHRASES.fullmatch(self.text, det.end(), end)
            if noun is None or _PREPOSITION_BEFORE.search(self.text, start, det.start()):
                continue  # none, or the object of a phrase qualifying a noun before it
            if noun.group("noun") in DOCUMENT_NOUNS:
                s, e = noun.span("noun")
                return Mention(s, e, noun.group("noun"), "document", name=noun.group("noun"))
            return None  # the nearest noun phrase is something else
        return None


#: lower-case words that may complete a role after its "of": "master of ceremonies", "chairman
#: of the board"
_ROLE_COMPLEMENT_WORDS = 3


def _body_noun_ahead(toks: list[Token], i: int) -> bool:
    """Whether words in lower case from ``toks[i]`` reach a noun for a body within three words
    (``… Harbourside civil rights group``): a capitalised adjective inside a common noun
    phrase, not a name that its verb ends."""
    for tok in toks[i : i + 3]:
        if not tok[2].islower():
            return False
        if tok[2] in ORG_WORDS:
            return True
    return False


#: a body's name with its own article right after a noun for its kind: "group the Harbour Trust"
_BODY_NAMED_NEXT = regex.compile(r" the \p{Lu}")


#: a capitalised word set off by a comma: the name of someone just described
_NAME_SET_OFF = regex.compile(r",\s+\p{Lu}")


def _body_name_next(toks: list[Token], at: int) -> bool:
    """Whether capitalised words from ``at`` end on a noun for a body (``… and Rescue
    Service``): the rest of one body's name joined by ``and`` (``Larchmont Fire and Rescue
    Service``), not a second speaker."""
    k = at
    while k < len(toks) and toks[k][2][:1].isupper():
        k += 1
    return k > at and toks[k - 1][2].lower() in ORG_WORDS


def _named_after_role(text: str, rest: list[Token], role: Mention) -> Mention | None:
    """The person a role completed by ``of`` names right after it (``said chairman of the
    board Tom Brell``): the name, the whole phrase before it its role; None when no name with a
    known given name follows."""
    if len(rest) < 3 or rest[0][2] != "of":
        return None
    k = 1
    while k < len(rest) and k <= _ROLE_COMPLEMENT_WORDS and rest[k][2].isalpha():
        if rest[k][2].islower():
            k += 1
            continue
        break
    name = []
    for tok in rest[k : k + 3]:
        if not tok[2][:1].isupper() or not tok[2].replace("-", "").replace("’", "").isalpha():
            break
        name.append(tok)
    if k == 1 or len(name) < 2 or name[0][2].lower() not in FIRST_NAMES:
        return None
    full = " ".join(t[2] for t in name)
    role_text = text[role.start : rest[k - 1][1]]
    return Mention(role.start, name[-1][1], text[role.start : name[-1][1]], "name", full, role_text)


def _ends_determined_name(toks: list[Token], n: int) -> bool:
    """Whether the capitalised ``toks[n]`` closes a run of capitalised words that an article
    opens (``the Eastfield Post``, ``the Larchmont Evening Post``, ``the Mail & Post``), an
    adjective or two maybe between (``the rival Eastfield Post``): the last word of a name,
    though it is also a verb of saying."""
    k = n - 1
    while (
        k >= 0
        and (toks[k][2][:1].isupper() or (toks[k][2] == "&" and k > 0))
        and toks[k][2].lower() not in _DETERMINERS
    ):
        k -= 1
    if not toks[n][2][:1].isupper() or k == n - 1:
        return False
    for _ in range(2):  # "the rival Eastfield Post", "the new weekly Eastfield Post"
        if k >= 0 and toks[k][2].isalpha() and toks[k][2].islower():
            if toks[k][2] in _DETERMINERS:
                break
            k -= 1
    return k >= 0 and toks[k][2].lower() in _DETERMINERS


#: a present participle: "representing", "backing" (not a noun in -ling: "sibling")
_PARTICIPLE = regex.compile(r"\p{Ll}{3,}(?<!l)ing")


def _participle_object(run: list[Token]) -> int | None:
    """Where the phrase ends when a noun, a present participle and a name make it (``Lawyers
    representing Jo Ames``, ``fans cheering Ames``): a reduced relative clause whose object is
    the name, never a role before it; else None."""
    for k in range(1, len(run) - 1):
        following = run[k + 1][2]
        if (
            _PARTICIPLE.fullmatch(run[k][2])
            and following[:1].isupper()
            # "ranking Democrat Jo Ames", "acting Director Jo Ames": an adjective of a title
            and not is_title(following)
            and following.lower() not in PARTY_WORDS
        ):
            return run[-1][1]
    return None


def _verb_and_object(run: list[Token]) -> bool:
    """Whether a run of words opens on a past tense with a number or a determiner after it
    (``featured five photos``): a verb and its object, no subject."""
    verb, after = run[0][2], run[1][2].lower()
    past = verb.islower() and (
        (len(verb) > 4 and verb.endswith("ed")) or verb in _PHRASE_ENDING_PASTS
    )
    return past and (after[:1].isdigit() or after in NUMBER_WORDS or after in _OBJECT_OPENERS)


def _without_acronyms_inside(toks: list[Token]) -> list[Token]:
    """The tokens without a bracketed acronym inside a capitalised name (``the Larchmont
    Harbour (LH) Authority said``): the name reads on across it."""
    kept: list[Token] = []
    n = 0
    while n < len(toks):
        if (
            toks[n][2] == "("
            and n + 3 < len(toks)
            and toks[n + 2][2] == ")"
            and toks[n + 1][2].isupper()
            and kept
            and kept[-1][2][:1].isupper()
            and toks[n + 3][2][:1].isupper()
        ):
            n += 3
            continue
        kept.append(toks[n])
        n += 1
    return kept


def _titled_role(run: list[Token], mention: Mention | None) -> Mention | None:
    """After "the", a phrase ending on a title is a role, though the word before the title
    is also a given name (``the Preston MP``): a name takes no article."""
    if mention is None or mention.kind != "name" or not run or not is_title(run[-1][2]):
        return mention
    if mention.role and mention.role.islower() and is_title(mention.role.split()[-1]):
        return mention  # "the economist Ann King": the article is the role noun's, the name whole
    role = " ".join(t[2] for t in run)
    return Mention(mention.start, mention.end, mention.text, "role", role=role)


def _role_of_body(text: str, toks: list[Token], body: Mention) -> Mention:
    """The holder of a role in a body, not the body, speaks (``the new leader of the House``,
    ``the chairman of the committee``): a role for the noun before "of", or somebody unnamed
    after "a" (``a member of the board``); ``body`` itself when no role noun heads it."""
    before = [t for t in toks if t[1] <= body.start]
    if before and before[-1][2].lower() == "the":
        before.pop()
    if len(before) < 2 or before[-1][2] != "of" or not before[-2][2].islower():
        return body
    if not is_title(before[-2][2]):  # "the chairman of", not "the roof of"
        return body
    n = len(before) - 1
    while n > 0 and before[n - 1][2].islower() and np_word(before[n - 1][2]):
        if before[n - 1][2] in _DETERMINERS:
            break
        n -= 1
    words = [t[2] for t in before[n : len(before) - 1]]
    determiner = before[n - 1][2].lower() if n > 0 else ""
    start = before[n][0]
    if determiner in _INDEFINITE_DETERMINERS:
        start = before[n - 1][0]
        return Mention(start, body.end, text[start : body.end], "phrase")
    return Mention(start, body.end, text[start : body.end], "role", role=" ".join(words))


#: nouns of a share of a group: the group's members speak (``most of the senators``), or a
#: poll does (``37 percent of voters say``); never people related to the group
_PARTITIVES = frozenset(
    {"percent", "cent", "majority", "minority", "plurality", "half", "third", "quarter"}
    | {"share", "proportion", "number", "none", "rest", "bulk", "handful", "dozens"}
    | {"hundreds", "thousands", "millions", "lot", "lots", "couple", "pair", "group"}
)
#: a relative clause opening after a comma: about the phrase before it, never its subject
_RELATIVE_AT = regex.compile(r"(?:who|whose|whom|which)\b", regex.IGNORECASE)
#: words before a common noun that open its phrase: "the family of", "But critics of"
_PHRASE_OPENERS = _OBJECT_OPENERS | {"and", "but", "yet", "so", "while", "as", "whose"}


_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: words that may follow the noun heading a phrase: where the phrase ends, not an object
_AFTER_HEAD = frozenset({"on", "of", "from", "by", "in", "at", "to", "for", "with", "that"})


def _text_noun_heads(toks: list[Token], i: int, determined: bool) -> bool:
    """Whether the word at ``i``, a text's noun that is also a speech verb, heads the phrase
    begun before it (``according to a pool report``, ``a campaign statement``), not a verb
    after its subject (``police report the road is shut``)."""
    word = toks[i][2]
    following = toks[i + 1][2] if i + 1 < len(toks) else ""
    return (
        i > 0
        and word.islower()
        and document_noun(word)
        and (determined or toks[i - 1][2].islower())
        and not (following[:1].isalpha() and following.lower() not in _AFTER_HEAD)
    )


#: a sentence opening on a full name and a comma (and an age set off), then an apposition
#: running on with no other comma, mark or bracket up to the phrase read as the subject
_APPOSED_UNCLOSED = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?\s)|(?<=\n))"
    r"(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'\-]+){1,2}),\s+(?:\d{1,3},\s+)?"
    r"(?P<apposition>(?:(?:the|a|an)\s+)?\p{Ll}[^,;:()\[\]\"“”\n.!?]*?)\s*$"
)


def _title_then_name(toks: list[Token], start: int) -> bool:
    """Whether capitalised words from ``start`` reach a title in title case and a name after it
    (``Harbour Board Chairman Tom Brell``) within a few words."""
    for k in range(start, min(len(toks) - 1, start + 5)):
        word = toks[k][2]
        if not word[:1].isupper():
            return False
        if is_title(word):
            following = toks[k + 1][2]
            return following[:1].isupper() and not is_title(following)
    return False


def _relation_of(text: str, toks: list[Token], named: Mention) -> Mention:
    """Other people than ``named`` when a common noun relates them to it and heads the phrase
    (``the family of Jo Ames``, ``Critics of the plan``, ``lawyers for Jo Ames``): somebody
    unnamed; ``named`` itself after a title (a role in a body is read before), a body's or a
    text's own noun (``the office of Jo Ames``, ``the text of the treaty``), a share of a group
    (``half of the board``) or a verb (``think of Jo Ames``)."""
    before = [t for t in toks if t[1] <= named.start]
    if before and before[-1][2].lower() in _OBJECT_OPENERS:
        before.pop()
    modifier = _post_modifier(before)
    if modifier:  # "a source familiar with the inquiry said": the source, whatever its noun
        before = before[: len(before) - modifier + 1]
    if len(before) < 2 or (before[-1][2] not in {"of", "for"} and not modifier):
        return named
    noun = before[-2][2].lower()
    if not modifier and (
        not np_word(noun)
        or is_title(noun)
        or noun in _HEAD_NOUNS
        or noun.removesuffix("s") in _HEAD_NOUNS
        or noun in _PARTITIVES
        or noun in NUMBER_WORDS
    ):
        return named
    n = len(before) - 2
    while n > 0 and before[n - 1][2].islower() and np_word(before[n - 1][2]):
        n -= 1
    opener = before[n - 1][2] if n > 0 else ""
    sentence_start = n == 0 or not opener[:1].isalnum()  # or after a comma, a dash
    if before[n][2][:1].isupper() and not sentence_start:
        return named  # "the Friends of the Earth": a name, read before
    if not (sentence_start or opener.lower() in _PHRASE_OPENERS):
        return named  # "think of Jo Ames": a verb's "of"
    start = before[n][0] if opener.lower() not in _OBJECT_OPENERS else before[n - 1][0]
    return Mention(start, named.end, text[start : named.end], "phrase")


#: adjectives and participles that follow a noun with their preposition and relate its people
#: to a name, a body or a text (``a source familiar with the inquiry``, ``aides close to Jo
#: Ames``, ``an official briefed on the report``): English news usage for unnamed sources
_POST_MODIFIERS = {
    "familiar": "with",
    "close": "to",
    "briefed": "on",
    "involved": "in",
    "knowledgeable": "about",
    "loyal": "to",
    "allied": "with",
    "aligned": "with",
    "connected": "to",
}
#: nouns that do the same after "with" (``people with knowledge of the talks``)
_WITH_NOUNS = {"knowledge": "of", "ties": "to", "links": "to", "access": "to"}


def _post_modifier(before: list[Token]) -> int:
    """How many words at the end of ``before`` relate the noun before them to what follows
    (``familiar with``: 2, ``with knowledge of``: 3), or 0."""
    words = [t[2].lower() for t in before[-4:]]
    if len(words) >= 3 and _POST_MODIFIERS.get(words[-2]) == words[-1]:
        return 2
    if len(words) >= 4 and words[-3] == "with" and _WITH_NOUNS.get(words[-2]) == words[-1]:
        return 3
    return 0


def _body_before_role(run: list[Token], describes: Callable[[str], bool]) -> list[Token]:
    """A phrase read through "of" or a title's "for" stays whole only when a role and a name
    follow (``Bank of Eastfield senior analyst Jo Smith``, ``Minister for Energy Jo Smith``);
    otherwise it ends there: a person's place after the name is no part of it (``Jo Smith of
    Valbourg``)."""
    of = next((n for n, t in enumerate(run) if t[2] in {"of", "for"}), None)
    if of is None:
        return run
    mention = split_name(run, "", describes)
    named_at = len(run) - len(mention.name.split()) if mention and mention.kind == "name" else 0
    if (
        named_at > of + 1
        and (
            is_title(run[of - 1][2])  # "Secretary of State Jo Smith"
            or any(t[2].islower() or is_title(t[2]) for t in run[of + 2 : named_at])
        )
    ):
        return run
    return run[:of]


def _named_next(toks: list[Token], at: int) -> bool:
    """Whether a given name and a capitalised word follow at ``at``: a person named after the
    noun before them (``skipper Tom Brell``)."""
    return (
        at + 1 < len(toks)
        and toks[at][2].lower() in FIRST_NAMES
        and toks[at][2][:1].isupper()
        and toks[at + 1][2][:1].isupper()
    )


def _opens_clause(before: str) -> bool:
    """Whether a pronoun after the word ``before`` opens a clause of its own (``and he``,
    ``Monday, she``, ``last week he``), not one that a verb or a noun governs (``said he``,
    ``rumors she``)."""
    lowered = before.lower()
    return lowered in _CLAUSE_OPENERS or before == "," or lowered in _TIME_WORDS


def _ends_subordinate_clause(word: str) -> bool:
    """Whether a word can end a clause that a nominative pronoun after it follows: a word in
    lower case, neither a verb of saying (``said he``) nor a comparison (``than he``)."""
    return word.isalpha() and word.islower() and word not in SPEECH_VERB_FORMS and word != "than"


def _capitalised_inside(toks: list[Token]) -> bool:
    """Whether the last token is capitalised inside a sentence: an auxiliary written so is a
    name (``…, Will described``)."""
    word, before = toks[-1][2], toks[-2][2] if len(toks) > 1 else ""
    return (
        word[:1].isupper()
        and (
            before == ","
            or before[:1].islower()
            or before[-1:] == MASK  # '"…," Will wrote'
            or (before[:1].isupper() and before.lower() in FIRST_NAMES)  # "Tom Will wrote"
        )
    )


def _verb_not_head(run: list[Token]) -> bool:
    """Whether the last word of a phrase with no determiner is a speech verb after a name rather
    than the noun heading it (``Pell states`` but ``the Pell report``, ``Pell's statement``,
    ``Pell's Facebook post``)."""
    last = run[-1][2]
    return (
        last in SPEECH_VERB_FORMS
        and (run[-2][2][:1].isupper() or run[-2][2][:1].isdigit())  # "Article 12 states"
        and not any(_APOSTROPHE.search(t[2]) for t in run[-3:-1])
    )


def np_before(text: str, end: int) -> Mention | None:
    """The speaker phrase ending at ``end`` in ``text`` (see :meth:`Grammar.np_before`)."""
    return Grammar(text).np_before(end)


def np_after(text: str, start: int) -> Mention | None:
    """The speaker phrase starting at ``start`` in ``text`` (see :meth:`Grammar.np_after`)."""
    return Grammar(text).np_after(start)
