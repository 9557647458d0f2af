"""Writing the reports: every file of a run, atomically, with the permissions the umask gives.

The tables, text and JSON come from :mod:`quotecheck.report`, the page from
:mod:`quotecheck.page`; this module only writes them, so that the page and the tables it is built
from never import each other.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from .models import Comparison, Progress, Quote, no_progress


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


@contextmanager
def open_output(out: str | Path | None) -> Iterator[TextIO]:
    """A text stream to write to: standard output, or ``out`` written atomically (a temporary
    file renamed into place when the writing ends without error)."""
    if out is None:
        yield sys.stdout
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 would hide the report from others
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it, then set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so a crash mid-write
    leaves the previous file whole."""
    with open_output(path) as handle:
        handle.write(text)


def write_reports(
    comparison: Comparison,
    out_dir: str | Path,
    progress: Progress = no_progress,
) -> list[Path]:
    """Write every report file into ``out_dir`` and return their paths (the page first);
    ``progress`` sees each file being made."""
    from .page import render_html  # the page (jinja2) and the tables (pandas) load only here
    from .report import (
        csv_text,
        discrepancies_frame,
        files_frame,
        quotes_frame,
        render_text,
        speakers_frame,
        terms_frame,
        to_json,
    )

    makers: dict[str, Callable[[Comparison], str]] = {
        "index.html": render_html,
        "quotes.csv": lambda c: csv_text(quotes_frame(c)),
        "discrepancies.csv": lambda c: csv_text(discrepancies_frame(c)),
        "terms.csv": lambda c: csv_text(terms_frame(c)),
        "speakers.csv": lambda c: csv_text(speakers_frame(c)),
        "files.csv": lambda c: csv_text(files_frame(c)),
        "summary.md": lambda c: render_text(c, "markdown"),
        "report.json": lambda c: json.dumps(to_json(c), indent=2, ensure_ascii=False) + "\n",
    }
    out = Path(out_dir)
    written = []
    for name in progress("writing reports", makers, len(makers)):
        write_atomic(out / name, makers[name](comparison))
        written.append(out / name)
    return written
