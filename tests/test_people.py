"""The people index: who an invented article names, and the full name behind each surname."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck import extract
from quotecheck.articles import parse_article
from quotecheck.attribution.grammar import Grammar
from quotecheck.attribution.people import People, collect_people
from quotecheck.attribution.resolve import Resolver
from quotecheck.quotes import extract_quotes, mask_quotes


def people_of(text: str) -> People:
    article = parse_article(text)
    grammar = Grammar(mask_quotes(article, extract_quotes(article)))
    resolver = Resolver(article, grammar)
    paragraphs = [p for p in article.paragraphs if p.role == "body"]
    return collect_people(grammar, paragraphs, resolver.verbs_in)


def test_two_given_names_before_one_surname_are_two_people_of_that_family():
    text = "All Kay and Neil Varnholt have run the bakery since 1998, and they love it."
    people = people_of(text)
    assert {"Kay Varnholt", "Neil Varnholt"} <= people.seen
    kay = next(m for m in people.mentions if m.name == "Kay Varnholt")
    assert (text[kay.start : kay.end], kay.kind) == ("Kay", "name")


@pytest.mark.parametrize(
    "text",
    [
        "Rita Kay and Neil Varnholt have run the bakery since 1998.",  # Rita Kay: her own name
        "The Kay and Neil Varnholt Trust has run the bakery since 1998.",  # a longer name
        "Jo and Neil Kay have run the bakery since 1998.",  # a given name is no surname
        "Jo and Kay Bank have run the bakery since 1998.",  # nor is a body's word
    ],
)
def test_no_family_is_read_into_other_names(text):
    seen = people_of(text).seen
    assert not {"Rita Varnholt", "Kay Varnholt", "Jo Kay", "Jo Bank"} & seen


def test_a_name_that_opens_a_reported_clause_is_no_person_but_an_addressed_one_is():
    people = people_of("Peter Varga said Halden had secured guarantees. He asked Tom Brell if so.")
    names = {m.name for m in people.mentions}
    assert "Halden" not in names and "Tom Brell" in names


def test_a_possessive_counts_only_when_it_opens_a_sentence():
    text = "Coach Sami Haddad was angry. Haddad’s side sit fourth. Fans like Haddad’s style."
    after_first = text.index(".")
    mentions = [m.start for m in people_of(text).mentions if m.start > after_first]
    assert mentions == [text.index("Haddad’s")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the same speaker goes on: a pronoun, or a relative clause, is no one new
        ("“We will stay,” Rosa Ortega said. She says she means it. “This is home.”", "Rosa Ortega"),
        (
            "“We will stay,” said Rosa Ortega, a baker who came here young but who says she will "
            "not leave. “This is home.”",
            "Rosa Ortega",
        ),
        # someone else cuts in, in a clause of their own
        ("“We will stay,” Rosa Ortega said, and Tomas Reyes cut in. “Home.”", "Tomas Reyes"),
        # a subordinate clause's verb is no new speaker
        ("“We will stay,” Rosa Ortega said after Tomas Reyes spoke. “Home.”", "Rosa Ortega"),
    ],
)
def test_who_speaks_the_second_quote_of_a_paragraph(text, speaker):
    (_, second) = extract(text)
    assert second.speaker == speaker


def test_the_same_speaker_named_again_between_two_quotes_keeps_the_split():
    text = "“We will stay,” Rosa Ortega said, and Ortega later told the council so. “This is home.”"
    (_, second) = extract(text)
    assert (second.speaker, second.attribution.method) == ("Rosa Ortega", "split")


_WORDS = st.sampled_from(["Ann", "Carson", "Carsonx", "in", "near", "Georgia", "the", "Ruth", "x"])
_GLUE = st.sampled_from([" ", "  ", "\n", "-", "'", "’", "’s ", ". ", ", ", ""])


@given(st.lists(st.tuples(_WORDS, _GLUE), max_size=12), _WORDS)
@example([("Ann", " "), ("Carson", " "), ("Ruth", "")], "Ruth")  # each word after the one before
@example([("in", " "), ("Georgia", "’s ")], "Georgia")  # a possessive: no place
@example([("Ann", " "), ("Carsonx", "")], "Carson")  # a longer word: not this one
def test_where_a_word_stands_is_read_as_one_pattern_per_word_would(parts, word):
    """The people index asks whether a given name stands after a word in title case (a
    surname then) or after a preposition of place: one pass over the text answers as a
    pattern written for the word and searched in the whole text does."""
    text = "".join(w + glue for w, glue in parts)
    grammar = Grammar(text)
    escaped = regex.escape(word)
    assert grammar.after_capitalised_word(word) == bool(
        regex.search(r"\b\p{Lu}\p{Ll}+\s+" + escaped + r"\b", text)
    )
    assert grammar.after_place_preposition(word) == bool(
        regex.search(r"\b(?:in|from|across|throughout|near)\s+" + escaped + r"\b(?![’'])", text)
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The chief of staff, Dana Quist, was blunt.", "Dana Quist"),
        ("The head of the harbour board, Tom Brell, agreed.", "Tom Brell"),
        # a role set off after a name is that name's apposition, the next name a list's item
        ("It went to Ruth Albers, the head of legal affairs, Tom Brell, and two clerks.", None),
    ],
)
def test_a_name_in_apposition_to_a_role_of_something(text, named):
    grammar = Grammar(text)
    at = text.index("head") if "head" in text else text.index("chief")
    role = grammar.np_after(at)
    found = grammar.named_in_apposition(role, len(text))
    assert (found.text if found else None) == named


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Tom Brell's strike partner scored.", "Tom Brell's strike partner"),
        ("Tom Brell's top aides argued.", "Tom Brell's top aides"),
        ("Tom Brell's wife agreed.", "Tom Brell's wife"),
        # what the person has is no person: the name is the subject's head
        ("Tom Brell's speech ended.", "Tom Brell's"),
        # the 's of "is": the name, then its verb
        ("Tom Brell's not so sure his wife agrees.", "Tom Brell's"),
    ],
)
def test_a_person_a_possessive_name_owns_is_the_noun_phrase(text, phrase):
    assert Grammar(text).np_after(0).text == phrase


@pytest.mark.parametrize("verb", ["SLAMS", "REVEALS", "WARNS"])
def test_a_verb_of_saying_in_capitals_ends_a_name_in_a_tabloid_headline(verb):
    seen = people_of(f"Lucie Marchand {verb} Critics Over New Album\n\nShe spoke on Monday.").seen
    assert "Lucie Marchand" in seen and not any(verb in name for name in seen)


def test_a_run_of_capitals_across_a_sentence_end_is_two_names():
    # the stop after a surname ends the run: the next sentence's name is somebody else, and
    # the role set off before the first name is not the second's
    people = people_of("Tom Brell came with his wife, Ann King. Ole Brandt came alone.")
    roles = {m.name: m.role for m in people.mentions}
    assert roles.get("Ann King") == "wife"
    assert roles.get("Ole Brandt") != "wife"
    # a title's stop does not end the run: "Gen. Ole Brandt" is one name with its rank
    people = people_of("The base was shown to visitors by Gen. Ole Brandt, its commander.")
    assert "Ole Brandt" in {m.name for m in people.mentions}
