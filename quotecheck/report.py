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
from dataclasses import asdict, replace
from typing import Any

import pandas as pd
from tabulate import tabulate

from .drift import describe
from .models import TABLES, Comparison, Quote, QuoteGroup, Severity
from .version import __version__


def _outlet(comparison: Comparison, article_id: str) -> str:
    return comparison.article(article_id).outlet


def group_notes(comparison: Comparison, group: QuoteGroup) -> list[str]:
    """What an editor should know about a group beyond its own rows: its notes and the outlets
    that run it without quote marks, each led by the outlet it is about."""
    return [
        *(f"{_outlet(comparison, n.file)}: {n.text}" for n in group.notes),
        *(
            f"{_outlet(comparison, e.files[1])}: {e.detail}"
            for e in group.edits
            if e.kind == "paraphrased"
        ),
    ]


def quote_record(q: Quote) -> dict[str, Any]:
    """One quote as the stable JSON Lines record that ``quotecheck extract`` writes."""
    a = q.attribution
    return {
        "file": q.article_id,
        "quote_id": q.id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "placement": q.placement,
        "speaker": a.speaker,
        "speaker_mention": a.mention,
        "speaker_start": a.mention_start,
        "speaker_end": a.mention_end,
        "role": a.role,
        "cue": a.cue,
        "method": a.method,
        "confidence": a.confidence,
        "source_type": a.source_type,
        "repeat_of": None if q.repeat_of is None else f"{q.article_id}#{q.repeat_of}",
        "part_of": None if q.part_of is None else f"{q.article_id}#{q.part_of}",
        "parent": None if q.parent is None else f"{q.article_id}#{q.parent}",
        "unbalanced": q.unbalanced,
    }


def at_least(comparison: Comparison, severity: Severity) -> Comparison:
    """The comparison with only the groups (and one-outlet quotes) whose worst difference
    reaches ``severity``; everything at ``none``."""
    if severity <= Severity.NONE:
        return comparison
    return replace(
        comparison,
        groups=tuple(g for g in comparison.groups if g.severity >= severity),
        singletons=tuple(g for g in comparison.singletons if g.severity >= severity),
    )


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
    rows = []
    for g in comparison.groups:
        reference = g.reference_variant
        for q in g.variants().values():
            if q.article_id == reference.article_id:
                continue
            edits = [e for e in g.edits if e.files[1] == q.article_id]
            severity = max((e.severity for e in edits), default=Severity.NONE)
            rows.append(
                {
                    "group": g.id,
                    "severity": severity.label,
                    "finding": describe(edits),
                    "speaker": q.speaker or g.reference.speaker or "unknown",
                    "reference_file": reference.article_id,
                    "reference_outlet": _outlet(comparison, reference.article_id),
                    "reference_text": reference.text,
                    "file": q.article_id,
                    "outlet": _outlet(comparison, q.article_id),
                    "text": q.text,
                    "details": "; ".join(e.detail for e in edits),
                    "_rank": int(severity),
                }
            )
    for g in comparison.singletons:
        q = g.reference
        rows.append(
            {
                "group": g.id,
                "severity": g.severity.label,
                "finding": "quoted by one outlet only"
                + ("; " + describe(g.edits) if g.edits else ""),
                "speaker": q.speaker or "unknown",
                "reference_file": q.article_id,
                "reference_outlet": _outlet(comparison, q.article_id),
                "reference_text": q.text,
                "file": "",
                "outlet": "",
                "text": "",
                "details": "; ".join(group_notes(comparison, g)),
                "_rank": int(g.severity),
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "group",
            "severity",
            "finding",
            "speaker",
            "reference_file",
            "reference_outlet",
            "reference_text",
            "file",
            "outlet",
            "text",
            "details",
            "_rank",
        ],
    )
    frame = frame[frame["_rank"] >= int(min_severity)]
    order = frame.assign(
        _n=frame["group"].str[1:].astype(int), _single=frame["group"].str.startswith("S")
    )
    order = order.sort_values(
        ["_single", "_rank", "_n"], ascending=[True, False, True], kind="stable"
    )
    return order.drop(columns=["_rank", "_n", "_single"]).reset_index(drop=True)


def terms_frame(comparison: Comparison) -> pd.DataFrame:
    """One row per written form of each drifting term, with the outlets using it."""
    rows = []
    for t in comparison.terms:
        for form, files in t.forms.items():
            rows.append(
                {
                    "kind": t.kind,
                    "term": t.key,
                    "form": form,
                    "files": " ".join(files),
                    "outlets": "; ".join(_outlet(comparison, f) for f in files),
                    "example": t.examples.get(form, ""),
                    "detail": t.detail,
                }
            )
    return pd.DataFrame(
        rows, columns=["kind", "term", "form", "files", "outlets", "example", "detail"]
    )


def speakers_frame(comparison: Comparison) -> pd.DataFrame:
    """Each canonical speaker: kind of source, the roles and name forms used, quotes per outlet."""
    by_speaker: dict[str, dict[str, Any]] = {}
    for q in comparison.quotes:
        if q.repeat_of is not None:
            continue
        a = q.attribution
        key = a.speaker or "unknown"
        entry = by_speaker.setdefault(
            key,
            {
                "type": a.source_type,
                "roles": Counter(),
                "mentions": Counter(),
                "per_outlet": Counter(),
            },
        )
        if a.role:
            entry["roles"][a.role] += 1
        if (
            a.mention
            and a.source_type == "person"
            and a.mention.lower() not in {"he", "she", "they", "who"}
        ):
            entry["mentions"][a.mention] += 1
        entry["per_outlet"][_outlet(comparison, q.article_id)] += 1
    rows = [
        {
            "speaker": name,
            "type": e["type"],
            "roles": "; ".join(sorted(e["roles"])),
            "name_forms": "; ".join(sorted(e["mentions"])),
            "quotes": sum(e["per_outlet"].values()),
            "quotes_per_outlet": "; ".join(f"{o}: {n}" for o, n in sorted(e["per_outlet"].items())),
        }
        for name, e in sorted(
            by_speaker.items(), key=lambda kv: (-sum(kv[1]["per_outlet"].values()), kv[0])
        )
    ]
    return pd.DataFrame(
        rows, columns=["speaker", "type", "roles", "name_forms", "quotes", "quotes_per_outlet"]
    )


def files_frame(comparison: Comparison) -> pd.DataFrame:
    """Every input file, read or skipped, with what was found in it."""
    counts = Counter(q.article_id for q in comparison.quotes)
    rows = []
    for f in comparison.files:
        article = next((a for a in comparison.articles if a.id == f.article_id), None)
        rows.append(
            {
                "path": f.path,
                "status": f.status,
                "file": f.article_id or "",
                "outlet": article.outlet if article else "",
                "date": (article.date or "") if article else "",
                "title": (article.title or "") if article else "",
                "quotes": counts.get(f.article_id, 0),
                "message": f.message,
            }
        )
    return pd.DataFrame(
        rows, columns=["path", "status", "file", "outlet", "date", "title", "quotes", "message"]
    )


def severity_counts(comparison: Comparison) -> dict[str, int]:
    """How many groups reach each severity (a group counts at its worst edit)."""
    counts = Counter(g.severity.label for g in comparison.groups)
    return {s.label: counts.get(s.label, 0) for s in Severity}


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
            "speaker": g.reference.speaker,
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


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 article``, ``3 articles``: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def summary_lines(comparison: Comparison) -> list[str]:
    """A few lines an editor reads first: what was read and what was found, each count with
    its own unit (quotes are what the articles print, statements what several of them share)."""
    sev = severity_counts(comparison)
    found = ", ".join(f"{n} {label}" for label, n in sev.items() if n) or "none"
    outlets = {a.outlet for a in comparison.articles}
    skipped = sum(f.status == "skipped" for f in comparison.files)
    quotes = sum(q.repeat_of is None for q in comparison.quotes)
    repeats = len(comparison.quotes) - quotes
    several, single = len(comparison.groups), len(comparison.singletons)
    return [
        f"{counted(len(comparison.articles), 'article')} from {counted(len(outlets), 'outlet')}"
        + (f" ({counted(skipped, 'file')} skipped)" if skipped else ""),
        f"{counted(quotes, 'quote')}"
        + (f" (+{repeats} in repeated paragraphs)" if repeats else "")
        + f" in {counted(several + single, 'statement')}: {several} run by several outlets, "
        f"{single} by one only",
        f"by worst difference: {found}",
        f"{counted(len(comparison.terms), 'term')} written differently outside quotes",
    ]


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
    sections = [
        (
            "Quotes across outlets (worst first)",
            [
                [
                    r.group,
                    r.severity,
                    r.speaker,
                    r.finding,
                    f"{r.reference_outlet} → {r.outlet}",
                    _short(r.reference_text, 60),
                ]
                for r in several.itertuples()
            ],
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
    for title, table, headers, flexible in sections:
        parts += [
            f"{sub}{title}",
            "",
            fit_table(table, headers, flexible, width, tablefmt) if table else "none",
            "",
        ]
    return "\n".join(parts)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
