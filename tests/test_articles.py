"""Loading: decoding, paragraphs and their roles, metadata, and every file accounted for."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.articles import (
    decode,
    furniture_kind,
    label_paragraphs,
    parse_article,
    split_paragraphs,
)
from quotecheck.pipeline import extract
from quotecheck.sources import load_articles

BODY = (
    "The minister said on Friday that the agreement would be signed within weeks, officials said."
)


def test_furniture_kinds():
    assert furniture_kind("Home » World") == "breadcrumb"
    assert furniture_kind("MENU") == "navigation"
    assert (
        furniture_kind("All contents © Copyright Example Ltd. 2024. All Rights Reserved")
        == "copyright"
    )
    assert furniture_kind("READ ALSO") == "trailer"
    assert furniture_kind(BODY) is None


def test_a_teasers_label_in_quote_marks_is_furniture_a_quoted_word_is_not():
    assert furniture_kind('"Related:"') == furniture_kind("“Read more:”") == "trailer"
    assert furniture_kind('"Close"') is None  # a word someone said, not a label
    assert furniture_kind('"Agreed:"') is None  # a colon alone makes no label
    text = 'The council voted on Monday.\n\n"Related:"\n\nHarbour fees to rise in May'
    assert [q.text for q in extract(text)] == []


def test_a_link_to_another_story_is_furniture_however_long_and_its_quote_is_not_read():
    """``>> …`` links to another story (French and German sites set them between paragraphs):
    its headline's quote is no quote of this story, and the link may run past 120 characters."""
    link = (
        '>> Incendies près de Valbourg : "La piste criminelle est désormais privilégiée", annonce '
        "le parquet, un suspect toujours en garde à vue"
    )
    assert len(link) > 120 and furniture_kind(link) == "trailer"
    assert furniture_kind("À lire aussi : Le port de Valbourg rouvre en mai") == "trailer"
    assert furniture_kind("Auch der Bürgermeister sprach am Montag.") is None
    text = f'Le feu a détruit 300 hectares.\n\n{link}\n\n"Rien ne bouge", dit Hugo Perrin.'
    assert [q.text for q in extract(text)] == ["Rien ne bouge"]
    # on a line of its own between single line breaks, no sentence runs on into it
    text = f'Le feu a détruit 300 hectares.\n{link}\nLes pompiers restent.\n"Rien", dit Jo Roux.'
    assert [q.text for q in extract(text)] == ["Rien"]


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,'", min_size=3, max_size=35).filter(str.strip),
    st.sampled_from(["", " "]),
)
def test_a_short_quote_in_guillemets_is_no_breadcrumb(words, space):
    """A headline of a short quote in guillemets signed or followed by words (``« … » -X``)
    has the shape of ``Home » World`` but opens on a guillemet, as no breadcrumb does."""
    headline = f"«{space}{words.strip()}{space}» -Claire Fontaine"
    assert furniture_kind(headline) is None
    assert furniture_kind(f"Accueil » {words.strip()[:30] or 'Monde'}") == "breadcrumb"


@given(st.sampled_from(["ALL RIGHTS RESERVED", "all rights reserved", "All Rights Reſerved"]))
def test_a_long_copyright_footer_in_any_case_is_furniture(words):
    notice = "Every article on this site belongs to its publisher, Example Media Group. "
    footer = f"{notice * 2}{words}."
    assert 120 < len(footer) <= 400
    assert furniture_kind(footer) == "copyright"
    assert furniture_kind(footer.replace(words, "with thanks to our readers")) is None


@pytest.mark.parametrize("decoded", ["Ã©", "A\u0303©"])  # composed, or with a combining tilde
def test_a_misdecoded_accent_is_no_copyright_sign(decoded):
    paragraph = f'"We will build it," Mayor Jo Marsac told the daily Lib{decoded}ration on Monday.'
    assert furniture_kind(paragraph) is None
    assert furniture_kind("© Example Media 2024") == "copyright"


def test_related_articles_after_the_body_are_furniture():
    teaser = "Another story that is long enough to read as text."
    text = f"Big pact signed\n\n{BODY}\n\nREAD ALSO\n\n{teaser}\n"
    roles = [p.role for p in label_paragraphs(text)]
    assert roles == ["title", "body", "furniture", "furniture"]


def test_an_inline_link_in_the_body_is_furniture_and_the_body_goes_on():
    # "READ MORE: <headline>" set inside the text links one story; the article goes on after it
    after = 'She said: "We heard the first shots at eight and thought they were fireworks."'
    link = "READ MORE: Harbour fees to rise in May as council backs the longer season plan"
    text = f"Big pact signed\n\n{BODY}\n\n{link}\n\n{after}\n"
    roles = [p.role for p in label_paragraphs(text)]
    assert roles == ["title", "body", "furniture", "body"]


def test_repeated_paragraph_points_at_the_original():
    other = "Something else happened later in the week, the agency reported."
    text = f"{BODY}\n\n{BODY}\n\n{other}\n\n{BODY}"
    repeats = [p.repeat_of for p in label_paragraphs(text)]
    assert repeats == [None, 0, None, 0]


def test_header_conventions():
    a = parse_article(f"date 2024-11-01 Daily Planet / world\n\nPact signed\n\n{BODY}")
    assert (a.outlet, a.date, a.title) == ("Daily Planet", "2024-11-01", "Pact signed")
    b = parse_article(f"PARIS (Reuters) — {BODY}")
    assert b.outlet == "Reuters"
    c = parse_article(f"Pact signed\n\nBy: Jo Smith - Posted: Monday, March 3, 2025\n\n{BODY}")
    assert (c.outlet, c.date, c.byline) == ("Jo Smith", "2025-03-03", "Jo Smith")


def test_outlets_running_one_agency_s_copy_stay_apart(tmp_path):
    """Two files with the same agency dateline and no header naming their outlet are two
    outlets, each named by its file and the copy it runs; a header's outlet still wins."""
    (tmp_path / "gazette.txt").write_text(f"VALBOURG (Wire) — {BODY}", encoding="utf-8")
    (tmp_path / "herald.txt").write_text(f"VALBOURG (Wire) — {BODY} Later.", encoding="utf-8")
    (tmp_path / "post.txt").write_text(f"outlet: Eastfield Post\n\nVALBOURG (Wire) — {BODY}")
    articles, _ = load_articles([tmp_path])
    assert sorted(a.outlet for a in articles) == [
        "Eastfield Post",
        "gazette (Wire copy)",
        "herald (Wire copy)",
    ]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("&quot;", "&quot;"),
        ("&#8220;", "&#8221;"),
        ("&ldquo;", "&rdquo;"),
        ("&#x201C;", "&#x201D;"),
    ],
)
def test_html_character_references_left_by_a_scraper_are_decoded(tmp_path, opening, closing):
    """A text file that keeps a page's character references for its marks has its quotes read,
    as the page shows them, with a warning that names the fix."""
    story = f"Mayor Dana Quist spoke.\n\n{opening}We will rebuild the quay,{closing} she said."
    (tmp_path / "scraped.txt").write_text(story, encoding="utf-8")
    (article,), (status,) = load_articles([tmp_path / "scraped.txt"])
    assert "HTML character references decoded" in status.message
    assert [(q.text, q.speaker) for q in extract(article)] == [
        ("We will rebuild the quay,", "Dana Quist")
    ]


def test_a_date_marker_before_a_headline_keeps_the_headline():
    """A stored page's ``date …`` marker glued to its first line: the line is the headline, and
    its quotes are read, not dropped as a metadata line."""
    headline = "‘The Quay Will Reopen in Spring’: Full Statement of the Harbour Board on the Works"
    a = parse_article(f"date 2025-04-21 {headline}\n\n{BODY}")
    assert (a.date, a.title) == ("2025-04-21", headline)
    assert [p.role for p in a.paragraphs] == ["title", "body"]


def test_decoding_fallbacks():
    assert decode("“Yes,” she said".encode("utf-8-sig")) == ("“Yes,” she said", ())
    assert decode("“Yes,” she said".encode("utf-16")) == ("“Yes,” she said", ())
    text, warnings = decode("“Yes,” she said".encode("cp1252"))
    assert text == "“Yes,” she said" and warnings


def test_offsets_survive_crlf_line_ends():
    text = f'Pact signed\r\n\r\n{BODY}\r\n\r\n"We are ready," Moreau said.\r\n'
    a = parse_article(text)
    for p in a.paragraphs:
        assert a.text[p.start : p.end].strip() == a.text[p.start : p.end]
        assert "\n" not in a.text[p.start : p.end]
    assert [p.role for p in a.paragraphs] == ["title", "body", "body"]


def test_every_file_is_accounted_for(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "legacy.txt").write_bytes(("“Quoted,” " + BODY).encode("cp1252"))
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet\ngood.txt,Daily Planet\ngone.txt,Nobody\n", encoding="utf-8"
    )
    articles, statuses = load_articles([tmp_path, tmp_path / "missing.txt"])
    by_name = {s.path.split("/")[-1]: s for s in statuses}
    assert {a.id for a in articles} == {"good.txt", "legacy.txt"}
    assert by_name["good.txt"].status == "read"
    assert by_name["legacy.txt"].status == "warning"
    assert by_name["empty.txt"].status == "skipped" and "empty" in by_name["empty.txt"].message
    assert by_name["binary.txt"].status == "skipped" and "binary" in by_name["binary.txt"].message
    assert by_name["picture.png"].status == "skipped"
    assert by_name["gone.txt"].status == "skipped" and "manifest" in by_name["gone.txt"].message
    assert by_name["missing.txt"].status == "skipped"
    assert next(a for a in articles if a.id == "good.txt").outlet == "Daily Planet"


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("story.pdf", b"%PDF-1.4\n%text-like header\n1 0 obj << >> endobj", "PDF"),
        ("story.txt", b"%PDF-1.7\n(a PDF named as text)", "PDF"),
        ("story.rtf", b'{\\rtf1\\ansi The mayor said "yes".}', "RTF"),
        ("story.docx", b"PK\x03\x04 zipped parts", "zipped"),
    ],
)
def test_a_document_format_is_skipped_with_what_to_do(tmp_path, name, data, kind):
    """A PDF, an RTF or a zipped Word file, whatever its name, is skipped with the reason and
    the fix, never read as text whose marks would be its code's."""
    (tmp_path / name).write_bytes(data)
    articles, (status,) = load_articles([tmp_path / name])
    assert articles == () and status.status == "skipped"
    assert kind in status.message and "save the article as text" in status.message


@given(st.text(alphabet=st.sampled_from(list('ab .\n\r\t"“”')), max_size=200))
def test_paragraph_spans_are_ordered_disjoint_and_trimmed(text):
    spans = split_paragraphs(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end


@pytest.mark.parametrize("close", ["“", "«"])
def test_a_line_ending_on_a_sentence_in_german_closing_marks_ends_its_paragraph(close):
    """German closes „…“ and »…« with the marks English and French open with: a quote line
    ending on a full stop inside them is a paragraph of its own, not a wrap of the line after."""
    opening = {"“": "„", "«": "»"}[close]
    words = "Wir bekommen immer weniger Ware von den Märkten der Stadt."
    text = f"Die Tafel hat zu wenig.\n{opening}{words}{close}\nDie Tafel sucht Helfer."
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "Die Tafel hat zu wenig.",
        f"{opening}{words}{close}",
        "Die Tafel sucht Helfer.",
    ]


def test_header_field_lines_of_a_scraped_article():
    text = (
        "source: https://news.example/2026/03/harbour-deal\n"
        "outlet: Harbour Gazette\n"
        "date: 2026-03-17\n"
        "\n"
        "Harbour deal signed\n\n"
        '"This harbour will carry twice the freight," Transport Minister Lena Okafor said on '
        "Tuesday after the signing.\n"
    )
    a = parse_article(text)
    assert (a.outlet, a.date, a.url, a.title) == (
        "Harbour Gazette",
        "2026-03-17",
        "https://news.example/2026/03/harbour-deal",
        "Harbour deal signed",
    )
    assert [p.role for p in a.paragraphs][:3] == ["meta", "meta", "meta"]
    # a line like that inside the body is text, not a header
    body = parse_article(BODY + "\n\nDate: the vote is on Tuesday, the minister said.")
    assert body.date is None


@pytest.mark.parametrize(
    "line",
    [
        "By Ines Halloway",
        "BY INES HALLOWAY, Harbour Gazette",
        "By Ines Halloway and Ivo Marsh, Harbour Gazette staff writers",
    ],
)
def test_a_byline_is_metadata(line):
    a = parse_article(f"Pact signed\n\n{line}\n\n{BODY}")
    assert [p.role for p in a.paragraphs] == ["title", "meta", "body"]
    assert a.byline == line[3:].strip()


@pytest.mark.parametrize(
    "opening",
    [
        "By the late 1990s, voters",
        "By Monday morning, voters",
        "By contrast, voters",
        "By 2030, voters",
    ],
)
def test_a_sentence_opening_on_by_is_body_text_and_its_quotes_are_read(opening):
    """Only "By" and a name make a byline: a paragraph that opens on the preposition is the
    story, and its quotes are found."""
    para = f'{opening} saw the port as "a place of work," Ines Halloway said.'
    a = parse_article(f"Pact signed\n\n{BODY}\n\n{para}")
    assert a.paragraphs[-1].role == "body"
    assert [q.speaker for q in extract(a)] == ["Ines Halloway"]
