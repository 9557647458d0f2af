"""The HTML report: one self-contained page an editor reads in a browser.

Built from the report's tables with a jinja2 template (``templates/report.html.j2``) that escapes
every piece of article text; no network requests, no external fonts or scripts, readable without
JavaScript, with a little inline script for sorting and filtering.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex
from jinja2 import Environment, PackageLoader, select_autoescape

from .drift import describe
from .metrics import word_diff
from .models import Comparison, Quote, QuoteGroup, Severity
from .report import (
    discrepancies_frame,
    files_frame,
    group_notes,
    severity_counts,
    speakers_frame,
    summary_lines,
    terms_frame,
)
from .terms import sentence_at
from .version import __version__

_DIFF_TOKEN = regex.compile(r"\s+|[\p{L}\p{N}’'\-]+|[^\s\p{L}\p{N}]")


def diff_segments(reference: str, variant: str) -> list[tuple[str, str]]:
    """The variant's text as (op, text) pieces against the reference: ``same``, ``del``, ``ins``.

    A minimal edit script over words, spaces and punctuation, in time close to linear for the
    long, nearly identical quotes that hostile pages make.

    >>> diff_segments("space, cybersecurity, and", "space, cybersecurity and")
    [('same', 'space, cybersecurity'), ('del', ','), ('same', ' and')]
    """
    a, b = _DIFF_TOKEN.findall(reference), _DIFF_TOKEN.findall(variant)
    out: list[tuple[str, str]] = []

    def add(op: str, text: str) -> None:
        if text:
            if out and out[-1][0] == op:
                out[-1] = (op, out[-1][1] + text)
            else:
                out.append((op, text))

    for tag, i1, i2, j1, j2 in word_diff(a, b):
        if tag == "equal":
            add("same", "".join(b[j1:j2]))
        else:
            add("del", "".join(a[i1:i2]))
            add("ins", "".join(b[j1:j2]))
    return out


def _html_context(comparison: Comparison) -> dict[str, Any]:
    articles = {a.id: a for a in comparison.articles}
    outlets = {a.id: a.outlet for a in comparison.articles}

    def variant(g: QuoteGroup, q: Quote) -> dict[str, Any]:
        article = articles[q.article_id]
        is_reference = q.article_id == g.reference.article_id
        edits = [] if is_reference else [e for e in g.edits if e.files[1] == q.article_id]
        body = [p for p in article.paragraphs if p.role == "body"]
        position = next((i for i, p in enumerate(body, 1) if p.start <= q.start < p.end), None)
        return {
            "file": q.article_id,
            "outlet": outlets[q.article_id],
            "speaker": q.speaker or "unknown",
            "mention": q.attribution.mention or "",
            "cue": q.attribution.cue or "",
            "method": q.attribution.method,
            "is_reference": is_reference,
            "segments": diff_segments(g.reference_variant.text, q.text),
            "text": q.text,
            "marks": (q.open_mark, q.close_mark or "(unclosed)"),
            "context": sentence_at(article.text, q.start, q.end),
            "position": f"paragraph {position} of {len(body)}" if position else "",
            "finding": "reference" if is_reference else describe(edits),
            "severity": max((e.severity for e in edits), default=Severity.NONE).label,
            "details": [e.detail for e in edits],
        }

    groups = sorted(comparison.groups, key=lambda g: (-g.severity, int(g.id[1:])))
    shown = [(g, [variant(g, q) for q in g.variants().values()]) for g in groups]
    grid_groups = [
        {
            "id": g.id,
            "speaker": g.reference.speaker or "unknown",
            "cells": {v["file"]: "reference" if v["is_reference"] else v["severity"] for v in vs},
        }
        for g, vs in shown
    ]
    return {
        "version": __version__,
        "summary": summary_lines(comparison),
        "notes": {
            g.id: group_notes(comparison, g) for g in (*comparison.groups, *comparison.singletons)
        },
        "severity_counts": severity_counts(comparison),
        "articles": comparison.articles,
        "groups": [{"group": g, "severity": g.severity.label, "variants": vs} for g, vs in shown],
        "singletons": [
            {"group": g, "variant": variant(g, g.reference)} for g in comparison.singletons
        ],
        "grid": grid_groups,
        "discrepancies": discrepancies_frame(comparison).to_dict("records"),
        "terms": terms_frame(comparison).to_dict("records"),
        "speakers": speakers_frame(comparison).to_dict("records"),
        "files": files_frame(comparison).to_dict("records"),
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
    """A self-contained HTML page: no scripts, fonts or requests from elsewhere; text escaped."""
    return _templates().get_template("report.html.j2").render(**_html_context(comparison))
