"""The HTML report: one self-contained page an editor reads in a minute, on any screen.

Key findings first, then a scorecard per outlet, the findings table, each statement side by side,
the quotes one outlet ran, speakers, terms and the sources, every article linked. Built from the
rows of :mod:`quotecheck.findings` (never from the tables of :mod:`quotecheck.report`) with a
jinja2 template (``templates/report.html.j2``) that escapes every piece of article text; no
network requests, no external fonts or scripts; it reads fully without JavaScript, which only
adds filters and sorting.

It stays small for a thousand articles: one row and one card per distinct wording of a
statement, with the outlets that printed it, not one per outlet; the CSV and JSON keep every
outlet's row.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import regex
from jinja2 import Environment, PackageLoader, select_autoescape

from .drift import INSIDE_RULE, describe, shown_edits
from .findings import (
    SPEAKER_KINDS,
    change,
    date_span,
    file_rows,
    first_run,
    group_notes,
    nearest_elsewhere,
    scorecard,
    severity_counts,
    sources,
    speaker_rows,
    stories,
    summary_lines,
    term_rows,
    worst_first,
)
from .metrics import word_diff
from .models import Article, Comparison, Edit, Quote, QuoteGroup, Severity
from .normalize import split_trailing_punctuation
from .terms import sentence_at
from .version import __version__

_DIFF_TOKEN = regex.compile(r"\s+|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}’'\-]+|[^\s\p{L}\p{N}]")
#: outlets named on a row or card before "and N others" (the CSV names them all)
OUTLETS_SHOWN = 12
#: severities whose rows and cards are hidden until the reader asks: identical or house style
QUIET = frozenset({Severity.NONE, Severity.STYLE})


def diff_segments(reference: str, variant: str) -> list[tuple[str, str]]:
    """The variant's text as (op, text) pieces against the reference: ``same``, ``del``, ``ins``.

    A minimal edit script over words, spaces and punctuation, in time close to linear for the
    long, nearly identical quotes that hostile pages make.

    >>> diff_segments("space, cybersecurity, and", "space, cybersecurity and")
    [('same', 'space, cybersecurity'), ('del', ','), ('same', ' and')]
    """
    a, b = _DIFF_TOKEN.findall(reference), _DIFF_TOKEN.findall(variant)
    out: list[tuple[str, str]] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:  # a changed stretch reads as what went, then what came
        for op, pieces in (("del", deleted), ("ins", inserted)):
            if pieces:
                out.append((op, "".join(pieces)))
                pieces.clear()

    for tag, i1, i2, j1, j2 in word_diff(a, b):
        if tag == "equal":
            flush()
            same = "".join(b[j1:j2])
            if out and out[-1][0] == "same":
                out[-1] = ("same", out[-1][1] + same)
            else:
                out.append(("same", same))
        else:
            deleted += a[i1:i2]
            inserted += b[j1:j2]
    flush()
    return out


def _wordings(articles: dict[str, Article], g: QuoteGroup) -> list[dict[str, Any]]:
    """The group's versions, one per distinct wording and finding, the reference first: each
    with the outlets that printed it, what changed, and (for a speaker finding) how sure each
    attribution is."""
    reference = g.reference_variant
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for q in g.variants().values():
        is_reference = q.article_id == reference.article_id
        edits: list[Edit] = (
            [] if is_reference else [e for e in g.edits if e.files[1] == q.article_id]
        )
        severity = max((e.severity for e in edits), default=Severity.NONE)
        changes = list(dict.fromkeys(change(e) for e in shown_edits(edits)))
        key = ("" if is_reference else "v", q.text, "; ".join(changes) + (q.speaker or ""))
        if key in merged:
            merged[key]["files"].append(q.article_id)
            continue
        article = articles[q.article_id]
        speaker_edit = any(e.kind in SPEAKER_KINDS for e in edits)
        merged[key] = {
            "files": [q.article_id],
            "is_reference": is_reference,
            "severity": severity.label,
            "rank": int(severity),
            "quiet": severity in QUIET,
            "finding": "reference" if is_reference else describe(edits),
            "changes": changes,
            "text": q.text,
            "segments": _segments(reference.text, q.text, edits),
            "speaker": q.speaker or "unknown",
            "mention": q.attribution.mention or "",
            "cue": q.attribution.cue or "",
            "marks": (q.open_mark, q.close_mark or "(unclosed)"),
            "context": sentence_at(article.text, q.start, q.end, elide=True),
            "confidence": _confidence(g, edits, q) if speaker_edit else "",
        }
    ordered = sorted(merged.values(), key=lambda w: (not w["is_reference"], -w["rank"]))
    for w in ordered:
        w["outlets"] = w.pop("files")
    return ordered


def _segments(reference: str, variant: str, edits: list[Edit]) -> list[tuple[str, str]]:
    """The variant against the reference; punctuation that only moved across the closing mark
    is house style, said in words beside it, not drawn as a deletion."""
    if not any(e.kind == "punctuation_placement" and e.rule != INSIDE_RULE for e in edits):
        return diff_segments(reference, variant)
    words, end = split_trailing_punctuation(variant)
    segments = diff_segments(split_trailing_punctuation(reference)[0], words)
    return [*segments, ("same", end)] if end else segments


def _confidence(g: QuoteGroup, edits: list[Edit], variant: Quote) -> str:
    """How sure each attribution of a speaker finding is: this version's and the one the finding
    sets it against (the reference, or another version when the reference names no one)."""
    against = next(e.files[0] for e in edits if e.kind in SPEAKER_KINDS)
    other = g.variants().get(against, g.reference_variant)
    whose = "the reference" if other.article_id == g.reference.article_id else "the other version"
    return (
        f"attribution confidence: this version {variant.attribution.confidence:.2f}, "
        f"{whose} {other.attribution.confidence:.2f}"
    )


def _outlet_index(comparison: Comparison) -> dict[str, int]:
    """Each outlet's number, for the rows' filter attributes (short, however many outlets)."""
    names = sorted({a.outlet for a in comparison.articles})
    return {name: i for i, name in enumerate(names)}


def _html_context(comparison: Comparison) -> dict[str, Any]:
    linked = sources(comparison)
    told = stories(comparison)
    index = _outlet_index(comparison)
    articles = {a.id: a for a in comparison.articles}

    def codes(files: Iterable[str]) -> str:
        return " ".join(sorted({str(index[linked[f].outlet]) for f in files}, key=int))

    statements = []
    for g in worst_first(comparison.groups):
        wordings = _wordings(articles, g)
        for w in wordings:
            w["codes"] = codes(w["outlets"])
        first = first_run(g, comparison)
        statements.append(
            {
                "id": g.id,
                "severity": g.severity.label,
                "quiet": g.severity in QUIET,
                "speaker": g.speaker or "unknown",
                "reference": wordings[0],
                "versions": wordings[1:],
                "wordings": wordings,
                "notes": group_notes(comparison, g),
                "first": linked[first] if first else None,
            }
        )
    ranked = sorted(
        ((s, w) for s in statements for w in s["versions"]),
        key=lambda sw: (-sw[1]["rank"], int(sw[0]["id"][1:])),
    )
    # a long quote stands in every statement it holds: the same two wordings told alike in
    # several statements are one row, linked to each statement
    alike: dict[tuple, tuple[dict[str, Any], dict[str, Any], list[str]]] = {}
    for s, w in ranked:
        key = (
            s["reference"]["text"],
            tuple(s["reference"]["outlets"]),
            w["text"],
            tuple(w["outlets"]),
            w["finding"],
        )
        if key in alike:
            alike[key][2].append(s["id"])
        else:
            alike[key] = (s, w, [])
    rows = list(alike.values())
    nearest = nearest_elsewhere(comparison)
    singles = [
        {
            "id": g.id,
            "quote": g.reference,
            "source": linked[g.reference.article_id],
            "notes": group_notes(comparison, g),
            "nearest": nearest.get(g.id),
            "nearest_source": linked[nearest[g.id].article_id] if g.id in nearest else None,
        }
        for g in comparison.singletons
    ]
    scores = scorecard(comparison)
    widest = max((s.statements - s.references for s in scores), default=0) or 1
    return {
        "version": __version__,
        "stories": told,
        "story": told[0] if len(told) == 1 else None,
        "dates": date_span(a.date for a in comparison.articles),
        "summary": summary_lines(comparison),
        "quiet_groups": sum(s["quiet"] for s in statements),
        "severity_counts": severity_counts(comparison),
        "severities": [s.label for s in Severity],
        "scores": scores,
        "widest": widest,
        "outlets": sorted(index.items(), key=lambda kv: kv[1]),
        "statements": statements,
        "rows": rows,
        "quiet_rows": sum(w["quiet"] for _s, w, _also in rows),
        "singles": singles,
        "sources": linked,
        "files": file_rows(comparison),
        "terms": term_rows(comparison),
        "speakers": speaker_rows(comparison),
        "shown": OUTLETS_SHOWN,
        "kinds_rank": {s.label: int(s) for s in Severity},
    }


@cache
def _templates() -> Environment:
    """The template environment, built once: compiling the page is most of rendering's cost."""
    return Environment(
        loader=PackageLoader("quotecheck", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(comparison: Comparison) -> str:
    """The editor's page, self-contained: no scripts, fonts or requests from elsewhere; every
    piece of article text escaped."""
    return _templates().get_template("report.html.j2").render(**_html_context(comparison))
