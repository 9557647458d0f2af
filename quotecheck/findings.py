"""What a comparison found, as an editor reads it: the worst findings in sentences, a scorecard
per outlet, the sources and who ran each statement first, the words of every edit.

Plain rows and frozen dataclasses, no pandas: the tables (:mod:`quotecheck.report`) and the page
(:mod:`quotecheck.page`) are both made from them, so they say the same thing and never import
each other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from .align import quoted_whole_elsewhere
from .drift import KINDS, describe, label, shown_edits
from .lexicon import function_words
from .models import Comparison, Edit, Quote, QuoteGroup, Severity
from .normalize import words

#: at most this many key findings: an editor reads them first, in a minute
KEY_FINDINGS = 5
#: a statement below this severity is never a key finding (house style is not news)
KEY_SEVERITY = Severity.MINOR
#: words of a quote shown in a key finding before it is cut with an ellipsis
QUOTE_WORDS = 40
#: words shown on each side of the changed words when a long quote is cut around them
CONTEXT_WORDS = 8
#: words of an edit shown before they are cut (a quote cut short may lose a paragraph)
CHANGE_WORDS = 12
#: the share of the shorter wording's words the nearest wording elsewhere must share
NEAREST_OVERLAP = 0.5

_STOPWORDS = function_words()
#: findings about who spoke, beside which an editor needs to see how sure each attribution is
SPEAKER_KINDS = frozenset({"speaker_conflict", "speaker_name"})


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 article``, ``3 articles``: a count with its noun in the right number.

    >>> counted(1, "article"), counted(1200, "quote")
    ('1 article', '1,200 quotes')
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def severity_counts(comparison: Comparison) -> dict[str, int]:
    """How many statements run by several outlets reach each severity (a group counts at its
    worst edit)."""
    counts = Counter(g.severity.label for g in comparison.groups)
    return {s.label: counts.get(s.label, 0) for s in Severity}


def summary_lines(comparison: Comparison) -> list[str]:
    """A few lines an editor reads first: what was read and what was found, each count with
    its own unit (quotes are what the articles print, statements what several of them share)."""
    sev = severity_counts(comparison)
    found = ", ".join(f"{n} {name}" for name, n in sev.items() if n) or "none"
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


def group_notes(comparison: Comparison, group: QuoteGroup) -> list[str]:
    """What an editor should know about a group beyond its own rows: its notes and the outlets
    that run it without quote marks, each led by the outlet it is about."""
    outlet = _outlets(comparison)
    return [
        *(f"{outlet[n.file]}: {n.text}" for n in group.notes),
        *(f"{outlet[e.files[1]]}: {e.detail}" for e in group.edits if e.kind == "paraphrased"),
    ]


def _outlets(comparison: Comparison) -> dict[str, str]:
    return {a.id: a.outlet for a in comparison.articles}


def _cut(text: str, limit: int) -> str:
    """``text`` with at most ``limit`` words, an ellipsis marking the cut."""
    parts = text.split()
    return text if len(parts) <= limit else " ".join(parts[:limit]) + " …"


def _quoted(text: str, changed: str = "") -> str:
    """A quote as a key finding shows it: the words around ``changed`` (``CONTEXT_WORDS`` on each
    side, ellipses where it is cut) when the quote is long and holds them, else its first
    ``QUOTE_WORDS``; without the comma that led into the reporter's words.

    >>> _quoted(" ".join(f"w{i}" for i in range(60)), "w30 w31")
    '… w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39 …'
    """
    words = text.split()
    at = _find_words(words, changed.split()) if len(words) > QUOTE_WORDS else None
    if at is None:
        return _cut(text, QUOTE_WORDS).rstrip(" ,;:")
    start, end = max(0, at[0] - CONTEXT_WORDS), min(len(words), at[1] + CONTEXT_WORDS)
    shown = " ".join(words[start:end]).rstrip(" ,;:")
    return ("… " if start else "") + shown + (" …" if end < len(words) else "")


def _find_words(words: list[str], wanted: list[str]) -> tuple[int, int] | None:
    """Where the run ``wanted`` first stands in ``words`` (punctuation at a word's edge aside)."""
    bare = [w.strip(".,;:!?\"'“”‘’()") for w in words]
    target = [w.strip(".,;:!?\"'“”‘’()") for w in wanted]
    if not target or not all(target):
        return None
    for i in range(len(bare) - len(target) + 1):
        if bare[i : i + len(target)] == target:
            return i, i + len(target)
    return None


def change(edit: Edit) -> str:
    """The words an edit changed, as an editor checks them: ``deleted: not``, ``added: very``,
    ``2.4 → 3.4``; for a kind the words cannot show (a mark moved, a quote cut short), its own
    description, with the words cut when there are any.

    >>> change(Edit("negation", Severity.CRITICAL, ("a", "b"), "not", "", "negation flipped"))
    'deleted: not'
    >>> change(Edit("number", Severity.CRITICAL, ("a", "b"), "2.4", "3.4", "number changed"))
    '2.4 → 3.4'
    """
    ref, var = _cut(edit.reference, CHANGE_WORDS), _cut(edit.variant, CHANGE_WORDS)
    if KINDS[edit.kind].action:
        words_cut = ref if edit.kind == "truncation" else var if edit.kind == "extension" else ""
        return f"{edit.detail}: ‘{words_cut}’" if words_cut else edit.detail
    if ref and var:
        return f"{ref} → {var}"
    return f"deleted: {ref}" if ref else f"added: {var}" if var else edit.detail


def action(edit: Edit) -> str:
    """What the outlet did, as the verb phrase of a sentence whose subject is the outlet:
    ``drops ‘not’``, ``has ‘3.4’ for ‘2.4’``, ``cuts the quote short``."""
    if edit.kind == "speaker_conflict":
        return f"gives the words to {edit.variant}, not {edit.reference}"
    if KINDS[edit.kind].action:
        return KINDS[edit.kind].action
    ref, var = _cut(edit.reference, CHANGE_WORDS), _cut(edit.variant, CHANGE_WORDS)
    if ref and var:
        return f"has {_said(var)} for {_said(ref)}"
    return f"drops {_said(ref)}" if ref else f"adds {_said(var)}" if var else label(edit)


#: punctuation named in a sentence, where a lone mark in quotes would be lost: "has ‘it’ for a
#: comma"
PUNCTUATION_NAMES = {
    ",": "a comma",
    ".": "a full stop",
    ";": "a semicolon",
    ":": "a colon",
    "!": "an exclamation mark",
    "?": "a question mark",
    "—": "a dash",
    "–": "a dash",
}


def _said(words: str) -> str:
    """Changed words as a sentence quotes them: ‘words’ without the commas at their edges, or a
    lone punctuation mark by its name.

    >>> _said(", a talented businessman"), _said(",")
    ('‘a talented businessman’', 'a comma')
    """
    if words.strip() in PUNCTUATION_NAMES:
        return PUNCTUATION_NAMES[words.strip()]
    return f"‘{words.strip(' ,;:') or words}’"


@dataclass(frozen=True)
class Source:
    """One article as the page links it: where it comes from and what it ran first."""

    article_id: str
    outlet: str
    url: str | None
    title: str | None
    byline: str | None
    date: str | None
    first: int = 0  # statements no other outlet printed earlier


@dataclass(frozen=True)
class KeyFinding:
    """One of the few worst findings, in an editor's words: which outlets did what to whose
    words, against which reference, and how sure the attribution is for a speaker finding."""

    group: str
    severity: str
    speaker: str
    outlets: tuple[Source, ...]
    action: str
    variant: str
    reference_outlet: Source
    reference: str
    #: (the version set against, this one) for a speaker finding
    confidence: tuple[float, float] | None = None

    @property
    def sentence(self) -> str:
        """The finding as one plain sentence (the page sets the same words with links)."""
        names = _joined([o.outlet for o in self.outlets])
        sure = (
            f" (attribution confidence {self.confidence[1]:.2f}; "
            f"{self.reference_outlet.outlet}’s {self.confidence[0]:.2f})"
            if self.confidence
            else ""
        )
        return (
            f"{names} {self.predicate}{sure}: “{self.variant}” — "
            f"{self.reference_outlet.outlet} has “{self.reference}”"
        )

    @property
    def predicate(self) -> str:
        """The action, its verb agreeing with the outlets: ``drops ‘not’``, ``drop ‘not’``."""
        if len(self.outlets) == 1:
            return self.action
        verb, _, rest = self.action.partition(" ")
        return f"{'have' if verb == 'has' else verb.removesuffix('s')} {rest}"


def _joined(names: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and 3 others``."""
    shown = names[:2] if len(names) > 3 else names
    rest = len(names) - len(shown)
    if rest:
        return f"{', '.join(shown)} and {counted(rest, 'other')}"
    return " and ".join([", ".join(shown[:-1]), shown[-1]]) if len(shown) > 1 else shown[0]


def sources(comparison: Comparison) -> dict[str, Source]:
    """Every article by id, with its address, title, byline, date, and how many statements it
    ran before any other outlet."""
    dates = {a.id: a.date for a in comparison.articles}
    firsts = Counter(_first(g, dates) for g in comparison.groups)
    return {
        a.id: Source(a.id, a.outlet, a.url, a.title, a.byline, a.date, firsts.get(a.id, 0))
        for a in comparison.articles
    }


def first_run(group: QuoteGroup, comparison: Comparison) -> str | None:
    """The article that printed the statement first: the one earliest date among its outlets'
    articles, or None when a date is missing or the earliest is shared (same day, no time)."""
    return _first(group, {a.id: a.date for a in comparison.articles})


def _first(group: QuoteGroup, dates: dict[str, str | None]) -> str | None:
    printed = [dates.get(a) for a in group.articles]
    if not printed or not all(printed):
        return None
    earliest = min(d for d in printed if d)  # ISO dates and times order as strings
    first = [a for a, d in zip(group.articles, printed, strict=True) if d == earliest]
    return first[0] if len(first) == 1 else None


def worst_first(groups: Iterable[QuoteGroup]) -> list[QuoteGroup]:
    """Groups by severity, the worst first, then in the order they were numbered."""
    return sorted(groups, key=lambda g: (-g.severity, int(g.id[1:])))


def key_findings(comparison: Comparison, limit: int = KEY_FINDINGS) -> list[KeyFinding]:
    """The few worst statements of each story, at ``KEY_SEVERITY`` or worse, the story with the
    worst first: each told by its worst edit and every outlet that made that same edit."""
    return [k for story in stories(comparison, limit) for k in story.findings]


@dataclass(frozen=True)
class Story:
    """Articles that share statements, directly or through one another: one news event as the
    outlets ran it, with its title, its dates and its few worst findings."""

    title: str
    dates: str
    articles: tuple[str, ...]
    findings: tuple[KeyFinding, ...]


def stories(comparison: Comparison, limit: int = KEY_FINDINGS) -> list[Story]:
    """The stories of a comparison (a run may read several events at once), those with the
    worst findings first, each with at most ``limit`` key findings."""
    linked = sources(comparison)
    root = {a.id: a.id for a in comparison.articles}

    def find(a: str) -> str:
        while root[a] != a:
            root[a] = root[root[a]]
            a = root[a]
        return a

    for g in comparison.groups:
        first, *others = g.articles
        for other in others:
            root[find(other)] = find(first)
    members: dict[str, list[str]] = defaultdict(list)
    for a in comparison.articles:
        members[find(a.id)].append(a.id)
    groups: dict[str, list[QuoteGroup]] = defaultdict(list)
    for g in worst_first(comparison.groups):
        groups[find(g.articles[0])].append(g)
    references = {a.id for a in comparison.articles if a.is_reference}
    told = []
    for story, ids in members.items():
        telling = {g.id: _telling(g) for g in groups[story]}
        worst = sorted(
            (g for g in groups[story] if _severity(telling[g.id]) >= KEY_SEVERITY),
            key=lambda g: (-_severity(telling[g.id]), int(g.id[1:])),
        )
        articles = sorted((linked[a] for a in ids), key=lambda s: s.article_id not in references)
        told_here: dict[tuple, KeyFinding] = {}  # a long quote in two groups: one finding
        for g in worst:
            if len(told_here) >= limit:
                break
            finding = _key_finding(g, linked, telling[g.id])
            told_here.setdefault(_told_as(finding), finding)
        found = Story(
            title=next((s.title for s in articles if s.title), ""),
            dates=date_span(s.date for s in articles),
            articles=tuple(ids),
            findings=tuple(told_here.values()),
        )
        told.append((-max((int(g.severity) for g in worst), default=-1), ids[0], found))
    return [story for *_key, story in sorted(told)]


def _telling(group: QuoteGroup) -> list[Edit]:
    """The group's edits an editor should read first: not a cut by an outlet that quotes the
    statement whole elsewhere in the same article (a fragment in a paraphrase, the full quote
    further down), which stays in the data but cuts nothing."""
    variants = group.variants()
    return [
        e
        for e in group.edits
        if not (
            e.kind == "truncation"
            and e.files[1] in variants
            and quoted_whole_elsewhere(group, variants[e.files[1]])
        )
    ]


def _severity(edits: list[Edit]) -> Severity:
    return max((e.severity for e in edits), default=Severity.NONE)


def date_span(dates: Iterable[str | None]) -> str:
    """``2024-11-01``, or ``2024-11-01 to 2024-11-03``; empty when no date is known."""
    known = sorted(d for d in dates if d)
    if not known:
        return ""
    return known[0] if known[0] == known[-1] else f"{known[0]} to {known[-1]}"


def _told_as(finding: KeyFinding) -> tuple:
    """What a key finding tells, to tell it once: a long quote in two groups makes the same
    finding twice, and a speaker conflict reads the same whichever version is the reference
    (the second group of two long quotes may take the other one)."""
    if finding.confidence is None:
        return (finding.action, finding.variant, finding.reference, finding.outlets)
    versions = {(o.article_id, finding.variant) for o in finding.outlets}
    return (
        "speaker",
        frozenset({(finding.reference_outlet.article_id, finding.reference)} | versions),
    )


def _key_finding(g: QuoteGroup, linked: dict[str, Source], edits: list[Edit]) -> KeyFinding:
    # the worst edit; among equals, one whose changed words say it (a word swapped, a number)
    # before a cut or a run-on, whose words say less
    worst = max(edits, key=lambda e: (e.severity, not KINDS[e.kind].action))
    same = [
        e.files[1]
        for e in edits
        if (e.kind, e.reference, e.variant) == (worst.kind, worst.reference, worst.variant)
    ]
    # the version the edit sets this one against: the reference, or another version when the
    # reference names no one and two others name two people
    reference = g.variants().get(worst.files[0], g.reference_variant)
    variant = g.variants().get(worst.files[1])  # None: it ran the words outside quotes
    return KeyFinding(
        group=g.id,
        severity=worst.severity.label,
        speaker=g.speaker or "unknown",
        outlets=tuple(linked[f] for f in dict.fromkeys(same)),
        action=action(worst),
        variant=_quoted(worst.variant if variant is None else variant.text, worst.variant),
        reference_outlet=linked[reference.article_id],
        reference=_quoted(reference.text, worst.reference),
        confidence=(
            (reference.attribution.confidence, variant.attribution.confidence)
            if variant is not None and worst.kind in SPEAKER_KINDS
            else None
        ),
    )


@dataclass(frozen=True)
class OutletScore:
    """How one outlet's versions differ from the references: counts by severity."""

    outlet: str
    articles: int
    statements: int  # statements it ran that another outlet ran too
    references: int  # of them, how many it is the reference for
    by_severity: dict[str, int]
    single: int  # quotes no other outlet ran

    @property
    def worst(self) -> tuple[int, ...]:
        """A sort key: critical findings first, then major, minor, style."""
        return tuple(-self.by_severity[s.label] for s in reversed(Severity))


def scorecard(comparison: Comparison) -> list[OutletScore]:
    """Each outlet's findings by severity, the outlets that drift most first."""
    outlet = _outlets(comparison)
    articles = Counter(outlet.values())
    ran: Counter[str] = Counter()
    references: Counter[str] = Counter()
    severities: dict[str, Counter[str]] = defaultdict(Counter)
    for g in comparison.groups:
        for article_id in g.variants():
            name = outlet[article_id]
            ran[name] += 1
            if article_id == g.reference.article_id:
                references[name] += 1
                continue
            edits = [e for e in g.edits if e.files[1] == article_id]
            severities[name][max((e.severity for e in edits), default=Severity.NONE).label] += 1
    single = Counter(outlet[g.reference.article_id] for g in comparison.singletons)
    scores = [
        OutletScore(
            outlet=name,
            articles=n,
            statements=ran[name],
            references=references[name],
            by_severity={s.label: severities[name][s.label] for s in Severity},
            single=single[name],
        )
        for name, n in articles.items()
    ]
    return sorted(scores, key=lambda s: (s.worst, s.outlet))


def discrepancy_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """One row for each outlet's version of a statement against the group's reference, the
    worst first; quotes run by one outlet only follow. The rows of ``discrepancies.csv``."""
    outlet = _outlets(comparison)
    rows = []
    for g in comparison.groups:
        reference = g.reference_variant
        for q in g.variants().values():
            if q.article_id == reference.article_id:
                continue
            edits = [e for e in g.edits if e.files[1] == q.article_id]
            rows.append(
                {
                    "group": g.id,
                    "severity": max((e.severity for e in edits), default=Severity.NONE).label,
                    "finding": describe(edits),
                    "speaker": q.speaker or g.speaker or "unknown",
                    # the speaker a conflict sets this version against, which is another
                    # version's when the reference names no one
                    "reference_speaker": next(
                        (e.reference for e in edits if e.kind == "speaker_conflict"),
                        reference.speaker or g.speaker or "unknown",
                    ),
                    "reference_file": reference.article_id,
                    "reference_outlet": outlet[reference.article_id],
                    "reference_text": reference.text,
                    "file": q.article_id,
                    "outlet": outlet[q.article_id],
                    "text": q.text,
                    "details": "; ".join(e.detail for e in edits),
                    "changes": "; ".join(dict.fromkeys(change(e) for e in shown_edits(edits))),
                    "reference_confidence": reference.attribution.confidence,
                    "confidence": q.attribution.confidence,
                }
            )
    nearest = nearest_elsewhere(comparison)
    repeated = repeated_in_article(comparison)
    for g in comparison.singletons:
        q = g.reference
        notes = group_notes(comparison, g)
        if (again := repeated.get(g.id)) is not None:  # a headline repeating the body's quote
            where = f"its {again.placement}" if again.placement != "body" else "this article"
            notes.append(f"the same words as {again.group} in {where}")
        elif (close := nearest.get(g.id)) is not None:  # the same words cut or reworded, maybe
            notes.append(
                f"closest wording elsewhere: {outlet[close.article_id]}, “{_cut(close.text, 10)}”"
            )
        rows.append(
            {
                "group": g.id,
                "severity": g.severity.label,
                "finding": "quoted by one outlet only"
                + ("; " + describe(g.edits) if g.edits else ""),
                "speaker": q.speaker or "unknown",
                "reference_speaker": q.speaker or "unknown",
                "reference_file": q.article_id,
                "reference_outlet": outlet[q.article_id],
                "reference_text": q.text,
                "file": "",
                "outlet": "",
                "text": "",
                "details": "; ".join(notes),
                "changes": "",
                "reference_confidence": q.attribution.confidence,
                "confidence": None,
            }
        )
    rank = {s.label: int(s) for s in Severity}
    return sorted(
        rows,
        key=lambda r: (r["group"][0] == "S", -rank[r["severity"]], int(r["group"][1:])),
    )


def term_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """One row per written form of each drifting term, with the outlets using it."""
    outlet = {a.id: a.outlet for a in comparison.articles}
    rows = []
    for t in comparison.terms:
        for form, files in t.forms.items():
            rows.append(
                {
                    "kind": t.kind,
                    "term": t.key,
                    "form": form,
                    "files": " ".join(files),
                    "outlets": "; ".join(outlet[f] for f in files),
                    "example": t.examples.get(form, ""),
                    "detail": t.detail,
                }
            )
    return rows


def speaker_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """Each canonical speaker: kind of source, the roles and name forms used, quotes per outlet."""
    outlet = {a.id: a.outlet for a in comparison.articles}
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
        entry["per_outlet"][outlet[q.article_id]] += 1
    return [
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


def file_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """Every input file, read or skipped, with what was found in it."""
    counts = Counter(q.article_id for q in comparison.quotes)
    by_id = {a.id: a for a in comparison.articles}
    rows = []
    for f in comparison.files:
        article = by_id.get(f.article_id or "")
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
    return rows


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


@dataclass(frozen=True)
class Repeated:
    """Where an article prints a quote again that another outlet's version is grouped with."""

    group: str
    placement: str


def repeated_in_article(comparison: Comparison) -> dict[str, Repeated]:
    """For each quote only one outlet ran (by singleton id), the group that holds the same
    words from its own article, printed there again (a headline repeating the body's quote): an
    editor needs no closest wording elsewhere for it."""
    grouped: dict[str, list[tuple[frozenset[str], Repeated]]] = defaultdict(list)
    for g in comparison.groups:
        for q in g.members:
            grouped[q.article_id].append((_content(q.text), Repeated(g.id, q.placement)))
    repeated = {}
    for g in comparison.singletons:
        mine = _content(g.reference.text)
        for theirs, where in grouped.get(g.reference.article_id, ()):
            if mine and mine == theirs:
                repeated[g.id] = where
                break
    return repeated


def nearest_elsewhere(comparison: Comparison) -> dict[str, Quote]:
    """For each quote only one outlet ran (by singleton id), the closest wording another
    outlet printed for the same speaker, when it shares at least ``NEAREST_OVERLAP`` of the
    shorter one's words: the same statement cut or reworded past recognition, or its context."""
    by_speaker: dict[str, list[tuple[frozenset[str], Quote]]] = defaultdict(list)
    for g in (*comparison.groups, *comparison.singletons):
        for q in g.variants().values():
            if q.speaker:
                by_speaker[q.speaker].append((_content(q.text), q))
    nearest = {}
    for g in comparison.singletons:
        q = g.reference
        mine = _content(q.text)
        best, best_score = None, NEAREST_OVERLAP
        for theirs, other in by_speaker.get(q.speaker or "", ()):
            shorter = min(len(mine), len(theirs))
            if other.article_id == q.article_id or not shorter:
                continue
            score = len(mine & theirs) / shorter
            if score >= best_score and (best is None or score > best_score):
                best, best_score = other, score
        if best is not None:
            nearest[g.id] = best
    return nearest


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text.lower()) if w not in _STOPWORDS)
