"""The words and grammar of German for attribution: the lexicons (``quotecheck/data/de``, with
their provenance), the noun phrase that names a speaker, the fuller name an article gives a
surname, and the tests that tell a name or a term in marks from speech. :mod:`.german` holds
the rule rows' finders that read them.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from ..lexicon import by_kind, fold_accents, role_epithets, rows, words
from ..models import Attribution, Quote
from ..quotes import MASK
from .named import ListJoins, Naming, Phrase, before_surname, in_long_list
from .words import FIRST_NAMES, HONORIFICS


def swiss(forms: frozenset[str]) -> frozenset[str]:
    """Words with their Swiss spellings too: Swiss Standard German writes ``ss`` for ``ß``
    (``äusserte``, ``hiess es``)."""
    return forms | {w.replace("ß", "ss") for w in forms if "ß" in w}


VERBS = swiss(words("de/speech_verbs.txt"))
_WORDS = rows("de/words.tsv")
_KINDS = defaultdict(frozenset, {k: swiss(v) for k, v in by_kind("de/words.tsv").items()})
DETERMINERS = _KINDS["determiner"]
PRONOUNS = {w: kind.split(":")[1] for kind, w in _WORDS if kind.startswith("pronoun:")}
PARTICLES = _KINDS["particle"]
OPENERS = _KINDS["opener"]
#: the words that introduce a source ("laut", "zufolge") or set it off ("so")
SOURCE_WORDS = _KINDS["source"] | {"so"}
#: conjunctions that open a subordinate clause, whose finite verb stands last
SUBORDINATORS = _KINDS["subordinator"]
PREPOSITIONS = _KINDS["preposition"]
#: adverbs standing between a finite verb and its subject (``sagte dagegen eine Sprecherin``)
MIDDLE_ADVERBS = _KINDS["adverb"]
#: past participles of judging, beside those of the verbs of saying (``eingestuft``, ``gelobt``)
JUDGING = _KINDS["judging"]
#: verbs of calling out: what they take in marks is a cry, whatever its case
CALLING = _KINDS["calling"]
#: finite auxiliaries and modals (``hat``, ``wird``, ``muss``)
AUXILIARIES = _KINDS["auxiliary"]
#: nouns for what someone claims, demands or warns (``Vorwurf``, ``Forderung``)
CLAIMS = _KINDS["claim"]
#: the endings of the masculine nouns of the weak declension (Duden grammar, n-Deklination):
#: "-en" in every case but the nominative: "dem Präsidenten", "des Kandidaten"
_WEAK_ENDINGS = ("ent", "ant", "ist", "oge", "graf", "soph", "nom", "kat", "dat", "mat", "krat")


def _declined(title: str) -> set[str]:
    """A role noun as it stands after a preposition or in the genitive, where it takes "-n"
    (an adjective's noun or a weak one in "-e": "vom Abgeordneten", "dem Experten") or "-en"
    (a weak noun: "dem Präsidenten")."""
    if title.endswith("e") and len(title) > 4:  # not "Vize", a prefix
        return {title + "n"}
    if title.endswith(_WEAK_ENDINGS):
        return {title + "en"}
    return {"herrn"} if title == "herr" else set()


TITLES = tuple(sorted(_KINDS["title"].union(*map(_declined, _KINDS["title"]))))
#: a person named after a role: "Ministerin Ana Varga", "SPD-Chef Jo Kern"
TITLED_NAME = regex.compile(
    r"\b(?P<title>(?=\p{Lu})[\p{L}\-]*(?i:"
    + "|".join(regex.escape(t) for t in sorted(TITLES, key=len, reverse=True))
    + r")(?:e?s)?)\s+"
    # no abstract noun (Duden's noun-forming suffixes): "zur Kritik des Landrats Stellung nahm"
    + r"(?!\p{Lu}\p{Ll}+(?:ung|heit|keit|schaft|tion|ität|ismus)\b)"
    + r"(?P<name>(?:\p{Lu}[\p{Ll}\-]+\s+){0,2}\p{Lu}[\p{Ll}\-]+)\b"
)  # a genitive's "-s" too: "des Landrats Jonas Pfeifer"
#: nouns that give a name as a name (``der Titel``, ``Codename``)
LABELS = _KINDS["label"]
#: nouns that name what a title in marks is (``das Motto „…“``, ``die ARD-Fernsehserie „…“``)
WORKS = tuple(sorted(_KINDS["work"] | LABELS))
#: a definite article, alone or joined to a preposition, before a name in marks (``der „…“``)
_DEFINITE = frozenset(
    {"der", "die", "das", "den", "dem", "des", "im", "am", "zum", "zur", "vom", "beim"}
)
_TOKEN = regex.compile(
    # initials, one or several ("M.", "C.Y.", "J.-P."), as one word of a name
    r"(?i:\b(?:dr|prof|st)\.)|\b\p{Lu}\.(?:-?\p{Lu}\.)*(?=\s)|"
    # a name written with a point inside, opening a compound: "ver.di-Chef", "Bild.de-Reporter"
    r"[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)+-[\p{L}\p{N}’'\-]+|"
    # two names joined by a slash, one name of a body's area: "Rheinland-Pfalz/Saarland"
    r"\p{Lu}[\p{L}\-]*(?:/\p{Lu}[\p{L}\-]*)+|"
    r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*|" + MASK + r"+|\S"
)
#: a name set off after a role (``Die Sprecherin der Stadtwerke, Jo Kern, sagte``), closed by
#: a comma, by its party in brackets, or, given and surname, by the sentence's end (``…, sagte
#: die Sprecherin der Stadt, Jo Kern.``)
_APPOSED_NAME = regex.compile(
    # the body's legal form and initials in brackets may stand first: "der Vorsitzende des
    # Ausschusses (EUMC), X,", "der Präsident des Vereins e.V. (VV), X,"
    r"(?:\s+(?:e\.\s?V\.|g?GmbH|AG|KG|SE|mbH))?(?:\s*\([^()\n]{1,20}\))?"
    # the rest of a party's or a body's name may stand first: "von Liste 7/Die Unabhängigen, X,"
    r"(?:\s+\d+(?:/[\p{L}\- ]{1,30})?)?"
    # or where the role is held, before a given name and a surname: "der Sprecher der Fraktion
    # im Landtag, Jo Kern,", "die Delegationsleiterin beim Gipfel, Ilka Brandes,"
    r"(?:\s+(?:im|in|beim|bei|am|an|aus|vom|von|auf|für|zur|zum)\s+(?:(?:der|die|das|dem|den|des)\s+)?"
    r"(?:[\p{L}\-]+\s+){0,2}?\p{Lu}[\p{L}\-]*"
    r"(?=,\s+\p{Lu}[\p{L}’'\-]*\.?\s+(?:(?:von|van|de|zu)\s+)?\p{Lu}[\p{L}’'\-]+\s*[,.(]))?"
    # or a second role of the same person, before a given name and a surname: "der Veranstalter
    # und Chef der Lindenhainer Stadtwerke, Jo Kern,"
    r"(?:\s+und\s+\p{Lu}[\p{L}\-]*(?:\s+(?:der|des)\s+(?:\p{L}[\p{L}\-]*\s+){0,2}?\p{Lu}[\p{L}\-]*)?"
    r"(?=,\s+\p{Lu}[\p{L}’'\-]*\s+\p{Lu}[\p{L}’'\-]+\s*,))?"
    r",\s+((?:\p{Lu}[\p{L}’'\-]*\.?\s+(?:(?:von|van|de|zu)\s+)?){0,3}\p{Lu}[\p{L}’'\-]+)"
    r"(?:,|(?=\s*\()|(?<=\p{Lu}[\p{L}’'\-.]*\s+\p{Lu}[\p{L}’'\-]+)(?=\.(?:\s|$)))"
)


#: German given names the U.S. table lacks or gives the other sex, with their sex
GIVEN_NAMES = {name: sex for sex, name in rows("de/given_names.tsv")}


def is_given_name(word: str) -> bool:
    """Whether a word is a given name: German (``Maike``, ``Jörg``) or in the U.S. table,
    accents folded, its umlauts spelled out too (``Juergen``, ``Joerg``), or given names joined
    by hyphens (``Karl-Heinz``, ``Anne-Marie``)."""
    low = word.lower()
    if "-" in low:
        return all(part and is_given_name(part) for part in low.split("-"))
    return (
        low in GIVEN_NAMES
        or fold_accents(low) in FIRST_NAMES
        or (
            _SPELLED_UMLAUT.search(low) is not None
            and (
                (umlauts := _with_umlauts(low)) in GIVEN_NAMES
                or fold_accents(umlauts) in FIRST_NAMES
            )
        )
    )


#: an umlaut spelled out with an "e" after its vowel, as text without umlauts writes it
_SPELLED_UMLAUT = regex.compile(r"[aou]e")


def _with_umlauts(word: str) -> str:
    """The word with its spelled-out umlauts written as umlauts (``juergen``: ``jürgen``)."""
    return _SPELLED_UMLAUT.sub(lambda m: {"ae": "ä", "oe": "ö", "ue": "ü"}[m.group()], word)


def is_title(word: str) -> bool:
    """Whether a capitalised word is a role (``Ministerin``, ``Bundesinnenminister``,
    ``SPD-Vorsitzende``): it is, or ends in, a role noun."""
    low = word.lower().rsplit("-", 1)[-1]
    return any(low.endswith(t) for t in TITLES)


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


#: what joins a noun to the one that qualifies it: a genitive article, ``von``
_OF = frozenset({"der", "des", "von", "vom", "eines", "einer"})
#: a lower-case word or a comma right before a position: the sentence goes on there
_INSIDE_SENTENCE = regex.compile(r"[\p{Ll},][\s\u00a0]*$")
#: the genitive articles, after which an adjective may stand before the noun
_GENITIVE_OF = frozenset({"der", "des", "eines", "einer"})


#: a compound noun whose first part is written in lower case: "vitaNet-Homepage"
_COMPOUND_NOUN = regex.compile(r"-\p{Lu}\p{Ll}+$")
#: a noun made of a number and a capitalised word: "54-Jährige", "18-Jähriger"
_NUMBER_NOUN = regex.compile(r"\d{1,3}-\p{Lu}\p{Ll}+")

#: an adjective standing for a person of its own after an article (``ein anderer``, ``eine
#: weitere``): someone else, unnamed, never the speaker named before
_ANOTHER = frozenset({"anderer", "andere", "weiterer", "weitere", "dritter", "dritte"})


def _given_name_after_role(named: list[str]) -> int | None:
    """Where the name starts in capitalised words after an article: at the first given name
    past the first word, or after a first word that names an agent (``Kämmerer``)."""
    given = next((j for j in range(1, len(named) - 1) if is_given_name(named[j])), None)
    if given is None and named[0].lower().endswith(_AGENT_SUFFIXES):
        return 1
    return given


def noun_phrase(text: str, start: int, end: int) -> Phrase | None:
    """The noun phrase starting at ``start`` (spaces skipped), read no further than ``end``:
    an article, adjectives, capitalised words with name particles and initials, and genitives
    (``der Sprecher der Stadtwerke``)."""
    toks = tokens(text, start, min(end, start + 200))
    i, taken = 0, []
    determined = bool(toks) and toks[0][2].lower() in DETERMINERS
    if determined:
        taken.append(toks[0])
        i = 1
        while i < len(toks) and (
            (
                toks[i][2][:1].islower()
                and toks[i][2] not in PREPOSITIONS
                and not _COMPOUND_NOUN.search(toks[i][2])
            )
            or (toks[i][2][:1].isdigit() and not _NUMBER_NOUN.fullmatch(toks[i][2]))
            # an ordinal's point: "die 2. Landtagspräsidentin"
            or (toks[i][2] == "." and _ORDINAL.fullmatch(taken[-1][2]) and i + 1 < len(toks))
        ):
            taken.append(toks[i])  # adjectives before the noun: "der gesundheitspolitische"
            i += 1
        opened = any(t[2] in _ATTRIBUTE_OPENERS for t in taken[1:])  # "der sich als … -ende"
        if (extended := _extended_attribute(toks, i, opened)) is not None:
            taken.extend(toks[i:extended])  # "die in Lindenhain geborene Autorin"
            i = extended
    core_start = len(taken)
    if not determined and i < len(toks) and toks[i][2].lower() in _VERB_FIRST:
        return None  # "Sollte der Plan scheitern, …", "Kämen mehr Gäste, …": a verb opens it
    if not determined and (known := _particle_surname(text, toks)) is not None:
        return known  # "sagte von der Brandt", named in full before: never "von der Polizei"
    genitive_at = None  # where the words after the head noun start: "der Sprecher [der Stadt]"
    while i < len(toks):
        word = toks[i][2]
        if (
            not determined
            and len(taken) == core_start + 1
            and _object_after_surname(text, taken[-1][2], word)
        ):
            break  # "redet Fehmer Tacheles", "übt Kern Kritik": the surname, then the object
        if (
            (
                (word[:1].isupper() or (not taken[core_start:] and _COMPOUND_NOUN.search(word)))
                # an opener's word is a noun where an article goes before it: "Sein Gegenüber",
                # and a name inside a sentence, where German writes a conjunction in lower case
                # ("sagte Weil", "Stephan Weil")
                and (
                    word.lower() not in OPENERS
                    or (determined and not taken[core_start:])
                    or (i == 0 and _INSIDE_SENTENCE.search(text, max(0, start - 3), start))
                    or (len(taken) > core_start and is_given_name(taken[-1][2]))
                )
                and MASK not in word
            )
            or _NUMBER_NOUN.fullmatch(word)
        ):  # "der 54-Jährige", "der vitaNet-Chef"
            taken.append(toks[i])
        elif (
            word.lower() in PARTICLES
            and i + 1 < len(toks)
            and toks[i + 1][2][:1].isupper()
            and _particle_may_follow(taken[core_start:])
            and not _affiliation_after(toks, i)
            and not (determined and _of_a_place(text, taken[core_start:], word, toks[i + 1][2]))
        ):
            taken.append(toks[i])  # "van Hoorn", "von der Brandt"
        elif (
            word.lower() in PARTICLES
            and i + 2 < len(toks)
            and toks[i + 1][2] in _PARTICLE_ARTICLES
            and toks[i + 2][2][:1].isupper()
            and len(taken) > core_start
            and is_given_name(taken[-1][2])  # not "von der Polizei": a given name before it
            and not _affiliation_after(toks, i)
        ):
            taken += [toks[i], toks[i + 1]]  # "Ilka von der Brandt": no genitive
            i += 1
        elif (
            word == "und"
            and len(taken) > core_start
            and i + 1 < len(toks)
            and all(is_title(t[2]) for t in taken[core_start:])
            and is_title(toks[i + 1][2])
        ):
            taken.append(toks[i])  # two roles of one person: "Bürgermeister und Landrat Tom Brell"
        elif (
            word in {"und", "oder"}
            and len(taken) > core_start
            and taken[-1][2].endswith("-")
            and i + 1 < len(toks)
            and toks[i + 1][2][:1].isupper()
        ):
            taken.append(toks[i])  # compounds sharing their last part: "des Baum- und Gartenbaus"
        elif (
            word == "für"
            and len(taken) > core_start
            and i + 1 < len(toks)
            and toks[i + 1][2][:1].isupper()
            and _names_a_body(taken[-1][2])
        ):
            if genitive_at is None:
                genitive_at = len(taken) - core_start
            taken.append(toks[i])  # a body's name: "das Bundesamt für Statistik"
        elif (
            word.islower()
            and len(taken) > core_start
            and (
                taken[-1][2] in _GENITIVE_OF
                # a plural genitive's strong adjective: "des Verbandes kommunaler Unternehmen"
                or (genitive_at is not None and word.endswith("er") and len(word) > 4)
            )
            and word.endswith(("e", "en", "er", "es", "em"))
            and word not in DETERMINERS | OPENERS | PREPOSITIONS
            and i + 1 < len(toks)
            and toks[i + 1][2][:1].isupper()
        ):
            taken.append(
                toks[i]
            )  # an adjective in a genitive: "der Vorsitzende der deutschen Grünen"
        elif word.lower() in _OF and len(taken) > core_start and i + 1 < len(toks):
            named = not determined and not any(is_title(t[2]) for t in taken[core_start:])
            official = any(_public_office(t[2]) for t in taken[core_start:])
            # a person's given name and surname just read: "Verbandschef Jo Kern der …"
            personal = len(taken) - core_start >= 2 and is_given_name(taken[-2][2])
            if (genitive_at is not None or named or official or personal) and _media_after(
                toks, i + 1
            ):  # "ein Sprecher des Ministeriums der Deutschen Presse-Agentur", "sagte Brandes
                # der Deutschen Presse-Agentur": the outlet told it, in the dative
                break
            if genitive_at is None:
                genitive_at = len(taken) - core_start
            taken.append(toks[i])  # a genitive: "der Sprecher der Stadtwerke", "von Greenpeace"
        elif word == "(" and len(taken) > core_start:
            close = next((k for k in range(i, min(i + 6, len(toks))) if toks[k][2] == ")"), None)
            if close is None:
                break
            i = close  # a party or an abbreviation: "Jo Kern (SPD)", "der Union (AU)"
        elif not determined and (held := _held_after_possessor(toks, core_start, taken, i)):
            # "Kerns langjähriger Weggefährte Jo Brell": the possessor's genitive stands as the
            # article does; the role and the name after its adjectives are the phrase's core
            taken.extend(toks[i:held])
            determined, core_start, i = True, len(taken), held - 1
        else:
            break
        i += 1
    while taken and taken[-1][2].lower() in PARTICLES | DETERMINERS:
        taken.pop()
    core = [t[2] for t in taken[core_start:] if t[2] != ")"]
    if not core and determined and len(taken) > 1 and taken[-1][2] in _ANOTHER:
        return Phrase(taken[0][0], taken[-1][1], text[taken[0][0] : taken[-1][1]], None)
    if not core:
        return None
    s, e = taken[0][0], taken[-1][1]
    head = core[:genitive_at]
    titles = 0
    while titles < len(head) and (
        is_title(head[titles]) or (head[titles] == "und" and titles > 0)  # "… und Landrat"
    ):
        titles += 1
    if titles == len(head) == 1 and not determined and _surname_in_full(text, head[0]):
        titles = 0  # "sagt Meister", "Tom Meister" named before: a surname that is a role too
    plural = titles > 0 and _plural_role(taken[0][2], head[titles - 1])  # "die Minister"
    if not titles and not is_given_name(head[0]):  # "Bremens Wirtschaftssenator Jens Hoffmann"
        titles = next((k + 1 for k in range(len(head) - 2, 0, -1) if is_title(head[k])), 0)
    named = head[titles:]
    name = None
    if not titles and len(head) == 1 and len(core) > 1 and _names_a_body(head[0]):
        pass  # "Landesamt für Umwelt", "Bund der Steuerzahler": a body's name, the whole phrase
    elif named and plural:
        pass  # "die Minister Norwegens": people in a role, of a country, none of them named
    elif named and titles and (_in_genitive(text, named) or _genitive_before_name(text, named, e)):
        pass  # "Der Arzt Lahms", "Der Vertreter Libyens": whose role it is, not a name
    elif named and (titles or not determined):
        name = " ".join(named)
        if not titles and _role_before_given_name(named):
            name = " ".join(named[1:])  # "Anwohnerin Rita Voss": a noun for who she is
        elif not titles and (given := _given_name_after_possessor(named)) is not None:
            name = " ".join(named[given:])  # "Lindenhains Urgestein Tom Brell": whose, and what
    elif (
        determined
        and len(named) == 1
        and (fuller := full_name(text, named[0])) != named[0]
        and (core_start > 1 or is_given_name(fuller.split()[0]))
    ):  # "der 84-jährige Kern", named in full elsewhere; not "die Bahn" of "Verband Pro Bahn"
        name = named[0]
    elif determined and len(named) == 2 and core_start > 1 and is_given_name(named[0]):
        name = " ".join(named)  # "die 82-jährige Greta Lindqvist": adjectives, then the name
    elif (
        determined
        and len(named) >= 3
        and (given := _given_name_after_role(named)) is not None
        and not _in_genitive(text, named[given:])  # "Einige Anhänger Jo Kerns": whose followers
    ):
        # "der Kämmerer Ole Brandt": a role noun, then the name; "die Lindenhainer Rektorin
        # Ruth Albers": a place's adjective before the role
        name = " ".join(named[given:])
    elif (
        genitive_at is not None
        and len(core) >= genitive_at + 4
        and is_given_name(core[-2])
        and _names_a_body(core[-3])
    ):  # "der Vorsitzende des Vereins Jonas Pfeifer": the body's head, not "des Ministers X"
        name = " ".join(core[-2:])
    return Phrase(s, e, text[s:e], name)


def _object_after_surname(text: str, surname: str, word: str) -> bool:
    """Whether a capitalised ``word`` after a one-word name is no part of it: the name is a
    surname the article gives in full with a given name, which it never writes ``word`` after
    (``Tom Fehmer`` … ``redet Fehmer Tacheles``: a noun, the verb's object)."""
    if (
        not word[:1].isupper()
        or not surname[:1].isupper()
        or is_given_name(surname)
        or is_given_name(word)
        or is_title(surname)
    ):
        return False
    fuller = full_name(text, surname)
    return (
        fuller != surname
        and is_given_name(fuller.split()[0])
        and not regex.search(rf"{regex.escape(fuller)}\s+{regex.escape(word)}\b", text)
    )


def _surname_in_full(text: str, word: str) -> bool:
    """Whether the article gives ``word`` as a person's surname after a given name (``Tom
    Meister``, ``Ilka Hauptmann``), though it is a role noun too."""
    fuller = full_name(text, word)
    return fuller != word and is_given_name(fuller.split()[0])


#: the inflected endings of an adjective before a noun: "langjähriger", "neue", "früheren"
_INFLECTED = regex.compile(r"\p{Ll}{3,}(?:e|er|en|es|em)")


def _held_after_possessor(
    toks: list[tuple[int, int, str]], core_start: int, taken: list[tuple[int, int, str]], i: int
) -> int | None:
    """Where the role after a possessor's genitive and its adjectives starts (``Kerns
    langjähriger Weggefährte Jo Brell``, ``Nordhafens früherer Bürgermeister Ole Brandt``), when
    the capitalised words taken so far end on a genitive and a role or a noun and a given name
    follow the adjectives; else None."""
    core = taken[core_start:]
    if not core or not all(t[2][:1].isupper() for t in core):
        return None
    if not core[-1][2].endswith(("s", "'", "’")):
        return None
    j = i
    while j < len(toks) and j - i < 2 and _INFLECTED.fullmatch(toks[j][2]):
        j += 1
    if j == i or j + 1 >= len(toks) or not toks[j][2][:1].isupper():
        return None
    if is_title(toks[j][2]) or is_given_name(toks[j + 1][2]) or _names_a_body(toks[j][2]):
        return j  # (or a body's: "Bayerns größter Lehrerverband BLLV")
    return None


def _plural_role(article: str, role: str) -> bool:
    """Whether a role after ``die`` is plural (``die Minister``, ``die Regierungschefs``): no
    feminine ending (``die Ministerin``, ``die Abgeordnete``) makes it one woman's."""
    return article.lower() == "die" and not role.lower().endswith(("in", "e"))


#: the furthest an extended attribute's phrase reaches before its adjective
_ATTRIBUTE_REACH = 8


#: lower-case words that open an extended attribute as a preposition does: "der sich als
#: Gegner inszenierende Unternehmer", "die wie ihre Vorgängerin auftretende Ministerin"
_ATTRIBUTE_OPENERS = frozenset({"sich", "als", "wie"})


#: nouns ending the name of an outlet a source talks to: "der Deutschen Presse-Agentur", "der
#: Lindenhainer Zeitung", "der Nachrichtenagentur Reuters"
_MEDIA_NOUNS = ("zeitung", "agentur", "presse", "blatt", "rundschau", "allgemeinen", "post")


#: public offices and the epithets for them (data/role_epithets.tsv): no outlet has one, so
#: an outlet after one is told something ("sagte die Rathauschefin der Lindenhainer Zeitung")
_PUBLIC_OFFICES = tuple(
    sorted({w for key, roles in role_epithets("de").items() for w in (key, *roles)})
)


def _public_office(word: str) -> bool:
    """Whether a noun is a public office or an epithet for one (``Außenministerin``)."""
    low = word.lower()
    return low.endswith(_PUBLIC_OFFICES) or low.endswith(("minister", "ministerin"))


def _media_after(toks: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the capitalised words from ``at`` name an outlet (the dative of a source told
    something, not a second genitive)."""
    run = []
    for _s, _e, word in toks[at : at + 4]:
        if not word[:1].isupper():
            break
        run.append(word.lower())
    return any(w.rsplit("-", 1)[-1].endswith(_MEDIA_NOUNS) for w in run)


#: a number or a Roman numeral that a point makes an ordinal: "3.", "XVI."
_ORDINAL = regex.compile(r"\d{1,4}|[IVXLC]{1,6}")


def _extended_attribute(
    toks: list[tuple[int, int, str]], at: int, opened: bool = False
) -> int | None:
    """Where the noun starts after an attribute extended by a phrase between the article and
    its adjective (``die [in Lindenhain geborene] Autorin``, ``der [seit Jahren amtierende]
    Bürgermeister``, ``der [sich als Gegner inszenierende] Unternehmer``): after the inflected
    adjective that closes it, or None. ``opened``: words before ``at`` opened it already."""
    if at >= len(toks) or not (opened or toks[at][2] in PREPOSITIONS):
        return None
    for k in range(at + (not opened), min(at + _ATTRIBUTE_REACH, len(toks) - 1)):
        word = toks[k][2]
        if word == "." and _ORDINAL.fullmatch(toks[k - 1][2]):
            continue  # an ordinal's point: "die am 3. Mai eröffnete", "der durch Karl IV."
        if not word[:1].isalnum() or MASK in word:
            return None  # a comma or a quote: no attribute
        if (
            word.islower()
            and word.endswith(("e", "en", "er", "es", "em"))
            and word not in DETERMINERS | OPENERS | PREPOSITIONS
            and toks[k + 1][2][:1].isupper()
        ):
            return k + 1
    return None


def _in_genitive(text: str, name: list[str]) -> bool:
    """Whether a name after a noun is in the genitive, whose the noun is (``die Anhänger Jo
    Kerns``): its last word ends in -s and the article writes the name without it."""
    last = name[-1]
    if len(last) < 3 or not last.endswith("s"):
        return False
    bare = " ".join([*name[:-1], last[:-1]])
    return regex.search(rf"\b{regex.escape(bare)}\b", text) is not None


def _genitive_before_name(text: str, name: list[str], end: int) -> bool:
    """Whether one word in -s after a role is the genitive of where it is held, the holder's
    name set off after it (``der Oberrabbiner Israels, Yona Metzger``)."""
    return (
        len(name) == 1
        and name[0].endswith("s")
        and not is_given_name(name[0])
        and _NAME_SET_OFF.match(text, end) is not None
    )


#: a name of two capitalised words set off by commas, or closing the sentence
_NAME_SET_OFF = regex.compile(r",\s+\p{Lu}[\p{Ll}\-]+\s+\p{Lu}[\p{Ll}\-]+\s*(?:[,.;(]|$)")


def _names_a_body(word: str) -> bool:
    """Whether a noun is one for an institution, alone or at the end of a compound
    (``Institut``, ``Bundesamt``, ``Landesministerium``), whose name goes on with ``für …``."""
    low = word.lower()
    return any(low.endswith((body, body + "s", body + "es")) for body in BODIES)  # "des Amtes"


def _particle_surname(text: str, toks: list[tuple[int, int, str]]) -> Phrase | None:
    """A surname with its particle opening the tokens (``von der Brandt``, ``zu Eltz``), when
    the article writes it after a given name somewhere (``Ilka von der Brandt``): German
    capitalises every noun, so ``von der Polizei`` reads alike and only that tells them apart."""
    n = 1 + (len(toks) > 2 and toks[1][2] in _PARTICLE_ARTICLES)
    if len(toks) <= n or toks[0][2] not in PARTICLES or not toks[n][2][:1].isupper():
        return None
    name = " ".join(t[2] for t in toks[: n + 1])
    if full_name(text, name) == name:
        return None
    return Phrase(toks[0][0], toks[n][1], text[toks[0][0] : toks[n][1]], name)


#: the articles inside a name after its particle: "von der Brandt", "van den Berg"
_PARTICLE_ARTICLES = frozenset({"der", "den", "dem", "de", "la"})


def _affiliation_after(toks: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the particle at ``at`` opens a body's name, not a surname (``Ole Brandt vom
    Fischereiverband``, ``Jo Kern von der SPD``): an acronym, a noun for a body, or a place's
    adjective and a noun follow it, past an article."""
    k = at + 1 + (at + 2 < len(toks) and toks[at + 1][2] in _PARTICLE_ARTICLES)
    word = toks[k][2] if k < len(toks) else ""
    # or a place's adjective and a noun ("vom Rosenheimer Tierheim", "von der Hamburger Tafel")
    placed = word.endswith("er") and k + 1 < len(toks) and toks[k + 1][2][:1].isupper()
    return (len(word) > 1 and word.isupper()) or _names_a_body(word) or placed


def _particle_may_follow(core: list[tuple[int, int, str]]) -> bool:
    """A name particle comes before a surname: after a given name or a role (``Ilka von der
    Brandt``, ``Ministerin von der Brandt``), or first; after a surname it opens a phrase of its
    own (``Jo Kern zu Beginn``, ``Jo Kern von der SPD``)."""
    if not core:
        return True
    last = core[-1][2]
    return is_given_name(last) or is_title(last)


def _of_a_place(text: str, core: list[tuple[int, int, str]], particle: str, following: str) -> bool:
    """Whether ``particle`` after a role with its article joins the place or body the role is
    of (``der Ministerpräsident von Nordland``, ``die Bürgermeisterin von Lindenhain``), not a
    surname's particle (``die Ministerin von der Brandt``): the article never writes a given
    name before the particle and the word after it."""
    if not core or not is_title(core[-1][2]) or following.lower() in DETERMINERS:
        return False
    named = regex.compile(rf"\b(\p{{Lu}}\p{{Ll}}+)\s+{particle}\s+{regex.escape(following)}\b")
    return not any(is_given_name(m.group(1)) for m in named.finditer(text))


def _role_before_given_name(words: list[str]) -> bool:
    """Whether the first of three or more capitalised words is a noun for a person (by its
    ending: Anwohnerin, Kämmerer; or one of the nouns for persons, alone or closing a compound:
    Fan, Augenzeuge) before a given name, single or double (Karl-Heinz), and a surname."""
    first = words[0].lower() if words else ""
    return (
        len(words) >= 3
        and all(is_given_name(part) for part in words[1].split("-"))
        and (first.endswith(_AGENT_SUFFIXES) or first.endswith(_PERSON_NOUNS))
    )


def _given_name_after_possessor(words: list[str]) -> int | None:
    """Where the name starts after a place's or a body's genitive and the nouns for who the
    person is (``Lindenhains Urgestein Tom Brell``, ``Berlins Jo Kern``): the given name
    followed by a surname, the first word a genitive in ``-s`` that is no given name; None when
    there is none."""
    if len(words) < 3:
        return None
    if words[0].endswith("s") and not is_given_name(words[0]):
        return next((k for k in range(1, len(words) - 1) if is_given_name(words[k])), None)
    # a person's genitive, then a noun for who this one is to them: "Knut Jägers Sohn Jan",
    # "Ruth Albers Sprecher Tom Brell"; the given name after the noun
    for k in range(1, len(words) - 2):
        noun = words[k + 1].lower()
        if (
            words[k].endswith(("s", "'", "’"))
            and is_given_name(words[k - 1])
            and (is_title(noun) or noun.endswith(_PERSON_NOUNS))
            and is_given_name(words[k + 2])
        ):
            return k + 2
    return None


#: the nouns for persons of three letters or more, which close a compound too (Augenzeuge)
_PERSON_NOUNS = tuple(noun for noun in _KINDS["person"] if len(noun) >= 3)


def full_name(text: str, name: str) -> str:
    """The article's fuller form of a one-word name: ``Roth`` is ``Jana Roth`` where the article
    names her so. The word before the surname is a given name when a list of given names has
    it, or when no article stands before it (``die Kämmerin Roth`` names no given name)."""
    if " " in name:
        if name.split()[0] in PARTICLES:  # "von der Brandt": the given name before it, if any
            before = regex.search(
                rf"(\p{{Lu}}[\p{{L}}\-]+)[ \u00a0]+{regex.escape(name)}\b(?![ \u00a0]*\d)", text
            )  # not "Jonas von Lindenhain 04": a player and his club
            if before is not None and all(is_given_name(p) for p in before.group(1).split("-")):
                return f"{before.group(1)} {name}"
        return name
    for m in before_surname(name).finditer(text):
        given, before = m.group("given"), (m.group("before") or "").lower()
        if "-" in given and not all(is_given_name(part) for part in given.split("-")):
            continue  # "Hans-Joachim" is a given name, "Stürmer-Star" a role
        if m.group("particle") and not all(is_given_name(p) for p in given.split("-")):
            continue  # "Angaben von Kern": a noun and a genitive, no "Karl zu Kern"
        if (
            given.endswith("s")
            and not is_given_name(given)
            and regex.search(rf"\b{regex.escape(given[:-1])}\b", text)
        ):
            continue  # "mit Merkels Satz": the genitive of a name the article writes, a noun
        if is_given_name(given) or not (
            before in DETERMINERS
            or is_title(given)
            or given.lower().endswith(_PERSON_NOUNS)  # "Knut Jägers Sohn Jan": who Jan is
            or given.lower() in DETERMINERS | OPENERS | PARTICLES
        ):
            first = m.group("before") or ""
            if (
                first[:1].isupper()
                and is_given_name(first)
                and first.lower() not in HONORIFICS  # "Sir Richard", though the tables have it
                and not is_title(first)  # "Vier-Sterne-General Robert Brieger": a rank
                and is_given_name(given)
            ):
                given = f"{first} {given}"  # "Ralf Martin Meyer": two given names
            return f"{given} {m.group('initials') or ''}{m.group('particle') or ''}{name}"
    return name


#: function words ("nicht", "sowie", "etwa"), which open a sentence as no name does
FUNCTION_WORDS = _KINDS["function"]
#: words in lower case that are no verb: the closed classes, and possessives
_NOT_VERBS = DETERMINERS | set(PRONOUNS) | OPENERS | FUNCTION_WORDS
_POSSESSIVE = regex.compile(r"(?:sein|ihr|unser|euer|mein|dein)(?:e[mnrs]?)?")


def verb_like(word: str) -> bool:
    """Whether a word could be a finite verb: in lower case, and of no closed word class."""
    low = word.lower()
    return word == low and low not in _NOT_VERBS and not _POSSESSIVE.fullmatch(low)


#: institutions, media and documents that can be the source of words (``das Ministerium``)
BODIES = tuple(sorted(_KINDS["body"] | _KINDS["document"]))
#: the texts among them (``Bericht``, ``Studie``), which compounds end on (``Jahresbericht``)
DOCUMENT_NOUNS = _KINDS["document"]
#: the institutions among them, which a noun alone after its article may stand for when named
#: in full before (``das Ministerium`` for ``das Bundesministerium für Verkehr``)
INSTITUTIONS = _KINDS["body"]
#: nouns for the kind of body a name stands for (``die Behörde``): the body just named
GENERIC_BODIES = _KINDS["generic_body"]
#: the nouns for a company named before ("das Unternehmen", "der Konzern")
COMPANY_NOUNS = _KINDS["company"]


def speaks_for(words: str) -> bool:
    """Whether a noun phrase names a body, a medium or a document, which can be the source of
    words as a person can (``Das Gericht``, ``die Bundesregierung``, ``Die Studie``)."""
    head = next((w for w in words.split() if w[:1].isupper() and w.lower() not in DETERMINERS), "")
    noun = head.lower().rsplit("-", 1)[-1]
    return noun.endswith(BODIES) or fold_accents(noun).endswith(_BODIES_PLURAL)


def is_medium(words: str) -> bool:
    """Whether a noun phrase names a news medium by its noun (``Das US-Magazin X``, ``Die
    Lokalzeitung``): a source that quotes people and judges them in its own words."""
    head = next((w for w in words.split() if w[:1].isupper() and w.lower() not in DETERMINERS), "")
    return head.lower().rsplit("-", 1)[-1].endswith(_MEDIA)


_MEDIA = tuple(_KINDS["medium"])


#: the plurals of the bodies' nouns, umlauts folded (``Verbände``, ``Parteien``, ``Gerichte``)
_BODIES_PLURAL = tuple(
    fold_accents(body) + ending for body in BODIES for ending in ("e", "en", "n", "er")
)


def is_person(phrase: Phrase) -> bool:
    """Whether a noun phrase names a person: by a name, a role (``Ministerin``), a head noun
    for someone who does something (``der Student``, ``die Demonstranten``) or a noun for
    people (``der Mann``, ``die Fans``)."""
    if phrase.name is not None and _body_by_name(phrase.name):
        return False  # "laut Nordhafener Zeitung": a paper named with no article
    if phrase.name is not None or any(is_title(w) for w in phrase.text.split()):
        return True
    words = phrase.text.lower().split()
    if len(words) == 2 and words[0] in {"ein", "eine"} and words[1] in _ANOTHER_ONE:
        return True  # "Ein anderer bezeichnete …": another person, unnamed
    head = next(
        (w for w in phrase.text.split() if w[:1].isupper() and w.lower() not in DETERMINERS), ""
    )
    noun = head.lower().rsplit("-", 1)[-1]
    if phrase.text.split()[0].lower() in _GENITIVE_ARTICLES:
        noun = GENITIVE_ENDING.sub("", noun)  # "eines Gutachters", "des Parteichefs"
    if noun.endswith(_NOT_AGENTS):
        return False  # "Der Verein", "das Nachrichtenmagazin": no woman's -in
    return noun.endswith(_AGENT_SUFFIXES + _PEOPLE + _PERSON_NOUNS) or noun in _KINDS["person"]


#: nouns in -in that name no woman, and in -er that name no one (data/de/words.tsv, "not_agent")
_NOT_AGENTS = tuple(_KINDS["not_agent"])
#: the articles of a masculine or neuter noun in the genitive, which takes an -s or -es
_GENITIVE_ARTICLES = frozenset({"des", "eines"})
#: the -s or -es a masculine or neuter noun takes in the genitive ("Vereins", "Gutachters")
GENITIVE_ENDING = regex.compile(r"(?<=\p{L}{3})e?s$")


def _body_by_name(name: str) -> bool:
    """Whether a name of capitalised words ends on a body's noun, whole or closing a compound
    (``Nordhafener Zeitung``, ``Lindenhainer Verlagsgesellschaft``), and opens on no given name
    (``Anna Kammer`` is a woman), or is one compound on one (``Medienberichte``): an
    institution, a medium or a text, not a person."""
    words = name.split()
    if len(words) > 1:
        return not is_given_name(words[0]) and _names_a_body(words[-1])
    low = fold_accents(name.lower())  # one word: a compound on a body's noun ("Medienberichte")
    return any(low.endswith(b) and len(low) >= len(b) + 3 for b in _BODY_FORMS)


#: the bodies' nouns and their plurals, umlauts folded
_BODY_FORMS = tuple(fold_accents(b) for b in BODIES) + _BODIES_PLURAL


#: a past participle, with its prefix (``angesprochen``, ``gefragt``) or with an inseparable
#: one and no "ge" (``befragt``, ``erinnert``, ``verwiesen``)
_PARTICIPLE = regex.compile(
    r"\p{Lu}\p{Ll}*?ge\p{Ll}{3,}(?:t|en)|(?:Be|Er|Ver|Zer|Ent)\p{Ll}{3,}(?:t|en)"
)
#: the preposition of what such a participle is about, after it: "angesprochen auf", "gefragt
#: nach", "befragt zu"
_PARTICIPLE_OBJECT = r"[\s\u00a0]+(?:auf|nach|zu|zum|zur|von|über|wegen|darauf|dazu|danach)\b"
#: endings that make a German word an adverb, never a noun or a name (``erwartungsgemäß``,
#: ``glücklicherweise``, ``erstmals``, ``notfalls``, ``rückwärts``): German word formation
_ADVERB_ENDINGS = ("gemäß", "gemäss", "weise", "mals", "falls", "wärts", "halber")


#: endings that make a German word an adjective (``deutlich``, ``kritisch``, ``sparsam``,
#: ``lebhaft``, ``heftig``, ``wortlos``), which opens a sentence uninflected as an adverb and
#: never as its subject: German word formation (Duden grammar, Adjektivsuffixe); and the
#: nouns and names on ``-ig`` that are none (``Leipzig``, ``Ludwig``) or on ``-schaft``
_ADJECTIVE_ENDINGS = ("lich", "isch", "sam", "haft", "ig", "los")
_NOT_ADJECTIVE_ENDINGS = ("schaft", "zig", "wig")


def _an_adjective(word: str, text: str) -> bool:
    """Whether a capitalised word has an adjective's ending and is no name: not a given name,
    not a noun on ``-schaft`` (``Botschaft``), and never written after a capitalised word, as a
    surname is (``Anna Fröhlich``)."""
    low = word.lower()
    if len(word) < 6 or not low.endswith(_ADJECTIVE_ENDINGS) or is_given_name(word):
        return False
    if low.endswith(_NOT_ADJECTIVE_ENDINGS):
        return False
    return regex.search(r"\p{Lu}\p{L}*\s+" + regex.escape(word) + r"\b", text) is None


def adverbial(word: str, text: str) -> bool:
    """Whether a capitalised word opening a sentence is not a noun: a participle used as an
    adverb (``Abwartend``), or a word the text writes in lower case elsewhere and never
    capitalises inside a sentence (``Zwar``, ``Gegenüber``), as it does every noun."""
    low = word.lower()
    if low in DETERMINERS or low in PRONOUNS:
        return False
    if low.endswith("end") and len(word) > 6:
        return True
    if len(word) > 7 and low.endswith(_ADVERB_ENDINGS):
        return True  # "Erwartungsgemäß stellte X …", "Bedauerlicherweise", "Erstmals"
    if _an_adjective(word, text):
        return True  # "Deutlich kritisierte X …": an adjective used as an adverb
    if _PARTICIPLE.fullmatch(word) and regex.search(
        regex.escape(word) + _PARTICIPLE_OBJECT, text
    ):  # "Angesprochen auf …, gesteht X", "Befragt nach …": a past participle's phrase
        return True
    return (
        regex.search(r"(?<![\p{L}\-])" + regex.escape(low) + r"(?![\p{L}\-])", text) is not None
        and regex.search(r"(?<=\p{Ll}[ ,]+)" + regex.escape(word) + r"(?![\p{L}\-])", text) is None
    )


#: a plural's ending, left off to read the singular noun for a kind of work ("Filme", "Serien")
_SINGULAR_ENDING = regex.compile(r"(?<=\p{L}{3})(?:e|s|n)$")


def names_something(text: str, start: int, quote: str) -> bool:
    """Whether the words in marks opening at ``start`` are a name (of a work, a body, a motto):
    a noun for such a thing right before them (``das Motto „…“``, ``im Fachmagazin „…“``), or a
    definite article before words that open on a capital (``der „Berliner Zeitung“``)."""
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    word = before[-1].strip("(")
    if word.lower() in _DEFINITE:
        return quote[:1].isupper() and len(quote.split()) <= 6
    if word == "wie" and len(before) > 1 and before[-2][:1].isupper():
        # "Romane wie „…“", "Filme wie „…“": such works, by their names
        word = _SINGULAR_ENDING.sub("", before[-2])
    if word == "für" and before[-3:-1] and before[-2] in {"steht", "stand"}:
        # "NOAH steht für „…“": what a short form spells out, no one's words
        return len(before) > 2 and before[-3].isupper()
    if word in {"von", "bei"} and len(before) > 1 and is_title(before[-2]):
        # "Sprecher von „Land für alle“": the body a role is held in, by its name
        return quote[:1].isupper() and len(quote.split()) <= 6
    # after the noun, a name, in lower case too ("Film „2001: …“", "die Firma „con energy
    # ag“"), but not a phrase of speech ("das Buch „eine nüchterne Bilanz“", "der Verein
    # soll „mehr als zehn Millionen“ geboten haben": a German grammar word in lower case)
    lowered = quote.lower().split()
    return (
        word[:1].isupper()
        and word.lower().rsplit("-", 1)[-1].endswith(WORKS)
        and (
            quote[:1].isupper()
            or (
                (not lowered or lowered[0] not in DETERMINERS)
                and not _SPEAKING.search(quote)
                and not (quote[:1].islower() and _GRAMMAR_WORDS.intersection(lowered))
            )
        )
    )


#: words of German grammar (prepositions, subordinators, negation): in lower case in marks, a
#: phrase of speech, not a name
_GRAMMAR_WORDS = PREPOSITIONS | SUBORDINATORS | FUNCTION_WORDS


#: verbs in the Konjunktiv I (and the Konjunktiv II that stands in for it), the mood of reported
#: speech: a sentence in it goes on reporting what the last speaker said (``Es drohe …``)
REPORTED = _KINDS["reported"] | {
    v[:-1] + ("e" if v.endswith(("eln", "ern")) else "") for v in words("de/verbs.txt")
}

#: the Konjunktiv II of common verbs, which reported speech takes where the Konjunktiv I would
#: read as the indicative (``Gingen die Preise weiter hoch, …``)
CONDITIONAL = frozenset(
    {"käme", "kämen", "ginge", "gingen", "gäbe", "gäben", "bliebe", "blieben", "stünde"}
    | {"stünden", "läge", "lägen"}
)
#: finite verbs that open a German sentence (a condition or a question set first: ``Sollte der
#: Plan scheitern, …``, ``Wäre er gekommen, …``), capitalised there and never a noun: the
#: auxiliaries and modals and the Konjunktiv II of common verbs (not every form of reported
#: speech: ``Frage``, ``Rede`` are nouns too)
_MODALS_II = {"sollten", "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "würde"}
_VERB_FIRST = (
    AUXILIARIES | CONDITIONAL | _MODALS_II | {"würden", "wäre", "wären", "hätte", "hätten"}
)


#: the people's nouns in -at, which most nouns in -at are not (Monat, Staat, Zitat, Senat)
_PEOPLE_AT = ("krat", "didat", "lomat", "ldat", "pirat", "vokat", "endiat")
#: endings of German nouns for a person by what they do (Architektin, Kämmerer, Pianist, Student)
_AGENT_SUFFIXES = ("in", "er", "or", "ist", "ent", "eur", "ant", "loge", *_PEOPLE_AT)
#: their plurals (Demonstranten, Meteorologen, Kandidaten; not Daten, Staaten, Monaten)
_PEOPLE = (
    "innen",
    "isten",
    "enten",
    "anten",
    "logen",
    "oren",
    "eure",
    *(a + "en" for a in _PEOPLE_AT),
)


def all_capitalised(words: str) -> bool:
    """Whether every word of ``words`` opens on a capital or a digit (``Nordhafen II``, ``BBC
    News``, ``Christoph 29``), as names do and speech never does."""
    found = regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}\-’'.]*", words)
    return bool(found) and all(w[:1].isupper() or w[:1].isdigit() for w in found)


def _title_gender(titled: regex.Match) -> str | None:
    """Feminine role nouns end in -in (``Ministerin``, ``Sprecherin``)."""
    return "f" if titled.group("title").lower().endswith("in") else "m"


#: nouns for women with no ending in -in
_WOMEN = frozenset({"frau", "mutter", "tochter", "schwester", "großmutter", "oma"})
#: articles and possessives of a masculine (or neuter) noun for one person: "ein Passant",
#: "seinem Mandanten", "des Klägers"
_MASCULINE_ARTICLES = frozenset(
    {"ein", "einem", "einen", "eines", "dem", "des", "seinem", "seinen", "seines"}
)


#: the adjectives that stand for a person after "ein"/"eine" (``Ein anderer sagte``, ``eine
#: weitere meinte``), their ending the person's gender
_ANOTHER_ONE = frozenset({"anderer", "andere", "weiterer", "weitere", "zweiter", "zweite"})


def _mention_gender(mention: str) -> str | None:
    """``die Sprecherin`` and ``Frau Kern`` are women, ``der Sprecher`` and ``Herr Kern`` men;
    ``die Sprecher`` (a plural) does not tell; with no role, an indefinite article and the
    noun do (``eine Anwohnerin``, ``ein Passant``: someone new, whom a pronoun may take up)."""
    words = mention.split()
    first = words[0].lower() if words else ""
    if first in {"frau", "herr"}:
        return "f" if first == "frau" else "m"
    if len(words) == 2 and first in {"ein", "eine"} and words[1].lower() in _ANOTHER_ONE:
        return "m" if first == "ein" else "f"  # "Ein anderer sagte", "eine weitere meinte"
    role = next((w for w in words if w[:1].isupper() and is_title(w)), None)
    if role is None:  # "eine Anwohnerin", "ein Passant": the article and the noun's ending
        # the noun after the article and its adjectives, before a genitive ("eine Bewohnerin
        # des Heims")
        head = next((w for w in words[1:] if w[:1].isupper()), "").lower()
        if first in {"eine", "die", "diese"} and (head.endswith("in") or head in _WOMEN):
            return "f"  # "die Mutter des Opfers" (not "die Anwohner": a plural)
        if first == "der" and head and not head.endswith("in") and head not in _WOMEN:
            return "m"  # "Der Sohn des Hauses berichtet": a subject's "der" is masculine
        return "m" if first in _MASCULINE_ARTICLES and head else None
    if role.lower().endswith("in"):
        return "f"
    return "m" if first in {"der", "ein", "dieser"} or first == role.lower() else None


#: the gender of a body's name by its article, as a pronoun takes it up: "die Polizei …
#: sie", "das Ministerium … es", "der Konzern … er" (a plural's "die" takes "sie" too)
_BODY_ARTICLE_GENDER = {"der": "m", "die": "f", "das": "n"}


def _body_gender(mention: str) -> str | None:
    """The gender in which a pronoun takes up a body named by its article and noun (``Die
    Polizei``, ``das Ministerium``); None for what is no body or has no article."""
    article, _, rest = mention.partition(" ")
    if not rest or not speaks_for(mention):
        return None
    return _BODY_ARTICLE_GENDER.get(article.lower())


#: the possessive determiners of the third person: "seine", "ihrem"
_OWNER_FORMS = [stem + ending for stem in ("sein", "ihr") for ending in ("", "e", "em", "en", "er")]


NAMING = Naming(
    PRONOUNS,
    noun_phrase,
    _APPOSED_NAME,
    TITLED_NAME,
    _title_gender,
    is_person,
    full_name,
    _mention_gender,
    lambda word: word[:1].isupper() and is_title(word),
    # a possessive determines as the article does: "seine Frau" after "seine Frau, Ilka Brandes,"
    frozenset({"der", "die", "das", "dem", "den", "des"} | set(_OWNER_FORMS)),
    GIVEN_NAMES,
    _KINDS["demonym"],
    role_epithets("de"),
    demonstratives={"dieser": "er", "diese": "sie"},
    # "diese" is a plural's too: its noun tells ("diese Anwohnerin", not "diese Anwohner")
    pointing={"dieser": "m", "diese": ""},
    # "sagten sie", "erklärten sie": a verb of the third person plural ends in -en, the
    # singular's never does ("sagte", "sagt"); not a participle ("gesprochen") nor a
    # determiner, preposition or adverb ("sie einen", "sie gegen", "sie morgen")
    plural_too=frozenset({"die"}),
    reflexive=frozenset({"sich"}),
    # quantifiers that open a plural noun phrase: "Viele Reisende sitzen fest" is no one person
    plural=frozenset(
        {"viele", "alle", "einige", "mehrere", "zahlreiche", "manche", "beide", "etliche"}
        | {"wenige", "sämtliche"}
    ),
    body_gender=_body_gender,
    plural_verb=regex.compile(
        r"(?!ge)(?!\p{Ll}*gegen\b)(?!(?:ein|ihr|sein|kein|unser|dies|jed|all|manch|welch|solch|neb|zwisch|morg|eb"
        r"|ob|unt|weg|d|w)en\b)\p{Ll}{2,}en"
    ),
    # the third person singular of the auxiliaries and modals, indicative and subjunctive
    # (Duden grammar, the conjugation of sein, haben, werden and the modal verbs)
    singular_verbs=frozenset(
        {"ist", "sei", "war", "wäre", "hat", "habe", "hatte", "hätte", "wird", "werde", "wurde"}
        | {"würde", "kann", "könne", "konnte", "könnte", "muss", "müsse", "musste", "müsste"}
        | {"will", "wolle", "wollte", "soll", "solle", "sollte", "darf", "dürfe", "durfte"}
        | {"dürfte", "mag", "möge", "mochte", "möchte"}
    ),
)


#: rows whose own verb of saying names the speaker: a word they cue is speech, not a term
CUED_METHODS = ("after-de", "according-de", "before-de", "passive-agent-de", "relative-de")
#: rows that find the speaker of a passive or a relative clause: not a reputation
_AGENT_METHODS = ("passive-agent-de", "relative-de")
#: at most this many words, every one capitalised, make a name (``„BBC News“``, ``„Nordhafen
#: II“``): German speech always has a word in lower case, its verb at least
NAME_WORDS = 5


#: at most this many words make a gloss or an item of a list of names (``(kurz: „DFB“)``)
LISTED_WORDS = 8
#: what introduces a gloss, a translation or a short form in marks: ``(etwa: „…“)``, ``kurz
#: „…“``, ``engl. „…“``, ``so genannte „…“``
_GLOSS = regex.compile(
    r"(?:\(|\b(?:etwa|kurz|engl\.|englisch|deutsch|übersetzt|genannt|so\s?genannte[nrs]?)"
    r"\s*:?\s*)$",
    regex.IGNORECASE,
)
_MARK = '„“”"«»‚‘’'
_LIST_AFTER = regex.compile(r"\s*(?:,|und|oder|sowie)\s*[" + _MARK + "]")
_LIST_BEFORE = regex.compile(r"[" + _MARK + r"]\s*(?:,|und|oder|sowie)\s*$")
#: what joins the items of a list of names in marks: a comma, ``und``, ``oder``, ``sowie``, and
#: ``etwa`` after it
_LIST_JOINS = ListJoins(("und", "oder", "sowie"), ("beispielsweise", "etwa", "auch"))
#: words of the first and second person: speech, not a name
_SPEAKING = regex.compile(r"\b(?:ich|wir|du|ihr|mich|mir|uns|euch|dich|dir)\b", regex.IGNORECASE)


#: function words of English, French and Latin that German has not: a few words in marks that
#: carry one, in German copy and with no verb of saying, are a foreign title or term (``das
#: Album „Let it be“``, ``mit dem Vermerk „cum grano salis“``); not "was", "an" and "pro"
#: alone, which are German words too ("was er tut", "an der Grenze", "pro Jahr")
_FOREIGN = regex.compile(
    r"\b(?:the|of|it|is|be|for|and|to|with|on|at|this|that|my|your|you|we|our|are|a|"
    r"have|has|le|la|les|pour|du|et|une|un|est|au|aux|sur|avec|cum"
    # and Latin's set phrases, whose first word German has too
    r"|pro\s+(?:reo|forma|domo|bono|rata)|ad\s+(?:hoc|absurdum|acta|infinitum)|de\s+(?:facto|jure)"
    r"|ipso\s+facto|status\s+quo|per\s+se|sine\s+qua)\b|^[Ll][’']|\b[Dd][’']\p{L}"
    # a species' Latin name, genus and epithet: "Aplysia lindenhainensis"
    r"|(?-i:^\p{Lu}\p{Ll}+\s+\p{Ll}{3,}(?:a|us|um|is|ae|ii|ensis|oides)$)"
    r"|[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}]",
    regex.IGNORECASE,
)


#: one word of letters and digits, as products, models and user names are written
_CODE_NAME = regex.compile(r"(?=\w*\d)(?=\w*\p{L})\w+")
#: "Was „…“ angeht", "was „…“ betrifft": the words name what the sentence is about
_AS_FOR_BEFORE = regex.compile(r"\b[Ww]as\s+$")
_AS_FOR_AFTER = regex.compile(r"\s+(?:angeht|anging|betrifft|betraf)\b")


def _foreign_name(quote: Quote) -> bool:
    return not _ends_sentence(quote) and bool(_FOREIGN.search(quote.text))


def _ends_sentence(quote: Quote) -> bool:
    return quote.text.rstrip()[-1:] in {".", "!", "?"}


def _glossed(quote: Quote, text: str) -> bool:
    """Words in marks that gloss a name, translate it or shorten it (``die Partei „Rak Thai“
    (etwa: „Liebe die Thais“)``): no sentence of speech, which would end on its stop."""
    start = quote.start - len(quote.open_mark)
    gloss = _GLOSS.search(text, max(0, start - 30), start)
    if gloss is None or _ends_sentence(quote):
        return False
    # a bracket alone before a clause in lower case sets off an aside of speech ("(„bislang
    # ist uns das gelungen“)"), not a name's gloss ("(„gegossenes Blei“)")
    aside = quote.text[:1].islower() and len(quote.text.split()) >= _ASIDE_WORDS
    return gloss.group().strip() != "(" or not aside


#: the fewest words an aside in brackets has: fewer gloss a name (``(„gegossenes Blei“)``)
_ASIDE_WORDS = 4


def _listed(quote: Quote, text: str) -> bool:
    """One of a list of names in marks (``die Modelle „Sirius“ und „Vega“``, ``„Kinder“,
    „Jugendliche“ und „Senioren“``): capitalised, with no exclamation and no one speaking."""
    start, end = quote.start - len(quote.open_mark), quote.end + len(quote.close_mark)
    return (
        quote.text[:1].isupper()
        and "!" not in quote.text
        and not _SPEAKING.search(quote.text)
        and bool(
            _LIST_AFTER.match(text, end) or _LIST_BEFORE.search(text, max(0, start - 12), start)
        )
    )


_OPENS_SENTENCE = regex.compile(r"(?:^|[.!?:]\s*|\n\s*)$")
#: a clause with a verb of saying and its colon right before the marks: what follows is said
#: (``sagte X: „Herzlich willkommen“ und bat …``), not a name opening a sentence
_SAID_THEN_COLON = regex.compile(
    r"\b(?:" + "|".join(sorted(VERBS, key=len, reverse=True)) + r")\b[^.!?:\n]*:\s*$"
)
_VERB_AFTER = regex.compile(r"[ \u00a0]+(\p{Ll}+)")


def _named_subject(quote: Quote, text: str) -> bool:
    """Words in marks that open a sentence as its subject, the verb right after them with no
    comma (``„Nordlicht“ ist ein Forschungsschiff``, ``„Nordsee Radio“ berichtet``): a name;
    speech is set off by a comma or ends on its stop, or is followed by its verb of saying
    (and has a word in lower case, as no name of a few words has)."""
    start, end = quote.start - len(quote.open_mark), quote.end + len(quote.close_mark)
    verb = _VERB_AFTER.match(text, end)
    return (
        verb is not None
        and verb.group(1) not in SOURCE_WORDS
        and verb.group(1) not in REPORTED  # "„…“ seien die Folge": reported speech's mood
        and (
            verb.group(1) not in VERBS
            or (len(quote.text.split()) > 1 and all_capitalised(quote.text))
        )
        and bool(_OPENS_SENTENCE.search(text, max(0, start - 3), start))
        and not _SAID_THEN_COLON.search(text, max(0, start - 120), start)
        and not _ends_sentence(quote)
        and not quote.text.endswith(",")
        and not _SPEAKING.search(quote.text)
    )


_AS = regex.compile(r"\bals\s*$")


def _called(quote: Quote, text: str) -> bool:
    """Whether a word in marks is what someone called something (``wies den Plan als
    „Frechheit“ zurück``) or how someone showed themselves (``zeigte sich
    „enttäuscht“``, ``gab sich „zuversichtlich“``): a judgement, somebody's word, not a name."""
    start = quote.start - len(quote.open_mark)
    return (
        bool(_AS.search(text, max(0, start - 8), start))
        or bool(_SHOWN_AS.search(text, max(0, start - 40), start))
        or bool(_HELD_FOR.search(text, max(0, start - 80), start))
        or (quote.text[:1].islower() and bool(_FOUND_SO.search(text, max(0, start - 80), start)))
    )


#: what someone holds something for, right before the marks (``hält den Plan für
#: „unausgegoren“``): their judgement, in their word
_HELD_FOR = regex.compile(r"\b(?:hält|hielt|halten|hielten|gehalten)\b[^.!?;:]{0,60}\bfür\s*$")
#: or finds it, an adjective in lower case after its object (``findet das Urteil
#: „ungerecht“``)
_FOUND_SO = regex.compile(r"\b(?:findet|fand|finden|fanden)\s+[^.!?;:„“]{1,60}$")


#: a reflexive verb by which someone shows how they feel, right before the marks (``zeigte
#: sich sehr „enttäuscht“``): the adjective is their word
_SHOWN_AS = regex.compile(
    r"\b(?:zeigt|zeigte|zeigen|zeigten|gibt|gab|geben|gaben)\s+sich\s+(?:\p{Ll}+\s+){0,2}$"
)


#: what something is or is known as, with nobody saying it: ``gilt als „…“``, ``dient als
#: „…“``, ``das als „…“ bekannte Lager``, an honour (``als „…“ ausgezeichnet``), a passive
#: ending a relative clause with no agent (``der als „…“ bezeichnet wird``), what something
#: presents itself as (``die sich als „…“ präsentiert``)
_REPUTED_BEFORE = regex.compile(
    r"\b(?:[Gg]ilt|[Gg]alt|[Gg]elten|[Gg]alten|gegolten|[Dd]ient|[Dd]iente|[Dd]ienen|[Dd]ienten)\b"
    r"[^.!?;:]{0,60}\bals\s*$|\bsich\s+als\s*$"
)
_KNOWN_AFTER = regex.compile(
    r"\s*(?:bekannt|bekannte[nmrs]?|(?:bezeichnet|genannt)\s+(?:wird|wurde|werden|wurden)"
    r"|ausgezeichnet|gekürt|prämiert)\b"
)
#: an agent right before ``als``: ``von der Agentur Nordpress als „…“ bezeichnet`` names who said it
_AGENT_BEFORE = regex.compile(
    r"\b(?:von|vom)\s+(?:(?:der|die|des|dem|den)\s+)?(?:[\p{Lu}\d]\S*\s+){1,4}als\s*$"
)
_WORD_AFTER = regex.compile(r"\s*(\p{Ll}+)")
#: the verb before a reflexive ``sich als`` (``bezeichnete sich als``, ``nennt er sich als``)
_VERB_BEFORE_SICH = regex.compile(r"\b(\p{Ll}+)\s+(?:\p{L}+\s+)?sich\s+als\s*$")


def _reputed(quote: Quote, text: str) -> bool:
    """Words in marks that something is or is known as, with no one saying them: ``galt als
    „…“``, ``das als „…“ bekannte Lager``, ``der als „…“ bezeichnet wird`` (a relative clause's
    passive with no ``von`` naming its speaker), ``die sich als „…“ präsentiert`` (but ``nannte
    sich selbst „…“`` and ``bezeichnete sich als „…“`` are somebody's words)."""
    start, end = quote.start - len(quote.open_mark), quote.end + len(quote.close_mark)
    before = max(0, start - 80)
    if _AGENT_BEFORE.search(text, before, start):
        return False
    reputed = _REPUTED_BEFORE.search(text, before, start)
    if reputed is not None and "sich" in reputed.group():
        said = _VERB_BEFORE_SICH.search(text, before, start)
        after = _WORD_AFTER.match(text, end)
        return not (said and said.group(1) in VERBS) and not (after and after.group(1) in VERBS)
    if reputed is not None:
        return True
    return bool(_AS.search(text, max(0, start - 8), start)) and bool(_KNOWN_AFTER.match(text, end))


#: a name built like a title: a noun for a work or a body, then what it is for or of (``Gesetz
#: zur Stärkung der Ehrenämter``, ``Rat für Frieden und Ordnung``, ``Preis der Stadt``)
_NAME_OF_KIND = regex.compile(
    r"(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}?"
    r"(\p{Lu}[\p{L}\-]+)\s+(?:zur|zum|für|der|des|gegen|über|ohne)\s+\p{L}"
)
#: the nouns for works and bodies whose names are built so
_KIND_NOUNS = frozenset(WORKS) | frozenset(BODIES)


def _named_kind(quote: Quote) -> bool:
    """Whether the words in marks are built as a name of a work or a body (``„Gesetz zur
    Stärkung der Ehrenämter“``, ``„Rat für Frieden und Ordnung“``, ``„Brandt und Vogt
    Handelsgesellschaft“``): no sentence, no speaker, and, past a few words, no verb that a
    clause would have."""
    if _ends_sentence(quote) or _SPEAKING.search(quote.text):
        return False
    words = quote.text.split()
    if set(words) & (AUXILIARIES | REPORTED | VERBS) and len(words) > LISTED_WORDS:
        return False
    built = _NAME_OF_KIND.match(quote.text)
    if built is not None:
        return _kind_noun(built.group(1))
    # a body's noun last, as the end of a compound, after names joined by "und" (a firm's own
    # name may open in lower case), no article before them: no cry ("Nieder mit der …-Regierung")
    return (
        1 < len(words) <= LISTED_WORDS
        and words[0].lower() not in DETERMINERS
        and all(w[:1].isupper() or w in _NAME_JOINS for w in words[1:])
        and _kind_noun(words[-1])
    )


#: what joins the names of a firm's partners: "Brandt und Vogt", "Brandt & Vogt"
_NAME_JOINS = frozenset({"und", "&"})


def _kind_noun(word: str) -> bool:
    """Whether a noun is, or ends in, a noun for a work or a body (``Verlagsgesellschaft``)."""
    noun = word.lower()
    return noun in _KIND_NOUNS or any(noun.endswith(kind) for kind in _KIND_NOUNS if len(kind) >= 5)


def _by_agent(attribution: Attribution | None) -> bool:
    """Whether a passive's agent or a relative clause's subject was found saying the words."""
    return attribution is not None and attribution.method.startswith(_AGENT_METHODS)


_LABEL_WORDS = "|".join(sorted(LABELS, key=len, reverse=True))
#: what gives the words in marks before them as a name: a label and a colon (``Codename: „…“``),
#: a label that ``lautet`` or ``heißt`` (``der Name lautet also „…“``), the participle of a
#: paper that appears (``die in Linz erscheinende „…“``), ``laut``, which takes a source's name,
#: what something calls itself (``nennt sich „…“``; ``bezeichnet sich als „…“`` is a judgement)
_NAMED_BEFORE = regex.compile(
    r"(?i:\b(?:" + _LABEL_WORDS + r"))\s*:\s*$"
    r"|(?i:\b(?:" + _LABEL_WORDS + r"))\s+(?:\p{Ll}+\s+){0,2}"
    r"(?:lautet|lautete|lauten|hei(?:ß|ss)t|hie(?:ß|ss))\s+(?:\p{Ll}+\s+)?:?\s*$"
    r"|\b(?:erscheinende[nrs]?|herausgegebene[nrs]?)\s+$"
    r"|\b[Ll]aut\s+$"
    r"|\b(?:nennt|nannte|nennen|nannten)\s+(?:\p{Ll}+\s+)?sich\s+(?:selbst\s+)?$"
)
#: a label set off before the marks, maybe with whose it is (``Das Motto der Stadt, „…“, …``):
#: an apposition, closed by a comma after the marks, that gives the label's words
_LABEL_SET_OFF = regex.compile(
    r"(?i:\b(?:" + _LABEL_WORDS + r"))(?:\s+(?:der|des)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{L}+)?\s*,\s*$"
)
_COMMA_AFTER = regex.compile(r"\s*,")
#: a label and the rest of its clause before a colon (``Der Titel der Schau:``, ``Den Namen der
#: Sendung gab der Sender bekannt:``): the words after the colon are the name, where no verb of
#: saying stands among them or the label, in the accusative, is that verb's object
_LABEL_THEN_COLON = regex.compile(
    r"(?P<object>\b[Dd]en\s+(?:\p{Ll}+\s+)?)?(?i:\b(?:" + _LABEL_WORDS + r"))\b"
    r"[^.!?:„“”\"«»\n]{0,80}:\s*$"
)
#: what gives the words in marks after them as a name: ``„…“, so lautet der Titel``, ``„…“,
#: wie der Senator genannt wurde``, ``„…“ von Ana Varga`` (a work and its author)
_NAMED_AFTER = regex.compile(
    r",?\s+so\s+(?:lautet|lautete|hei(?:ß|ss)t|hie(?:ß|ss))\s+(?:der|die|das)\s+(?i:"
    + _LABEL_WORDS
    + r")\b"
    r"|,\s+wie\s+(?:\p{L}+\s+){0,6}(?:genannt|bezeichnet|getauft)\s+(?:wird|wurde|werden|wurden)\b"
    r"|\s+von\s+(?P<author>(?:\p{Lu}\.\s*)*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)\s*(?:[,.;]|und\b)"
)
#: a verb of singing right after the marks, ending the clause: what is sung is a song's title
#: (``in dem er „…“ sang``), however long
_SUNG = regex.compile(r"\s+(?:sang|sangen|singt|singen|gesungen|anstimmte|anstimmten)\s*[.,;]")
#: the verb of awarding right after the marks: what is awarded is a prize's or an honour's name
#: (``wurde ihm das „…“ verliehen``)
_AWARDED = regex.compile(r"\s+(?:verliehen|verleiht|verlieh|verleihen)\b")
#: the legal form closing a firm's or a society's name: ``… e.V.``, ``… GmbH``, ``… Inc.``
_LEGAL_FORM = regex.compile(r"\s(?:e\.\s?V\.|g?GmbH|AG|ag|Inc\.?|Ltd\.?|KG|SE|mbH)$")


def _named_so(quote: Quote, text: str) -> bool:
    """Whether the words around the marks give what they hold as a name: a label before
    (``der Name lautet „…“``, ``Codename: „…“``), a paper that appears, a label or a naming
    verb after (``„…“, so lautet der Titel``, ``„…“, wie man ihn nannte``), or its author after
    (``„…“ von Ana Varga``)."""
    start, end = quote.start - len(quote.open_mark), quote.end + len(quote.close_mark)
    if _ends_sentence(quote) or _SPEAKING.search(quote.text):
        return False
    if _NAMED_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _LABEL_SET_OFF.search(text, max(0, start - 60), start) and _COMMA_AFTER.match(text, end):
        return True  # "Das Motto der Stadt, „Offen für alle“, wirke …"
    labelled = _LABEL_THEN_COLON.search(text, max(0, start - 100), start)
    if labelled and (
        labelled.group("object") or not any(w.lower() in VERBS for w in labelled.group().split())
    ):  # "Der Titel der Schau: „…“"; "Den Namen der Sendung gab der Sender bekannt: „…“", the
        return True  # label the object of the verb of saying, not "Im Namen der Stadt sagte X:"
    after = _NAMED_AFTER.match(text, end)
    if after is None:
        return False
    author = after.group("author")
    if author is None:
        return True
    first = author.split()[0]
    return (
        ("." in first or (is_given_name(first) and " " in author))  # "J. D. Berg", "Ana Varga"
        and quote.text[:1].isupper()
        and not _AS.search(text, max(0, start - 8), start)  # "als „…“ von Ana Varga bezeichnet"
    )


#: the forms of reported speech that no indicative shares: the third person singular in -e
#: (``habe``, ``zeige``, ``hätte``), ``sei`` and ``seien`` (not ``werden``, ``sollten``)
ONLY_REPORTED = frozenset({v for v in REPORTED if v.endswith("e")} | {"sei", "seien"})
#: the bounds of a sentence, read on the text alone: a stop and a space, or a paragraph's end
_STOP_BEFORE = regex.compile(r"(?:[.!?]\s|\n)[^.!?\n]*$")
_STOP_AFTER = regex.compile(r"[^\n]*?(?:[.!?](?=\s|$)|\n|$)")


def _reported_word(quote: Quote, text: str) -> bool:
    """Whether the words in marks open in lower case (no noun, so no name: ``„kaputt“``,
    ``„jetzt“``) inside a sentence in the mood of reported speech (``Das System sei
    „kaputt“``): the reported speaker's own words, marked as such."""
    if not quote.text[:1].islower() or "." in quote.text:  # not "laut „hafenblatt.de“"
        return False
    start, end = quote.start - len(quote.open_mark), quote.end + len(quote.close_mark)
    before = _STOP_BEFORE.search(text, max(0, start - 300), start)
    after = _STOP_AFTER.match(text, end)
    sentence = text[before.start() if before else max(0, start - 300) : start]
    sentence += " " + (after.group() if after else "")
    return any(w in ONLY_REPORTED for w in regex.findall(r"\b\p{Ll}+\b", sentence))


def is_term(quote: Quote, attribution: Attribution | None, text: str) -> bool:
    """Every German noun is capitalised, so title case tells nothing: a word in marks with no
    verb of saying for it (``die Raumfähre „Kormoran“``), a few words with no speaker at all,
    words named as a work or a body (``das Motto „…“``, ``der „Berliner Zeitung“``), a few
    words all capitalised, a gloss, an item of a list of names, a name as a sentence's subject,
    a few foreign words with no verb of saying, one of three or more items in a list, and words
    the text around them gives as a name (``Codename: „…“``) are a name or a term, not speech;
    words in lower case inside reported speech are speech (``Das System sei „kaputt“``)."""
    size = len(quote.text.split())
    cued = attribution is not None and attribution.method.startswith(CUED_METHODS)
    if _called_out(quote, text) and not _ends_sentence(quote) and quote.kind == "fragment":
        return False  # "riefen Parolen wie „Hände weg vom Hafen“": a cry, words someone said
    if _owner_after_von(quote, text):
        return True  # "die Sektion von „Ärzte am Ort“": whose it is, a body's name
    if (
        in_long_list(quote, text, _LIST_JOINS)
        or _LEGAL_FORM.search(quote.text.rstrip())
        or _AWARDED.match(text, quote.end + len(quote.close_mark))
        or _CODE_NAME.fullmatch(quote.text.strip())
        or _SUNG.match(text, quote.end + len(quote.close_mark))
    ):  # one of many names in a list, a name closed by its legal form ("… e.V."), an award,
        return True  # one word of letters and digits ("Kormoran7"): a product's or a user's; a song
    if _AS_FOR_BEFORE.search(
        text, max(0, quote.start - 8), quote.start - len(quote.open_mark)
    ) and (
        _AS_FOR_AFTER.match(text, quote.end + len(quote.close_mark))
    ):  # "Was „Kormoran“ angeht, …": what the sentence is about, a name
        return True
    if size <= LISTED_WORDS and (
        _glossed(quote, text)
        or _listed(quote, text)
        or _named_subject(quote, text)
        or (not cued and _foreign_name(quote))
        or _named_so(quote, text)
    ):
        return True
    if _named_kind(quote):
        return True
    if quote.kind != "fragment" or _reported_word(quote, text):
        return False
    if size <= LISTED_WORDS and not _by_agent(attribution) and _reputed(quote, text):
        return True
    return (
        (size == 1 and not cued and not _called(quote, text))
        or (size <= 3 and attribution is None)
        or names_something(text, quote.start - len(quote.open_mark), quote.text)
        or (
            1 < size <= NAME_WORDS
            and all_capitalised(quote.text)
            and not _cued_count(quote, cued)
            and not _called_out(quote, text)
        )
    )


#: the clause before a quote, back to its last stop, comma or mark
_CLAUSE_BEFORE = regex.compile(r"[^.,;:!?„“”\"«»\n]{1,80}$")


#: an earlier cry in marks joined to the next by "oder", "und" or a comma (``„Stoppt den Bau“
#: oder „…“``): the next is cried by the same verb
_CRY_BEFORE = regex.compile(r"„[^„“\n]{1,120}“(?:,|\s+(?:oder|und))\s+$")
#: "zu" right before the marks: ``rief zum „Widerstand“`` calls for something, it cries nothing
_CALLED_FOR = regex.compile(r"\bzu[mr]?\s+$")


#: a noun inside a sentence, then "von" right before the marks: the marks hold its owner
_NOUN_THEN_VON = regex.compile(r"(?<=\p{Ll},?\s)(?P<noun>\p{Lu}[\p{Ll}\-]+)\s+von\s+$")
#: nouns whose "von" gives what was said, not an owner: claims, and speech itself
_SAID_OF = tuple(sorted(CLAIMS | {"rede", "sprache"}))


def _owner_after_von(quote: Quote, text: str) -> bool:
    """Whether the words in marks follow a noun and the "von" that gives its owner (``die
    Website von „Ärzte am Ort“``, ``der Chef von „Kormoran“``): a body's or a work's name, not
    speech; never after a noun of speech or claim."""
    if quote.kind != "fragment" or _ends_sentence(quote) or not quote.text[:1].isupper():
        return False  # "ein Überschuss von „rund 20 Millionen“": an amount, not an owner
    start = quote.start - len(quote.open_mark)
    found = _NOUN_THEN_VON.search(text, max(0, start - 60), start)
    if found is None:
        return False
    noun = found.group("noun").lower()
    return not noun.endswith(_SAID_OF)  # "die Rede von „Verrat“", "der Vorwurf von „…“"


def _called_out(quote: Quote, text: str) -> bool:
    """Whether a verb of calling out stands in the clause right before the marks (``rief bei
    dem Angriff „Freies Valbourg“``), or before an earlier cry listed with them: a cry or a
    slogan, though every word of it is capitalised."""
    start = quote.start - len(quote.open_mark)
    while (earlier := _CRY_BEFORE.search(text, max(0, start - 160), start)) is not None:
        start = earlier.start()
    if _CALLED_FOR.search(text, max(0, start - 5), start):
        return False
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 80), start)
    return clause is not None and any(w.lower() in CALLING for w in clause.group().split())


def _cued_count(quote: Quote, cued: bool) -> bool:
    """Whether words a verb of saying gives open on a number (``man habe „300 Beamte“ im
    Einsatz``): a count someone gave, whose noun is capitalised as every German noun is."""
    return cued and quote.text.lstrip()[:1].isdigit()
