"""Names: the words that name a speaker, and one canonical name per person.

A mention is the phrase an attribution uses: a name with its title (``EU trade chief Carla
Moreau``), a pronoun (``she``), a relative (``who``), a role noun (``the minister``), a document
(``the text of the X``) or another noun phrase (``one employee``). This module finds them next to
a speech verb, splits titles from names, and resolves them to a canonical speaker: pronouns and
relatives to the most recent person named before them, surnames and ``Mr. X`` to the full name
the article introduced, role nouns to the last person given that role. What cannot be resolved
stays unknown, with the mention kept as evidence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .lexicon import rows, words
from .metrics import char_similarity
from .models import Article, Attribution, Quote
from .normalize import fold_space
from .quotes import MASK

_VERB_FORMS: dict[str, str] = {
    form.lower(): lemma for lemma, *forms in rows("speech_verbs.tsv") for form in (lemma, *forms)
}
PARTICIPLES = frozenset(r[3].lower() for r in rows("speech_verbs.tsv") if len(r) > 3)
#: forms that double as nouns ("a comment", "the reports", "port calls")
NOUN_FORMS = frozenset(f.lower() for r in rows("speech_verbs.tsv") for f in r[:2]) - {"says"}

VerbMatch = re.Match
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_MULTIWORD_VERB = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(f) for f in _VERB_FORMS if " " in f), key=len, reverse=True))
    + r")\b"
)


def speech_verbs(text: str) -> list[VerbMatch]:
    """Every speech-verb form in ``text``, in order. Words are looked up in the lexicon: a plain
    word scan and a set lookup are ten times faster than one pattern of every form."""
    multi = list(_MULTIWORD_VERB.finditer(text))
    taken = {m.start() for m in multi}
    single = [
        m
        for m in _LOWER_WORD.finditer(text)
        if m.group() in _VERB_FORMS
        and m.start() not in taken
        and text[m.start() - 1 : m.start()] != "-"  # "so-called", "well-said"
    ]
    return sorted([*multi, *single], key=lambda m: m.start())


_TITLES = words("titles.txt")
_HONORIFICS = words("honorifics.txt")
_NOT_NAMES = words("not_names.txt")
_ORG_WORDS = words("organisation_words.txt")
DOCUMENT_NOUNS = words("document_nouns.txt")
_GRAMMAR = rows("grammar.tsv")
_PARTICLES = frozenset(w for kind, w in _GRAMMAR if kind == "particle")
AUXILIARIES = frozenset(w for kind, w in _GRAMMAR if kind == "auxiliary")
ABBREVIATIONS = frozenset(w for kind, w in _GRAMMAR if kind == "abbreviation")
_TOKEN = regex.compile(
    r"(?i:\b\L<abbreviations>\.)|\b\p{Lu}\.(?!\p{L})|[\p{L}\p{N}][\p{L}\p{N}\p{Cf}’'\-]*|"
    + MASK
    + r"+|\S",
    abbreviations=sorted(ABBREVIATIONS, key=len, reverse=True),
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
_PERSONAL = frozenset({"he", "she"})  # pronouns resolved to a person; the others stay unknown
_RELATIVES = frozenset({"who", "whom"})
_DETERMINERS = frozenset({"the", "a", "an", "one", "some", "another", "his", "her", "their"})
_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "by",
        "from",
        "to",
        "about",
        "after",
        "before",
        "during",
        "over",
        "under",
        "into",
        "than",
        "as",
    }
)
_TEXT_ROLES = frozenset({"body", "title", "standfirst"})
#: what may stand between a subject and its speech verb: "Jo Smith also said", "Smith has said"
_SUBJECT_GAP = regex.compile(
    r"\s+(?:(?:has|have|had|also|later|then|was|is|would|will|\w+ly)\s+){0,2}"
)
_APOSTROPHE = regex.compile(r"[’']")
_INITIAL = regex.compile(r"\p{Lu}\.")
_WINDOW = 150  # characters around a verb searched for its subject
_CAPITALISED_RUN = regex.compile(  # invisible format characters (\p{Cf}) stay inside a word
    r"(?:\p{Lu}[\p{L}\p{Cf}’'\-]*\.?\s+){0,6}\p{Lu}[\p{L}\p{Cf}’'\-]*"
)


@dataclass(frozen=True)
class Mention:
    """Words that name a possible speaker, at ``start:end`` in the text."""

    start: int
    end: int
    text: str
    kind: str  # name | organisation | pronoun | relative | role | document | phrase
    name: str | None = None
    role: str | None = None


def is_speech_verb(word: str) -> bool:
    """Whether ``word`` is a form of a speech verb in the lexicon."""
    return word.lower() in _VERB_FORMS


def _is_cap(token: str) -> bool:
    return token[:1].isupper() and token.lower().rstrip(".") not in _NOT_NAMES


def is_title(token: str) -> bool:
    """Whether ``token`` is a title or role word (``Minister``, ``Sen.``, ``spokesman``)."""
    low = token.lower()
    return low in _TITLES or low.rstrip(".") in _TITLES or low.removesuffix("’s") in _TITLES


def tokens(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """Words and marks with their offsets; a period stays on abbreviations and initials only.

    >>> [t[2] for t in tokens("Sen. J. Smith said it.")]
    ['Sen.', 'J.', 'Smith', 'said', 'it', '.']
    """
    return [(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(text)]


_last_tokenised: list[tuple[str, list, list[int], list[int]] | None] = [None]


def _tokens_between(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[start:end]``. A whole article is tokenised once and then sliced,
    since attribution asks about many windows of one text."""
    if not 400 <= len(text) <= 400_000:  # a short text, or a long one window by window
        return tokens(text[start:end], start)
    cached = _last_tokenised[0]
    if cached is None or cached[0] is not text:
        toks = tokens(text)
        cached = (text, toks, [t[0] for t in toks], [t[1] for t in toks])
        _last_tokenised[0] = cached
    _text, toks, starts, ends = cached
    return toks[bisect_left(starts, start) : bisect_right(ends, end)]


def _bare(word: str) -> str:
    """A word without a contracted verb: ``he’s`` is ``he``."""
    return _APOSTROPHE.split(word.lower(), maxsplit=1)[0]


def _np_word(token: str) -> bool:
    """Whether a token can be part of a speaker's noun phrase."""
    low = token.lower()
    if not token[:1].isalnum() or low in _VERB_FORMS:
        return False
    if token[:1].isupper():
        return low.rstrip(".") not in _NOT_NAMES or low.rstrip(".") in _TITLES
    return low not in _NOT_NAMES and low not in AUXILIARIES


def _split_name(run: list[tuple[int, int, str]], text: str) -> Mention | None:
    """Split a noun phrase into role and name: ``EU trade chief`` + ``Carla Moreau``."""
    if not run:
        return None
    k = len(run)
    while (
        k > 0
        and (_is_cap(run[k - 1][2]) or run[k - 1][2].lower() in _PARTICLES)
        and not is_title(run[k - 1][2])
    ):
        k -= 1
    name_tokens = run[k:]
    role_tokens = [t for t in run[:k] if t[2].lower() not in _HONORIFICS]
    start, end = run[0][0], run[-1][1]
    span = text[start:end]
    if not name_tokens:
        if any(is_title(t[2]) for t in run):
            return Mention(start, end, span, "role", role=" ".join(t[2] for t in run))
        if len(run) <= 4 and run[-1][2][:1].islower():
            if run[-1][2].lower() in _ORG_WORDS and run[0][2][:1].isupper():
                return Mention(start, end, span, "organisation", name=span)  # "Lee’s office"
            if run[-1][2].lower() in DOCUMENT_NOUNS:  # "the lawsuit", "a 2013 study"
                return Mention(start, end, span, "document", name=span)
            return Mention(start, end, span, "phrase")  # "one employee", "Lee supporters"
        return None
    if name_tokens[0][2].islower() and name_tokens[0][2] in _PARTICLES:
        return None
    if len(name_tokens) > 4:  # "Chicago Alderman Jo C. Smith": the last words are the name
        keep = 3 + sum(bool(_INITIAL.fullmatch(t[2])) for t in name_tokens[-4:])
        role_tokens, name_tokens = [*role_tokens, *name_tokens[:-keep]], name_tokens[-keep:]
    name = " ".join(t[2] for t in name_tokens)
    kind = "organisation" if any(t[2].lower() in _ORG_WORDS for t in name_tokens) else "name"
    titled = any(is_title(t[2]) for t in role_tokens) or len(run) > len(name_tokens) + 2
    role = " ".join(t[2] for t in role_tokens) if titled else None
    if role is None:  # words before the name that are no title are not part of it
        start = name_tokens[0][0]
    return Mention(start, end, text[start:end], kind, name=name, role=role)


def np_before(text: str, end: int) -> Mention | None:
    """The speaker phrase ending at ``end``: the subject right before a speech verb.

    >>> m = np_before("which EU trade chief Carla Moreau hailed", 33)
    >>> m.name, m.role, (m.start, m.end)
    ('Carla Moreau', 'EU trade chief', (6, 33))
    """
    toks = _tokens_between(text, max(0, end - _WINDOW), end)
    while toks and (
        toks[-1][2].lower() in AUXILIARIES
        or (toks[-1][2].lower().endswith("ly") and not toks[-1][2][:1].isupper())
    ):
        toks.pop()
    if not toks:
        return None
    s, e, last = toks[-1]
    if _bare(last) in _PRONOUNS:
        return Mention(s, e, last, "pronoun")
    if last.lower() in _RELATIVES:
        return Mention(s, e, last, "relative")
    if last == ")":  # "Sen. Jo Smith (D-Conn.) said": skip the party and state
        opening = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][2] == "("), None)
        if opening is not None and len(toks) - opening <= 8:
            toks = toks[:opening]
    run: list[tuple[int, int, str]] = []
    for tok in reversed(toks):
        if not _np_word(tok[2]):
            break
        run.insert(0, tok)
    if run and run[0][2].lower() in _DETERMINERS:
        run = run[1:]
    mention = _split_name(run, text)
    if mention is not None and mention.kind == "phrase":
        before = [t[2].lower() for t in toks[: len(toks) - len(run)]][-2:]
        if any(w in _PREPOSITIONS for w in before):  # "in the past", not a speaker
            return None
    return mention


def np_after(text: str, start: int) -> Mention | None:
    """The speaker phrase starting at ``start``: after an inverted verb (``said Moreau``) or at
    the start of a sentence."""
    toks = _tokens_between(text, start, min(len(text), start + _WINDOW))
    if toks and _bare(toks[0][2]) in _PRONOUNS:  # "she", "he’s"
        return Mention(toks[0][0], toks[0][1], toks[0][2], "pronoun")
    if toks and toks[0][2].lower() in _DETERMINERS:
        toks = toks[1:]
        if toks and toks[0][2].lower() in DOCUMENT_NOUNS:  # "the email goes on", "the cable said"
            s, e, noun = toks[0]
            return Mention(s, e, noun, "document", name=noun)
    run: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        word = tok[2]
        if not _np_word(word):
            break
        if (
            run
            and run[-1][2][:1].isupper()
            and word[:1].islower()
            and word not in _PARTICLES
            and not any(is_title(t[2]) for t in toks[i : i + 3])
        ):
            break  # a name ends where its verb begins ("Ames reversed"), not a role's words
        run.append(tok)
    return _split_name(run, text)


class Resolver:
    """Turns mentions into canonical speakers, using the people an article names."""

    def __init__(self, article: Article, masked: str, until: int | None = None):
        """``until``: where attribution can stop looking (the paragraph after the last quote);
        people and verbs further on are never asked about, so a long article costs only up to
        its last quote."""
        self.masked = masked
        until = len(masked) if until is None else until
        self._paragraphs = [
            p for p in article.paragraphs if p.role in _TEXT_ROLES and p.start < until
        ]
        self.full_names: dict[str, str | None] = {}  # surname -> full name (None: none found)
        self.verbs = speech_verbs(masked[:until])  # once per article, then queried by range
        self._verb_starts = [v.start() for v in self.verbs]
        self.people = self._collect_people()
        self._people_ends = [m.end for m in self.people]

    def verbs_in(self, start: int, end: int) -> list[VerbMatch]:
        """The speech verbs lying wholly in ``masked[start:end]``, in order."""
        first = bisect_left(self._verb_starts, start)
        last = bisect_left(self._verb_starts, end)
        return [v for v in self.verbs[first:last] if v.end() <= end]

    def _collect_people(self) -> list[Mention]:
        """People the article names: with a title, next to a speech verb, or before ``, who``;
        then every later use of their surnames."""
        found: list[Mention] = []
        for p in self._paragraphs:
            verbs = self.verbs_in(p.start, p.end)
            starts, ends = [v.start() for v in verbs], [v.end() for v in verbs]
            for m in _CAPITALISED_RUN.finditer(self.masked, p.start, p.end):
                before = self.masked[max(p.start, m.start() - 40) : m.start()]
                titled = any(is_title(w) for w in m.group().split()) or any(
                    is_title(w) for w in before.split()[-1:]
                )
                # a speech verb a few words after the name, or right before it ("said Moreau")
                after = bisect_left(starts, m.end())
                speaker_like = (
                    (
                        after < len(starts)
                        and _SUBJECT_GAP.fullmatch(self.masked, m.end(), starts[after])
                    )
                    or self.masked.startswith(", who", m.end())
                    or bisect_left(ends, m.start() - 2) < bisect_right(ends, m.start())
                )
                if not (titled or speaker_like):
                    continue
                mention = np_before(self.masked, m.end())
                if (
                    mention is not None
                    and mention.kind == "name"
                    and (mention.role or speaker_like)
                ):
                    found.append(mention)
        for m in found:
            parts = [t for t in m.name.split() if not (len(t) == 2 and t.endswith("."))]
            if len(parts) >= 2:  # middle initials dropped: "Jo B. Ames" is "Jo Ames"
                self.full_names.setdefault(parts[-1].lower(), " ".join(parts))
        known = {n.split()[-1] for n in self.full_names.values() if n}
        if known:
            surname = regex.compile(r"\b(?:" + "|".join(map(regex.escape, known)) + r")\b(?![’']s)")
            for p in self._paragraphs:
                for m in surname.finditer(self.masked, p.start, p.end):
                    found.append(Mention(m.start(), m.end(), m.group(), "name", name=m.group()))
        return sorted({(m.start, m.end): m for m in found}.values(), key=lambda m: m.start)

    def canonical(self, name: str) -> str:
        """The fullest name the article uses for this person (``Moreau`` -> ``Carla Moreau``),
        honorifics, middle initials and invisible characters dropped."""
        parts = [t for t in fold_space(name).split() if t.lower() not in _HONORIFICS]
        if not parts:
            return name
        if len(parts) > 2:
            parts = [
                parts[0],
                *(t for t in parts[1:-1] if not _INITIAL.fullmatch(t)),
                parts[-1],
            ]
        full = self.full_names.get(parts[-1].lower(), "")
        if full == "":
            full = self._introduced_as(parts[-1])
        if full and (len(parts) == 1 or full.split()[0] == parts[0]):
            return full
        return " ".join(parts)

    def _introduced_as(self, surname: str) -> str | None:
        """A full name ending in ``surname`` anywhere in the article (``Carla Moreau``), for a
        person the article never gave a title or a speech verb."""
        pattern = rf"(?<![\p{{L}}.])(\p{{Lu}}[\p{{L}}’'\-]+)\s+{regex.escape(surname)}\b"
        full = None
        for m in regex.finditer(pattern, self.masked):
            first = m.group(1)
            low = first.lower()
            if low not in _NOT_NAMES and not is_title(first) and low not in _ORG_WORDS:
                full = f"{first} {surname}"
                break
        self.full_names[surname.lower()] = full
        return full

    def person_before(self, offset: int) -> Mention | None:
        """The most recent person named before ``offset``."""
        before = bisect_right(self._people_ends, offset)
        return self.people[before - 1] if before else None

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
                0.3,
            )

        speaker, source_type, role = None, "person", mention.role
        if mention.kind in {"pronoun", "relative"}:
            antecedent = self.person_before(mention.start)
            if antecedent is None or _bare(mention.text) not in _PERSONAL | _RELATIVES:
                return unknown(f"unresolved-{mention.kind}")
            speaker = self.canonical(antecedent.name or antecedent.text)
            confidence -= 0.1
            method += f"+{mention.kind}"
        elif mention.kind == "role":
            noun = mention.role.split()[-1].lower() if mention.role else ""
            antecedent = next(
                (
                    m
                    for m in reversed(self.people)
                    if m.end <= mention.start and m.role and noun in m.role.lower()
                ),
                None,
            )
            if antecedent is None:
                return unknown("unresolved-role")
            speaker = self.canonical(antecedent.name or "")
            method += "+role-noun"
            confidence -= 0.15
        elif mention.kind == "phrase":
            return unknown("phrase")
        elif mention.kind == "document":
            speaker, source_type = mention.name or mention.text, "document"
        else:
            speaker = self.canonical(mention.name or mention.text)
            if mention.kind == "organisation":
                source_type = "organisation"
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


def unify_speakers(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """One canonical name per person across articles: a surname used alone in one article takes
    the full name another article gives, when exactly one full name has that surname."""
    full: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker and q.attribution.source_type == "person" and len(q.speaker.split()) >= 2:
            full.setdefault(q.speaker.split()[-1].lower(), set()).add(q.speaker)
    out = []
    for q in quotes:
        s = q.speaker
        if s and q.attribution.source_type == "person" and len(s.split()) == 1:
            names = full.get(s.lower(), set())
            if len(names) == 1:
                q = replace(q, attribution=replace(q.attribution, speaker=next(iter(names))))
        out.append(q)
    return tuple(out)


#: letters that do not decompose into a base letter and a mark
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
    }
)


@lru_cache(maxsize=1 << 14)
def _plain(name: str) -> str:
    """A name without its accents (``Jørgen Sørensen`` → ``Jorgen Sorensen``), for comparing
    one person's name as different outlets print it."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """Whether two speaker names are one person's name spelled two ways (``Volodymyr Zelenskyy``
    / ``Volodymyr Zelensky``, ``Josep`` / ``Joseph``): the surnames alike and the first names
    alike or missing.

    >>> same_person("Volodymyr Zelenskyy", "Volodymyr Zelensky")
    True
    >>> same_person("Jo Smith", "Al Jones")
    False
    >>> same_person("Deputy Mayor Ana Maria Ruiz", "Ana Ruiz"), same_person("Ana Ruiz", "Luis Ruiz")
    (True, False)
    >>> same_person("Jørgen Løkke", "Joergen Lokke"), same_person("Zoë Brontë", "Zoe Bronte")
    (True, True)
    """
    if a == b:
        return True
    pa, pb = _plain(a).split(), _plain(b).split()
    if char_similarity(pa[-1].lower(), pb[-1].lower()) < 0.75:
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    # any given name alike: a title or a middle name on one side only ("Camerlengo Kevin
    # Joseph Farrell" / "Kevin Farrell") leaves the person the same
    return any(char_similarity(x.lower(), y.lower()) >= 0.6 for x in pa[:-1] for y in pb[:-1])


#: an attribution at least this sure, read from the speaker's own name beside the quote, is sure
#: enough to set two speakers against each other
SURE = 0.85


def sure_of_speaker(q: Quote) -> bool:
    """Whether the quote's speaker is named beside it by a confident rule: a person's full name
    or a named organisation, not a pronoun followed back, a sentence's subject or a guess.

    >>> from quotecheck.models import Attribution, Quote
    >>> said = Attribution("Ana Ruiz", "Ruiz", method="after", confidence=0.95,
    ...                    source_type="person")
    >>> sure_of_speaker(Quote("a", 0, 0, 0, "we act", "sentence", 0, attribution=said))
    True
    """
    a = q.attribution
    if not a.speaker or a.confidence < SURE or "pronoun" in a.method:
        return False
    names = a.speaker.split()
    capitalised = [w for w in names if w[:1].isupper() and not (len(w) > 1 and w.isupper())]
    if a.source_type == "person":  # first and last name, neither a shouted dateline
        return len(names) >= 2 and len(capitalised) == len(names) and "'s" not in a.speaker
    return a.source_type == "organisation" and any(w[:1].isupper() for w in names)


def different_people(a: Quote, b: Quote) -> bool:
    """Whether two quotes' speakers are surely different people: both attributions sure, and
    not one surname under two given names (``Kevin Farrell`` / ``Carmelite Farrell``: a garbled
    title as often as a relative)."""
    if not (sure_of_speaker(a) and sure_of_speaker(b)):
        return False
    return not same_person(a.speaker.split()[-1], b.speaker.split()[-1])
