"""The command line: every command and option, its outputs' schemas, exit codes and errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from quotecheck.cli import COMMANDS, main

from .conftest import ROOT, SEEDS

JSONL_KEYS = {
    "file",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
}


def test_extract_jsonl_schema_and_offsets(capsys):
    assert main(["extract", str(SEEDS), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 27
    for r in records:
        assert set(r) >= JSONL_KEYS
        text = (SEEDS / r["file"]).read_text(encoding="utf-8")
        assert text[r["start"] : r["end"]] == r["text"]
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_mention"]


INTERVIEW = (
    "Radio host Dana Quill spoke with the harbour master on Sunday.\n\n"
    "QUILL: Will the port close?\n\n"
    "BRELL: Not while I run it.\n\n"
    'Afterwards Brell told reporters: "The port stays open."\n'
)


def test_extract_lists_a_transcripts_turns_only_with_turns(capsys, tmp_path):
    """A transcript's turns are no quotation by default (the summary counts what is listed);
    ``--turns`` adds them, and the quote in marks keeps its id either way."""
    (tmp_path / "interview.txt").write_text(INTERVIEW, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    quoted = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["kind"]) for r in quoted] == [("The port stays open.", "sentence")]
    assert "1 quote" in err and "1 quotes" not in err
    assert main(["extract", str(tmp_path), "--format", "jsonl", "--turns"]) == 0
    every = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["kind"] for r in every] == ["turn", "turn", "sentence"]
    assert every[-1]["quote_id"] == quoted[0]["quote_id"]
    assert every[1]["text"] == "Not while I run it."


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_extract_other_formats(capsys, fmt):
    assert main(["extract", str(SEEDS), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Takeshi Iwaya" in out
    if fmt == "json":
        assert len(json.loads(out)) == 27
    if fmt == "csv":
        assert len(list(csv.DictReader(out.splitlines()))) == 27


def test_compare_json_schema(capsys):
    assert main(["compare", str(SEEDS), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"groups", "singletons", "terms"}
    group = data["groups"][0]
    assert set(group) >= {"id", "speaker", "severity", "reference", "members", "edits"}
    assert set(group["members"][0]) >= {"file", "start", "end", "text", "speaker"}
    assert all(
        set(e) >= {"kind", "severity", "files", "detail"}
        for g in data["groups"]
        for e in g["edits"]
    )
    assert all(set(t) >= {"kind", "forms"} for t in data["terms"])


@pytest.mark.parametrize(("fail_on", "code"), [("style", 1), ("major", 0)])
def test_fail_on_sets_the_exit_code(capsys, fail_on, code):
    assert main(["compare", str(SEEDS), "--fail-on", fail_on]) == code


def test_min_severity_hides_lower_rows(capsys):
    main(["compare", str(SEEDS), "--format", "csv", "--min-severity", "style"])
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows and "none" not in {r["severity"] for r in rows}
    assert {r["severity"] for r in rows} <= {"style", "minor", "major", "critical"}


def test_markdown_and_out_file(tmp_path):
    out = tmp_path / "summary.md"
    assert main(["compare", str(SEEDS), "--format", "markdown", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# quotecheck report")


def test_report_writes_every_file(tmp_path, capsys):
    assert main(["report", str(SEEDS), "--out", str(tmp_path)]) == 0
    names = {p.name for p in tmp_path.iterdir()}
    assert {
        "index.html",
        "quotes.csv",
        "discrepancies.csv",
        "summary.md",
        "terms.csv",
        "report.json",
        "files.csv",
        "speakers.csv",
    } <= names
    assert "3 articles from 3 outlets" in capsys.readouterr().out
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert html.count("<script") == 1  # the page's own sorting and filtering, inline
    assert "src=" not in html and "http" not in html.replace("http-equiv", "")


def test_reports_are_byte_identical_whatever_the_input_order(tmp_path):
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    main(
        [
            "report",
            *files,
            "--out",
            str(tmp_path / "a"),
            "--quiet",
            "--manifest",
            str(SEEDS / "manifest.csv"),
        ]
    )
    main(
        [
            "report",
            *files[::-1],
            "--out",
            str(tmp_path / "b"),
            "--quiet",
            "--manifest",
            str(SEEDS / "manifest.csv"),
        ]
    )
    for name in ("quotes.csv", "discrepancies.csv", "report.json", "index.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_unreadable_input_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "nothing-here.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("quotecheck: no readable article")
    assert not any("Traceback" in line for line in err)


def test_bad_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", str(SEEDS), "--fail-on", "catastrophic"])
    assert exit_info.value.code == 2
    assert "unknown severity" in capsys.readouterr().err


def test_python_dash_m_and_version():
    done = subprocess.run(
        [sys.executable, "-m", "quotecheck", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("quotecheck ")


def test_extracting_quotes_loads_no_table_page_or_comparison_library():
    """Start-up is most of a small run: ``extract`` never imports pandas, jinja2 or the
    similarity measures, which only the comparison and the reports use."""
    probe = (
        "import sys; from quotecheck.cli import main;"
        f"main(['extract', {str(SEEDS)!r}, '--format', 'jsonl', '--jobs', '1']);"
        "print(sorted(m for m in ('pandas', 'jinja2', 'textdistance', 'tabulate')"
        " if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert '"speaker": "Josep Borrell"' in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_tables_load_on_first_use_in_a_fresh_interpreter():
    """``to_frame`` works whatever the caller imported: the tables' module loads when asked."""
    probe = (
        "import quotecheck;"
        f"c = quotecheck.compare([{str(SEEDS)!r}]);"
        "print(c.to_frame().shape[0] > 0, len(c.quotes.to_frame()) == len(c.quotes))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]


def test_the_package_names_its_public_api_and_loads_it_on_use():
    import quotecheck

    assert set(quotecheck.__all__) <= set(dir(quotecheck))
    assert quotecheck.Severity.CRITICAL.label == "critical"
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        quotecheck.nothing_here  # noqa: B018


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"quotecheck {command}" in readme
    assert "make report" in readme and "make test" in readme


def test_reference_outlet_option(capsys):
    assert main(["compare", str(SEEDS), "--format", "json", "--reference", "ETV Bharat"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["groups"] and {g["reference"] for g in data["groups"]} == {
        "000_1bcfa3094ee00e81.txt"
    }  # ETV Bharat runs none of the shared quotes: the earliest of the others is the reference
    assert (
        main(
            [
                "compare",
                str(SEEDS),
                "--reference",
                "ebr (first published in euractiv.com)",
                "--format",
                "json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert {g["reference"] for g in data["groups"]} == {"000_1bcfa3094ee00e81.txt"}
    assert main(["compare", str(SEEDS), "--reference", "Nowhere Times"]) == 2
    assert "no article is from the outlet" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        (
            "jsonl",
            lambda out: len(out.splitlines()) == 17 and json.loads(out.splitlines()[0])["id"],
        ),
        ("html", lambda out: out.startswith("<!DOCTYPE html>") and "</html>" in out),
        ("markdown", lambda out: out.startswith("# quotecheck report")),
    ],
)
def test_compare_formats(capsys, fmt, check):
    assert main(["compare", str(SEEDS), "--format", fmt]) == 0
    assert check(capsys.readouterr().out)


def test_extract_markdown(capsys):
    assert main(["extract", str(SEEDS), "--format", "markdown"]) == 0
    assert "| file" in capsys.readouterr().out


def test_report_options(tmp_path, capsys):
    assert (
        main(["report", str(SEEDS), "--out", str(tmp_path), "--quiet", "--fail-on", "style"]) == 1
    )
    assert capsys.readouterr().out == ""
    assert (
        main(
            ["report", str(SEEDS), "--out", str(tmp_path), "--quiet", "--min-severity", "critical"]
        )
        == 0
    )
    rows = list(csv.DictReader((tmp_path / "discrepancies.csv").read_text().splitlines()))
    assert rows == []


def test_every_option_is_in_the_readme():
    from quotecheck.cli import _parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"{name} {flag} is not in the README"


def test_no_progress_bar_when_standard_error_is_not_a_terminal(capsys):
    assert main(["compare", str(SEEDS)]) == 0
    assert "reading" not in capsys.readouterr().err


def test_an_internal_error_is_one_line(monkeypatch, capsys):
    import quotecheck.cli as cli

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "compare_articles", broken)
    assert main(["compare", str(SEEDS)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "internal error" in err[0] and "Traceback" not in err[0]
