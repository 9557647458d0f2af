"""Evaluation: extraction and attribution scored against human-annotated articles.

The gold file is JSON Lines, one article per line: ``{"id", "text", "quotes": [{"start", "end",
"text", "speaker", "speaker_start", "speaker_end"}]}``. The scoring rule is the one the held-out
set is scored with:

- a gold quote is *found* when at least 80% of its characters lie in one predicted span;
- a predicted span is *right* when at least 80% of its non-space characters lie in gold spans;
  predictions of kind ``scare`` or ``title`` are not counted;
- a speaker is *right* when the predicted mention overlaps the gold source mention, or the gold
  source's last name is a word of the predicted canonical speaker;
- stricter, *named-speaker accuracy* looks only at gold sources that name someone (their last
  word capitalised, no pronoun) and counts the speaker right only when that name is a word of
  the predicted canonical speaker: a right mention resolved to the wrong person, or a junk name
  around the right mention, counts wrong there.

The error table (missed, extra, wrong speaker, each with its context) is how to find what to fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .articles import InputError, parse_article
from .attribution.rules import RULES, rule_of
from .models import Quote
from .parallel import map_ordered
from .pipeline import listed, quotes_of

COVER = 0.8
UNCOUNTED_KINDS = frozenset({"scare", "title"})


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote: its span and its source mention."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True)
class EvalError:
    """A miss, an extra span or a wrong speaker, with the words around it."""

    kind: str  # missed | extra | wrong speaker
    article: str
    start: int
    end: int
    text: str
    expected: str = ""
    predicted: str = ""
    context: str = ""


@dataclass
class Scores:
    """Counts and the figures computed from them."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    right_spans: int = 0
    exact: int = 0
    right_speaker: int = 0
    #: found quotes whose gold source names someone, and of them those named in the speaker
    named: int = 0
    right_name: int = 0
    errors: list[EvalError] = field(default_factory=list)
    #: rule -> [quotes found that it attributed, of them with the right speaker]
    by_rule: dict[str, list[int]] = field(default_factory=dict)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        """Share of predicted spans that are right."""
        return self.right_spans / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold quotes found."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Span F1 under the 80% overlap rule."""
        return self._f1(self.precision, self.recall)

    @property
    def exact_f1(self) -> float:
        """F1 counting only spans with exactly the gold offsets."""
        p = self.exact / self.predicted if self.predicted else 0.0
        r = self.exact / self.gold if self.gold else 0.0
        return self._f1(p, r)

    @property
    def speaker_accuracy(self) -> float:
        """Share of found quotes whose speaker is right."""
        return self.right_speaker / self.found if self.found else 0.0

    @property
    def named_speaker_accuracy(self) -> float:
        """Share of found quotes whose gold source names someone that name that person."""
        return self.right_name / self.named if self.named else 0.0

    @property
    def quote_with_speaker_recall(self) -> float:
        """Share of gold quotes found with the right speaker."""
        return self.right_speaker / self.gold if self.gold else 0.0

    def rules(self) -> list[dict[str, str | int | float]]:
        """For every rule of the table (in its order, then ``none``), how many of the quotes
        found it attributed and how many of them to the right speaker."""
        order = [r.method for r in RULES] + ["none"]
        return [
            {
                "method": method,
                "n": n,
                "correct": correct,
                "precision": round(correct / n, 4) if n else 0.0,
            }
            for method in order
            if method in self.by_rule
            for n, correct in [self.by_rule[method]]
        ]

    def figures(self) -> dict[str, float | int]:
        """The headline figures, rounded, for tables and JSON."""
        return {
            "gold quotes": self.gold,
            "predicted": self.predicted,
            "span precision": round(self.precision, 4),
            "span recall": round(self.recall, 4),
            "span F1": round(self.f1, 4),
            "exact-span F1": round(self.exact_f1, 4),
            "speaker accuracy": round(self.speaker_accuracy, 4),
            "quote+speaker recall": round(self.quote_with_speaker_recall, 4),
            "named-speaker accuracy": round(self.named_speaker_accuracy, 4),
        }


def read_gold(path: str | Path) -> Iterator[GoldArticle]:
    """Articles from a gold JSON Lines file; a malformed line raises :class:`InputError`."""
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                quotes = tuple(
                    GoldQuote(
                        q["start"],
                        q["end"],
                        q.get("text", ""),
                        q.get("speaker"),
                        q.get("speaker_start"),
                        q.get("speaker_end"),
                    )
                    for q in row.get("quotes", [])
                )
                yield GoldArticle(str(row["id"]), row["text"], quotes)
            except (KeyError, TypeError, json.JSONDecodeError) as err:
                raise InputError(
                    f"{path}:{number}: not a gold article ({err}); each line needs id, text and "
                    "quotes with start and end"
                ) from None


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def speaker_is_right(gold: GoldQuote, predicted: Quote) -> bool:
    """The scoring rule for speakers (see the module docstring)."""
    a = predicted.attribution
    if (
        gold.speaker_start is not None
        and a.mention_start is not None
        and _overlap(gold.speaker_start, gold.speaker_end, a.mention_start, a.mention_end) > 0
    ):
        return True
    if gold.speaker and a.speaker:
        last = gold.speaker.split()[-1].lower().strip(".,")
        return last in {w.lower().strip(".,") for w in a.speaker.split()}
    return False


#: gold sources that name nobody by their last word: pronouns and relatives
_NO_NAME = frozenset(
    {"he", "she", "it", "they", "i", "we", "you", "who", "which", "that"}
    | {"er", "sie", "es", "ihm", "ihn", "il", "elle", "ils", "elles", "lui", "on"}
)
#: words that open a source naming nobody by its last word: somebody unnamed ("a Democrat",
#: "one aide", "ein Sprecher", "un porte-parole"), or, in German and French, whose nouns and
#: bodies are capitalised too, a role with its article ("Die Sprecherin der Stiftung X")
_UNNAMED = frozenset(
    {"a", "an", "one", "another", "some", "several", "many", "two", "three"}
    | {"ein", "eine", "einer", "un", "une", "der", "die", "das", "des", "dem", "den"}
    | {"le", "la", "les", "l'", "l’"}
)


def _gold_names(source: str) -> set[str]:
    """The words that may name the gold source: the last of its words before an apposition, and
    the last before a phrase after a name (``Jo Ames, 54, a baker``, ``Jo Ames of the union``:
    Ames; ``Secretary of State Jo Ames``: Ames), possessives dropped (``Ames's``)."""
    head = source.split(",", 1)[0]
    names = set()
    for words in (head.split(), _AFTER_NAME.split(head, maxsplit=1)[0].split()):
        if words:
            names.add(_POSSESSIVE.sub("", words[-1].strip(".,’'")))
    return names


#: what follows a source's name and is no part of it: a body, a place or a clause
_AFTER_NAME = re.compile(r"\s(?:of|from|at|with|who|in)\s")
_POSSESSIVE = re.compile(r"[’']s?$")


def gold_names_someone(gold: GoldQuote) -> bool:
    """Whether the gold source names someone (``Ms. Moreau``, ``Jo Ames, a baker``, ``the
    Post``), not a pronoun or a common noun (``she``, ``the judge``) or somebody unnamed (``a
    Democrat``)."""
    words = (gold.speaker or "").split()
    if not words or words[0].lower() in _UNNAMED:
        return False  # "a New Hampshire Democrat", "one aide": somebody unnamed
    return any(
        name[:1].isupper() and name.lower() not in _NO_NAME
        for name in _gold_names(gold.speaker or "")
    )


def names_gold_speaker(gold: GoldQuote, predicted: Quote) -> bool:
    """Whether the word naming the gold source is a word of the predicted canonical speaker."""
    speaker = predicted.attribution.speaker
    if not (gold.speaker and speaker):
        return False
    words = {w.lower().strip(".,") for w in speaker.split()}
    return any(name.lower() in words for name in _gold_names(gold.speaker))


def score_article(gold: GoldArticle, predicted: Iterable[Quote], scores: Scores) -> None:
    """Add one article's counts and errors to ``scores``."""
    text = gold.text
    preds = [q for q in predicted if q.kind not in UNCOUNTED_KINDS]
    scores.gold += len(gold.quotes)
    scores.predicted += len(preds)
    covered = [False] * len(text)
    for g in gold.quotes:
        for i in range(max(0, g.start), min(len(text), g.end)):
            covered[i] = True
    for p in preds:
        chars = [i for i in range(p.start, p.end) if not text[i].isspace()]
        inside = sum(covered[i] for i in chars)
        if chars and inside / len(chars) >= COVER:
            scores.right_spans += 1
        elif chars:
            scores.errors.append(
                EvalError(
                    "extra",
                    gold.id,
                    p.start,
                    p.end,
                    p.text,
                    predicted=p.speaker or "",
                    context=_context(text, p.start, p.end),
                )
            )
    exact = {(p.start, p.end) for p in preds}
    for g in gold.quotes:
        scores.exact += (g.start, g.end) in exact
        length = max(1, g.end - g.start)
        best = max(preds, key=lambda p: _overlap(p.start, p.end, g.start, g.end), default=None)
        if best is None or _overlap(best.start, best.end, g.start, g.end) / length < COVER:
            scores.errors.append(
                EvalError(
                    "missed",
                    gold.id,
                    g.start,
                    g.end,
                    g.text,
                    expected=g.speaker or "",
                    context=_context(text, g.start, g.end),
                )
            )
            continue
        scores.found += 1
        if gold_names_someone(g):
            scores.named += 1
            scores.right_name += names_gold_speaker(g, best)
        right = speaker_is_right(g, best)
        tally = scores.by_rule.setdefault(rule_of(best.attribution.method), [0, 0])
        tally[0] += 1
        tally[1] += right
        if right:
            scores.right_speaker += 1
        else:
            a = best.attribution
            scores.errors.append(
                EvalError(
                    "wrong speaker",
                    gold.id,
                    g.start,
                    g.end,
                    g.text,
                    expected=g.speaker or "",
                    predicted=f"{a.speaker} ({a.mention}; {a.method})",
                    context=_context(
                        text,
                        min(g.start, g.speaker_start or g.start),
                        max(g.end, g.speaker_end or g.end),
                    ),
                )
            )


def evaluate(gold_path: str | Path, jobs: int = 1, scheduler: str | None = None) -> Scores:
    """Score extraction and attribution on every article of a gold JSON Lines file, the quotes
    found by ``jobs`` processes or a Dask ``scheduler``'s workers (the scores are the same)."""
    scores = Scores()
    golds = list(read_gold(gold_path))
    found_all = map_ordered(_predicted, golds, jobs, scheduler)
    for gold, found in zip(golds, found_all, strict=True):
        score_article(gold, found, scores)
    return scores


def _predicted(gold: GoldArticle) -> tuple[Quote, ...]:
    """What ``quotecheck extract`` lists for the gold article's text."""
    return listed(quotes_of([parse_article(gold.text, gold.id, gold.id)]))
