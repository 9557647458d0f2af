"""Drift: what differs between outlets' versions of one quote, as typed edits with severities.

Each outlet's wording is compared with the group's reference. Differences are peeled off from the
harmless to the serious: typography (curly vs straight, dashes, spaces), punctuation placement at
the quote's end (house style), then a word-level diff whose pieces are named in an editor's words
(serial comma, UK/US spelling, case, hyphenation, punctuation, substitution, insertion, deletion,
reordering, truncation, number or negation change). Every edit carries the words involved and
the rule that named it, so a report can show why a quote was flagged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

import regex

from .lexicon import by_kind, fold_accents, function_words, is_expansion, rows
from .lexicon import words as lexicon_words
from .metrics import as_strings, containment, longest_common_run, word_diff, word_similarity
from .models import Edit, Note, Quote, QuoteGroup, Severity
from .names import (
    different_people,
    inflected_alike,
    same_person,
    short_form_of,
    sure_of_speaker,
)
from .normalize import (
    diff_tokens,
    expanded,
    fold_typography,
    is_punct,
    marks_left_out,
    sentences,
    spacing_before_marks,
    split_trailing_punctuation,
    tokens,
    typography_differences,
    words,
)
from .quantities import (
    CURRENCIES,
    MULTIPLIERS,
    as_written,
    currencies_named,
    currency_signs,
    date_in_digits,
    date_order,
    date_readings,
    dates_as_one,
    digit_compounds_split,
    digit_groups_joined,
    duration,
    fraction_glue,
    is_number,
    measure_of,
    measures_as_one,
    month_first,
    names_a_day,
    number_values,
    number_words,
    numbers_as_one,
    numeral_head,
    numerals_joined,
    romans_read,
    same_amount,
    same_number,
    same_span,
    same_year_cut_short,
    states_amount,
    time_of,
    times_as_one,
    written_number,
)
from .quotes import inner_spans
from .spelling import spelling_key, spelling_rule, spelling_variety


class DriftKind(NamedTuple):
    """One kind of difference: its severity, its name, and what an outlet does when it makes it
    (the verb phrase of a key finding when the changed words cannot say it themselves)."""

    severity: Severity
    label: str
    action: str = ""


#: every kind of difference, in one registry: severity, name and an editor's verb phrase
KINDS: dict[str, DriftKind] = {
    "typography": DriftKind(Severity.STYLE, "typography only", "sets the marks differently"),
    # at the quote's end it is house style; inside the sentence (a comma added, a full stop
    # splitting a sentence) it is minor: see INSIDE_PUNCTUATION
    "punctuation_placement": DriftKind(
        Severity.STYLE, "punctuation placement at the quote's end", "moves the punctuation"
    ),
    "spelling": DriftKind(Severity.STYLE, "UK/US spelling"),
    "serial_comma": DriftKind(Severity.STYLE, "serial (Oxford) comma", "changes the serial comma"),
    "abbreviation_style": DriftKind(
        Severity.STYLE,
        "an abbreviation with or without full stops, or written out",
        "writes the abbreviation differently",
    ),
    "case": DriftKind(Severity.MINOR, "capitalisation"),
    "hyphenation": DriftKind(Severity.MINOR, "hyphenation"),
    "substitution": DriftKind(Severity.MAJOR, "word substituted"),
    "insertion": DriftKind(Severity.MAJOR, "words inserted"),
    "deletion": DriftKind(Severity.MAJOR, "words deleted"),
    "reordering": DriftKind(Severity.MAJOR, "words reordered", "reorders the words"),
    # a cut at an edge keeps what the rest says, as a careful editor grades it; one that takes
    # a qualifying clause with it is major (see QUALIFIERS)
    "truncation": DriftKind(Severity.MINOR, "quote cut short", "cuts the quote short"),
    "extension": DriftKind(Severity.MINOR, "quote runs longer", "runs the quote longer"),
    "number_format": DriftKind(Severity.STYLE, "the same number written another way"),
    "contraction": DriftKind(Severity.STYLE, "contracted or spelled out (do not / don't)"),
    "elision": DriftKind(
        Severity.MINOR, "words cut, marked with an ellipsis", "cuts words at an ellipsis"
    ),
    "editorial": DriftKind(
        Severity.MINOR, "bracketed editorial insertion", "adds words in brackets"
    ),
    "speaker_name": DriftKind(Severity.MINOR, "speaker's name spelled differently"),
    "split": DriftKind(
        Severity.NONE, "quote split in two around the attribution", "splits the quote"
    ),
    "abbreviation": DriftKind(Severity.MAJOR, "acronym expanded or abbreviated"),
    "rewording": DriftKind(
        Severity.MAJOR, "the same statement in other words", "puts the statement in other words"
    ),
    "paraphrased": DriftKind(
        Severity.MINOR, "run by another outlet without quote marks", "runs it without quote marks"
    ),
    "number": DriftKind(Severity.CRITICAL, "number changed"),
    "negation": DriftKind(Severity.CRITICAL, "negation flipped"),
    # two people; an organisation in one outlet and a person, often its spokesperson, in the
    # other is minor: see ORGANISATION_SPEAKER
    "speaker_conflict": DriftKind(Severity.CRITICAL, "attributed to a different speaker"),
}
#: the severity and name of a punctuation difference inside the sentence rather than at its end,
#: and the rule such an edit records
INSIDE_PUNCTUATION = (Severity.MINOR, "punctuation inside the sentence")
INSIDE_RULE = "punctuation inside"
#: the severity and name of a speaker conflict between an organisation and a person (its
#: spokesperson, as often as not), and the rule such an edit records
ORGANISATION_SPEAKER = (
    Severity.MINOR,
    "attributed to an organisation in one, to a person in the other",
)
ORGANISATION_RULE = "organisation and person"
#: the edits whose rule sets a severity and a name of their own, apart from their kind's
#: a number changed between articles of two days: the severity and the words for it, and the
#: rule such an edit records
UPDATED_NUMBER = (Severity.MAJOR, "number changed between two days: maybe an updated figure")
UPDATED_RULE = "number across days"
#: words a style guide lets stand for each other (``more than`` / ``over``, ``no one`` /
#: ``nobody``): a word changed in the speaker's mouth all the same, but a minor one
INTERCHANGEABLE = (Severity.MINOR, "an interchangeable word (more than / over)")
INTERCHANGEABLE_RULE = "interchangeable words"
#: "on" before a day or a date, kept in one version and dropped in the other ("back at work
#: on Wednesday" / "back at work Wednesday"): AP style drops it, other house styles keep it
ON_BEFORE_DAY = (Severity.STYLE, "‘on’ before a day or a date, kept or dropped (house style)")
ON_BEFORE_DAY_RULE = "on before a day"
#: a word at a partial quote's edge whose ending the reporter adapted to their own sentence
#: (``schwarzer`` / ``schwarzen``, ``injuste`` / ``injustes``): the speaker's word all the same
ADAPTED_ENDING = (Severity.MINOR, "a word's ending adapted to the sentence around the quote")
ADAPTED_ENDING_RULE = "ending adapted"
#: a negation written with a word's prefix in one version and with "not" in the other
#: (``unlikely`` / ``not likely``): what the speaker says is kept, the words are not
NEGATION_FORM = (Severity.MINOR, "the same negation written another way (unlikely / not likely)")
NEGATION_FORM_RULE = "negation written another way"
_BY_RULE = {
    NEGATION_FORM_RULE: NEGATION_FORM,
    ADAPTED_ENDING_RULE: ADAPTED_ENDING,
    ON_BEFORE_DAY_RULE: ON_BEFORE_DAY,
    INSIDE_RULE: INSIDE_PUNCTUATION,
    ORGANISATION_RULE: ORGANISATION_SPEAKER,
    UPDATED_RULE: UPDATED_NUMBER,
    INTERCHANGEABLE_RULE: INTERCHANGEABLE,
}
#: each interchangeable form (data/interchangeable.tsv) with its group, and the groups whose
#: forms stand for each other only before a number
_INTERCHANGEABLE: dict[str, str] = {
    form: group for group, forms, *_ in rows("interchangeable.tsv") for form in forms.split("|")
}
_BEFORE_A_NUMBER = frozenset(group for group, _, *when in rows("interchangeable.tsv") if when)


def _interchangeable(a: list[str], b: list[str], following: str) -> bool:
    """Whether two stretches are two forms of one group of interchangeable words (``about`` /
    ``around`` before ``200``; ``no one`` / ``nobody``), the word after them both's."""
    group = _INTERCHANGEABLE.get(" ".join(a).lower())
    if group is None or group != _INTERCHANGEABLE.get(" ".join(b).lower()):
        return False
    return group not in _BEFORE_A_NUMBER or is_number(following)


#: a negation flips the words both versions quote when it comes in a short stretch of its own
#: ("will not reopen", "will never again reopen"); a longer stretch is a clause inserted or
#: dropped, whatever negations it holds
NEGATION_WORDS = 3

_NEGATIONS = lexicon_words("negations.txt")
#: the endings of agreement (data/agreement_endings.txt), and none
_AGREEMENT_ENDINGS = lexicon_words("agreement_endings.txt") | {""}
#: the shortest stem two forms of one word share
_STEM_LETTERS = 4


def _ending_adapted(a: str, b: str) -> bool:
    """Whether two words are one word with another ending of agreement (``schwarzer`` /
    ``schwarzen``, ``injuste`` / ``injustes``)."""
    a, b = a.lower(), b.lower()
    if a == b or not (a.isalpha() and b.isalpha()):
        return False
    return any(
        len(stem := a[: len(a) - len(ending)]) >= _STEM_LETTERS
        and b.startswith(stem)
        and b[len(stem) :] in _AGREEMENT_ENDINGS
        for ending in _AGREEMENT_ENDINGS
        if a.endswith(ending)
    )


#: the negations that deny a whole statement, not a phrase ("without any doubt"), nor the
#: French "ne" the word after the verb negates with
_CLAUSE_NEGATIONS = _NEGATIONS - {"without", "ohne", "sans", "ne", "n'"}
#: words opening a clause that qualifies a statement: a cut that takes one changes what is left
QUALIFIERS = lexicon_words("qualifiers.txt")
#: a negating determiner against the article in its place: "no choice" / "a choice", "kein
#: Fehler" / "ein Fehler", "aucun risque" / "un risque"
_NEGATED_ARTICLES = frozenset(
    ((negated,), (article,))
    for negated, articles in {
        "no": ("a", "an", "the", "some", "any"),
        "kein": ("ein",),
        "keine": ("eine",),
        "keinen": ("einen",),
        "keinem": ("einem",),
        "keiner": ("einer",),
        "keines": ("eines",),
        "aucun": ("un",),
        "aucune": ("une",),
    }.items()
    for article in articles
)
#: a negation dropped with one of these goes with a coordinated word ("will not and cannot"),
#: and the statement keeps the negation it has elsewhere
_COORDINATORS = frozenset({"and", "or", "nor", "und", "oder", "et", "ou", ","})
_SPACE_BEFORE_CLOSING = regex.compile(r" ([\]),.;:!?%])")
_SPACE_AFTER_OPENING = regex.compile(r"([\[(]) ")
_ELLIPSES = frozenset({"...", "…", "[...]", "[…]", "[ ... ]"})
_END_MARKS = {
    ".": "period",
    ",": "comma",
    "!": "exclamation mark",
    "?": "question mark",
    ";": "semicolon",
    ":": "colon",
}


def _edit(
    kind: str,
    files: tuple[str, str],
    reference: str = "",
    variant: str = "",
    detail: str = "",
    rule: str = "",
    inside: bool = False,
) -> Edit:
    """An edit of ``kind`` with the kind's severity and name; ``inside`` marks punctuation
    changed inside the sentence, not at its end."""
    if kind != "typography":  # typography keeps its spacing: "rien !" / "rien!"
        reference, variant = _shown(reference), _shown(variant)
    if inside and kind == "punctuation_placement":
        rule = INSIDE_RULE
    severity, label = _BY_RULE[rule] if rule in _BY_RULE else KINDS[kind][:2]
    return Edit(kind, severity, files, reference, variant, detail or label, rule or kind)


def _shown(joined_tokens: str) -> str:
    """Tokens joined back as written: ``[the council]``, ``cyber, and``, ``2%``."""
    return _SPACE_AFTER_OPENING.sub(r"\1", _SPACE_BEFORE_CLOSING.sub(r"\1", joined_tokens))


_NUMBER_KINDS = frozenset({"number", "number_format"})


def _is_negation(token: str) -> bool:
    return any(w in _NEGATIONS for w in expanded([token]))


#: the second word of a French negation, after the verb ("ne … pas", "ne … jamais"): French
#: grammar's forclusifs (Grevisse). Speech drops the "ne" before the verb and keeps this one,
#: so "c'est pas" and "ce n'est pas" say the same. Not those that mean something else alone:
#: "plus" (more: "il y a plus d'espoir"), "que", "personne", "point"
_NE_PARTNERS = frozenset({"pas", "rien", "jamais", "aucun", "aucune", "guère", "nul", "nulle"})
#: how far after the verb a French negation's second word may stand ("ne l'a jamais")
_NE_REACH = 4
_NE_DETAIL = "the ‘ne’ of a French negation, which speech drops"


def _ne_dropped(ra: list[str], rb: list[str], after_a: list[str], after_b: list[str]) -> bool:
    """Whether two stretches differ only by the ``ne`` of a French negation whose second word
    follows in both versions (``C'est`` / ``Ce n'est`` before ``pas``, ``sais`` / ``ne sais``):
    spoken French against the written, one statement."""

    def without_ne(words_: list[str]) -> list[str]:
        out = []
        for w in expanded(words_):
            if w[:2] in {"c'", "j'"} and len(w) > 2:  # "c'est": "ce est", as "ce n'est" reads
                out += [{"c'": "ce", "j'": "je"}[w[:2]], w[2:]]
            elif w != "ne":
                out.append(w)
        return out

    has_ne = ["ne" in expanded(r) for r in (ra, rb)]
    return (
        has_ne[0] != has_ne[1]
        and without_ne(ra) == without_ne(rb)
        and bool(_partners(after_a) & _partners(after_b))
    )


def _partners(after: list[str]) -> set[str]:
    return {w.lower() for w in after[:_NE_REACH]} & _NE_PARTNERS


def _clock_hours(clock: tuple[int, int], half: str) -> frozenset[tuple[int, int]]:
    """The times of a 24-hour day a time of day may be (``4 p.m.`` is 16:00, ``4:00`` with
    neither ``am`` nor ``pm`` is 4:00 or 16:00, ``16:00`` only itself)."""
    hours, minutes = clock
    if half:
        return frozenset({(hours % 12 + (12 if half == "p" else 0), minutes)})
    return frozenset(
        {(hours % 24, minutes), ((hours + 12) % 24, minutes)} if hours <= 12 else {clock}
    )


_NEGATING = by_kind("negating_prefixes.tsv")
_PREFIX_DETAIL = "negated by a prefix"
_ADJECTIVE_ENDINGS = tuple(_NEGATING["ending"])


def _prefix_negated(a: str, b: str) -> bool:
    """Whether one word is the other with a prefix that negates it (``lawful`` / ``unlawful``,
    ``possible`` / ``impossible``, ``légal`` / ``illégal``, ``zulässig`` / ``unzulässig``)."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    prefix = long[: len(long) - len(short)]
    if not long.endswith(short) or {short, long} & function_words():  # "less" / "unless"
        return False
    if prefix in _NEGATING["loose"]:
        return len(short) >= 4
    return prefix in _NEGATING["strict"] and len(short) >= 5 and short.endswith(_ADJECTIVE_ENDINGS)


def _negated_two_ways(one: list[str], two: list[str]) -> bool:
    """Whether one word negated by its prefix says what a negation and the bare word say
    (``unlikely`` / ``not likely``, ``unmöglich`` / ``nicht möglich``)."""
    return (
        len(one) == 1
        and len(two) == 2
        and two[0].lower() in _NEGATIONS
        and len(one[0]) > len(two[1])
        and _prefix_negated(one[0], two[1])
    )


def _slot_meaning(ra: list[str], rb: list[str], files: tuple[str, str]) -> Edit | None:
    """What a replaced stretch is when its words are otherwise the same: a contraction
    (``do not`` / ``don't``), a flipped negation (``will`` / ``won't``), a number written another
    way or a changed value (``2.4`` / ``3.4``, ``seven`` / ``eight``). None when other words
    change too: then it is a substitution, never a critical guess."""
    shown_a, shown_b = " ".join(ra), " ".join(rb)
    if len(ra) == len(rb) == 1 and same_amount(ra[0], rb[0]):  # "un million et demi"
        return _edit("number_format", files, shown_a, shown_b)
    if same_year_cut_short(ra, rb):  # "in 2024" / "in '24"
        return _edit("number_format", files, written_number(ra), written_number(rb))
    if expanded(ra) == expanded(rb):
        return _edit("contraction", files, shown_a, shown_b)
    # "7-year" / "seven-year"; "vingt-et-un" one word, as no word of it is a number alone
    sa, sb = (
        numerals_joined(digit_compounds_split(digit_groups_joined(romans_read(r))))
        for r in (ra, rb)
    )
    xa = [w for w in expanded(sa) if not is_punct(w) or w == "%"]  # "20% of": a share
    xb = [w for w in expanded(sb) if not is_punct(w) or w == "%"]

    def without(ws: list[str], drop) -> list[str]:  # "an" is "a" before a vowel's sound
        return ["a" if w.lower() == "an" else spelling_key(w) for w in ws if not drop(w)]

    if (tuple(xa), tuple(xb)) in _NEGATED_ARTICLES or (tuple(xb), tuple(xa)) in _NEGATED_ARTICLES:
        return _edit("negation", files, shown_a, shown_b)  # "no choice" / "a choice"
    negations_a = Counter(w for w in xa if w in _NEGATIONS)
    negations_b = Counter(w for w in xb if w in _NEGATIONS)
    rest = without(xa, _NEGATIONS.__contains__)
    if negations_a != negations_b and rest and rest == without(xb, _NEGATIONS.__contains__):
        return _edit("negation", files, shown_a, shown_b)  # the same words, one side negated
    if len(xa) == len(xb) == 1 and _prefix_negated(xa[0], xb[0]):
        return _edit("negation", files, shown_a, shown_b, _PREFIX_DETAIL)  # "unlawful"
    if _negated_two_ways(xa, xb) or _negated_two_ways(xb, xa):  # "unlikely" / "not likely"
        return _edit("substitution", files, shown_a, shown_b, rule=NEGATION_FORM_RULE)
    span_a, span_b = duration(xa), duration(xb)
    if span_a is not None and span_b is not None:  # "20 years" / "two decades": one span
        same = same_span(span_a, span_b)
        return _edit("number_format" if same else "number", files, shown_a, shown_b)
    named_a, named_b = currencies_named(ra), currencies_named(rb)
    if named_a and named_a == named_b and ra != rb:  # "Millionen Euro" / "Millionen €"
        return _edit("number_format", files, shown_a, shown_b)
    units_a, units_b = currency_signs(ra), currency_signs(rb)
    if units_a and units_b:  # "$2 million" / "€2 million": the amount's currency changed
        kind = "number_format" if units_a == units_b else "number"
        return _edit(kind, files, shown_a, shown_b)
    time_a, time_b = time_of(ra), time_of(rb)
    if time_a is not None and time_b is not None:
        if _clock_hours(*time_a) & _clock_hours(*time_b):
            # "7:35" / "7.35" / "7.35am", "4 p.m." / "16:00": the house style of a country
            rule = "time"
            return _edit(
                "spelling",
                files,
                written_number(ra),
                written_number(rb),
                spelling_variety(rule),
                rule,
            )
        return _edit("number", files, written_number(ra), written_number(rb))
    numbers_a, numbers_b = number_words(sa), number_words(sb)
    glue_a, glue_b = fraction_glue(xa), fraction_glue(xb)
    if (
        states_amount(numbers_a)
        and states_amount(numbers_b)
        and without([w for n, w in enumerate(xa) if n not in glue_a], is_number)
        == without([w for n, w in enumerate(xb) if n not in glue_b], is_number)
    ):
        if same_number(numbers_a, numbers_b):
            return _edit("number_format", files, written_number(ra), written_number(rb))
        values_a, values_b = number_values(numbers_a), number_values(numbers_b)
        gone, new = values_a - values_b, values_b - values_a
        # shown as written: "two" -> "three", "10,000" -> "12,000"; a value no one word states
        # ("three million") shown whole
        shown_a = " ".join(w for w in numbers_a if number_values([w]) & gone) or written_number(
            numbers_a
        )
        shown_b = " ".join(w for w in numbers_b if number_values([w]) & new) or written_number(
            numbers_b
        )
        return _edit("number", files, as_written(shown_a, ra), as_written(shown_b, rb))
    return None


def _negates_nothing(seq: list[str], start: int, end: int) -> bool:
    """Whether the negation words in ``seq[start:end]`` negate nothing: ``No.`` before a number,
    the French noun ``pas``, a negation opening an idiom (``not only``)."""
    return _numero(seq, start, end) or _step(seq, start, end) or _not_only(seq, start, end)


def _numero(seq: list[str], start: int, end: int) -> bool:
    """Whether the stretch ``seq[start:end]`` is ``No.`` before a number (``at No. 10``, ``the
    No 1 team``): the abbreviation of "number", never a negation."""
    words = [w for w in seq[start:end] if w != "."]
    after = seq[end] if end < len(seq) else ""
    return words == ["No"] and any(c.isdigit() for c in after)  # not "no 5-star hotels"


#: the words after which a negation opens an idiom that negates nothing ("not only … but also",
#: "not least", "nothing but", "nicht nur"): dropping both is a cut, no flip (data/grammar.tsv)
_NEGATION_IDIOMS = by_kind("grammar.tsv")["negation_idiom"]


def _not_only(seq: list[str], start: int, end: int) -> bool:
    """Whether every negation in ``seq[start:end]`` opens an idiom with the word after it
    (``not only``, ``not least``, ``nicht nur``), cut with it or not."""
    negations = [k for k in range(start, end) if _is_negation(seq[k])]
    return bool(negations) and all(
        k + 1 < len(seq) and seq[k + 1].lower() in _NEGATION_IDIOMS for k in negations
    )


#: the French words after which ``pas`` is the noun "step" (``un grand pas``), not a negation
#: (data/grammar.tsv)
_BEFORE_A_STEP = by_kind("grammar.tsv")["before_step"]


def _step(seq: list[str], start: int, end: int) -> bool:
    """Whether the stretch ``seq[start:end]`` is the French noun ``pas`` (a step: ``un pas
    décisif``), after an article or an adjective, never the negation."""
    words = [w.lower() for w in seq[start:end]]
    return words == ["pas"] and start > 0 and seq[start - 1].lower() in _BEFORE_A_STEP


def _unit_of_a_count(
    a: list[str],
    b: list[str],
    i1: int,
    j1: int,
    ra: list[str],
    rb: list[str],
    files: tuple[str, str],
) -> Edit | None:
    """A unit changed after one number both versions give, of time (``3 days`` / ``3 weeks``)
    or of money (``40 Millionen Euro`` / ``40 Millionen Dollar``): the amount changed, a number
    changed; the diff leaves the number out of the stretch."""
    if i1 == 0 or j1 == 0 or len(ra) != 1 or len(rb) != 1 or a[i1 - 1] != b[j1 - 1]:
        return None
    shown = f"{a[i1 - 1]} {ra[0]}", f"{b[j1 - 1]} {rb[0]}"
    named_a, named_b = currencies_named(ra), currencies_named(rb)
    if named_a and named_b and named_a != named_b and is_number(a[i1 - 1]):
        return _edit("number", files, *shown)  # "40 Millionen Euro" / "40 Millionen Dollar"
    span_a = duration([a[i1 - 1], ra[0]])
    span_b = duration([b[j1 - 1], rb[0]])
    if span_a is None or span_b is None or same_span(span_a, span_b):
        return None
    return _edit("number", files, *shown)


def _typography_words(a: str, b: str) -> tuple[str, str]:
    """The words written with different marks on each side (``it's`` / ``it’s``)."""
    folded_a = {fold_typography(t): t for t in tokens(a)}
    folded_b = {fold_typography(t): t for t in tokens(b)}
    pairs = sorted(
        (folded_a[k], folded_b[k])
        for k in folded_a.keys() & folded_b.keys()
        if folded_a[k] != folded_b[k]
    )
    pairs = pairs or sorted(spacing_before_marks(a, b))  # "rien !" / "rien!": the spacing alone
    return " ".join(x for x, _ in pairs), " ".join(y for _, y in pairs)


def _placement(
    ref: Quote, var: Quote, texts: tuple[str, str], files: tuple[str, str]
) -> list[Edit]:
    """Punctuation at the end of the quoted words (``texts``, typography folded) inside the
    closing mark in one version and outside it, or missing, in the other."""
    _, end_r = split_trailing_punctuation(texts[0])
    _, end_v = split_trailing_punctuation(texts[1])
    if end_r == end_v:
        return []
    mark = (end_v or end_r)[-1]
    name = _END_MARKS.get(mark, "punctuation")
    inside, outside = (
        ("this version", "the reference") if end_v else ("the reference", "this version")
    )
    if (ref if end_v else var).after == mark:
        detail = f"{name} inside the closing mark in {inside}, outside in {outside}"
    else:
        detail = f"{name} at the quote's end only in {inside}"
    return [_edit("punctuation_placement", files, end_r, end_v, detail)]


#: quote marks by the style an editor names, from the opening mark
_MARK_STYLES = {
    '"': 'straight double marks "…"',
    "“": "curly double marks “…”",
    "”": "curly double marks ”…”",
    "„": "low-high marks „…“",
    "«": "guillemets «…»",
    "»": "reversed guillemets »…«",
    "‘": "single marks ‘…’",
    "'": "straight single marks '…'",
    "「": "corner brackets 「…」",
    "『": "double corner brackets 『…』",
}
#: the double marks of English, German and French house styles: a difference between them is
#: none at all (an outlet's or a language's convention, never an editor's change to the words)
_DOUBLE = frozenset({'"', "“", "”", "„", "«", "»"})


#: the single marks (the grave accent of newswire corpora's `…' among them): a quote a double
#: mark opens and one of these closes (or the other way round) was closed with the wrong glyph
_SINGLE = frozenset("'‘’‚‛‹›`")
#: glyphs no house style closes a quote with: slips of a keyboard or of a page's encoding
_STRAY_CLOSES = frozenset("″")


def _closing_slip(quote: Quote) -> str | None:
    """How a quote's closing mark slips from the glyph that opened it (``“…'``, ``“…″``), as
    an editor would name it, or None when it closes as its style does (or is left open)."""
    opened, closed = quote.open_mark.strip(), quote.close_mark.strip()
    if not opened or not closed:
        return None
    if closed in _STRAY_CLOSES and opened not in _STRAY_CLOSES:
        return f"opening mark {opened} closed by a double prime {closed}"
    if (opened in _SINGLE) != (closed in _SINGLE) and opened != "``":
        return f"opening mark {opened} closed by {closed}"
    return None


def _mark_slip(ref: Quote, var: Quote, files: tuple[str, str]) -> list[Edit]:
    """A closing mark that slips from its opening one in one version and not in the other (the
    same quote opened with a curly mark and closed with a straight single one): a typographic
    slip of the outlet's, of style severity."""
    slips = (_closing_slip(ref), _closing_slip(var))
    if slips[0] == slips[1]:
        return []
    detail = "; ".join(
        f"{slip} in {which}"
        for slip, which in zip(slips, ("the reference", "this version"), strict=True)
        if slip
    )
    return [
        Edit("typography", Severity.STYLE, files, ref.close_mark, var.close_mark, detail, "marks")
    ]


def _mark_style(ref: Quote, var: Quote, files: tuple[str, str]) -> list[Edit]:
    """The quote marks' own style, when the two outlets set the words in different marks:
    single marks against double ones are house style; one double mark against another
    (straight, curly, low-high „…“, guillemets « … ») is recorded with severity ``none``: the
    words are identical, the convention is the outlet's or the language's."""
    a, b = _MARK_STYLES.get(ref.open_mark.strip()), _MARK_STYLES.get(var.open_mark.strip())
    if a is None or b is None or a == b:
        return []
    detail = f"{a} in the reference, {b} in this version"
    marks = {ref.open_mark.strip(), var.open_mark.strip()}
    severity = Severity.NONE if marks <= _DOUBLE else Severity.STYLE
    return [Edit("typography", severity, files, ref.open_mark, var.open_mark, detail, "marks")]


def _merged(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Adjacent changes as one replacement: ``NATO`` replaced by ``North Atlantic Treaty
    Organization``, not a word swapped and three words added."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if out and op[0] != "equal" and out[-1][0] != "equal":
            _tag, i1, _i2, j1, _j2 = out[-1]
            out[-1] = ("replace", i1, op[2], j1, op[4])
        else:
            out.append(op)
    return out


#: two writings of one abbreviation: capitals or short words, with full stops in one only
_ABBREVIATED = regex.compile(r"[\p{L}.]{2,12} [\p{L}.]{2,12}")
#: abbreviations English news writes with a full stop or, in British style, without: "Dr." /
#: "Dr", "St." / "St" (data/grammar.tsv)
_ABBREVIATIONS = frozenset(word for kind, word in rows("grammar.tsv") if kind == "abbreviation")


def _aligned(tokens_: list[str]) -> list[str]:
    return [spelling_key(t) for t in tokens_]


def _word_pairs(a: list[str], b: list[str], files: tuple[str, str]) -> list[Edit]:
    edits = []
    for k, (x, y) in enumerate(zip(a, b, strict=True)):
        if x == y:
            continue
        if {x.lower(), y.lower()} == {"a", "an"} and k + 1 < len(a) and a[k + 1] != b[k + 1]:
            continue  # "a good" / "an excellent": the article agrees with the word changed
        if x.lower() != y.lower() and (meaning := _slot_meaning([x], [y], files)):
            edits.append(meaning)
            continue
        if x.lower() != y.lower() and _interchangeable(
            [x], [y], a[k + 1] if k + 1 < len(a) else ""
        ):
            # "Etwa 1.500" / "Rund 1500": replaced together with the number written another way
            edits.append(_edit("substitution", files, x, y, rule=INTERCHANGEABLE_RULE))
            continue
        kind, rule = _pair_kind(x, y)
        detail = spelling_variety(rule) if kind == "spelling" else ""
        detail = rule if kind == "typography" else detail  # "accent on a capital"
        edits.append(_edit(kind, files, x, y, detail, rule=rule, inside=True))
    return edits


def _capital_accents_only(x: str, y: str) -> bool:
    """Whether two words differ only by accents on capitals, which French type leaves off or
    sets at will (``Etat`` / ``État``, ``A Paris`` / ``À Paris``); on small letters accents tell
    words apart (``ou`` / ``où``)."""
    return (
        len(x) == len(y)
        and x != y
        and all(
            a == b or (a.isupper() and fold_accents(a) == fold_accents(b))
            for a, b in zip(x, y, strict=True)
        )
    )


#: what joins the two numbers of a score or a tally: "3:1", "3-1", "3 to 1", "3 zu 1", "3 à 1"
_TALLY_JOINS = frozenset({":", "-", "–", "to", "zu", "à", "bis"})


def _tally_joined_two_ways(a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int) -> bool:
    """Whether a replaced word joins the same two numbers on both sides, written two ways (a
    score: ``3:1`` / ``3 zu 1``)."""
    return (
        i2 - i1 == j2 - j1 == 1
        and {a[i1].lower(), b[j1].lower()} <= _TALLY_JOINS
        and 0 < i1 < i2 < len(a)
        and 0 < j1 < j2 < len(b)
        and a[i1 - 1].isdigit()
        and a[i2].isdigit()
        and (a[i1 - 1], a[i2]) == (b[j1 - 1], b[j2])
    )


#: words written shortened with full stops, by their short form without spaces, lower-cased
_SHORT_FORMS = {short: full for short, full, *_ in rows("short_forms.tsv")}


def _short_form(short: list[str], full: list[str]) -> bool:
    """Whether one stretch is the other's words as news shortens them (``z. B.`` / ``zum
    Beispiel``, ``Mme`` / ``Madame``, ``e.g.`` / ``for example``)."""
    key, words_ = "".join(short).lower(), " ".join(full).lower()
    # the full stop that ends the quote may have taken the short form's own ("…, etc.")
    return words_ in {_SHORT_FORMS.get(key), _SHORT_FORMS.get(key + ".")}


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` cut short with a full stop, as style guides write months,
    titles and the words of addresses (``Jan.`` / ``January``, ``Sen.`` / ``Senator``,
    ``Dept.`` / ``Department``): capitalised, its letters in order in the longer word."""
    letters = short[:-1].lower()
    if not (short.endswith(".") and len(letters) >= 2 and letters.isalpha() and long.isalpha()):
        return False
    rest = iter(long.lower()[1:])
    return (
        len(long) > len(letters) + 1
        and short[0] == long[0]
        and short[0].isupper()  # a name's or a title's word, not "plan." for "planning"
        and all(c in rest for c in letters[1:])
    )


def _pair_kind(x: str, y: str) -> tuple[str, str]:
    if x.lower() == y.lower():
        return "case", "case"
    if {x.lower(), y.lower()} == {"&", "and"}:
        return "typography", "ampersand"  # "research & development": a sign for the word
    if {x.lower(), y.lower()} == {"a", "an"}:
        return "spelling", "spelling a/an"  # "a historic" / "an historic": usage
    if _capital_accents_only(x, y):
        return "typography", "accent on a capital"  # French "Etat" / "État"
    if "." in x + y and x.replace(".", "") == y.replace(".", ""):
        return "abbreviation_style", "abbreviation_style"  # "U.S." / "US", "a.m." / "am"
    if rule := spelling_rule(x, y) or spelling_rule(
        x, y[:1].lower() + y[1:] if x[:1].islower() else y[:1].upper() + y[1:]
    ):
        return "spelling", f"spelling {rule}"
    if is_punct(x) and is_punct(y):
        return "punctuation_placement", INSIDE_RULE
    return "substitution", "substitution"


def _marked_change(ra: list[str], rb: list[str], files: tuple[str, str]) -> Edit | None:
    """A replacement that the writing itself explains: an ellipsis standing for cut words, an
    editor's words in brackets, an acronym for its expansion."""
    a, b = _shown(" ".join(ra)), _shown(" ".join(rb))
    if any(w in _ELLIPSES for w in ra + rb):
        negations_a = Counter(w for w in expanded(ra) if w in _CLAUSE_NEGATIONS)
        negations_b = Counter(w for w in expanded(rb) if w in _CLAUSE_NEGATIONS)
        mark_alone = all(w in _ELLIPSES or is_punct(w) for w in ra) or all(
            w in _ELLIPSES or is_punct(w) for w in rb
        )
        cut_words = max(sum(not is_punct(w) for w in side) for side in (ra, rb))
        if negations_a != negations_b and mark_alone and cut_words <= NEGATION_WORDS:
            # "will not ever close" / "will … close": the ellipsis took the negation with it,
            # and the words say the opposite; a longer passage left out is an elision, as a
            # longer clause dropped is a deletion, whatever it held
            cut = " ".join((negations_a - negations_b) | (negations_b - negations_a))
            return _edit("negation", files, a, b, f"‘{cut}’ cut at an ellipsis")
        return _edit("elision", files, a, b, f"‘{a or b}’ cut and marked with an ellipsis")
    if "[" in ra + rb:
        return _edit("editorial", files, a, b, f"editor's words in brackets: ‘{a}’ / ‘{b}’")
    for short, long in ((a, b), (b, a)):
        if len(short.split()) == 1 and short.isupper() and is_expansion(short, long):
            return _edit("abbreviation", files, a, b, f"{short} = {long}")
    return None


def _unmarked_rest(ra: list[str], rb: list[str], files: tuple[str, str]) -> list[Edit]:
    """Words added or dropped next to a marked change, which the mark does not explain:
    "[the council] really will" for "we will" adds "really" besides the editor's words."""
    edits = []
    for tag, side, other in (("insert", rb, ra), ("delete", ra, rb)):
        if not any(w == "[" or w in _ELLIPSES for w in side):
            continue  # only the marked side can carry words the mark does not explain
        outside, depth = [], 0
        for w in side:
            depth += (w == "[") - (w == "]")
            if depth == 0 and w not in _ELLIPSES and w != "]" and not is_punct(w):
                outside.append(w)
        extra = Counter(outside) - Counter(other)
        if extra:
            edits.append(_one_sided(tag, list(extra.elements()), None, None, files))
    return edits


def _one_sided(
    tag: str,
    words: list[str],
    before_next: str | None,
    at_edge: str | None,
    files: tuple[str, str],
    firm: bool = True,
) -> Edit:
    """An insertion or deletion, named by what it inserts or deletes and where; a stretch at an
    edge that could as well stand inside the quote (not ``firm``) weighs as words inserted."""
    text = " ".join(words)
    ref_words, var_words = _sides(tag, text)
    if any(w in _ELLIPSES for w in words) or "[" in words:
        return _marked_change(
            words if tag == "delete" else [], words if tag == "insert" else [], files
        )
    if words == [","] and before_next in {"and", "or"}:
        where = "added in" if tag == "insert" else "dropped in"
        return _edit(
            "serial_comma",
            files,
            ref_words,
            var_words,
            f"serial (Oxford) comma before ‘{before_next}’ {where} this version",
        )
    if words == ["-"]:
        return _edit("hyphenation", files, ref_words, var_words)
    if all(is_punct(w) for w in words):
        return _edit("punctuation_placement", files, ref_words, var_words, inside=True)
    if at_edge:
        kind = "extension" if tag == "insert" else "truncation"
        edit = _edit(kind, files, ref_words, var_words, f"{KINDS[kind][1]} at the {at_edge}")
        first = next((w for w in words if not is_punct(w)), "")
        opening = first.lower()
        if opening in QUALIFIERS or (
            at_edge == "end" and _is_negation(opening) and first[:1].islower()
        ):  # "we will build it [if funds allow]": the condition goes; "we will [not]": the
            return replace(  # negation goes, though what is left was quoted as it stood
                edit, severity=Severity.MAJOR, detail=f"{edit.detail}, with its ‘{opening}’"
            )
        return edit if firm else replace(edit, severity=Severity.MAJOR)
    kind = "insertion" if tag == "insert" else "deletion"
    if [w.lower() for w in words] == ["on"] and before_next and names_a_day(before_next):
        return _edit(kind, files, ref_words, var_words, rule=ON_BEFORE_DAY_RULE)
    return _edit(kind, files, ref_words, var_words)


def _date_two_ways(ra: list[str], rb: list[str], files: tuple[str, str]) -> Edit | None:
    """A date in digits against the same date with its month named (``9/11`` / ``Sept. 11``),
    each made one token by :func:`dates_as_one`: a house style, not a number changed."""
    if (
        len(ra) == len(rb) == 1
        and (
            date_in_digits(ra[0])
            or date_in_digits(rb[0])
            or month_first(diff_tokens(ra[0])) != month_first(diff_tokens(rb[0]))
        )
        and date_readings(ra) & date_readings(rb)
    ):
        return _edit("number_format", files, ra[0], rb[0])
    return None


#: how far apart two values of one measure may be and still be one, converted and rounded: in
#: the base unit for temperatures (degrees Celsius), as a share of the value for the others
_MEASURE_TOLERANCE = {
    "temperature": Decimal("0.6"),
    "length": Decimal("0.05"),
    "mass": Decimal("0.05"),
    "speed": Decimal("0.05"),
}


def _measure_two_ways(ra: list[str], rb: list[str], files: tuple[str, str]) -> Edit | None:
    """One measure in two units or two writings (``30C`` / ``86F``, ``5km`` / ``five
    kilometres``): a format when the values agree within rounding, a number changed when not."""
    a, b = measure_of(ra), measure_of(rb)
    if a is None or b is None or a[0] != b[0]:
        return None
    tolerance = _MEASURE_TOLERANCE[a[0]]
    if a[0] != "temperature":
        tolerance *= max(abs(a[1]), abs(b[1]))
    kind = "number_format" if abs(a[1] - b[1]) <= tolerance else "number"
    return _edit(kind, files, written_number(ra), written_number(rb))


#: how far back a serial comma looks for the comma of the item before it
_LIST_REACH = 15
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":"})


def _after_a_list(seq: list[str], at: int) -> bool:
    """Whether a comma or a conjunction at ``seq[at]`` follows items of a list, a comma
    between two of them earlier in the clause (``courage, faith, and love``): then a comma
    before the ``and`` is a serial comma; before ``and`` opening a clause (``we tried, and we
    failed``) it is punctuation inside the sentence."""
    for token in reversed(seq[max(0, at - _LIST_REACH) : at]):
        if token in _CLAUSE_ENDS:
            return False
        if token == ",":
            return True
    return False


def _as_window(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]] | None:
    """The edit script of a version that is an unbroken stretch of the other: the words before
    and after it cut, nothing else. (A minimal script may instead pair repeated words across
    the cut and leave a "not" inside, reading a cut as a negation flipped.)"""
    if len(a) == len(b) or not a or not b:
        return None
    short, long = sorted((a, b), key=len)
    short_text, long_text = as_strings(short, long)
    at = long_text.find(short_text)  # at string speed, whatever the length
    if at < 0:
        return _adapted_window(a, b)
    n, m = len(short), len(long)
    if long is a:  # the reference runs longer: its words outside the stretch are cut
        script = [("delete", 0, at, 0, 0)] if at else []
        script.append(("equal", at, at + n, 0, n))
        if at + n < m:
            script.append(("delete", at + n, m, n, n))
    else:
        script = [("insert", 0, 0, 0, at)] if at else []
        script.append(("equal", 0, n, at, at + n))
        if at + n < m:
            script.append(("insert", n, n, at + n, m))
    return script


def _adapted_window(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]] | None:
    """The edit script of a version that is an unbroken stretch of the other but for its first
    or last word, whose ending the reporter adapted to their sentence (``von einem „schwarzen
    Tag für die Region“`` from ``Das ist ein schwarzer Tag für die Region``)."""
    short, long = sorted((a, b), key=len)
    n, m = len(short), len(long)
    if n < 3:
        return None
    for first in (True, False):
        inner_text, long_text = as_strings(short[1:] if first else short[:-1], long)
        at = long_text.find(inner_text)
        start = at - 1 if first else at  # where the short version's stretch opens in the long
        word = 0 if first else n - 1
        if at < 0 or not 0 <= start <= m - n:
            continue
        if not _ending_adapted(short[word], long[start + word]):
            continue
        # each step: its tag, then the long version's stretch and the short one's
        kept = (
            ("equal", start + 1, start + n, 1, n)
            if first
            else ("equal", start, start + n - 1, 0, n - 1)
        )
        adapted = ("replace", start + word, start + word + 1, word, word + 1)
        steps = [adapted, kept] if first else [kept, adapted]
        if start:
            steps.insert(0, ("cut", 0, start, 0, 0))
        if start + n < m:
            steps.append(("cut", start + n, m, n, n))
        cut = "delete" if long is a else "insert"
        return [
            (cut if tag == "cut" else tag, *((l0, l1, s0, s1) if long is a else (s0, s1, l0, l1)))
            for tag, l0, l1, s0, s1 in steps
        ]
    return None


def _edge(
    ops: list[tuple[str, int, int, int, int]],
    n: int,
    seq: list[str],
    start: int,
    end: int,
    side: int,
) -> tuple[str | None, int, int]:
    """Which end of the quote a stretch that one version adds or lacks stands at, and where:
    where it is, or where it slides to through the equal words beside it (``we will win. we
    will win this`` against ``we will win this`` lacks its first four words, whichever copy of
    them the diff happened to pair)."""
    low = ops[n - 1][side] if n > 0 and ops[n - 1][0] == "equal" else start
    high = ops[n + 1][side + 1] if n + 1 < len(ops) and ops[n + 1][0] == "equal" else end
    s, e = start, end
    while s > low and seq[s - 1] == seq[e - 1]:
        s, e = s - 1, e - 1
    if s == 0:
        return "start", s, e
    s, e = start, end
    while e < high and seq[s] == seq[e]:
        s, e = s + 1, e + 1
    if e == len(seq):
        return "end", s, e
    return None, start, end


def _slides_inside(seq: list[str], start: int, end: int, edge: str) -> bool:
    """Whether a stretch at an edge of ``seq`` could as well stand inside it, the words beside it
    repeating its own (``we not maybe not`` adds ``maybe not`` at the end, or ``not maybe``
    before the last ``not``): then it may be words inserted, and weighs as much. A stretch of
    whole sentences (``We will rebuild. We will rebuild the wall``) is a cut at the edge."""
    if edge == "end":
        return start > 0 and seq[start - 1] == seq[end - 1] and seq[start] not in _SENTENCE_ENDS
    return end < len(seq) and seq[start] == seq[end] and seq[end - 1] not in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset({".", "!", "?"})


#: the words that carry a French negation after the verb, with or without "ne" before it:
#: spoken French drops the "ne" ("Nous avons pas peur") and keeps the meaning
_AFTER_VERB_NEGATIONS = frozenset({"pas", "jamais", "rien", "aucun", "aucune", "plus", "guère"})


def _word_edits(ref_core: str, var_core: str, files: tuple[str, str]) -> list[Edit]:
    """The word-level edits between two versions; a French ``ne`` added or dropped where both
    still negate after the verb (``n'avons pas`` / ``avons pas``) is a word changed, not a
    negation flipped."""
    edits = _same_words_moved(ref_core, var_core, _tokens_edits(ref_core, var_core, files), files)
    if not any(e.kind == "negation" for e in edits):
        return edits
    if _negation_moved(ref_core, var_core):
        # "n'avons rien fait" / "n'avons fait rien": the same negations, one moved a word or two
        moved = [e for e in edits if e.kind == "negation"]
        words_moved = " ".join(dict.fromkeys(e.reference or e.variant for e in moved))
        kept = [e for e in edits if e.kind != "negation"]
        return [*kept, _edit("reordering", files, words_moved, words_moved)]
    negated = [
        any(w in _AFTER_VERB_NEGATIONS for w in expanded(diff_tokens(t)))
        for t in (ref_core, var_core)
    ]
    if all(negated):
        return [_without_ne(e, files) if e.kind == "negation" else e for e in edits]
    # a word negated by its prefix counts on its side: "is not lawful" / "is unlawful"
    prefixed = [e for e in edits if e.detail == _PREFIX_DETAIL]
    ref_prefixes = sum(len(e.reference) > len(e.variant) for e in prefixed)
    if (_negations(ref_core) + ref_prefixes) % 2 == (
        _negations(var_core) + len(prefixed) - ref_prefixes
    ) % 2:
        # "We have no plans" / "We don't have any plans": negated in other words, both ways
        return [
            _edit("substitution", files, e.reference, e.variant, "negated in other words")
            if e.kind == "negation"
            else e
            for e in edits
        ]
    return _french_negation_whole(edits, files)


#: the kinds of edit that say words changed, which the same words in another order never do
_MOVE_ARTEFACTS = frozenset(
    {"number", "negation", "substitution", "insertion", "deletion", "truncation", "extension"}
    | {"rewording", "reordering"}
)


def _same_words_moved(ref: str, var: str, edits: list[Edit], files: tuple[str, str]) -> list[Edit]:
    """The edits of two versions that hold the same words in another order (``Three men and two
    women`` / ``Two women and three men``): one reordering of the words that moved, never a
    number or a negation flipped where a word now stands, nor words swapped; the edits of case
    and punctuation stay."""
    a, b = ([w.lower() for w in diff_tokens(t) if not is_punct(w)] for t in (ref, var))
    if a == b or Counter(a) != Counter(b) or not any(e.kind in _MOVE_ARTEFACTS for e in edits):
        return edits
    if _anchored(a) != _anchored(b):
        return edits  # "lost 10 and won 40" / "lost 40 and won 10": a value changed its place
    moved = [
        w
        for tag, i1, i2, _j1, _j2 in word_diff(a, b)
        if tag in {"replace", "delete"}
        for w in a[i1:i2]
    ]
    words_moved = " ".join(moved)
    kept = [e for e in edits if e.kind not in _MOVE_ARTEFACTS]
    return [*kept, _edit("reordering", files, words_moved, words_moved, f"‘{words_moved}’ moved")]


def _anchored(seq: list[str]) -> Counter:
    """Each number and negation with the word after it (``three men``, ``not good``): what
    they count or negate, which a move of whole phrases keeps and a swap of values does not."""
    return Counter(
        (w, seq[k + 1] if k + 1 < len(seq) else "")
        for k, w in enumerate(seq)
        if is_number(w) or _is_negation(w)
    )


def _french_negation_whole(edits: list[Edit], files: tuple[str, str]) -> list[Edit]:
    """A French negation added or dropped in its two words (``ne`` before the verb, ``pas``,
    ``jamais``, ``rien`` after it) as one edit, ``ne … pas``, not a ``ne`` flipped and a ``pas``
    cut off the quote's end."""
    ne = next(
        (e for e in edits if e.kind == "negation" and (e.reference or e.variant) in _NE_WORDS), None
    )
    if ne is None:
        return edits
    side = "reference" if ne.reference else "variant"
    second = next(
        (
            e
            for e in edits
            if e is not ne
            and e.kind in _NEGATION_PART_KINDS
            and getattr(e, side).lower() in _AFTER_VERB_NEGATIONS
            and not getattr(e, "variant" if side == "reference" else "reference")
        ),
        None,
    )
    if second is None:
        return edits
    whole = f"{getattr(ne, side)} … {getattr(second, side)}"
    merged = _edit("negation", files, *((whole, "") if side == "reference" else ("", whole)))
    return [merged if e is ne else e for e in edits if e is not second]


#: the French "ne" before a verb, elided or not
_NE_WORDS = frozenset({"ne", "n'", "n’"})
#: what the second word of a French negation is reported as, alone: cut at the quote's end,
#: run on past it, or flipped inside it
_NEGATION_PART_KINDS = frozenset({"negation", "truncation", "extension", "deletion", "insertion"})


#: how far a negation may move among the same words and still negate the same thing
NEGATION_MOVE = 2


def _negation_moved(ref: str, var: str) -> bool:
    """Whether two wordings hold the same words and the same negations, each negation at most
    :data:`NEGATION_MOVE` words from where the other has it (``n'avons rien fait`` / ``n'avons
    fait rien``): a word order, never a flip. A negation that moves to another clause (``will
    not raise taxes, but will cut`` / ``will raise taxes, but will not cut``) is no such move."""
    a, b = ([w.lower() for w in expanded(diff_tokens(t)) if not is_punct(w)] for t in (ref, var))
    at_a, at_b = ([k for k, w in enumerate(ws) if _is_negation(w)] for ws in (a, b))
    return (
        len(at_a) == len(at_b) > 0
        and [a[k] for k in at_a] == [b[k] for k in at_b]
        and [w for w in a if not _is_negation(w)] == [w for w in b if not _is_negation(w)]
        and all(abs(x - y) <= NEGATION_MOVE for x, y in zip(at_a, at_b, strict=True))
    )


#: how many words may stand between a negation added or dropped and a word changed beside it
NEGATION_NEIGHBOURS = 2


def _replaced_near(ops: list[tuple[str, int, int, int, int]], n: int) -> bool:
    """Whether words are replaced right beside the stretch at ``ops[n]``, or past at most
    :data:`NEGATION_NEIGHBOURS` words both versions share."""
    for step in (-1, 1):
        k = n + step
        if (
            0 <= k < len(ops)
            and ops[k][0] == "equal"
            and ops[k][2] - ops[k][1] <= NEGATION_NEIGHBOURS
        ):
            k += step
        if 0 <= k < len(ops) and ops[k][0] == "replace":
            return True
    return False


def _negations(text: str) -> int:
    """How many words negate in ``text``, contractions spelled out; French ``ne`` not counted,
    as the word after the verb carries the negation (``ne … pas``)."""
    return sum(w in _NEGATIONS and w != "ne" for w in expanded(diff_tokens(text)))


def _without_ne(edit: Edit, files: tuple[str, str]) -> Edit:
    """A negation edit whose only negation is a French ``ne``, named as the word change it is."""
    words_ = expanded(diff_tokens(f"{edit.reference} {edit.variant}"))
    if {w for w in words_ if w in _NEGATIONS} != {"ne"}:
        return edit
    kind = "deletion" if not edit.variant else "insertion" if not edit.reference else "substitution"
    return _edit(kind, files, edit.reference, edit.variant)


def _sides(tag: str, words_: str) -> tuple[str, str]:
    """Words one version only has, as (reference, variant): the reference's when deleted."""
    return (words_, "") if tag == "delete" else ("", words_)


def _tokens_edits(ref_core: str, var_core: str, files: tuple[str, str]) -> list[Edit]:
    a, b = numbers_as_one(
        *measures_as_one(*dates_as_one(*times_as_one(diff_tokens(ref_core), diff_tokens(var_core))))
    )
    # align on words as they sound, so that a capital or a spelling never shifts the diff;
    # then name what differs inside the aligned stretches
    ka, kb = _aligned(a), _aligned(b)
    ops = _as_window(ka, kb) or _merged(word_diff(ka, kb))
    equal = [n for n, op in enumerate(ops) if op[0] == "equal"]
    edits: list[Edit] = []
    one_sided: list[tuple[str, list[str], str | None, str | None]] = []
    replaced: list[tuple[list[str], list[str]]] = []  # equal-length replacements, word for word
    from_replaced: list[Edit] = []  # what those word-for-word pairs were named
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        ra, rb = a[i1:i2], b[j1:j2]
        if tag == "equal":
            if (i1 == 0) != (j1 == 0) and ra[0] != rb[0] and ra[0].lower() == rb[0].lower():
                # the first word of one version only, capitalised as the start of its quote
                ra, rb = ra[1:], rb[1:]
            edits.extend(_word_pairs(ra, rb, files))
            continue
        if tag == "replace":
            at_edge = not (i1 and j1 and i2 < len(a) and j2 < len(b))
            if len(ra) == len(rb) == 1 and at_edge and _ending_adapted(ra[0], rb[0]):
                edits.append(_edit("substitution", files, ra[0], rb[0], rule=ADAPTED_ENDING_RULE))
                continue
            joined_a, joined_b = "".join(ra).replace("-", ""), "".join(rb).replace("-", "")
            if joined_a == joined_b:
                # "1 500" / "1500": a number's digits grouped with a space, not a compound
                kind = "number_format" if joined_a.isdigit() else "hyphenation"
                if rule := spelling_rule(" ".join(ra), " ".join(rb)):  # "per cent" / "percent"
                    shown = " ".join(ra), " ".join(rb)
                    edits.append(
                        _edit("spelling", files, *shown, spelling_variety(rule), f"spelling {rule}")
                    )
                    continue
                edits.append(_edit(kind, files, " ".join(ra), " ".join(rb)))
                continue
            if (len(ra) > 1 or len(rb) > 1) and spelling_rule(" ".join(ra), " ".join(rb)):
                # "alright" / "all right": one word's two accepted spellings, one in two words
                rule = spelling_rule(" ".join(ra), " ".join(rb)) or ""
                shown = " ".join(ra), " ".join(rb)
                edits.append(_edit("spelling", files, *shown, spelling_variety(rule), rule))
                continue
            if _interchangeable(ra, rb, a[i2] if i2 < len(a) else ""):
                # "more than" / "over", "no one" / "nobody": a style guide's choice of words
                edits.append(
                    _edit(
                        "substitution", files, " ".join(ra), " ".join(rb), rule=INTERCHANGEABLE_RULE
                    )
                )
                continue
            if _ABBREVIATED.fullmatch(joined_a + " " + joined_b) and (
                joined_a.replace(".", "") == joined_b.replace(".", "")
            ):  # "U.S." / "US": full stops in an abbreviation, house style
                edits.append(_edit("abbreviation_style", files, "".join(ra), "".join(rb)))
                continue
            if _tally_joined_two_ways(a, b, i1, i2, j1, j2):  # "3:1" / "3 zu 1"
                shown = written_number(a[i1 - 1 : i2 + 1]), written_number(b[j1 - 1 : j2 + 1])
                edits.append(_edit("number_format", files, *shown))
                continue
            if _short_form(ra, rb) or _short_form(rb, ra):  # "z. B." / "zum Beispiel"
                edits.append(_edit("abbreviation_style", files, " ".join(ra), " ".join(rb)))
                continue
            if (date := _date_two_ways(ra, rb, files)) is not None:
                edits.append(date)  # "9/11" / "Sept. 11": one date, written two ways
                continue
            if (measure := _measure_two_ways(ra, rb, files)) is not None:
                edits.append(measure)  # "30C" / "86F": one temperature, or a value changed
                continue
            if _ne_dropped(ra, rb, a[i2:], b[j2:]):
                edits.append(_edit("contraction", files, " ".join(ra), " ".join(rb), _NE_DETAIL))
                continue
            meaning = _slot_meaning(ra, rb, files)
            head = numeral_head(a, i1) if numeral_head(a, i1) == numeral_head(b, j1) else 0
            if not head and i1 and j1 and a[i1 - 1] == b[j1 - 1] and a[i1 - 1].isdigit():
                head = 1  # "3 [000 000]" / "3 [million]": the digits both share open the number
            tail = int(i2 < len(a) and j2 < len(b) and a[i2].lower() in MULTIPLIERS)
            if head or tail:
                # "vingt-et-un" / "vingt-deux", "a million" / "one million", "3 000 000" / "3
                # million": the numeral whole, with the words of it both versions share; the
                # narrow stretch still names a value changed ("9 thousand" / "90 thousand")
                whole = _slot_meaning(a[i1 - head : i2 + tail], b[j1 - head : j2 + tail], files)
                if whole is not None and (
                    whole.kind == "number_format"
                    or (
                        whole.kind == "number"
                        and (meaning is None or meaning.kind not in _NUMBER_KINDS)
                    )
                ):
                    edits.append(whole)
                    continue
            special = (
                _marked_change(ra, rb, files)
                or meaning
                or _unit_of_a_count(a, b, i1, j1, ra, rb, files)
            )
            if special is not None:
                edits.append(special)
                if special.kind in {"elision", "editorial"}:
                    edits.extend(_unmarked_rest(ra, rb, files))
                continue
            if _abbreviates(joined_a, joined_b) or _abbreviates(joined_b, joined_a):
                # "Jan." / "January", "Sen." / "Senator": a word cut short, house style
                edits.append(_edit("abbreviation_style", files, "".join(ra), "".join(rb)))
                continue
            if len(ra) == len(rb):
                replaced.append((ra, rb))
                paired = _word_pairs(ra, rb, files)
                edits.extend(paired)
                from_replaced.extend(paired)
            else:
                edits.append(_edit("substitution", files, " ".join(ra), " ".join(rb)))
            continue
        seq, start, end, size = (a, i1, i2, len(a)) if tag == "delete" else (b, j1, j2, len(b))
        if seq[start:end] == ["-"] and start > 0 and end < size:  # "ever-closer" / "ever closer"
            joined, spaced = f"{seq[start - 1]}-{seq[end]}", f"{seq[start - 1]} {seq[end]}"
            pair = (joined, spaced) if tag == "delete" else (spaced, joined)
            edits.append(_edit("hyphenation", files, *pair))
            continue
        edge, s, e = _edge(ops, n, seq, start, end, 1 if tag == "delete" else 3)
        if edge:  # at an end of the quote, or slides there: a cut or an extension
            stretch, end = seq[s:e], e
        else:
            stretch = seq[start:end]
        if _ne_dropped(stretch, [], seq[end:], b[j1:] if tag == "delete" else a[i1:]):
            edits.append(_edit("contraction", files, *_sides(tag, stretch[0]), _NE_DETAIL))
            continue
        if (
            edge is None
            and equal
            and equal[0] < n < equal[-1]
            and any(map(_is_negation, stretch))
            and not _negates_nothing(seq, start, end)
            and sum(not is_punct(w) for w in stretch) <= NEGATION_WORDS
            and not _COORDINATORS & {w.lower() for w in stretch}  # "not and cannot" / "not"
        ):
            # a negation added or dropped inside the words both versions quote flips them,
            # unless a word beside it changes too ("not easy" / "hard"): maybe one sense in
            # other words, a word change for an editor to read, never a sure flip
            flipped = " ".join(w for w in stretch if _is_negation(w))
            pair = _sides(tag, flipped)
            if _replaced_near(ops, n):
                edits.append(_edit("substitution", files, *pair, "negated in other words"))
            else:
                edits.append(_edit("negation", files, *pair))
            stretch = [w for w in stretch if not _is_negation(w)]
            if not stretch:
                continue
        if stretch == ["."] and start > 0 and seq[start - 1].lower() in _ABBREVIATIONS:
            pair = (f"{seq[start - 1]}.", seq[start - 1])  # "Dr." / "Dr"
            pair = pair if tag == "delete" else pair[::-1]
            edits.append(_edit("abbreviation_style", files, *pair))
            continue
        if [w.lower() for w in stretch] == ["minus"] and end < size and is_number(seq[end]):
            sign = _sides(tag, stretch[0])
            edits.append(_edit("number", files, *sign, f"the sign of ‘{seq[end]}’ flipped"))
            continue  # "minus five degrees" / "five degrees": below zero on one side only
        # the word after the stretch, where it tells what the stretch is: "and" after a list
        # (a serial comma), a day after "on" (a house style)
        following = (
            seq[end].lower()
            if end < size and (_after_a_list(seq, start) or names_a_day(seq[end]))
            else None
        )
        firm = edge is None or not _slides_inside(seq, s, e, edge)
        one_sided.append((tag, stretch, following, edge, firm))
    one_sided, currency = _currency_moved(one_sided, files)
    edits.extend(currency)
    removed = Counter(w for tag, ws, *_ in one_sided if tag == "delete" for w in ws)
    added = Counter(w for tag, ws, *_ in one_sided if tag == "insert" for w in ws)
    removed.update(w for ra, _ in replaced for w in ra)
    added.update(w for _, rb in replaced for w in rb)
    if removed and removed == added and any(not is_punct(w) for w in removed):
        # the same words moved: what the word-for-word pairs and the one-sided stretches were
        # named is the move itself; every other edit of the pair stays
        moved = " ".join(sorted(removed.elements()))
        kept = [e for e in edits if not any(e is r for r in from_replaced)]
        if date_order(list(removed.elements()), a, b):  # "March 3" / "3 March"
            return [
                *kept,
                _edit(
                    "number_format",
                    files,
                    moved,
                    moved,
                    "the same date, its day and month the other way round",
                ),
            ]
        return [*kept, _edit("reordering", files, moved, moved, f"‘{moved}’ moved")]
    return edits + [
        _one_sided(tag, ws, nxt, edge, files, firm) for tag, ws, nxt, edge, firm in one_sided
    ]


def _currency_moved(
    one_sided: list[tuple[str, list[str], str | None, str | None, bool]], files: tuple[str, str]
) -> tuple[list[tuple[str, list[str], str | None, str | None, bool]], list[Edit]]:
    """A currency's sign added on one side where its name went on the other (``$2.5 million``
    / ``2.5 million dollars``): the same amount written another way, not a word deleted and a
    mark inserted."""
    edits = []
    for sign, names in CURRENCIES.items():
        for sign_tag, name_tag in (("insert", "delete"), ("delete", "insert")):
            with_sign = next(
                (
                    n
                    for n, (tag, ws, *_) in enumerate(one_sided)
                    if tag == sign_tag and ws == [sign]
                ),
                None,
            )
            with_name = next(
                (
                    n
                    for n, (tag, ws, *_) in enumerate(one_sided)
                    if tag == name_tag and len(ws) == 1 and ws[0].lower() in names
                ),
                None,
            )
            if with_sign is None or with_name is None:
                continue
            name = one_sided[with_name][1][0]
            pair = (name, sign) if sign_tag == "insert" else (sign, name)
            edits.append(_edit("number_format", files, *pair))
            one_sided = [o for n, o in enumerate(one_sided) if n not in {with_sign, with_name}]
    return one_sided, edits


_EDITOR_GLOSS = regex.compile(
    r"\((\s*(?:\L<notes>)(?![\p{L}])[^()]*)\)",
    regex.IGNORECASE,
    notes=sorted(lexicon_words("editor_notes.txt"), key=len, reverse=True),
)


def _gloss_in_brackets(text: str) -> str:
    """An editor's gloss in parentheses (``(NDLR : le PS)``, ``(Anm. d. Red.: …)``) written in
    square brackets, as editors' words are: the comparison then names it an editorial
    insertion, never the speaker's words."""
    return _EDITOR_GLOSS.sub(r"[\1]", text)


def compare_quotes(ref: Quote, var: Quote) -> tuple[Edit, ...]:
    """Every difference between a reference quote and another outlet's version of it.

    An empty result means identical wording (the quote marks' own style is not part of it).

    >>> from quotecheck.models import Quote
    >>> a = Quote("000", 0, 0, 0, "space, cybersecurity, and hybrid threats", "fragment", 0)
    >>> b = Quote("003", 0, 0, 0, "space, cybersecurity and hybrid threats", "fragment", 0)
    >>> [(e.kind, e.severity.label) for e in compare_quotes(a, b)]
    [('serial_comma', 'style')]
    """
    files = (ref.article_id, var.article_id)
    edits: list[Edit] = _mark_style(ref, var, files) + _mark_slip(ref, var, files)
    if ref.text != var.text:
        folds = typography_differences(ref.text, var.text)
        ref_text, var_text = fold_typography(ref.text), fold_typography(var.text)
        if "ellipsis style" in folds and ref_text.count("...") != var_text.count("..."):
            folds.remove("ellipsis style")  # an ellipsis on one side only is a cut, not style
        if (unmarked := marks_left_out(ref_text, var_text)) is not None:
            ref_text, var_text = unmarked  # a plain-text copy: "l'ete", "muessen"
            folds.append("accents left out")
        if folds:
            ref_words, var_words = _typography_words(ref.text, var.text)
            edits.append(
                _edit("typography", files, ref_words, var_words, "typography: " + ", ".join(folds))
            )
        edits += _placement(ref, var, (ref_text, var_text), files)
        ref_core, var_core = _abbreviation_stops(
            _gloss_in_brackets(split_trailing_punctuation(ref_text)[0]),
            _gloss_in_brackets(split_trailing_punctuation(var_text)[0]),
            (ref_text, var_text),
        )
        if run_on := _run_on(ref_core, var_core):
            tag, before, ref_core, var_core, after = run_on
            edits += [
                _one_sided(tag, diff_tokens(text), None, edge, files)
                for text, edge in ((before, "start"), (after, "end"))
                if text
            ]
        edits += _reworded(_word_edits(ref_core, var_core, files), ref_core, var_core, files)
        edits = [_negation_cut_off(e, ref, var) for e in edits]
    # one change found twice over (by the words and by the values: "two-thirds" / "three-
    # quarters") is one edit
    return tuple(_two_statements(edits, _speaker_edits(ref, var, files), files))


#: the narrator's last words before a quote that may carry its negation: "would not “…”"
NARRATION_WORDS = 3


def _negation_cut_off(edit: Edit, ref: Quote, var: Quote) -> Edit:
    """A cut at the quote's start that takes the negation governing what is left (``[We will
    not] raise taxes``, ``[Not] guilty``) is major, as a cut taking a qualifier is; unless the
    shorter version's narrator says it right before the opening mark (``he would not “raise
    taxes”``): the negation moved outside the marks, the meaning kept."""
    if edit.kind not in {"truncation", "extension"} or not edit.detail.endswith("at the start"):
        return edit
    cut = diff_tokens(edit.reference or edit.variant)
    shorter = var if edit.kind == "truncation" else ref
    seq = cut + diff_tokens(shorter.text)[:2]
    last = [
        k
        for k in range(max(0, len(cut) - 2), len(cut))
        if _is_negation(cut[k]) and not is_punct(seq[k + 1] if k + 1 < len(seq) else ".")
    ]  # not "No, we will go ahead": an answer, which governs nothing after it
    if not last or _negates_nothing(seq, last[-1], last[-1] + 1):
        return edit
    narration = diff_tokens(fold_typography(shorter.before))[-NARRATION_WORDS:]
    if any(_is_negation(w) for w in narration):
        return edit
    return replace(
        edit, severity=Severity.MAJOR, detail=f"{edit.detail}, with its ‘{cut[last[-1]]}’"
    )


def _abbreviation_stops(ref_core: str, var_core: str, texts: tuple[str, str]) -> tuple[str, str]:
    """The two versions' words with the full stop kept on a last word that abbreviates the other
    version's last word (``… in Calif.`` / ``… in California.``): the stop is the
    abbreviation's as well as the sentence's, and without it the word reads as another word."""
    cores = [ref_core, var_core]
    for n in (0, 1):
        words_, others = cores[n].split(), cores[1 - n].split()
        stop = split_trailing_punctuation(texts[n])[1].startswith(".")
        if stop and words_ and others and _abbreviates(words_[-1] + ".", others[-1]):
            cores[n] += "."
    return cores[0], cores[1]


def _two_statements(
    wording: list[Edit], speakers: list[Edit], files: tuple[str, str]
) -> list[Edit]:
    """The edits of two versions, unless two people surely said them and the words are apart
    by a number or a negation ("We will not raise taxes" / "We will raise taxes"): then two
    statements, one each, is likelier than one statement both flipped and misgiven, and
    neither is a sure finding. The words' change is named as a word change (major) that says
    so, and no speaker conflict is raised."""
    conflict = [e for e in speakers if e.kind == "speaker_conflict" and e.rule != ORGANISATION_RULE]
    critical = [e for e in wording if e.kind in {"number", "negation"}]
    if not (conflict and critical):
        return wording + speakers
    detail = f"words changed, and given to {conflict[0].variant}: maybe another statement"
    kept = [e for e in wording if e not in critical]
    changed = [_edit("substitution", files, e.reference, e.variant, detail) for e in critical]
    return kept + changed + [e for e in speakers if e not in conflict]


#: the sentences of the longer version that best match the shorter one must match it at least
#: this closely, and either this much more closely than the whole version does or lack nothing
#: of it that the sentences around them hold, for those to be a run-on, not part of the wording
RUN_ON_SIMILARITY = 0.5
RUN_ON_GAIN = 0.15
#: a quote of more sentences than this is not searched for a run-on (the windows grow as n²)
RUN_ON_MAX_SENTENCES = 25


def _worded(parts: list[str]) -> list[str]:
    """Sentences with words in them: an ellipsis or a mark standing alone (``… You are``) goes
    with the sentence after it, or the one before at the end."""
    out: list[str] = []
    pending = ""
    for part in parts:
        if not regex.search(r"[\p{L}\p{N}]", part):
            pending += part + " "
            continue
        out.append(pending + part)
        pending = ""
    if pending and out:
        out[-1] += " " + pending.strip()
    return out or ([pending.strip()] if pending else [])


def _run_on(ref: str, var: str) -> tuple[str, str, str, str, str] | None:
    """Whole sentences that one version quotes beyond the other, before or after the stretch
    both quote, when that stretch is worded differently too (another translation that runs on
    into the next sentence): ``(tag, before, reference stretch, variant stretch, after)``, the
    tag ``insert`` when the variant runs on, ``delete`` when the reference does. The sentences
    around are then a cut or an extension of their own, not part of a rewording. None when no
    stretch of whole sentences matches the shorter version clearly better than the whole, or
    when it lies inside word for word (the word diff then finds the cut by itself)."""
    ref_words, var_words = (_aligned(words(t)) for t in (ref, var))
    if len(ref_words) == len(var_words) or not ref_words or not var_words:
        return None
    tag, short, long, long_text = (
        ("insert", ref_words, var_words, var)
        if len(ref_words) < len(var_words)
        else ("delete", var_words, ref_words, ref)
    )
    parts = _worded(sentences(long_text))
    if not 1 < len(parts) <= RUN_ON_MAX_SENTENCES or containment(short, long) == 1:
        return None
    keys = [_aligned(words(p)) for p in parts]
    whole = word_similarity(short, long)
    best, start, end = 0.0, 0, len(parts)
    for s in range(len(parts)):
        for e in range(s + 1, len(parts) + 1):
            if (s, e) == (0, len(parts)):
                continue
            similarity = word_similarity(short, [w for k in keys[s:e] for w in k])
            if similarity > best:
                best, start, end = similarity, s, e
    inside = [w for k in keys[start:end] for w in k]
    outside = {w for k in keys[:start] + keys[end:] for w in k}
    unmatched = Counter(short) - Counter(inside)  # what the stretch lacks of the shorter version
    if best < RUN_ON_SIMILARITY or (
        best < whole + RUN_ON_GAIN and (outside & unmatched.keys()) - _STOPWORDS
    ):
        return None  # the sentences around hold words the shorter version has: its wording
    stretch = split_trailing_punctuation(" ".join(parts[start:end]))[0]
    before, after = " ".join(parts[:start]), " ".join(parts[end:])
    if tag == "insert":
        return tag, before, ref, stretch, after
    return tag, before, stretch, var, after


#: the nouns for one who speaks for another, in every language (data/spokesperson_nouns.tsv)
_SPOKESPERSON_NOUNS = frozenset(noun for _language, noun in rows("spokesperson_nouns.tsv"))


def _speaks_for(q: Quote, other: str) -> bool:
    """Whether the speaker is named as the other speaker's spokesperson (``Ann King's
    spokesman, Tom Brell``, ``Tom Brell, a spokesman for King``, ``der Sprecher von Ilka
    Brandes, Jonas Pfeifer``): the words may be the principal's, as another outlet gives them."""
    a = q.attribution
    named = regex.findall(r"\p{L}[\p{L}\-]*", f"{a.role or ''} {a.mention or ''}".lower())
    return any(w in _SPOKESPERSON_NOUNS for w in named) and other.split()[-1].lower() in named


def _names_in_words(q: Quote, other: str) -> bool:
    """Whether a version's own words name the other speaker (``"Ann King told me that the port
    will close"``; by the name as written: ``"The king is dead"`` names no Ann King): the
    words shared may be the other's, as this speaker tells them."""
    return other.split()[-1] in regex.findall(r"\p{L}[\p{L}’'\-]*", q.text)


def _who(q: Quote) -> str:
    a = q.attribution
    return f"{a.speaker} ({a.method}, {a.confidence:.2f})"


def _capitalised_alike(one: str, other: str) -> bool:
    """Whether two names differ only in which of their words open on a capital."""
    a, b = one.split(), other.split()
    return len(a) == len(b) and all(
        x[:1].lower() + x[1:] == y[:1].lower() + y[1:] for x, y in zip(a, b, strict=True)
    )


def _speaker_edits(
    ref: Quote, var: Quote, files: tuple[str, str], against: str = "the reference"
) -> list[Edit]:
    """How the two versions' speakers differ: a name spelled two ways, an organisation against
    a person, or (only when both attributions are sure) two different people. Where either is
    unsure, nothing here: :func:`classify` notes the doubt instead of raising an alarm.
    ``against`` names the first version in the words of a conflict."""
    if not (ref.speaker and var.speaker) or ref.speaker == var.speaker:
        return []
    if ref.attribution.joint or var.attribution.joint:
        return []  # "Ames and Brell said" against "Ames said": a doubt, not a name or a conflict
    if _capitalised_alike(ref.speaker, var.speaker):
        return []  # "Eastfield council" and "Eastfield Council": a house style, no misspelling
    if inflected_alike(ref.speaker, var.speaker):
        return []  # "des Hafenamts" and "das Hafenamt": one body in two cases
    if short_form_of(ref.speaker, var.speaker):
        return []  # "Thomas Brell" / "Tom Brell": the name in full and the one he goes by
    if same_person(ref.speaker, var.speaker):
        detail = f"the reference writes {ref.speaker}, this version {var.speaker}"
        return [_edit("speaker_name", files, ref.speaker, var.speaker, detail)]
    kinds = {ref.attribution.source_type, var.attribution.source_type}
    if "person" not in kinds:
        return []  # "the ministry" / "the government", "Acme" / "the company": one source, told
    people = kinds == {"person"}
    if people and (_speaks_for(ref, var.speaker) or _speaks_for(var, ref.speaker)):
        return []  # "Ann King's spokesman, Tom Brell, said" / "King said": one voice, told
    if _names_in_words(ref, var.speaker) or _names_in_words(var, ref.speaker):
        return []  # '"King told me that …," Brell said': the words say whose they were first
    least = SPEAKER_WORDS if people else ORGANISATION_SPEAKER_WORDS
    if not different_people(ref, var) or not _quote_the_same(ref, var, least):
        return []
    if not people and any("+reporter" in (q.attribution.method or "") for q in (ref, var)):
        return []  # "…, the Gazette reported": an outlet relays the words, it is no speaker
    detail = f"{against} gives these words to {_who(ref)}, this version to {_who(var)}"
    rule = "" if people else ORGANISATION_RULE
    return [_edit("speaker_conflict", files, ref.speaker, var.speaker, detail, rule=rule)]


#: two speakers are set against each other only over a stretch both versions quote holding at
#: least this many words outside the stopwords: "a lot of people" or "it's going to be" in two
#: people's mouths are two statements, not one statement given to two people. Three is still
#: the size of a slogan or a stock phrase that two people say in their own speeches ("take on
#: the cartel", "going to win this election", "going to fix the harbour")
SPEAKER_WORDS = 4
#: an organisation against a person (a minor finding) needs fewer: a body's phrase that one
#: outlet gives its spokesman ("sudden structural failure") is one statement with two speakers
ORGANISATION_SPEAKER_WORDS = 2
_STOPWORDS = function_words()


def _quote_the_same(ref: Quote, var: Quote, least: int) -> bool:
    """Whether the words both versions quote as their speaker's own, word for word, are telling
    enough to be one statement whose speaker differs. Words a speaker quotes from someone else
    (set in inner marks: ``her team ‘were extremely careless’``) are not that speaker's."""
    a, b = words(_own_words(ref)), words(_own_words(var))
    shared = [w for op, i1, i2, _, _ in word_diff(a, b) if op == "equal" for w in a[i1:i2]]
    return sum(w.isalpha() and w not in _STOPWORDS for w in shared) >= least


def _own_words(quote: Quote) -> str:
    """The quote without the words it quotes from someone else."""
    text = quote.text
    for start, end, _, _ in reversed(inner_spans(text, 0, len(text), quote.open_mark)):
        text = text[: start - 1] + " … " + text[end + 1 :]
    return text


def speaker_doubt(ref: Quote, var: Quote) -> str | None:
    """Why two versions' different speakers are no finding: one attribution is unsure.

    >>> from quotecheck.models import Attribution, Quote
    >>> sure = Attribution("Ana Ruiz", "Ruiz", method="after", confidence=0.95,
    ...                    source_type="person")
    >>> guess = Attribution("Port", "Port", method="sentence-subject", confidence=0.5,
    ...                     source_type="person")
    >>> speaker_doubt(Quote("a", 0, 0, 0, "we act", "sentence", 0, attribution=sure),
    ...               Quote("b", 0, 0, 0, "we act", "sentence", 0, attribution=guess))
    'speaker uncertain: Port (sentence-subject, 0.50) here, Ana Ruiz (after, 0.95) in the reference'
    """
    if not (ref.speaker and var.speaker) or ref.speaker == var.speaker:
        return None
    if same_person(ref.speaker, var.speaker) or different_people(ref, var):
        return None
    return f"speaker uncertain: {_who(var)} here, {_who(ref)} in the reference"


_EDGE_KINDS = frozenset({"truncation", "extension"})
_WORDING_KINDS = frozenset(
    {"substitution", "insertion", "deletion", "reordering", "truncation", "extension"}
)
#: below this word similarity, and unless one is a fragment of the other, two versions are the
#: same statement in other words rather than a handful of edits
REWORDED_BELOW = 0.6
#: this many separate word changes in the stretch both versions quote are one rewording (another
#: translation, a rewrite), whatever the share of words kept
REWORDED_EDITS = 3


def _overlap(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """The stretch both versions quote: each without what it runs beyond the other at its
    start and end."""
    ops = word_diff(a, b)
    while ops and ops[0][0] in {"insert", "delete"}:
        ops.pop(0)
    while ops and ops[-1][0] in {"insert", "delete"}:
        ops.pop()
    if not ops:
        return a, b
    return a[ops[0][1] : ops[-1][2]], b[ops[0][3] : ops[-1][4]]


def _reworded(edits: list[Edit], ref: str, var: str, files: tuple[str, str]) -> list[Edit]:
    """Many word edits between versions that share little wording, or three and more separate
    changes of words, are one rewording, a negation among them too. What one version runs
    beyond the other (a truncation, an extension) is no part of it: the wording is judged on
    the stretch both quote, and the cut stays its own finding."""
    a = [spelling_key(w) for w in words(ref)]
    b = [spelling_key(w) for w in words(var)]
    inside = [e for e in edits if e.kind in _WORDING_KINDS - _EDGE_KINDS]
    similarity = word_similarity(*_overlap(a, b))
    if (
        len(inside) < 2
        or Counter(a) == Counter(b)  # the same words moved: a reordering
        or (similarity >= REWORDED_BELOW and len(inside) < REWORDED_EDITS)
        or containment(a, b) >= 0.9
    ):
        return edits
    # a negation among words put otherwise is no sure flip ("not easy for anyone" / "hard for
    # everyone"): the rewording names it, at the rewording's severity
    negated = [e for e in edits if e.kind == "negation"]
    kept = [e for e in edits if e not in inside and e not in negated]
    detail = f"reworded: {similarity:.0%} of the words in the same order"
    for e in negated:
        detail += f"; ‘{e.reference or e.variant}’ in one version only"
    return [*kept, _edit("rewording", files, ref, var, detail)]


def classify(group: QuoteGroup, dates: Mapping[str, str | None] | None = None) -> QuoteGroup:
    """The group with the edits of every outlet's version against the reference version.
    ``dates`` gives each article's publication day, where known: a number changed between two
    days may be a figure updated (a toll, a count), a finding to check, never a critical one."""
    variants = group.variants()
    reference = variants[group.reference.article_id]
    parts_of = Counter(q.article_id for q in group.members)  # an outlet's parts of a split quote
    edits: list[Edit] = []
    notes: list[Note] = []
    for article, variant in variants.items():
        if article == reference.article_id:
            continue
        found = compare_quotes(reference, variant)
        if dates and _other_days(dates.get(reference.article_id), dates.get(article)):
            found = tuple(_maybe_updated(e) for e in found)
        edits += found
        edits += _cue_commas(group, reference, variant)
        if doubt := speaker_doubt(reference, variant):
            notes.append(Note(article, doubt))
        parts = parts_of[article]
        if parts > 1:
            edits.append(
                _edit(
                    "split",
                    (reference.article_id, article),
                    reference.text,
                    variant.text,
                    f"this version splits the quote in {parts} parts around the attribution",
                )
            )
    edits += _conflicts_past_the_reference(reference, variants)
    return replace(group, edits=(*edits, *group.edits), notes=(*group.notes, *notes))


def _conflicts_past_the_reference(reference: Quote, variants: Mapping[str, Quote]) -> list[Edit]:
    """Two other versions that give the words to two different people when the reference names
    no one surely (``a police spokesman said``): compared with the reference alone, neither
    conflicts with it, and the words given to someone else would go unseen. Each named version
    is set against the first of them by article id, so that the order of the inputs changes
    nothing."""
    if sure_of_speaker(reference):
        return []
    named = sorted(
        (v for a, v in variants.items() if a != reference.article_id and sure_of_speaker(v)),
        key=lambda v: v.article_id,
    )
    first = words(fold_typography(named[0].text).lower()) if named else []
    return [
        e
        for other in named[1:]
        # a sentence's worth of words in common, not a slogan two people share
        if longest_common_run(first, words(fold_typography(other.text).lower()))
        >= PAST_THE_REFERENCE_WORDS
        for e in _speaker_edits(
            named[0], other, (named[0].article_id, other.article_id), "another version"
        )
        if e.kind == "speaker_conflict" and e.severity == Severity.CRITICAL
    ]


#: how many words two versions must run alike, in order, for their two people to be set against
#: each other past a reference that names no one: "make America great again" in two mouths is
#: a slogan, a sentence of a statement given to someone else is a conflict
PAST_THE_REFERENCE_WORDS = 8


def _cue_commas(group: QuoteGroup, reference: Quote, variant: Quote) -> list[Edit]:
    """Where one version split the quote around its attribution with a comma (``"…loss," she
    said. "The …"``), read as the full stop it stands for when its parts are joined, and the
    other version runs a full stop there: the house style of a cue, named as such."""
    edits = []
    for side, other, files in (
        (reference, variant, (reference.article_id, variant.article_id)),
        (variant, reference, (reference.article_id, variant.article_id)),
    ):
        parts = [q.text for q in group.members if q.article_id == side.article_id]
        other_text = fold_typography(other.text)
        for part, following in pairwise(parts):
            end = fold_typography(part)[-30:-1].lstrip()
            if part.endswith(",") and following[:1].isupper() and f"{end}." in other_text:
                shown = (",", ".") if side is reference else (".", ",")
                edits.append(_edit("punctuation_placement", files, *shown, _CUE_COMMA))
    return edits


_CUE_COMMA = "a comma before the attribution for a full stop"
_DAY_OF = regex.compile(r"\d{4}-\d{2}-\d{2}")


def _other_days(one: str | None, other: str | None) -> bool:
    """Whether two articles' dates are known and fall on different days."""
    a, b = (_DAY_OF.match(d or "") for d in (one, other))
    return a is not None and b is not None and a.group() != b.group()


def _maybe_updated(edit: Edit) -> Edit:
    """A number changed, between articles of two days: major, and said to be maybe an update."""
    if edit.kind != "number" or edit.severity != Severity.CRITICAL:
        return edit
    severity, detail = UPDATED_NUMBER
    return replace(edit, severity=severity, detail=detail, rule=UPDATED_RULE)


def describe(edits: tuple[Edit, ...] | list[Edit]) -> str:
    """The edits in an editor's words, most serious first; ``identical`` when there are none,
    or only the quote marks differ, curly against straight."""
    shown = shown_edits(edits)
    return "; ".join(dict.fromkeys(label(e) for e in shown)) if shown else "identical"


def shown_edits(edits: Iterable[Edit]) -> list[Edit]:
    """The edits an editor reads, the worst first: not the marks alone, curly against straight."""
    kept = [e for e in edits if not (e.rule == "marks" and e.severity == Severity.NONE)]
    return sorted(kept, key=lambda e: -e.severity)


def label(edit: Edit) -> str:
    """The edit's kind as an editor would name it."""
    if edit.kind == "spelling":
        return spelling_variety(edit.rule)  # "UK/US spelling", "German/Swiss spelling (ß/ss)"
    return _BY_RULE[edit.rule][1] if edit.rule in _BY_RULE else KINDS[edit.kind][1]
