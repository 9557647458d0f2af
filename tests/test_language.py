"""The language an article is read in: given by a manifest or a record, or detected."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import extract, parse_article
from quotecheck.language import MIN_CHARS, MIN_MARKED_CHARS, detect_language, normalise_language
from quotecheck.sources import load_articles

GERMAN = (
    "Der Stadtrat hat am Dienstag über die Zukunft der alten Hafenbrücke beraten. Nach der "
    "Sitzung sagte Stadträtin Hanna Lorenz: „Wir werden die Brücke nicht abreißen.“ Die "
    "Opposition kritisierte den Beschluss und forderte ein unabhängiges Gutachten."
)
FRENCH = (
    "Le conseil municipal a débattu mardi de l'avenir du vieux pont du port. À l'issue de la "
    "séance, l'adjointe au maire a expliqué que la ville ne démolirait pas l'ouvrage et que "
    "les travaux de rénovation commenceraient au printemps prochain."
)
ENGLISH = (
    "The council met on Tuesday to decide the future of the old harbour bridge. After the "
    "meeting, councillor Hanna Lorenz said the city would not pull the bridge down and that "
    "the repairs would start in the spring."
)


def test_each_language_is_told_apart():
    assert detect_language(GERMAN) == "de"
    assert detect_language(FRENCH) == "fr"
    assert detect_language(ENGLISH) == "en"


@given(
    st.text(st.characters(blacklist_characters="„«»"), max_size=MIN_CHARS - 1)
    | st.text(max_size=MIN_MARKED_CHARS - 1)
)
def test_a_text_too_short_to_tell_is_english(text):
    """Too short, unless it quotes in marks English never uses; and a few words never."""
    assert detect_language(text) == "en"


def test_a_language_given_is_kept_in_its_short_form():
    assert normalise_language("de-CH") == "de"
    assert normalise_language("German") == "de"
    assert normalise_language(" FR ") == "fr"
    assert normalise_language("") is None
    assert parse_article(ENGLISH, language="de").language == "de"  # given beats detected


def test_a_manifest_gives_the_language(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,language\na.txt,A,de\n", encoding="utf-8")
    articles, _ = load_articles([tmp_path])
    assert {a.id: a.language for a in articles} == {"a.txt": "de", "b.txt": "en"}


def test_a_german_article_is_read_with_the_german_rules():
    (quote,) = extract(parse_article(GERMAN, "brücke.txt"))
    assert quote.speaker == "Hanna Lorenz"
    assert quote.attribution.method == "before-de"


def test_the_language_option_beats_detection(tmp_path, capsys):
    """A short German article reads as English unless ``--language`` says otherwise."""
    import json

    from quotecheck.cli import main

    path = tmp_path / "kurz.txt"
    path.write_text("„Wir bleiben hier“, sagte Wiebke Strand.", encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl", "--quiet"]) == 0
    (english,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", str(path), "--format", "jsonl", "--language", "de", "--quiet"]) == 0
    (german,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert german["speaker"] == "Wiebke Strand"
    assert german["method"] == "after-de"
    assert english["method"] != "after-de"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pour M. Delaunay, « ce budget est insincère », a-t-il dit lundi soir.", "fr"),
        ("„Wir gehen bis zum Ende“, sagte Tom Brell am Montag in Lindenhain.", "de"),
        ("Die Firma nannte die Vorwürfe «völlig falsch» und kündigte eine Klage an.", "de"),
        # English with no foreign marks stays below the length the model is asked at
        ("Pour water on it, Ruth Albers told the crew on Monday night.", "en"),
    ],
)
def test_a_brief_in_foreign_quote_marks_is_told_by_its_language(text, language):
    assert detect_language(text) == language
