"""Names: resolving a mention to a canonical speaker, and one name per person across articles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import extract
from quotecheck.articles import parse_article
from quotecheck.attribution import RULES
from quotecheck.attribution.grammar import Grammar, np_after, np_before
from quotecheck.attribution.phrases import Mention
from quotecheck.attribution.resolve import Resolver, _one_letter_apart, unify_speakers
from quotecheck.models import Attribution, Quote
from quotecheck.names import SURE, different_people, same_person, short_form_of, sure_of_speaker

LEAD = "Finance Minister Carla Moreau arrived in Lyon on Monday, Moreau said. "


def resolver(text: str = LEAD) -> Resolver:
    return Resolver(parse_article(text), Grammar(text))


def mention(kind: str, words: str, **kw) -> Mention:
    start = len(LEAD) + 1
    return Mention(start, start + len(words), words, kind, **kw)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # a name: canonical full name, the rule's method and confidence unchanged
        (
            mention("name", "Moreau", name="Moreau"),
            ("Carla Moreau", "after", 0.95, "person", "Moreau"),
        ),
        # he/she: the most recent person, one step less sure
        (mention("pronoun", "she"), ("Carla Moreau", "after+pronoun", 0.85, "person", "she")),
        (mention("relative", "who"), ("Carla Moreau", "after+relative", 0.85, "person", "who")),
        # a role noun: the last person given that role, a step and a half less sure
        (
            mention("role", "the minister", role="minister"),
            ("Carla Moreau", "after+role-noun", 0.8, "person", "the minister"),
        ),
        # what cannot be resolved stays unknown, the mention kept
        (mention("pronoun", "they"), (None, "after+unresolved-pronoun", 0.3, "unknown", "they")),
        (
            mention("role", "the senator", role="senator"),
            (None, "after+unresolved-role", 0.3, "unknown", "the senator"),
        ),
        (mention("phrase", "one employee"), (None, "after+phrase", 0.3, "unknown", "one employee")),
        # documents and organisations speak under their own names
        (
            mention("document", "lawsuit", name="lawsuit"),
            ("lawsuit", "after", 0.95, "document", "lawsuit"),
        ),
        (
            mention("organisation", "Lyon Port Authority", name="Lyon Port Authority"),
            ("Lyon Port Authority", "after", 0.95, "organisation", "Lyon Port Authority"),
        ),
    ],
)
def test_resolve(given, expected):
    a = resolver().resolve(given, "said", "after", 0.95)
    assert (a.speaker, a.method, a.confidence, a.source_type, a.mention) == expected
    assert (a.mention_start, a.mention_end, a.cue) == (given.start, given.end, "said")


def test_a_pronoun_before_anyone_is_named_stays_unknown():
    a = resolver().resolve(Mention(0, 3, "She", "pronoun"), "said", "after", 0.95)
    assert (a.speaker, a.method) == (None, "after+unresolved-pronoun")


def test_canonical_names():
    r = resolver(LEAD + "Jo B. Ames, a consultant, said so. Lena Varga spoke too.")
    assert r.canonical("Moreau") == "Carla Moreau"
    assert r.canonical("Mr. Moreau") == "Carla Moreau"
    assert r.canonical("Jo B. Ames") == "Jo Ames"  # a middle initial dropped
    assert r.canonical("Varga") == "Lena Varga"  # introduced without a title or a verb
    assert r.canonical("Jean Moreau") == "Jean Moreau"  # another first name: another person
    assert r.canonical("Okafor") == "Okafor"  # never named in full
    assert r.canonical("Varga’s") == "Lena Varga"  # a possessive dropped
    assert r.canonical("Rees’") == "Rees"  # a possessive apostrophe alone, after an s


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Lee’s office said", 12, ("Lee’s office", "organisation", "Lee’s office", None)),
        ("the lawsuit alleges", 11, ("lawsuit", "document", "lawsuit", None)),
        ("one employee said", 12, ("employee", "phrase", None, None)),
        ("Charles de Gaulle said", 17, ("Charles de Gaulle", "name", "Charles de Gaulle", None)),
        ("Mr. Smith said", 9, ("Smith", "name", "Smith", None)),
        (
            "Retired Army Col. Lena Varga said",
            28,
            ("Retired Army Col. Lena Varga", "name", "Lena Varga", "Retired Army Col."),
        ),
        ("the senator also repeatedly said", 11, ("senator", "role", None, "senator")),
        (  # a title of a body, then the person: the role is the title and its body
            "Inspector General of Police K Ames said",
            34,
            ("Inspector General of Police K Ames", "name", "K Ames", "Inspector General of Police"),
        ),
        # a past tense ends the phrase before its object: the placards, not "Marchers held"
        ("Marchers held placards reading", 23, ("placards", "document", "placards", None)),
        # a source related to a text speaks, not the text
        (
            "a source familiar with the audit said",
            32,
            ("a source familiar with the audit", "phrase", None, None),
        ),
    ],
)
def test_more_phrases_before_a_speech_verb(text, end, expected):
    found = np_before(text, end)
    assert (found.text, found.kind, found.name, found.role) == expected
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the letter goes on to say", ("letter", "document", "letter")),
        ("Moreau, a consultant", ("Moreau", "name", "Moreau")),
        ("the Lyon Port Authority said", ("Lyon Port Authority", "organisation", None)),
        ("he’s said", ("he’s", "pronoun", None)),
        # a place and lower-case words up to a noun for a body: the body, not the place
        ("the Lindenhain pension fund said", ("Lindenhain pension fund", "organisation", None)),
    ],
)
def test_more_phrases_after_a_speech_verb(text, expected):
    found = np_after(text, 0)
    assert (found.text, found.kind) == expected[:2]
    if expected[2]:
        assert found.name == expected[2]


def _said(article: str, speaker: str | None, source_type: str = "person") -> Quote:
    return Quote(
        article,
        0,
        0,
        5,
        "words",
        "fragment",
        0,
        attribution=Attribution(speaker, source_type=source_type),
    )


def test_a_surname_alone_takes_the_one_full_name_another_article_gives():
    quotes = (_said("a", "Carla Moreau"), _said("b", "Moreau"), _said("c", "moreau"))
    assert [q.speaker for q in unify_speakers(quotes)] == ["Carla Moreau"] * 3


def test_a_surname_two_people_share_stays_as_it_is():
    quotes = (_said("a", "Carla Moreau"), _said("b", "Jean Moreau"), _said("c", "Moreau"))
    assert [q.speaker for q in unify_speakers(quotes)] == ["Carla Moreau", "Jean Moreau", "Moreau"]


def test_a_name_without_its_middle_name_takes_the_fuller_one():
    quotes = (_said("a", "Carla Maria Moreau"), _said("a", "Carla Moreau"), _said("b", "Moreau"))
    assert [q.speaker for q in unify_speakers(quotes)] == ["Carla Maria Moreau"] * 3


def test_two_fuller_names_leave_the_short_one_as_it_is():
    quotes = (_said("a", "Jo Ann Kern"), _said("b", "Jo Beth Kern"), _said("c", "Jo Kern"))
    assert [q.speaker for q in unify_speakers(quotes)] == ["Jo Ann Kern", "Jo Beth Kern", "Jo Kern"]


@pytest.mark.parametrize(
    ("speaker", "source_type", "joint"),
    [
        ("Jo Ames and Carla Moreau", "person", True),
        ("Jo Kern und Ana Varga", "person", True),
        ("Jo Roux et Ana Lenoir", "person", True),
        ("Procter and Gamble", "organisation", False),  # a body's name holds "and"
        ("Jo Andersen", "person", False),  # "and" inside a word
        ("Etienne Roux", "person", False),
    ],
)
def test_a_joint_speaker_is_two_people_joined_by_and(speaker, source_type, joint):
    assert Attribution(speaker, source_type=source_type).joint is joint


def test_two_people_speaking_together_lend_no_name_and_take_none():
    """A joint speaker is neither a fuller form of one of its people nor where a surname used
    alone leads."""
    for other in ("Moreau", "Jo Moreau"):
        quotes = (_said("a", "Jo Ames and Carla Moreau"), _said("b", other))
        assert [q.speaker for q in unify_speakers(quotes)] == ["Jo Ames and Carla Moreau", other]


_NAME_WORDS = st.sampled_from(["Jo", "Ann", "Kern", "Carla", "Maria", "Moreau", "Lee"])


@given(st.lists(st.lists(_NAME_WORDS, min_size=1, max_size=4).map(" ".join), max_size=8))
def test_unifying_names_only_picks_names_given_and_is_stable(names: list[str]):
    quotes = tuple(_said(str(n), name) for n, name in enumerate(names))
    once = unify_speakers(quotes)
    assert {q.speaker for q in once} <= set(names)
    assert [q.speaker for q in unify_speakers(once)] == [q.speaker for q in once]
    for before, after in zip(quotes, once, strict=True):
        assert after.speaker.split()[-1].lower() == before.speaker.split()[-1].lower()


def test_only_people_are_unified():
    quotes = (
        _said("a", "Carla Moreau"),
        _said("b", "Moreau", "organisation"),
        _said("c", "Lyon Moreau", "organisation"),
        _said("d", "Lyon Moreau"),
        _said("e", None),
    )
    assert [q.speaker for q in unify_speakers(quotes)] == [
        "Carla Moreau",
        "Moreau",
        "Lyon Moreau",
        "Lyon Moreau",
        None,
    ]


def test_later_parts_of_a_quote_running_over_paragraphs_continue_the_first():
    text = (
        '"We will defend our farmers," Finance Minister Carla Moreau said. '
        '"We will not give up.\n\n"And we will win this fight."'
    )
    quotes = extract(text)
    last = quotes[-1]
    assert last.part_of is not None and last.text == "And we will win this fight."
    a = last.attribution
    row = next(r for r in RULES if r.method == "continuation")
    assert (a.speaker, a.method, a.confidence) == ("Carla Moreau", "continuation", row.confidence)


def test_titles_and_nested_quotes_name_their_kind_as_the_method():
    quotes = extract(
        'Finance Minister Carla Moreau, who loves the film "Lena and Lucie", said: '
        "\"They call it 'the deal of the century' and we agree.\""
    )
    methods = {q.kind: (q.speaker, q.attribution.method) for q in quotes}
    assert methods["title"] == (None, "title")
    assert methods["nested"] == (None, "nested")


def test_the_people_an_article_names():
    """A person is named with a title, next to a speech verb (before or after it) or before
    ", who"; every later use of their surname counts too. A capitalised place is no person. A
    title before the name, or a role set off after it with "the", is the person's role."""
    text = (
        "Finance Minister Carla Moreau arrived in Lyon. Lena Varga said the talks were long. "
        "Jo Ames, who leads the union, stayed. Later said Bo Lind, the mayor. "
        "The Lyon Grand Hotel opened. Moreau left; Varga stayed."
    )
    r = resolver(text)
    assert r.full_names == {
        "moreau": "Carla Moreau",
        "varga": "Lena Varga",
        "ames": "Jo Ames",
        "lind": "Bo Lind",
    }
    first = {m.name: m.role for m in r.people if " " in (m.name or "")}
    assert first == {
        "Carla Moreau": "Finance Minister",
        "Lena Varga": None,
        "Jo Ames": None,
        "Bo Lind": "mayor",  # the role set off after the name with "the"
    }
    assert not any("Hotel" in m.text or "Lyon" in m.text for m in r.people)
    tail = text.index("Moreau left")
    assert [m.text for m in r.people if m.start >= tail] == ["Moreau", "Varga"]
    assert all(text[m.start : m.end] == m.text for m in r.people)
    assert r.canonical(r.person_before(tail).name) == "Bo Lind"
    assert r.person_before(0) is None


def _subject(text: str, phrase: str, kind: str, name: str | None, role: str | None) -> None:
    """The noun phrase before " said" in ``text`` is ``phrase``, read as ``kind``, ``name`` and
    ``role`` (offsets are where ``phrase`` stands in ``text``)."""
    found = np_before(text, text.index(" said"))
    start = text.index(phrase)
    assert found == Mention(start, start + len(phrase), phrase, kind, name=name, role=role)


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "name", "role"),
    [
        # "of" and "for" join a body's name; "in" joins a body and its place
        ("The Bank of Westmark said", "Bank of Westmark", "organisation", "Bank of Westmark", None),
        (
            "The Institute for Harbour Studies said",
            "Institute for Harbour Studies",
            "organisation",
            "Institute for Harbour Studies",
            None,
        ),
        ("Police in Dunmore said", "Police in Dunmore", "organisation", "Police in Dunmore", None),
        # a title joined to a body, then the person's name
        (
            "Speaker of the Assembly Lena Okafor said",
            "Speaker of the Assembly Lena Okafor",
            "name",
            "Lena Okafor",
            "Speaker of the Assembly",
        ),
        # a title of a body with no name after it: the body, with the title as its role
        (
            "The Secretary of the Navy said",
            "Secretary of the Navy",
            "organisation",
            "Navy",
            "Secretary",
        ),
        # a person and where they are from: the person alone
        ("Tomas Reyes of Eastfield said", "Tomas Reyes", "name", "Tomas Reyes", None),
        ("Tomas Reyes in Eastfield said", "Tomas Reyes", "name", "Tomas Reyes", None),
        ("G.K. Brell of Dunmore said", "G.K. Brell", "name", "G.K. Brell", None),
        (
            "Harbour Chief Ada Vell of Kell said",
            "Harbour Chief Ada Vell",
            "name",
            "Ada Vell",
            "Harbour Chief",
        ),
        # two capitalised words that name no person, joined to a place: one body
        (
            "The Kell Harbour Trust of Dunmore said",
            "Kell Harbour Trust of Dunmore",
            "organisation",
            "Kell Harbour Trust of Dunmore",
            None,
        ),
    ],
)
def test_of_and_in_join_a_name(text, phrase, kind, name, role):
    _subject(text, phrase, kind, name, role)


def test_a_single_word_before_in_is_no_person():
    """German capitalises every noun, so one capitalised word before "in" names nobody; a
    single surname the text capitalises inside a sentence does before "of"."""
    of, in_ = "Yesterday Brell of Dunmore said", "Yesterday Brell in Dunmore said"
    assert np_before(of, of.index(" said")).name == "Brell"
    assert np_before(in_, in_.index(" said")).name == "Dunmore"


def _named(speaker: str, **attribution) -> Quote:
    fields = {"method": "after", "confidence": 0.95, "source_type": "person", **attribution}
    return Quote(
        "a.txt", 0, 0, 6, "we act", "sentence", 0, attribution=Attribution(speaker, **fields)
    )


@pytest.mark.parametrize(
    ("speaker", "attribution", "sure"),
    [
        ("Ana Ruiz", {}, True),
        ("Ana Ruiz", {"confidence": SURE}, True),  # the threshold itself is sure
        ("Ana Ruiz", {"confidence": SURE - 0.01}, False),
        ("Ana Ruiz", {"method": "after+relayed"}, False),  # words passed on by someone else
        ("Ana Ruiz", {"method": "after+pronoun"}, False),
        ("Ana J Ruiz", {}, True),  # an initial is a capitalised word, not a shouted one
        ("Ana ruiz", {}, False),
        ("ANA RUIZ", {}, False),  # a dateline in capitals
        ("Ana Ruiz's", {}, False),
        ("Ruiz", {}, False),  # a surname alone
        ("Die Außenminister Valbourgs", {}, False),  # people in a role, none of them named
        ("The Harbour Pilots", {}, False),
        ("Harbour Board", {"source_type": "organisation"}, True),
        ("the board", {"source_type": "organisation"}, False),
        ("Harbour Board", {"source_type": "unknown"}, False),
    ],
)
def test_a_speaker_is_sure_only_when_named_in_full_by_a_confident_rule(speaker, attribution, sure):
    assert sure_of_speaker(_named(speaker, **attribution)) is sure


def test_one_surname_under_names_of_different_lengths_is_not_two_people():
    assert not different_people(_named("Ana Maria Ruiz"), _named("Jo Ruiz"))
    assert not different_people(_named("Jo Ruiz"), _named("Ana Maria Ruiz"))
    assert different_people(_named("Ana Maria Ruiz"), _named("Jo Okafor"))


_SENTENCE = st.lists(
    st.sampled_from(["Ruth", "came", "in", "late", "the", "vote", "went", "on"]),
    min_size=1,
    max_size=6,
).map(lambda words: " ".join(words).capitalize() + ".")


@given(st.lists(_SENTENCE, min_size=1, max_size=5), st.data())
def test_a_sentence_starts_where_it_opens_and_nowhere_inside_it(sentences, data):
    """The start of the sentence at an offset is that sentence's first letter, also when the
    offset is that very letter (a look past the offset sees the capital after the break)."""
    text = " ".join(sentences)
    starts = [sum(len(s) + 1 for s in sentences[:k]) for k in range(len(sentences))]
    k = data.draw(st.integers(0, len(sentences) - 1))
    offset = data.draw(st.integers(starts[k], starts[k] + len(sentences[k]) - 1))
    assert Grammar(text).sentence_start(0, offset) == starts[k]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Thomas Brell", "Tom Brell", True),  # the short form he goes by
        ("Bill Ames", "William Ames", True),
        ("Peggy Quist", "Margaret Quist", True),
        ("Thomas Brell", "Peggy Brell", False),  # two given names of two people
        ("Thomas Brell", "Tom Ames", False),  # another surname
    ],
)
def test_a_given_name_and_its_short_form_name_one_person(one, other, same):
    assert same_person(one, other) is same and same_person(other, one) is same
    assert short_form_of(one, other) is same and short_form_of(other, one) is same


def test_a_misspelled_name_is_one_person_but_no_short_form():
    assert same_person("Tom Brell", "Tom Brel")
    assert not short_form_of("Tom Brell", "Tom Brel")


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
    st.integers(min_value=0, max_value=12),
    st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
)
def test_a_letter_inserted_anywhere_is_one_letter_apart_either_way(word, at, letter):
    """A surname with one letter more or less is read as the same surname misspelt, whichever
    side has it; a word is never one letter apart from itself."""
    at = min(at, len(word))
    longer = word[:at] + letter + word[at:]
    assert _one_letter_apart(word, longer) and _one_letter_apart(longer, word)
    assert not _one_letter_apart(word, word)


@pytest.mark.parametrize(("a", "b"), [("brell", "brett"), ("mauger", "mau"), ("ames", "amesss")])
def test_a_changed_letter_or_two_more_is_not_one_letter_apart(a, b):
    assert not _one_letter_apart(a, b)


def test_a_phrase_ending_on_a_name_is_no_full_name_for_it():
    quotes = (_said("a", "Le fils de Maeva"), _said("a", "Maeva"), _said("b", "a lawyer for Brell"))
    quotes += (_said("b", "Brell"), _said("c", "Ana da Silva"), _said("c", "Silva"))
    assert [q.speaker for q in unify_speakers(quotes)] == [
        "Le fils de Maeva",
        "Maeva",
        "a lawyer for Brell",
        "Brell",
        "Ana da Silva",
        "Ana da Silva",
    ]
