"""Cues: which speech verbs attribute a quote, and who does the speaking of each.

A speech-verb form is a cue unless it is a noun (``port calls``, ``a Twitter comment``) or a
passive (``expected to be announced``). Its speaker is its subject: the noun phrase right before
it, a pronoun opening a coordinated clause (``when he brought it up and later said``), the
sentence's subject past an apposition, the name a ``who`` stands for; a participle (``saying``,
``calling it``) takes the subject of the clause it hangs on.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..models import Attribution
from ..quotes import MASK
from .grammar import INDEFINITE_PRONOUNS, PREPOSITIONS, SET_OFF, Grammar
from .phrases import RESOLVED, Mention
from .resolve import Resolver, adjusted
from .words import (
    ADDRESSEE_VERBS,
    AUXILIARIES,
    AUXILIARY_ADVERBS,
    DOCUMENT_NOUNS,
    DOCUMENT_PARTS,
    GENDERED,
    IRREGULAR_PASTS,
    NOUN_FORMS,
    ORG_WORDS,
    PARTICIPLES,
    PAST_FORMS,
    PERSONAL,
    PRONOUNS,
    SPEECH_VERB_FORMS,
    VerbMatch,
    bare,
    is_title,
    person_noun,
)

_COORDINATED = regex.compile(
    r"\b(?:and|but)\s+(?:\p{Ll}+ly\s+|(?:later|then|also|now|still|again|even)\s+)?$"
)
#: a noun of speech and who it came from: "comments from …", "claims by …", "a warning from …"
NOUN_FROM = regex.compile(r"\b(?P<noun>\p{Ll}+)\s+(?:from|by)\s+(?=\p{L})")
_RELATIVE_CLAUSE = regex.compile(r",\s*(who)\b[^,]*$")  # a clause still open at the verb
#: an adverbial set off by commas between a subject and its verb: "he, once again, promised",
#: "Ames, for her part, said"
_ASIDE_BEFORE = regex.compile(
    r"\s*,\s*(?:\p{Ll}+ly|(?:once\s+)?again|in\s+turn|however|too|also|though|meanwhile"
    r"|at\s+one\s+point|in\s+(?:response|return|reply)|for\s+(?:his|her|its|their)\s+part"
    # a participle or a place set off: "Others, reacting to the news, shouted", "The letter,
    # on company paper, demanded"
    r"|(?:\p{Ll}+(?:ing|ed)|on|in|at|from)\s[^,;:()" + MASK + r"]{3,80})"
    r"\s*,\s*$"
)
#: a verb taking another verb after "to": "started to call", "went on to say", "tried to explain"
_CATENATIVE = regex.compile(
    r"\b(?:\p{Ll}+ed|begins?|began|starts?|try|tries|wants?|seems?|continues?|go(?:es)? on"
    r"|went on|likes?|loves?)\s+to\s+$"  # "as Ames likes to say"
)
_TO_BEFORE = regex.compile(r"\s+to\s+$")
#: verbs whose object is the subject of the infinitive after it: "leading X to say", "prompted
#: X to declare" (English object control and causatives)
_CONTROL_VERB = regex.compile(
    r"\b(?:lead(?:s|ing)?|led|prompt(?:s|ed|ing)?|caus(?:es|ed|ing)|forc(?:es|ed|ing)"
    r"|push(?:es|ed|ing)|spur(?:s|red|ring)?|drive[ns]?|driving|drove|inspir(?:es|ed|ing)"
    r"|compel(?:s|led|ling)?|provok(?:es|ed|ing)|get(?:s|ting)?|got)\s+"
    r"(?:(?:[\p{L}\-’']+\s+){1,4}(?:like|such\s+as|including)\s+)?$"  # "advocates such as X"
)


def _object_of_control_verb(grammar: Grammar, sentence_start: int, to: int) -> Mention | None:
    """The object of a verb that makes someone speak, before ``to`` and the speech verb
    (``…, prompting advocates such as Jo Ames to reply that``, ``leading the mayor to say``)."""
    mention = grammar.np_before(to, subject=False)
    if mention is None or mention.start <= sentence_start:
        return None
    reach = max(sentence_start, mention.start - 60)
    if not _CONTROL_VERB.search(grammar.text, reach, mention.start):
        return None
    return mention


#: a gerund of saying after the object of a verb of judging: "accused X of calling", "praised
#: X for saying"
_GERUND_OF = regex.compile(r"(?<=\p{L})\s+(?:of|for)\s+$")
_DETERMINER_AHEAD = regex.compile(r"(?:a|an|the|one|another|two|three|several|some)\s")
#: the start of the last clause joined to the sentence before a verb: ", but", "; and", or
#: a subordinate one ("… was on the pier when a crew member suggested")
_CLAUSE_START = regex.compile(
    r"(?:[,;]\s+(?:but|and|while|whereas|yet)"
    r"|\s(?:when|while|after|before|because|since|until|once|as|although|though))\s+(?=[^,;]*$)"
)
#: what may stand between a common noun phrase and its verb: a few words
#: ("familiar with the talks", "close to Ames"), no punctuation
_PHRASE_TO_VERB = regex.compile(r"(?:\s+[\p{L}\p{N}][\p{L}\p{N}’'\-]*){0,8}\s*")
#: words that open a clause of its own between a noun phrase and a verb
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "when", "if", "as"})
_ENDS_IN_COMMA = regex.compile(r",\s*$")
_OBJECT_OF_PREPOSITION = regex.compile(r"\b(?:to|for|on)\s+(?:the\s+)?$", regex.IGNORECASE)
#: the words that tie a name to the noun before it as its complement, not its subject
#: ("a source close to Ames", "an aide speaking to reporters from Acme", "people familiar
#: with the talks")
_COMPLEMENT_BEFORE = regex.compile(
    r"\b(?:close|closest|near|familiar|loyal|allied|aligned|opposed|sympathetic|friendly"
    r"|\p{Ll}+ing)\s+(?:to|with)\s+(?:the\s+)?$"
)
_PERSON_NOUN_JOINED = regex.compile(r"\b(\p{L}\p{Ll}+)\s+(?:for|to|of)\s+(?:the\s+)?$")
_GROUP_OF = regex.compile(r"\b(\p{L}\p{Ll}{2,}[^s\W]s)\s+(?:of|in|from|across|at)\s+(?:the\s+)?$")
_QUOTED_AS = regex.compile(r"\bquoted\s+(?:(?P<object>[^,;:]{1,80}?)\s+)?as\s+$")
_TO_BEFORE = regex.compile(r"\bto\s+$", regex.IGNORECASE)
_PERFECT_PARTICIPLE = regex.compile(r"\bhaving\s+$", regex.IGNORECASE)  # "…, having called it"
_SUBJECT_PRONOUNS = frozenset({"who", "he", "she", "they", "it", "i", "we"})
#: verbs of refusing before "to": what follows was not said ("declined to comment")
_REFUSALS = frozenset({"declined", "declines", "decline", "refused", "refuses", "refuse"})
_BE = frozenset({"be", "been", "being", "was", "were", "is", "are"})
#: what opens a clause before its subject: a comma, a colon, "and", "but"
_CLAUSE_JOINT = regex.compile(r"(?:[,;:]|\band|\bbut)\s*$")
#: determiners after which a verb form is an adjective or a noun, never a finite verb
_ATTRIBUTIVE_BEFORE = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "my", "our", "your"}
)
#: a verb of holding or showing before a text, whose words are the text's, not the holder's
#: ("held up a sign saying", "wore a shirt reading")
_HELD_BEFORE = regex.compile(
    r"\b(?:held|holding|holds|carried|carrying|carries|waved|waving|wore|wearing|displayed"
    r"|displaying|hoisted)(?:\s+up)?\s+(?:a|an|the|his|her|their)\s+(?:\p{Ll}+\s+)?$"
)
#: "with" opening an absolute phrase, its subject next ("with many marchers chanting")
#: a relative clause of place with a subject of its own, running up to a participle's comma
_WHERE_CLAUSE = regex.compile(r"\bwhere\s+(?=[^,;:—–()" + MASK + r"]+,\s*$)")
_WITH_BEFORE = regex.compile(r"\bwith\s+(?:\p{Ll}+\s+){0,4}$")
#: a relative clause on a person closing right before the participle: ", who accepted, saying"
_WHO_CLAUSE = regex.compile(r",\s*(who)\s+(?=[^,;:—–()" + MASK + r"]+,\s*$)")
#: a plural common noun: a subject a verb's base form agrees with ("voters say")
_PLURAL_NOUN = regex.compile(r"\p{Ll}{2,}[^su\W]s")
_SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "each", "every", "one", "this", "that"})
_TENSE_AUXILIARIES = frozenset(
    {"has", "have", "had", "will", "would", "can", "could", "may", "might", "did", "does"}
)
_IMPERSONAL = frozenset({"it", "they"})
_POSSESSIVE = regex.compile(r"\p{L}[’']s$|s[’']$")
#: words whose 's is a verb ("he's said", "it's claimed"), not a possessive
_CONTRACTED = PRONOUNS | {"that", "there", "here", "who", "what", "where", "let"}
NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that"})
#: a participle after an earlier quote of its sentence ("…," he said, promising "…") takes
#: that quote's speaker with this confidence; one whose clause opens on a pronoun or a subject
#: phrase, this one
PARTICIPLE_AFTER_QUOTE = 0.8
#: a verb of saying followed, after a word or two of when, by the clause it reports
_REPORTS_CLAUSE = regex.compile(r"(?:\s+\p{L}+){0,2}?\s+that\b")
PARTICIPLE_CLAUSE_SUBJECT = 0.7


def not_a_cue(grammar: Grammar, sentence_start: int, verb: VerbMatch) -> bool:
    """A speech-verb form that attributes nothing: a noun (``port calls``, ``a Twitter
    comment``) or a passive (``expected to be announced``)."""
    previous: list[str] = []  # the two words before the verb, adverbs passed over
    toks = grammar.tokens(sentence_start, verb.start())
    for n in range(len(toks) - 1, -1, -1):
        word = toks[n][2]
        adverb = word.endswith("ly") and word.islower()
        if adverb and n == len(toks) - 1 > 0 and toks[n - 1][2].lower() in _ATTRIBUTIVE_BEFORE:
            adverb = False  # a noun after its determiner: "the family suggested", "a rally"
        if not adverb:
            previous.insert(0, word)
            if len(previous) == 2:
                break
    if not previous:
        return False
    last = previous[-1]
    if verb.group().lower() == "wonder" and last.lower() in {"no", "small", "little"}:
        return True  # "No wonder Ames said …": an idiom, no one wondering
    if last.lower() == "to" and len(previous) > 1 and previous[-2].lower() in _REFUSALS:
        return True  # "declined to comment": nothing said
    passive = last.lower() in _BE or (  # "was once dubbed", "is also called"
        len(previous) > 1 and previous[-2].lower() in _BE and last.lower() in AUXILIARY_ADVERBS
    )
    if passive and verb.group().lower() not in NOUN_FORMS | PARTICIPLES:
        return True  # a passive: "was called", "is said"
    if last.lower() in AUXILIARIES or last.lower() == "to":
        return False  # "could quip", "to say"
    if last.lower() == "which" and previous[0] == ",":
        return False  # "the report, which notes": the relative clause's verb
    if last.lower() in _ATTRIBUTIVE_BEFORE:
        return True  # "his proposed expansion", "the stated aim": an adjective or a noun
    if _POSSESSIVE.search(last) and bare(last) not in _CONTRACTED:
        return True  # "Ames's comments", "the mayor’s claim": a noun after a possessive
    if verb.group().lower() not in NOUN_FORMS:
        return False
    if any(w[:1].isdigit() for w in previous):  # "22 Ames emails", not "Article 12 states"
        return not (len(previous) > 1 and previous[-2].lower() in DOCUMENT_PARTS)
    if (
        len(previous) > 1
        and _POSSESSIVE.search(previous[-2])
        and bare(previous[-2]) not in _CONTRACTED
        and last.lower() not in ORG_WORDS  # "the Sheriff's Office explains": a body's verb
        and not verb.group().lower().endswith("s")
    ):
        return True  # "Ames’s Facebook post": a noun owned, a platform's name between
    if last.lower() in DOCUMENT_NOUNS:  # "the lawsuit alleges", "the report states"
        return False
    if last[:1].islower() and last not in AUXILIARIES and last.lower() not in _SUBJECT_PRONOUNS:
        if (
            _PLURAL_NOUN.fullmatch(last)
            and SPEECH_VERB_FORMS.get(verb.group().lower()) == verb.group().lower()
            and not (len(previous) > 1 and previous[-2].lower() in _SINGULAR_DETERMINERS)
        ):
            return False  # a plural subject and its verb: "voters say", "critics argue"
        # "port calls", "a tax cut in": a noun, unless the word before names a person
        # ("her husband cut in", "the spokesman comments")
        return not (is_title(last) or last.lower() in GENDERED)
    return any(w.lower() in NOUN_DETERMINERS for w in previous)


def after_possessive(grammar: Grammar, start: int, verb: VerbMatch) -> bool:
    """Whether a speech-verb form stands right after a possessive (``Vogt’s call``, ``the
    mayor’s claim``): a noun, which nothing could make a verb."""
    before = grammar.tokens(start, verb.start())[-1:]
    return (
        bool(before)
        and bool(_POSSESSIVE.search(before[0][2]))
        and bare(before[0][2]) not in _CONTRACTED
    )


def cues(resolver: Resolver, start: int, end: int, participles: bool = True) -> list[VerbMatch]:
    """The speech verbs in ``masked[start:end]`` that attribute (no noun such as "a comment",
    no passive), participles only when asked for."""
    return [
        v
        for v in resolver.verbs_in(start, end)
        if (participles or v.group() not in PARTICIPLES)
        and not not_a_cue(resolver.grammar, start, v)
    ]


#: a past participle and ``by`` right before a noun phrase: the phrase is the agent of the
#: participle that describes the noun before it (``a report commissioned by the council``,
#: ``an email seen by Reuters``), never the subject of the verb after it
_AGENT_OF_PARTICIPLE = regex.compile(
    r"(?<=\p{L}\s)(?:\p{Ll}{3,}ed|\p{Ll}{2,}en|seen|made|written|drawn|given|taken|shown|known"
    r"|held|led|sent|read|paid|brought|built|found|heard|kept|left|told|sold|won)"
    r"\s+by\s+(?:[Tt]he\s+)?$"
)


#: someone unnamed and where they are, right before the verb: "someone in the audience", "a
#: woman in the crowd", "one man outside the court", "several people in the audience"
_PLACED_PERSON = regex.compile(
    r"\b(?P<head>(?i:someone|somebody)|(?i:a|an|one|another|several|some|many|a\s+few|two|three"
    r"|dozens\s+of|hundreds\s+of)\s+(?:\p{Ll}+\s+)?\p{Ll}+)"
    r"\s+(?:in|from|at|among|near|outside|on)\s+(?P<place>(?:the|a|an)\s+"
    # a place, not a time: "some residents at the time called it …"
    r"(?!(?:time|moment|weekend|end|start|beginning|height)\b)(?:\p{Ll}+\s+)?\p{Ll}+)"
    r"\s+$"
)


#: what closes a name set off after a role before the words: a comma or a colon
_COMMA_OR_COLON = regex.compile(r"\s*[,:]")


#: a verb in the past and the first words of its object, right before a noun phrase: "thanked
#: a local ", "mocked "
_PAST_THEN_OBJECT = regex.compile(
    r"\b(?P<verb>\p{Ll}{2,}ed|" + "|".join(sorted(IRREGULAR_PASTS)) + r")\s+"
    r"(?:(?:the|a|an|his|her|their|its|our|my|several|some|two|three)\s+)?(?:[\p{Ll}\-]+\s+){0,2}$"
)
_COMMA_BEFORE_VERB = regex.compile(r",\s*$")
_LOWER_WORD_AFTER = regex.compile(r"\s+\p{Ll}")


def _subject_of_listed_verbs(
    grammar: Grammar, sentence_start: int, verb: VerbMatch
) -> Mention | None:
    """The subject of a list of verbs in the past (``Ames thanked Tom Brell, called the strike
    "…" and left``): the one that opens the sentence, not the object of the verb before the
    comma; None when no such object stands before a comma and the verb."""
    text = grammar.text
    comma = _COMMA_BEFORE_VERB.search(text, sentence_start, verb.start())
    if comma is None or not _LOWER_WORD_AFTER.match(text, verb.end()):  # not "…, said Ann King"
        return None
    listed = grammar.np_before(comma.start(), subject=False)
    if listed is None or listed.end != comma.start():
        return None
    past = _PAST_THEN_OBJECT.search(text, max(sentence_start, listed.start - 40), listed.start)
    if past is None:
        return None
    subject = grammar.sentence_subject(sentence_start, past.start())
    if subject is None or subject.kind not in {"name", "pronoun", "organisation", "role"}:
        return None
    return subject if subject.end <= past.start() else None


def subject_of(grammar: Grammar, verb: VerbMatch, sentence_start: int) -> Mention | None:
    """Who does the speaking of ``verb``, a finite speech verb in the sentence."""
    text = grammar.text
    if verb.group()[:1].isupper():  # a sentence opening on its cue: "Said Okafor: …"
        found = grammar.np_after(verb.end() + 1)
        # "Added the harbour master, Tom Brell: …": the name set off after the role
        named = found and grammar.named_in_apposition(found, len(text), _COMMA_OR_COLON)
        return named or found
    if _ADVERB_INVERTS.fullmatch(text, sentence_start, verb.start()):
        inverted = grammar.np_after(verb.end() + 1)  # "Then explained moderator Jo Baker: …"
        if inverted is not None and inverted.kind in {"name", "organisation"}:
            return inverted if SET_OFF.match(text, inverted.end) else None
    if (listed := _subject_of_listed_verbs(grammar, sentence_start, verb)) is not None:
        return listed
    mention = grammar.np_before(verb.start() - 1)
    if mention is not None and (
        by := _AGENT_OF_PARTICIPLE.search(
            text, max(sentence_start, mention.start - 40), mention.start
        )
    ):  # "A memo seen by the Gazette says": the memo says it, not the Gazette
        mention = grammar.np_before(by.start() - 1)
        if mention is None or mention.start < sentence_start:
            return None
    if mention is None and (aside := _ASIDE_BEFORE.search(text, sentence_start, verb.start())):
        mention = grammar.np_before(aside.start())  # "and he, once again, promised"
        if mention is not None and not (
            mention.kind in {"name", "pronoun", "organisation", "document"}
            or mention.text.lower() in INDEFINITE_PRONOUNS
        ):
            mention = None
    if mention is None and (to := _TO_BEFORE.search(text, sentence_start, verb.start())):
        mention = _object_of_control_verb(grammar, sentence_start, to.start())
    if mention is None and (catenative := _CATENATIVE.search(text, sentence_start, verb.start())):
        mention = grammar.np_before(catenative.start())  # "officials started to call it"
    placed = _PLACED_PERSON.search(text, max(sentence_start, verb.start() - 80), verb.start())
    if placed is not None and (mention is None or mention.start >= placed.start("place")):
        head = placed.group("head").split()[-1].lower()
        if head in {"someone", "somebody", "people"} or person_noun(head):
            # "When someone on the quay shouted", "a woman in the crowd called out"
            mention = Mention(placed.start(), placed.end("place"), placed.group().strip(), "phrase")
    if mention is not None and (poll := _poll_of_share(grammar, sentence_start, mention)):
        return poll
    if (
        mention is not None
        and mention.kind == "phrase"
        and _PREPOSITION_BEFORE.search(text, max(sentence_start, mention.start - 40), mention.start)
    ):
        mention = None  # "… but in a radio talk later said": a preposition's object, no subject
    if (
        mention is not None
        and mention.kind == "name"
        and _PREPOSITION_BEFORE.search(text, max(sentence_start, mention.start - 40), mention.start)
        and (who := _WHO.search(text, sentence_start, mention.start)) is not None
        and (subject := grammar.sentence_subject(sentence_start, who.start())) is not None
        and subject.kind == "name"
    ):
        return subject  # "Tom Brell who lives on Mill Lane said": the place is the clause's
    if mention is not None and mention.kind in {"phrase", "role"}:
        mention = (
            grammar.unclosed_apposition_subject(
                sentence_start, verb.start(), role=mention.kind == "role"
            )
            or mention
        )
    if mention is not None and mention.start >= sentence_start:
        close = _COMPLEMENT_BEFORE.search(text, sentence_start, mention.start)
        if mention.kind in {"name", "organisation", "role"} and (
            close
            or (mention.kind != "organisation" and someone_of(text, sentence_start, mention.start))
        ):  # the object in a phrase that modifies the subject: "a source close to Ames said"
            phrase = grammar.sentence_subject(sentence_start, mention.start, phrase=True)
            if (
                phrase is not None
                and phrase.kind in {"phrase", "role"}
                and _long_subject(grammar, phrase.start, verb)
            ):
                return phrase
            if mention.kind == "role" or (close and phrase is None):
                # "a source close to the mayor said", "Those close to Ames say": nobody the
                # article names (a spokesman for Ames speaks for Ames: the name stays)
                start = phrase.start if phrase is not None else _clause_start(text, sentence_start)
                return Mention(start, mention.end, text[start : mention.end], "phrase")
        return mention
    if (inverted := inverted_subject(grammar, verb, sentence_start)) is not None:
        return inverted
    if (expletive := _EXPLETIVE_THAT.match(text, sentence_start, verb.start())) and (
        clause_subject := _that_clause_subject(grammar, expletive.end(), verb)
    ):  # "It has become so common that Ames during a rally thanked …": the clause's subject
        return clause_subject
    if (relative := _relative_subject(grammar, sentence_start, verb)) is not None:
        return relative
    if _COORDINATED.search(text, sentence_start, verb.start()):
        pronoun = grammar.nearest_pronoun(sentence_start, verb.start())
        if pronoun is not None:  # "when he brought up X and later said"
            return pronoun
        if (clause := _object_relative_subject(grammar, sentence_start, verb)) is not None:
            return clause  # "the pact, which Ames labelled a "…" and vowed to "…""
        # a second verb of the subject of the clause joined on before it ("X stayed away, and the
        # League criticised the plan and said"), or of the sentence's subject ("She praised the
        # staff of X, but admitted")
        joined = list(_JOINED_CLAUSE.finditer(text, sentence_start, verb.start()))
        if joined and (subject := grammar.sentence_subject(joined[-1].end(), verb.start())):
            return subject
        if (subject := grammar.sentence_subject(sentence_start, verb.start())) is not None:
            return subject
    subject = grammar.sentence_subject(sentence_start, verb.start())
    if subject is not None and subject.kind == "document":
        return subject
    apposed = grammar.apposition_subject(sentence_start, verb.start())
    if apposed is not None and not _object_of_complement(text, sentence_start, apposed):
        subject = apposed  # not "An aide to Ames, who …, said": the aide speaks
    if (
        subject is not None
        and subject.kind == "name"
        and (group := _group_in_place(grammar, sentence_start, subject))
    ):
        return group  # "Homeowners in Mill Lane, Eastfield, said": the homeowners
    if subject is not None and (who := _RELATIVE_CLAUSE.search(text, subject.end, verb.start())):
        return Mention(who.start(1), who.end(1), who.group(1), "relative")  # "Ames, who has said"
    clause = _CLAUSE_START.search(text, sentence_start, verb.start())
    if (
        clause is not None
        and _DETERMINER_AHEAD.match(text, clause.end())
        and (phrase := _long_subject(grammar, clause.end(), verb))
    ):
        return phrase  # the subject of a clause joined on: "…, but a source close to Ames said"
    if subject is None:  # a long common noun phrase: "Another source close to the talks said"
        phrase = grammar.sentence_subject(sentence_start, verb.start(), phrase=True)
        if phrase is not None and (
            _long_subject(grammar, phrase.start, verb)
            or _CLOSED_RELATIVE.fullmatch(text, phrase.end, verb.start())
        ):  # "The 24-year-old, who joined in May, said"
            return phrase
    return subject


#: a relative clause about a person set off by commas, right before the verb
_CLOSED_RELATIVE = regex.compile(r",\s*(?:who|whose)\s[^,;:" + MASK + r"]+,\s*")


#: a share of the people asked, right before the group it counts ("37 percent of", "six in 10",
#: "31% of Republicans and")
_SHARE_OF = regex.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|\b\d+\s+in\s+\d+|\bmajority|\bhalf"
    r"|\bthird|\btwo-thirds|\bquarter)\s+of\s+(?:the\s+)?(?:[\p{L}\-]+\s+and\s+)?$",
    regex.IGNORECASE,
)
#: a relative clause about a person opening
_WHO = regex.compile(r"\bwho\b")
#: a preposition and the words opening its noun phrase, right before that phrase's noun
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:in|on|at|during|after|before|with|from|into|over|under|about|through|without"
    r"|despite)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\p{Ll}\-]+\s+){0,2}$"
)
_POLL = regex.compile(r"\b(?:poll|survey)\b", regex.IGNORECASE)


def _poll_of_share(grammar: Grammar, sentence_start: int, mention: Mention) -> Mention | None:
    """The poll a sentence names before a share of its respondents who "say" something (``The
    Gazette poll finds that 37 percent of voters say …``, ``In a Gazette poll, 75 percent of
    voters said …``): the poll reports the words, not the group."""
    text = grammar.text
    window = max(sentence_start, mention.start - 30)
    if text.find(" of ", window, mention.start) == -1 or not _SHARE_OF.search(
        text, window, mention.start
    ):
        return None
    polls = list(_POLL.finditer(text, sentence_start, mention.start))
    if not polls:
        return None
    poll = grammar.np_before(polls[-1].end())
    return poll if poll is not None and poll.kind == "document" else None


#: a sentence opening on an expletive "it" whose real subject is a clause after "that"
_EXPLETIVE_THAT = regex.compile(
    r"\s*(?:\p{Lu}\p{Ll}*,?\s+)?(?:It|it)(?:[’']s|\s+(?:is|was|has|had|seems|seemed))\b"
    r"[^,;:" + MASK + r"]{0,80}?\s(?:that|whether)\s+"
)


#: an adverb opening a sentence whose verb comes before its subject ("Then added Jo Baker:")
_ADVERB_INVERTS = regex.compile(r"\s*(?i:then|later|also|so|thus|finally|and)\s+")


def someone_of(text: str, start: int, end: int) -> bool:
    """Whether a person noun and ``for``, ``to`` or ``of`` stand right before ``end``: the
    name after them is whom the speaker works for or is related to (``a spokeswoman for Jo
    Ames``, ``an aide to Sen. Jo Ames``, ``a lawyer for the Ames family``), not the speaker;
    or a plural noun and a preposition of place or belonging: the name says which of them
    speak (``residents of Eastfield``, ``relatives in Norway``, ``supporters of Ames``)."""
    m = _PERSON_NOUN_JOINED.search(text, start, end)
    if m is not None and person_noun(m.group(1).lower()):  # "a spokeswoman for", "Aides to"
        return True
    group = _GROUP_OF.search(text, start, end)
    return group is not None and group.group(1).lower() not in SPEECH_VERB_FORMS


def _clause_start(text: str, sentence_start: int) -> int:
    """Where the sentence's first word starts, past spaces and opening marks."""
    return (
        sentence_start + len(text[sentence_start:]) - len(text[sentence_start:].lstrip(" \n\"“‘'("))
    )


def _object_of_complement(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether a name or a role is the object of what qualifies the subject before it (``a
    source close to Ames``, ``an aide to the mayor``, ``residents of Eastfield``), not the
    subject."""
    return mention.kind in {"name", "role"} and bool(
        _COMPLEMENT_BEFORE.search(text, sentence_start, mention.start)
        or someone_of(text, sentence_start, mention.start)
    )


def _group_in_place(grammar: Grammar, sentence_start: int, mention: Mention) -> Mention | None:
    """The people a plural noun names when a place and its town follow it before the verb
    (``Homeowners in Mill Lane, Eastfield, said``): the town is set off after the place."""
    text = grammar.text
    comma = text.rfind(",", sentence_start, mention.start)
    if comma < 0 or text[comma + 1 : mention.start].strip():
        return None
    place = grammar.np_before(comma)
    if place is None or place.kind != "name" or not someone_of(text, sentence_start, place.start):
        return None
    phrase = grammar.sentence_subject(sentence_start, place.start, phrase=True)
    return phrase if phrase is not None and phrase.kind in {"phrase", "role"} else None


def _long_subject(grammar: Grammar, start: int, verb: VerbMatch) -> Mention | None:
    """The noun phrase at ``start`` when only a few more words (no verb, no clause) stand
    between it and ``verb``: "a person familiar with the talks said"."""
    text = grammar.text
    phrase = grammar.np_after(start)
    if phrase is None or not _PHRASE_TO_VERB.fullmatch(text, phrase.end, verb.start()):
        return None
    gap = [w.lower() for w in text[phrase.end : verb.start()].split()]
    while gap and gap[-1] in _TENSE_AUXILIARIES:
        gap.pop()  # the verb's own auxiliary: "a source close to the talks has said"
    # "that" after a preposition points, it opens no clause: "Ames at that time condemned"
    gap = [w for n, w in enumerate(gap) if not (w == "that" and n and gap[n - 1] in PREPOSITIONS)]
    return None if set(gap) & (AUXILIARIES | PRONOUNS | _CLAUSE_WORDS) else phrase


def _that_clause_subject(grammar: Grammar, start: int, verb: VerbMatch) -> Mention | None:
    """The subject of the clause at ``start`` that ``verb`` belongs to, as its first verb or a
    second one joined by "and" (``that Ames thanked the crews "…" and called …``)."""
    if _COORDINATED.search(grammar.text, start, verb.start()):
        mention = grammar.np_after(start)
        return mention if mention is not None and mention.kind in RESOLVED else None
    return _long_subject(grammar, start, verb)


#: a relative clause still open at the verb: "a move that Ames at the time condemned as",
#: "Ames, who in a letter called"
_RELATIVE_OPEN = regex.compile(r"\b(that|which|whom|who)\s+(?=[^,;:" + MASK + r"]*$)", regex.I)
#: a preposition's phrase or an adverb, and nothing else, between a relative pronoun and the
#: verb it is the subject of: "who in a letter to members called", "who later said"
_ADVERBIAL_GAP = regex.compile(
    r"(?:(?:in|at|on|during|after|before|with|from|over|by|through)\s+(?:[\p{L}\p{N}’'\-]+\s+)"
    r"{1,5}?|\p{Ll}+ly\s+|(?:later|then|also|again|once|first)\s+)+"
)


#: a relative pronoun that is the object of its clause, the clause's subject after it
_OBJECT_RELATIVE = regex.compile(r"\b(?:which|whom)\s+(?=\p{Lu})")


def _object_relative_subject(
    grammar: Grammar, sentence_start: int, verb: VerbMatch
) -> Mention | None:
    """The named subject of the object relative clause (``which``, ``whom``) a coordinated verb
    goes on (``the pact, which Ames labelled a "…" and vowed to "…"``): the clause's subject,
    not the sentence's."""
    text = grammar.text
    opened = list(_OBJECT_RELATIVE.finditer(text, sentence_start, verb.start()))
    if not opened:
        return None
    subject = grammar.np_after(opened[-1].end())
    if subject is None or subject.kind not in {"name", "organisation"}:
        return None
    return subject if not _PUNCTUATION_OUTSIDE.search(text, subject.end, verb.start()) else None


#: a clause joined on with its own subject: ", and the …", "; but …"
_JOINED_CLAUSE = regex.compile(r"[,;]\s+(?:and|but)\s+(?=(?:the|a|an|\p{Lu}))")
#: a comma, a semicolon or a colon outside quoted words: the relative clause may have closed
_PUNCTUATION_OUTSIDE = regex.compile(r"(?<!" + MASK + r")[,;:]")


def _relative_subject(grammar: Grammar, sentence_start: int, verb: VerbMatch) -> Mention | None:
    """Who speaks in a relative clause when a phrase stands between its subject and the verb:
    the clause's own named subject (``a protest that Ames at the time condemned as``), or its
    pronoun when that is the subject (``Ames, who in a letter called``)."""
    text = grammar.text
    relative = _RELATIVE_OPEN.search(text, sentence_start, verb.start())
    if relative is None:
        return None
    if relative.group(1).lower() == "who":
        if not _ADVERBIAL_GAP.fullmatch(text, relative.end(), verb.start()):
            return None
        gap = set(text[relative.end() : verb.start()].lower().split())
        if gap & (AUXILIARIES | PRONOUNS | _CLAUSE_WORDS):
            return None
        return Mention(relative.start(1), relative.end(1), relative.group(1), "relative")
    subject = _long_subject(grammar, relative.end(), verb)
    return subject if subject is not None and subject.kind in {"name", "organisation"} else None


def inverted_subject(grammar: Grammar, verb: VerbMatch, sentence_start: int) -> Mention | None:
    """The subject after a speech verb set off by a comma (``The trouble, says Jo Smith, a
    historian, is …``), never the person a verb such as ``told`` addresses."""
    if not _ENDS_IN_COMMA.search(grammar.text, sentence_start, verb.start()):
        return None
    if SPEECH_VERB_FORMS[verb.group().lower()] in ADDRESSEE_VERBS or verb.group() in PARTICIPLES:
        return None
    if grammar.text[verb.end() : verb.end() + 1] != " ":
        return None  # "…, Ames said. Dr. Jo Smith …": the verb ends its clause
    mention = grammar.np_after(verb.end() + 1)
    if mention is None or mention.kind not in {"name", "organisation", "document"}:
        return None
    # set off itself ("says Jo Smith, a historian,"), not the subject of a reported clause
    # ("said Jo Smith has …")
    return mention if SET_OFF.match(grammar.text, mention.end) else None


_LEADING_CLAUSE = regex.compile(
    r"\s*(?:[\p{L}\p{N}’'\-]+\s+){0,3}?(?:after|before|while|when|since|upon|without|by)?\s*$",
    regex.IGNORECASE,
)


_CLAUSE_END = regex.compile(r",\s*|(?<=" + MASK + r")\s+(?!" + MASK + ")")


def _main_clause_subject(grammar: Grammar, verb: VerbMatch, sentence_start: int) -> Mention | None:
    """The subject of the main clause after a participle clause that opens the sentence
    (``Moments after insisting his knee was "fine," the striker limped off``)."""
    text = grammar.text
    if not _LEADING_CLAUSE.fullmatch(text, sentence_start, verb.start()):
        return None
    end = grammar.sentence_end(verb.end(), len(text))
    # the first comma or quote's end after which a subject opens the main clause: the leading
    # clause may run on (``Moments after calling it "nonsense," then resigning, Ames left``)
    for clause_end in _CLAUSE_END.finditer(text, verb.end(), end):
        mention = grammar.np_after(clause_end.end())
        if mention is not None:
            return mention if mention.kind in (*RESOLVED, "phrase") else None
    return None


def as_mentioned(attribution: Attribution, mention: Mention) -> Attribution:
    """The attribution with the words the article used (``she``, ``who``) as its mention."""
    return replace(
        attribution, mention=mention.text, mention_start=mention.start, mention_end=mention.end
    )


def resolve_in_sentence(
    resolver: Resolver,
    sentence_start: int,
    mention: Mention,
    cue: str | None,
    method: str,
    confidence: float,
) -> Attribution:
    """Resolve ``mention``; a pronoun inside a sentence that opens with a name is that name's
    (``Ames said that he …``, ``Dalton said Lee has "…," he said``), whoever was named in
    between."""
    grammar = resolver.grammar
    subject = (
        grammar.sentence_subject(sentence_start, mention.start)
        if mention.kind == "pronoun" and mention.start > sentence_start + 1
        else None
    )
    # he or she for the person the sentence opens with; it or they for its organisation or
    # document ("The Harbour Authority warned against what it called …")
    impersonal = mention.text.lower() in _IMPERSONAL
    if impersonal:
        subject = _as_body(subject)
    agrees = subject is not None and (
        # "Sentencing Tom Brell to six years, she said": not the man the clause names
        subject.kind == "name"
        and _PRONOUN_GENDER.get(mention.text.lower(), "")
        != _OTHER_GENDER.get(resolver.gender(subject) or "")
        if mention.text.lower() in PERSONAL
        else subject.kind in {"organisation", "document"} and impersonal
    )
    if (not agrees or subject.end > mention.start) and impersonal:
        # "The Water Board raised rates. In a statement, it said …": the body the sentence
        # before opens on
        subject = _as_body(_previous_subject(resolver, sentence_start))
        agrees = subject is not None and subject.kind in {"organisation", "document"}
    if not agrees or subject.end > mention.start:
        return resolver.resolve(mention, cue, method, confidence)
    found = resolver.resolve(subject, cue, *adjusted(method, confidence, "pronoun"))
    return as_mentioned(found, mention)


#: the gender a personal pronoun asks of its antecedent, and the one it rules out
_PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
_OTHER_GENDER = {"male": "female", "female": "male"}

#: an acronym: a body's name, never a person's ("HDA", "NATO", "UNICEF")
_ACRONYM = regex.compile(r"\p{Lu}{2,6}")


def _as_body(subject: Mention | None) -> Mention | None:
    """A subject that ``it`` can stand for: an acronym read as a name is a body's."""
    if subject is not None and subject.kind == "name" and _ACRONYM.fullmatch(subject.text):
        return Mention(subject.start, subject.end, subject.text, "organisation", subject.text)
    return subject


def _previous_subject(resolver: Resolver, sentence_start: int) -> Mention | None:
    """The subject of the sentence before the one at ``sentence_start``: in its paragraph, or
    the last of the paragraph before when it opens its own (news sets one sentence to a
    paragraph: "The Water Board lost its appeal. ¶ "…," it said")."""
    paragraph = resolver.paragraph_at(sentence_start)
    if paragraph is None:
        return None
    end = sentence_start - 1
    if paragraph.start >= end:
        paragraph = resolver.paragraph_before(paragraph.start)
        if paragraph is None:
            return None
        end = paragraph.end
    grammar = resolver.grammar
    start = grammar.sentence_start(paragraph.start, max(paragraph.start, end - 1))
    subject = grammar.sentence_subject(start, end)
    if subject is None and MASK in grammar.text[start : start + 3]:
        # a sentence opening on a quote: the source its cue names ('"…," the company said.')
        verbs = cues(resolver, start, end, participles=False)
        subject = grammar.np_before(verbs[0].start() - 1) if verbs else None
    return subject


#: a sentence opening on a subordinate clause set off by a comma ("Although she thanked them,
#: …", "While Ames spoke, …", "As Ames spoke, …"; an "As" clause may also frame the words after
#: it: "As Ames put it, the plan is …", see :func:`in_opening_clause`)
_SUBORDINATE_OPENING = regex.compile(
    r"(?:(?:And|But|Yet|So),?\s+)?"
    r"(?:(?<=\s)(?:when|while|after|before|because|although|though|since|once|until)"
    r"|When|While|After|Before|Because|Although|Though|Since|Once|Until|As)\s[^,;:"
    + MASK
    + r"]{3,120}?(?:,\s+(?=(?:the|a|an)\s|\p{Lu}|\p{Ll}+\s)"
    # or closed by a quote whose comma is inside its marks, a full name opening the main
    # clause right after it ('While Ames called it a "triumph," Ann King fixates on …')
    + r"|"
    + MASK
    + r"+\s+(?=\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}))"
)


def main_clause_start(text: str, sentence_start: int, end: int) -> int:
    """Where the sentence's main clause starts, past a subordinate clause opening it before
    ``end`` (``While Ames called it a "triumph," Ann King …``); the sentence's start if none."""
    opening = _SUBORDINATE_OPENING.match(text, sentence_start, end)
    return opening.end() if opening is not None else sentence_start


#: two words: a main clause of its own between a subordinate clause and a quote
_TWO_WORDS = regex.compile(r"\p{L}+\W+\p{L}+")
#: "as" meaning "while": its verb speaks with no object, or goes on (``As Ames spoke,``, ``As
#: she was speaking,``), where "As Ames said," gives what Ames said
_AS_WHILE = regex.compile(r"\b(?:spoke|speaks|talked|talks|(?:was|were|is|are)\s+\p{Ll}+ing)\s*,")


def in_opening_clause(grammar: Grammar, sentence_start: int, verb: VerbMatch, quote: int) -> bool:
    """Whether ``verb`` lies in a subordinate clause opening the sentence whose main clause
    has words of its own before the quote at ``quote`` (``As Ames spoke, the union was urging
    members against "…"``): the main clause, not the verb, says what the quote is."""
    opening = _SUBORDINATE_OPENING.match(grammar.text, sentence_start, quote)
    return (
        opening is not None
        and (  # "As Ames put it, the …" gives Ames's words; "As Ames spoke, …" is a time
            not grammar.text.startswith("As ", opening.start())
            or bool(_AS_WHILE.search(grammar.text, opening.start(), opening.end()))
        )
        and verb.end() <= opening.end()
        and opening.end() < quote
        and bool(_TWO_WORDS.search(grammar.text, opening.end(), quote))
    )


def surname_alone(resolver: Resolver, start: int, end: int) -> Mention | None:
    """A capitalised word that is otherwise a common word (``May``, ``From``, ``Read``), the
    only word in ``start:end``, when the article names someone in full with it as the family
    name (``"…," May said``)."""
    words = resolver.grammar.tokens(start, end)
    if len(words) != 1 or not words[0][2][:1].isupper():
        return None
    at, stop, word = words[0]
    return Mention(at, stop, word, "name") if resolver.known_surname(word) else None


def _surname_before(resolver: Resolver, verb: VerbMatch, sentence_start: int) -> Mention | None:
    """A known family name that is also a common word right before ``verb``, opening its
    clause (``May said …``, ``…, and Read told …``), where the grammar sees no name."""
    grammar = resolver.grammar
    text = grammar.text
    end = verb.start() - 1
    start = max(sentence_start, text.rfind(" ", max(sentence_start, end - 30), end) + 1)
    word = text[start:end]
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return None  # most verbs: no capitalised word right before them
    if grammar.np_before(end) is not None:
        return None  # a name the grammar reads: "Ames said"
    opens = start - sentence_start < 3 or _CLAUSE_JOINT.search(text, max(0, start - 6), start)
    return Mention(start, end, word, "name") if opens and resolver.known_surname(word) else None


def attribute_verb(
    resolver: Resolver,
    verb: VerbMatch,
    sentence_start: int,
    method: str,
    confidence: float,
    earlier: list[Attribution],
) -> Attribution | None:
    """The attribution a speech verb gives, or None when it has no subject to be found."""
    grammar = resolver.grammar
    cue = verb.group()
    if cue in PARTICIPLES or _PERFECT_PARTICIPLE.search(grammar.text, sentence_start, verb.start()):
        found = _participle_speaker(resolver, verb, sentence_start, method, confidence, earlier)
        gerund = _GERUND_OF.search(grammar.text, sentence_start, verb.start())
        accused = grammar.np_before(gerund.start(), subject=False) if gerund else None
        if found is None or accused is None or accused.kind != "name":
            return found
        # "scolded Romney for suggesting …", "accused X of calling it "…"": the words are the
        # one accused's, relayed by the subject, as annotated news counts them
        return relayed(found, resolver.resolve(accused, cue, method, confidence))
    mention = _surname_before(resolver, verb, sentence_start) or subject_of(
        grammar, verb, sentence_start
    )
    if mention is None:
        return None
    if mention.kind == "relative" and (
        antecedent := grammar.relative_antecedent(sentence_start, mention)
    ):
        if _object_of_complement(grammar.text, sentence_start, antecedent):
            # "A source close to Ames, who asked not to be named, said": the source
            head = grammar.sentence_subject(sentence_start, antecedent.start, phrase=True)
            if head is not None and head.kind in {"phrase", "role"}:
                antecedent = head
        found = resolver.resolve(antecedent, cue, *adjusted(method, confidence, "who"))
        return as_mentioned(found, mention)
    return resolve_in_sentence(resolver, sentence_start, mention, cue, method, confidence)


#: "by" after a passive verb, past the words it calls something ('labeled as a "hoax" by X'),
#: not a manner ("interjected by hitting Ames for …")
_BY = regex.compile(
    r"(?:(?:\s+as)?(?:\s+(?:a|an|the))?\s*" + MASK + r"+[.,!?]*" + MASK + r"*"
    # or an adverb and a time: "was read aloud on Monday by"
    r"|(?:\s+(?:aloud|out|publicly|formally|today|yesterday|(?:(?:on|last|this|early|late)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening"
    r"|night|week))){1,2})?"
    r"\s+by\s+(?!\p{Ll}+ing\b)"
)


def _participle_speaker(
    resolver: Resolver,
    verb: VerbMatch,
    sentence_start: int,
    method: str,
    confidence: float,
    earlier: list[Attribution],
) -> Attribution | None:
    """The speaker of a participle or a perfect of saying: the one it is said of, the phrase
    right before it, the speaker of the quote before, or the subject of the verb it hangs on."""
    grammar = resolver.grammar
    cue = verb.group()
    participle, lowered = adjusted(method, confidence, "participle")
    if (quoted := quoted_as(grammar, sentence_start, verb)) is not None:
        return resolve_in_sentence(resolver, sentence_start, quoted, cue, method, confidence)
    direct = grammar.np_before(verb.start() - 1)
    if (
        direct is not None
        and direct.start >= sentence_start
        and direct.kind in RESOLVED
        and not (  # "issued a statement saying": the issuer speaks; "held a sign saying": the sign
            direct.kind == "document"
            and not _HELD_BEFORE.search(
                grammar.text, max(sentence_start, direct.start - 30), direct.start
            )
        )
        and not _OBJECT_OF_PREPOSITION.search(grammar.text, sentence_start, direct.start)
    ):  # "wrote to Wired explaining": Wired is no subject
        return resolver.resolve(direct, cue, participle, lowered)
    if (
        direct is not None
        and direct.start >= sentence_start
        and direct.kind == "phrase"
        and _WITH_BEFORE.search(grammar.text, max(sentence_start, direct.start - 40), direct.start)
    ):  # "… had gathered, with many marchers chanting "…"": people nobody names
        return resolver.resolve(direct, cue, participle, lowered)
    if (where := _WHERE_CLAUSE.search(grammar.text, sentence_start, verb.start())) is not None:
        # "… the pier, where some 40 dockers had met, chanting "…"": the participle
        # is the clause's own subject's, not the sentence's
        subject = grammar.np_after(where.end())
        if subject is not None and subject.kind in (*RESOLVED, "phrase"):
            return resolver.resolve(subject, cue, participle, lowered)
    if (
        who := _WHO_CLAUSE.search(grammar.text, sentence_start, verb.start())
    ) is not None and not cues(
        resolver, sentence_start, who.start(), participles=False
    ):  # "… extended the invitation to Lucie Marchand, who accepted, saying "…"": the clause
        # that closes right before the participle is its subject's, unless the main clause
        # already reports speech ("weighed in on X's aide, who …, calling it …": the weigher's)
        relative = Mention(who.start(1), who.end(1), "who", "relative")
        antecedent = grammar.relative_antecedent(sentence_start, relative)
        if antecedent is not None and antecedent.kind == "name":
            return resolver.resolve(antecedent, cue, participle, lowered)
    # "…," he said, promising "…"; not the owner of words a claim gives ("dismissed claims
    # from X that …, saying"): the participle is the reacting subject's
    speaking = [e for e in earlier if not (e.method or "").startswith("before+claim")]
    if speaking:
        return replace(speaking[-1], cue=cue, method=participle, confidence=PARTICIPLE_AFTER_QUOTE)
    # the finite verb a participle hangs on is in its own clause, not in a subordinate one
    # opening the sentence ("Although he thanked them, he sounded a note, saying …")
    opening = _SUBORDINATE_OPENING.match(grammar.text, sentence_start, verb.start())
    finite = [
        v
        for v in cues(
            resolver,
            opening.end() if opening else sentence_start,
            verb.start(),
            participles=False,
        )
        if not _TO_BEFORE.search(grammar.text, sentence_start, v.start())  # "to explain"
    ]
    pronoun = grammar.nearest_pronoun(sentence_start, verb.start())
    if finite and (pronoun is None or pronoun.start < finite[-1].start()):
        # the verb that reports the rest ("X said Wednesday that Y rejected it, calling it
        # …"), not a verb inside what it reports
        anchor = next(
            (v for v in finite[:-1] if _REPORTS_CLAUSE.match(grammar.text, v.end())), finite[-1]
        )
        return attribute_verb(resolver, anchor, sentence_start, participle, lowered, [])
    if (main := _main_clause_subject(grammar, verb, sentence_start)) is not None:
        return resolver.resolve(main, cue, participle, lowered)
    subject = pronoun or (
        grammar.sentence_subject(sentence_start, verb.start(), phrase=True)
    )  # "…, and he has battled with X, at one point calling him a "liar"": the clause nearest
    if subject is None:
        return None
    return resolve_in_sentence(
        resolver, sentence_start, subject, cue, participle, PARTICIPLE_CLAUSE_SUBJECT
    )


def quoted_as(grammar: Grammar, start: int, verb: VerbMatch) -> Mention | None:
    """Whom a medium quotes before ``as saying``: the object of ``quoted`` (``The Ledger quoted
    Jo Ames as saying``) or the subject of its passive (``Jo Ames was quoted as saying``)."""
    m = _QUOTED_AS.search(grammar.text, start, verb.start())
    if m is None:
        return None
    if m.group("object"):
        mention = grammar.np_after(m.start("object"))
    else:
        mention = grammar.np_before(m.start() - 1)
    if mention is None or mention.start < start or mention.kind not in RESOLVED:
        return None
    return mention


#: the word after a pronoun: its own verb when the pronoun opens a clause ("said he had")
_CLAUSE_VERB = regex.compile(r"[ \u00a0]+(\p{Ll}+(?:n['’]t)?)\b")


def opens_reported_clause(masked: str, mention: Mention) -> bool:
    """Whether a pronoun after a speech verb is the subject of the clause it reports (``said
    he had``, ``said she was``), not the verb's own subject inverted (``said he, smiling``)."""
    clause = _CLAUSE_VERB.match(masked, mention.end) if mention.kind == "pronoun" else None
    if clause is None:
        return False
    verb = clause.group(1).lower()
    return verb in AUXILIARIES or verb in PAST_FORMS or verb.endswith("ed")


def passive_agent(grammar: Grammar, verb: VerbMatch) -> Mention | None:
    """The speaker of a passive speech verb, named after ``by`` (``was asked by moderator Jo
    Baker``, ``as described by FBI Director Jo Smith``, ``labeled a "hoax" by the Gazette``)."""
    m = _BY.match(grammar.text, verb.end())
    if m is None or verb.group().lower() not in PAST_FORMS:  # "the comment by X": a noun
        return None
    mention = grammar.np_after(m.end())
    if mention is None or mention.kind not in _AGENTS:
        return None
    # "by the minister, Jo Ames, …": the person the role names
    return grammar.named_in_apposition(mention, len(grammar.text), SET_OFF) or mention


#: what may be the agent of a passive speech verb: someone named, a body, a role, a text, or
#: somebody unnamed ("was described by one critic as")
_AGENTS = frozenset({"name", "organisation", "role", "document", "phrase", "pronoun"})

#: what ends a speech verb's object clause before a second verb: punctuation, a quote, a
#: conjunction, a wh-word ("to praise what she called")
_CLAUSE_BREAK = regex.compile(
    r"[,;:()\[\]—–" + MASK + r"]|\s(?:and|but|or|while|when|after|what|which|who|how|where)\s"
)
_INFINITIVE = regex.compile(r"\bto\s+$")


def reporter(
    resolver: Resolver,
    sentence_start: int,
    earlier: list[VerbMatch],
    verb: VerbMatch,
    method: str,
    confidence: float,
) -> Attribution | None:
    """The speaker of a speech verb whose object clause holds ``verb`` (``Oduya said Lee told
    the board the bridge is "…"``): news gives the words to the one who reports them."""
    grammar = resolver.grammar
    for outer in reversed(earlier):
        if _CLAUSE_BREAK.search(grammar.text, outer.end(), verb.start()):
            return None
        if (
            outer.group() in PARTICIPLES
            or _INFINITIVE.search(grammar.text, sentence_start, outer.start())
            or not_a_cue(grammar, sentence_start, outer)
        ):
            continue
        found = attribute_verb(resolver, outer, sentence_start, method, confidence, [])
        if found is not None and found.mention:
            return found
    return None


def relayed(outer: Attribution, inner: Attribution) -> Attribution:
    """The reporter's attribution of words that someone else named in its object clause said
    (``Oduya said Lee told the board …``): ``+relayed``, never sure enough to set against
    another outlet's speaker, who may be the one reported; as it is when they are one."""
    inner_relayed = "relayed" in inner.method.split("+")
    if not inner.speaker or (inner.speaker == outer.speaker and not inner_relayed):
        return outer
    return as_relayed(outer)


def as_relayed(attribution: Attribution) -> Attribution:
    """The attribution of words its speaker relays from someone else: ``+relayed``, never sure
    enough to set against another outlet's speaker (once, however many ways it is relayed)."""
    if "relayed" in attribution.method.split("+"):
        return attribution
    method, confidence = adjusted(attribution.method, attribution.confidence, "relayed")
    return replace(attribution, method=method, confidence=round(confidence, 2))
