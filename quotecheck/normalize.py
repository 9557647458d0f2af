"""Pure ``str -> str`` folds applied before comparing wordings, each one explainable.

A fold removes a difference that is typography, not wording: curly vs straight marks, dash and
ellipsis styles, odd spaces. The comparator folds both sides, and reports what each fold changed
as a ``typography`` edit, so the folding is never silent. Every fold is idempotent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import regex

from .lexicon import rows

#: character -> replacement, each with the typographic convention it stands for
TYPOGRAPHY: dict[str, str] = {
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "«": '"',
    "»": '"',
    "「": '"',
    "」": '"',  # double marks
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "‹": "'",
    "›": "'",
    "′": "'",  # single marks, apostrophe
    "–": "-",
    "—": "-",
    "‒": "-",
    "―": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",  # dashes and hyphens
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u3000": " ",  # odd spaces
}
_TYPOGRAPHY_TABLE = str.maketrans(TYPOGRAPHY)
_ELLIPSIS = regex.compile(r"…|\.\s\.\s\.")
#: invisible characters (zero-width, direction marks, soft hyphen), deleted by str.translate
_INVISIBLE = dict.fromkeys(
    [*range(0x200B, 0x2010), 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2060, 0x2065)]
)
_INVISIBLE.update({0xFEFF: None, 0x00AD: None})
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
_TOKEN = regex.compile(
    r"\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…"
    r"|(?<![\p{L}\p{N}.])\.\p{Nd}+(?:[,.]\p{Nd}+)*"  # a decimal with no zero before it: ".5%"
    r"|(?<![\p{L}\p{N}])(?:US|NZ|HK|A|C|S)\$"  # a dollar sign with its country: "US$2.4"
    r"|[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
)


def fold_marks(text: str) -> str:
    """Curly, low-high and angle quote marks, apostrophes, dashes and odd spaces to plain ASCII.

    >>> fold_marks("“It’s a deal” — he said")
    '"It\\'s a deal" - he said'
    """
    return text.translate(_TYPOGRAPHY_TABLE)


def fold_typed_dash(text: str) -> str:
    """A dash typed as two or three hyphens between words, as one.

    >>> fold_typed_dash("we fight -- and win"), fold_typed_dash("a well-known x")
    ('we fight - and win', 'a well-known x')
    """
    return _TYPED_DASH.sub("-", text) if "--" in text else text


#: a dash typed as two or three hyphens between words
_TYPED_DASH = regex.compile(r"(?<=[\p{L}\p{N},.;:!?\"')\s])-{2,3}(?=[\s\p{L}\p{N}\"'(])")


def fold_ellipsis(text: str) -> str:
    """The ellipsis character and spaced dots to three plain dots.

    >>> fold_ellipsis("wait… and . . . see")
    'wait... and ... see'
    """
    return _ELLIPSIS.sub("...", text) if "…" in text or "." in text else text


def fold_space(text: str) -> str:
    """Invisible characters removed, runs of white space to one space, ends trimmed.

    >>> fold_space("  a\\u200b  b\\n c ")
    'a b c'
    """
    return " ".join(text.translate(_INVISIBLE).split())


#: a quote inside a quote as French agency copy marks it: +non+
_AGENCY_INNER = regex.compile(
    r"(?<![\p{L}\p{N}+])\+(?=\S)([^+\n]{1,80}?)(?<=\S)\+(?![\p{L}\p{N}+])"
)
_GUILLEMET_SPACES = regex.compile(r"(?<=«)[ \u00a0\u202f]+|[ \u00a0\u202f]+(?=»)")


def fold_inner_marks(text: str) -> str:
    """The conventions for a quote inside a quote, written one way: agency copy's ``+non+``
    and the spaces French sets inside guillemets (``« non »``) as ``«non»``.

    >>> fold_inner_marks("ils ont dit +non+ et « oui »")
    'ils ont dit «non» et «oui»'
    """
    # the spaces first: dropping them after the agency marks could join a "+" to a word and
    # make a pair a second fold would find ("+ »+")
    if "«" in text or "»" in text:
        text = _GUILLEMET_SPACES.sub("", text)
    while "+" in text:  # most quotes have no "+"; a fold can make the pair around it
        folded = _AGENCY_INNER.sub(r"«\1»", text)
        if folded == text:
            break
        text = folded
    return text


#: ligatures a font or an outlet sets in a word or leaves out: "cœur" / "coeur", "Cæsar"
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ﬁ": "fi", "ﬂ": "fl"})


def fold_ligatures(text: str) -> str:
    """Ligatures written as their letters.

    >>> fold_ligatures("le cœur et l'Œuvre")
    "le coeur et l'Oeuvre"
    """
    return text.translate(_LIGATURES)


#: the high marks, before which French sets a space
_HIGH_MARKS = frozenset(":;!?")
#: the space French sets before a high mark (``rien !``, ``simple : qui``), no-break or not
_SPACE_BEFORE_MARK = regex.compile(r"(?<=\S)[ \u00a0\u202f]+(?=[:;!?](?:\s|$|[\"'»”)]))")


def fold_space_before_marks(text: str) -> str:
    """The space French typography sets before ``: ; ! ?`` dropped, as English sets none.

    >>> fold_space_before_marks("Nous ne lâcherons rien ! La question : qui paie ?")
    'Nous ne lâcherons rien! La question: qui paie?'
    """
    if not _HIGH_MARKS.intersection(text):
        return text  # no high mark: nothing to fold, decided cheaply
    return _SPACE_BEFORE_MARK.sub("", text)


#: the typographic folds, in the order applied; each is named in the edits it explains
FOLDS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("inner quote marks", fold_inner_marks),
    ("quote marks, apostrophes and dashes", fold_marks),
    ("a dash typed as hyphens", fold_typed_dash),
    ("ligatures", fold_ligatures),
    ("ellipsis style", fold_ellipsis),
    ("white space", fold_space),
    ("spaces before : ; ! ?", fold_space_before_marks),
)


def fold_typography(text: str) -> str:
    """All typographic folds: two wordings equal after this differ in typography only."""
    for _name, fold in FOLDS:
        text = fold(text)
    return text


def typography_differences(a: str, b: str) -> list[str]:
    """Names of the folds that one wording needs and the other does not, to explain an edit.

    >>> typography_differences("the EU’s role", "the EU's  role")
    ['quote marks, apostrophes and dashes', 'white space']
    """
    names = []
    for name, fold in FOLDS:
        fa, fb = fold(a), fold(b)
        if fold is fold_space_before_marks:  # the same mark after the same word, spaced in one
            differs = bool(spacing_before_marks(a, b))
        else:
            differs = (fa != a) != (fb != b)
        if differs:
            names.append(name)
        a, b = fa, fb
    return names


#: letters with marks as a plain-text feed writes them: German umlauts spelled out (Duden:
#: "ae", "oe", "ue" where the umlaut cannot be set), or the marks dropped
_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
#: how many words must differ by their marks alone before a version counts as stripped of them
STRIPPED_WORDS = 2


def _without_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def spelled_out(text: str) -> str:
    """The text as a plain-text feed writes it: German umlauts spelled out, other letters'
    marks dropped (``völlig`` is ``voellig``, ``été`` is ``ete``), so that a copy with none is
    found beside the original.

    >>> spelled_out("völlig überzogen, l'été")
    "voellig ueberzogen, l'ete"
    """
    return text if text.isascii() else _without_marks(text.translate(_SPELLED_OUT))


def marks_left_out(a: str, b: str) -> tuple[str, str] | None:
    """The two wordings with the letters' marks folded, when one version is a plain-text copy
    that has none (``l'ete``, ``muessen``) and at least :data:`STRIPPED_WORDS` of the other's
    words differ from its words by their marks alone: a feed's typography, not the words. None
    otherwise (one word alone may tell words apart: ``ou`` / ``où``).

    >>> marks_left_out("Nous irons à l'école cet été", "Nous irons a l'ecole cet ete")
    ("Nous irons a l'ecole cet ete", "Nous irons a l'ecole cet ete")
    >>> marks_left_out("ou alors", "où alors") is None
    True
    """
    for plain, marked in ((a, b), (b, a)):
        if marked.isascii() or spelled_out(plain) != plain or spelled_out(marked) == marked:
            continue  # the plain one has marks, or the other has none
        plain_words = set(plain.lower().split())
        for fold in (spelled_out, _without_marks):
            changed = [w for w in marked.lower().split() if fold(w) != w]
            found = [w for w in changed if fold(w) in plain_words]
            # an umlaut spelled out ("Beschaeftigten") is a feed's writing even in one word: no
            # German word differs from another by "ae" for "ä"; a mark dropped may ("schon")
            umlaut = fold is spelled_out and any(c in "äöü" for w in found for c in w)
            if len(found) >= STRIPPED_WORDS or umlaut:
                return fold(a), fold(b)
    return None


_WORD_THEN_MARK = regex.compile(r"(\w+)([ \u00a0\u202f]*)([:;!?])")


def spacing_before_marks(a: str, b: str) -> list[tuple[str, str]]:
    """The high marks (``: ; ! ?``) set after the same word with a space in one wording and
    without in the other, as each writes them.

    >>> spacing_before_marks("Nous ne lâcherons rien !", "Nous ne lâcherons rien!")
    [('rien !', 'rien!')]
    """
    if not (_HIGH_MARKS.intersection(a) and _HIGH_MARKS.intersection(b)):
        return []  # no high mark on one side: nothing spaced two ways
    forms_a = {(m[1], m[3]): m[0] for m in _WORD_THEN_MARK.finditer(a)}
    forms_b = {(m[1], m[3]): m[0] for m in _WORD_THEN_MARK.finditer(b)}
    return [
        (forms_a[k], forms_b[k])
        for k in forms_a.keys() & forms_b.keys()
        if bool(forms_a[k][len(k[0]) : -1]) != bool(forms_b[k][len(k[0]) : -1])
    ]


def split_trailing_punctuation(text: str) -> tuple[str, str]:
    """The words and the sentence punctuation at their end, apart.

    >>> split_trailing_punctuation("inseparable from that of Europe,")
    ('inseparable from that of Europe', ',')
    """
    core = text.rstrip()
    stripped = core.rstrip(".,;:!?")
    return stripped.rstrip(), core[len(stripped) :]


def tokens(text: str) -> list[str]:
    """Words (with inner apostrophes and hyphens) and single punctuation marks.

    >>> tokens("ever-closer relations, today's 2,000 … [...]")
    ['ever-closer', 'relations', ',', "today's", '2,000', '…', '[...]']
    """
    return _TOKEN.findall(text)


def words(text: str) -> list[str]:
    """Lower-cased words with typography folded: the key alignment compares.

    >>> words("“Today’s Ukraine,” he said")
    ["today's", 'ukraine', 'he', 'said']
    """
    return [w.lower() for w in _WORD.findall(fold_typography(text).replace("-", " "))]


#: a sentence ends at ., !, ? or … (closing marks after it allowed) before a capital or a digit
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][\"'”’)\]]*)\s+(?=[\p{Lu}\p{N}\"“‘'(])")


def sentences(text: str) -> list[str]:
    """The text's sentences, each with its closing punctuation: the units an outlet runs a
    quote on by, or stops it at.

    >>> sentences("We will stay. “Nobody leaves,” she said. 3 boats remain.")
    ['We will stay.', '“Nobody leaves,” she said.', '3 boats remain.']
    """
    return _SENTENCE_BREAK.split(text)


_CONTRACTIONS: dict[str, list[str]] = {
    form: expansion.split() for form, expansion, *_ in rows("contractions.tsv")
}


def expanded(words_: list[str]) -> list[str]:
    """Lower-cased words with contractions spelled out, so that a contraction is never taken
    for a change of words or of meaning.

    >>> expanded(["We", "don't", "—", "can't", "—", "it’s", "true"])
    ['we', 'do', 'not', '—', 'can', 'not', '—', 'it', 'is', 'true']
    """
    out: list[str] = []
    for word in words_:
        low = word.lower().replace("’", "'")
        if low in _CONTRACTIONS:
            out += _CONTRACTIONS[low]
        elif low.endswith("n't") and len(low) > 3:
            out += [low[:-3], "not"]
        elif low.endswith("'ve") and len(low) > 3:  # "would've", "you'd've": "have" after
            out += [*expanded([low[:-3]]), "have"]
        elif low.startswith("n'") and len(low) > 2:  # French "n'y", "n'avons": ne elided
            out += ["ne", low[2:]]
        else:
            out.append(low)
    return out


def clipped(text: str, width: int) -> str:
    """``text`` on one line and no longer than ``width``: cut at a word where one ends near the
    limit, without the stops or commas before the cut, and closed with one ellipsis (never
    ``deal..…``).

    >>> clipped("We got a fair deal... our members have spoken", 24)
    'We got a fair deal…'
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" .,;:…") + "…"


_PUNCT = regex.compile(r"[^\p{L}\p{N}]+")


def is_punct(token: str) -> bool:
    """Whether a token is marks alone, with no letter or digit in it."""
    return bool(_PUNCT.fullmatch(token))


#: a minus sign: a hyphen or the minus after a space (or first) and right before a digit
_MINUS_SIGN = regex.compile(r"(?<![^\s(\[])[-\u2212](?=\d)")
MINUS = "\u2212"


def diff_tokens(text: str) -> list[str]:
    """Tokens for the word diff: a hyphen is a token of its own, so that ``ever-closer`` and
    ``ever closer`` differ by a hyphen, not by two words."""
    out: list[str] = []
    for token in tokens(_MINUS_SIGN.sub(MINUS, text)):
        if out and out[-1] == MINUS and token[:1].isdigit():
            out[-1] += token  # "-5 degrés": a negative number, no hyphen
            continue
        if "-" in token.strip("-") and not any(c.isdigit() for c in token):
            parts = token.split("-")
            for n, part in enumerate(parts):
                out += [part] if n == 0 else ["-", part]
        else:
            out.append(token)
    return out
