"""The speech-verb scan (one pattern shaped as a trie must find exactly the lexicon's forms) and
the tokeniser."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.attribution.words import (
    ABBREVIATIONS,
    SPEECH_VERB_FORMS,
    _trie,
    person_noun,
    speech_verbs,
    tokens,
)
from quotecheck.quotes import MASK

_WORDS = st.text(alphabet="abcdefs", min_size=1, max_size=6)


@given(st.sets(_WORDS, min_size=1, max_size=30), st.lists(_WORDS, max_size=30))
def test_a_trie_pattern_matches_its_words_and_no_others(forms, others):
    pattern = re.compile(_trie(sorted(forms)))
    for word in forms:
        assert pattern.fullmatch(word)
    for word in others:
        assert bool(pattern.fullmatch(word)) == (word in forms)


@given(st.lists(st.sampled_from(sorted(SPEECH_VERB_FORMS)) | _WORDS, max_size=40))
def test_the_scan_finds_the_same_forms_as_a_lookup_of_every_word(tokens):
    """The trie scan against the plain reference: every lower-case whole word that the lexicon
    holds, not after a hyphen, one-word forms only where no multi-word form starts."""
    text = " ".join(tokens)
    found = {(m.start(), m.group()) for m in speech_verbs(text) if " " not in m.group()}
    multi_starts = {m.start() for m in speech_verbs(text) if " " in m.group()}
    expected = {
        (m.start(), m.group())
        for m in re.finditer(r"\b[a-z]+\b", text)
        if m.group() in SPEECH_VERB_FORMS and m.start() not in multi_starts
    }
    assert found == expected


@given(st.lists(st.sampled_from(sorted(f for f in SPEECH_VERB_FORMS if " " in f)), max_size=8))
def test_every_multi_word_form_is_found_whole(forms):
    text = ". ".join(f"Ames {form} it" for form in forms)
    assert [m.group() for m in speech_verbs(text) if " " in m.group()] == forms


def test_a_capitalised_cue_opening_a_sentence_is_found_and_a_capitalised_name_is_not():
    text = "The vote failed. Said Okafor: we will try again. Told of it, Saida Ames left."
    assert [m.group() for m in speech_verbs(text)] == ["Said", "Told"]


def test_a_capitalised_verb_form_opening_a_sentence_before_a_noun_is_no_cue():
    text = "The deal held. State media quoted Ames. Says the report: no. Asking around, we left."
    assert [m.group() for m in speech_verbs(text) if m.group().istitle()] == ["Says", "Asking"]


_TEXT = st.lists(
    st.sampled_from([*"aZé1.,’'-(\u00ad\u200b", " ", "\n", "\u00a0", MASK, "Sen.", "U.S."])
).map("".join)


@given(_TEXT, st.integers(0, 50))
def test_tokens_cover_every_visible_character_in_order_at_their_offsets(text, base):
    found = tokens(text, base)
    at = base
    for start, end, token in found:
        assert text[start - base : end - base] == token and token
        assert text[at - base : start - base].isspace() or at == start  # only spaces between
        at = end
    assert not text[at - base :].strip()


@given(st.sampled_from(sorted(ABBREVIATIONS)), st.booleans())
def test_an_abbreviation_keeps_its_full_stop_and_a_word_does_not(abbreviation, capital):
    word = abbreviation.capitalize() if capital else abbreviation
    assert [t[2] for t in tokens(f"met {word}. Ames")] == ["met", f"{word}.", "Ames"]
    assert [t[2] for t in tokens("the end. Ames")] == ["the", "end", ".", "Ames"]


def test_a_person_noun_is_found_in_the_plural_too_however_short():
    assert person_noun("son") and person_noun("sons")  # four letters, the plural's "s" dropped
    assert person_noun("aunts") and person_noun("lawyers")
    assert not person_noun("bus") and not person_noun("sis")  # three letters: no plural cut
