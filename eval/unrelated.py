"""Critical findings where there should be almost none: the development set compared as one
corpus.

Usage: python eval/unrelated.py DEV_SET.jsonl   (read in place; nothing is copied)

The development set holds hundreds of articles from several publishers over many months. A few
statements recur across them, but the same words given to two different people, a number or a
negation flipped inside one statement, are rare there; most critical findings on such a corpus
come from lining up quotes that only share common words. Each one is printed, with the words on
both sides, so that it can be judged by eye.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from quotecheck import compare
from quotecheck.models import Severity


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    path = Path(argv[0])
    if not path.is_file():
        print(f"unrelated: no {path}; the development set is not here", file=sys.stderr)
        return 0
    result = compare([path])
    critical = [
        (group, edit)
        for group in result.groups
        for edit in group.edits
        if edit.severity == Severity.CRITICAL
    ]
    by_kind = Counter(edit.kind for _, edit in critical)
    print(
        f"\nThe development set as one corpus: {len(result.groups)} statements in two or more "
        f"articles, {len(critical)} critical findings"
        + (f" ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))})" if critical else "")
    )
    for group, edit in critical:
        words = {q.article_id: q.text for q in group.members}
        print(f"  {group.id} {edit.kind}: {edit.reference} / {edit.variant}")
        for file in edit.files:
            print(f"      {file[:40]}: {words[file][:90]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
