"""The command line: thin commands over the library.

Each command parses its options, makes one library call, formats the result and picks the exit
code: 0 done, 1 findings at or above ``--fail-on``, 2 bad usage or no readable input. Errors are
one line on standard error that says what to do next, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .models import Comparison, Progress, Severity, no_progress
from .normalize import clipped
from .output import open_output, quote_record, write_atomic, write_reports
from .parallel import ClusterError, cores
from .pipeline import compare_articles, iter_quotes
from .sources import iter_articles
from .version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
STDOUT = "-"  # --out - writes to standard output, as csvkit and sqlite-utils do
NO_ARTICLES = "no readable article among the inputs; give .txt or .md files or a folder of them"


class UsageError(Exception):
    """A problem with what the user asked for; the message says how to fix it."""


def _severity(value: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            f"--jobs takes a whole number of processes, 1 or more, not {value!r}"
        )
    return n


def _inputs_parser(nargs: str) -> argparse.ArgumentParser:
    """The options of every command that reads articles (``nargs`` of its inputs)."""
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument(
        "inputs",
        nargs=nargs,
        metavar="INPUTS",
        help="articles: .txt, .md, saved .html pages, .jsonl or .csv of articles, folders of "
        "them, globs, or - for standard input",
    )
    inputs.add_argument(
        "--manifest",
        help="CSV with file, outlet, date, title, url, reference "
        "(default: manifest.csv inside an input folder)",
    )
    inputs.add_argument(
        "--language",
        metavar="CODE",
        help="the language of every article (en, de, fr; default: a manifest's language "
        "column, else detected, English when unsure)",
    )
    inputs.add_argument(
        "--quiet", action="store_true", help="print nothing but errors; no progress bar"
    )
    return inputs


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="DB",
        help="the quote archive: a SQLite file or a postgresql:// URL "
        "(default: $QUOTECHECK_DB, else quotecheck.sqlite here)",
    )


def _format_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=["table", "markdown", "csv", "json", "jsonl", "html"], default="table"
    )
    parser.add_argument("--out", help="write to this file (- for standard output, the default)")


def _parser() -> argparse.ArgumentParser:
    inputs = _inputs_parser("+")
    jobs = argparse.ArgumentParser(add_help=False)
    jobs.add_argument(
        "--jobs",
        type=_jobs,
        default=cores(),
        metavar="N",
        help=f"processes that find and attribute quotes (default: every core, here {cores()}); "
        "the output is the same for any N",
    )
    jobs.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="find and attribute quotes on the workers of this Dask scheduler "
        "(tcp://host:8786; needs quotecheck-news[dask]); the output is the same",
    )
    findings = argparse.ArgumentParser(add_help=False)
    findings.add_argument(
        "--min-severity",
        type=_severity,
        default=Severity.NONE,
        help="leave out differences below this severity (none, style, minor, major, critical)",
    )
    findings.add_argument(
        "--reference",
        metavar="OUTLET",
        help="compare every outlet with this one (the wire or original), whatever the manifest; "
        "any unique start of its name, in any case",
    )
    findings.add_argument(
        "--fail-on",
        type=_severity,
        default=None,
        metavar="SEVERITY",
        help="exit 1 when any difference reaches this severity (for a newsroom's own CI)",
    )

    parser = argparse.ArgumentParser(
        prog="quotecheck",
        description="Check how news outlets quote people: extract quotes and speakers, align "
        "them across outlets, classify every difference.",
        epilog="Exit codes: 0 done, 1 a difference at or above --fail-on, 2 bad usage or no "
        "readable input.",
    )
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", parents=[inputs, jobs], help="list every quote with its span and speaker"
    )
    extract.add_argument(
        "--format", choices=["table", "markdown", "csv", "jsonl", "json"], default="table"
    )
    extract.add_argument("--out", help="write to this file (- for standard output, the default)")
    extract.add_argument(
        "--turns",
        action="store_true",
        help="also list a transcript's turns (QUILL: …, Q: …, A: …), words no quote marks set",
    )

    comp = commands.add_parser(
        "compare",
        parents=[inputs, jobs, findings],
        help="line the same quote up across outlets and classify differences",
    )
    _format_options(comp)

    rep = commands.add_parser(
        "report",
        parents=[_inputs_parser("*"), jobs, findings],
        help="write the HTML, CSV, Markdown and JSON reports to a folder",
    )
    rep.add_argument("--out", default="reports", help="folder for the reports (default: reports)")
    rep.add_argument("--db", metavar="DB", help="report on what this quote archive holds")
    rep.add_argument(
        "--since", metavar="DATE", help="with --db: only articles printed on or after DATE"
    )

    arch = commands.add_parser(
        "archive", help="keep every article checked, and check new ones against all of them"
    )
    actions = arch.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", parents=[inputs, jobs], help="store articles, their quotes and speakers"
    )
    _db_option(add)
    check = actions.add_parser(
        "check",
        parents=[inputs, jobs, findings],
        help="compare new articles' quotes with every earlier version in the archive",
    )
    _db_option(check)
    _format_options(check)
    check.add_argument(
        "--add", action="store_true", help="then store the articles checked in the archive"
    )
    search = actions.add_parser("search", help="find archived quotes by their words")
    search.add_argument("words", nargs="+", metavar="WORDS")
    search.add_argument("--speaker", metavar="NAME", help="only quotes by a speaker so named")
    search.add_argument("--since", metavar="DATE", help="printed on or after DATE (YYYY-MM-DD)")
    search.add_argument("--until", metavar="DATE", help="printed on or before DATE")
    search.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits")
    search.add_argument("--format", choices=["table", "json"], default="table")
    _db_option(search)
    stats = actions.add_parser("stats", help="how much the archive holds")
    stats.add_argument("--format", choices=["table", "json"], default="table")
    _db_option(stats)

    ev = commands.add_parser(
        "evaluate",
        parents=[jobs],
        help="score extraction and attribution against a gold "
        "JSON Lines file (id, text, quotes with start, end, speaker offsets)",
    )
    ev.add_argument("gold", help="gold JSON Lines file")
    ev.add_argument(
        "--errors",
        type=int,
        default=40,
        metavar="N",
        help="show at most N errors of each kind (default 40; 0 for none)",
    )
    ev.add_argument("--format", choices=["table", "json"], default="table")
    ev.add_argument("--out", help="write to this file (- for standard output, the default)")
    return parser


def _emit(text: str, out: str | None) -> None:
    """Write to ``--out``, or to standard output when it is absent or ``-``."""
    if out and out != STDOUT:
        write_atomic(Path(out), text)
    else:
        sys.stdout.write(text)


def _progress(args: argparse.Namespace) -> Progress:
    """Progress bars on standard error, one for each stage, when it is a terminal and the run
    is not ``--quiet``; stages quicker than a second show none."""
    if args.quiet or not sys.stderr.isatty():
        return no_progress
    from tqdm import tqdm

    def bar(stage: str, items: Iterable[Any], total: int | None) -> Iterable[Any]:
        return tqdm(
            items,
            desc=stage,
            total=total,
            file=sys.stderr,
            delay=1.0,  # only a stage long enough to be worth a bar shows one
            mininterval=0.5,
            leave=False,
        )

    return bar


def _table_width() -> int:
    """The terminal's width when standard output is one, else the tables' default."""
    from .report import TABLE_WIDTH

    if sys.stdout.isatty():
        return max(60, shutil.get_terminal_size((TABLE_WIDTH, 24)).columns)
    return TABLE_WIDTH


def _from_archive(args: argparse.Namespace) -> Comparison:
    """``report --db``: the comparison of every article the archive holds (the latest version
    of each), printed on or after ``--since``."""
    from .archive import Archive

    if args.inputs:
        raise UsageError("give either articles or --db, not both")
    with Archive(args.db) as archive:
        comparison = archive.compare(
            args.since, progress=_progress(args), jobs=args.jobs, scheduler=args.scheduler
        )
    if not comparison.articles:
        raise UsageError(f"the archive {args.db} holds no article" + _since(args.since))
    return comparison


def _since(date: str | None) -> str:
    return f" printed on or after {date}" if date else ""


def run_archive(args: argparse.Namespace) -> int:
    """``quotecheck archive add|check|search|stats``: the quote archive across days."""
    from .archive import Archive

    with Archive(args.db) as archive:
        if args.action == "add":
            return _archive_add(archive, args)
        if args.action == "check":
            comparison = archive.check(args.inputs, args.manifest, args.language, jobs=args.jobs)
            _report_files(comparison.files, args.quiet)
            if not any(f.status != "skipped" for f in comparison.files):
                raise UsageError(NO_ARTICLES)
            _emit(_rendered(comparison, args), args.out)
            if args.add:
                added = archive.add(args.inputs, args.manifest, args.language, jobs=args.jobs)
                if not args.quiet:
                    print(_added_line(added, archive.url), file=sys.stderr)
            return _exit_code(comparison, args.fail_on)
        if args.action == "search":
            hits = archive.search(
                " ".join(args.words), args.speaker, args.since, args.until, args.limit
            )
            _emit(_hits_text(hits, args.format), None)
            return EXIT_OK
        numbers = archive.stats()
    if args.format == "json":
        _emit(json.dumps(numbers) + "\n", None)
    else:
        from tabulate import tabulate

        _emit(tabulate(list(numbers.items()), headers=["held", "count"]) + "\n", None)
    return EXIT_OK


def _archive_add(archive: Any, args: argparse.Namespace) -> int:
    result = archive.add(args.inputs, args.manifest, args.language, jobs=args.jobs)
    _report_files(result.files, args.quiet)
    if not any(f.status != "skipped" for f in result.files):
        raise UsageError(NO_ARTICLES)
    if not args.quiet:
        for article_id, _key in result.added:
            print(f"added      {article_id}")
        for article_id, _key, version in result.versions:
            print(f"version {version:<3}{article_id}")
        for article_id, _key in result.unchanged:
            print(f"unchanged  {article_id} (already archived)")
        print(_added_line(result, archive.url))
    return EXIT_OK


def _added_line(result: Any, url: str) -> str:
    skipped = [f for f in result.files if f.status == "skipped"]
    return (
        f"{len(result.added)} added, {len(result.versions)} new versions, "
        f"{len(result.unchanged)} unchanged, {len(skipped)} skipped; "
        f"{result.quotes} quotes stored in {url}"
    )


def _report_files(files: Iterable[Any], quiet: bool) -> None:
    for status in files:
        if status.status != "read" and not quiet:
            print(f"quotecheck: {status.status}: {status.path}: {status.message}", file=sys.stderr)


def _hits_text(hits: Sequence[Any], form: str) -> str:
    if form == "json":
        data = [
            {
                "text": h.text,
                "speaker": h.speaker,
                "outlet": h.outlet,
                "date": h.date,
                "article": h.article,
                "variants": list(h.variants),
            }
            for h in hits
        ]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    from tabulate import tabulate

    rows = [
        [h.date or "", h.outlet, h.speaker or "", clipped(h.text, 60), len(h.variants)]
        for h in hits
    ]
    return tabulate(rows, headers=["date", "outlet", "speaker", "quote", "variants"]) + "\n"


def _load(args: argparse.Namespace) -> Comparison:
    progress = _progress(args)
    articles, statuses = [], []
    for article, status in progress(
        "reading", iter_articles(args.inputs, args.manifest, args.language), None
    ):
        if article is not None:
            articles.append(article)
        statuses.append(status)
        if status.status != "read" and not args.quiet:
            print(f"quotecheck: {status.status}: {status.path}: {status.message}", file=sys.stderr)
    if not articles:
        raise UsageError(NO_ARTICLES)
    reference = getattr(args, "reference", None)
    if reference is not None:
        chosen = pick_outlet(reference, {a.outlet for a in articles})
        articles = [replace(a, is_reference=a.outlet == chosen) for a in articles]
    return compare_articles(
        articles,
        files=tuple(sorted(statuses, key=lambda s: s.path)),
        progress=progress,
        jobs=args.jobs,
        scheduler=args.scheduler,
    )


def pick_outlet(name: str, outlets: Iterable[str]) -> str:
    """The outlet that ``name`` means: the same name, or the one outlet whose name starts with
    it, either in any case (``--reference metro`` for "Metro Times (first published in Wire)").

    >>> pick_outlet("metro", ["Harbour Gazette", "Metro Times (first published in Wire)"])
    'Metro Times (first published in Wire)'
    """
    outlets = sorted(set(outlets))
    wanted = name.strip().casefold()
    exact = [o for o in outlets if o.casefold() == wanted]
    starting = [o for o in outlets if o.casefold().startswith(wanted)] if wanted else []
    if exact or len(starting) == 1:
        return (exact or starting)[0]
    if starting:
        raise UsageError(
            f"--reference {name!r} could be any of " + ", ".join(starting) + "; type more of it"
        )
    raise UsageError(f"no article is from the outlet {name!r}; choose one of " + ", ".join(outlets))


def _exit_code(comparison: Comparison, fail_on: Severity | None) -> int:
    if fail_on is not None and any(g.severity >= fail_on for g in comparison.groups):
        return EXIT_FINDINGS
    return EXIT_OK


#: the columns of ``extract``'s terminal and Markdown tables, and the flexible ones' weights
EXTRACT_COLUMNS = ["file", "start", "end", "kind", "speaker", "cue", "text"]
_EXTRACT_FLEXIBLE = {0: 1, 4: 1, 6: 3}  # file, speaker, text


def run_extract(args: argparse.Namespace) -> int:
    """``quotecheck extract``: every quote with its span and speaker, read article by article
    (never the whole comparison): JSON Lines, CSV and JSON are written as they come, so memory
    does not grow with the number of inputs; the tables wait for the last quote to size their
    columns."""
    read, first = 0, True
    quiet_ones, found, skipped = 0, 0, 0  # articles with no quote, quotes, files not read
    table: list[list[Any]] = []
    with open_output(None if args.out == STDOUT else args.out) as out:
        writer = None
        if args.format == "json":
            out.write("[")
        for status, quotes in iter_quotes(
            args.inputs, args.manifest, args.jobs, args.scheduler, args.language, args.turns
        ):
            if status.status != "read" and not args.quiet:
                print(
                    f"quotecheck: {status.status}: {status.path}: {status.message}", file=sys.stderr
                )
            read += status.article_id is not None
            skipped += status.article_id is None
            quiet_ones += status.article_id is not None and not quotes
            found += len(quotes)
            for q in quotes:
                record = quote_record(q)
                if args.format == "jsonl":
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                elif args.format == "json":  # as json.dumps(records, indent=2) writes it
                    item = json.dumps(record, indent=2, ensure_ascii=False)
                    out.write(("\n" if first else ",\n") + textwrap.indent(item, "  "))
                    first = False
                elif args.format == "csv":
                    if writer is None:
                        writer = csv.DictWriter(out, fieldnames=list(record), lineterminator="\n")
                        writer.writeheader()
                    writer.writerow(record)
                else:
                    record["text"] = clipped(record["text"], 70)
                    table.append([record[c] for c in EXTRACT_COLUMNS])
        if args.format == "json":
            out.write("]\n" if first else "\n]\n")
        elif args.format in ("table", "markdown"):
            from .report import fit_table

            tablefmt = "github" if args.format == "markdown" else "simple"
            width = _table_width()
            out.write(fit_table(table, EXTRACT_COLUMNS, _EXTRACT_FLEXIBLE, width, tablefmt) + "\n")
    if not read:
        raise UsageError(NO_ARTICLES)
    if not args.quiet:
        print(_extract_summary(read, quiet_ones, found, skipped), file=sys.stderr)
    return EXIT_OK


def _extract_summary(read: int, quiet_ones: int, found: int, skipped: int) -> str:
    """One line that accounts for every input: articles read, those with no quote in them
    (listed in no row of the output), quotes, files skipped."""
    articles = f"{read} article{'s' * (read != 1)} read"
    none = f", {quiet_ones} with no quote" if quiet_ones else ""
    skips = f"; {skipped} input{'s' * (skipped != 1)} skipped (above)" if skipped else ""
    return f"quotecheck: {articles}{none}; {found} quote{'s' * (found != 1)}{skips}"


def run_compare(args: argparse.Namespace) -> int:
    """``quotecheck compare``: the same quote across outlets, with every difference."""
    comparison = _load(args)
    _emit(_rendered(comparison, args), args.out)
    return _exit_code(comparison, args.fail_on)


def _rendered(comparison: Comparison, args: argparse.Namespace) -> str:
    """A comparison in the ``--format`` asked for, differences below ``--min-severity`` left
    out: what ``compare`` and ``archive check`` print."""
    from .findings import at_least
    from .page import render_html
    from .report import discrepancies_frame, render_text, to_json

    shown = at_least(comparison, args.min_severity)
    if args.format == "json":
        text = json.dumps(to_json(shown), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "jsonl":
        data = to_json(shown)
        text = "".join(
            json.dumps(g, ensure_ascii=False) + "\n" for g in (*data["groups"], *data["singletons"])
        )
    elif args.format == "csv":
        text = discrepancies_frame(shown).to_csv(index=False, lineterminator="\n")
    elif args.format == "html":
        text = render_html(shown)
    else:
        text = render_text(shown, args.format, width=_table_width())
    return text


def run_report(args: argparse.Namespace) -> int:
    """``quotecheck report``: the summary on screen and every report file in ``--out``."""
    if args.out == STDOUT:
        raise UsageError(
            "report writes a folder of files; for one on standard output use "
            "`quotecheck compare … --format html --out -` (or csv, json, markdown)"
        )
    from .findings import at_least, counted
    from .report import render_text

    if not args.inputs and not args.db:
        raise UsageError("give the articles to report on, or --db for what an archive holds")
    comparison = _from_archive(args) if args.db else _load(args)
    shown = at_least(comparison, args.min_severity)
    written = write_reports(shown, args.out, _progress(args))
    if not args.quiet:
        print(render_text(shown, width=_table_width()))
        print(f"wrote {counted(len(written), 'file')} to {args.out}: open {written[0]}")
    return _exit_code(comparison, args.fail_on)


def run_evaluate(args: argparse.Namespace) -> int:
    """``quotecheck evaluate``: span and speaker figures against gold, then the errors."""
    from tabulate import tabulate

    from .articles import InputError
    from .evaluate import evaluate

    try:
        scores = evaluate(args.gold, args.jobs, args.scheduler)
    except (OSError, InputError) as err:
        raise UsageError(str(err).replace("[Errno 2] ", "")) from None
    if args.format == "json":
        text = (
            json.dumps(
                {
                    "figures": scores.figures(),
                    "rules": scores.rules(),
                    "errors": [e.__dict__ for e in scores.errors],
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    else:
        figures = tabulate(list(scores.figures().items()), headers=["measure", "value"])
        rules = tabulate(
            [list(r.values()) for r in scores.rules()],
            headers=["rule", "quotes", "right speaker", "precision"],
        )
        parts = [figures, "", "speakers named by each rule, on the quotes found:", rules, ""]
        for kind in ("missed", "extra", "wrong speaker"):
            errors = [e for e in scores.errors if e.kind == kind]
            parts.append(f"{kind}: {len(errors)}")
            rows = [
                [e.article[:28], e.expected, e.predicted, clipped(e.context, 110)]
                for e in errors[: args.errors]
            ]
            if rows:
                parts += [
                    tabulate(rows, headers=["article", "expected", "predicted", "context"]),
                    "",
                ]
        text = "\n".join(parts) + "\n"
    _emit(text, args.out)
    return EXIT_OK


COMMANDS = {
    "extract": run_extract,
    "compare": run_compare,
    "report": run_report,
    "evaluate": run_evaluate,
    "archive": run_archive,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``quotecheck`` and ``python -m quotecheck``; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (UsageError, ClusterError) as err:
        print(f"quotecheck: {err}", file=sys.stderr)
        return EXIT_USAGE
    except FileNotFoundError as err:  # a --manifest given on purpose that is not there
        print(f"quotecheck: {err.filename}: {err.strerror}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        sys.stderr.close()
        return EXIT_OK
    except OSError as err:
        print(
            f"quotecheck: cannot write {err.filename or ''}: {err.strerror}; check --out",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except Exception as err:  # a bug, not the user's fault: one line, the traceback on request
        if os.environ.get("QUOTECHECK_DEBUG"):
            raise
        print(
            f"quotecheck: internal error ({type(err).__name__}: {err}); please report it with "
            "the input, or set QUOTECHECK_DEBUG=1 to see where",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("quotecheck: interrupted; reports already written are whole", file=sys.stderr)
        return 130
