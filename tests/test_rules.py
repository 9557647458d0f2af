"""Rule by rule: the exact evidence each attribution and comparison rule records (method,
mention, offsets, confidence), so that a change to a rule shows up as a failing test."""

from __future__ import annotations

import pytest

from quotecheck import extract
from quotecheck.attribution import RULES
from quotecheck.attribution.resolve import ADJUSTMENTS
from quotecheck.drift import compare_quotes
from quotecheck.models import Attribution, Note, Quote, QuoteGroup, Severity
from quotecheck.quotes import looks_like_title, nested_spans

TRANSCRIPT = (
    "Radio host Dana Quill spoke with the senator on Sunday about the budget.\n\n"
    "QUILL: Will you vote for the budget?\n\n"
    "Q: Why not?\n\n"
    "A: Because it cuts too deep."
)


def confidence(method: str) -> float:
    """The confidence the table of rules gives ``method``."""
    return next(r.confidence for r in RULES if r.method == method)


def test_transcript_turns_record_their_label():
    turns = {q.text: q for q in extract(TRANSCRIPT, turns=True)}
    host = turns["Will you vote for the budget?"].attribution
    assert (host.speaker, host.mention, host.cue, host.method) == (
        "Dana Quill",
        "QUILL",
        ":",
        "transcript",
    )
    assert (host.confidence, host.source_type) == (0.9, "person")
    assert TRANSCRIPT[host.mention_start : host.mention_end] == "QUILL"
    q = turns["Why not?"].attribution
    assert (q.speaker, q.mention, q.method, q.confidence) == ("interviewer", "Q", "transcript", 0.8)
    assert TRANSCRIPT[q.mention_start : q.mention_end] == "Q"
    a = turns["Because it cuts too deep."].attribution
    assert (a.speaker, a.mention, a.method, a.confidence) == (
        None,
        "A",
        "transcript+unresolved",
        0.3,
    )
    assert all(t.kind == "turn" for t in turns.values())


def test_turns_are_listed_only_when_asked_and_keep_their_ids():
    """A transcript's turns are no quotation a listing shows by default; asked for, they come
    with the ids they have in the whole reading, as do the quotes in marks around them."""
    text = TRANSCRIPT + '\n\nLater Quill wrote: "The senator will not budge."'
    every = extract(text, turns=True)
    quoted = extract(text)
    assert [q.kind for q in every] == ["turn", "turn", "turn", "sentence"]
    assert [(q.id, q.text) for q in quoted] == [(every[3].id, "The senator will not budge.")]
    assert quoted[0].id.endswith("#3")


def test_a_lone_label_is_no_transcript():
    quotes = extract("TOKYO: The minister said the talks went well on Monday in the capital.")
    assert [q.kind for q in quotes] == []


def test_colon_paragraph_with_and_without_a_speech_verb():
    with_verb = extract(
        'Senator Ray Oduya spoke for an hour on Monday. Oduya continued:\n\n"We will not give up."'
    )
    assert [(q.speaker, q.attribution.method, q.attribution.confidence) for q in with_verb] == [
        ("Ray Oduya", "colon", confidence("colon"))
    ]
    without = extract(
        'Jo Okoro, 17, cheered the speech on Monday. Jo Okoro echoed:\n\n"He speaks."'
    )
    assert [(q.speaker, q.attribution.method, q.attribution.confidence) for q in without] == [
        ("Jo Okoro", "colon+subject", confidence("colon+subject"))
    ]


def test_continuation_paragraph_keeps_the_lower_confidence():
    quotes = extract(
        'Governor Mark Vellin spoke on Tuesday.\n\n"We are done," Vellin said.\n\n"Now we go home."'
    )
    before, last = quotes[-2].attribution, quotes[-1].attribution
    lower = min(confidence("continuation+paragraph"), before.confidence)
    assert (last.speaker, last.method, last.confidence) == (
        "Mark Vellin",
        "continuation+paragraph",
        lower,
    )


def test_no_previous_paragraph_means_no_continuation():
    (quote,) = extract('"Now we go home."')
    assert quote.speaker is None and quote.attribution.method == "none"


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("Lena and Lucie,", True),
        ("The Quay Files", True),
        ("Calm Waters", True),
        ("Jane The Sailor", True),
        ("very timely", False),
        ("the Quay Files", False),
        ("HOORAY!", False),
        ("Why Not?", False),
        ("", False),
        ("of Mice and Men", False),
        ("A Tale of Two Cities", True),
        ("2001: A Space Odyssey", True),
    ],
)
def test_looks_like_title(words, title):
    assert looks_like_title(words) is title


def test_titles_only_after_a_work_noun():
    kinds = {
        q.text: q.kind
        for q in extract(
            'Her memoir "Hard Harbours" sold well, and she called the plan "Very Good News" then.'
        )
    }
    assert kinds == {"Hard Harbours": "title", "Very Good News": "fragment"}


def test_nested_spans_leave_apostrophes_alone():
    text = "‘no deal’ and the students’ union’s ‘final offer’ of ’90s rock ’n’ roll"
    assert [text[a:b] for a, b, _, _ in nested_spans(text, 0, len(text))] == [
        "no deal",
        "final offer",
    ]
    straight = "'no deal' for rock 'n' roll, 'a fair offer'"  # 'n' is an elision, not a quote
    assert [straight[a:b] for a, b, _, _ in nested_spans(straight, 0, len(straight))] == [
        "no deal",
        "a fair offer",
    ]


def q(text: str, article: str = "a") -> Quote:
    return Quote(article, 0, 0, len(text), text, "fragment", 0, attribution=Attribution("Jo Li"))


@pytest.mark.parametrize(
    ("a", "b", "kinds", "words"),
    [
        (
            "we will act now",
            "[the council] really will act now",
            {"editorial", "insertion"},
            "really",
        ),
        (
            "we will certainly act now",
            "we will … quickly act now",
            {"elision", "insertion"},
            "quickly",
        ),
        ("we will certainly act now", "we will … act now", {"elision"}, None),
        ("we will act now", "[the council] will act now", {"editorial"}, None),
    ],
)
def test_words_beside_a_mark_are_still_named(a, b, kinds, words):
    edits = compare_quotes(q(a), q(b, "b"))
    assert {e.kind for e in edits} == kinds
    if words:
        (extra,) = [e for e in edits if e.kind == "insertion"]
        assert extra.variant == words and extra.severity == Severity.MAJOR


def test_the_subject_before_an_apposition_or_an_aside():
    cases = {
        'Jo Fallon, a spokesman for the campaign, said: "We cooperated."': "Jo Fallon",
        'Lena Varga, in Kentucky, said: "He is a lightweight."': "Lena Varga",
        'Ray Oduya (D-Conn.), said: "It is the beginning."': "Ray Oduya",
    }
    for text, speaker in cases.items():
        (quote,) = extract(text)
        assert quote.speaker == speaker, text
        assert text[quote.attribution.mention_start : quote.attribution.mention_end] == speaker


def test_who_resolves_to_the_name_before_it():
    text = (
        "The talks were led by Senator Ray Oduya, who told reporters the bill comes "
        '"at the worst time".'
    )
    (quote,) = extract(text)
    a = quote.attribution
    assert (a.speaker, a.mention, a.method, a.confidence) == (
        "Ray Oduya",
        "who",
        "before+who",
        round(confidence("before") + ADJUSTMENTS["who"], 2),
    )
    assert text[a.mention_start : a.mention_end] == "who"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "space, cyber, and hybrid",
            "space, cyber and hybrid",
            ("serial_comma", ",", "", "serial (Oxford) comma before ‘and’ dropped in this version"),
        ),
        (
            "space, cyber and hybrid",
            "space, cyber, and hybrid",
            ("serial_comma", "", ",", "serial (Oxford) comma before ‘and’ added in this version"),
        ),
        (
            "one, two, or three",
            "one, two or three",
            ("serial_comma", ",", "", "serial (Oxford) comma before ‘or’ dropped in this version"),
        ),
        (
            "we will act now and then",
            "we will act now",
            ("truncation", "and then", "", "quote cut short at the end"),
        ),
        (
            "so we will act now",
            "we will act now",
            ("truncation", "so", "", "quote cut short at the start"),
        ),
        (
            "we will act now",
            "we will act now and then",
            ("extension", "", "and then", "quote runs longer at the end"),
        ),
        (
            "we will act now",
            "so we will act now",
            ("extension", "", "so", "quote runs longer at the start"),
        ),
        (
            "we will act now",
            "we will surely act now",
            ("insertion", "", "surely", "words inserted"),
        ),
        ("we will surely act now", "we will act now", ("deletion", "surely", "", "words deleted")),
        (
            "we will act now",
            "we will … act now",
            ("elision", "", "...", "‘...’ cut and marked with an ellipsis"),
        ),
        (
            "we will act ; now",
            "we will act now",
            ("punctuation_placement", ";", "", "punctuation inside the sentence"),
        ),
        (
            "ever-closer ties",
            "ever closer ties",
            ("hyphenation", "ever-closer", "ever closer", "hyphenation"),
        ),
        ("The plan works", "the plan works", ("case", "The", "the", "capitalisation")),
        (
            "our defence plan",
            "our defense plan",
            ("spelling", "defence", "defense", "UK/US spelling"),
        ),
        (
            "an der Straße gesperrt",
            "an der Strasse gesperrt",
            ("spelling", "Straße", "Strasse", "German/Swiss spelling (ß/ss)"),
        ),
    ],
)
def test_each_edit_records_its_words_and_explanation(a, b, expected):
    (edit,) = compare_quotes(q(a), q(b, "b"))
    assert (edit.kind, edit.reference, edit.variant, edit.detail) == expected
    assert edit.files == ("a", "b")


def test_rules_are_named():
    (spelling,) = compare_quotes(q("our defence plan"), q("our defense plan", "b"))
    assert spelling.rule == "spelling -ence/-ense"
    (case,) = compare_quotes(q("The plan"), q("the plan", "b"))
    assert case.rule == "case"


def test_punctuation_inside_the_sentence_is_minor_at_its_end_style():
    """One kind, punctuation placement, with the severity of where it sits: a comma added
    inside the sentence changes how it reads; a full stop or comma at the end is house style."""
    from quotecheck.drift import describe

    (inside,) = compare_quotes(
        q("we made a choice; it was right"), q("we made a choice, it was right", "b")
    )
    (end,) = compare_quotes(q("we made a choice."), q("we made a choice,", "b"))
    assert (inside.kind, inside.severity) == ("punctuation_placement", Severity.MINOR)
    assert (end.kind, end.severity) == ("punctuation_placement", Severity.STYLE)
    assert describe([inside]) == "punctuation inside the sentence"
    assert describe([end]) == "punctuation placement at the quote's end"


def test_number_values_read_every_writing():
    from quotecheck.quantities import number_values

    assert number_values(["two", "percent"]) == {"2": 1, "%": 1}
    assert number_values(["2", "per", "cent"]) == {"2": 1, "%": 1}
    assert number_values(["2,000", "3.0", "half", "dozen"]) == {
        "2000": 1,
        "3": 1,
        "0.5": 1,
        "12": 1,
    }
    assert number_values(["per", "day", "cent"]) == {}
    assert number_values(["%"]) == {"%": 1}


def test_number_changes_name_the_words_as_written():
    (edit,) = compare_quotes(q("two percent of GDP"), q("three percent of GDP", "b"))
    assert (edit.kind, edit.reference, edit.variant) == ("number", "two", "three")
    (edit,) = compare_quotes(q("2 per cent of GDP"), q("3% of GDP", "b"))
    assert (edit.kind, edit.reference, edit.variant) == ("number", "2", "3")
    (fmt,) = compare_quotes(q("two percent of GDP"), q("2% of GDP", "b"))
    assert (fmt.kind, fmt.reference, fmt.variant) == ("number_format", "two percent", "2%")
    (neg,) = compare_quotes(q("it will happen"), q("it will not happen", "b"))
    assert (neg.kind, neg.reference, neg.variant) == ("negation", "", "not")


def test_describe_orders_by_severity():
    from quotecheck.drift import describe

    edits = compare_quotes(q("we will act now, she said"), q("we will not act now she said", "b"))
    assert describe(edits) == "negation flipped; punctuation inside the sentence"
    assert describe([]) == "identical"


def test_subject_fallback_for_embedded_words():
    text = (
        "Senator Ray Oduya spoke on Monday in the capital.\n\n"
        'Oduya wants a "chief trade prosecutor" for the city.'
    )
    (quote,) = extract(text)
    a = quote.attribution
    assert (a.speaker, a.method, a.confidence, a.cue) == (
        "Ray Oduya",
        "sentence-subject",
        confidence("sentence-subject"),
        None,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The plan, backed by Ray Oduya, covers port calls and "joint patrols" in the region.',
            None,
        ),
        ('Ana Kalomi posted a Twitter comment reading "thank you" on Monday.', "Ana Kalomi"),
        (
            'The pact, expected to be announced on Friday, "aims to deepen ties," Oduya said.',
            "Oduya",
        ),
        ('A spokesman for Jo Lind could only quip: "Christmas was booked."', "Jo Lind"),
    ],
)
def test_verb_forms_that_are_nouns_or_passives_attribute_nothing(text, speaker):
    (quote,) = extract(text)
    assert quote.speaker == speaker


def test_the_alignment_scores_by_kind_of_match():
    from quotecheck.align import same_statement
    from quotecheck.models import Config

    def quote(text, speaker="Jo Li"):
        return Quote("x", 0, 0, len(text), text, "fragment", 0, attribution=Attribution(speaker))

    config = Config()
    whole = quote("we will defend our farmers and our fishermen this year")
    assert (
        same_statement(whole, quote("we will defend our farmers and our fishermen this year."))
        == 1.0
    )
    assert (
        same_statement(whole, quote("defend our farmers and our fishermen"))
        == config.align_threshold
    )
    reworded = quote("this year our fishermen and farmers will be defended by us")
    assert same_statement(whole, reworded) == config.rewording_score
    assert same_statement(whole, quote(reworded.text, speaker="Bo Ek")) == 0.0
    assert same_statement(whole, quote("nothing at all alike in these words")) == 0.0
    assert same_statement(quote("very timely"), quote("historical and very timely", "Bo Ek")) == 0.0


def test_a_paraphrase_needs_the_words_close_together():
    from quotecheck import compare_articles, parse_article

    lead = "Trade chief Carla Moreau spoke in Brussels on Monday after the long vote.\n\n"
    quoted = parse_article(lead + 'She called the deal "historical and very timely".', "a.txt")
    close = parse_article(lead + "She hailed a historic and timely step for farmers.", "b.txt")
    far = parse_article(
        lead + "The historic hall was full. Much later, a timely bus came by "
        "after the crowd had gone home for the long weekend.",
        "c.txt",
    )
    result = compare_articles([quoted, close, far])
    (single,) = [g for g in result.singletons if g.reference.article_id == "a.txt"]
    paraphrases = [e for e in single.edits if e.kind == "paraphrased"]
    assert [(e.files, e.variant) for e in paraphrases] == [
        (("a.txt", "b.txt"), "historic and timely")
    ]
    (edit,) = paraphrases
    assert (edit.severity, edit.reference, edit.rule) == (
        Severity.MINOR,
        "historical and very timely",
        "paraphrase",
    )
    assert edit.detail == "run without quote marks: ‘historic and timely’"


def test_a_paraphrase_shown_starts_in_the_sentence_that_reports_it():
    """A word of the sentence before that shares a stem with the statement's (``Chairwoman``
    and ``chairs``) is not shown as part of the words run without quote marks."""
    from quotecheck import compare_articles, parse_article

    lead = "The harbour board met on Monday.\n\n"
    quoted = parse_article(
        lead + 'Ruth Albers said: "Now we must explain to the chairs of the clubs why '
        'the pool is not coming."',
        "a.txt",
    )
    reported = parse_article(
        lead + "So said Chairwoman Ruth Albers. Now one must explain to the chairs of the "
        "clubs why the pool would not come.",
        "b.txt",
    )
    result = compare_articles([quoted, reported])
    (single,) = [g for g in result.singletons if g.reference.article_id == "a.txt"]
    (edit,) = [e for e in single.edits if e.kind == "paraphrased"]
    assert edit.variant.startswith("Now one must explain")


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("the talks, he said", 13, ("he", "pronoun", None, None)),
        ("Smith, who said", 10, ("who", "relative", None, None)),
        ("said Sen. Jo Smith (D-Conn.) said", 28, ("Sen. Jo Smith", "name", "Jo Smith", "Sen.")),
        ("and the minister said", 16, ("minister", "role", None, "minister")),
        ("Le Marchal told", 10, ("Le Marchal", "name", "Le Marchal", None)),
        ("in the past described", 11, None),
        (
            "and Eastfield Alderman Jo C. Smith said",
            34,
            ("Eastfield Alderman Jo C. Smith", "name", "Jo C. Smith", "Eastfield Alderman"),
        ),
        ("The European Union said", 18, ("European Union", "organisation", "European Union", None)),
    ],
)
def test_the_phrase_before_a_speech_verb(text, end, expected):
    from quotecheck.attribution.grammar import np_before

    mention = np_before(text, end)
    if expected is None:
        assert mention is None
    else:
        assert (mention.text, mention.kind, mention.name, mention.role) == expected
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she added", ("she", "pronoun", None)),
        (
            "EU trade chief Carla Moreau on Monday",
            ("EU trade chief Carla Moreau", "name", "Carla Moreau"),
        ),
        ("Brell reversed himself", ("Brell", "name", "Brell")),
        ("the retired neurosurgeon has", ("retired neurosurgeon", "phrase", None)),
        ("former Sen. Dana Quist, a moderate", ("former Sen. Dana Quist", "name", "Dana Quist")),
        ("the striker voted against it", ("striker", "role", None)),  # a past tense ends it
        ("a trader hit the Port Authority", ("trader", "phrase", None)),  # a verb, its object
        (
            "Financial disclosures show a pattern",
            ("Financial disclosures", "document", "Financial disclosures"),
        ),
    ],
)
def test_the_phrase_after_a_speech_verb(text, expected):
    from quotecheck.attribution.grammar import np_after

    mention = np_after(text, 0)
    assert (mention.text, mention.kind, mention.name) == expected


def test_the_reference_is_the_majority_wording_else_the_earliest():
    from quotecheck import compare_articles, parse_article

    lead = "Trade chief Carla Moreau spoke in Brussels on Monday after the vote.\n\n"
    texts = {
        "a.txt": ('"We will defend all our farmers," Moreau said.', "2024-11-02"),
        "b.txt": ('"We will defend our farmers," Moreau said.', "2024-11-03"),
        "c.txt": ('"We will defend our farmers," Moreau said.', "2024-11-04"),
    }
    articles = [parse_article(lead + t, name, date=d) for name, (t, d) in texts.items()]
    (group,) = compare_articles(articles).groups
    assert group.reference.article_id == "b.txt"  # the majority wording, earliest of the two
    (group,) = compare_articles(articles[:2]).groups
    assert group.reference.article_id == "a.txt"  # no majority: the earliest


def test_split_and_fragment_notes_say_what_happened():
    from quotecheck import compare_articles, parse_article

    lead = "Trade chief Carla Moreau spoke in Brussels on Monday after the vote.\n\n"
    whole = parse_article(
        lead + '"We will defend our farmers and we will win this fight," '
        'Moreau said, calling it "a fight".',
        "a.txt",
    )
    split = parse_article(
        lead + '"We will defend our farmers," Moreau said. "And we will win this fight."', "b.txt"
    )
    result = compare_articles([whole, split])
    (group,) = result.groups
    assert group.notes == ()
    (split_edit,) = [e for e in group.edits if e.kind == "split"]
    assert split_edit.files == ("a.txt", "b.txt")
    assert split_edit.detail == "this version splits the quote in 2 parts around the attribution"
    (single,) = result.singletons
    assert single.notes == ()
    inner = parse_article(
        lead + 'She called it "historical and very timely", indeed "very timely".', "c.txt"
    )
    notes = [n for g in compare_articles([inner]).singletons for n in g.notes]
    assert notes == [
        Note(
            "c.txt",
            "“very timely” is a fragment of “historical and very timely” in the same article",
        )
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mykola Hrytsenkko", "Mykola Hrytsenko", True),
        ("Josep Borrell", "Joseph Borrell", True),
        ("Borrell", "Josep Borrell", True),
        ("Jo Smith", "Al Smith", False),
        ("Jo Smith", "Jo Smythe-Jones", False),
    ],
)
def test_one_person_spelled_two_ways(a, b, same):
    from quotecheck.names import same_person

    assert same_person(a, b) is same


def test_canonical_names_drop_honorifics_and_initials():
    (quote,) = extract(
        "Harbour board nominee Henrik J. Vogt spoke in Eastfield on Monday.\n\n"
        '"We will win," Mr. Vogt said.'
    )
    assert quote.speaker == "Henrik Vogt"
    (quote,) = extract('"We will win," said Dr. Jo K. Lind.')
    assert quote.speaker == "Jo Lind"


def test_placement_when_both_sides_end_differently():
    (edit,) = compare_quotes(q("we will act now."), q("we will act now,", "b"))
    assert (edit.kind, edit.reference, edit.variant) == ("punctuation_placement", ".", ",")
    assert edit.detail == "comma at the quote's end only in this version"


def test_rewording_says_how_much_is_left():
    (edit,) = compare_quotes(
        q("I am extremely pleased to be here to announce the conclusion of this agreement"),
        q("I am very pleased to announce the agreement", "b"),
    )
    assert edit.kind == "rewording" and edit.detail.startswith("reworded: ")
    assert edit.detail.endswith("% of the words in the same order")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "method"),
    [
        (
            'Turnout was "particularly low" in the north, Senator Ray Oduya told reporters.',
            "Ray Oduya",
            "told",
            "later",
        ),
        (
            'The plan brings "a rough week" for the city, says Jo Smith, a consultant.',
            "Jo Smith",
            "says",
            "later+inverted",
        ),
    ],
)
def test_a_cue_later_in_the_sentence(text, speaker, cue, method):
    (quote,) = extract(text)
    a = quote.attribution
    assert (a.speaker, a.cue, a.method, a.confidence) == (
        speaker,
        cue,
        method,
        confidence(method),
    )
    assert text[a.mention_start : a.mention_end].endswith(speaker)


def test_a_later_cue_stops_at_the_sentence_end():
    text = 'Turnout was "particularly low" in the north. Senator Ray Oduya told reporters so.'
    (quote,) = extract(text)
    assert quote.attribution.method != "later"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Senator Ray Oduya spoke on Monday.\n\nThe bill, Oduya said, is "a disgrace to it."',
            (
                "Ray Oduya",
                "Oduya",
                "said",
                "before+parenthetical",
                confidence("before+parenthetical"),
            ),
        ),
        (
            'Senator Ray Oduya spoke on Monday.\n\nThe bill, he said, is "a disgrace to it."',
            (
                "Ray Oduya",
                "he",
                "said",
                "before+parenthetical+pronoun",
                round(confidence("before+parenthetical") + ADJUSTMENTS["pronoun"], 2),
            ),
        ),
        (
            '"We will act," according to Senator Ray Oduya.',
            (
                "Ray Oduya",
                "Senator Ray Oduya",
                "according to",
                "after+according",
                confidence("after+according"),
            ),
        ),
        (
            'Minister Carla Moreau arrived.\n\n"We will act now." Lena Varga said it was close.',
            (None, None, None, "none", 0.0),
        ),
    ],
)
def test_cues_record_their_words(text, expected):
    """A parenthetical cue inside the reporter's sentence, "according to" after the quote, and
    no cue at all when the quote closed its sentence before the next one's verb."""
    (quote,) = extract(text)
    a = quote.attribution
    assert (a.speaker, a.mention, a.cue, a.method, a.confidence) == expected
    if a.mention:
        assert text[a.mention_start : a.mention_end] == a.mention


def test_a_paraphrase_is_reported_once_when_its_quote_heads_two_groups():
    """A quote can stand in two groups (a fragment of a longer statement, and the statement):
    the other outlet running its words without marks is one finding, not one per group."""
    from quotecheck import parse_article
    from quotecheck.paraphrase import find_paraphrases
    from quotecheck.pipeline import quotes_of

    lead = "Trade chief Carla Moreau spoke in Brussels on Monday after the long vote.\n\n"
    quoted = parse_article(lead + 'She called the deal "historical and very timely".', "a.txt")
    close = parse_article(lead + "She hailed a historic and timely step for farmers.", "b.txt")
    quotes = quotes_of([quoted, close])
    (q,) = [x for x in quotes if x.article_id == "a.txt"]
    groups = (QuoteGroup("G1", (q,), q), QuoteGroup("G2", (q,), q))
    found, _ = find_paraphrases(groups, (), [quoted, close], quotes)
    assert [[e.files for e in g.edits if e.kind == "paraphrased"] for g in found] == [
        [("a.txt", "b.txt")],
        [],
    ]
