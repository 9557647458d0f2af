"""Drift: each kind of difference named with its severity; the comparator's invariants."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.drift import INSIDE_PUNCTUATION, INSIDE_RULE, KINDS, classify, compare_quotes
from quotecheck.models import Attribution, Quote, QuoteGroup, Severity
from quotecheck.normalize import fold_typography, words
from quotecheck.strategies import drifted

from .conftest import CASES as CASES_DIR


def quote(
    text: str, article: str = "a", speaker: str | None = "Ana Ruiz", after: str = ""
) -> Quote:
    said = Attribution(  # "…," Ruiz said: a sure attribution
        speaker,
        speaker and speaker.split()[-1],
        method="after",
        confidence=0.95,
        source_type="person",
    )
    return Quote(article, 0, 0, len(text), text, "fragment", 0, after=after, attribution=said)


def kinds(a: str, b: str, **kw) -> list[str]:
    return [e.kind for e in compare_quotes(quote(a), quote(b, "b", **kw))]


CASES = json.loads((CASES_DIR / "drift.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_edit_kind(case):
    assert sorted(set(kinds(case["reference"], case["variant"]))) == sorted(case["expected"])


def _severity(edit) -> Severity:
    """The severity the registry gives the edit's kind (punctuation inside a sentence has its
    own)."""
    return INSIDE_PUNCTUATION[0] if edit.rule == INSIDE_RULE else KINDS[edit.kind][0]


@pytest.mark.parametrize("case", [c for c in CASES if "edits" in c], ids=lambda c: c["label"])
def test_edit_words(case):
    """Each edit names the words on each side, and the two articles it compares."""
    edits = compare_quotes(quote(case["reference"]), quote(case["variant"], "b"))
    assert sorted([e.kind, e.reference, e.variant] for e in edits) == sorted(case["edits"])
    assert all(e.files == ("a", "b") for e in edits)
    if "severities" in case:  # set by what the edit takes with it, not by its kind alone
        assert [e.severity.label for e in edits] == case["severities"]
    else:
        assert all(e.severity == _severity(e) for e in edits)

    assert all(e.detail and e.rule for e in edits)
    if "details" in case:
        assert [e.detail for e in edits] == case["details"]


def test_a_cut_that_takes_the_negation_at_the_end_is_major_never_critical():
    """'We will sell the harbour, not lease it' cut to 'We will sell the harbour': what is left
    was quoted as it stood (no flip), but the cut takes the denial with it; a cut sentence that
    opens on a negation ('… ? No.') is an ordinary cut."""
    edits = compare_quotes(
        quote("We will sell the harbour, not lease it."), quote("We will sell the harbour", "b")
    )
    (cut,) = [e for e in edits if e.kind == "truncation"]
    assert cut.severity == Severity.MAJOR and "‘not’" in cut.detail
    assert not any(e.severity == Severity.CRITICAL for e in edits)
    edits = compare_quotes(quote("Is that fair? No."), quote("Is that fair?", "b"))
    assert [e.severity for e in edits if e.kind == "truncation"] == [Severity.MINOR]


@pytest.mark.parametrize(
    ("full", "cut", "narration", "severity"),
    [
        ("We will not close the ferry", "close the ferry", "she said she would", "major"),
        ("We will not close the ferry", "close the ferry", "she said she would not", "minor"),
        ("Not guilty on every count", "guilty on every count", "the jury found him", "major"),
        ("Nicht schließen, sondern verkaufen", "schließen, sondern verkaufen", "sie rief", "major"),
        ("Not only the ferry but the port", "the ferry but the port", "she named", "minor"),
        ("No, we will close the ferry", "we will close the ferry", "she said", "minor"),
    ],
)
def test_a_cut_at_the_start_that_takes_the_governing_negation_is_major(
    full, cut, narration, severity
):
    """'[We will not] close the ferry': what is left says the opposite, unless the narrator
    says the negation right before the opening mark ('she would not “close the ferry”'); an
    idiom ('not only') or an answer ('No,') governs nothing after it."""
    short = replace(quote(cut, "b"), before=narration)
    for ref, var in ((quote(full), short), (short, replace(quote(full, "b")))):
        (edit,) = [e for e in compare_quotes(ref, var) if e.kind in {"truncation", "extension"}]
        assert edit.severity.label == severity
        assert not any(e.severity == Severity.CRITICAL for e in compare_quotes(ref, var))


def test_a_word_moved_across_negations_is_a_reordering_both_ways():
    """Found by the symmetry property: the swap of "we" with a negation was dropped one way."""
    assert kinds("we not not", "not not we") == ["reordering"]
    assert kinds("not not we", "we not not") == ["reordering"]


def test_speaker_conflict_is_critical():
    said = "we will build schools and roads in the north"
    edits = compare_quotes(quote(said), quote(said, "b", speaker="Bo Lind"))
    assert [(e.kind, e.severity) for e in edits] == [("speaker_conflict", Severity.CRITICAL)]
    (edit,) = edits
    assert (edit.reference, edit.variant, edit.files) == ("Ana Ruiz", "Bo Lind", ("a", "b"))
    assert edit.detail == (
        "the reference gives these words to Ana Ruiz (after, 0.95), "
        "this version to Bo Lind (after, 0.95)"
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Seo Min-jun", "Seo Min Jun"),  # a given name of two words, hyphenated or not
        ("Tom Ames Jr.", "Tom Ames"),  # a generational suffix on one side
        ("Ann King-Brell", "Ann King"),  # a double-barrelled surname cut to one half
        ("Ann King-Brell", "Ann Brell"),
    ],
)
def test_one_persons_name_written_two_ways_is_never_a_conflict(one, other):
    """Two sure attributions to one person's name, written as outlets write it: no critical
    finding, whatever the spelling."""
    said = "we will build schools and roads in the north"
    edits = compare_quotes(quote(said, speaker=one), quote(said, "b", speaker=other))
    assert "speaker_conflict" not in [e.kind for e in edits]


def test_two_people_with_opposite_words_are_no_double_critical():
    """Two people surely, and their words apart by a negation: two statements is likelier than
    one flipped and misgiven, so neither a negation flipped nor a speaker conflict is raised;
    the words' change stays, as a major word change that says another speaker has them."""
    edits = compare_quotes(
        quote("We will not raise taxes on the harbour this year"),
        quote("We will raise taxes on the harbour this year", "b", speaker="Tom Brell"),
    )
    assert {e.kind for e in edits} == {"substitution"}
    assert all(e.severity == Severity.MAJOR and "Tom Brell" in e.detail for e in edits)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Thomas Brell", "Tom Brell"),
        ("William Ames", "Bill Ames"),
        ("Margaret Quist", "Peggy Quist"),
    ],
)
def test_a_given_name_and_its_short_form_are_one_speaker_and_no_misspelling(full, short):
    """The name in full in one outlet and the short form the person goes by in another: one
    speaker (no conflict), and no name spelled differently either."""
    assert (
        compare_quotes(
            quote("we will act on the harbour fees this year", speaker=full),
            quote("we will act on the harbour fees this year", "b", speaker=short),
        )
        == ()
    )


def test_a_name_spelled_two_ways_is_not_a_conflict():
    edits = compare_quotes(
        quote("we will act", speaker="Mykola Hrytsenkko"),
        quote("we will act", "b", speaker="Mykola Hrytsenko"),
    )
    assert [(e.kind, e.severity) for e in edits] == [("speaker_name", Severity.MINOR)]
    assert (
        edits[0].detail == "the reference writes Mykola Hrytsenkko, this version Mykola Hrytsenko"
    )
    assert compare_quotes(quote("we will act"), quote("we will act", "b", speaker=None)) == ()


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spelled(n: int) -> str:
    """An English number word below a hundred, as news writes it (``forty - two``)."""
    if n < 10:
        return _UNITS[n - 1]
    tens, unit = _TENS[n // 10 - 2], n % 10
    return tens if unit == 0 else f"{tens}-{_UNITS[unit - 1]}"


@given(
    st.one_of(st.integers(1, 9), st.integers(2, 9).map(lambda t: t * 10), st.integers(21, 99)),
    st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]),
)
def test_a_multiplier_spelled_out_is_the_number_in_digits(count, multiplier):
    """``42,000`` and ``forty-two thousand`` state one number: a format, never a number
    changed; one more of the multiplier is a number changed."""
    word, value = multiplier
    digits = f"We expect {count * value:,} visitors this year."
    spelled = f"We expect {_spelled(count)} {word} visitors this year."
    assert kinds(digits, spelled) == ["number_format"]
    other = f"We expect {_spelled(count % 99 + 1)} {word} visitors this year."
    assert "number" in kinds(digits, other)


@given(st.lists(st.booleans(), min_size=2, max_size=2))
def test_a_name_capitalised_another_way_is_no_finding(lowered):
    """House style (``Eastfield council``, ``Eastfield Council``) is no misspelling; a letter
    inside a word in another case still is (``Mckay``, ``McKay``)."""
    name = "Eastfield Council"
    styled = " ".join(w.lower() if low else w for w, low in zip(name.split(), lowered, strict=True))
    assert (
        compare_quotes(
            quote("we will act", speaker=name), quote("we will act", "b", speaker=styled)
        )
        == ()
    )
    inside = compare_quotes(
        quote("we will act", speaker="Tom McKay"), quote("we will act", "b", speaker="Tom Mckay")
    )
    assert [e.kind for e in inside] == ["speaker_name"]


@pytest.mark.parametrize("single", ["Ana Ruiz", "Bo Lind", "Ana Lind"])
def test_two_people_speaking_together_are_never_set_against_one(single):
    """One outlet names both people of a joint statement, another only one of them (or a blend
    of the two names): no conflict and no name spelled two ways, either way round."""
    said = "we will build schools and roads in the north"
    joint = quote(said, speaker="Ana Ruiz and Bo Lind")
    for ref, var in (
        (joint, quote(said, "b", speaker=single)),
        (quote(said, "b", speaker=single), joint),
    ):
        assert compare_quotes(ref, var) == ()


def test_words_a_reporter_relays_are_never_set_against_the_one_reported():
    """One outlet gives the words to whoever reports them (``Albers said Brell told the board
    …``), another to the one reported: a doubt, not a conflict between two people."""
    from quotecheck import extract

    words = "beyond repair and a danger to every driver who crosses it"
    relaying = extract(f'Ruth Albers said Tom Brell told the board the bridge was "{words}."')
    direct = extract(f'Tom Brell told the board the bridge was "{words}."')
    ((ref,), (var,)) = relaying, direct
    assert (ref.speaker, var.speaker) == ("Ruth Albers", "Tom Brell")
    assert [e.kind for e in compare_quotes(ref, var)] == []


def test_placement_names_inside_and_outside():
    (edit,) = compare_quotes(quote("the Atlantic", after=","), quote("the Atlantic,", "b"))
    assert edit.kind == "punctuation_placement"
    assert edit.detail == "comma inside the closing mark in this version, outside in the reference"


def test_every_kind_has_a_severity_and_a_name():
    assert all(isinstance(s, Severity) and name for s, name, _action in KINDS.values())


WORDS = st.lists(
    st.sampled_from(
        [
            "we",
            "will",
            "act",
            "now",
            "on",
            "the",
            "plan",
            "and",
            "not",
            "wait",
            "for",
            "two",
            "weeks",
        ]
    ),
    min_size=1,
    max_size=12,
)


@given(WORDS)
def test_identical_wording_gives_no_edits(ws):
    text = " ".join(ws)
    assert compare_quotes(quote(text), quote(text, "b")) == ()


@given(WORDS, WORDS)
def test_kinds_are_symmetric_up_to_direction(a, b):
    mirror = {
        "insertion": "deletion",
        "deletion": "insertion",
        "truncation": "extension",
        "extension": "truncation",
    }
    forward = {mirror.get(k, k) for k in kinds(" ".join(a), " ".join(b))}
    backward = set(kinds(" ".join(b), " ".join(a)))
    severity = lambda ks: max((KINDS[k][0] for k in ks), default=Severity.NONE)
    assert severity(forward) == severity(backward)


@given(WORDS, st.sampled_from(["“", "”", "’", "—", "…", "\u00a0"]))
def test_typographic_folding_never_changes_a_label_of_words(ws, mark):
    plain = " ".join(ws)
    fancy = plain.replace(" ", f" {mark} ", 1) if len(ws) > 1 else plain
    straight = fold_typography(fancy)
    assert words(fancy) == words(straight)
    assert fold_typography(straight) == straight


@given(WORDS, st.sampled_from(["very", "not", "3", ","]), st.integers(0, 12))
def test_adding_an_edit_never_lowers_severity(ws, extra, position):
    ref = " ".join(ws)
    once = ws[:]
    once.insert(min(position, len(once)), "maybe")
    twice = once[:]
    twice.insert(min(position, len(twice)), extra)
    sev = lambda b: max(
        (e.severity for e in compare_quotes(quote(ref), quote(b, "b"))),
        default=Severity.NONE,
    )
    assert sev(" ".join(twice)) >= sev(" ".join(once))


@given(drifted())
def test_each_injected_edit_comes_back_as_its_kind_with_its_words(case):
    edits = compare_quotes(case.original, case.variant)
    assert {e.kind for e in edits} == {case.kind}, edits
    words = " ".join(f"{e.reference} {e.variant} {e.detail}" for e in edits)
    for side in (case.removed, case.added):
        for word in side.split():
            assert fold_typography(word.strip(",")) in fold_typography(words), (word, edits)


@given(drifted(), drifted())
def test_adding_an_outlets_edit_never_lowers_a_groups_severity(first, second):
    reference = first.original
    one = QuoteGroup("G1", (reference, first.variant), reference)
    other = replace(second.variant, article_id="c.txt")
    two = QuoteGroup("G1", (reference, first.variant, other), reference)
    assert classify(two).severity >= classify(one).severity


@given(drifted())
def test_typographic_folding_never_changes_a_label(case):
    def labels(text: str) -> set[str]:
        edits = compare_quotes(case.original, replace(case.variant, text=text))
        return {e.kind for e in edits} - {"typography"}

    fancy = case.variant.text.replace("'", "’").replace(" - ", " — ")
    assert labels(fancy) == labels(fold_typography(fancy)) == labels(case.variant.text)


SPEAKER_CASES = json.loads((CASES_DIR / "speaker_findings.json").read_text(encoding="utf-8"))


#: the words both outlets print, unless a case gives its own
SAID = "the harbour will reopen to ferries in the spring"


def attributed(
    article: str, speaker: str, method: str, confidence: float, kind: str, text: str = SAID
) -> Quote:
    said = Attribution(
        speaker, speaker.split()[-1], method=method, confidence=confidence, source_type=kind
    )
    return Quote(article, 0, 0, len(text), text, "sentence", 0, attribution=said)


@pytest.mark.parametrize("case", SPEAKER_CASES["cases"], ids=lambda c: c["label"])
def test_speaker_findings_only_when_both_attributions_are_sure(case):
    from quotecheck.drift import speaker_doubt

    texts = case.get("texts", [case.get("text", SAID)] * 2)
    ref = attributed("a", *case["reference"], texts[0])
    var = attributed("b", *case["variant"], texts[1])
    for x, y in ((ref, var), (var, ref)):  # the same whichever outlet is the reference
        speakers = [
            f"{e.kind}/{e.severity.label}"
            for e in compare_quotes(x, y)
            if e.kind.startswith("speaker")
        ]
        assert speakers == case["expected"]
        assert (speaker_doubt(x, y) is not None) == case["doubt"]


def test_an_unsure_speaker_is_a_note_on_the_group():
    ref = attributed("a", "Lena Okafor", "after", 0.95, "person")
    var = attributed("b", "Tom Brennan", "continuation", 0.6, "person")
    group = classify(QuoteGroup("G1", (ref, var), ref))
    assert group.severity == Severity.NONE
    (note,) = group.notes
    assert note.file == "b" and note.text.startswith("speaker uncertain: Tom Brennan")


@pytest.mark.parametrize(
    ("marks", "severity"),
    [
        (("“", '"'), Severity.NONE),
        (("‘", "“"), Severity.STYLE),
        (("«", '"'), Severity.NONE),
        (("„", "« "), Severity.NONE),
    ],
)
def test_the_quote_marks_own_style(marks, severity):
    """One double mark against another (curly, straight, low-high, guillemets, the French
    spaces inside them) is recorded and is no difference; single marks against double ones
    are house style."""
    closing = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“", "« ": " »"}
    a, b = (
        replace(quote("we act now", article), open_mark=m, close_mark=closing[m])
        for article, m in zip("ab", marks, strict=True)
    )
    (edit,) = compare_quotes(a, b)
    assert (edit.kind, edit.severity, edit.reference, edit.variant) == (
        "typography",
        severity,
        marks[0],
        marks[1],
    )
    from quotecheck.drift import describe

    assert (describe([edit]) == "identical") == (severity == Severity.NONE)
    assert compare_quotes(a, replace(a, article_id="b")) == ()


CONTRACTED = st.sampled_from(
    [
        ("do not", "don't"),
        ("can not", "can't"),
        ("cannot", "can't"),
        ("will not", "won't"),
        ("is not", "isn't"),
        ("it is", "it's"),
        ("we are", "we're"),
        ("I have", "I've"),
    ]
)


@given(WORDS, WORDS, CONTRACTED, st.booleans())
def test_a_contraction_is_never_a_negation(before, after, pair, flip):
    """``do not`` / ``don't`` anywhere in a quote: house style, never a meaning flipped."""
    long, short = pair if not flip else pair[::-1]
    ref = " ".join([*before, long, *after])
    var = " ".join([*before, short, *after])
    edits = compare_quotes(quote(ref), quote(var, "b"))
    assert {e.kind for e in edits} == {"contraction"}
    assert all(e.severity == Severity.STYLE for e in edits)


@given(WORDS.filter(lambda ws: len(ws) >= 3), st.data())
def test_a_truncation_alone_is_never_critical(ws, data):
    """However a quote is cut, at its start or its end, the cut words never read as a number
    or a negation changed: what is missing was not quoted."""
    start = data.draw(st.integers(0, len(ws) - 2))
    end = data.draw(st.integers(start + 2, len(ws)))
    ref, cut = " ".join(ws), " ".join(ws[start:end])
    for a, b in ((ref, cut), (cut, ref)):
        edits = compare_quotes(quote(a), quote(b, "b"))
        assert all(e.severity < Severity.CRITICAL for e in edits), edits


def test_an_inner_quote_marked_the_agency_way_is_typography_only():
    """``+non+`` (French agency copy) against ``“non”`` or ``« non »``: the same words, the
    inner quote marked another way, never a punctuation change."""
    a = quote("ils ont dit +non+ sans discuter", "a")
    for inner in ("“non”", "« non »"):
        b = quote(f"ils ont dit {inner} sans discuter", "b")
        assert {(e.kind, e.severity) for e in compare_quotes(a, b)} <= {
            ("typography", Severity.STYLE)
        }


@pytest.mark.parametrize(
    "gloss", ["(NDLR : le PS)", "(Anm. d. Red.: die SPD)", "(editor's note: Labour)"]
)
def test_an_editors_gloss_in_parentheses_is_editorial_not_the_speakers_words(gloss):
    """A parenthesis the editor opens with an editor's-note mark is the editor's, like square
    brackets: a minor editorial insertion, never a major insertion of words."""
    a, b = quote("the party has failed", "a"), quote(f"the party {gloss} has failed", "b")
    assert [(e.kind, e.severity) for e in compare_quotes(a, b)] == [("editorial", Severity.MINOR)]
    plain = quote("the party (as he put it) has failed", "b")  # the speaker's own aside
    assert "editorial" not in {e.kind for e in compare_quotes(a, plain)}


#: words of a sentence a version runs on with, none of them in WORDS
RUN_ON_WORDS = st.lists(
    st.sampled_from(["nobody", "doubts", "it", "thanks", "to", "everyone", "here", "truly"]),
    min_size=1,
    max_size=6,
)


@given(WORDS.filter(lambda ws: len(ws) >= 2), st.data(), RUN_ON_WORDS)
def test_a_sentence_run_on_beyond_a_changed_word_is_an_extension(ws, data, extra):
    """A version that changes a word and runs on by a sentence of its own: the sentence is an
    extension (a truncation the other way round), however the changed word sits against it,
    never swallowed into one substitution with it."""
    changed = ws[:]
    changed[data.draw(st.integers(0, len(ws) - 1))] = "maybe"
    ref = " ".join(ws)
    var = " ".join(changed) + ". " + " ".join(extra).capitalize() + "."
    for a, b, kind in ((ref, var, "extension"), (var, ref, "truncation")):
        edits = compare_quotes(quote(a), quote(b, "b"))
        cut = {w for e in edits if e.kind == kind for w in words(f"{e.reference} {e.variant}")}
        rest = {w for e in edits if e.kind != kind for w in words(f"{e.reference} {e.variant}")}
        assert set(extra) <= cut and not set(extra) & rest, edits


@pytest.mark.parametrize(
    ("marks", "slip"),
    [
        (("“", "″"), "opening mark “ closed by a double prime ″"),
        (("“", "'"), "opening mark “ closed by '"),
        (("‘", '"'), 'opening mark ‘ closed by "'),
    ],
)
def test_a_closing_mark_that_slips_from_its_opening_one_is_typography(marks, slip):
    """A quote one outlet closes with a glyph that does not close its opening mark (a double
    prime, a single mark after a double one) against the same words closed as they open: a
    typographic slip of style severity, named the same way from either side."""
    closing = {"“": "”", "‘": "’"}
    proper = replace(quote("we act now", "a"), open_mark=marks[0], close_mark=closing[marks[0]])
    slipped = replace(quote("we act now", "b"), open_mark=marks[0], close_mark=marks[1])
    for ref, var in ((proper, slipped), (slipped, proper)):
        (edit,) = compare_quotes(ref, var)
        assert (edit.kind, edit.severity) == ("typography", Severity.STYLE)
        assert slip in edit.detail
    assert compare_quotes(slipped, replace(slipped, article_id="c")) == ()


@pytest.mark.parametrize(("opening", "closing"), [("``", "''"), ("`", "'"), ("„", "“"), ("«", "»")])
def test_a_pair_of_marks_a_convention_sets_is_no_slip(opening, closing):
    """Newswire corpora's grave accents and apostrophes, low-high marks and guillemets close as
    their convention does: against curly marks they are at most a difference of style, never
    a closing mark that slipped."""
    proper = replace(quote("we act now", "a"), open_mark="“", close_mark="”")
    other = replace(quote("we act now", "b"), open_mark=opening, close_mark=closing)
    assert not any("closed by" in e.detail for e in compare_quotes(proper, other))


@pytest.mark.parametrize(
    ("dates", "severity"),
    [
        ({"a": "2026-03-02", "b": "2026-03-03"}, Severity.MAJOR),  # the next day: maybe updated
        ({"a": "2026-03-02", "b": "2026-03-02T18:00"}, Severity.CRITICAL),  # the same day
        ({"a": "2026-03-02", "b": None}, Severity.CRITICAL),  # a day unknown
        (None, Severity.CRITICAL),
    ],
)
def test_a_number_changed_between_two_days_may_be_an_update(dates, severity):
    """'At least 20 people have died' on Monday, '… 25 …' on Tuesday: a toll updated as often
    as a misquote, a finding to check, never a critical alarm; on one day, a number changed."""
    ref = quote("At least 20 people have died and the search goes on")
    var = quote("At least 25 people have died and the search goes on", "b")
    group = classify(QuoteGroup("G1", (ref, var), ref), dates)
    (number,) = [e for e in group.edits if e.kind == "number"]
    assert number.severity == severity


_FERRY = "The ferry ran aground off Eastfield on Monday.\n\n"


def _three_outlets(cues: list[str], quotes: list[str] | None = None, order=(0, 1, 2)):
    from quotecheck import compare_articles, parse_article

    quotes = quotes or ["All passengers are safe and have been brought ashore"] * 3
    articles = [
        parse_article(f'{_FERRY}"{quotes[n]}," {cues[n]} said.', f"{'abc'[n]}.txt") for n in order
    ]
    return compare_articles(articles)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_two_people_given_the_words_past_a_reference_naming_no_one_is_a_conflict(order):
    # the reference ("a police spokesman") conflicts with neither; the two named versions do
    result = _three_outlets(
        ["a police spokesman", "police spokesman Tom Brell", "harbour chief Ruth Albers"],
        order=order,
    )
    (group,) = result.groups
    conflicts = [e for e in group.edits if e.kind == "speaker_conflict"]
    assert [(e.files, e.reference, e.variant, e.severity) for e in conflicts] == [
        (("b.txt", "c.txt"), "Tom Brell", "Ruth Albers", Severity.CRITICAL)
    ]


def test_a_slogan_two_named_people_share_past_a_reference_naming_no_one_is_no_conflict():
    result = _three_outlets(
        ["a spokesman", "Mayor Tom Brell", "Senator Ruth Albers"],
        [
            "Let us make the harbour great again",
            "We will make the harbour great again",
            "I back the plan for the pier, we need it to make the harbour great again",
        ],
    )
    (group,) = result.groups
    assert len(group.members) == 3  # one statement, as the aligner sees it
    assert not [e for e in group.edits if e.kind == "speaker_conflict"]


@pytest.mark.parametrize(
    "relaying",
    [
        'Mayor Tom Brell read out a letter from Ruth Albers: "{}"',
        'Quoting Ruth Albers, Mayor Tom Brell told the council: "{}"',
        'Mayor Tom Brell repeated Ruth Albers\'s famous line: "{}"',
        # the source after "according to" tells what another said: it relays the words
        'According to Mayor Tom Brell, Albers wrote that "{}"',
        'Mayor Tom Brell cited Ruth Albers\'s warning: "{}"',  # a noun of speech, hers
        '"{}," Mayor Tom Brell said Albers had told him.',  # the clause after the verb reports
        'Mayor Tom Brell said he agreed with Ruth Albers that "{}"',  # words both hold
        'Mayor Tom Brell said Ruth Albers was wrong to claim "{}"',  # her claim, as he tells it
        'Ruth Albers\'s spokesman, Tom Brell, said: "{}"',  # her words, by her spokesman
        '"{}," said Tom Brell, Albers\'s spokesman.',
        'A spokesman for Albers, Tom Brell, said: "{}"',
        'Mayor Tom Brell, paraphrasing Ruth Albers, said: "{}"',
        'Mayor Tom Brell, citing Ruth Albers, said: "{}"',
        'Mayor Tom Brell, reading from Ruth Albers\'s letter, said: "{}"',
        'Mayor Tom Brell read Ruth Albers\'s tweet aloud: "{}"',
        'Mayor Tom Brell repeated the words Ruth Albers used last year: "{}"',
        'Mayor Tom Brell laughed off Ruth Albers\'s forecast: "{}"',
        'Mayor Tom Brell said: "Ruth Albers told me: {}"',  # the words name whose they were
    ],
)
def test_words_one_person_gives_as_anothers_are_no_conflict_with_their_author(relaying):
    from quotecheck import compare_articles, parse_article

    words = "The harbour belongs to everyone who works on it"
    articles = [
        parse_article(_FERRY + relaying.format(words), "a.txt"),
        parse_article(f'{_FERRY}"{words}," Ruth Albers wrote in a letter.', "b.txt"),
    ]
    (group,) = compare_articles(articles).groups
    assert not [e for e in group.edits if e.kind == "speaker_conflict"]


@pytest.mark.parametrize(
    ("words", "own", "other"),
    [
        (  # the one who reads out their own words against another
            "The harbour belongs to everyone who works on it",
            'Mayor Tom Brell told the council: "{}"',
            '"{}," Ruth Albers wrote in a letter.',
        ),
        (  # the words name Ann King only by her name as written: "the king" is no relay
            "The king of the harbour is dead and nobody will be paid for the last month",
            '"{}," Mayor Tom Brell said.',
            '"{}," Ann King said.',
        ),
    ],
)
def test_two_people_given_the_same_words_are_a_conflict(words, own, other):
    from quotecheck import compare_articles, parse_article

    articles = [
        parse_article(_FERRY + own.format(words), "a.txt"),
        parse_article(_FERRY + other.format(words), "b.txt"),
    ]
    (group,) = compare_articles(articles).groups
    assert [e.kind for e in group.edits if e.kind == "speaker_conflict"] == ["speaker_conflict"]


@pytest.mark.parametrize(
    ("relaying", "own", "language"),
    [
        (
            "Der Sprecher von Ilka Brandes, Jonas Pfeifer, sagte: „{}.“",
            "„{},“ sagte Ilka Brandes.",
            "de",
        ),
        ("Jonas Pfeifer widersprach Brandes' Behauptung, „{}“.", "„{},“ sagte Ilka Brandes.", "de"),
        (
            "Le porte-parole de Claire Fontaine, Hugo Perrin, a déclaré : « {}. »",
            "« {} », a déclaré Claire Fontaine.",
            "fr",
        ),
    ],
)
def test_german_and_french_relayed_words_are_no_conflict_with_their_author(relaying, own, language):
    from quotecheck import compare_articles, parse_article

    words = {
        "de": "Der Hafen wird im Mai schließen und niemand wird für den letzten Monat bezahlt",
        "fr": "Le port fermera en mai et personne ne sera payé pour le dernier mois",
    }[language]
    lead = (
        "Der Hafenrat tagte am Montag.\n\n" if language == "de" else "Le conseil a siégé lundi.\n\n"
    )
    articles = [
        parse_article(lead + relaying.format(words), "a.txt", language=language),
        parse_article(lead + own.format(words), "b.txt", language=language),
    ]
    (group,) = compare_articles(articles).groups
    assert not [e for e in group.edits if e.kind == "speaker_conflict"]


#: words of one stem with endings of agreement, and others, so that random versions meet some
_AGREEING = st.sampled_from(["schwarz", "schwarze", "schwarzen", "schwarzer", "tag", "für", "die"])
_FORMS = st.sampled_from(["schwarze", "schwarzen", "schwarzer", "schwarzes"])


@given(
    st.lists(_AGREEING, min_size=2, max_size=5),
    st.lists(_AGREEING, max_size=4),
    st.lists(_AGREEING, max_size=4),
    _FORMS,
    _FORMS,
    st.booleans(),
    st.booleans(),
)
def test_an_adapted_window_rebuilds_one_version_from_the_other(
    inner, before, after, said, adapted, first, long_first
):
    """Where a version is the other's stretch but for an edge word's ending, the script covers
    both versions end to end, its equal steps are equal and its one replacement is that word."""
    from quotecheck.drift import _adapted_window, _ending_adapted

    long = [*before, said, *inner, *after] if first else [*before, *inner, said, *after]
    short = [adapted, *inner] if first else [*inner, adapted]
    a, b = (long, short) if long_first else (short, long)
    script = _adapted_window(a, b)
    if script is None:
        return
    at_a = at_b = 0
    for tag, i1, i2, j1, j2 in script:
        assert (i1, j1) == (at_a, at_b)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        if tag == "replace":
            assert i2 - i1 == j2 - j1 == 1 and _ending_adapted(a[i1], b[j1])
        at_a, at_b = i2, j2
    assert (at_a, at_b) == (len(a), len(b))
    assert sum(tag == "replace" for tag, *_ in script) == 1
