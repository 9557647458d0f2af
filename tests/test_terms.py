"""Wording drift outside quotes: spellings, names, acronyms; and the spelling lexicon's limits."""

from __future__ import annotations

import pytest

from quotecheck import compare_articles, parse_article
from quotecheck.spelling import spelling_rule

BODY = "Officials met in Geneva on Monday to discuss trade, the agency reported."


def drift(*texts: str):
    return compare_articles(
        [parse_article(f"{BODY}\n\n{t}", f"{i}.txt") for i, t in enumerate(texts)]
    ).terms


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("colour", "color"),
        ("organised", "organized"),
        ("centre", "center"),
        ("travelled", "traveled"),
        ("analyse", "analyze"),
        ("catalogue", "catalog"),
        ("programme", "program"),
        ("grey", "gray"),
    ],
)
def test_spelling_pairs(a, b):
    assert spelling_rule(a, b) and spelling_rule(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("four", "for"),
        ("our", "or"),
        ("filled", "filed"),
        ("willing", "wiling"),
        ("pour", "por"),
        ("Michael", "Michel"),
        ("defence", "offence"),
        ("hogue", "hog"),  # a surname's -ogue after one letter, lower-cased
        ("tence", "tense"),  # the end of a word broken at a line ("sen- tence")
        ("vogue", "vog"),
    ],
)
def test_common_words_are_not_spelling_variants(a, b):
    assert spelling_rule(a, b) is None


def test_spelling_drift_names_the_outlets_on_each_side():
    (term,) = drift(
        "The defence budget rose by a third this year.",
        "The defense budget rose by a third this year.",
    )
    assert term.kind == "spelling" and term.forms == {"defence": ("0.txt",), "defense": ("1.txt",)}
    assert "defence budget" in term.examples["defence"]


def test_swiss_spelling_is_named_as_such_not_as_british_english():
    (term,) = drift(
        "Die Brücke an der Hauptstraße bleibt bis Mai gesperrt.",
        "Die Brücke an der Hauptstrasse bleibt bis Mai gesperrt.",
    )
    assert term.detail.startswith("German/Swiss spelling (ß/ss)"), term.detail
    (defence,) = drift("The defence budget rose.", "The defense budget rose.")
    assert defence.detail.startswith("British vs American spelling"), defence.detail


def test_quotes_are_not_term_drift():
    assert drift('"Our defence is strong," he said.', '"Our defense is strong," he said.') == ()


def test_name_order_and_spelling():
    terms = drift(
        "The Japan-EU Security and Defence Partnership was signed today in the city.",
        "The EU-Japan Security and Defense Partnership was signed today in the city.",
    )
    assert sorted(t.kind for t in terms) == ["name", "spelling"]
    (term,) = [t for t in terms if t.kind == "name"]
    assert "order" in term.detail and "spelling" in term.detail


@pytest.mark.parametrize("when", ["on Monday", "on May 5"])
def test_a_day_or_a_month_after_on_is_no_part_of_a_name(when):
    """ "the Partnership on Monday": the name ends before "on" and a day or a month."""
    terms = drift(
        f"Both ports signed a Harbour Security and Defence Partnership {when} in the city.",
        f"Both ports signed a Harbour Security and Defense Partnership {when} in the city.",
    )
    (term,) = [t for t in terms if t.kind == "name"]
    assert set(term.forms) == {
        "Harbour Security and Defence Partnership",
        "Harbour Security and Defense Partnership",
    }


def test_acronym_expanded_in_one_outlet():
    (term,) = drift(
        "Growth reached 2% of GDP last year according to the data.",
        "Growth reached 2% of gross domestic product last year according to the data.",
    )
    assert term.forms == {"GDP": ("0.txt",), "gross domestic product": ("1.txt",)}


def test_acronym_defined_in_the_article_itself():
    terms = drift(
        "The Pacific Trade Council (PTC) met and the PTC agreed to act on fishing.",
        "The PTC met and agreed to act on fishing quotas for the coming year.",
    )
    assert [t.forms for t in terms if t.kind == "acronym"] == [
        {"PTC": ("1.txt",), "Pacific Trade Council (PTC)": ("0.txt",)}
    ]


def test_outlets_using_both_forms_alike_are_not_drift():
    assert (
        drift(
            "The European Union and the EU council met in the city today.",
            "The European Union and the EU council met in the city today.",
        )
        == ()
    )


def test_a_speakers_name_spelled_two_ways():
    terms = drift(
        'Mayor Mykola Hrytsenkko spoke in Valbourg on Monday.\n\n"We will win," Hrytsenkko said.',
        'Mayor Mykola Hrytsenko spoke in Valbourg on Monday.\n\n"We will win," Hrytsenko said.',
    )
    (term,) = [t for t in terms if t.kind == "name spelling"]
    assert term.forms == {"Mykola Hrytsenko": ("1.txt",), "Mykola Hrytsenkko": ("0.txt",)}


def test_three_spellings_of_one_speaker_are_one_finding_with_the_name_in_each_example():
    """Three outlets transliterating one name three ways: one finding that lists every form
    (not one per pair, which repeats a form and leaves a pair out), each example a sentence
    that writes the name even when the quote's own cue is a pronoun."""
    terms = drift(
        'Minister Olena Hrytsenkko spoke on Monday.\n\n"We will win," Hrytsenkko said.',
        'Minister Olena Hrytsenko spoke on Monday.\n\n"We will win," Hrytsenko said.',
        'Minister Olena Grytsenko spoke on Monday.\n\n"We will win," she said.',
    )
    (term,) = [t for t in terms if t.kind == "name spelling"]
    assert term.forms == {
        "Olena Grytsenko": ("2.txt",),
        "Olena Hrytsenkko": ("0.txt",),
        "Olena Hrytsenko": ("1.txt",),
    }
    assert "three ways" in term.detail
    assert all(name.split()[-1] in term.examples[name] for name in term.forms)


def test_a_joint_speaker_is_no_spelling_of_one_of_its_people():
    """'Tom Brell and Jo Ames said' in one outlet and 'Ames said' in another: the joint
    speaker is two people, not Jo Ames's name spelled another way."""
    terms = drift(
        'Tom Brell and Jo Ames met on Monday.\n\n"We have agreed to build the new harbour '
        'together," Brell and Ames said in a joint statement.',
        'Jo Ames met Tom Brell on Monday.\n\n"We have agreed to build the new harbour '
        'together," Ames said.',
    )
    assert [t for t in terms if t.kind == "name spelling"] == []


def variants(*texts: str) -> list[set[str]]:
    return [set(t.forms) for t in drift(*texts) if t.kind == "name variant"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kharkiv", "Kharkov"),  # a transliteration: the same consonants
        ("Mykolenko", "Mikolenko"),
        ("Lindqvist", "Lindquist"),
        ("Harrell", "Herrell"),  # a misspelling
    ],
)
def test_one_name_written_two_ways_between_the_same_words(a, b):
    sentence = "The treaty was signed in {} on Monday by both ministers."
    assert variants(sentence.format(a), sentence.format(b)) == [{a, b}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Eastfield", "Westfield"),  # another place
        ("Iran", "Iranian"),  # a word made from the name
        ("America", "American"),
        ("Clinton's", "Clinton’s"),  # an apostrophe
        ("Reporters", "Reporter"),  # a plural
        ("Harbour-Arms", "Harbourarms"),  # a hyphen
        ("Defence", "Defense"),  # a spelling, reported as such
        ("Carlton", "Clinton"),  # alike, but other consonants
    ],
)
def test_other_words_in_one_place_are_no_name_variant(a, b):
    sentence = "The treaty was signed in {} on Monday by both ministers."
    assert variants(sentence.format(a), sentence.format(b)) == []


def test_an_outlet_writing_both_spellings_is_no_variant():
    one = "The treaty was signed in Kharkiv on Monday by both ministers. Kharkov is the old name."
    other = "The treaty was signed in Kharkov on Monday by both ministers."
    assert variants(one, other) == []


def test_a_speakers_surname_spelled_two_ways_is_one_finding_not_two():
    text = 'Skipper Tom {0} spoke on Monday. "We sail at dawn," said skipper Tom {0} at the pier.'
    found = drift(text.format("Brell"), text.format("Brel"))
    assert [t.kind for t in found if "Brel" in " ".join(t.forms)] == ["name spelling"]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Roger Quist", "Robert Quist"),  # two given names of the lexicon: two people
        ("Tom Brell", "Tim Bell"),  # both names other: two people
        ("Henrik O'Vogt", "Henrik O’Vogt"),  # the apostrophe's typography
        ("Ruth Albers", "Ruth K. Albers"),  # a fuller form, no spelling
    ],
)
def test_names_that_are_no_misspelling_of_one_another_are_no_name_spelling(a, b):
    text = 'Skipper {0} spoke at the pier on Monday.\n\n"We sail at dawn," said {0}.'
    found = drift(text.format(a), text.format(b))
    assert [t for t in found if t.kind == "name spelling"] == []


@pytest.mark.parametrize("a, b", [("Jon Vogt", "Joh Vogt"), ("Christoph Vogt", "Christopher Vogt")])
def test_a_slip_of_one_letter_or_a_short_form_of_a_given_name_is_a_name_spelling(a, b):
    text = 'Skipper {0} spoke at the pier on Monday.\n\n"We sail at dawn," said {0}.'
    found = drift(text.format(a), text.format(b))
    assert [sorted(t.forms) for t in found if t.kind == "name spelling"] == [sorted([a, b])]


def test_a_name_in_capitals_in_a_dateline_is_no_name_drift():
    a = "PORT VALBOURG — The ferry left at dawn, said the Harbour Authority of Port Valbourg."
    b = "The ferry left Port Valbourg at dawn, the Harbour Authority said on Monday."
    assert [t for t in drift(a, b) if t.kind == "name"] == []


def test_a_speakers_name_in_two_cases_is_one_finding_not_two():
    text = 'Skipper {0} spoke at the pier on Monday.\n\n"We sail at dawn," said {0}.'
    found = drift(text.format("DanaAnne Quist"), text.format("Danaanne Quist"))
    assert [t.kind for t in found if "Quist" in " ".join(t.forms)] == ["name spelling"]


def test_a_role_said_two_ways_is_no_name_spelling():
    text = "Die Fähre lag am Montag im Hafen.\n\n„Wir prüfen alles“, sagte {}."
    articles = [
        parse_article(text.format(role), f"{n}.txt", language="de")
        for n, role in enumerate(["ein Hafen-Sprecher", "ein Hafenamt-Sprecher"])
    ]
    found = compare_articles(articles).terms
    assert [t for t in found if t.kind == "name spelling"] == []


def test_a_company_name_in_capitals_but_its_suffix_is_no_name_drift():
    a = "HAFEN LINDENHAIN GmbH announced the sale on Monday, the Harbour Authority said."
    b = "Hafen Lindenhain GmbH announced the sale on Monday, the Harbour Authority said."
    assert [t for t in drift(a, b) if t.kind == "name"] == []
