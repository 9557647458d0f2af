"""Attribution on the shapes news uses, pinned as golden cases in ``cases/attribution.json``."""

from __future__ import annotations

import json

import pytest

from quotecheck import extract, parse_article
from quotecheck.attribution import RULES
from quotecheck.attribution.grammar import np_before
from quotecheck.attribution.rules import rule_of

from .conftest import CASES, ROOT

CASES_ = json.loads((CASES / "attribution.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES_, ids=[c["label"] for c in CASES_])
def test_attribution_case(case):
    if case.get("xfail"):
        pytest.xfail(case["xfail"])
    article = parse_article(case["text"], language=case.get("language"))
    quotes = {q.text: q for q in extract(article, turns=True)}
    assert case["quote"] in quotes, f"quote not extracted; found {list(quotes)}"
    quote = quotes[case["quote"]]
    assert quote.speaker == case["speaker"], quote.attribution
    if "role" in case:
        assert quote.attribution.role == case["role"]
    if "mention" in case:
        a = quote.attribution
        assert case["mention"] in (a.mention or "")
        assert case["text"][a.mention_start : a.mention_end] == a.mention  # offsets point at it
    if "mention_exact" in case:  # the mention's words, and no more
        assert quote.attribution.mention == case["mention_exact"], quote.attribution
    if "mention_after" in case:  # which of the words the mention is: the one after these
        end = quote.attribution.mention_end
        assert case["text"][:end].endswith(case["mention_after"]), quote.attribution
    if "kind" in case:
        assert quote.kind == case["kind"]
    if "source_type" in case:  # a person, an organisation, a document
        assert quote.attribution.source_type == case["source_type"], quote.attribution
    if "method" in case:  # the rule that fired, never surer than its row of the table
        assert quote.attribution.method == case["method"]
        ceiling = {r.method: r.confidence for r in RULES}.get(rule_of(case["method"]), 0.0)
        assert quote.attribution.confidence <= ceiling
    if case["speaker"] is None:
        assert quote.attribution.confidence < 0.5


def test_mention_offsets_point_at_the_words_used():
    text = 'Trade chief Carla Moreau arrived in Lyon on Monday.\n\n"We hear you," she said.'
    (quote,) = extract(text)
    a = quote.attribution
    assert text[a.mention_start : a.mention_end] == a.mention == "she"
    assert a.cue == "said" and a.method.startswith("after")


def test_role_and_name_are_split():
    mention = np_before("said Japanese Prime Minister Lena Varga", 39)
    assert (mention.name, mention.role) == ("Lena Varga", "Japanese Prime Minister")


@pytest.mark.parametrize("rule", RULES, ids=[r.method for r in RULES])
def test_every_rule_fires_on_its_example(rule):
    """Each row of the table attributes its own invented example, and is the row that does."""
    article = parse_article(rule.example, language=rule.languages[0])
    (quote,) = [q for q in extract(article, turns=True) if q.text.startswith(rule.quote)]
    method = quote.attribution.method
    assert method == rule.method or method.startswith(rule.method + "+"), quote.attribution
    assert quote.speaker == rule.speaker


def test_the_rules_have_unique_names():
    methods = [r.method for r in RULES]
    assert len(set(methods)) == len(methods)


def test_the_readme_table_of_rules_is_the_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for n, rule in enumerate(RULES, 1):
        example = rule.example.replace("\n\n", " ¶ ").replace("|", "\\|")
        row = f"| {n} | `{rule.method}` | {rule.confidence:.2f} | {example} → {rule.speaker} |"
        assert row in readme, row


def test_a_method_names_its_row_or_none():
    assert rule_of("after+inverted+pronoun") == "after+inverted"
    assert rule_of("later+reporter") == "later+reporter"
    assert rule_of("scare") == "none"
    assert rule_of("none") == "none"


def test_a_role_joined_to_a_body_by_and_is_not_the_body_alone():
    """``said the mayor and Eastfield Council``: two speakers, so never the council alone (a
    body takes a role's words only after ``of`` or ``for``: ``the head of …``)."""
    text = (
        "The strike went on.\n\n"
        '"We act now," said the mayor and Eastfield Council in a joint statement.'
    )
    (quote,) = extract(text)
    assert quote.speaker != "Eastfield Council"


def test_a_firms_name_joined_by_an_ampersand_opening_the_text_is_whole():
    text = 'Larchwood & Vane said the year would be hard: "We expect losses on every line."'
    (quote,) = extract(text)
    assert quote.speaker == "Larchwood & Vane"


def test_confidences_are_given_to_two_decimals():
    """Every confidence an attribution reports is a figure to two decimals, however many
    adjustments (a pronoun, an epithet, a role noun) were made to the rule's own: the JSON
    output and the report show it as it is."""
    for case in CASES_:
        article = parse_article(case["text"], language=case.get("language"))
        for quote in extract(article, turns=True):
            confidence = quote.attribution.confidence
            assert confidence == round(confidence, 2), (case["label"], quote.attribution)
