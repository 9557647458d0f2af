"""Alignment: the same statement grouped across outlets, whatever the order they come in."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import compare_articles, parse_article
from quotecheck.align import same_statement
from quotecheck.drift import compare_quotes
from quotecheck.models import Quote, Severity

from .conftest import CASES, one_statement_three_ways

LEAD = "Trade chief Carla Moreau spoke in Brussels on Monday after the vote on tariffs.\n\n"


def q(text: str, article: str = "a") -> Quote:
    return Quote(article, 0, 0, len(text), text, "fragment", 0)


def test_fragment_of_a_longer_quote_is_the_same_statement():
    assert same_statement(
        q("historical and very timely step for us"), q("very timely step for us", "b")
    )
    assert not same_statement(q("we will act now"), q("nothing to do with it", "b"))


def test_groups_span_articles_and_singletons_stay_alone():
    a = parse_article(LEAD + '"We will defend our farmers," Moreau said.', "a.txt")
    b = parse_article(
        LEAD + '"We will defend our farmers," she said. "No deal," she added.', "b.txt"
    )
    result = compare_articles([a, b])
    assert [sorted(g.articles) for g in result.groups] == [["a.txt", "b.txt"]]
    assert [g.reference.text for g in result.singletons] == ["No deal,"]


SENTENCES = st.lists(
    st.sampled_from(
        [
            "We will defend our farmers",
            "We will defend our farmers and fishermen",
            "No deal is better than a bad deal",
            "The vote was a disgrace",
            "Tariffs hurt everyone",
        ]
    ),
    min_size=1,
    max_size=3,
)


@given(st.lists(SENTENCES, min_size=2, max_size=4))
def test_grouping_does_not_depend_on_the_order_of_outlets(per_article):
    articles = [
        parse_article(LEAD + "\n\n".join(f'"{s}," Moreau said.' for s in sentences), f"{i}.txt")
        for i, sentences in enumerate(per_article)
    ]

    def shape(result):
        return sorted(
            (
                sorted((m.article_id, m.text) for m in g.members),
                sorted(e.kind for e in g.edits),
                g.reference.article_id,
            )
            for g in result.groups
        )

    assert shape(compare_articles(articles)) == shape(compare_articles(articles[::-1]))


def test_a_quote_split_by_one_outlet_joins_the_whole_one():
    whole = parse_article(
        LEAD + '"We will defend our farmers and we will win this fight," Moreau said.', "a.txt"
    )
    split = parse_article(
        LEAD + '"We will defend our farmers," Moreau said. "And we will win this fight."', "b.txt"
    )
    result = compare_articles([whole, split])
    (group,) = result.groups
    assert len(group.members) == 3 and not result.singletons
    kinds = {e.kind for e in group.edits}
    assert "split" in kinds
    # the comma before the cue stands for the full stop of a sentence the next part opens
    assert (
        group.variants()["b.txt"].text == "We will defend our farmers. And we will win this fight."
    )


def test_parts_split_by_two_outlets_join_the_whole_quote_of_a_third():
    """Two outlets split the quote around the attribution and a third runs it whole: the
    parts make two groups of their own at first, and must end as one statement, or the whole
    quote reads as one that runs longer than the first part."""
    whole = parse_article(
        LEAD + '"We have made a serious offer. The ball is in their court," Moreau said.', "a.txt"
    )
    splits = [
        parse_article(
            LEAD + '"We have made a serious offer," Moreau said. "The ball is in their court."',
            name,
        )
        for name in ("b.txt", "c.txt")
    ]
    result = compare_articles([whole, *splits])
    (group,) = result.groups
    assert len(group.members) == 5 and not result.singletons
    assert not [e for e in group.edits if e.kind in {"truncation", "extension"}]
    variants = group.variants()
    assert (
        variants["b.txt"].text
        == variants["c.txt"].text
        == ("We have made a serious offer. The ball is in their court.")
    )


def test_a_comma_before_the_cue_against_a_full_stop_is_style():
    """One outlet splits the quote at a comma before its cue, another runs a full stop there:
    a house style of the attribution, never punctuation changed inside the sentence."""
    whole = parse_article(
        LEAD + '"We have made a serious offer. The ball is in their court," Moreau said.', "a.txt"
    )
    split = parse_article(
        LEAD + '"We have made a serious offer," Moreau said. "The ball is in their court."', "b.txt"
    )
    (group,) = compare_articles([whole, split]).groups
    placed = [e for e in group.edits if e.kind == "punctuation_placement"]
    assert placed and all(e.severity == Severity.STYLE for e in placed)
    assert {(e.reference, e.variant) for e in placed} & {(",", "."), (".", ",")}


def test_a_split_quote_joins_every_group_the_whole_one_is_in():
    """A third outlet that quotes a fragment of the statement and then the statement whole puts
    the whole quote in two groups; the outlet that split the quote is whole in both, never cut
    short in one."""
    result = one_statement_three_ways()
    holding = [g for g in result.groups if "b.txt" in g.articles]
    assert len(holding) == 2
    for group in holding:
        assert sum(q.article_id == "b.txt" for q in group.members) == 2
        assert "split" in {e.kind for e in group.edits}
        cut = [e for e in group.edits if e.kind == "truncation" and "b.txt" in e.files]
        assert not cut, cut


def test_the_same_speaker_in_other_words_is_a_rewording():
    a = parse_article(
        LEAD + '"I am extremely pleased to be here to announce the conclusion of this '
        'agreement," Moreau said.',
        "a.txt",
    )
    b = parse_article(LEAD + '"I am very pleased to announce the agreement," Moreau said.', "b.txt")
    (group,) = compare_articles([a, b]).groups
    assert group.similarity == 0.5
    assert [e.kind for e in group.edits] == ["rewording"]


def test_titles_and_scare_quotes_are_never_grouped():
    """The name of a work and a so-called term are not statements: two outlets naming the same
    film or using the same scare quote show no quote group."""
    text = LEAD + 'The film "Lena and Lucie" opened a debate on the so-called "reset" of the genre.'
    result = compare_articles([parse_article(text, "a.txt"), parse_article(text, "b.txt")])
    assert result.groups == () and result.singletons == ()


def test_other_words_from_another_speaker_are_another_statement():
    lead = LEAD + "Senator Lena Varga spoke after her.\n\n"
    a = parse_article(
        lead + '"I am extremely pleased to be here to announce the conclusion of this '
        'agreement," Moreau said.',
        "a.txt",
    )
    b = parse_article(lead + '"I am very pleased to announce the agreement," Varga said.', "b.txt")
    result = compare_articles([a, b])
    assert result.groups == ()
    assert sorted(g.reference.article_id for g in result.singletons) == ["a.txt", "b.txt"]


def test_the_nth_occurrence_pairs_with_the_nth():
    """An outlet running a quote twice in different paragraphs pairs each with the other outlet's
    occurrence in order: two groups, never one chain of four."""
    body = (
        '"We will defend our farmers," Moreau said on Monday.\n\n'
        "The talks went on into the night.\n\n"
        '"We will defend our farmers," she said again on Tuesday.'
    )
    a, b = parse_article(LEAD + body, "a.txt"), parse_article(LEAD + body, "b.txt")
    groups = compare_articles([a, b]).groups
    assert [sorted(m.article_id for m in g.members) for g in groups] == [["a.txt", "b.txt"]] * 2
    assert [g.similarity for g in groups] == [1.0, 1.0]
    assert [[m.paragraph for m in g.members] for g in groups] == [[1, 1], [3, 3]]


def test_an_edited_group_is_less_similar_than_an_identical_one():
    a = parse_article(LEAD + '"We will defend all our farmers and fishermen," Moreau said.', "a")
    b = parse_article(LEAD + '"We will defend our farmers and fishermen," Moreau said.', "b")
    (group,) = compare_articles([a, b]).groups
    assert 0.8 < group.similarity < 1.0
    assert [(e.kind, e.reference, e.variant) for e in group.edits] == [("deletion", "all", "")]


def test_one_person_spelled_two_ways_is_one_speaker_for_grouping():
    """A rewording is grouped only for the same speaker; Jørgen and Joergen are one man."""
    a = parse_article(
        "Fisheries chief Jørgen Lund spoke at the harbour on Monday after the vote.\n\n"
        '"The northern fleet will land less cod this winter than in any year before," '
        "Lund said.",
        "a.txt",
    )
    b = parse_article(
        "Fisheries chief Joergen Lund spoke at the harbour on Monday after the vote.\n\n"
        '"This winter the northern fleet lands less cod than ever," Lund said.',
        "b.txt",
    )
    (group,) = compare_articles([a, b]).groups
    assert sorted(group.articles) == ["a.txt", "b.txt"]
    assert {e.kind for e in group.edits} >= {"rewording"}


def test_a_long_quote_renders_each_statement_other_outlets_quote_apart():
    """Outlet A runs two statements in one long quote; B quotes each on its own, C only the
    second. Each statement is its own group, and A's long quote is a member of both."""
    first = "We will open two new clinics in the valley this year"
    second = "Every family there will have a doctor within half an hour"
    a = parse_article(LEAD + f'"{first}. {second}," Moreau said.', "a.txt")
    b = parse_article(
        LEAD + f'"{first}," Moreau said on Monday.\n\nShe added: "{second}."', "b.txt"
    )
    c = parse_article(LEAD + f'"{second}," Moreau said.', "c.txt")
    result = compare_articles([a, b, c])
    groups = sorted(sorted(g.articles) for g in result.groups)
    assert groups == [["a.txt", "b.txt"], ["a.txt", "b.txt", "c.txt"]]
    assert not result.singletons
    frame = result.to_frame("quotes")
    (long_row,) = frame[frame["file"] == "a.txt"].itertuples()
    assert len(long_row.group.split()) == 2


def test_a_statement_edited_inside_another_outlets_long_quote_is_found():
    """One word changed on the way (another translation): no longer an unbroken run of the
    long quote, but its best-matching stretch is close."""
    a = parse_article(
        LEAD + '"This morning the old bridge returned to the care of the town. It served us '
        'for a hundred years," Moreau said.',
        "a.txt",
    )
    b = parse_article(
        '"The old bridge returned to the hands of the town," the mayor, Ivo Brandt, said.', "b.txt"
    )
    (group,) = compare_articles([a, b]).groups
    assert sorted(group.articles) == ["a.txt", "b.txt"]


def test_a_different_statement_sharing_common_words_stays_apart():
    a = parse_article(
        LEAD + '"We will not raise the tax on farmers this year or the next," Moreau said.',
        "a.txt",
    )
    b = parse_article(LEAD + '"We will raise the pay of nurses this year," Moreau said.', "b.txt")
    assert compare_articles([a, b]).groups == ()


def test_a_statement_translated_twice_is_found_inside_the_same_speakers_long_quote():
    """Two translations of one remark differ in several words; for the same speaker the best
    window of the long quote need only be fairly close (about two words in three)."""
    lead = "Mayor Olga Petrenko spoke to reporters in the port city on Monday night.\n\n"
    remark = "The old ferry was a boat of hard luck, and it had grave faults in its engines"
    longer = (
        "Today I say this. The old ferry was a vessel of rough luck, and it had serious flaws "
        "in its engines. We will miss it"
    )
    a = parse_article(lead + f'"{remark}," Petrenko said.', "a.txt")
    b = parse_article(lead + f'"{longer}," Petrenko said.', "b.txt")
    (group,) = compare_articles([a, b]).groups
    assert sorted(group.articles) == ["a.txt", "b.txt"]
    other = parse_article(
        lead.replace("Mayor Olga Petrenko", "Judge Ivan Sokol") + f'"{longer}," Sokol said.',
        "c.txt",
    )
    assert compare_articles([a, other]).groups == ()  # another speaker: the words must be closer


def test_quotes_that_share_a_sentence_and_run_on_apart_render_one_statement():
    """A runs sentences one and two, B and C two and three: A's second sentence lies inside B's
    and C's quote, so A joins their statement, and stays in the group of its first sentence."""
    one = "The dam held through the night after three days of rain"
    two = "Upon this news we at once told the families downstream"
    three = "I can only imagine how long that night was for them"
    a = parse_article(LEAD + f'"{one}. {two}," Moreau said.', "a.txt")
    b = parse_article(LEAD + f'"{two}. {three}," Moreau said.', "b.txt")
    c = parse_article(LEAD + f'"{two}, {three.lower()}," Moreau said.', "c.txt")
    d = parse_article(LEAD + f'"{one}," Moreau said.', "d.txt")
    result = compare_articles([a, b, c, d])
    groups = sorted(sorted(g.articles) for g in result.groups)
    assert groups == [["a.txt", "b.txt", "c.txt"], ["a.txt", "d.txt"]]
    alone = parse_article(LEAD + f'"{three}. The river is falling now," Moreau said.', "e.txt")
    assert compare_articles([a, alone]).groups == ()  # nothing of A inside E, nor of E inside A


def test_a_shared_sentence_of_common_words_does_not_join_two_statements():
    """ "I would say it is a scandal" lies nearly whole inside "… I would say it is a very good
    sign …", but the two share one word that says anything: a turn of phrase, not one
    statement."""
    a = parse_article(
        LEAD + '"The crews worked through the night and I would say it is a very good sign for '
        'the harbour," Moreau said.',
        "a.txt",
    )
    b = parse_article(
        LEAD + '"Nobody told the families anything at all. I would say it is a scandal," Moreau '
        "said.",
        "b.txt",
    )
    assert compare_articles([a, b]).groups == ()


def test_british_and_american_spelling_do_not_break_a_fragment():
    """The part of a quote one outlet split around its attribution, in the other spelling,
    still lies inside the other outlet's whole quote."""
    whole = parse_article(
        LEAD + '"This is a sad day for our neighbours. We thank the organizations that '
        'searched the harbor for three days and nights," Moreau said.',
        "a.txt",
    )
    split = parse_article(
        LEAD + '"This is a sad day for our neighbours," Moreau said. "We thank the '
        'organisations that searched the harbour for three days and nights."',
        "b.txt",
    )
    (group,) = compare_articles([whole, split]).groups
    assert len(group.members) == 3
    assert {e.kind for e in group.edits} >= {"spelling", "split"}


def test_a_clause_of_a_second_quote_makes_a_statement_of_its_own():
    """B runs two statements in one quote; A quotes them apart. A's first quote lies inside B's,
    and a long clause of A's second lies inside B's too: B is a member of both statements."""
    told = "Upon this news we at once told the families downstream"
    behalf = "on behalf of the harbour board and the whole rescue team"
    sympathy = "I offer my deepest sympathy to every family that waited on the quay all night"
    a = parse_article(
        LEAD + f'"{told}," Moreau said.\n\n"{behalf.capitalize()}, {sympathy}," she added.',
        "a.txt",
    )
    b = parse_article(
        LEAD + f'"{told} {behalf}. I can only imagine how long the night was," Moreau said.',
        "b.txt",
    )
    result = compare_articles([a, b])
    members = sorted(sorted((q.article_id, q.index) for q in g.members) for g in result.groups)
    assert members == [[("a.txt", 0), ("b.txt", 0)], [("a.txt", 1), ("b.txt", 0)]]
    assert not result.singletons


def test_words_run_twice_pair_with_the_occurrence_given_to_the_same_speaker():
    """An outlet runs the words in its lead, given to the agency, and again in its body, given
    to the agency's chief; the outlets that name the chief are compared with the body's."""
    words = "a complete and sudden collapse"
    lead = "The port agency said the pier had suffered " + f'"{words}" overnight.\n\n'
    body = f'Harbour chief Lena Markovic said it was "{words}" of the old timber.'
    a = parse_article(lead + body, "a.txt")
    b = parse_article(LEAD + f'Harbour chief Lena Markovic called it "{words}".', "b.txt")
    c = parse_article(LEAD + f'Lena Markovic, the harbour chief, spoke of "{words}".', "c.txt")
    groups = compare_articles([a, b, c]).groups
    main = next(g for g in groups if {"b.txt", "c.txt"} <= set(g.articles))
    assert main.variants()["a.txt"].speaker == "Lena Markovic"
    assert not [e for e in main.edits if e.kind.startswith("speaker")]


GROUPING_CASES = json.loads((CASES / "grouping.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", GROUPING_CASES, ids=[c["label"] for c in GROUPING_CASES])
def test_grouping_case(case):
    """Each way one statement is found across outlets gives exactly the groups expected."""
    articles = [parse_article(a["text"], a["file"]) for a in case["articles"]]
    result = compare_articles(articles)
    assert sorted(sorted(g.articles) for g in result.groups) == sorted(case["groups"])
    if "singletons" in case:
        assert sorted(g.reference.article_id for g in result.singletons) == case["singletons"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["harbour", "ferry", "pier", "the", "a", "is", "of"]), max_size=12),
    st.lists(st.sampled_from(["harbour", "ferry", "pier", "tolls", "the", "is", "of"]), max_size=8),
    st.lists(st.sampled_from(["town", "quay", "the", "and"]), max_size=12),
    st.booleans(),
)
def test_a_wording_found_whole_inside_another_is_inside_it_whatever_its_edges(
    before, middle, after, same_speaker
):
    """The frame test only turns away a wording whose edge words the longer one lacks: one
    cut whole out of another voice's longer wording is always inside it."""
    from quotecheck.align import _inside
    from quotecheck.models import Config

    longer = [*before, *middle, *after]
    if middle and len(longer) > len(middle):
        assert _inside(middle, longer, same_speaker, Config())


def test_the_frame_test_turns_away_only_two_voices_short_wordings_missing_an_edge_word():
    from quotecheck.align import _inside
    from quotecheck.models import Config

    def inside(short: str, longer: str, same_speaker: bool) -> bool:
        return _inside(short.split(), longer.split(), same_speaker, Config())

    longer = "ruth albers is a tireless worker for this town and its port"
    assert not inside("ruth albers is a fraud", longer, False)  # its last telling word is missing
    assert inside("ruth albers is a fraud", longer, True)  # one speaker's: an edited copy maybe
    # a word changed inside, the edges kept: an edited copy across voices too
    assert inside("a costly and reckless gamble", "this is a costly and dangerous gamble", False)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=12),
    st.lists(st.sampled_from("abcdefghij"), min_size=1, max_size=30),
)
def test_the_cheap_test_before_inside_never_turns_away_a_wording_inside(short, longer):
    """``_may_lie_inside`` only saves time: a sentence the real measure finds inside a wording
    always passes it."""
    from quotecheck.align import _inside, _may_lie_inside
    from quotecheck.models import Config

    if len(short) <= len(longer) and _inside(short, longer, False, Config()):
        assert _may_lie_inside(short, frozenset(longer))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from("abcd"), min_size=5, max_size=9).map(tuple),
        min_size=40,
        max_size=160,
        unique=True,
    )
)
def test_every_wording_meets_the_wordings_of_its_rarest_shared_triple(distinct):
    """Blocking keeps what tells: each wording is paired with every wording holding the rarest
    word triple it shares (when no more than WIDE_PARTNERS hold it), while common triples bring
    each wording fewer than WIDE_PARTNERS partners beyond the narrow blocks: the pairs grow
    with the number of wordings, not its square."""
    from itertools import combinations

    from quotecheck.align import NARROW_BLOCK, WIDE_PARTNERS, _candidates, _shingles

    holders: dict[tuple[str, ...], set[int]] = {}
    for d, key in enumerate(distinct):
        for run in _shingles(key, 3):
            holders.setdefault(run, set()).add(d)
    found = _candidates(distinct)
    narrow = {
        pair
        for block in holders.values()
        if len(block) <= NARROW_BLOCK
        for pair in combinations(sorted(block), 2)
    }
    for d, key in enumerate(distinct):
        shared = [holders[run] for run in _shingles(key, 3) if len(holders[run]) > 1]
        if not shared:
            continue
        rarest = min(shared, key=len)
        if len(rarest) <= WIDE_PARTNERS:
            assert all((min(d, e), max(d, e)) in found for e in rarest - {d})
    assert len(found - narrow) < WIDE_PARTNERS * len(distinct)


WORDS = ["nearly", "près", "de", "des", "vols", "flights", "rund", "jobs", "lost"]


@settings(max_examples=40, deadline=None)
@given(st.permutations(WORDS), st.integers(1, 2), st.integers(2, 999), st.integers(2, 999))
def test_a_number_changed_inside_a_short_quote_keeps_one_statement(words, after, n, m):
    """A short quote (four or five words) whose only change is its number, mid-quote, shares no
    word triple with the other outlet's: it is one statement all the same."""
    if n == m:
        m = n + 1
    left, right = words[:2], words[2 : 2 + after]
    texts = [" ".join([*left, str(k), *right]) for k in (n, m)]
    articles = [
        parse_article(f'{LEAD}Moreau said "{t}" on the day.', f"{i}.txt")
        for i, t in enumerate(texts)
    ]
    result = compare_articles(articles)
    assert [sorted(g.articles) for g in result.groups] == [["0.txt", "1.txt"]]


NEGATED = [
    ("en", "We will go all the way", "We will not go all the way"),
    ("fr", "Nous irons jusqu’au bout", "Nous n’irons pas jusqu’au bout"),
    ("de", "Wir geben den Standort Lindenhain auf", "Wir geben den Standort Lindenhain nicht auf"),
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NEGATED), st.booleans(), st.sampled_from(["", " ; la suite viendra demain"]))
def test_a_negation_added_to_a_short_quote_keeps_one_statement(case, swap, rest):
    """A negation added or dropped inside a short quote, whichever outlet runs it and whether
    the other runs the quote longer: one statement, and the flipped negation is critical."""
    language, plain, negated = case
    texts = [plain + rest, negated] if not swap else [negated, plain + rest]
    articles = [
        parse_article(f"{LEAD}« {t} », a déclaré Moreau.", f"{i}.txt", language=language)
        for i, t in enumerate(texts)
    ]
    result = compare_articles(articles)
    assert [sorted(g.articles) for g in result.groups] == [["0.txt", "1.txt"]]
    first, second = result.groups[0].members
    assert "negation" in {e.kind for e in compare_quotes(first, second)}


@settings(max_examples=40, deadline=None)
@given(
    st.permutations(["total", "utter", "shameful", "disgrace", "for", "valbourg", "harbour"]),
    st.integers(5, 6),
    st.data(),
)
def test_one_word_changed_in_a_five_or_six_word_quote_keeps_one_statement(words, size, data):
    """One word of five or six swapped for another, wherever it stands: the two quotes share
    no word triple when it is the middle one, and are one statement all the same."""
    at = data.draw(st.integers(0, size - 1))
    first = list(words[:size])
    second = [*first[:at], "sorry", *first[at + 1 :]]
    articles = [
        parse_article(f'{LEAD}Moreau called it "{" ".join(t)}" on the day.', f"{i}.txt")
        for i, t in enumerate((first, second))
    ]
    result = compare_articles(articles)
    assert [sorted(g.articles) for g in result.groups] == [["0.txt", "1.txt"]]


CONTRACTED = [
    ("I wasn't", "I was not"),
    ("We don't", "We do not"),
    ("They won't", "They will not"),
    ("I'm", "I am"),
    ("It's", "It is"),
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CONTRACTED),
    st.sampled_from(["consulted", "told the truth", "going back"]),
    st.booleans(),
)
def test_a_short_quote_contracted_in_one_outlet_keeps_one_statement(pair, rest, swap):
    """A quote of a few words that one outlet prints with a contraction and another spelled
    out is one statement, whichever outlet contracts it, and the difference is the
    contraction's."""
    texts = [f"{form} {rest}," for form in (pair[::-1] if swap else pair)]
    articles = [
        parse_article(f'{LEAD}"{t}" Moreau said on the day.', f"{i}.txt")
        for i, t in enumerate(texts)
    ]
    result = compare_articles(articles)
    assert [sorted(g.articles) for g in result.groups] == [["0.txt", "1.txt"]]
    first, second = result.groups[0].members
    assert {e.kind for e in compare_quotes(first, second)} == {"contraction"}


def test_two_people_who_each_said_a_short_contracted_line_said_two_things():
    lead = "Jo Ames and Tom Brell were questioned about the fire on Monday.\n\n"
    a = parse_article(f'{lead}"I wasn\'t there," Jo Ames said.', "a.txt")
    b = parse_article(f'{lead}"I was not there," Tom Brell said.', "b.txt")
    assert compare_articles([a, b]).groups == ()


def test_a_quote_with_no_word_left_to_block_on_stands_alone():
    # a negation alone loses its only word to the blocking key, and an ellipsis has none:
    # the two once met on that empty run and divided by their empty word set
    a = parse_article(LEAD + '"Never!" Ruth Albers shouted at the hecklers.', "a.txt")
    b = parse_article(LEAD + '"…" Ruth Albers said nothing more.', "b.txt")
    result = compare_articles([a, b])
    assert result.groups == ()
    assert sorted(g.reference.text for g in result.singletons) == ["Never!", "…"]


@settings(max_examples=12, deadline=None)
@given(st.permutations(["a.txt", "m.txt", "z.txt"]))
def test_with_no_dates_a_fragment_is_never_the_reference_the_others_are_said_to_change(names):
    """Undated versions with no majority wording: the reference is the one that covers the
    statement best, so the finding reads "the fragment drops …", whatever the files are called."""
    versions = [
        '"The strike has cost the town 4.5 million euros so far," Moreau said.',
        '"The strike has cost the town €4.5m so far," Moreau said.',
        'Moreau said the strike "cost 4.5 million."',
    ]
    articles = [parse_article(LEAD + v, n) for n, v in zip(names, versions, strict=True)]
    (group,) = compare_articles(articles).groups
    assert group.reference.text != "cost 4.5 million."
    assert {e.files[1] for e in group.edits if e.kind == "truncation"} == {names[2]}


@settings(max_examples=12, deadline=None)
@given(st.permutations(["a.txt", "m.txt", "z.txt"]))
def test_the_outlet_naming_another_speaker_is_the_variant_not_the_reference(names):
    """Two outlets give the words to one person, a third to another: the conflict is the third
    outlet's, told once, not the other two set against it."""
    lead = "The vote on tariffs was held in Brussels on Monday.\n\n"  # naming no one
    speakers = ["Carla Moreau", "Carla Moreau", "Tom Brell"]
    words = "We will defend our farmers and fishermen against every unfair tariff"
    articles = [
        parse_article(f'{lead}"{words}," said {s}.', n)
        for n, s in zip(names, speakers, strict=True)
    ]
    (group,) = compare_articles(articles).groups
    assert group.reference.speaker == "Carla Moreau"
    conflicts = [e for e in group.edits if e.kind == "speaker_conflict"]
    assert [e.files[1] for e in conflicts] == [names[2]]


@settings(max_examples=12, deadline=None)
@given(st.permutations(["a.txt", "m.txt", "z.txt"]))
def test_outlets_relaying_the_words_do_not_make_their_relayer_the_statements_speaker(names):
    """Two outlets have a councillor read the company's words out, a third gives them to the
    company's chief: the chief's version is the reference, whatever the files are called, and
    the relayers are no speaker the statement is set against."""
    lead = "The ferry timetable was cut on Monday.\n\n"
    words = "Demand has collapsed and we have to act on the winter sailings"
    texts = [
        f'"{words}," chief executive Ann King said.',
        f'Councillor Tom Brell read out the company\'s statement: "{words}."',
        f'Councillor Tom Brell read out the company\'s statement: "{words}."',
    ]
    articles = [parse_article(lead + t, n) for n, t in zip(names, texts, strict=True)]
    (group,) = compare_articles(articles).groups
    assert group.reference.speaker == "Ann King"
    assert group.speaker == "Ann King"
    assert not [e for e in group.edits if e.kind == "speaker_conflict"]
