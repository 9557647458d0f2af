"""Loading articles: files, folders and manifests into :class:`Article` values.

Text copied from news sites carries more than the article: menus, breadcrumbs, "read also" boxes,
market widgets, copyright footers, and sometimes a paragraph pasted twice. This stage decodes each
file, splits it into paragraphs and labels each one (title, standfirst, meta, body, furniture), so
that later stages read the article and nothing else. It never rewrites the text: every offset
refers to the decoded file.

Metadata comes from a ``manifest.csv`` beside the files when there is one (columns ``file``,
``outlet``, ``date``, ``title``, ``url``, optional ``reference``), otherwise from the usual header
conventions: a leading ``date 2024-11-01 Outlet / section`` line, a ``By: … - Posted: …`` line, a
``TOKYO (AFP) —`` dateline and a ``first published in:`` line.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from functools import cache
from pathlib import Path

import regex

from .language import detect_language, normalise_language
from .lexicon import rows
from .models import Article, Paragraph

#: file endings read as plain-text articles

#: a copyright line; a © glued to a letter (or to its combining accent) is a mis-decoded é
#: ("RenÃ©"), not one
_LONG_FURNITURE = regex.compile(r"(?<![\p{L}\p{M}])©|copyright|rights reserved", regex.IGNORECASE)
_FURNITURE_KINDS = [kind for kind, _pattern, _example in rows("furniture.tsv")]


@cache
def _furniture_pattern(copyright_lines: bool) -> regex.Pattern:
    """One pass over a paragraph for every pattern of the table, the copyright lines' or not
    (theirs scans the whole paragraph, and only a paragraph with a copyright word can match);
    compiled when first needed."""
    return regex.compile(
        "|".join(
            f"(?P<k{i}>{pattern})"
            for i, (kind, pattern, _e) in enumerate(rows("furniture.tsv"))
            if copyright_lines or kind != "copyright"
        ),
        regex.IGNORECASE | regex.VERSION1,
    )


_DATE_LINE = regex.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$", regex.IGNORECASE)
#: a ``date …`` line followed by at most this many words names the outlet (``date 2024-11-01
#: Daily Planet / world``); more words are the page's own first line (its headline or lead)
DATE_LINE_OUTLET_WORDS = 8
_DATELINE = regex.compile(
    r"^\s*(\p{Lu}[\p{Lu} .'’-]+?),?\s*\(([\p{L}][\p{L} .&-]{0,30})\)\s*[—–-]+\s"
)
_BYLINE = regex.compile(
    r"^\s*By:?\s+(?P<by>[^|\n]+?)\s*(?:[-–—|]\s*Posted:?\s*(?P<posted>.+?))?\s*$", regex.IGNORECASE
)
#: the most words a byline's names and outlet take ("By Jo Ames and Ivo Marsh, Harbour Gazette
#: staff writers"); a longer paragraph opening on "By" is a sentence ("By then, …")
BYLINE_WORDS = 12
_ENDS_LIKE_SENTENCE = regex.compile(r"\s\p{Ll}[\p{L}'’]*[.!?]$")


def _byline(para: str) -> regex.Match | None:
    """A byline paragraph (``By Jo Ames``, ``BY JO AMES, Harbour Gazette | Posted: …``): "By"
    and a name, not a sentence that opens on the preposition (``By the late 1980s, …``,
    ``By 2026, …``)."""
    m = _BYLINE.match(para)
    if (
        m is None
        or not m["by"][:1].isupper()
        or len(m["by"].split()) > BYLINE_WORDS
        or _ENDS_LIKE_SENTENCE.search(m["by"])  # "By Monday, the rain had stopped."
    ):
        return None
    return m


_FIRST_PUBLISHED = regex.compile(
    r"^\W*(?:first|originally)\s+published\s+(?:in|by|on)\s*:?\s*(?P<src>.+?)\s*$", regex.IGNORECASE
)
#: a header line of a saved or scraped article: ``source: https://…``, ``outlet: …``,
#: ``date: 2024-07-21``, ``title: …``, ``byline: …``; each stands as a paragraph of its own
_FIELD_LINE = regex.compile(
    r"^\s*(?P<key>source|url|outlet|publisher|date|published|title|headline|byline|author)"
    r"\s*:\s*(?P<value>\S[^\n]*?)\s*$",
    regex.IGNORECASE,
)
_FIELDS = {
    "source": "url",
    "url": "url",
    "outlet": "outlet",
    "publisher": "outlet",
    "date": "date",
    "published": "date",
    "title": "title",
    "headline": "title",
    "byline": "byline",
    "author": "byline",
}
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)")
_PARAGRAPH_END = frozenset('.!?:…"”’»)]')  # a line ending so ends its paragraph
#: a sentence's end inside German closing marks („…“, »…«), which close on what English
#: and French open with: a line ending so ends its paragraph too
_GERMAN_CLOSE_END = frozenset(f"{stop}{mark}" for stop in ".!?…" for mark in "“«")
_LINE = regex.compile(r"[^\n]+")
_WORD = regex.compile(r"\w+")
_WORD_END = regex.compile(r"\s|$")


class InputError(ValueError):
    """An input that cannot be read as an article; the message says what to do about it."""


def utf16_without_mark(data: bytes) -> str | None:
    """The byte order of UTF-16 text saved with no byte-order mark (``utf-16-le`` or
    ``utf-16-be``), told by a zero byte in most places of one parity and few of the other, as
    text in a Latin script has; else None (a binary file has its zeros anywhere)."""
    if len(data) < 8:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd * 5 > half * 2 and even * 10 < half:
        return "utf-16-le"
    if even * 5 > half * 2 and odd * 10 < half:
        return "utf-16-be"
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM (or, with a warning,
    without one), the encoding the file declares (a saved page's ``<meta charset>``), else
    cp1252 with a warning; a stray UTF-16 mark before other text is dropped with a warning.

    >>> decode("Moreau said “yes”".encode("cp1252"))[1]
    ('not valid UTF-8; read as Windows-1252 (cp1252)',)
    >>> decode("Moreau said “yes”".encode("cp1252"), declared="windows-1252")
    ('Moreau said “yes”', ())
    """
    bom_only: tuple[str, ...] = ()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and data.count(0) * 20 < len(data):
        # UTF-16 text in a Latin script has a zero byte in every other place: with almost none,
        # the two bytes are a stray mark before text in another encoding
        data, bom_only = data[2:], ("a UTF-16 byte-order mark before text that is not UTF-16",)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            text = data.decode("utf-16", errors="replace")
            return text, ("UTF-16 text with broken bytes; they were replaced with U+FFFD",)
    if (order := utf16_without_mark(data)) is not None:
        return data.decode(order, errors="replace"), ("UTF-16 text with no byte-order mark",)
    try:
        return data.decode("utf-8-sig"), bom_only
    except UnicodeDecodeError:
        pass
    warnings: tuple[str, ...] = bom_only
    if declared:
        try:
            return data.decode(declared), ()
        except LookupError:
            warnings = (f"the page declares an unknown encoding ({declared})",)
        except UnicodeDecodeError:
            warnings = (f"the page declares {declared} but is not valid {declared}",)
    try:
        return data.decode("cp1252"), (
            *warnings,
            "not valid UTF-8; read as Windows-1252 (cp1252)",
        )
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        return text, (
            *warnings,
            "not valid UTF-8 or cp1252; undecodable bytes replaced with U+FFFD",
        )


#: a UTF-8 lead byte read as Latin-1 or Windows-1252 (``Ã``, ``Â``, ``â``…) followed by a
#: continuation byte read the same way, or a C1 control: the trace every common mojibake leaves.
#: A cheap test before ftfy, which reads the whole text (the standard library's engine scans such
#: a character class about twice as fast as ``regex``).
_MOJIBAKE_TRACE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|[\u0080-\u009f]"
)
_CODEC_NAMES = {
    "latin-1": "Latin-1",
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "sloppy-windows-1251": "Windows-1251",
    "macroman": "Mac Roman",
}


def repair(text: str) -> tuple[str, tuple[str, ...]]:
    """Text with mojibake repaired (``â€œyesâ€`` back to ``“yes”``), and a warning that names
    the fix and shows an example, and HTML character references a scraper left decoded
    (``&quot;yes&quot;``), with a warning too; text with neither comes back as it was.

    Offsets of the article then refer to the repaired text.

    >>> text, (warning,) = repair("Moreau said \u00e2\u20ac\u0153yes\u00e2\u20ac\x9d today")
    >>> text
    'Moreau said “yes” today'
    >>> warning[:48]
    'mojibake repaired (UTF-8 read as Windows-1252): '
    >>> repair("Moreau said “yes”, naïvely")
    ('Moreau said “yes”, naïvely', ())
    >>> repair("Moreau said &quot;yes&quot; &amp; left")[0]
    'Moreau said "yes" & left'
    """
    text, mojibake = _repair_mojibake(text)
    if not _MARK_REFERENCE.search(text):
        return text, mojibake
    decoded = html.unescape(text)
    return decoded, (*mojibake, f"HTML character references decoded: {_example(text, decoded)}")


#: an HTML character reference for a quotation mark, an apostrophe or a space, as scraped text
#: keeps them (``&quot;``, ``&#8220;``, ``&rsquo;``, ``&nbsp;``): the text's marks hide in them
_MARK_REFERENCE = re.compile(
    r"&(?:quot|apos|[lr]dquo|[lr]squo|[lr]aquo|bdquo|sbquo|nbsp"
    r"|#0*(?:34|39|160|171|187|82(?:1[6-9]|2[0-2]))|#x0*(?:22|27|a0|ab|bb|201[89a-e]));",
    re.IGNORECASE,
)


def _repair_mojibake(text: str) -> tuple[str, tuple[str, ...]]:
    """Text with mojibake repaired, and the warning that says so (see :func:`repair`)."""
    if not _MOJIBAKE_TRACE.search(text):
        return text, ()
    import ftfy  # only for text that shows the trace

    # the closing mark's last byte lost: given back for ftfy to decode
    restored = _LOST_CLOSING_BYTE.sub("â€\x9d", text) if "â€" in text else text
    fixed, steps = ftfy.fix_encoding_and_explain(restored)
    if fixed == restored or not steps:
        return text, ()
    if 2 * _suspicious(fixed) > _suspicious(text):
        # bytes lost on the way ("RaÃ\x83Âol"): no fix gives the text back, one only moves the
        # garbage about; the words are left as they are
        return text, (f"mojibake left as it is (no fix restores it): {_example(text, fixed)}",)
    read_as = [_CODEC_NAMES.get(name, name) for action, name in steps if action == "encode"]
    how = f"UTF-8 read as {' then '.join(read_as)}" if read_as else ", ".join(n for _a, n in steps)
    return fixed, (f"mojibake repaired ({how}): {_example(text, fixed)}",)


#: the right double mark ” (bytes E2 80 9D) read as Windows-1252, which has no character for
#: 9D: "â€" then a replacement character, or the byte dropped before a space, a punctuation mark
#: or the line's end. The other bytes Windows-1252 lacks (81, 8D, 8F, 90) would stand for
#: spaces and format controls that news text hardly holds, and a dagger (A0) for a lost
#: no-break space is rarer in news than a closing mark.
_LOST_CLOSING_BYTE = re.compile("â€(?:\ufffd|(?=[ \t\n,.;:!?)]|$))")


def _suspicious(text: str) -> int:
    """How much of the text looks like mojibake: its traces, and the capitals Ã and Â that
    misread UTF-8 leaves behind and real words almost never hold."""
    return len(_MOJIBAKE_TRACE.findall(text)) + text.count("Ã") + text.count("Â")


def _example(before: str, after: str, width: int = 40) -> str:
    """The first words a repair changed, as ``‘before’ → ‘after’``."""
    start = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), 0)
    lo = max(before.rfind(" ", 0, start) + 1, before.rfind("\n", 0, start) + 1, start - width // 2)
    ends = []
    for text in (before, after):
        found = _WORD_END.search(text, start, lo + width)
        ends.append(found.start() if found else lo + width)
    return f"‘{before[lo : ends[0]]}’ → ‘{after[lo : ends[1]]}’"


#: what opens a line that links to another story: ">> Port to close", "► …"
_TEASER_ARROWS = (">>", "»»", "►")
#: a single line break, then a capital opening the next line
_CAPITAL_NEXT = regex.compile(r"[ \t]*\n[ \t]*\p{Lu}")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines, and lines inside a block that end a sentence.

    A line break after sentence-ending punctuation starts a new paragraph (single-spaced files); a
    break in mid-sentence is a hard wrap and continues the paragraph. Spans exclude surrounding
    white space.
    """
    spans: list[tuple[int, int]] = []
    scan = text.replace("\r\n", " \n").replace("\r", "\n")  # same length: offsets hold
    start: int | None = None
    last_end = 0
    for line in _LINE.finditer(scan):
        stripped = line.group().strip()
        blank_between = scan.count("\n", last_end, line.start()) > 1
        field = bool(_FIELD_LINE.match(stripped))
        if (
            start is not None
            and (not stripped or blank_between or field)
            and (field or not _quote_runs_on(scan, start, last_end))
        ):
            spans.append((start, last_end))
            start = None
        if not stripped:
            continue
        if start is None:
            start = line.start()
        last_end = line.end()
        short = len(stripped) < 40 and not _opens_quote(stripped)  # a heading, not a wrap
        # a line of a few words with no comma opening its paragraph, a capital on the next:
        # a crosshead ("Die meisten Produkte kommen aus der Region"), as wrapped lines are
        # wider and a paragraph's first one seldom ends so short
        short = short or (
            start == line.start()
            and len(stripped) < 60
            and len(stripped.split()) <= 8
            and "," not in stripped
            and not _opens_quote(stripped)
            and bool(_CAPITAL_NEXT.match(scan, line.end()))
        )
        # the text's first line, a capital after it: a headline over its standfirst, no wrap
        headline = not spans and start == line.start() and _CAPITAL_NEXT.match(scan, line.end())
        teaser = stripped.startswith(_TEASER_ARROWS)  # ">> …": a link on a line of its own
        ends = (
            stripped[-1] in _PARAGRAPH_END
            or stripped[-2:] in _GERMAN_CLOSE_END
            or short
            or field
            or headline
            or teaser
        )
        if ends and not field and _quote_runs_on(scan, start, line.end()):
            ends = False  # "… discutent. «" ¶ "No comment" ¶ "», lâche Marie": one paragraph
        if ends:
            spans.append((start, last_end))
            start = None
    if start is not None:
        spans.append((start, last_end))
    return [_strip_span(text, s, e) for s, e in spans if text[s:e].strip()]


def _quote_runs_on(text: str, start: int, end: int) -> bool:
    """Whether a line ending at ``end`` sits inside a quote that pages set over lines of their
    own: the line before it ended on an opening mark, or the next line opens on a closing mark
    the block's open guillemet waits for (``… discutent. «`` / ``No comment`` / ``», lâche
    Marie``), as scraped pages lay out a quote in its own element."""
    last = end
    while last > start and text[last - 1] in " \t":
        last -= 1
    if last > start and text[last - 1] in "«“„" and (last - 1 == start or text[last - 2].isspace()):
        return True  # an opening mark after a space ends the line (not "générale.«", a slip)
    if text[start] in _OPENING_MARKS and _CUE_COMMA_END.search(text, start, last):
        # a quote in an element of its own that a comma hands to the cue on the next line
        # ('"We will not accept it,"' / 'said Ruth Albers, …'): one sentence
        return _LOWER_NEXT.match(text, end) is not None
    closing = _CLOSING_NEXT.match(text, end)
    return closing is not None and _opens_quote(text[start:end])


_OPENING_MARKS = '«“„"'
#: a closing mark and a comma, either way round, ending a line
_CUE_COMMA_END = regex.compile(r"(?:[»”\"][ \t\u00a0]*,|,[ \t\u00a0]*[»”\"])$")
#: a line break (blank lines maybe), then a word in lower case opening the next line
_LOWER_NEXT = regex.compile(r"[ \t]*(?:\n[ \t]*)+\p{Ll}")


#: a line break (blank lines maybe), then a closing mark opening the next line before a comma
#: or a word in lower case, as a cue goes on (``», lâche Marie``); not before a capital, where
#: French may reopen a quote's next paragraph (``» Nous …``)
_CLOSING_NEXT = regex.compile(r"[ \t]*(?:\n[ \t]*)+[»”][ \t\u00a0]*(?:,|\p{Ll})")


def _opens_quote(line: str) -> bool:
    """Whether a line leaves a quote open at its end (``"This is a quote``): its next line goes
    on with the words, as a heading never does."""
    if "„" in line:
        return line.count("„") > line.count("“")
    return (
        line.count('"') % 2 == 1
        or line.count("“") > line.count("”")
        or line.count("«") > line.count("»")
    )


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def furniture_kind(paragraph: str) -> str | None:
    """The kind of page furniture this paragraph is (``"breadcrumb"``…), or None for content.

    >>> furniture_kind("Home » World"), furniture_kind("Moreau will head to South Korea.")
    ('breadcrumb', None)
    """
    stripped = paragraph.strip()
    if len(stripped) > 400:
        return None
    folded = stripped.casefold()  # a cheap test first: most paragraphs have none of the words
    copyright_word = (
        "©" in stripped or "copyright" in folded or "rights reserved" in folded
    ) and _LONG_FURNITURE.search(stripped) is not None
    teaser = stripped.startswith(_TEASER_ARROWS)  # a link to another story, however long
    if len(stripped) > 120 and not (copyright_word or teaser):
        return None  # furniture is short: long paragraphs are tested only for copyright lines
    found = _furniture_pattern(copyright_word).fullmatch(stripped)
    if found is None and (label := _MARKED_LABEL.fullmatch(stripped)):
        # '"Related:"': a teaser's label a page set in quote marks, with nothing after it
        found = _furniture_pattern(False).fullmatch(label.group(1))
        kind = _FURNITURE_KINDS[int(found.lastgroup[1:])] if found else None
        return kind if kind == "trailer" else None
    return _FURNITURE_KINDS[int(found.lastgroup[1:])] if found else None


#: a paragraph of one or two words and a colon in quote marks
_MARKED_LABEL = regex.compile(r"[\"“”'‘’]([\p{L} ]{2,30}:)[\"“”'‘’]")


def _looks_like_body(paragraph: str) -> bool:
    return len(_WORD.findall(paragraph)) >= 8 and bool(_SENTENCE_END.search(paragraph))


#: a marker with the linked headline after its colon, set inside an article's body ("READ
#: MORE: Harbour fees to rise"): one line of furniture, after which the article goes on
_INLINE_LINK = regex.compile(r"[^:\n]{2,40}:\s*\S")


def label_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split ``text`` into paragraphs and give each its role and, for repeats, the original."""
    spans = split_paragraphs(text)
    texts = [text[s:e] for s, e in spans]
    body_start = next((i for i, t in enumerate(texts) if _looks_like_body(t)), 0)
    labelled: list[Paragraph] = []
    seen: dict[str, int] = {}
    in_trailer = False
    title_taken = False
    for i, ((start, end), para) in enumerate(zip(spans, texts, strict=True)):
        kind = furniture_kind(para)
        meta = (
            (
                (date_line := _DATE_LINE.match(para))
                and i < body_start
                and not _DATELINE.match(date_line[2])
                and len(date_line[2].split()) <= DATE_LINE_OUTLET_WORDS
            )
            or _byline(para)
            or _FIRST_PUBLISHED.match(para)
            or (i < body_start and _FIELD_LINE.match(para))
        )
        if kind == "trailer" and i > body_start and not _INLINE_LINK.match(para):
            in_trailer = (
                True  # a heading over related articles; "MORE NEWS: <headline>" is one link
            )
        if in_trailer:
            role, why = "furniture", "after a related-articles marker"
        elif meta:
            role, why = "meta", "metadata line"
        elif kind:
            role, why = "furniture", kind
        elif i < body_start:
            role, why = ("standfirst", "before the body") if title_taken else ("title", "headline")
            title_taken = True
        else:
            role, why = "body", ""
        key = " ".join(para.split())
        repeat_of = seen.get(key) if key.count(" ") >= 7 else None
        if repeat_of is None:
            seen.setdefault(key, i)
        labelled.append(Paragraph(start, end, role, repeat_of, why))
    return tuple(labelled)


def _parse_date(value: str) -> str | None:
    value = regex.sub(r"^\w+day,?\s+", "", value.strip(), flags=regex.IGNORECASE)
    for fmt in ("%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    found = regex.search(r"\d{4}-\d{2}-\d{2}", value)
    return found.group() if found else None


def read_header(text: str, paragraphs: tuple[Paragraph, ...]) -> dict[str, str | None]:
    """Outlet, date, title, byline, address, original source and agency from the header
    conventions in the text (``source:``/``outlet:``/``date:`` lines, a ``date … Outlet`` line, a
    byline, a ``first published in`` line, a ``TOKYO (AFP) —`` dateline, whose agency wrote the
    copy an outlet runs and is no outlet itself)."""
    info: dict[str, str | None] = {
        "outlet": None,
        "date": None,
        "title": None,
        "byline": None,
        "first_published_in": None,
        "url": None,
        "agency": None,
    }
    for p in paragraphs:
        para = text[p.start : p.end]
        if p.role == "meta" and (m := _FIELD_LINE.match(para)):
            field, value = _FIELDS[m["key"].lower()], m["value"]
            if field == "date":
                value = _parse_date(value) or value
            info[field] = info[field] or value
        elif (m := _DATE_LINE.match(para)) and info["date"] is None:
            info["date"] = m[1]
            rest = m[2]
            if d := _DATELINE.match(rest):
                info["outlet"] = info["outlet"] or d[2].strip()
            elif rest and len(rest.split()) <= DATE_LINE_OUTLET_WORDS:
                info["outlet"] = rest.split(" / ")[0].strip()
            elif rest and p.role == "title":  # a stored page's date marker before its headline
                info["title"] = " ".join(rest.split())
        elif p.role == "meta" and (m := _byline(para)):
            info["byline"] = m["by"].strip()
            if m["posted"]:
                info["date"] = info["date"] or _parse_date(m["posted"])
        elif m := _FIRST_PUBLISHED.match(para):
            info["first_published_in"] = m["src"].strip()
        elif p.role == "title" and info["title"] is None:
            info["title"] = " ".join(para.split())
        elif p.role == "body" and info["agency"] is None and (d := _DATELINE.match(para)):
            info["agency"] = d[2].strip()
    if info["outlet"] is None and info["byline"]:
        info["outlet"] = info["byline"]
    if info["outlet"] and info["first_published_in"]:
        info["outlet"] = f"{info['outlet']} (first published in {info['first_published_in']})"
    return info


def _unnamed_outlet(path: str, agency: str | None) -> str:
    """What to call an outlet no header names: its file, with the agency whose copy it runs
    (``ferry (AP copy)``), for the many outlets that run one agency's story must stay apart.

    >>> _unnamed_outlet("pages/ferry.txt", "AP"), _unnamed_outlet("<text>", "AP")
    ('ferry (AP copy)', 'AP')
    """
    if path == "<text>":
        return agency or path
    stem = Path(path).stem
    return f"{stem} ({agency} copy)" if agency else stem


def parse_article(
    text: str, path: str = "<text>", article_id: str | None = None, **metadata: str | None
) -> Article:
    """Build an :class:`Article` from decoded text; ``metadata`` (outlet, date, title, url,
    language) overrides what the header conventions say. Without a language given, it is
    detected (English when unsure: :func:`quotecheck.language.detect_language`).

    >>> a = parse_article("date 2024-11-01 Daily Planet / world\\n\\nPact signed\\n\\n"
    ...                   "The minister said the pact was signed on Friday in Tokyo.")
    >>> a.outlet, a.date, a.title
    ('Daily Planet', '2024-11-01', 'Pact signed')
    """
    paragraphs = label_paragraphs(text)
    header = read_header(text, paragraphs)
    given = {k: v for k, v in metadata.items() if v not in (None, "")}
    name = Path(path).name
    return Article(
        id=article_id or name,
        path=path,
        outlet=given.get("outlet") or header["outlet"] or _unnamed_outlet(path, header["agency"]),
        date=given.get("date") or header["date"],
        title=given.get("title") or header["title"],
        text=text,
        paragraphs=paragraphs,
        url=given.get("url") or header["url"],
        byline=header["byline"],
        first_published_in=header["first_published_in"],
        is_reference=str(given.get("reference", "")).lower() in {"1", "true", "yes", "y"},
        language=normalise_language(given.get("language")) or detect_language(text),
    )
