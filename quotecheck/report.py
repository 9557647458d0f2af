"""Reports: the pipeline's results as tables, for people and for other tools.

The one module that imports pandas and tabulate. Results become DataFrames (quotes, discrepancies,
terms, speakers, files), which render as a terminal summary, Markdown, CSV and JSON; the HTML page
is built from the same tables in :mod:`quotecheck.page`. Output is deterministic: the same inputs
give byte-identical files, written atomically.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

import pandas as pd
from tabulate import tabulate

from .findings import (
    discrepancy_rows,
    file_rows,
    key_findings,
    speaker_rows,
    summary_lines,
    term_rows,
)
from .models import TABLES, Comparison, Quote, QuoteGroup, Severity
from .normalize import clipped
from .output import quote_record
from .version import __version__

_RANK = {s.label: int(s) for s in Severity}


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """A table for pandas users: ``severity`` an ordered Categorical (``none`` < ``style`` <
    ``minor`` < ``major`` < ``critical``, so ``df[df.severity >= "major"]`` means what it says),
    nullable dtypes, and ``pd.NA`` wherever a value is missing."""
    frame = frame.replace({"": None}).convert_dtypes()
    for column in frame.select_dtypes(include="object").columns:  # all missing: no type found
        if frame[column].isna().all():
            frame[column] = frame[column].astype("string")
    if "severity" in frame:
        frame["severity"] = pd.Categorical(
            frame["severity"].astype(object), categories=[s.label for s in Severity], ordered=True
        )
    return frame


def quotes_frame(comparison: Comparison | Iterable[Quote]) -> pd.DataFrame:
    """Every quote occurrence with its speaker, the rule that named it and (for a comparison)
    its outlet and group (groups, space-separated, for a long quote that renders several
    statements)."""
    if isinstance(comparison, Comparison):
        quotes = comparison.quotes
        statements = (*comparison.groups, *comparison.singletons)
        group_of: dict[str, str] = {}  # a long quote may render several statements
        for g in statements:
            for q in g.members:
                group_of[q.id] = f"{group_of[q.id]} {g.id}" if q.id in group_of else g.id
        outlet_of = {a.id: a.outlet for a in comparison.articles}
    else:
        quotes, group_of, outlet_of = tuple(comparison), {}, {}
    records = []
    for q in quotes:
        record = quote_record(q)
        origin = record["repeat_of"] or q.id
        record["group"] = group_of.get(origin, "")
        record["outlet"] = outlet_of.get(q.article_id, "")
        records.append(record)
    columns = [
        "file",
        "outlet",
        "quote_id",
        "group",
        "start",
        "end",
        "kind",
        "placement",
        "text",
        "speaker",
        "speaker_mention",
        "speaker_start",
        "speaker_end",
        "role",
        "cue",
        "method",
        "confidence",
        "source_type",
        "repeat_of",
        "part_of",
        "parent",
        "unbalanced",
    ]
    return pd.DataFrame.from_records(records, columns=columns)


def discrepancies_frame(
    comparison: Comparison, min_severity: Severity = Severity.NONE
) -> pd.DataFrame:
    """One row for each outlet's version of a quote against the group's reference, worst first;
    quotes run by one outlet only follow, as such."""
    rows = [r for r in discrepancy_rows(comparison) if _RANK[r["severity"]] >= min_severity]
    frame = pd.DataFrame(
        rows,
        columns=[
            "group",
            "severity",
            "finding",
            "speaker",
            "reference_speaker",
            "reference_file",
            "reference_outlet",
            "reference_text",
            "file",
            "outlet",
            "text",
            "details",
            "changes",
            "reference_confidence",
            "confidence",
        ],
    )
    return frame


def terms_frame(comparison: Comparison) -> pd.DataFrame:
    """One row per written form of each drifting term, with the outlets using it."""
    return pd.DataFrame(
        term_rows(comparison),
        columns=["kind", "term", "form", "files", "outlets", "example", "detail"],
    )


def speakers_frame(comparison: Comparison) -> pd.DataFrame:
    """Each canonical speaker: kind of source, the roles and name forms used, quotes per outlet."""
    return pd.DataFrame(
        speaker_rows(comparison),
        columns=["speaker", "type", "roles", "name_forms", "quotes", "quotes_per_outlet"],
    )


def files_frame(comparison: Comparison) -> pd.DataFrame:
    """Every input file, read or skipped, with what was found in it."""
    return pd.DataFrame(
        file_rows(comparison),
        columns=["path", "status", "file", "outlet", "date", "title", "quotes", "message"],
    )


def to_json(comparison: Comparison) -> dict[str, Any]:
    """The stable machine-readable form: groups, singletons and terms (see the README)."""

    def member(q: Quote) -> dict[str, Any]:
        return {
            "file": q.article_id,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "speaker": q.speaker,
        }

    def group(g: QuoteGroup) -> dict[str, Any]:
        return {
            "id": g.id,
            "speaker": g.speaker,
            "severity": g.severity.label,
            "reference": g.reference.article_id,
            "members": [member(q) for q in g.members],
            "edits": [
                {
                    "kind": e.kind,
                    "severity": e.severity.label,
                    "files": list(e.files),
                    "reference": e.reference,
                    "variant": e.variant,
                    "detail": e.detail,
                    "rule": e.rule,
                }
                for e in g.edits
            ],
            "notes": [{"file": n.file, "text": n.text} for n in g.notes],
        }

    return {
        "version": __version__,
        "groups": [group(g) for g in comparison.groups],
        "singletons": [group(g) for g in comparison.singletons],
        "terms": [
            {
                "kind": t.kind,
                "key": t.key,
                "forms": {f: list(v) for f, v in t.forms.items()},
                "detail": t.detail,
                "examples": t.examples,
            }
            for t in comparison.terms
        ],
        "files": [asdict(f) for f in comparison.files],
    }


#: the terminal table's width when the terminal's own is not known
TABLE_WIDTH = 100


def fit_table(
    rows: list[list[Any]],
    headers: list[str],
    flexible: dict[int, int],
    width: int = TABLE_WIDTH,
    tablefmt: str = "simple",
) -> str:
    """A tabulate table no wider than ``width`` where its longest words allow: the columns in
    ``flexible`` (index: weight) share what the others leave and wrap between words, so no name
    is cut. Markdown is not wrapped (a line break would end its row); the reader's screen is."""
    if tablefmt != "simple":
        return tabulate(rows, headers=headers, tablefmt=tablefmt, missingval="—")
    cells = [
        [h, *("—" if r[i] is None else str(r[i]) for r in rows)] for i, h in enumerate(headers)
    ]
    natural = [max(map(len, column)) for column in cells]
    shortest = {i: max(len(w) for cell in cells[i] for w in cell.split() or [""]) for i in flexible}
    spare = width - 2 * (len(headers) - 1)
    spare -= sum(n + 2 for i, n in enumerate(natural) if i not in flexible)  # tabulate pads 2
    table = ""
    for _attempt in range(4):  # measure, then give back what tabulate's padding took
        widths = _shares(natural, shortest, flexible, spare)
        table = tabulate(
            rows,
            headers=headers,
            tablefmt=tablefmt,
            maxcolwidths=widths,
            maxheadercolwidths=widths,
            missingval="—",
        )
        excess = max(map(len, table.splitlines())) - width
        if excess <= 0:
            break
        spare -= excess
    return table


def _shares(
    natural: list[int], shortest: dict[int, int], flexible: dict[int, int], spare: int
) -> list[int | None]:
    """Each flexible column's width: its longest word, then its weight's share of what is left
    of ``spare``, up to what it needs."""
    widths: list[int | None] = [None] * len(natural)
    given = dict(shortest)
    left = spare - sum(given.values())
    while left > 0:
        wanting = {i: w for i, w in flexible.items() if given[i] < natural[i]}
        if not wanting:
            break
        weight = sum(wanting.values())
        added = 0
        for i, w in sorted(wanting.items()):
            add = min(max(1, left * w // weight), natural[i] - given[i], left - added)
            given[i] += add
            added += add
        if not added:
            break
        left -= added
    for i, w in given.items():
        widths[i] = w
    return widths


def render_text(
    comparison: Comparison,
    fmt: str = "table",
    min_severity: Severity = Severity.NONE,
    width: int = TABLE_WIDTH,
) -> str:
    """The comparison for a terminal (``table``, at most ``width`` columns) or as ``markdown``:
    summary, quotes across outlets (worst first), quotes run by one outlet only, and terms
    written differently."""
    tablefmt = "github" if fmt == "markdown" else "simple"
    disc = discrepancies_frame(comparison, min_severity)
    several = disc[disc["file"] != ""]
    single = disc[disc["file"] == ""]
    # a long quote stands in every group whose statement it holds: the same two versions told
    # the same way in several groups are one row, under every group's id
    rows: dict[tuple, list] = {}
    also: Counter[tuple] = Counter()  # the other groups a row stands for: "G3 (+2)"
    for r in several.itertuples():
        told = (r.reference_file, r.reference_text, r.file, r.text, r.finding, r.speaker)
        if told in rows:
            also[told] += 1
            continue
        rows[told] = [
            r.group,
            r.severity,
            # "Ann King → Jo Kern" where the version gives the words to someone else
            r.speaker
            if r.speaker == r.reference_speaker
            else f"{r.reference_speaker} → {r.speaker}",
            r.finding,
            f"{r.reference_outlet} → {r.outlet}",
            _short(r.reference_text, 60),
        ]
    for told, more in also.items():
        rows[told][0] += f" (+{more})"
    sections = [
        (
            "Quotes across outlets (worst first)",
            list(rows.values()),
            ["group", "severity", "speaker", "finding", "outlets", "quote"],
            {2: 2, 3: 3, 4: 3, 5: 3},
        ),
        (
            "Quoted by one outlet only",
            [
                [r.group, r.reference_outlet, r.speaker, _short(r.reference_text, 60), r.details]
                for r in single.itertuples()
            ],
            ["id", "outlet", "speaker", "quote", "note"],
            {1: 2, 2: 2, 3: 3, 4: 3},
        ),
        (
            "Terms written differently outside quotes",
            [[t.kind, t.form, t.outlets] for t in terms_frame(comparison).itertuples()],
            ["kind", "form", "outlets"],
            {1: 1, 2: 1},
        ),
    ]
    heading, sub = ("# ", "## ") if fmt == "markdown" else ("", "")
    summary = summary_lines(comparison)
    if fmt != "markdown":
        summary = [part for line in summary for part in textwrap.wrap(line, width)]
    parts = [f"{heading}quotecheck report", "", *summary, ""]
    if key := key_findings(comparison):
        parts += [f"{sub}Key findings", ""]
        for n, finding in enumerate(key, 1):
            line = f"{n}. [{finding.severity}] {finding.sentence}"
            parts += (
                [line] if fmt == "markdown" else textwrap.wrap(line, width, subsequent_indent="   ")
            )
        parts.append("")
    for title, table, headers, flexible in sections:
        parts += [
            f"{sub}{title}",
            "",
            fit_table(table, headers, flexible, width, tablefmt) if table else "none",
            "",
        ]
    return "\n".join(parts)


def _short(text: str, width: int = 60) -> str:
    return clipped(str(text), width)


def csv_text(frame: pd.DataFrame) -> str:
    """A table as CSV text, one line per row."""
    return frame.to_csv(index=False, lineterminator="\n")


TABLES.update(
    {
        "discrepancies": lambda c: typed(discrepancies_frame(c)),
        "quotes": lambda c: typed(quotes_frame(c)),
        "terms": lambda c: typed(terms_frame(c)),
        "speakers": lambda c: typed(speakers_frame(c)),
        "files": lambda c: typed(files_frame(c)),
    }
)
