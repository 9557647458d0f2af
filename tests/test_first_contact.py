"""What a new user meets first: the install, saved pages, report files, names in outputs, the
library's reading of a path, tables that fit, and tables for pandas users.

Every article here is invented.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck import compare, compare_articles, extract, parse_article, write_reports
from quotecheck.articles import decode, repair
from quotecheck.cli import main
from quotecheck.report import TABLE_WIDTH, render_text, to_json
from quotecheck.sources import load_articles

from .conftest import CASES, ROOT

PAGE = CASES / "pages" / "harbour-gazette.html"
LEAD = (
    "Health Minister Maria Lindqvist opened the new clinic in the north of the city on Monday.\n\n"
)


def story(quote: str, said: str = "Lindqvist said") -> str:
    return f'{LEAD}"{quote}," {said}.\n'


# -- the distribution name ------------------------------------------------------------------


def test_the_distribution_name_is_ours_and_every_install_line_uses_it():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (name,) = re.findall(r'^name = "([^"]+)"', pyproject, flags=re.M)
    assert name == "quotecheck-news"  # "quotecheck" on the package index is another project
    for path in (ROOT / "README.md", ROOT / "quotecheck" / "strategies.py"):
        installs = re.findall(r"pip install [^`\n]*", path.read_text(encoding="utf-8"))
        assert installs, path
        for line in installs:
            assert "quotecheck[" not in line.replace("quotecheck-news[", ""), (path, line)
            assert not re.search(r"pip install '?quotecheck\b(?!-news)", line), (path, line)


def test_the_page_reader_s_cleaner_is_a_declared_dependency():
    """pip older than 23.3 does not match lxml's `html-clean` extra with justext's
    `html_clean`: the cleaner must be asked for by name."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = pyproject.split("dependencies = [", 1)[1].split("\n]", 1)[0]
    assert re.search(r'^ *"lxml_html_clean[><=~ ,0-9.]*",$', dependencies, flags=re.M)


# -- saved pages ----------------------------------------------------------------------------


def test_a_saved_page_honours_its_declared_encoding():
    (article,), (status,) = load_articles([PAGE])
    assert status.status == "read", status.message  # no "not valid UTF-8" warning
    assert article.outlet == "Harbour Gazette"
    assert "Tomás Brennan" in article.text and "dock workers’ union" in article.text
    speakers = {q.speaker for q in extract(PAGE)}
    assert speakers == {"Lena Okafor", "Tomás Brennan"}


def test_a_page_s_blockquotes_are_quotes_of_the_speaker_who_introduces_them():
    """Words a page sets apart in a blockquote, with no marks, are quoted speech: each of its
    paragraphs a quote, given to the speaker the paragraph before names; words already in
    marks keep their own and get no second pair; a pull quote repeating the body's words is
    no second quote of them."""
    page = CASES / "pages" / "live-blog.html"
    quotes = [q for q in extract(page) if q.kind != "nested"]
    assert [(q.text, q.speaker) for q in quotes[:3]] == [
        ("We have never seen water this high. Everyone on the lower streets must leave now.",
         "Tom Brell"),
        ("The next tide is at six.", "Tom Brell"),
        ("Our crews are working through the night. Please stay away from the river.",
         "Greta Lindqvist"),
    ]  # fmt: skip
    assert [q.text for q in quotes[3:]] == [
        "This is already marked,",
        "The pumps will run all night,",
    ]


def test_an_undeclared_page_still_falls_back_with_a_warning():
    text, warnings = decode("Tomás said “yes”".encode("cp1252"))
    assert text == "Tomás said “yes”" and warnings
    text, warnings = decode("Tomás".encode("cp1252"), declared="no-such-codec")
    assert text == "Tomás" and "unknown encoding" in warnings[0]


def test_a_page_reader_that_fails_to_import_skips_the_page_not_the_batch(
    tmp_path, monkeypatch, capsys
):
    (tmp_path / "page.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "wire.txt").write_text(story("We will open two more clinics"), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura fails
    assert main(["compare", str(tmp_path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    files = {Path(f["path"]).name: f for f in json.loads(captured.out)["files"]}
    assert files["wire.txt"]["status"] == "read"
    assert files["page.html"]["status"] == "skipped"
    assert "pip install" in files["page.html"]["message"]
    assert "internal error" not in captured.err and "page.html" in captured.err


def test_a_missing_html_cleaner_names_the_package_to_install(tmp_path, monkeypatch):
    import trafilatura

    def broken(*_args, **_kwargs):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    _articles, (status,) = load_articles([PAGE])
    assert status.status == "skipped" and "pip install lxml_html_clean" in status.message


# -- text repair ----------------------------------------------------------------------------


def _misread(text: str) -> str:
    """``text``'s UTF-8 bytes read as Windows-1252, as a careless copy does."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    return text.encode("utf-8").decode("sloppy-windows-1252")


def test_mojibake_is_repaired_with_a_warning_naming_the_file_and_the_fix(tmp_path):
    clean = f"{LEAD}“We will not close the old wards,” Lindqvist told reporters.\n"
    path = tmp_path / "broken.txt"
    path.write_text(_misread(clean), encoding="utf-8")
    assert "â€œ" in path.read_text(encoding="utf-8")
    (article,), (status,) = load_articles([path])
    assert status.status == "warning" and status.path == str(path)
    assert "mojibake repaired" in status.message and "Windows-1252" in status.message
    assert "â€œ" in status.message  # the example shows what was there
    assert article.text == clean
    (q,) = extract(path)
    assert (q.text, q.speaker) == ("We will not close the old wards,", "Maria Lindqvist")


WORDS = st.sampled_from(
    [
        "déclaré",
        "Genève",
        "naïve",
        "Zürich",
        "über",
        "façade",
        "São",
        "Łódź",
        "Ελλάδα",
        "東京",
        "café",
        "“yes”",
        "‘no’",
        "—",
        "«",
        "»",
        "it’s",
        "2 °C",
        "€5",
        "½",
        "Ñandú",
        "the",
        "said",
    ]
)


@settings(max_examples=60)
@given(st.lists(WORDS, min_size=1, max_size=12).map(" ".join))
def test_clean_text_is_never_repaired_and_misread_text_always_is(text):
    assert repair(text) == (text, ())
    if not text.isascii():
        fixed, (warning,) = repair(_misread(text))
        assert fixed == text and warning.startswith("mojibake repaired")


@settings(max_examples=60)
@given(st.lists(WORDS, min_size=1, max_size=12).map(" ".join), st.sampled_from(["\ufffd", ""]))
def test_a_closing_mark_whose_last_byte_was_lost_is_repaired(text, lost):
    """A closing ” read as Windows-1252, which has no character for its last byte: the byte
    comes out as a replacement character or not at all, and the mark is still given back."""
    text = f"{text} “we will stay,” she said."
    misread = _misread(text).replace("â€\x9d", "â€" + lost)
    assert repair(misread)[0] == text


def test_mojibake_that_lost_bytes_is_left_as_it_is_with_a_warning():
    """A name whose bytes were lost on the way has no repair: a fix would only move the garbage
    about, so the words stay as they were and the warning says so."""
    broken = "Councillor Ra\u00c3\u0083\u00c2ol Mendes said the vote would be held in May."
    text, (warning,) = repair(broken)
    assert text == broken
    assert warning.startswith("mojibake left as it is")


# -- report files ---------------------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_report_files_honour_the_umask(tmp_path, umask, mode):
    result = compare([parse_article(story("We act now"), "a.txt")])
    old = os.umask(umask)
    try:
        (tmp_path / "index.html").write_text("an older page", encoding="utf-8")
        os.chmod(tmp_path / "index.html", 0o644)
        written = write_reports(result, tmp_path)
    finally:
        os.umask(old)
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {mode}
    assert not list(tmp_path.glob(".*.tmp"))


# -- names in outputs -----------------------------------------------------------------------


def test_a_file_name_inside_another_never_corrupts_an_outlet_name(tmp_path):
    manifest = "file,outlet,reference\n1.txt,Wire,yes\n11.txt,Metro,\n"
    (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    said = "We will reopen the harbour to ferries in spring"
    (tmp_path / "1.txt").write_text(story(said), encoding="utf-8")
    (tmp_path / "11.txt").write_text(
        story(said, "Finance Minister Jonas Berg said"), encoding="utf-8"
    )
    result = compare([tmp_path])
    (group,) = result.groups
    assert {e.kind for e in group.edits} == {"speaker_conflict"}
    text = render_text(result) + json.dumps(to_json(result), ensure_ascii=False)
    report = tmp_path / "out"
    write_reports(result, report)
    text += "".join(p.read_text(encoding="utf-8") for p in report.iterdir())
    assert "1Wire" not in text and "1Metro" not in text
    assert "Wire" in text and "Metro" in text


def test_numbers_in_explanations_survive_numeric_article_ids():
    """JSON Lines ids are often numbers: the numbers in an explanation are not ids."""
    a = parse_article(
        story("We will open 2 clinics in the city and 3 in the villages"), "f:1", "2", outlet="Wire"
    )
    b = parse_article(
        story("We will open 2 clinics [...] in the villages"), "f:2", "3", outlet="Metro"
    )
    result = compare_articles([a, b])
    (details,) = result.to_frame()["details"]
    assert details == "‘in the city and 3’ cut and marked with an ellipsis"
    assert "in the city and 3" in quotecheck.render_html(result)


def _explanations(first: str, second: str) -> list[tuple[str, str, tuple[str, ...]]]:
    a = parse_article(story("We will not open the clinic before May"), f"{first}.txt", first)
    b = parse_article(
        story("We will open the clinic before June", "Health chief Ada Berg said"),
        f"{second}.txt",
        second,
    )
    result = compare_articles([a, b])
    return [
        (e.kind, e.detail, tuple(n.text for n in g.notes))
        for g in (*result.groups, *result.singletons)
        for e in g.edits
    ]


@settings(max_examples=30)
@given(
    ids=st.lists(
        st.text(alphabet="0123456789ab.", min_size=1, max_size=4),
        min_size=2,
        max_size=2,
        unique=True,
    )
)
def test_explanations_never_name_files(ids):
    """Which outlets an edit is about is in its files; its words are the same whatever the
    files are called, so no output ever has to find a file's id in them and replace it."""
    first, second = sorted(ids)
    assert _explanations(first, second) == _explanations("x-first", "y-second")


# -- the library reads a path as the command line does --------------------------------------


def test_the_library_reads_a_saved_page_as_the_command_line_does(capsys):
    assert main(["extract", str(PAGE), "--format", "jsonl"]) == 0
    cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    library = extract(str(PAGE))
    assert [(q.start, q.end, q.text, q.speaker) for q in library] == [
        (r["start"], r["end"], r["text"], r["speaker"]) for r in cli
    ]
    assert all("<" not in q.text for q in library)  # the page's text, not its HTML


@pytest.mark.parametrize("missing", ["seeds/nope.txt", "nope.html", Path("no/such/file.md")])
def test_a_missing_path_raises_file_not_found(missing):
    with pytest.raises(FileNotFoundError, match=r"nope|such"):
        extract(missing)


def test_text_that_is_not_a_path_is_still_text():
    (q,) = extract(story("We will act now"))
    assert q.speaker == "Maria Lindqvist"
    assert extract("He said nothing.") == ()


# -- the command line -----------------------------------------------------------------------


def test_out_dash_is_standard_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(story("We will act now"), encoding="utf-8")
    for command in (["extract", "a.txt", "--format", "jsonl"], ["compare", "a.txt"]):
        assert main([*command, "--out", "-"]) == 0
        assert "We will act now" in capsys.readouterr().out
    assert main(["extract", "a.txt", "--format", "json", "--out", "-"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["speaker"] == "Maria Lindqvist"
    assert main(["report", "a.txt", "--out", "-"]) == 2
    assert "compare" in capsys.readouterr().err
    assert not (tmp_path / "-").exists()


def test_a_missing_manifest_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(story("We will act now"), encoding="utf-8")
    missing = str(tmp_path / "manifest-typo.csv")
    for command in ("compare", "report", "extract"):
        assert main([command, str(tmp_path), "--manifest", missing, "--quiet"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "manifest-typo.csv" in err and "manifest" in err
    with pytest.raises(FileNotFoundError):
        compare([tmp_path], manifest=missing)


def test_reference_takes_a_unique_prefix_in_any_case(tmp_path, capsys):
    manifest = "file,outlet\na.txt,Northern Wire Service\nb.txt,Metro Daily\nc.txt,Metro Times\n"
    (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(story("We will act now"), encoding="utf-8")
    assert main(["compare", str(tmp_path), "--reference", "northern", "--format", "json"]) == 0
    (group,) = json.loads(capsys.readouterr().out)["groups"]
    assert group["reference"] == "a.txt"
    assert main(["compare", str(tmp_path), "--reference", "METRO T", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["groups"][0]["reference"] == "c.txt"
    assert main(["compare", str(tmp_path), "--reference", "metro"]) == 2
    err = capsys.readouterr().err
    assert "Metro Daily" in err and "Metro Times" in err


LONG_OUTLET = "The Northern Evening Chronicle and Harbour Gazette (first published in Daily Wire)"


def test_terminal_tables_fit_and_keep_names_whole(tmp_path):
    manifest = f'file,outlet\na.txt,"{LONG_OUTLET}"\nb.txt,Metro\nc.txt,Metro\n'
    (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    (tmp_path / "a.txt").write_text(story("We will open two clinics this year"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(story("We will open three clinics this year"), "utf-8")
    (tmp_path / "c.txt").write_text(
        f'{LEAD}"Nobody knows who wrote this part of the plan," a spokesperson said.\n', "utf-8"
    )
    result = compare([tmp_path])
    text = render_text(result)
    assert max(map(len, text.splitlines())) <= TABLE_WIDTH
    table = text.split("Quotes across outlets", 1)[1]
    for word in LONG_OUTLET.split():
        assert word in table  # wrapped, never cut
    assert "nan" not in text.split() and "None" not in text.split()
    narrow = render_text(result, width=72)
    assert max(map(len, narrow.splitlines())) <= 72
    markdown = render_text(result, "markdown")
    assert LONG_OUTLET in markdown  # markdown rows are never wrapped


def test_counts_take_their_plural_and_their_unit(tmp_path):
    (tmp_path / "a.txt").write_text(story("We will act now"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    summary = render_text(compare([tmp_path])).splitlines()[2:6]
    assert summary[0] == "1 article from 1 outlet (1 file skipped)"
    assert summary[1] == "1 quote in 1 statement: 0 run by several outlets, 1 by one only"
    assert summary[3] == "0 terms written differently outside quotes"


def test_make_report_takes_a_folder_with_a_space():
    dry = subprocess.run(
        ["make", "-n", "report", "ARTICLES=my articles", "OUT=my reports"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'report "my articles" --out "my reports"' in dry


# -- progress -------------------------------------------------------------------------------


def test_every_long_stage_reports_its_progress(tmp_path):
    seen: list[tuple[str, int]] = []

    def progress(stage, items, total):
        seen.append((stage, total))
        return items

    articles = [parse_article(story("We will act now"), f"{n}.txt") for n in "ab"]
    result = compare_articles(articles, progress=progress)
    write_reports(result, tmp_path, progress)
    assert [stage for stage, _ in seen] == [
        "finding quotes",
        "aligning",
        "classifying",
        "finding paraphrases",
        "comparing terms",
        "writing reports",
    ]
    assert dict(seen)["finding quotes"] == 2 and dict(seen)["writing reports"] == 8


def test_the_command_line_draws_a_bar_for_each_stage_on_a_terminal(tmp_path, monkeypatch, capsys):
    import tqdm

    stages = []

    class Recorder(tqdm.tqdm):
        def __init__(self, *args, **kwargs):
            stages.append(kwargs["desc"])
            assert kwargs["file"] is sys.stderr
            super().__init__(*args, **{**kwargs, "disable": True})

    monkeypatch.setattr(tqdm, "tqdm", Recorder)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    (tmp_path / "a.txt").write_text(story("We will act now"), encoding="utf-8")
    assert main(["report", str(tmp_path), "--out", str(tmp_path / "out")]) == 0
    assert stages[0] == "reading" and stages[-1] == "writing reports" and "aligning" in stages
    stages.clear()
    assert main(["report", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert stages == []
    capsys.readouterr()


# -- pandas ---------------------------------------------------------------------------------


def test_severity_is_ordered_and_missing_values_are_na(tmp_path):
    (tmp_path / "a.txt").write_text(story("We will open two clinics"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(story("We will open two new clinics"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(story("We will not open two clinics"), encoding="utf-8")
    (tmp_path / "d.txt").write_text(
        f'{LEAD}It was, in the words of the brochure, "a place for everyone".\n', "utf-8"
    )
    frame = compare([tmp_path]).to_frame()
    assert isinstance(frame["severity"].dtype, pd.CategoricalDtype)
    assert frame["severity"].cat.ordered
    assert list(frame["severity"].cat.categories) == ["none", "style", "minor", "major", "critical"]
    at_least_major = frame[frame["severity"] >= "major"]
    assert set(at_least_major["severity"].astype(str)) == {"major", "critical"}
    singles = frame[frame["group"].str.startswith("S")]
    assert len(singles) and singles["outlet"].isna().all()
    for column in frame.columns:
        assert not any(v is None or (isinstance(v, float) and v != v) for v in frame[column])
    quotes = compare([tmp_path]).to_frame("quotes")
    assert quotes["speaker_start"].dtype == "Int64"
    for column in quotes.columns:  # part_of and parent are all missing here: NA, not None
        assert not any(v is None for v in quotes[column]), column


def test_the_extract_table_marks_an_unknown_speaker_and_fits(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(
        f'{LEAD}The plan was called "a place for everyone, young and old, near and far, '
        'in every season of the year" in the brochure.\n',
        encoding="utf-8",
    )
    assert main(["extract", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) <= TABLE_WIDTH
    (row,) = [line for line in lines if line.startswith("a.txt")]
    assert row.split()[4] == "—" and "nan" not in row.split()


def test_quotes_set_in_two_apostrophes_are_not_read_but_the_file_says_so(tmp_path):
    path = tmp_path / "archive.txt"
    path.write_text(
        f"{LEAD}''We will not close the old wards,'' Lindqvist said. ''Not this year.''\n",
        encoding="utf-8",
    )
    (_,), (status,) = load_articles([path])
    assert status.status == "warning" and "two apostrophes" in status.message
    assert extract(path) == ()
    # closing two apostrophes after a double mark are a quote's end, with no warning
    closed = f"{LEAD}\"We will not close the old wards,'' Lindqvist said.\n"
    path.write_text(closed, encoding="utf-8")
    (_,), (status,) = load_articles([path])
    assert status.status != "warning"
    (q,) = extract(path)
    assert (q.text, q.speaker) == ("We will not close the old wards,", "Maria Lindqvist")
