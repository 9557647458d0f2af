"""Reading the lexicons in ``quotecheck/data``: general word lists kept as data, with provenance.

Each data file starts with ``#`` comment lines saying where its entries come from. Plain ``.txt``
files hold one entry per line; ``.tsv`` files hold tab-separated columns.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("quotecheck").joinpath("data", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of a one-per-line data file, lower-cased.

    >>> "minister" in words("titles.txt")
    True
    """
    return frozenset(ln.strip().lower() for ln in _lines(name))


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, comments and blank lines skipped."""
    return tuple(tuple(col.strip() for col in ln.split("\t")) for ln in _lines(name))
