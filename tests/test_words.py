"""The speech-verb scan: one pattern shaped as a trie must find exactly the lexicon's forms."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.attribution.words import SPEECH_VERB_FORMS, _trie, speech_verbs

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
