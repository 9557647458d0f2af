"""What the rule rows of German and French share: a phrase that names a speaker, the attribution
made of it, a personal pronoun given to the last person this article's quotes went to, and the
lists of names in marks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from ..lexicon import by_kind, epithet_key, fold_accents
from ..models import HEADING_ROLES, Attribution, Paragraph, Quote
from ..quotes import MASK
from .context import Context, Rule
from .resolve import adjusted, role_of_another
from .words import CONTINUING_VERBS, FIRST_NAMES, PARTICLES

#: the most a speaker reached through a pronoun can be trusted: its antecedent is a guess
PRONOUN_CONFIDENCE = 0.8
#: how far back a person named after a role is looked for
ROLE_WINDOW = 1500


@dataclass(frozen=True)
class Phrase:
    """A noun phrase that names a speaker: its span, its words, and the name in it (a person
    named after a title, or a bare name), if any."""

    start: int
    end: int
    text: str
    name: str | None


def phrase_attribution(
    phrase: Phrase, speaker: str, person: bool, cue: str, rule: Rule
) -> Attribution:
    """The attribution of a phrase found by ``rule``: ``speaker`` as the article names them
    fully, the phrase as the mention."""
    return Attribution(
        speaker,
        phrase.text,
        phrase.start,
        phrase.end,
        None,
        cue,
        rule.method,
        rule.confidence,
        "person" if person else "organisation",
    )


def text_attribution(words: str, start: int, end: int, cue: str, rule: Rule) -> Attribution:
    """The attribution to a text named at ``start`` (``Artikel 65 des Grundgesetzes``,
    ``article 12 du règlement``): the text is the source, a document."""
    return Attribution(
        words, words, start, end, None, cue, rule.method, rule.confidence, "document"
    )


def pronoun_attribution(
    ctx: Context, start: int, end: int, word: str, cue: str, rule: Rule, naming: Naming
) -> Attribution:
    """``sagte er``, ``a-t-il dit``: the nearer before the pronoun of the last person named
    after a role (the language's ``titled_name``: ``Ministerin Ana Varga``) and the last person
    this article's quotes were given to, each only when their gender, where the role or a
    given name tells it, is the pronoun's; no surer than the rule and
    :data:`PRONOUN_CONFIDENCE`. (The people index reads English: in German every noun is
    capitalised, and a run of capitals crosses sentences.)"""
    wanted = naming.pronouns.get(word.lower())
    at, speaker = _last_quoted(ctx, wanted, naming) or (-1, None)
    quoted_at = at
    before = _before_own_phrase(ctx, start)
    named = [
        m
        for m in naming.titled_name.finditer(ctx.masked, max(0, start - ROLE_WINDOW), before)
        if _agrees(naming.title_gender(m) or _given_gender(m.group("name"), naming), wanted)
        and not _role_set_off_after_name(ctx.masked, m)
    ]
    if named and wanted != "p":  # the person whose name came last, by role or surname alone
        last, latest = max(
            ((m, _last_use(ctx.masked, m, start)) for m in named), key=lambda p: p[1]
        )
        if latest > at and not _beside_quoted(ctx, quoted_at, latest, wanted, naming):
            speaker, at = naming.full_name(ctx.masked, last.group("name")), latest
    person = _last_person_named(ctx.masked, max(0, start - ROLE_WINDOW), before, wanted, naming)
    if (
        person is not None
        and person[0] >= at
        and wanted != "p"
        and not _beside_quoted(ctx, quoted_at, person[0], wanted, naming)
    ):
        # the same mention as the role's name too: the sentence's subject may still come first
        speaker = _opening_person(ctx, person, start, wanted, naming) or person[1]
        at = person[0]
    office = _office_before(ctx, start, wanted, naming) if wanted != "p" else None
    if (
        office is not None
        and office[0] > at
        and not _beside_quoted(ctx, quoted_at, office[0], wanted, naming)
    ):
        speaker = office[1]
    pair = (
        _pair_named(ctx.masked, max(0, start - PAIR_WINDOW), start, naming)
        if wanted == "p"
        else None
    )
    if pair is not None and pair[0] > at:
        speaker = pair[1]  # "deux adolescents, Anice et Nahel, … « … », disent-ils"
    if speaker is not None:  # "Hugo Ahmed Dathe … il": the name in full, as quoted before
        speaker = next((d.speaker for d in ctx.done if _longer_name(d.speaker, speaker)), speaker)
    if speaker is None and (body := _body_quoted_before(ctx, wanted, naming)) is not None:
        confidence = min(rule.confidence, PRONOUN_CONFIDENCE)
        method = f"{rule.method}+pronoun"
        return replace(
            body,
            mention=word,
            mention_start=start,
            mention_end=end,
            cue=cue,
            method=method,
            confidence=confidence,
        )
    return Attribution(
        speaker,
        word,
        start,
        end,
        None,
        cue,
        f"{rule.method}+pronoun" if speaker else f"{rule.method}+unresolved-pronoun",
        min(rule.confidence, PRONOUN_CONFIDENCE) if speaker else 0.0,
        "person",
    )


def _before_own_phrase(ctx: Context, pronoun: int) -> int:
    """Where a pronoun's antecedent may be named up to (:meth:`Resolver.before_own_phrase`)."""
    return ctx.resolver.before_own_phrase(pronoun)


#: how far before a plural pronoun two people named together are its antecedent
PAIR_WINDOW = 400
#: two people named together: given names or full names joined by "et", "und" or "and"
_PAIR = regex.compile(
    r"(?<![\p{L}\-])(?P<a>\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)"
    r"[ \u00a0]+(?:et|und|and)[ \u00a0]+"
    r"(?P<b>\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)(?![\p{L}\-])"
)


def _pair_named(text: str, start: int, end: int, naming: Naming) -> tuple[int, str] | None:
    """The last two people named together in ``text[start:end]`` (``Anice et Nahel``, ``Jo Kern
    et Ana Roux``), each opening on a given name the tables know, or one of them so and the
    other a lone capitalised word: (where, both names); never after an article or a preposition,
    as places are named (``les villes de Kiev et Odessa``)."""
    found = None
    for m in _PAIR.finditer(text, start, end, overlapped=True):
        firsts = [m.group(g).split()[0] for g in ("a", "b")]
        known = [_given_gender(w, naming) is not None or _is_given_name(w, naming) for w in firsts]
        single = [" " not in m.group(g) for g in ("a", "b")]
        placed = _ARTICLE_OR_PREPOSITION_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if not placed and (all(known) or (any(known) and all(single))):
            found = (m.start(), m.group())  # not "les villes de Kiev et Odessa": places
    return found


def _is_given_name(word: str, naming: Naming) -> bool:
    """Whether a table of given names has ``word``, whatever its gender."""
    return word.lower() in naming.known_given or fold_accents(word.lower()) in FIRST_NAMES


def _from_given_name(name: str, naming: Naming) -> str:
    """A name from its first given name on, when capitalised words a table of given names does
    not know come before it (``Bleu Mayenne Loïc Broussey``, an outlet's name run into the one
    told, is ``Loïc Broussey``)."""
    words = name.split()
    if _is_given_name(words[0], naming):
        return name
    given = next((n for n in range(1, len(words) - 1) if _is_given_name(words[n], naming)), None)
    return " ".join(words[given:]) if given is not None else name


def _longer_name(longer: str | None, name: str) -> bool:
    """Whether ``longer`` is ``name`` with more given names before it (``Hugo Ahmed Dathe`` for
    ``Ahmed Dathe``) or more surnames after it (``Ana Mota Da Silva`` for ``Ana Mota``), not two
    people named together (``Jo Kern und Ahmed Dathe``)."""
    if not longer:
        return False
    if longer.startswith(f"{name} "):  # "Ana Mota Da Silva" for "Ana Mota": more surnames
        return all(w[:1].isupper() or w in PARTICLES for w in longer[len(name) :].split())
    if not longer.endswith(f" {name}"):
        return False
    return all(word[:1].isupper() for word in longer[: -len(name)].split())


def _body_quoted_before(ctx: Context, wanted: str | None, naming: Naming) -> Attribution | None:
    """For ``elle`` or ``il`` that no person agrees with, the body the quote before gave its
    words to, in this paragraph or the one before, when its noun's gender is the pronoun's
    (``la direction a appelé « … ». ¶ Répondant aux syndicats, elle estime que « … »``), in a
    language whose press takes a body up by the pronoun of its noun."""
    last = next((d for d in reversed(ctx.done) if d.speaker), None)
    if (
        naming.body_gender is None
        or wanted not in {"m", "f"}
        or last is None
        or last.attribution.source_type != "organisation"
        or last.paragraph < ctx.quote.paragraph - 1
    ):
        return None
    agrees = naming.body_gender(last.attribution.mention or "") == wanted
    return last.attribution if agrees else None


#: a full name and the comma that sets off what follows as its apposition
_FULL_NAME_THEN_COMMA = regex.compile(
    r"\p{Lu}[\p{L}’'\-]+(?:[\s\u00a0]+\p{Lu}[\p{L}’'\-]+)+[\s\u00a0]*,[\s\u00a0]*$"
)


def _role_set_off_after_name(masked: str, titled: regex.Match) -> bool:
    """Whether a role and a capitalised word stand in an apposition after a full name
    (``Jérôme Roux, délégué syndical Sud,``): the word is the role's body, the person the name
    before."""
    if " " in titled.group("name").strip():
        return False
    return bool(_FULL_NAME_THEN_COMMA.search(masked, max(0, titled.start() - 60), titled.start()))


def _office_before(
    ctx: Context, pronoun: int, wanted: str | None, naming: Naming
) -> tuple[int, str] | None:
    """The person an office named with no name in the sentence before the pronoun's stands
    for, when that sentence names nobody and the office's article tells the pronoun's gender
    (``D'après la maire, le budget ira aux écoles. « … », a-t-elle résumé``): (where, name)."""
    sentence = ctx.resolver.sentence_before(pronoun)
    if sentence is None or wanted is None:
        return None
    opening, end = sentence
    masked = ctx.masked
    if (
        naming.titled_name.search(masked, opening, end)
        or _people_in(ctx, opening, end, naming)
        or _last_person_named(masked, opening, end, wanted, naming)  # "Lucie" alone, too
    ):
        return None
    for word in _WORD_START.finditer(masked, opening, end):
        if _ELIDED.sub(r"\1 ", word.group()).split()[0].lower() not in naming.definite:
            continue
        phrase = naming.noun_phrase(masked, word.start(), end)
        if (
            phrase is not None
            and phrase.name is None
            and naming.is_person(phrase)
            and naming.mention_gender(phrase.text) == wanted
            and (name := _named_role(ctx, phrase, naming))
        ):
            return phrase.start, name  # the first: the sentence's subject, or its source
    return None


def _people_in(ctx: Context, start: int, end: int, naming: Naming) -> bool:
    """Whether ``ctx.masked[start:end]`` names a person by full name."""
    people = _people_of(ctx.masked, naming)
    return any(start <= at < end for at, _, _ in people)


#: a word, an elided article with it ("l'élue")
_WORD_START = regex.compile(r"(?<![\p{L}’'])\p{L}+(?:[’']\p{L}+)?")


def _last_use(text: str, titled: regex.Match, before: int) -> int:
    """Where the person named after a role was last named before ``before``: the role and name,
    or the surname alone later (``Kanzler Kern … X … Kern verwies``)."""
    surname = titled.group("name").split()[-1]
    at = text.rfind(surname, titled.end("name"), before)
    while at >= 0 and not _alone(text, at, len(surname)):
        at = text.rfind(surname, titled.end("name"), at)
    return max(at, titled.start("name"))


#: a given name and a surname, with a name particle if any (``Ana Varga``, ``Ursula von Berg``,
#: ``Karl-Heinz Möller``)
_FULL_NAME = regex.compile(
    r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+"
    # middle initials ("Jo K. Roth"), then a particle, and the article some take after it:
    # "von der Brandt", "van den Berg", "de la …"; many names set theirs in capitals: "Le Foll",
    # "De Wever", "El Haddad", "Van Rompuy"
    r"((?:\p{Lu}\.[ \u00a0]+){0,2}(?:(?:"
    + "|".join(f"[{p[0]}{p[0].upper()}]{p[1:]}" for p in sorted(PARTICLES))
    + r")[ \u00a0]+(?:(?:der|den|dem|la|La)[ \u00a0]+)?)?"
    r"\p{Lu}[\p{L}\-’']+)"
)


@lru_cache(maxsize=1024)
def before_surname(name: str) -> regex.Pattern:
    """A capitalised word, and the word before it, right before the surname ``name`` on its line:
    where an article may give its bearer's given name (``Jana Roth``, ``le maire Denis Roth``,
    ``Jo K. Roth`` with initials between; never a headline's last word over a paragraph's
    first)."""
    return regex.compile(
        r"(?:(?P<before>\p{L}+)\s+)?(?P<given>\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)[^\S\n]+"
        r"(?P<initials>(?:\p{Lu}\.[^\S\n]+){1,2})?"
        r"(?P<particle>(?:von|van|zu|de|der|di|da)[^\S\n]+)?" + regex.escape(name) + r"\b"
    )


@lru_cache(maxsize=16)
def _people(
    text: str,
    given: frozenset[str],
    articles: frozenset[str],
    places: frozenset[str],
    works: frozenset[str],
    function_words: frozenset[str] | None = None,
) -> tuple[tuple[int, str, str], ...]:
    """Every person an article names by a given name (the U.S. table's or one of ``given``)
    and a surname: (where, full name, surname). The language's articles are no given names
    (French "Les Préfets", though the U.S. table has Les), a name after a noun for a place
    names the place (``la région d'Al Haouz``, ``le lycée Jean Moulin``), and one right after a
    noun for a work or an event names it (``le festival Art Sonic``). Where a language
    capitalises no common noun (``function_words`` given), a second surname is read too
    (``Carmen Ruiz Ortega``), the last word kept as the surname."""

    def is_given(word: str) -> bool:  # a double given name ("Karl-Heinz") is one if both are
        return word.lower() not in articles and all(
            part in given or fold_accents(part) in FIRST_NAMES for part in word.lower().split("-")
        )

    people = []
    for m in _FULL_NAME.finditer(text, overlapped=True):
        if (
            not (
                is_given(m.group(1))
                or (m.group(1).lower() not in articles and _told_as_person(text, m, is_given))
            )
            or after_place_noun(text, m.start(), places)
            or _fronted_place(text, m.start(), m.end())
            or _after_work_noun(text, m.start(), works)
        ):
            continue
        if is_given(m.group(2)) and _CAPITALISED_NEXT.match(text, m.end()):
            continue  # "Karl Heinz" of "Karl Heinz Pfeffer": two given names, the name goes on
        start, name = m.start(), f"{m.group(1)} {m.group(2)}"
        before = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and is_given(before.group(1)):
            start, name = before.start(1), f"{before.group(1)} {name}"  # "Karl Heinz Pfeffer"
        surname = m.group(2).split()[-1]
        second = _SECOND_SURNAME.match(text, m.end()) if function_words is not None else None
        if (
            second is not None
            and second.group(1).lower() not in function_words | articles
            and not is_given(second.group(1))
        ):  # "Françoise Cassouade Salle"
            name, surname = f"{name} {second.group(1)}", second.group(1)
        people.append((start, name, surname))
    return tuple(people)


def _told_as_person(text: str, m: regex.Match, is_given: Callable[[str], bool]) -> bool:
    """Whether two capitalised words whose first no table of given names has are a person all
    the same, by what follows them: an age in brackets (``Tabera Riehle (28)``) or where they
    are from (``Tabera Riehle aus Häslach``), as local news introduces people."""
    return (
        " " not in m.group(2)
        and not is_given(m.group(2))
        and _PERSON_TOLD.match(text, m.end()) is not None
    )


#: an age in brackets or "aus" and a place right after a name: a person's
_PERSON_TOLD = regex.compile(r"[ \u00a0]*\(\d{1,3}\)|[ \u00a0]+aus[ \u00a0]+\p{Lu}\p{Ll}")
#: a capitalised word right after a name and no more after it: a second surname
_SECOND_SURNAME = regex.compile(r"[ \u00a0]+(\p{Lu}\p{Ll}+)\b(?![ \u00a0]+\p{Lu})")
#: a capitalised word right after a name: the name goes on
_CAPITALISED_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}\p{Ll}")
#: a capitalised word right before a name, the first of two given names
_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}\-])(\p{Lu}\p{Ll}+)[ \u00a0]+$")


#: the word right before a name
_WORD_RIGHT_BEFORE = regex.compile(r"(\p{L}+)[\s\u00a0]+$")


def _after_work_noun(text: str, at: int, works: frozenset[str]) -> bool:
    """Whether the name at ``at`` stands right after a noun for a work or an event
    (``le festival Art Sonic``, ``l'émission Hugo Perrin``): its name, no person's."""
    before = _WORD_RIGHT_BEFORE.search(text, max(0, at - 20), at) if works else None
    return before is not None and before.group(1).lower() in works


#: a sentence opening on French "À" (or "A", its capital often written bare) before a name
_FRONTED_AT = regex.compile(r"(?:^|[.!?…»”\"][ \u00a0]+|\n)(?:À|A)[ \u00a0]+$")


def _fronted_place(text: str, start: int, end: int) -> bool:
    """Whether a name opens a sentence after French "À" and a comma closes it (``À Moulay
    Brahim, Khalid confie …``): where the sentence happens, a place, no person."""
    return _FRONTED_AT.search(text, max(0, start - 4), start) is not None and text[
        end : end + 2
    ].lstrip(" \u00a0").startswith(",")


def _people_of(text: str, naming: Naming) -> tuple[tuple[int, str, str], ...]:
    """:func:`_people` with the language's given names, articles and nouns for places; a name
    a role introduces is read in full there (``Staatssekretär Hermann Onko Aeikens``, whose
    middle name no table has)."""
    people = _people(
        text,
        naming.known_given,
        naming.articles,
        naming.place_nouns,
        naming.work_nouns,
        naming.function_words if naming.double_surnames else None,
    )
    titled = {m.start("name"): m.group("name") for m in naming.titled_name.finditer(text)}
    longer = {
        at: titled[at]
        for at, name, _ in people
        if at in titled and titled[at].startswith(name + " ")
    }
    read = [
        (at, longer[at], longer[at].split()[-1]) if at in longer else (at, name, surname)
        for at, name, surname in people
    ]
    return tuple(sorted(read + _named_after_possessor(text, people, naming)))


def _named_after_possessor(
    text: str, people: tuple[tuple[int, str, str], ...], naming: Naming
) -> list[tuple[int, str, str]]:
    """The people a possessor's genitive names by a noun for who they are and a given name
    (``Knut Jägers Sohn Hendrik``: Hendrik, whom a pronoun after may take up), as the
    language's noun phrase reads them."""
    found = []
    for at, name, surname in people:
        end = at + len(name)
        if not surname.endswith("s") or not _CAPITALISED_NEXT.match(text, end):
            continue
        phrase = naming.noun_phrase(text, at, min(len(text), end + 60))
        if (
            phrase is not None
            and phrase.name
            and " " not in phrase.name
            and name not in phrase.name
        ):
            found.append((phrase.end - len(phrase.name), phrase.name, phrase.name))
    return found


#: the word before a name, and the "de" that may join them: "la région d'", "la rue"
_WORD_BEFORE_NAME = regex.compile(r"(\p{L}+)[\s\u00a0]+(?:(?:de|du)[\s\u00a0]+|d['’])?$")


def after_place_noun(text: str, at: int, places: frozenset[str]) -> bool:
    """Whether the name at ``at`` follows a noun for a place (``la rue``, ``la région de``)."""
    before = _WORD_BEFORE_NAME.search(text, max(0, at - 30), at) if places else None
    return before is not None and before.group(1).lower() in places


def person_named_in(
    ctx: Context, start: int, end: int, rule: Rule, naming: Naming
) -> Attribution | None:
    """The one person named in ``ctx.masked[start:end]`` by full name (or by a surname the
    article gives in full), as the speaker of a quote the rule reads there; None when nobody or
    two people are named."""
    people = _people_of(ctx.masked, naming)
    named = {name for at, name, _ in people if start <= at < end}
    found = _last_person_named(ctx.masked, start, end, None, naming)
    if found is None or len(named - {found[1]}) > 0:
        return None
    at, name = found
    return Attribution(
        name, name, at, at + len(name), None, ":", rule.method, rule.confidence, "person"
    )


def _beside_quoted(
    ctx: Context, quoted_at: int, at: int, wanted: str | None, naming: Naming
) -> bool:
    """Whether a person named at ``at`` stands after the last quoted person's mention in the
    same sentence, the cue's: in a complement of it (``a déclaré M. X à propos de la carte
    proposée par le président Y``), so never nearer than the quoted person for a pronoun; or
    after a pronoun of the wanted gender in a later sentence, which went on with the quoted
    person before this one was named (``Das weiß er, weil er mit seinem Nachbarn Y …``)."""
    if not 0 <= quoted_at < at:
        return False
    start = ctx.grammar.sentence_start(0, at)
    if start <= quoted_at:
        return True
    return wanted in {"m", "f"} and any(
        naming.pronouns.get(word.lower()) == wanted for word in _WORD.findall(ctx.masked, start, at)
    )


_WORD = regex.compile(r"\b\p{L}+\b")


def _last_quoted(ctx: Context, wanted: str | None, naming: Naming) -> tuple[int, str] | None:
    """The person this article's last quotes were given to, of the wanted gender where the role
    or a given name tells it, and where it was mentioned: (where, speaker)."""
    for q in reversed(ctx.done):
        a = q.attribution
        if a.source_type == "person" and a.speaker and _agrees(_gender(a, naming), wanted):
            mention = (a.mention or "").lower()
            plural = (
                "+joint" in a.method
                or naming.pronouns.get(mention) == "p"
                or mention.split(" ", 1)[0] in naming.plural  # "les agriculteurs"
            )
            if (wanted == "p") != plural and wanted is not None:
                continue  # « ils », « elles »: people named together, never one person; and
                # one person ("ce vacancier") never a couple quoted as « eux »
            return (a.mention_start if a.mention_start is not None else q.start), a.speaker
    return None


def latest_person(
    ctx: Context, end: int, wanted: str | None, naming: Naming, since: int = 0
) -> str | None:
    """The full name of the last person named before ``end`` (within :data:`ROLE_WINDOW`, and
    from ``since`` on), of the gender ``wanted`` where a given name tells it: whom "the latter"
    stands for."""
    start = max(0, end - ROLE_WINDOW, since)
    found = _last_person_named(ctx.masked, start, end, wanted, naming)
    return found[1] if found else None


def _last_person_named(
    text: str, start: int, end: int, wanted: str | None, naming: Naming
) -> tuple[int, str] | None:
    """The last person named in ``text[start:end]`` by full name or by a surname the article
    gives in full, of the wanted gender where a given name tells it: (where, full name)."""
    people = _people_of(text, naming)
    full = {surname: name for at, name, surname in people if at < end}
    found: tuple[int, str] | None = None
    for at, name, _ in people:
        if start <= at < end and _agrees(_given_gender(name, naming), wanted):
            found = (at, name)
    for surname, name in full.items():
        if not _agrees(_given_gender(name, naming), wanted):
            continue
        at = text.rfind(surname, start, end)
        if at >= 0 and (found is None or at > found[0]) and _alone(text, at, len(surname)):
            found = (at, name)
    if naming.lone_given_name and wanted in {"m", "f"}:
        # a witness by a given name alone: "Lucie dit …", "Marc* n'a rien vu"
        named = {name.split()[0] for _, name, _ in people}
        for m in _LONE_GIVEN.finditer(text, max(start, found[0] + 1 if found else start), end):
            word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
            if (
                word not in named
                and word.lower() not in naming.articles
                and word.lower() not in naming.pronouns  # "Elle a dit …": a given name too
                and word.lower() not in naming.function_words
                and _lone_given_gender(text, m.end(), word, naming) == wanted
                and not _participle_set_off(text, m.end(), word, naming)
                # "la porte d'Hélène, 95 ans", "le collège d'Élodie, prof d'histoire,": an age
                # or what they are set off makes the possessor a person
                and (
                    not _ARTICLE_OR_PREPOSITION_BEFORE.search(
                        text, max(0, m.start() - 4), m.start()
                    )
                    or m.group(4) is not None
                    or _AGE_SET_OFF.match(text, m.end())
                    # "C'est le cas de Cyril, touriste parisien.": a possessor set off
                    or (
                        _OF_BEFORE.search(text, max(0, m.start() - 4), m.start())
                        and _WHAT_SET_OFF.match(text, m.end())
                    )
                )
            ):
                found = (m.start(), word)
    return found


def _lone_given_gender(text: str, end: int, word: str, naming: Naming) -> str | None:
    """The gender of a person named by a given name alone: the name's, else the one the role
    set off after it tells (``Dominique, directeur d'hôpital à la retraite``)."""
    gender = _given_gender(word, naming)
    if gender is None and naming.role_gender is not None:
        role = _SET_OFF_ROLE.match(text, end)
        gender = naming.role_gender(role.group(1)) if role else None
    return gender


def _participle_set_off(text: str, end: int, word: str, naming: Naming) -> bool:
    """Whether a capitalised word set off before a clause's subject pronoun is a participle
    or an adjective (``Lassé, il décide …``) rather than a name taken up by the pronoun
    (``pour Marie-Jeanne, elle veille …``): a given name only with its accents folded away
    (``Lassé`` as the English table's Lasse), which the language's own table lacks."""
    low = word.lower()
    return (
        _PRONOUN_CLAUSE_AFTER.match(text, end) is not None
        and low not in naming.given_names
        and fold_accents(low) != low
    )


#: a comma and a subject pronoun opening a clause
_PRONOUN_CLAUSE_AFTER = regex.compile(r"[ \u00a0]*,[ \u00a0]*(?:il|elle|ils|elles|on)\b")
#: the noun set off after a given name, an article maybe before it
_SET_OFF_ROLE = regex.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:(?:une?|la|le|l['’])[ \u00a0]*)?(\p{Ll}[\p{L}\-]*)"
)


#: a capitalised word standing alone, no capitalised word right before or after it, a
#: pseudonym's asterisk maybe (French "Marc*"): a given name alone, where the table has it
_LONE_GIVEN = regex.compile(
    # no capitalised word right before, but a preposition or a conjunction opening the
    # sentence ("Pour Marc, stagiaire, la grève va durer.": whose view it is; "Mais Lucie …")
    r"(?:(?<=(?:^|[.!?\n])[ \u00a0\n]*(?:Pour|Comme|Chez|Selon|Mais|Et|Puis|Alors|Enfin)[ \u00a0]+)"
    r"|(?<![\p{Lu}][\p{L}’'\-]*[ \u00a0]))"
    r"(?<![\p{L}\-’'])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\*?"
    # then a verb, not a preposition ("Grâce à …", "Victoire pour …"), or an age set off
    r"(?=[ \u00a0]+(?!(?:à|au|aux|de|du|des|en|pour|par|et|ou|sur|dans|avec|sans)\b)\p{Ll}"
    r"|[ \u00a0]*,[ \u00a0]*\d{1,3}[ \u00a0]+(?:ans|Jahre)\b"
    # or a colon, the words that follow being theirs ("des éleveurs comme Lucie : « … »")
    r"|[ \u00a0]*:"
    # or an aside between dashes: "Vincent - plus calme, c'est selon - attend …"
    r"|[ \u00a0]+[-–—][ \u00a0][^-–—\n]{2,80}[ \u00a0][-–—][ \u00a0]+\p{Ll}"
    # or what the person is, set off: "où Francine, agente de service, prendra …", "comme
    # Hugo, viticulteur : « … »"
    # or "…, touriste parisien." closing the sentence ("…, partie dîner chez des amis au
    # moment où l'incendie a pris.")
    r"|[ \u00a0]*,[ \u00a0]*(?:une?|la|le|l['’])?[ \u00a0]*\p{Ll}[^,.;:«»\n]{2,80}"
    r"(?:[,:]|\.(?=[ \u00a0\n]))"
    # or a role after an article set off, its closing comma left out: "Hugo, le chef de
    # chantier explique …"
    r"|[ \u00a0]*,[ \u00a0]*(?:une?|la|le|l['’])[ \u00a0]*\p{Ll}"
    # or a stressed pronoun set off after it, contrasting it with another: "Lucie, elle, …"
    r"|[ \u00a0]*,[ \u00a0]*(?:elle|lui)[ \u00a0]*,)"
    # or after French "chez", at someone's home, or "selon", whose view it is: "L'eau est
    # entrée chez Greta.", "…, selon Cédric."
    r"|(?<=\b(?:chez|selon)[ \u00a0]+)(\p{Lu}\p{Ll}+)(?![\p{L}\-’'])(?![ \u00a0]+\p{Lu})"
    # or after a noun of kinship or company: "avec son frère Thierry", "sa voisine Léa"
    r"|(?<=\b(?:frère|sœur|soeur|mère|père|fils|fille|mari|épouse|époux|compagne|compagnon"
    r"|cousin|cousine|oncle|tante|ami|amie|voisin|voisine)[ \u00a0]+)"
    r"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-’'])(?![ \u00a0]+\p{Lu})"
    # or as a possessor, an age or what the person is set off after it: "La porte d'Hélène,
    # 95 ans, reste ouverte.", "le collège d'Élodie, prof d'histoire, cherche …"
    r"|(?<=\bd['’])(\p{Lu}\p{Ll}+)(?=[ \u00a0]*,[ \u00a0]*(?:\d{1,3}[ \u00a0]+ans\b"
    r"|(?:une?|la|le|l['’])?[ \u00a0]*\p{Ll}[^,.;:«»\n]{2,50},))"
)
#: "de" or "d'" right before a name
_OF_BEFORE = regex.compile(r"\b(?:d['’]|de[ \u00a0])$")
#: what a person is, set off after their name up to a comma or the sentence's end
_WHAT_SET_OFF = regex.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:une?|la|le|l['’])?[ \u00a0]*\p{Ll}[^,.;:«»\n]{2,80}"
    r"(?:,|\.(?=[ \u00a0\n]))"
)
#: an age set off after a name: ", 95 ans", ", 40 Jahre"
_AGE_SET_OFF = regex.compile(r"\*?[ \u00a0]*,[ \u00a0]*\d{1,3}[ \u00a0]+(?:ans|Jahre)\b")
#: an article or a preposition before a capitalised word: a place or a thing ("la France", "en
#: Florence"), no person
_ARTICLE_OR_PREPOSITION_BEFORE = regex.compile(
    r"(?i:\b(?:la|le|les|en|de|du|des|à|au|aux)[ \u00a0]|[ld]['’])$"
)


def _opening_person(
    ctx: Context, person: tuple[int, str], pronoun: int, wanted: str | None, naming: Naming
) -> str | None:
    """The person the sentence before the pronoun opens on, when ``person`` is only named later
    in it (``Jo Kern lobte die Arbeit von Ana Varga. Er sagte …``: Kern, the subject, not the
    object), and their given names do not tell the other gender for the subject."""
    masked = ctx.masked
    start = ctx.grammar.sentence_start(max(0, person[0] - ROLE_WINDOW), person[0])
    end = ctx.grammar.sentence_end(person[0], pronoun)
    if end > pronoun:
        return None  # the pronoun's own sentence
    while (following := ctx.grammar.sentence_end(end, pronoun)) < pronoun:
        if not _goes_on_about(masked[end:following], wanted, naming):
            return None  # not the sentence right before it, nor one that goes on with "il"
        end = following
    opening = next(
        (p for p in _people_of(masked, naming) if start <= p[0]),
        None,
    )
    if opening is None or opening[0] >= person[0] or opening[1] == person[1]:
        return _role_subject(ctx, start, opening[0] if opening else person[0], wanted, naming)
    before = masked[start : opening[0]].rsplit("\n", 1)[-1]  # (a heading above is no part)
    set_off = before.rstrip().endswith(",")
    apposed = set_off and _SET_OFF_AFTER.match(masked, opening[0])
    # a short phrase set off before the subject: "Mais avant cet intermède, Jo Kern …"
    leading = set_off and len(before.split()) <= _LEADING_WORDS and MASK not in before
    if not (apposed or leading) and not all(w[:1].isupper() for w in before.split()):
        return None  # words in lower case before the name: it does not open the sentence
    phrase = naming.noun_phrase(masked, opening[0], end)
    if phrase is not None and phrase.name and opening[1] not in phrase.name:
        return None  # "Knut Jägers Sohn Jan": a possessor's genitive, no subject
    subject, named = _given_gender(opening[1], naming), _given_gender(person[1], naming)
    if subject == wanted or (subject is None and named is None):
        return opening[1]
    return None


#: how many words a phrase set off before a sentence's subject may have
_LEADING_WORDS = 8


def _goes_on_about(sentence: str, wanted: str | None, naming: Naming) -> bool:
    """Whether a sentence between a person's and a pronoun's goes on about the same person: a
    personal pronoun of the wanted gender among its first words, and no one else named in it
    (``… X répond. Malgré les sondages, il écarte … « … », souligne-t-il``)."""
    words = [w.strip(",;:") for w in sentence.split()[:12]]
    own = any(naming.pronouns.get(w.lower()) == wanted for w in words) if wanted else False
    return own and not _FULL_NAME.search(sentence)


#: a full name set off after a role that opens the sentence, then its verb: ``Dans un
#: entretien, le ministre, Jo Kern, répond …``
_SET_OFF_AFTER = regex.compile(
    r"\p{Lu}[\p{L}’'\-]*(?:[\s\u00a0]+\p{Lu}[\p{L}’'\-]*)+,[\s\u00a0]+\p{Ll}"
)


#: a second role joined to the first before the name both are the roles of (``Die Landrätin
#: und Kreisvorsitzende Jo Kern``, ``Le ministre et porte-parole du gouvernement Marc Roux``)
_SECOND_ROLE = regex.compile(r"\s+(?:und|et|and)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}\s+")


def _role_subject(
    ctx: Context, start: int, person: int, wanted: str | None, naming: Naming
) -> str | None:
    """A role with no name opening the sentence as its subject, before a person the sentence
    names later as an object (``Le candidat de la droite a accusé le président X … « … »,
    avait-il dénoncé``): the person the role stands for, or the role itself."""
    lead = ctx.masked[start:person]
    subject = naming.noun_phrase(ctx.masked, start + len(lead) - len(lead.lstrip()), person)
    if subject is None or subject.name is not None or not naming.is_person(subject):
        return None
    if (
        not ctx.masked[subject.end : person].strip()
        or naming.apposed_name.match(ctx.masked, subject.end, subject.end + 80)
        or _SECOND_ROLE.fullmatch(ctx.masked, subject.end, person)
    ):  # "Die Bürgermeisterin Ana Varga", "Le maire, Marc Roux,", "Die Landrätin und
        # Kreisvorsitzende Jo Kern": the named person's own role
        return None
    words = _ELIDED.sub(r"\1 ", subject.text).split()
    if words[0].lower() not in naming.definite:
        return None
    if not _agrees(naming.mention_gender(subject.text), wanted):
        return None
    return _named_role(ctx, subject, naming) or subject.text


def headline_speaker(
    ctx: Context, label: regex.Match, naming: Naming, rule: Rule
) -> Attribution | None:
    """A headline's topic before a colon that is a person the article names in full
    (``Fontaine : le pont est « une honte »``, ``Pfeifer: Plan „nicht haltbar“``): as headlines
    set it, that person speaks, not the clause's subject."""
    if ctx.paragraph.role not in HEADING_ROLES:
        return None
    words = label.group(1).split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    named = {name for _, name, _ in _people_of(ctx.masked, naming)}
    matching = {name for name in named if name.split()[-1] == words[-1]}
    if len(matching) != 1 or (len(words) > 1 and " ".join(words) not in matching):
        return None
    phrase = Phrase(label.start(1), label.end(1), label.group(1), matching.pop())
    return phrase_attribution(phrase, phrase.name or "", True, "", rule)


def _alone(text: str, at: int, size: int) -> bool:
    """Whether the word at ``at`` stands as a whole word."""
    before = text[at - 1] if at else " "
    after = text[at + size] if at + size < len(text) else " "
    return not before.isalpha() and not after.isalpha()


def _gender(attribution: Attribution, naming: Naming) -> str | None:
    """The gender of the person an attribution names, where a given name, a pronoun or the words
    of the mention tell it (``Claire Fontaine``, ``elle``, ``le préfet``, ``die Sprecherin``)."""
    mention = attribution.mention or ""
    return (
        _given_gender(attribution.speaker or "", naming)
        or naming.pronouns.get(mention.lower())
        or naming.mention_gender(mention)
    )


def _given_gender(name: str, naming: Naming) -> str | None:
    """``m`` or ``f`` where the first name tells it: the language's own given names first
    (``Jean`` is a man in French), then the U.S. table (data/first_names.tsv), accents
    folded (``Cécile`` as ``cecile``); else None. A double given name goes by its first part."""
    words = name.split()
    first = words[0].lower().split("-")[0] if words else ""
    gender = naming.given_names.get(first) or FIRST_NAMES.get(fold_accents(first))
    return {"male": "m", "female": "f"}.get(gender or "")


def _agrees(gender: str | None, wanted: str | None) -> bool:
    """Whether a person of ``gender`` may be what a pronoun of ``wanted`` stands for: a neuter
    pronoun (``es``) never stands for a person named as a man or a woman."""
    if wanted == "n":
        return gender is None
    return gender is None or wanted not in {"m", "f"} or gender == wanted


@dataclass(frozen=True)
class Naming:
    """How one language names a speaker: its personal pronouns, its noun phrase, a name set off
    after a role (``der Sprecher der Stadtwerke, Jo Kern,``), a name after a role for pronouns to
    go back to, whether a phrase is a person's, and the fuller name an article gives a surname."""

    #: personal pronouns and their gender (m, f; p for a plural)
    pronouns: dict[str, str]
    noun_phrase: Callable[[str, int, int], Phrase | None]
    apposed_name: regex.Pattern
    #: a name after a role, with the role in a group ``title`` and the name in ``name``
    titled_name: regex.Pattern
    #: the gender a titled-name match tells (``Ministerin``, ``la ministre``), or None
    title_gender: Callable[[regex.Match], str | None]
    is_person: Callable[[Phrase], bool]
    full_name: Callable[[str, str], str]
    #: the gender a mention with no given name tells by its article or its role (``le préfet``,
    #: ``die Sprecherin``), or None
    mention_gender: Callable[[str], str | None]
    #: whether a word is a role (``maire``, ``Bürgermeisterin``, ``SPD-Vorsitzende``)
    is_role: Callable[[str], bool]
    #: the definite articles, in lower case: a role after one is somebody already named
    definite: frozenset[str]
    #: the language's given names with their sex (``male``, ``female``), read before the U.S.
    #: table: the names it lacks or gives otherwise
    given_names: dict[str, str]
    #: nouns for a person by nationality (``der Franzose``): an epithet for someone just named
    demonyms: frozenset[str] = frozenset()
    #: epithets for a role already named (``das Staatsoberhaupt``) and the roles they stand
    #: for, as :func:`~quotecheck.lexicon.role_epithets` reads them
    epithets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a person by age after a definite article, for someone just named (``l'homme de 58 ans``,
    #: ``la sexagénaire``); its group ``m`` or ``f``, where one matched, tells the gender
    age_epithet: regex.Pattern | None = None
    #: demonstratives that stand alone for the one just named (``sagte dieser,``), each with
    #: the personal pronoun of its gender
    demonstratives: dict[str, str] = field(default_factory=dict)
    #: demonstrative determiners of one person and the gender each tells (``cette``, ``dieser``;
    #: empty where the noun tells it): a person noun after one is the person just spoken of
    pointing: dict[str, str] = field(default_factory=dict)
    #: the speaker of a verb of saying with its subject after it, read at a position (the
    #: rules' own reading after a quote): a sentence's closing clause of saying
    inverted_cue: Callable[[Context, int, Rule], Attribution | None] | None = None
    #: determiners that open a plural noun phrase (``les``, ``des``): its people are ``ils``
    plural: frozenset[str] = frozenset()
    #: the reflexive pronoun an article never stands before (German ``sich``): ``fragen die
    #: sich`` has a demonstrative for its subject, no noun phrase
    reflexive: frozenset[str] = frozenset()
    #: a verb form that makes a pronoun of two numbers plural (German ``sagten sie``)
    plural_verb: regex.Pattern | None = None
    #: finite auxiliaries and modals of the singular, whose number no cue overrides (German
    #: ``Sie sei bereit zu sagen``: ``sagen`` is the infinitive)
    singular_verbs: frozenset[str] = frozenset()
    #: words of rank that open a role, capitalised or not (``le Premier ministre``)
    ranks: frozenset[str] = frozenset()
    #: a feminine singular article that is the plural's too (German ``die``): a masculine
    #: demonym after it (``die Norweger``) is a people, no one woman
    plural_too: frozenset[str] = frozenset()
    #: words opening a sentence before the source of what it reports (``Selon la préfecture,
    #: …``): that source is the sentence's, as its subject would be
    source_openers: frozenset[str] = frozenset()
    #: the gender of a body a subject's article and noun name (``la préfecture``, ``le
    #: parquet``), for a pronoun that takes the body up; None where the language's press gives
    #: a body's words to a named spokesperson instead (German)
    body_gender: Callable[[str], str | None] | None = None
    #: the gender a role noun's form tells (French ``directeur``, ``directrice``), for a given
    #: name of either sex with the role set off after it (``Dominique, directeur de …``)
    role_gender: Callable[[str], str | None] | None = None
    #: whether a definite article and a capitalised word name a newspaper or a body (French
    #: ``Le Vigilant``), where German capitalises every noun after its article
    named_with_article: bool = False
    #: whether a capitalised word alone that the tables give as a given name is a person
    #: (French ``Lucie dit …``, ``Marc* n'a rien vu``), where German capitalises every noun
    lone_given_name: bool = False
    #: whether a second capitalised word after a surname is a second surname (French
    #: ``Carmen Ruiz Ortega``), where German capitalises every noun (``dass Jo Kern Angst hat``)
    double_surnames: bool = False
    #: a phrase set off before a sentence's subject (French ``Ce matin, elle …``), where the
    #: language has one that a comma closes
    leading_phrase: regex.Pattern | None = None
    #: the language's function words, never a given name alone though a foreign table may
    #: have one (``Très remontée, elle …``: English "Tres")
    function_words: frozenset[str] = frozenset()
    #: an agency's dateline opening a story (``PARIS (Reuters) - ``): no subject of it
    dateline: regex.Pattern | None = None
    #: nouns for a place that a name after them names (``la rue Jean Moulin``): no person
    place_nouns: frozenset[str] = frozenset()
    #: nouns for a work or an event that a name right after them names (``le festival Art
    #: Sonic``): no person
    work_nouns: frozenset[str] = frozenset()
    #: nouns for a body of people a plural pronoun may take up (French ``Le collectif … :
    #: « … », expliquent-ils``): its members speaking
    collectives: frozenset[str] = frozenset()
    known_given: frozenset[str] = field(init=False)
    #: every article, singular and plural: never a given name before a capitalised word
    articles: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "known_given", frozenset(self.given_names))
        object.__setattr__(self, "articles", self.definite | self.plural)


#: a quote's closing mark (masked) and a colon after it, as a headline sets its speaker after
_COLON_AFTER_QUOTE = regex.compile(r"[\s\u00a0\u202f»«“”\"" + MASK + r"]*:[\s\u00a0\u202f]*")


def headline_person_after_colon(ctx: Context, rule: Rule, naming: Naming) -> Attribution | None:
    """A headline's quote, a colon and a person after it (``„…“: Brandes kämpft um das Werk``,
    ``« … » : la maire Fontaine …``) whom the story below names again: that person, as a
    headline sets its speaker before what they did, with no verb of saying."""
    q = ctx.quote
    if q.placement != "headline":
        return None
    colon = _COLON_AFTER_QUOTE.match(ctx.masked, q.end, ctx.paragraph.end)
    if colon is None:
        return None
    found = speaker_at(ctx, colon.end(), ctx.paragraph.end, ":", rule, naming)
    if found is None or found.source_type != "person" or not found.speaker:
        return None
    surname = found.speaker.split()[-1]
    if naming.is_role(surname):
        return None  # "„…“: Bürgermeisterin kämpft …": a role the headline gives no name
    body = ctx.masked[ctx.paragraph.end :]
    if (
        " " not in found.speaker
        and not any(last == surname for _, _, last in _people_of(body, naming))
        and not any(
            m.group("name").split()[-1] == surname for m in naming.titled_name.finditer(body)
        )
    ):  # "„…“: Hafen bittet um Hilfe": a noun the story names nobody by (its people are
        # named with a given name or after a role: "Ilka Brandes", "Bürgermeister Vogt")
        return None
    return found if body.find(surname) >= 0 else None


def paragraph_before_lone_quote(ctx: Context, closing: str = " .,") -> Paragraph | None:
    """The body paragraph before a paragraph that is nothing but the quote (``closing``: what
    may follow its closing mark), whose last sentence may announce the quote's speaker; None
    when the quote has words of the narrator's around it."""
    q, para = ctx.quote, ctx.paragraph
    if q.kind != "sentence" or q.start - len(q.open_mark) != para.start or q.paragraph == 0:
        return None
    if ctx.article.text[q.end + len(q.close_mark) : para.end].strip(closing):
        return None  # words of the narrator's after the quote: a cue of its own, or none
    before = ctx.article.paragraphs[q.paragraph - 1]
    return before if before.role == "body" else None


def speaker_at(
    ctx: Context, pos: int, end: int, cue: str, rule: Rule, naming: Naming
) -> Attribution | None:
    """The speaker named at ``pos`` (read no further than ``end``): a personal pronoun, or a
    noun phrase, with a name set off after a role standing for it."""
    masked = ctx.masked
    word = _FIRST_WORD.match(masked, pos, end)
    if word and word.group(1).lower() in naming.pronouns:
        at, found = word.start(1), word.group(1)
        pronoun = pronoun_attribution(ctx, at, at + len(found), found, cue, rule, naming)
        if naming.pronouns[found.lower()] == "f" and _plural_verb_beside(
            masked, at + len(found), cue, naming
        ):
            # "Sie trugen Schilder …": German "sie" of a plural verb is no one woman
            method = f"{rule.method}+unresolved-pronoun"
            pronoun = replace(pronoun, speaker=None, method=method, confidence=0.0)
        return nearer_unnamed_subject(ctx, pronoun, found, rule, naming)
    if (
        word
        and word.group(1).lower() in naming.plural_too
        and (after := _FIRST_WORD.match(masked, word.end(1), end))
        and after.group(1) in naming.reflexive
    ):  # "„Was soll das?“ – fragen die sich": "die" stands for the people, unnamed
        at = word.start(1)
        return Attribution(
            None, word.group(1), at, word.end(1), None, cue, f"{rule.method}+unresolved-pronoun"
        )
    personal = word and naming.demonstratives.get(word.group(1).lower())
    if personal and _stands_alone(masked, word.end(1), end, cue):
        at, found = word.start(1), word.group(1)
        pronoun = pronoun_attribution(ctx, at, at + len(found), personal, cue, rule, naming)
        return replace(pronoun, mention=found)
    phrase = naming.noun_phrase(masked, pos, end)
    if phrase is None:
        marked = _name_in_marks(ctx, pos, end)
        if marked is None:
            return None
        return phrase_attribution(marked, marked.name or "", False, cue, rule)
    if phrase.name is None and not naming.is_person(phrase):
        titled = _name_in_marks(ctx, phrase.end, end, article=False)
        if titled is not None:  # "le quotidien « La Gazette »": the paper its name names
            words = ctx.article.text[phrase.start : titled.end]
            whole = Phrase(phrase.start, titled.end, words, None)
            return phrase_attribution(whole, titled.name or "", False, cue, rule)
    apposed = naming.apposed_name.match(masked, phrase.end, end)
    if (
        apposed
        and phrase.name is not None
        and _given_gender(phrase.name, naming) is None
        and _given_gender(apposed.group(1), naming) is not None
    ):  # "die Ministerin von Nordland, Anna Berg": a place after the role, the name set off
        phrase = Phrase(phrase.start, phrase.end, phrase.text, None)
    if apposed and phrase.name is None:
        text = masked[phrase.start : apposed.end(1)]
        words = apposed.group(1).split()
        while len(words) > 2 and naming.is_role(words[0].rsplit("-", 1)[-1]):
            words = words[1:]  # "…, Vier-Sterne-General Robert Brieger,": the rank is no name
        phrase = Phrase(phrase.start, apposed.end(1), text, " ".join(words))
    if phrase.name is None and (aged := _aged_person(ctx, phrase, end, cue, rule, naming)):
        return aged
    if phrase.name is None and (named := _named_role(ctx, phrase, naming)) is not None:
        found = phrase_attribution(phrase, naming.full_name(masked, named), True, cue, rule)
        method, confidence = adjusted(rule.method, rule.confidence, "role-noun")
        return replace(found, method=method, confidence=confidence)
    if phrase.name is None and (person := _epithet_person(ctx, phrase, naming)) is not None:
        found = phrase_attribution(phrase, naming.full_name(masked, person), True, cue, rule)
        method, confidence = adjusted(rule.method, rule.confidence, "epithet")
        found = replace(found, method=method, confidence=round(confidence, 2))
        wanted = naming.mention_gender(phrase.text) or _ARTICLE_GENDER.get(
            phrase.text.split()[0].lower()
        )
        return _nearer_unnamed_epithet(ctx, found, wanted, rule, naming)
    if phrase.name is None and (former := _former_role_of_last_speaker(ctx, phrase)):
        found = phrase_attribution(phrase, former, True, cue, rule)
        method, confidence = adjusted(rule.method, rule.confidence, "epithet")
        return replace(found, method=method, confidence=round(confidence, 2))
    if (
        phrase.name is None
        and cue
        and (
            held := _role_of_subject_before(ctx, phrase, rule, naming)
            or _same_role_before(ctx, phrase)
        )
    ):
        found = phrase_attribution(phrase, held, True, cue, rule)
        method, confidence = adjusted(rule.method, rule.confidence, "epithet")
        return replace(found, method=method, confidence=round(confidence, 2))
    speaker = naming.full_name(masked, phrase.name) if phrase.name else phrase.text
    if phrase.name and (joint := _joint(ctx, phrase, speaker, end, cue, rule, naming)):
        return joint
    if naming.named_with_article and (
        named := _named_with_article(masked, phrase, speaker, naming)
    ):
        # "Le Vigilant", "L'Équipe": a paper; "Le Noir" after "Marine Le Noir": her
        person = named != phrase.text
        return phrase_attribution(phrase, named, person, cue, rule)
    return phrase_attribution(phrase, speaker, naming.is_person(phrase), cue, rule)


def _named_with_article(masked: str, phrase: Phrase, speaker: str, naming: Naming) -> str | None:
    """For a definite article and one capitalised word (``Le Vigilant``, ``L'Équipe``, ``Le
    Noir``): the full name of the person the article names so after a given name (``Marine Le
    Noir``: a surname with its particle), else the phrase itself, a newspaper's or a body's
    name that the article opens; None for any other phrase."""
    words = regex.sub(r"^([Ll]['’])", r"\1 ", phrase.text).split()
    if (
        len(words) != 2
        or words[0].lower() not in {"le", "la", "les", "l'", "l’"}
        or speaker != phrase.name
        or words[1] != phrase.name
        or phrase.name.isupper()  # "la CGT": a body by its acronym, named without the article
    ):
        return None
    if words[0].lower() not in {"le", "la"}:
        return phrase.text  # "les Verts", "l'Équipe": no surname's particle ("Chez les Verts")
    for given in regex.finditer(
        r"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+" + regex.escape(phrase.text), masked
    ):  # a given name on the same line, not a word opening the sentence ("Selon La Gazette, …")
        if all(
            w in naming.known_given or fold_accents(w) in FIRST_NAMES
            for w in given.group(1).lower().split("-")
        ):
            return f"{given.group(1)} {phrase.text}"
    return phrase.text


def _role_of_subject_before(ctx: Context, phrase: Phrase, rule: Rule, naming: Naming) -> str | None:
    """The person a definite role in the singular that no one in the article holds stands for,
    as the subject of a verb of saying, right after a sentence of its paragraph that a person
    named in full opens (``Le maillot jaune, Hugo Perrin, a terminé dans le peloton. « … »,
    s'est félicité le leader de la course.``), or who opens the quote's own sentence (``Hugo
    Perrin a écarté un couvre-feu : « … », a assuré le ministre``): the one the sentence was
    about, as an epithet is."""
    words = _ELIDED.sub(r"\1 ", phrase.text).split()
    if len(words) < 2 or words[0].lower() not in naming.definite or not naming.is_role(words[1]):
        return None
    wanted = naming.mention_gender(" ".join(words[:2]))
    if wanted not in {"m", "f"}:
        return None  # "die Richter": a plural, or no telling
    if role_of_another(ctx.masked, ctx.sentence_start, phrase.start, words[1]):
        return None  # "X a été reçu par le maire. « … », a assuré le maire": not X
    opened = ctx.quote.start - len(ctx.quote.open_mark)
    first = _FIRST_WORD.match(ctx.masked, ctx.sentence_start, opened)
    if first is not None and phrase.start >= ctx.quote.end:
        # the quote's own sentence opens on its subject: "X a écarté un couvre-feu : « … », a
        # assuré le ministre de l'Intérieur"
        if first.group(1).lower() in naming.pronouns:
            return None
        own = speaker_at(ctx, ctx.sentence_start, opened, "", rule, naming)
        if (name := _holder_named(ctx.masked, own, wanted, phrase.text, naming)) is not None:
            return name
    if ctx.sentence_start - 2 <= ctx.paragraph.start < ctx.sentence_start or (
        ctx.sentence_start <= ctx.paragraph.start and phrase.start < ctx.quote.start
    ):
        return None  # a sentence of its paragraph's start: the one before must be of it too
    # (a quote opening its paragraph goes back to the last sentence of the one before: "X a
    # condamné …. ¶ « … », dit le ministre"; a role opening it as its subject is someone new:
    # "« … », explique X. ¶ La directrice de l'école écrit que « … »")
    before = _subject_before(ctx, rule, naming)
    if (
        before is not None
        and before.mention_start is not None
        and before.mention_start >= ctx.paragraph.start
        and _folded(before.speaker or "") == _folded(phrase.text)
    ):  # "X est partagé. Le viticulteur évalue les pertes. « … », dit le viticulteur": the
        # sentence before opened on the role too, going on about X
        sentence = ctx.grammar.sentence_start(ctx.paragraph.start, before.mention_start)
        before = _subject_before(replace(ctx, sentence_start=sentence), rule, naming)
    return _holder_named(ctx.masked, before, wanted, phrase.text, naming)


def _same_role_before(ctx: Context, phrase: Phrase) -> str | None:
    """The person the same definite role stood for in the last cue of this article that wrote
    it (``« … », a assuré le ministre de l'Intérieur`` twice): one phrase, one person, within
    an article; None when it stood for no one named."""
    words = _folded(phrase.text)
    for q in reversed(ctx.done):
        a = q.attribution
        if a.mention and _folded(a.mention) == words and a.speaker:
            return a.speaker if _folded(a.speaker) != words and "+epithet" in a.method else None
    return None


def _holder_named(
    masked: str, before: Attribution | None, wanted: str, phrase: str, naming: Naming
) -> str | None:
    """The full name of the person a subject found names, of the gender ``wanted`` where a
    given name tells it and with no office of their own (before the name, or set off after
    it: ``X, porte-parole du collectif,``) but the role ``phrase`` names or one it stands for
    (``X, députée, … souligne la parlementaire``), of the same portfolio; else None."""
    name = before.speaker if before is not None else None
    if (
        name is None
        or before.source_type != "person"
        or " " not in name
        or not all(w[:1].isupper() for w in name.split())
        or name.split()[0].lower() in naming.articles  # German nouns: "Viele Reisende"
        # where every noun is capitalised, a given name a table knows: not "Zwei Monate"
        or (not naming.lone_given_name and not _is_given_name(name.split()[0], naming))
        or _given_gender(name, naming) not in {None, wanted}
    ):
        return None
    titled = [w for w in _ELIDED.sub(r"\1 ", before.mention or "").split() if w not in name.split()]
    if any(naming.is_role(w.strip(",")) for w in titled):
        return None  # "Kapitän X … sagte der Bürgermeister": one with an office holds no other
    apposed = _ROLE_SET_OFF.match(masked, before.mention_end or 0)
    if apposed is not None and naming.is_role(apposed.group(1)):
        role = _ELIDED.sub(r"\1 ", phrase).split()[1]
        held = {epithet_key(r) for r in (role, *naming.epithets.get(epithet_key(role), ()))}
        completed = _COMPLEMENT.match(phrase, phrase.index(role) + len(role))
        complement = _folded(completed.group()) if completed else None
        if epithet_key(apposed.group(1)) not in held or _other_complement(
            masked, apposed.end(), complement
        ):  # "X, porte-parole du collectif, …", "X, ministre de la Culture, …": the same
            return None
    if name.split()[-1] in _titled_surnames(masked, naming.titled_name):
        return None  # "le lieutenant-colonel X" elsewhere in the article: the same
    return name


@lru_cache(maxsize=4)
def _titled_surnames(masked: str, titled_name: regex.Pattern) -> frozenset[str]:
    """The surnames an article writes after a role (``le lieutenant-colonel X``), read once
    per article."""
    return frozenset(m.group("name").split()[-1] for m in titled_name.finditer(masked))


#: the first word of a role set off after a name: ", porte-parole du …", ", la maire de …"
_ROLE_SET_OFF = regex.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:(?:le|la|l['’]|der|die|das|ein|eine|un|une)[\s\u00a0]*)?"
    r"([\p{L}\-]+)"
)


def _plural_verb_beside(masked: str, end: int, cue: str, naming: Naming) -> bool:
    """Whether the verb of a pronoun of two numbers (German ``sie``) is plural: its cue
    (``sagten sie``) or the word right after it (``Sie trugen``)."""
    if naming.plural_verb is None:
        return False
    following = _FIRST_WORD.match(masked, end)
    if following is not None and following.group(1).lower() in naming.singular_verbs:
        return False  # "Sie sei fast so weit zu sagen": one woman
    return any(
        word and naming.plural_verb.fullmatch(word)
        for word in (cue, following.group(1) if following else "")
    )


#: a comma right before the first of two joined names: the end of a list, whose head is before it
_LISTED_BEFORE = regex.compile(r",\s*$")
#: a comma between the names of a list of speakers
_COMMA = regex.compile(r",[ \u00a0]+")
#: "and" between two people named as one speaker: "Jo Kern und Ana Varga", "Jo Roux et Ana Lenoir"
_AND = regex.compile(r"[ \u00a0]+(und|et|and)[ \u00a0]+")


def _joint(
    ctx: Context, phrase: Phrase, speaker: str, end: int, cue: str, rule: Rule, naming: Naming
) -> Attribution | None:
    """People named as one speaker (``sagten Jo Kern und Ana Varga``, ``Jo Roux, Ana Lenoir et
    Léa Morel ont déclaré``): all of them, as ``Jo Kern und Ana Varga`` with ``+joint``; None
    unless another person's name follows, the last after ``and``."""
    masked = ctx.masked
    if not naming.is_person(phrase) or _LISTED_BEFORE.search(
        masked, max(0, phrase.start - 3), phrase.start
    ):
        return None  # a list's last names ("Die Minister Frankreichs, Italiens und Spaniens")
    if phrase.text.endswith("-"):
        return None  # a compound cut short before the one it shares a part with: "Heiz- und …"
    if phrase.name and not phrase.text.endswith(phrase.name.split()[-1]):
        return None  # the phrase goes on past the name: "Mathias Niesar von Wald und Holz NRW"
    names, last, joined_by = [speaker], phrase, None
    plural = cue.endswith(("ent", "ont"))  # "se désolent X, maire de …, et Y": a role set off
    while (
        after := _past_apposition(masked, _past_bracket(masked, last.end, end), end, plural)
    ) and (link := _AND.match(masked, after, end) or _COMMA.match(masked, after, end)) is not None:
        other = naming.noun_phrase(masked, link.end(), end)
        if other is None or not other.name or not naming.is_person(other):
            break
        names.append(naming.full_name(masked, other.name))
        last = other
        if link.re is _AND:
            joined_by = link.group(1)
            break
    if joined_by is None:
        return None
    both = ", ".join(names[:-1]) + f" {joined_by} {names[-1]}"
    whole = Phrase(phrase.start, last.end, masked[phrase.start : last.end], both)
    found = phrase_attribution(whole, both, True, cue, rule)
    method, confidence = adjusted(rule.method, rule.confidence, "joint")
    return replace(found, method=method, confidence=round(confidence, 2))


def _past_apposition(text: str, pos: int, end: int, plural: bool) -> int:
    """Where the words after a name go on past what the person is, set off by commas before
    "and" and the next name (``X, maire de Valbourg, et Y``), after a verb in the plural."""
    apposed = _APPOSED_BEFORE_AND.match(text, pos, end) if plural else None
    return apposed.end() if apposed else pos


#: a role set off in lower case after a name, up to the comma before "and"
_APPOSED_BEFORE_AND = regex.compile(
    r",[ \u00a0]+\p{Ll}[^,;:.!?«»„“”\"\n]{1,80},(?=[ \u00a0]+(?:und|et|and)[ \u00a0]+\p{Lu})"
)


def _past_bracket(text: str, pos: int, end: int) -> int:
    """Where the words after a name go on past its party or place in brackets (``Jo Kern
    (SPD) und …``)."""
    bracket = _BRACKET_AFTER.match(text, pos, end)
    return bracket.end() if bracket else pos


#: a party, a place or an age in brackets right after a name
_BRACKET_AFTER = regex.compile(r"[\s\u00a0]*\([^()\n]{1,30}\)")


def nearer_unnamed_subject(
    ctx: Context, found: Attribution, pronoun: str, rule: Rule, naming: Naming
) -> Attribution:
    """A pronoun's attribution given instead to an unnamed person the sentence before the
    quote's opens on, in the pronoun's gender and number (``Une habitante a tout vu. « … »,
    raconte-t-elle.``, ``Eine Anwohnerin hat alles gesehen. „…“, sagt sie.``): the nearer
    antecedent than anyone named before; unless the article gave that role a name."""
    wanted = naming.pronouns.get(pronoun.lower())
    if _goes_on_from_last(ctx, found):
        return found  # "L'éleveur a été indemnisé, mais « … », a-t-il ajouté": the one quoted
    before = _own_subject(ctx, found, rule, naming)
    if before is None or before.source_type != "person":
        # "Die Abteilung werde geschlossen, teilte sie mit": the clause's own subject, when no
        # person, is what the words are about; the speaker is further back
        before = _subject_before(ctx, rule, naming, pronoun) or before
    if found.speaker is None and (before is None or before.source_type != "person"):
        before = _joined_clause_subject(ctx, rule, naming) or before
    if wanted is None or before is None:
        return found
    if found.speaker and regex.search(
        rf"\b{regex.escape(found.speaker.split()[-1])}\b",
        ctx.masked[before.mention_end or 0 : found.mention_start or 0],
    ):  # "Son père a alerté l'école. « … » explique X, « … », confie-t-il": X, named since
        return found
    plural = wanted == "p" or bool(
        naming.plural_verb and found.cue and naming.plural_verb.fullmatch(found.cue)
    )
    if plural and "+joint" in before.method:
        # "Jo Roux et Ana Lenoir sont d'accord. « … », disent-ils": both of them
        method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
        method, confidence = adjusted(method, confidence, "joint")
        confidence = min(confidence, PRONOUN_CONFIDENCE)
        return replace(found, speaker=before.speaker, method=method, confidence=confidence)
    mention = _unnamed_in(ctx.masked, before, wanted, naming)
    if mention is None and _body_in(ctx, before, found, wanted, naming):
        # "Le parquet a ouvert une enquête. « … », précise-t-il": the body, of the noun's gender
        method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
        confidence = min(confidence, PRONOUN_CONFIDENCE)
        return replace(
            found,
            speaker=before.speaker,
            source_type="organisation",
            method=method,
            confidence=confidence,
        )
    if (
        mention is None
        and (found.speaker is None or _opens_sentence(ctx.masked, before))
        and _named_in_full(before, wanted, naming)
    ):
        # "Abdelmajid Idfrrazen a raconté sa nuit. Il a déclaré : « … »": a person named in
        # full opens the sentence before, whose given name no table knows
        method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
        confidence = min(confidence, PRONOUN_CONFIDENCE)
        return replace(found, speaker=before.speaker, method=method, confidence=confidence)
    if mention is None:
        return found  # no one, a name, or a role the article named someone with
    method, confidence = adjusted(rule.method, rule.confidence, "pronoun")
    confidence = min(confidence, PRONOUN_CONFIDENCE)
    return replace(found, speaker=mention, method=method, confidence=confidence)


#: every language's verbs of saying that tell a speaker goes on
_CONTINUING = frozenset().union(*CONTINUING_VERBS.values())
#: what parts the words of a cue: "a-t-il ajouté", "fügte … hinzu"
CUE_WORDS = regex.compile(r"[\s\-]+")


def _goes_on_from_last(ctx: Context, found: Attribution) -> bool:
    """Whether a pronoun's cue tells the speaker goes on (``a-t-il ajouté``, ``he added``) and
    the pronoun already stands for the one quoted last, in this paragraph or the one before:
    adding to their own words, not an unnamed subject's nearer by."""
    cue = CUE_WORDS.split(found.cue.lower()) if found.cue else []
    if not found.speaker or not any(word in _CONTINUING for word in cue):
        return False
    last = next((d for d in reversed(ctx.done) if d.speaker), None)
    return (
        last is not None
        and last.speaker == found.speaker
        and ctx.quote.paragraph - last.paragraph <= 1
    )


def _opens_sentence(masked: str, found: Attribution) -> bool:
    """Whether a mention opens its sentence (``Fathi Ghiloufi, délégué CGT, évoque …``): the
    subject, nearer a pronoun after it than anyone named before, not a name read in a closing
    clause."""
    at = found.mention_start
    return at is not None and _SENTENCE_OPENS.search(masked, max(0, at - 4), at) is not None


#: where a sentence opens: the text's start, a line's, or after a stop and spaces
_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?…\n])[\s\u00a0]*$")


def _named_in_full(before: Attribution, wanted: str | None, naming: Naming) -> bool:
    """Whether a subject is one person named by two or more capitalised words whose given name
    does not tell the other gender than ``wanted`` (a pronoun of one person)."""
    words = (before.speaker or "").split()
    return (
        before.source_type == "person"
        and wanted in {"m", "f"}
        and len(words) >= 2
        and all(w[:1].isupper() for w in words)
        # (not a noun phrase German capitalises: "Die Anwohner")
        and words[0].lower() not in naming.articles | naming.definite | naming.plural
        and _agrees(_given_gender(before.speaker or "", naming), wanted)
    )


def _unnamed_in(masked: str, before: Attribution, wanted: str | None, naming: Naming) -> str | None:
    """The words for an unnamed person a subject gives (``Eine Bewohnerin des Heims``), in the
    gender or number ``wanted``; None for a name, a role the article named someone with, or
    somebody of the other gender."""
    mention = before.mention
    if (
        not mention
        or before.speaker != mention
        or before.source_type != "person"
        or MASK in mention
        # a name right after the role, in the same phrase: "la porte-parole du parti et
        # députée Ana Roux" names her
        or _NAME_AFTER_ROLE.match(masked, before.mention_end or 0) is not None
        # people named right after the phrase, set off: "Deux adolescents, Anice et Noé, …"
        or _NAMES_SET_OFF.match(masked, before.mention_end or 0) is not None
        # a role set off after a full name: "Claire Roux, la présidente du refuge," is hers
        or _FULL_NAME_THEN_COMMA.search(
            masked, max(0, (before.mention_start or 0) - 60), before.mention_start or 0
        )
        is not None
    ):
        return None
    told = "p" if mention.split()[0].lower() in naming.plural else None
    return mention if (told or naming.mention_gender(mention)) == wanted else None


#: two given names or more set off after a plural noun phrase, who its people are
_NAMES_SET_OFF = regex.compile(
    r"[\s\u00a0]*,[\s\u00a0]*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[\s\u00a0]*,[\s\u00a0]*\p{Lu}\p{Ll}+)*"
    r"[\s\u00a0]+(?:et|und|and)[\s\u00a0]+\p{Lu}\p{Ll}+"
)
#: a full name closing a role's phrase after a second role: " et députée Ana Roux", " und
#: Abgeordnete Ana Roux"
_NAME_AFTER_ROLE = regex.compile(
    r"[\s\u00a0]+(?:et|und|and)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+){1,3}?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
    r"[\s\u00a0]+\p{Lu}\p{L}+"
)


def _collective(mention: str, naming: Naming) -> bool:
    """Whether a mention's head, after its article, is a noun for a body of people."""
    words = regex.sub(r"^([Ll]['’])", r"\1 ", mention).split()[:2]
    return any(w.lower() in naming.collectives for w in words)


def _body_in(
    ctx: Context, before: Attribution, pronoun: Attribution, wanted: str | None, naming: Naming
) -> bool:
    """Whether a subject is a body a common noun of the gender ``wanted`` names (``le
    parquet``, ``la préfecture``), which the pronoun can take up: not when a person is named
    between them (``Le parquet a ouvert une enquête, a indiqué Hugo Roux.``)."""
    # "Le collectif … : « … », expliquent-ils": its members
    collective = wanted == "p" and _collective(before.mention or "", naming)
    if (
        naming.body_gender is None
        or (wanted not in {"m", "f", "n"} and not collective)  # German "es": das Ministerium
        or before.source_type != "organisation"
        or not before.mention
        or (naming.body_gender(before.mention) != wanted and not collective)
    ):
        return False
    if any(
        d.paragraph == ctx.quote.paragraph
        and d.attribution.source_type == "person"
        and d.speaker == pronoun.speaker
        for d in ctx.done
        if pronoun.speaker
    ):
        return False  # "« … », assure X. Le conseil doit se réunir. « … », lance-t-il": X,
        # quoted in this paragraph already
    start, end = before.mention_end or 0, pronoun.mention_start or ctx.sentence_start
    if naming.titled_name.search(ctx.masked, start, end) or _last_person_named(
        ctx.masked, start, end, None, naming
    ):
        return False
    # a person named before by a surname alone ("Bundeskanzlerin Kern … verglich Kern")
    named = {m.group("name").split()[-1] for m in naming.titled_name.finditer(ctx.masked, 0, start)}
    named |= {q.attribution.speaker.split()[-1] for q in ctx.done if q.attribution.speaker}
    between = set(regex.findall(r"\p{Lu}[\p{L}\-]+", ctx.masked[start:end]))
    return not named & between


def _nearer_unnamed_epithet(
    ctx: Context, found: Attribution, wanted: str | None, rule: Rule, naming: Naming
) -> Attribution:
    """An epithet's attribution (``sagte die 34-Jährige``) given instead to an unnamed person
    of its gender the sentence before opens on (``Eine Bewohnerin schilderte die Nacht.``), the
    nearer antecedent than anyone named before, as for a pronoun."""
    before = _subject_before(ctx, rule, naming) if wanted in {"m", "f"} else None
    mention = _unnamed_in(ctx.masked, before, wanted, naming) if before is not None else None
    if (
        mention is not None
        and mention.split()[0].lower() in naming.definite
        and found.speaker
        and regex.search(
            rf"\b{regex.escape(found.speaker.split()[-1])}\b",
            ctx.masked[: before.mention_start or 0],
        )
    ):  # "X kommt an. Die Rentnerin wollte umsteigen. „…“, sagt die 70-Jährige": the definite
        return found  # role went back to X, named before it, as the epithet does
    return found if mention is None else replace(found, speaker=mention)


def _own_subject(
    ctx: Context, found: Attribution, rule: Rule, naming: Naming
) -> Attribution | None:
    """Who the quote's own sentence opens on, when the pronoun stands in a clause after a comma
    in it (``Le coach était agacé, comme il l'a expliqué : « … »``) or after the quote its colon
    opened (``Le collectif appelle à manifester : « … » expliquent-ils``): the main clause's
    subject, nearer than the sentence before."""
    at = found.mention_start
    if at is None or at <= ctx.sentence_start:
        return None
    if not any(mark in ctx.masked[ctx.sentence_start : at] for mark in ",:"):
        return None
    first = _FIRST_WORD.match(ctx.masked, ctx.sentence_start, at)
    if first is None or first.group(1).lower() in naming.pronouns:
        return None
    leading = naming.leading_phrase
    lead = leading.match(ctx.masked, ctx.sentence_start) if leading else None
    if lead is not None and lead.end() >= at:
        return None  # "Dénonçant « … », ils …": a phrase set off, then the pronoun
    return speaker_at(ctx, ctx.sentence_start, at, "", rule, naming)


def _subject_before(
    ctx: Context, rule: Rule, naming: Naming, pronoun: str | None = None
) -> Attribution | None:
    """Who the sentence before the quote's opens on, read as a speaker would be. When a
    pronoun opens it, maybe after phrases set off (``Ce matin, elle …``), whose own antecedent
    is further back: the subject of the sentence before that one, as far back as the quote's own
    ``pronoun`` goes on (``L'étudiante jette son mégot. Elle retourne dans la salle. « … »,
    estime-t-elle``), else None."""
    masked = ctx.masked
    span = _sentence_before(ctx)
    if span is None:
        return None
    start, end = span
    if naming.dateline is not None and (dateline := naming.dateline.match(masked, start, end)):
        start = dateline.end()  # "PARIS (Reuters) - X a condamné …": X opens it
    first = _FIRST_WORD.match(masked, start, end)
    if first is not None and first.group(1).lower() in _BEFORE_SUBJECT:
        start = first.end()  # "Auch Kapitän X war zufrieden.": the subject after the particle
        first = _FIRST_WORD.match(masked, start, end)
    if first is None and MASK not in masked[start : start + 3]:
        return None  # (a sentence opening on a quote has its speaker in a closing clause)
    if first is not None and first.group(1).lower() not in naming.pronouns:
        # "Dans quelques heures, elle quittera …": the pronoun after a phrase set off
        lead = naming.leading_phrase.match(masked, start, end) if naming.leading_phrase else None
        after = _FIRST_WORD.match(masked, lead.end(), end) if lead is not None else None
        first = after if after is not None and after.group(1).lower() in naming.pronouns else first
    if first is not None and first.group(1).lower() in naming.pronouns:
        if (
            pronoun is None
            or first.group(1).lower() != pronoun.lower()
            or IMPERSONAL.match(masked, first.end())
        ):
            return None
        if start >= ctx.sentence_start:
            return None  # (back in the paragraph before the quote's, no further back)
        return _subject_before(replace(ctx, sentence_start=start), rule, naming, pronoun)
    busy = ctx.resolver.sentences_being_read
    if (start, end) in busy:
        return None  # its own reading led back to it (a role's holder sought in it): no one
    busy.add((start, end))
    try:
        return _sentence_subject(ctx, start, end, rule, naming)
    finally:
        busy.discard((start, end))


#: the adjectives of French impersonal turns, "il est important de …" (data/fr/words.tsv)
_IMPERSONAL_ADJECTIVES = by_kind("fr/words.tsv")["impersonal"]
#: the verbs French "il" is impersonal with, standing for no one: "Il y a quelques mois, …",
#: "Il faut …", "Il s'agit de …" (Grevisse, impersonal verbs)
IMPERSONAL = regex.compile(
    r"[\s\u00a0]+(?:ne[\s\u00a0]+|n['’])?"  # "il ne fallait pas", "il n'y a"
    r"(?:y[\s\u00a0]+(?:a|avait|aura)|faut|fallait|s['’]agit|s['’]agissait|semble"
    r"|semblait|reste|restait"
    # "il est important de", "Il est, en effet, vrai que": an adjective of the impersonal
    # turns (Grevisse, "il est + adjectif + de/que"), an aside maybe before it
    r"|(?:est|était|sera|serait)(?:[\s\u00a0]*,[^,\n]{1,30},)?[\s\u00a0]+(?:pas[\s\u00a0]+)?"
    r"(?:" + "|".join(sorted(_IMPERSONAL_ADJECTIVES)) + r")[\s\u00a0]+(?:de|d['’]|que|qu['’]))\b"
)


def _sentence_before(ctx: Context) -> tuple[int, int] | None:
    """Where the sentence before the quote's stands: in its paragraph, or the last of the
    paragraph before when the quote's sentence opens its own (past crossheads)."""
    masked, end, para_start = ctx.masked, ctx.sentence_start, ctx.paragraph.start
    if not masked[para_start:end].strip():  # the quote's sentence opens its paragraph
        # "Une mère confie … ¶ Secourue par des voisins ¶ « … », dit-elle"
        index = text_paragraph_before(ctx, ctx.quote.paragraph)
        if index < 0:
            return None
        before = ctx.article.paragraphs[index]
        para_start, end = before.start, before.end
    return ctx.grammar.sentence_start(para_start, max(para_start, end - 1)), end


#: French "et" joining a clause with a subject of its own: "… et une jeune femme s'approche"
_AND_A_SUBJECT = regex.compile(r"[\s\u00a0]et[\s\u00a0]+(?=(?:une?|le|la|l['’]|les|des)\b)")


def _joined_clause_subject(ctx: Context, rule: Rule, naming: Naming) -> Attribution | None:
    """The person a clause joined by "et" opens on, last in the sentence before the quote's
    (``Un attroupement se forme et une jeune femme s'approche. « … », raconte-t-elle``)."""
    span = _sentence_before(ctx)
    if span is None:
        return None
    joined = list(_AND_A_SUBJECT.finditer(ctx.masked, *span))
    if not joined:
        return None
    found = speaker_at(ctx, joined[-1].end(), span[1], "", rule, naming)
    return found if found is not None and found.source_type == "person" else None


#: prepositions of place that open a second adverbial before a subject, in the languages read
_PLACE_PREPOSITIONS = frozenset(
    {"à", "au", "aux", "en", "dans", "sur", "près", "chez", "in", "im", "am", "an", "at", "on"}
)


def text_paragraph_before(ctx: Context, index: int) -> int:
    """The index of the paragraph before paragraph ``index`` past the crossheads between
    them (a crosshead sets no one's words apart); -1 when there is none."""
    index -= 1
    while index > 0 and _crosshead(ctx.masked, ctx.article.paragraphs[index]):
        index -= 1
    return index


def _crosshead(masked: str, paragraph: Paragraph) -> bool:
    """Whether a paragraph is a crosshead: a few words with no stop, no quote in them."""
    words = masked[paragraph.start : paragraph.end]
    return len(words.split()) <= _CROSSHEAD_WORDS and not _STOP_OR_QUOTE.search(words)


_CROSSHEAD_WORDS = 10
_STOP_OR_QUOTE = regex.compile(r"[.!?…:;" + MASK + "]")


def _sentence_subject(
    ctx: Context, start: int, end: int, rule: Rule, naming: Naming
) -> Attribution | None:
    """Who the sentence at ``start:end`` opens on, or the source its closing clause of saying
    names, or the source a leading ``selon`` names, read as a speaker would be."""
    masked = ctx.masked
    if (reported := _reported_by(ctx, start, end, rule, naming)) is not None:
        return reported
    found = speaker_at(ctx, start, end, "", rule, naming)
    lead = naming.leading_phrase.match(masked, start, end) if naming.leading_phrase else None
    if (
        found is not None
        and found.source_type != "person"
        and lead is not None
        and (found.mention_end or end) <= lead.end()
    ):  # "Ce matin, le maire …": when, set off before the subject
        found = speaker_at(ctx, lead.end(), end, "", rule, naming) or found
    leading = _LEADING_ADVERBIAL.match(masked, start, end) if found is None else None
    opener = masked[start : leading.end()].split()[0] if leading is not None else ""
    if leading is not None and opener.lower() in naming.source_openers:
        # "Selon la préfecture, 400 foyers ont été évacués.": the source, not "400 foyers"
        at = masked.index(opener, start) + len(opener)
        source = _FIRST_WORD.match(masked, at, end)
        if source is not None and source.group(1).lower() in naming.pronouns:
            return None  # "Selon lui, …": a pronoun, whose own antecedent is further back
        return speaker_at(ctx, at, leading.end() - 1, "", rule, naming)
    while leading is not None:  # "À la barre, une voisine a raconté …": the subject after it
        first = _FIRST_WORD.match(masked, leading.end(), end)
        if first is None or first.group(1).lower() in naming.pronouns:
            break
        found = speaker_at(ctx, leading.end(), end, "", rule, naming)
        if found is not None or first.group(1) not in _PLACE_PREPOSITIONS:
            break
        # a second one, a place after the first ("Dans le quartier X, à Y, une mère …")
        leading = _LEADING_ADVERBIAL.match(masked, leading.end(), end)
    return found


def _closes_apposition(masked: str, start: int, comma: int, naming: Naming) -> bool:
    """Whether the comma at ``comma`` closes an apposition set off after a name that opens the
    sentence (``Fathi Ghiloufi, délégué CGT, évoque …``): the verb after it has its subject
    before, no inverted one after."""
    phrase = naming.noun_phrase(masked, start, comma)
    if phrase is None or phrase.name is None or not masked.startswith(",", phrase.end):
        return False
    between = masked[phrase.end + 1 : comma]
    return 0 < len(between.split()) <= _APPOSITION_WORDS and MASK not in between


#: how many words an apposition after a name has at most
_APPOSITION_WORDS = 8


def _reported_by(
    ctx: Context, start: int, end: int, rule: Rule, naming: Naming
) -> Attribution | None:
    """The source a sentence's closing clause of saying names, its subject inverted (``Le
    trafic restera perturbé, a annoncé mercredi la direction.``): whom the sentence is about
    as a speaker, rather than what opens it."""
    if naming.inverted_cue is None:
        return None
    last = ctx.masked.rfind(",", start, end)
    # the last comma, or the first after a quote the sentence opens on ("« … », a déclaré X
    # lors d'une conférence, reprenant …")
    first = ctx.masked.find(",", start, end) if MASK in ctx.masked[start : start + 3] else -1
    for comma in dict.fromkeys((last, first)):
        if comma == -1 or _closes_apposition(ctx.masked, start, comma, naming):
            continue
        rest = ctx.masked[comma + 1 : end]
        found = naming.inverted_cue(ctx, comma + 1 + len(rest) - len(rest.lstrip()), rule)
        if found is None or found.mention_end is None or found.mention_end > end:
            continue
        if _CLAUSE_END.fullmatch(ctx.masked, found.mention_end, end):
            return found
    return None


#: what may follow a closing clause's subject to the sentence's end: a few words, no clause
#: but a participle's ("…, reprenant les mots de X")
_CLAUSE_END = regex.compile(
    r"[^,;:.!?«»„“”\n]{0,40}(?:,[\s\u00a0]+\p{Ll}+ant\b[^;:.!?«»„“”\n]{0,100})?"
    r"[.!?…]?[\s\u00a0]*"
)
#: particles that open a sentence before its subject and say only that it too, or it alone, is
#: meant (``Auch Kapitän X war zufrieden``, ``Même le maire a applaudi``)
_FOCUS = frozenset({"auch", "selbst", "sogar", "ebenfalls", "même", "seul"})
#: the words before a sentence's subject: those particles, or a conjunction joining it to the
#: sentence before (``Et l'éleveuse a pointé …``)
_BEFORE_SUBJECT = _FOCUS | {"et", "mais", "puis", "und", "aber", "and", "but"}
#: a few words of time or place opening a sentence, set off by a comma before its subject
#: (``À la barre,``, ``Dans la soirée,``), or a participle's clause (``Se félicitant de la
#: hausse des inscriptions,``)
_LEADING_ADVERBIAL = regex.compile(
    r"[\s\u00a0]*(?:(?:[^\s,;:.!?«»„“”\n]+[\s\u00a0]+){0,5}"
    r"|(?:(?:[Ss]e[\s\u00a0]+|[Ss]['’]|[Ee]n[\s\u00a0]+)?\p{L}+ant[\s\u00a0]+)"
    r"(?:[^\s,;:.!?«»„“”\n]+[\s\u00a0]+){0,6})[^\s,;:.!?«»„“”\n]+,"
)


def _aged_person(
    ctx: Context, phrase: Phrase, end: int, cue: str, rule: Rule, naming: Naming
) -> Attribution | None:
    """The person an epithet by age goes back to (``a expliqué l'homme de 58 ans``): the last
    person named before it whose given name does not tell the other gender; the epithet, to
    its age, is the mention."""
    if naming.age_epithet is None:
        return None
    aged = naming.age_epithet.match(ctx.masked, phrase.start, end)
    if aged is None or aged.end() < phrase.end:
        return None
    wanted = next((g for g in ("m", "f") if aged.group(g)), None)
    wanted = wanted or naming.mention_gender(aged.group())
    found = _last_person_named(
        ctx.masked, max(0, phrase.start - ROLE_WINDOW), phrase.start, wanted, naming
    )
    if found is None:
        return None
    method, confidence = adjusted(rule.method, rule.confidence, "epithet")
    whole = Phrase(phrase.start, aged.end(), aged.group(), None)
    found_at = phrase_attribution(whole, found[1], True, cue, rule)
    found_at = replace(found_at, method=method, confidence=round(confidence, 2))
    return _nearer_unnamed_epithet(ctx, found_at, wanted, rule, naming)


#: a definite article and an epithet for someone just named: an age (``der 54-Jährige``), a
#: noun after an age (``der 22-jährige Stürmer``), a role joined to a party or a body (``die
#: SPD-Politikerin``, ``der CDU-Chef``), a politician by party in one word (``der
#: Unionspolitiker``, ``die Sozialdemokratin``)
_EPITHET = regex.compile(
    r"\p{L}+[\s\u00a0]+(?:\d{1,3}-\p{Lu}\p{Ll}+|\d{1,3}-jährige[\s\u00a0]+\p{Lu}\p{Ll}+"
    r"|\p{Lu}[\p{L}]*-(\p{Lu}\p{Ll}+)"
    r"|\p{Lu}\p{Ll}+(?:politiker|demokrat)(?:in)?)"
)


#: the gender a German definite article tells of the singular noun after it
_ARTICLE_GENDER = {"der": "m", "die": "f"}


def _epithet_person(ctx: Context, phrase: Phrase, naming: Naming) -> str | None:
    """The person a definite epithet goes back to (``Der 54-Jährige sagte``, ``die
    SPD-Politikerin``, ``der Franzose``): the last person named before it whose given name does
    not tell the other gender than the article."""
    words = phrase.text.split()
    if words and words[0].lower() in naming.pointing and naming.is_person(phrase):
        # "confie cette infirmière", "sagte dieser Anwohner": the one just spoken of
        wanted = naming.pointing[words[0].lower()] or naming.mention_gender(phrase.text)
        if wanted is None:
            return None
        found = _last_person_named(
            ctx.masked, max(0, phrase.start - ROLE_WINDOW), phrase.start, wanted, naming
        )
        # or the one quoted last by name, named nearer ("cette habitante" after a quote of
        # "une habitante du quartier" is left as it stands)
        quoted = _last_quoted(ctx, wanted, naming)
        if (
            quoted is not None
            and quoted[1][:1].isupper()
            and (found is None or quoted[0] > found[0])
        ):
            found = quoted
        return found[1] if found else None
    if not words or words[0].lower() not in naming.definite:
        return None
    wanted = naming.mention_gender(phrase.text) or _ARTICLE_GENDER.get(words[0].lower())
    if words[-1].lower() in naming.demonyms:  # "der Franzose", "die 29-jährige Schwedin"
        if any(naming.is_role(word) for word in words[1:-1]):
            return None  # "le président français": an office of that country, no one named
        if (
            wanted == "f"
            and words[0].lower() in naming.plural_too
            and not words[-1].lower().endswith("in")
        ):
            return None  # "die Kanadier": a masculine noun after "die" is a plural
    else:
        epithet = _EPITHET.fullmatch(phrase.text)
        if epithet is None or (epithet.group(1) and not naming.is_role(epithet.group(1))):
            return None  # "die EU-Kommission": a body, no person
    start = max(0, phrase.start - ROLE_WINDOW)
    found = _last_person_named(ctx.masked, start, phrase.start, wanted, naming)
    # or one named after a role by a surname alone: "Umweltministerin Brandes … die
    # Grünen-Politikerin"
    titled = [
        (_last_use(ctx.masked, m, phrase.start), m)
        for m in naming.titled_name.finditer(ctx.masked, start, phrase.start)
        if _agrees(naming.title_gender(m) or _given_gender(m.group("name"), naming), wanted)
    ]
    latest = max(titled, key=lambda t: t[0], default=None)
    if latest is not None and (found is None or latest[0] > found[0]):
        return naming.full_name(ctx.masked, latest[1].group("name"))
    if found is None:
        return None
    # the subject the sentence before opens on, as for a pronoun: "X a battu Y. La Tchèque …"
    return _opening_person(ctx, found, phrase.start, wanted, naming) or found[1]


#: words that make a role one held before (``der frühere Coach``, ``l'ancien entraîneur``)
_FORMER = frozenset(
    {"frühere", "früheren", "ehemalige", "ehemaligen", "einstige", "einstigen", "langjährige"}
    | {"ancien", "ancienne", "ex"}
)


#: a word making the role after it one held before, just before it
_FORMER_BEFORE = regex.compile(r"(?i:\b(?:" + "|".join(sorted(_FORMER)) + r")\b|\bex-)")
#: the definite articles a former role stands after when it goes back to someone
_DEFINITE_ARTICLES = frozenset({"der", "die", "le", "la", "l'", "l’"})


def _former_role_of_last_speaker(ctx: Context, phrase: Phrase) -> str | None:
    """The person a definite former role stands for right after their own words (``„…“, sagte
    Valbourgs Trainer X.`` ¶ ``„…“, ergänzte der frühere Eastfield-Coach.``): the speaker of
    the quote just before, in this paragraph or the one before, named in full, unless they
    were named in that same role (``Bürgermeister X`` is not ``der frühere Bürgermeister``)."""
    words = [w.lower() for w in _ELIDED.sub(r"\1 ", phrase.text).split()]
    former = next(
        (n for n, w in enumerate(words[1:-1], 1) if w in _FORMER or w.startswith("ex-")), None
    )
    if former is None or words[0] not in _DEFINITE_ARTICLES:
        return None
    last = next((q for q in reversed(ctx.done) if q.kind not in {"title", "nested"}), None)
    if last is None or last.paragraph < ctx.quote.paragraph - 1:
        return None
    said = last.attribution
    names = (said.speaker or "").split()
    if said.source_type != "person" or len(names) < 2 or not all(n[:1].isupper() for n in names):
        return None
    role = words[former + 1].split("-")[-1]  # "Eastfield-Coach": the coach
    if role in (said.mention or "").lower().replace("-", " ").split():
        return None  # the same role: the one who holds it now, not the former one
    return said.speaker


#: a name of two words or more set off after a role and the words that complete it (``la maire
#: de Villeneuve, Claire Fontaine,``, ``Die Sprecherin der Stadtwerke, Ilka Brandes,``), or
#: closing the sentence (``…, a déclaré le procureur de Grenoble, Marc Delaunay.``)
_SET_OFF_NAME = (
    r"[^.,;:!?\n«»„“”\"]{0,60}?,[\s\u00a0]+"
    r"(?P<name>(?:\p{Lu}[\p{L}’'\-]+[\s\u00a0]+){1,2}\p{Lu}[\p{L}’'\-]+)[\s\u00a0]*(?:[,(]|\.(?!\p{L}))"
)


@lru_cache(maxsize=256)
def _role_then_name(role: str) -> regex.Pattern:
    return regex.compile(r"\b(?i:" + regex.escape(role) + r")\b" + _SET_OFF_NAME)


@lru_cache(maxsize=256)
def _role_of_then_name(role: str) -> regex.Pattern:
    """A role, the body, portfolio or place it is held for, and a name right after them with
    no comma (``le ministre de l’Agriculture Hugo Perrin``, ``la maire de Valbourg Claire
    Fontaine``); a caller checks that the name opens on a given name."""
    return regex.compile(
        r"\b(?i:" + regex.escape(role) + r")\b" + _COMPLEMENT.pattern + r"[\s\u00a0]+"
        r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[\s\u00a0]+\p{Lu}[\p{L}’'\-]+){1,2})\b"
    )


#: a copula that gives a name its role, with when or since when maybe (``ist seit 2019``,
#: ``est depuis 2020``, ``war damals``)
_COPULA = (
    r"[\s\u00a0]+(?:ist|war|wurde|est|était|devient|is|was)[\s\u00a0]+"
    r"(?:(?:seit|depuis|since)[\s\u00a0]+\d{4}[\s\u00a0]+"
    r"|(?:auch|aussi|nun|désormais|damals|also|now)[\s\u00a0]+)?"
)


@lru_cache(maxsize=256)
def _name_then_role(role: str) -> regex.Pattern:
    """A name of two words or more with the role set off after it (``Marc Roux, avocat de la
    famille``, ``Jo Kern, der Sprecher der Stadt``) or given by a copula (``Jo Kern ist seit
    2019 Bürgermeister``, ``Marc Roux est maire de Valbourg``)."""
    return regex.compile(
        r"(?:\b(?:M\.|Mme|Mlle|Me|Mgr|Dr\.?|Prof\.?)[\s\u00a0]+)?"  # an honorific, no name
        r"(?P<name>(?:\p{Lu}[\p{L}’'\-]+[\s\u00a0]+){1,2}\p{Lu}[\p{L}’'\-]+)"
        r"(?:,[\s\u00a0]+|" + _COPULA + r")"
        r"(?:(?i:le|la|l['’]|der|die)[\s\u00a0]*)?(?i:" + regex.escape(role) + r")\b"
    )


#: adjectives a role held by the subject of a copula may take between its article and its
#: noun (``Elle est la seule pharmacienne du village``, ``Sie ist die neue Pfarrerin``)
_SOLE = r"(?:(?i:seule?|nouvelle?|nouveau|nouvel|unique|einzige|neue)[\s\u00a0]+)?"


@lru_cache(maxsize=256)
def _pronoun_then_role(role: str) -> regex.Pattern:
    """A singular personal pronoun given a role by a copula (``Elle est la seule pharmacienne
    du village``, ``Er ist seit 2019 Bürgermeister``): the person the pronoun stands for holds
    it (:func:`_antecedent`)."""
    return regex.compile(
        r"\b(?P<pronoun>[IiEe]l(?:le)?|[Ee]r|[Ss]ie)"
        + _COPULA
        + r"(?:(?i:le|la|l['’]|der|die)[\s\u00a0]*)?"
        + _SOLE
        + r"(?i:"
        + regex.escape(role)
        + r")\b"
    )


def _antecedent(ctx: Context, pronoun: regex.Match, naming: Naming) -> tuple[int, str] | None:
    """Where and who the pronoun of ``pronoun`` stands for: the last person named in full
    before it in its paragraph, when of the pronoun's gender, else None."""
    paragraph = ctx.resolver.paragraph_at(pronoun.start())
    if paragraph is None:
        return None
    wanted = naming.pronouns.get(pronoun.group("pronoun").lower())
    before = [
        (at, name)
        for at, name, _ in _people_of(ctx.masked, naming)
        if paragraph.start <= at < pronoun.start()
    ]
    if not before or wanted not in {"m", "f"}:
        return None
    at, name = max(before)
    return (at, name) if _agrees(_given_gender(name, naming), wanted) else None


#: what continues a name past where a role's pattern stops: the rest of a double surname, or a
#: particle and the surname after it (``Ilka Vogt-Brandes``, ``Thomas de Maizière``)
_NAME_GOES_ON = regex.compile(
    r"(?:(?<=-)|-)\p{Lu}[\p{L}’'\-]*"
    # a particle, or two ("van der", "von der"), never "der" alone: after a name that is the
    # article of a genitive or of the outlet told ("Ilka Brandes der Deutschen Presse-Agentur")
    r"|[\s\u00a0]+(?:von|van|de|zu|di|da|du|le|la)(?:[\s\u00a0]+(?:der|den|de|la|le))?"
    r"[\s\u00a0]+\p{Lu}[\p{L}’'\-]+"
)


#: an article elided before its noun (``l’élue``)
_ELIDED = regex.compile(r"^([Ll][’'])(?=\p{L})")


def _named_role(ctx: Context, phrase: Phrase, naming: Naming) -> str | None:
    """The person a role with no name stands for (``a déclaré la maire``, ``sagte die
    Bürgermeisterin``): the one person the article named with that role before it (or, when
    none, after it), right after it (``Bürgermeisterin Ilka Brandes``) or set off after it
    (``La maire de Villeneuve, Claire Fontaine, …``); None when it names nobody so, or two
    people. Only a role named with
    a definite article (``un porte-parole``, ``ein Sprecher`` is somebody new) and with no
    capitalised word but the role (``der Außenminister Jo Kern`` names its own person)."""
    words = _ELIDED.sub(r"\1 ", phrase.text).split()  # "l’élue": "l’" and "élue"
    if words and ctx.paragraph.role in HEADING_ROLES and naming.is_role(words[0]):
        words = ["", *words]  # a headline drops the article: "Bürgermeisterin will „…“"
    elif not words or words[0].lower() not in naming.definite:
        return None
    held = naming.epithets.get(epithet_key(" ".join(words[1:])))
    epithet = held is not None
    if held is None:
        # the role heads the phrase: before its "de", "des" (``l'entourage du ministre`` is
        # the minister's circle, ``das Umfeld des Ministers`` too: no role of its own)
        of = next((n for n, w in enumerate(words[1:], 1) if w.lower() in _OF_A_ROLE), len(words))
        # a rank before its role is part of it: "le Premier ministre"
        ranked = {
            n
            for n in range(1, of - 1)
            if words[n].lower() in naming.ranks and naming.is_role(words[n + 1])
        }
        roles = [
            f"{words[n - 1]} {w}" if n - 1 in ranked else w
            for n, w in enumerate(words[1:of], 1)
            if naming.is_role(w)
        ]
        named = [
            w
            for n, w in enumerate(words[1:], 1)
            if w[:1].isupper()
            and n not in ranked
            and not naming.is_role(w)
            and not {b.lower() for b in words[max(0, n - 2) : n]} & _OF_A_PLACE
        ]  # "la maire de Valbourg", "le président de la Ligue": a place or a body after "de";
        # "der Minister Jo Kern": a name
        if len(roles) != 1 or named:
            return None
        held = (roles[0].lower(),)
        # "le ministre du Travail": the office its complement names, not any minister's
        role_word = regex.search(rf"\b{regex.escape(roles[0].split()[-1])}\b", phrase.text)
        completed = role_word and _ANY_COMPLEMENT.match(phrase.text, role_word.end())
        complement = _folded(completed.group()) if completed else None
    else:
        complement = None
    masked, endings = ctx.masked, tuple(epithet_key(r) for r in held)
    # "l'ancien entraîneur": only someone named as the former holder, not the holder now
    former = any(w.lower() in _FORMER for w in words[1:])
    own = ctx.resolver.paragraph_at(phrase.start) if epithet else None
    # an epithet for any holder ("l'élu") looks ahead no further than its own paragraph: "…,
    # raconte l'élu." ¶ "des élus, comme le maire X, …" names somebody else
    later_end = own.end if own is not None else len(masked)
    for start, end in ((0, phrase.start), (phrase.end, later_end)):
        # named further on, the holder of a complemented office must be named with it
        cataphoric = complement if start else None
        found = [
            (m.start("name"), _whole_name(masked, m))
            for m in naming.titled_name.finditer(masked, start, end)
            if _same_office(epithet_key(m.group("title")), endings)
            and (not former or _FORMER_BEFORE.search(masked, max(0, m.start() - 25), m.start()))
            # "le Premier ministre Hugo Perrin" holds another office than the minister of one
            and (complement is None or _unranked(m.group("title"), endings, naming))
            # "la cheffe de file du parti, X": another office than "le chef de l'État"
            and _same_complement(m.groupdict().get("of"), complement)
            and _same_office_after(masked, m.end("title"), cataphoric)
        ]
        found += [
            (m.start("name"), _from_given_name(m.group("name"), naming) if after else m["name"])
            for role in held
            for pattern, after in ((_role_then_name(role), 0), (_name_then_role(role), 1))
            for m in pattern.finditer(masked, start, end)
            if (
                not former
                or _FORMER_BEFORE.search(masked, max(0, m.start() - 25), m.start() + len(role) + 1)
            )
            and not _other_complement(
                masked, m.end() if after else m.start() + len(role), complement
            )
            and _same_office_after(masked, m.end() if after else m.start() + len(role), cataphoric)
            # "le Premier ministre, Hugo Perrin": a rank before the role, another office
            and not (complement and not after and _ranked_before(masked, m.start(), naming))
        ]
        found += [
            (m.start("name"), m.group("name"))
            for role in held
            for m in _role_of_then_name(role).finditer(masked, start, end)
            if not former
            and _given_gender(m.group("name"), naming) is not None
            and not _other_complement(masked, m.start() + len(role), complement)
            and _same_office_after(masked, m.start() + len(role), cataphoric)
        ]
        for role in () if former else held:
            for m in _pronoun_then_role(role).finditer(masked, start, end):
                held_by = _antecedent(ctx, m, naming)
                if (
                    held_by is not None
                    and not _other_complement(masked, m.end(), complement)
                    and _same_office_after(masked, m.end(), cataphoric)
                ):
                    found.append(held_by)
        people = {name.split()[-1] for _, name in found}
        if len(people) > 1 and (paragraph := ctx.resolver.paragraph_at(phrase.start)):
            # two holders, one of them in the epithet's own paragraph: "le député X …" ¶ "le
            # maire Y … L'élu …" is Y
            found = [(at, name) for at, name in found if at >= paragraph.start]
            people = {name.split()[-1] for _, name in found}
        if people:  # named before it, else after it; two popes named: no telling which
            if len(people) > 1 or _another_speaks_here(ctx, *max(found)):
                return None
            return max(found)[1]
    return None


def _another_speaks_here(ctx: Context, at: int, holder: str) -> bool:
    """Whether a role's holder, named before the quote's paragraph, is someone other than a
    person whose words this paragraph gave before (``„…“, sagt Rudolf Kern. … „…“, sagt der
    Landwirt`` is Kern, not the farmer named three paragraphs up)."""
    if at >= ctx.paragraph.start:
        return False
    surname = holder.split()[-1]
    return any(
        q.paragraph == ctx.quote.paragraph
        and q.speaker
        and q.attribution.source_type == "person"
        and q.speaker.split()[-1] != surname
        for q in ctx.done
    )


#: what completes a role with the body, the portfolio or the place it is held for (``du
#: Travail``, ``de l'Intérieur``, ``de la Santé``, ``der Stadt``)
_ROLE_ADJECTIVE = (  # an adjective of the role may come first: "le secrétaire général de la CGT"
    r"(?:[\s\u00a0]+(?!(?i:de|du|des|von|vom|der)\b)\p{Ll}{4,}(?=[\s\u00a0]+(?i:de|du|des|d['’])))?"
)
_COMPLEMENT = regex.compile(
    _ROLE_ADJECTIVE + r"[\s\u00a0]+(?i:de|du|des|d['’]|von|vom|der)"
    r"(?:[\s\u00a0]+(?i:la|le|les|l['’])|(?<=['’]))?[\s\u00a0]*\p{Lu}[\p{L}'’\-]*"
)
#: a complement as above, or a French one that names its body with a common noun (``du
#: syndicat``, ``de la mission``; not an indefinite one, which describes the body and names
#: none: ``d'une petite commune``): what two mentions of a role are compared on
_ANY_COMPLEMENT = regex.compile(
    _COMPLEMENT.pattern + "|" + _ROLE_ADJECTIVE + r"[\s\u00a0]+(?i:de|du|des|d['’])"
    r"(?:[\s\u00a0]+(?i:la|le|les|l['’])|(?<=['’]))?[\s\u00a0]*"
    r"(?!(?i:une?|certaine?s?|plusieurs|quelques)\b)\p{Ll}{3,}[\p{L}'’\-]*"
)


def _folded(words: str) -> str:
    """Words compared as one complement: lower case, one kind of apostrophe, no space after it."""
    return " ".join(words.replace("’", "'").replace("' ", "'").lower().split())


def _other_complement(masked: str, at: int, complement: str | None) -> bool:
    """Whether the role ending at ``at`` is completed by another body, portfolio or place than
    ``complement`` (``ministre de la Santé`` for ``le ministre du Travail``); a role with no
    complement there may be the one meant."""
    if complement is None:
        return False
    there = _ANY_COMPLEMENT.match(masked, at)
    return there is not None and _folded(there.group()) != complement


def _same_office_after(masked: str, at: int, complement: str | None) -> bool:
    """Whether a role named after the epithet, its complement ending at ``at``, is the office a
    complemented epithet names: the same complement, not none (``le président du syndicat``
    is not ``le président X`` named further on)."""
    if complement is None:
        return True
    there = _ANY_COMPLEMENT.match(masked, at)
    return there is not None and _folded(there.group()) == complement


def _same_complement(of: str | None, complement: str | None) -> bool:
    """Whether a role named with the complement ``of`` before its holder's name (``la présidente
    de la CGT, Ana Roux``) may be the role ``complement`` completes: the same body, portfolio or
    place from its ``de`` on, or either of them with none."""
    if not of or complement is None:
        return True
    ours, theirs = (_FROM_OF.search(_folded(w)) for w in (of, complement))
    return ours is None or theirs is None or ours.group() == theirs.group()


#: a complement from its preposition on, past an adjective of the role before it (``général``)
_FROM_OF = regex.compile(r"\b(?:de|du|des|d')\b.*")


def _unranked(title: str, roles: tuple[str, ...], naming: Naming) -> bool:
    """Whether a title a person was named with is one of ``roles`` itself, its article aside
    (``Le procureur`` for ``le procureur de Valbourg``), not a ranked office that ends with it
    (``le Premier ministre``)."""
    words = epithet_key(title).split()
    if words and words[0] in naming.definite:
        words = words[1:]
    return " ".join(words) in roles


def _ranked_before(masked: str, at: int, naming: Naming) -> bool:
    """Whether a rank stands right before the role at ``at`` (``Premier ministre``)."""
    before = masked[max(0, at - 20) : at].split()
    return bool(before) and before[-1].lower() in naming.ranks


#: what a German role may add before the office it names again (``Verteidigungsminister …
#: der Bundesverteidigungsminister``)
_OFFICE_PREFIXES = ("bundes", "landes", "staats")


#: the words before a place that completes a role (``la maire de Valbourg``)
_OF_A_PLACE = frozenset({"de", "du", "des", "von", "der", "aus"})
#: what joins a noun to the person or body it belongs to
_OF_A_ROLE = frozenset({"de", "du", "des", "d’", "d'", "von", "vom", "der"})


def _same_office(title: str, roles: tuple[str, ...]) -> bool:
    """Whether a title a person was named with holds one of ``roles``: it ends with it (``EU
    trade chief`` and ``chief``), or a role is the title with a prefix of level before it."""
    if len(title) <= 3:  # an honorific or an abbreviation: "me" is a lawyer's, "mme" no one's
        return title in roles
    if title.endswith(("s", "es")) and not title.endswith(roles):  # "des Landrats Jo Kern"
        title = title[:-1]
    return title.endswith(roles) or any(
        role == prefix + title for role in roles for prefix in _OFFICE_PREFIXES
    )


def _whole_name(text: str, titled: regex.Match) -> str:
    """The name after a role, with what the role's pattern left of it (``Karl-Heinz zu
    Brandt``: the second given name, then the particle and the surname)."""
    name, end = titled.group("name"), titled.end("name")
    for _ in range(2):
        goes_on = _NAME_GOES_ON.match(text, end)
        if goes_on is None:
            break
        name, end = name + goes_on.group(), goes_on.end()
    return name


_FIRST_WORD = regex.compile(r"[\s\u00a0]*(\p{L}+(?:-ci\b)?)")  # "celui-ci" one word


def _stands_alone(masked: str, after: int, end: int, cue: str) -> bool:
    """Whether a demonstrative ending at ``after`` stands for a person rather than opening a
    noun phrase: before a stop (``sagte dieser, dass …``), or as the subject of the cue that
    follows at ``end`` (``Dieser betonte, …``, ``Dieser zeigte sich betroffen und betonte``),
    in the singular."""
    if _STANDS_ALONE.match(masked, after):
        return True
    return (
        bool(cue)
        and not cue.endswith("en")  # the plural: "Diese betonten" are not one person
        and bool(regex.match(r"\s*" + regex.escape(cue) + r"\b", masked[end : end + len(cue) + 3]))
        and (not masked[after:end].strip() or bool(_VERB_AFTER.match(masked, after)))
    )


#: punctuation right after a word: it stands alone, no noun after it
_STANDS_ALONE = regex.compile(r"[\s\u00a0]*[,.;:!?)–—]")
#: a verb in the singular after a demonstrative, no noun after it: "Dieser betonte, …", "Diese
#: zeigte sich …" (not "dieser junge Mann", nor the plural "Diese sagten")
_VERB_AFTER = regex.compile(r"[\s\u00a0]+\p{Ll}+(?<!en)(?=[\s\u00a0]*[,.;:!?]|[\s\u00a0]+\p{Ll})")
#: an article, then a name in marks (masked): a newspaper or an agency as the source
_MARKS = '„“”"«»‚‘’‹› \u00a0\u202f'
_MARKED_NAME = regex.compile(r"[\s\u00a0]*(?:\p{Ll}{2,4}\s+)?(" + MASK + r"+)")
_BARE_MARKED_NAME = regex.compile(r"[ \u00a0]+(" + MASK + r"+)")


def _name_in_marks(ctx: Context, pos: int, end: int, article: bool = True) -> Phrase | None:
    """A name set in marks where a speaker stands (``schreibt die „Abendpost“``, ``écrit « Le
    Courrier »``), after an article unless ``article`` is False: a newspaper's or a body's;
    the marks are not part of the name."""
    m = (_MARKED_NAME if article else _BARE_MARKED_NAME).match(ctx.masked, pos, end)
    if m is None:
        return None
    name = ctx.article.text[m.start(1) : m.end(1)].strip(_MARKS)
    if not name[:1].isupper() or len(name.split()) > 6:
        return None
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    return Phrase(start, m.end(1), ctx.article.text[start : m.end(1)], name)


def joined_after(ctx: Context, lead: regex.Pattern) -> int | None:
    """Where the words joined to the quote after its closing mark start (past ``lead``: marks,
    spaces, a comma), or None when nothing is joined to it: no comma and no lower-case word,
    so its sentence ended."""
    q, masked, end = ctx.quote, ctx.masked, ctx.paragraph.end
    closed = q.end + len(q.close_mark)
    pos = lead.match(masked, closed, end).end()
    if "," not in masked[closed:pos] and not masked[pos:end][:1].islower():
        return None
    return pos


@dataclass(frozen=True)
class ListJoins:
    """The words of a language that join the items of a list (``und``, ``et``) and the words
    that may follow them (``etwa``, ``notamment``)."""

    conjunctions: tuple[str, ...]
    then: tuple[str, ...] = ()


#: the quote marks any language's copy may use
_ANY_MARK = '„“”"«»‚‘’‹›'
#: at least this many items in marks in one list make them names: what speech words one quotes
#: in a row are two at most (``„weniger gut“ oder „schlecht“``)
LIST_ITEMS = 3


@lru_cache(maxsize=8)
def _list_items(joins: ListJoins) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The item in marks before a quote, and the one after it, joined by ``joins``."""
    joined = r"[\s\u00a0]*(?:,|" + "|".join(joins.conjunctions) + r")[\s\u00a0]*"
    if joins.then:
        joined += r"(?:(?:" + "|".join(joins.then) + r")[\s\u00a0]+)?"
    item = r"[" + _ANY_MARK + r"][^" + _ANY_MARK + r"]{1,150}[" + _ANY_MARK + r"]"
    return regex.compile(item + joined + r"$"), regex.compile(joined + item)


def in_long_list(quote: Quote, text: str, joins: ListJoins) -> bool:
    """Whether the words in marks are one of :data:`LIST_ITEMS` or more in a list (``Vorträge
    wie „…“, „…“ oder etwa „…“``, ``pour « faux », « usage de faux » et « … »``): talks,
    titles, slogans, charges, not what one speaker said."""
    before, after = _list_items(joins)
    start, end = quote.start - len(quote.open_mark), quote.end + len(quote.close_mark)
    items = 1
    while items < LIST_ITEMS and (item := before.search(text, max(0, start - 200), start)):
        items, start = items + 1, item.start()
    while items < LIST_ITEMS and (item := after.match(text, end)):
        items, end = items + 1, item.end()
    return items >= LIST_ITEMS


def closing_person(
    ctx: Context, start: int, end: int, rule: Rule, naming: Naming, prepositions: frozenset[str]
) -> Attribution | None:
    """The person named in full who closes the sentence from ``start`` to ``end``, set off by
    what they are (``Parmi eux, il y a Hugo Perrin, médecin urgentiste.``, ``Nicht überzeugt
    ist Jonas Pfeifer, Notarzt.``): the one a quoted sentence standing alone after it
    introduces. Never one after a preposition (``… interrogé par Hugo Perrin``) or a noun for a
    place (``place Jean Moulin``), nor a name inside another's apposition: the first such
    person."""
    masked = ctx.masked
    if MASK in masked[start:end]:
        return None
    for word in _CAPITALISED_INSIDE.finditer(masked, start + 1, end):
        before = masked[max(start, word.start() - 30) : word.start()].split()
        if (
            before
            and (
                before[-1].lower() in prepositions
                or before[-1].lower() in naming.articles  # "aufgrund der Trockenheit Zapfen"
                # inside a name begun before: "Landesbetrieb Wald und …"
                or (before[-1][:1].isupper() and before[-1][-1].isalnum())
            )
        ):
            continue
        if after_place_noun(masked, word.start(), naming.place_nouns):
            continue  # "…, place St Denis.": a place named after someone
        comma = masked.find(",", word.start(), end)  # the name, not what is set off after it
        found = speaker_at(ctx, word.start(), end if comma < 0 else comma, "", rule, naming)
        if (
            found is not None
            and found.source_type == "person"
            and " " in (found.mention or "")
            and " " in (found.speaker or "")  # named in full: not "Sache des Unternehmens"
            # by a given name a table knows: not "Holz NRW" of "Wald und Holz NRW"
            and _is_given_name((found.speaker or "").split()[0], naming)
            and found.mention_end is not None
            and _SET_OFF_TO_END.fullmatch(masked, found.mention_end, end)
        ):
            return found
    return None


#: a capitalised word after a space inside a sentence, where a name may start
_CAPITALISED_INSIDE = regex.compile(r"(?<=[\s\u00a0])\p{Lu}\p{Ll}+")
#: what may follow a name closing its sentence: nothing, or what the person is, after a comma
_SET_OFF_TO_END = regex.compile(r"(?:,[^.!?;:\n]*?)?[.!?][\s\u00a0]*")
