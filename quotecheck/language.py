"""The language an article is written in: given (a manifest's ``language`` column, a record's
``language`` field, ``--language``) or detected.

English is the default: a text too short to tell, one the detector is unsure of, or one in a
language quotecheck has no lexicons for is read with the English rules. Detection asks
py3langid (the maintained fork of langid.py, its model inside the wheel: nothing is downloaded
at run time), after a cheap test that settles English news without the model (and its 100 MB):
in running English text a tenth or more of the words are eight function words, in German or
French news almost none, so a twentieth is the line.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: languages with their own lexicons (``quotecheck/data/<language>/``); English is the base
SUPPORTED = ("en", "de", "fr")
DEFAULT = "en"
#: texts shorter than this (characters) are too short to tell
MIN_CHARS = 200
#: a shorter text is still asked about when it sets quotes in the marks English never uses
#: (German low-high marks, guillemets): a brief of two sentences in French or German
MIN_MARKED_CHARS = 60
_FOREIGN_MARKS = ("„", "«", "»")
#: how much of an article the detector reads
SAMPLE_CHARS = 3000
#: how sure the detector must be before a text is not read as English
MIN_CONFIDENCE = 0.9
#: the share of these words above which a text is English without asking the model
ENGLISH_SHARE = 0.05
#: how much of the text the cheap English test reads (about 170 words)
ENGLISH_TEST_CHARS = 1000
_ENGLISH_WORDS = tuple(f" {w} " for w in ("the", "and", "of", "to", "is", "that", "for", "with"))


def normalise_language(value: str | None) -> str | None:
    """A language code as quotecheck keys it (``"de"`` for ``"de-CH"``, ``"German"`` or ``"DE"``),
    None for none given; an unknown language is kept as given, lower-cased, and read with the
    English rules."""
    if value is None or not value.strip():
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return {"english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr"}.get(
        code, code
    )


def detect_language(text: str) -> str:
    """The language of ``text`` among :data:`SUPPORTED`, English when unsure.

    >>> detect_language("Der Bürgermeister sagte am Montag, die Stadt werde die Brücke "
    ...                 "im kommenden Jahr sanieren lassen. Die Kosten seien noch offen, "
    ...                 "hieß es aus dem Rathaus. Die Opposition kritisierte den Plan und "
    ...                 "forderte eine Abstimmung im Stadtrat noch vor der Sommerpause.")
    'de'
    >>> detect_language("Too short.")
    'en'
    >>> detect_language("Pour la maire, « ce budget est le seul possible », a-t-elle dit lundi.")
    'fr'
    """
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS and not (
        len(sample.strip()) >= MIN_MARKED_CHARS and any(m in sample for m in _FOREIGN_MARKS)
    ):
        return DEFAULT
    head = " " + " ".join(sample[:ENGLISH_TEST_CHARS].lower().split()) + " "
    if sum(head.count(w) for w in _ENGLISH_WORDS) >= ENGLISH_SHARE * head.count(" "):
        return DEFAULT
    language, confidence = _identifier().classify(sample)
    return language if language in SUPPORTED and confidence >= MIN_CONFIDENCE else DEFAULT


def uses_rules_of(language: str | None) -> str:
    """The language whose lexicons and rules read an article in ``language``."""
    return language if language in SUPPORTED else DEFAULT


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
