"""Finding quotations: which characters of an article lie between a pair of quote marks.

Reporters mark direct speech with double quotes in many styles: straight ``"…"``, curly ``“…”``,
low-high ``„…“``, guillemets ``«…»`` and ``»…«``, CJK brackets ``「…」``. Apostrophes (``EU’s``,
``today’s``) are not quote marks, and a mark left open never swallows the rest of the article: the
quote ends at its paragraph's end and is flagged, unless the next paragraph opens with a quote
mark, the convention for a quotation that runs over several paragraphs.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice, pairwise

import regex

from .lexicon import by_kind, french_speech_verbs, rows, words
from .models import Article, Paragraph, Quote

#: stands in for every character of a quote (marks included) in masked text
MASK = "\ue000"

#: paragraph roles whose text may carry quotes (furniture and meta lines never do)
QUOTED_ROLES = frozenset({"body", "title", "standfirst"})

#: paragraph role -> where a quote in it sits
PLACEMENTS = {"title": "headline", "standfirst": "standfirst", "body": "body"}

#: opening mark -> the marks that close it
PAIRS: dict[str, str] = {
    '"': '"”″',  # a straight opening mark is sometimes closed by a curly one, and back
    "“": '”"″',  # English curly
    "″": '″”"',  # the double prime, a slip for a double mark that some sites make (not after
    # a figure: 5′11″, 46″ N are inches and seconds)
    "”": "”",  # Swedish and Finnish style, and a slip of English keyboards
    "„": "“”",  # German and central European low-high
    "«": "»",
    "»": "«",  # Danish and German reversed guillemets
    "「": "」",
    "『": "』",
}
#: two apostrophes closing a quote a double mark opened, as some wire feeds write it
#: (``"… our people.''``); never an opening mark (that style is a converter's, not a quote)
DOUBLED_APOSTROPHE = "''"
#: the same with curly apostrophes (``“… our people,’’ she said``), as some papers set it
DOUBLED_CURLY_APOSTROPHE = "’’"
#: two grave accents opening a quote that two apostrophes close: the convention of newswire
#: corpora and of text set for TeX (````We will vote,'' she said``)
DOUBLED_GRAVE = "``"
#: two commas opening a German quote, as some sites and typed letters write the low mark
#: (``,,Wir bleiben'', sagte sie``); only after a space or a bracket and before a word, so a
#: doubled comma inside a sentence stays punctuation
DOUBLED_COMMA = ",,"
#: one grave accent opening a quote that one apostrophe closes, the single marks of the same
#: convention (```Hello,' he said``); never one after a letter (``John`s``)
SINGLE_GRAVE = "`"
_SINGLE_GRAVE_CLOSE = regex.compile(r"(?<=\S)'(?![\p{L}\p{N}'])")
_ANY_MARK = regex.compile(
    r"``(?=\S)|,,(?<![^\s(\[],,)(?=[\p{L}\p{N}…])|(?<![\p{L}\p{N}`])`(?=\p{L})|''(?![\p{L}\p{N}])|’’(?![\p{L}\p{N}’])|(?<![\p{N}′])″|["
    + regex.escape("".join({*PAIRS, *"".join(PAIRS.values())} - {"″"}))
    + "]"
)
PAIRS[DOUBLED_GRAVE] = "''\"”"
PAIRS[DOUBLED_COMMA] = '“”"'
#: a speaker's label opening a transcript paragraph: capitals, or Q and A, then a colon
TURN_LABEL = regex.compile(r"(?P<label>Q|A|R|F|\p{Lu}[\p{Lu}'’.\- ]{0,30}[\p{Lu}.])\s*:\s+(?=\S)")
_SINGLE_MARK = regex.compile("[‘’'‚‹›]")
#: the single marks German and French set for a quote inside a quote, each with its closers:
#: ``„… ‚…‘ …“``, ``»… ›…‹ …«``, ``« … ‹…› … »``
_INNER_PAIRS = {"‚": "‘’", "›": "‹", "‹": "›"}
_CURLY_DOUBLE = regex.compile("[“”]")
_LOW_OR_HIGH = regex.compile("[„“”]")
_GUILLEMETS = regex.compile("[«»]")
_SAME_GLYPH_NESTED = regex.compile("“([^“”]+)”")
_ONLY_OPENS = frozenset("“„«「『")
#: the spaces French and some agencies set inside the marks
_INNER_SPACES = " \u00a0\u202f\u2009"
_MARK_CHARACTERS = frozenset("\"'“”„‟«»‘’‚‛‹›「」『』″")
_SENTENCE_BEFORE = frozenset(".!?:;,—–-…•▪‣◦·")  # and a list's bullet
#: a closing mark and a comma right after quoted words: « Nous irons », a-t-il dit
_COMMA_AFTER_MARK = regex.compile(r"[\s\u00a0\u202f]*[»”“\"’']+[\s\u00a0\u202f]*,")
#: what ends quoted words that are a sentence, or the first part of one before its cue
_SENTENCE_END = frozenset(".!?,;…")
#: what may stand between a line's start and the words of a quote opening it
_LINE_OPENING = _INNER_SPACES + "".join(sorted(_MARK_CHARACTERS))
_POSSESSIVE_END = regex.compile(r"\p{Lu}\p{L}*[’']s$")
_TITLE_CUES = "|".join(map(regex.escape, sorted(words("title_cues.txt"))))
_TITLE_CUE = regex.compile(r"\b(?:" + _TITLE_CUES + r")\b[^.;:]{0,30}$")
#: a clause of its own whose verb introduces the quote, after a comma that ends the title
#: cue's: "… not to publish her report, he replied "No""
_ANSWER_BEFORE = regex.compile(
    r",\s+[^,]{1,30}?\b(?:said|replied|answered|added|asked|says|replies|answers|adds|asks)"
    r"\s*[:,]?\s*$"
)
#: how far back from the opening mark a title cue can start: 30 characters and the longest cue
_TITLE_CUE_REACH = 30 + max(map(len, words("title_cues.txt")))
#: a work noun right after the closing mark: 'the "Night Shift" podcast', 'the "Iron Gate" reboot',
#: or set off after it with an article: '"Dry Season," a film about …'
_TITLE_CUE_AFTER = regex.compile(
    r".[ \t]*(?:,[ \t]*)?(?:(?:a|an)[ \t]+(?:new[ \t]+)?)?(?:" + _TITLE_CUES + r")\b"
)
#: a preposition or verb right before the mark that names a programme, not speech: 'said on
#: "Night Desk"', 'told "Harbour Live"', 'in an interview with KVR's "Sunday Edition"'
_PROGRAMME_WORDS = ("on", "told", "with", "’s", "'s")
_PROGRAMME_BEFORE = regex.compile(r"\b(?:on|told|with)(?:\s+\p{Lu}[\p{L}&]*[’']s)?\s*$")
#: an article and a capitalised maker's name right before the mark: the words name its model or
#: product ('a Valmer "Eclipse"', 'the new Portwell "Harbourmaster"'), never speech
_MAKER_BEFORE = regex.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}[\p{L}\-]*\s*$"
)
#: a verb of calling before that article: the words are what someone calls it ('what he
#: called the Soviet "Evil Empire"')
_CALLING = regex.compile(r"\b(?:call|calls|called|calling|dubb\w*|term\w*|brand\w*|label\w*)\b")
#: something new named by what it is called: 'a group called the "Open Harbour Fund"', 'a
#: website named "Move To Valbourg"' (not 'X called Y "…"', whose words those are)
_CALLED_SO = regex.compile(
    r"\b(?:a|an)\s+(?:[\p{Ll}\-]+\s+){1,3}(?:called|named|dubbed|titled)(?:\s+the)?\s*$"
)
#: a cited headline's date in the brackets it opens: '(“Council backs plan”, March 3)',
#: '("Port to close," 3 May 2024)': a story a letter or a correction refers to, not speech
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*\.?"
_CITED_DATE_AFTER = regex.compile(
    r".[ \t]*,?[ \t]*(?:" + _MONTH + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+" + _MONTH + r")"
    r"(?:,?[ \t]+\d{4})?[ \t]*\)"
)
#: a year alone in brackets right after the marks: '“Harbour Lights” (1998)', '“No to the
#: bridge!” (2015)': a dated work, poster or slogan cited, not speech
_CITED_YEAR_AFTER = regex.compile(r".[ \t]*\((?:1[5-9]|20)\d\d\)")
#: a byline after a quoted headline: '"Museum to close," by Ann Lee' (a story, not speech)
_BYLINE_AFTER = regex.compile(r".\s*by\s+(?:the\s+)?\p{Lu}")
#: what a quote opening its line follows: nothing, or a heading's dash ("PSA—")
_OPENS_LINE = regex.compile(r"(?:^|[—–-])[ \t]*\Z", regex.MULTILINE)
_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")
_MINOR_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "from",
        "vs",
        "nor",
        "but",
        "as",
    }
)


@dataclass
class _Open:
    mark: str
    content_start: int
    spaced: bool = False  # opened as " words ": its closing mark has a space before it


#: a straight mark (or a closing curly one typed to open, as agency copy does), a space, words
#: and a space before the same mark: a pair written with spaces inside (" fully funded ", French
#: agency copy's ” Nous verrons ”), as some publishing systems do
_SPACED_PAIR = regex.compile(
    r'(["”]) +(?=\w)[^"”\n]{1,1000}?[\w)](?:[.,]|[ \u00a0\u202f]?[!?])? +\1(?!\w)'
)


#: a straight mark, one space and a capital, words and the closing mark right after their
#: stop or comma (French sets a space before "?" and "!"), or right after their last word
#: before the verb of an incise in lower case (French ``" Il faut … ce droit" s'étonne le
#: maire``) or before the stop after the mark (``" Une fermeture … une classe".``): a quote
#: whose opening mark a space was typed after
_SPACE_AFTER_OPENING = regex.compile(
    r'" (?=\p{Lu})[^"\n]{1,1000}?\w(?:(?:[.,]|[ \u00a0\u202f]?[!?])"|"(?= \p{Ll}|[.,;:](?:\s|$)))'
)


#: an elided article, pronoun or conjunction before an apostrophe (French "d'", "l'", "qu'")
_ELIDED = regex.compile(r"(?<!\p{L})(?:[dDlLjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’]$")


#: the first character past the white space at a position
_NEXT_WORD = regex.compile(r"\s{1,4}(\S)")


#: an ellipsis typed as points, after the spaces past a mark
_ELLIPSIS_NEXT = regex.compile(r"\s*\.\s?\.")


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a quote: text follows it, space or a bracket precedes.
    A backslash before it (``\\"`` in a stored page) is an escape, not part of the text."""
    after = text[i + 1] if i + 1 < len(text) else ""
    j = i - 1 if i > 0 and text[i - 1] == "\\" else i  # escaped: read what precedes the escape
    while j > 0 and unicodedata.category(text[j - 1]) == "Cf":
        j -= 1  # an invisible direction mark before it (U+202A) is no text
    before = text[j - 1] if j > 0 else ""
    if after == " " and text[i] in '"”' and _SPACED_PAIR.match(text, i):
        return True
    if (
        after == " "
        and text[i] == '"'
        and (not before or before.isspace())
        and _SPACE_AFTER_OPENING.match(text, i)
    ):
        return True  # 'Brell said. " We have no choice."': a space typed after the mark
    # not "not,“ he said": a slip for a closing mark; but an elided article before the mark
    # stands for a space (French "d’« intenable »", "l’« affaire »")
    spaced = (
        not before
        or before.isspace()
        or before in "’':([{"  # ":«" typed without its space, "(« Nous" in brackets
        or (text[i] == "«" and before in ".!?" and text[i + 1 : i + 2].isspace())  # "dit.« Nous"
    )
    if spaced and after.isspace() and (text[i + 2 : i + 3] in ("…", ".") or text[i] in _ONLY_OPENS):
        after = text[i + 2 : i + 3]  # "“ … in the case of", "“ You know"
        if text[i] == "«" and after.isspace() and (word := _NEXT_WORD.match(text, i + 1)):
            after = word.group(1)  # "«" ¶ "J'ai dû …": a page's quote element on its own lines
    if not after or after.isspace():
        return False
    if after in ",;" or (text[i] == "«" and after == "." and not _ELLIPSIS_NEXT.match(text, i + 1)):
        return False  # "« … 9h\n« , lit-il": no quote opens on a comma, nor a guillemet on a
        # stop (an ellipsis may open one: "« ... et puis »"); the glyph closes
    if before.isalnum() and after in ",.;:!?)…":
        return False  # "hart“, sagte er", "untragbar“…": glued to the last word, punctuation
        # after: it closes
    if text[i] == '"' and before in ",;" and after.isupper():
        return True  # 'said,"The': the space after the comma lost
    if before in '"”' and text[i] == '"' and after.isalnum():
        return True  # '"First""Second"': a quote right after another's closing mark
    if before in "’'" and _ELIDED.search(text, max(0, j - 4), j):
        return True  # 'd'"être vigilants"', 'l’"affaire"': an elided article or pronoun
    return not before or before.isspace() or before in "([{—–-/…:" or text[i] not in '"”»″'


def _kind(text: str, start: int, end: int) -> str:
    """``title`` for the name of a work in title case (a film, a book, a programme),
    ``sentence`` when the quote begins a sentence of its own, else ``fragment``."""
    # the words before the opening mark, and before a space after it (French "« Nous …"); a
    # segment after an incise has no mark of its own
    before = text[max(0, start - 100) : start].rstrip(_INNER_SPACES)  # only its last words count
    if start > 100 and not before.strip():
        before = text[:start].rstrip()  # nothing but spaces in the window: look further back
    before = (before[:-1] if before[-1:] in _MARK_CHARACTERS else before).rstrip()
    lead = text[max(0, start - 60) : start - 1].lower()
    named_work = (
        (
            bool(_TITLE_CUE.search(lead, max(0, len(lead) - _TITLE_CUE_REACH)))
            and not _ANSWER_BEFORE.search(lead)
        )
        or (before.endswith(_PROGRAMME_WORDS) and bool(_PROGRAMME_BEFORE.search(before[-40:])))
        or bool(_POSSESSIVE_END.search(before[-40:]))
        or bool(_TITLE_CUE_AFTER.match(text, end))
        or bool(_CALLED_SO.search(before[-50:]))
        or (bool(_MAKER_BEFORE.search(before[-50:])) and not _CALLING.search(before[-50:]))
    )
    if named_work and looks_like_title(text[start:end], cued=True):
        return "title"
    if (
        _BYLINE_AFTER.match(text, end)
        and text[start:end].endswith(",")
        and _OPENS_LINE.search(text, max(0, start - 41), start - 1)
    ):
        return "title"  # a headline with its byline, as a round-up lists stories
    if before.endswith("(") and _CITED_DATE_AFTER.match(text, end):
        return "title"  # a cited headline: 'Your report ("Port to close", May 3) said …'
    if _CITED_YEAR_AFTER.match(text, end):
        return "title"  # a dated work or poster: '“Harbour Lights” (1998)'
    if _JOINED_BY_HYPHEN.search(before) and looks_like_title(text[start:end]):
        return "title"  # 'im ARD-"Morgenmagazin"': a name joined to a word by a hyphen
    first = text[start:end].lstrip(" ")[:1]  # past a space typed after the mark
    before = before.rstrip('"”’»)')  # a quote closed just before: "… Day." "No money …"
    line = text[text.rfind("\n", 0, start) + 1 : start]
    starts_sentence = (
        not before
        or before[-1] in _SENTENCE_BEFORE
        # opening its line with words that end as a sentence's do, or before the comma of a
        # cue (French « … », lance-t-il), not a name ('"Soir" star')
        or (
            not line.strip(_LINE_OPENING)
            and (
                text[start:end].rstrip()[-1:] in _SENTENCE_END
                or _COMMA_AFTER_MARK.match(text, end) is not None
            )
        )
    )
    return "sentence" if (first.isupper() or first.isdigit()) and starts_sentence else "fragment"


#: a hyphen glued to the word before an opening mark: the quote ends a compound
_JOINED_BY_HYPHEN = regex.compile(r"[\p{L}\p{N}]-$")


def looks_like_title(words: str, cued: bool = False) -> bool:
    """Whether quoted words read as a title or name: every word capitalised but the small ones;
    where a noun for a work gives them as one (``cued``), a copula in lower case too, as some
    house styles set it (``the "Harbour Lights" star``).

    >>> looks_like_title("Lena and Lucie,"), looks_like_title("very timely")
    (True, False)
    """
    tokens = _TITLE_WORD.findall(words)
    if not tokens or len(tokens) > 12 or words.rstrip().endswith(("!", "?")):
        return False
    minor = _MINOR_WORDS | _COPULAS if cued else _MINOR_WORDS
    if tokens[0].lower() in minor and not tokens[0][:1].isupper():
        return False
    return all(t[:1].isupper() or t[:1].isdigit() or t.lower() in minor for t in tokens) and any(
        t[:1].isupper() for t in tokens
    )


#: the copula some house styles keep in lower case inside a title
_COPULAS = frozenset({"is", "are", "was", "were", "be"})


def find_spans(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[tuple[int, int, str, str]], _Open | None]:
    """Quote content spans in ``text[start:end]`` as (start, end, open mark, close mark).

    Also returns the quote still open at ``end``, if any, so a caller can continue it into the
    next paragraph or flag it.

    >>> s = 'He called it "the first agreement" and the EU’s “historic” step.'
    >>> [s[a:b] for a, b, _, _ in find_spans(s)[0]]
    ['the first agreement', 'historic']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int, str, str]] = []
    current: _Open | None = None
    nested_until = -1  # the closing mark of a quote set inside the open one with its glyph
    for mark in _ANY_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if i <= nested_until:
            continue
        if (
            current is not None
            and ch == current.mark
            and ch in "“„«"
            and i > current.content_start  # "““Radical …”": one opening mark typed twice
            and _opens(text, i)
        ):
            inner_close = _nested_close(text, i, end)
            if inner_close is not None:  # “… what he calls “chaos” than …”: one quote
                nested_until = inner_close
                continue
        closes = current is not None and (
            _closes(ch, current.mark)
            or (ch == current.mark == "“" and not _opens(text, i))
            or (current.mark == "„" and ch == '"' and _straight_closes_low(text, i, end))
            or (current.mark == '"' and ch == "“" and _high_closes_straight(text, i, end))
            or (ch == current.mark == "»" and not text[i + 1 : i + 2].isalnum())
            or (ch == current.mark == "«" and not _opens(text, i))
            or _curly_closes_guillemet(text, current, i, end)
        )  # "“Apparently not,“ he said", "»Tout est prêt », a-t-il dit", "« C'est fini« , a
        # dit": the opening glyph, where it cannot open, closes
        if closes and i == current.content_start and not text[i + 1 : i + 2].isalnum():
            current = None  # 'said "" and': an empty pair, no quote
            continue
        if closes and i > current.content_start:
            if (
                ch == current.mark == '"'
                and not current.spaced
                and _opens(text, i)
                and text[i - 1].isspace()
                # not a closing mark typed after a space ('"We will fight on, " Tom Brell
                # said', 'de "certitude " que', 'toutes seront approfondies ",'): only a mark
                # with words right after it opens
                and (text[i + 1 : i + 2].isalnum() or text[i + 1 : i + 2] in "…‘'(")
                # and a mark follows to close the new one: with none left in the paragraph,
                # the mark closes the quote open, its space typed on the wrong side ('"en
                # pleurs "de descendre.')
                and '"' in text[i + 1 : end]
            ):
                # a straight mark with space before and text after opens a new quote: the
                # previous one was never closed; unless a verb of saying follows it, glued to
                # the closing mark ('"… la loi 1901… "explique Roger Huiban')
                verb = _REPORTING_WORD.match(text, i + 1)
                if verb is not None and verb.group() in _REPORTING_VERBS:
                    spans.append((*_content(text, current, i), current.mark, ch))
                    current = None
                    continue
                spans.append((current.content_start, i, current.mark, ""))
                current = _Open(ch, i + 1)
                continue
            if current.mark in "«»":
                spans.append(_guillemet_span(text, current.content_start, i))
            elif current.spaced:  # '" fully funded "': its marks with their spaces, as above
                inner_start, inner_end = _content(text, current, i)
                opening = text[current.content_start - 1 : inner_start]
                spans.append((inner_start, inner_end, opening, text[inner_end : i + 1]))
            else:  # a space before the closing mark stays in the words, as annotators mark them
                spans.append((*_content(text, current, i), current.mark, ch))
            current = None
        elif current is None and ch in (DOUBLED_GRAVE, DOUBLED_COMMA):
            current = _Open(ch, i + 2)
        elif current is None and ch == SINGLE_GRAVE:
            close = _SINGLE_GRAVE_CLOSE.search(text, i + 1, end)
            if close is not None:  # "`Hello,' he said": closed by the next apostrophe ending a word
                spans.append((i + 1, close.start(), ch, "'"))
                nested_until = close.start()
        elif current is None and ch in PAIRS and (_opens(text, i) or _glued_opening(text, i, end)):
            current = _Open(ch, i + 1, spaced=bool(_SPACED_PAIR.match(text, i)))
        elif current is None and not spans and _SINGLE_OPEN_AT_START.match(text, start, i):
            spans.append((start + 1, i, text[start], ch))  # 'We lied," she said: a slip
    if current is not None and (slip := _single_close_at_end(text, current, end)) is not None:
        spans.append((current.content_start, slip, current.mark, text[slip]))
        current = None
    return spans, current


#: a paragraph opened by a single mark and a capital, with no other mark, up to a double mark
#: that closes a clause (``'We lied to you," she told them``): a slip for the double mark that
#: opens, the mirror of :func:`_single_close_at_end`
_SINGLE_OPEN_AT_START = regex.compile(r"['‘]\p{Lu}[^\"“”„«»\n]*[,.!?](?=$)")
#: a sentence's end, then a single mark, at the end of a paragraph
_SINGLE_CLOSE_AT_END = regex.compile(r"(?<=[.!?,])['’]\s*$")
#: a single mark that opens a quote inside another: a space or a bracket before it, a letter after
_SINGLE_OPENS_INSIDE = regex.compile(r"(?:^|(?<=[\s(\[—–]))['‘]\p{L}")


def _single_close_at_end(text: str, opened: _Open, end: int) -> int | None:
    """Where a single mark closes a quote a double mark opened, when it ends the paragraph
    right after the sentence (``“… One and Triune.'``): a slip for the double mark, not a quote
    run on into the next paragraph; never when a single mark opened a quote inside it (``“He
    said, 'Leave now.'`` ¶ ``“And I did.”``)."""
    if opened.mark not in '"“':
        return None
    close = _SINGLE_CLOSE_AT_END.search(text, opened.content_start, end)
    if close is None or _SINGLE_OPENS_INSIDE.search(text, opened.content_start, close.start()):
        return None
    return close.start()


def _glued_opening(text: str, i: int, end: int) -> bool:
    """Whether a straight mark glued to the stop before it opens a quote, its space lost
    (``… the authorities."We were tricked." The …``): no quote is open, a capital follows,
    and a mark to close it comes later in the paragraph."""
    return (
        text[i] == '"'
        and i > 0
        and text[i - 1] in ".!?"
        and text[i + 1 : i + 2].isupper()
        and _CLOSING_AFTER_STOP.search(text, i + 1, end) is not None
    )


#: a straight mark closing a quote: after its stop or its last word, before a space, a comma
#: or the end (``… were tricked." The``, ``… on veut des papiers", crie``)
_CLOSING_AFTER_STOP = regex.compile(r'[\p{L}\p{N}.!?,…]"(?=[\s,;.]|$)')


def _straight_closes_low(text: str, i: int, end: int) -> bool:
    """Whether a straight mark at ``i`` closes a quote a low mark opened (``„Das reicht",
    sagte er``, as German web copy types it): it stands where marks close, and no high mark
    closes the quote further on."""
    following = text.find("„", i, end)
    stop = end if following < 0 else following
    return not _opens(text, i) and _CURLY_DOUBLE.search(text, i, stop) is None


def _high_closes_straight(text: str, i: int, end: int) -> bool:
    """Whether a high mark at ``i`` closes a quote a straight mark opened (``"Kein Modell zeigt
    das an.“``, as German web copy types the low opening mark): it stands where marks close,
    and the next straight mark, if any, opens a quote rather than closing this one."""
    following = text.find('"', i, end)
    return not _opens(text, i) and (following < 0 or _opens(text, following))


def _curly_closes_guillemet(text: str, opened: _Open, i: int, end: int) -> bool:
    """Whether a curly mark at ``i`` closes a quote a guillemet opened (``« Nous craignons le
    pire”, a dit le maire``, as agency copy retyped on some sites has it): it stands where marks
    close, no curly mark opened inside the quote (``« Il parle de “chaos” »``), and no guillemet
    closes the quote further on."""
    if opened.mark != "«" or text[i] != "”":
        return False
    following = text.find("«", i, end)
    stop = end if following < 0 else following
    return (
        not _opens(text, i)
        and "“" not in text[opened.content_start : i]
        and "»" not in text[opened.content_start : stop]
    )


def _closes(mark: str, opened: str) -> bool:
    """Whether ``mark`` closes a quote ``opened`` opened."""
    if mark == DOUBLED_APOSTROPHE:
        return opened in ('"', "“", DOUBLED_GRAVE, DOUBLED_COMMA)
    if mark == DOUBLED_CURLY_APOSTROPHE:
        return opened == "“"  # curly closes curly: inside a straight quote it is a nested one's
    return mark in PAIRS[opened]


def _nested_close(text: str, i: int, end: int) -> int | None:
    """Where a quote opened at ``i`` inside an open quote with the same glyph closes, when the
    next two marks both close (``“a “b” c”``, German ``„a „b“ c“``, French ``« a « b » c »``),
    or when nothing after the inner quote closes the outer one; None when the outer quote was
    simply left open."""
    marks, closing = {
        "“": (_CURLY_DOUBLE, "”"),
        "„": (_LOW_OR_HIGH, "“”"),
        "«": (_GUILLEMETS, "»"),
    }[text[i]]
    following = list(islice(marks.finditer(text, i + 1, end), 2))
    if len(following) == 2 and all(m.group() in closing for m in following):
        return following[0].start()
    if not following or following[0].group() not in closing:
        return None
    rest = [m.group() for m in marks.finditer(text, following[0].end(), end)]
    if any(mark in closing for mark in rest):
        return None
    close, after = following[0].start(), text[following[0].end() : end]
    if (
        not after.strip()
        or text[i] in rest
        or (text[close - 1].isalnum() and _WORD_GOES_ON.match(after))
    ):
        # “a “b”¶, “a “b” c …¶ or “a “b” c “d …¶: nothing closes the outer quote, which runs
        # on past the inner one (“a “b,” she said: the closing mark ends the outer quote)
        return close
    return None


#: a sentence going on in lower case after a closing mark: a term quoted inside, not the end
_WORD_GOES_ON = regex.compile(r"[ \u00a0]\p{Ll}")


def _content(text: str, opened: _Open, end: int) -> tuple[int, int]:
    """A quote's content between its marks, without an escape before the closing mark
    (``people,\\"``) or the spaces of a pair set with spaces inside (``" fully funded "``)."""
    start = opened.content_start
    if end > start and text[end - 1] == "\\":
        end -= 1
    if opened.spaced:  # '" fully funded "', with one space or more inside each mark
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
    return start, end


def _guillemet_span(text: str, start: int, end: int) -> tuple[int, int, str, str]:
    """A quote in guillemets without the spaces French sets inside them (``« Nous irons »``,
    no-break spaces too): its content, and its marks with those spaces, so that the marks
    still stand at ``start - len(open_mark)`` and ``end``."""
    inner_start, inner_end = start, end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return inner_start, inner_end, text[start - 1 : inner_start], text[inner_end : end + 1]


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quotation in the article's body, title and standfirst, in reading order.

    >>> from quotecheck.articles import parse_article
    >>> text = ("Leaders met in Tokyo on Friday to sign a pact after months of talks.\\n\\n"
    ...         '"We live in a very dangerous world," Moreau said.')
    >>> [(q.text, q.kind) for q in extract_quotes(parse_article(text))]
    [('We live in a very dangerous world,', 'sentence')]
    """
    text = article.text
    quotes: list[Quote] = []
    carried: _Open | None = None  # a quote left open at the previous paragraph's end
    chain: int | None = None  # index of the first part of that multi-paragraph quote
    turns = transcript_turns(article)
    dialogue = dialogue_lines(article)
    single_style = _single_mark_style(article)
    for p_index, para in enumerate(article.paragraphs):
        if para.role not in QUOTED_ROLES:
            carried = None
            continue
        if p_index in dialogue:  # "— Nous n'avons pas le choix, a-t-elle expliqué."
            part_of, mark = None, text[para.start : dialogue[p_index][0][0]]
            for s, e in dialogue[p_index]:
                quotes.append(
                    _make_quote(article, len(quotes), s, e, mark, "", p_index, part_of, False)
                )
                part_of, mark = quotes[-1].index if part_of is None else part_of, ""
            carried = None
            continue
        if p_index in turns:  # "QUILL: …": the whole turn is the speaker's words
            start, end, open_mark, close_mark = _turn_words(text, turns[p_index], para.end)
            quotes.append(
                replace(
                    _make_quote(
                        article,
                        len(quotes),
                        start,
                        end,
                        open_mark,
                        close_mark,
                        p_index,
                        None,
                        False,
                    ),
                    kind="turn",
                )
            )
            carried = None
            continue
        continuing = carried is not None
        if continuing and _wrapped_close(article, p_index, carried):
            # the quote closed with the paragraph before; its closing mark opens this one
            carried, continuing = None, False
            spans, left_open = find_spans(text, para.start + 1, para.end)
        elif continuing:
            reopened = _reopening(text, para.start, carried.mark in _SINGLE_OPENS)
            spans, left_open = _scan(text, para.start + reopened, para.end, carried)
        elif _ANY_MARK.search(text, para.start, para.end) or "''" in text[para.start : para.end]:
            spans, left_open = find_spans(text, para.start, para.end)
            if spans and left_open is None:  # 'I told them: "Nobody remembers." And they did.'
                spans = _single_around_double(text, para.start, para.end, spans)
            headline = para.role == "title" or (p_index == 0 and text[para.end - 1] not in ".!?")
            if headline and spans:  # "EA: 'Paid us to wait' quote "taken out of context""
                spans = _with_single_outside(text, para, spans)
        else:  # no double marks: single marks may set speech (house style, headlines)
            headline = para.role == "title"
            words = 1 if single_style else SINGLE_QUOTED_WORDS
            spans = [
                span
                for span in single_quoted(
                    text, para.start, para.end, headline, 1 if headline else words
                )
                if len(text[span[0] : span[1]].split()) >= words
                # a headline's short words that its "says" gives: "Cuts 'a disgrace', says union"
                or _HEADLINE_SAYS.match(text, span[1] + len(span[3]), para.end)
            ]
            if headline and single_style:  # "Minister 'confident' deal will survive", not
                spans = [  # a title of a work in the headline's capitals ('Frozen')
                    span
                    for span in spans
                    if text[span[0]].islower()
                    or len(text[span[0] : span[1]].split()) >= SINGLE_QUOTED_WORDS
                ]
            left_open = None
            if not spans and text[para.start] in _SINGLE_OPENS and _opens(text, para.start):
                left_open = _Open(text[para.start], para.start + 1)
            elif opened := _open_single(text, spans[-1][1] if spans else para.start, para.end):
                left_open = opened  # "Albers said: 'We are happy. …" ¶ "'The club is …'"
        for k, (s, e, om, cm) in enumerate(spans):
            if continuing and k == 0 and signature_line(text, s, e):
                continue  # '"…\nJo Ames, Harbour Union."': the name signs the quote above
            if _inside_a_word(text, s, e, cm):
                continue  # 'started “sip”ping': marks set off part of one word, no quote
            part_of = chain if continuing and k == 0 else None
            # no closing mark: closed by the next quote's opening ('"we act and "we win"')
            _append_split(quotes, article, s, e, om, cm, p_index, part_of, not cm)
        carried = None
        if left_open is not None:
            part_of = chain if continuing and not spans else None
            continues = _continues(article, p_index, left_open)
            if (
                left_open.mark in _SINGLE_OPENS
                and not continues
                and left_open.content_start == para.start + 1
            ):
                continue  # a lone paragraph-initial single mark: an elision ('Tis), not a quote
            if (
                part_of is not None
                and continues
                and not _WORD_CHAR.search(text, left_open.content_start, para.end)
            ):
                carried = left_open  # "[…]" between two paragraphs of one quote: words left
                continue  # out, no part of their own
            first = len(quotes)
            _append_split(
                quotes,
                article,
                left_open.content_start,
                para.end,
                left_open.mark,
                "",
                p_index,
                part_of,
                not continues,
                runs_on=True,
            )
            if continues:
                carried = left_open
                chain = part_of if part_of is not None else first
    return _link_repeats(article, _with_nested(article, quotes))


#: a letter or a digit: what a quote's words have and an omission ("[…]") has not
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
#: paragraphs a quote may run over without a mark reopening it (a letter quoted whole), up to
#: the closing mark that pairs with nothing in its own paragraph
RUN_ON_PARAGRAPHS = 6
#: the paragraph that closes such a quote holds at least a short sentence, not a signature line
#: ("Jane Doe.") set inside the marks
RUN_ON_CLOSING_WORDS = 4
_SINGLE_OPENS = "‘'"
#: marks that reopen a quote at a paragraph's start: double (False) and single (True) styles
_OPENERS = {False: "".join(m for m in PAIRS if len(m) == 1), True: _SINGLE_OPENS}


def _reopening(text: str, i: int, single: bool) -> int:
    """The length of the mark at ``i`` that reopens a quote of that style at a paragraph's
    start, two for the two-character marks (````…``, ``,,…``); 0 when none does."""
    if not single and text.startswith((DOUBLED_GRAVE, DOUBLED_COMMA), i):
        return 2
    return int(i < len(text) and text[i] in _OPENERS[single])


#: a line that signs a quote: a name of two to seven words (initials and titles too; in lower
#: case only titles: "Former Board president Jo Ames"), then what the person is, after commas
#: ("Jo Ames, Harbour Workers Union", "Jo Ames, 54, Dover")
_TITLE_WORDS = words("titles.txt")
_SIGNATURE_LINE = regex.compile(
    r"[―—–-]?[ \t]*(?P<name>\p{Lu}[\p{L}.'’\-]*(?:[ \t]+[\p{L}][\p{L}.'’\-]*){1,6}?)"
    r"(?:,[ \t]*[^,.;:!?\n]{1,60}){0,3}\.?[ \t]*"
)


def signature_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the last line inside a quote's marks, is no speech but the
    name that signs it (``"…\nJo Ames, Harbour Workers Union."``, the way round-ups of
    reactions set them)."""
    m = _SIGNATURE_LINE.fullmatch(text, start, end)
    if m is None:
        return False
    name = m["name"].split()
    lower = [w for w in name if w[:1].islower()]
    return name[-1][:1].isupper() and all(w in _TITLE_WORDS for w in lower)


def _continues(article: Article, index: int, left_open: _Open) -> bool:
    """Whether the quote left open at paragraph ``index``'s end goes on in the next paragraph:
    that paragraph reopens it with a mark of the same style (the convention for a quotation over
    several paragraphs), or, for double marks, the next marks to come close it, a few unmarked
    paragraphs later, with a mark that opens nothing."""
    text, paragraphs = article.text, article.paragraphs
    single = left_open.mark in _SINGLE_OPENS
    for k in range(index + 1, min(index + 1 + RUN_ON_PARAGRAPHS, len(paragraphs))):
        para = paragraphs[k]
        if para.role not in QUOTED_ROLES:
            return False
        if _reopening(text, para.start, single):
            return k == index + 1 or _wrapped_close(article, k, left_open)
        if single:
            return False
        mark = _ANY_MARK.search(text, para.start, para.end)
        if mark is not None:
            i = mark.start()
            # French sets its closing guillemet after a space: « … ¶ … prévoir », a ajouté X
            spaced_close = left_open.mark == "«" and not text[i + 1 : i + 2].isalnum()
            return (
                mark.group() in PAIRS[left_open.mark]
                and (spaced_close or not _opens(text, i))
                and not _letter_at(text, i + 1, para.end)  # not markup: ="@handle"
                and len(text[para.start : i].split()) >= RUN_ON_CLOSING_WORDS
            )
    return False


def _wrapped_close(article: Article, index: int, left_open: _Open) -> bool:
    """Whether the mark opening paragraph ``index`` closes the quote left open before it,
    wrapped onto the next line (``« … au printemps.`` ¶ ``»Pour l'opposition, …``): a mark
    that pairs with it and none later in the paragraph (a mark reopening the quote, as French
    sets one on each paragraph, is closed in it or goes on in the next), glued to the word
    after it or with no paragraph after it that reopens the quote."""
    text, paragraphs = article.text, article.paragraphs
    para = paragraphs[index]
    if left_open.mark not in "«»" or text[para.start] != PAIRS[left_open.mark]:
        return False  # the other marks open and close with one glyph, or reopen by other rules
    if text.find(text[para.start], para.start + 1, para.end) >= 0:
        return False
    if text[para.start + 1 : para.start + 2].isalpha():
        return True  # "»Pour": glued to the reporter's next word, as a reopening mark never is
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    return following is None or not _reopening(text, following.start, False)


#: a single mark that opens a quote left open to the paragraph's end: after the colon or the
#: comma that introduces speech, before a letter ("added: 'We …", "he said, 'We …")
_SINGLE_OPENING = regex.compile(r"(?<=[:,][ \t\u00a0])['‘](?=\p{L})")
#: a single mark that closes one: after a letter or a stop, before no letter
_SINGLE_CLOSING = regex.compile(r"(?<=[\p{L}\p{N}.,!?…])['’](?!\p{L})")


def _open_single(text: str, start: int, end: int) -> _Open | None:
    """The single mark opening a quote that the paragraph ``text[start:end]`` leaves open (no
    closing mark after it), as British copy runs a quote over paragraphs (``Albers said: 'We
    are happy. …`` ¶ ``'The club is …'``); whether it goes on is for the next paragraph to tell."""
    openings = list(_SINGLE_OPENING.finditer(text, start, end))
    if not openings or _SINGLE_CLOSING.search(text, openings[-1].end(), end):
        return None
    if len(text[openings[-1].end() : end].split()) < SINGLE_QUOTED_WORDS:
        return None  # a few words to the paragraph's end: no speech run on
    return _Open(openings[-1].group(), openings[-1].end())


def _scan(
    text: str, start: int, end: int, carried: _Open
) -> tuple[list[tuple[int, int, str, str]], _Open | None]:
    """Scan a paragraph that continues ``carried``: close it first, then read the rest."""
    if carried.mark in _SINGLE_OPENS:
        for mark in _SINGLE_MARK.finditer(text, start, end):
            i = mark.start()
            if text[i] in "’'" and not text[i - 1].isspace() and not _letter_at(text, i + 1, end):
                return [(start, i, carried.mark, text[i])], None
        return [], _Open(carried.mark, start)
    for mark in _ANY_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if _closes(ch, carried.mark):
            spans, left_open = find_spans(text, mark.end(), end)
            return [(start, i, carried.mark, ch), *spans], left_open
    continued = _Open(carried.mark, start)
    if (slip := _single_close_at_end(text, continued, end)) is not None:
        return [(start, slip, carried.mark, text[slip])], None
    return [], continued


def _letter_at(text: str, i: int, end: int) -> bool:
    return i < end and text[i].isalnum()


#: the adverbs of French that may stand between an incise's verb and its subject ("confie
#: encore la maire", "explique notamment l'élu"), the coordinating conjunctions left out
_INCISE_ADVERBS = "|".join(
    regex.escape(word)
    for word in sorted(
        by_kind("fr/words.tsv")["adverb"] - {"mais", "or", "donc", "car", "sinon", "bref"},
        key=len,
        reverse=True,
    )
)
#: the role nouns of French, which open the role set off after an incise's name in a capital
#: too (", reconnaît X, Directeur de l'association")
_INCISE_TITLES = "|".join(
    regex.escape(word)
    for word in sorted(by_kind("fr/words.tsv")["title"], key=len, reverse=True)
    if word.isalpha()
)
#: the subject pronouns and conjunctions that open a clause, never a role set off after a name
_CLAUSE_OPENERS = (
    r"(?:(?:on|il|ils|elle|elles|je|tu|nous|vous|ce|ça|cela|si|mais|et|car|donc|quand|parce"
    r"|puisque|comme)\b|(?:c|j|s|qu)['’])"
)
#: an incise set off by commas inside guillemets: a verb of saying and its subject, a clitic
#: pronoun (", a-t-il dit, ", ", dit-elle, ") or a noun phrase (", a déclaré la maire, ")
_INCISE = regex.compile(
    # after a comma, or after the "!" or "?" that ends the words before it, which stays theirs
    # ("« Quelle honte ! s'exclame la maire. Nous … »")
    r"(?:,|(?<=[!?…]))[ \u00a0\u202f]+"
    r"(?:(?:(?:a-t|avait|avaient|s['’]est|s['’]était|se[ \u00a0]+sont)"
    r"-(?:il|elle|ils|elles)(?:[ \u00a0]+(?:encore|aussi|également|alors|ensuite|enfin|même"
    r"|déjà|pourtant))?[ \u00a0]+(?P<after_aux>\p{Ll}+)"
    r"|(?:s['’]|se[ \u00a0]+)?(?P<inverted>\p{Ll}+)-(?:t-)?(?:il|elle|ils|elles))"
    # where or how it was said, after the verb: "a-t-il lancé en conférence de presse",
    # "explique-t-il sans relâche", "dit-elle d'une voix blanche", "souffle-t-il doucement"
    r"(?:[ \u00a0]+(?:(?:à|au|aux|en|devant|lors|sur|dans|après|avant|pendant|sans|avec|auprès"
    r"|d['’]une?)[ \u00a0][^,.«»\n]{1,45}?|\p{Ll}{3,}ment))?"
    # a clitic incise may close the quote's sentence: "…, a-t-il poursuivi. Les renforts …"
    r"[ \u00a0\u202f]*(?:,|\.(?=[ \u00a0\u202f]+[\p{Lu}\d])|\.?(?=[ \u00a0\u202f]*\Z))"
    # an object pronoun before the verb or its auxiliary: "nous précise X", "m'a confié X"
    r"|(?:(?:nous|vous|lui|leur|me)[ \u00a0]+|m['’])?"
    r"(?:(?:a|avait|s['’](?:est|était))[ \u00a0]+(?:(?:aussi|également|ainsi|encore|alors"
    # a reflexive verb in the present: "se marre la juge", "s'amuse l'élu"
    r"|ensuite|déjà)[ \u00a0]+)?|se[ \u00a0]+|s['’])?(?P<named>\p{Ll}+)[ \u00a0]+"
    # a verb of saying made with faire: "fait valoir X", "a fait savoir la maire"
    r"(?:(?P<made>valoir|savoir|remarquer|observer)[ \u00a0]+)?"
    # when, between the verb and its subject: "s'est félicité ce lundi soir X"
    r"(?:(?:ce[ \u00a0]+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
    r"(?:[ \u00a0]+(?:matin|midi|soir))?[ \u00a0]+)?"
    # or an adverb: "affirme aujourd'hui X", "confie encore la maire"
    r"(?:(?:d['’])?(?:" + _INCISE_ADVERBS + r")[ \u00a0]+)?"
    # or how it was said: "témoigne avec un peu de lassitude X", "lâche d'une voix sourde X"
    r"(?:(?:avec|sans|d['’]une?)[ \u00a0][^,.«»\n]{1,40}?[ \u00a0]+)?"
    # or the outlet told: "explique à Radio Nord le directeur", "confie à nos confrères X"
    r"(?:(?:à|au|aux)[ \u00a0]+(?:l['’]|(?:la|le|les|nos|notre)[ \u00a0]+)?"
    r"(?:\p{Lu}[\p{L}\-]*(?:[ \u00a0]+\p{Lu}[\p{L}\-]*){0,3}|confrères|lecteurs|micro)[ \u00a0]+)?"
    # "pronostique un habitué", "peste ce peintre"; a relative or a role after a possessive
    # ("se rappelle son père Richard", not "explique son retard")
    r"(?:le|la|les|l['’]|un|une|d['’]|ce|cet|cette|M\.|Mme|\p{Lu}"
    r"|(?:son|sa|leur|mon|ma|notre)[ \u00a0]+(?i:" + _INCISE_TITLES + r")\b)"
    # and a relative clause after it: "explique Jo Roux qui a lancé la pétition en juillet"
    r"[^,.«»\n]{0,60}(?:[ \u00a0](?:qui|dont)[ \u00a0][^,.«»\n]{1,80})?"
    # set off by a comma, or closing the quote's sentence ("…, a déclaré la maire. Rien …")
    # or the quote itself ("…, poursuit X. »")
    r"[ \u00a0\u202f]*(?:,|\.(?=[ \u00a0\u202f]+[\p{Lu}\d])|\.?(?=[ \u00a0\u202f]*\Z)))"
    r"(?:[ \u00a0\u202f]+|\Z)"
    # a name set off after a role: ", a déclaré la maire, Claire Fontaine, " (or ". "), or a
    # role after a name: ", a dit Jo Roux, premier adjoint au maire. "
    # (a dot inside a word is no stop: "lancée sur change.org")
    # (not a stressed pronoun opening the quote's next sentence: "Moi, je …"; and only after
    # a comma: after a stop the quote goes on, "…, explique X. Ici, nous …")
    r"(?:(?<=,[ \u00a0\u202f]+)(?:(?!(?:Moi|Toi|Lui|Elle|Nous|Vous|Eux|Elles)\b)\p{Lu}[\p{L}\-]+"
    r"(?:[ \u00a0]\p{Lu}[\p{L}\-]+){0,3}"
    # (not a clause of the quote's own: "…, explique X, on ne sait pas …, s'ils …")
    r"|(?!" + _CLAUSE_OPENERS + r")"
    r"(?:\p{Ll}|(?i:" + _INCISE_TITLES + r")\b)(?:[^,.«»\n]|\.(?=\p{L})){0,150})[ \u00a0]*"
    # and a second: ", confirme Gloria, la gardienne, encore sous le choc. "
    r"(?:,|\.(?=[ \u00a0\u202f]+[\p{Lu}\d]))[ \u00a0\u202f]+){0,2}"
    # or a role set off after the name that closes the quote: "…, poursuit X, délégué FO. »"
    r"(?:(?<=,[ \u00a0\u202f]+)(?i:" + _INCISE_TITLES + r")\b[^,.«»\n]{0,80}\.?[ \u00a0\u202f]*\Z)?"
)
_FRENCH_SPEECH_VERBS = french_speech_verbs()
#: the forms of faire that make a verb of saying with an infinitive (``fait valoir``)
_FAIRE = frozenset({"fait", "font", "faisait", "faisaient", "fit"})
#: the finite verbs of saying of every language read, which follow a closing mark, never open
#: a quote ("said", "sagte", "explique")
_REPORTING_VERBS = (
    _FRENCH_SPEECH_VERBS
    | words("de/speech_verbs.txt")
    | {form for row in rows("speech_verbs.tsv") for form in row[1:3]}
)
_REPORTING_WORD = regex.compile(r"\p{Ll}+")


def _french_incise(
    text: str, start: int, end: int, open_mark: str, language: str | None
) -> regex.Match | None:
    """The incise inside a quote in guillemets (``« Nous irons, a-t-il dit, jusqu'au bout »``),
    or in any marks in a French article (``"Rien, déplore-t-elle. Je ne sais rien."``: some
    sites set French in English marks): the narrator's words, which split the quote into two
    segments of one statement."""
    if open_mark.strip() not in ("«", "»") and language != "fr":
        return None
    for found in _INCISE.finditer(text, start, end, overlapped=True):
        # the first that a verb of saying heads: ", avant le match, a-t-il estimé" is the
        # second comma's
        verb = found.group("after_aux") or found.group("inverted") or found.group("named")
        if verb in _FRENCH_SPEECH_VERBS or (found.group("made") and verb in _FAIRE):
            return found
    return None


def _append_split(
    quotes: list[Quote],
    article: Article,
    start: int,
    end: int,
    open_mark: str,
    close_mark: str,
    paragraph: int,
    part_of: int | None,
    unbalanced: bool,
    runs_on: bool = False,
) -> None:
    """Add the quote, as two segments of one statement when the narrator's incise splits it
    (« Nous irons, a-t-il dit, jusqu'au bout »), a quote left open at its paragraph's end
    (``runs_on``) too, whose last segment keeps the mark it lacks."""
    incise = _french_incise(article.text, start, end, open_mark, article.language)
    if incise is not None and not article.text[incise.end() : end].strip():
        # the incise closes the quote ("« …, poursuit X. »"): the words before it, the
        # narrator's after them up to the closing mark
        quotes.append(
            _make_quote(
                article,
                len(quotes),
                start,
                incise.start(),
                open_mark,
                "",
                paragraph,
                part_of,
                unbalanced,
            )
        )
        return
    if incise is not None:
        head = _make_quote(
            article, len(quotes), start, incise.start(), open_mark, "", paragraph, part_of, False
        )
        quotes.append(head)
        part_of, start, open_mark = quotes[-1].index, incise.end(), ""
        unbalanced = unbalanced and runs_on
    quotes.append(
        _make_quote(
            article, len(quotes), start, end, open_mark, close_mark, paragraph, part_of, unbalanced
        )
    )


def _make_quote(
    article: Article,
    index: int,
    start: int,
    end: int,
    open_mark: str,
    close_mark: str,
    paragraph: int,
    part_of: int | None,
    unbalanced: bool,
) -> Quote:
    text = article.text
    if open_mark.strip() in ("«", "»") and open_mark:  # a paragraph a French quote runs on to
        while start < end and text[start].isspace():
            open_mark += text[start] if text[start - len(open_mark) : start] == open_mark else ""
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
            close_mark = text[end] + close_mark if close_mark else ""
    return Quote(
        article_id=article.id,
        index=index,
        start=start,
        end=end,
        text=text[start:end],
        kind=_kind(text, start, end),
        paragraph=paragraph,
        open_mark=open_mark,
        close_mark=close_mark,
        unbalanced=unbalanced,
        after=text[end + len(close_mark) : end + len(close_mark) + 1] if close_mark else "",
        before=_words_before(text, article.paragraphs[paragraph].start, start - len(open_mark)),
        part_of=part_of,
        placement=PLACEMENTS.get(article.paragraphs[paragraph].role, "body"),
    )


#: how much of the narrator's text before an opening mark a quote keeps
BEFORE_CHARS = 30


def _words_before(text: str, paragraph_start: int, opening: int) -> str:
    """The narrator's words right before an opening mark, within its paragraph: whole words
    only, at most :data:`BEFORE_CHARS` characters."""
    window = text[max(paragraph_start, opening - BEFORE_CHARS) : max(paragraph_start, opening)]
    if opening - BEFORE_CHARS > paragraph_start and " " in window:
        window = window[window.index(" ") + 1 :]  # a word cut by the window is none of them
    return window.strip()


def _turn_words(text: str, start: int, end: int) -> tuple[int, int, str, str]:
    """A transcript turn's words, inside its marks when one quote is all the turn holds
    (``THE WITNESS: "I saw him leave."``): the span, its opening and its closing mark."""
    spans, left_open = find_spans(text, start, end)
    if left_open is None and len(spans) == 1:
        inner_start, inner_end, open_mark, close_mark = spans[0]
        after = inner_end + len(close_mark)
        if inner_start - len(open_mark) == start and not text[after:end].strip():
            return inner_start, inner_end, open_mark, close_mark
    return start, end, "", ""


#: an interview's turns set out as ``Q.`` and ``A.``
_QA_LABEL = regex.compile(r"(?P<label>Q|A)\.\s+(?=\S)")
#: the words that label an interview's questions and answers, in each language read
QUESTION_LABELS = frozenset({"Q", "F", "Frage", "Question"})
ANSWER_LABELS = frozenset({"A", "R", "Antwort", "Réponse"})  # "R :" for "Réponse"
#: a speaker's name in title case labelling a turn (``Brell: …``, ``Larchmont Times: …``)
_NAME_LABEL = regex.compile(
    r"(?P<label>\p{Lu}\p{Ll}[\p{L}’'\-]*(?: (?:(?:of|du|de|des|der|von) )?\p{Lu}[\p{L}’'\-]+){0,3})"
    r"\s*:\s+(?=\S)"
)  # "Ilka Brandes:", "Le Courrier du Sud :"
#: a speaker's honorific and name labelling a turn, as parliaments' and broadcasters' transcripts
#: set them ("M. Legault :", "Mme Roux :", "Mr. Brell:", "Frau Brandes:")
LABEL_HONORIFIC = r"(?:M\.|Mme|Mlle|Me|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau)"
_HONORIFIC_LABEL = regex.compile(
    r"(?P<label>" + LABEL_HONORIFIC + r"[ \u00a0]+"
    r"\p{Lu}[\p{L}’'\-]+"
    r"(?:[ \u00a0]+(?:(?:de|du|von|van|le|la)[ \u00a0]+)?\p{Lu}[\p{L}’'\-]+){0,2})"
    r"[ \u00a0]*:\s+(?=\S)"
)


#: an interview's turns labelled by the initials of who speaks and a dash, as many French
#: sites set them (``JC – Oui, …``)
_INITIALS_LABEL = regex.compile(r"(?P<label>\p{Lu}{2,3})[ \u00a0]*[–—][ \u00a0]+(?=\S)")
#: a name of one to three capitalised words (``Jacqueline Roux``, ``InfoBassin``)
_CAPITALISED_NAME = regex.compile(r"\b\p{Lu}[\p{L}’'\-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'\-]*){0,2}")


def initials_name(text: str, initials: str) -> str | None:
    """The first name in ``text`` whose capitals are ``initials`` (``JC``: ``Jacqueline
    Roux``; ``IB``: ``InfoBassin``), other than the label itself; None when nobody is so named."""
    for m in _CAPITALISED_NAME.finditer(text):
        name = m.group()
        if name != initials and "".join(c for c in name if c.isupper()) == initials:
            return name
    return None


def turn_label(text: str, start: int, end: int) -> regex.Match | None:
    """The label opening a paragraph at ``start`` in any form a transcript's turns take
    (``QUILL:``, ``Q:``, ``Q.``, ``Brell:``); :func:`transcript_turns` tells which paragraphs
    are turns."""
    return (
        TURN_LABEL.match(text, start, end)
        or _QA_LABEL.match(text, start, end)
        or _HONORIFIC_LABEL.match(text, start, end)
        or _NAME_LABEL.match(text, start, end)
        or _INITIALS_LABEL.match(text, start, end)
    )


#: a line of dialogue: a dash, then the words, opening on a capital or a digit
_DIALOGUE_LINE = regex.compile(r"[—–―][ \u00a0\u202f]*(?=[\p{Lu}\d«])")
#: where the narrator's incise opens in a line of dialogue, after a comma or after the
#: words' own question or exclamation mark: ", a-t-elle expliqué", "? demande-t-il", ", répond
#: le maire"; the verb is checked against the verbs of saying
_INCISE_OPENING = regex.compile(
    r"(?:,|(?<=[?!…]))[ \u00a0\u202f]+"
    r"(?:(?:a-t|avait|avaient|s['’]est|s['’]était)-(?:il|elle|ils|elles|on)"
    r"(?:[ \u00a0]+(?:encore|aussi|également|alors|ensuite|enfin|même|déjà|pourtant))?"
    r"[ \u00a0]+(?P<after_aux>\p{Ll}+)"
    r"|(?P<inverted>\p{Ll}+)-(?:t-)?(?:il|elle|ils|elles|on)\b"
    r"|(?:(?:a|avait|s['’](?:est|était))[ \u00a0]+)?(?P<named>\p{Ll}+)[ \u00a0]+"
    r"(?=(?:le|la|les|l['’]|un|une|M\.|Mme|Me)\b|\p{Lu}))"
)


def dialogue_lines(article: Article) -> dict[int, list[tuple[int, int]]]:
    """French dialogue set with dashes instead of guillemets (``— Nous n'avons pas le choix,
    a-t-elle expliqué.``): each line's spans of spoken words, mapped by paragraph; the
    narrator's incise (``, a-t-elle expliqué``) stays out of them, and a line it splits gives
    two spans. Only in French, and only in an article with two such lines at least one of
    which has an incise: a dash opening a list's items or a byline is no dialogue."""
    if article.language != "fr":
        return {}
    text = article.text
    lines: dict[int, list[tuple[int, int]]] = {}
    incised = False
    for i, para in enumerate(article.paragraphs):
        dash = _DIALOGUE_LINE.match(text, para.start, para.end)
        if para.role != "body" or dash is None:
            continue
        start, end = dash.end(), para.end
        while end > start and text[end - 1].isspace():
            end -= 1
        incise = next(
            (
                m
                for m in _INCISE_OPENING.finditer(text, start, end)
                if (m.group("after_aux") or m.group("inverted") or m.group("named"))
                in _FRENCH_SPEECH_VERBS
            ),
            None,
        )
        if incise is None:
            lines[i] = [(start, end)]
            continue
        incised = True
        spans = [(start, incise.start())]
        resumes = text.find(", ", incise.end(), end)  # "— Nous, dit-il, n'avons rien vu."
        if resumes != -1 and resumes + 2 < end:
            spans.append((resumes + 2, end))
        lines[i] = spans
    return lines if incised and len(lines) >= 2 else {}


def transcript_turns(article: Article) -> dict[int, int]:
    """Paragraphs of an interview or transcript (``QUILL: …``, ``Q: …``, ``A: …``, ``M.
    Legault : …``, ``JC – …``), mapped to where the turn's words start.

    An article needs two such paragraphs to count as a transcript, so that a lone ``TOKYO: …``
    dateline is not taken for a speaker; turns set out as ``Q.`` and ``A.`` need both, for an
    initial (``A. Brell said``) is no answer, as do ``Frage:`` and ``Antwort:`` or ``Question :``
    and ``Réponse :``; and labels in title case (``Brell: …``) need two
    speakers with two turns each, one of them named in the article's own text, for
    ``When: Saturday`` and ``Where: the town hall`` are no dialogue; initials and a dash need
    two voices taking turns, one of them the initials of a name the article gives."""
    text = article.text
    paragraphs = [(i, p) for i, p in enumerate(article.paragraphs) if p.role in QUOTED_ROLES]
    for pattern in (TURN_LABEL, _QA_LABEL, _HONORIFIC_LABEL, _NAME_LABEL, _INITIALS_LABEL):
        found = {i: m for i, p in paragraphs if (m := pattern.match(text, p.start, p.end))}
        labels = Counter(m.group("label") for m in found.values())
        if pattern is TURN_LABEL or pattern is _HONORIFIC_LABEL:
            accepted = len(found) >= 2
        elif pattern is _QA_LABEL:
            accepted = set(labels) == {"Q", "A"}
        elif pattern is _INITIALS_LABEL:  # two voices taking turns, one the article names
            order = [m.group("label") for m in found.values()]
            accepted = (
                len(labels) == 2
                and min(labels.values()) >= 2
                and all(a != b for a, b in pairwise(order))
                and any(initials_name(text, label) for label in labels)
            )
        elif len(labels) == 2 and set(labels) <= QUESTION_LABELS | ANSWER_LABELS:
            accepted = bool(set(labels) & QUESTION_LABELS and set(labels) & ANSWER_LABELS)
        else:
            accepted = (
                len(labels) >= 2
                and min(labels.values()) >= 2
                and any(
                    _named_outside_labels(text, label, n) for label, n in labels.most_common(10)
                )  # the speakers, not every label a hostile page repeats
            ) or _answers_to_questions(text, paragraphs, found)
            if not accepted and (asked := _interview(text, paragraphs, found)):
                found, accepted = asked, True
        if accepted:
            if pattern is TURN_LABEL:  # the answers labelled by name: "Ilka Brandes: …"
                found |= _named_turns(text, paragraphs, found)
            return {i: m.end() for i, m in found.items()}
    return {}


def _answers_to_questions(
    text: str, paragraphs: list[tuple[int, Paragraph]], found: dict[int, regex.Match]
) -> bool:
    """Whether title-case labels are one person's answers to questions set without a label
    (``What drew you to the harbour?`` ¶ ``Brandes: My grandfather …``): two turns or more
    under one surname the article names outside the labels, each after a paragraph that ends
    on a question mark."""
    surnames = {m.group("label").split()[-1] for m in found.values()}
    if len(found) < 2 or len(surnames) != 1:
        return False
    (surname,) = surnames
    previous = {i: p for (_, p), (i, _) in pairwise(paragraphs)}
    return _named_outside_labels(text, surname, len(found)) and all(
        i in previous and text[previous[i].start : previous[i].end].rstrip().endswith("?")
        for i in found
    )


def _interview(
    text: str, paragraphs: list[tuple[int, Paragraph]], found: dict[int, regex.Match]
) -> dict[int, regex.Match]:
    """The body's title-case labels when they are an interviewer's questions and the answers
    to them (``Le Courrier du Sud : … ?`` ¶ ``Claire Fontaine : …``): two labels, turns taking
    turns, every turn of the first ending on a question mark and none of the second's; else
    none. A headline's label is left to the headline rules."""
    turns = {i: found[i] for i, p in paragraphs if i in found and p.role == "body"}
    labels = [m.group("label") for m in turns.values()]
    if len(set(labels)) != 2 or any(a == b for a, b in pairwise(labels)):
        return {}
    ends = {i: p.end for i, p in paragraphs}
    said = [text[m.end() : ends[i]].rstrip() for i, m in turns.items()]
    questions, answers = said[0::2], said[1::2]
    if all(q.endswith("?") for q in questions) and not any(a.endswith("?") for a in answers):
        return turns
    return {}


def _named_turns(
    text: str, paragraphs: list[tuple[int, Paragraph]], found: dict[int, regex.Match]
) -> dict[int, regex.Match]:
    """In a transcript whose questions are labelled in capitals (``LINDENHAINER BOTE: …``), the
    answers labelled by the answerer's name in title case (``Ilka Brandes: …``, ``Brandes:
    …``): turns too, when one surname labels two of them or the article names the person
    outside the labels."""
    named = {
        i: m
        for i, p in paragraphs
        if i not in found and (m := _NAME_LABEL.match(text, p.start, p.end))
    }
    surnames = Counter(m.group("label").split()[-1] for m in named.values())
    return {
        i: m
        for i, m in named.items()
        if surnames[(surname := m.group("label").split()[-1])] >= 2
        or _named_outside_labels(text, surname, surnames[surname])
    }


def _named_outside_labels(text: str, label: str, as_label: int) -> bool:
    """Whether a turn's label (its last word) also names someone in the article's own text,
    beyond its ``as_label`` uses as a label: ``Tom Brell … Brell: …``."""
    word = regex.escape(label.split()[-1])
    return len(regex.findall(rf"\b{word}\b", text)) > as_label


#: an apostrophe after a plural's s before a lower-case word ("the members' patience")
_PLURAL_POSSESSIVE = regex.compile(r"s['’] \p{Ll}")
#: a single closing mark after the punctuation that ends quoted speech, or before it in British
#: style ("called it 'the governors' mess'.")
_PUNCTUATED_CLOSE = regex.compile(r"[.,!?]['’](?!\p{L})|(?<=\p{L})['’](?=[.,;:!?])")
#: a single mark opening a quote: after a space, before a letter
_SINGLE_OPEN = regex.compile(r"(?<=\s)[‘']\p{L}")


#: the elided "and" of "rock 'n' roll", its two apostrophes no quote marks
_ROCK_N_ROLL = regex.compile(r"\s['’][nN]['’]")
#: a year or a decade with its century elided: "'90s", "the '08 crash", "class of '98"
_ELIDED_DECADE = regex.compile(r"['’]\d0s\b")
_ELIDED_YEAR = regex.compile(r"['’]\d\d\b(?![\d.,]*\s*(?:%|per\s?cent))")
#: words a year elided to two digits follows ("in '08", "the '98 team"); a quote opening on
#: a number follows a verb or a colon instead ("said '20 people were hurt'")
_BEFORE_ELIDED_YEAR = frozenset(
    {"the", "in", "of", "since", "from", "until", "till", "by", "to", "and", "class", "summer"}
    | {"spring", "autumn", "fall", "winter", "early", "late", "mid"}
)


def _elided_year(text: str, at: int) -> bool:
    """Whether the apostrophe at ``at`` stands for a century left out (``'90s``, ``in '08``),
    not a quote opening on a number."""
    if _ELIDED_DECADE.match(text, at):
        return True
    if not _ELIDED_YEAR.match(text, at):
        return False
    before = text[max(0, at - 12) : at].split()[-1:]
    return bool(before) and (
        before[0].lower() in _BEFORE_ELIDED_YEAR or before[0].endswith(("'s", "’s"))
    )


def _plural_apostrophe(text: str, at: int, end: int) -> bool:
    """Whether the mark at ``at`` is a plural's apostrophe (``members' patience``) inside a
    single-quoted quote that a mark after punctuation closes later, no new quote opened between."""
    if not _PLURAL_POSSESSIVE.match(text, at - 1, end):
        return False
    close = _PUNCTUATED_CLOSE.search(text, at + 1, end)
    return close is not None and not _SINGLE_OPEN.search(text, at + 1, close.start())


def nested_spans(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Quotes within the quote ``text[start:end]``: single-quoted spans (``‘…’``, and German
    and French ``‚…‘``, ``›…‹``, ``‹…›``), apostrophes left alone (an opening mark follows a
    space or the start and precedes a letter; a closing mark follows a non-space and precedes
    no letter), and spans in the outer quote's own curly marks.

    >>> s = "he said ‘no deal’ and ‘we’re done’ today"
    >>> [s[a:b] for a, b, _, _ in nested_spans(s, 0, len(s))]
    ['no deal', 'we’re done']
    """
    spans, open_at = [], None
    for m in _SINGLE_MARK.finditer(text, start, end):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        inside_after, inside_before = after, before
        if ch in "‹›":  # French sets spaces inside them: ‹ non ›
            inside_after = text[i + 1 : min(end, i + 3)].lstrip(_INNER_SPACES)[:1] or " "
            inside_before = text[max(start, i - 2) : i].rstrip(_INNER_SPACES)[-1:] or " "
        if open_at is None:
            if (
                ch in "‘'‚›‹"
                and (before.isspace() or before in '(—–-"“„»«')
                and inside_after.isalnum()
                and not _elided_year(text, i)
            ):
                open_at = i
        elif (
            ch in _INNER_PAIRS.get(text[open_at], "’'")
            and not inside_before.isspace()
            and not after.isalnum()
        ):
            if open_at < i - 2 and _ROCK_N_ROLL.match(text, max(start, i - 3), i + 1):
                continue  # the second apostrophe of "rock 'n' roll" inside a quote
            if _plural_apostrophe(text, i, end):
                continue  # "the members' patience …,'": the quote runs on
            if len(text[open_at + 1 : i].strip(" .,!?;:")) > 1:  # not the 'n' of "rock ’n’ roll"
                inner = text[open_at + 1 : i]  # the spaces inside ‹ › are no part of the words
                left = len(inner) - len(inner.lstrip(_INNER_SPACES))
                right = len(inner) - len(inner.rstrip(_INNER_SPACES))
                spans.append((open_at + 1 + left, i - right, text[open_at], ch))
            open_at = None
    # and a quote set inside with the outer quote's own curly marks (“… he calls “chaos” …”),
    # or, in French agency copy, between plus signs (« … il a dit +non+ … »)
    spans += [
        (m.start(1), m.end(1), "“", "”") for m in _SAME_GLYPH_NESTED.finditer(text, start, end)
    ]
    spans += [(m.start(1), m.end(1), "+", "+") for m in _PLUS_NESTED.finditer(text, start, end)]
    return sorted(spans)


#: a quote inside a quote between plus signs, as French agency copy sets it: "+nous ne céderons
#: pas+", opened after a space or a colon, closed before a space or punctuation
_PLUS_NESTED = regex.compile(
    r"(?<=[\s\u00a0:(])\+(\p{L}[^+\n]{0,300}?[\p{L}\p{N}.!?…])\+(?![\p{L}\p{N}])"
)


def inner_spans(text: str, start: int, end: int, open_mark: str) -> list[tuple[int, int, str, str]]:
    """Quotes within the quote ``text[start:end]`` opened by ``open_mark``: those of
    :func:`nested_spans`, and in a single-quoted quote the double-quoted ones (British style).

    >>> s = "'I told them: “Nobody remembers.” And they did,'"
    >>> [s[a:b] for a, b, _, _ in inner_spans(s, 1, len(s) - 1, "'")]
    ['Nobody remembers.']
    """
    spans = nested_spans(text, start, end)
    if open_mark in _SINGLE_OPENS:
        spans = sorted({*spans, *find_spans(text, start, end)[0]})
    return spans


#: the inverted cue a headline gives its quote: "Cuts 'a disgrace', says union"
_HEADLINE_SAYS = regex.compile(r",?\s+(?:says|said)\s+\S")
#: single marks quote speech only around at least this many words; shorter single-quoted
#: stretches are names, titles and scare quotes ('reset', 'Frozen')
SINGLE_QUOTED_WORDS = 3


def single_quoted(
    text: str, start: int, end: int, headline: bool = False, words: int = SINGLE_QUOTED_WORDS
) -> list[tuple[int, int, str, str]]:
    """Speech quoted with single marks, in a paragraph that has no double marks: British house
    style, captions and headlines (``'We will not be rushed,' said Reyes``). Apostrophes
    (``Reyes's``, ``don't``, ``'90s``) never open or close one. Words in title case are a name
    or a title, except in a ``headline``, where every word is capitalised.

    >>> s = "'We will not be rushed into a bad deal,' said Reyes, whose party's '90s pledge stood."
    >>> [s[a:b] for a, b, _, _ in single_quoted(s, 0, len(s))]
    ['We will not be rushed into a bad deal,']
    """
    return [
        (s, e, om, cm)
        for s, e, om, cm in nested_spans(text, start, end)
        if len(text[s:e].split()) >= words
        and text[s].isalpha()
        and (headline or not _headline_case(text[s:e]))
    ]


#: an English word's ending glued to a closing mark: "“sip”ping", "“fail”ed", "“like”s"
_SUFFIX = regex.compile(r"\p{Ll}{0,2}(?:ing|ed|er|ers|s|es|ly|ness)\b")


def _inside_a_word(text: str, start: int, end: int, close_mark: str) -> bool:
    """Whether marks set off part of one word (``started “sip”ping``): one word whose closing
    mark a word's ending follows with no space; no quote, only emphasis inside a word (not
    ``"no"and``, a space lost after a quote)."""
    return (
        bool(close_mark)
        and text[start:end].isalpha()
        and _SUFFIX.match(text, end + len(close_mark)) is not None
    )


def _with_single_outside(
    text: str, para: Paragraph, spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """A headline's double-quoted spans with the single-quoted speech outside all of them:
    headlines set speech in single marks, whatever marks the rest of the line uses."""
    outside = [
        span
        for span in single_quoted(text, para.start, para.end, headline=True)
        if not any(s - 1 <= span[0] and span[1] <= e + 1 for s, e, _, _ in spans)
    ]
    return sorted([*spans, *outside])


def _single_around_double(
    text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The paragraph's quotes where British house style sets speech in single marks and a quote
    within it in double ones (``'I told them: "Nobody remembers." And they did,' he said``): each
    single-quoted span around a double-quoted one replaces the double spans it holds, which
    become its nested quotes; with no single-quoted span around a double one, the spans come
    back as they are."""
    if not _SINGLE_OPENS_INSIDE.search(text, start, end):
        return spans  # no single mark opening a quote: nothing around the double ones
    around = [
        single
        for single in nested_spans(text, start, end)
        if single[2] in _SINGLE_OPENS
        and text[single[0]].isalpha()  # not the apostrophe of "in ’08"
        and any(single[0] < s and e < single[1] for s, e, _, _ in spans)
    ]
    if not around:
        return spans
    inside = [span for span in spans if any(a[0] <= span[0] < a[1] for a in around)]
    # the paragraph sets speech in single marks: its other single-quoted speech is quoted too
    # ("… said it was 'a shambles from start to finish'. He added: 'They said "…" then.'")
    others = [
        single
        for single in single_quoted(text, start, end)
        if single[2] in _SINGLE_OPENS
        and not any(a[0] <= single[0] < a[1] or single[0] <= a[0] < single[1] for a in around)
        and not any(s <= single[0] < e for s, e, _, _ in spans)
    ]
    return sorted([*around, *others, *(span for span in spans if span not in inside)])


def _single_mark_style(article: Article) -> bool:
    """Whether the article sets speech in single marks (British house style): its body has no
    double marks and quotes a few words in single ones somewhere. Such an article's short
    single-quoted words are quotes too (``described the move as 'reckless'``)."""
    text = article.text
    body = [p for p in article.paragraphs if p.role == "body"]
    if any(_double_outside_single(text, p.start, p.end) for p in body):
        return False  # double marks, or two apostrophes standing for one
    return any(single_quoted(text, p.start, p.end) for p in body)


def _double_outside_single(text: str, start: int, end: int) -> bool:
    """Whether a paragraph sets something in double marks (or two apostrophes standing for one)
    other than a quote within a single-quoted one."""
    if "''" in text[start:end]:
        return True
    if not _ANY_MARK.search(text, start, end):
        return False
    if not _SINGLE_OPENS_INSIDE.search(text, start, end):
        return True  # double marks and no single one to hold them
    spans, left_open = find_spans(text, start, end)
    return left_open is not None or _single_around_double(text, start, end, spans) == spans


def _headline_case(words: str) -> bool:
    """Most words capitalised: a headline's or a title's words, which single marks set apart
    without making them speech a reader can check."""
    tokens = _TITLE_WORD.findall(words)
    capitalised = sum(t[:1].isupper() for t in tokens if t.lower() not in _MINOR_WORDS)
    return len(tokens) > 1 and capitalised >= 0.6 * len(tokens)


def _with_nested(article: Article, quotes: list[Quote]) -> list[Quote]:
    """Insert each quote's nested quotes right after it, renumbering so that indices still
    follow reading order."""
    ordered: list[tuple[Quote, int | None]] = []  # (quote, parent's old index)
    for q in quotes:
        ordered.append((q, None))
        for s, e, om, cm in inner_spans(article.text, q.start, q.end, q.open_mark):
            nested = _make_quote(article, -1, s, e, om, cm, q.paragraph, None, False)
            # a work named inside a quote keeps its kind: "the film 'Harbour Lights'"
            kind = "title" if nested.kind == "title" else "nested"
            ordered.append((replace(nested, kind=kind), q.index))
    if len(ordered) == len(quotes):
        return quotes  # nothing nested: every index stays
    new_index = {q.index: n for n, (q, parent) in enumerate(ordered) if parent is None}
    return [
        replace(
            q,
            index=n,
            parent=new_index[parent] if parent is not None else None,
            part_of=new_index.get(q.part_of) if q.part_of is not None else None,
        )
        for n, (q, parent) in enumerate(ordered)
    ]


def _link_repeats(article: Article, quotes: list[Quote]) -> tuple[Quote, ...]:
    """Point each quote in a repeated paragraph at the same quote in the original paragraph."""
    at = {(q.paragraph, q.start): q for q in quotes}
    linked = []
    for q in quotes:
        original = article.paragraphs[q.paragraph].repeat_of
        if original is not None:
            shift = (
                q.start - article.paragraphs[q.paragraph].start + article.paragraphs[original].start
            )
            twin = at.get((original, shift))
            if twin is not None:
                q = replace(q, repeat_of=twin.index)
        linked.append(q)
    return tuple(linked)


def quotes_by_article(quotes: Iterable[Quote]) -> dict[str, tuple[Quote, ...]]:
    """The quotes of each article, by article id, in their order: gathered once, so that a step
    over every article never scans every quote for each."""
    found: dict[str, list[Quote]] = {}
    for q in quotes:
        found.setdefault(q.article_id, []).append(q)
    return {article: tuple(qs) for article, qs in found.items()}


#: no-break and thin spaces read as plain spaces by the attribution rules ("issued a\u00a0statement"
#: is "issued a statement"); one character for one, so offsets stay the article's
_NARROW_SPACES = ("\u00a0", "\u202f", "\u2009", "\u2007")
#: the hyphen and the no-break hyphen some sites set in compound names instead of "-"
_UNICODE_HYPHENS = ("\u2010", "\u2011")


_LINE_BREAK = regex.compile(r"([^\n]*)\n")  # a line and the break that ends it
#: the longest line of a text wrapped at a fixed width (72 to 80 columns, a margin for a long word)
_WRAP_WIDTH = 100


def _hard_wrapped(text: str) -> bool:
    """Whether the text is wrapped at a fixed width, as wire copy and e-mail are: no line is
    longer than the width. A page's text with a heading line over a paragraph keeps its line."""
    return max(map(len, text.splitlines()), default=0) <= _WRAP_WIDTH


#: a credit line's © and the rest of its line (``© Radio Nord - Jo Kern``); not a © glued to a
#: letter, a mis-decoded é
_CREDIT = regex.compile(r"(?<![\p{L}\p{M}])©[^\n]*")


def mask_quotes(article: Article, quotes: tuple[Quote, ...]) -> str:
    """The article text with every quotation, marks included, replaced by ``MASK`` characters,
    its no-break spaces by plain ones, and the line breaks inside a paragraph (a hard wrap:
    ``said Ruth\nAlbers``) by spaces, so a name or a clause runs on as it is read.

    Trailing sentence punctuation inside the marks is kept so sentence ends stay visible.
    """
    text = article.text
    pieces, at = [], 0
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start - 1 < at:  # a quote nested in one already masked
            continue
        open_at = max(q.start - max(1, len(q.open_mark)), at)
        keep = len(q.text) - len(q.text.rstrip(".!?"))
        close_end = min(q.end + len(q.close_mark), len(text))
        pieces += [
            text[at:open_at],
            MASK * (q.end - keep - open_at),
            text[q.end - keep : q.end],
            MASK * (close_end - q.end),
        ]
        at = close_end
    pieces.append(text[at:])
    masked = "".join(pieces)
    for space in _NARROW_SPACES:
        if space in masked:  # str.replace is a C-speed scan; str.translate a slow mapping
            masked = masked.replace(space, " ")
    for hyphen in _UNICODE_HYPHENS:
        if hyphen in masked:  # "Anna‐Lena", "Roland‐Garros": one name, as with "-"
            masked = masked.replace(hyphen, "-")
    if "©" in masked:  # a photo's credit names its photographer, no one the story tells of
        masked = _CREDIT.sub(lambda m: " " * len(m.group()), masked)
    wrapped = [p for p in article.paragraphs if "\n" in masked[p.start : p.end]]
    if wrapped and _hard_wrapped(article.text):
        chars = list(masked)
        for p in wrapped:
            for line in _LINE_BREAK.finditer(masked, p.start, p.end):
                if not _headline_case(line.group(1)):  # a heading over a paragraph keeps its line
                    chars[line.end() - 1] = " "
        masked = "".join(chars)
    return masked


def crosshead_quote(quote: Quote, text: str) -> bool:
    """Whether a quote is a paragraph of a few words of its own with no stop in or after its
    marks (``“On a été pris de court”`` between two paragraphs): a crosshead the page pulled
    from the story, whose speaker the story around it tells, no paragraph of anyone's words."""
    start, end = quote.start - len(quote.open_mark), quote.end + len(quote.close_mark)
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return (
        not text[line_start:start].strip()
        and not text[end : line_end if line_end >= 0 else len(text)].strip()
        and len(quote.text.split()) <= CROSSHEAD_WORDS
        and quote.text.rstrip()[-1:] not in {".", "!", "?", "…"}
    )


#: how many words a crosshead has at most
CROSSHEAD_WORDS = 12
