"""The evaluation harness: the scoring rule on small hand-made gold files."""

from __future__ import annotations

import json

import pytest

from quotecheck.cli import main
from quotecheck.evaluate import evaluate

TEXT = (
    "Trade chief Carla Moreau spoke in Lyon on Monday after the vote.\n\n"
    '"We hear you," she said. The film "Dune" opened the same day.\n\n'
    'Officials called the plan "a step" forward.'
)


def gold_file(tmp_path, quotes):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": TEXT, "quotes": quotes}) + "\n", encoding="utf-8"
    )
    return path


def span(words: str, speaker: str | None = None, mention: str | None = None) -> dict:
    start = TEXT.index(words)
    quote = {"start": start, "end": start + len(words), "text": words, "speaker": speaker}
    if mention:
        at = TEXT.index(mention)
        quote.update(speaker_start=at, speaker_end=at + len(mention))
    return quote


def test_perfect_spans_and_speakers(tmp_path):
    gold = [span("We hear you,", "she", "she"), span("a step", "Officials", "Officials")]
    scores = evaluate(gold_file(tmp_path, gold))
    figures = scores.figures()
    assert figures["span precision"] == figures["span recall"] == 1.0
    assert figures["speaker accuracy"] == 1.0
    assert scores.predicted == 2  # the film title is not counted


def test_a_missed_quote_and_a_wrong_speaker(tmp_path):
    gold = [
        span("We hear you,", "Bo Lind", "Lyon"),
        span("a step", "Officials", "Officials"),
        span("after the vote", "Carla Moreau"),
    ]
    scores = evaluate(gold_file(tmp_path, gold))
    assert (scores.gold, scores.found, scores.right_speaker) == (3, 2, 1)
    assert scores.recall == pytest.approx(2 / 3)
    assert sorted(e.kind for e in scores.errors) == ["missed", "wrong speaker"]


def test_last_name_in_the_canonical_speaker_counts(tmp_path):
    scores = evaluate(gold_file(tmp_path, [span("We hear you,", "Ms. Moreau")]))
    assert scores.right_speaker == 1


def test_an_extra_span_lowers_precision(tmp_path):
    scores = evaluate(gold_file(tmp_path, [span("We hear you,", "she", "she")]))
    assert scores.right_spans == 1 and scores.predicted == 2
    assert scores.precision == pytest.approx(0.5)
    assert [e.kind for e in scores.errors] == ["extra"]


def test_evaluate_command(tmp_path, capsys):
    path = gold_file(tmp_path, [span("We hear you,", "she", "she")])
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["figures"]["span recall"] == 1.0
    assert main(["evaluate", str(path)]) == 0
    assert "span F1" in capsys.readouterr().out


def test_bad_gold_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "not a gold article" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "missing.jsonl")]) == 2


def test_named_speaker_accuracy_asks_for_the_person_not_the_mention(tmp_path):
    wrong = evaluate(gold_file(tmp_path, [span("We hear you,", "Bo Lind", "she")]))
    assert wrong.right_speaker == 1  # the mention overlaps: right by the main rule
    assert (wrong.named, wrong.right_name) == (1, 0)  # but "she" is Moreau, not Lind
    right = evaluate(gold_file(tmp_path, [span("We hear you,", "Carla Moreau", "she")]))
    assert right.figures()["named-speaker accuracy"] == 1.0


def test_named_speaker_accuracy_leaves_out_sources_that_name_nobody(tmp_path):
    gold = [span("We hear you,", "she", "she"), span("a step", "an Official")]
    scores = evaluate(gold_file(tmp_path, gold))
    assert scores.named == 0
    assert scores.figures()["named-speaker accuracy"] == 0.0


def test_named_speaker_accuracy_reads_a_possessive_source_as_its_name(tmp_path):
    scores = evaluate(gold_file(tmp_path, [span("We hear you,", "Moreau's", "she")]))
    assert (scores.named, scores.right_name) == (1, 1)


def test_named_speaker_accuracy_reads_the_name_before_an_apposition(tmp_path):
    gold = [span("We hear you,", "Carla Moreau, the trade chief of Lyon", "she")]
    scores = evaluate(gold_file(tmp_path, gold))
    assert (scores.named, scores.right_name) == (1, 1)  # Moreau, not "Lyon"


def test_named_speaker_accuracy_reads_a_title_with_of_before_the_name(tmp_path):
    gold = [span("We hear you,", "Secretary of State Carla Moreau", "she")]
    scores = evaluate(gold_file(tmp_path, gold))
    assert (scores.named, scores.right_name) == (1, 1)


@pytest.mark.parametrize("source", ["Er", "la maire", "Die Sprecherin der Stadt", "ein Sprecher"])
def test_named_speaker_accuracy_leaves_out_german_and_french_pronouns_and_roles(tmp_path, source):
    scores = evaluate(gold_file(tmp_path, [span("We hear you,", source, "she")]))
    assert scores.named == 0
