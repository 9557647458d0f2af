"""The people an article names: who counts as a person, and the full name behind each surname.

A capitalised run is a person when a title or honorific stands with it (``Mrs. Clara Vosk``,
``Portwell boss Sami Haddad``), when it opens on a known given name (``Ruth Okafor met …``), or
when it stands where a speaker stands: before a speech verb, after one (``"…," said Moreau.``),
before ``, who``, before an apposition and a verb (``Rita Obuya, a baker, said``), after
``according to``. Every later use of such a person's surname is a mention of them too, so a
pronoun can follow it back. :class:`~quotecheck.attribution.resolve.Resolver` reads the result.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from ..lexicon import function_words
from ..models import Paragraph
from ..quotes import MASK
from .grammar import AGENT_ENDINGS, SET_OFF, Grammar
from .phrases import Mention
from .words import (
    ABBREVIATIONS,
    ADDRESSEE_VERBS,
    COMPANY_SUFFIXES,
    GENDERED,
    GIVEN_NAMES,
    HONORIFICS,
    IRREGULAR_PASTS,
    KINSHIP,
    NAME_SUFFIXES,
    NOT_NAMES,
    NOUN_FORMS,
    ORG_WORDS,
    PARTICLES,
    PLACE_NOUNS,
    SPEECH_VERB_FORMS,
    VerbMatch,
    is_title,
    lone_given_name,
)

#: what may stand between a subject and its speech verb: "Jo Smith also said", "Smith has said"
_SUBJECT_GAP = regex.compile(
    r"(?:,\s*(?:1[0-1]\d|\d{1,2}),)?"  # an age set off: "Ames, 81, said"
    r"\s+(?:(?:has|have|had|also|later|then|was|is|would|will|\w+ly)\s+){0,2}"
    # when, before the verb: "Ames on Tuesday said", "Ames yesterday told"
    r"(?:(?:on\s+\p{Lu}\p{Ll}+day|yesterday|today|earlier|tonight)\s+)?"
)
_CAPITALISED_WORD = regex.compile(r"\b\p{Lu}\w*(?:[-’']\w+)*")  # O’Brell, Vogt-Brandes
POSSESSIVE_AFTER = regex.compile(r"[’']s\b")
#: an apposition after a name, up to the verb after it: ", a photographer from Eastfield,
#: said", ", Labour's housing spokeswoman, has said", ", whose firm supplies the port, said"
_APPOSITION = regex.compile(
    r",\s+(?:a|an|the|his|her|their|whose|\p{Lu}[\p{L}\-]*[’']s)\s[^,;:.\n]{1,80},"
    r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
)
_OPENS_SENTENCE = regex.compile(r"(?:^|[.!?][\"”’]?\s+)$", regex.MULTILINE)
#: a leading phrase opening the sentence and its comma, right before a subject ("Walking in,
#: Sarah started …"): a phrase of a few words with no verb of its own set off
_AFTER_LEADING_PHRASE = regex.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:[\p{L}\d’'\-]+\s+){0,3}[\p{L}\d’'\-]+,\s+$", regex.MULTILINE
)
_ACCORDING_TO = regex.compile(r"\b(?:[Aa]ccording to|[Aa]s per)\s+$")
#: a relative clause about a person set off after the name: ", who", " — who"
_WHO_AFTER = regex.compile(r"\s?[,—–-]\s*who\b")
_PLACE_BEFORE = regex.compile(r"\b(?:from|in|at|near)\s+$")
_OBJECT_BEFORE = regex.compile(r"\b(?:of|for|with|to|by|from|in|at|near|on)\s+(?:the\s+)?$")
_CAPITALISED_WORD_PATTERN = r"\p{Lu}[\p{L}\p{Cf}’'\-]*"  # format characters (\p{Cf}) inside
#: an acronym in brackets after a title, spelling it out before the name
_ACRONYM = regex.compile(r"\(\p{Lu}[\p{Lu}\d&]{1,7}\)")
#: up to ten capitalised words (the first word first: no backtracking at the run's end), and
#: the name particles between two of them (``Pieter van den Berg``, ``Ana da Silva``)
_CAPITALISED_RUN = regex.compile(
    _CAPITALISED_WORD_PATTERN
    + r"(?:\.?\s+(?:(?:"
    + "|".join(sorted(PARTICLES))
    + r")\s+){0,2}"
    + _CAPITALISED_WORD_PATTERN
    + r"){0,9}"
)
POSSESSIVE_WORD = regex.compile(r"[’']s?$")
#: a word of four capitals or more after a space: in a headline, maybe a verb it shouts
_CAPITALS_WORD = regex.compile(r"(?<=\s)\p{Lu}{4,}\b")
#: a full stop inside a capitalised run, before the word that opens the next sentence
_RUN_ENDS_SENTENCE = regex.compile(r"(?<=\p{L}{2})\.\s+(\p{Lu}\p{L}*)")
#: the function words of every language read: capitalised after a full stop, they open a sentence
_FUNCTION_WORDS = function_words()


@dataclass(frozen=True)
class People:
    """Who an article names: every mention of a person in reading order, the full name each
    surname stands for (None: looked up and not found), and every full name (two people may
    share a surname)."""

    mentions: list[Mention]
    full_names: dict[str, str | None]
    seen: set[str]


def name_suffix(parts: list[str]) -> str | None:
    """The generational suffix closing a name of two words or more, written one way (``Jr.``,
    ``III``), or None."""
    if len(parts) < 2 or parts[-1].lower() not in NAME_SUFFIXES:
        return None
    word = parts[-1].rstrip(".")
    return word.upper() if word.upper().strip("IV") == "" else word.capitalize() + "."


def in_name_case(parts: list[str]) -> list[str]:
    """A name's words as a name is written when the text sets it in capitals (a lede's
    ``RUTH ALBERS``, ``LINDQVIST-BRELL``): one person, however the page typeset them."""
    if len(parts) > 1 and all(len(p) > 1 and p.isupper() for p in parts):
        return [p.title() for p in parts]
    return parts


def _first_named(run: regex.Match) -> Mention | None:
    """A person named by a capitalised run that opens on a known given name (``Ruth Okafor
    met …``), up to a possessive (``Jeff Ames’ plan``); none if a word of it names a body."""
    words: list[str] = []
    run_words = run.group().split()
    start = run.start()
    while len(run_words) > 2 and (
        run_words[0].lower() in NOT_NAMES
        or run_words[0].lower() in SPEECH_VERB_FORMS
        # a possessor before the name: "Rochdale's Ann King", "Labour’s Tom Brell"
        or (POSSESSIVE_AFTER.search(run_words[0]) and run_words[1].lower() in GIVEN_NAMES)
    ):  # a capitalised word opening the sentence before the name: "For Lena Moor, …"
        start = run.start() + run.group().index(run_words[1], len(run_words[0]))
        run_words = run_words[1:]
    for word in run_words:
        if words and len(words[-1]) > 1 and words[-1].isupper() and word.islower():
            break  # "Jo BRELL du Rhône": a surname in capitals ends the name, the place is after
        bare_word = POSSESSIVE_WORD.sub("", word)
        words.append(bare_word)
        if bare_word != word:
            break
    if not 2 <= len(words) <= 4 or words[0].lower() not in GIVEN_NAMES:
        return None  # no name, or a headline in title case ("Ann Lee Sells Her Gun …")
    if any(w.lower() in ORG_WORDS for w in words) or words[-1].lower() in PLACE_NOUNS:
        return None  # "Fox News", "Casey County"
    name = " ".join(words)
    return Mention(start, start + len(name), name, "name", name=name)


#: a relative or a role set off before a given name: "her husband, Jon,", "his son, Adam, 12,"
_RELATION_BEFORE = regex.compile(r"\b(\p{Ll}+),\s*$")


def _given_name_apposed(masked: str, run: regex.Match) -> Mention | None:
    """A given name alone set off after a word for a relative or a role (``Lena Moor’s
    husband, Jon, thinks …``), or close after a relative's word and a possessive (``his wife Ann
    arrived``): a person, whose gender the name tells, for the pronouns after."""
    word = run.group()
    if " " in word or word.lower() not in GIVEN_NAMES:
        return None
    previous = masked[max(0, run.start() - 20) : run.start()].split()[-1:]
    if (
        previous
        and previous[0] in KINSHIP
        and _KIN_CLOSE_BEFORE.search(masked, max(0, run.start() - 40), run.start())
    ):
        return Mention(run.start(), run.end(), word, "name", name=word)
    if not masked.startswith(",", run.end()):
        return None
    before = _RELATION_BEFORE.search(masked, max(0, run.start() - 30), run.start())
    if before is None or not (before.group(1) in GENDERED or is_title(before.group(1))):
        return None
    return Mention(run.start(), run.end(), word, "name", name=word)


#: a possessive and a word for a relative right before a given name: "his wife Ann", "Tom
#: Brell's daughter Greta"
_KIN_CLOSE_BEFORE = regex.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}\-]*[’']s)\s+(\p{Ll}+)\s+$"
)


#: an age set off after a name (``Ruth, 9,``), or a verb in the past or an auxiliary after it
#: (``Ruth walked in``, ``Ruth came in``, ``Ruth didn't say``): what makes a given name alone a
#: person
_AGE_OR_PAST_AFTER = regex.compile(
    r",\s*(?:1[0-1]\d|\d{1,2}),| (?:\p{Ll}{2,}ed|" + "|".join(sorted(IRREGULAR_PASTS)) + r"|"
    # or an auxiliary, said or denied: "Ruth didn't say", "Ruth has been"
    r"(?:did|does|has|had|was|is|will|would|could|wo|ca)(?:n['’]t)?)\b"
)


def _given_name_alone(grammar: Grammar, run: regex.Match) -> Mention | None:
    """A given name alone opening a sentence with an age set off or a verb in the past after it
    (``Ruth, 9, came …``, ``Ruth walked in.``): a person, whose gender the name tells, for the
    pronouns after. Not a country, state or capital (``Georgia passed``), nor a name the article
    also writes as a place (``in Lindenhain``) or after a given name (a surname: ``Ann Carson``),
    nor one in capitals (``HOPE filed``: a body)."""
    word, masked = run.group(), grammar.text
    if " " in word or not lone_given_name(word) or not _AGE_OR_PAST_AFTER.match(masked, run.end()):
        return None
    if not (
        _OPENS_SENTENCE.search(masked, max(0, run.start() - 3), run.start())
        or _AFTER_LEADING_PHRASE.search(masked, max(0, run.start() - 60), run.start())
    ):
        return None  # a subject opens its sentence, or follows the phrase that leads it
    if grammar.after_capitalised_word(word):
        return None  # the article writes it after a given name: a surname ("Ann Carson")
    if grammar.after_place_preposition(word):
        return None  # a place: "Georgia passed the bill" after "voters in Georgia"
    return Mention(run.start(), run.end(), word, "name", name=word)


_NEXT_CAPITALISED = regex.compile(r" \p{Lu}")
_AND_FULL_NAME = regex.compile(r" and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}’'\-]+)\b")


def _sharing_surname(run: regex.Match, text: str) -> Mention | None:
    """The first of two given names sharing one surname (``Kay and Neil Ames`` names Kay
    Ames), or None."""
    *before, given = run.group().split()
    if given.lower() not in GIVEN_NAMES or any(w.lower() not in NOT_NAMES for w in before):
        return None  # "All Kay and Neil Ames" is Kay Ames, "Rita Kay and Neil Ames" not
    pair = _AND_FULL_NAME.match(text, run.end())
    if pair is None or pair.group(1).lower() not in GIVEN_NAMES:
        return None
    surname = pair.group(2)
    if surname.lower() in ORG_WORDS or surname.lower() in GIVEN_NAMES:
        return None  # "Jo and Kay Bank", "Jo and Neil Kay"
    if _NEXT_CAPITALISED.match(text, pair.end()):
        return None  # a longer name: "the Kay and Neil Ames Trust"
    name = f"{given} {surname}"
    return Mention(run.end() - len(given), run.end(), given, "name", name=name)


def _shouted_verb(run: str) -> int | None:
    """Where a verb of saying in capitals stands inside a capitalised run, as a tabloid
    headline shouts it (``X SLAMS critics``, ``X REVEALS``): never a word of a name."""
    if " " not in run:
        return None
    for word in _CAPITALS_WORD.finditer(run):
        if word.group().lower() in SPEECH_VERB_FORMS:
            return word.start()
    return None


def _titled_word(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a title, not the surname a given name opens (``Ann King``,
    ``Tom Bishop``: the name's last word)."""
    word = words[at]
    if not is_title(word):
        return False
    surname = (
        at > 0
        and at == len(words) - 1
        and words[at - 1][:1].isupper()
        and words[at - 1].lower() in GIVEN_NAMES
    )
    return not surname


def _split_run(masked: str, run: regex.Match) -> tuple[regex.Match, ...]:
    """A capitalised run that may be a name, or the two it is when it crosses a sentence end
    where the next sentence opens on a word that is no name ("… Sione Kata. He said", "… in
    October. But Jo Ames told …") or on a given name ("… Ann King. Ole Brandt came"), not after
    a title's stop ("Gen. Ole Brandt")."""
    stop = _RUN_ENDS_SENTENCE.search(run.group())
    if stop is None:
        return (run,)
    after, before = stop.group(1).lower(), run.group()[: stop.start()].split()[-1].lower()
    opener = after in NOT_NAMES or after in _FUNCTION_WORDS  # "… Ali Haddad. Il plaide", "Er"
    if not opener and (after not in GIVEN_NAMES or before in ABBREVIATIONS):
        return (run,)  # "Gen. Ole Brandt": a title's stop; "… Ann King. Ole Brandt came" splits
    return (
        _CAPITALISED_RUN.match(masked, run.start(), run.start() + stop.start() + 1),
        _CAPITALISED_RUN.match(masked, run.start() + stop.start(1), run.end()),
    )


def collect_people(
    grammar: Grammar,
    paragraphs: list[Paragraph],
    verbs_in: Callable[[int, int], list[VerbMatch]],
) -> People:
    """People the article names: with a title, a known first name, next to a speech verb,
    or before ``, who``; then every later use of their surnames."""
    masked = grammar.text
    full_names: dict[str, str | None] = {}
    seen: set[str] = set()
    found: list[Mention] = []
    for p in paragraphs:
        verbs = verbs_in(p.start, p.end)
        starts, ends = [v.start() for v in verbs], [v.end() for v in verbs]
        runs = [
            part
            for run in _CAPITALISED_RUN.finditer(masked, p.start, p.end)
            for part in (_split_run(masked, run) if "." in run.group() else (run,))
        ]
        for m in runs:
            if m.group().lower() in NOT_NAMES:
                continue  # "The", "But": one word that is never a name (a fast path)
            if shout := _shouted_verb(m.group()):
                # "Lucie Marchand SLAMS critics": a headline's verb in capitals ends the name
                m = _CAPITALISED_RUN.match(masked, m.start(), m.start() + shout - 1)
            before = masked[max(p.start, m.start() - 40) : m.start()]
            preceding = before.split()
            if preceding and _ACRONYM.fullmatch(preceding[-1]):  # "Inspector General (IG) X"
                preceding.pop()
            if (
                preceding
                and preceding[-1][-1:] in {".", "!", "?"}
                and preceding[-1][:-1].lower() not in ABBREVIATIONS
            ):  # "… by Ann King. Tom Brell disagreed": the sentence before, no title of his
                preceding = []
            preceding = preceding[-2:]
            words = [*preceding[-1:], *m.group().split()]
            honoured = any(w.lower() in HONORIFICS for w in words)  # "Mrs. Clara Vosk"
            # "Minister for Fisheries Jo Smith": a title, then its field, then a full name
            field_of_title = (
                preceding[-1:] in (["of"], ["for"])
                and preceding[0][:1].isupper()
                and is_title(preceding[0])
                and len(words) >= 4
            )
            titled = (
                honoured or field_of_title or any(_titled_word(words, n) for n in range(len(words)))
            )
            # a title set off before the name: "Tuvalu’s envoy, Sione Kata", "The Minister for
            # Health, Ruth Albers"
            role_before = (
                _role_set_off_before(masked, max(p.start, m.start() - 80), m.start())
                if before.rstrip().endswith(",")  # set off by a comma
                and m.group()[-2:] not in {"'s", "’s"}  # "The Harbour Leader, Eastfield’s …"
                else None
            )
            titled_before = role_before is not None or (
                words[0].endswith(",") and is_title(words[0].rstrip(","))
            )
            # a speech verb a few words after the name, or right before it ("said Moreau")
            after = bisect_left(starts, m.end())
            speaker_like = (
                (
                    after < len(starts)
                    and _SUBJECT_GAP.fullmatch(masked, m.end(), starts[after])
                    and not _noun_compound(grammar, m, verbs[after].group())
                )
                or (  # "Ames, who …", not "a nurse from Butler, who …"
                    "who" in masked[m.end() : m.end() + 8]
                    and _WHO_AFTER.match(masked, m.end(), m.end() + 8)
                    and not _PLACE_BEFORE.search(before)
                )
                or _after_verb(masked, m, verbs, ends)
                or (  # "According to Nebel, …", "As per Nebel, …"
                    before.rstrip().endswith(("to", "per"))
                    and _ACCORDING_TO.search(before) is not None
                )
            )
            # "Rita Obuya, a baker, said", not "the board of Acme, a …, said" (below)
            apposed = (
                not speaker_like
                and masked.startswith(",", m.end())
                and (
                    _verb_after_apposition(masked, m.end(), starts)
                    or _described_as_someone(masked, m)
                )
            )
            if masked.startswith(" and ", m.end()) and (partner := _sharing_surname(m, masked)):
                found.append(partner)  # "Kay and Neil Ames": Kay Ames
            if not (titled or titled_before or speaker_like or apposed):
                # a first name that tells a person: "Ruth Okafor met the union" (one word that
                # is no given name tells none: a fast path for most runs)
                if m.group().lower() not in GIVEN_NAMES and len(m.group().split()) == 1:
                    continue
                if (
                    person := _first_named(m)
                    or _given_name_apposed(masked, m)
                    or _given_name_alone(grammar, m)
                ) is not None:
                    role = _apposed_role(masked, person.end)
                    found.append(_with_role(person, role) if role else person)
                continue
            mention = grammar.np_before(m.end(), subject=False)
            if mention is None or mention.kind != "name":
                continue
            if apposed and not (titled or mention.role):
                object_of = _OBJECT_BEFORE.search(masked, p.start, mention.start)
                speaker_like = object_of is None
                if not speaker_like and (person := _first_named(m)) is not None:
                    # "a goal by Tom McKay, 22,": the object of a preposition, a person all
                    # the same when a known given name opens the name
                    role = _apposed_role(masked, person.end)
                    found.append(_with_role(person, role) if role else person)
                    continue
            if mention.role or speaker_like or honoured or titled_before or field_of_title:
                role = (
                    mention.role
                    or role_before
                    or (
                        words[0].rstrip(",")
                        if titled_before and words[0][:1].islower()  # not "The Harbour Leader, X"
                        else _apposed_role(masked, mention.end)
                    )
                )
                found.append(_with_role(mention, role) if role else mention)
    found.extend(_nicknamed(masked))
    suffixed: list[tuple[str, str]] = []
    for m in found:
        parts = in_name_case([t for t in m.name.split() if not (len(t) == 2 and t.endswith("."))])
        if suffix := name_suffix(parts):
            parts[-1] = suffix
        if len(parts) >= 2 + bool(suffix):  # middle initials dropped: "Jo B. Ames" is "Jo Ames"
            full = " ".join(parts)
            seen.add(full)
            if suffix:  # "Ames Jr." is Tom Ames Jr., "Ames" his father if named
                full_names.setdefault(" ".join(parts[-2:]).lower(), full)
                suffixed.append((parts[-2].lower(), full))
            else:
                full_names.setdefault(parts[-1].lower(), full)
    for surname, full in suffixed:
        full_names.setdefault(surname, full)
    known = {n.split()[-2 if name_suffix(n.split()) else -1] for n in full_names.values() if n}
    if known:  # a word scan and a set lookup: no pattern compiled per article
        # the surname ending a full name found already names that person ("Susan Finch"),
        # not whichever Finch the article named first
        ending = {m.end: m for m in found if m.name and " " in m.name and ". " not in m.name}
        for p in paragraphs:
            for m in _CAPITALISED_WORD.finditer(masked, p.start, p.end):
                word = m.group()
                if word in known and not POSSESSIVE_AFTER.match(masked, m.end()):
                    whole = ending.get(m.end())
                    if whole is not None and (whole.name or "").split()[-1] == word:
                        found.append(replace(whole, start=m.start(), text=word))
                    else:
                        found.append(Mention(m.start(), m.end(), word, "name", name=word))
                elif (
                    word[-1] in "s’'"
                    and (name := POSSESSIVE_WORD.sub("", word)) != word
                    and name in known
                    and _OPENS_SENTENCE.search(masked, p.start, m.start())
                ):  # "Haddad’s side sit fourth. … he said": a possessive subject counts
                    end = m.start() + len(name)
                    found.append(Mention(m.start(), end, name, "name", name=name))
    mentions = sorted(
        {
            (m.start, m.end): m for m in found if not _after_the_alone(masked, m, full_names)
        }.values(),
        key=lambda m: m.start,
    )
    return People(mentions, full_names, seen)


#: a given name, a nickname in marks (masked as quotes are) and a surname: ``Thomas “Tom”
#: Brell``
_NICKNAMED = regex.compile(
    r"\b(\p{Lu}\p{Ll}+) " + MASK + r"{3,20} (\p{Lu}[\p{Ll}’'\-]*\p{Ll})\b(?![’']s\b)"
)


def _nicknamed(masked: str) -> list[Mention]:
    """People named with a nickname in marks between their given name and their surname
    (``Thomas “Tom” Brell``): the given name and the surname, for the surname alone later."""
    if MASK not in masked:
        return []
    found = []
    for m in _NICKNAMED.finditer(masked):
        given, surname = m.group(1), m.group(2)
        if given.lower() in GIVEN_NAMES and surname.lower() not in NOT_NAMES:
            name = f"{given} {surname}"
            found.append(
                Mention(m.start(), m.end(), masked[m.start() : m.end()], "name", name=name)
            )
    return found


def _after_the_alone(masked: str, mention: Mention, full_names: dict[str, str | None]) -> bool:
    """Whether a mention is one word after "the" that names no one the article names in full
    (``the Dane said``, ``the Republican said``, ``the Courier reported``): an epithet for a
    person named before, or a paper or a body, never a person of that name; English sets no
    article before a person's name (``the Ames campaign`` still mentions Jo Ames)."""
    return (
        " " not in mention.text
        and not full_names.get(mention.text.lower())
        and masked[max(0, mention.start - 4) : mention.start].lower() == "the "
    )


def _after_verb(masked: str, run: regex.Match, verbs: list[VerbMatch], ends: list[int]) -> bool:
    """Whether a name follows a speech verb as its speaker (``"…," said Moreau.``) or the
    person it addresses (``asked Moreau if``), not as the subject of a reported clause
    (``said Budapest had …``)."""
    first = bisect_left(ends, run.start() - 2)
    if first >= bisect_right(ends, run.start()):
        return False
    if SET_OFF.match(masked, run.end()):
        return True
    return SPEECH_VERB_FORMS.get(verbs[first].group().lower()) in ADDRESSEE_VERBS


def _noun_compound(grammar: Grammar, run: regex.Match, verb: str) -> bool:
    """Whether a capitalised run and a verb form that is also a noun make a noun phrase: after
    an article (``an emotional Harbourgram post``), or a lone word opening a sentence that the
    text never capitalises inside one (``Island states want …``); not a name and its verb."""
    word = run.group()
    if verb.lower() not in NOUN_FORMS:
        return False
    if _DETERMINER_BEFORE.search(grammar.text, max(0, run.start() - 40), run.start()):
        return True  # "an emotional Harbourgram post": the name qualifies the noun after it
    return " " not in word and not grammar.named_inside_sentences(word)


#: an article or a possessive, and maybe an adjective or two, right before a capitalised run
_DETERMINER_BEFORE = regex.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{Ll}\-]+\s+){0,2}$"
)


#: an apposition that says what somebody is: an article, a few words, and a role or a noun
#: for someone who does something ("a retired engineer", "an organiser of the march")
_SOMEONE = regex.compile(
    r",\s+(?:a|an)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?P<head>[\p{Ll}\-]+)(?:\s+(?:of|for|at|from)"
    r"\s[^,;:.\n]{1,40})?,"
)
#: words that make a capitalised run a body's name or no name
_NO_PERSON_WORDS = ORG_WORDS | NOT_NAMES | COMPANY_SUFFIXES


#: an age set off after a name, as news gives it: ", 54," or ", 54."
_AGE = regex.compile(r",\s*(?:1[0-1]\d|\d{1,2})[,.;]")


def _described_as_someone(masked: str, run: regex.Match) -> bool:
    """Whether a full name is set off by an apposition that says what the person is (``Ottavio
    Renn, a retired engineer, and …``) or by an age (``Ines Varro, 54,``): a person, for the
    pronouns after, though no verb of saying follows. Not a body's name (``Acme Ltd, a
    supplier,``)."""
    words = run.group().split()
    if not 2 <= len(words) <= 3 or any(w.lower() in _NO_PERSON_WORDS for w in words):
        return False
    if _AGE.match(masked, run.end(), run.end() + 8):
        return True  # "Ines Varro, 54, …": only people have ages set off after their names
    described = _SOMEONE.match(masked, run.end())
    if described is None:
        return False
    head = described.group("head")
    return is_title(head) or (head.endswith(AGENT_ENDINGS) and head not in ORG_WORDS)


#: a role set off after a name with the definite article or a possessor, which makes it the
#: one person who holds it: ", the mayor,", ", the city’s harbour master,", ", the head of the
#: board.", ", Labour’s housing spokeswoman,"
_ROLE_APPOSITION = regex.compile(
    r",\s+(?:the|an?|(?P<owner>\p{Lu}[\p{L}\-]*)[’']s)\s+(?P<words>(?:[\p{L}’'\-]+\s+){0,4}?[\p{L}\-]+)"
    r"(?P<complement>\s+(?:of|for|at|to|in|on|from)\s[^,;:.\n]{1,40})?(?=\s*[,.;])"
)


#: a role given after a name by "is" or "was", which makes the person its holder as an
#: apposition does: "Tom Brell is the mayor of Eastfield.", "Ames, who was the county’s sheriff,"
_ROLE_PREDICATE = regex.compile(
    r"(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+"
    r"(?:(?:now|also|still|currently|since\s+\d{4})\s+)?(?:the|(?P<owner>\p{Lu}[\p{L}\-]*)[’']s)\s+"
    r"(?P<words>(?:[\p{L}’'\-]+\s+){0,4}?[\p{L}\-]+)"
    r"(?P<complement>\s+(?:of|for|at|to|in|on|from)\s[^,;:.\n]{1,40})?(?=\s*[,.;])"
)


#: a kinship noun set off after a name with a possessive: ", his wife,", ", Tom Brell's son,"
_KIN_APPOSITION = regex.compile(
    r",\s+(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}\-]*[’']s)\s+(\p{Ll}+)\s*[,.;]"
)


def _with_role(mention: Mention, role: str) -> Mention:
    """``mention`` with ``role`` (built directly: ``dataclasses.replace`` cost 0.5% of
    extraction here)."""
    return Mention(mention.start, mention.end, mention.text, mention.kind, mention.name, role)


def _apposed_role(masked: str, end: int) -> str | None:
    """The role an apposition right after a name gives the person (``Tomas Brell, the mayor,``
    is the mayor), so that ``the mayor said`` later names them: its title words, those of a
    possessor (``the mayor’s chief of staff``) left out, and the place, body or person it is of
    (``senator from Vermont``, ``King's spokesman``: spokesman for King), which a later ``the
    Ohio senator`` must agree with."""
    if (kin := _KIN_APPOSITION.match(masked, end)) and kin.group(1).lower() in KINSHIP:
        return kin.group(1).lower()  # "Ann Brell, his wife, said": whom "his wife" names later
    apposition = _ROLE_APPOSITION.match(masked, end) or _ROLE_PREDICATE.match(masked, end)
    if apposition is None:
        return None
    words = apposition.group("words").split()
    titles = [
        w for w in words if not POSSESSIVE_AFTER.search(w) and is_title(w) and w[:1].islower()
    ]
    complement = apposition.group("complement") or ""
    if apposition.group("owner") and not complement:  # "Tom Brell, King's spokesman,"
        complement = " for " + apposition.group("owner")  # spokesman for King
    head = complement.split()[-1:]
    if head and head[0].islower() and is_title(head[0]):  # "shadow House of Commons leader"
        titles, complement = [*titles, head[0]], ""
    if not titles:
        return None
    return " ".join(titles) + complement


#: a role set off before a name with an article or a possessor: "The Minister for Health, Ruth
#: Albers", "the club’s head coach, …", "A spokesman for Ruth Albers, Tom Brell"
_ROLE_SET_OFF_BEFORE = regex.compile(
    r"(?:^|(?<=[\s(—–]))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?P<owner>\p{Lu}[\p{L}\-]*)[’']s)\s+"
    r"(?P<words>(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+)"
    r"(?P<complement>\s+(?:of|for|to|at|in|on|from)\s[^,;:.\n]{1,40}?)?,\s+$"
)


#: a possessive opening a role set off before a name: "His wife, …", "Tom Brell's son, …"
_POSSESSED = regex.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}\-]*[’']s)\s")


def _role_set_off_before(masked: str, start: int, end: int) -> str | None:
    """The role set off before the name at ``end`` (``The Irish Ambassador to Norway, Tom
    Brell``: ambassador to Norway; ``King's spokesman, Tom Brell``: spokesman for King), in lower
    case with the place, body or person it is of, so that ``the ambassador said`` later names
    them; None unless a title heads the words before."""
    setoff = _ROLE_SET_OFF_BEFORE.search(masked, start, end)
    if setoff is None:
        return None
    words = setoff.group("words").split()
    if len(words) == 1 and words[0].lower() in KINSHIP and _POSSESSED.match(setoff.group()):
        return words[0].lower()  # "His wife, Ann Brell,": whom a later "his wife said" names
    if not is_title(words[-1]):
        return None
    titles = [w.lower() for w in words if is_title(w)]
    complement = setoff.group("complement") or ""
    if not complement and setoff.group("owner"):
        complement = f" for {setoff.group('owner')}"  # "King's spokesman": spokesman for King
    return " ".join(titles) + complement


def _verb_after_apposition(masked: str, end: int, verb_starts: list[int]) -> bool:
    """Whether a speech verb follows the apposition after a name (``Rita Obuya, a
    photographer from Eastfield, said``)."""
    apposition = _APPOSITION.match(masked, end)
    if apposition is None:
        return False
    at = bisect_left(verb_starts, apposition.end())
    return at < len(verb_starts) and verb_starts[at] == apposition.end()
