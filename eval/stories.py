"""Score `quotecheck compare` on the development stories, with the stories' own scorer.

Usage: python eval/stories.py STORIES_DIR SCORER   (both read in place; nothing is copied)

Each story folder holds one article per outlet (`*.txt`) and a human's `gold.json`. quotecheck
compares each folder's articles, the scorer matches the result against the gold, and this prints
the figures per story and pooled, with the targets beside them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tabulate import tabulate

from quotecheck import Comparison, compare, extract, to_json
from quotecheck.drift import compare_quotes

#: measure: (label, target, higher is better)
MEASURES = {
    "group_recall": ("group recall", 0.95, True),
    "pair_recall": ("pair recall", 0.9, True),
    "kind_recall": ("kind recall", 0.8, True),
    "kind_precision": ("kind precision", 0.85, True),
    "critical": ("critical findings", None, None),
    "false_critical": ("false critical", 0, False),
    "identical_alarms": ("alarms on identical pairs", 0, False),
    "asymmetric_pairs": ("pairs not symmetric in order", None, None),
}


#: the kind an edit has when the two versions trade places
MIRROR = {
    "insertion": "deletion",
    "deletion": "insertion",
    "truncation": "extension",
    "extension": "truncation",
}


def asymmetric_pairs(result: Comparison) -> tuple[int, int]:
    """How many pairs of one group's versions get other kinds of edit when the two trade places
    (A against B is to be the mirror of B against A), of how many pairs."""
    odd = total = 0
    for group in result.groups:
        versions = list(group.variants().values())
        for n, a in enumerate(versions):
            for b in versions[n + 1 :]:
                there = sorted(e.kind for e in compare_quotes(a, b))
                back = sorted(MIRROR.get(e.kind, e.kind) for e in compare_quotes(b, a))
                total += 1
                odd += there != back
    return odd, total


def score(stories: Path, scorer: Path) -> list[dict]:
    """The scorer's figures for each story and pooled (last), with the pairs whose edits are
    not symmetric."""
    pairs: list[str] = []
    asymmetric: list[tuple[int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for story in sorted(p for p in stories.iterdir() if (p / "gold.json").is_file()):
            predicted = Path(tmp) / f"{story.name}.json"
            result = compare(sorted(story.glob("*.txt")))
            asymmetric.append(asymmetric_pairs(result))
            predicted.write_text(json.dumps(to_json(result), ensure_ascii=False), "utf-8")
            pairs += [str(story / "gold.json"), str(predicted)]
        if not pairs:
            raise SystemExit(f"no story with a gold.json under {stories}")
        out = subprocess.run(
            [sys.executable, str(scorer), "--total", *pairs],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    asymmetric.append((sum(o for o, _ in asymmetric), sum(t for _, t in asymmetric)))
    for row, (odd, total) in zip(rows, asymmetric, strict=True):
        row["asymmetric_pairs"] = f"{odd} of {total}"
    return rows


def speaker_accuracy(stories: Path) -> tuple[int, int, int]:
    """How many of the stories' gold quotes quotecheck finds in their file, and with the
    speaker the gold names (its last name a word of quotecheck's canonical speaker, the rule
    the PolNeAR scoring uses for names), of how many gold quotes."""
    right = found = total = 0
    for story in sorted(p for p in stories.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((story / "gold.json").read_text("utf-8"))
        quotes = {f.name: extract(f) for f in story.glob("*.txt")}
        for g in gold["quotes"]:
            total += 1
            words = " ".join(g["text"].split())
            match = next(
                (
                    q
                    for q in quotes.get(g["file"], ())
                    if words[:40] in " ".join(q.text.split()) or " ".join(q.text.split()) in words
                ),
                None,
            )
            if match is None:
                continue
            found += 1
            last = (g.get("speaker") or "").split()[-1:]
            said = (match.speaker or "").lower().split()
            right += bool(last) and last[0].lower() in said
    return right, found, total


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    stories, scorer = Path(argv[0]), Path(argv[1])
    if not stories.is_dir() or not scorer.is_file():
        print(
            f"stories: no {stories} or {scorer}; the development stories are not here, "
            "nothing to score",
            file=sys.stderr,
        )
        return 0
    rows = score(stories, scorer)
    headers = ["measure", *(r["story"][:16] for r in rows), "target"]
    table = []
    for key, (label, target, higher) in MEASURES.items():
        cells = [_cell(r.get(key)) for r in rows]
        goal = "" if target is None else (f">= {target}" if higher else f"{target}")
        if key == "asymmetric_pairs":
            goal = "0 of all"
        table.append([label, *cells, goal])
    print("\nThe development stories (quotecheck compare, scored by score_drift.py)\n")
    print(tabulate(table, headers=headers, disable_numparse=True))
    missed = _summed(rows[:-1], "kinds_missed").most_common(8)
    print("\nmost missed kinds: " + (", ".join(f"{k} {n}" for k, n in missed) or "none"))
    critical = sorted(_summed(rows[:-1], "critical_by_kind").items())
    print("critical findings by kind: " + (", ".join(f"{k} {n}" for k, n in critical) or "none"))
    right, found, total = speaker_accuracy(stories)
    print(
        f"speakers (quotecheck extract against the gold speakers): {found} of {total} gold quotes "
        f"found, {right} with the gold speaker (speaker accuracy {right / max(1, found):.3f})"
    )
    return 0


def _cell(value: float | int | str | None) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _summed(rows: list[dict], key: str) -> Counter[str]:
    """A per-story count of the scorer's (``kinds_missed``…) added over the stories."""
    total: Counter[str] = Counter()
    for r in rows:
        total.update(r.get(key) or {})
    return total


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
