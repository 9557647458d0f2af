"""Confidences for the attribution rules, fitted to how often each rule names the right speaker.

Usage: python eval/fit_confidences.py EVALUATION.json
       (the output of ``quotecheck evaluate GOLD --format json`` on the development set)

A rule's confidence is its precision on the quotes it attributed, smoothed towards one half for
rules that fire rarely: (right + 1) / (quotes + 2). Rules the development set never exercises
keep their confidence. Prints each rule's current and fitted value; the table in
``quotecheck/attribution/rules.py`` is then edited by hand, so that every change is reviewed.
"""

from __future__ import annotations

import json
import sys

from tabulate import tabulate

from quotecheck.attribution import RULES


def fitted(right: int, quotes: int) -> float:
    """The smoothed precision of a rule."""
    return round((right + 1) / (quotes + 2), 2)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        measured = {r["method"]: r for r in json.load(f)["rules"]}
    rows = []
    for rule in RULES:
        r = measured.get(rule.method)
        new = fitted(r["correct"], r["n"]) if r else rule.confidence
        rows.append([rule.method, r["n"] if r else 0, rule.confidence, new])
    print(tabulate(rows, headers=["rule", "quotes", "confidence now", "fitted"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
